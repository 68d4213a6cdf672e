"""The fingerprints that make remembered parses and kept analyses stale hold every module of the
monitor that the parser or the judge runs: a rule moved to a new module must not leave yesterday's
verdicts standing."""

from __future__ import annotations

import ast
from pathlib import Path

from monitor.compliance import analysis, memo

ROOT = Path(__file__).resolve().parents[2]


def _imported(module: Path, *, transitive: bool = True) -> set[Path]:
    """The monitor's modules ``module`` imports, directly or (``transitive``) through others."""
    seen: set[Path] = set()
    todo = [module]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.startswith("monitor."):
                    target = ROOT / (name.replace(".", "/") + ".py")
                    if target.is_file() and (transitive or path == module):
                        todo.append(target)
    return seen


def test_the_parsers_fingerprint_holds_every_module_the_parser_runs() -> None:
    page = ROOT / "monitor" / "compliance" / "page.py"
    needed = {p for p in _imported(page) if p.parent.name in ("compliance", "net")}
    files = [m.__file__ for m in memo.PARSER_MODULES]
    held = {Path(f).resolve() for f in files if f}
    assert needed <= held, sorted(str(p.relative_to(ROOT)) for p in needed - held)


# Modules the judge imports that hold no rule of an analysis: the crawl's outcome (the content
# itself, digested by the content key), the kept analysis's type, and ``settle``, which runs on
# every crawl whether the analysis is kept or not.
NOT_RULES = {"crawl.py", "memo.py", "settle.py"}


def test_the_judges_fingerprint_holds_every_module_the_judge_runs() -> None:
    compliance = ROOT / "monitor" / "compliance"
    needed: set[Path] = set()
    todo = [compliance / "judge.py"]
    while todo:  # the judge's modules and theirs, not going through NOT_RULES
        path = todo.pop()
        if path in needed or path.name in NOT_RULES:
            continue
        needed.add(path)
        todo += [p for p in _imported(path, transitive=False) if p != path]
    needed = {p for p in needed if p.parent.name in ("compliance", "net")}  # not ConfigError's
    source = (compliance / "analysis.py").read_text(encoding="utf-8")
    missing = {p for p in needed if f'"{p.name}"' not in source}
    assert not missing, sorted(str(p.relative_to(ROOT)) for p in missing)
    assert analysis.JUDGE_FINGERPRINT
