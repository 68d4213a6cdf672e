"""Thirteenth exam: four portal layouts that vary HOW DOCUMENTS ARE DELIVERED, with the truth of
every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new. The
pages stay plain (one page of headings, or an index of one Joomla-like page per numeral); what a
document's link answers is what changes. Wording, addresses and HTTP answers: ``wording.toml`` here
(sources there). Layouts:

* ``script``: one page of headings whose documents are links to a PHP download script,
  one form per portal: ``/descargar.php?archivo=<File_Name>.pdf`` (``application/octet-stream``, the
  name unquoted in ``Content-Disposition``), ``/download.php?id=<n>&tipo=pdf``
  (``application/force-download``), ``/descargar.php?archivo=<File+name+with+spaces>.pdf``
  (``filename="…"; filename*=UTF-8''<the accented name>``) or ``/documento.php?id=<n>`` (inline,
  every file called "documento.pdf"); no ``Last-Modified``; the link is the document's name or a
  "Descargar" button beside it. A missing file answers as those scripts do: 200 with "El archivo no
  existe." / "Archivo no encontrado." / "Documento no encontrado." (the document is broken; its
  path is the file the script looked for), or 404 "El archivo no existe en el servidor.".
* ``redirects``: numeral pages whose document links go through a redirect, one kind per portal: an
  Apache short address ``/d/<id>`` (301 or 302 with Apache's "The document has moved" body) to
  ``/wp-content/uploads/<yyyy>/<mm>/<file>.pdf``; a Laravel route ``/descargas/<id>`` (302 with
  Symfony's "Redirecting to" body) to a hashed ``/storage/documentos/<40 chars>.pdf``; two hops
  ``/documento/<id>`` → 301 ``/documento/<id>/`` → 302 the file; ``/go.php?url=<path>`` (302, no
  body); or a script that sends a present file itself (``attachment``) and a missing one BACK to
  the numeral page (302 to a 200 page). Broken documents end in Apache's or nginx's 404 page, or
  (the last kind) on the numeral page itself.
* ``viewer``: one page of headings whose documents open in a viewer, one kind per portal:
  ``/visor.php?doc=<id>`` (a site page with the name, an ``<iframe>`` of the PDF and "Descargar"),
  ``/ver-documento/<slug>/`` (an ``<embed src="…pdf#toolbar=0&navpanes=0&scrollbar=0">``, with or
  without "Descargar"), a link straight to pdf.js ``/pdfjs/web/viewer.html?file=/….pdf``, or
  ``/visor.php?doc=<id>`` whose iframe is that pdf.js viewer; the link is the name or "Ver
  documento" beside it. A broken document's viewer still answers 200 (the PDF inside fails), or,
  in some portals, the visor page says "Documento no encontrado.".
* ``formats``: numeral pages whose documents are not all PDFs: spreadsheets (``.xlsx``, ``.xls``,
  ``.csv``), a month's files as ``.zip`` / ``.rar`` ("Archivo comprimido formato ZIP"), scanned
  signed reports as ``.jpg`` / ``.png``, ``.doc`` / ``.docx``; with their real magic bytes, served
  per portal with the type the extension says or with a careless server's (``image/jpg``,
  ``application/x-ole-storage`` for .xls, ``application/zip`` for .xlsx / .docx, ``text/plain`` for
  .csv, ``application/rar``); a format icon ("icono excel") and the size ("(737Kb)") in some
  portals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote, quote_plus

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _home,
    _no_accents,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("script", "redirects", "viewer", "formats")
EXAM13: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam13 layout shares: "wordpress" for one page of
# headings (bare item names allowed, own text allowed), "joomla" for one page per numeral (the
# label numbered, the law's wording on every page).
_INNER = {
    "script": "wordpress",
    "redirects": "joomla",
    "viewer": "wordpress",
    "formats": "joomla",
}
_HASH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# Bytes a file of each format starts with (its "magic number").
_MAGIC = {
    "pdf": b"%PDF-1.4 generated ",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "png": b"\x89PNG\r\n\x1a\n",
    "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "xlsx": b"PK\x03\x04\x14\x00\x06\x00",
    "docx": b"PK\x03\x04\x14\x00\x06\x00",
    "zip": b"PK\x03\x04\x14\x00\x00\x00",
    "rar": b"Rar!\x1a\x07\x00",
}
# The formats a document of each rhythm comes in on these portals (PDF still among them).
_FORMATS = {
    "monthly": ["xlsx", "xls", "csv", "zip", "rar", "jpg", "pdf"],
    "yearly": ["xlsx", "doc", "docx", "zip", "jpg", "pdf"],
    "on_change": ["jpg", "png", "doc", "docx", "pdf"],
}

# What a builder serves at document paths. The generator's noise serves every ok document as a PDF
# after the builder ran, so these are put back once the portal is built (``_deliver``).
_DELIVERED: dict[int, dict[str, Resource]] = {}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _ascii(name: str) -> str:
    """A name without accents or signs: letters, digits, spaces and hyphens."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain).split()
    while len(" ".join(kept)) > 100 and len(kept) > 1:
        kept.pop()
    return " ".join(kept) or "documento"


def _stem(name: str, joint: str = "-") -> str:
    """A name as a file name: no accents, ``joint`` between words."""
    return joint.join(_ascii(name).split())


def _token(draw: st.DrawFn, length: int) -> str:
    number = draw(st.integers(0, len(_HASH) ** length - 1))
    out = []
    for _ in range(length):
        number, rest = divmod(number, len(_HASH))
        out.append(_HASH[rest])
    return "".join(out)


def _stamp(doc: Doc) -> float | None:
    """The file's modification time as the generator's noise serves it."""
    if doc.modified is None:
        return None
    return dt.datetime.combine(doc.modified, dt.time(12)).timestamp()


def _body(doc: Doc, ext: str = "pdf") -> bytes:
    if ext == "csv":
        return (f"{doc.name}\r\nNo.,Descripción,Monto\r\n1,{doc.name},0.00\r\n" * 4).encode()
    return _MAGIC[ext] + doc.name.encode() + b" " * 200


def _heading(item: Item, tag: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(item.label)}</strong></p>"
    return f"<{tag}>{_e(item.label)}</{tag}>"


def _one_page(items: list[Item], today: dt.date, tag: str, docs: dict[int, str]) -> Routes:
    """One page of headings, each item's words and its documents (``docs``: numeral -> HTML)."""
    routes: Routes = {}
    path, title = EXAM13["pages"]["single"]["text"], EXAM13["pages"]["title"]["text"]
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        parts.append(
            _heading(item, tag) + paragraphs(item_words(item)) + docs.get(item.numeral, "")
        )
    routes[path] = Resource(_page(title, "".join(parts), today=today))
    _home(routes, path, title)
    return routes


def _numeral_path(item: Item) -> str:
    return str(EXAM13["pages"]["numeral"]["text"]).format(n=item.numeral)


def _numeral_pages(items: list[Item], today: dt.date, docs: dict[int, str]) -> Routes:
    """An index of the items' labels, each leading to its page (its words and documents)."""
    routes: Routes = {}
    index, title = EXAM13["pages"]["index"]["text"], EXAM13["pages"]["title"]["text"]
    links = []
    for item in _present(items):
        path = _numeral_path(item)
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        body = paragraphs(item_words(item)) + docs.get(item.numeral, "")
        routes[path] = Resource(_page(item.label, body, today=today))
    routes[index] = Resource(
        _page(
            title,
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f"<ul class='list-numerales'>{''.join(links)}</ul>",
            today=today,
        )
    )
    _home(routes, index, title)
    return routes


def _list(rows: list[str]) -> str:
    return f"<ul class='documentos'>{''.join(rows)}</ul>" if rows else ""


# -- script (PHP download scripts: octet-stream / force-download, Content-Disposition) -----------


def _script(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM13["script"]
    form = draw(st.sampled_from(["archivo", "id_tipo", "nombre", "documento"]))
    button = draw(st.booleans())  # "Descargar" beside the name, or the name as the link
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    number = draw(st.integers(10, 900))
    seen: set[str] = set()
    delivered: dict[str, Resource] = {}
    extra: Routes = {}
    docs_html: dict[int, str] = {}
    common = {
        "Content-Description": words["description"]["text"],
        "Expires": words["expires"]["text"],
        "Cache-Control": words["cache"]["text"],
        "Pragma": words["pragma"]["text"],
    }
    for item in _present(items):
        rows = []
        for doc in item.docs:
            number += draw(st.integers(1, 7))
            if form == "archivo":
                file = unique(_stem(doc.name, "_") + ".pdf", seen)
                link = words["archivo"]["text"].format(file=file)
                kind = words["octet"]["text"]
                disposition = words["unquoted"]["text"].format(file=file)
                missing, status = words["no_existe"]["text"], 200
            elif form == "id_tipo":
                file = _stem(doc.name) + ".pdf"
                link = words["id_tipo"]["text"].format(id=number)
                kind = words["force"]["text"]
                disposition = words["quoted"]["text"].format(file=file)
                missing, status = words["no_servidor"]["text"], 404
            elif form == "nombre":
                file = unique(_ascii(doc.name) + ".pdf", seen)
                # PHP's urlencode(): spaces as "+".
                link = words["archivo"]["text"].format(file=quote_plus(file))
                kind = words["octet"]["text"]
                disposition = words["extended"]["text"].format(
                    ascii=file, encoded=quote(doc.name + ".pdf", safe="")
                )
                missing, status = words["no_encontrado"]["text"], 200
            else:
                file = f"{number}.pdf"
                link = words["documento"]["text"].format(id=number)
                kind = words["pdf"]["text"]
                disposition = words["inline"]["text"]
                missing, status = words["documento_no"]["text"], 200
            if doc.ok:
                doc.path = link
                headers = {"Content-Disposition": disposition, **common}
                if form in ("archivo", "id_tipo"):
                    headers["Content-Transfer-Encoding"] = words["transfer"]["text"]
                delivered[link] = Resource(_body(doc), 200, kind)
                portal.headers[link] = headers
            else:
                # The script answers for a file that is gone: 404, or 200 with a sentence (PHP's
                # echo / die). On 200 the document's path is the file the script looked for.
                extra[link] = Resource(missing.encode(), status, "text/html; charset=UTF-8")
                folder = words["folder"]["text"].format(file=quote(file))
                doc.path = link if status >= 400 else folder
            if button:
                rows.append(
                    f'<li>{_e(doc.name)} <a href="{_e(link)}" class="btn btn-success btn-sm">'
                    f"{_e(words['button']['text'])}</a></li>"
                )
            else:
                rows.append(f'<li><a href="{_e(link)}">{_e(doc.name)}</a></li>')
        docs_html[item.numeral] = _list(rows)
        portal.notes[item.numeral] = f"script/form={form}/button={button}/{len(item.docs)} docs"
    routes = _one_page(items, today, tag, docs_html)
    routes.update(extra)
    _DELIVERED[id(portal)] = delivered
    return routes


# -- redirects (short addresses, Laravel routes, go.php, a script falling back to the page) -------


def _apache_moved(status: int, target: str) -> Resource:
    words = EXAM13["redirects"]
    title, heading = words["moved_301" if status == 301 else "moved_302"]["text"]
    body = (
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
        f"<title>{title}</title>\n</head><body>\n<h1>{heading}</h1>\n"
        f"<p>{words['moved']['text'].format(target=_e(target))}</p>\n</body></html>\n"
    )
    return Resource(body.encode(), status, words["apache_type"]["text"], location=target)


def _symfony(target: str) -> Resource:
    t = _e(target)
    body = (
        '<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset="UTF-8" />\n'
        f'        <meta http-equiv="refresh" content="0;url=\'{t}\'" />\n\n'
        f"        <title>Redirecting to {t}</title>\n    </head>\n    <body>\n"
        f'        Redirecting to <a href="{t}">{t}</a>.\n    </body>\n</html>'
    )
    return Resource(
        body.encode(), 302, EXAM13["redirects"]["symfony_type"]["text"], location=target
    )


_APACHE_404 = (
    b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
    b"<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
    b"<p>The requested URL was not found on this server.</p>\n"
    b"</body></html>\n"
)
_NGINX_404 = (
    b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found"
    b"</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def _redirects(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM13["redirects"]
    kind = draw(st.sampled_from(["apache", "laravel", "two_hops", "go", "fallback"]))
    status = draw(st.sampled_from([301, 302]))  # Apache's "Redirect" (302) or "permanent"
    number = draw(st.integers(100, 5000))
    seen: set[str] = set()
    extra: Routes = {}
    delivered: dict[str, Resource] = {}
    docs_html: dict[int, str] = {}
    for item in _present(items):
        page = _numeral_path(item)
        rows = []
        for doc in item.docs:
            number += draw(st.integers(1, 40))
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            file = _stem(doc.name) + ".pdf"
            missing = _APACHE_404
            if kind == "apache":
                link = words["short"]["text"].format(id=number)
                target = unique(
                    words["uploads"]["text"].format(yyyy=up.year, mm=f"{up.month:02d}", file=file),
                    seen,
                )
                extra[link] = _apache_moved(status, target)
            elif kind == "laravel":
                link = words["descargas"]["text"].format(id=number)
                target = words["storage"]["text"].format(file=_token(draw, 40) + ".pdf")
                extra[link] = _symfony(target)
                missing = _NGINX_404
            elif kind == "two_hops":
                link = words["documento"]["text"].format(id=number)
                target = unique(words["storage"]["text"].format(file=file), seen)
                extra[link] = _apache_moved(301, link + "/")
                extra[link + "/"] = _symfony(target)
                missing = _NGINX_404
            elif kind == "go":
                target = unique(words["archivos"]["text"].format(file=file), seen)
                link = words["go"]["text"].format(target=target)
                extra[link] = Resource(b"", 302, location=target)
            else:
                target = unique(words["docs"]["text"].format(file=file), seen)
                link = words["script"]["text"].format(file=target.rsplit("/", 1)[1])
            if kind == "fallback":
                if doc.ok:
                    doc.path = link
                    delivered[link] = Resource(_body(doc), 200, "application/pdf")
                    portal.headers[link] = {"Content-Disposition": f'attachment; filename="{file}"'}
                else:
                    # The file is gone: the script sends the reader back where they came from.
                    doc.path = target
                    extra[link] = Resource(b"", 302, location=page)
            else:
                doc.path = target
                if not doc.ok:
                    extra[target] = Resource(missing, 404)
            rows.append(f'<li><a href="{_e(link)}">{_e(doc.name)}</a></li>')
        docs_html[item.numeral] = _list(rows)
        portal.notes[item.numeral] = (
            f"redirects/kind={kind}/status={status if kind == 'apache' else '-'}/"
            f"{len(item.docs)} docs"
        )
    routes = _numeral_pages(items, today, docs_html)
    routes.update(extra)
    _DELIVERED[id(portal)] = delivered
    return routes


# -- viewer (visor.php pages, <embed> pages, pdf.js) ----------------------------------------------


# pdf.js's viewer.html as shipped (its toolbar's English labels are translated in the browser).
_PDFJS = (
    b"<!DOCTYPE html><html dir='ltr' mozdisallowselectionprint><head><meta charset='utf-8'>"
    b"<title>PDF.js viewer</title><link rel='resource' type='application/l10n' "
    b"href='locale/locale.properties'><script src='../build/pdf.js'></script>"
    b"<script src='viewer.js'></script></head><body tabindex='1'><div id='outerContainer'>"
    b"<div id='mainContainer'><div class='toolbar'><div id='toolbarContainer'>"
    b"<div id='toolbarViewerRight'><button id='download' class='toolbarButton download "
    b"hiddenMediumView' title='Download' tabindex='34' data-l10n-id='download'>"
    b"<span data-l10n-id='download_label'>Download</span></button></div></div></div>"
    b"<div id='viewerContainer' tabindex='0'><div id='viewer' class='pdfViewer'></div></div>"
    b"</div></div></body></html>"
)


def _viewer(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM13["viewer"]
    kind = draw(st.sampled_from(["visor", "embed", "pdfjs", "visor_pdfjs"]))
    download = draw(st.booleans()) if kind == "embed" else True
    # A broken document's visor page: the viewer with a PDF that fails, or "Documento no
    # encontrado." (visor.php looks the document up first).
    not_found_page = kind in ("visor", "visor_pdfjs") and draw(st.booleans())
    see = draw(st.booleans())  # "Ver documento" beside the name, or the name as the link
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    number = draw(st.integers(1, 3000))
    seen: set[str] = set()
    extra: Routes = {}
    docs_html: dict[int, str] = {}
    uses_pdfjs = kind in ("pdfjs", "visor_pdfjs")

    def pdfjs(pdf: str) -> str:
        address = str(words["pdfjs"]["text"]).format(pdf=pdf)
        # One static page; the loopback server keys routes by path AND query, so it is served at
        # every ``?file=`` address used (a real server ignores the query).
        extra[address] = Resource(_PDFJS)
        return address

    def page(doc: Doc, inner: str) -> Resource:
        return Resource(
            _page(
                words["page_title"]["text"],
                f'<div class="visor"><h2>{_e(doc.name)}</h2>{inner}</div>',
                today=today,
            )
        )

    def download_link(pdf: str) -> str:
        return (
            f'<p><a href="{_e(pdf)}" download class="btn-descargar">'
            f"{_e(words['download']['text'])}</a></p>"
        )

    for item in _present(items):
        rows = []
        for doc in item.docs:
            number += draw(st.integers(1, 30))
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            pdf = unique(
                words["files"]["text"].format(yyyy=up.year, file=_stem(doc.name) + ".pdf"), seen
            )
            doc.path = pdf
            if kind == "pdfjs":
                link = pdfjs(pdf)
            elif kind == "embed":
                link = unique(
                    words["ver_documento"]["text"].format(slug=_slug(doc.name)[:50]), seen
                )
                inner = (
                    f'<embed src="{_e(pdf + words["embed_tail"]["text"])}" '
                    'type="application/pdf" width="100%" height="600px" />'
                )
                extra[link] = page(doc, inner + (download_link(pdf) if download else ""))
            else:
                link = words["visor"]["text"].format(id=number)
                frame = pdfjs(pdf) if kind == "visor_pdfjs" else pdf
                if not doc.ok and not_found_page:
                    extra[link] = Resource(
                        _page(
                            words["page_title"]["text"],
                            f"<p>{_e(words['missing']['text'])}</p>",
                            today=today,
                        )
                    )
                else:
                    inner = (
                        f'<iframe src="{_e(frame)}" width="100%" height="800" '
                        'frameborder="0"></iframe>'
                    )
                    extra[link] = page(doc, inner + download_link(pdf))
            if see:
                rows.append(
                    f'<li>{_e(doc.name)} <a href="{_e(link)}" target="_blank">'
                    f"{_e(words['see']['text'])}</a></li>"
                )
            else:
                rows.append(f'<li><a href="{_e(link)}" target="_blank">{_e(doc.name)}</a></li>')
        docs_html[item.numeral] = _list(rows)
        portal.notes[item.numeral] = (
            f"viewer/kind={kind}/download={download}/not_found_page={not_found_page}/"
            f"see={see}/{len(item.docs)} docs"
        )
    if uses_pdfjs:
        extra[str(words["pdfjs"]["text"]).split("?", 1)[0]] = Resource(_PDFJS)
    routes = _one_page(items, today, tag, docs_html)
    routes.update(extra)
    return routes


# -- formats (spreadsheets, archives, scanned images, Word files; real and careless types) --------


def _formats(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM13["formats"]
    server = draw(st.sampled_from(["proper", "careless"]))
    icons = draw(st.booleans())
    sizes = draw(st.booleans())
    types: dict[str, str] = words[server]["text"]
    seen: set[str] = set()
    delivered: dict[str, Resource] = {}
    docs_html: dict[int, str] = {}
    for item in _present(items):
        rows = []
        exts = []
        for doc in item.docs:
            ext = draw(st.sampled_from(_FORMATS[item_rhythm(item)]))
            exts.append(ext)
            doc.path = unique(
                words["files"]["text"].format(
                    nn=f"{item.numeral:02d}", file=f"{_stem(doc.name)}.{ext}"
                ),
                seen,
            )
            if doc.ok:
                delivered[doc.path] = Resource(
                    _body(doc, ext), 200, types[ext], last_modified=_stamp(doc)
                )
            icon = (
                f'<img src="{words["icon"]["text"].format(ext=ext)}" '
                f'alt="{_e(words["icon_alt"]["text"][ext])}" width="16" height="16"> '
                if icons
                else ""
            )
            size = (
                " " + words["size"]["text"].format(kb=draw(st.integers(12, 9000))) if sizes else ""
            )
            packed = (
                f" <em>{_e(words['compressed']['text'].format(EXT=ext.upper()))}</em>"
                if ext in ("zip", "rar")
                else ""
            )
            rows.append(f'<li>{icon}<a href="{_e(doc.path)}">{_e(doc.name)}</a>{size}{packed}</li>')
        docs_html[item.numeral] = _list(rows)
        portal.notes[item.numeral] = (
            f"formats/server={server}/icons={icons}/sizes={sizes}/exts={','.join(exts) or '-'}"
        )
    routes = _numeral_pages(items, today, docs_html)
    _DELIVERED[id(portal)] = delivered
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "script": _script,
    "redirects": _redirects,
    "viewer": _viewer,
    "formats": _formats,
}


def _deliver(portal: ExamPortal) -> ExamPortal:
    """Serve what the builder delivers at document paths (the generator's noise served every ok
    document there as a PDF)."""
    portal.routes.update(_DELIVERED.pop(id(portal), {}))
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 13 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_deliver)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
