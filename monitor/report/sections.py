"""What the emails say about each catalogue entry: numeral, short title, the law's requirement.

Reads ``monitor/compliance/catalog.toml`` (the legal catalogue as data). A section id the
catalogue does not know (an older catalogue version) still gets a readable line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_NUMERAL_ID = re.compile(r"^art10\.n(\d+)$")

# What to fix first: a missing item is a legal obligation not met at all; a broken link is
# published but unreachable; then empty pages, stale data, and what could not be judged.
STATUS_PRIORITY: dict[str, int] = {
    "missing": 0,
    "broken": 1,
    "empty": 2,
    "outdated": 3,
    "unknown": 4,
}
STATUS_LABELS: dict[str, str] = {
    "ok": "Publicado y al día",
    "missing": "No encontrado",
    "broken": "Enlace roto",
    "empty": "Página vacía",
    "outdated": "Desactualizado",
    "unknown": "No se pudo verificar",
    "not_applicable": "No aplica",
}


@dataclass(frozen=True)
class SectionInfo:
    """A catalogue entry as people read it."""

    section_id: str
    numeral: int | None
    title: str
    requirement: str
    weight: float = 1.0

    @property
    def reference(self) -> str:
        """``'Art. 10, numeral 8'`` (or the title's id for sections outside Article 10)."""
        return f"Art. 10, numeral {self.numeral}" if self.numeral is not None else "Otra sección"


@cache
def catalogue() -> dict[str, SectionInfo]:
    """Every entry of the packaged catalogue, by section id; empty when it cannot be read."""
    try:
        raw = resources.files("monitor.compliance").joinpath("catalog.toml").read_bytes()
        data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        return {}
    entries: dict[str, SectionInfo] = {}
    for entry in data.get("entries", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        wording = str(entry.get("wording", "")).removeprefix("Resumen:").strip()
        numeral = entry.get("numeral")
        entries[entry["id"]] = SectionInfo(
            section_id=entry["id"],
            numeral=numeral if isinstance(numeral, int) else None,
            title=str(entry.get("title") or entry["id"]),
            requirement=" ".join(wording.split()),
            weight=float(entry.get("weight", 1.0)),
        )
    return entries


def section_info(section_id: str) -> SectionInfo:
    """The catalogue entry for ``section_id``, or a readable stand-in when it is unknown."""
    known = catalogue().get(section_id)
    if known is not None:
        return known
    match = _NUMERAL_ID.match(section_id)
    numeral = int(match.group(1)) if match else None
    title = f"Numeral {numeral}" if numeral is not None else section_id
    return SectionInfo(section_id, numeral, title, "")


def fix_order(section_id: str, status: str) -> tuple[int, float, int, str]:
    """Sort key: most serious verdict first, then heavier legal weight, then numeral order."""
    info = section_info(section_id)
    numeral = info.numeral if info.numeral is not None else 999
    return (STATUS_PRIORITY.get(status, 9), -info.weight, numeral, section_id)
