"""Regenerate ``docs/public-site.png`` and ``docs/public-site-phone.png``: the public scoreboard.

Usage: ``.venv/bin/python -m docs.site_sample`` (needs the ``chromium`` package and the test
extras: Playwright). The history is the test suite's four seeded months (tests/opendata/seed.py).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from monitor.publish.site import publish_site
from tests.opendata import seed

DOCS = Path(__file__).parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seeded = seed.seed_database(f"sqlite:///{tmp}/sample.db")
        site = publish_site(seeded.config, seeded.factory, Path(tmp) / "publico", seed.NOW)
        seeded.factory.kw["bind"].dispose()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            desktop = browser.new_page(viewport={"width": 1100, "height": 900})
            desktop.goto((site.out / "index.html").as_uri())
            desktop.screenshot(path=str(DOCS / "public-site.png"), full_page=True)
            phone = browser.new_page(viewport={"width": 390, "height": 844})
            phone.goto((site.out / "municipio" / "munipoptun.html").as_uri())
            phone.screenshot(path=str(DOCS / "public-site-phone.png"))
            browser.close()


if __name__ == "__main__":
    main()
