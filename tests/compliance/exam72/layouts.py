"""Seventy-second exam: three portal layouts whose theme is REAL GUATEMALAN MUNICIPAL PORTALS
REPRODUCED (sixth series), with the truth of every section.

Each layout reproduces the transparency section of one real municipality that no earlier exam
reproduced (exams 35, 49, 53, 59 and 69 did the laip.gt platform, Masagua, Palestina de Los Altos,
Sanarate, San José Pinula, Barberena, Huité, Ixcán, Nebaj and bodies that are not
municipalities), as its stored pages show it: its addresses, menus, headings, the way it names a
numeral and a document, what it prints beside the items. What the stored pages did not show is
written in their manner and marked ADAPTED in ``wording.toml`` (sources there). Items (truth,
labels, law text, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is each site around them.

Truth conventions (a careful citizen reading the whole site in a browser): an item is identified
by its label (its number, when it has one, or its words alone); what its own page, panel or row
shows is its own: its documents, its own text, its empty or "No aplica" phrase, or only the law's
text (no content: empty). A tab's title printed twice (the tab bar and, for small screens, over
its panel) names one item. A "MES DE NOVIEMBRE-2,026" line under a monthly file repeats the period
its name already gives (the year written with a thousands comma, as the municipality printed it).
The information unit's request procedure and the news posts (whatever their permalink's date)
publish no Article 10 item. A numeral the site shows nowhere is missing. Layouts:

* ``flores``: the Municipalidad de Flores's (Petén) WordPress, news under date permalinks without
  a trailing slash (``/2022/08/16/entrega-de-proyecto-2``), a "UIPM" page of the request
  procedure's steps ("INGRESO DE NUEVA SOLICITUD.", "DEFINIR ENLACE (Asignaciones)", …); the
  Article 10 page (``/informacion-publica/`` or ``/transparencia/informacion-publica-de-oficio/``)
  lists the numerals ("Numeral 8. <words>" or the item's label) each leading to its own page
  ``…/numeral-8/`` headed as the municipality's report covers are ("Numeral 8." alone or with the
  words) over the law's text, then the item's words and its files (by name, a monthly file
  sometimes with "MES DE <MES>-2,026" under it).
* ``poptun``: the Municipalidad de Poptún's (Petén) WordPress, post-name permalinks with a trailing
  slash, footer "Administración 2024-2028"; one page (``/ley-de-acceso-a-la-informacion-publica/``,
  ``/informacion-publica-de-oficio/`` or ``/transparencia/``) holding every numeral in one Elementor
  widget: an accordion, a toggle, or tabs (each title printed twice: the tab bar, then over its
  panel), the label as the title, the panel holding the item's words and its files
  (``/wp-content/uploads/<y>/<m>/…``) linked by name, or named with a "Descargar" / "Ver PDF"
  button under the name.
* ``sanjuan``: the Municipalidad de San Juan Sacatepéquez's (Guatemala) site, addresses without a
  trailing slash, every page under the letterhead "MUNICIPALIDAD DE SAN JUAN SACATEPÉQUEZ / UNIDAD
  DE INFORMACIÓN PÚBLICA": a table "No. | Información pública de oficio | Documentos" (or
  "Numeral | Descripción | Archivo") with one row per numeral — its number ("8", "08" or "8-"),
  its label (the law's text in small print under it, sometimes), its files by name, its phrase
  or nothing — on one page or split in two ("Numerales 1 al 15", "Numerales 16 al 29") linked to
  each other.
"""

from __future__ import annotations

import datetime as dt
import random
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
    Item,
    Routes,
    _e,
    _present,
    item_words,
)

LAYOUTS = ("flores", "poptun", "sanjuan")
EXAM72: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a page per numeral with
# the law's text, an accordion of headed panels (bare labels allowed), a table row per numeral.
_INNER = {"flores": "joomla", "poptun": "accordion", "sanjuan": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])


def _w(section: str, key: str) -> Any:
    return EXAM72[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, upload lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _site(
    title: str, name: str, menu: Sequence[tuple[str, str]], body: str, footer: str, css: str
) -> Resource:
    """A page of a municipality's site: its name and menu, the body inside ``<main>``, the
    footer."""
    links = "".join(f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu)
    html = (
        f'<!DOCTYPE html><html lang="es-GT"><head><meta charset="UTF-8"><title>{_e(title)} – '
        f'{_e(name)}</title></head><body class="{css}"><header class="site-header"><div'
        f' class="site-branding"><a href="/" rel="home">{_e(name)}</a></div><nav'
        f' class="main-navigation"><ul class="menu">{links}</ul></nav></header><main'
        f' id="main" class="site-main">{body}</main><footer class="site-footer"><p>{_e(footer)}'
        "</p></footer></body></html>"
    )
    return Resource(html.encode("utf-8"))


def _menu(words: Sequence[str], targets: dict[str, str]) -> list[tuple[str, str]]:
    return [(w, "/" if w == "Inicio" else targets.get(w, "/noticias/")) for w in words]


def _home(
    name: str,
    menu: list[tuple[str, str]],
    footer: str,
    css: str,
    links: Sequence[tuple[str, str]],
) -> Resource:
    body = (
        f"<h1>{_e(name)}</h1><p>Bienvenidos al sitio oficial de la {_e(name)}.</p>"
        + "".join(f'<p><a href="{_e(h)}">{_e(t)}</a></p>' for t, h in links)
        + '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return _site(name, name, menu, body, footer, css)


def _wp_page(
    title: str, name: str, menu: Sequence[tuple[str, str]], content: str, footer: str, pid: int
) -> Resource:
    return _site(
        title,
        name,
        menu,
        f'<article id="post-{pid}" class="post-{pid} page type-page status-publish"><header'
        f' class="entry-header"><h1 class="entry-title">{_e(title)}</h1></header><div'
        f' class="entry-content">{content}</div></article>',
        footer,
        f"page-template-default page page-id-{pid}",
    )


def _wp_post(
    title: str, name: str, menu: Sequence[tuple[str, str]], texts: Sequence[str], footer: str
) -> Resource:
    paragraphs = "".join(f"<p>{_e(t)}</p>" for t in texts)
    return _site(
        title,
        name,
        menu,
        f'<article class="post type-post status-publish format-standard"><header'
        f' class="entry-header"><h1 class="entry-title">{_e(title)}</h1></header><div'
        f' class="entry-content">{paragraphs}</div></article>',
        footer,
        "post-template-default single single-post",
    )


# -- flores: WordPress, a list of numerals, a page per numeral headed "Numeral N." ---------------


def _flores(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "flores"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    index = str(draw(st.sampled_from(list(_w(sec, "index_path")))))
    index_title = str(draw(st.sampled_from(list(_w(sec, "index_title")))))
    uipm = str(_w(sec, "uipm_path"))
    footer = str(_w(sec, "footer"))
    words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(words, {words[2]: index, words[3]: uipm})
    entry_as = draw(st.sampled_from(["numero", "etiqueta"]))
    heading_as = draw(st.sampled_from(["numero", "numero-y-palabras"]))
    month_lines = draw(st.booleans())
    numeral = str(_w(sec, "numeral"))
    lag = rng.randint(2, 15)
    seen: set[str] = set()

    entries = ""
    for item in _present(items):
        n = item.numeral
        path = f"{index}numeral-{n}/"
        number = numeral.format(n=n)
        entry = f"{number} {item.plain}" if entry_as == "numero" else item.label
        entries += f'<li><a href="{_e(path)}">{_e(entry)}</a></li>'
        lines = []
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 8))
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
            line = f'<a href="{_e(doc.path)}">{_e(doc.name)}</a>'
            if month_lines and item_rhythm(item) == "monthly" and doc.modified is not None:
                month = str(_w(sec, "month_line")).format(
                    MONTH=MESES[doc.modified.month - 1].upper(), year=f"{doc.modified.year:,}"
                )
                line += f"<br><small>{_e(month)}</small>"
            lines.append(f"<li>{line}</li>")
        heading = number if heading_as == "numero" else f"{number} {item.plain}"
        body = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        if lines:
            body += f"<ul>{''.join(lines)}</ul>"
        routes[path] = _wp_page(heading, name, menu, body, footer, 400 + n)
        portal.notes[n] = (
            f"flores/{entry_as}/{heading_as}/{'mes' if month_lines else 'sin-mes'}/"
            f"{item_rhythm(item)}/{_how(item)}"
        )
    routes[index] = _wp_page(
        index_title, name, menu, f"<p>{_e(_OPENING)}</p><ul>{entries}</ul>", footer, 312
    )

    # The information unit's procedure, and a news post under a date permalink.
    steps = "".join(f"<li>{_e(t)}</li>" for t in _w(sec, "uipm_steps"))
    routes[uipm] = _wp_page(
        str(_w(sec, "uipm_title")),
        name,
        menu,
        f"<p><strong>UIPM</strong></p><p>{_e(_w(sec, 'uipm_intro'))}</p><ol>{steps}</ol>",
        footer,
        298,
    )
    post = str(_w(sec, "post_path"))
    routes[post] = _wp_post(
        str(_w(sec, "post_title")), name, menu, [str(t) for t in _w(sec, "post")], footer
    )
    routes["/"] = _home(
        name,
        menu,
        footer,
        "home blog",
        [(index_title, index), (str(_w(sec, "post_title")), post)],
    )
    _missing(portal, "flores")
    return routes


# -- poptun: WordPress, every numeral in one Elementor accordion, toggle or tabs -----------------


def _poptun(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "poptun"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    choice = draw(st.integers(0, len(_w(sec, "page_path")) - 1))
    page = str(_w(sec, "page_path")[choice])
    title = str(_w(sec, "page_title")[choice])
    footer = str(_w(sec, "footer"))
    words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(words, {words[2]: page})
    widget = draw(st.sampled_from(["acordeon", "toggle", "pestanas"]))
    files_as = draw(st.sampled_from(["nombre", "boton"]))
    button = str(draw(st.sampled_from(list(_w(sec, "download")))))
    wid = rng.randrange(16**7)
    lag = rng.randint(2, 15)
    seen: set[str] = set()

    titles: list[str] = []
    panels: list[str] = []
    for item in _present(items):
        content = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 8))
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
            if files_as == "nombre":
                content += f'<p><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a></p>'
            else:
                content += (
                    f"<p><strong>{_e(doc.name)}</strong></p><div class='elementor-button-wrapper'>"
                    f'<a class="elementor-button elementor-button-link elementor-size-sm"'
                    f' href="{_e(doc.path)}" target="_blank"><span'
                    f' class="elementor-button-text">{_e(button)}</span></a></div>'
                )
        titles.append(item.label)
        panels.append(content)
        portal.notes[item.numeral] = f"poptun/{widget}/{files_as}/{item_rhythm(item)}/{_how(item)}"

    if widget == "pestanas":
        bar = "".join(
            f'<div id="elementor-tab-title-{wid}{k}" class="elementor-tab-title'
            f' elementor-tab-desktop-title" aria-selected="{"true" if k == 1 else "false"}"'
            f' data-tab="{k}" role="tab" tabindex="0" aria-controls="elementor-tab-content-{wid}'
            f'{k}">{_e(t)}</div>'
            for k, t in enumerate(titles, start=1)
        )
        contents = "".join(
            f'<div class="elementor-tab-title elementor-tab-mobile-title" data-tab="{k}"'
            f' role="tab">{_e(t)}</div><div id="elementor-tab-content-{wid}{k}"'
            f' class="elementor-tab-content elementor-clearfix" data-tab="{k}" role="tabpanel"'
            f' aria-labelledby="elementor-tab-title-{wid}{k}">{p}</div>'
            for k, (t, p) in enumerate(zip(titles, panels, strict=True), start=1)
        )
        widget_html = (
            '<div class="elementor-widget elementor-widget-tabs"><div class="elementor-tabs">'
            f'<div class="elementor-tabs-wrapper" role="tablist">{bar}</div><div'
            f' class="elementor-tabs-content-wrapper">{contents}</div></div></div>'
        )
    else:
        kind = "accordion" if widget == "acordeon" else "toggle"
        rows = "".join(
            f'<div class="elementor-{kind}-item"><div id="elementor-tab-title-{wid}{k}"'
            f' class="elementor-tab-title" data-tab="{k}" role="button"'
            f' aria-controls="elementor-tab-content-{wid}{k}" aria-expanded="false"><span'
            f' class="elementor-{kind}-icon"></span><a class="elementor-{kind}-title"'
            f' href="">{_e(t)}</a></div><div id="elementor-tab-content-{wid}{k}"'
            f' class="elementor-tab-content elementor-clearfix" data-tab="{k}" role="region"'
            f' aria-labelledby="elementor-tab-title-{wid}{k}">{p}</div></div>'
            for k, (t, p) in enumerate(zip(titles, panels, strict=True), start=1)
        )
        widget_html = (
            f'<div class="elementor-widget elementor-widget-{kind}"><div'
            f' class="elementor-{kind}" role="tablist">{rows}</div></div>'
        )
    content = (
        f'<div class="elementor-widget elementor-widget-text-editor"><p>{_e(_w(sec, "intro"))}'
        f"</p><p>{_e(_OPENING)}</p></div>{widget_html}"
    )
    routes[page] = _wp_page(title, name, menu, content, footer, 1187)
    post = str(_w(sec, "post_path"))
    routes[post] = _wp_post(
        str(_w(sec, "post_title")), name, menu, [str(t) for t in _w(sec, "post")], footer
    )
    routes["/"] = _home(
        name, menu, footer, "home page", [(title, page), (str(_w(sec, "post_title")), post)]
    )
    _missing(portal, "poptun")
    return routes


# -- sanjuan: a letterhead and a table of numerals, on one page or two ---------------------------


def _sanjuan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    sec = "sanjuan"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    index = str(draw(st.sampled_from(list(_w(sec, "index_path")))))
    index_title = str(draw(st.sampled_from(list(_w(sec, "index_title")))))
    columns = [str(t) for t in draw(st.sampled_from(list(_w(sec, "columns"))))]
    number = str(draw(st.sampled_from(list(_w(sec, "number")))))
    split = draw(st.booleans())
    law_small = draw(st.booleans())
    footer = str(_w(sec, "footer"))
    words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(words, {words[2]: index})
    head = "".join(
        f"<p class='membrete'><strong>{_e(t)}</strong></p>" for t in _w(sec, "letterhead")
    )
    seen: set[str] = set()
    half = 15
    second = f"{index}-2"

    rows: dict[bool, str] = {True: "", False: ""}
    for item in _present(items):
        n = item.numeral
        for doc in item.docs:
            doc.path = unique(f"/archivos/uip/{n:02d}/{file_stem(doc.name)}.pdf", seen)
        described = f"<strong>{_e(item.label)}</strong>"
        if item.law_text:
            law = _e(item.law_text)
            described += f"<br><small>{law}</small>" if law_small else f"<p>{law}</p>"
        cell = "".join(f"<p>{_e(t)}</p>" for t in item_words(item, law=False))
        if item.docs:
            cell += (
                "<ul>"
                + "".join(
                    f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>'
                    for d in item.docs
                )
                + "</ul>"
            )
        rows[n <= half or not split] += (
            f"<tr><td>{_e(number.format(n=n))}</td><td>{described}</td><td>{cell}</td></tr>"
        )
        portal.notes[n] = (
            f"sanjuan/{'dos-paginas' if split else 'una-pagina'}/"
            f"{'ley-pequena' if law_small else 'ley-parrafo'}/{item_rhythm(item)}/{_how(item)}"
        )

    heads = "".join(f"<th>{_e(h)}</th>" for h in columns)

    def table(body: str) -> str:
        return (
            f'<table class="table table-bordered"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    intro = f"{head}<h1>{_e(index_title)}</h1><p>{_e(_w(sec, 'intro'))}</p><p>{_e(_OPENING)}</p>"
    if split:
        first_name, second_name = (
            str(t).format(half=half, next=half + 1) for t in _w(sec, "pages")
        )
        pager = (
            f'<ul class="pagination"><li><a href="{_e(index)}">{_e(first_name)}</a></li>'
            f'<li><a href="{_e(second)}">{_e(second_name)}</a></li></ul>'
        )
        routes[index] = _site(
            index_title,
            name,
            menu,
            f"{intro}<h2>{_e(first_name)}</h2>{table(rows[True])}{pager}",
            footer,
            "uip",
        )
        routes[second] = _site(
            f"{index_title} - {second_name}",
            name,
            menu,
            f"{head}<h1>{_e(index_title)}</h1><h2>{_e(second_name)}</h2>{table(rows[False])}"
            f"{pager}",
            footer,
            "uip",
        )
    else:
        routes[index] = _site(index_title, name, menu, f"{intro}{table(rows[True])}", footer, "uip")
    routes["/"] = _home(name, menu, footer, "home", [(index_title, index)])
    _missing(portal, "sanjuan")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "flores": _flores,
    "poptun": _poptun,
    "sanjuan": _sanjuan,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 72 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
