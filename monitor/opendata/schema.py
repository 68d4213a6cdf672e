"""The two tables of the open data, column by column: the one place their names and types live.

CSV headers, JSON keys, ``datapackage.json`` (Frictionless Table Schema) and the README's schema
table are all made from these lists. Column names are a contract: add columns at the end, never
rename or remove one. Titles and descriptions are Spanish: the package is read by the public.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from monitor.compliance.status import STATUSES

LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
PORTALS_TABLE = "portales"
SECTIONS_TABLE = "secciones"


@dataclass(frozen=True)
class Column:
    """One column: its stable name, Table Schema type, Spanish title and description."""

    name: str
    type: str
    title: str
    description: str
    required: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def table_schema(self) -> dict[str, Any]:
        """This column as a Frictionless Table Schema field descriptor."""
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "description": self.description,
        }
        constraints: dict[str, Any] = dict(self.extra)
        if self.required:
            constraints["required"] = True
        if constraints:
            out["constraints"] = constraints
        return out


SHARE = {"minimum": 0, "maximum": 1}
COUNT = {"minimum": 0}

PORTAL_COLUMNS: tuple[Column, ...] = (
    Column("month", "yearmonth", "Mes", "Mes calendario (hora de Guatemala), AAAA-MM.", True),
    Column("portal", "string", "Portal", "Identificador estable del portal (slug).", True),
    Column("name", "string", "Municipalidad", "Nombre de la entidad.", True),
    Column("department", "string", "Departamento", "Departamento de Guatemala."),
    Column(
        "url",
        "string",
        "Dirección del portal",
        "Página de inicio del portal.",
        True,
        {"pattern": "https?://.+"},
    ),  # fmt: skip
    Column(
        "uptime",
        "number",
        "Disponibilidad",
        "Proporción de comprobaciones del mes en que el portal respondió (0 a 1); vacío si "
        "no hubo comprobaciones.",
        extra=SHARE,
    ),  # fmt: skip
    Column(
        "probes",
        "integer",
        "Comprobaciones",
        "Comprobaciones de disponibilidad que cuentan para el mes.",
        True,
        COUNT,
    ),  # fmt: skip
    Column(
        "incidents", "integer", "Caídas", "Caídas del portal que empezaron en el mes.", True, COUNT
    ),  # fmt: skip
    Column(
        "downtime_seconds",
        "integer",
        "Tiempo caído (s)",
        "Segundos del mes en que el portal estuvo caído.",
        True,
        COUNT,
    ),  # fmt: skip
    Column(
        "score",
        "number",
        "Cumplimiento",
        "Proporción de numerales aplicables del Artículo 10 publicados y al día (0 a 1), "
        "según la última revisión del mes; vacío si no se pudo leer el portal.",
        extra=SHARE,
    ),  # fmt: skip
    Column(
        "weighted_score",
        "number",
        "Cumplimiento ponderado",
        "Escala 1 / 0,5 / 0: al día 1; desactualizado o vacío 0,5; lo demás 0 (0 a 1).",
        extra=SHARE,
    ),  # fmt: skip
    Column(
        "crawled_at",
        "datetime",
        "Revisado el",
        "Fecha y hora (UTC) de la revisión de contenido de la que salen los veredictos.",
    ),  # fmt: skip
    Column(
        "catalog_version",
        "string",
        "Versión del catálogo",
        "Versión del catálogo legal con que se juzgó.",
    ),  # fmt: skip
    Column(
        "corrected_sections",
        "integer",
        "Veredictos corregidos",
        "Numerales cuyo veredicto fue corregido por una revisión humana.",
        True,
        COUNT,
    ),  # fmt: skip
)

SECTION_COLUMNS: tuple[Column, ...] = (
    Column("month", "yearmonth", "Mes", "Mes calendario (hora de Guatemala), AAAA-MM.", True),
    Column("portal", "string", "Portal", "Identificador del portal (slug).", True),
    Column(
        "section",
        "string",
        "Sección",
        "Identificador de la sección del catálogo, p. ej. art10.n08.",
        True,
    ),  # fmt: skip
    Column(
        "numeral",
        "integer",
        "Numeral",
        "Numeral del Artículo 10 (vacío para secciones fuera del artículo).",
        extra={"minimum": 1, "maximum": 29},
    ),  # fmt: skip
    Column(
        "article_10",
        "boolean",
        "Cuenta en el cumplimiento",
        "Verdadero para los 29 numerales del Artículo 10, los únicos que cuentan.",
        True,
    ),  # fmt: skip
    Column("title", "string", "Título", "Título corto de la sección.", True),
    Column(
        "status",
        "string",
        "Veredicto",
        "ok, outdated, empty, broken, missing, not_applicable o unknown.",
        True,
        {"enum": list(STATUSES)},
    ),  # fmt: skip
    Column(
        "corrected",
        "boolean",
        "Corregido",
        "Verdadero cuando una revisión humana corrigió el veredicto del monitor.",
        True,
    ),  # fmt: skip
    Column(
        "last_updated",
        "date",
        "Fecha más reciente",
        "Fecha más reciente encontrada en la sección (vacía si no se pudo leer ninguna).",
    ),  # fmt: skip
    Column(
        "evidence_url",
        "string",
        "Evidencia",
        "Dirección donde el monitor encontró la sección.",
        extra={"pattern": "https?://.+"},
    ),  # fmt: skip
    Column("label", "string", "Etiqueta", "Texto del portal que nombró la sección."),
    Column(
        "crawled_at",
        "datetime",
        "Revisado el",
        "Fecha y hora (UTC) de la revisión de contenido.",
        True,
    ),  # fmt: skip
    Column(
        "catalog_version",
        "string",
        "Versión del catálogo",
        "Versión del catálogo legal con que se juzgó.",
    ),  # fmt: skip
)

PRIMARY_KEYS = {
    PORTALS_TABLE: ["month", "portal"],
    SECTIONS_TABLE: ["month", "portal", "section"],
}
TABLES = {PORTALS_TABLE: PORTAL_COLUMNS, SECTIONS_TABLE: SECTION_COLUMNS}


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of ``table``."""
    schema: dict[str, Any] = {
        "fields": [column.table_schema() for column in TABLES[table]],
        "missingValues": [""],
        "primaryKey": PRIMARY_KEYS[table],
    }
    if table == SECTIONS_TABLE:
        schema["foreignKeys"] = [
            {
                "fields": ["month", "portal"],
                "reference": {"resource": PORTALS_TABLE, "fields": ["month", "portal"]},
            }
        ]
    return schema
