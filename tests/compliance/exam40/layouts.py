"""Fortieth exam: four portal layouts whose theme is SERVER DIRECTORY LISTINGS AND FILE BROWSERS as
the way documents are published, with the truth of every section.

Many municipalities upload folders by FTP and link the transparency menu (or each item) to the web
server's own listing of a folder. Items (truth, labels, documents, dates, phrases) are drawn
exactly as the generated portals draw them (``tests.compliance.generated.portals._item``); only
the way they are laid out is new. A listing's dates are upload / modification times (days after
the period a document covers, or, on portals whose files were copied to a new server, the day of
that copy); the period a document covers is in its name, or in its year folder's name and the
month in the file's. The truth of a section is what a careful citizen browsing the folders
concludes: a folder holding the item's files is the item's publication; a folder holding nothing
(only "Parent Directory") or only a text file with the law's wording or an "en proceso" phrase is
empty; a text file or a folder name saying "No aplica" is not applicable; files that are listed
but answer 403 (uploaded without read permission) are broken. A folder whose listing is disabled
(403 "Forbidden") appears only beside direct links to the item's files (an item whose only link is
a forbidden listing shows nothing, and whether that is empty or broken is not clear: left out).
Wording and markup from the servers' and file browsers' sources and saved listings
(``wording.toml``, sources there). Layouts:

* ``apache``: the home page's menu leads to an Apache mod_autoindex listing ("Index of
  /transparencia") of one folder per item named by staff ("08 Ejecucion Presupuestaria/",
  "Numeral_08/", "NUMERAL 8 - …", "8. Ejecución…", %20-encoded in the hrefs), a FancyIndexing table
  (icons, Name / Last modified "2026-11-30 14:02" / Size " 54K" / Description, "Parent
  Directory") or, with HTMLTable off, a ``<pre>`` listing; Apache 2.2's dates ("30-Nov-2026
  14:02"); names longer than 23 characters cut "..>" unless NameWidth=*; sort links ``?C=M;O=D``
  (every order served) or none; folders first or not; the item's label and words in a HEADER.html
  above the listing (replacing its "Index of" heading) or a README.html below it; monthly items in
  year folders ("2026/", "Año 2026/") of month files ("10_Octubre.pdf", "OCTUBRE.pdf") or with
  whole names ("Ejecucion_presupuestaria_Octubre_2026.pdf"), older years beside the current one;
  broken files listed but answering 403; the law's PDF beside the item folders.
* ``nginx``: nginx autoindex (``<pre>`` lines "name   30-Nov-2026 14:02   123456", names cut to 47
  characters and "..>" past 50, directories first in byte order, UTC times unless
  autoindex_localtime, sizes exact or "1M" / "245K") with the item's words in a LEEME.txt beside its
  files (ANSI or UTF-8, served as text/plain) and "No aplica" as a LEEME.txt or a folder named
  "… - NO APLICA"; or LiteSpeed's autoindex (a table, "Last Modified" "2026-11-30 14:02", sizes
  "   245k", names cut "..." past 80, sort links ``?MD`` served, HEADER text above the table).
* ``lister``: a PHP file browser on the portal's own host: Directory Lister 3 (``/archivos/
  ?dir=transparencia/08%20…``; breadcrumb "Hogar / …", "Nombre del Archivo / Tamaño / Fecha"
  rows "2026-11-30 14:02:00" "1.23MB", a search box, sometimes a "Descargar este Directorio" zip
  link on every folder, the item's words in a README.md rendered below or above the list, files
  linked by their path relative to the lister) or h5ai's page without JavaScript (an
  "index - powered by h5ai" title naming no folder, a fallback table "Name / Last modified / Size"
  of absolute links, the item's words in a LEEME.txt).
* ``mixed``: a CMS page of the items where each item's heading and words are followed by a link
  to its folder's listing (Apache or nginx), a link to a page of its files, its files linked
  directly, or its files linked directly beside a "Ver carpeta" link answering 403 "Forbidden"
  (listing disabled; in English or in Apache's Spanish error page); empty items as words only, a
  link to a folder holding only "Parent Directory", or a folder holding only LEEME.txt; "No aplica"
  as words or in a folder's LEEME.txt; broken items as direct links or page links answering 404,
  or a folder listing of files answering 403.

Directory listings link files by their names relative to the folder (Apache, nginx, Directory
Lister); those documents' ``path`` is that relative link, as written in the listing, and they are
served at the folder's address plus the name (the ``path`` of a document linked by its absolute
address is that address, as everywhere else).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    item_rhythm,
    paragraphs,
    site_page,
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
    _last_day,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("apache", "nginx", "lister", "mixed")
EXAM40: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: folders whose header or
# README may hold the municipality's own text (own text allowed, phrases or the law on empty
# items: "dl", "accordion"), folders with at most a LEEME.txt (no own text, the law's text on empty
# items: "archive"), a CMS page of headings ("wordpress").
_INNER = {"apache": "dl", "nginx": "archive", "lister": "accordion", "mixed": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# A key of ``portal.headers`` (never a request path) holding, until ``_finish``, the Last-Modified
# stamp of every file the listings date, so that the server's header and the listing agree.
_MTIMES = "#mtimes"
_GUATEMALA = dt.timedelta(hours=6)  # UTC-6, no daylight saving
_PDF_ICON_DL = "fa-file-pdf"
_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
    b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def _w(section: str, key: str) -> Any:
    return EXAM40[section][key]["text"]


# -- the disk: folders and files as staff uploaded them ------------------------------------------


@dataclass
class _Node:
    """A file or a folder on the server's disk."""

    name: str
    when: dt.datetime  # local time of its last change
    children: list[_Node] | None = None  # a folder's entries; None for a file
    size: int = 0
    doc: Doc | None = None
    body: bytes = b""  # a text file's bytes ("" for a PDF)
    ok: bool = True  # readable by the web server
    title: str = ""  # a folder's heading (the item's label) for its HEADER / README
    words: list[str] = field(default_factory=list)  # a folder's words for its HEADER / README
    listing: bool = True  # False: the folder's listing is disabled (403)
    direct: bool = False  # a file linked by its absolute address elsewhere (a CMS page)

    @property
    def folder(self) -> bool:
        return self.children is not None

    @property
    def entries(self) -> list[_Node]:
        if self.children is None:
            return []
        return self.children


def _moment(day: dt.date, draw: st.DrawFn) -> dt.datetime:
    """A time of office hours on ``day``."""
    return dt.datetime.combine(day, dt.time(draw(st.integers(7, 17)), draw(st.integers(0, 59))))


def _stamp(local: dt.datetime) -> float:
    """The Unix time of a Guatemalan local time."""
    return float(calendar.timegm((local + _GUATEMALA).timetuple()))


def _ascii(text: str) -> str:
    return _no_accents(text).replace("ñ", "n").replace("Ñ", "N")


def _clean(text: str) -> str:
    """A name as a file system and an FTP client leave it: no characters URLs or Windows refuse."""
    kept = "".join(" " if ch in '/\\:*?"<>|#%&;,' else ch for ch in text)
    return " ".join(kept.split()).strip(" .") or "documento"


def _free(name: str, taken: set[str]) -> str:
    """``name``, or Windows' copy name ("Octubre (2).pdf") when the folder already holds it."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({number})" + (f".{ext}" if ext else "")
        number += 1
    taken.add(candidate.casefold())
    return candidate


@dataclass
class _Clock:
    """When files were put on the server."""

    today: dt.date
    lag: int  # days between the end of a document's period and its upload
    migrated: dt.datetime | None  # every file copied to a new server that day (its mtime)

    def when(self, doc: Doc, draw: st.DrawFn) -> dt.datetime:
        up = _moment(uploaded(doc, self.today, self.lag + draw(st.integers(0, 9))), draw)
        return max(up, self.migrated) if self.migrated else up

    def created(self, draw: st.DrawFn) -> dt.datetime:
        """When an empty folder was made."""
        made = _moment(self.today - dt.timedelta(days=draw(st.integers(20, 500))), draw)
        return max(made, self.migrated) if self.migrated else made


def _clock(draw: st.DrawFn, today: dt.date, *, copies: bool) -> _Clock:
    migrated = None
    if copies and draw(st.integers(0, 2)) == 0:
        migrated = _moment(today - dt.timedelta(days=draw(st.integers(3, 45))), draw)
    return _Clock(today, draw(st.integers(1, 15)), migrated)


@dataclass
class _Naming:
    """How a portal's staff name folders and files."""

    folder: str  # a template of [names] folders
    years: bool  # monthly items in year folders
    year: str  # a template of [names] years
    month: str  # a template of [names] month_files ("" : whole names)
    file: str  # "under" | "spaces" | "upper": a whole name's form
    accents: bool  # names keep their accents (a UTF-8 FTP client)


def _naming(draw: st.DrawFn) -> _Naming:
    return _Naming(
        folder=str(draw(st.sampled_from(_w("names", "folders")))),
        years=draw(st.integers(0, 3)) > 0,
        year=str(draw(st.sampled_from(_w("names", "years")))),
        month=draw(st.sampled_from(["", *[str(t) for t in _w("names", "month_files")]])),
        file=draw(st.sampled_from(["under", "spaces", "upper"])),
        accents=draw(st.booleans()),
    )


def _folder_name(item: Item, naming: _Naming) -> str:
    plain = _clean(item.plain if naming.accents else _ascii(item.plain))
    words = plain.split()
    short = " ".join(words[: min(len(words), 6)])
    return _clean(
        naming.folder.format(
            n=item.numeral,
            nn=f"{item.numeral:02d}",
            plain=short,
            PLAIN=_ascii(short).upper(),
        )
    )


def _whole_name(doc: Doc, naming: _Naming) -> str:
    name = _clean(doc.name if naming.accents else _ascii(doc.name))
    if naming.file == "under":
        name = _ascii(name).replace(" ", "_")
    elif naming.file == "upper":
        name = _ascii(name).upper()
    return name + ".pdf"


def _month_name(doc: Doc, naming: _Naming, numeral: int) -> str:
    assert doc.modified is not None
    month = doc.modified.month
    name = naming.month.format(
        mm=f"{month:02d}",
        Mes=MESES[month - 1],
        MES=MESES[month - 1].upper(),
        nn=f"{numeral:02d}",
        yyyy=doc.modified.year,
    )
    return name + ".pdf"


def _older_years(item: Item, draw: st.DrawFn) -> list[Doc]:
    """Monthly reports of earlier years kept in their folders (only beside current or stale
    reports: never turning a broken item's files into served ones)."""
    if item.truth not in ("ok", "outdated") or not item.docs or draw(st.integers(0, 2)) == 0:
        return []
    first = min(d.modified for d in item.docs if d.modified is not None)
    extra = []
    for back in range(1, draw(st.integers(1, 2)) + 1):
        year = first.year - back
        for month in sorted(draw(st.sets(st.integers(1, 12), min_size=2, max_size=4))):
            name = f"{item.plain} {MESES[month - 1]} {year}"
            extra.append(
                Doc(
                    name,
                    f"/files/{item.numeral:02d}/old-{year}-{month}.pdf",
                    True,
                    _last_day(year, month),
                )
            )
    return extra


def _text_file(name: str, lines: Sequence[str], when: dt.datetime, draw: st.DrawFn) -> _Node:
    """A text file typed in Notepad: ANSI (windows-1252) or UTF-8, CRLF line ends."""
    text = "\r\n\r\n".join(lines) + "\r\n"
    encoding = draw(st.sampled_from(["cp1252", "utf-8"]))
    body = text.encode(encoding, "replace")
    return _Node(name, when, size=len(body), body=body)


def _item_folder(
    item: Item,
    draw: st.DrawFn,
    clock: _Clock,
    naming: _Naming,
    *,
    leeme: bool,
    words: list[str] | None = None,
) -> _Node:
    """The item's folder: its files (in year folders for monthly items, older years beside),
    and its words as a LEEME.txt (``leeme``) or for the server's HEADER / README."""
    monthly = item_rhythm(item) == "monthly"
    if monthly and naming.years:
        item.docs.extend(_older_years(item, draw))
    said = item_words(item) if words is None else words
    top = _Node(_folder_name(item, naming), clock.created(draw), children=[], title=item.label)
    years: dict[int, _Node] = {}
    taken: dict[int, set[str]] = {}
    for doc in item.docs:
        assert doc.modified is not None
        when = clock.when(doc, draw)
        size = draw(st.integers(38_000, 4_800_000))
        year = doc.modified.year if monthly and naming.years else 0
        if year:
            if year not in years:
                years[year] = _Node(naming.year.format(yyyy=year), when, children=[])
                top.entries.append(years[year])
            holder = years[year]
            name = _month_name(doc, naming, item.numeral) if naming.month else None
        else:
            holder = top
            name = None
        name = _free(name or _whole_name(doc, naming), taken.setdefault(year, set()))
        holder.entries.append(_Node(name, when, size=size, doc=doc, ok=doc.ok))
    if said and leeme:
        when = max([n.when for n in _files(top)], default=clock.created(draw))
        top.entries.append(_text_file(str(_w("names", "readme")), [item.label, *said], when, draw))
    elif said:
        top.words = list(said)
    _date_folders(top)
    return top


def _files(node: _Node) -> Iterator[_Node]:
    for child in node.entries:
        if child.folder:
            yield from _files(child)
        else:
            yield child


def _date_folders(node: _Node) -> None:
    """A folder's time is that of the last change of its own entries: its newest file, or the
    making of its newest subfolder (when its first file came); unchanged when it is empty."""
    for child in node.entries:
        if child.folder:
            _date_folders(child)
    if node.entries:
        node.when = max(_made(child) if child.folder else child.when for child in node.entries)


def _made(folder: _Node) -> dt.datetime:
    """When a folder was made: with its first entry, or its own time when it is empty."""
    return min((_made(c) if c.folder else c.when for c in folder.entries), default=folder.when)


def _no_shared_broken_names(top: _Node) -> None:
    """Listings that link files by name alone: no unreadable file shares its name with a
    readable one elsewhere (each document's link is its own)."""
    readable = {f.name.casefold() for f in _files(top) if f.doc is not None and f.ok}
    for f in _files(top):
        if f.doc is not None and not f.ok:
            f.name = _free(f.name, readable)


def _chain(path: str, top: _Node) -> tuple[str, _Node]:
    """The folders from the site's root down to ``path`` (which holds ``top``): the first one's
    path and node."""
    parts = [p for p in path.strip("/").split("/") if p]
    top.name = parts[-1]
    node = top
    for part in reversed(parts[:-1]):
        node = _Node(part, node.when, children=[node])
    return f"/{parts[0]}/", node


# -- servers: how a folder is listed and its files answered -------------------------------------


def _href(name: str) -> str:
    """A name in a listing's link (spaces, accents and reserved characters %-encoded)."""
    return quote(name, safe="-_.~()'!*")


def _raw(name: str) -> str:
    """PHP's rawurlencode()."""
    return quote(name, safe="-_.~")


def _apr_size(size: int) -> str:
    """Apache's apr_strfsize(): " 54K", "7.0K", "1.2M", "478 "."""
    if size < 973:
        return f"{size:3d} "
    units, unit = "KMGTPE", 0
    while True:
        remain = size & 1023
        size >>= 10
        if size >= 973:
            unit += 1
            continue
        if size < 9 or (size == 9 and remain < 973):
            remain = (remain * 5 + 256) // 512
            if remain >= 10:
                size, remain = size + 1, 0
            return f"{size}.{remain}{units[unit]}"
        if remain >= 512:
            size += 1
        return f"{size:3d}{units[unit]}"


def _english_date(when: dt.datetime) -> str:
    months = _w("nginx", "months")
    return f"{when.day:02d}-{months[when.month - 1]}-{when.year} {when:%H:%M}"


class _Server:
    """A way of listing folders (the base: an absolute address per folder and file)."""

    relative = False  # files linked by their names relative to the folder

    def address(self, path: str) -> str:
        """The address of the listing of folder ``path`` (decoded, ending "/")."""
        return quote(path)

    def file_address(self, path: str, name: str) -> str:
        return quote(path + name)

    def doc_path(self, path: str, child: _Node) -> str:
        """A document's ``path``: its link as the listing writes it (relative listings), else
        its address."""
        return self.file_address(path, child.name)

    def variants(self) -> list[tuple[str, tuple[str, str]]]:
        """Each served order of a listing: (query, (column, order))."""
        return [("", ("N", "A"))]

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        raise NotImplementedError

    def forbidden(self, folder: bool) -> Resource:
        raise NotImplementedError

    def text_type(self) -> str:
        return "text/plain"


@dataclass
class _Apache(_Server):
    host: str
    table: bool
    version: str  # "2.4" | "2.2"
    width: int | None  # NameWidth (23), or None for NameWidth=*
    sorting: bool
    folders_first: bool
    signature: str  # "" : ServerSignature Off
    header: str  # the item's words in "header" (HEADER.html) or "readme" (README.html)
    spanish: bool  # multilingual error documents (Spanish)
    relative = True

    def doc_path(self, path: str, child: _Node) -> str:
        return self.file_address(path, child.name) if child.direct else _href(child.name)

    def variants(self) -> list[tuple[str, tuple[str, str]]]:
        if not self.sorting:
            return [("", ("N", "A"))]
        orders = [(f"?C={c};O={o}", (c, o)) for c in "NMSD" for o in "AD"]
        return [("", ("N", "A")), *orders]

    def _date(self, when: dt.datetime) -> str:
        return f"{when:%Y-%m-%d %H:%M}" if self.version == "2.4" else _english_date(when)

    def _rows(self, node: _Node, sort: tuple[str, str]) -> list[_Node]:
        column, order = sort

        def key(n: _Node) -> tuple[Any, ...]:
            shown = n.name + ("/" if n.folder else "")
            if column == "M":
                return (n.when, shown)
            if column == "S":
                return (-1 if n.folder else n.size, shown)
            return (shown,)

        rows = sorted(node.entries, key=key, reverse=order == "D")
        if self.folders_first:
            rows = [n for n in rows if n.folder] + [n for n in rows if not n.folder]
        return rows

    def _link(self, column: str, text: str, sort: tuple[str, str]) -> str:
        if not self.sorting:
            return text
        order = ("D" if sort[1] == "A" else "A") if column == sort[0] else "A"
        return f'<a href="?C={column};O={order}">{text}</a>'

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        title = path.rstrip("/") or "/"
        parent = quote(path.rstrip("/").rsplit("/", 1)[0] + "/")
        rows = self._rows(node, sort)
        width = self.width or max([23, *(len(n.name) + n.folder for n in rows)])
        columns = _w("apache", "columns")
        out = [
            f"{_w('apache', 'doctype')}\n<html>\n <head>\n  <title>Index of {_e(title)}</title>\n"
            " </head>\n <body>\n"
        ]
        header = ""
        if node.words and self.header == "header":
            header = f"<h2>{_e(node.title)}</h2>\n{paragraphs(node.words)}\n"
        out.append(header or f"<h1>Index of {_e(title)}</h1>\n")
        back_alt = "[PARENTDIR]" if self.version == "2.4" else "[DIR]"
        if self.table:
            heads = "".join(
                f"<th>{self._link(c, columns[i], sort)}</th>" for i, c in enumerate("NMSD")
            )
            out.append(
                '  <table>\n   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]">'
                f'</th>{heads}</tr>\n   <tr><th colspan="5"><hr></th></tr>\n'
                f'<tr><td valign="top"><img src="/icons/back.gif" alt="{back_alt}"></td><td><a '
                f'href="{parent}">{_w("apache", "parent")}</a>'
                f"{' ' * (width - 16) if self.width else ''}</td><td>&nbsp;</td>"
                '<td align="right">  - </td><td>&nbsp;</td></tr>\n'
            )
        else:
            out.append(
                f'<pre><img src="/icons/blank.gif" alt="Icon "> {self._link("N", columns[0], sort)}'
                f"{' ' * (width - 3)}{self._link('M', columns[1], sort)}      "
                f"{self._link('S', columns[2], sort)}  {self._link('D', columns[3], sort)}<hr>"
                f'<img src="/icons/back.gif" alt="{back_alt}"> <a href="{parent}">'
                f"{_w('apache', 'parent')}</a>{' ' * (width - 16 + 22)}-   \n"
            )
        for n in rows:
            shown = n.name + ("/" if n.folder else "")
            href = _href(n.name) + ("/" if n.folder else "")
            if len(shown) > width:
                label, pad = _e(shown[: width - 3]) + "..&gt;", 0
            else:
                label, pad = _e(shown), width - len(shown)
            icon, alt = ("folder.gif", "[DIR]") if n.folder else ("layout.gif", "[   ]")
            if not n.folder and n.name.lower().endswith(".txt"):
                icon, alt = "text.gif", "[TXT]"
            size = "  - " if n.folder else _apr_size(n.size)
            if self.table:
                out.append(
                    f'<tr><td valign="top"><img src="/icons/{icon}" alt="{alt}"></td><td><a '
                    f'href="{href}">{label}</a>{" " * pad if self.width else ""}</td>'
                    f'<td align="right">{self._date(n.when)}  </td><td align="right">{size}</td>'
                    "<td>&nbsp;</td></tr>\n"
                )
            else:
                out.append(
                    f'<img src="/icons/{icon}" alt="{alt}"> <a href="{href}">{label}</a>'
                    f"{' ' * (pad + 1)}{self._date(n.when)}  {size}  \n"
                )
        out.append(
            '   <tr><th colspan="5"><hr></th></tr>\n</table>\n' if self.table else "<hr></pre>\n"
        )
        if node.words and self.header == "readme":
            out.append(paragraphs(node.words) + "\n")
        if self.signature:
            out.append(f"<address>{_e(self.signature)}</address>\n")
        out.append("</body></html>\n")
        return "".join(out).encode("utf-8")

    def forbidden(self, folder: bool) -> Resource:
        if self.spanish:
            reason = _w("apache", "forbidden_es_folder" if folder else "forbidden_es_object")
            text = str(_w("apache", "forbidden_es")).format(
                reason=reason, host=self.host, signature=self.signature.split(" Server at ")[0]
            )
        else:
            text = self._signed(str(_w("apache", "forbidden")))
        return Resource(text.encode("utf-8"), 403, "text/html; charset=iso-8859-1")

    def not_found(self) -> Resource:
        text = self._signed(str(_w("apache", "not_found")))
        return Resource(text.encode("utf-8"), 404, "text/html; charset=iso-8859-1")

    def _signed(self, page: str) -> str:
        """An error page with the server's signature, or without it (ServerSignature Off)."""
        if not self.signature:
            return page.replace("<hr>\n<address>{signature}</address>\n", "")
        return page.format(signature=_e(self.signature))


@dataclass
class _Nginx(_Server):
    localtime: bool
    exact: bool
    relative = True

    def doc_path(self, path: str, child: _Node) -> str:
        return self.file_address(path, child.name) if child.direct else _href(child.name)

    def _size(self, node: _Node) -> str:
        if self.exact:
            return "                  -" if node.folder else f"{node.size:19d}"
        if node.folder:
            return "      -"
        length = node.size
        if length > 1024 * 1024 - 1:
            size, scale = length // (1024 * 1024), "M"
            size += 1 if length % (1024 * 1024) > 1024 * 1024 // 2 - 1 else 0
        elif length > 9999:
            size, scale = length // 1024, "K"
            size += 1 if length % 1024 > 511 else 0
        else:
            return f" {length:6d}"
        return f"{size:6d}{scale}"

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        out = [
            f"<html>\r\n<head><title>Index of {_e(path)}</title></head>\r\n<body>\r\n"
            f'<h1>Index of {_e(path)}</h1><hr><pre><a href="../">../</a>\r\n'
        ]
        rows = sorted(node.entries, key=lambda n: (not n.folder, n.name.encode("utf-8")))
        for n in rows:
            href = _href(n.name) + ("/" if n.folder else "")
            length = len(n.name)
            if length > 50:
                label = _e(n.name[:47]) + "..&gt;</a>"
            else:
                label = _e(n.name)
                if n.folder and 50 - length > 0:
                    label += "/"
                    length += 1
                label += "</a>" + " " * (50 - length)
            when = n.when if self.localtime else n.when + _GUATEMALA
            out.append(f'<a href="{href}">{label} {_english_date(when)} {self._size(n)}\r\n')
        out.append("</pre><hr></body>\r\n</html>\r\n")
        return "".join(out).encode("utf-8")

    def forbidden(self, folder: bool) -> Resource:
        return Resource(str(_w("nginx", "forbidden")).encode("utf-8"), 403, "text/html")


@dataclass
class _LiteSpeed(_Server):
    host: str
    fancy: bool  # FancyIndexing (icons, dates, sizes, sort links) or names only

    def file_address(self, path: str, name: str) -> str:
        return quote(path) + _raw(name)

    def variants(self) -> list[tuple[str, tuple[str, str]]]:
        if not self.fancy:
            return [("", ("N", "A"))]
        return [("", ("N", "A")), *[(f"?{c}{o}", (c, o)) for c in "NMS" for o in "AD"]]

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        column, order = sort
        base = quote(path)
        title = f"Index of {_e(path)}"
        out = [
            '<!DOCTYPE html><html><head><meta http-equiv="Content-type" content="text/html; '
            'charset=UTF-8" /><meta name="viewport" content="width=device-width, '
            'initial-scale=1.0" /><link rel="stylesheet" href="/_autoindex/assets/css/'
            f'autoindex.css" /><title>{title}</title></head>\n<body><div class="content"><h1>'
            f"{title}</h1>\n"
        ]
        if node.words:
            text = "\n".join([node.title, *node.words])
            out.append(f'<div class="header-text">\n{_e(text)}</div>\n')
        out.append('<div id="table-list"><table id="table-content">')
        names = _w("litespeed", "columns")
        if self.fancy:
            heads = []
            for i, c in enumerate("NMS"):
                aria = ""
                link = f"{c}A"
                if c == column:
                    aria = f' aria-sort="{"ascending" if order == "A" else "descending"}"'
                    link = f"{c}D" if order == "A" else f"{c}A"
                css = ' class="name"' if c == "N" else ""
                heads.append(
                    f'<th class="colname"{aria}><a{css} href="?{link}">{names[i]}</a></th>'
                )
            out.append(f'<thead class="t-header"><tr>{"".join(heads)}</tr></thead>\n')
        else:
            out.append(
                '<thead class="t-header"><tr>'
                + "".join(f'<th class="colname">{n}</th>' for n in names)
                + "</tr></thead>\n"
            )
        if path != "/":
            parent = quote(path.rstrip("/").rsplit("/", 1)[0] + "/")
            up = (
                '<img class="icon" src="/_autoindex/assets/icons/corner-left-up.svg" alt="Up">'
                "Parent Directory</a></td><td></td><td></td></tr>"
                if self.fancy
                else "..</a></td></tr>"
            )
            out.append(f'<tr><td><a href="{parent}">{up}\n')

        def key(n: _Node) -> tuple[Any, ...]:
            if column == "M":
                return (n.when,)
            if column == "S":
                return (n.size, n.name.casefold())
            return (n.name.casefold(),)

        rows = sorted(node.entries, key=key, reverse=order == "D")
        for n in [r for r in rows if r.folder] + [r for r in rows if not r.folder]:
            href = base + _raw(n.name) + ("/" if n.folder else "")
            name = n.name if len(n.name) <= 80 else n.name[:77] + "..."
            if not self.fancy:
                out.append(f'<tr><td><a href="{href}">{_e(name)}</a></td></tr>\n')
                continue
            if n.folder:
                icon, alt, size = "folder-fill.svg", "Directory", "-"
            elif n.name.lower().endswith(".txt"):
                icon, alt, size = "file-text.svg", "[TXT]", f"{(n.size + 1023) // 1024:7d}k"
            else:
                icon, alt, size = "file.svg", "File", f"{(n.size + 1023) // 1024:7d}k"
            out.append(
                f'<tr><td><a href="{href}"><img class="icon" src="/_autoindex/assets/icons/'
                f'{icon}" alt="{alt}">{_e(name)}</a></td><td>{n.when:%Y-%m-%d %H:%M}</td><td>'
                f"{size}</td></tr>\n"
            )
        out.append("</table></div>\n")
        signature = str(_w("litespeed", "signature")).format(host=self.host)
        out.append(f"<address>{signature}</address></div></body></html>\n")
        return "".join(out).encode("utf-8")

    def forbidden(self, folder: bool) -> Resource:
        return Resource(str(_w("litespeed", "forbidden")).encode("utf-8"), 403)


@dataclass
class _DirectoryLister(_Server):
    """Directory Lister 3 installed in ``base``: folders at ``base?dir=…``, files linked by their
    path from ``base``."""

    base: str  # "/archivos/"
    site_title: str
    zips: bool
    readme_first: bool
    relative = True

    def _rel(self, path: str) -> str:
        inner = path[len(self.base) :].strip("/")
        return "/".join(_raw(p) for p in inner.split("/")) if inner else ""

    def address(self, path: str) -> str:
        rel = self._rel(path)
        return self.base + (f"?dir={rel}" if rel else "")

    def file_address(self, path: str, name: str) -> str:
        return quote(path) + _raw(name)

    def doc_path(self, path: str, child: _Node) -> str:
        rel = self._rel(path)
        return (f"{rel}/" if rel else "") + _raw(child.name)

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        rel = self._rel(path)
        inner = path[len(self.base) :].strip("/")
        segments = inner.split("/") if inner else []
        crumbs = "".join(
            f' / <a href="?dir={"/".join(_raw(s) for s in segments[: i + 1])}" '
            f'class="hover:underline">{_e(segment)}</a>'
            for i, segment in enumerate(segments)
        )
        zip_link = ""
        if self.zips:
            zip_link = (
                f'<a href="?zip={rel}" title="{_e(_w("lister", "download"))}" class="inline-block '
                'text-white mx-2 p-1 hover:text-gray-400"><i class="fas fa-download fa-lg"></i>'
                "</a>"
            )
        search = _e(_w("lister", "search"))
        header = (
            '<header id="header" class="bg-blue-600 shadow sticky top-0"><div class="container '
            'flex flex-col justify-between items-center mx-auto p-4 md:flex-row"><div '
            'class="flex-grow font-mono text-white text-sm tracking-tight mb-2 md:my-1"><a '
            f'href="." class="hover:underline">{_e(_w("lister", "home"))}</a>{crumbs}</div><div '
            f'class="flex justify-end items-center">{zip_link}<form action="." method="get" '
            'id="search" class="flex-grow group relative block bg-blue-700 rounded-full '
            f'shadow-inner"><input type="text" name="search" placeholder="{search}..." value="" '
            'class="bg-transparent placeholder-gray-900 text-white w-full px-10 py-2"></form>'
            "</div></div></header>"
        )

        def row(href: str, icon: str, name: str, size: str, when: str, info: bool) -> str:
            button = ""
            if info:
                button = (
                    f'<div class="ml-2"><button title="{_e(_w("lister", "info"))}" class="flex '
                    'justify-center items-center rounded-full p-2 -m-1 md:invisible"><i '
                    'class="fas fa-info-circle"></i></button></div>'
                )
            return (
                f'<a href="{href}" class="flex flex-col items-center rounded-lg font-mono group '
                'hover:bg-gray-100 hover:shadow"><div class="flex justify-between items-center p-4 '
                f'w-full"><div class="pr-2"><i class="fas {icon} fa-fw fa-lg"></i></div><div '
                f'class="flex-1 truncate">{_e(name)}</div>{button}<div class="hidden '
                f'whitespace-nowrap text-right mx-2 w-1/6 sm:block">{size}</div><div class="hidden '
                f'whitespace-nowrap text-right truncate ml-2 w-1/4 sm:block">{when}</div></div></a>'
            )

        parent = ""
        if rel:
            up = "/".join(_raw(s) for s in segments[:-1])
            parent = row(f"?dir={up}" if up else ".", "fa-level-up-alt", "..", "—", "—", False)
        rows = sorted(node.entries, key=lambda n: (not n.folder, n.name.casefold()))
        files = []
        for n in rows:
            if n.folder:
                href = "?dir=" + "/".join(_raw(s) for s in [*segments, n.name])
                files.append(
                    row(href, "fa-folder", n.name, "—", f"{n.when:%Y-%m-%d %H:%M:%S}", False)
                )
            else:
                icon = "fa-file-alt" if n.name.lower().endswith(".txt") else _PDF_ICON_DL
                files.append(
                    row(
                        self.doc_path(path, n),
                        icon,
                        n.name,
                        _human(n.size),
                        f"{n.when:%Y-%m-%d %H:%M:%S}",
                        True,
                    )
                )
        readme = ""
        if node.words:
            article = f"<h1>{_e(node.title)}</h1>" + paragraphs(node.words)
            readme = (
                f'<div id="readme" class="my-4 {"order-first" if self.readme_first else ""}"><div '
                'class="rounded-lg overflow-hidden shadow-md"><header class="flex items-center '
                'bg-blue-600 px-4 py-3 text-white"><i class="fas fa-book fa-lg pr-3"></i> '
                'README.md</header><article class="bg-gray-100 rounded-b-lg px-4 py-8 markdown">'
                f"{article}</article></div></div>"
            )
        columns = (
            '<div class="flex justify-between font-bold p-4"><div class="flex-grow font-mono '
            f'mr-2">{_e(_w("lister", "name"))}</div><div class="font-mono text-right w-1/6 mx-2 '
            f'hidden sm:block">{_e(_w("lister", "size"))}</div><div class="font-mono text-right '
            f'w-1/4 ml-2 hidden sm:block">{_e(_w("lister", "date"))}</div></div>'
        )
        title = inner or _w("lister", "home")
        html = (
            '<!DOCTYPE html>\n\n<meta charset="utf-8">\n<meta name="description" content="">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n\n<link '
            'rel="icon" href="app/assets/images/favicon.png">\n<link rel="stylesheet" '
            'href="app/assets/app.css">\n<script src="app/assets/app.js" defer></script>\n\n'
            f"<title>{_e(title)} &bull; {_e(self.site_title)}</title>\n\n"
            '<div id="app" class="flex flex-col min-h-screen font-sans">'
            f'{header}<div id="content" class="flex flex-col flex-grow container mx-auto px-4">'
            f'<div class="my-4">{columns}<ul id="file-list"><li>{parent}</li><li>'
            f"{''.join(files)}</li></ul></div>{readme}</div>"
            '<footer class="container border-t-2 border-gray-800 text-center mx-auto px-4 py-8">'
            f'<div class="flex flex-col justify-center items-center"><p class="mb-4">'
            f'{_e(_w("lister", "powered_by"))} <a href="https://www.directorylister.com" '
            'class="underline">Directory Lister</a></p></div></footer></div>\n'
        )
        return html.encode("utf-8")

    def forbidden(self, folder: bool) -> Resource:
        return _apache_forbidden()


def _apache_forbidden() -> Resource:
    """Apache's own 403 (the PHP file browsers run under Apache), without a signature."""
    text = str(_w("apache", "forbidden")).replace("<hr>\n<address>{signature}</address>\n", "")
    return Resource(text.encode("utf-8"), 403, "text/html; charset=iso-8859-1")


def _human(size: int) -> str:
    """Directory Lister's size_for_humans()."""
    units = ["B", "KB", "MB", "GB"]
    factor = (len(str(size)) - 1) // 3
    return f"{size / 1024**factor:.2f}{units[factor]}"


@dataclass
class _H5ai(_Server):
    """h5ai's page for a folder, as served without JavaScript (its fallback table)."""

    def file_address(self, path: str, name: str) -> str:
        return quote(path) + _raw(name)

    def page(self, path: str, node: _Node, sort: tuple[str, str]) -> bytes:
        images = "/_h5ai/public/images/fallback/"
        cols = _w("lister", "h5ai_columns")
        rows = [
            '<tr><th class="fb-i"></th>'
            + "".join(
                f'<th class="fb-{c}"><span>{_e(t)}</span></th>'
                for c, t in zip("nds", cols, strict=True)
            )
            + "</tr>"
        ]
        if path != "/":
            rows.append(
                f'<tr><td class="fb-i"><img src="{images}folder-parent.png" alt="folder-parent"/>'
                '</td><td class="fb-n"><a href="..">Parent Directory</a></td><td class="fb-d">'
                '</td><td class="fb-s"></td></tr>'
            )
        for n in sorted(node.entries, key=lambda n: (not n.folder, n.name.casefold())):
            kind = "folder" if n.folder else "file"
            href = quote(path) + _raw(n.name) + ("/" if n.folder else "")
            size = "" if n.folder else f"{n.size // 1000} KB"
            rows.append(
                f'<tr><td class="fb-i"><img src="{images}{kind}.png" alt="{kind}"/></td>'
                f'<td class="fb-n"><a href="{href}">{_e(n.name)}</a></td><td class="fb-d">'
                f'{n.when:%Y-%m-%d %H:%M}</td><td class="fb-s">{size}</td></tr>'
            )
        hints = _w("lister", "h5ai_hints")
        public = "/_h5ai/public/"
        html = (
            '<!DOCTYPE html><html class="no-js" lang="en"><head><meta charset="utf-8"><meta '
            'http-equiv="x-ua-compatible" content="ie=edge"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"><link rel="shortcut icon" '
            f'href="{public}images/favicon/favicon-16-32.ico"><link rel="stylesheet" '
            f'href="{public}css/styles.css"><script src="{public}js/scripts.js" '
            f'data-module="index"></script><title>{_e(_w("lister", "h5ai_title"))}</title></head>'
            f'<body class="index" id="root"><div id="fallback-hints"><span class="noJsMsg">'
            f'{_e(hints[0])}</span><span class="noBrowserMsg">{_e(hints[1])}<a '
            f'href="http://browsehappy.com">{_e(hints[2])}</a>!</span><span class="backlink"><a '
            'href="https://larsjung.de/h5ai/" title="h5ai v0.30.0 - Modern HTTP web server '
            f'index.">{_e(hints[3])}</a></span></div><div id="fallback"><table>{"".join(rows)}'
            "</table></div></body></html>"
        )
        return html.encode("utf-8")

    def forbidden(self, folder: bool) -> Resource:
        return _apache_forbidden()


def _pdf(node: _Node) -> bytes:
    """A document's bytes (as the generator serves documents)."""
    name = node.doc.name if node.doc is not None else node.name
    return b"%PDF-1.4 generated " + name.encode() + b" " * 200


def _publish(routes: Routes, portal: ExamPortal, server: _Server, path: str, node: _Node) -> None:
    """Serve folder ``path`` (decoded, ending "/") holding ``node`` and everything under it:
    its listing in every order, its files (unreadable ones 403), each document's ``path``."""
    mtimes = portal.headers.setdefault(_MTIMES, {})
    address = server.address(path)
    if not node.listing:
        routes[address] = server.forbidden(True)
    else:
        for query, sort in server.variants():
            routes[address + query] = Resource(server.page(path, node, sort))
    for child in node.entries:
        if child.folder:
            _publish(routes, portal, server, path + child.name + "/", child)
            continue
        where = server.file_address(path, child.name)
        if child.doc is not None:
            child.doc.path = server.doc_path(path, child)
        if not child.ok:
            routes[where] = server.forbidden(False)
            continue
        stamp = _stamp(child.when)
        if child.body:
            routes[where] = Resource(
                child.body, content_type=server.text_type(), last_modified=stamp
            )
        else:
            routes[where] = Resource(
                _pdf(child), content_type="application/pdf", last_modified=stamp
            )
        mtimes[where] = str(stamp)


# -- the municipality's own site ------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    host: str
    today: dt.date
    menu: str = ""
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, today: dt.date, entry: str) -> _Site:
    """The municipality's site: its menu leading to ``entry`` (an address), and its home page
    (whose ``</main>`` is where the generator's noise may add a link)."""
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    host = str(_w("site", "host")).format(slug=_slug(town).replace("-", ""))
    site = _Site(name, host, today, str(draw(st.sampled_from(_w("site", "menu")))))
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, entry),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    body = (
        f"<p>{_e(str(_w('site', 'welcome')).format(name=name))}</p>"
        f'<p><a href="{_e(entry)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", name, body, None)
    return site


def _apache_server(draw: st.DrawFn, host: str, *, sorting: bool = True) -> _Apache:
    signature = str(draw(st.sampled_from(_w("apache", "signatures")))).format(host=host)
    version = "2.2" if "/2.2" in signature else "2.4"
    return _Apache(
        host=host,
        table=draw(st.integers(0, 2)) > 0,
        version=version,
        width=draw(st.sampled_from([23, None])),
        sorting=sorting and draw(st.integers(0, 2)) == 0,
        folders_first=draw(st.booleans()),
        signature=signature if draw(st.integers(0, 3)) > 0 else "",
        header=draw(st.sampled_from(["header", "readme"])),
        spanish=draw(st.integers(0, 2)) == 0,
    )


def _notes(portal: ExamPortal, items: list[Item], style: str, where: dict[int, str]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{style}/{where.get(item.numeral, 'ausente')}/{item_rhythm(item)}/"
            f"{len(item.docs)} docs"
        )


def _folders_for(
    items: list[Item], draw: st.DrawFn, clock: _Clock, naming: _Naming, *, leeme: bool
) -> tuple[list[tuple[Item, _Node]], dict[int, str]]:
    """One folder per present item; the notes' "carpeta=…" per numeral."""
    folders = []
    where: dict[int, str] = {}
    for item in _present(items):
        folder = _item_folder(item, draw, clock, naming, leeme=leeme)
        folders.append((item, folder))
        where[item.numeral] = f"carpeta={folder.name}"
    return folders, where


def _law_file(clock: _Clock, draw: st.DrawFn) -> _Node:
    return _Node(
        str(_w("names", "law_file")), clock.created(draw), size=draw(st.integers(90_000, 400_000))
    )


# -- apache ----------------------------------------------------------------------------------------


def _apache(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    root = str(draw(st.sampled_from(_w("names", "roots"))))
    site = _site(draw, today, quote(root))
    server = _apache_server(draw, site.host)
    clock = _clock(draw, today, copies=True)
    naming = _naming(draw)
    pairs, where = _folders_for(items, draw, clock, naming, leeme=False)
    top = _Node("", clock.created(draw), children=[folder for _item, folder in pairs])
    if draw(st.booleans()):
        top.entries.append(_law_file(clock, draw))
    if server.header == "header" and draw(st.booleans()):
        top.title = str(draw(st.sampled_from(_w("mixed", "title"))))
        top.words = [str(_w("site", "opening")).format(name=site.name)]
    _no_shared_broken_names(top)
    _date_folders(top)
    first, outer = _chain(root, top)
    _publish(site.routes, portal, server, first, outer)
    for icon in ("blank", "back", "folder", "layout", "text"):
        site.routes[f"/icons/{icon}.gif"] = Resource(_GIF, content_type="image/gif")
    options = (
        f"apache{server.version}/{'table' if server.table else 'pre'}/"
        f"ancho={server.width or '*'}/orden={'si' if server.sorting else 'no'}/"
        f"textos={server.header}/copia={'si' if clock.migrated else 'no'}/"
        f"anios={'si' if naming.years else 'no'}/meses={naming.month or 'nombre'}"
    )
    _notes(portal, items, options, where)
    return site.routes


# -- nginx / LiteSpeed -----------------------------------------------------------------------------


def _nginx(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    root = str(draw(st.sampled_from(_w("names", "roots"))))
    site = _site(draw, today, quote(root))
    server: _Server
    litespeed = draw(st.integers(0, 2)) == 0
    if litespeed:
        server = _LiteSpeed(host=site.host, fancy=draw(st.booleans()))
    else:
        server = _Nginx(localtime=draw(st.booleans()), exact=draw(st.booleans()))
    clock = _clock(draw, today, copies=True)
    naming = _naming(draw)
    pairs, where = _folders_for(items, draw, clock, naming, leeme=not litespeed)
    for item, folder in pairs:
        if item.truth != "not_applicable" or litespeed:
            continue
        if draw(st.booleans()):
            # The folder's name says it: no LEEME.txt inside.
            folder.name = str(_w("nginx", "not_applicable_folder")).format(folder=folder.name)
            folder.children = []
            folder.when = clock.created(draw)
            where[item.numeral] = f"carpeta={folder.name}"
    top = _Node("", clock.created(draw), children=[folder for _item, folder in pairs])
    if draw(st.booleans()):
        top.entries.append(_law_file(clock, draw))
    if not litespeed:
        _no_shared_broken_names(top)
    _date_folders(top)
    first, outer = _chain(root, top)
    _publish(site.routes, portal, server, first, outer)
    if isinstance(server, _LiteSpeed):
        style = f"litespeed/{'fancy' if server.fancy else 'simple'}"
    else:
        assert isinstance(server, _Nginx)
        style = (
            f"nginx/hora={'local' if server.localtime else 'utc'}/"
            f"bytes={'exactos' if server.exact else 'K'}"
        )
    style += f"/copia={'si' if clock.migrated else 'no'}/meses={naming.month or 'nombre'}"
    _notes(portal, items, style, where)
    return site.routes


# -- lister (Directory Lister 3, h5ai) -------------------------------------------------------------


def _lister(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    base = str(draw(st.sampled_from(_w("lister", "base"))))
    top_name = str(draw(st.sampled_from(_w("lister", "top_folder"))))
    software = draw(st.sampled_from(["directorylister", "h5ai"]))
    server: _Server
    if software == "directorylister":
        entry = base + (f"?dir={_raw(top_name)}" if draw(st.booleans()) else "")
    else:
        entry = quote(f"{base}{top_name}/") if draw(st.booleans()) else quote(base)
    site = _site(draw, today, entry)
    if software == "directorylister":
        server = _DirectoryLister(
            base=base,
            site_title=str(_w("lister", "site_title")).format(name=site.name),
            zips=draw(st.booleans()),
            readme_first=draw(st.booleans()),
        )
    else:
        server = _H5ai()
    clock = _clock(draw, today, copies=False)
    naming = _naming(draw)
    pairs, where = _folders_for(items, draw, clock, naming, leeme=software == "h5ai")
    top = _Node(top_name, clock.created(draw), children=[folder for _item, folder in pairs])
    if draw(st.booleans()):
        top.entries.append(_law_file(clock, draw))
    forms = _Node(
        str(_w("lister", "forms_folder")),
        clock.created(draw),
        children=[_Node(str(_w("lister", "forms_file")), clock.created(draw), size=180_000)],
    )
    lister_root = _Node(base.strip("/"), clock.created(draw), children=[forms, top])
    _date_folders(lister_root)
    _publish(site.routes, portal, server, base, lister_root)
    if isinstance(server, _DirectoryLister) and server.zips:
        for path, node in _folder_paths(base, lister_root):
            rel = server._rel(path)
            body = (
                b"PK\x03\x04" + b"\x00" * 60 if list(_files(node)) else b"PK\x05\x06" + b"\x00" * 18
            )
            site.routes[f"{base}?zip={rel}"] = Resource(body, content_type="application/zip")
    if software == "h5ai":
        site.routes["/_h5ai/public/js/scripts.js"] = Resource(
            b"/* h5ai */", content_type="application/javascript"
        )
    style = software
    if isinstance(server, _DirectoryLister):
        style += f"/zip={'si' if server.zips else 'no'}"
        style += f"/readme={'arriba' if server.readme_first else 'abajo'}"
    style += f"/meses={naming.month or 'nombre'}"
    _notes(portal, items, style, where)
    return site.routes


def _folder_paths(path: str, node: _Node) -> Iterator[tuple[str, _Node]]:
    yield path, node
    for child in node.entries:
        if child.folder:
            yield from _folder_paths(path + child.name + "/", child)


# -- mixed: a CMS page whose items lead to folders, pages or files ---------------------------------


def _mixed(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    page = str(_w("mixed", "page"))
    site = _site(draw, today, page)
    server: _Server
    if draw(st.booleans()):
        server = _apache_server(draw, site.host, sorting=False)
        kind_of_server = "apache"
    else:
        server = _Nginx(localtime=draw(st.booleans()), exact=draw(st.booleans()))
        kind_of_server = "nginx"
    clock = _clock(draw, today, copies=False)
    naming = _naming(draw)
    root = str(_w("mixed", "files_root"))
    title = str(draw(st.sampled_from(_w("mixed", "title"))))
    folder_word = str(draw(st.sampled_from(_w("mixed", "folder_link"))))
    page_word = str(draw(st.sampled_from(_w("mixed", "page_link"))))
    top = _Node("", clock.created(draw), children=[])
    parts = [f"<p>{_e(str(_w('site', 'opening')).format(name=site.name))}</p>"]
    where: dict[int, str] = {}
    direct_broken: list[str] = []
    subs: dict[int, str] = {}
    for item in _present(items):
        words = item_words(item)
        if item.truth in ("ok", "outdated") and item.docs:
            kind = draw(st.sampled_from(["carpeta", "pagina", "archivos", "archivos+403"]))
        elif item.truth == "broken":
            kind = draw(st.sampled_from(["carpeta", "archivos-404", "pagina-404"]))
        elif item.truth == "empty":
            kinds = ["texto", "carpeta-vacia"] + (["leeme"] if words else [])
            kind = draw(st.sampled_from(kinds))
        elif item.truth == "not_applicable":
            kind = draw(st.sampled_from(["texto", "leeme"]))
        else:  # ok by the municipality's own text
            kind = "texto"
        block = f"<h3>{_e(item.label)}</h3>"
        if kind != "leeme":
            block += paragraphs(words)
        folder: _Node | None = None
        if kind in ("carpeta", "pagina", "archivos", "archivos+403", "carpeta-vacia"):
            folder = _item_folder(item, draw, clock, naming, leeme=False, words=[])
        elif kind == "leeme":
            folder = _item_folder(item, draw, clock, naming, leeme=True)
        if folder is not None:
            top.entries.append(folder)
            href = quote(f"{root}{folder.name}/")
            where[item.numeral] = f"{kind}/carpeta={folder.name}"
        else:
            href = ""
            where[item.numeral] = kind
        if kind in ("pagina", "archivos", "archivos+403") and folder is not None:
            for f in _files(folder):
                f.direct = True
            if kind == "archivos+403":
                folder.listing = False
        if kind in ("carpeta", "carpeta-vacia", "leeme", "archivos+403"):
            block += f'<p><a href="{href}">{_e(folder_word)}</a></p>'
        if kind in ("archivos-404", "pagina-404"):
            folder_name = _folder_name(item, naming)
            for doc in item.docs:
                doc.path = quote(f"{root}{folder_name}/{_whole_name(doc, naming)}")
                direct_broken.append(doc.path)
            where[item.numeral] = f"{kind}/carpeta={folder_name}(no existe)"
        if kind in ("archivos", "archivos+403", "archivos-404"):
            block += _later(item)
        if kind in ("pagina", "pagina-404"):
            sub = str(_w("mixed", "item_page")).format(n=item.numeral)
            block += f'<p><a href="{sub}">{_e(page_word)}</a></p>'
            subs[item.numeral] = sub
        parts.append(block)
    _no_shared_broken_names(top)
    _date_folders(top)
    first, outer = _chain(root, top)
    _publish(site.routes, portal, server, first, outer)
    for path in direct_broken:
        missing = server.not_found() if isinstance(server, _Apache) else None
        site.routes[path] = missing or Resource(
            b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 "
            b"Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            404,
            "text/html",
        )
    body = "".join(parts)
    for item in _present(items):
        body = body.replace(_later(item), _doc_list(item.docs))
        sub = subs.get(item.numeral, "")
        if sub:
            inner = paragraphs(item_words(item)) + _doc_list(item.docs)
            site.put(sub, item.label, inner, [(title, page), (item.label, "")])
    site.put(page, title, body, [(title, "")])
    if isinstance(server, _Apache):
        for icon in ("blank", "back", "folder", "layout", "text"):
            site.routes[f"/icons/{icon}.gif"] = Resource(_GIF, content_type="image/gif")
    _notes(portal, items, f"mixed/{kind_of_server}", where)
    return site.routes


def _later(item: Item) -> str:
    """A mark where the item's document links go once their paths are known."""
    return f"<!--documentos-{item.numeral}-->"


def _doc_list(docs: Sequence[Doc]) -> str:
    if not docs:
        return ""
    rows = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
    return f"<ul>{rows}</ul>"


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "apache": _apache,
    "nginx": _nginx,
    "lister": _lister,
    "mixed": _mixed,
}


def _finish(portal: ExamPortal) -> ExamPortal:
    """The files' Last-Modified as their listings date them (the generator serves every document
    dated by its period; a server dates it by its upload)."""
    mtimes = portal.headers.pop(_MTIMES, {})
    for path, stamp in mtimes.items():
        if path in portal.routes:
            portal.routes[path].last_modified = float(stamp)
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 40 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): its folder's name first."""
    note = portal.notes.get(numeral, "")
    folder = note.split("carpeta=", 1)[1].split("/", 1)[0] if "carpeta=" in note else ""
    needles = [_e(folder), _e(quote(folder))] if folder else []
    return kit_snippet(portal, numeral, width, [*needles, *first])
