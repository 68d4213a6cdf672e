"""Sixty-ninth exam: three portal layouts whose theme is REAL GUATEMALAN MUNICIPAL PORTALS
REPRODUCED (fifth series), with the truth of every section.

Each layout reproduces the transparency section of one real municipality that no earlier exam
reproduced whole (exams 35, 49, 53 and 59 did the laip.gt platform, Masagua, Palestina de Los Altos,
Sanarate, San José Pinula, Barberena and public bodies that are not municipalities), as its stored
pages show it: its addresses, menus, headings, the way it names a numeral and a document, what it
prints beside the items. What the stored pages did not show is written in their manner and marked
ADAPTED in ``wording.toml`` (sources there). Items (truth, labels, law text, documents, dates,
phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is each site around them.

Truth conventions (a careful citizen reading the whole site in a browser): an item is identified
by its label (its number, when it has one, or its words alone); what its own card, page or block
shows is its own: its documents, its own text, its empty or "No aplica" phrase, or only the law's
text (no content: empty). A list marker the browser draws ("1." before every entry of a text
pasted from Word one list per entry) numbers nothing. A file's upload day ("Fecha de publicación",
"Fecha de carga") is not the period it covers: the period is in the document's name. The law
itself (in Spanish or in Mayan languages), the Ley de Idiomas Nacionales, Decreto 101-97's Article
17 Ter literals and the Decreto 36-2024 page with their monthly files, the information office's
mission, objectives and functions, the request form (its "tipo de información" options) and its
terms publish no Article 10 item. A site's own "No hay documentos cargados en este numeral." under
an item without files agrees with the item's truth (empty or not applicable). A numeral the site
shows nowhere is missing. Layouts:

* ``huite``: the Municipalidad de Huité's (Zacapa) own site, addresses without a trailing slash:
  ``/informacion-publica`` "Información pública" with "Ley de acceso a la información pública
  Decreto 57-2008", two paragraphs on the right of access, "Decreto 57-2008 en los diferentes
  idiomas Mayas" (the law as PDFs in Kaqchikel, K'iche', Mam), "Ley de Idiomas Nacionales",
  "Decreto número 19-2003" and its "ARTICULO 9. Traducción y Divulgación. …", then one card per
  law: "Decreto 57-2008 Art. 10" (a page of numeral cards — the item's label, or "Numeral 8" /
  "Núm. 8" / "8" over its words — each leading to the numeral's page: the label, the law's text and
  the item's words, the documents as a "Documento | Fecha de publicación | Descargar" table or a
  list with "Publicado: …", the date being the upload day), "Decreto 101-97 Art. 17 Ter." (literals
  with current monthly files) and "Decreto 36-2024" (monthly reports of its own).
* ``ixcan``: the Municipalidad de Ixcán's (Playa Grande) WordPress with plain permalinks: the
  information office's page ``/?page_id=93`` "Oficina de Información Pública": "NOTA: A partir de
  la fecha 08 de Julio de 2014 es nombrada encargada …", the e-mail, "MISIÓN", "VISIÓN",
  "OBJETIVO GENERAL:", "Objetivo específicos:" and "Funciones" pasted from Word one ``<ol>`` per
  entry (every entry shown "1."), then "INFORMACIÓN PÚBLICA DE OFICIO" — on the same page or on a
  second ``/?page_id=`` page it links — whose items are pasted the same way (each label its own
  one-entry ``<ol>``, or "-" bullets), the law's text or phrase under it, the files
  (``/wp-content/uploads/<y>/<m>/…``) as links by name or as "<name> – Descargar aquí" lines.
* ``nebaj``: the Municipalidad de Santa María Nebaj's own site, addresses without a trailing
  slash: the request form ``/formulario-para-informacion-publica`` ("FORMULARIO DE SOLICITUD ART.
  38", its fields, "Seleccione el tipo de información solicitada.", "Términos y condiciones"),
  linked from the menu and from every numeral page ("¿No encuentra la información? Solicítela
  aquí"); the Article 10 index ``/informacion-publica`` (or ``…-de-oficio``): a Bootstrap
  list-group whose whole rows are links named by the item's label; a page per numeral: the label,
  the law's text in grey, the item's words, a "No. | Documento | Fecha de carga | Descargar" table
  (the name in its cell, the link reading "Descargar", the upload day beside it) or "No hay
  documentos cargados en este numeral."
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
    day_month_year,
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

LAYOUTS = ("huite", "ixcan", "nebaj")
EXAM69: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a page per numeral with
# the law's text, one WordPress page of headed items (bare labels allowed), a page per numeral.
_INNER = {"huite": "joomla", "ixcan": "wordpress", "nebaj": "numbers"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])


def _w(section: str, key: str) -> Any:
    return EXAM69[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, upload lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 15)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _pdf(name: str) -> Resource:
    return Resource(b"%PDF-1.4 " + name.encode() + b" " * 200, content_type="application/pdf")


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


def _recent(today: dt.date, back: int) -> tuple[int, int]:
    """The year and month ``back`` months before the previous month."""
    index = today.year * 12 + today.month - 2 - back
    return index // 12, index % 12 + 1


def _site(
    title: str, name: str, menu: Sequence[tuple[str, str]], body: str, footer: str, css: str
) -> Resource:
    """A page of a municipality's own (non-CMS or WordPress) site: a Bootstrap navbar, the body
    inside ``<main>``, the footer."""
    links = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu
    )
    html = (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(title)} | '
        f'{_e(name)}</title></head><body class="{css}"><header><nav class="navbar navbar-expand-lg'
        f' navbar-dark bg-primary"><a class="navbar-brand" href="/">{_e(name)}</a><ul'
        f' class="navbar-nav">{links}</ul></nav></header><main class="container py-4">{body}'
        f'</main><footer class="footer bg-dark text-white"><p>{_e(footer)}</p></footer></body>'
        "</html>"
    )
    return Resource(html.encode("utf-8"))


def _menu(words: Sequence[str], targets: dict[str, str]) -> list[tuple[str, str]]:
    return [(w, "/" if w == "Inicio" else targets.get(w, "/noticias/")) for w in words]


def _home(
    name: str, menu: list[tuple[str, str]], footer: str, css: str, link: str, word: str
) -> Resource:
    body = (
        f"<h1>{_e(name)}</h1><p>Bienvenidos al sitio oficial de la {_e(name)}.</p>"
        f'<p><a href="{_e(link)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return _site(name, name, menu, body, footer, css)


# -- huite: a page of laws, a page of numeral cards, a page per numeral --------------------------


def _huite(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "huite"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    index = str(_w(sec, "path"))
    laws = [str(t) for t in _w(sec, "laws")]
    law_paths = [str(t) for t in _w(sec, "law_paths")]
    footer = str(_w(sec, "footer")).format(year=today.year)
    menu = _menu(_w(sec, "menu"), {str(_w(sec, "title")): index})
    css = "page-informacion-publica"
    card_form = str(draw(st.sampled_from(list(_w(sec, "numeral_card")))))
    card_shows = draw(st.sampled_from(["etiqueta", "numero"]))
    path_form = str(draw(st.sampled_from(list(_w(sec, "numeral_path")))))
    see = str(draw(st.sampled_from(list(_w(sec, "see")))))
    docs_as = draw(st.sampled_from(["tabla", "lista"]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()

    # The information page: the law, its Mayan versions, the languages law, one card per law.
    mayan = ""
    for text in _w(sec, "mayan_links"):
        path = f"/archivos/leyes/{file_stem(str(text))}.pdf"
        routes[path] = _pdf(str(text))
        mayan += f'<li><a href="{_e(path)}" target="_blank">{_e(text)}</a></li>'
    cards = "".join(
        f'<div class="col-md-4"><div class="card text-center"><div class="card-body"><a'
        f' href="{_e(p)}" class="stretched-link"><h4 class="card-title">{_e(t)}</h4></a></div>'
        "</div></div>"
        for t, p in zip(laws, law_paths, strict=True)
    )
    body = (
        f"<h1>{_e(_w(sec, 'title'))}</h1><h2>{_e(_w(sec, 'law_heading'))}</h2>"
        + "".join(f"<p>{_e(t)}</p>" for t in _w(sec, "intro"))
        + f"<h3>{_e(_w(sec, 'mayan'))}</h3><ul>{mayan}</ul>"
        f"<h3>{_e(_w(sec, 'idiomas'))}</h3><p><strong>{_e(_w(sec, 'idiomas_decree'))}</strong></p>"
        f'<p>{_e(_w(sec, "article9"))}</p><div class="row">{cards}</div>'
    )
    routes[index] = _site(str(_w(sec, "title")), name, menu, body, footer, css)

    # Article 10: a card per numeral, then the numeral's page.
    trail_top = (
        '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a'
        f' href="/">Inicio</a></li><li class="breadcrumb-item"><a href="{_e(index)}">'
        f"{_e(_w(sec, 'title'))}</a></li>"
    )
    cards = ""
    for item in _present(items):
        n = item.numeral
        path = path_form.format(n=n)
        for doc in item.docs:
            doc.path = unique(f"/archivos/art10/numeral-{n}/{file_stem(doc.name)}.pdf", seen)
        if card_shows == "etiqueta":
            head = f'<h5 class="card-title">{_e(item.label)}</h5>'
            title = item.label
        else:
            head = (
                f'<h5 class="card-title">{_e(card_form.format(n=n))}</h5>'
                f'<p class="card-text">{_e(item.plain)}</p>'
            )
            number = card_form.format(n=n)
            title = f"{number} - {item.plain}" if card_form != "{n}" else f"{n}. {item.plain}"
        cards += (
            f'<div class="col-sm-6 col-lg-3 mb-3"><div class="card h-100"><div class="card-body">'
            f'{head}<a href="{_e(path)}" class="btn btn-outline-primary btn-sm">{_e(see)}</a>'
            "</div></div></div>"
        )
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        docs = ""
        if item.docs and docs_as == "tabla":
            heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
            rows = "".join(
                f"<tr><td>{_e(d.name)}</td><td>{day_month_year(days[id(d)])}</td><td><a"
                f' href="{_e(d.path)}" class="btn btn-success btn-sm" target="_blank"><i'
                f' class="fa fa-download"></i> {_e(_w(sec, "download"))}</a></td></tr>'
                for d in item.docs
            )
            docs = (
                f'<table class="table table-striped"><thead><tr>{heads}</tr></thead>'
                f"<tbody>{rows}</tbody></table>"
            )
        elif item.docs:
            rows = "".join(
                f'<li class="list-group-item"><a href="{_e(d.path)}" target="_blank">{_e(d.name)}'
                f'</a> <small class="text-muted">Publicado: {day_month_year(days[id(d)])}</small>'
                "</li>"
                for d in item.docs
            )
            docs = f'<ul class="list-group">{rows}</ul>'
        trail = (
            f'{trail_top}<li class="breadcrumb-item"><a href="{_e(law_paths[0])}">{_e(laws[0])}'
            f'</a></li><li class="breadcrumb-item active">{_e(card_form.format(n=n))}</li>'
            "</ol></nav>"
        )
        routes[path] = _site(
            title, name, menu, f"{trail}<h1>{_e(title)}</h1>{words}{docs}", footer, css
        )
        portal.notes[n] = f"huite/{card_shows}/{docs_as}/{item_rhythm(item)}/{_how(item)}"
    body = (
        f"{trail_top}</ol></nav><h1>{_e(laws[0])}</h1><p>{_e(_OPENING)}</p>"
        f'<div class="row">{cards}</div>'
    )
    routes[law_paths[0]] = _site(laws[0], name, menu, body, footer, css)

    # Decreto 101-97 Art. 17 Ter and Decreto 36-2024: their own monthly files.
    ter = ""
    for letter, label, doc_word in rng.sample(list(_w(sec, "ter_literals")), rng.randint(3, 6)):
        ter += f"<h3>{_e(str(_w(sec, 'ter_heading')).format(letter=letter, label=label))}</h3><ul>"
        for back in range(rng.randint(1, 3)):
            year, month = _recent(today, back)
            doc = str(_w(sec, "ter_doc")).format(doc=doc_word, month=MESES[month - 1], year=year)
            path = unique(f"/archivos/17-ter/{year}/{file_stem(doc)}.pdf", seen)
            routes[path] = _pdf(doc)
            ter += f'<li><a href="{_e(path)}" target="_blank">{_e(doc)}</a></li>'
        ter += "</ul>"
    routes[law_paths[1]] = _site(
        laws[1],
        name,
        menu,
        f"{trail_top}</ol></nav><h1>{_e(laws[1])}</h1><p>{_e(_w(sec, 'ter_text'))}</p>{ter}",
        footer,
        css,
    )
    budget = ""
    for pattern in _w(sec, "budget_docs"):
        for back in range(rng.randint(1, 2)):
            year, month = _recent(today, back)
            doc = str(pattern).format(month=MESES[month - 1], year=year)
            path = unique(f"/archivos/decreto-36-2024/{file_stem(doc)}.pdf", seen)
            routes[path] = _pdf(doc)
            budget += f'<li><a href="{_e(path)}" target="_blank">{_e(doc)}</a></li>'
    routes[law_paths[2]] = _site(
        laws[2],
        name,
        menu,
        f"{trail_top}</ol></nav><h1>{_e(laws[2])}</h1><p>{_e(_w(sec, 'budget_text'))}</p>"
        f"<ul>{budget}</ul>",
        footer,
        css,
    )
    routes["/"] = _home(name, menu, footer, css, index, str(_w(sec, "title")))
    _missing(portal, "huite")
    return routes


# -- ixcan: WordPress, plain permalinks, lists pasted from Word one entry each --------------------


def _ixcan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "ixcan"
    routes: Routes = {}
    name = str(_w(sec, "site"))
    uip = f"/?page_id={_w(sec, 'page_id')}"
    title = str(_w(sec, "title"))
    separate = draw(st.booleans())
    article_page = f"/?page_id={draw(st.sampled_from(list(_w(sec, 'article_page_id'))))}"
    heading = str(draw(st.sampled_from(list(_w(sec, "article_heading")))))
    marks = draw(st.sampled_from(["ol-cada", "ol-cada", "guiones"]))
    link_as = draw(st.sampled_from(["nombre", "linea"]))
    word = str(draw(st.sampled_from(list(_w(sec, "link_word")))))
    footer = str(_w(sec, "footer"))
    targets = {title: uip}
    menu = _menu(_w(sec, "menu"), targets)
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    labels = list(_w(sec, "labels"))

    def pasted(text: str, style: str = "ol-cada") -> str:
        """One entry as Word pastes it: its own one-entry list (drawn "1."), or a "-" line."""
        if style == "ol-cada":
            return f"<ol><li>{_e(text)}</li></ol><p>&nbsp;</p>"
        return f"<ul style=\"list-style-type:'- '\"><li>{_e(text)}</li></ul>"

    office = (
        f"<p><strong>{_e(_w(sec, 'note_title'))}</strong></p>"
        f"<p>{_e(_w(sec, 'note'))}</p><p>{_e(_w(sec, 'email'))}</p>"
        f"<h3>{_e(labels[0])}</h3><p>{_e(_w(sec, 'mission'))}</p>"
        f"<h3>{_e(labels[1])}</h3><p>{_e(_w(sec, 'vision'))}</p>"
        f"<p><strong>{_e(labels[2])}</strong></p><p>{_e(_w(sec, 'objective'))}</p>"
        f"<p><strong>{_e(labels[3])}</strong></p>"
        + "".join(pasted(str(t)) for t in _w(sec, "objectives"))
        + f"<h3>{_e(labels[4])}</h3>"
        + "".join(pasted(str(t)) for t in _w(sec, "functions"))
    )
    parts = [f"<h2>{_e(heading)}</h2>", f"<p>{_e(_OPENING)}</p>"]
    for item in _present(items):
        parts.append(pasted(item.label, marks))
        parts += [f"<p>{_e(t)}</p>" for t in item_words(item)]
        lines = []
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
            if link_as == "nombre":
                lines.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
            else:
                lines.append(
                    f'<p>{_e(doc.name)} – <a href="{_e(doc.path)}" target="_blank"'
                    f' rel="noopener">{_e(word)}</a></p>'
                )
        if lines and link_as == "nombre":
            parts.append(f"<ul>{''.join(lines)}</ul>")
        else:
            parts += lines
        portal.notes[item.numeral] = (
            f"ixcan/{'pagina-aparte' if separate else 'misma-pagina'}/{marks}/{link_as}/"
            f"{item_rhythm(item)}/{_how(item)}"
        )
    article = "".join(parts)

    def wp(page_title: str, page_id: str, content: str) -> Resource:
        return _site(
            page_title,
            name,
            menu,
            f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish">'
            f'<header class="entry-header"><h1 class="entry-title">{_e(page_title)}</h1></header>'
            f'<div class="entry-content">{content}</div></article>',
            footer,
            f"page-template-default page page-id-{page_id}",
        )

    if separate:
        office += f'<p><a href="{_e(article_page)}">{_e(heading)}</a></p>'
        routes[article_page] = wp(heading, article_page.split("=")[1], "".join(parts[1:]))
    else:
        office += article
    routes[uip] = wp(title, str(_w(sec, "page_id")), office)
    routes["/"] = _home(name, menu, footer, "home blog", uip, title)
    _missing(portal, "ixcan")
    return routes


# -- nebaj: a request form, a list-group of numerals, a page per numeral --------------------------


def _nebaj(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "nebaj"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    index = str(draw(st.sampled_from(list(_w(sec, "index_path")))))
    index_title = str(draw(st.sampled_from(list(_w(sec, "index_title")))))
    path_form = str(draw(st.sampled_from(list(_w(sec, "numeral_path")))))
    form = str(_w(sec, "form_path"))
    footer = str(_w(sec, "footer"))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {menu_words[2]: index, menu_words[3]: form})
    css = "nebaj"
    docs_in = draw(st.sampled_from(["tabla", "tabla", "tarjetas"]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    request = f'<p class="mt-4"><a href="{_e(form)}">{_e(_w(sec, "request"))}</a></p>'

    rows = ""
    for item in _present(items):
        n = item.numeral
        path = path_form.format(index=index, n=n)
        rows += (
            f'<a href="{_e(path)}" class="list-group-item list-group-item-action">'
            f'<i class="fas fa-folder-open"></i> {_e(item.label)}</a>'
        )
        for doc in item.docs:
            doc.path = unique(
                f"/public/uploads/transparencia/{rng.randrange(16**10):010x}.pdf", seen
            )
        body = f"<h2>{_e(item.label)}</h2>"
        if item.law_text:
            body += f'<p class="text-muted">{_e(item.law_text)}</p>'
        body += "".join(f"<p>{_e(t)}</p>" for t in (item.phrase, item.own_text, item.updated) if t)
        if item.docs and docs_in == "tabla":
            heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
            cells = "".join(
                f"<tr><td>{k}</td><td>{_e(d.name)}</td><td>{day_month_year(days[id(d)])}</td>"
                f'<td><a href="{_e(d.path)}" class="btn btn-primary btn-sm" target="_blank">'
                f'<i class="fas fa-download"></i> Descargar</a></td></tr>'
                for k, d in enumerate(item.docs, start=1)
            )
            body += (
                f'<table class="table table-bordered table-hover"><thead class="thead-dark"><tr>'
                f"{heads}</tr></thead><tbody>{cells}</tbody></table>"
            )
        elif item.docs:
            body += (
                '<div class="row">'
                + "".join(
                    f'<div class="col-md-4"><div class="card"><div class="card-body"><h6'
                    f' class="card-title">{_e(d.name)}</h6><p class="card-text"><small>'
                    f"{_e(_w(sec, 'columns')[2])}: {day_month_year(days[id(d)])}</small></p><a"
                    f' href="{_e(d.path)}" class="btn btn-primary btn-sm" target="_blank">'
                    "Descargar</a>"
                    "</div></div></div>"
                    for d in item.docs
                )
                + "</div>"
            )
        elif not item.own_text:
            body += f'<div class="alert alert-info">{_e(_w(sec, "none"))}</div>'
        routes[path] = _site(item.label, name, menu, body + request, footer, css)
        portal.notes[n] = f"nebaj/{docs_in}/{item_rhythm(item)}/{_how(item)}"
    body = (
        f"<h1>{_e(index_title)}</h1><p>{_e(_OPENING)}</p>"
        f'<div class="list-group">{rows}</div>{request}'
    )
    routes[index] = _site(index_title, name, menu, body, footer, css)

    # The request form (its options are kinds of information, not numerals).
    fields = "".join(
        f'<div class="form-group"><input class="form-control" name="{key}" required><small'
        f' class="form-text text-muted">{_e(help_text)}</small></div>'
        for key, help_text in _w(sec, "form_fields")
    )
    options = "".join(f"<option>{_e(t)}</option>" for t in _w(sec, "form_types"))
    extra = list(_w(sec, "form_extra"))
    terms = "".join(f"<li>{_e(t)}</li>" for t in _w(sec, "terms"))
    body = (
        f"<h1>{_e(_w(sec, 'form_title'))}</h1><p>{_e(_w(sec, 'form_intro'))}</p>"
        f'<form method="post" action="{_e(form)}">{fields}<div class="form-group"><select'
        f' class="form-control" name="tipo" required>{options}</select><small class="form-text'
        f' text-muted">{_e(_w(sec, "form_type"))}</small></div><div class="form-group"><textarea'
        f' class="form-control" name="descripcion" required></textarea><small class="form-text'
        f' text-muted">{_e(_w(sec, "form_description"))}</small></div><h4>{_e(extra[0])}</h4>'
        f'<p>{_e(extra[1])}</p><select name="genero"><option>Femenino</option><option>'
        f"Masculino</option><option>Prefiero no decirlo</option></select><small>{_e(extra[2])}"
        f'</small><div class="form-check"><input type="checkbox" name="acepto" required> '
        f"{_e(_w(sec, 'form_accept'))}</div><h5>{_e(_w(sec, 'terms_title'))}</h5><ol>{terms}</ol>"
        f'<button type="submit" class="btn btn-primary">{_e(_w(sec, "send"))}</button></form>'
    )
    routes[form] = _site(str(_w(sec, "form_title")), name, menu, body, footer, css)
    routes["/"] = _home(name, menu, footer, css, index, index_title)
    _missing(portal, "nebaj")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "huite": _huite,
    "ixcan": _ixcan,
    "nebaj": _nebaj,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 69 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
