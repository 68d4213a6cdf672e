"""The weekly e-mail as Chromium lays it out: counts first, quick fixes before long work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from monitor.compliance.assess import guatemala_today
from monitor.config import load_config
from monitor.demo.run import DemoResult, run_demo
from monitor.report.periods import Week
from monitor.report.send import write_previews
from monitor.report.spanish import MONTHS, short_date
from monitor.store.db import open_database
from monitor.store.models import utcnow
from tests.report.chromium import find_chromium, rendered


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return run_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.fail("headless Chromium is required: apt-get install -y chromium", pytrace=False)
    return binary


@pytest.mark.slow
def test_the_email_opens_with_counts_then_quick_fixes_then_long_work(
    demo: DemoResult, chromium: str, tmp_path: Path
) -> None:
    html = demo.directory / "correo" / f"{demo.week}-sanjuan.html"
    page = rendered(chromium, html, tmp_path)
    body: str = page["text"]
    # Counts per status come before any list.
    counts = body.index("Secciones del Artículo 10:")
    assert counts < body.index("Arreglos rápidos")
    for words in ("Publicado y al día 17", "Enlace roto 1", "Desactualizado 2", "No encontrado 3"):
        assert words in body
    # Quick fixes, then what is to be published, then the recommended entries.
    statuses = [status for _, status, _ in page["issues"]]
    quick = [s for s in statuses if s in ("broken", "outdated")]
    assert statuses[: len(quick)] == quick and len(quick) == 3
    tops = [top for _, _, top in page["issues"]]
    assert tops == sorted(tops), "issue rows are laid out in order"
    first_slow = next(top for _, s, top in page["issues"] if s not in ("broken", "outdated"))
    assert all(top < first_slow for _, s, top in page["issues"] if s in ("broken", "outdated"))
    assert body.index("Arreglos rápidos") < body.index("Por publicar") < body.index("Recomendado")
    # A broken item names the failing file and its error.
    assert "Viajes Noviembre 2026.pdf: HTTP 404" in body
    # Dates keep their precision: a month is a month, a year is a year, and a yearly document
    # is never shown with today's date as its last update.
    assert "Fecha más reciente publicada: 2023" in body
    today = short_date(guatemala_today())
    assert f"Fecha más reciente publicada: {today}" not in body
    recommended = body.split("Recomendado (no lo exige el Artículo 10)")[1]
    assert "COMUDE" in recommended and "recomendado" in recommended
    assert "La ley pide" not in recommended
    assert "La ley pide" in body.split("Recomendado (no lo exige")[0]


@pytest.mark.slow
def test_a_month_is_written_as_a_month(demo: DemoResult, chromium: str, tmp_path: Path) -> None:
    html = demo.directory / "correo" / f"{demo.week}-sanjuan.html"
    body = rendered(chromium, html, tmp_path)["text"]
    block = body.split("Art. 10, numeral 8:")[1].split("Detectado desde")[0]
    assert "Fecha más reciente publicada:" in block
    published = block.split("Fecha más reciente publicada:")[1].strip(" ·\n")
    month, _, year = published.partition(" de ")
    assert month in MONTHS and year.isdigit(), published


@pytest.mark.slow
def test_a_week_without_probes_claims_no_uninterrupted_service(
    demo: DemoResult, chromium: str, tmp_path: Path
) -> None:
    engine = create_engine(demo.database_url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM probe_runs"))
    engine.dispose()
    config = load_config(demo.config)
    engine, factory = open_database(demo.database_url)
    now = utcnow()
    files = write_previews(
        config, factory, tmp_path / "out", now=now, week=Week.parse(demo.week), portals=["sanjuan"]
    )
    engine.dispose()
    html = next(path for path in files if path.suffix == ".html")
    body = rendered(chromium, html, tmp_path)["text"]
    assert "no tuvo interrupciones" not in body
    assert "en menos de sin datos" not in body
    assert "Sin mediciones esta semana" in body
    assert "no hubo mediciones de disponibilidad" in body
