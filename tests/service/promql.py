"""Every PromQL expression the dashboards and alert rules use, for the tests that check them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

DASHBOARDS = Path(__file__).resolve().parents[2] / "dashboards"
DASHBOARD_FILES = ("resumen.json", "portal.json")


def load_dashboard(name: str) -> dict[str, Any]:
    """A dashboard's JSON model."""
    data: dict[str, Any] = json.loads((DASHBOARDS / name).read_text(encoding="utf-8"))
    return data


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every panel, including those nested in rows."""
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def dashboard_queries(name: str) -> list[tuple[str, str]]:
    """``(panel title, expr)`` of every query target of a dashboard."""
    return [
        (panel["title"], target["expr"])
        for panel in panels(load_dashboard(name))
        for target in panel.get("targets", [])
    ]


def alert_rules() -> list[dict[str, Any]]:
    """Every rule of ``dashboards/alerts.yml``."""
    data = yaml.safe_load((DASHBOARDS / "alerts.yml").read_text(encoding="utf-8"))
    return [rule for group in data["groups"] for rule in group["rules"]]


def substitute(expr: str, portal: str, rate_interval: str = "1m") -> str:
    """The expression as Grafana would send it for ``$portal`` and ``$__rate_interval``."""
    return (
        expr.replace("$__rate_interval", rate_interval)
        .replace("${portal}", portal)
        .replace("$portal", portal)
    )
