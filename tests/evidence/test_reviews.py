"""Oversight corrections end to end on a loopback portal: the CLI, and every reader of verdicts."""

from __future__ import annotations

from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from monitor.compliance.result import STATUS_CODES
from monitor.service.metrics import StateCollector
from monitor.store.db import open_database
from monitor.store.models import SectionReview
from tests.evidence.portal import Served, current_week, served_portal


def _problem(served: Served, judged: dict[str, str], status: str = "outdated") -> str:
    """A section the judge found ``status`` (and the fixture's truth agrees)."""
    return next(
        sid
        for sid, truth in served.portal.truth.items()
        if truth == status and judged.get(sid) == status
    )


def _metric(db_url: str, name: str, **labels: str) -> float:
    engine, factory = open_database(db_url, migrate=False)
    try:
        registry = CollectorRegistry()
        registry.register(StateCollector(lambda: factory))
        text = generate_latest(registry).decode()
    finally:
        engine.dispose()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    raise KeyError(name)


def test_a_correction_shows_everywhere_and_its_trail_keeps_every_change(
    tmp_path: Path, db_url: str
) -> None:
    with served_portal(tmp_path, db_url) as served:
        compliance = served.check()
    judged = {s["id"]: s["status"] for s in compliance["sections"]}
    section = _problem(served, judged)
    judge_score = compliance["score"]

    event = served.json(
        "review", "set", served.slug, section, "--status", "ok",
        "--reason", "Publicado en el mural y en el portal (fecha mal leída)", "--by", "Ana López",
    )  # fmt: skip
    assert (event["action"], event["before"], event["after"]) == ("set", "outdated", "ok")
    assert event["by"] == "Ana López" and event["judge_status"] == "outdated"

    [listed] = served.json("review", "list", served.slug)
    assert (listed["id"], listed["status"], listed["judge_status"]) == (section, "ok", "outdated")
    assert listed["review"]["reviewer"] == "Ana López"

    explained = served.json("explain", served.slug)
    sections = {s["id"]: s for s in explained["sections"]}
    assert sections[section]["status"] == "ok"
    assert sections[section]["judge_status"] == "outdated"
    assert sections[section]["review"]["reason"].startswith("Publicado en el mural")
    assert round(explained["judge_score"], 4) == judge_score
    assert explained["score"] > explained["judge_score"]  # one more section counts as ok
    table = served.cli("explain", served.slug, "--section", section)
    assert "revisado por supervisión (Ana López" in table.stdout

    labels = {"portal": served.slug, "section": section}
    assert _metric(db_url, "laip_section_status", **labels) == STATUS_CODES["ok"]
    assert _metric(db_url, "laip_section_corrected", **labels) == 1
    assert _metric(db_url, "laip_portal_compliance_score", portal=served.slug) == explained["score"]
    status = served.json("status")
    assert status["portals"][0]["compliance_score"] == explained["score"]

    out = tmp_path / "mail"
    week = current_week()
    mailed = served.cli(
        "report", "weekly", "--week", week, "--portal", served.slug, "--out", str(out)
    )
    assert mailed.exit_code == 0, mailed.output
    html = (out / f"{week}-{served.slug}.html").read_text(encoding="utf-8")
    assert "Revisado por supervisión" in html and "Ana López" in html
    assert "Publicado en el mural" in html
    assert "Evidencia: las páginas y documentos revisados" in html

    cleared = served.json(
        "review",
        "clear",
        served.slug,
        section,
        "--by",
        "Luis Pérez",
        "--reason",
        "Revisado de nuevo",
    )
    assert (cleared["action"], cleared["before"], cleared["after"]) == ("clear", "ok", "outdated")
    assert served.json("review", "list") == []
    explained = served.json("explain", served.slug, "--section", section)
    assert explained["sections"][0]["status"] == "outdated"
    assert explained["sections"][0]["review"] is None
    assert round(explained["score"], 4) == judge_score
    assert _metric(db_url, "laip_section_corrected", **labels) == 0

    trail = served.json("review", "history", served.slug)
    assert [(e["action"], e["by"]) for e in trail] == [
        ("set", "Ana López"),
        ("clear", "Luis Pérez"),
    ]
    assert trail[0] == event  # the first row was never touched


def test_until_change_lapses_when_the_pages_behind_the_section_change(
    tmp_path: Path, db_url: str
) -> None:
    with served_portal(tmp_path, db_url) as served:
        judged = {s["id"]: s["status"] for s in served.check()["sections"]}
        section = _problem(served, judged)
        other = next(s for s in judged if s != section and judged[s] == "outdated")
        for sid in (section, other):
            served.json(
                "review", "set", served.slug, sid, "--status", "ok", "--reason", "Visto en sitio",
                "--by", "Ana", "--until-change",
            )  # fmt: skip
        served.check()  # nothing changed: both corrections hold
        assert {e["id"] for e in served.json("review", "list")} == {section, other}

        url = {s["id"]: s["url"] for s in served.json("explain", served.slug)["sections"]}[section]
        path = "/" + url.split("/", 3)[3]
        resource = served.server.routes[path]
        resource.body = resource.body.replace(b"</body>", b"<p>Actualizado.</p></body>")
        served.check()

    [still] = served.json("review", "list")
    assert still["id"] == other
    trail = served.json("review", "history")
    lapse = trail[-1]
    assert (lapse["action"], lapse["section"], lapse["by"]) == ("lapse", section, "laip-monitor")
    assert (lapse["before"], lapse["after"]) == ("ok", "outdated")
    assert "evidence behind the section changed" in lapse["reason"]
    explained = served.json("explain", served.slug, "--section", section)
    assert explained["sections"][0]["status"] == "outdated"


def test_review_rows_are_only_ever_appended(tmp_path: Path, db_url: str) -> None:
    with served_portal(tmp_path, db_url) as served:
        judged = {s["id"]: s["status"] for s in served.check()["sections"]}
    section = _problem(served, judged)
    for status in ("ok", "empty"):
        served.json("review", "set", served.slug, section, "--status", status, "--reason", "r",
                    "--by", "Ana")  # fmt: skip
    served.json("review", "clear", served.slug, section, "--reason", "r", "--by", "Ana")
    engine, factory = open_database(db_url, migrate=False)
    with factory() as session:
        rows = session.scalars(select(SectionReview).order_by(SectionReview.id)).all()
        trail = [(r.action, r.status, r.before_status, r.after_status) for r in rows]
    engine.dispose()
    assert trail == [
        ("set", "ok", "outdated", "ok"),
        ("set", "empty", "ok", "empty"),
        ("clear", None, "empty", "outdated"),
    ]


def test_review_commands_refuse_bad_input_in_one_line(tmp_path: Path, sqlite_url: str) -> None:
    with served_portal(tmp_path, sqlite_url) as served:
        judged = {s["id"]: s["status"] for s in served.check()["sections"]}
    section = _problem(served, judged)
    cases = [
        (["review", "set", served.slug, section, "--status", "fine", "--reason", "r", "--by", "A"],
         "--status"),
        (["review", "set", "nadie", section, "--status", "ok", "--reason", "r", "--by", "A"],
         "no portal 'nadie'"),
        (["review", "set", served.slug, "art10.n31", "--status", "ok", "--reason", "r",
          "--by", "A"],
         "no section"),
        (["review", "set", served.slug, section, "--status", "ok", "--reason", "r", "--by", "A",
          "--until", "2020-01-01"], "in the past"),
        (["review", "set", served.slug, section, "--status", "ok", "--reason", "r", "--by", "A",
          "--until", "2099-01-01", "--until-change"], "not both"),
        (["review", "clear", served.slug, section, "--reason", "r", "--by", "A"],
         "no correction in force"),
    ]  # fmt: skip
    for args, message in cases:
        outcome = served.cli(*args)
        assert outcome.exit_code == 2, (args, outcome.output)
        assert message in outcome.output
        assert "Traceback" not in outcome.output
    assert served.json("review", "history") == []
