"""Write one month of open data: a CSV and a JSON file per table and a ``datapackage.json``.

Files are written to a temporary name and renamed, so a reader (a web server hosting the public
site) never sees half a file.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, TextIO

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
    """Write ``data`` into the directory ``out`` (created); the paths written, package last.

    Each file is written record by record: a month of 2,000 portals' sections (64,000 rows) is
    never held as one string.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rows = {PORTALS_TABLE: data.portals, SECTIONS_TABLE: data.sections}
    for table, records in rows.items():
        columns = [column.name for column in TABLES[table]]
        written.append(_write(out / csv_name(table), partial(write_csv, columns, records)))
        written.append(_write(out / json_name(table), partial(_write_records, columns, records)))
    written.append(_write(out / PACKAGE_FILE, partial(_write_json, package(data))))
    return written


def write_csv(columns: list[str], records: Iterable[dict[str, Any]], handle: TextIO) -> None:
    """RFC 4180 CSV with a header row; None is an empty cell, booleans are true/false."""
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(name)) for name in columns])


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


def _write_json(payload: Any, handle: TextIO) -> None:
    json.dump(payload, handle, ensure_ascii=False, indent=2)
    handle.write("\n")


def _write_records(columns: list[str], records: Iterable[dict[str, Any]], handle: TextIO) -> None:
    """A JSON array of the records' ``columns``, byte for byte what ``_write_json`` writes for
    the whole list, one record at a time (a record's JSON holds no raw newline to re-indent
    wrongly: newlines in strings are escaped)."""
    opening = "[\n  "
    for record in records:
        handle.write(opening)
        ordered = {name: record.get(name) for name in columns}
        handle.write(json.dumps(ordered, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        opening = ",\n  "
    handle.write("[]\n" if opening.startswith("[") else "\n]\n")


def _write(path: Path, fill: Callable[[TextIO], None]) -> Path:
    """Write ``path`` through ``fill`` into a temporary file, then rename it into place."""
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        fill(handle)
    os.replace(temporary, path)
    return path
