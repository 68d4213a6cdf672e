"""Eleventh exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first ten exams'. Wording and structure: ``wording.toml`` here (sources there).
Theme: the web platforms of ministries and larger public bodies in Latin America, which the first
ten exams did not meet. Layouts:

* ``aspnet``: an ASP.NET WebForms site: every page one ``<form id="aspnetForm" method="post">`` with
  ``__VIEWSTATE`` / ``__EVENTVALIDATION`` hidden inputs and the ``__doPostBack`` script, ``ctl00_…``
  (or ASP.NET 4 ``ContentPlaceHolder1_…``) ids; the index is a GridView of the numerals PAGED BY
  POSTBACK (``javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNumerales','Page$2')``, 10 or 15
  rows a page) whose rows open the numeral by a real link or only by a postback LinkButton; every
  numeral page is also in the master page's Menu control (``ul.level1.static`` → ``ul.level2``),
  named by its label or only "Numeral 8"; a numeral page (``Numeral.aspx?id=<record id>`` or
  ``DetalleNumeral.aspx?IdNumeral=8``) holds the item's words in a Label (``<br />`` between
  them) and a GridView "No. | Documento | Fecha de publicación | Descargar" whose files are real
  links (``/Transparencia/Handler.ashx?id=N``, the file name only in Content-Disposition, or
  ``/Archivos/Numeral08/2026/<file>.pdf``), on the name with a postback "Descargar" beside it,
  or on "Descargar" beside the bare name; empty items show the EmptyDataTemplate. (The numeral
  pages are linked relative to the index, ``Numeral.aspx?id=37``, as ASP.NET writes them.)
* ``liferay``: a Liferay 7 page holding a Documents and Media widget inside portlet chrome: the
  root folder lists one folder per item (``/-/document_library/<instance>/view/<folderId>``),
  named by the item's label; a folder shows its description (the item's words) and its entries as
  cards ("Modificado hace 12 días por …", RELATIVE to today) or a list ("Título | Tamaño | Fecha de
  modificación"), monthly items' files in year subfolders in some portals; an entry leads to the
  document's page (``/view_file/<entryId>``: "Subido por …, 14/11/26 10:32", "Versión 1.0") whose
  "Descargar (245 KB)" is the file ``/documents/<group>/<folder>/<name+with+plus>.pdf/<uuid>?
  version=1.0&t=<upload ms>&download=true``.
* ``plone``: a Plone site: "Usted está aquí:" breadcrumbs, a folder "Información Pública de Oficio"
  listing one subfolder per item (its description the law's wording), a subfolder showing its
  description and text (the item's other words) and its content in the standard listing ("por …
  — última modificación 14/11/2026 10:32") or the tabular view ("Título | Creador | Tipo |
  Modificado"), year subfolders in some portals; File items link to ``<file>/view``, whose page
  links ``<file>/@@download/file/<file name>`` ("— 245 KB"); empty folders say so.
* ``drupal``: a Drupal 10 view "Información Pública de Oficio" of ONE ROW PER DOCUMENT, newest
  first, paged ``?page=N`` (10 or 20 a page), as a views table or a list of ``views-row`` fields
  (Numeral — the taxonomy term, linked to its page ``/numeral/<slug>`` —, Documento, Año, "Fecha de
  publicación" in Drupal's default ``D, m/d/Y - H:i`` (MONTH FIRST), Olivero's ``j F, Y`` or
  ``d/m/Y``, the file field); exposed filters ``?field_numeral_target_id=<tid>&field_anio_value=
  <year>``, the numeral rendered as Better Exposed Filters links (a filtered page's header holds
  the item's label and words) or as a select with a sidebar block listing the terms' pages (a
  term page — also linked from every row's Numeral — holds the term's description and its
  documents); the year always a select ("Aplicar"); every combination of filter values is served.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, quote_plus, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    item_rhythm,
    snippet,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    paragraphs as _paragraphs,
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
    _no_accents,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("aspnet", "liferay", "plone", "drupal")
EXAM11 = wording(__file__)
# Which generated layout's truth conventions an exam11 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * aspnet: "joomla" — one page per numeral named by its label, the law's wording on every page.
# * liferay: "archive" — folders of files: no own text, the law's wording on empty items.
# * plone: "joomla" — one folder per numeral named by its label, the law's wording its description.
# * drupal: "wordpress" — taxonomy terms may be bare names, own text allowed (in the term's
#   description).
_INNER = {"aspnet": "joomla", "liferay": "archive", "plone": "joomla", "drupal": "wordpress"}
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _stem(name: str) -> str:
    """A name as a file name: no accents, hyphens between words."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain)
    return "-".join(kept.split())[:80] or "documento"


def _spaced(name: str) -> str:
    """A name as a person saves a file: its words, no characters a file name cannot hold."""
    kept = "".join(" " if ch in '/\\:*?"<>|#%&{}~' else ch for ch in name)
    return " ".join(kept.split())[:90] or "documento"


def _token(draw: st.DrawFn, alphabet: str, length: int, salt: object = "") -> str:
    """``length`` characters of ``alphabet`` that look random: a hash of a drawn seed (hypothesis
    draws small numbers first, which would give ids of zeros) and of ``salt`` (what the token
    names, so that two tokens of one portal differ)."""
    seed = draw(st.integers(0, 2**32 - 1))
    digest = hashlib.sha256(f"{seed}:{salt}".encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])


def _state(seed: int, length: int) -> str:
    """``length`` base64 characters that look like a serialized __VIEWSTATE (from ``seed``)."""
    digest = b"".join(hashlib.sha256(f"{seed}:{n}".encode()).digest() for n in range(4))
    return base64.b64encode(digest).decode()[:length]


def _uuid(draw: st.DrawFn, salt: object) -> str:
    h = _token(draw, "0123456789abcdef", 32, salt)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _moment(draw: st.DrawFn, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(draw(st.integers(7, 17)), draw(st.integers(0, 59))))


def _size(kb: int) -> str:
    return f"{kb / 1024:.1f} MB".replace(".", ",") if kb >= 1024 else f"{kb} KB"


def _words_br(item: Item) -> str:
    return "<br />".join(_e(text) for text in item_words(item))


@dataclass
class _File:
    """One document as a platform stores it: the document, when it was uploaded, its size."""

    doc: Doc
    when: dt.datetime
    kb: int


def _files(item: Item, today: dt.date, draw: st.DrawFn) -> list[_File]:
    """The item's documents with their upload moments (1 to 25 days after the period, never after
    today) and sizes, newest upload first."""
    out = []
    for doc in item.docs:
        when = _moment(draw, uploaded(doc, today, draw(st.integers(1, 25))))
        out.append(_File(doc, when, draw(st.integers(60, 4800))))
    return sorted(out, key=lambda f: f.when, reverse=True)


def _by_year(files: list[_File]) -> dict[int, list[_File]]:
    years: dict[int, list[_File]] = {}
    for file in files:
        assert file.doc.modified is not None
        years.setdefault(file.doc.modified.year, []).append(file)
    return dict(sorted(years.items(), reverse=True))


# -- aspnet (WebForms: a GridView of numerals paged by postback, a Menu, GridViews of files) -------


def _aspnet(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM11["aspnet"]
    base = words["base"]["text"]
    index_name = words["index"]["text"]
    index = f"{base}/{index_name}"
    page_size = draw(st.sampled_from([10, 15]))
    rows_by = draw(st.sampled_from(["hyperlink", "linkbutton"]))
    menu_form = draw(st.sampled_from(["numeral", "label"]))
    address = draw(st.sampled_from(words["numeral_page"]["text"]))
    storage = draw(st.sampled_from(["handler", "archivos"]))
    name_link = draw(st.booleans())
    legacy = draw(st.booleans())  # ctl00_… ids (ASP.NET 2.0–3.5) or ASP.NET 4's "Predictable" ids
    record = draw(st.integers(3, 60))
    handler_id = draw(st.integers(100, 4000))
    state = draw(st.integers(0, 2**32 - 1))
    viewstate = "/wEPDwUK" + _state(state, 60)
    validation = "/wEdAA" + _state(state + 1, 40)
    seen: set[str] = set()
    present = _present(items)

    def cid(*parts: str) -> str:
        prefix = "ctl00_ContentPlaceHolder1_" if legacy else "ContentPlaceHolder1_"
        return prefix + "_".join(parts)

    def uid(*parts: str) -> str:
        return "$".join(["ctl00", "ContentPlaceHolder1", *parts])

    def row_id(grid: str, row: int, control: str) -> str:
        """A control's id inside a GridView row (rows count from ctl02 in the old scheme)."""
        return cid(grid, f"ctl{row + 2:02d}", control) if legacy else cid(grid, control, str(row))

    def postback(target: str, argument: str = "") -> str:
        return f"javascript:__doPostBack('{target}','{argument}')"

    pages: dict[int, str] = {}  # numeral -> its page's name (relative to base)
    for item in present:
        record += draw(st.integers(1, 5))
        pages[item.numeral] = address.format(id=record, n=item.numeral)

    def menu() -> str:
        entries = "".join(
            f'<li role="menuitem" class="static"><a class="level2 static" tabindex="-1" '
            f'href="{_e(f"{base}/{pages[item.numeral]}")}">'
            + _e(
                words["menu_numeral"]["text"].format(n=item.numeral)
                if menu_form == "numeral"
                else item.label
            )
            + "</a></li>"
            for item in present
        )
        return (
            f'<div id="{"ctl00_" if legacy else ""}mnuTransparencia" class="menu" style="float: '
            'left;"><ul class="level1 static" tabindex="0" role="menubar"><li role="menuitem" '
            f'class="static"><a class="level1 static" tabindex="-1" href="{_e(index)}">'
            f'{_e(words["menu_title"]["text"])}</a><ul class="level2 static" role="menu">'
            f"{entries}</ul></li></ul></div>"
        )

    def form(title: str, action: str, inner: str) -> Resource:
        body = (
            f'<form name="aspnetForm" method="post" action="./{_e(action)}" id="aspnetForm">'
            '<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" '
            'id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" '
            'id="__EVENTARGUMENT" value="" /><input type="hidden" name="__VIEWSTATE" '
            f'id="__VIEWSTATE" value="{viewstate}" /></div><script type="text/javascript">\n'
            "//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nif (!theForm) {\n"
            "    theForm = document.aspnetForm;\n}\n"
            "function __doPostBack(eventTarget, eventArgument) {\n"
            "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
            "        theForm.__EVENTTARGET.value = eventTarget;\n"
            "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
            "        theForm.submit();\n    }\n}\n//]]>\n</script>"
            '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
            f'id="__VIEWSTATEGENERATOR" value="{words["generator"]["text"]}" /><input '
            'type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
            f'value="{validation}" /></div>'
            f'<div id="{"ctl00_" if legacy else ""}pnlMenu" class="col-menu">{menu()}</div>'
            f'<div id="{"ctl00_" if legacy else ""}pnlContenido" class="col-contenido">{inner}'
            "</div></form>"
        )
        return Resource(_page(title, body, today=today))

    def table(grid: str, head: list[str], rows: list[list[str]], pager: str = "") -> str:
        out = [
            f'<div><table class="mGrid" cellspacing="0" rules="all" border="1" id="{cid(grid)}" '
            'style="border-collapse:collapse;"><tr>'
            + "".join(f'<th scope="col">{h}</th>' for h in head)
            + "</tr>"
        ]
        for number, cells in enumerate(rows):
            css = ' class="alt"' if number % 2 else ""
            out.append(f"<tr{css}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append(pager)
        out.append("</table></div>")
        return "".join(out)

    def file_href(item: Item, file: _File) -> str:
        """The file's address as the grid writes it (the site's absolute path)."""
        nonlocal handler_id
        doc = file.doc
        assert doc.modified is not None
        if storage == "handler":
            handler_id += draw(st.integers(1, 30))
            href = words["handler"]["text"].format(id=handler_id)
            doc.path = unique(f"{base}/{href}", seen)
            portal.headers[doc.path] = {
                "Content-Disposition": f'attachment; filename="{_stem(doc.name)}.pdf"'
            }
            if not doc.ok:
                routes[doc.path] = Resource(
                    _page("Error", f"<p>{_e(words['missing']['text'])}</p>"), 404
                )
            return doc.path
        path = words["archivos"]["text"].format(
            n=item.numeral, yyyy=doc.modified.year, file=f"{_spaced(doc.name)}.pdf"
        )
        doc.path = unique(quote(path), seen)
        return doc.path

    for item in present:
        rel = pages[item.numeral]
        files = _files(item, today, draw)
        rows = []
        for number, file in enumerate(files):
            href = _e(file_href(item, file))
            name = _e(file.doc.name)
            if name_link:
                name_cell = (
                    f'<a id="{row_id("gvDocumentos", number, "hlDocumento")}" href="{href}" '
                    f'target="_blank">{name}</a>'
                )
                target = uid("gvDocumentos", f"ctl{number + 2:02d}", "lnkDescargar")
                download = (
                    f'<a id="{row_id("gvDocumentos", number, "lnkDescargar")}" '
                    f'href="{_e(postback(target))}">{_e(words["download"]["text"])}</a>'
                )
            else:
                name_cell = (
                    f'<span id="{row_id("gvDocumentos", number, "lblDocumento")}">{name}</span>'
                )
                download = (
                    f'<a id="{row_id("gvDocumentos", number, "hlDescargar")}" href="{href}" '
                    f'target="_blank">{_e(words["download"]["text"])}</a>'
                )
            rows.append([str(number + 1), name_cell, day_month_year(file.when.date()), download])
        head = [
            _e(words[k]["text"]) for k in ("col_number", "col_document", "col_date", "col_download")
        ]
        if rows:
            grid = table("gvDocumentos", head, rows)
        elif item.own_text:
            grid = ""  # the panel of documents hidden: the page shows its text
        else:
            grid = (
                '<div><table cellspacing="0" rules="all" border="1" '
                f'id="{cid("gvDocumentos")}" style="border-collapse:collapse;"><tr><td '
                f'colspan="4">{_e(words["empty"]["text"])}</td></tr></table></div>'
            )
        inner = (
            f'<h2><span id="{cid("lblTitulo")}">{_e(item.label)}</span></h2>'
            f'<p><span id="{cid("lblDescripcion")}">{_words_br(item)}</span></p>'
            f'{grid}<p><input type="submit" name="{uid("btnRegresar")}" '
            f'value="{_e(words["back"]["text"])}" id="{cid("btnRegresar")}" /></p>'
        )
        routes[f"{base}/{rel}"] = form(item.label, rel, inner)
        position = present.index(item)
        portal.notes[item.numeral] = (
            f"aspnet/page={rel}/rows={rows_by}/grid_page={position // page_size + 1}"
            f"/menu={menu_form}/files={storage}/name_link={name_link}/{len(item.docs)} docs"
        )

    first = present[:page_size]
    rows = []
    for number, item in enumerate(first):
        if rows_by == "hyperlink":
            see = (
                f'<a id="{row_id("gvNumerales", number, "hlVer")}" '
                f'href="{_e(pages[item.numeral])}">{_e(words["see"]["text"])}</a>'
            )
        else:
            target = uid("gvNumerales", f"ctl{number + 2:02d}", "lnkVer")
            see = (
                f'<a id="{row_id("gvNumerales", number, "lnkVer")}" '
                f'href="{_e(postback(target))}">{_e(words["see"]["text"])}</a>'
            )
        rows.append([str(item.numeral), _e(item.label), see])
    count = -(-len(present) // page_size)
    pager = ""
    if count > 1:
        cells = ["<td><span>1</span></td>"] + [
            f'<td><a href="{_e(postback(uid("gvNumerales"), f"Page${n}"))}">{n}</a></td>'
            for n in range(2, count + 1)
        ]
        pager = (
            f'<tr class="pgr"><td colspan="3"><table><tr>{"".join(cells)}</tr></table></td></tr>'
        )
    head = [_e(words[k]["text"]) for k in ("col_number", "col_item")] + ["&nbsp;"]
    inner = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<p><input name="{uid("txtBuscar")}" type="text" id="{cid("txtBuscar")}" /> '
        f'<input type="submit" name="{uid("btnBuscar")}" value="{_e(words["search"]["text"])}" '
        f'id="{cid("btnBuscar")}" /></p>' + table("gvNumerales", head, rows, pager)
    )
    title = words["page_title"]["text"]
    routes[index] = form(title, index_name, inner)
    _home(routes, index, title)
    return routes


# -- liferay (Documents and Media: folders per item, cards or list, document pages) ---------------


def _ago(today: dt.date, day: dt.date) -> str:
    """How long ago, as Liferay says it ("12 días", "2 meses", "1 año")."""
    words = EXAM11["liferay"]
    days = max((today - day).days, 1)
    if days < 31:
        key, n = "days", days
    elif days < 365:
        key, n = "months", days // 30
    else:
        key, n = "years", days // 365
    singular, plural = words[key]["text"]
    return str(singular if n == 1 else plural).format(n=n)


@dataclass
class _Entry:
    """A folder's entry: a subfolder or a document, its page, when it was modified, its size."""

    name: str
    href: str
    when: dt.datetime
    kb: int = 0
    folder: bool = False


def _liferay(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM11["liferay"]
    page = draw(st.sampled_from(words["site"]["text"])) + words["page"]["text"]
    instance = _token(draw, _ALNUM, 12, "instance")
    group = draw(st.integers(20100, 90000))
    next_id = draw(st.integers(30000, 90000))
    style = draw(st.sampled_from(["cards", "list"]))
    by_year = draw(st.booleans())
    user = words["user"]["text"]
    portlet = words["portlet"]["text"].format(instance=instance)
    seen: set[str] = set()

    def new_id() -> int:
        nonlocal next_id
        next_id += draw(st.integers(1, 40))
        return next_id

    def folder_url(folder: int) -> str:
        return str(words["folder_view"]["text"]).format(page=page, instance=instance, folder=folder)

    def crumbs(trail: list[tuple[str, str]]) -> str:
        return (
            '<ol class="breadcrumb">'
            + "".join(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{_e(href)}" '
                f'title="{_e(name)}"><span class="breadcrumb-text-truncate">{_e(name)}</span></a>'
                "</li>"
                for name, href in trail
            )
            + "</ol>"
        )

    def chrome(title: str, inner: str) -> Resource:
        body = (
            f'<section class="portlet" id="portlet_{portlet}"><div class="portlet-content">'
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col '
            f'autofit-col-expand"><h2 class="portlet-title-text">'
            f"{_e(words['portlet_title']['text'])}</h2></div></div><div "
            f'class="portlet-content-container"><div class="portlet-body">{inner}</div></div>'
            "</div></section>"
        )
        return Resource(_page(title, body, today=today))

    def card(entry: _Entry) -> str:
        if entry.folder:
            return (
                '<div class="card card-horizontal card-type-directory"><div class="card-body">'
                '<div class="card-row"><div class="autofit-col"><span class="sticker '
                'sticker-secondary"><span class="inline-item"><svg class="lexicon-icon '
                'lexicon-icon-folder" role="presentation"></svg></span></span></div><div '
                'class="autofit-col autofit-col-expand autofit-col-gutters"><a class="card-title '
                f'text-truncate" href="{_e(entry.href)}" title="{_e(entry.name)}">'
                f"{_e(entry.name)}</a></div></div></div></div>"
            )
        ago = words["modified_ago"]["text"].format(ago=_ago(today, entry.when.date()), user=user)
        return (
            '<div class="card-type-asset entry-display-style file-card form-check form-check-card '
            'form-check-top-left"><div class="card"><div class="aspect-ratio card-item-first">'
            '<span class="sticker sticker-bottom-left sticker-document file-icon-color-5">'
            '<span class="sticker-overlay">PDF</span></span></div><div class="card-body"><div '
            'class="card-row"><div class="autofit-col autofit-col-expand"><div class="d-flex">'
            f'<a class="card-title text-truncate" href="{_e(entry.href)}" '
            f'title="{_e(entry.name)}">{_e(entry.name)}</a></div><div class="card-subtitle '
            f'text-truncate">{_e(ago)}</div><div class="card-detail"></div></div></div></div>'
            "</div></div>"
        )

    def listing(entries: list[_Entry]) -> str:
        if not entries:
            return f'<div class="alert alert-info">{_e(words["empty"]["text"])}</div>'
        folders = [e for e in entries if e.folder]
        docs = [e for e in entries if not e.folder]
        if style == "cards":
            out = ""
            if folders:
                out += (
                    f'<h5 class="text-secondary">{_e(words["folders"]["text"])}</h5>'
                    '<ul class="card-page card-page-equal-height">'
                    + "".join(f'<li class="card-page-item">{card(e)}</li>' for e in folders)
                    + "</ul>"
                )
            if docs:
                out += (
                    f'<h5 class="text-secondary">{_e(words["documents"]["text"])}</h5>'
                    '<ul class="card-page card-page-equal-height">'
                    + "".join(
                        '<li class="card-page-item card-page-item-asset">' + card(e) + "</li>"
                        for e in docs
                    )
                    + "</ul>"
                )
            return out
        rows = "".join(
            f'<tr><td class="table-cell-expand table-cell-minw-200 table-title"><a '
            f'href="{_e(e.href)}">{_e(e.name)}</a></td><td class="table-cell-expand-smallest">'
            f'{"--" if e.folder else _size(e.kb)}</td><td class="table-cell-expand-smallest">'
            f"{e.when:%d/%m/%y %H:%M}</td></tr>"
            for e in [*folders, *docs]
        )
        return (
            '<div class="table-responsive"><table class="show-quick-actions-on-hover table '
            'table-autofit table-hover table-list"><thead><tr>'
            f'<th class="table-cell-expand">{_e(words["col_title"]["text"])}</th>'
            f"<th>{_e(words['col_size']['text'])}</th>"
            f"<th>{_e(words['col_modified']['text'])}</th></tr></thead><tbody>{rows}</tbody>"
            "</table></div>"
        )

    def folder_page(
        title: str, trail: list[tuple[str, str]], description: str, entries: list[_Entry]
    ) -> Resource:
        text = f'<div class="lfr-asset-description">{description}</div>' if description else ""
        return chrome(
            title,
            crumbs(trail) + f'<h3 class="folder-title">{_e(title)}</h3>{text}{listing(entries)}',
        )

    def document(file: _File, folder: int, trail: list[tuple[str, str]]) -> _Entry:
        doc = file.doc
        entry = new_id()
        href = words["file_view"]["text"].format(page=page, instance=instance, entry=entry)
        name = quote_plus(f"{_spaced(doc.name)}.pdf")
        ms = int(file.when.timestamp() * 1000)
        doc.path = unique(
            words["download"]["text"].format(
                group=group, folder=folder, name=name, uuid=_uuid(draw, entry), ms=ms
            ),
            seen,
        )
        if not doc.ok:
            routes[doc.path] = Resource(
                _page("Error", f"<p>{_e(words['missing']['text'])}</p>"), 404
            )
        uploaded_by = words["uploaded_by"]["text"].format(
            user=user, date=f"{file.when:%d/%m/%y %H:%M}"
        )
        size = words["download_x"]["text"].format(size=_size(file.kb))
        routes[href] = chrome(
            doc.name,
            crumbs([*trail, (doc.name, href)]) + f'<h3 class="header-title">{_e(doc.name)}</h3>'
            f'<div class="lfr-asset-metadata"><span class="user-date">{_e(uploaded_by)}</span> '
            f'<span class="lfr-asset-version">{_e(words["version"]["text"].format(v="1.0"))}'
            '</span></div><div class="lfr-asset-panels"><span class="download-document">'
            f'<a class="btn btn-primary" href="{_e(doc.path)}" title="{_e(size)}">'
            f"{_e(size)}</a></span></div>"
            f'<p><a href="{_e(trail[-1][1])}">{_e(words["back"]["text"])}</a></p>',
        )
        return _Entry(doc.name, href, file.when, file.kb)

    root_trail = [(words["home"]["text"], page)]
    top: list[_Entry] = []
    for item in _present(items):
        folder = new_id()
        url = folder_url(folder)
        trail = [*root_trail, (item.label, url)]
        files = _files(item, today, draw)
        split = by_year and item_rhythm(item) == "monthly" and bool(files)
        entries: list[_Entry] = []
        if split:
            for year, year_files in _by_year(files).items():
                sub = new_id()
                sub_url = folder_url(sub)
                sub_trail = [*trail, (str(year), sub_url)]
                sub_entries = [document(f, sub, sub_trail) for f in year_files]
                routes[sub_url] = folder_page(str(year), sub_trail, "", sub_entries)
                entries.append(_Entry(str(year), sub_url, year_files[0].when, folder=True))
        else:
            entries = [document(f, folder, trail) for f in files]
        description = _paragraphs(item_words(item))
        routes[url] = folder_page(item.label, trail, description, entries)
        modified = files[0].when if files else _moment(draw, today - dt.timedelta(days=400))
        top.append(_Entry(item.label, url, modified, folder=True))
        portal.notes[item.numeral] = (
            f"liferay/style={style}/years={split}/folder={folder}/{len(item.docs)} docs"
        )
    title = words["page_title"]["text"]
    routes[page] = folder_page(
        title, root_trail, f"<p>{_e(WORDING['article']['opening']['text'])}</p>", top
    )
    _home(routes, page, title)
    return routes


# -- plone (folders with listings or tabular views, File items behind /view) ----------------------


def _plone(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM11["plone"]
    root = words["root"]["text"]
    top = words["folder"]["text"]
    view = draw(st.sampled_from(["listing", "tabular"]))
    by_year = draw(st.booleans())
    spaced_names = draw(st.booleans())  # files uploaded as "Informe Octubre 2026.pdf"
    author = words["author"]["text"]
    author_url = f"/author/{words['author_id']['text']}"
    title = words["page_title"]["text"]
    seen: set[str] = set()

    def when(moment: dt.datetime) -> str:
        return f"{day_month_year(moment.date())} {moment:%H:%M}"

    def breadcrumbs(trail: list[tuple[str, str]]) -> str:
        out = [
            f'<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">'
            f'{_e(words["you_are_here"]["text"])}</span> <span id="breadcrumbs-home"><a '
            f'href="/">{_e(words["home"]["text"])}</a><span class="breadcrumbSeparator"> &gt; '
            "</span></span>"
        ]
        for number, (name, href) in enumerate(trail, start=1):
            if number == len(trail):
                out.append(
                    f'<span dir="ltr" id="breadcrumbs-{number}"><span id="breadcrumbs-current">'
                    f"{_e(name)}</span></span>"
                )
            else:
                out.append(
                    f'<span dir="ltr" id="breadcrumbs-{number}"><a href="{_e(href)}">{_e(name)}'
                    '</a><span class="breadcrumbSeparator"> &gt; </span></span>'
                )
        out.append("</div>")
        return "".join(out)

    def byline(moment: dt.datetime) -> str:
        return (
            f'<span>{_e(words["by"]["text"])} <a href="{author_url}">{_e(author)}</a></span> '
            f"&mdash; {_e(words['last_modified']['text'])} {when(moment)}"
        )

    def plone_page(
        name: str, trail: list[tuple[str, str]], description: str, text: str, core: str
    ) -> Resource:
        body = (
            f'<div id="portal-personaltools"><a href="/login">{_e(words["tools"]["text"])}</a>'
            f'</div>{breadcrumbs(trail)}<article id="content"><header>'
            f'<h1 class="documentFirstHeading">{_e(name)}</h1>'
            + (
                f'<p class="documentDescription description">{_e(description)}</p>'
                if description
                else ""
            )
            + f'</header><div id="content-core">{text}{core}</div></article>'
        )
        return Resource(_page(name, body, today=today))

    @dataclass
    class Content:
        title: str
        url: str  # where the listing links it
        modified: dt.datetime
        kind: str  # "File" | "Folder"
        description: str = ""

    def core(contents: list[Content]) -> str:
        if not contents:
            return f'<p class="discreet">{_e(words["empty"]["text"])}</p>'
        css = {"File": "contenttype-file", "Folder": "contenttype-folder"}
        if view == "listing":
            return (
                '<div class="entries">'
                + "".join(
                    '<article class="mb-3 row"><div class="col"><div class="mb-1"><a '
                    f'href="{_e(c.url)}" class="{css[c.kind]} state-published url" '
                    f'title="{c.kind}">{_e(c.title)}</a></div><div class="mb-1">'
                    f"{byline(c.modified)}</div>"
                    + (f'<p class="me-3">{_e(c.description)}</p>' if c.description else "")
                    + "</div></article>"
                    for c in contents
                )
                + "</div>"
            )
        types = {"File": words["type_file"]["text"], "Folder": words["type_folder"]["text"]}
        head = "".join(
            f'<th class="text-nowrap">{_e(words[k]["text"])}</th>'
            for k in ("col_title", "col_creator", "col_type", "col_modified")
        )
        rows = "".join(
            f'<tr><td></td><td class="text-nowrap"><a href="{_e(c.url)}" '
            f'class="{css[c.kind]} state-published url" title="{c.kind}">{_e(c.title)}</a></td>'
            f'<td class="text-nowrap"><a href="{author_url}">{_e(author)}</a></td>'
            f'<td class="text-nowrap">{_e(types[c.kind])}</td>'
            f'<td class="text-nowrap">{when(c.modified)}</td></tr>'
            for c in contents
        )
        return (
            '<div class="table-responsive"><table class="table table-striped" '
            f'summary="{_e(words["summary"]["text"])}"><thead><tr><th class="text-nowrap"></th>'
            f"{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def file_item(file: _File, parent: str, trail: list[tuple[str, str]]) -> Content:
        doc = file.doc
        filename = f"{_spaced(doc.name) if spaced_names else _stem(doc.name)}.pdf"
        url = unique(f"{parent}/{_slug(filename[:-4])[:60]}.pdf", seen)
        doc.path = f"{url}/@@download/file/{quote(filename)}"
        routes[f"{url}/view"] = plone_page(
            doc.name,
            [*trail, (doc.name, f"{url}/view")],
            "",
            f'<div class="documentByLine">{byline(file.when)}</div>',
            f'<p><a href="{_e(doc.path)}"><img src="/++plone++mimetype.icons/pdf.svg" '
            f'alt="application/pdf" border="0" /> {_e(filename)}</a> <span class="discreet">'
            f"&mdash; {_size(file.kb)}</span></p>",
        )
        return Content(doc.name, f"{url}/view", file.when, "File")

    entries = []
    top_trail = [(words["root_title"]["text"], root), (title, top)]
    for item in _present(items):
        folder = unique(f"{top}/{_slug(item.label)[:50].strip('-')}", seen)
        trail = [*top_trail, (item.label, folder)]
        files = _files(item, today, draw)
        split = by_year and item_rhythm(item) == "monthly" and bool(files)
        contents: list[Content] = []
        if split:
            for year, year_files in _by_year(files).items():
                sub = f"{folder}/{year}"
                sub_trail = [*trail, (str(year), sub)]
                inner = [file_item(f, sub, sub_trail) for f in year_files]
                routes[sub] = plone_page(str(year), sub_trail, "", "", core(inner))
                contents.append(Content(str(year), sub, year_files[0].when, "Folder"))
        else:
            contents = [file_item(f, folder, trail) for f in files]
        others = item_words(item, law=False)
        text = f'<div id="parent-fieldname-text">{_paragraphs(others)}</div>' if others else ""
        routes[folder] = plone_page(item.label, trail, item.law_text, text, core(contents))
        modified = files[0].when if files else _moment(draw, today - dt.timedelta(days=500))
        entries.append(Content(item.label, folder, modified, "Folder", item.law_text))
        portal.notes[item.numeral] = (
            f"plone/view={view}/years={split}/spaced={spaced_names}/{len(item.docs)} docs"
        )
    routes[top] = plone_page(
        title, top_trail, WORDING["article"]["opening"]["text"], "", core(entries)
    )
    routes[root] = plone_page(
        words["root_title"]["text"],
        top_trail[:1],
        "",
        "",
        core(
            [
                Content(
                    title, top, entries[0].modified if entries else _moment(draw, today), "Folder"
                )
            ]
        ),
    )
    routes[author_url] = plone_page(author, [(author, author_url)], "", "", core(entries[:5]))
    routes["/login"] = plone_page(
        words["login"]["text"],
        [(words["login"]["text"], "/login")],
        "",
        "",
        '<form method="post" action="/login"><input type="text" name="__ac_name" /> '
        '<input type="password" name="__ac_password" /> <input type="submit" '
        f'name="buttons.login" value="{_e(words["login"]["text"])}" /></form>',
    )
    _home(routes, top, title)
    return routes


# -- drupal (one row per document, exposed filters as links or a GET form) -----------------


@dataclass
class _Row:
    item: Item
    file: _File
    tid: int
    term: str


def _drupal_date(form: str, moment: dt.datetime) -> str:
    words = EXAM11["drupal"]
    values = {
        "D": words["weekdays"]["text"][moment.weekday()],
        "dd": f"{moment.day:02d}",
        "d": str(moment.day),
        "mm": f"{moment.month:02d}",
        "month": MESES[moment.month - 1].lower(),
        "yyyy": str(moment.year),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
    }
    return str(words[f"date_{form}"]["text"]).format(**values)


def _drupal(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM11["drupal"]
    view: str = words["view"]["text"]
    mode = draw(st.sampled_from(["links", "form"]))
    rows_as = draw(st.sampled_from(["table", "list"]))
    per_page = draw(st.sampled_from([10, 20]))
    date_form = draw(st.sampled_from(["medium", "olivero", "dmy"]))
    file_text = draw(st.sampled_from(["file", "name"]))
    tid = draw(st.integers(5, 80))
    dom = _token(draw, "0123456789abcdef", 64, "view")
    f_numeral = words["filter_numeral"]["text"]
    f_year = words["filter_year"]["text"]
    any_text = words["any"]["text"]
    title = words["page_title"]["text"]
    seen: set[str] = set()

    present = _present(items)
    terms: dict[int, tuple[int, str]] = {}  # numeral -> (term id, term page)
    rows: list[_Row] = []
    for item in present:
        tid += draw(st.integers(1, 3))
        term = unique(words["term"]["text"].format(slug=_slug(item.plain)[:50].strip("-")), seen)
        terms[item.numeral] = (tid, term)
        for file in _files(item, today, draw):
            doc = file.doc
            name = f"{_spaced(doc.name) if file_text == 'name' else _stem(doc.name)}.pdf"
            doc.path = unique(
                words["files"]["text"].format(
                    yyyy=file.when.year, mm=f"{file.when.month:02d}", file=quote(name)
                ),
                seen,
            )
            rows.append(_Row(item, file, tid, term))
        portal.notes[item.numeral] = (
            f"drupal/mode={mode}/rows={rows_as}/per_page={per_page}/date={date_form}"
            f"/tid={tid}/{len(item.docs)} docs"
        )
    rows.sort(key=lambda r: r.file.when, reverse=True)
    years = sorted({r.file.doc.modified.year for r in rows if r.file.doc.modified}, reverse=True)

    def address(numeral: str, year: str, page: int = 0) -> str:
        if numeral == "All" and year == "All" and page == 0:
            return view
        if numeral == "All" and year == "All":
            return f"{view}?page={page}"
        query = f"{view}?{f_numeral}={numeral}&{f_year}={year}"
        return query + (f"&page={page}" if page else "")

    def file_field(row: _Row) -> str:
        doc = row.file.doc
        shown = unquote(doc.path.rsplit("/", 1)[-1])
        text = shown if file_text == "file" else doc.name
        return (
            '<span class="file file--mime-application-pdf file--application-pdf"> '
            f'<a href="{_e(doc.path)}" type="application/pdf" title="{_e(shown)}">{_e(text)}</a>'
            f"</span> <span>({_size(row.file.kb)})</span>"
        )

    def date_field(row: _Row) -> str:
        moment = row.file.when
        return (
            f'<time datetime="{moment:%Y-%m-%dT%H:%M:%S}-06:00" class="datetime">'
            f"{_e(_drupal_date(date_form, moment))}</time>"
        )

    def term_link(row: _Row) -> str:
        return f'<a href="{_e(row.term)}" hreflang="es">{_e(row.item.label)}</a>'

    def year_of(row: _Row) -> str:
        return str(row.file.doc.modified.year) if row.file.doc.modified else ""

    def render_rows(chunk: list[_Row]) -> str:
        if not chunk:
            return f'<div class="view-empty"><p>{_e(words["empty"]["text"])}</p></div>'
        columns = [
            ("field-numeral", words["col_numeral"]["text"], term_link),
            ("title", words["col_title"]["text"], lambda r: _e(r.file.doc.name)),
            ("field-anio", words["label_year"]["text"], year_of),
            ("field-fecha-publicacion", words["col_date"]["text"], date_field),
            ("field-archivo", words["col_file"]["text"], file_field),
        ]
        if rows_as == "table":
            head = "".join(
                f'<th id="view-{key}-table-column" class="views-field views-field-{key}" '
                f'scope="col">{_e(label)}</th>'
                for key, label, _f in columns
            )
            body = "".join(
                "<tr>"
                + "".join(
                    f'<td headers="view-{key}-table-column" class="views-field '
                    f'views-field-{key}">{render(r)}</td>'
                    for key, _l, render in columns
                )
                + "</tr>"
                for r in chunk
            )
            return (
                f'<div class="view-content"><table class="views-table views-view-table '
                f'cols-{len(columns)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody>'
                "</table></div>"
            )
        out = []
        for r in chunk:
            fields = []
            for key, label, render in columns:
                caption = (
                    ""
                    if key == "title"
                    else f'<span class="views-label views-label-{key}">{_e(label)}: </span>'
                )
                fields.append(
                    f'<div class="views-field views-field-{key}">{caption}<div '
                    f'class="field-content">{render(r)}</div></div>'
                )
            out.append(f'<div class="views-row">{"".join(fields)}</div>')
        return f'<div class="view-content">{"".join(out)}</div>'

    def pager(numeral: str, year: str, page: int, count: int) -> str:
        if count <= 1:
            return ""
        items_html = []
        if page > 0:
            items_html.append(
                f'<li class="pager__item pager__item--previous"><a href="'
                f'{_e(address(numeral, year, page - 1))}" rel="prev"><span aria-hidden="true">'
                f"{_e(words['previous']['text'])}</span></a></li>"
            )
        for n in range(count):
            css = "pager__item is-active" if n == page else "pager__item"
            items_html.append(
                f'<li class="{css}"><a href="{_e(address(numeral, year, n))}"><span '
                f'class="visually-hidden">{_e(words["page_n"]["text"])}</span>{n + 1}</a></li>'
            )
        if page + 1 < count:
            items_html.append(
                f'<li class="pager__item pager__item--next"><a href="'
                f'{_e(address(numeral, year, page + 1))}" title="{_e(words["next_title"]["text"])}"'
                f' rel="next"><span aria-hidden="true">{_e(words["next"]["text"])}</span></a></li>'
            )
        return (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 '
            f'id="pagination-heading" class="visually-hidden">{_e(words["pager_heading"]["text"])}'
            f'</h4><ul class="pager__items js-pager__items">{"".join(items_html)}</ul></nav>'
        )

    numeral_options = [("All", any_text)] + [(str(terms[i.numeral][0]), i.label) for i in present]
    year_options = [("All", any_text)] + [(str(y), str(y)) for y in years]

    def filters(numeral: str, year: str) -> str:
        def select(name: str, label: str, options: list[tuple[str, str]], current: str) -> str:
            key = name.replace("_", "-")
            opts = "".join(
                f'<option value="{value}"'
                + (' selected="selected"' if value == current else "")
                + f">{_e(text)}</option>"
                for value, text in options
            )
            return (
                '<div class="views-exposed-form__item js-form-item form-item '
                f'js-form-type-select form-type--select js-form-item-{key} form-item--{key}">'
                f'<label for="edit-{key}" class="form-item__label">{_e(label)}</label><select '
                f'data-drupal-selector="edit-{key}" id="edit-{key}" name="{name}" '
                f'class="form-select form-element form-element--type-select">{opts}</select></div>'
            )

        def links(name: str, label: str, options: list[tuple[str, str]], current: str) -> str:
            key = name.replace("_", "-")
            entries = []
            for value, text in options:
                target = address(value, year) if name == f_numeral else address(numeral, value)
                css = "bef-link bef-link--selected" if value == current else "bef-link"
                entries.append(
                    f'<li><a href="{_e(target)}" id="edit-{key}-{value.lower()}" '
                    f'name="{name}[{value}]" class="{css}">{_e(text)}</a></li>'
                )
            return (
                f'<div class="views-exposed-form__item js-form-item form-item js-form-item-{key} '
                f'form-item--{key}"><label for="edit-{key}" class="form-item__label">'
                f'{_e(label)}</label><div class="bef-links" id="edit-{key}"><ul>'
                f"{''.join(entries)}</ul></div></div>"
            )

        render = links if mode == "links" else select
        # The year is a select either way (Better Exposed Filters sets a widget per filter): as
        # links too, every numeral page would link every year, hundreds of pages a portal.
        actions = (
            '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper '
            'form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-'
            'informacion-publica" type="submit" id="edit-submit-informacion-publica" '
            f'value="{_e(words["apply"]["text"])}" class="button js-form-submit form-submit">'
            "</div>"
        )
        return (
            '<div class="view-filters"><form class="views-exposed-form bef-exposed-form" '
            'data-drupal-selector="views-exposed-form-informacion-publica-page-1" '
            f'action="{view}" method="get" id="views-exposed-form-informacion-publica-page-1" '
            'accept-charset="UTF-8">'
            + render(f_numeral, words["label_numeral"]["text"], numeral_options, numeral)
            + select(f_year, words["label_year"]["text"], year_options, year)
            + actions
            + "</form></div>"
        )

    block = ""
    if mode == "form":
        block = (
            '<nav role="navigation" aria-labelledby="block-numerales-menu" id="block-numerales" '
            f'class="block block-views"><h2 id="block-numerales-menu">'
            f'{_e(words["terms_title"]["text"])}</h2><div class="views-element-container"><div '
            'class="view view-numerales view-id-numerales view-display-id-block_1"><div '
            'class="view-content"><div class="item-list"><ul>'
            + "".join(
                f'<li><a href="{_e(terms[i.numeral][1])}" hreflang="es">{_e(i.label)}</a></li>'
                for i in present
            )
            + "</ul></div></div></div></div></nav>"
        )

    def view_page(header: str, numeral: str, year: str, chosen: list[_Row]) -> None:
        chunks = [chosen[i : i + per_page] for i in range(0, len(chosen), per_page)] or [[]]
        for page, chunk in enumerate(chunks):
            body = (
                f'<div class="views-element-container"><div class="view view-informacion-publica '
                "view-id-informacion_publica view-display-id-page_1 "
                f'js-view-dom-id-{dom}"><div class="view-header">{header}</div>'
                f"{filters(numeral, year)}{render_rows(chunk)}"
                f"{pager(numeral, year, page, len(chunks))}</div></div>{block}"
            )
            resource = Resource(_page(title, body, today=today))
            routes[address(numeral, year, page)] = resource
            # The form sends every filter, "All" included: the same page by its long address.
            explicit = f"{view}?{f_numeral}={numeral}&{f_year}={year}"
            routes[explicit + (f"&page={page}" if page else "")] = resource

    opening = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    for numeral_value, _text in numeral_options:
        term_item = next((i for i in present if str(terms[i.numeral][0]) == numeral_value), None)
        header = (
            f"<h2>{_e(term_item.label)}</h2>{_paragraphs(item_words(term_item))}"
            if term_item
            else opening
        )
        for year_value, _y in year_options:
            chosen = [
                r
                for r in rows
                if (term_item is None or r.item is term_item)
                and (year_value == "All" or year_of(r) == year_value)
            ]
            view_page(header, numeral_value, year_value, chosen)
    for item in present:
        term = terms[item.numeral][1]
        own = [r for r in rows if r.item is item]
        body = (
            '<div class="taxonomy-term vocabulary-numerales"><div class="taxonomy-term__'
            f'description">{_paragraphs(item_words(item))}</div></div>'
            f'<div class="views-element-container"><div class="view view-taxonomy-term '
            f'view-id-taxonomy_term view-display-id-page_1">{render_rows(own)}</div></div>{block}'
        )
        routes[term] = Resource(_page(item.label, body, today=today))
    _home(routes, view, title)
    return routes


_Builder = Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]
_BUILDERS: dict[str, _Builder] = {
    "aspnet": _aspnet,
    "liferay": _liferay,
    "plone": _plone,
    "drupal": _drupal,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 11 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
