"""The public site's content, read from the HTML written for seeded history (both databases)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import frictionless
from lxml import html
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.report.sections import STATUS_LABELS
from tests.opendata import seed
from tests.opendata.test_export import _config_file
from tests.publish.conftest import Site

runner = CliRunner()


def _page(site: Site, name: str) -> html.HtmlElement:
    return html.fromstring((site.root / name).read_text(encoding="utf-8"))


def _text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_every_page_is_written_and_months_end_with_the_last_measured_one(site: Site) -> None:
    assert site.result.months == ["2026-08", "2026-09", "2026-10", "2026-11"]
    names = {p.relative_to(site.root).as_posix() for p in site.result.pages}
    expected = {"index.html", "datos/index.html", "estilo.css"}
    expected |= {f"municipio/{p.slug}.html" for p in site.seeded.config.portals}
    expected |= {f"departamento/{d}.html" for d in
                 ("peten", "quetzaltenango", "san-marcos", "sin-departamento")}  # fmt: skip
    assert names == expected
    for month in site.result.months:
        assert frictionless.validate(site.root / "datos" / month / "datapackage.json").valid


def test_every_month_of_data_is_what_export_writes_for_that_month(site: Site) -> None:
    """The site writes each month's files as soon as it is built (only the last two months'
    sections stay in memory for the pages): the files are ``export``'s, byte for byte."""
    for month in site.result.months:
        published = site.root / "datos" / month
        exported = site.root.parent / "export" / month
        names = sorted(path.name for path in published.iterdir())
        assert names == sorted(path.name for path in exported.iterdir())
        for name in names:
            assert (published / name).read_bytes() == (exported / name).read_bytes(), (month, name)


def test_national_ranking_follows_the_published_scores(site: Site) -> None:
    rows = json.loads((site.root / "datos/2026-11/portales.json").read_text(encoding="utf-8"))
    scored = sorted((r for r in rows if r["score"] is not None), key=lambda r: -r["score"])
    page = _page(site, "index.html")
    ranking = page.xpath("//table[contains(@class,'ranking')]/tbody/tr")
    names = [_text(row.xpath("./th")[0]) for row in ranking]
    assert names[: len(scored)] == [r["name"] for r in scored]
    # Portals without a score come last, without a rank.
    assert {_text(row.xpath("./td")[0]) for row in ranking[len(scored) :]} == {"—"}
    first = ranking[0].xpath("./td")
    assert _text(first[2]) == f"{round(scored[0]['score'] * 100)} %"
    # The trend's table shows the national average of every month.
    months = page.xpath("//details//tbody/tr/th")
    assert [_text(m) for m in months] == ["ago 2026", "sep 2026", "oct 2026", "nov 2026"]


def test_municipality_page_lists_the_29_numerals_with_evidence_links(site: Site) -> None:
    page = _page(site, "municipio/munipoptun.html")
    rows = page.xpath("//table[contains(@class,'numerales')]/tbody/tr")
    assert len(rows) == 30  # 29 numerals and COMUDE
    assert [_text(r.xpath("./td")[0]) for r in rows[:29]] == [str(n) for n in range(1, 30)]
    sections = json.loads((site.root / "datos/2026-11/secciones.json").read_text("utf-8"))
    mine = {s["section"]: s for s in sections if s["portal"] == "munipoptun"}
    for row, numeral in zip(rows, range(1, 30), strict=False):
        verdict = mine[f"art10.n{numeral:02d}"]
        assert _text(row.xpath("./td")[1]) == STATUS_LABELS[verdict["status"]]
    links = [a.get("href") for a in page.xpath("//table[contains(@class,'numerales')]//a")]
    assert links and all(h.startswith("https://munipoptun.example.gt/") for h in links)
    # Uptime and score history: two SVG charts, readable without JavaScript.
    assert len(page.xpath("//svg[@role='img']")) == 2
    assert _text(page.xpath("//ul[@class='cifras']/li")[2]).startswith("99,4 %")


def test_scraped_text_is_never_markup_or_a_script_link(site: Site) -> None:
    for path in site.root.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text.lower(), path
        assert "javascript:" not in text, path


def test_every_page_links_to_the_open_data_it_is_drawn_from(site: Site) -> None:
    for path in site.root.rglob("*.html"):
        page = html.fromstring(path.read_text(encoding="utf-8"))
        hrefs = page.xpath("//a/@href")
        assert any(re.search(r"datos/2026-11/portales\.csv$", h) for h in hrefs), path
        assert any(h.endswith("datapackage.json") for h in hrefs), path
        assert any(h.endswith("datos/index.html") for h in hrefs), path


def test_publish_command_writes_the_site(sqlite_url: str, tmp_path: Path) -> None:
    seeded = seed.seed_database(sqlite_url)
    seeded.factory.kw["bind"].dispose()
    config = _config_file(tmp_path, sqlite_url)
    out = tmp_path / "sitio"
    result = runner.invoke(app, ["publish", "--config", str(config), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["months"][-1] >= "2026-11"
    assert (out / "index.html").is_file() and (out / "municipio/munixela.html").is_file()
