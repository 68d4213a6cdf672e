"""Thirty-third exam: four portal layouts whose theme is ONE WEB SITE, SEVERAL SUJETOS OBLIGADOS,
with the truth of every section.

A Guatemalan municipality's site often hosts the Article 10 sections of bodies that are sujetos
obligados of their own: its municipal companies (EMPAGUA, EMETRA in Guatemala City), its Juzgado de
Asuntos Municipales, the mancomunidad it belongs to (Metrópoli de Los Altos, the Mancomunidad
Trinacional Fronteriza Río Lempa), its COMUDE. Each body publishes its own items under the same
numerals and labels ("Numeral 8 - Informes mensuales de ejecución presupuestaria") beside the
municipality's. The portal judged is the MUNICIPALITY (its address is the site's root): its truth
is its own section only. The municipality's items (truth, labels, documents, dates, phrases) are
drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``)
and served at the generator's addresses (``/files/NN/…``; a broken document is not served). Each
other body's items are drawn independently with the same generator (``_item`` under the "table"
conventions) for about seven numerals in ten, and where the municipality's item is not ok the
body's is forced ok two times in three: the company is current where the municipality is stale,
empty, broken or silent. Their documents are served under ``/files/<body>/NN/…`` (their broken ones
are not), their names sometimes prefixed by the body's short name ("EMPAGUA - …"). Another body's
section never stands in for the municipality's: a municipal item the municipality does not
publish stays missing (unknown where the generator's noise adds a failing page), and another
body's current report does not make a stale municipal item current. Wording from real pages
(``wording.toml``, sources there). Layouts:

* ``submenus``: the header menu's "Información Pública" opens a sub-menu with one entry per body
  (the municipality's named "Municipalidad de …", "Información Pública Municipal" or
  "Municipalidad", at a drawn place among them). Each entry leads to the body's own index
  (``/informacion-publica/<body>/``, ``/transparencia/<body>/`` or
  ``/index.php/informacion-publica/<body>``) of numeral links, each a page of its own; the
  body's name is in the index's heading and the breadcrumb, and in the numeral page's title only
  when drawn so.
* ``una-pagina``: one long page with a section per body (the municipality's first, in the middle
  or last), each headed by "Información Pública de Oficio - <body>", "<body>" or "<short>:
  Información Pública de Oficio", laid out as plain consecutive sections (with or without an
  on-page table of contents of anchors), Bootstrap tabs (every pane in the HTML) or one
  ``<details>`` per body. Items under ``h3`` / ``h4`` / bold headings with their documents.
* ``dependencias``: the municipality's own table (the generator's "No. | Información |
  Documentos | Actualizado") under "Información Pública" in the menu; a "Dependencias" /
  "Empresas Municipales" page of cards ("Ver más") leads to a page per body: its description
  ("Naturaleza del puesto") and its own table, on that page or on a sub-page linked from it.
* ``biblioteca``: a document library whose root lists a folder per body ("Carpeta"; the
  municipality's first or in alphabetical order), each body's folder a folder per numeral
  (missing numerals have none), each numeral folder the item's words and a "Título | Fecha |
  Tamaño | Descargar" table of files, or year sub-folders, or the library's own "No hay documentos
  en esta categoría." when the item has no file.

The truth is the municipality's items' truth in every layout: each body's section is plainly
headed by the body's name, so a citizen reading the site knows whose items they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    item_rhythm,
    paragraphs,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    Doc,
    Item,
    Routes,
    _e,
    _item,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("submenus", "una-pagina", "dependencias", "biblioteca")
EXAM33: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions the municipality's items follow in each layout.
_INNER = {
    "submenus": "joomla",
    "una-pagina": "wordpress",
    "dependencias": "table",
    "biblioteca": "joomla",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM33[section][key]["text"]


def _b(body: str, key: str) -> str:
    return str(EXAM33["bodies"][body][key]["text"])


@dataclass
class _Body:
    """One sujeto obligado on the site: the municipality (``own``) or another body."""

    key: str
    name: str
    short: str
    slug: str
    about: str
    items: list[Item] = field(default_factory=list)
    own: bool = False


@dataclass
class _Site:
    town: str
    name: str
    today: dt.date
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _stamp(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(12)).timestamp()


# -- the bodies ------------------------------------------------------------------------------------


def _phrase_for(body: _Body, phrase: str) -> str:
    """A "No aplica" sentence written by another body names the body, not the municipality."""
    return phrase.replace("esta Municipalidad", f"{body.short}").replace(
        "La Municipalidad", body.short
    )


def _bodies(
    draw: st.DrawFn, items: list[Item], today: dt.date, site: _Site, seen: set[str]
) -> list[_Body]:
    """The municipality and 1–3 other bodies of its town, each other body's items drawn on their
    own (often current where the municipality's are not), their documents served by the site."""
    towns = [(str(t), [str(k) for k in keys]) for t, keys in _w("site", "towns")]
    keys = next(k for t, k in towns if t == site.town)
    chosen = draw(
        st.lists(st.sampled_from(keys), min_size=1, max_size=min(3, len(keys)), unique=True)
    )
    own = _Body("municipalidad", site.name, site.name, "municipalidad", "", items, own=True)
    out = [own]
    for key in chosen:
        short = _b(key, "short")
        body = _Body(key, _b(key, "name"), short, _slug(short), _b(key, "about"))
        prefix = draw(st.booleans())
        for mine in items:
            if draw(st.integers(0, 9)) >= 7:
                continue
            forced = "ok" if mine.truth != "ok" and draw(st.integers(0, 2)) < 2 else None
            theirs = draw(_item(mine.numeral, "table", today, forced))
            if theirs.truth == "missing":
                continue
            theirs.phrase = _phrase_for(body, theirs.phrase)
            for doc in theirs.docs:
                doc.path = unique(
                    f"/files/{body.slug}/{theirs.numeral:02d}/{doc.path.rsplit('/', 1)[1]}", seen
                )
                if prefix:
                    doc.name = f"{short} - {doc.name}"
                if doc.ok:
                    site.routes[doc.path] = Resource(
                        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
                        content_type="application/pdf",
                        last_modified=_stamp(doc.modified),
                    )
            body.items.append(theirs)
        out.append(body)
    return out


def _order(draw: st.DrawFn, bodies: list[_Body]) -> tuple[list[_Body], str]:
    """The bodies in the order the site lists them: the municipality first, at a drawn place, or
    all in alphabetical order of their names."""
    how = draw(st.sampled_from(["primero", "posicion", "alfabetico"]))
    own, others = bodies[0], bodies[1:]
    if how == "primero":
        ordered = [own, *others]
    elif how == "posicion":
        at = draw(st.integers(0, len(others)))
        ordered = [*others[:at], own, *others[at:]]
    else:
        ordered = sorted(bodies, key=lambda b: b.name)
    return ordered, f"{how}{ordered.index(own)}"


def _notes(portal: ExamPortal, bodies: list[_Body], how: str) -> None:
    """Every municipal item's note: how the site was laid out and what the others publish."""
    for item in portal.items:
        others = []
        for body in bodies[1:]:
            theirs = next((i for i in body.items if i.numeral == item.numeral), None)
            if theirs is None:
                others.append(f"{body.short}=-")
                continue
            newest = max((d.modified for d in theirs.docs if d.modified), default=None)
            when = f"@{newest.isoformat()}" if newest else ""
            others.append(f"{body.short}={theirs.truth}{when}")
        portal.notes[item.numeral] = f"{how}/{item_rhythm(item)} otros: {', '.join(others)}"


def _docs_list(item: Item) -> str:
    rows = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
    return f"<ul>{rows}</ul>" if rows else ""


def _item_body(item: Item) -> str:
    return paragraphs(item_words(item)) + _docs_list(item)


def _heading(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


def _opening(body: _Body) -> str:
    """The section's opening sentence, naming whose section it is."""
    article = "el" if body.key in ("jam", "comude") else "la"
    who = f"{article} {body.name}" + ("" if body.own or body.key == "jam" else f" ({body.short})")
    return f"<p>{_e(str(_w('site', 'opening')).format(body=who))}</p>"


def _menu(links: Sequence[tuple[str, str]], css: str = "main-menu") -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<nav class="{css}"><ul>{rows}</ul></nav>'


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    towns = [str(t) for t, _keys in _w("site", "towns")]
    town = draw(st.sampled_from(towns))
    return _Site(town, str(_w("site", "name")).format(town=town), today)


def _home(site: _Site, links: Sequence[tuple[str, str]]) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = "".join(f'<p><a href="{_e(h)}">{_e(t)}</a></p>' for t, h in links)
    main += '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    site.put("/", site.name, main, None)


def _own_name(draw: st.DrawFn, site: _Site) -> str:
    return str(draw(st.sampled_from(_w("site", "own_menu")))).format(name=site.name)


# -- submenus -----------------------------------------------------------------------------------


def _submenus(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    seen = {d.path for i in items for d in i.docs}
    bodies = _bodies(draw, items, today, site, seen)
    ordered, order = _order(draw, bodies)
    pattern = str(draw(st.sampled_from(_w("submenus", "paths"))))
    own_word = _own_name(draw, site)
    menu_word = str(_w("site", "menu"))
    titled = draw(st.sampled_from(["nombre", "sin-nombre", "mixto"]))
    index_title = str(draw(st.sampled_from(_w("site", "index_titles"))))

    def base(body: _Body) -> str:
        return pattern.format(slug=body.slug)

    def entry(body: _Body) -> str:
        return own_word if body.own else body.name

    parent = base(bodies[0]) if draw(st.booleans()) else "#"
    sub = "".join(f'<li><a href="{_e(base(b))}">{_e(entry(b))}</a></li>' for b in ordered)
    site.nav = (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(str(_w("site", "home")))}</a></li>'
        f'<li class="menu-item-has-children"><a href="{_e(parent)}">{_e(menu_word)}</a>'
        f'<ul class="sub-menu">{sub}</ul></li>'
        f'<li><a href="/noticias/">{_e(str(_w("site", "news")))}</a></li></ul></nav>'
    )
    numeral_title = str(_w("submenus", "numeral_title"))
    for body in ordered:
        index = base(body)
        sep = "" if index.endswith("/") else "/"
        links = []
        for item in _present(body.items):
            page = f"{index}{sep}numeral-{item.numeral}" + ("/" if sep == "" else "")
            links.append((item.label, page))
            named = titled == "nombre" or (titled == "mixto" and draw(st.booleans()))
            if draw(st.booleans()):
                title, lead = item.label, ""
            else:
                title = numeral_title.format(n=item.numeral)
                lead = f"<p>{_e(item.label)}</p>"
            if named:
                title = f"{body.short} - {title}"
            crumbs = [(menu_word, ""), (entry(body), index), (title, "")]
            site.put(page, title, lead + _item_body(item), crumbs)
        main = (
            f"<h2>{_e(body.name)}</h2>{_opening(body)}"
            + "<ul class='list-numerales'>"
            + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
            + "</ul>"
        )
        site.put(
            index, f"{index_title} - {entry(body)}", main, [(menu_word, ""), (entry(body), "")]
        )
    _home(site, [(menu_word, base(bodies[0]))])
    _notes(portal, bodies, f"submenus/{pattern}/{order}/titulo={titled}")
    return site.routes


# -- una-pagina ---------------------------------------------------------------------------------


def _una(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    seen = {d.path for i in items for d in i.docs}
    bodies = _bodies(draw, items, today, site, seen)
    ordered, order = _order(draw, bodies)
    title = str(draw(st.sampled_from(_w("una", "title"))))
    path = draw(st.sampled_from(["/informacion-publica/", "/transparencia/", "/laip/"]))
    style = draw(st.sampled_from(["plano", "indice", "pestanas", "detalles"]))
    heading_form = str(draw(st.sampled_from(_w("una", "section"))))
    tag = draw(st.sampled_from(["h3", "h4", "strong"]))
    site.nav = _menu(
        [
            (str(_w("site", "home")), "/"),
            (str(_w("site", "menu")), path),
            (str(_w("site", "news")), "/noticias/"),
        ]
    )
    sections: list[tuple[_Body, str, str]] = []
    for body in ordered:
        head = heading_form.format(body=body.name, short=body.short)
        inner = _opening(body) + "".join(
            _heading(tag, item.label) + _item_body(item) for item in _present(body.items)
        )
        sections.append((body, head, inner))
    if style in ("plano", "indice"):
        parts = [
            f'<section id="{b.slug}"><h2>{_e(h)}</h2>{inner}</section>' for b, h, inner in sections
        ]
        toc = ""
        if style == "indice":
            rows = "".join(f'<li><a href="#{b.slug}">{_e(h)}</a></li>' for b, h, _i in sections)
            toc = f'<div class="toc"><p>{_e(str(_w("una", "contents")))}</p><ul>{rows}</ul></div>'
        main = toc + "".join(parts)
    elif style == "pestanas":
        tabs = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if n == 0 else ""}" '
            f'data-toggle="tab" href="#tab-{b.slug}">{_e(b.short)}</a></li>'
            for n, (b, _h, _i) in enumerate(sections)
        )
        panes = "".join(
            f'<div class="tab-pane fade{" show active" if n == 0 else ""}" id="tab-{b.slug}">'
            f"<h2>{_e(h)}</h2>{inner}</div>"
            for n, (b, h, inner) in enumerate(sections)
        )
        main = f'<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div>'
    else:
        main = "".join(
            f"<details{' open' if n == 0 else ''}><summary>{_e(h)}</summary>{inner}</details>"
            for n, (_b, h, inner) in enumerate(sections)
        )
    site.put(path, title, main, [(title, "")])
    _home(site, [(title, path)])
    _notes(portal, bodies, f"una-pagina/{style}/{order}/{heading_form}")
    return site.routes


# -- dependencias -------------------------------------------------------------------------------


def _table(draw: st.DrawFn, body: _Body, today: dt.date) -> str:
    """The body's items as the generator's table: number, item, documents, "actualizado"."""
    head = "".join(f"<th>{_e(h)}</th>" for h in _w("dependencias", "table"))
    rows = [f"<tr>{head}</tr>"]
    for item in _present(body.items):
        number = str(item.numeral) if draw(st.booleans()) else f"{item.numeral:02d}"
        name = item.plain if draw(st.booleans()) else item.label
        if item.docs:
            cell = " ".join(f'<a href="{_e(d.path)}">{_e(d.name)}</a>' for d in item.docs)
        else:
            cell = _e(item.phrase)
        newest = max((d.modified for d in item.docs if d.modified), default=None)
        when = ""
        if newest is not None and item.truth in ("ok", "outdated", "broken"):
            when = f"actualizado {day_month_year(min(newest, today))}"
        rows.append(f"<tr><td>{number}</td><td>{_e(name)}</td><td>{cell}</td><td>{when}</td></tr>")
    return f"<table class='transparencia'>{''.join(rows)}</table>"


def _dependencias(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    seen = {d.path for i in items for d in i.docs}
    bodies = _bodies(draw, items, today, site, seen)
    deps_title = str(draw(st.sampled_from(_w("dependencias", "titles"))))
    own_path = draw(st.sampled_from(["/informacion-publica/", "/transparencia/"]))
    menu_word = str(_w("site", "menu"))
    site.nav = _menu(
        [
            (str(_w("site", "home")), "/"),
            (menu_word, own_path),
            (deps_title, "/dependencias/"),
            (str(_w("site", "news")), "/noticias/"),
        ]
    )
    index_title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    own = bodies[0]
    site.put(
        own_path,
        index_title,
        _opening(own) + _table(draw, own, today),
        [(menu_word, "")],
    )
    where = draw(st.sampled_from(["en-pagina", "sub-pagina", "mixto"]))
    more = str(_w("dependencias", "more"))
    section = str(_w("dependencias", "section"))
    cards = []
    for body in bodies[1:]:
        page = f"/dependencias/{body.slug}/"
        cards.append(
            f'<div class="card"><h3><a href="{page}">{_e(body.name)} ({_e(body.short)})</a></h3>'
            f'<p>{_e(body.about[:120])}…</p><a class="btn" href="{page}">{_e(more)}</a></div>'
        )
        crumbs = [(deps_title, "/dependencias/"), (body.name, "")]
        intro = f"<h2>{_e(str(_w('dependencias', 'nature')))}</h2><p>{_e(body.about)}</p>"
        sub = where == "sub-pagina" or (where == "mixto" and draw(st.booleans()))
        table = _opening(body) + _table(draw, body, today)
        if sub:
            sub_path = f"{page}informacion-publica/"
            site.put(
                page, body.name, intro + f'<p><a href="{sub_path}">{_e(section)}</a></p>', crumbs
            )
            site.put(
                sub_path,
                f"{section} - {body.short}",
                table,
                [(deps_title, "/dependencias/"), (body.name, page), (section, "")],
            )
        else:
            site.put(page, body.name, intro + f"<h2>{_e(section)}</h2>" + table, crumbs)
    site.put("/dependencias/", deps_title, "".join(cards), [(deps_title, "")])
    _home(site, [(menu_word, own_path), (deps_title, "/dependencias/")])
    _notes(portal, bodies, f"dependencias/{where}/{own_path}")
    return site.routes


# -- biblioteca ---------------------------------------------------------------------------------


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    seen = {d.path for i in items for d in i.docs}
    bodies = _bodies(draw, items, today, site, seen)
    ordered, order = _order(draw, bodies)
    root_title = str(draw(st.sampled_from(_w("biblioteca", "root"))))
    root = str(draw(st.sampled_from(_w("biblioteca", "path"))))
    years = draw(st.sampled_from(["archivos", "anios", "mixto"]))
    own_word = _own_name(draw, site)
    lag = draw(st.integers(1, 12))
    site.nav = _menu(
        [
            (str(_w("site", "home")), "/"),
            (str(_w("site", "menu")), root),
            (str(_w("site", "news")), "/noticias/"),
        ]
    )
    folder_word = str(_w("biblioteca", "folder"))
    header = "".join(f"<th>{_e(h)}</th>" for h in _w("biblioteca", "header"))
    download = str(_w("biblioteca", "download"))
    none = str(_w("biblioteca", "none"))
    number = draw(st.integers(10, 80))

    def folders(rows: Sequence[tuple[str, str]]) -> str:
        cells = "".join(
            f'<tr><td><a href="{_e(h)}">{_e(t)}</a></td><td>{_e(folder_word)}</td></tr>'
            for t, h in rows
        )
        return f"<table class='categorias'>{cells}</table>"

    def files(docs: Sequence[Doc]) -> str:
        cells = []
        for doc in docs:
            day = uploaded(doc, today, lag) if doc.modified else today
            size = f"{120 + len(doc.name) * 7} KB"
            cells.append(
                f"<tr><td>{_e(doc.name)}</td><td>{day_month_year(day)}</td><td>{size}</td>"
                f'<td><a href="{_e(doc.path)}">{_e(download)}</a></td></tr>'
            )
        return f"<table class='archivos'><tr>{header}</tr>{''.join(cells)}</table>"

    body_rows = []
    for body in ordered:
        number += 1
        name = own_word if body.own else body.name
        body_path = f"{root}{number}-{body.slug}/"
        body_rows.append((name, body_path))
        crumbs_body = [(root_title, root), (name, body_path)]
        numeral_rows = []
        for item in _present(body.items):
            number += 1
            path = f"{body_path}{number}-{item.numeral:02d}-{_slug(item.plain)[:30]}/"
            numeral_rows.append((item.label, path))
            words = paragraphs(item_words(item))
            split = years == "anios" or (years == "mixto" and draw(st.booleans()))
            dated = [d for d in item.docs if d.modified]
            if not item.docs:
                content = words + f"<p class='vacio'>{_e(none)}</p>"
            elif split and len(dated) == len(item.docs):
                by_year: dict[int, list[Doc]] = {}
                for doc in item.docs:
                    assert doc.modified is not None
                    by_year.setdefault(doc.modified.year, []).append(doc)
                year_rows = []
                for year in sorted(by_year, reverse=True):
                    year_path = f"{path}{year}/"
                    year_rows.append((str(year), year_path))
                    site.put(
                        year_path,
                        str(year),
                        files(by_year[year]),
                        [*crumbs_body, (item.label, path), (str(year), "")],
                    )
                content = words + folders(year_rows)
            else:
                content = words + files(item.docs)
            site.put(path, item.label, content, [*crumbs_body, (item.label, "")])
        site.put(body_path, name, folders(numeral_rows), [(root_title, root), (name, "")])
    site.put(root, root_title, folders(body_rows), [(root_title, "")])
    _home(site, [(root_title, root)])
    _notes(portal, bodies, f"biblioteca/{root}/{order}/{years}")
    return site.routes


# -- the strategy ---------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "submenus": _submenus,
    "una-pagina": _una,
    "dependencias": _dependencias,
    "biblioteca": _biblioteca,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 33 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
