"""The public site as a person sees it: headless Chromium (Playwright) over a loopback server.

Every page loads, every internal link resolves, pages fit a phone's width, axe-core finds no
serious or critical accessibility violation, and screenshots of the national page and of one
municipality page are kept under the test's tmp dir and checked to show something.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image, ImageStat
from playwright.sync_api import Browser, Page, sync_playwright

from tests.publish.conftest import Site

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is required (Debian package chromium)", pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield launched
        launched.close()


def _links(page: Page) -> list[str]:
    found: list[str] = page.eval_on_selector_all(
        "a[href], link[href]", "els => els.map(e => e.href)"
    )
    return [urldefrag(href).url for href in found]


def _crawl(page: Page, base: str) -> tuple[set[str], set[str]]:
    """Visit every internal page from the home page; (pages visited, other files checked)."""
    pages: set[str] = set()
    files: set[str] = set()
    queue = deque([urljoin(base, "index.html")])
    while queue:
        url = queue.popleft()
        if url in pages:
            continue
        response = page.goto(url)
        assert response is not None and response.ok, f"{url}: {response and response.status}"
        pages.add(url)
        for link in _links(page):
            if not link.startswith(base) or link in pages or link in files:
                continue
            if link.endswith((".html", "/")):
                queue.append(link)
            else:
                answer = page.request.get(link)
                assert answer.ok, f"{link} (linked from {url}): {answer.status}"
                files.add(link)
    return pages, files


def test_every_page_loads_and_every_internal_link_resolves(
    browser: Browser, served: tuple[str, Site]
) -> None:
    base, site = served
    page = browser.new_page(java_script_enabled=False)  # the site needs no JavaScript
    pages, files = _crawl(page, base)
    written = {base + p.relative_to(site.root).as_posix() for p in site.result.pages}
    assert pages == {p for p in written if p.endswith(".html")}
    months = site.result.months
    assert {base + f"datos/{m}/datapackage.json" for m in months} <= files
    assert {base + f"datos/{m}/secciones.csv" for m in months} <= files
    assert base + "estilo.css" in files
    page.close()


def test_pages_fit_a_phone_and_pass_the_accessibility_audit(
    browser: Browser, served: tuple[str, Site]
) -> None:
    base, site = served
    axe = Axe()
    page = browser.new_page(viewport=PHONE)
    for path in sorted(p for p in site.result.pages if p.suffix == ".html"):
        url = base + path.relative_to(site.root).as_posix()
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{url} is {width} px wide on a phone"
        results = axe.run(page)
        serious = [
            f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, f"{url}: {serious}"
    page.close()


def test_accessibility_audit_catches_a_real_violation(browser: Browser) -> None:
    """The audit above can fail: an unlabelled image link is a serious violation."""
    page = browser.new_page()
    page.set_content('<html lang="es"><title>x</title><main><a href="/"><img src="x.png"></a>'
                     "</main></html>")  # fmt: skip
    impacts = {v["impact"] for v in Axe().run(page).response["violations"]}
    assert impacts & {"serious", "critical"}
    page.close()


def _assert_not_blank(png: Path) -> None:
    image = Image.open(png).convert("RGB")
    stat = ImageStat.Stat(image)
    assert image.width > 300 and image.height > 600
    assert max(stat.stddev) > 20, f"{png} looks blank"  # text, tables and charts, not one colour
    colours = image.getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, f"{png} has only {len(colours)} colours"


def test_screenshots_of_the_national_and_a_municipality_page(
    browser: Browser, served: tuple[str, Site], tmp_path: Path
) -> None:
    base, _ = served
    shots = tmp_path / "screenshots"
    shots.mkdir()
    desktop = browser.new_page(viewport=DESKTOP)
    desktop.goto(base + "index.html")
    assert desktop.title().startswith("Portales municipales de transparencia")
    national = shots / "nacional.png"
    desktop.screenshot(path=str(national), full_page=True)
    phone = browser.new_page(viewport=PHONE)
    phone.goto(base + "municipio/munipoptun.html")
    assert phone.locator("h1").inner_text() == "Municipalidad de Poptún"
    municipality = shots / "municipio-munipoptun.png"
    phone.screenshot(path=str(municipality), full_page=True)
    for png in (national, municipality):
        _assert_not_blank(png)
    desktop.close()
    phone.close()
