"""``bench.compare``: what it checks out and how it reports (never how fast anything is)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.compare import Run, checkout, report


def test_a_revision_is_checked_out_as_committed_and_an_unknown_one_is_refused(
    tmp_path: Path,
) -> None:
    tree = checkout("HEAD", tmp_path)
    assert (tree / "monitor" / "cli" / "check.py").is_file()
    assert not (tree / ".git").exists()
    assert checkout("HEAD", tmp_path) == tree  # once per revision
    with pytest.raises(ValueError, match="not a git revision"):
        checkout("no-such-revision-anywhere", tmp_path)


def test_the_report_gives_medians_and_cpu_as_a_share_of_the_first_revision() -> None:
    def run(revision: str, kind: str, number: int, cpu: float) -> Run:
        return Run(revision, kind, number, cpu / 2, cpu, 120.0, 320, 320)

    runs = [
        run("old", "full", 1, 10.0), run("new", "full", 1, 8.0),
        run("old", "full", 2, 12.0), run("new", "full", 2, 9.0),
        run("old", "full", 3, 11.0), run("new", "full", 3, 7.0),
        run("old", "again", 1, 4.0), run("new", "again", 1, 4.0),
    ]  # fmt: skip
    text = report(runs, ["old", "new"])
    assert "| old | full | 5.5 | 11.0 | 1.00 | 1.00, 1.00, 1.00 |" in text
    # The median of the ratios taken run by run (same load) is not the ratio of the medians.
    assert "| new | full | 4.0 | 8.0 | 0.73 | 0.80, 0.75, 0.64 |" in text
    assert "| new | again | 2.0 | 4.0 | 1.00 | 1.00 |" in text
    assert text.count("| 320/320 |") == len(runs)
