"""The judge keeps a date's precision as written: "Agosto 2026" is a month, never a day."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome, DocumentCheck
from monitor.compliance.judge import judge
from monitor.compliance.page import parse_page

TODAY = dt.date(2026, 9, 10)


def _n08(document: str) -> tuple[dt.date | None, str | None, str]:
    outcome = CrawlOutcome(start_url="http://127.0.0.1/")
    body = f"""<main><h2>Numeral 8 - Informes mensuales de ejecución presupuestaria</h2>
    <ul><li><a href="/docs/informe.pdf">{document}</a></li></ul></main>"""
    outcome.pages["http://127.0.0.1/"] = parse_page("http://127.0.0.1/", 200, body.encode())
    outcome.documents["http://127.0.0.1/docs/informe.pdf"] = DocumentCheck(
        "http://127.0.0.1/docs/informe.pdf", True, 200, size=2048
    )
    verdicts = judge(outcome, load_catalog(), today=TODAY)
    verdict = next(v for v in verdicts if v.section_id == "art10.n08")
    return verdict.last_updated, verdict.last_updated_precision, verdict.status


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("Ejecución Agosto 2026", (dt.date(2026, 8, 31), "month", "ok")),
        ("Ejecución al 15/08/2026", (dt.date(2026, 8, 15), "day", "ok")),
        (
            "Ejecución Presupuestaria Egresos Ejercicio Fiscal 2026 Mes de AGOSTO Artículo 10 "
            "Numeral 8",
            (dt.date(2026, 8, 31), "month", "ok"),
        ),
        (
            "Ejecución Ejercicio Fiscal 2026 Mes de MAYO",
            (dt.date(2026, 5, 31), "month", "outdated"),
        ),
    ],
)
def test_the_newest_date_keeps_the_precision_it_was_written_in(
    document: str, expected: tuple[dt.date, str, str]
) -> None:
    assert _n08(document) == expected
