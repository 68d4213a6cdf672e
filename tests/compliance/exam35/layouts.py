"""Thirty-fifth exam: four portal layouts whose theme is THE REAL PLATFORMS OF GUATEMALAN
MUNICIPAL PORTALS, each reproduced from stored pages of real portals, with the truth of every
section.

Items (truth, labels, law text, documents, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``, through ``kit.exam_portal``); each layout lays
them out the way the platform it follows does, with drawn variation (which items have documents,
their periods, the order of years, optional blocks). Wording and the addresses each layout follows
are in ``wording.toml``; what the stored text did not show is marked ADAPTED there. Layouts:

* ``laip-gt``: the INFOM / ANAM / GIZ "Portal Estándar de Transparencia para Gobiernos Locales"
  ("Plataforma Municipal de Transparencia", ``<muni>.laip.gt``, Joomla): a menu "Información
  Pública" whose entries ("8. Ejecución Presupuestaria", "Numeral 8" or the item's label) lead
  to a page per numeral at ``/index.php/<numeral>-<alias>`` (or under
  ``/index.php/informacion-publica/``) whose body is the law's text of the numeral, then the
  item's documents (a list under "Documentos" or a "Documento | Descargar" table); monthly
  documents sometimes named "Numeral 8 MES DE OCTUBRE-2,026". The platform creates every
  numeral's page, so most numerals the municipality never filled show the law's text only (truth
  empty; the generator's "missing" item is turned into that page three times in four). A
  "La Municipalidad" menu ("Secretaría Municipal"), a "Solicitudes en línea" page and the "Acerca
  de" module describing the platform on every page.
* ``masagua``: one WordPress post (``/?p=4479`` or a permalink) "PORTAL WEB DE TRANSPARENCIA
  INSTITUCIONAL COMO SUJETOS OBLIGADOS." holding "Información Pública de Oficio correspondiente al
  Año 2026": per item a "08 - Ejecución Presupuestaria" heading, the law's text, then its
  documents each followed by its size ("(737Kb)", "(19,7 MB)"); numeral 1's documents under
  Masagua's sub-headings, lists sometimes opened by an empty bullet; the post's date and a "Entradas
  recientes" sidebar.
* ``palestina``: one WordPress page "Información Publica" / "Articulo 10 de la ley …" whose items
  are headed only by the law's own words (no number), as headings or Elementor toggles; under each,
  numeral 1's "NOTA", then the documents grouped under year headings ("2026", newest or oldest
  first), in capitals or not. Above the items the unit's block links the law itself (a PDF that is
  no item), the officer's page and a mail address.
* ``sanarate``: a portal of its own for the year's information (``laip2024.<muni>.gob.gt``): its
  home "Información Publica" / town / year, the opening, "OBJETIVOS:", then the Article 10 numerals
  ("Numeral 8" or "8. Ejecución Presupuestaria"), each a page with the item's name, sometimes the
  law's text, and a "No. | Documento | Fecha de publicación | Descargar" table (or a list with
  "Publicado el …"); the dates are when each file was put on the site.

The truth is the generator's: what the served site shows a careful citizen (the law's text alone is
no content; a document's period is in its name, a year heading or a "MES DE …-2,026" title).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    paragraphs,
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
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    item_words,
)

LAYOUTS = ("laip-gt", "masagua", "palestina", "sanarate")
EXAM35: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_OPENING = str(WORDING["article"]["opening"]["text"])  # the law's Article 10 opening
_INNER = {
    "laip-gt": "joomla",
    "masagua": "wordpress",
    "palestina": "wordpress",
    "sanarate": "wordpress",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM35[section][key]["text"]


def _law(item: Item) -> str:
    return str(ITEMS[item.numeral]["law"]["text"])


def _town(draw: st.DrawFn) -> tuple[str, str, str]:
    """(town, department, "Municipalidad de <town>")."""
    town, department = draw(st.sampled_from([(str(t), str(d)) for t, d in _w("site", "towns")]))
    return town, department, str(_w("site", "name")).format(town=town)


def _page(
    title: str, name: str, nav: str, body: str, footer: str, *, aside: str = "", head: str = ""
) -> Resource:
    """A page of the site: its name and menu, the content in ``<main>``, a sidebar, the footer."""
    html = (
        f"<!doctype html><html lang='es-gt'><head><meta charset='utf-8'><title>{_e(title)} - "
        f"{_e(name)}</title></head><body><header class='site-header'>"
        f"<p class='site-title'><a href='/'>{_e(name)}</a></p>{nav}</header>{head}"
        f"<div class='container'><main>{body}</main>{aside}</div>"
        f"<footer class='site-footer'>{footer}</footer></body></html>"
    )
    return Resource(html.encode("utf-8"))


def _menu(entries: Sequence[tuple[str, str, str]], css: str = "nav menu") -> str:
    """A menu of (text, address, sub-menu HTML) entries."""
    rows = []
    for text, href, sub in entries:
        parent = ' class="deeper parent"' if sub else ""
        rows.append(f'<li{parent}><a href="{_e(href)}">{_e(text)}</a>{sub}</li>')
    return f'<nav class="main-menu"><ul class="{css}">{"".join(rows)}</ul></nav>'


def _submenu(links: Sequence[tuple[str, str]]) -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<ul class="nav-child unstyled small">{rows}</ul>'


def _rights(town: str, department: str) -> str:
    return f"<p>{_e(str(_w('site', 'rights')).format(town=town, department=department))}</p>"


def _news_link() -> str:
    """The generator's news item (its page is added by the noise)."""
    return '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'


def _lags(draw: st.DrawFn, item: Item) -> list[int]:
    """Days between each document's period and its upload (a week to a month)."""
    return [draw(st.integers(3, 28)) for _ in item.docs]


def _note(portal: ExamPortal, item: Item, layout: str, *parts: str) -> None:
    portal.notes[item.numeral] = "/".join([layout, *parts, item_rhythm(item)])


# -- laip-gt: the Portal Estándar de Transparencia para Gobiernos Locales ------------------------


def _laip_name(item: Item, form: str) -> str:
    """The menu entry and page title of a numeral on the platform."""
    if form == "punto":
        return f"{item.numeral}. {item.plain}"
    if form == "numeral":
        return str(_w("laip", "numeral_label")).format(numeral=item.numeral)
    return item.label


def _flores_name(doc: Doc, numeral: int) -> str:
    """A monthly document named as the Flores report is: "Numeral 8 MES DE OCTUBRE-2,026"."""
    assert doc.modified is not None
    return str(_w("laip", "month_document")).format(
        numeral=numeral,
        MONTH=MESES[doc.modified.month - 1].upper(),
        year_comma=f"{doc.modified.year:,}",
    )


def _laip(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    town, department, name = _town(draw)
    about = str(draw(st.sampled_from(_w("laip", "about"))))
    path_form = str(draw(st.sampled_from(_w("laip", "menu_path"))))
    name_form = draw(st.sampled_from(["punto", "numeral", "etiqueta"]))
    docs_form = draw(st.sampled_from(["lista", "tabla"]))
    flores = draw(st.booleans())
    category = draw(st.booleans())
    aliases = [str(a) for a in _w("laip", "aliases")]
    for item in items:
        if item.truth == "missing" and draw(st.integers(0, 3)) > 0:
            # The platform's own page of a numeral nobody filled: the law's text and nothing else.
            item.truth, item.law_text = "empty", _law(item)
    seen: set[str] = set()
    pages: list[tuple[Item, str, str]] = []
    for item in _present(items):
        for doc in item.docs:
            if flores and item_rhythm(item) == "monthly":
                doc.name = _flores_name(doc, item.numeral)
            doc.path = unique(
                str(_w("laip", "files_path")).format(
                    numeral=item.numeral, file=file_stem(doc.name)
                ),
                seen,
            )
        path = path_form.format(numeral=item.numeral, alias=aliases[item.numeral - 1])
        pages.append((item, path, _laip_name(item, name_form)))
    menu_word = str(_w("laip", "menu"))
    info_path = "/index.php/informacion-publica" if category else "#"
    solicitudes = (str(_w("laip", "solicitudes")), str(_w("laip", "solicitudes_path")))
    secretaria = (str(_w("laip", "secretaria")), str(_w("laip", "secretaria_path")))
    nav = _menu(
        [
            (str(_w("site", "home")), "/", ""),
            (str(_w("laip", "municipalidad")), "#", _submenu([secretaria])),
            (menu_word, info_path, _submenu([(t, p) for _i, p, t in pages] + [solicitudes])),
            (str(_w("site", "uip")), "/unidad-de-informacion-publica/", ""),
            (str(_w("site", "news")), "/noticias/", ""),
        ]
    )
    aside = (
        '<aside class="sidebar"><div class="moduletable"><h3>'
        f"{_e(str(_w('laip', 'about_title')))}</h3><p>{_e(about)}</p></div></aside>"
    )
    footer = _rights(town, department)
    routes: Routes = {}

    def put(path: str, title: str, body: str) -> None:
        routes[path] = _page(title, name, nav, f"<h1>{_e(title)}</h1>{body}", footer, aside=aside)

    for item, path, title in pages:
        body = f'<div class="item-page"><p>{_e(_law(item))}</p>'
        body += paragraphs(item_words(item, law=False))
        if item.docs and docs_form == "lista":
            rows = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
            body += f"<h3>{_e(str(_w('laip', 'documents')))}</h3><ul>{rows}</ul>"
        elif item.docs:
            head = "".join(f"<th>{_e(h)}</th>" for h in _w("laip", "table"))
            download = _e(str(_w("laip", "table")[1]))
            rows = "".join(
                f'<tr><td>{_e(d.name)}</td><td><a href="{_e(d.path)}">{download}</a></td></tr>'
                for d in item.docs
            )
            body += f'<table class="table"><thead><tr>{head}</tr></thead>'
            body += f"<tbody>{rows}</tbody></table>"
        put(path, title, body + "</div>")
        _note(portal, item, "laip", f"{name_form}-{docs_form}", "flores" if flores else "nombres")
    for item in items:
        if item.truth in ("missing", "unknown"):
            _note(portal, item, "laip", "sin-menu")
    if category:
        links = "".join(f'<li><a href="{_e(p)}">{_e(t)}</a></li>' for _i, p, t in pages)
        opening = _OPENING
        put(info_path, menu_word, f"<p>{_e(opening)}</p><ul class='list-numerales'>{links}</ul>")
    put(secretaria[1], secretaria[0], f"<p>{_e(str(_w('laip', 'secretaria_text')))}</p>")
    put(
        solicitudes[1],
        solicitudes[0],
        f"<p>{_e(str(WORDING['uip']['functions']['text']))}</p>",
    )
    welcome = str(_w("laip", "welcome")).format(name=name)
    put("/", name, f"<p>{_e(welcome)}</p>{_news_link()}")
    return routes


# -- masagua: one WordPress post for the whole year ------------------------------------------------


def _size(draw: st.DrawFn) -> str:
    kb = draw(st.integers(40, 25000))
    form = str(draw(st.sampled_from(_w("masagua", "size"))))
    mb = f"{kb / 1024:.1f}".replace(".", ",")
    return form.format(kb=kb, kb_comma=f"{kb:,}", mb=mb)


def _wp_path(doc: Doc, today: dt.date, lag: int, seen: set[str]) -> str:
    """Where WordPress keeps an upload: the year and month it was put on the site."""
    up = uploaded(doc, today, lag)
    return unique(f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen)


def _es_date(day: dt.date) -> str:
    """WordPress es_ES's default date format: "8 de enero de 2026"."""
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


def _masagua(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    town, department, name = _town(draw)
    year = today.year if today.month > 1 else draw(st.sampled_from([today.year - 1, today.year]))
    path = str(draw(st.sampled_from(_w("masagua", "paths")))).format(
        id=draw(st.integers(1200, 9999))
    )
    tag = draw(st.sampled_from(["h3", "h4", "strong"]))
    empty_bullet = draw(st.booleans())
    groups = [str(g) for g in _w("masagua", "groups")]
    grouped = draw(st.booleans())
    seen: set[str] = set()
    parts = [
        f"<p>{_e(str(_w('masagua', 'welcome')).format(name=name, year=year))}</p>",
        f"<p><strong>{_e(str(_w('masagua', 'law')))}</strong></p>",
        f"<p><strong>{_e(str(_w('masagua', 'article')))}</strong></p>",
        f"<p>{_e(_OPENING)}</p>",
        f"<h2>{_e(str(_w('masagua', 'year_heading')).format(year=year))}</h2>",
    ]
    for item in _present(items):
        heading = str(_w("masagua", "item_heading")).format(numeral=item.numeral, label=item.plain)
        if tag == "strong":
            parts.append(f"<p><strong>{_e(heading)}</strong></p>")
        else:
            parts.append(f"<{tag}>{_e(heading)}</{tag}>")
        parts.append(f"<p>{_e(_law(item))}</p>" + paragraphs(item_words(item, law=False)))
        rows = ""
        for doc, lag in zip(item.docs, _lags(draw, item), strict=True):
            doc.path = _wp_path(doc, today, lag, seen)
            rows += f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a> {_e(_size(draw))}</li>'
        opened = empty_bullet and draw(st.booleans())
        if rows and opened:
            rows = "<li></li>" + rows
        if item.numeral == 1 and grouped:
            # Masagua's numeral 1: the files under its first sub-heading, the last one empty.
            parts.append(f"<p><strong>{_e(groups[0])}</strong></p><ul>{rows}</ul>" if rows else "")
            parts.append(f"<p><strong>{_e(groups[2])}</strong></p><ul><li></li></ul>")
        elif rows:
            parts.append(f"<ul>{rows}</ul>")
        _note(portal, item, "masagua", tag, "vacia" if opened else "lista")
    posted_on = dt.date(year, draw(st.integers(1, 2)), draw(st.integers(2, 27)))
    posted_on = min(posted_on, today - dt.timedelta(days=1))
    author = str(draw(st.sampled_from(_w("masagua", "authors"))))
    meta = str(_w("masagua", "posted")).format(date=_es_date(posted_on), author=author)
    title = str(_w("masagua", "title"))
    recent = (
        f'<aside class="widget-area"><section class="widget widget_recent_entries"><h2 '
        f'class="widget-title">{_e(str(_w("masagua", "recent")))}</h2><ul>'
        f'<li><a href="/noticias/obra-calle-principal/">Inauguran obra</a></li>'
        f'<li><a href="{_e(path)}">{_e(title)}</a></li></ul></section></aside>'
    )
    nav = _menu(
        [
            (str(_w("site", "home")), "/", ""),
            (str(_w("masagua", "menu")), path, ""),
            (str(_w("site", "uip")), "/unidad-de-informacion-publica/", ""),
            (str(_w("site", "news")), "/noticias/", ""),
        ],
        css="menu",
    )
    footer = _rights(town, department)
    body = (
        f'<article class="post type-post"><h1 class="entry-title">{_e(title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on">{_e(meta)}</span></div>'
        f'<div class="entry-content">{"".join(parts)}</div></article>'
    )
    routes: Routes = {path: _page(title, name, nav, body, footer, aside=recent)}
    home = f'<h2><a href="{_e(path)}">{_e(title)}</a></h2>{_news_link()}'
    routes["/"] = _page(name, name, nav, home, footer, aside=recent)
    return routes


# -- palestina: a WordPress page whose items are headed by the law's words -------------------------


def _palestina(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    town, department, name = _town(draw)
    container = draw(st.sampled_from(["h3", "h4", "strong", "toggle"]))
    toggle = str(draw(st.sampled_from(_w("palestina", "toggle"))))
    newest_first = draw(st.booleans())
    upper = draw(st.booleans())
    noted = draw(st.booleans())
    seen: set[str] = set()
    email = f"uaip{file_stem(town).lower().replace('-', '')}@gmail.com"
    law_file = str(_w("palestina", "law_file"))
    officer = str(_w("palestina", "officer"))
    officer_path = str(_w("palestina", "officer_path"))
    contact = str(_w("palestina", "contact")).format(email=email)
    parts = [
        f"<h2>{_e(str(_w('palestina', 'subtitle')))}</h2>",
        f"<p>{_e(str(_w('palestina', 'opening')).format(name=name, department=department))}</p>",
        f"<p>{_e(str(_w('palestina', 'request')))}</p>",
        f"<p><strong>{_e(str(_w('palestina', 'unit')))}</strong></p>",
        f'<ul><li><a href="{_e(law_file)}">{_e(str(_w("palestina", "law_link")))}</a></li>'
        f'<li><a href="{_e(officer_path)}">{_e(officer)}</a></li>'
        f'<li><a href="mailto:{_e(email)}">{_e(contact)}</a></li></ul>',
    ]
    for item in _present(items):
        inner = ""
        if item.numeral == 1 and noted:
            inner += f"<p>{_e(str(_w('palestina', 'note')))}</p>"
        inner += paragraphs(item_words(item, law=False))
        for doc, lag in zip(item.docs, _lags(draw, item), strict=True):
            if upper:
                doc.name = doc.name.upper()
            doc.path = _wp_path(doc, today, lag, seen)
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=newest_first)
        for year in years:
            inner += f"<h5>{year}</h5>"
            if item.numeral == 1:
                inner += f"<h6>{_e(str(_w('palestina', 'group')))}</h6>"
            rows = "".join(
                f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>'
                for d in item.docs
                if d.modified and d.modified.year == year
            )
            inner += f"<ul>{rows}</ul>"
        head = _law(item)
        if container == "toggle":
            parts.append(
                f'<div class="elementor-toggle-item"><div class="{toggle}">'
                f'<a class="elementor-toggle-title" href="#">{_e(head)}</a></div>'
                f'<div class="elementor-tab-content">{inner}</div></div>'
            )
        elif container == "strong":
            parts.append(f"<p><strong>{_e(head)}</strong></p>{inner}")
        else:
            parts.append(f"<{container}>{_e(head)}</{container}>{inner}")
        order = "recientes" if newest_first else "antiguos"
        _note(portal, item, "palestina", container, order, "mayusculas" if upper else "nombres")
    title = str(_w("palestina", "title"))
    nav = _menu(
        [
            (str(_w("site", "home")), "/", ""),
            (title, "/informacion-publica/", ""),
            (str(_w("site", "uip")), "/unidad-de-informacion-publica/", ""),
            (str(_w("site", "news")), "/noticias/", ""),
        ],
        css="menu",
    )
    footer = _rights(town, department)
    routes: Routes = {
        "/informacion-publica/": _page(
            title, name, nav, f"<h1>{_e(title)}</h1>{''.join(parts)}", footer
        ),
        officer_path: _page(
            officer,
            name,
            nav,
            f"<h1>{_e(officer)}</h1><p>{_e(str(_w('palestina', 'unit')))}</p>"
            f'<p><a href="mailto:{_e(email)}">{_e(contact)}</a></p>',
            footer,
        ),
        law_file: Resource(
            b"%PDF-1.4 Decreto 57-2008 Ley de Acceso a la Informacion Publica" + b" " * 200,
            content_type="application/pdf",
            last_modified=dt.datetime(2023, 3, 14, 12).timestamp(),
        ),
        "/": _page(
            name,
            name,
            nav,
            f'<p><a href="/informacion-publica/">{_e(title)}</a></p>' + _news_link(),
            footer,
        ),
    }
    return routes


# -- sanarate: a host of its own for the year's information ----------------------------------------


def _sanarate(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    town, department, name = _town(draw)
    year = today.year
    path_form = str(draw(st.sampled_from(_w("sanarate", "paths"))))
    entry_form = draw(st.sampled_from(["numeral", "punto"]))
    docs_form = draw(st.sampled_from(["tabla", "lista"]))
    law_shown = draw(st.booleans())
    seen: set[str] = set()
    header = [str(h) for h in _w("sanarate", "table")]
    nav = _menu(
        [
            (str(_w("site", "home")), "/", ""),
            (str(_w("site", "uip")), "/unidad-de-informacion-publica/", ""),
            (str(_w("site", "news")), "/noticias/", ""),
        ],
        css="menu",
    )
    footer = _rights(town, department)
    routes: Routes = {}
    links = []
    for item in _present(items):
        path = path_form.format(numeral=item.numeral)
        numeral_title = str(_w("sanarate", "numeral")).format(numeral=item.numeral)
        entry = numeral_title if entry_form == "numeral" else f"{item.numeral}. {item.plain}"
        links.append(f'<li><a href="{_e(path)}">{_e(entry)}</a></li>')
        body = f"<h1>{_e(numeral_title)}</h1><h2>{_e(item.plain)}</h2>"
        if law_shown:
            body += f"<p>{_e(_law(item))}</p>"
        body += paragraphs(item_words(item, law=False))
        rows = []
        for number, (doc, lag) in enumerate(zip(item.docs, _lags(draw, item), strict=True), 1):
            up = uploaded(doc, today, lag)
            doc.path = unique(
                str(_w("sanarate", "files_path")).format(
                    year=up.year, numeral=item.numeral, file=file_stem(doc.name)
                ),
                seen,
            )
            if docs_form == "tabla":
                rows.append(
                    f"<tr><td>{number}</td><td>{_e(doc.name)}</td><td>{day_month_year(up)}</td>"
                    f'<td><a href="{_e(doc.path)}">{_e(header[3])}</a></td></tr>'
                )
            else:
                when = str(_w("sanarate", "published")).format(date=day_month_year(up))
                link = f'<a href="{_e(doc.path)}">{_e(doc.name)}</a>'
                rows.append(f"<li>{link} <small>{_e(when)}</small></li>")
        if docs_form == "tabla" and (rows or draw(st.booleans())):
            head = "".join(f"<th>{_e(h)}</th>" for h in header)
            body += f'<table class="table"><thead><tr>{head}</tr></thead><tbody>'
            body += "".join(rows) + "</tbody></table>"
        elif rows:
            body += f"<ul>{''.join(rows)}</ul>"
        routes[path] = _page(numeral_title, name, nav, body, footer)
        _note(portal, item, "sanarate", entry_form, docs_form, "ley" if law_shown else "sin-ley")
    objectives = "".join(
        f"<li>{_e(str(o).format(name=name, department=department))}</li>"
        for o in _w("sanarate", "objectives")
    )
    title = str(_w("sanarate", "title"))
    home = (
        f"<h1>{_e(title)}</h1><p class='municipio'>{_e(town)}</p><p class='anio'>{year}</p>"
        f"<p>{_e(str(_w('sanarate', 'opening')).format(name=name, department=department))}</p>"
        f"<p>{_e(str(_w('sanarate', 'request')))}</p>"
        f"<p><strong>{_e(str(_w('sanarate', 'objectives_title')))}</strong></p>"
        f"<ul>{objectives}</ul><h2 id='articulo-10'>{_e(str(_w('sanarate', 'article')))}</h2>"
        f"<ul class='numerales'>{''.join(links)}</ul>{_news_link()}"
    )
    routes["/"] = _page(title, name, nav, home, footer)
    return routes


_BUILDERS = {
    "laip-gt": _laip,
    "masagua": _masagua,
    "palestina": _palestina,
    "sanarate": _sanarate,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 35 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
