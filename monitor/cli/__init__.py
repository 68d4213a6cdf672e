"""Command-line interface: ``laip-monitor <command>``. Each command lives in its own module."""

from __future__ import annotations

import logging
import sys

import typer

from monitor.cli import commands  # noqa: F401 - registers the commands on the app
from monitor.cli.app import app
from monitor.errors import LaipMonitorError
from monitor.oslimits import raise_open_files_limit
from monitor.secrets import redact_text


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every error is one line on stderr.

    A LaipMonitorError (config, database, report) and a usage error (unknown option, missing
    argument, bad value) exit with status 2; nothing prints a traceback or a help box.
    """
    # Commands speak through their own output; only ``serve`` configures log handlers. Without
    # this, Python's last-resort handler would print library warnings next to the one-line errors.
    logging.getLogger("monitor").addHandler(logging.NullHandler())
    raise_open_files_limit()  # a socket per portal connection: as many as the system allows
    try:
        code = app(args=argv, prog_name="laip-monitor", standalone_mode=False)
    except LaipMonitorError as exc:
        _fail(str(exc), 2)
    except typer.TyperException as exc:  # click's ClickException / UsageError and friends
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `laip-monitor` or `report`: help
            show = getattr(exc, "show", None)
            if callable(show):
                show()
            raise SystemExit(2) from None
        _fail(_usage_line(exc), int(getattr(exc, "exit_code", 2)))
    except typer.Abort:
        _fail("aborted", 1)
    raise SystemExit(code if isinstance(code, int) else 0)


def _usage_line(exc: typer.TyperException) -> str:
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    path = getattr(ctx, "command_path", None)
    if isinstance(path, str) and path:
        return f"{message} (see '{path} --help')"
    return message


def _fail(message: str, code: int) -> None:
    print(f"laip-monitor: error: {redact_text(message)}", file=sys.stderr)
    raise SystemExit(code) from None
