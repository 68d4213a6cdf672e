"""Crawl + judge on generated portals: layouts and wordings of real Guatemalan portals, drawn at
random (hypothesis), with truth known from how each portal was drawn."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import monitor.compliance.catalog as catalog_module
from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome
from monitor.compliance.judge import MAX_FUZZY_MATCHES, MAX_PAGE_LINKS, judge
from monitor.compliance.page import Block, Link, Page
from monitor.config import CrawlSettings
from tests.compliance.generated.portals import (
    LAYOUTS,
    WORDING,
    GeneratedPortal,
    deep_archive_portal,
    portals,
    section_id,
)
from tests.compliance.generated.run import accuracy, assess_all, compare, render

REQUIRED_ACCURACY = 0.97
REQUIRED_PER_LAYOUT = 0.90
EXAMPLES = 3  # draws of one portal per layout: 30 portals, 870 (portal, section) pairs
GENERATED = Path(__file__).parent / "generated"


def _draw(examples: int) -> list[GeneratedPortal]:
    drawn: list[GeneratedPortal] = []

    @settings(
        max_examples=examples,
        derandomize=True,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(*(portals(layout) for layout in LAYOUTS)))
    def collect(batch: tuple[GeneratedPortal, ...]) -> None:
        drawn.extend(batch)

    collect()
    return drawn


def test_the_generator_never_reads_the_monitors_catalogue() -> None:
    # Nothing under generated/ imports the monitor's catalogue or names its file...
    for path in GENERATED.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("monitor.compliance.catalog"), path
            if isinstance(node, ast.Import):
                assert all(not a.name.startswith("monitor.compliance.catalog") for a in node.names)
        if path.name == "portals.py":
            assert "catalog.toml" not in path.read_text(encoding="utf-8")
            assert "import monitor" not in path.read_text(encoding="utf-8")
            assert "from monitor" not in path.read_text(encoding="utf-8")
    # ...and drawing portals loads nothing of the monitor's compliance side (the server it is
    # served with is the demo's plain HTTP server).
    script = (
        "import sys\n"
        "from tests.compliance.generated import portals\n"
        "import datetime as dt\n"
        "portals.deep_archive_portal(dt.date(2026, 11, 24))\n"
        "loaded = [m for m in sys.modules if m.startswith('monitor.compliance')]\n"
        "assert not loaded, loaded\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_every_wording_records_where_it_was_read() -> None:
    sources = WORDING["sources"]
    strings = []
    for item in WORDING["items"]:
        strings += item["labels"] + [item["law"]]
    for group in ("empty", "not_applicable", "notes"):
        strings += WORDING["phrases"][group]
    for group in WORDING["own"].values():
        strings += group
    strings += list(WORDING["uip"].values()) + WORDING["article"]["index_titles"]
    assert strings
    for entry in strings:
        assert entry["source"] in sources, entry
    assert all(str(url).startswith(("http://", "https://", "shared/")) for url in sources.values())
    assert {item["numeral"] for item in WORDING["items"]} == set(range(1, 30))


def test_generated_portals_of_every_layout_are_judged_right() -> None:
    drawn = _draw(EXAMPLES)
    assert {portal.layout for portal in drawn} == set(LAYOUTS)
    results = assess_all(drawn)
    matrices, wrong = compare(drawn, results)
    total: Counter[tuple[str, str]] = Counter()
    for matrix in matrices.values():
        total.update(matrix)
    report = "\n".join(
        f"{layout}: {accuracy(matrix):.1%}\n{render(matrix)}" for layout, matrix in matrices.items()
    )
    assert accuracy(total) >= REQUIRED_ACCURACY, f"{report}\n" + "\n".join(wrong)
    for layout, matrix in matrices.items():
        assert accuracy(matrix) >= REQUIRED_PER_LAYOUT, (
            f"{layout}: {accuracy(matrix):.1%}\n{render(matrix)}\n"
            + "\n".join(line for line in wrong if line.startswith(layout + "-"))
        )
    truths = {truth for (truth, _got) in total}
    assert truths >= {"ok", "outdated", "empty", "broken", "missing", "not_applicable"}


@pytest.mark.parametrize("today", [dt.date(2026, 11, 24), dt.date(2027, 1, 6)])
def test_a_deep_archive_is_read_completely_within_the_default_budget(today: dt.date) -> None:
    portal = deep_archive_portal(today)
    folders = sum(len(item.archive) for item in portal.items)
    assert folders >= 29 * 12  # 29 items x up to 3 years x 12 months of folders
    [result] = assess_all([portal], CrawlSettings())
    wrong = [
        f"{v.section_id}: {v.status} ({v.reason})"
        for v in result.verdicts
        if v.section_id.startswith("art10.") and v.status != "ok"
    ]
    assert not wrong, "\n".join(wrong)
    # Newest first: the newest month of each item, not the whole archive.
    assert result.stats.pages <= 2 + 29 * 3 + 5
    for item in portal.items:
        verdict = result.verdict(section_id(item.numeral))
        assert verdict.last_updated is not None
        assert (verdict.last_updated.year, verdict.last_updated.month) == (today.year, today.month)


def test_judging_pages_of_thousands_of_labelled_links_is_bounded_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """80 pages of 5,000 distinct link labels (issue 10: ~275 CPU s before): the number of
    label matches and of similarity searches is bounded, whatever the pages hold."""
    catalog = load_catalog()
    calls = Counter[str]()
    real_match = catalog_module._match
    real_fuzzy = catalog_module.Catalog.fuzzy

    def counting_match(cat: catalog_module.Catalog, text: str, fuzzy: bool = True) -> object:
        calls["match"] += 1
        return real_match(cat, text, fuzzy)

    def counting_fuzzy(self: catalog_module.Catalog, folded: str, cutoff: float = 88.0) -> object:
        calls["fuzzy"] += 1
        return real_fuzzy(self, folded, cutoff)

    monkeypatch.setattr(catalog_module, "_match", counting_match)
    monkeypatch.setattr(catalog_module.Catalog, "fuzzy", counting_fuzzy)
    monkeypatch.setattr(catalog_module, "_CACHE", {})
    monkeypatch.setattr(catalog_module, "_LINE_CACHE", {})
    outcome = CrawlOutcome(start_url="http://127.0.0.1/")
    pages = 80
    for p in range(pages):
        url = f"http://127.0.0.1/p{p}"
        page = Page(url, 200, title=f"Archivo {p}")
        page.links = [
            Link(f"{url}/d{i}", f"Documento {p} número {i} del archivo", False, 0)
            for i in range(5000)
        ]
        page.blocks = [Block(heading="", level=0, links=list(range(5000)))]
        outcome.pages[url] = page
    assert sum(len(page.links) for page in outcome.pages.values()) == pages * 5000
    verdicts = judge(outcome, catalog, today=dt.date(2026, 11, 24))
    assert len(verdicts) == len(catalog.entries)
    # Each page: its first MAX_PAGE_LINKS links, as location and as content, a few texts each.
    assert calls["match"] <= pages * MAX_PAGE_LINKS * 6
    assert calls["fuzzy"] <= MAX_FUZZY_MATCHES


def test_a_listing_whose_pages_all_link_each_other_is_read_once_a_location(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A paged listing (Drupal's "?page=N" pager, a faceted view's filter links) whose every page
    links every other: reading it once per path through it took hours (the eleventh exam's
    first Drupal layout); each page is read once for each place it is judged from."""
    import monitor.compliance.judge as judge_module
    from monitor.compliance.page import parse_page

    pages = 12
    outcome = CrawlOutcome(start_url="http://127.0.0.1/laip")
    for n in range(pages):
        # Each page links the next five (a sliding pager): no link is on most pages, the menu.
        near = [(n + step) % pages for step in range(1, 6)]
        pager = " ".join(f'<a href="/laip?page={k}">{k + 1}</a>' for k in near)
        url = "http://127.0.0.1/laip" + (f"?page={n}" if n else "")
        body = (
            f"<html><body><main><h1>Compras directas</h1><h2>Numeral 22 - Compras directas</h2>"
            f'<p><a href="/docs/compras-{n}.pdf">Compras directas {n}</a></p>{pager}</main>'
            "</body></html>"
        )
        outcome.pages[url] = parse_page(url, 200, body.encode(), "text/html")
    outcome.redirects["http://127.0.0.1/laip?page=0"] = "http://127.0.0.1/laip"
    calls = Counter[str]()
    real = judge_module._Judge._blocks_evidence

    def counting(self: judge_module._Judge, *args: object, **kwargs: object) -> object:
        calls["read"] += 1
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(judge_module._Judge, "_blocks_evidence", counting)
    verdicts = judge(outcome, load_catalog(), today=dt.date(2026, 11, 24))
    assert {v.section_id: v.status for v in verdicts}["art10.n22"] == "unknown"  # unchecked
    # Every location of every item reads each page at most once: no path through the pager
    # twice (without the rule: 5 ** 8 paths from each location).
    assert calls["read"] <= pages * pages * 4
