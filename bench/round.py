"""Scale benchmark: uptime-only, full and steady-state ``check`` rounds over a loopback nginx fleet.

    .venv/bin/python -m bench.round                         # 340 and 1000 portals, SQLite
    .venv/bin/python -m bench.round --portals 340 --db postgresql+psycopg://postgres@127.0.0.1/postgres
    .venv/bin/python -m bench.round --portals 340 --profile # also a py-spy profile of each round
    .venv/bin/python -m bench.round --portals 340 --rounds full again reference --repeat 3

For each fleet size it generates (or reuses) the fleet of ``bench/fleet.py``, starts nginx, and
runs ``laip-monitor check --no-crawl`` (uptime only) and ``laip-monitor check`` (probe + crawl +
judge + store) as child processes, each against a fresh database; ``again`` runs ``check`` a
second time on the database the ``full`` round left, after a share of the portals' pages changed
(the round a long-running monitor does every crawl interval). It measures each child's wall
time, CPU (user + sys, from ``wait4``) and peak RSS, nginx's CPU over the round, and the database
size afterwards; it prints a Markdown table and writes JSON under ``bench/results/``. nginx is
stopped, the changed pages put back and the temporary databases dropped whatever happens (Ctrl-C
and SIGTERM included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.fleet import (  # noqa: E402
    Fleet,
    changed_pages,
    exit_on_sigterm,
    generate,
    reload,
    serving,
)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
MB = 1024 * 1024
CRAWL_PROCESSES: int | None = None  # --processes: [crawl] processes of every check round
WITHOUT: list[str] = []  # --without: work the check rounds leave out (an ablation)
# What each --without leaves out: settings put at the top of their table in the fleet's config.
ABLATIONS = {
    "evidence": ("[evidence]", "enabled = false"),  # no WARC archive, no evidence index
    "documents": ("[crawl]", "max_documents = 0"),  # no document checked
}
SPY_OPTIONS: list[str] = []  # --profile-gil: py-spy samples only the thread holding the GIL


@dataclass
class RoundResult:
    portals: int
    # "startup" (one portal: the fixed cost) | "uptime" | "full" | "again" (full's database, a
    # share of the pages changed) | "reference"
    kind: str
    command: list[str]
    exit_code: int
    wall_seconds: float
    cpu_user: float
    cpu_sys: float
    peak_rss_mb: float  # wait4's ru_maxrss: the largest single process of the tree, not a sum
    nginx_cpu_seconds: float
    db_bytes: int
    probes: int = 0
    up: int = 0
    crawls: int = 0
    crawl_errors: int = 0
    pages: int = 0
    documents: int = 0
    bytes_read: int = 0
    stop_reasons: dict[str, int] = field(default_factory=dict)
    verdicts: int = 0
    verdicts_right: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    startup_seconds: float | None = None  # the same fleet's "startup" wall time
    profile: str | None = None
    top: list[str] = field(default_factory=list)
    nginx_errors: list[str] = field(default_factory=list)
    repetition: int = 1
    # Sampled from /proc every 0.2 s while the round runs (see ``TreeMemory``).
    own_rss_mb: float = 0.0  # the child process itself (VmHWM)
    descendant_rss_mb: float = 0.0  # its largest descendant, a crawl worker (VmHWM)
    tree_rss_mb: float = 0.0  # the largest sum of VmRSS over the child and its descendants
    processes: int = 1  # processes seen in the tree, the child included
    # This bench process's RSS when it started the child: Linux keeps a parent's RSS at fork in
    # the child's ru_maxrss across exec, so ``peak_rss_mb`` is never below it.
    floor_rss_mb: float = 0.0
    # PostgreSQL's server processes over the round (its postmaster's own and reaped children's
    # CPU): None on SQLite, which runs inside the check process and is counted in its CPU.
    db_server_cpu_seconds: float | None = None
    changed_portals: int = 0  # "again": portals whose pages changed before the round
    seeded: bool = False  # "again": its database came from an untimed full check, not "full"

    @property
    def cpu_seconds(self) -> float:
        return self.cpu_user + self.cpu_sys

    @property
    def requests(self) -> int:
        """What the round fetched: one probe per portal, plus pages and documents when crawling."""
        return self.probes + self.pages + self.documents

    @property
    def net(self) -> str:
        """Wall time past the fixed cost of starting, migrating and probing one portal."""
        if self.startup_seconds is None or self.kind == "startup":
            return ""
        return f"{self.wall_seconds - self.startup_seconds:.1f}"

    def row(self) -> str:
        per = self.requests or 1
        server = self.db_server_cpu_seconds
        return (
            f"| {self.portals} | {self.kind} | {self.wall_seconds:.1f} | {self.net} | "
            f"{self.pages} | {self.documents} | {self.requests / self.wall_seconds:.0f} | "
            f"{self.cpu_seconds:.1f} | "
            f"{self.cpu_seconds / per * 1000:.2f} | {self.peak_rss_mb:.0f} | "
            f"{self.tree_rss_mb:.0f} | "
            f"{self.db_bytes / MB:.1f} | {self.nginx_cpu_seconds:.1f} | "
            f"{'' if server is None else f'{server:.1f}'} | "
            f"{self.up}/{self.probes} | {self.crawls - self.crawl_errors}/{self.crawls} |"
        )


HEADER = (
    "| portals | round | wall s | net s | pages | documents | requests/s | CPU s | "
    "CPU ms/request | peak RSS MB | sum RSS MB | DB MB | nginx CPU s | DB server CPU s | "
    "up | crawled |\n"
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def check_supports_no_crawl() -> bool:
    """Whether this ``check`` has the uptime-only switch (and so crawls without it)."""
    out = subprocess.run(
        [sys.executable, "-m", "monitor", "check", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
        check=True,
    ).stdout
    return "--no-crawl" in out


# -- databases ---------------------------------------------------------------------------------


@contextmanager
def fresh_database(base: str | None, workdir: Path) -> Iterator[str]:
    """A URL of an empty database: a new SQLite file, or a new PostgreSQL database on ``base``."""
    if base is None or base.startswith("sqlite"):
        path = workdir / f"bench-{uuid.uuid4().hex[:8]}.db"
        try:
            yield f"sqlite:///{path}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"laip_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def database_bytes(url: str) -> int:
    if url.startswith("sqlite"):
        path = make_url(url).database or ""
        return sum(Path(path + s).stat().st_size for s in ("", "-wal") if Path(path + s).exists())
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(
                conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            )
    finally:
        engine.dispose()


def last_ids(url: str) -> tuple[int, int]:
    """The highest crawl and probe row ids stored so far: a round's rows are those above them."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            crawl, probe = conn.execute(
                text(
                    "SELECT (SELECT coalesce(max(id), 0) FROM crawl_runs),"
                    " (SELECT coalesce(max(id), 0) FROM probe_runs)"
                )
            ).one()
    finally:
        engine.dispose()
    return int(crawl), int(probe)


def check_verdicts(
    url: str, result: RoundResult, truth: dict[str, dict[str, str]], since: tuple[int, int]
) -> None:
    """Stop reasons of the round's crawls, and their stored verdicts against the fleet's truth.

    Only crawls with an id above ``since[0]`` count: the ``again`` round's database also holds
    the ``full`` round's crawls, whose verdicts must not stand in for the second round's.
    """
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            reasons = conn.execute(
                text(
                    "SELECT coalesce(stop_reason, 'complete'), count(*) FROM crawl_runs"
                    " WHERE id > :crawl GROUP BY 1"
                ),
                {"crawl": since[0]},
            ).all()
            verdicts = conn.execute(
                text(
                    "SELECT p.slug, v.section_id, v.status FROM section_verdicts v"
                    " JOIN crawl_runs c ON c.id = v.crawl_id JOIN portals p ON p.id = c.portal_id"
                    " WHERE c.id > :crawl"
                ),
                {"crawl": since[0]},
            ).all()
    finally:
        engine.dispose()
    result.stop_reasons = {str(reason): int(count) for reason, count in reasons}
    for slug, section, status in verdicts:
        expected = truth.get(slug, {}).get(section)
        if expected is None:
            continue
        result.verdicts += 1
        if status == expected:
            result.verdicts_right += 1
        elif len(result.wrong_examples) < 10:
            result.wrong_examples.append(f"{slug} {section}: expected {expected}, got {status}")


def database_counts(url: str, since: tuple[int, int]) -> dict[str, int]:
    """The round's probes and crawls: rows with ids above ``since`` (crawl id, probe id)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            probes, up = conn.execute(
                text(
                    "SELECT count(*), coalesce(sum(CASE WHEN up THEN 1 ELSE 0 END), 0)"
                    " FROM probe_runs WHERE id > :probe"
                ),
                {"probe": since[1]},
            ).one()
            crawls, errors, pages, documents, read = conn.execute(
                text(
                    "SELECT count(*), coalesce(sum(CASE WHEN error IS NULL THEN 0 ELSE 1 END), 0),"
                    " coalesce(sum(pages), 0), coalesce(sum(documents), 0),"
                    " coalesce(sum(bytes_read), 0) FROM crawl_runs WHERE id > :crawl"
                ),
                {"crawl": since[0]},
            ).one()
    finally:
        engine.dispose()
    return {
        "probes": int(probes),
        "up": int(up),
        "crawls": int(crawls),
        "crawl_errors": int(errors),
        "pages": int(pages),
        "documents": int(documents),
        "bytes_read": int(read),
    }


# -- processes ---------------------------------------------------------------------------------


def _process_stats() -> Iterator[tuple[int, list[str]]]:
    """``(pid, fields of /proc/<pid>/stat after the command)`` of every process."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            yield int(entry.name), (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue


def process_tree_cpu(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its direct children (nginx master and workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(
        (int(fields[11]) + int(fields[12])) / ticks
        for own, fields in _process_stats()
        if own == pid or int(fields[1]) == pid
    )


def postmaster_pid(url: str) -> int | None:
    """The pid of the PostgreSQL server behind ``url`` when it runs on this machine, else None."""
    if not url.startswith("postgresql"):
        return None
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            directory = conn.execute(text("SHOW data_directory")).scalar_one()
        return int((Path(directory) / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None  # another machine's server, or not readable here
    finally:
        engine.dispose()


def server_cpu(pid: int) -> float:
    """CPU seconds of a PostgreSQL server: its postmaster's, its exited backends' (reaped, so
    counted in the postmaster's children's times) and its live processes'."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for own, fields in _process_stats():
        if own == pid:
            total += sum(int(value) for value in fields[11:15]) / ticks
        elif int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _proc_status_kb(pid: int, fields: tuple[str, ...]) -> dict[str, int]:
    values: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in fields:
                values[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return values


def _descendants(root: int) -> set[int]:
    """Every live process below ``root`` (one scan of ``/proc``)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


class TreeMemory(threading.Thread):
    """Samples the memory of a process and of its descendants (crawl workers) while it runs.

    ``wait4``'s ``ru_maxrss`` is the peak of the largest single process (the child or a
    descendant it reaped), never a sum; this sampler tells which process that was (each
    process's ``VmHWM``, its own high-water mark, as last seen) and how much the processes held
    together (the largest sum of ``VmRSS`` seen, which a 0.2 s sampling may underestimate).
    """

    def __init__(self, root: int, period: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.period = period
        self.own_kb = 0
        self.descendant_kb = 0
        self.sum_kb = 0
        self.floor_kb = 0
        self.seen: set[int] = {root}
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.period)

    def sample(self) -> None:
        total = 0
        for pid in {self.root, *_descendants(self.root)}:
            values = _proc_status_kb(pid, ("VmHWM", "VmRSS"))
            if not values:
                continue
            self.seen.add(pid)
            total += values.get("VmRSS", 0)
            if pid == self.root:
                self.own_kb = max(self.own_kb, values.get("VmHWM", 0))
            else:
                self.descendant_kb = max(self.descendant_kb, values.get("VmHWM", 0))
        self.sum_kb = max(self.sum_kb, total)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def run_child(command: list[str], log: Path) -> tuple[int, float, Any, TreeMemory]:
    """Run ``command``; its exit code, wall seconds, its own resource usage (``wait4``: its
    CPU and its reaped descendants', and the largest single process's peak RSS) and the
    memory sampled over its process tree."""
    began = time.monotonic()
    with log.open("wb") as out:
        floor = _proc_status_kb(os.getpid(), ("VmRSS",)).get("VmRSS", 0)
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        memory = TreeMemory(process.pid)
        memory.floor_kb = floor
        memory.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            memory.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, time.monotonic() - began, usage, memory


def _memory_fields(result: RoundResult, memory: TreeMemory) -> None:
    result.own_rss_mb = memory.own_kb / 1024
    result.descendant_rss_mb = memory.descendant_kb / 1024
    result.tree_rss_mb = memory.sum_kb / 1024
    result.processes = len(memory.seen)
    result.floor_rss_mb = memory.floor_kb / 1024


def one_round(
    fleet: Fleet,
    nginx_pid: int,
    kind: str,
    db_base: str | None,
    workdir: Path,
    *,
    no_crawl_flag: bool,
    profile_dir: Path | None,
    database: str | None = None,
    repetition: int = 1,
) -> RoundResult:
    """One round as a child process; ``database``: run on it (``again``) instead of a fresh one."""
    if kind == "reference":
        return reference_round(fleet, nginx_pid, workdir)
    config = check_config(fleet, workdir)
    opened = nullcontext(database) if database else fresh_database(db_base, workdir)
    with opened as url:
        since = last_ids(url) if kind == "again" else (0, 0)  # what was there before
        check = ["check", "--config", str(config), "--db", url, "--json"]
        if kind in ("uptime", "startup") and no_crawl_flag:
            check.append("--no-crawl")
        if kind == "startup":
            check += ["--portal", fleet.portals[0].slug]
        prefix = [sys.executable]
        profile = None
        if profile_dir is not None:
            # py-spy samples every thread of the check process and of its crawl workers
            # (--subprocesses), and only while it runs Python code, so idle waiting on the
            # network is not counted.
            profile = str(profile_dir / f"{len(fleet.portals)}-{kind}-{repetition}.txt")
            spy = str(Path(sys.executable).with_name("py-spy"))
            options = ["--format", "raw", "-r", "200", "--subprocesses", *SPY_OPTIONS]
            prefix = [spy, "record", *options, "-o", profile, "--", *prefix]
        command = [*prefix, "-m", "monitor", *check]
        nginx_before = process_tree_cpu(nginx_pid)
        server = postmaster_pid(url)
        server_before = server_cpu(server) if server else 0.0
        error_log = fleet.out / "logs" / "error.log"
        log_offset = error_log.stat().st_size if error_log.exists() else 0
        log = workdir / f"{len(fleet.portals)}-{kind}-{repetition}.log"
        code, wall, usage, memory = run_child(command, log)
        nginx_cpu = process_tree_cpu(nginx_pid) - nginx_before
        server_used = server_cpu(server) - server_before if server else None
        if code != 0:
            tail = log.read_text(errors="replace")[-3000:]
            print(f"warning: {kind} round exited {code}:\n{tail}", file=sys.stderr)
        result = RoundResult(
            portals=len(fleet.portals),
            kind=kind,
            command=["python", *command[1:]],
            exit_code=code,
            wall_seconds=wall,
            cpu_user=usage.ru_utime,
            cpu_sys=usage.ru_stime,
            peak_rss_mb=usage.ru_maxrss / 1024,
            nginx_cpu_seconds=nginx_cpu,
            db_bytes=database_bytes(url),
            db_server_cpu_seconds=server_used,
            profile=profile,
        )
        _memory_fields(result, memory)
        result.nginx_errors = _server_errors(error_log, log_offset)
        if result.nginx_errors:
            print(
                f"warning: nginx logged {len(result.nginx_errors)} errors during the {kind} round"
                f" (the figures measure the fleet, not the monitor): {result.nginx_errors[0]}",
                file=sys.stderr,
            )
        for name, value in database_counts(url, since).items():
            setattr(result, name, value)
        if kind in ("full", "again"):
            check_verdicts(url, result, fleet.truth, since)
    if profile:
        result.top = top_of_profile(profile)
    return result


def check_config(fleet: Fleet, workdir: Path) -> Path:
    """The fleet's config, or a copy that crawls in ``--processes`` worker processes and leaves
    out the work ``--without`` names."""
    settings = [] if CRAWL_PROCESSES is None else [("[crawl]", f"processes = {CRAWL_PROCESSES}")]
    settings += [ABLATIONS[name] for name in WITHOUT]
    return config_with(fleet.config, settings, workdir)


def config_with(base: Path, settings: list[tuple[str, str]], workdir: Path) -> Path:
    """``base``, or a copy in ``workdir`` with each ``(table, line)`` of ``settings`` first in its
    table (the table added at the top when ``base`` has none)."""
    if not settings:
        return base
    text = base.read_text()
    for table, line in settings:
        if f"{table}\n" in text:
            text = text.replace(f"{table}\n", f"{table}\n{line}\n", 1)
        else:
            text = f"{table}\n{line}\n\n{text}"
    name = "-".join(line.split(" =")[0] for _table, line in settings)
    config = workdir / f"portals-{name}.toml"
    config.write_text(text)
    return config


def seed_database(fleet: Fleet, url: str, workdir: Path) -> None:
    """An untimed full ``check`` on ``url``: the previous round an ``again`` round follows."""
    config = check_config(fleet, workdir)
    command = [sys.executable, "-m", "monitor", "check", "--config", str(config), "--db", url]
    log = workdir / f"{len(fleet.portals)}-seed.log"
    code, wall, _usage, _memory = run_child([*command, "--json"], log)
    print(f"  (untimed full check to seed the again round's database: {wall:.1f}s)", flush=True)
    if code != 0:
        tail = log.read_text(errors="replace")[-3000:]
        print(f"warning: the seeding check exited {code}:\n{tail}", file=sys.stderr)


def repetition_order(chosen: list[str]) -> list[str]:
    """The rounds of one repetition: as asked, ``again`` moved after ``full`` if it came first."""
    order = list(dict.fromkeys(chosen))
    if "again" in order and "full" in order and order.index("again") < order.index("full"):
        order.remove("again")
        order.insert(order.index("full") + 1, "again")
    return order


def reference_round(fleet: Fleet, nginx_pid: int, workdir: Path) -> RoundResult:
    """The naive reference crawler (``bench/reference_crawler.py``) over the same fleet."""
    command = [sys.executable, "-m", "bench.reference_crawler", "--config", str(fleet.config)]
    nginx_before = process_tree_cpu(nginx_pid)
    log = workdir / f"{len(fleet.portals)}-reference.log"
    code, wall, usage, memory = run_child(command, log)
    nginx_cpu = process_tree_cpu(nginx_pid) - nginx_before
    output = log.read_text(errors="replace")
    if code != 0:
        print(f"warning: reference round exited {code}:\n{output[-3000:]}", file=sys.stderr)
    result = RoundResult(
        portals=len(fleet.portals),
        kind="reference",
        command=["python", *command[1:]],
        exit_code=code,
        wall_seconds=wall,
        cpu_user=usage.ru_utime,
        cpu_sys=usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,
        nginx_cpu_seconds=nginx_cpu,
        db_bytes=0,
    )
    _memory_fields(result, memory)
    lines = output.strip().splitlines()
    if code == 0 and lines:
        totals = json.loads(lines[-1])
        result.pages = int(totals["pages"])
        result.documents = int(totals["documents"])
        result.bytes_read = int(totals["bytes"])
        result.crawls = int(totals["portals"])
    return result


def _server_errors(error_log: Path, offset: int) -> list[str]:
    """nginx's own failures since ``offset`` (crit, alert, emerg): the fleet misbehaved."""
    if not error_log.exists():
        return []
    with error_log.open("rb") as handle:
        handle.seek(offset)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    return [line for line in lines if any(f"[{lvl}]" in line for lvl in ("crit", "alert", "emerg"))]


# Where a sample's time goes: the first of these found walking its stack from the leaf up (the
# code running, then what called it). Patterns are matched against "function (file:line)".
CATEGORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("evidence archive (WARC, gzip)", ("warcio/", "evidence/warc.py", "store/evidence.py")),
    ("database writes", ("sqlalchemy/", "store/", "sqlite3", "psycopg", "alembic/")),
    ("HTML parse (parse_page)", ("compliance/page.py", "charset_normalizer/")),
    ("dates in text", ("compliance/dates.py",)),
    ("app-shell detection (render.py)", ("compliance/render.py",)),
    ("judge + score", ("compliance/judge.py", "compliance/score.py", "compliance/text.py")),
    ("crawl logic (scope, links, robots)", ("compliance/crawl.py", "net/", "robotparser")),
    (
        "HTTP client + event loop",
        ("aiohttp/", "httpx", "httpcore/", "h11/", "asyncio/", "selectors"),
    ),
)


# Leaf frames that are waits py-spy does not always see as idle (the GIL is released there).
IDLE = ("_worker (concurrent/futures/thread.py:81)", "_worker (concurrent/futures/thread.py:83)")


def profile_summary(path: str) -> tuple[list[str], list[str]]:
    """From a py-spy raw profile: time by category, and the functions with the most own time."""
    by_category: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in Path(path).read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = stack.split(";")
        leaf = frames[-1].replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        if any(idle in leaf for idle in IDLE):
            total -= count  # a pool thread waiting for work: not CPU, whatever py-spy says
            continue
        own[leaf] = own.get(leaf, 0) + count
        name = "other"
        if any("<frozen importlib" in frame for frame in frames):
            name = "start-up (imports)"
        for frame in reversed(frames if name == "other" else []):
            found = next((c for c, marks in CATEGORIES if any(m in frame for m in marks)), None)
            if found is not None:
                name = found
                break
        by_category[name] = by_category.get(name, 0) + count
    total = total or 1
    categories = [
        f"{count / total * 100:5.1f}%  {name}"
        for name, count in sorted(by_category.items(), key=lambda kv: -kv[1])
    ]
    functions = [
        f"{count / total * 100:5.1f}%  {name}"
        for name, count in sorted(own.items(), key=lambda kv: -kv[1])[:25]
    ]
    return categories, functions


def top_of_profile(path: str, limit: int = 25) -> list[str]:
    """Time by category, then the functions with the most own time (py-spy ``.txt``), or the
    functions with the most own time of a cProfile (``.prof``)."""
    if path.endswith(".txt"):
        categories, functions = profile_summary(path)
        return ["by category (share of the samples):", *categories, "", "own time:", *functions]
    stats = pstats.Stats(path)
    rows = []
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = filename.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        rows.append((own, cumulative, calls, f"{where}:{line}({name})"))
    rows.sort(reverse=True)
    return [f"{o:7.2f} {c:7.2f} {n:>9} {w}" for o, c, n, w in rows[:limit]]


# -- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--portals", type=int, nargs="+", default=[340, 1000])
    parser.add_argument("--db", default=None, help="PostgreSQL URL (a fresh database per round)")
    parser.add_argument(
        "--rounds",
        nargs="+",
        choices=("uptime", "full", "again", "reference"),
        default=["uptime", "full", "reference"],
        help="again: a second full check on the full round's database after --change-share of"
        " the portals' pages changed (an untimed full check seeds it when full is not asked)",
    )
    parser.add_argument(
        "--change-share",
        type=float,
        default=0.1,
        help="share of the portals whose HTML pages change before the again round (default 0.1)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="run the rounds this many times; medians reported"
    )
    parser.add_argument(
        "--page-kb",
        type=int,
        default=60,
        help="pad every page to this size (0: 30-150 KB, triangular)",
    )
    parser.add_argument("--fleet-dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--seed", type=int, default=57)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--nginx-workers", type=int, default=1)
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="[crawl] processes of the check rounds (default: the config's 0, one per CPU)",
    )
    parser.add_argument(
        "--without",
        nargs="+",
        choices=sorted(ABLATIONS),
        default=[],
        help="an ablation: the check rounds leave this work out (evidence: no WARC archive; "
        "documents: no document checked), to measure what it costs; their verdicts are not the "
        "monitor's, and fewer of them match the fleet's truth",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="py-spy each round, its crawl worker processes included",
    )
    parser.add_argument(
        "--profile-gil",
        action="store_true",
        help="with --profile: sample only the thread holding the GIL (py-spy --gil), so that a "
        "thread waiting for it is not counted as work",
    )
    args = parser.parse_args(argv)
    global CRAWL_PROCESSES  # noqa: PLW0603 - one setting read by every round's config
    CRAWL_PROCESSES = args.processes
    WITHOUT[:] = args.without
    SPY_OPTIONS[:] = ["--gil"] if args.profile_gil else []
    if not 0.0 <= args.change_share <= 1.0:
        parser.error("--change-share must be between 0 and 1")
    exit_on_sigterm()
    no_crawl_flag = check_supports_no_crawl()
    order = repetition_order(args.rounds if no_crawl_flag else ["uptime"])
    if "again" in order and "full" not in order:
        print("note: no full round asked: an untimed full check seeds each again round's database")
    if not no_crawl_flag:
        print("note: this check has no --no-crawl: only its (probe-only) round is run")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    profile_dir = RESULTS / f"profiles-{stamp}" if args.profile else None
    if profile_dir:
        profile_dir.mkdir()
    results: list[RoundResult] = []
    with tempfile.TemporaryDirectory(prefix="laip-bench-") as work:
        for portals in args.portals:
            began = time.monotonic()
            fleet = generate(
                args.fleet_dir / f"laip-bench-fleet-{portals}",
                portals,
                seed=args.seed,
                today=args.today,
                workers=args.nginx_workers,
                page_kb=args.page_kb or None,
            )
            s = fleet.stats
            print(
                f"fleet of {portals}: {s.pages} pages ({s.page_bytes / s.pages / 1024:.0f} KB "
                f"average), {s.documents} documents ({time.monotonic() - began:.1f}s to prepare)"
            )
            with serving(fleet) as nginx:
                startup = one_round(
                    fleet,
                    nginx.pid,
                    "startup",
                    args.db,
                    Path(work),
                    no_crawl_flag=no_crawl_flag,
                    profile_dir=profile_dir,
                )
                startup.startup_seconds = startup.wall_seconds
                results.append(startup)
                print(f"  startup: {startup.row()}", flush=True)
                for repetition in range(1, args.repeat + 1):
                    results += repetition_rounds(
                        fleet,
                        nginx,
                        order,
                        args,
                        Path(work),
                        repetition,
                        no_crawl_flag=no_crawl_flag,
                        profile_dir=profile_dir,
                        startup=startup.wall_seconds,
                    )
    report = render(results, args)
    print("\n" + report)
    out = RESULTS / f"round-{stamp}.json"
    out.write_text(json.dumps(payload(results, args), indent=2))
    print(f"\nwritten: {out}")
    return 0 if all(r.exit_code == 0 for r in results) else 1


def repetition_rounds(
    fleet: Fleet,
    nginx: subprocess.Popen[bytes],
    order: list[str],
    args: argparse.Namespace,
    workdir: Path,
    repetition: int,
    *,
    no_crawl_flag: bool,
    profile_dir: Path | None,
    startup: float,
) -> list[RoundResult]:
    """One repetition's rounds in ``order``; ``again`` on the database ``full`` left."""
    results: list[RoundResult] = []
    with ExitStack() as keep:
        kept: str | None = None  # the full round's database, while an again round follows
        for kind in order:
            database = None
            if kind == "full" and "again" in order:
                database = kept = keep.enter_context(fresh_database(args.db, workdir))
            run = functools.partial(
                one_round,
                fleet,
                nginx.pid,
                kind,
                args.db,
                workdir,
                no_crawl_flag=no_crawl_flag,
                profile_dir=profile_dir,
                repetition=repetition,
            )
            if kind != "again":
                result = run(database=database)
            else:
                seeded = kept is None
                if kept is None:
                    kept = keep.enter_context(fresh_database(args.db, workdir))
                    seed_database(fleet, kept, workdir)
                key = f"{args.seed}:{repetition}"
                with changed_pages(fleet, args.change_share, key, lambda: reload(nginx)) as chosen:
                    result = run(database=kept)
                result.changed_portals = len(chosen)
                result.seeded = seeded
            result.repetition = repetition
            result.startup_seconds = startup
            results.append(result)
            print(f"  {kind}: {result.row()}", flush=True)
    return results


def render(results: list[RoundResult], args: argparse.Namespace) -> str:
    lines = [
        f"Database: {'PostgreSQL' if args.db else 'SQLite'}; {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()}; nginx workers: {args.nginx_workers}; "
        f"pages padded to {args.page_kb or '30-150'} KB",
        "",
        HEADER,
        *(r.row() for r in results),
    ]
    summary = side_by_side(results)
    if summary:
        lines += ["", SIDE_HEADER, *summary]
    for r in results:
        if r.kind in ("full", "again"):
            share = r.verdicts_right / r.verdicts * 100 if r.verdicts else 0.0
            reasons = ", ".join(f"{k}: {v}" for k, v in sorted(r.stop_reasons.items()))
            changed = ""
            if r.kind == "again":
                changed = (
                    f"; {r.changed_portals} portals' pages changed before it"
                    f" (--change-share {args.change_share}), on the database "
                    + ("of an untimed full check" if r.seeded else "the full round left")
                )
            lines += [
                "",
                f"{r.portals} portals, {r.kind} round {r.repetition}: {r.verdicts_right}/"
                f"{r.verdicts} verdicts as the fleet's truth ({share:.1f}%); crawls by stop "
                f"reason: {reasons}{changed}",
                *(f"  - {example}" for example in r.wrong_examples),
            ]
    memory = [r for r in results if r.kind != "startup"]
    if memory:
        lines += [
            "",
            "Memory (MB): peak RSS = wait4's ru_maxrss, the largest single process (the child or a"
            " crawl worker it reaped), not a sum, and never below this bench's own RSS when it"
            " started the child (floor: Linux keeps it across exec); sampled every 0.2 s: the"
            " child's own high-water mark (VmHWM), its largest descendant's, and the largest sum"
            " of RSS over the tree.",
            "",
            "| portals | round | repetition | peak RSS | floor | child | largest descendant |"
            " sum RSS | processes |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
            *(
                f"| {r.portals} | {r.kind} | {r.repetition} | {r.peak_rss_mb:.0f} | "
                f"{r.floor_rss_mb:.0f} | {r.own_rss_mb:.0f} | {r.descendant_rss_mb:.0f} | "
                f"{r.tree_rss_mb:.0f} | {r.processes} |"
                for r in memory
            ),
        ]
    for r in results:
        if r.top:
            lines += [
                "",
                f"Profile, {r.portals} portals, {r.kind} round ({r.profile}):",
                "```",
                *r.top,
                "```",
            ]
    return "\n".join(lines)


SIDE_HEADER = (
    "| portals | runs | full wall s | full CPU s | full peak RSS MB | again wall s | again CPU s | "
    "again peak RSS MB | reference wall s | reference CPU s | reference peak RSS MB | "
    "full / reference (wall) | again / reference (wall) | again / full (wall) |\n"
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def _medians(rounds: list[RoundResult]) -> list[str]:
    """Median wall s, CPU s and peak RSS MB of ``rounds``, or three empty cells."""
    if not rounds:
        return ["", "", ""]
    return [
        f"{median(r.wall_seconds for r in rounds):.1f}",
        f"{median(r.cpu_seconds for r in rounds):.1f}",
        f"{median(r.peak_rss_mb for r in rounds):.0f}",
    ]


def _ratio(top: list[RoundResult], bottom: list[RoundResult]) -> str:
    """Median of the wall-time ratios within each repetition, and each ratio."""
    below = {r.repetition: r.wall_seconds for r in bottom}
    ratios = [r.wall_seconds / below[r.repetition] for r in top if r.repetition in below]
    if not ratios:
        return ""
    return f"{median(ratios):.2f} ({', '.join(f'{x:.2f}' for x in ratios)})"


def side_by_side(results: list[RoundResult]) -> list[str]:
    """Per fleet size: medians of the full, again and reference rounds, and of their wall ratios.

    A ratio is taken within each repetition (full round *i* against reference round *i*, run
    one after the other under the same load), then the median of those ratios is quoted.
    """
    rows = []
    for portals in sorted({r.portals for r in results}):
        by_kind = {
            kind: [r for r in results if r.portals == portals and r.kind == kind]
            for kind in ("full", "again", "reference")
        }
        full, again, ref = by_kind["full"], by_kind["again"], by_kind["reference"]
        if sum(1 for rounds in by_kind.values() if rounds) < 2:
            continue
        runs = max(len(rounds) for rounds in by_kind.values())
        cells = [
            str(portals),
            str(runs),
            *_medians(full),
            *_medians(again),
            *_medians(ref),
            _ratio(full, ref),
            _ratio(again, ref),
            _ratio(again, full),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def payload(results: list[RoundResult], args: argparse.Namespace) -> dict[str, Any]:
    return {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": "postgresql" if args.db else "sqlite",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "nginx_workers": args.nginx_workers,
        "page_kb": args.page_kb or None,
        "change_share": args.change_share,
        "side_by_side_header": SIDE_HEADER.splitlines()[0],
        "side_by_side": side_by_side(results),
        "rounds": [
            {
                **asdict(r),
                "cpu_seconds": r.cpu_seconds,
                "requests": r.requests,
                "requests_per_second": r.requests / r.wall_seconds,
                "cpu_ms_per_request": r.cpu_seconds / (r.requests or 1) * 1000,
            }
            for r in results
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
