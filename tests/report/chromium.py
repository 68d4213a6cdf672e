"""Render an HTML file to PNG with headless Chromium (Debian package ``chromium``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

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
