"""The compliance vocabularies of ``compliance.status`` that read words."""

from __future__ import annotations

import pytest

from monitor.compliance.status import names_site_list


@pytest.mark.parametrize(
    ("heading", "site_list"),
    [
        # WordPress Download Manager's widgets, Download Monitor's, jDownloads', WordPress's.
        ("Últimas descargas", True),
        ("Descargas populares", True),
        ("Descargas destacadas", True),
        ("Últimos documentos", True),
        ("Entradas recientes", True),
        ("Documentos relacionados", True),
        ("Últimas publicaciones de transparencia", True),
        ("Lo más descargado", True),
        ("Novedades", True),
        # An item's own headings.
        ("Documentos", False),
        ("Descargas", False),
        ("Últimos informes de auditoría", False),
        ("Numeral 8 - Ejecución presupuestaria", False),
        ("Documentos recientes del numeral 8 de la municipalidad de San Felipe", False),
    ],
)
def test_a_widget_listing_the_whole_sites_files_is_named_by_its_title(
    heading: str, site_list: bool
) -> None:
    assert names_site_list(heading) is site_list
