"""Run Python from this checkout as a child process, as a user runs the monitor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_python(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``python *args`` in the checkout (its packages importable), output captured as text."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
