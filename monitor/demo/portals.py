"""The demo's sample portals: five municipalities, four page layouts, every verdict represented.

The wording is written in the style of real Guatemalan portals, never taken from the monitor's
catalogue (the demo would then only prove that the judge agrees with itself):

* the introduction and the first numeral's wording follow
  https://www.munipalestinadelosaltos.gob.gt/informacion-publica/ (a WordPress page listing
  every item of Article 10 inline, "Articulo 10 de la ley de acceso a la información pública");
* the Unidad de Información Pública text follows https://munisantalucialareforma.com/unidad/;
* "Artículo 10. Los sujetos obligados deberán mantener actualizada y disponible…" as a page
  heading follows http://www.rpsc.gob.gt/index.php/transparencia/;
* the numeral 28 report title follows the Nebaj report quoted at
  https://fdocuments.es/document/unidad-de-informacin-pblica.html ("Informe de pertenencia
  sociolingüística", "artículo 10, numeral 28");
* sections whose boxes open on nothing follow the portals described at
  https://www.ojoconmipisto.com/informacion-publica-18-municipalidades-no-actualizan-sus-datos-de-oficio/;
* numbered /index.php/NN-slug pages follow the laip.gt platform
  (munisantacatarinaixtahuacan.laip.gt/index.php/26-archivo).

Every date is computed from ``today``, so the demo shows the same verdicts whatever day it runs.
This module must not import ``monitor.compliance.catalog`` (a test checks it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote

from monitor.demo.server import Resource
from monitor.report.spanish import MONTHS

Rhythm = Literal["monthly", "yearly", "on_change"]
Layout = Literal["numbered", "inline", "folders", "robots"]

MESES = tuple(name.capitalize() for name in MONTHS)  # "Enero" … "Diciembre"

# Numeral -> (how these portals title it, how often it changes in practice).
ITEMS: dict[int, tuple[str, Rhythm]] = {
    1: ("Estructura orgánica y funciones de cada dependencia, con su marco normativo", "on_change"),
    2: ("Dirección y teléfonos de la municipalidad y sus oficinas", "on_change"),
    3: ("Directorio de empleados", "on_change"),
    4: ("Empleados, asesores y sus remuneraciones", "monthly"),
    5: ("Misión, objetivos y Plan Operativo Anual", "yearly"),
    6: ("Manuales de procedimientos administrativos y operativos", "on_change"),
    7: ("Presupuesto de ingresos y egresos aprobado", "yearly"),
    8: ("Ejecución del presupuesto del mes", "monthly"),
    9: ("Depósitos constituidos con fondos públicos", "monthly"),
    10: ("Cotizaciones y licitaciones de programas", "monthly"),
    11: ("Compras de bienes y servicios", "monthly"),
    12: ("Viajes pagados con fondos públicos", "monthly"),
    13: ("Inventario de bienes muebles e inmuebles", "yearly"),
    14: ("Contratos de mantenimiento de equipo y vehículos", "on_change"),
    15: ("Subsidios, becas y transferencias", "on_change"),
    16: ("Licencias y concesiones de bienes municipales", "on_change"),
    17: ("Empresas precalificadas", "on_change"),
    18: ("Obras en ejecución y ejecutadas", "monthly"),
    19: ("Arrendamiento de inmuebles y maquinaria", "on_change"),
    20: ("Contratos adjudicados por cotización y licitación", "monthly"),
    21: ("Fideicomisos", "on_change"),
    22: ("Compras directas del mes", "monthly"),
    23: ("Informes finales de auditoría", "on_change"),
    24: ("Entidades internacionales con fondos públicos", "on_change"),
    25: ("ONG y asociaciones que administran fondos públicos", "on_change"),
    26: ("Informe anual del archivo municipal", "yearly"),
    27: ("Índice de información reservada", "on_change"),
    28: ("Informe de pertenencia sociolingüística de los usuarios", "yearly"),
    29: ("Otra información de utilidad", "on_change"),
}
# Short words used in document names ("Viajes Noviembre 2026.pdf").
STEMS = {
    4: "Nómina",
    5: "POA",
    7: "Presupuesto",
    8: "Ejecución presupuestaria",
    9: "Depósitos",
    10: "Cotizaciones",
    11: "Compras",
    12: "Viajes",
    13: "Inventario",
    18: "Obras",
    20: "Licitaciones",
    22: "Compras directas",
    26: "Informe del archivo",
    28: "Pertenencia sociolingüística",
}
EMPTY_TEXT = "No hay información disponible por el momento."
NO_APLICA = "No aplica. La municipalidad no ha constituido ni administra lo que pide este numeral."
INTRO = (
    "En cumplimiento de la Ley de Acceso a la Información Pública (Decreto 57-2008), la "
    "municipalidad pone a su disposición este portal para consultar la información pública de "
    "oficio. Si lo que busca no está publicado, puede solicitarlo en la Unidad de Información "
    "Pública Municipal."
)

Status = Literal["ok", "outdated", "empty", "broken", "missing", "not_applicable"]


@dataclass(frozen=True)
class Doc:
    """A published document: its link text, file name, period and HTTP answer."""

    text: str
    filename: str
    date: dt.date | None
    status: int = 200


@dataclass
class DemoPortal:
    """One sample portal: registry entry, layout, the verdict each numeral should get."""

    slug: str
    name: str
    department: str
    layout: Layout
    plan: dict[int, Status]
    goes_down: bool = False
    routes: dict[str, Resource] = field(default_factory=dict)

    def expected(self) -> dict[str, str]:
        """The verdict the judge should reach for each Article 10 numeral."""
        if self.layout == "robots":
            return {f"art10.n{n:02d}": "unknown" for n in ITEMS}
        return {f"art10.n{n:02d}": status for n, status in self.plan.items()}


def _plan(**overrides: Status) -> dict[int, Status]:
    plan: dict[int, Status] = dict.fromkeys(ITEMS, "ok")
    for key, status in overrides.items():
        plan[int(key.removeprefix("n"))] = status
    return plan


def fleet(today: dt.date) -> list[DemoPortal]:
    """The five demo portals with their routes built for ``today``."""
    portals = [
        DemoPortal(
            "sanjuan",
            "Municipalidad de San Juan Ejemplo",
            "Petén",
            "numbered",
            _plan(
                n06="empty",
                n08="outdated",
                n09="not_applicable",
                n12="broken",
                n15="empty",
                n16="missing",
                n17="missing",
                n21="not_applicable",
                n24="not_applicable",
                n25="not_applicable",
                n26="outdated",
                n27="missing",
            ),
        ),
        DemoPortal(
            "santacruz",
            "Municipalidad de Santa Cruz Ejemplo",
            "Quetzaltenango",
            "inline",
            _plan(
                n04="outdated",
                n05="outdated",
                n10="empty",
                n14="not_applicable",
                n19="missing",
                n21="not_applicable",
                n22="broken",
                n23="empty",
                n24="not_applicable",
                n25="not_applicable",
                n27="empty",
            ),
        ),
        DemoPortal(
            "sanpedro",
            "Municipalidad de San Pedro Ejemplo",
            "San Marcos",
            "folders",
            _plan(
                n02="missing",
                n09="outdated",
                n11="broken",
                n17="not_applicable",
                n18="outdated",
                n21="not_applicable",
                n24="not_applicable",
                n25="not_applicable",
                n28="missing",
            ),
        ),
        DemoPortal("sanlucas", "Municipalidad de San Lucas Ejemplo", "Sololá", "robots", _plan()),
        DemoPortal(
            "sanmiguel",
            "Municipalidad de San Miguel Ejemplo",
            "Huehuetenango",
            "numbered",
            _plan(n08="broken", n13="outdated", n21="not_applicable", n29="empty"),
            goes_down=True,
        ),
    ]
    for portal in portals:
        portal.routes = _routes(portal, today)
    return portals


# -- documents ---------------------------------------------------------------------------------


def _month_end(today: dt.date, back: int) -> dt.date:
    month, year = today.month - back, today.year
    while month <= 0:
        month, year = month + 12, year - 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.lower())
    return "-".join(part for part in keep.split("-") if part)


def documents(numeral: int, status: Status, today: dt.date) -> list[Doc]:
    """The documents that make ``numeral`` ``status`` for ``today`` (none for empty ones)."""
    if status in ("empty", "missing", "not_applicable"):
        return []
    title, rhythm = ITEMS[numeral]
    stem = STEMS.get(numeral, title.split(",")[0])
    code = 404 if status == "broken" else 200
    if rhythm == "monthly":
        backs = (8, 9, 10) if status == "outdated" else (1, 2, 3)
        dates = [_month_end(today, back) for back in backs]
        return [
            Doc(
                f"{stem} {MESES[d.month - 1]} {d.year}",
                f"{stem} {MESES[d.month - 1]} {d.year}.pdf",
                d,
                code,
            )
            for d in dates
        ]
    if rhythm == "yearly":
        year = today.year - 3 if status == "outdated" else today.year
        return [Doc(f"{stem} {year}", f"{stem} {year}.pdf", dt.date(year, 12, 31), code)]
    return [Doc(stem, f"{stem}.pdf", None, code)]


def _pdf(doc: Doc, today: dt.date) -> Resource:
    if doc.status != 200:
        return Resource(b"<html><body>Error</body></html>", doc.status)
    when = min(doc.date or dt.date(today.year - 1, 6, 30), today)
    stamp = dt.datetime.combine(when, dt.time(12), dt.UTC).timestamp()
    return Resource(b"%PDF-1.4\n" + b"0" * 24_000, 200, "application/pdf", last_modified=stamp)


def _doc_list(docs: list[Doc], folder: str, routes: dict[str, Resource], today: dt.date) -> str:
    items = []
    for doc in docs:
        path = f"{folder}/{quote(doc.filename)}"
        routes[path] = _pdf(doc, today)
        items.append(f'<li><a href="{path}">{_e(doc.text)}</a></li>')
    return f"<ul>{''.join(items)}</ul>"


def _body(
    numeral: int, status: Status, folder: str, routes: dict[str, Resource], today: dt.date
) -> str:
    if status == "empty":
        return f"<p>{EMPTY_TEXT}</p>"
    if status == "not_applicable":
        return f"<p>{NO_APLICA}</p>"
    return _doc_list(documents(numeral, status, today), folder, routes, today)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _page(title: str, portal: DemoPortal, body: str, menu: str) -> Resource:
    text = f"""<!DOCTYPE html><html lang="es-GT"><head><meta charset="utf-8">
<title>{_e(title)} - {_e(portal.name)}</title></head><body>
<header><nav><ul>{menu}</ul></nav></header>
<main><h1>{_e(title)}</h1>{body}</main>
<footer><p>{_e(portal.name)}, {_e(portal.department)}. Unidad de Información Pública Municipal.</p>
</footer></body></html>"""
    return Resource(text.encode("utf-8"))


# -- layouts -----------------------------------------------------------------------------------


def _routes(portal: DemoPortal, today: dt.date) -> dict[str, Resource]:
    if portal.layout == "numbered":
        return _numbered(portal, today)
    if portal.layout == "inline":
        return _inline(portal, today)
    if portal.layout == "folders":
        return _folders(portal, today)
    return _robots(portal, today)


def _numbered(portal: DemoPortal, today: dt.date) -> dict[str, Resource]:
    """laip.gt / Joomla: a numbered list of items, one page per numeral at /index.php/NN-slug."""
    routes: dict[str, Resource] = {}
    menu = (
        '<li><a href="/index.php">Inicio</a></li>'
        '<li><a href="/index.php/informacion-publica">Información Pública</a></li>'
    )
    items = []
    for numeral, status in portal.plan.items():
        if status == "missing":
            continue
        title = ITEMS[numeral][0]
        path = f"/index.php/{numeral:02d}-{_slug(title)[:40].strip('-')}"
        items.append(f'<li><a href="{path}">Numeral {numeral}. {_e(title)}</a></li>')
        body = _body(numeral, status, f"/images/docs/n{numeral:02d}", routes, today)
        routes[path] = _page(f"{numeral}. {title}", portal, body, menu)
    routes["/"] = Resource(b"", 301, location="/index.php")
    routes["/index.php"] = _page("Bienvenidos", portal, f"<p>{_e(INTRO)}</p>", menu)
    routes["/index.php/informacion-publica"] = _page(
        "Información Pública de Oficio",
        portal,
        "<h2>Artículo 10. Los sujetos obligados deberán mantener actualizada y disponible "
        f"la siguiente información</h2><ul>{''.join(items)}</ul>",
        menu,
    )
    return routes


def _inline(portal: DemoPortal, today: dt.date) -> dict[str, Resource]:
    """WordPress: every item on one page under a heading, with its documents below it."""
    routes: dict[str, Resource] = {}
    menu = (
        '<li><a href="/">Inicio</a></li><li><a href="/informacion-publica/">Información Pública</a>'
        '</li><li><a href="/unidad/">Unidad de Información</a></li>'
    )
    blocks = [f"<p>{_e(INTRO)}</p>"]
    for numeral, status in portal.plan.items():
        if status == "missing":
            continue
        title = ITEMS[numeral][0]
        body = _body(numeral, status, "/wp-content/uploads", routes, today)
        blocks.append(f"<h3>Numeral {numeral}: {_e(title)}</h3>{body}")
    blocks.append(f"<h3>Consejo Municipal de Desarrollo (COMUDE)</h3><p>{EMPTY_TEXT}</p>")
    routes["/"] = _page("Inicio", portal, "<p>Bienvenidos al portal municipal.</p>", menu)
    routes["/informacion-publica/"] = _page(
        "Información Pública - Artículo 10 de la Ley de Acceso a la Información Pública",
        portal,
        "".join(blocks),
        menu,
    )
    routes["/unidad/"] = _page(
        "Unidad de Información Pública Municipal",
        portal,
        "<p>Recibe y tramita las solicitudes de acceso a la información pública y orienta a los "
        "interesados en la formulación de sus solicitudes.</p>",
        menu,
    )
    return routes


def _folders(portal: DemoPortal, today: dt.date) -> dict[str, Resource]:
    """Documents filed by year and month, named "Numeral 8 Octubre 2026.pdf"."""
    routes: dict[str, Resource] = {}
    menu = '<li><a href="/">Inicio</a></li><li><a href="/transparencia/">Transparencia</a></li>'
    by_folder: dict[str, list[str]] = {}
    general: list[str] = []
    for numeral, status in portal.plan.items():
        if status == "missing":
            continue
        title = ITEMS[numeral][0]
        if status in ("empty", "not_applicable"):
            path = f"/transparencia/numeral-{numeral}/"
            routes[path] = _page(
                f"Numeral {numeral} - {title}",
                portal,
                _body(numeral, status, "", routes, today),
                menu,
            )
            general.append(f'<li><a href="{path}">Numeral {numeral} - {_e(title)}</a></li>')
            continue
        for doc in documents(numeral, status, today):
            name = (
                f"Numeral {numeral} {doc.filename.split(' ', 1)[1] if doc.date else doc.filename}"
            )
            folder = (
                f"/transparencia/{doc.date.year}/{doc.date.month:02d}/"
                if doc.date
                else "/transparencia/vigentes/"
            )
            file_path = f"{folder}{name.replace(' ', '%20')}"
            routes[file_path] = _pdf(doc, today)
            by_folder.setdefault(folder, []).append(
                f'<li><a href="{file_path}">{_e(name)}</a></li>'
            )
    for folder, links in by_folder.items():
        routes[folder] = _page(
            f"Documentos {folder.strip('/')}", portal, f"<ul>{''.join(links)}</ul>", menu
        )
        general.append(f'<li><a href="{folder}">Carpeta {_e(folder.strip("/"))}</a></li>')
    routes["/"] = _page("Inicio", portal, f"<p>{_e(INTRO)}</p>", menu)
    routes["/transparencia/"] = _page(
        "Transparencia - Información pública de oficio",
        portal,
        f"<ul>{''.join(general)}</ul>",
        menu,
    )
    return routes


def _robots(portal: DemoPortal, today: dt.date) -> dict[str, Resource]:
    """robots.txt forbids every robot: the monitor may not look, so it cannot tell."""
    routes = _numbered(portal, today)
    routes["/robots.txt"] = Resource(b"User-agent: *\nDisallow: /\n", 200, "text/plain")
    return routes
