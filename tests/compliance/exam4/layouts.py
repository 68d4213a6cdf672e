"""Fourth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first three exams'. Wording and structure: ``wording.toml`` here (sources
there). Layouts:

* ``codigos``: pages named only by codes, as the RIC portal's ``/Articulo10_Numeral_04_04_2020``:
  an "Artículo 10" index whose links are only "Numeral 08" → ``/Articulo10_Numeral_08`` (the
  item's label, its words and links to its years "2026", "2025") → one page per numeral and year
  ``/Articulo10_Numeral_08_2026`` titled "Numeral 08 <item> Año 2026" whose monthly documents
  are linked by the month's name alone ("enero", "febrero"); files named by codes
  (``/Documentos/Articulo10/08/2026/08_01_2026.pdf``).
* ``arbol``: a WordPress category page ``/?cat=130`` of the information office's site (CONAP):
  one nested bullet tree, item → its words → year → month → documents.
* ``articulos``: a Joomla category list (table "Título | Fecha de publicación | Visitas", newest
  article first) under "Transparencia"; one article per numeral whose documents are EMBEDDED:
  an ``<iframe>`` of the PDF, an ``<object data=…>`` with a "Descargar" fallback link, or a
  pdf.js viewer ``/media/pdfjs/web/viewer.html?file=<pdf>``.
* ``banners``: a WordPress/Elementor page whose HTML widget holds a whole pasted HTML document
  (its own ``<!DOCTYPE>``, ``<head>``, ``<title>Título Tecnológico</title>`` and CSS); each item a
  ``<div class="titulo-destellos"><h2>…</h2></div>`` banner, its words, and cards of document
  buttons ("VER DOCUMENTO" / "Descargar PDF") with the document's name as the card's caption.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
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
    Doc,
    Item,
    Routes,
    _e,
    _home,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("codigos", "arbol", "articulos", "banners")
EXAM4 = wording(__file__)
# Which generated layout's truth conventions an exam4 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * codigos / articulos: "joomla" — one page (or article) per numeral, titled with its number,
#   the law's wording on the page.
# * arbol: "lines" — list lines naming a numeral, followed by their documents; own text allowed.
# * banners: "wordpress" — one page, a heading per item (bare labels allowed: the banners are
#   in the law's order), own text allowed.
_INNER = {"codigos": "joomla", "arbol": "lines", "articulos": "joomla", "banners": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _paragraphs(item: Item, css: str = "") -> str:
    return paragraphs(item_words(item), css)


def _monthly(item: Item) -> bool:
    return ITEMS[item.numeral]["rhythm"] == "monthly"


def _by_year(item: Item) -> dict[int, list[Doc]]:
    """The item's documents by the year they cover, newest year first (document order kept)."""
    years: dict[int, list[Doc]] = {}
    for doc in item.docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return dict(sorted(years.items(), reverse=True))


# -- codigos (RIC: pages named by codes, months as link texts) -----------------------------------


def _codigos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM4["codigos"]
    seen: set[str] = set()
    index = "/Articulo10"
    links = []
    for item in _present(items):
        nn = f"{item.numeral:02d}"
        page = f"/Articulo10_Numeral_{nn}"
        links.append(
            f'<li class="list-group-item"><a href="{page}">'
            f"{_e(words['numeral_link']['text'].format(nn=nn))}</a></li>"
        )
        years = _by_year(item)
        year_links = []
        for year, docs in years.items():
            year_page = f"{page}_{year}"
            year_links.append(f'<a class="btn btn-outline-primary" href="{year_page}">{year}</a>')
            rows = []
            for i, doc in enumerate(docs):
                assert doc.modified is not None
                if _monthly(item):
                    code = f"{nn}_{doc.modified.month:02d}_{year}"
                    text = MESES[doc.modified.month - 1].lower()
                else:
                    code = f"{nn}_{year}_{i + 1}"
                    text = doc.name
                doc.path = unique(f"/Documentos/Articulo10/{nn}/{year}/{code}.pdf", seen)
                rows.append(f'<li><a href="{_e(doc.path)}" target="_blank">{_e(text)}</a></li>')
            title = words["year_title"]["text"].format(nn=nn, plain=item.plain, year=year)
            body = (
                f'<nav class="breadcrumb"><a href="/">Inicio</a> / <a href="{index}">'
                f'{_e(words["index_title"]["text"])}</a> / <a href="{page}">'
                f"{_e(words['numeral_link']['text'].format(nn=nn))}</a></nav>"
                f'<ul class="meses">{"".join(rows)}</ul>'
            )
            routes[year_page] = Resource(_page(title, body, today=today))
        choose = ""
        if year_links:
            choose = (
                f"<p>{_e(words['choose_year']['text'])}</p>"
                f'<div class="btn-group">{"".join(year_links)}</div>'
            )
        body = (
            f'<nav class="breadcrumb"><a href="/">Inicio</a> / <a href="{index}">'
            f"{_e(words['index_title']['text'])}</a></nav>{_paragraphs(item)}{choose}"
        )
        routes[page] = Resource(_page(item.label, body, today=today))
        portal.notes[item.numeral] = f"codigos/{len(years)} year pages/monthly={_monthly(item)}"
    hub = "".join(f"<li>{_e(h['text'])}</li>" for h in words["hub"])
    body = (
        f"<ul class='hub'>{hub}</ul><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="list-group">{"".join(links)}</ul>'
    )
    routes[index] = Resource(_page(words["index_title"]["text"], body, today=today))
    _home(routes, index, words["index_title"]["text"])
    return routes


# -- arbol (CONAP: one nested bullet tree item → year → month → documents) -----------------------


def _arbol_shell(title: str, body: str, today: dt.date) -> bytes:
    words = EXAM4["arbol"]
    weekday = words["weekdays"]["text"].split()[today.weekday()]
    stamp = f"{weekday}, {MESES[today.month - 1].lower()} {today.day}, {today.year}"
    menu = "".join(
        f'<li class="menu-item"><a href="{words["category_path"]["text"] if i == 0 else "#"}">'
        f"{_e(m['text'])}</a></li>"
        for i, m in enumerate(words["menu"])
    )
    top = (
        f'<a class="skip-link screen-reader-text" href="#content">{_e(words["skip"]["text"])}</a>'
        f'<div class="top-date">{_e(stamp)}</div>'
        f'<p class="site-title">{_e(words["site"]["text"])}</p>'
        f'<nav class="secondary-menu"><ul>{menu}</ul></nav>'
    )
    page = _page(title, body, today=today)
    return page.replace(
        b"<header class='site-header'>", b"<header class='site-header'>" + top.encode(), 1
    )


def _arbol(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM4["arbol"]
    seen: set[str] = set()
    bold = draw(st.booleans())  # "<strong>label</strong>" or the label as plain text
    lines = []
    for item in _present(items):
        label = f"<strong>{_e(item.label)}</strong>" if bold else _e(item.label)
        inner = "".join(f"<li>{_e(w)}</li>" for w in item_words(item))
        for year, docs in _by_year(item).items():
            if _monthly(item):
                months: dict[int, list[Doc]] = {}
                for doc in docs:
                    assert doc.modified is not None
                    months.setdefault(doc.modified.month, []).append(doc)
                parts = []
                for month, month_docs in sorted(months.items()):
                    links = []
                    for doc in month_docs:
                        up = uploaded(doc, today, draw(st.integers(3, 15)))
                        doc.path = unique(
                            f"/wp-content/uploads/{up.year}/{up.month:02d}/"
                            f"{_slug(doc.name)[:60]}.pdf",
                            seen,
                        )
                        links.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
                    parts.append(f"<li>{MESES[month - 1]}<ul>{''.join(links)}</ul></li>")
                inner += f"<li>{year}<ul>{''.join(parts)}</ul></li>"
            else:
                links = []
                for doc in docs:
                    up = uploaded(doc, today, draw(st.integers(3, 40)))
                    doc.path = unique(
                        f"/wp-content/uploads/{up.year}/{up.month:02d}/{_slug(doc.name)[:60]}.pdf",
                        seen,
                    )
                    links.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
                inner += f"<li>{year}<ul>{''.join(links)}</ul></li>"
        nested = f"<ul>{inner}</ul>" if inner else ""
        lines.append(f"<li>{label}{nested}</li>")
        portal.notes[item.numeral] = f"arbol/bold={bold}/{len(item.docs)} docs"
    body = (
        f'<div id="content"><h2>{_e(words["heading"]["text"])}</h2>'
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="wp-block-list">{"".join(lines)}</ul></div>'
    )
    path = words["category_path"]["text"]
    title = words["menu"][0]["text"]
    routes[path] = Resource(_arbol_shell(title, body, today))
    _home(routes, path, title)
    return routes


# -- articulos (Joomla category list; documents embedded in the articles) ------------------------


_VIEWER = (
    "<!doctype html><html dir='ltr'><head><meta charset='utf-8'><title>PDF.js viewer</title>"
    "<script src='../build/pdf.js'></script><script src='viewer.js'></script></head>"
    "<body><div id='outerContainer'><div id='viewerContainer'><div id='viewer' "
    "class='pdfViewer'></div></div></div></body></html>"
)


def _articulos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM4["articulos"]
    seen: set[str] = set()
    embed = draw(st.sampled_from(["iframe", "object", "pdfjs"]))
    caption = draw(st.booleans())  # the document's name printed above its viewer, or not
    base = "/index.php/transparencia"
    rows: list[tuple[dt.date, str, str, int]] = []
    for item in _present(items):
        alias = f"{item.numeral}-{_slug(item.plain)[:30]}"
        path = f"{base}/{alias}"
        viewers = []
        newest: dt.date | None = None
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 20)))
            newest = max(newest, up) if newest else up
            doc.path = unique(
                f"/images/transparencia/articulo10/{item.numeral:02d}/{_slug(doc.name)[:50]}.pdf",
                seen,
            )
            head = f"<p><strong>{_e(doc.name)}</strong></p>" if caption else ""
            if embed == "iframe":
                viewer = (
                    f'<iframe src="{_e(doc.path)}" width="100%" height="600" '
                    f'title="{_e(doc.name)}" frameborder="0"></iframe>'
                )
            elif embed == "object":
                viewer = (
                    f'<object data="{_e(doc.path)}" type="application/pdf" width="100%" '
                    f'height="600"><p>{_e(words["no_plugin"]["text"])} '
                    f'<a href="{_e(doc.path)}">{_e(words["download"]["text"])}</a></p></object>'
                )
            else:
                viewer = (
                    f'<iframe src="/media/pdfjs/web/viewer.html?file={_e(doc.path)}" '
                    'width="100%" height="600" style="border:0"></iframe>'
                )
            viewers.append(f'<div class="pdf-embed">{head}{viewer}</div>')
        if newest is None:
            newest = today - dt.timedelta(days=draw(st.integers(30, 700)))
        hits = draw(st.integers(3, 4000))
        info = (
            f'<dl class="article-info muted"><dt class="article-info-term">'
            f"{_e(words['details']['text'])}</dt>"
            f'<dd class="category-name">{_e(words["category_line"]["text"])}</dd>'
            f'<dd class="published"><time datetime="{newest.isoformat()}T10:00:00-06:00">'
            f"{_e(words['published_line']['text'].format(date=newest.strftime('%d/%m/%Y')))}"
            f'</time></dd><dd class="hits">{_e(words["hits_line"]["text"].format(hits=hits))}'
            "</dd></dl>"
        )
        body = (
            f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">'
            f"{_e(item.label)}</h2></div>{info}"
            f'<div itemprop="articleBody">{_paragraphs(item)}{"".join(viewers)}</div></div>'
        )
        routes[path] = Resource(_page(item.label, body, today=today))
        rows.append((newest, path, item.label, hits))
        portal.notes[item.numeral] = f"articulos/{embed}/caption={caption}/{len(viewers)} embeds"
    if embed == "pdfjs":
        # The viewer is one static page; the loopback server keys routes by path AND query, so it
        # is served at every ``?file=`` address the articles use (a real server ignores the
        # query). It answers 200 even for a broken document: only the PDF it loads fails.
        routes["/media/pdfjs/web/viewer.html"] = Resource(_VIEWER.encode("utf-8"))
        for item in items:
            for doc in item.docs:
                routes[f"/media/pdfjs/web/viewer.html?file={doc.path}"] = Resource(
                    _VIEWER.encode("utf-8")
                )
    rows.sort(key=lambda r: r[0], reverse=True)  # the category's order: most recent first
    table_rows = "".join(
        f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" '
        f'class="list-title"><a href="{p}">{_e(t)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">'
        f"{d.day:02d} {MESES[d.month - 1]} {d.year}</td>"
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">'
        f"{_e(words['hits_line']['text'].format(hits=h))}</span></td></tr>"
        for i, (d, p, t, h) in enumerate(rows)
    )
    table = (
        '<form action="" method="post" name="adminForm" id="adminForm"><fieldset class="filters">'
        f'<div class="display-limit">{_e(words["display"]["text"])} <select name="limit">'
        '<option value="5">5</option><option value="10">10</option>'
        '<option value="0" selected>Todos</option></select></div></fieldset>'
        '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
        f'<th id="categorylist_header_title">{_e(words["header_title"]["text"])}</th>'
        f'<th id="categorylist_header_date">{_e(words["header_date"]["text"])}</th>'
        f'<th id="categorylist_header_hits">{_e(words["header_hits"]["text"])}</th>'
        f"</tr></thead><tbody>{table_rows}</tbody></table></form>"
    )
    body = (
        f"<h2>{_e(words['subtitle']['text'])}</h2>"
        f"<p><strong>Artículo 10.</strong> {_e(WORDING['article']['opening']['text'])}</p>{table}"
    )
    routes[base] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, base, words["title"]["text"])
    return routes


# -- banners (Elementor HTML widget holding a whole pasted HTML document) ------------------------


def _banners(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM4["banners"]
    seen: set[str] = set()
    button = draw(st.sampled_from([b["text"] for b in words["button_texts"]]))
    sections = []
    for item in _present(items):
        cards = []
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 25)))
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{_slug(doc.name)[:60]}.pdf", seen
            )
            cards.append(
                f'<div class="doc-card"><span class="doc-titulo">{_e(doc.name)}</span>'
                f'<a class="btn-doc" href="{_e(doc.path)}" target="_blank" rel="noopener">'
                f"{_e(button)}</a></div>"
            )
        grid = f'<div class="doc-grid">{"".join(cards)}</div>' if cards else ""
        sections.append(
            f'<div class="titulo-destellos"><h2>{_e(item.label)}</h2></div>'
            f'<div class="contenido">{_paragraphs(item, "texto")}{grid}</div>'
        )
        portal.notes[item.numeral] = f"banners/{button}/{len(cards)} cards"
    pasted = (
        '<!DOCTYPE html>\r\n<html lang="es">\r\n<head>\r\n<meta charset="UTF-8">\r\n'
        f"<title>{_e(words['inner_title']['text'])}</title>\r\n\r\n<style>\r\n"
        f"{words['css']['text']}</style>\r\n</head>\r\n<body>\r\n"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        + "\r\n".join(sections)
        + "\r\n</body>\r\n</html>"
    )
    body = (
        '<div data-elementor-type="wp-page" data-elementor-id="1514" class="elementor '
        'elementor-1514" data-elementor-post-type="page"><div class="elementor-element '
        'elementor-element-20aafa2 e-con-full e-flex e-con e-parent" data-id="20aafa2" '
        'data-element_type="container"><div class="elementor-element elementor-element-e295da0 '
        'elementor-widget elementor-widget-html" data-id="e295da0" data-element_type="widget" '
        'data-widget_type="html.default"><div class="elementor-widget-container">'
        f"{pasted}</div></div></div></div>"
    )
    path = "/index.php/ley-de-acceso-a-la-informacion-publica/"
    routes[path] = Resource(_page(words["page_title"]["text"], body, today=today))
    _home(routes, path, words["page_title"]["text"])
    return routes


_BUILDERS = {
    "codigos": _codigos,
    "arbol": _arbol,
    "articulos": _articulos,
    "banners": _banners,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 4 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


snippet = kit_snippet
