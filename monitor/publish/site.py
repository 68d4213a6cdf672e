"""Build the public site: every month's open data under ``datos/``, and pages drawn from it.

Layout of the output directory (all links are relative, so any web server can host it under any
path, e.g. ``serve`` at ``/publico/``)::

    index.html                      national page: ranking, distribution, trend
    departamento/<slug>.html        one page per department
    municipio/<portal>.html         one page per municipality: its items, uptime and score history
    datos/index.html                the open-data catalogue
    datos/<YYYY-MM>/                portales.csv/.json, secciones.csv/.json, datapackage.json
    estilo.css
"""

from __future__ import annotations

import datetime as dt
import os
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.catalog import load_catalog
from monitor.config import Config
from monitor.errors import ReportError
from monitor.formats import iso_z
from monitor.opendata.build import MonthData, build_month
from monitor.opendata.periods import Month, months_between
from monitor.opendata.schema import PORTALS_TABLE, SECTIONS_TABLE
from monitor.opendata.write import PACKAGE_FILE, csv_name, json_name, write_month
from monitor.publish import DEFAULT_MONTHS, charts
from monitor.report.periods import DEFAULT_TIMEZONE
from monitor.report.sections import STATUS_LABELS, section_info
from monitor.report.weekly import portal_link
from monitor.store.models import CrawlRun, ProbeDaily, ProbeRun

NO_DEPARTMENT = "Sin departamento"
BANDS = ((0.0, "0–19 %"), (0.2, "20–39 %"), (0.4, "40–59 %"), (0.6, "60–79 %"), (0.8, "80–100 %"))
STATUS_ORDER = ("ok", "outdated", "empty", "broken", "missing", "unknown", "not_applicable")


@dataclass(frozen=True)
class DataLinks:
    """The open-data files of one month, relative to the site's root."""

    month: str
    label: str

    @property
    def folder(self) -> str:
        return f"datos/{self.month}/"

    @property
    def package(self) -> str:
        return self.folder + PACKAGE_FILE

    @property
    def portals_csv(self) -> str:
        return self.folder + csv_name(PORTALS_TABLE)

    @property
    def sections_csv(self) -> str:
        return self.folder + csv_name(SECTIONS_TABLE)

    @property
    def portals_json(self) -> str:
        return self.folder + json_name(PORTALS_TABLE)

    @property
    def sections_json(self) -> str:
        return self.folder + json_name(SECTIONS_TABLE)


@dataclass
class RankRow:
    rank: int | None
    portal: dict[str, Any]
    department_slug: str


@dataclass
class Department:
    name: str
    slug: str
    portals: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SiteResult:
    """What ``publish_site`` wrote."""

    out: Path
    months: list[str]
    pages: list[Path]
    data_files: list[Path]


def slugify(text: str) -> str:
    """``'Petén'`` -> ``'peten'``; ``'San Marcos'`` -> ``'san-marcos'``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "sin-nombre"


def first_month(session: Session, timezone: str) -> Month | None:
    """The month of the oldest probe or crawl stored, or None when nothing is stored."""
    candidates = [
        session.scalar(select(func.min(ProbeRun.started_at))),
        session.scalar(select(func.min(CrawlRun.started_at))),
    ]
    day = session.scalar(select(func.min(ProbeDaily.day)))
    if day is not None:
        candidates.append(dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC))
    found = [value for value in candidates if value is not None]
    if not found:
        return None
    oldest = min(value if value.tzinfo else value.replace(tzinfo=dt.UTC) for value in found)
    return Month.containing(oldest, timezone)


def publish_site(
    config: Config,
    factory: sessionmaker[Session],
    out: Path,
    now: dt.datetime,
    *,
    months: int = DEFAULT_MONTHS,
) -> SiteResult:
    """Write the site for the last ``months`` months with data, up to the last whole month (the
    month in progress when it is the only one)."""
    timezone = config.report.timezone
    current = Month.containing(now, timezone)
    catalog = load_catalog()
    data: list[MonthData] = []
    data_files: list[Path] = []
    try:
        with factory() as session:
            oldest = first_month(session, timezone) or current
            span = months_between(max(oldest, _back(current, months - 1)), current)
            for index, month in enumerate(span):
                built = build_month(session, config.portals, month, now, catalog)
                if index < len(span) - 1:  # published whatever comes after it
                    data_files += _write_data(built, out)
                if index < len(span) - 2:
                    # Never the latest month shown: only its portal rows (the charts' history)
                    # stay in memory, not its sections.
                    built = replace(built, sections=[])
                data.append(built)
        # The site shows whole months; the month in progress only while no earlier month has
        # data (a fresh install), so that it is never empty.
        if len(data) > 1 and _measured(data[-2]):
            data.pop()
        else:
            data_files += _write_data(data[-1], out)
        return _write_site(config, data, out, now, current, data_files)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write the site: {exc.strerror or exc}") from None


def _write_data(month_data: MonthData, out: Path) -> list[Path]:
    return write_month(month_data, out / "datos" / month_data.month.key)


def _measured(data: MonthData) -> bool:
    return any(row["probes"] for row in data.portals) or any(
        row["crawled_at"] and row["crawled_at"] >= (iso_z(data.month.start, "seconds") or "")
        for row in data.portals
    )


def _back(month: Month, count: int) -> Month:
    for _ in range(max(count, 0)):
        month = month.previous()
    return month


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("monitor.publish", "templates"),
        autoescape=select_autoescape(["html", "j2", "svg"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = charts.percent
    env.filters["month_label"] = charts.month_label
    env.filters["status_label"] = lambda status: STATUS_LABELS.get(status, status)
    env.filters["date_es"] = _date_es
    return env


def _write_site(
    config: Config,
    data: Sequence[MonthData],
    out: Path,
    now: dt.datetime,
    current: Month,
    data_files: list[Path],
) -> SiteResult:
    """The pages, from every month's portal rows and the latest month's sections."""
    env = _environment()
    out.mkdir(parents=True, exist_ok=True)
    latest = data[-1]
    keys = [item.month.key for item in data]
    links = {key: DataLinks(key, charts.month_label(key)) for key in keys}
    history: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in data:
        for row in item.portals:
            history[row["portal"]].append(row)
    departments: dict[str, Department] = {}
    department_of: dict[str, str] = {}
    for portal in config.portals:
        name = portal.department or NO_DEPARTMENT
        department = departments.setdefault(name, Department(name, slugify(name)))
        department.portals.append(portal.slug)
        department_of[portal.slug] = department.slug
    common = {
        "generated_at": now,
        "latest": latest.month.key,
        "in_progress": latest.month == current,
        "until": min(latest.month.end, now),
        "catalog_version": latest.catalog_version,
        "all_links": [links[key] for key in reversed(keys)],
        "links": links[latest.month.key],
        "departments": sorted(departments.values(), key=lambda d: d.name),
    }
    pages: list[Path] = []
    ranking = _ranking(latest.portals, department_of)
    national = {
        "root": "",
        "ranking": ranking,
        "trend": _trend_chart("tendencia-nacional", "el país", data),
        "bands": _bands_chart(latest.portals),
        "statuses": _status_counts(latest.sections),
        "status_chart": _status_chart(latest.sections),
        "averages": _averages(data),
        "department_rows": _department_rows(departments, latest.portals),
        "count": len(latest.portals),
        "scored": sum(1 for row in latest.portals if row["score"] is not None),
    }
    pages.append(_render(env, "nacional.html.j2", out / "index.html", {**common, **national}))
    pages.append(
        _render(env, "datos.html.j2", out / "datos" / "index.html", {**common, "root": "../"})
    )
    for department in departments.values():
        rows = [row for row in latest.portals if row["portal"] in department.portals]
        subset = [_subset(item, set(department.portals)) for item in data]
        context = {
            "root": "../",
            "department": department,
            "ranking": _ranking(rows, department_of),
            "trend": _trend_chart(f"tendencia-{department.slug}", department.name, subset),
            "averages": _averages(subset),
        }
        pages.append(
            _render(
                env,
                "departamento.html.j2",
                out / "departamento" / f"{department.slug}.html",
                {**common, **context},
            )  # fmt: skip
        )
    # Each portal's row, sections and rank, found once (2,000 portals x 32 sections: a scan of
    # every section for every portal was most of a site's time).
    row_of = {row["portal"]: row for row in latest.portals}
    sections_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for section in latest.sections:
        sections_of[section["portal"]].append(section)
    rank_of = {r.portal["portal"]: r.rank for r in ranking}
    for portal in config.portals:
        sections = sections_of[portal.slug]
        past = history[portal.slug]
        context = {
            "root": "../",
            "portal": portal,
            "row": row_of[portal.slug],
            "rank": rank_of.get(portal.slug),
            "department": departments[portal.department or NO_DEPARTMENT],
            "items": _items(sections, portal.url),
            "history": past,
            "score_chart": charts.line_chart(
                "historial-cumplimiento",
                f"Cumplimiento de {portal.name} por mes",
                "Proporción de numerales del Artículo 10 publicados y al día, y el cumplimiento "
                "ponderado, al final de cada mes.",
                keys,
                [
                    ("Cumplimiento", "s1", [r["score"] for r in past]),
                    ("Ponderado", "s2", [r["weighted_score"] for r in past]),
                ],
            ),  # fmt: skip
            "uptime_chart": charts.line_chart(
                "historial-disponibilidad",
                f"Disponibilidad de {portal.name} por mes",
                "Proporción de comprobaciones de cada mes en que el portal respondió.",
                keys,
                [("Disponibilidad", "s3", [r["uptime"] for r in past])],
            ),
        }
        pages.append(
            _render(
                env,
                "municipio.html.j2",
                out / "municipio" / f"{portal.slug}.html",
                {**common, **context},
            )  # fmt: skip
        )
    css = resources.files("monitor.publish").joinpath("static/estilo.css").read_text("utf-8")
    pages.append(_atomic_write(out / "estilo.css", css))
    return SiteResult(out, keys, pages, data_files)


def _subset(item: MonthData, slugs: set[str]) -> MonthData:
    """The month's rows of the portals ``slugs`` (a department's trend; no sections)."""
    rows = [row for row in item.portals if row["portal"] in slugs]
    return replace(item, portals=rows, sections=[])


def _ranking(rows: Sequence[dict[str, Any]], department_of: dict[str, str]) -> list[RankRow]:
    """Best score first (ties share a rank), then uptime; portals without a score last, unranked."""

    def key(row: dict[str, Any]) -> tuple[bool, float, float, str]:
        return (row["score"] is None, -(row["score"] or 0.0), -(row["uptime"] or 0.0), row["name"])

    out: list[RankRow] = []
    previous: float | None = None
    rank = 0
    for position, row in enumerate(sorted(rows, key=key), start=1):
        if row["score"] is None:
            out.append(RankRow(None, row, department_of.get(row["portal"], "")))
            continue
        if row["score"] != previous:
            rank, previous = position, row["score"]
        out.append(RankRow(rank, row, department_of.get(row["portal"], "")))
    return out


def _mean(values: Sequence[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return statistics.fmean(present) if present else None


def _averages(data: Sequence[MonthData]) -> list[dict[str, Any]]:
    return [
        {
            "month": item.month.key,
            "score": _mean([row["score"] for row in item.portals]),
            "weighted_score": _mean([row["weighted_score"] for row in item.portals]),
            "uptime": _mean([row["uptime"] for row in item.portals]),
            "scored": sum(1 for row in item.portals if row["score"] is not None),
        }
        for item in data
    ]


def _trend_chart(chart_id: str, where: str, data: Sequence[MonthData]) -> charts.LineChart:
    averages = _averages(data)
    return charts.line_chart(
        chart_id,
        f"Promedio de cumplimiento y disponibilidad en {where}, por mes",
        "Promedio del cumplimiento del Artículo 10 de los portales con puntaje y promedio de su "
        "disponibilidad, mes a mes.",
        [row["month"] for row in averages],
        [
            ("Cumplimiento promedio", "s1", [row["score"] for row in averages]),
            ("Disponibilidad promedio", "s3", [row["uptime"] for row in averages]),
        ],
    )


def _bands_chart(rows: Sequence[dict[str, Any]]) -> charts.BarChart:
    counts = Counter[str]()
    for row in rows:
        if row["score"] is not None:
            label = next(label for low, label in reversed(BANDS) if row["score"] >= low)
            counts[label] += 1
    return charts.bar_chart(
        "distribucion-cumplimiento",
        "Municipalidades por nivel de cumplimiento",
        "Cuántas municipalidades con puntaje hay en cada tramo de cumplimiento del Artículo 10.",
        [(label, counts[label]) for _, label in BANDS],
    )


def _status_counts(sections: Sequence[dict[str, Any]]) -> list[tuple[str, int]]:
    counts = Counter(row["status"] for row in sections if row["article_10"])
    return [(status, counts[status]) for status in STATUS_ORDER]


def _status_chart(sections: Sequence[dict[str, Any]]) -> charts.HBarChart:
    return charts.hbar_chart(
        "distribucion-veredictos",
        "Veredictos de los numerales del Artículo 10",
        "Cuántos numerales, sumando todas las municipalidades, recibieron cada veredicto.",
        [(STATUS_LABELS[status], count) for status, count in _status_counts(sections)],
    )


def _department_rows(
    departments: dict[str, Department], rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    out = []
    for department in sorted(departments.values(), key=lambda d: d.name):
        mine = [row for row in rows if row["portal"] in department.portals]
        out.append(
            {
                "department": department,
                "count": len(mine),
                "score": _mean([row["score"] for row in mine]),
                "uptime": _mean([row["uptime"] for row in mine]),
            }
        )
    return out


def _items(sections: Sequence[dict[str, Any]], portal_url: str) -> list[dict[str, Any]]:
    """The 29 Article 10 numerals (a row each, also when never judged), then other sections."""
    by_id = {row["section"]: row for row in sections}
    ids = [f"art10.n{n:02d}" for n in range(1, 30)]
    ids += [row["section"] for row in sections if not row["article_10"]]
    out = []
    for section_id in ids:
        row = by_id.get(section_id)
        info = section_info(section_id)
        out.append(
            {
                "section": section_id,
                "numeral": info.numeral,
                "title": row["title"] if row else info.title,
                "status": row["status"] if row else None,
                "corrected": bool(row and row["corrected"]),
                "last_updated": row["last_updated"] if row else None,
                "link": portal_link(row["evidence_url"], portal_url) if row else None,
            }
        )
    return out


def _date_es(value: str | dt.date | dt.datetime | None) -> str:
    """``2026-11-30`` -> ``30 nov 2026``; a dash when unknown."""
    if value is None:
        return "—"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, dt.datetime):
        value = value.astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date()
    return f"{value.day} {charts.MONTHS_ES[value.month - 1]} {value.year}"


def _render(env: Environment, template: str, path: Path, context: dict[str, Any]) -> Path:
    return _atomic_write(path, env.get_template(template).render(**context))


def _atomic_write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path
