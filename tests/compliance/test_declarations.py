"""What a page says of an item instead of publishing it (``compliance.declarations``)."""

from __future__ import annotations

import pytest

from monitor.compliance.declarations import publication_notes, says_pending, statements_of_none


@pytest.mark.parametrize(
    "sentence",
    [
        "La Municipalidad no cuenta con fideicomisos.",
        "No existen empresas precalificadas.",
        "Esta entidad no otorga subsidios, becas ni transferencias.",
        "NO SE TIENEN CONTRATOS DE MANTENIMIENTO DE EQUIPO, VEHÍCULOS, INMUEBLES NI INSTALACIONES.",
        "Ninguna ONG, fundación o asociación administra fondos públicos de esta Municipalidad.",
        # transparencia.archena.es/t/p/download/380-asignaciones-anuales-a-los-grupos-politicos
        "No se contemplan asignaciones a los grupos municipales.",
        "Inexistencia de información: la municipalidad no administra fideicomisos.",
        # Numeral 27's object is information: classified information it does not have.
        "La Municipalidad no ha clasificado información como reservada o confidencial.",
    ],
)
def test_a_body_stating_it_has_none_of_an_items_object(sentence: str) -> None:
    assert statements_of_none(f"Texto anterior. {sentence} Texto posterior.") == [
        sentence.rstrip(".")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "No se cuenta con información.",  # the item is empty, not inapplicable
        "No existen documentos publicados en esta sección.",
        "El archivo no existe o ha sido eliminado.",  # a file gone (jDownloads' message)
        # A gallery plugin's empty album (exam 55): the page's container is empty.
        "Esta galería aún no tiene fotografías.",
        "Este álbum todavía no tiene imágenes.",
        "No se tienen fotografías de esta actividad.",
        "Visión: ser un municipio que no deja a nadie atrás en los servicios que presta a sus "
        "vecinos, con una administración transparente, eficiente y cercana a la población, "
        "que no tiene miedo de rendir cuentas y que promueve la participación ciudadana en "
        "todas sus formas y en cada una de sus comunidades rurales y urbanas del municipio.",
    ],
)
def test_what_is_not_such_a_statement(sentence: str) -> None:
    assert statements_of_none(sentence) == []


def test_a_note_on_how_an_item_is_published_is_not_its_content() -> None:
    # munipalestinadelosaltos.gob.gt/informacion-publica/
    note = (
        "NOTA: La estructura orgánica, manual de funciones y marco normativo no se generan en "
        "las municipalidades de manera mensual o anual, por lo tanto, se publican los "
        "documentos vigentes aprobados por el Concejo Municipal"
    )
    basis = "Base Legal: Código Municipal Art. 35 y Decreto 57-2008 Art. 7"
    assert publication_notes(f"{note}. {basis}") == [note, f" {basis}"]
    # dif.tapalpa.gob.mx/transparencia/articulo-8/ix/
    assert publication_notes("Haz clic sobre los iconos para descargar los archivos.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Dirección: 5a. avenida 3-20 zona 1, Teléfono 7765-4321.",
        "Misión: prestar servicios públicos de calidad a los vecinos del municipio.",
        "Horario de atención: lunes a viernes de 8:00 a 16:00 horas.",
        "El marco normativo de la Municipalidad: Código Municipal, Decreto 12-2002.",
    ],
)
def test_what_is_not_a_publication_note(text: str) -> None:
    assert publication_notes(text) == []


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("Pendiente", True),
        (" PENDIENTE DE PUBLICACIÓN ", True),
        ("Fecha de publicación: Pendiente", True),
        ("Saldo pendiente", False),  # a figure's label in a data table
        ("Pendiente de pago a proveedores", False),
    ],
)
def test_a_period_not_yet_published_says_pending(text: str, pending: bool) -> None:
    assert says_pending(text) is pending
