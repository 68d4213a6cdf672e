"""Run in a crawl worker process by ``test_pool``: what the worker started with."""

from __future__ import annotations

import signal
import sys


def worker_facts() -> tuple[bool, bool]:
    """(whether the worker holds the check command's modules, i.e. was forked from it; whether
    Ctrl-C raises KeyboardInterrupt in it, as in any new process)."""
    return "monitor.cli.check" in sys.modules, (
        signal.getsignal(signal.SIGINT) is signal.default_int_handler
    )
