"""What the emails say about each catalogue entry: numeral, short title, the law's requirement.

Reads the legal catalogue (``monitor/compliance/catalog.toml``). A section id the catalogue
does not know (judged by an older catalogue version) still gets a readable line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.compliance.catalog import load_catalog
from monitor.errors import ConfigError

_NUMERAL_ID = re.compile(r"^art10\.n(\d+)$")

# What to fix first: the quick fixes (a broken link to repair, a newer document to upload)
# come before the long work of publishing what is empty or missing; then what could not be
# judged. A long list would otherwise hide the five-minute fixes at its end.
STATUS_PRIORITY: dict[str, int] = {
    "broken": 0,
    "outdated": 1,
    "empty": 2,
    "missing": 3,
    "unknown": 4,
}
QUICK_FIXES = ("broken", "outdated")
# The order of the counts that open the e-mail.
COUNT_ORDER = ("ok", "broken", "outdated", "empty", "missing", "unknown", "not_applicable")
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
    update: str = "on_change"  # monthly | yearly | on_change

    @property
    def required(self) -> bool:
        """Whether the law requires it (Article 10); other entries are recommended practice."""
        return self.section_id.startswith("art10.")

    @property
    def reference(self) -> str:
        """``'Art. 10, numeral 8'`` (or the title's id for sections outside Article 10)."""
        return f"Art. 10, numeral {self.numeral}" if self.numeral is not None else "Otra sección"


@cache
def catalogue() -> dict[str, SectionInfo]:
    """Every entry of the packaged catalogue, by section id; empty when it cannot be read."""
    try:
        entries = load_catalog().entries
    except ConfigError:
        return {}
    return {
        entry.id: SectionInfo(
            section_id=entry.id,
            numeral=entry.numeral,
            title=entry.title,
            requirement=_sentence(entry.wording.removeprefix("Resumen:")),
            weight=entry.weight,
            update=entry.update,
        )
        for entry in entries
    }


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


def _sentence(text: str) -> str:
    """One line, starting with a capital (the law's numerals read as list items)."""
    line = " ".join(text.split())
    return line[:1].upper() + line[1:]
