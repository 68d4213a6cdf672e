"""Two (or more) versions of the monitor, side by side, on one fleet: is a change faster?

    .venv/bin/python -m bench.compare dd8d827 HEAD              # 340 portals, 3 runs each
    .venv/bin/python -m bench.compare main my-branch --runs 5 --portals 100
    .venv/bin/python -m bench.compare HEAD~1 HEAD --db postgresql+psycopg://postgres@127.0.0.1/postgres

This machine's speed moves by 10-20 % between invocations of ``bench.round`` (other work shares
its cores), more than most single changes save. Here every git revision given is checked out
(``git archive``, untouched working tree) and its ``check`` runs a first crawl and then a
steady-state crawl (the same fleet again, nothing changed) on a fresh database (SQLite, or
PostgreSQL with ``--db``: a new database on that server, dropped afterwards),
the revisions taking turns run after run against one nginx fleet (``bench/fleet.py``), so that
they share the same load. Per run and revision: wall seconds and CPU seconds (``wait4``: the
``check`` process and its crawl workers); then the medians, and each revision's CPU as a share
of the first one's, of its median and run by run (a run's revisions share its load). Every
round's verdicts are checked against the fleet's truth, so that a faster revision that judges
wrong does not pass unnoticed.

Every revision runs on this checkout's virtual environment: one that needs another dependency
(``dd8d827`` and earlier: ``zlib-ng``) needs it installed first. Only the fleet's nginx is
started here (and stopped, by its pid); no repository state changes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fleet import Fleet, exit_on_sigterm, generate, serving  # noqa: E402
from bench.round import (  # noqa: E402
    ROOT,
    RoundResult,
    check_verdicts,
    fresh_database,
    last_ids,
    run_child,
)

ROUNDS = ("full", "again")


@dataclass
class Run:
    """One round of one revision."""

    revision: str
    round: str
    run: int
    wall_seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    verdicts_right: int
    verdicts: int


def checkout(revision: str, into: Path) -> Path:
    """The files of ``revision`` (as committed) under ``into``; ValueError for an unknown one."""
    found = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        raise ValueError(f"not a git revision of {ROOT}: {revision!r}")
    target = into / found.stdout.strip()[:12]
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", found.stdout.strip()], cwd=ROOT, capture_output=True, check=True
        )
        with tempfile.TemporaryFile() as tar:
            tar.write(archive.stdout)
            tar.seek(0)
            with tarfile.open(fileobj=tar) as files:
                files.extractall(target, filter="data")
    return target


def one_run(
    fleet: Fleet, revision: str, tree: Path, run: int, workdir: Path, db: str | None = None
) -> list[Run]:
    """A first and a steady-state ``check`` of ``tree``'s code on one fresh database (SQLite,
    or a new one on the PostgreSQL server of ``db``)."""
    runs = []
    with fresh_database(db, workdir) as url:
        for kind in ROUNDS:
            since = last_ids(url) if kind == "again" else (0, 0)  # count this round's rows only
            command = [sys.executable, "-c", _RUN_CHECK, str(tree)]
            command += ["check", "--config", str(fleet.config), "--db", url, "--json"]
            log = workdir / f"{tree.name}-{kind}-{run}.log"
            code, wall, usage, _memory = run_child(command, log)
            if code != 0:
                tail = log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{revision} {kind} round exited {code}:\n{tail}")
            judged = RoundResult(len(fleet.portals), kind, command, code, wall, 0, 0, 0, 0, 0)
            check_verdicts(url, judged, fleet.truth, since)
            runs.append(
                Run(
                    revision=revision,
                    round=kind,
                    run=run,
                    wall_seconds=wall,
                    cpu_seconds=usage.ru_utime + usage.ru_stime,
                    peak_rss_mb=usage.ru_maxrss / 1024,
                    verdicts_right=judged.verdicts_right,
                    verdicts=judged.verdicts,
                )
            )
    return runs


# The check command of the checkout at argv[1] (its package first on the path, not this one's).
_RUN_CHECK = (
    "import sys; tree = sys.argv.pop(1); sys.path.insert(0, tree); "
    "from monitor.cli import main; sys.argv[0] = 'laip-monitor'; main()"
)


def report(runs: list[Run], revisions: list[str]) -> str:
    """Every run, then the medians per revision and round, CPU as a share of the first's."""
    lines = [
        "| run | revision | round | wall s | CPU s | peak RSS MB | verdicts right |",
        "|---:|---|---|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r.run} | {r.revision} | {r.round} | {r.wall_seconds:.1f} | "
            f"{r.cpu_seconds:.1f} | {r.peak_rss_mb:.0f} | {r.verdicts_right}/{r.verdicts} |"
        )
    lines += [
        "",
        "| revision | round | median wall s | median CPU s | CPU / first revision's | run by run |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for kind in ROUNDS:
        first = {
            r.run: r.cpu_seconds for r in runs if r.round == kind and r.revision == revisions[0]
        }
        base = statistics.median(first.values())
        for revision in revisions:
            mine = [r for r in runs if r.round == kind and r.revision == revision]
            cpu = statistics.median(r.cpu_seconds for r in mine)
            wall = statistics.median(r.wall_seconds for r in mine)
            # Each run's revisions took turns under the same load: its ratio is the fair one.
            pairs = ", ".join(f"{r.cpu_seconds / first[r.run]:.2f}" for r in mine if r.run in first)
            lines.append(
                f"| {revision} | {kind} | {wall:.1f} | {cpu:.1f} | {cpu / base:.2f} | {pairs} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revisions", nargs="+", help="git revisions to compare (2 or more)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each revision (default 3)")
    parser.add_argument("--portals", type=int, default=340)
    parser.add_argument("--page-kb", type=int, default=60, help="pages padded to this size")
    parser.add_argument("--fleet-dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--db", help="PostgreSQL URL (a fresh database per run); default SQLite")
    args = parser.parse_args(argv)
    if len(args.revisions) < 2 or args.runs < 1:
        parser.error("give two revisions or more, and --runs of at least 1")
    exit_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="laip-compare-") as work:
        workdir = Path(work)
        try:
            trees = {rev: checkout(rev, workdir / "trees") for rev in args.revisions}
        except ValueError as exc:
            parser.error(str(exc))
        fleet = generate(
            args.fleet_dir / f"laip-bench-fleet-{args.portals}", args.portals, page_kb=args.page_kb
        )
        runs: list[Run] = []
        with serving(fleet):
            for run in range(1, args.runs + 1):
                for revision, tree in trees.items():
                    done = one_run(fleet, revision, tree, run, workdir, args.db)
                    runs += done
                    for r in done:
                        print(
                            f"  run {run} {revision} {r.round}: {r.wall_seconds:.1f} s wall, "
                            f"{r.cpu_seconds:.1f} s CPU",
                            flush=True,
                        )
    print(report(runs, args.revisions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
