"""What a round keeps and builds in memory: one-line reprs of its results, JSON written in parts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from monitor.cli.common import print_json
from monitor.compliance.result import ComplianceResult, SectionVerdict
from monitor.config import PortalConfig
from monitor.pipeline.check import CheckReport
from monitor.pipeline.pool import PoolOutcome
from monitor.secrets import register_secret


def _result(slug: str, sections: int) -> ComplianceResult:
    verdicts = tuple(
        SectionVerdict(
            f"s{i}", "ok", "a long reason that the judge wrote " * 4, url=f"http://x/{i}"
        )
        for i in range(sections)
    )
    return ComplianceResult(slug, "v1", dt.datetime(2026, 12, 1, tzinfo=dt.UTC), verdicts)


def _report(portals: int) -> CheckReport:
    report = CheckReport(
        checked_at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        portals=[
            PortalConfig(slug=f"p{i}", name=f"P {i}", url=f"http://p{i}.test/")
            for i in range(portals)
        ],
    )
    report.compliance = {f"p{i}": _result(f"p{i}", 32) for i in range(portals)}
    return report


def test_reprs_are_one_line_summaries_whatever_the_round_holds() -> None:
    # asyncio.run formats its finished main task, result included: the repr must stay small.
    small, large = repr(_report(2)), repr(_report(200))
    assert len(large) == len(small) + 4  # "2" -> "200" twice, nothing per verdict
    assert "compliance=200" in large and "reason" not in large
    outcome = PoolOutcome(results={"p0": _result("p0", 32)}, skipped={"p1": "down"})
    assert repr(outcome) == "PoolOutcome(results=1, skipped=1, unstored=0)"


def test_asyncio_run_of_a_round_does_not_format_its_verdicts() -> None:
    # The end of asyncio.run (Python 3.11) reprs the main task with its result; count the
    # verdict reprs made while it returns a large report.
    code = """
import asyncio, datetime as dt
from monitor.compliance import result as r
from tests.pipeline.test_round_memory import _report
calls = 0
original = r.SectionVerdict.__repr__
def counting(self):
    global calls
    calls += 1
    return original(self)
r.SectionVerdict.__repr__ = counting
async def main():
    return _report(50)
report = asyncio.run(main())
print(calls, len(report.compliance))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "50"]


def test_print_json_in_batches_is_the_whole_document_redacted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    register_secret("Batch-Secret-42")
    payload = {
        "rows": [
            {
                "i": i,
                "url": f"http://user:Batch-Secret-42@host{i}.test/",
                "when": dt.date(2026, 1, 2),
            }
            for i in range(3000)  # several 64 KB batches
        ]
    }
    print_json(payload)
    text = capsys.readouterr().out
    assert text.endswith("}\n") and "Batch-Secret-42" not in text
    rows = json.loads(text)["rows"]
    assert len(rows) == 3000
    assert rows[2999] == {"i": 2999, "url": "http://user:***@host2999.test/", "when": "2026-01-02"}
