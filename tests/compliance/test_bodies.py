"""Other sujetos obligados a municipality's site hosts (``compliance.bodies``)."""

from __future__ import annotations

import pytest

from monitor.compliance.bodies import learn_bodies, names_other_body, names_own_body


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Empresa Municipal de Agua de la Ciudad de Guatemala", True),
        ("EMPAGUA - Artículo 10 Numeral 8", True),
        ("Juzgado de Asuntos Municipales", True),
        ("JAM - Información Pública de Oficio", True),
        ("/informacion-publica/jam/numeral-8/", True),
        ("Mancomunidad de Municipios Metrópoli de Los Altos", True),
        ("COMUDE - Información Pública de Oficio", True),
        ("/index.php/informacion-publica/comude/numeral-2", True),
        # The council's minutes are the municipality's own item (extra.comude).
        ("COMUDE", False),
        ("Actas del COMUDE 2026", False),
        ("Municipalidad de Guatemala", False),
        ("Numeral 8 - Informes mensuales de ejecución presupuestaria", False),
        ("Jamaica", False),
    ],
)
def test_a_body_other_than_the_municipality_is_named(text: str, other: bool) -> None:
    assert names_other_body(text) is other


def test_the_municipality_names_itself() -> None:
    assert names_own_body("Información Pública de Oficio - Municipalidad de Salcajá")
    assert not names_own_body("Juzgado de Asuntos Municipales de la Municipalidad de Salcajá")


def test_a_site_teaches_its_bodies_short_names_and_addresses() -> None:
    bodies = learn_bodies(
        [
            (
                "/informacion-publica/metropoli-de-los-altos/",
                (
                    "ARTÍCULO 10: Información Pública de Oficio - Mancomunidad de Municipios "
                    "Metrópoli de Los Altos",
                    "Inicio",
                ),
            ),
            ("/informacion-publica/municipalidad/", ("Municipalidad de Salcajá",)),
        ]
    )
    assert bodies.named_in("Metrópoli de Los Altos: Información Pública de Oficio")
    assert not bodies.named_in("Municipalidad de Salcajá: Información Pública de Oficio")
    assert bodies.holds("/informacion-publica/metropoli-de-los-altos/numeral-4/")
    assert not bodies.holds("/informacion-publica/municipalidad/numeral-4/")


def test_a_mancomunidad_s_own_portal_is_no_other_body_s() -> None:
    # Issue 15's sujetos obligados publish on portals of their own: on the Mancomunidad de
    # Municipios de Huité's, its pages named for it are its own (exam 56); another body it
    # names is still another's.
    pages = [
        ("/", ("Mancomunidad de Municipios de Huité", "Inicio")),
        (
            "/ley-de-acceso/",
            ("Ley de acceso a la información publica", "Ley de acceso a la información publica"),
        ),
        ("/empresa-municipal-de-agua/", ("Empresa Municipal de Agua de Huité",)),
    ]
    bodies = learn_bodies(pages, ("Inicio - Mancomunidad de Municipios de Huité",))
    assert not bodies.named_in("Ley de acceso - Mancomunidad de Municipios de Huité")
    assert not bodies.named_in("Información Pública de la Mancomunidad")
    assert bodies.named_in("Empresa Municipal de Agua de Huité")
    assert bodies.named_in("Mancomunidad Metrópoli de Los Altos")
    # A municipality's portal keeps every mancomunidad another body.
    municipal = learn_bodies(pages, ("Municipalidad de Huité",))
    assert municipal.named_in("Ley de acceso - Mancomunidad de Municipios de Huité")
