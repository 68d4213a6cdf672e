"""Dashboards and alert rules: provisioning-ready JSON, Spanish titles, promtool-checked rules."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest
import yaml

from monitor.dashboards import render
from tests.service.helpers import require_binary
from tests.service.promql import (
    DASHBOARD_FILES,
    DASHBOARDS,
    alert_rules,
    dashboard_queries,
    load_dashboard,
    panels,
)


def datasource_refs(node: Any) -> list[Any]:
    """Every value of a ``datasource`` key anywhere in a JSON model."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasource":
                found.append(value)
            found.extend(datasource_refs(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(datasource_refs(item))
    return found


@pytest.mark.parametrize("name", DASHBOARD_FILES)
def test_dashboards_pick_their_datasource_through_a_variable_and_hard_code_no_uid(
    name: str,
) -> None:
    dashboard = load_dashboard(name)
    variables = {var["name"]: var for var in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    assert "uid" not in dashboard and "id" not in dashboard
    refs = datasource_refs(dashboard)
    assert refs and all(ref == {"type": "prometheus", "uid": "${datasource}"} for ref in refs)
    assert all(panel.get("targets") for panel in panels(dashboard))


def test_dashboards_have_spanish_titles() -> None:
    assert load_dashboard("resumen.json")["title"] == "LAIP — Resumen"
    assert load_dashboard("portal.json")["title"] == "LAIP — Portal"
    titles = [panel["title"] for name in DASHBOARD_FILES for panel in panels(load_dashboard(name))]
    english = {
        "the",
        "of",
        "and",
        "status",
        "response",
        "time",
        "uptime",
        "days",
        "score",
        "errors",
    }
    assert not [title for title in titles if english & set(title.lower().split())]


def test_every_portal_dashboard_query_is_scoped_to_the_portal_variable() -> None:
    dashboard = load_dashboard("portal.json")
    variables = {var["name"]: var for var in dashboard["templating"]["list"]}
    assert variables["portal"]["query"] == "query_result(laip_portal_info)"
    assert variables["portal"]["label"] == "Municipalidad"
    for title, expr in dashboard_queries("portal.json"):
        assert 'portal="$portal"' in expr, title


def test_the_resumen_dashboard_shows_what_oversight_staff_asked_for() -> None:
    exprs = " ".join(expr for _, expr in dashboard_queries("resumen.json"))
    for needle in (
        "sum(laip_portal_up)",
        "avg_over_time(laip_portal_up[24h])",
        "avg_over_time(laip_portal_up[7d])",
        "avg_over_time(laip_portal_up[30d])",
        "laip_probe_duration_seconds_bucket",
        "laip_portal_tls_expiry_timestamp_seconds",
        "laip_portal_compliance_score",
        "laip_section_status",
    ):
        assert needle in exprs


def test_provisioning_files_point_grafana_at_prometheus_and_the_dashboards() -> None:
    datasource = yaml.safe_load(
        (DASHBOARDS / "provisioning/datasources/prometheus.yml").read_text()
    )
    assert datasource["datasources"][0]["type"] == "prometheus"
    provider = yaml.safe_load((DASHBOARDS / "provisioning/dashboards/laip.yml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/etc/grafana/laip-dashboards"


def test_the_alert_rules_pass_promtool_check_rules() -> None:
    result = subprocess.run(
        [require_binary("promtool"), "check", "rules", "alerts.yml"],
        cwd=DASHBOARDS,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in result.stdout


def test_the_alert_rule_unit_tests_pass() -> None:
    result = subprocess.run(
        [require_binary("promtool"), "test", "rules", "alerts_test.yml"],
        cwd=DASHBOARDS,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_rule_has_a_unit_test_where_it_fires_and_one_where_it_does_not() -> None:
    tests = yaml.safe_load((DASHBOARDS / "alerts_test.yml").read_text(encoding="utf-8"))
    cases = [case for group in tests["tests"] for case in group["alert_rule_test"]]
    for rule in alert_rules():
        mine = [case for case in cases if case["alertname"] == rule["alert"]]
        assert any(case["exp_alerts"] for case in mine), rule["alert"]
        assert any(not case["exp_alerts"] for case in mine), rule["alert"]


@pytest.mark.parametrize("name", DASHBOARD_FILES)
def test_the_committed_dashboards_are_the_ones_the_builder_generates(name: str) -> None:
    """Edit monitor/dashboards.py, then run `python -m monitor.dashboards`."""
    assert (DASHBOARDS / name).read_text(encoding="utf-8") == render(name)


def test_panels_show_names_titles_and_status_words_not_slugs_ids_and_codes() -> None:
    legends = [
        target.get("legendFormat", "")
        for name in DASHBOARD_FILES
        for panel in panels(load_dashboard(name))
        for target in panel["targets"]
    ]
    assert "{{portal}}" not in legends and "{{section}}" not in legends
    exprs = " ".join(expr for name in DASHBOARD_FILES for _, expr in dashboard_queries(name))
    assert "group_left (name) laip_portal_info" in exprs
    assert "group_left (title, numeral) laip_section_info" in exprs
    text = json.dumps([load_dashboard(name) for name in DASHBOARD_FILES], ensure_ascii=False)
    for words in ("Enlace roto", "Desactualizado", "No encontrado", "Publicado y al día"):
        assert words in text
    assert "Códigos:" not in text  # statuses are named, never listed as codes


def test_every_label_value_a_dashboard_series_shows_has_its_spanish_name() -> None:
    """The legends ``{{class}}``, ``{{kind}}``, ``{{outcome}}`` and ``{{reason}}`` show the
    label's value; each value of its vocabulary (defined once, in the code that emits it) is
    renamed in Spanish, so a new value cannot reach the dashboard in English."""
    from monitor import dashboards
    from monitor.compliance.status import ANALYSIS_OUTCOMES, CRAWL_SKIP_REASONS
    from monitor.probes.result import ERROR_CLASSES
    from monitor.service.plan import JOB_KINDS

    assert set(dashboards.PROBE_CLASSES) == set(ERROR_CLASSES)
    assert set(dashboards.JOB_KINDS) == {str(kind) for kind in JOB_KINDS}
    assert set(dashboards.ANALYSIS_OUTCOMES) == set(ANALYSIS_OUTCOMES)
    assert set(dashboards.CRAWL_SKIP_REASONS) == set(CRAWL_SKIP_REASONS)
    exprs = " ".join(expr for _, expr in dashboard_queries("resumen.json"))
    assert "laip_crawl_analyses_total" in exprs and "laip_crawls_skipped_total" in exprs
    text = json.dumps(load_dashboard("resumen.json"), ensure_ascii=False)
    for names in (dashboards.ANALYSIS_OUTCOMES, dashboards.CRAWL_SKIP_REASONS):
        for spanish in names.values():
            assert spanish in text
