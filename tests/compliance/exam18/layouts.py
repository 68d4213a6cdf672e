"""Eighteenth exam: four portal layouts whose items are NAMED THE WAY STAFF NAME THEM, WITHOUT
NUMBERS, with the truth of every section.

Items (truth, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is the item's name. No page of these
portals prints "Numeral 4" or the law's list: every item is shown only under a practical name its
office uses, from ``wording.toml`` (read on real Guatemalan portals and systems, sources there),
often public-finance jargon: "Nómina de personal", "Renglones 011, 022 y 029: sueldos y
honorarios", "Ejecución presupuestaria (SICOIN GL)", "Compra directa con oferta electrónica",
"Informes de la Contraloría General de Cuentas", "Publicaciones Diario de Centroamérica",
"Pertenencia sociolingüística de usuarios"… ``item.label`` (and ``item.plain``) hold the name
shown. None of the names is a label of the generator; none could mean two numerals. The law's
wording is shown nowhere, or (in some portals) only in a link's ``title`` tooltip. Documents keep
the generator's names, except those that would print the numeral ("Numeral 4 Octubre 2026",
"… Artículo 10 Numeral 4"), which are named by the practical name and their period instead; every
document is moved to an address of the layout's own (no numeral in any path). Layouts:

* ``mega-menu``: a municipality's header menu "Transparencia" opening a mega-menu of practical
  names grouped under office headings ("Secretaría Municipal", "Recursos Humanos", "Dirección
  Financiera (DAFIM)", "Compras y Contrataciones", "Planificación (DMP)", "Auditoría Interna",
  "Acceso a la Información (UIP)"), on every page; each name leads to the item's page
  (``/transparencia/<office>/<name>/``, a breadcrumb through the office) holding its documents as
  a list of names or a table "Documento | Fecha de publicación | Descargar"; files under
  ``/wp-content/uploads/<yyyy>/<mm>/``.
* ``tarjetas``: an Elementor page "Portal de Transparencia" of icon cards (a picture and the
  short name), in the law's order or alphabetical; the name is the card's linked title, or only a
  caption under a linked picture whose alt text is empty or the name; each card leads to a page of
  file boxes "<document> · Publicado: dd/mm/yyyy · Descargar".
* ``acordeones``: one page "Información Pública" of accordion panels titled by practical names
  (Bootstrap buttons, ``<details>``/``<summary>`` or Elementor tab titles), in the law's order or
  grouped under office headings; documents listed by name or in a table inside the panel.
* ``biblioteca``: a document library whose folders are practical names, sorted alphabetically
  with their number of elements; a folder holds year folders, then month folders for monthly
  items ("Planillas / 2026 / Octubre"), then the files (name, date, size), or the files directly;
  an empty folder says "No hay documentos en esta carpeta." or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    hex_digits,
    item_rhythm,
    site_page,
    snippet,
    unique,
    uploaded,
    wording,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
)

LAYOUTS = ("mega-menu", "tarjetas", "acordeones", "biblioteca")
EXAM18: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam18 layout shares:
# * mega-menu: "joomla" — one page per item (own text allowed, the law's text with every item, so
#   an empty page holds only the name: the law's text is shown at most in a tooltip).
# * tarjetas: "dl" — a name, then its words and documents (own text allowed, empty phrases).
# * acordeones: "accordion" — panel titles (own text allowed, empty phrases).
# * biblioteca: "archive" — folders of documents (no own text; an empty folder holds nothing).
_INNER = {
    "mega-menu": "joomla",
    "tarjetas": "dl",
    "acordeones": "accordion",
    "biblioteca": "archive",
}
_NAMES: dict[int, dict[str, Any]] = {int(entry["numeral"]): entry for entry in EXAM18["names"]}
_OFFICES: dict[str, str] = {key: str(value["text"]) for key, value in EXAM18["offices"].items()}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


@dataclass
class _Site:
    """What a portal's pages share: the body's name, its header menu, the routes."""

    body: str
    index: str
    routes: Routes
    today: dt.date
    nav: str = ""
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date, index: str) -> _Site:
    town = str(draw(st.sampled_from(EXAM18["page"]["towns"]["text"])))
    body = str(EXAM18["page"]["name"]["text"]).format(town=town)
    return _Site(body, index, {}, today)


def _word(section: str, key: str) -> str:
    return str(EXAM18[section][key]["text"])


def _plain_nav(site: _Site) -> str:
    home = _word("page", "home")
    return (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(home)}</a></li>'
        f'<li><a href="{_e(site.index)}">{_e(_word("page", "transparency"))}</a></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        "</ul></nav>"
    )


def _shell(
    site: _Site, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
) -> bytes:
    """A page of the municipality's site: header menu, breadcrumb, title, content, footer."""
    footer = _word("page", "footer").format(body=site.body)
    nav = site.nav or _plain_nav(site)
    return site_page(title, site.body, nav, breadcrumb(_word("page", "home"), crumbs), body, footer)


def _home(site: _Site) -> None:
    site.routes["/"] = Resource(
        _shell(
            site,
            site.body,
            f"<p>{_e(_word('page', 'welcome'))}</p>"
            f'<p><a href="{_e(site.index)}">{_e(_word("page", "transparency"))}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
        )
    )


# -- names ---------------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^Numeral \d+ ")
_EXECUTION = re.compile(
    r"^Ejecución Presupuestaria Egresos (Ejercicio Fiscal \d{4} Mes de \S+) Artículo 10 Numeral "
    r"\d+$"
)


def _name_items(items: list[Item], draw: st.DrawFn) -> None:
    """Give every item a practical name (its label on this portal), and name by it and their
    period the documents whose generated name carries the numeral."""
    for item in items:
        name = str(draw(st.sampled_from([n["text"] for n in _NAMES[item.numeral]["labels"]])))
        item.label = item.plain = name
        for doc in item.docs:
            doc.name = _NUMBERED.sub(name + " ", doc.name)
            doc.name = _EXECUTION.sub(name.replace("\\", "") + r" \1", doc.name)


def _office(item: Item) -> str:
    return str(_NAMES[item.numeral]["office"])


def _tooltip(item: Item, on: bool) -> str:
    """A ``title`` attribute holding the law's wording (portals that put it in a tooltip)."""
    return f' title="{_e(item.law_text)}"' if on and item.law_text else ""


def _words(item: Item) -> str:
    """What a page says about the item besides its documents: its own text, its "Actualizado"
    stamp and its phrase (never the law's wording)."""
    texts = [item.own_text, item.updated, item.phrase]
    return "".join(f"<p>{_e(t)}</p>" for t in texts if t)


def _place(
    site: _Site, item: Item, draw: st.DrawFn, where: Callable[[Doc, dt.date], str]
) -> dict[str, dt.date]:
    """Move every document of ``item`` to the address ``where`` gives it (from the day it was
    uploaded); the day of each by its new path."""
    ups: dict[str, dt.date] = {}
    for doc in item.docs:
        up = uploaded(doc, site.today, draw(st.integers(1, 10)))
        doc.path = unique(where(doc, up), site.seen)
        ups[doc.path] = up
    return ups


def _uploads(doc: Doc, up: dt.date) -> str:
    return f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"


def _doc_list(item: Item, ups: dict[str, dt.date], as_table: bool) -> str:
    """The documents as a list of names, or a table "Documento | Fecha | Descargar"."""
    if not item.docs:
        return ""
    if not as_table:
        return (
            '<ul class="documentos">'
            + "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
            + "</ul>"
        )
    head = "".join(f"<th>{_e(h)}</th>" for h in EXAM18["menu"]["doc_header"]["text"])
    download = _e(_word("page", "download"))
    rows = "".join(
        f"<tr><td>{_e(d.name)}</td><td>{day_month_year(ups[d.path])}</td>"
        f'<td><a class="btn btn-sm" href="{_e(d.path)}">{download}</a></td></tr>'
        for d in item.docs
    )
    return (
        f'<table class="table documentos"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _note(item: Item, text: str) -> str:
    return f"{text}/{item.truth}/name={item.label!r}"


# -- mega-menu -----------------------------------------------------------------------------------


def _mega(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/transparencia/")
    _name_items(items, draw)
    tooltip = draw(st.booleans())
    as_table = draw(st.booleans())
    opening = draw(st.booleans())
    present = _present(items)
    paths = {
        item.numeral: f"/transparencia/{_slug(_OFFICES[_office(item)])}/{_slug(item.label)}/"
        for item in present
    }
    columns = []
    for key, office in _OFFICES.items():
        members = [item for item in present if _office(item) == key]
        if not members:
            continue
        links = "".join(
            f'<li><a href="{_e(paths[i.numeral])}"{_tooltip(i, tooltip)}>{_e(i.label)}</a></li>'
            for i in members
        )
        columns.append(f'<div class="mega-col"><h4>{_e(office)}</h4><ul>{links}</ul></div>')
    home = _word("page", "home")
    site.nav = (
        f'<nav class="navbar"><ul class="menu"><li><a href="/">{_e(home)}</a></li>'
        '<li class="menu-item has-mega-menu">'
        f'<a href="{_e(site.index)}">{_e(_word("page", "transparency"))}</a>'
        f'<div class="mega-menu">{"".join(columns)}</div></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        "</ul></nav>"
    )
    title = _word("page", "transparency")
    for item in present:
        office = _OFFICES[_office(item)]
        ups = _place(site, item, draw, _uploads)
        body = _words(item) + _doc_list(item, ups, as_table)
        site.routes[paths[item.numeral]] = Resource(
            _shell(site, item.label, body, [(title, site.index), (office, ""), (item.label, "")])
        )
        portal.notes[item.numeral] = _note(
            item, f"mega-menu/{office}/tooltip={tooltip}/table={as_table}"
        )
    landing = f"<p>{_e(_word('menu', 'landing'))}</p>"
    if opening:
        landing = f"<p>{_e(WORDING['article']['opening']['text'])}</p>" + landing
    site.routes[site.index] = Resource(_shell(site, title, landing, [(title, "")]))
    _home(site)
    return site.routes


# -- tarjetas ------------------------------------------------------------------------------------


def _icon(site: _Site, name: str) -> str:
    """Serve the card's picture (an SVG) and return its address."""
    path = f"/wp-content/uploads/iconos/{name}.svg"
    if path not in site.routes:
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
            '<circle cx="48" cy="48" r="44" fill="#0b4f8a"/>'
            '<rect x="30" y="28" width="36" height="40" rx="4" fill="#ffffff"/></svg>'
        )
        site.routes[path] = Resource(svg.encode("utf-8"), content_type="image/svg+xml")
    return path


def _tarjetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/portal-de-transparencia/")
    _name_items(items, draw)
    order = draw(st.sampled_from(["ley", "alfabetico"]))
    caption = draw(st.sampled_from(["titulo", "figcaption"]))
    alt = draw(st.sampled_from(["vacio", "nombre"]))
    tooltip = draw(st.booleans())
    dated = draw(st.booleans())
    words = EXAM18["cards"]
    title = str(words["title"]["text"])
    download = _e(_word("page", "download"))
    present = _present(items)
    if order == "alfabetico":
        present = sorted(present, key=lambda i: _slug(i.label))
    cards = []
    for item in present:
        path = f"/transparencia/{_slug(item.label)}/"
        src = _icon(site, str(_NAMES[item.numeral]["icon"]))
        alt_text = _e(item.label) if alt == "nombre" else ""
        picture = f'<img src="{_e(src)}" alt="{alt_text}" width="96" height="96">'
        link = f'<a href="{_e(path)}"{_tooltip(item, tooltip)}>'
        if caption == "titulo":
            cards.append(
                '<div class="elementor-widget-icon-box"><div class="elementor-icon-box-wrapper">'
                f'<div class="elementor-icon-box-icon">{link}{picture}</a></div>'
                '<div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">'
                f"{link}{_e(item.label)}</a></h3></div></div></div>"
            )
        else:
            cards.append(
                f'<figure class="wp-block-image tarjeta">{link}{picture}</a>'
                f"<figcaption>{_e(item.label)}</figcaption></figure>"
            )
        ups = _place(
            site,
            item,
            draw,
            lambda doc, _up: f"/archivos/transparencia/{file_stem(doc.name).lower()}.pdf",
        )
        boxes = "".join(
            '<div class="wpdm-file"><img src="/wp-content/uploads/iconos/pdf.svg" alt="PDF"> '
            f"<strong>{_e(d.name)}</strong> "
            + (
                f"<small>{_e(str(words['date']['text']).format(date=day_month_year(ups[d.path])))}"
                "</small> "
                if dated
                else ""
            )
            + f'<a class="btn btn-primary" href="{_e(d.path)}">{download}</a></div>'
            for d in item.docs
        )
        back = f'<p><a href="{_e(site.index)}">{_e(str(words["back"]["text"]))}</a></p>'
        site.routes[path] = Resource(
            _shell(
                site,
                item.label,
                _words(item) + boxes + back,
                [(title, site.index), (item.label, "")],
            )
        )
        portal.notes[item.numeral] = _note(
            item, f"tarjetas/{order}/{caption}/alt={alt}/tooltip={tooltip}"
        )
    _icon(site, "pdf")
    grid = (
        f"<p>{_e(str(words['intro']['text']))}</p>"
        f'<div class="elementor-container tarjetas">{"".join(cards)}</div>'
    )
    site.routes[site.index] = Resource(_shell(site, title, grid, [(title, "")]))
    _home(site)
    return site.routes


# -- acordeones ----------------------------------------------------------------------------------


def _panel(style: str, ident: str, title: str, attr: str, inner: str) -> str:
    if style == "details":
        return (
            f'<details class="acordeon" id="{ident}"><summary{attr}>{_e(title)}</summary>'
            f'<div class="contenido">{inner}</div></details>'
        )
    if style == "elementor":
        return (
            '<div class="elementor-accordion-item">'
            f'<div class="elementor-tab-title" role="button" aria-controls="{ident}">'
            f'<a class="elementor-accordion-title" href=""{attr}>{_e(title)}</a></div>'
            f'<div id="{ident}" class="elementor-tab-content" role="region">{inner}</div></div>'
        )
    return (
        f'<div class="accordion-item"><h2 class="accordion-header">'
        f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
        f'data-bs-target="#{ident}"{attr}>{_e(title)}</button></h2>'
        f'<div id="{ident}" class="accordion-collapse collapse">'
        f'<div class="accordion-body">{inner}</div></div></div>'
    )


def _acordeones(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/informacion-publica/")
    _name_items(items, draw)
    style = draw(st.sampled_from(["bootstrap", "details", "elementor"]))
    grouped = draw(st.booleans())
    tooltip = draw(st.booleans())
    as_table = draw(st.booleans())
    panels: dict[int, str] = {}
    present = _present(items)
    for item in present:
        ups = _place(
            site,
            item,
            draw,
            lambda doc, up: f"/uploads/transparencia/{up.year}/{file_stem(doc.name).lower()}.pdf",
        )
        inner = _words(item) + _doc_list(item, ups, as_table)
        ident = f"panel-{hex_digits(draw, 6)}"
        panels[item.numeral] = _panel(style, ident, item.label, _tooltip(item, tooltip), inner)
        portal.notes[item.numeral] = _note(
            item, f"acordeones/{style}/grouped={grouped}/tooltip={tooltip}/table={as_table}"
        )
    wrap = {"bootstrap": '<div class="accordion">', "details": '<div class="acordeones">'}.get(
        style, '<div class="elementor-accordion">'
    )
    if grouped:
        parts = []
        for key, office in _OFFICES.items():
            members = [panels[i.numeral] for i in present if _office(i) == key]
            if members:
                parts.append(f"<h2>{_e(office)}</h2>{wrap}{''.join(members)}</div>")
        body = "".join(parts)
    else:
        body = wrap + "".join(panels[i.numeral] for i in present) + "</div>"
    title = _word("accordion", "title")
    site.routes[site.index] = Resource(_shell(site, title, body))
    _home(site)
    return site.routes


# -- biblioteca ----------------------------------------------------------------------------------


def _size(draw: st.DrawFn) -> str:
    kb = draw(st.integers(40, 9_000))
    return f"{kb / 1024:.1f} MB".replace(".", ",") if kb >= 1024 else f"{kb} KB"


@dataclass
class _Folder:
    """A folder of the library: its title, address, subfolders and files."""

    title: str
    path: str
    folders: list[_Folder] = field(default_factory=list)
    files: list[Doc] = field(default_factory=list)

    def count(self) -> int:
        return len(self.files) + sum(f.count() for f in self.folders)


def _tree(item: Item, base: str) -> _Folder:
    """The item's folder: year folders (then month folders for a monthly item) or its files."""
    root = _Folder(item.label, base)
    rhythm = item_rhythm(item)
    if rhythm not in ("monthly", "yearly"):
        root.files = list(item.docs)
        return root
    years: dict[int, _Folder] = {}
    for doc in sorted(item.docs, key=lambda d: d.modified or dt.date.min, reverse=True):
        assert doc.modified is not None
        year = years.setdefault(
            doc.modified.year, _Folder(str(doc.modified.year), f"{base}{doc.modified.year}/")
        )
        if rhythm == "yearly":
            year.files.append(doc)
            continue
        month = MESES[doc.modified.month - 1]
        found = [f for f in year.folders if f.title == month]
        folder = found[0] if found else _Folder(month, f"{year.path}{_slug(month)}/")
        if not found:
            year.folders.append(folder)
        folder.files.append(doc)
    root.folders = list(years.values())
    return root


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/documentos/")
    _name_items(items, draw)
    by_link = draw(st.booleans())  # the file's name is its link (else a "Descargar" link)
    say_empty = draw(st.booleans())  # an empty folder says so
    words = EXAM18["library"]
    title = str(words["title"]["text"])
    head = "".join(f"<th>{_e(h)}</th>" for h in words["header"]["text"])
    download = _e(_word("page", "download"))
    count_form = str(words["count"]["text"])
    folder_icon = _icon(site, "carpeta")
    ups: dict[str, dt.date] = {}

    def listing(folder: _Folder) -> str:
        rows = [
            f'<tr class="carpeta"><td><img src="{_e(folder_icon)}" alt="'
            f'{_e(str(words["folder"]["text"]))}" width="16" height="16"> '
            f'<a href="{_e(sub.path)}">{_e(sub.title)}</a></td><td></td>'
            f"<td>{_e(count_form.format(k=sub.count()))}</td></tr>"
            for sub in folder.folders
        ]
        for doc in folder.files:
            name = (
                f'<a href="{_e(doc.path)}">{_e(doc.name)}</a>'
                if by_link
                else f'{_e(doc.name)} <a class="descargar" href="{_e(doc.path)}">{download}</a>'
            )
            rows.append(
                f'<tr class="archivo"><td>{name}</td><td>{day_month_year(ups[doc.path])}</td>'
                f"<td>{_size(draw)}</td></tr>"
            )
        if not rows:
            empty = _e(str(words["empty"]["text"]))
            return f'<p class="vacia">{empty}</p>' if say_empty else ""
        return (
            f'<table class="file-manager"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def serve(folder: _Folder, crumbs: list[tuple[str, str]], intro: str = "") -> None:
        trail = [*crumbs, (folder.title, "")]
        site.routes[folder.path] = Resource(
            _shell(site, folder.title, intro + listing(folder), trail)
        )
        for sub in folder.folders:
            serve(sub, [*crumbs, (folder.title, folder.path)])

    folders: list[tuple[Item, _Folder]] = []
    for item in _present(items):
        base = f"{site.index}{_slug(item.label)}/"
        folder = _tree(item, base)

        def where(doc: Doc, _up: dt.date, folder: _Folder = folder) -> str:
            holder = _holder(folder, doc) or folder
            return f"{holder.path}{file_stem(doc.name).lower()}.pdf"

        ups.update(_place(site, item, draw, where))
        folders.append((item, folder))
        serve(folder, [(title, site.index)], _words(item))
        portal.notes[item.numeral] = _note(
            item, f"biblioteca/link={by_link}/say_empty={say_empty}/{item_rhythm(item)}"
        )
    ordered = sorted(folders, key=lambda pair: _slug(pair[0].label))
    root = _Folder(title, site.index, [folder for _item, folder in ordered])
    site.routes[site.index] = Resource(_shell(site, title, listing(root), [(title, "")]))
    _home(site)
    return site.routes


def _holder(folder: _Folder, doc: Doc) -> _Folder | None:
    """The (sub)folder of ``folder`` that holds ``doc``."""
    if any(f is doc for f in folder.files):
        return folder
    for sub in folder.folders:
        found = _holder(sub, doc)
        if found is not None:
            return found
    return None


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "mega-menu": _mega,
    "tarjetas": _tarjetas,
    "acordeones": _acordeones,
    "biblioteca": _biblioteca,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 18 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
