"""What a page says of an item instead of publishing it (``compliance.declarations``)."""

from __future__ import annotations

import pytest

from monitor.compliance.declarations import statements_of_none


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
        "Visión: ser un municipio que no deja a nadie atrás en los servicios que presta a sus "
        "vecinos, con una administración transparente, eficiente y cercana a la población, "
        "que no tiene miedo de rendir cuentas y que promueve la participación ciudadana en "
        "todas sus formas y en cada una de sus comunidades rurales y urbanas del municipio.",
    ],
)
def test_what_is_not_such_a_statement(sentence: str) -> None:
    assert statements_of_none(sentence) == []
