"""Oversight corrections as regression cases: the judge must agree with its users' corrections.

Cases are exported by ``laip-monitor review export --out DIR`` (see review_cases/README.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from monitor.evidence.cases import ReviewCase, load_cases, rejudge
from tests.evidence.portal import served_portal

CASES_DIR = Path(os.environ.get("LAIP_REVIEW_CASES") or Path(__file__).parent / "review_cases")


def _cases() -> list[ReviewCase]:
    return load_cases(CASES_DIR) if CASES_DIR.is_dir() else []


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.name)
def test_the_judge_agrees_with_the_officers_correction(case: ReviewCase) -> None:
    verdict = rejudge(case)
    assert verdict.status == case.status, (
        f"{case.path}: the officer ({case.reviewer}) said {case.status}: {case.reason}; "
        f"the judge says {verdict.status}: {verdict.reason}"
    )


def test_an_exported_correction_reloads_and_rejudges_from_its_evidence_alone(
    tmp_path: Path, db_url: str
) -> None:
    """Round trip: crawl, correct, export, load; the case holds what the judge saw."""
    with served_portal(tmp_path, db_url) as served:
        sections = {s["id"]: s for s in served.check()["sections"]}
        served.check()  # the corrected crawl's evidence is revisits: export resolves them
    wanted = [
        sid
        for sid, s in sections.items()
        if s["url"] and s["status"] in ("outdated", "ok", "empty")
    ][:3]
    for sid in wanted:
        reason = "La municipalidad no tiene fideicomisos"
        served.json("review", "set", served.slug, sid, "--status", "not_applicable",
                    "--reason", reason, "--by", "Ana")  # fmt: skip
    out = tmp_path / "cases"
    exported = served.json("review", "export", "--out", str(out))
    assert exported["skipped"] == [] and len(exported["written"]) == len(wanted)

    cases = {case.section: case for case in load_cases(out)}
    assert set(cases) == set(wanted)
    for sid, case in cases.items():
        assert (case.status, case.judge_status) == ("not_applicable", sections[sid]["status"])
        assert case.reviewer == "Ana" and case.portal_url.startswith("http://127.0.0.1:")
        assert any(
            a.url == sections[sid]["url"] and a.body and a.behind_section for a in case.answers
        )
        assert not all(a.behind_section for a in case.answers)  # the rest of the site: context
        # The judge, given only the case's evidence, says again what it said on the portal:
        # the case is a faithful record; the officer's status is what it must learn.
        again = rejudge(case)
        assert (again.status, again.url) == (sections[sid]["status"], sections[sid]["url"])


def test_a_malformed_case_is_named_in_one_line(tmp_path: Path) -> None:
    from monitor.errors import ConfigError

    (tmp_path / "bad.json").write_text('{"format": "laip-monitor/review-case/1"}', "utf-8")
    with pytest.raises(ConfigError, match=r"bad\.json: not a review case: missing field"):
        load_cases(tmp_path)
