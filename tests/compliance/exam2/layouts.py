"""Second exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first exam's (``tests/compliance/exam/``). Wording and structure:
``wording.toml`` here (sources there). Layouts:

* ``carpetas``: one "Información Pública de Oficio" page, every numeral a ``<details>``
  accordion: round number badge + name + "N carpetas" / "Sin contenido" in the ``<summary>``;
  inside, one folder per year (a nested ``<details>``, "N docs"), each document a row "title /
  file.pdf · NN KB · dd/mm/yyyy / Ver PDF" (a Guatemalan municipal React page, rendered static).
* ``drive``: a Google-Sites-like "DECRETO NO. 57-2008" page, a heading per numeral and under it
  an ``<iframe>`` of a Google Drive embedded folder view (``/embeddedfolderview?id=…``); the
  frame lists ``flip-entry`` files linking to the Drive viewer ``/file/d/<id>/view``, whose page
  links "Descargar" to ``/uc?id=<id>&export=download`` (the PDF).
* ``meses``: one grid "No. | Información | Año | Enero … Diciembre"; a monthly numeral gets a
  row per year with its PDFs in the month columns (link text only "PDF" / "Ver", the name in
  the ``title`` attribute); other numerals one row whose documents span the months.
* ``elementor``: a WordPress/Elementor index of icon boxes (or image widgets whose only text is
  the ``title``/``alt`` of the image) → one page per numeral titled "<item> numeral <n>", its
  documents as Elementor buttons "Descargar" under a heading, or an icon list; PDFs under
  ``/wp-content/uploads/<year>/<month>/``; a news strip on the index.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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
    _home,
    _page,
    _present,
    _slug,
    _words,
)

LAYOUTS = ("carpetas", "drive", "meses", "elementor")
EXAM2 = wording(__file__)
# Which generated layout's truth conventions an exam2 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed, broken tables):
# * carpetas / meses: "table" — bare labels allowed (the number is in its own badge / column),
#   no own text (neither a folder list nor a grid has room for a paragraph of the municipality's).
# * drive: "wordpress" — a page of headings, own text allowed.
# * elementor: "joomla" — one page per numeral, numbered labels, law text on the page.
_INNER = {"carpetas": "table", "drive": "wordpress", "meses": "table", "elementor": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


_CONTACT = (
    '<div class="footer-contacto"><p>Palacio Municipal, 1a. Calle 2-15 Zona 1</p>'
    '<p><a href="tel:+50277654321">7765-4321</a> · '
    '<a href="mailto:uip@municipalidad.gob.gt">uip@municipalidad.gob.gt</a></p></div>'
)


def _shell(title: str, body: str, today: dt.date) -> bytes:
    """A page of the generator's shell, the municipal contact lines (no off-site links on a
    loopback exam) in its <footer>, where real sites print them."""
    page = _page(title, body, today=today)
    return page.replace(b"</footer>", _CONTACT.encode() + b"</footer>", 1)


# -- carpetas ------------------------------------------------------------------------------------


def _plural(template: str, count: int) -> str:
    return template.format(count=count, s="" if count == 1 else "s")


def _carpetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM2["carpetas"]
    folder_name = draw(st.sampled_from([f["text"] for f in words["folder_names"]]))
    opened = draw(st.booleans())  # the first category printed open, or all closed
    blocks = []
    published = []
    for index, item in enumerate(_present(items)):
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        folders = []
        for year in years:
            rows = []
            docs = [d for d in item.docs if d.modified and d.modified.year == year]
            for doc in docs:
                kb = draw(st.integers(60, 9_000))
                rows.append(
                    '<div class="doc-row"><div class="doc-icon"><svg class="lucide-file-text" '
                    'width="14" height="14" aria-hidden="true"></svg></div>'
                    f'<div class="doc-info"><p class="doc-title">{_e(doc.name)}</p>'
                    f'<p class="doc-meta">{_slug(doc.name)}.pdf · {kb} KB · '
                    f"{day_month_year(uploaded(doc, today, 6))}</p></div>"
                    f'<a href="{_e(doc.path)}" target="_blank" rel="noopener noreferrer" '
                    f'class="doc-link"><svg class="lucide-download" width="13" height="13" '
                    f'aria-hidden="true"></svg> {_e(words["view"]["text"])}</a></div>'
                )
            name = folder_name.format(year=year)
            folders.append(
                '<details class="carpeta"><summary><svg class="lucide-folder" aria-hidden="true">'
                f'</svg><span class="carpeta-nombre">{_e(name)}</span>'
                f'<span class="carpeta-total">{_plural(words["docs"]["text"], len(docs))}</span>'
                f'</summary><div class="docs">{"".join(rows)}</div></details>'
            )
        count = (
            _plural(words["folders"]["text"], len(folders)) if folders else words["nothing"]["text"]
        )
        inner = _words(item)
        if folders:
            inner += f'<div class="carpetas">{"".join(folders)}</div>'
            published.append(item)
        elif item.truth == "empty" and not item.phrase:
            inner += f'<p class="vacio">{_e(words["unavailable"]["text"])}</p>'
        is_open = " open" if opened and index == 0 else ""
        blocks.append(
            f'<details class="categoria" id="cat-LAIP-{item.numeral}"{is_open}><summary>'
            f'<span class="badge-numero">{item.numeral}</span>'
            f'<span class="categoria-nombre">{_e(item.label)}</span>'
            f'<span class="categoria-total">{_e(count)}</span></summary>'
            f'<div class="categoria-cuerpo">{inner}</div></details>'
        )
        portal.notes[item.numeral] = f"carpetas/{folder_name}/{len(folders)} folders"
    tabs = "".join(
        f'<button class="tab{" activo" if i == 0 else ""}">{_e(t["text"])}</button>'
        for i, t in enumerate(words["tabs"])
    )
    side = "".join(
        f"<li>{item.numeral}. {_e(item.plain)} <span>{len({d.modified.year for d in item.docs})}"
        "</span></li>"
        for item in published
    )
    body = (
        f'<div class="hero"><span class="hero-seccion">{_e(words["hero"]["text"])}</span>'
        f"<p>{_e(words['intro']['text'])}</p></div>"
        f'<div class="tabs">{tabs}</div>'
        f'<div class="grid"><div class="categorias">{"".join(blocks)}</div>'
        f'<aside class="panel"><p class="panel-titulo">{_e(words["published"]["text"])}</p>'
        f"<ul>{side}</ul><p>{len(published)} / 29</p></aside></div>"
    )
    path = "/informacion-publica/oficio"
    routes[path] = Resource(_shell(words["title"]["text"], body, today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- drive ---------------------------------------------------------------------------------------


def _drive_id(draw: st.DrawFn) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
    return "1" + "".join(draw(st.sampled_from(alphabet)) for _ in range(8)) + "x" * 24


# A 1x1 PNG.
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def _short_date(day: dt.date, today: dt.date) -> str:
    months = EXAM2["drive"]["short_months"]["text"].split()
    if day.year == today.year:
        return f"{day.day} {months[day.month - 1]}"
    return f"{day.day}/{day.month}/{day.year % 100:02d}"


def _drive(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM2["drive"]
    heading = draw(st.sampled_from(["h2", "h3"]))
    used: set[str] = set()

    def fresh_id() -> str:
        while True:
            value = _drive_id(draw)
            if value not in used:
                used.add(value)
                return value

    sections = []
    for item in _present(items):
        item.post = False
        part = f'<{heading} class="zfr3Q">{_e(item.label)}</{heading}>' + _words(item)
        embed = bool(item.docs) or item.truth == "empty"
        if embed:
            folder = fresh_id()
            entries = []
            for doc in item.docs:
                file_id = fresh_id()
                viewer = f"/file/d/{file_id}/view?usp=drive_web"
                download = f"/uc?id={file_id}&export=download"
                title = f"{doc.name}.pdf"
                assert doc.modified is not None
                entries.append(
                    f'<div class="flip-entry" id="entry-{file_id}" tabindex="0" role="link">'
                    f'<div class="flip-entry-info"><a href="{viewer}" target="_blank">'
                    '<div class="flip-entry-list-icon"><img src="/static/type/application/pdf" '
                    'alt=""></div>'
                    f'<div class="flip-entry-title">{_e(title)}</div></a></div>'
                    f'<div class="flip-entry-last-modified"><div>'
                    f"{_short_date(uploaded(doc, today, 3), today)}</div></div></div>"
                )
                doc.path = download
                if doc.ok:
                    button = _e(words["download"]["text"])
                    routes[viewer] = Resource(
                        (
                            "<!doctype html><html><head><meta charset='utf-8'>"
                            f"<title>{_e(title)} - Google Drive</title>"
                            f'<meta property="og:title" content="{_e(title)}"></head><body>'
                            f'<div class="ndfHFb-c4YZDc">{_e(title)}</div>'
                            f'<a href="{_e(download)}" aria-label="{button}">{button}</a>'
                            "</body></html>"
                        ).encode()
                    )
                else:
                    routes[viewer] = Resource(
                        b"<!doctype html><html><head><title>Google Drive - "
                        b"Page Not Found</title></head><body><p>Lo sentimos, el archivo que has "
                        b"solicitado no existe.</p></body></html>",
                        404,
                    )
            listing = (
                "<!doctype html><html><head><meta charset='utf-8'>"
                f"<title>{_e(item.plain)} - Google Drive</title></head><body>"
                f'<div class="flip-entries">{"".join(entries)}</div></body></html>'
            )
            routes[f"/embeddedfolderview?id={folder}"] = Resource(listing.encode("utf-8"))
            part += (
                f'<div class="embed"><iframe src="/embeddedfolderview?id={folder}#list" '
                'width="100%" height="300" frameborder="0"></iframe></div>'
            )
        sections.append(f'<section class="yaqOZd">{part}</section>')
        portal.notes[item.numeral] = f"drive/{'iframe' if embed else 'text'}"
    body = (
        f"<h2>{_e(words['title']['text'])}<br><span>{_e(words['subtitle']['text'])}</span></h2>"
        f"<p><strong>{_e(words['article']['text'])}</strong> "
        f"{_e(WORDING['article']['opening']['text'])}</p>"
        f"{''.join(sections)}"
    )
    # The file-type icon of the list (Drive serves it from another host; here from this one).
    routes["/static/type/application/pdf"] = Resource(_PNG, content_type="image/png")
    path = "/view/municipalidad/informacion-publica"
    routes[path] = Resource(_shell("Información Pública", body, today))
    _home(routes, path, "Información Pública")
    return routes


# -- meses ---------------------------------------------------------------------------------------


def _meses(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM2["meses"]
    cell = draw(st.sampled_from([c["text"] for c in words["cell_text"]] + ["icon"]))
    dash = words["no_document"]["text"]
    head = "".join(f"<th>{_e(h['text'])}</th>" for h in words["header"])
    head += "".join(f"<th>{m}</th>" for m in MESES)
    rows = []

    def link(doc: Doc) -> str:
        if cell == "icon":
            text = f'<img src="/wp-content/uploads/pdf-icon.png" alt="PDF" title="{_e(doc.name)}">'
        else:
            text = _e(cell)
        return f'<a href="{_e(doc.path)}" title="{_e(doc.name)}" target="_blank">{text}</a>'

    for item in _present(items):
        number = f"{item.numeral}"
        name = _e(item.label)
        monthly = ITEMS[item.numeral]["rhythm"] == "monthly"
        if item.docs and monthly:
            by_year: dict[int, dict[int, list[Doc]]] = {}
            for doc in item.docs:
                assert doc.modified is not None
                by_year.setdefault(doc.modified.year, {}).setdefault(doc.modified.month, [])
                by_year[doc.modified.year][doc.modified.month].append(doc)
            years = sorted(by_year, reverse=True)
            for i, year in enumerate(years):
                cells = "".join(
                    f"<td>{' '.join(link(d) for d in by_year[year].get(m, [])) or dash}</td>"
                    for m in range(1, 13)
                )
                lead = ""
                if i == 0:
                    span = f' rowspan="{len(years)}"' if len(years) > 1 else ""
                    lead = f"<td{span}>{number}</td><td{span}>{name}{_small(item)}</td>"
                rows.append(f"<tr>{lead}<td>{year}</td>{cells}</tr>")
            portal.notes[item.numeral] = f"meses/monthly/{cell}/{len(years)} years"
        elif item.docs:
            links = "<br>".join(
                f'<a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a>' for d in item.docs
            )
            years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
            rows.append(
                f"<tr><td>{number}</td><td>{name}{_small(item)}</td>"
                f"<td>{years[0] if years else ''}</td>"
                f'<td colspan="12">{links}</td></tr>'
            )
            portal.notes[item.numeral] = "meses/span"
        else:
            text = _words(item)
            rows.append(
                f"<tr><td>{number}</td><td>{name}</td><td></td>"
                f'<td colspan="12">{text or dash}</td></tr>'
            )
            portal.notes[item.numeral] = "meses/text"
    caption = words["caption"]["text"].format(year=today.year)
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<div class="table-responsive"><table class="table table-bordered laip-meses">'
        f"<caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    path = "/transparencia/informacion-publica-de-oficio/"
    routes[path] = Resource(_shell("Información Pública de Oficio", body, today))
    _home(routes, path, "Información Pública de Oficio")
    return routes


def _small(item: Item) -> str:
    """What a grid row prints under the item's name besides its documents."""
    text = _words(item, law=False)
    return f'<div class="small">{text}</div>' if text else ""


# -- elementor -----------------------------------------------------------------------------------


_SVG = '<svg aria-hidden="true" class="e-font-icon-svg e-fas-file-alt" viewBox="0 0 384 512"></svg>'


def _widget(kind: str, inner: str) -> str:
    return (
        f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM2["elementor"]
    seen: set[str] = set()
    index_style = draw(st.sampled_from(["iconbox", "image"]))
    doc_style = draw(st.sampled_from(["buttons", "iconlist"]))
    base = "/index.php/informacion-publica"
    boxes = []
    for item in _present(items):
        title = words["page_title"]["text"].format(item=item.plain, numeral=item.numeral)
        if draw(st.booleans()):
            title = item.label
        path = f"{base}/{_slug(item.plain)[:50]}-numeral-{item.numeral}/"
        if index_style == "iconbox":
            boxes.append(
                _widget(
                    "icon-box",
                    '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon">'
                    f'<a href="{path}" class="elementor-icon elementor-animation-grow" '
                    f'tabindex="-1">{_SVG}</a></div><div class="elementor-icon-box-content">'
                    f'<h3 class="elementor-icon-box-title"><a href="{path}">{_e(title)}</a></h3>'
                    "</div></div>",
                )
            )
        else:
            # An image widget linking to the page; the name is only the image's title / alt,
            # and a separate text widget under it, not a link.
            boxes.append(
                _widget(
                    "image",
                    f'<a href="{path}"><img width="150" height="150" '
                    f'src="/wp-content/uploads/2025/08/numeral-{item.numeral}.png" '
                    f'class="attachment-thumbnail size-thumbnail" alt="{_e(title)}" '
                    f'title="{_e(title)}"></a>',
                )
                + _widget("text-editor", f"<p>{_e(str(item.numeral))}</p>")
            )
        # The numeral's own page.
        parts = [
            _widget(
                "icon",
                f'<div class="elementor-icon-wrapper" id="iconoinfo"><div class="elementor-icon">'
                f"{_SVG}</div></div>",
            ),
            _widget("heading", f'<h2 class="elementor-heading-title">{_e(title)}</h2>'),
        ]
        text = _words(item)
        if text:
            parts.append(_widget("text-editor", text))
        if item.docs:
            listed = []
            for doc in item.docs:
                up = uploaded(doc, today, 5)
                doc.path = unique(
                    f"/wp-content/uploads/{up.year}/{up.month:02d}/{_slug(doc.name)}.pdf", seen
                )
                if doc_style == "buttons":
                    listed.append(
                        _widget(
                            "heading",
                            f'<h4 class="elementor-heading-title">{_e(doc.name)}</h4>',
                        )
                        + _widget(
                            "button",
                            '<div class="elementor-button-wrapper"><a class="elementor-button '
                            f'elementor-button-link elementor-size-sm" href="{_e(doc.path)}" '
                            'target="_blank"><span class="elementor-button-content-wrapper">'
                            '<span class="elementor-button-text">'
                            f"{_e(words['button']['text'])}</span></span></a></div>",
                        )
                    )
                else:
                    listed.append(
                        f'<li class="elementor-icon-list-item"><a href="{_e(doc.path)}" '
                        'target="_blank"><span class="elementor-icon-list-icon">'
                        f'{_SVG}</span><span class="elementor-icon-list-text">{_e(doc.name)}'
                        "</span></a></li>"
                    )
            if doc_style == "buttons":
                parts.extend(listed)
            else:
                parts.append(
                    _widget(
                        "icon-list",
                        f'<ul class="elementor-icon-list-items">{"".join(listed)}</ul>',
                    )
                )
        page = (
            f'<div data-elementor-type="wp-page" class="elementor">'
            f'<section class="elementor-section elementor-top-section">'
            f'<div class="elementor-container">{"".join(parts)}</div></section></div>'
        )
        routes[path] = Resource(_shell(title, page, today))
        portal.notes[item.numeral] = f"elementor/{index_style}/{doc_style}"
    news = "".join(
        f'<article class="elementor-post"><h3 class="elementor-post__title">'
        f'<a href="/noticias/obra-calle-principal/">{_e(n["text"][:60])}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">'
        f"{(today - dt.timedelta(days=3 * i + 1)).day} de "
        f"{MESES[(today - dt.timedelta(days=3 * i + 1)).month - 1].lower()} de "
        f"{(today - dt.timedelta(days=3 * i + 1)).year}</span></div>"
        f'<a class="elementor-post__read-more" href="/noticias/obra-calle-principal/">'
        f"{_e(words['more_news']['text'])}</a></article>"
        for i, n in enumerate(WORDING["noise"]["news"])
    )
    index_body = (
        f'<div class="elementor"><section class="elementor-section">'
        f'<div class="elementor-container elementor-grid">{"".join(boxes)}</div></section>'
        f'<section class="elementor-section noticias"><h2>{_e(words["news_title"]["text"])}</h2>'
        f'<div class="elementor-posts-container">{news}</div></section></div>'
    )
    index = f"{base}/"
    routes[index] = Resource(_shell(words["index_title"]["text"], index_body, today))
    _home(routes, index, words["index_title"]["text"])
    return routes


_BUILDERS = {"carpetas": _carpetas, "drive": _drive, "meses": _meses, "elementor": _elementor}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 2 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    item = next(i for i in portal.items if i.numeral == numeral)
    for path, resource in portal.routes.items():
        if path.endswith(f"-numeral-{numeral}/"):
            text = resource.body.decode("utf-8", "replace")
            main = text.split("<main>", 1)[-1]
            return f"{path}: …{main[:width]}…"
    needles = [
        f'id="cat-LAIP-{numeral}"',
        f"<td>{numeral}</td>",
        f"-numeral-{numeral}/",
        _e(item.label),
        _e(item.plain),
    ]
    for needle in needles:
        for path, resource in portal.routes.items():
            if not resource.content_type.startswith("text/html"):
                continue
            text = resource.body.decode("utf-8", "replace")
            at = text.find(needle)
            if at >= 0 and "<title>" + needle not in text[max(0, at - 7) : at + len(needle)]:
                return f"{path}: …{text[max(0, at - 150) : at + width]}…"
    return "(not on any page)"
