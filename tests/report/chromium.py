"""Render an HTML file to PNG with headless Chromium (Debian package ``chromium``)."""

from __future__ import annotations

import html as html_module
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def screenshot(binary: str, html: Path, png: Path, *, width: int = 760, height: int = 1400) -> None:
    """Write a ``width`` x ``height`` screenshot of ``html`` to ``png``; no network, no profile."""
    profile = png.parent / f"{png.stem}-chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            html.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


_PROBE = """<pre id="laip-rendered"></pre><script>
const issues = [...document.querySelectorAll('[data-issue]')].map(
  (e) => [e.dataset.issue, e.dataset.status, Math.round(e.getBoundingClientRect().top)]);
const out = document.getElementById('laip-rendered');
out.textContent = JSON.stringify({text: document.body.innerText, issues: issues,
                                  height: document.body.scrollHeight});
out.style.display = 'none';
</script>"""


def rendered(binary: str, html: Path, work: Path, *, width: int = 760) -> dict[str, Any]:
    """What Chromium lays out: the visible text and each issue row's top (pixels), in order."""
    page = work / f"{html.stem}-probe.html"
    page.write_text(html.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"))
    profile = work / f"{html.stem}-chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--window-size={width},1400",
            "--dump-dom",
            page.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        text=True,
    )
    found = re.search(r'<pre id="laip-rendered"[^>]*>(.*?)</pre>', done.stdout, flags=re.S)
    assert found is not None, done.stdout[-2000:]
    result: dict[str, Any] = json.loads(html_module.unescape(found.group(1)))
    return result
