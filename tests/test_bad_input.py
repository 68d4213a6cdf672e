"""Every bad input is one line on stderr and exit status 2: no traceback, no hang, no side effect.

One table: each row is a command line, an optional config file, and a word the error line must
contain (the field or the thing at fault). Each runs the real entry point (``main``) in a
thread with a deadline, so a hang fails the row instead of the suite.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from monitor.cli import main

PORTAL = """
[[portals]]
slug = "munipoptun"
name = "Municipalidad de Poptún"
url = "https://munipoptun.example.gt/"
"""
DEADLINE = 30.0


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Case:
    name: str
    argv: list[str]
    expect: str
    config: str | None = PORTAL  # TOML text; None: argv names the config itself
    env: dict[str, str] = field(default_factory=dict)


def _monitor(text: str) -> str:
    return f"[monitor]\n{text}\n{PORTAL}"


DEAD = _dead_port()
CASES = [
    # Durations and numbers
    Case("prune-huge-age", ["db", "prune", "--older-than", "99999999999d"], "--older-than"),
    Case("prune-tiny-age", ["db", "prune", "--older-than", "1s"], "--older-than"),
    Case(
        "check-interval-huge",
        ["status"],
        "check_interval",
        _monitor('check_interval = "99999999999d"'),
    ),
    Case("check-interval-inf", ["status"], "check_interval", _monitor("check_interval = inf")),
    Case("check-interval-nan", ["status"], "check_interval", _monitor("check_interval = nan")),
    Case("leader-ttl-2ms", ["status"], "leader_ttl", _monitor('leader_ttl = "2ms"')),
    Case("timeout-inf", ["check"], "timeout", _monitor("timeout = inf")),
    Case("timeout-zero", ["check"], "timeout", _monitor("timeout = 0")),
    Case("smtp-timeout-inf", ["status"], "timeout", f"[smtp]\ntimeout = inf\n{PORTAL}"),
    Case("retention-1s", ["status"], "retention", _monitor('retention = "1s"')),
    Case("time-budget-30d", ["status"], "time_budget", f'[crawl]\ntime_budget = "30d"\n{PORTAL}'),
    Case(
        "max-attempts-huge",
        ["status"],
        "max_attempts",
        f"[report]\nmax_attempts = {10**30}\n{PORTAL}",
    ),
    Case("concurrency-huge", ["status"], "concurrency", _monitor("concurrency = 100000000")),
    # TOML shapes
    Case("nested-arrays", ["status"], "nested too deeply", "x = " + "[" * 5000 + "]" * 5000),
    Case(
        "nested-tables", ["status"], "nested too deeply", "x = " + "{a = " * 5000 + "1" + "}" * 5000
    ),
    Case("not-utf8", ["status"], "UTF-8", "slug = '\udcff'"),
    # Report settings and options
    Case(
        "unknown-timezone", ["status"], "timezone", f'[report]\ntimezone = "Mars/Olympus"\n{PORTAL}'
    ),
    Case(
        "timezone-path",
        ["status"],
        "timezone",
        f'[report]\ntimezone = "../../etc/passwd"\n{PORTAL}',
    ),
    Case("bad-schedule", ["status"], "schedule", f'[report]\nschedule = "mon 25:00"\n{PORTAL}'),
    Case("week-9999", ["report", "weekly", "--week", "9999-W52", "--out", "{tmp}/out"], "year"),
    Case(
        "out-under-missing-dir",
        ["report", "weekly", "--week", "2026-W47", "--out", "{tmp}/nonexistent/dir/out"],
        "cannot create",
    ),
    Case("week-0001", ["report", "status", "--week", "0001-W01"], "year"),
    Case("week-w99", ["report", "status", "--week", "2026-W99"], "does not exist"),
    Case(
        "unsubscribe-url",
        ["status"],
        "unsubscribe_url",
        f'[report]\nunsubscribe_url = "javascript:alert(1)"\n{PORTAL}',
    ),
    Case(
        "password-env-shape", ["status"], "password_env", f'[smtp]\npassword_env = "A B"\n{PORTAL}'
    ),
    # Values that were wrongly accepted
    Case(
        "crlf-contact-url",
        ["status"],
        "contact_url",
        _monitor('contact_url = "https://x.org/\\r\\nX-Evil: 1"'),
    ),
    Case(
        "connectivity-url",
        ["status"],
        "connectivity_check_url",
        _monitor('connectivity_check_url = "not a url"'),
    ),
    Case(
        "connectivity-ftp",
        ["status"],
        "connectivity_check_url",
        _monitor('connectivity_check_url = "ftp://x.org/"'),
    ),
    Case("listen-shape", ["status"], "listen", _monitor('listen = "everywhere"')),
    Case(
        "slug-newline",
        ["status"],
        "slug",
        '[[portals]]\nslug = "munipoptun\\n"\nname = "M"\nurl = "https://m.gt/"',
    ),
    Case(
        "email-newline",
        ["status"],
        "contacts",
        '[[portals]]\nslug = "m"\nname = "M"\nurl = "https://m.gt/"\ncontacts = ["a@b.gt\\n"]',
    ),
    Case(
        "oversight-newline",
        ["status"],
        "oversight",
        f'[report]\noversight = ["a@b.gt\\n"]\n{PORTAL}',
    ),
    Case(
        "portal-url-crlf",
        ["status"],
        "url",
        '[[portals]]\nslug = "m"\nname = "M"\nurl = "https://m.gt/\\r\\nX: 1"',
    ),
    # Config files that are not files
    Case("config-dev-zero", ["status", "--config", "/dev/zero"], "not a regular file", None),
    Case("config-fifo", ["status", "--config", "{tmp}/fifo"], "not a regular file", None),
    Case("config-directory", ["status", "--config", "{tmp}"], "directory", None),
    Case("config-missing", ["status", "--config", "{tmp}/nope.toml"], "not found", None),
    # Databases that cannot be used
    Case(
        "sqlite-under-a-file", ["status", "--db", "sqlite:////etc/passwd/x.db"], "not a directory"
    ),
    Case("sqlite-under-proc", ["status", "--db", "sqlite:////proc/x/y.db"], "does not exist"),
    Case("sqlite-a-directory", ["status", "--db", "sqlite:///{tmp}"], "directory"),
    Case(
        "sqlite-no-dir-env",
        ["status"],
        "does not exist",
        env={"LAIP_MONITOR_DB_URL": "sqlite:///{tmp}/nonexistent/dir/x.db"},
    ),
    Case(
        "db-current-unreachable",
        ["db", "current", "--db", f"postgresql://laip@127.0.0.1:{DEAD}/laip"],
        "refused",
    ),
    Case(
        "postgres-port-99999", ["status", "--db", "postgresql://laip@127.0.0.1:99999/laip"], "port"
    ),
    Case(
        "postgres-port-letters",
        ["status", "--db", "postgresql://laip@127.0.0.1:abc/laip"],
        "database URL",
    ),
    Case("not-a-url", ["status", "--db", "nonsense"], "database URL"),
    Case("unknown-driver", ["status", "--db", "oracle+nope://x/y"], "database URL"),
    # Usage errors
    Case("unknown-option", ["portals", "--nope"], "No such option"),
    Case("missing-argument", ["explain"], "Missing argument"),
    Case("missing-value", ["status", "--db"], "requires an argument", None),
    Case("unknown-command", ["frobnicate"], "No such command"),
]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "fifo")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_one_line_and_exit_2(
    case: Case, workdir: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = [arg.replace("{tmp}", str(workdir)) for arg in case.argv]
    if case.config is not None:
        config = workdir / "portals.toml"
        raw = case.config.encode("utf-8", "surrogateescape")
        config.write_bytes(raw)
        argv += ["--config", str(config)] if argv[0] not in ("frobnicate",) else []
        if "--db" not in argv and not case.env:
            argv += ["--db", f"sqlite:///{workdir}/ok.db"]
    for name, value in case.env.items():
        monkeypatch.setenv(name, value.replace("{tmp}", str(workdir)))
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            main(argv)
        except BaseException as exc:  # noqa: BLE001 - SystemExit is the expected outcome
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(DEADLINE)
    assert not thread.is_alive(), f"{case.name}: still running after {DEADLINE} s (a hang)"
    out, err = capfd.readouterr()
    assert len(outcome) == 1 and isinstance(outcome[0], SystemExit), (outcome, err)
    assert outcome[0].code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("laip-monitor: error: "), err
    assert case.expect in lines[0], lines[0]
    assert "Traceback" not in err and out == ""
    assert not (workdir / "nonexistent").exists(), "a directory was created"
