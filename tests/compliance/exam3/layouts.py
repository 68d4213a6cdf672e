"""Third exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first two exams'. Wording and structure: ``wording.toml`` here (sources
there). Layouts:

* ``vista``: a Drupal 7 view "Artículo 10" paged with ``?page=N`` (10 rows a page) whose rows
  are NOT in numeral order (as the view is sorted by the nodes' dates); each row the linked
  title, the title again as a heading and the node's body; the node page holds the body and a
  Drupal file field ("Archivos adjuntos": PDF icon + file name or description, ``type=
  "application/pdf; length=N"``) with files under ``/sites/default/files/<yyyy-mm>/``.
* ``registros``: one DataTables table of every document, ONE ROW PER DOCUMENT, sorted by
  publication date (newest first), columns "No. | Numeral | Información | Documento | Fecha de
  publicación | Archivo"; the file link is an icon button (text only in ``title``) or "Ver" /
  "Descargar"; files stored under timestamp-like names (``/archivos/2026/11/1700412345.pdf``);
  items without documents get one row with their words and "—".
* ``entradas``: a WordPress category archive "Información Pública de Oficio" of one POST per
  numeral (newest post first, 10 a page, ``/page/2/``; excerpt, date, "Leer más"); a post holds
  the law's wording and, per year, "INFORMACIÓN AÑO 2025" headings followed by bare ``<li>``
  links "Numeral 26 <document> PDF".
* ``adjuntos``: one page with the law's list pasted as an ``<ol>`` (the number of a numeral is
  only the ``<li value="N">`` of the list when the label is bare); each document is linked to
  its WordPress ATTACHMENT PAGE (``/<document-slug>/``), which links the file itself
  (``<p class="attachment">``).
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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
    Item,
    Routes,
    _e,
    _home,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("vista", "registros", "entradas", "adjuntos")
EXAM3 = wording(__file__)
# Which generated layout's truth conventions an exam3 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed, broken tables):
# * vista / entradas: "joomla" — one page (node / post) per numeral, titled with its number,
#   the law's wording on the page.
# * registros: "table" — the number has its own column, bare labels allowed, no own text.
# * adjuntos: "wordpress" — one page of list lines, bare labels allowed (the <ol> numbers them),
#   own text allowed.
_INNER = {"vista": "joomla", "registros": "table", "entradas": "joomla", "adjuntos": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _long(day: dt.date) -> str:
    return f"{day.day} {MESES[day.month - 1].lower()}, {day.year}"


def _paragraphs(item: Item, css: str = "", *, law: bool = True) -> str:
    return paragraphs(item_words(item, law=law), css)


_CONTACT = (
    '<div class="footer-contacto"><p>Palacio Municipal, 1a. Calle 2-15 Zona 1</p>'
    '<p><a href="tel:+50277654321">7765-4321</a> · '
    '<a href="mailto:uip@municipalidad.gob.gt">uip@municipalidad.gob.gt</a></p></div>'
)


def _shell(title: str, body: str, today: dt.date, *, top: str = "") -> bytes:
    """A page of the generator's shell, the municipal contact lines in its <footer> and an
    optional line above the menu."""
    page = _page(title, body, today=today)
    page = page.replace(b"</footer>", _CONTACT.encode() + b"</footer>", 1)
    if top:
        page = page.replace(
            b"<header class='site-header'>",
            b"<header class='site-header'><div class='top-bar'>" + top.encode() + b"</div>",
            1,
        )
    return page


# -- vista (Drupal 7 view) -----------------------------------------------------------------------


def _drupal_pager(base: str, current: int, pages: int) -> str:
    words = EXAM3["vista"]
    if pages <= 1:
        return ""

    def href(number: int) -> str:
        return base if number == 0 else f"{base}?page={number}"

    items = []
    if current > 0:
        items.append(
            f'<li class="pager-first first"><a title="Ir a la primera página" href="{href(0)}">'
            f"{_e(words['pager_first']['text'])}</a></li>"
        )
        items.append(
            f'<li class="pager-previous"><a title="Ir a la página anterior" '
            f'href="{href(current - 1)}">{_e(words["pager_previous"]["text"])}</a></li>'
        )
    for number in range(pages):
        if number == current:
            items.append(f'<li class="pager-current">{number + 1}</li>')
        else:
            items.append(
                f'<li class="pager-item"><a title="Ir a la página {number + 1}" '
                f'href="{href(number)}">{number + 1}</a></li>'
            )
    if current < pages - 1:
        items.append(
            f'<li class="pager-next"><a title="Ir a la página siguiente" '
            f'href="{href(current + 1)}">{_e(words["pager_next"]["text"])}</a></li>'
        )
        items.append(
            f'<li class="pager-last last"><a title="Ir a la última página" '
            f'href="{href(pages - 1)}">{_e(words["pager_last"]["text"])}</a></li>'
        )
    return (
        '<h2 class="element-invisible">Páginas</h2><div class="item-list"><ul class="pager">'
        f"{''.join(items)}</ul></div>"
    )


def _vista(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM3["vista"]
    seen: set[str] = set()
    upper = draw(st.booleans())  # "26. ARCHIVOS": titles in capitals, or as typed
    link_text = draw(st.sampled_from(["description", "filename"]))
    present = _present(items)
    # The view is sorted by the nodes' dates: an order that has nothing to do with the numerals.
    order = draw(st.permutations(present))
    top = _e(words["contact"]["text"])
    base = "/articulo-10"
    rows = []
    for item in order:
        title = item.label.upper() if upper else item.label
        path = unique(f"/articulo-10/{_slug(title)[:48]}", seen)
        body = _paragraphs(item)
        files = []
        for doc in item.docs:
            up = uploaded(doc, today, 4)
            filename = f"{_slug(doc.name)[:50]}.pdf"
            doc.path = unique(f"/sites/default/files/{up.year}-{up.month:02d}/{filename}", seen)
            shown = doc.name if link_text == "description" else doc.path.rsplit("/", 1)[1]
            length = draw(st.integers(40_000, 9_000_000))
            parity = "even" if len(files) % 2 == 0 else "odd"
            files.append(
                f'<div class="field-item {parity}"><span class="file"><img class="file-icon" '
                'alt="PDF icon" title="application/pdf" '
                'src="/modules/file/icons/application-pdf.png"> '
                f'<a href="{_e(doc.path)}" type="application/pdf; length={length}">'
                f"{_e(shown)}</a></span></div>"
            )
        node = (
            f'<div id="node-{item.numeral + 100}" class="node node-articulo-10 clearfix">'
            '<div class="content"><div class="field field-name-body field-type-text-with-summary '
            f'field-label-hidden"><div class="field-items"><div class="field-item even">{body}'
            "</div></div></div>"
        )
        if files:
            node += (
                '<div class="field field-name-field-archivos field-type-file field-label-above">'
                f'<div class="field-label">{_e(words["files_label"]["text"])}:&nbsp;</div>'
                f'<div class="field-items">{"".join(files)}</div></div>'
            )
        node += "</div></div>"
        crumb = (
            f'<div class="breadcrumb"><a href="/">{_e(words["breadcrumb_home"]["text"])}</a> » '
            f'<a href="{base}">{_e(words["index_title"]["text"])}</a></div>'
        )
        routes[path] = Resource(_shell(title, crumb + node, today, top=top))
        rows.append(
            '<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{path}">{_e(title)}</a></span></div>'
            f'<div class="views-field views-field-title-1"><h3 class="field-content">{_e(title)}'
            "</h3></div>"
            f'<div class="views-field views-field-body"><div class="field-content">{body}</div>'
            "</div>"
        )
        portal.notes[item.numeral] = f"vista/{'upper' if upper else 'as-typed'}/{link_text}"
    per_page = int(words["per_page"]["text"])
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    for number, chunk in enumerate(pages):
        listed = "".join(
            f'<div class="views-row views-row-{i + 1} views-row-{"odd" if i % 2 == 0 else "even"}'
            f'">{row}</div>'
            for i, row in enumerate(chunk)
        )
        for i, item in enumerate(order[number * per_page : (number + 1) * per_page]):
            portal.notes[item.numeral] += f"/page {number} row {i + 1}"
        body = (
            '<div class="view view-articulo-10 view-id-articulo_10 view-display-id-page">'
            f'<div class="view-content">{listed}</div>'
            f"{_drupal_pager(base, number, len(pages))}</div>"
        )
        path = base if number == 0 else f"{base}?page={number}"
        routes[path] = Resource(_shell(words["index_title"]["text"], body, today, top=top))
    _home(routes, base, words["index_title"]["text"])
    return routes


# -- registros (DataTables, one row per document) ------------------------------------------------


def _registros(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM3["registros"]
    seen: set[str] = set()
    link_style = draw(st.sampled_from(["icon"] + [t["text"] for t in words["link_texts"]]))
    number_style = draw(st.sampled_from(["bare", "numeral"]))
    stamp = 1_690_000_000 + draw(st.integers(0, 9_999_999))
    rows: list[tuple[dt.date | None, str, str, str, str]] = []
    for item in _present(items):
        number = str(item.numeral) if number_style == "bare" else f"Numeral {item.numeral}"
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 12)))
            stamp += draw(st.integers(1_000, 900_000))
            doc.path = unique(f"/archivos/{up.year}/{up.month:02d}/{stamp}.pdf", seen)
            if link_style == "icon":
                link = (
                    f'<a href="{_e(doc.path)}" target="_blank" class="btn btn-danger btn-sm" '
                    'title="Descargar"><i class="fa fa-file-pdf-o" aria-hidden="true"></i></a>'
                )
            else:
                link = (
                    f'<a href="{_e(doc.path)}" target="_blank" class="btn btn-primary btn-sm">'
                    f'<i class="fa fa-eye"></i> {_e(link_style)}</a>'
                )
            rows.append((up, number, item.label, _e(doc.name), link))
        if not item.docs:
            text = "<br>".join(_e(w) for w in item_words(item))
            rows.append((None, number, item.label, text, _e(words["no_file"]["text"])))
        portal.notes[item.numeral] = f"registros/{link_style}/{number_style}/{len(item.docs)} rows"
    # DataTables' initial order: the date column, newest first; rows without a date last.
    rows.sort(key=lambda r: (r[0] is not None, r[0] or dt.date.min), reverse=True)
    head = "".join(f'<th class="sorting">{_e(h["text"])}</th>' for h in words["header"])
    body_rows = []
    for index, (day, number, label, text, link) in enumerate(rows):
        parity = "odd" if index % 2 == 0 else "even"
        order, shown = (day.isoformat(), day_month_year(day)) if day else ("", "")
        body_rows.append(
            f'<tr role="row" class="{parity}"><td>{index + 1}</td><td>{_e(number)}</td>'
            f"<td>{_e(label)}</td><td>{text}</td>"
            f'<td data-order="{order}">{shown}</td>'
            f'<td class="text-center">{link}</td></tr>'
        )
    total = len(rows)
    menu = (
        '<select name="tabla-documentos_length" aria-controls="tabla-documentos">'
        + "".join(f'<option value="{n}">{n}</option>' for n in (10, 25, 50, 100))
        + '<option value="-1" selected>Todos</option></select>'
    )
    info = words["info"]["text"].format(start=1 if total else 0, end=total, total=total)
    table = (
        '<div id="tabla-documentos_wrapper" class="dataTables_wrapper dt-bootstrap4 no-footer">'
        '<div class="row"><div class="col-sm-6"><div class="dataTables_length">'
        f"<label>{words['length']['text'].format(menu=menu)}</label></div></div>"
        '<div class="col-sm-6"><div class="dataTables_filter">'
        f'<label>{_e(words["search"]["text"])}<input type="search" class="form-control" '
        'aria-controls="tabla-documentos"></label></div></div></div>'
        '<table id="tabla-documentos" class="table table-striped table-bordered dataTable" '
        f'role="grid"><thead><tr role="row">{head}</tr></thead>'
        f"<tbody>{''.join(body_rows)}</tbody></table>"
        f'<div class="dataTables_info" role="status">{_e(info)}</div>'
        '<div class="dataTables_paginate paging_simple_numbers"><ul class="pagination">'
        f'<li class="paginate_button page-item previous disabled"><a href="#" class="page-link">'
        f"{_e(words['previous']['text'])}</a></li>"
        '<li class="paginate_button page-item active"><a href="#" class="page-link">1</a></li>'
        f'<li class="paginate_button page-item next disabled"><a href="#" class="page-link">'
        f"{_e(words['next']['text'])}</a></li></ul></div></div>"
        "<script>if (window.jQuery) { jQuery('#tabla-documentos').DataTable({order: [[4, 'desc']],"
        " language: {lengthMenu: 'Mostrar _MENU_ registros', search: 'Buscar:', info: "
        "'Mostrando registros del _START_ al _END_ de un total de _TOTAL_ registros'}}); }"
        "</script>"
    )
    body = f"<p>{_e(WORDING['article']['opening']['text'])}</p>{table}"
    path = "/transparencia/informacion-publica-de-oficio/"
    routes[path] = Resource(_shell(words["title"]["text"], body, today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- entradas (WordPress category archive of posts) ----------------------------------------------


def _excerpt(html_text: str, count: int = 55) -> str:
    text = re.sub(r"<[^>]+>", " ", html_text)
    words = text.split()
    return " ".join(words[:count]) + (" […]" if len(words) > count else "")


def _entradas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM3["entradas"]
    seen: set[str] = set()
    prefix_numeral = draw(st.booleans())  # "Numeral 26 Informe Anual … PDF" or "Informe … PDF"
    category = words["category"]["text"]
    base = f"/inicio/category/{_slug(category)}/"
    posts: list[tuple[dt.datetime, str, str, str, int]] = []  # date, path, title, content, n
    for item in _present(items):
        content = _paragraphs(item, "wp-block-paragraph")
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        newest: dt.date | None = None
        for year in years:
            links = []
            for doc in [d for d in item.docs if d.modified and d.modified.year == year]:
                up = uploaded(doc, today, draw(st.integers(3, 20)))
                newest = max(newest, up) if newest else up
                text = f"{doc.name} PDF"
                if prefix_numeral and f"numeral {item.numeral}" not in doc.name.lower():
                    text = f"Numeral {item.numeral} {text}"
                doc.path = unique(
                    f"/inicio/wp-content/uploads/{up.year}/{up.month:02d}/{_slug(text)[:60]}.pdf",
                    seen,
                )
                links.append(f'<li><a href="{_e(doc.path)}">{_e(text)}</a></li>')
            heading = words["year_heading"]["text"].format(year=year)
            content += (
                '<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>'
                f'<h4 class="wp-block-heading"><strong>{_e(heading)}</strong></h4>'
                + "".join(links)
                + '<div style="height:25px" aria-hidden="true" class="wp-block-spacer"></div>'
            )
        if newest is None:
            newest = today - dt.timedelta(days=draw(st.integers(20, 400)))
        when = dt.datetime.combine(newest, dt.time(8 + item.numeral % 9, 11, 50))
        title = item.label
        path = unique(
            f"/inicio/{when.year}/{when.month:02d}/{when.day:02d}/{_slug(title)[:40]}/", seen
        )
        posts.append((when, path, title, content, item.numeral))
        portal.notes[item.numeral] = f"entradas/{len(years)} years/prefix={prefix_numeral}"
    posts.sort(key=lambda p: p[0], reverse=True)

    def stamp(when: dt.datetime) -> str:
        return (
            f'<time class="entry-date published" datetime="{when.isoformat()}-06:00">'
            f"{_long(when.date())}</time>"
        )

    recent = "".join(f'<li><a href="{p[1]}">{_e(p[2])}</a></li>' for p in posts[:5])
    sidebar = (
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f'<h2 class="widget-title">{_e(words["recent"]["text"])}</h2><ul>{recent}</ul>'
        "</section></aside>"
    )
    for when, path, title, content, _n in posts:
        article = (
            f'<article class="post type-post status-publish format-standard hentry '
            f'category-{_slug(category)}"><header class="entry-header">'
            f'<div class="entry-meta"><span class="posted-on">{stamp(when)}</span>'
            f'<span class="cat-links"><a href="{base}" rel="category tag">{_e(category)}</a>'
            f'</span></div></header><div class="entry-content">{content}</div></article>'
        )
        routes[path] = Resource(_shell(title, article + sidebar, today))
    per_page = int(words["per_page"]["text"])
    pages = [posts[i : i + per_page] for i in range(0, len(posts), per_page)] or [[]]
    for number, chunk in enumerate(pages):
        entries = "".join(
            f'<article class="post type-post status-publish hentry category-{_slug(category)}">'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{p}" rel="bookmark">'
            f"{_e(t)}</a></h2>"
            f'<div class="entry-meta"><span class="posted-on"><a href="{p}" rel="bookmark">'
            f"{stamp(w)}</a></span></div></header>"
            f'<div class="entry-summary"><p>{_e(_excerpt(c))}</p></div>'
            f'<a class="more-link" href="{p}">{_e(words["read_more"]["text"])}</a></article>'
            for w, p, t, c, _n in chunk
        )
        nav = []
        for other in range(len(pages)):
            href = base if other == 0 else f"{base}page/{other + 1}/"
            if other == number:
                nav.append(
                    f'<span aria-current="page" class="page-numbers current">{other + 1}</span>'
                )
            else:
                nav.append(f'<a class="page-numbers" href="{href}">{other + 1}</a>')
        if number + 1 < len(pages):
            nav.append(
                f'<a class="next page-numbers" href="{base}page/{number + 2}/">'
                f"{_e(words['next']['text'])}</a>"
            )
        pager = (
            '<nav class="navigation pagination" aria-label="Entradas"><div class="nav-links">'
            f"{''.join(nav)}</div></nav>"
            if len(pages) > 1
            else ""
        )
        title = words["archive_title"]["text"].format(category=category)
        path = base if number == 0 else f"{base}page/{number + 1}/"
        routes[path] = Resource(_shell(title, entries + pager + sidebar, today))
        for post in chunk:
            portal.notes[post[4]] += f"/archive page {number + 1}"
    _home(routes, base, category)
    return routes


# -- adjuntos (an <ol> of the law's list, documents behind attachment pages) ---------------------


def _adjuntos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM3["adjuntos"]
    seen: set[str] = set()
    index = "/informacion-publica-de-oficio/"
    lines = []
    for item in _present(items):
        links = []
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 15)))
            slug = _slug(doc.name)[:60]
            page = unique(f"/{slug}/", seen)
            doc.path = unique(f"/wp-content/uploads/{up.year}/{up.month:02d}/{slug}.pdf", seen)
            article = (
                f'<article class="attachment type-attachment status-inherit hentry">'
                f'<header class="entry-header"><div class="entry-meta">'
                f'{_e(words["published"]["text"])} <time class="entry-date" '
                f'datetime="{up.isoformat()}T10:00:00-06:00">{_long(up)}</time></div></header>'
                f'<div class="entry-content"><p class="attachment"><a href=\'{_e(doc.path)}\'>'
                f"{_e(doc.name)}</a></p></div>"
                f'<p class="page-title"><a href="{index}" rel="gallery">← '
                f"{_e(words['back']['text'].format(parent=words['title']['text']))}</a></p>"
                "</article>"
            )
            routes[page] = Resource(_shell(doc.name, article, today))
            links.append(f'<li><a href="{page}">{_e(doc.name)}</a></li>')
        text = "".join(f"<br>{_e(w)}" for w in item_words(item))
        inner = f'<ul class="wp-block-list">{"".join(links)}</ul>' if links else ""
        lines.append(f'<li value="{item.numeral}">{_e(item.label)}{text}{inner}</li>')
        portal.notes[item.numeral] = f"adjuntos/{len(links)} attachment pages"
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ol class="wp-block-list">{"".join(lines)}</ol>'
    )
    routes[index] = Resource(_shell(words["title"]["text"], body, today))
    _home(routes, index, words["title"]["text"])
    return routes


_BUILDERS = {
    "vista": _vista,
    "registros": _registros,
    "entradas": _entradas,
    "adjuntos": _adjuntos,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 3 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    item = next(i for i in portal.items if i.numeral == numeral)
    first = [f'<li value="{numeral}">', _e(item.label.upper())]
    return kit_snippet(portal, numeral, width, first)
