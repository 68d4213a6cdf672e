"""Every reason the judge writes has its Spanish rendering (the e-mail and explain use it)."""

from __future__ import annotations

import pytest

from monitor.compliance.analysis import FAILED_ON_THE_SERVER, STOPPED_BY_AN_ERROR
from monitor.compliance.judge import GATED
from monitor.net.scope import ON_A_PRIVATE_HOST
from monitor.probes.result import ERROR_CLASSES, NOT_COUNTED_ERRORS
from monitor.report.reasons import knows, spanish_dates, spanish_reason
from monitor.report.spanish import CAUSES, cause

SAMPLES = {
    "holds 3 document(s); newest date 2026-04 is too old for a monthly item": (
        "contiene 3 documento(s); la fecha más reciente, abril de 2026, es demasiado antigua "
        "para un numeral mensual"
    ),
    "holds 1 document(s); newest date 2026": "contiene 1 documento(s); fecha más reciente: 2026",
    "holds 2 table row(s), 1 image(s); no date found": (
        "contiene 2 fila(s) de datos, 1 imagen(es); no se encontró ninguna fecha"
    ),
    "holds text; no date found": "contiene texto; no se encontró ninguna fecha",
    "holds 1 document(s); newest date 2025-06-30 (Last-Modified)": (
        "contiene 1 documento(s); fecha más reciente: 30 de junio de 2025 (fecha del archivo en "
        "el servidor)"
    ),
    "3 document(s) fail to open (Viajes Noviembre 2026.pdf: HTTP 404)": (
        "3 documento(s) no abren (Viajes Noviembre 2026.pdf: HTTP 404)"
    ),
    "2 document(s) are empty files": "2 documento(s) son archivos vacíos",
    "the portal declares 'No aplica'": "el portal declara «No aplica»",
    "the portal declares 'No aplica', which the catalogue does not accept here": (
        "el portal declara «No aplica», pero la ley no lo admite para este numeral"
    ),
    "the section says it has no information yet": "la sección dice que aún no tiene información",
    "found, but holds no document, data row or text": (
        "se encontró, pero no contiene documentos, datos ni texto"
    ),
    "its documents were not checked before the budget ran out": (
        "sus documentos no se revisaron antes de que se acabara el tiempo"
    ),
    "it shows its content only through a form the monitor does not send": (
        "muestra su contenido solo al enviar un formulario que el monitor no envía"
    ),
    GATED: (
        "su contenido pide una contraseña o iniciar sesión (una página protegida o una descarga"
        " bloqueada)"
    ),
    f"{FAILED_ON_THE_SERVER} (SQLSTATE[HY000] [2002] Connection refused)": (
        "el servidor del portal muestra un error en lugar de su contenido (SQLSTATE[HY000] [2002]"
        " Connection refused)"
    ),
    f"not found in the 30 pages read, but http://x/laip.php {STOPPED_BY_AN_ERROR} (Fatal error :"
    " Allowed memory size)": (
        "no se encontró en las 30 páginas leídas, pero la página http://x/laip.php quedó cortada "
        "por un error del servidor (Fatal error : Allowed memory size)"
    ),
    "robots.txt forbids reading http://x/a": "robots.txt del portal no permite leer http://x/a",
    "the link leads to another host (drive.google.com), out of scope": (
        "el enlace lleva a otro sitio (drive.google.com), que no se revisa"
    ),
    "the time budget ran out while reading it": (
        "se acabó el tiempo de la revisión mientras se leía"
    ),
    "the portal answered 429 Too Many Requests to the monitor": (
        "el portal respondió 429 (demasiadas solicitudes) al monitor"
    ),
    "the link fails: HTTP 404": "el enlace falla: HTTP 404",
    "a link names it, but the crawl budget ran out before reading it": (
        "un enlace lo menciona, pero la revisión terminó antes de leerlo"
    ),
    "does not apply to municipalities": "no aplica a las municipalidades",
    "robots.txt forbids the monitor to read the portal": (
        "robots.txt del portal no permite que el monitor lo lea"
    ),
    "the portal could not be read: timeout": "no se pudo leer el portal: timeout",
    "only a link to another host (x.gt) names it; that host is out of scope": (
        "solo lo menciona un enlace a otro sitio (x.gt), que no se revisa"
    ),
    "not found in the 80 pages read, but the page limit was reached": (
        "no se encontró en las 80 páginas leídas, pero se alcanzó el límite de páginas"
    ),
    "not found in the 12 pages read; robots.txt kept 3 page(s) from being read": (
        "no se encontró en las 12 páginas leídas; robots.txt impidió leer 3 página(s)"
    ),
    "not found on any of the 9 pages read; only news, blog or archive pages were left unread": (
        "no se encontró en ninguna de las 9 páginas leídas; solo quedaron sin leer noticias, "
        "blog o archivo"
    ),
    "not found on any of the 41 pages read": "no se encontró en ninguna de las 41 páginas leídas",
}


@pytest.mark.parametrize("english", sorted(SAMPLES))
def test_each_reason_template_reads_in_spanish(english: str) -> None:
    assert knows(english)
    assert spanish_reason(english) == SAMPLES[english]


def test_an_unknown_reason_is_left_as_it_is() -> None:
    assert not knows("something new")
    assert spanish_reason("something new") == "something new"


def test_dates_keep_the_precision_they_were_written_in() -> None:
    assert spanish_dates("2026-08 and 2026-08-31 and 2026") == (
        "agosto de 2026 and 31 de agosto de 2026 and 2026"
    )


def test_every_probe_error_counted_against_a_portal_has_its_spanish_cause() -> None:
    counted = set(ERROR_CLASSES) - set(NOT_COUNTED_ERRORS)
    assert counted <= set(CAUSES), counted - set(CAUSES)
    assert "mantenimiento" in cause("placeholder")


def test_a_document_no_citizen_reaches_is_explained_in_spanish() -> None:
    reason = "1 document(s) fail to open (Dietas.pdf: 192.168.1.20, {})"
    assert spanish_reason(reason.format(ON_A_PRIVATE_HOST)) == (
        "1 documento(s) no abren (Dietas.pdf: 192.168.1.20, un servidor de una red interna, "
        "fuera de internet)"
    )


def test_a_file_that_is_no_document_is_explained_in_spanish() -> None:
    reason = "2 document(s) fail to open (informe.pdf: not a PDF: it begins 'ERROR')"
    assert spanish_reason(reason) == (
        "2 documento(s) no abren (informe.pdf: no es un PDF: empieza por 'ERROR')"
    )
