"""Write one month of open data: a CSV and a JSON file per table and a ``datapackage.json``.

Files are written to a temporary name and renamed, so a reader (a web server hosting the public
site) never sees half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from monitor import __version__
from monitor.formats import iso_z
from monitor.opendata.build import MonthData
from monitor.opendata.schema import LICENSE, PORTALS_TABLE, SECTIONS_TABLE, TABLES, table_schema

PACKAGE_FILE = "datapackage.json"
SOURCE_URL = "https://github.com/laip-monitor/laip-monitor"


def csv_name(table: str) -> str:
    return f"{table}.csv"


def json_name(table: str) -> str:
    return f"{table}.json"


def write_month(data: MonthData, out: Path) -> list[Path]:
    """Write ``data`` into the directory ``out`` (created); the paths written, package last."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rows = {PORTALS_TABLE: data.portals, SECTIONS_TABLE: data.sections}
    for table, records in rows.items():
        columns = [column.name for column in TABLES[table]]
        written.append(_write(out / csv_name(table), to_csv(columns, records)))
        ordered = [{name: record.get(name) for name in columns} for record in records]
        written.append(_write(out / json_name(table), _dumps(ordered)))
    written.append(_write(out / PACKAGE_FILE, _dumps(package(data))))
    return written


def to_csv(columns: list[str], records: list[dict[str, Any]]) -> str:
    """RFC 4180 CSV with a header row; None is an empty cell, booleans are true/false."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(name)) for name in columns])
    return buffer.getvalue()


def package(data: MonthData) -> dict[str, Any]:
    """The Frictionless Data Package descriptor of one month."""
    key = data.month.key
    resources = []
    for table, description in (
        (PORTALS_TABLE, "Disponibilidad y cumplimiento de cada portal en el mes."),
        (SECTIONS_TABLE, "Veredicto de cada sección del catálogo legal, por portal, en el mes."),
    ):
        resources.append(
            {
                "name": table,
                "path": csv_name(table),
                "title": f"{table.capitalize()} — {key}",
                "description": description,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": f"laip-monitor-{key}",
        "title": f"Portales municipales de transparencia (LAIP, Art. 10) — {key}",
        "description": (
            "Disponibilidad de los portales municipales de transparencia de Guatemala y "
            "cumplimiento de la información pública de oficio del Artículo 10 del Decreto "
            "57-2008, medidos por laip-monitor. Los mismos datos están en JSON "
            f"({json_name(PORTALS_TABLE)}, {json_name(SECTIONS_TABLE)})."
        ),
        "version": key,
        "created": iso_z(data.generated_at, "seconds"),
        "licenses": [LICENSE],
        "sources": [
            {"title": "Portales municipales de transparencia (comprobación directa)"},
            {"title": "laip-monitor", "path": SOURCE_URL, "version": __version__},
            {"title": "Catálogo legal (Decreto 57-2008, Art. 10)", "version": data.catalog_version},
        ],
        "keywords": ["transparencia", "LAIP", "Guatemala", "municipalidades"],
        "laip_monitor": {"month": key, "catalog_version": data.catalog_version},
        "resources": resources,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _write(path: Path, text: str) -> Path:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="")
    os.replace(temporary, path)
    return path
