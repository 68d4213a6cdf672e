"""Fifty-sixth exam: four portal layouts whose theme is FREE WEBSITE BUILDERS, with the truth of
every section.

Small municipalities and mancomunidades build their transparency pages on hosted website builders
whose markup is their own: headings, text blocks, file download widgets, columns, accordions and
image + caption blocks each in the builder's classes, and every uploaded file at the address the
builder gives it (served here on the portal's own host). Items (truth, labels, documents, dates,
phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is each builder's markup around them.
The truth is what a careful citizen reading the page in a browser concludes: the item a document
belongs to is the heading (or accordion title, or page) it sits under; a document's period is in
its title or, when the widget shows no title, in its file name; the file's size, type, upload
stamp in the address (``?t=…``) and the page's own "Última actualización" line are not a
document's period; an item the site names nowhere is missing. Wording and markup:
``wording.toml`` here (sources there). Layouts:

* ``jimdo``: a Jimdo Creator page ``<div id="content_area">`` of modules: each item a ``j-header``
  (h1/h2/h3), its words in ``j-text`` modules, each document a ``j-downloadDocument`` module
  (PDF icon in ``leftDownload``; ``cc-m-download-title`` — the document's name, or empty —,
  ``cc-m-download-file-name``, "Documento Adobe Acrobat 245.3 KB", a "Descargar" link) or a
  ``j-imageSubtitle`` cover image linked to the file with the name as caption; documents sometimes
  in a two-column ``j-hgrid``; ``j-hr`` lines between items. Either one page, or a page listing
  the items (a ``j-text`` list and the submenu) each leading to its subpage. Files at
  ``/app/download/<id>/<name>.pdf?t=<upload stamp>`` (served as attachments).
* ``weebly``: ``<div id="wsite-content">``: an item a ``wsite-content-title`` heading or a bold
  ``paragraph``, its words in ``paragraph`` blocks, documents as Weebly file widgets (icon, bold
  name or file name, "File Size / File Type" rows, "Download File" / "Descargar archivo"), or as
  ``wsite-image`` covers with a caption; the widgets laid out in ``wsite-multicol`` columns (item
  text left, files right, or files in 2-3 columns); ``styled-hr`` spacers. One page, or an index
  page of ``.html`` item pages. Files at ``/uploads/1/4/8/8/148835555/<name>.pdf``.
* ``webnode``: ``b b-text`` blocks (h2/h3 headings, paragraphs, links to the files with "(245
  kB)"), ``column-wrapper`` columns, ``b-img`` blocks whose ``b-img-t`` caption names the
  linked document, or a document's name in text followed by a button block "Descargar";
  ``b-hr-line`` separators; "¡Crea tu página web gratis!" in the footer. One page or a page per
  item. Files at ``/_files/200000043-44cea44cec/<Name%20with%20spaces>.pdf``.
* ``squarespace``: Squarespace 7.1 sections of ``sqs-block-html`` blocks in ``sqs-row`` columns:
  either one accordion block (``accordion-item__click-target`` titles, the item's words and
  documents in ``accordion-item__description``) or per item an h3 html block, then its documents
  as paragraphs of links or as a name paragraph + a ``sqs-block-button`` "Descargar" (text left,
  buttons right). Files at ``/static/<24 hex>/t/<24 hex>/<ms>/<Name+With+Pluses>.pdf``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("jimdo", "weebly", "webnode", "squarespace")
EXAM56: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: headings over an item's
# words and documents (bare names allowed), and an accordion's titles.
_INNER = {"jimdo": "wordpress", "weebly": "wordpress", "webnode": "dl", "squarespace": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM56[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, sizes, upload lags), seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _move(
    items: list[Item], today: dt.date, rng: random.Random, where: Callable[[Doc, dt.date], str]
) -> dict[int, dt.date]:
    """Give every document the address the builder gives an uploaded file (``where`` of the
    document and its upload day); returns the upload days by ``id``."""
    lag = rng.randint(2, 15)
    seen: set[str] = set()
    days: dict[int, dt.date] = {}
    for item in items:
        for doc in item.docs:
            day = uploaded(doc, today, lag + rng.randint(0, 8))
            days[id(doc)] = day
            doc.path = unique(where(doc, day), seen)
    return days


def _stem(name: str) -> str:
    """A document's name as an uploaded file's name: no accents, hyphens, never cut (the widget
    may show only the file's name, whose period must then be whole)."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain)
    return "-".join(kept.split()) or "documento"


def _stamp(day: dt.date, rng: random.Random) -> int:
    """A Unix time on ``day`` (the builder's upload stamp)."""
    moment = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
    return int(moment.replace(tzinfo=dt.UTC).timestamp())


def _kb(rng: random.Random) -> float:
    return round(rng.uniform(60, 4800), 1)


def _site(draw: st.DrawFn) -> tuple[str, str]:
    """The body's name and the menu's word for its transparency page."""
    town = _pick(draw, "site", "towns")
    name = str(_pick(draw, "site", "names")).format(town=town)
    return name, str(_pick(draw, "site", "menu"))


def _updated(draw: st.DrawFn, today: dt.date) -> str:
    """The page's own "Última actualización" line (or none): a page stamp, no item's period."""
    if not draw(st.booleans()):
        return ""
    day = today - dt.timedelta(days=draw(st.integers(0, 20)))
    return str(_pick(draw, "site", "updated")).format(date=day_month_year(day))


def _intro(draw: st.DrawFn, today: dt.date) -> list[str]:
    """The page's opening texts: the law's opening, the office's line, the page stamp."""
    texts = [str(WORDING["article"]["opening"]["text"])]
    if draw(st.booleans()):
        texts.append(str(_w("site", "uip_line")))
    stamp = _updated(draw, today)
    if stamp:
        texts.append(stamp)
    return texts


def _index_title(draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    if item.law_text:
        return "ley"
    return "solo-titulo"


def _notes(portal: ExamPortal, variant: str) -> None:
    for item in portal.items:
        how = _how(item) if item.truth != "missing" else "ausente"
        portal.notes[item.numeral] = f"{variant}/{item_rhythm(item)}/{how}"


def _links(pages: Sequence[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in pages)


# -- jimdo ---------------------------------------------------------------------------------------


class _Jimdo:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next = rng.randint(9_000_000_000, 9_900_000_000)

    def id(self) -> int:
        self.next += self.rng.randint(3, 40)
        return self.next

    def header(self, text: str, tag: str) -> str:
        n = self.id()
        return (
            f'<div id="cc-m-{n}" class="j-module n j-header "><{tag} class="" '
            f'id="cc-m-header-{n}">{_e(text)}</{tag}></div>'
        )

    def text(self, texts: Sequence[str]) -> str:
        if not texts:
            return ""
        inner = "".join(f"<p>{_e(t)}</p>" for t in texts)
        return f'<div id="cc-m-{self.id()}" class="j-module n j-text ">{inner}</div>'

    def hr(self) -> str:
        return f'<div id="cc-m-{self.id()}" class="j-module n j-hr "><hr /></div>'

    def download(self, doc: Doc, titled: bool, word: str) -> str:
        n = self.id()
        name = doc.path.split("?")[0].rsplit("/", 1)[-1]
        title = _e(doc.name) if titled else ""
        size = f"{_kb(self.rng)} KB"
        icon = _e(str(_w("jimdo", "icon")))
        return (
            f'<div id="cc-m-{n}" class="j-module n j-downloadDocument "><div class="clearover">'
            f'<div class="leftDownload"><a target="_blank" href="{_e(doc.path)}"><img src="{icon}"'
            ' width="51" height="51" alt="Download" /></a></div><div class="rightDownload">'
            f'<div class="cc-m-download-wrapper"><div class="cc-m-download-title">{title}</div>'
            '<div class="cc-m-download-description"></div><div class="cc-m-download-file">'
            f'<div class="cc-m-download-file-name">{_e(name)}</div>'
            '<div class="cc-m-download-file-info"><span class="cc-m-download-file-type">'
            f"{_e(str(_w('jimdo', 'file_type')))}</span> <span "
            f'class="cc-m-download-file-size">{size}</span></div>'
            '<div class="cc-m-download-file-link"><a target="_blank" class="cc-m-download-link"'
            f' href="{_e(doc.path)}">{_e(word)}</a></div></div></div></div></div></div>'
        )

    def cover(self, doc: Doc) -> str:
        n = self.id()
        return (
            f'<div id="cc-m-{n}" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper'
            f' cc-m-image-align-1"><a href="{_e(doc.path)}" target="_blank"><img'
            f' src="https://image.jimcdn.com/app/cms/image/transf/dimension=320x10000/path/'
            f's{self.rng.randint(10**7, 10**8):x}/image/i{n:x}/version/1/image.jpg" alt=""'
            f' id="cc-m-imagesubtitle-image-{n}" /></a><figcaption>{_e(doc.name)}</figcaption>'
            "</figure></div>"
        )

    def grid(self, blocks: Sequence[str]) -> str:
        half = (len(blocks) + 1) // 2
        columns = [blocks[:half], blocks[half:]]
        inner = '<div class="cc-m-hgrid-separator" style="width:2%"></div>'.join(
            f'<div class="cc-m-hgrid-column" style="width: 49%;">{"".join(c)}</div>'
            for c in columns
        )
        return f'<div id="cc-m-{self.id()}" class="j-module n j-hgrid ">{inner}</div>'


def _jimdo_page(
    title: str, name: str, nav: str, body: str, footer: str, *, crumb: tuple[str, str] | None
) -> bytes:
    trail = ""
    if crumb:
        trail = (
            f'<div class="j-breadcrumb"><a href="/">Inicio</a> » <a href="{_e(crumb[1])}">'
            f"{_e(crumb[0])}</a></div>"
        )
    html = (
        f"<!DOCTYPE html><html lang='es-ES'><head><meta charset='utf-8'><title>{_e(title)} - "
        f"{_e(name)}</title></head><body class='body cc-page j-m-flash-styles'>"
        f"<div id='cc-website-title'><p class='j-website-title-content'>{_e(name)}</p></div>"
        f"{nav}<main id='cc-content'>{trail}<div id='content_area'>{body}</div></main>"
        f"<footer class='j-footer'><p>{_e(footer)}</p></footer></body></html>"
    )
    return html.encode("utf-8")


def _jimdo(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name, menu = _site(draw)
    jm = _Jimdo(rng)

    def where(doc: Doc, day: dt.date) -> str:
        return (
            f"/app/download/{rng.randint(10**9, 10**10 - 1)}/{_stem(doc.name)}.pdf"
            f"?t={_stamp(day, rng)}"
        )

    _move(items, today, rng, where)
    for item in items:
        for doc in item.docs:
            stem = doc.path.split("?")[0].rsplit("/", 1)[-1]
            portal.headers[doc.path] = {"Content-Disposition": f'attachment; filename="{stem}"'}
    variant = draw(st.sampled_from(["pagina", "subpaginas"]))
    tag = draw(st.sampled_from(["h1", "h2", "h3"]))
    widget = draw(st.sampled_from(["descarga", "descarga", "imagen"]))
    titled = draw(st.sampled_from([True, True, False]))
    grid = draw(st.booleans())
    lines = draw(st.booleans())
    word = str(_pick(draw, "jimdo", "download"))
    footer = str(_pick(draw, "jimdo", "footer"))
    index = "/" + _slug(menu) + "/"
    title = _index_title(draw)
    intro = _intro(draw, today)

    def content(item: Item, heading: bool) -> str:
        blocks = [
            jm.download(d, titled, word) if widget == "descarga" else jm.cover(d) for d in item.docs
        ]
        docs = jm.grid(blocks) if grid and len(blocks) > 1 else "".join(blocks)
        head = jm.header(item.label, tag) if heading else ""
        return head + jm.text(item_words(item)) + docs + (jm.hr() if lines else "")

    present = _present(items)
    routes: Routes = {}
    subpages: list[tuple[str, str]] = []
    if variant == "subpaginas":
        for item in present:
            path = f"{index}{_slug(item.plain)[:40].strip('-') or 'numeral'}-{item.numeral}/"
            subpages.append((item.label, path))
    sub = ""
    if subpages:
        sub = f'<ul class="j-nav-level-2">{_links(subpages)}</ul>'
    nav = (
        f'<nav class="{_w("jimdo", "nav")}"><ul><li><a href="/">Inicio</a></li>'
        f'<li class="j-nav-has-children"><a href="{_e(index)}">{_e(menu)}</a>{sub}</li>'
        f'<li><a href="/unidad-de-informacion-publica/">{_e(_w("site", "uip"))}</a></li>'
        f'<li><a href="/noticias/">{_e(_w("site", "news"))}</a></li></ul></nav>'
    )
    if variant == "pagina":
        body = jm.header(title, "h1") + jm.text(intro)
        body += "".join(content(item, True) for item in present)
    else:
        body = jm.header(title, "h1") + jm.text(intro)
        listing = "".join(
            f'<li><a href="{_e(path)}">{_e(label)}</a></li>' for label, path in subpages
        )
        body += f'<div id="cc-m-{jm.id()}" class="j-module n j-text "><ul>{listing}</ul></div>'
        for item, (label, path) in zip(present, subpages, strict=True):
            page = jm.header(label, tag) + content(item, False)
            routes[path] = Resource(
                _jimdo_page(label, name, nav, page, footer, crumb=(menu, index))
            )
    routes[index] = Resource(_jimdo_page(title, name, nav, body, footer, crumb=None))
    home = jm.text([name]) + (
        f'<div class="j-module n j-text "><p><a href="{_e(index)}">{_e(menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p></div>'
    )
    routes["/"] = Resource(_jimdo_page(name, name, nav, home, footer, crumb=None))
    _notes(
        portal,
        f"jimdo-{variant}/{tag}/{widget}/titulo={titled}/grid={grid}",
    )
    return routes


# -- weebly --------------------------------------------------------------------------------------


def _weebly_name(doc: Doc) -> str:
    plain = _no_accents(doc.name).replace("ñ", "n").replace("Ñ", "N").lower()
    return "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in plain) or "archivo"


def _weebly_file(doc: Doc, shown: str, draw_words: tuple[str, str, str, str], kb: int) -> str:
    word, title, size_label, type_label = draw_words
    tip = _e(title.format(name=shown))
    return (
        f'<div><div style="margin: 10px 0 0 -10px"><a title="{tip}" href="{_e(doc.path)}">'
        f'<img src="{_e(str(_w("weebly", "icon")))}" width="36" height="36" style="float: left;'
        ' position: relative; left: 0px; top: 0px; margin: 0 15px 15px 0; border: 0;" /></a>'
        '<div style="float: left; text-align: left; position: relative;"><table'
        ' style="font-size: 12px; font-family: tahoma; line-height: .9;"><tr><td colspan="2">'
        f"<b> {_e(shown)}</b></td></tr><tr><td>{_e(size_label)}</td><td>{kb} kb</td></tr>"
        f"<tr><td>{_e(type_label)}</td><td>pdf</td></tr></table>"
        f'<a title="{tip}" href="{_e(doc.path)}" style="font-weight: bold;">{_e(word)}</a>'
        '</div></div><hr style="clear: both; width: 100%; visibility: hidden"></hr></div>'
    )


def _weebly_image(doc: Doc, image: str) -> str:
    return (
        '<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;'
        'padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">'
        f'<a href="{_e(doc.path)}"><img src="{_e(image)}" alt="Imagen" style="width:auto;'
        f'max-width:100%" /></a><div style="display:block;font-size:90%">{_e(doc.name)}</div>'
        "</div></div>"
    )


def _weebly_cols(columns: Sequence[str], widths: Sequence[float]) -> str:
    cells = "".join(
        f'<td class="wsite-multicol-col" style="width:{w}%; padding:0 15px;">{c}</td>'
        for c, w in zip(columns, widths, strict=True)
    )
    return (
        '<div><div class="wsite-multicol"><div class="wsite-multicol-table-wrap" style="margin:0'
        ' -15px;"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr'
        f' class="wsite-multicol-tr">{cells}</tr></tbody></table></div></div></div>'
    )


_SPACER = (
    '<div><div style="height: 20px; overflow: hidden; width: 100%;"></div><hr class="styled-hr"'
    ' style="width:100%;"></hr><div style="height: 20px; overflow: hidden; width: 100%;"></div>'
    "</div>"
)


def _weebly_page(title: str, name: str, nav: str, body: str, footer: str) -> bytes:
    html = (
        f"<!DOCTYPE html><html><head><title>{_e(title)} - {_e(name)}</title><meta"
        " http-equiv='content-type' content='text/html; charset=UTF-8'></head><body"
        f" class='no-header-page wsite-page-{_slug(title)[:30]}'><div class='wrapper'>"
        f"<div class='header'><span class='wsite-logo'><span id='wsite-title'>{_e(name)}</span>"
        f"</span>{nav}</div><main class='main-wrap'><div id='wsite-content'"
        f" class='wsite-elements wsite-not-footer'>{body}</div></main><div class='footer-wrap'>"
        f"<div class='wsite-footer'><div class='paragraph'>{_e(footer)}</div></div></div></div>"
        "</body></html>"
    )
    return html.encode("utf-8")


def _weebly(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name, menu = _site(draw)
    site_id = rng.randint(10**7, 10**9 - 1)
    digits = str(site_id)
    folder = "/uploads/" + "/".join(digits[:4]) + f"/{site_id}"
    _move(items, today, rng, lambda doc, day: f"{folder}/{_weebly_name(doc)}.pdf")
    variant = draw(st.sampled_from(["pagina", "paginas"]))
    heading = draw(st.sampled_from(["titulo", "titulo", "negrita"]))
    widget = draw(st.sampled_from(["archivo", "archivo", "imagen"]))
    shown_as = draw(st.sampled_from(["nombre", "nombre", "archivo"]))
    columns = draw(st.sampled_from(["no", "texto-archivos", "archivos"]))
    spacer = draw(st.booleans())
    sizes = _pick(draw, "weebly", "size")
    words = (
        str(_pick(draw, "weebly", "download")),
        str(_pick(draw, "weebly", "title")),
        str(sizes[0]),
        str(sizes[1]),
    )
    footer = str(_pick(draw, "weebly", "footer"))
    index = "/" + _slug(menu) + ".html"
    title = _index_title(draw)
    intro = "".join(f'<div class="paragraph">{_e(t)}</div>' for t in _intro(draw, today))

    def head(text: str) -> str:
        if heading == "titulo":
            return f'<h2 class="wsite-content-title">{_e(text)}</h2>'
        return f'<div class="paragraph"><strong>{_e(text)}</strong></div>'

    def doc_block(doc: Doc) -> str:
        if widget == "imagen":
            return _weebly_image(doc, f"{folder}/published/portada-{rng.randint(1, 999)}.jpg")
        shown = doc.name if shown_as == "nombre" else doc.path.rsplit("/", 1)[-1]
        return _weebly_file(doc, shown, words, rng.randint(40, 4800))

    def content(item: Item, with_head: bool) -> str:
        top = head(item.label) if with_head else ""
        text = "".join(f'<div class="paragraph">{_e(t)}</div>' for t in item_words(item))
        blocks = [doc_block(d) for d in item.docs]
        if columns == "texto-archivos" and blocks:
            out = top + _weebly_cols([text, "".join(blocks)], [45.0, 55.0])
        elif columns == "archivos" and len(blocks) > 1:
            count = min(3, len(blocks))
            cols = ["".join(blocks[i::count]) for i in range(count)]
            out = top + text + _weebly_cols(cols, [round(100 / count, 3)] * count)
        else:
            out = top + text + "".join(blocks)
        return out + (_SPACER if spacer else "")

    present = _present(items)
    routes: Routes = {}
    pages = [
        (item.label, f"/{_slug(item.plain)[:40].strip('-') or 'numeral'}-{item.numeral}.html")
        for item in present
    ]
    nav = (
        '<div class="nav"><ul class="wsite-menu-default"><li id="pg1"><a href="/" class='
        f'"wsite-menu-item">Inicio</a></li><li id="pg2"><a href="{_e(index)}"'
        f' class="wsite-menu-item">{_e(menu)}</a></li><li id="pg3"><a'
        ' href="/unidad-de-informacion-publica/" class="wsite-menu-item">'
        f"{_e(_w('site', 'uip'))}</a></li></ul></div>"
    )
    body = f'<h2 class="wsite-content-title">{_e(title)}</h2>{intro}'
    if variant == "pagina":
        body += "".join(content(item, True) for item in present)
    else:
        listing = "".join(f'<li><a href="{_e(p)}">{_e(t)}</a></li>' for t, p in pages)
        body += f'<div class="paragraph"><ul>{listing}</ul></div>'
        for item, (label, path) in zip(present, pages, strict=True):
            page = f'<h2 class="wsite-content-title">{_e(label)}</h2>' + content(item, False)
            routes[path] = Resource(_weebly_page(label, name, nav, page, footer))
    routes[index] = Resource(_weebly_page(title, name, nav, body, footer))
    home = (
        f'<div class="paragraph">{_e(name)}</div><div class="paragraph"><a href="{_e(index)}">'
        f'{_e(menu)}</a></div><div class="paragraph"><a href="/noticias/obra-calle-principal/">'
        "Inauguran obra</a></div>"
    )
    routes["/"] = Resource(_weebly_page(name, name, nav, home, footer))
    _notes(
        portal,
        f"weebly-{variant}/{heading}/{widget}/{shown_as}/columnas={columns}",
    )
    return routes


# -- webnode -------------------------------------------------------------------------------------


def _wtext(inner: str) -> str:
    return (
        '<div class="b b-text cf"><div class="b-c b-text-c b-s b-s-t60 b-s-b60 cf">'
        f"{inner}</div></div>"
    )


_WHR = '<div class="b b-s b-hr-line c-s-v"><hr class="line-style line-color"></div>'


def _wcolumns(columns: Sequence[str]) -> str:
    width = round(100 / len(columns), 2)
    cells = "".join(
        f'<div class="column-content c pr cf pr-0" style="width:{width}%;"><div class="c-c'
        f' c-s-h cf">{c}</div></div>'
        for c in columns
    )
    return f'<div class="column-wrapper cw cf"><div class="cw-c c-s-hc cf">{cells}</div></div>'


def _webnode_page(title: str, name: str, nav: str, body: str) -> bytes:
    footer = _e(str(_w("webnode", "footer")))
    html = (
        f"<!DOCTYPE html><html class='no-js' lang='es'><head><meta charset='utf-8'><title>"
        f"{_e(title)} :: {_e(name)}</title></head><body class='l wt-page ac-n l-default"
        f" l-d-none b-btn-r'><div class='l-w cf t-11'><div class='l-bg cf'><header class='l-h"
        f" cf'><div class='logo-block'><span class='logo-text'>{_e(name)}</span></div>{nav}"
        f"</header><main id='main' class='l-m cf'><div class='sw cf'><div class='sw-c cf'>"
        f"<section class='s s-basic cf sc-w'><div class='s-w'><div class='s-o'><div"
        f" class='s-c s-fs cf'>{body}</div></div></div></section></div></div></main>"
        "<footer id='footer' class='l-f'><span class='inline-text'><span>"
        f"{_e(name)}</span></span></footer></div></div><div id='wnd_footer'><a"
        f" href='https://www.webnode.es' id='wnd_footer_logo'><b>{footer}</b></a></div>"
        "</body></html>"
    )
    return html.encode("utf-8")


def _webnode(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name, menu = _site(draw)
    counter = [rng.randint(3, 60)]

    def where(doc: Doc, day: dt.date) -> str:
        counter[0] += rng.randint(1, 4)
        clean = _no_accents(doc.name).replace("/", "-")
        return f"/_files/{200000000 + counter[0]}-{rng.getrandbits(40):010x}/{quote(clean)}.pdf"

    _move(items, today, rng, where)
    variant = draw(st.sampled_from(["pagina", "paginas"]))
    tag = draw(st.sampled_from(["h2", "h3"]))
    widget = draw(st.sampled_from(["enlaces", "lista", "imagen", "boton"]))
    size = draw(st.booleans())
    columns = draw(st.booleans())
    line = draw(st.booleans())
    button = str(_pick(draw, "webnode", "button"))
    index = "/" + _slug(menu) + "/"
    title = _index_title(draw)
    intro = "".join(f"<p>{_e(t)}</p>" for t in _intro(draw, today))

    def link(doc: Doc) -> str:
        after = " " + str(_w("webnode", "size")).format(size=rng.randint(40, 4800)) if size else ""
        return f'<a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a>{_e(after)}'

    def image(doc: Doc) -> str:
        n = rng.randint(100000, 999999)
        return (
            '<div class="b-img b-img-default b b-s cf wnd-orientation-portrait wnd-type-image"'
            f' id="wnd_ImageBlock_{n}"><div class="b-img-w"><div class="b-img-c cf"><a'
            f' href="{_e(doc.path)}" target="_blank"><img src="/_files/{200000000 + n % 900}-'
            f'{rng.getrandbits(40):010x}/200/portada.jpg" alt=""></a><div class="b-img-embed">'
            f'</div></div><div class="b-img-t">{_e(doc.name)}</div></div></div>'
        )

    def btn(doc: Doc) -> str:
        return _wtext(f"<p>{_e(doc.name)}</p>") + (
            '<div class="b b-s b-s-t150 b-s-b150 b-btn b-btn-1 wnd-align-left"><div'
            f' class="b-btn-c i-a"><a class="b-btn-l" href="{_e(doc.path)}" target="_blank">'
            f'<span class="b-btn-t">{_e(button)}</span></a></div></div>'
        )

    def docs(item: Item) -> str:
        if not item.docs:
            return ""
        if widget == "enlaces":
            return _wtext("".join(f"<p>{link(d)}</p>" for d in item.docs))
        if widget == "lista":
            return _wtext("<ul>" + "".join(f"<li>{link(d)}</li>" for d in item.docs) + "</ul>")
        if widget == "imagen":
            blocks = [image(d) for d in item.docs]
            if len(blocks) > 1:
                return (
                    '<div class="mt mt-3 col-4-top cf img-s-c typo-07"><div>'
                    + "".join(f'<div class="col cf">{b}</div>' for b in blocks)
                    + "</div></div>"
                )
            return blocks[0]
        return "".join(btn(d) for d in item.docs)

    def content(item: Item, with_head: bool) -> str:
        head = f"<{tag}>{_e(item.label)}</{tag}>" if with_head else ""
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        text = _wtext(head + words) if head or words else ""
        files = docs(item)
        if columns and files and widget in ("enlaces", "lista", "boton"):
            out = _wcolumns([text, files]) if text else files
        else:
            out = text + files
        return out + (_WHR if line else "")

    present = _present(items)
    routes: Routes = {}
    pages = [
        (item.label, f"{index}{_slug(item.plain)[:40].strip('-') or 'numeral'}-{item.numeral}/")
        for item in present
    ]
    sub = ""
    if variant == "paginas":
        sub = '<ul class="level-2">' + _links(pages) + "</ul>"
    nav = (
        '<nav id="menuzone" class="menu-wrapper"><ul class="menu"><li><a class="menu-item"'
        f' href="/">Inicio</a></li><li class="menu-item-has-children"><a class="menu-item"'
        f' href="{_e(index)}">{_e(menu)}</a>{sub}</li><li><a class="menu-item"'
        f' href="/unidad-de-informacion-publica/">{_e(_w("site", "uip"))}</a></li></ul></nav>'
    )
    body = _wtext(f"<h1 class='wnd-align-center'>{_e(title)}</h1>{intro}")
    if variant == "pagina":
        body += "".join(content(item, True) for item in present)
    else:
        body += _wtext("<ul>" + _links(pages) + "</ul>")
        for item, (label, path) in zip(present, pages, strict=True):
            page = _wtext(f"<h1>{_e(label)}</h1>") + content(item, False)
            routes[path] = Resource(_webnode_page(label, name, nav, page))
    routes[index] = Resource(_webnode_page(title, name, nav, body))
    home = _wtext(
        f"<h1>{_e(name)}</h1><p><a href='{_e(index)}'>{_e(menu)}</a></p>"
        "<p><a href='/noticias/obra-calle-principal/'>Inauguran obra</a></p>"
    )
    routes["/"] = Resource(_webnode_page(name, name, nav, home))
    _notes(portal, f"webnode-{variant}/{tag}/{widget}/talla={size}/columnas={columns}")
    return routes


# -- squarespace ---------------------------------------------------------------------------------


def _sqs_html(inner: str, block: str) -> str:
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{block}">'
        f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>'
    )


def _sqs_p(text: str) -> str:
    return f'<p class="" style="white-space:pre-wrap;">{text}</p>'


def _sqs_row(columns: Sequence[str]) -> str:
    span = 12 // len(columns)
    cells = "".join(f'<div class="col sqs-col-{span} span-{span}">{c}</div>' for c in columns)
    return f'<div class="row sqs-row">{cells}</div>'


def _sqs_page(title: str, name: str, nav: str, body: str) -> bytes:
    footer = _e(str(_w("squarespace", "footer")))
    html = (
        f"<!doctype html><html lang='es-ES'><head><meta charset='utf-8'><title>{_e(title)} —"
        f" {_e(name)}</title></head><body id='collection-{_slug(title)[:20]}' class='"
        "header-layout--with-commerce tweak-blog-alternating-side-by-side-width-full'>"
        f"<header id='header' class='header theme-col--primary'><div class='header-title'>"
        f"<a href='/' class='header-title-text'>{_e(name)}</a></div>{nav}</header>"
        "<main id='page' class='container' role='main'><article class='sections'"
        " id='sections' data-page-sections=''><section class='page-section'"
        " data-section-theme='white'><div class='content-wrapper'><div class='content'><div"
        " class='sqs-layout sqs-grid-12 columns-12' data-type='page-section'>"
        f"{body}</div></div></div></section></article></main><footer class='sections'"
        f" id='footer-sections'><p>{_e(name)}</p><p>{footer}</p></footer></body></html>"
    )
    return html.encode("utf-8")


def _squarespace(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name, menu = _site(draw)
    site_hex = f"{rng.getrandbits(96):024x}"

    def where(doc: Doc, day: dt.date) -> str:
        clean = _no_accents(doc.name).replace("/", "-")
        shown = quote(clean, safe="").replace("%20", "+")
        millis = _stamp(day, rng) * 1000 + rng.randint(0, 999)
        return f"/static/{site_hex}/t/{rng.getrandbits(96):024x}/{millis}/{shown}.pdf"

    _move(items, today, rng, where)
    variant = draw(st.sampled_from(["acordeon", "bloques"]))
    widget = draw(st.sampled_from(["enlaces", "botones"]))
    icon = draw(st.sampled_from(["plus", "arrow"]))
    button = str(_pick(draw, "squarespace", "button"))
    tag = draw(st.sampled_from(["h2", "h3", "h4"]))
    index = "/" + _slug(menu)
    title = _index_title(draw)
    intro = "".join(_sqs_p(_e(t)) for t in _intro(draw, today))
    blocks = [0]

    def block() -> str:
        blocks[0] += 1
        return f"yui_3_17_2_1_{rng.randint(10**12, 10**13 - 1)}_{blocks[0] * 1000 + 7}"

    def doc_links(item: Item) -> str:
        return "".join(
            _sqs_p(f'<a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a>') for d in item.docs
        )

    def buttons(item: Item) -> str:
        out = []
        for d in item.docs:
            out.append(_sqs_html(_sqs_p(_e(d.name)), block()))
            out.append(
                '<div class="sqs-block button-block sqs-block-button" data-block-type="53"'
                f' id="block-{block()}"><div class="sqs-block-content"><div'
                ' class="sqs-block-button-container sqs-block-button-container--left"'
                ' data-animation-role="button" data-alignment="left" data-button-size="medium"'
                f' data-button-type="primary"><a href="{_e(d.path)}" class="sqs-block-button-'
                'element--medium sqs-button-element--primary sqs-block-button-element"'
                f' target="_blank">{_e(button)}</a></div></div></div>'
            )
        return "".join(out)

    present = _present(items)
    if variant == "acordeon":
        lis = []
        acc = block()
        for number, item in enumerate(present):
            words = "".join(_sqs_p(_e(t)) for t in item_words(item))
            shape = (
                '<div class="plus"><div class="plus__horizontal-line"></div>'
                '<div class="plus__vertical-line"></div></div>'
                if icon == "plus"
                else '<div class="arrow-container"><div class="arrow"></div></div>'
            )
            lis.append(
                f'<li class="accordion-item"><div class="accordion-divider accordion-divider--top"'
                ' aria-hidden="true"></div><h4 class="accordion-item__title-wrapper"'
                ' role="heading" aria-level="3"><button class="accordion-item__click-target"'
                f' aria-expanded="false" aria-controls="dropdown-block-{acc}-{number}"'
                f' id="button-block-{acc}-{number}"><span class="accordion-item__title">'
                f'{_e(item.label)}</span><div class="accordion-icon-container"'
                f' data-is-open="false" aria-hidden="true">{shape}</div></button></h4><div'
                f' class="accordion-item__dropdown" role="region"'
                f' aria-labelledby="button-block-{acc}-{number}"'
                f' id="dropdown-block-{acc}-{number}">'
                f'<div class="accordion-item__description">{words}{doc_links(item)}</div></div>'
                "</li>"
            )
        acc_html = (
            '<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"'
            f' id="block-{acc}"><div class="sqs-block-content"><ul'
            ' class="accordion-items-container" data-should-allow-multiple-open-items=""'
            ' data-accordion-icon-placement="right" data-is-divider-enabled="true"'
            f' data-accordion-title-alignment="left">{"".join(lis)}</ul></div></div>'
        )
        body = _sqs_row([_sqs_html(f"<h1>{_e(title)}</h1>{intro}", block()) + acc_html])
        mode = f"acordeon/{icon}"
    else:
        rows = [_sqs_row([_sqs_html(f"<h1>{_e(title)}</h1>{intro}", block())])]
        two = draw(st.booleans())
        for item in present:
            words = "".join(_sqs_p(_e(t)) for t in item_words(item))
            head = _sqs_html(f"<{tag}>{_e(item.label)}</{tag}>{words}", block())
            files = buttons(item) if widget == "botones" else ""
            if widget == "enlaces" and item.docs:
                files = _sqs_html(doc_links(item), block())
            if two and files:
                rows.append(_sqs_row([head, files]))
            else:
                rows.append(_sqs_row([head + files]))
        body = "".join(rows)
        mode = f"bloques/{widget}/{tag}/dos-columnas={two}"
    nav = (
        '<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item'
        f' header-nav-item--collection"><a href="/">Inicio</a></div><div class="header-nav-item'
        f' header-nav-item--collection header-nav-item--active"><a href="{_e(index)}"'
        f' aria-current="page">{_e(menu)}</a></div><div class="header-nav-item"><a'
        f' href="/unidad-de-informacion-publica/">{_e(_w("site", "uip"))}</a></div></nav></div>'
    )
    routes: Routes = {index: Resource(_sqs_page(title, name, nav, body))}
    home = _sqs_row(
        [
            _sqs_html(
                f"<h1>{_e(name)}</h1>"
                + _sqs_p(f'<a href="{_e(index)}">{_e(menu)}</a>')
                + _sqs_p('<a href="/noticias/obra-calle-principal/">Inauguran obra</a>'),
                block(),
            )
        ]
    )
    routes["/"] = Resource(_sqs_page(name, name, nav, home))
    _notes(portal, f"squarespace-{mode}")
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "jimdo": _jimdo,
    "weebly": _weebly,
    "webnode": _webnode,
    "squarespace": _squarespace,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 56 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
