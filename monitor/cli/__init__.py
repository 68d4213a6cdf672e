"""Command-line interface: ``laip-monitor <command>``. Each command lives in its own module."""

from __future__ import annotations

import logging
import sys

from monitor.cli import commands  # noqa: F401 - registers the commands on the app
from monitor.cli.app import app
from monitor.errors import LaipMonitorError
from monitor.secrets import redact_text


def main() -> None:
    """Run the CLI; a LaipMonitorError becomes one line on stderr and exit status 2."""
    # Commands speak through their own output; only ``serve`` configures log handlers. Without
    # this, Python's last-resort handler would print library warnings next to the one-line errors.
    logging.getLogger("monitor").addHandler(logging.NullHandler())
    try:
        app(standalone_mode=True)
    except LaipMonitorError as exc:
        print(f"laip-monitor: error: {redact_text(str(exc))}", file=sys.stderr)
        raise SystemExit(2) from None
