"""The HTML e-mail renders in a real browser engine (headless Chromium) into a non-blank image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from monitor.report.send import write_previews
from tests.report import seed
from tests.report.chromium import find_chromium, screenshot
from tests.report.conftest import Seeded


@pytest.mark.slow
def test_the_weekly_email_renders_in_headless_chromium(
    seeded_sqlite: Seeded, tmp_path: Path
) -> None:
    binary = find_chromium()
    if binary is None:
        pytest.fail("headless Chromium is required: apt-get install -y chromium", pytrace=False)
    write_previews(seeded_sqlite.config, seeded_sqlite.factory, tmp_path, now=seed.REPORT_TIME)
    html = tmp_path / "2026-W47-munipoptun.html"
    png = tmp_path / "munipoptun.png"
    screenshot(binary, html, png)
    with Image.open(png) as image:
        assert image.format == "PNG"
        assert image.size == (760, 1400)
        rgb = image.convert("RGB")
        colors = rgb.getcolors(maxcolors=1 << 20) or []
        # The header band is the template's dark blue.
        assert rgb.getpixel((380, 60)) == (0x0F, 0x3D, 0x66)
    dominant = max(count for count, _ in colors)
    assert dominant < 0.9 * 760 * 1400, "the page is (almost) a single colour"
    # Body text is dark grey: without text (e.g. no fonts installed) there would be none at all.
    text_pixels = sum(
        count
        for count, (r, g, b) in colors
        if max(r, g, b) < 110 and max(r, g, b) - min(r, g, b) < 40
    )
    assert text_pixels > 5000, "no text was drawn (are fonts installed? fonts-dejavu-core)"
