"""Shared material for the fixture portals: statuses per section, dated documents, wording.

Every date is computed from the ``today`` the test passes to the judge, so the fixtures stay
right whatever day the suite runs. The wording is written to vary from portal to portal (titles,
capitals, accents, numbering styles) the way real municipal portals vary.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from monitor.compliance.catalog import Catalog, CatalogEntry
from tests.compliance.fleet.server import Resource

MESES = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
]
# Statuses every portal spans; rotated per portal so each section sees several of them.
PATTERN = ["ok", "outdated", "ok", "empty", "broken", "ok", "missing", "not_applicable", "ok"]

# How a laip.gt-style portal titles each numeral (numbered list).
TITLES_NUMBERED = {
    1: "Estructura Orgánica y Funciones",
    2: "Dirección y Teléfonos",
    3: "Directorio de Empleados y Servidores Públicos",
    4: "Número y Nombre de Funcionarios, Servidores Públicos, Empleados y Asesores",
    5: "Misión y Objetivos, Plan Operativo Anual",
    6: "Manuales de Procedimientos",
    7: "Presupuesto de Ingresos y Egresos",
    8: "Informes Mensuales de Ejecución Presupuestaria",
    9: "Depósitos con Fondos Públicos",
    10: "Procesos de Cotización y Licitación",
    11: "Contrataciones de Bienes y Servicios",
    12: "Viajes Nacionales e Internacionales",
    13: "Inventario de Bienes Muebles e Inmuebles",
    14: "Contratos de Mantenimiento",
    15: "Subsidios, Becas o Transferencias",
    16: "Contratos, Licencias o Concesiones",
    17: "Empresas Precalificadas",
    18: "Obras en Ejecución o Ejecutadas",
    19: "Contratos de Arrendamiento",
    20: "Contrataciones por Cotización y Licitación",
    21: "Fideicomisos",
    22: "Compras Directas",
    23: "Informes Finales de Auditorías",
    24: "Entidades Internacionales",
    25: "ONG, Fundaciones y Asociaciones",
    26: "Archivo",
    27: "Información Clasificada",
    28: "Pertenencia Sociolingüística",
    29: "Otra Información de Utilidad",
}
# How a WordPress-style municipal site might head each item, without numbers.
TITLES_PLAIN = {
    1: "Organigrama y funciones de las dependencias",
    2: "Dirección, teléfonos y horario de atención",
    3: "Directorio de funcionarios y empleados",
    4: "Remuneraciones del personal",
    5: "Misión, visión y Plan Operativo Anual (POA)",
    6: "Manuales administrativos y operativos",
    7: "Presupuesto municipal aprobado",
    8: "Ejecución presupuestaria mensual",
    9: "Depósitos bancarios",
    10: "Cotizaciones y licitaciones de programas",
    11: "Compras y contrataciones de bienes y servicios",
    12: "Viajes y viáticos",
    13: "Inventario de bienes",
    14: "Mantenimiento de equipo, vehículos e instalaciones",
    15: "Becas y subsidios",
    16: "Concesiones y licencias",
    17: "Listado de empresas precalificadas",
    18: "Obras públicas en ejecución",
    19: "Arrendamientos",
    20: "Contratos adjudicados por cotización y licitación",
    21: "Fideicomisos",
    22: "Compras directas de baja cuantía",
    23: "Informes de auditoría",
    24: "Programas con organismos internacionales",
    25: "Fondos administrados por ONG y fundaciones",
    26: "Informe anual del archivo municipal",
    27: "Índice de información reservada",
    28: "Pertenencia sociolingüística de los usuarios",
    29: "Otra información de interés",
}
EMPTY_PHRASES = [
    "No hay información disponible por el momento.",
    "Sección en construcción.",
    "Sin información que reportar.",
    "Próximamente.",
]
NO_APLICA = [
    "No aplica. La municipalidad no cuenta con esta información.",
    "NO APLICA",
    "Esta municipalidad declara que el presente numeral no le aplica: no aplica.",
]


@dataclass(frozen=True)
class Doc:
    """A document to publish: its anchor text, file name, period and HTTP status."""

    text: str
    filename: str
    date: dt.date
    status: int = 200
    empty: bool = False


def assign(catalog: Catalog, offset: int) -> dict[str, str]:
    """A status per Article 10 entry, rotating PATTERN, kept legal for each entry's rules."""
    statuses: dict[str, str] = {}
    for index, entry in enumerate(e for e in catalog.entries if e.is_article10):
        status = PATTERN[(index + offset) % len(PATTERN)]
        if status == "outdated" and entry.update == "on_change":
            status = "ok"
        if status == "not_applicable" and not entry.may_declare_not_applicable:
            status = "empty"
        statuses[entry.id] = status
    return statuses


def months_back(today: dt.date, n: int) -> dt.date:
    """The last day of the month ``n`` months before ``today``'s."""
    month = today.month - n
    year = today.year
    while month <= 0:
        month += 12
        year -= 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def dated_docs(entry: CatalogEntry, status: str, today: dt.date, stem: str) -> list[Doc]:
    """Documents whose names carry periods that make ``entry`` ``status`` (ok/outdated/broken)."""
    if entry.update == "monthly":
        back = [7, 8, 9] if status == "outdated" else [1, 2, 3]
        dates = [months_back(today, n) for n in back]
        return [
            Doc(
                f"{stem} {MESES[d.month - 1]} {d.year}",
                f"{stem.lower().replace(' ', '-')}-{MESES[d.month - 1].lower()}-{d.year}.pdf",
                d,
                404 if status == "broken" else 200,
            )
            for d in dates
        ]
    if entry.update == "yearly":
        years = [today.year - 3, today.year - 4] if status == "outdated" else [today.year]
        return [
            Doc(
                f"{stem} {y}",
                f"{stem.lower().replace(' ', '_')}_{y}.pdf",
                dt.date(y, 12, 31),
                500 if status == "broken" else 200,
            )
            for y in years
        ]
    status_code = 404 if status == "broken" else 200
    filename = f"{stem.lower().replace(' ', '-')}-2019.pdf"
    return [Doc(stem, filename, dt.date(2019, 6, 30), status_code)]


def pdf(doc: Doc, today: dt.date, size: int = 48_000) -> Resource:
    """A document resource: a PDF-looking body, Last-Modified at its period (never after today)."""
    stamp = dt.datetime.combine(min(doc.date, today), dt.time(12), dt.UTC).timestamp()
    body = b"" if doc.empty else (b"%PDF-1.4\n" + b"0" * size)
    if doc.status != 200:
        body = b"<html><body>Error</body></html>"
        return Resource(body, doc.status)
    return Resource(body, 200, "application/pdf", last_modified=stamp)


def page(html: str, status: int = 200) -> Resource:
    return Resource(html.encode("utf-8"), status)
