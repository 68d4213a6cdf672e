"""Fifty-ninth exam: five portal layouts whose theme is REAL GUATEMALAN PORTALS REPRODUCED (fourth
series), with the truth of every section.

Each layout reproduces the Article 10 section of one real Guatemalan public body that no earlier
exam reproduced whole — two municipalities, an autonomous consultative body, a secretariat of the
Presidency and a mancomunidad — as the stored pages show it (their addresses, headings, the way
they name a numeral and a file, their page builders' markup and their oddities); what the stored
pages did not show is adapted and marked so in ``wording.toml``. Items (truth, labels, documents,
dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is each site around them.

Truth conventions (a careful citizen reading the whole site in a browser): an item is named by its
number with the law's text or the staff's label, or by a page's title ("… numeral 6"), whatever the
page's address says; what follows its name up to the next item's name is its own; the law's text
alone (or only a caption repeating the item's name) is no content, so an item showing nothing else
is empty, and "No aplica" where the law allows it is not applicable; a file's name with a code
("04.01 …") or a line quoting another numeral's law text inside an item's block is still that
item's; another article's numerals and literals (Article 11, Decreto 101-97's Article 17 Ter), the
information office's own numbered functions and news posts publish no Article 10 item; a numeral
the site does not show is missing. Layouts:

* ``pinula``: the Municipalidad de San José Pinula's one WordPress page ``/info-publica/``:
  "ARTICULO 10." and the article's opening, then every numeral as the LAW'S WHOLE TEXT with its
  number ("4. Número y nombre de funcionarios, …;", bold or plain), the staff's caption (the
  item's label) and one paragraph link per file named in the staff's way: "04.00 NÚMERO Y NOMBRE
  … OCTUBRE 2026" (numeral.sequence codes in capitals, now and then a stray final dot), "04
  <name>", the name in capitals or as is; numeral 1's block carries numeral 6's law text
  ("Manuales de procedimientos, tanto administrativos como operativos;") as a caption over its
  second file, as the real page does.
* ``barberena``: the Municipalidad de Barberena's page ``/informacion-publica``: the definition of
  public information, "OFICINA DE INFORMACIÓN PÚBLICA", "Creada por el Honorable Concejo Municipal
  …", "OBJETIVO GENERAL:" ("Decreto 572008"), "OBJETIVOS ESPECÍFICOS:" as "– " lines and the
  office's FUNCTIONS NUMBERED 1 to 5 (an ``<ol>`` or typed "1. " paragraphs), then "INFORMACIÓN
  PÚBLICA DE OFICIO" and the items headed by their numbered labels (in capitals or not, bold
  paragraphs or ``<h4>``), their files as "– " lines.
* ``ces``: the Consejo Económico y Social de Guatemala's WordPress: ``/index.php/informacion-
  publica/`` a grid of Elementor icon boxes leading to one Elementor page per numeral titled
  "<item> numeral <n>" (now and then "<item> del Consejo Económico y Social de Guatemala numeral
  <n>"), whose address is the slug of the title — in some portals a few addresses keep a number
  first typed and corrected in the title only ("…-numeral-4/" for "… numeral 6"); each page an
  Elementor section: an icon widget, the title as a heading widget, the item's words (the law's
  text among them) and its files as an icon list or as buttons, under "Año 2026" headings or not;
  Decreto 101-97's "Artículo 17 Ter, Literal b)" pages in the same grid with monthly files of their
  own ("Jornales Octubre 2026").
* ``sosep``: the Secretaría de Obras Sociales de la Esposa del Presidente's Elementor page
  ``/index.php/ley-de-acceso-a-la-informacion-publica/``: containers whose HTML widgets paste a
  WHOLE HTML DOCUMENT ("<!DOCTYPE html>", "<title>Título Tecnológico</title>", the "TÍTULO
  TECNOLÓGICO CON DESTELLOS" style) as banners — the page's, "ARTÍCULO 10: …" and, in some
  portals, "ARTÍCULO 11: … del Organismo Ejecutivo" with three numerals of its own and their
  monthly files; each Article 10 item a heading widget (its label, numbered or bare) over its words
  and its files as Elementor buttons (the file's name, or its name in a text widget over
  "Descargar" / "Ver documento"), under "Año 2026" headings or not.
* ``mgcs``: the Mancomunidad Gran Ciudad del Sur's WordPress (its own portal: the home page names
  the mancomunidad): news posts at ``/<yyyy>/<mm>/<dd>/<slug>`` ("Noticias", "Comparte con
  amigos:", "No te pierdas", "Más Noticias"; board sessions at the Municipalidad de Guatemala, the
  member municipalities named), and ``/transparencia/``: a TablePress table "Numeral | Descripción
  | Documentos" (the number alone or "Numeral 8"; the item's name or the law's text; the files by
  name or "Descargar", separated by "<br />"; the phrase in the cell of an item without files)
  followed by the theme's "No te pierdas" list of news.
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("pinula", "barberena", "ces", "sosep", "mgcs")
EXAM59: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: one page of items headed
# by the law's text (bare labels as captions), numbered lines, a page per numeral with the law's
# text, Elementor headings (bare labels allowed), a table.
_INNER = {
    "pinula": "wordpress",
    "barberena": "lines",
    "ces": "joomla",
    "sosep": "accordion",
    "mgcs": "table",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])
# The path of CES's icon (ces.gob.gt pages/16181, its first path; closed here).
_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" id="Layer_1" viewBox="0 0 512 512"><path class="st0"'
    ' d="M362.3,79.3h-79v-31.2c0-4.7-3.8-8.5-8.4-8.5h-37.8c-4.7,0-8.4,3.8-8.4,8.5v31.2h-79z"/>'
    "</svg>"
)


def _w(section: str, key: str) -> Any:
    return EXAM59[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, upload lags, hours), seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 15)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _wp_path(day: dt.date, stem: str, seen: set[str]) -> str:
    """A file in WordPress's uploads folder of the month it was put on the site."""
    return unique(f"/wp-content/uploads/{day.year}/{day.month:02d}/{stem}.pdf", seen)


def _wp_slug(text: str) -> str:
    """A title as WordPress's sanitize_title leaves it (no accents, lower case, hyphens; not cut
    at 60 characters as the generator's slugs are)."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "pagina"


def _pdf(name: str) -> Resource:
    return Resource(b"%PDF-1.4 " + name.encode() + b" " * 200, content_type="application/pdf")


def _words(item: Item, *, law: bool = True) -> list[str]:
    """The item's words under its name: the law's text (when wanted), a phrase, the body's own
    text, "Actualizado: …"."""
    texts = [item.law_text if law else "", item.phrase, item.own_text, item.updated]
    return [t for t in texts if t]


def _menu(section: str, index: str, index_word: str) -> str:
    """The site's main menu: the section's words, the transparency page among them."""
    words = [str(t) for t in _w(section, "menu")]
    links = [("Inicio", "/")] + [(t, "/noticias/") for t in words if t != "Inicio"]
    if index_word not in words:
        links.insert(len(links) - 1, (index_word, index))
    else:
        links = [(t, index if t == index_word else h) for t, h in links]
    rows = "".join(
        f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{40 + i}">'
        f'<a href="{_e(h)}">{_e(t)}</a></li>'
        for i, (t, h) in enumerate(links)
    )
    return (
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        f"{rows}</ul></nav>"
    )


def _wp(
    title: str,
    site: str,
    nav: str,
    content: str,
    footer: str,
    *,
    page_id: int,
    elementor: bool = False,
    aside: str = "",
) -> Resource:
    """A WordPress page: a classic theme's article, or Hello Elementor's page template around an
    Elementor document."""
    head = (
        f'<!doctype html><html lang="es-GT"><head><meta charset="UTF-8"><title>{_e(title)} &#8211; '
        f"{_e(site)}</title></head>"
    )
    masthead = (
        '<header id="masthead" class="site-header"><div class="site-branding"><p'
        f' class="site-title"><a href="/" rel="home">{_e(site)}</a></p></div>{nav}</header>'
    )
    if elementor:
        main = (
            f'<main id="content" class="site-main post-{page_id} page type-page status-publish'
            f' hentry"><div class="page-header"><h1 class="entry-title">{_e(title)}</h1></div>'
            f'<div class="page-content">{content}</div></main>'
        )
        body_class = (
            f"page-template-default page page-id-{page_id} elementor-default elementor-page"
        )
    else:
        main = (
            f'<main id="main" class="site-main"><article id="post-{page_id}" class="post-{page_id}'
            f' page type-page status-publish hentry"><header class="entry-header"><h1'
            f' class="entry-title">{_e(title)}</h1></header><div class="entry-content">{content}'
            f"</div></article></main>"
        )
        body_class = f"page-template-default page page-id-{page_id}"
    html = (
        f'{head}<body class="{body_class}"><div id="page" class="site">{masthead}'
        f'<div id="content-wrap" class="site-content">{main}{aside}</div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info">{_e(footer)}</div>'
        "</footer></div></body></html>"
    )
    return Resource(html.encode("utf-8"))


def _home(site: str, nav: str, index: str, word: str, footer: str, extra: str = "") -> Resource:
    """The body's home page (its ``</main>`` is where the generator's noise may add a link)."""
    body = (
        f'{extra}<p><a href="{_e(index)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return _wp(site, site, nav, body, footer, page_id=2)


def _notes(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _by_year(docs: list[Doc]) -> list[tuple[int, list[Doc]]]:
    """Documents grouped by the year of the period they cover, newest year first."""
    years: dict[int, list[Doc]] = {}
    for doc in docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return [(year, years[year]) for year in sorted(years, reverse=True)]


# -- pinula: one page, every numeral headed by the law's whole text --------------------------------


def _pinula(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    section = "pinula"
    name = str(_w(section, "institution"))
    index, index_word = str(_w(section, "path")), str(_w(section, "index"))
    footer = str(_w(section, "footer"))
    nav = _menu(section, index, index_word)
    style = draw(st.sampled_from(["codigo", "numero", "nombre", "mayusculas"]))
    bold = draw(st.booleans())
    captions = draw(st.booleans())
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    shown_numerals = {item.numeral for item in present}
    parts = [
        f"<p><strong>{_e(_w(section, 'article'))}</strong></p>",
        f"<p>{_e(_w(section, 'subtitle'))}</p>",
        f"<p>{_e(_w(section, 'opening'))}</p>",
    ]
    for item in present:
        n = item.numeral
        head = f"{n}. {str(ITEMS[n]['law']['text']).rstrip('.')};"
        parts.append(f"<p><strong>{_e(head)}</strong></p>" if bold else f"<p>{_e(head)}</p>")
        if captions and (item.docs or item.own_text):
            parts.append(f"<p>{_e(item.plain)}</p>")
        parts += [f"<p>{_e(text)}</p>" for text in _words(item, law=False)]
        manuals = False
        for k, doc in enumerate(item.docs):
            if n == 1 and k == 1 and 6 in shown_numerals:
                # The real page's numeral 1 captions a file with numeral 6's law text.
                parts.append(f"<p>{_e(_w(section, 'manuals'))}</p>")
                manuals = True
            if style == "codigo":
                shown = str(_w(section, "code")).format(
                    nn=f"{n:02d}", kk=f"{k:02d}", NAME=doc.name.upper()
                ) + ("." if rng.random() < 0.3 else "")
            elif style == "numero":
                shown = str(_w(section, "number")).format(nn=f"{n:02d}", name=doc.name)
            elif style == "mayusculas":
                shown = doc.name.upper()
            else:
                shown = doc.name
            doc.path = _wp_path(days[id(doc)], file_stem(shown), seen)
            parts.append(f'<p><a href="{_e(doc.path)}">{_e(shown)}</a></p>')
        portal.notes[n] = (
            f"pinula/{style}/{'negrita' if bold else 'simple'}/"
            f"{'rotulo' if captions else 'sin-rotulo'}/{'manuales' if manuals else '-'}/"
            f"{item_rhythm(item)}"
        )
    routes[index] = _wp(index_word, name, nav, "".join(parts), footer, page_id=412)
    routes["/"] = _home(name, nav, index, index_word, footer)
    _notes(portal, "pinula")
    return routes


# -- barberena: the information office's page, then the items ------------------------------------


def _barberena(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    section = "barberena"
    name = str(_w(section, "institution"))
    index, index_word = str(_w(section, "path")), str(_w(section, "index"))
    footer = f"© {today.year} {name}"
    nav = _menu(section, index, index_word)
    upper = draw(st.booleans())
    head_tag = draw(st.sampled_from(["strong", "h4"]))
    functions_as = draw(st.sampled_from(["ol", "p"]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    dash = str(_w(section, "dash"))
    functions = [str(t) for t in _w(section, "function_lines")]
    if functions_as == "ol":
        listed = "<ol>" + "".join(f"<li>{_e(t)}</li>" for t in functions) + "</ol>"
    else:
        listed = "".join(f"<p>{i}. {_e(t)}</p>" for i, t in enumerate(functions, start=1))
    parts = [
        f"<p>{_e(_w(section, 'definition'))}</p>",
        f"<p>{_e(_w(section, 'right'))}</p>",
        f"<p>{_e(_w(section, 'dot'))}</p>",
        f"<h3>{_e(_w(section, 'office'))}</h3>",
        f"<p>{_e(_w(section, 'created'))}</p>",
        f"<p><strong>{_e(_w(section, 'general'))}</strong></p>",
        f"<p>{_e(_w(section, 'general_text'))}</p>",
        f"<p><strong>{_e(_w(section, 'specific'))}</strong></p>",
        "".join(f"<p>{_e(t)}</p>" for t in _w(section, "specific_lines")),
        f"<p><strong>{_e(_w(section, 'functions'))}</strong></p>",
        listed,
        f"<h3>{_e(_w(section, 'oficio'))}</h3>",
        f"<p>{_e(_OPENING)}</p>",
    ]
    for item in _present(items):
        label = item.label.upper() if upper else item.label
        if head_tag == "h4":
            parts.append(f"<h4>{_e(label)}</h4>")
        else:
            parts.append(f"<p><strong>{_e(label)}</strong></p>")
        parts += [f"<p>{_e(text)}</p>" for text in _words(item)]
        for doc in item.docs:
            doc.path = _wp_path(days[id(doc)], file_stem(doc.name), seen)
            parts.append(f'<p>{_e(dash)}<a href="{_e(doc.path)}">{_e(doc.name)}</a></p>')
        portal.notes[item.numeral] = (
            f"barberena/{'mayusculas' if upper else 'tal-cual'}/{head_tag}/"
            f"funciones-{functions_as}/{item_rhythm(item)}"
        )
    routes[index] = _wp(index_word, name, nav, "".join(parts), footer, page_id=87)
    routes["/"] = _home(name, nav, index, index_word, footer)
    _notes(portal, "barberena")
    return routes


# -- ces: an Elementor page per numeral, "<item> numeral <n>" -------------------------------------


def _el_id(rng: random.Random) -> str:
    return f"{rng.randrange(16**7):07x}"


def _el_widget(rng: random.Random, kind: str, inner: str, extra_class: str = "") -> str:
    """An Elementor widget (``kind``: heading, text-editor, icon-list, button, icon, icon-box,
    html)."""
    eid = _el_id(rng)
    return (
        f'<div class="elementor-element elementor-element-{eid} {extra_class}elementor-widget'
        f' elementor-widget-{kind}" data-id="{eid}" data-element_type="widget"'
        f' data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}'
        "</div></div>"
    )


def _el_heading(rng: random.Random, text: str, tag: str = "h2") -> str:
    return _el_widget(
        rng,
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{_e(text)}</{tag}>',
    )


def _el_text(rng: random.Random, texts: Sequence[str]) -> str:
    return _el_widget(rng, "text-editor", "".join(f"<p>{_e(t)}</p>" for t in texts))


def _el_icon_list(rng: random.Random, links: Sequence[tuple[str, str]]) -> str:
    rows = "".join(
        f'<li class="elementor-icon-list-item"><a href="{_e(href)}" target="_blank">'
        '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-file-pdf"></i>'
        f'</span><span class="elementor-icon-list-text">{_e(text)}</span></a></li>'
        for text, href in links
    )
    return _el_widget(
        rng,
        "icon-list",
        f'<ul class="elementor-icon-list-items">{rows}</ul>',
        "elementor-icon-list--layout-traditional elementor-list-item-link-full_width ",
    )


def _el_button(rng: random.Random, text: str, href: str) -> str:
    return _el_widget(
        rng,
        "button",
        f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link'
        f' elementor-size-sm" href="{_e(href)}" target="_blank"><span'
        ' class="elementor-button-content-wrapper"><span class="elementor-button-text">'
        f"{_e(text)}</span></span></a></div>",
    )


def _ces_section(rng: random.Random, page_id: int, title: str, right: str) -> str:
    """CES's page: an Elementor section, the icon in its first column, the rest in the second."""
    icon = _el_widget(
        rng,
        "icon",
        f'<div class="elementor-icon-wrapper"><div class="elementor-icon">{_SVG}</div></div>',
        "iconoinfox elementor-view-default ",
    ).replace('data-element_type="widget"', 'data-element_type="widget" id="iconoinfo"', 1)
    column = (
        '<div class="elementor-column elementor-col-50 elementor-top-column elementor-element'
        ' elementor-element-{eid}" data-id="{eid}" data-element_type="column"'
        ' data-e-type="column"><div class="elementor-widget-wrap elementor-element-populated">'
        "{inner}</div></div>"
    )
    settings = (
        "{&quot;stretch_section&quot;:&quot;section-stretched&quot;,"
        "&quot;background_background&quot;:&quot;classic&quot;}"
    )
    return (
        f'<div data-elementor-type="wp-page" data-elementor-id="{page_id}" class="elementor'
        f' elementor-{page_id}" data-elementor-post-type="page"><section class="elementor-section'
        " elementor-top-section elementor-element elementor-element-313ee99"
        " elementor-section-stretched elementor-section-boxed elementor-section-height-default"
        ' elementor-section-height-default" data-id="313ee99" data-element_type="section"'
        f' data-e-type="section" data-settings="{settings}"><div class="elementor-container'
        ' elementor-column-gap-default">'
        + column.format(eid="e0699b1", inner=icon)
        + column.format(eid=_el_id(rng), inner=_el_heading(rng, title) + right)
        + "</div></section></div>"
    )


def _ces(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    section = "ces"
    name = str(_w(section, "institution"))
    index, index_word = str(_w(section, "path")), str(_w(section, "index"))
    footer = f"© {today.year} {name}"
    nav = _menu(section, index, index_word)
    retyped = draw(st.booleans())
    body_name = draw(st.booleans())
    years = draw(st.booleans())
    docs_as = draw(st.sampled_from(["lista", "botones"]))
    literals = [tuple(str(t) for t in lit) for lit in _w(section, "ter_literals")]
    ter_count = draw(st.integers(0, 3))
    days = _uploads(items, today, rng)
    seen_files: set[str] = set()
    seen_slugs: set[str] = set()
    pages: list[tuple[str, str]] = []

    def slug_path(slug: str) -> str:
        candidate, number = slug, 2
        while candidate in seen_slugs:
            candidate = f"{slug}-{number}"
            number += 1
        seen_slugs.add(candidate)
        return f"{index}{candidate}/"

    def documents(docs: list[Doc], group: bool) -> str:
        out = ""
        blocks = _by_year(docs) if group else [(0, docs)]
        for year, chunk in blocks:
            if year:
                out += _el_heading(rng, str(_w(section, "year")).format(year=year), "h4")
            if docs_as == "lista":
                out += _el_icon_list(rng, [(d.name, d.path) for d in chunk])
            else:
                out += "".join(_el_button(rng, d.name, d.path) for d in chunk)
        return out

    for item in _present(items):
        n = item.numeral
        form = str(_w(section, "title_body" if body_name and rng.random() < 0.3 else "title"))
        title = form.format(name=item.plain, n=n)
        typed = n
        if retyped and rng.random() < 0.12:
            typed = rng.choice([m for m in (n - 2, n - 1, n + 1, n + 2) if 1 <= m <= 29])
        path = slug_path(_wp_slug(form.format(name=item.plain, n=typed)))
        for doc in item.docs:
            doc.path = _wp_path(days[id(doc)], file_stem(doc.name), seen_files)
        group = years and item_rhythm(item) != "on_change" and bool(item.docs)
        right = ""
        if _words(item):
            right += _el_text(rng, _words(item))
        right += documents(item.docs, group)
        page_id = 5000 + n * 37
        routes[path] = _wp(
            title,
            name,
            nav,
            _ces_section(rng, page_id, title, right),
            footer,
            page_id=page_id,
            elementor=True,
        )
        pages.append((title, path))
        portal.notes[n] = (
            f"ces/{'direccion-' + str(typed) if typed != n else 'direccion-igual'}/"
            f"{docs_as}/{'anios' if group else 'plano'}/{item_rhythm(item)}"
        )
    # Decreto 101-97's Article 17 Ter pages in the same folder, with monthly files of their own.
    for letter, label, doc_word in rng.sample(literals, ter_count):
        lower = letter.lower()
        title = str(_w(section, "ter_title")).format(lower=lower)
        path = slug_path(_wp_slug(title))
        docs = []
        for back in range(rng.randint(1, 3)):
            index_month = today.year * 12 + today.month - 2 - back
            year, month = index_month // 12, index_month % 12 + 1
            doc_name = str(_w(section, "ter_doc")).format(
                doc=doc_word, month=MESES[month - 1], year=year
            )
            up = min(dt.date(year, month, 28) + dt.timedelta(days=rng.randint(3, 12)), today)
            doc_path = _wp_path(up, file_stem(doc_name), seen_files)
            routes[doc_path] = _pdf(doc_name)
            docs.append(Doc(doc_name, doc_path, True, dt.date(year, month, 28)))
        right = _el_text(rng, [str(_w(section, "ter_text")), f"{letter}. {label}"])
        right += documents(docs, False)
        page_id = 16100 + ord(lower)
        routes[path] = _wp(
            title,
            name,
            nav,
            _ces_section(rng, page_id, title, right),
            footer,
            page_id=page_id,
            elementor=True,
        )
        pages.append((title, path))
    boxes = "".join(
        _el_widget(
            rng,
            "icon-box",
            f'<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><a'
            f' href="{_e(path)}" class="elementor-icon" tabindex="-1">{_SVG}</a></div><div'
            f' class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><a'
            f' href="{_e(path)}">{_e(title)}</a></h3></div></div>',
            "elementor-view-default elementor-position-top ",
        )
        for title, path in pages
    )
    body = _el_text(rng, [str(_w(section, "opening"))]) + boxes
    routes[index] = _wp(
        index_word,
        name,
        nav,
        f'<div data-elementor-type="wp-page" data-elementor-id="5590" class="elementor'
        f' elementor-5590">{body}</div>',
        footer,
        page_id=5590,
        elementor=True,
    )
    routes["/"] = _home(name, nav, index, index_word, footer)
    _notes(portal, "ces")
    return routes


# -- sosep: Elementor containers, banners pasted as whole HTML documents --------------------------


def _sosep(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    section = "sosep"
    name = str(_w(section, "institution"))
    index, index_word = str(_w(section, "path")), str(_w(section, "index"))
    footer = f"© {today.year} {name}"
    nav = _menu(section, index, index_word)
    repeat_document = draw(st.booleans())
    buttons = draw(st.sampled_from(["nombre", "Descargar", "Ver documento"]))
    years = draw(st.booleans())
    article11 = draw(st.booleans())
    heading_tag = draw(st.sampled_from(["h3", "h4"]))
    article_form = draw(st.integers(0, 1))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    style = str(_w(section, "style"))
    pasted = [0]

    def banner(text: str) -> str:
        """An HTML widget: the whole pasted document the first time (every time in some
        portals), the banner alone otherwise."""
        inner = f'<div class="titulo-destellos">\r\n    <h2>{_e(text)}</h2>\r\n</div>'
        if pasted[0] == 0 or repeat_document:
            inner = (
                '<!DOCTYPE html>\r\n<html lang="es">\r\n<head>\r\n<meta charset="UTF-8">\r\n'
                f"<title>{_e(_w(section, 'doc_title'))}</title>\r\n\r\n<style>\r\n"
                f"{style.replace(chr(10), chr(13) + chr(10))}\r\n</style>\r\n</head>\r\n"
                f"<body>\r\n\r\n{inner}\r\n\r\n</body>\r\n</html>"
            )
        pasted[0] += 1
        return _el_widget(rng, "html", inner)

    def container(inner: str) -> str:
        eid = _el_id(rng)
        return (
            f'<div class="elementor-element elementor-element-{eid} e-con-full e-flex e-con'
            f' e-parent" data-id="{eid}" data-element_type="container">{inner}</div>'
        )

    def files(docs: list[Doc]) -> str:
        out = ""
        for doc in docs:
            if buttons == "nombre":
                out += _el_button(rng, doc.name, doc.path)
            else:
                out += _el_text(rng, [doc.name]) + _el_button(rng, buttons, doc.path)
        return out

    parts = [
        container(banner(str(_w(section, "banner")))),
        container(_el_text(rng, [_OPENING])),
        container(banner(str(_w(section, "article10")[article_form]))),
    ]
    for item in _present(items):
        for doc in item.docs:
            doc.path = _wp_path(days[id(doc)], file_stem(doc.name), seen)
        inner = _el_heading(rng, item.label, heading_tag)
        if _words(item):
            inner += _el_text(rng, _words(item))
        group = years and item_rhythm(item) != "on_change" and bool(item.docs)
        if group:
            for year, chunk in _by_year(item.docs):
                inner += _el_heading(rng, str(_w(section, "year")).format(year=year), "h5")
                inner += files(chunk)
        else:
            inner += files(item.docs)
        parts.append(container(inner))
        portal.notes[item.numeral] = (
            f"sosep/{'pegado-siempre' if repeat_document else 'pegado-una-vez'}/"
            f"{buttons.lower().replace(' ', '-')}/{heading_tag}/{'anios' if group else 'plano'}/"
            f"{'art11' if article11 else 'solo-art10'}/{item_rhythm(item)}"
        )
    if article11:
        parts.append(container(banner(str(_w(section, "article11")[article_form]))))
        for n, (label, doc_word) in enumerate(_w(section, "article11_numerals"), start=1):
            inner = _el_heading(
                rng, str(_w(section, "article11_numeral")).format(n=n, label=label), heading_tag
            )
            docs = []
            for back in range(rng.randint(1, 2)):
                index_month = today.year * 12 + today.month - 2 - back
                year, month = index_month // 12, index_month % 12 + 1
                doc_name = f"{doc_word} {MESES[month - 1]} {year}"
                up = min(dt.date(year, month, 28) + dt.timedelta(days=rng.randint(3, 12)), today)
                doc_path = _wp_path(up, file_stem(doc_name), seen)
                routes[doc_path] = _pdf(doc_name)
                docs.append(Doc(doc_name, doc_path, True, dt.date(year, month, 28)))
            parts.append(container(inner + files(docs)))
    content = (
        '<div data-elementor-type="wp-page" data-elementor-id="1514" class="elementor'
        f' elementor-1514" data-elementor-post-type="page">{"".join(parts)}</div>'
    )
    routes[index] = _wp(index_word, name, nav, content, footer, page_id=1514, elementor=True)
    routes["/"] = _home(name, nav, index, index_word, footer)
    _notes(portal, "sosep")
    return routes


# -- mgcs: a mancomunidad's news site and its TablePress table -----------------------------------


def _mgcs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    section = "mgcs"
    name = str(_w(section, "institution"))
    index, index_word = str(_w(section, "path")), str(_w(section, "index"))
    footer = str(_w(section, "footer")).format(yyyy=today.year)
    nav = _menu(section, index, index_word)
    number_form = str(draw(st.sampled_from(list(_w(section, "numeral_cell")))))
    describe = draw(st.sampled_from(["nombre", "ley"]))
    link_as = draw(st.sampled_from(["nombre", "descargar"]))
    table_name = draw(st.booleans())
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    table_id = rng.randint(2, 9)

    # The news: the mancomunidad's posts, dated over the last year and a half.
    posts: list[tuple[dt.date, str, str, str]] = []
    for template in EXAM59[section]["posts"]:
        day = today - dt.timedelta(days=rng.randint(3, 540))
        fields = {
            "d": day.day,
            "mes": MESES[day.month - 1].lower(),
            "Mes": MESES[day.month - 1],
            "yyyy": day.year,
        }
        title = str(template["title"]).format(**fields)
        text = str(template["text"]).format(**fields)
        path = f"/{day.year}/{day.month:02d}/{day.day:02d}/{_wp_slug(title)}"
        posts.append((day, title, text, path))
    posts.sort(reverse=True)

    def dont_miss(skip: str = "") -> str:
        rows = "".join(
            f'<li><a href="{_e(path)}">{_e(title)}</a></li>'
            for _d, title, _t, path in posts
            if path != skip
        )
        return (
            f'<aside id="secondary" class="widget-area"><section class="widget"><h3'
            f' class="widget-title">{_e(_w(section, "dont_miss"))}</h3><h4>'
            f"{_e(_w(section, 'more'))}</h4><ul>{rows}</ul></section></aside>"
        )

    for day, title, text, path in posts:
        body = (
            f'<p class="cat-links"><a href="/category/noticias/">{_e(_w(section, "news"))}</a></p>'
            f'<p class="posted-on"><time datetime="{day.isoformat()}">'
            f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}</time></p>"
            f"<p>{_e(text)}</p>"
            f'<div class="compartir"><span>{_e(_w(section, "share"))}</span> <a'
            f' href="https://www.facebook.com/sharer/sharer.php?u=https://mgranciudaddelsur.org{path}"'
            ' target="_blank" rel="nofollow">Facebook</a> <a'
            f' href="https://twitter.com/intent/tweet?url=https://mgranciudaddelsur.org{path}"'
            ' target="_blank" rel="nofollow">X</a></div>'
        )
        routes[path] = _wp(
            title, name, nav, body, footer, page_id=900 + day.day, aside=dont_miss(path)
        )

    heads = "".join(
        f'<th class="column-{i}">{_e(t)}</th>'
        for i, t in enumerate(_w(section, "columns"), start=1)
    )
    rows = []
    for number, item in enumerate(_present(items), start=2):
        n = item.numeral
        desc = item.plain if describe == "nombre" else str(ITEMS[n]["law"]["text"])
        links = []
        for doc in item.docs:
            doc.path = _wp_path(days[id(doc)], file_stem(doc.name), seen)
            shown = doc.name if link_as == "nombre" else str(_w(section, "download"))
            links.append(f'<a href="{_e(doc.path)}" target="_blank">{_e(shown)}</a>')
        texts = [t for t in (item.phrase, item.own_text, item.updated) if t]
        cell = "<br />\n".join(links + [_e(t) for t in texts])
        parity = "even" if number % 2 == 0 else "odd"
        rows.append(
            f'<tr class="row-{number} {parity}"><td class="column-1">'
            f'{_e(number_form.format(n=n))}</td><td class="column-2">{_e(desc)}</td>'
            f'<td class="column-3">{cell}</td></tr>'
        )
        portal.notes[n] = (
            f"mgcs/{'numero' if number_form == '{n}' else 'numeral-n'}/{describe}/{link_as}/"
            f"{item_rhythm(item)}"
        )
    caption = ""
    if table_name:
        caption = (
            f'<h2 class="tablepress-table-name tablepress-table-name-id-{table_id}">'
            f"{_e(_w(section, 'article'))}</h2>"
        )
    script = str(_w(section, "datatables")).replace("{id}", str(table_id))
    body = (
        f"<h2>{_e(_w(section, 'law'))}</h2><p>{_e(_w(section, 'article'))}</p><p>{_e(_OPENING)}</p>"
        f'{caption}<table id="tablepress-{table_id}" class="tablepress tablepress-id-{table_id}">'
        f'<thead><tr class="row-1">{heads}</tr></thead><tbody class="row-hover">{"".join(rows)}'
        f"</tbody></table><script>{script}</script>"
    )
    routes[index] = _wp(index_word, name, nav, body, footer, page_id=311, aside=dont_miss())
    news = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{_e(path)}">{_e(title)}</a></h2>'
        f"<p>{_e(text[:140])}…</p></article>"
        for _d, title, text, path in posts[:3]
    )
    routes["/"] = _home(name, nav, index, index_word, footer, extra=news)
    _notes(portal, "mgcs")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "pinula": _pinula,
    "barberena": _barberena,
    "ces": _ces,
    "sosep": _sosep,
    "mgcs": _mgcs,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 59 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
