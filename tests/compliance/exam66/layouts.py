"""Sixty-sixth exam: four portal layouts whose theme is EVERY SUJETO OBLIGADO BEYOND
MUNICIPALITIES (decentralised and autonomous bodies), reproduced from real Guatemalan sites, with
the truth of every section.

Each layout reproduces the Article 10 section of one body that handles public funds without being
a municipality, a ministry, a court or the Congress (exams 16, 33, 35, 49, 53 and 59 did those): the
Confederación Deportiva Autónoma de Guatemala (CDAG), the Banco de Guatemala, the Instituto
Guatemalteco de Turismo's information site and the Consejo Nacional del Deporte's (CONADER), as the
stored pages show them (addresses, headings, the way they name a numeral, where their files sit);
what the stored pages did not show is adapted and marked so in ``wording.toml``. Items (truth,
labels, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); the generator's strings that speak of "la
Municipalidad" (labels, "No aplica" phrases, own texts) are given the body's name instead.

Truth conventions (a careful citizen reading the whole site in a browser): an item is named by its
number with the law's text or the staff's label, or by the LAW'S TEXT ALONE as a page title (CDAG
names no number anywhere); what its page, row or section shows is its own; the law's text alone is
no content, so an item showing nothing else is empty, and "No aplica" / "este numeral no aplica
para …" where the law allows it is not applicable; a month-and-year stamp under an item ("Febrero
2026") dates the page, not a document, and gives an item without documents no content; the same
page served again under a calendar's query (``?date=2026-11-3&t=list``) is the same page; an item's
documents spread over several year pages (INGUAT) are all its own, and a year page that lists an
item without that year's files does not empty it; numbered lists of the law's principles and
objects (CONADER, "1. Máxima Publicidad;") and the bank's confidential-information text ("2. La
expresamente definida …") publish no item; a numeral the site does not show is missing. Layouts:

* ``cdag``: CDAG's WordPress: "/informacion-publica/" → "/informacion-publica/informacion-publica-
  de-oficio/", a list of CHILD PAGES TITLED BY THE LAW'S WHOLE TEXT (as a page list or as bold
  links with the law's text, in numeral order), each page's address the slug of that text; the page
  shows the title, then its files (a list, or paragraphs, under "Año 2026" headings or not), the
  body's own text, its empty phrase or CDAG's "De acuerdo al artículo 10, numeral 24 de la Ley de
  Acceso a la Información Pública, este numeral no aplica para la Confederación Deportiva Autónoma
  de Guatemala por …", then (usually) the month of the update alone; a sidebar calendar links a
  few days of the current month as "?date=Y-M-D&t=list" copies of the same page.
* ``banguat``: the Banco de Guatemala's new site, its page "Índice de la información debidamente
  clasificada …" ("- Información Pública de oficio: … Clic aquí", then the confidential-information
  text quoting numerals 2 and 6 of Article 22 and Article 63) leading to the OLD static site
  through "/inc/ver.asp?id=/info_publica/…htm&e=<n>" (windows-1252, "Guatemala," with the date
  written by a script, "English version", "Ayuda", ``<font>`` and ``<table border=1>``): a table
  "No. | Descripción | Consultar" of the numerals (the law's text or the staff's label), each row's
  "Ver" leading to a numeral page "ARTÍCULO 10, NUMERAL 8" (the bank's sentence, the law's text in
  italics, its files, phrase or text, "Regresar"); in some portals a row of one file links the file
  itself by its name; numeral 27's row leads back to the new site's "Índice de la información
  debidamente clasificada …" page, which IS the bank's index of classified information (numeral 27
  is published there as text, whatever was drawn for it).
* ``inguat``: INGUAT's Unidad de Información Pública, a Joomla site of its own: a menu
  "Información Pública de Oficio" of one page per YEAR OF PUBLICATION ("Artículo 10 2027",
  "Artículo 10 2026", …), each an article holding a "Numeral | Descripción | Documentos" table of
  every numeral with the files put on the site that year (under "/images/PDF/<year>/Articulo10
  <year>/<nn>/", so December's report sits on the next year's page), the current year's row of an
  item without files holding its phrase, text or nothing; an item's documents are the union of its
  rows.
* ``conader``: CONADER's information site: its home "información publica" — "Principios (Artículo
  3 Decreto 57-2008)" and "Objeto de la Ley" as numbered lists, the law's PDFs (Spanish, commented,
  Kaqchikel, K'iche') — then "Información Pública de Oficio – Artículo 10", a list of the numbered
  labels leading to a WordPress page each (the law's text, the phrase or text, the files under
  "Año 2026" headings or not).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    item_rhythm,
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
    Doc,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("cdag", "banguat", "inguat", "conader")
EXAM66: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: pages whose name is the
# law's text (empty items: the law's text or a phrase), numbered pages with the law's text, one
# table, numbered pages with the law's text.
_INNER = {"cdag": "accordion", "banguat": "joomla", "inguat": "table", "conader": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM66[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _wp_slug(text: str) -> str:
    """A title as WordPress's sanitize_title leaves it (no accents, lower case, hyphens, whole)."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "pagina"


def _law(numeral: int) -> str:
    return str(ITEMS[numeral]["law"]["text"])


def _month_year(day: dt.date) -> str:
    return f"{MESES[day.month - 1]} {day.year}"


def _adapt(items: list[Item], section: str, rng: random.Random) -> None:
    """The body's words where the generator speaks of a municipality: labels, "No aplica"
    phrases and the own texts of numerals 1, 2 and 5."""
    short = str(_w(section, "short"))
    for item in items:
        for attr in ("label", "plain"):
            text = getattr(item, attr)
            text = text.replace(
                "la Municipalidad", f"el {short}" if section != "cdag" else "la CDAG"
            )
            setattr(
                item, attr, text.replace("Municipalidad", short).replace("MUNICIPALIDAD", short)
            )
        if item.truth == "not_applicable":
            if section == "cdag":
                reasons = EXAM66["cdag"]["reasons"]
                reason = reasons.get(str(item.numeral), reasons["24"])["text"]
                if rng.random() < 0.75:
                    item.phrase = str(_w("cdag", "not_applicable")).format(
                        n=item.numeral, reason=reason
                    )
                else:
                    item.phrase = "No aplica"
            else:
                item.phrase = rng.choice(list(_w(section, "not_applicable")))
        if item.own_text:
            key = {1: "functions", 2: "address", 5: "vision"}[item.numeral]
            text = str(EXAM66["own"][key]["text"])
            item.own_text = text.format(address=str(_w(section, "footer")).split(" - ")[-1])


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 12)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _by_year(docs: list[Doc]) -> list[tuple[int, list[Doc]]]:
    """Documents grouped by the year of the period they cover, newest year first."""
    years: dict[int, list[Doc]] = {}
    for doc in docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return [(year, years[year]) for year in sorted(years, reverse=True)]


def _how(item: Item) -> str:
    if item.truth == "missing":
        return "ausente"
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _words(item: Item, *, law: bool) -> list[str]:
    texts = [item.law_text if law else "", item.phrase, item.own_text, item.updated]
    return [t for t in texts if t]


def _notes(portal: ExamPortal, layout: str, extra: dict[int, str]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{layout}/{extra.get(item.numeral, '-')}/{item_rhythm(item)}/{_how(item)}"
        )


def _wp_page(
    title: str, site: str, nav: str, content: str, footer: str, *, page_id: int, aside: str = ""
) -> Resource:
    """A WordPress page of a classic theme (content, then the sidebar)."""
    html = (
        f'<!doctype html><html lang="es-GT"><head><meta charset="UTF-8"><title>{_e(title)} &#8211; '
        f'{_e(site)}</title></head><body class="page-template-default page page-id-{page_id}">'
        '<div id="page" class="site"><header id="masthead" class="site-header"><div'
        f' class="site-branding"><p class="site-title"><a href="/" rel="home">{_e(site)}</a></p>'
        f'</div>{nav}</header><div id="content" class="site-content"><main id="main"'
        f' class="site-main"><article id="post-{page_id}" class="post-{page_id} page type-page'
        ' status-publish hentry"><header class="entry-header"><h1 class="entry-title">'
        f'{_e(title)}</h1></header><div class="entry-content">{content}</div></article></main>'
        f'{aside}</div><footer id="colophon" class="site-footer"><div class="site-info">'
        f"{_e(footer)}</div></footer></div></body></html>"
    )
    return Resource(html.encode("utf-8"))


def _wp_nav(words: Sequence[str], target: str, path: str) -> str:
    """The site's main menu: ``target`` leads to ``path``, "Inicio" home, the rest to news."""

    def href(word: str) -> str:
        return path if word == target else "/" if word == "Inicio" else "/noticias/"

    rows = "".join(
        f'<li class="menu-item menu-item-{30 + i}"><a href="{_e(href(w))}">{_e(w)}</a></li>'
        for i, w in enumerate(words)
    )
    return (
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        f"{rows}</ul></nav>"
    )


# -- cdag: a child page per numeral titled by the law's whole text --------------------------------


def _calendar(today: dt.date, page: str, days: Sequence[int]) -> str:
    """A sidebar calendar of today's month whose event days link the page's list view."""
    first = today.replace(day=1)
    lead = first.weekday()
    month_days = (
        first.replace(month=first.month % 12 + 1, year=first.year + first.month // 12)
        - dt.timedelta(days=1)
    ).day
    cells = ["<td>&nbsp;</td>"] * lead
    for d in range(1, month_days + 1):
        if d in days:
            href = page + str(_w("cdag", "calendar_query")).format(y=today.year, m=today.month, d=d)
            cells.append(f'<td><a href="{_e(href)}" aria-label="Eventos del {d}">{d}</a></td>')
        else:
            cells.append(f"<td>{d}</td>")
    while len(cells) % 7:
        cells.append("<td>&nbsp;</td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    heads = "".join(f"<th scope='col'>{_e(t)}</th>" for t in _w("cdag", "weekdays"))
    return (
        '<aside id="secondary" class="widget-area"><section class="widget widget_calendar">'
        f'<h2 class="widget-title">{_e(_w("cdag", "calendar_caption"))}</h2><div'
        ' class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table"><caption>'
        f"{_e(_month_year(today))}</caption><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody>"
        "</table></div></section></aside>"
    )


def _cdag(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    _adapt(items, "cdag", rng)
    routes: Routes = {}
    name = str(_w("cdag", "institution"))
    footer = str(_w("cdag", "footer"))
    parent, parent_path = str(_w("cdag", "parent")), str(_w("cdag", "parent_path"))
    index, index_path = str(_w("cdag", "index")), str(_w("cdag", "index_path"))
    nav = _wp_nav(list(_w("cdag", "menu")), parent, parent_path)
    list_as = draw(st.sampled_from(["page-list", "negrita"]))
    files_as = draw(st.sampled_from(["lista", "parrafos"]))
    years = draw(st.booleans())
    stamp_often = draw(st.sampled_from([1.0, 0.8]))
    event_days = sorted(rng.sample(range(1, 28), 3))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    links = []
    extra: dict[int, str] = {}
    for item in _present(items):
        n = item.numeral
        title = _law(n)
        path = f"{index_path}{_wp_slug(title)}/"
        if list_as == "page-list":
            links.append(
                f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link"'
                f' href="{_e(path)}">{_e(title)}</a></li>'
            )
        else:
            links.append(f'<p><strong><a href="{_e(path)}">{_e(title)}</a></strong></p>')
        parts = [f"<p>{_e(t)}</p>" for t in _words(item, law=False)]
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
        groups = _by_year(item.docs) if years else [(0, item.docs)] if item.docs else []
        for year, docs in groups:
            if year:
                parts.append(f"<h3>{_e(str(_w('cdag', 'year_heading')).format(year=year))}</h3>")
            if files_as == "lista":
                rows = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
                parts.append(f"<ul>{rows}</ul>")
            else:
                parts += [f'<p><a href="{_e(d.path)}">{_e(d.name)}</a></p>' for d in docs]
        stamp = ""
        if item.docs:
            stamp = _month_year(max(days[id(d)] for d in item.docs))
        elif rng.random() < stamp_often:
            stamp = _month_year(today - dt.timedelta(days=rng.randint(20, 300)))
        if stamp:
            parts.append(f"<p>{_e(stamp)}</p>")
        page = _wp_page(
            title,
            name,
            nav,
            "".join(parts),
            footer,
            page_id=1200 + n,
            aside=_calendar(today, path, event_days),
        )
        routes[path] = page
        for d in event_days:
            query = str(_w("cdag", "calendar_query")).format(y=today.year, m=today.month, d=d)
            routes[path + query] = page
        extra[n] = (
            f"{list_as}/{files_as}/{'anios' if years else 'plano'}/{'sello' if stamp else '-'}"
        )
    if list_as == "page-list":
        body = f'<ul class="wp-block-page-list">{"".join(links)}</ul>'
    else:
        body = "".join(links)
    intro = f"<p>{_e(_w('cdag', 'intro'))}</p>"
    routes[index_path] = _wp_page(index, name, nav, intro + body, footer, page_id=1100)
    parent_links = "".join(
        f'<li><a href="{_e(index_path if t == index else "/noticias/")}">{_e(t)}</a></li>'
        for t in _w("cdag", "parent_links")
    )
    routes[parent_path] = _wp_page(
        parent, name, nav, f"<ul>{parent_links}</ul>", footer, page_id=1099
    )
    home = (
        f'<p><a href="{_e(parent_path)}">{_e(parent)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    )
    routes["/"] = _wp_page(name, name, nav, home, footer, page_id=2)
    _notes(portal, "cdag", extra)
    return routes


# -- banguat: the new site's index, then the old static pages --------------------------------------


def _old_page(title: str, body: str) -> Resource:
    """A page of the bank's old static site as ver.asp shows it: windows-1252, a scripted date."""
    top = list(_w("banguat", "old_top"))
    html = (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f'<TITLE>{_e(title)}</TITLE></HEAD><BODY bgcolor="#FFFFFF"><TABLE width="100%"><TR><TD>'
        f'<FONT face="Arial" size="1">{_e(top[0])} <SCRIPT language="JavaScript">'
        'document.write(fecha());</SCRIPT></FONT></TD><TD align="right"><FONT face="Arial"'
        f' size="1"><A href="/inc/ver.asp?id=/DocsEN/index&amp;e=1">{_e(top[1])}</A> '
        f'<A href="/inc/ver.asp?id=/ayuda/ayuda.htm&amp;e=2">{_e(top[2])}</A></FONT></TD></TR>'
        f"</TABLE><main>{body}</main></BODY></HTML>"
    )
    return Resource(
        html.encode("cp1252", "xmlcharrefreplace"), content_type="text/html; charset=windows-1252"
    )


def _banguat(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    _adapt(items, "banguat", rng)
    routes: Routes = {}
    name = str(_w("banguat", "institution"))
    footer = str(_w("banguat", "footer"))
    described = draw(st.sampled_from(["ley", "rotulo"]))
    direct = draw(st.booleans())
    see = str(draw(st.sampled_from(list(_w("banguat", "see")))))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    used_e: set[int] = set()

    def asp(path: str) -> str:
        e = rng.randint(10000, 129999)
        while e in used_e:
            e += 1
        used_e.add(e)
        return str(_w("banguat", "asp")).format(id=path, e=e)

    table_path = asp("/info_publica/art10/infopub_art10.htm")
    index_path = str(_w("banguat", "index_path"))
    # Numeral 27 (the index of classified information) IS the new site's page titled by the law's
    # words ("Índice de la información debidamente clasificada …"), a text of the categories of
    # confidential information: the bank's row 27 leads there, and the item is published.
    for item in items:
        if item.numeral == 27:
            item.truth, item.docs, item.phrase, item.updated = "ok", [], "", ""
            item.own_text = str(_w("banguat", "index_title"))
    rows = []
    extra: dict[int, str] = {}
    for item in _present(items):
        n = item.numeral
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/info_publica/art10/num{n:02d}/{up.year}/{file_stem(doc.name).lower()}.pdf", seen
            )
        text = _law(n) if described == "ley" else item.label
        if n == 27:
            cell = f'<A href="{_e(index_path)}">{_e(see)}</A>'
            how = "indice"
        elif direct and len(item.docs) == 1:
            doc = item.docs[0]
            cell = f'<A href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</A>'
            how = "directo"
        else:
            page = asp(f"/info_publica/art10/numeral{n:02d}.htm")
            cell = f'<A href="{_e(page)}">{_e(see)}</A>'
            how = "pagina"
            body = [
                f'<P align="center"><FONT face="Arial" size="3"><B>'
                f"{_e(str(_w('banguat', 'numeral_title')).format(n=n))}</B></FONT></P>",
                f'<P><FONT face="Arial" size="2">'
                f"{_e(str(_w('banguat', 'numeral_intro')).format(n=n))}</FONT></P>",
                f'<P><FONT face="Arial" size="2"><I>{_e(_law(n))}</I></FONT></P>',
            ]
            body += [
                f'<P><FONT face="Arial" size="2">{_e(t)}</FONT></P>'
                for t in _words(item, law=False)
            ]
            if item.docs:
                lis = "".join(
                    f'<LI><FONT face="Arial" size="2"><A href="{_e(d.path)}" target="_blank">'
                    f"{_e(d.name)}</A></FONT></LI>"
                    for d in item.docs
                )
                body.append(f"<UL>{lis}</UL>")
            body.append(f'<P><A href="{_e(table_path)}">{_e(_w("banguat", "back"))}</A></P>')
            routes[page] = _old_page(str(_w("banguat", "numeral_title")).format(n=n), "".join(body))
        rows.append(
            f'<TR><TD align="center"><FONT face="Arial" size="2">{n}</FONT></TD><TD><FONT'
            f' face="Arial" size="2">{_e(text)}</FONT></TD><TD align="center">{cell}</TD></TR>'
        )
        extra[n] = f"{described}/{how}"
    heads = "".join(
        f'<TD bgcolor="#003366"><FONT face="Arial" size="2" color="#FFFFFF"><B>{_e(h)}</B>'
        "</FONT></TD>"
        for h in _w("banguat", "old_columns")
    )
    table = (
        f'<P align="center"><FONT face="Arial" size="3"><B>{_e(_w("banguat", "old_title"))}</B>'
        f'</FONT><BR><FONT face="Arial" size="2">{_e(_w("banguat", "old_subtitle"))}</FONT></P>'
        f'<TABLE border="1" cellpadding="3" cellspacing="0" width="95%"><TR>{heads}</TR>'
        f"{''.join(rows)}</TABLE>"
    )
    routes[table_path] = _old_page(str(_w("banguat", "old_title")), table)

    # The new site's page that leads there.
    def href(word: str) -> str:
        return (
            index_path if word.startswith("Acceso") else "/" if word == "Inicio" else "/noticias/"
        )

    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(href(t))}">{_e(t)}</a></li>'
        for t in _w("banguat", "menu")
    )
    nav = f'<nav class="navbar"><ul class="nav">{menu}</ul></nav>'
    conf = "".join(f"<p>{_e(t)}</p>" for t in _w("banguat", "confidential_text"))
    index_body = (
        f"<p>{_e(_w('banguat', 'oficio'))}</p><p>{_e(_w('banguat', 'click_sentence'))} "
        f'<a href="{_e(table_path)}">{_e(_w("banguat", "click"))}</a></p>'
        f"<p>{_e(_w('banguat', 'confidential'))}</p>{conf}"
    )

    def new_page(title: str, body: str) -> Resource:
        html = (
            '<!DOCTYPE html><html lang="es" dir="ltr"><head><meta charset="utf-8">'
            f"<title>{_e(title)} | {_e(name)}</title></head>"
            '<body class="path-node page-node-type-page">'
            f'<header role="banner"><a href="/" rel="home"><img src="/themes/banguat/logo.svg"'
            f' alt="{_e(_w("banguat", "logo"))}"></a>{nav}</header><main role="main"><div'
            f' class="region region-content"><article class="node node--type-page"><h1'
            f' class="page-title"><span class="field field--name-title">{_e(title)}</span></h1><div'
            ' class="clearfix text-formatted field field--name-body field--type-text-with-summary'
            f' field__item">{body}</div></article></div></main><footer role="contentinfo"><p>'
            f"{_e(footer)}</p></footer></body></html>"
        )
        return Resource(html.encode("utf-8"))

    routes[index_path] = new_page(str(_w("banguat", "index_title")), index_body)
    home = (
        f'<p><a href="{_e(index_path)}">Acceso a la Información Pública</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    )
    routes["/"] = new_page(name, home)
    _notes(portal, "banguat", extra)
    return routes


# -- inguat: the information unit's Joomla site, a page per year of publication -------------------


def _inguat(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    _adapt(items, "inguat", rng)
    routes: Routes = {}
    name = str(_w("inguat", "institution"))
    site = f"{_w('inguat', 'site')} - {_w('inguat', 'short')}"
    footer = str(_w("inguat", "footer"))
    described = draw(st.sampled_from(["rotulo", "rotulo-ley"]))
    numbered = draw(st.sampled_from(["numero", "Numeral"]))
    link_text = draw(st.sampled_from(["nombre", "Descargar", "PDF"]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    for item in present:
        for doc in item.docs:
            up = days[id(doc)]
            folder = str(_w("inguat", "folder")).format(year=up.year, nn=f"{item.numeral:02d}")
            doc.path = unique(f"{folder}{file_stem(doc.name)}.pdf", seen)
    years = sorted({days[id(d)].year for i in present for d in i.docs} | {today.year}, reverse=True)
    year_path = {y: str(_w("inguat", "year_path")).format(year=y) for y in years}
    children = "".join(
        f'<li class="item-{200 + y % 100}"><a href="{_e(year_path[y])}">'
        f"{_e(str(_w('inguat', 'year_item')).format(year=y))}</a></li>"
        for y in years
    )
    others = list(_w("inguat", "menu_other"))
    menu = (
        '<ul class="nav menu mod-list"><li class="item-101 default">'
        f'<a href="/">{_e(others[0])}</a></li><li class="item-150 deeper parent">'
        f'<a href="{_e(year_path[years[0]])}">'
        f'{_e(_w("inguat", "menu_parent"))}</a><ul class="nav-child unstyled small">{children}</ul>'
        "</li>"
        + "".join(f'<li><a href="/noticias/">{_e(t)}</a></li>' for t in others[1:])
        + "</ul>"
    )

    def joomla(title: str, body: str) -> Resource:
        html = (
            '<!DOCTYPE html><html lang="es-es" dir="ltr"><head><meta charset="utf-8">'
            f'<title>{_e(title)}</title></head><body class="site com_content view-article">'
            f'<header class="header"><a class="brand" href="/"><span class="site-title">'
            f'{_e(site)}</span></a></header><nav class="navigation" role="navigation">{menu}'
            f'</nav><main id="content" role="main">{body}</main><footer class="footer"><p>'
            f"{_e(footer)}</p></footer></body></html>"
        )
        return Resource(html.encode("utf-8"))

    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("inguat", "columns"))
    for y in years:
        rows = []
        for item in present:
            n = item.numeral
            docs = [d for d in item.docs if days[id(d)].year == y]
            number = str(n) if numbered == "numero" else f"Numeral {n}"
            desc = f"<strong>{_e(item.plain)}</strong>"
            if described == "rotulo-ley":
                desc += f"<br><small>{_e(_law(n))}</small>"
            elif item.law_text and not item.docs:
                desc += f"<br><small>{_e(item.law_text)}</small>"
            cell = "<br>".join(
                f'<a href="{_e(d.path)}" target="_blank">'
                f"{_e(d.name if link_text == 'nombre' else link_text)}</a>"
                for d in docs
            )
            if not docs:
                cell = _e(" ".join(t for t in (item.phrase, item.own_text) if t))
            elif item.updated and y == years[0]:
                cell += f"<br><em>{_e(item.updated)}</em>"
            rows.append(f"<tr><td>{_e(number)}</td><td>{desc}</td><td>{cell}</td></tr>")
        title = str(_w("inguat", "year_item")).format(year=y)
        body = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div'
            f' class="page-header"><h2 itemprop="headline">{_e(title)}</h2></div><dl'
            ' class="article-info muted"><dd class="hits">'
            f"{_e(str(_w('inguat', 'hits')).format(n=rng.randint(80, 9000)))}</dd></dl><div"
            f' itemprop="articleBody"><p>{_e(str(_w("inguat", "intro")).format(year=y))}</p><table'
            f' class="table table-bordered table-striped"><thead><tr>{heads}</tr></thead><tbody>'
            f"{''.join(rows)}</tbody></table></div></div>"
        )
        routes[year_path[y]] = joomla(f"{title} - {site}", body)
    home = (
        f'<div class="item-page"><div itemprop="articleBody"><p>{_e(_w("inguat", "welcome"))}</p>'
        f'<p><a href="{_e(year_path[years[0]])}">{_e(_w("inguat", "menu_parent"))}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p></div></div>'
    )
    routes["/"] = joomla(name, home)
    extra = {
        i.numeral: f"{described}/{numbered}/{link_text}/"
        f"anios-{len({days[id(d)].year for d in i.docs})}"
        for i in present
    }
    _notes(portal, "inguat", extra)
    return routes


# -- conader: the information site's home, then a page per numeral --------------------------------


def _conader(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    _adapt(items, "conader", rng)
    routes: Routes = {}
    name = str(_w("conader", "institution"))
    footer = str(_w("conader", "footer"))
    title = str(_w("conader", "title"))
    nav = _wp_nav(list(_w("conader", "menu")), "Información Pública", "/")
    years = draw(st.booleans())
    law_first = draw(st.booleans())
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    links = []
    extra: dict[int, str] = {}
    for item in _present(items):
        n = item.numeral
        path = str(_w("conader", "item_path")).format(slug=_wp_slug(item.plain)[:70].strip("-"))
        path = unique(path.rstrip("/"), seen) + "/"
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        parts = [f"<p>{_e(t)}</p>" for t in _words(item, law=law_first)]
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
        groups = _by_year(item.docs) if years else [(0, item.docs)] if item.docs else []
        for year, docs in groups:
            if year:
                parts.append(f"<h3>{_e(str(_w('conader', 'year_heading')).format(year=year))}</h3>")
            parts.append(
                "<ul>"
                + "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
                + "</ul>"
            )
        routes[path] = _wp_page(item.label, name, nav, "".join(parts), footer, page_id=500 + n)
        extra[n] = (
            f"{'anios' if years else 'plano'}/{'ley' if law_first and item.law_text else '-'}"
        )
    principles = "".join(f"<li>{_e(t)}</li>" for t in _w("conader", "principle_lines"))
    objects = "".join(f"<li>{_e(t)}</li>" for t in _w("conader", "object_lines"))
    law_links = []
    for k, text in enumerate(_w("conader", "laws")):
        path = f"/wp-content/uploads/2019/05/{file_stem(str(text))[:60]}-{k}.pdf"
        routes[path] = Resource(b"%PDF-1.4 ley " + b" " * 200, content_type="application/pdf")
        law_links.append(f'<p><a href="{_e(path)}">{_e(text)}</a></p>')
    body = (
        f"<h2>{_e(_w('conader', 'principles'))}</h2><ol>{principles}</ol>"
        f"<h2>{_e(_w('conader', 'object'))}</h2><p>{_e(_w('conader', 'object_intro'))}</p>"
        f"<ol>{objects}</ol>{''.join(law_links)}"
        f"<h2>{_e(_w('conader', 'oficio'))}</h2><ul>{''.join(links)}</ul>"
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    )
    routes["/"] = _wp_page(title, name, nav, body, footer, page_id=7)
    _notes(portal, "conader", extra)
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "cdag": _cdag,
    "banguat": _banguat,
    "inguat": _inguat,
    "conader": _conader,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 66 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, [*first, _e(_law(numeral))])
