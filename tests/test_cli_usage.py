"""``--help`` speaks the operator's language and ``--version`` exists."""

from __future__ import annotations

import pytest

from monitor import __version__
from monitor.cli import main

COMMANDS = [
    [],
    ["demo"],
    ["check"],
    ["explain"],
    ["status"],
    ["portals"],
    ["serve"],
    ["report", "weekly"],
    ["report", "status"],
    ["contacts", "list"],
    ["contacts", "unsubscribe"],
    ["db", "upgrade"],
    ["db", "current"],
    ["db", "prune"],
    ["review", "set"],
    ["evidence"],
    ["export"],
    ["publish"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) or "top" for c in COMMANDS])
def test_help_shows_no_python_types(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "Usage: laip-monitor" in out
    for python_type in ("<bool>", "<list[str]>", "<str>", "<path>", "<int>"):
        assert python_type not in out, out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"laip-monitor {__version__}\n"
