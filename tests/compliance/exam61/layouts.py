"""Sixty-first exam: three portal layouts whose theme is DOCUMENT REPOSITORIES AND FILE-SHARING
SOFTWARE ON THE PORTAL'S OWN HOST: the Article 10 documents published through repository or
file-sharing software installed beside the municipality's site, reached from a CMS page.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``, under the ``lines`` layout's conventions: labels
always carry the numeral, numerals 1, 2 and 5 may be published as the body's own text); what is new
is the software around them.

Truth conventions (a careful citizen opening every page, folder and document): an item's place is
its DSpace collection, its shared folder (with the CMS line naming it) or its SeedDMS folder; every
document of an item is one repository item / file / document there, uploaded a few days after the
period it covers (its "Fecha de publicación", "Creado" day or relative "hace 2 meses"), so the
document's name says its period and the upload day never makes it newer; a place holding only the
item's own text (the address, the Visión) publishes that text; a place holding only an empty or
"No aplica" phrase, or only the law's text, and no document, is the item published empty / not
applying (also when a share or folder is linked and empty); a document whose file the server does
not have (404) is broken; an item with no place is missing. Browse and "Envíos recientes" lists
repeat documents of many items and publish none by themselves. Wording and markup: ``wording.toml``
here (sources there). Layouts:

* ``dspace``: a DSpace repository at ``/jspui/`` or ``/xmlui/``: a community "Información Pública
  de Oficio - Artículo 10" listing one collection per numeral (named by the item's label, sorted
  alphabetically as DSpace sorts them, "[3]" item counts), each collection's introductory text the
  item's words and its "Envíos recientes" the item's documents; each document a repository item
  page ``/handle/123456789/<n>`` (Título, Fecha de publicación = upload day, "Aparece en las
  colecciones", "Ficheros en este ítem" table) whose file is a bitstream
  (``/xmlui/bitstream/handle/123456789/<n>/<file>.pdf?sequence=1&isAllowed=y`` or JSPUI's
  ``/jspui/bitstream/123456789/<n>/1/<file>.pdf``); "Examinar por Fecha de publicación" over the
  whole community, twenty a page (``&offset=20``); reached from a CMS page listing the numerals'
  collections, or from a menu link to the community itself.
* ``nextcloud``: a CMS page listing the numerals, each with its words and a link to a public share
  on the same host (Nextcloud ``/index.php/s/<token>``, sub-folders ``?path=%2F2026``, downloads
  ``/index.php/s/<token>/download?path=…&files=…``; or ownCloud ``/public.php?service=files&t=…``
  with ``&path=/2026`` and ``&download&path=…``): one share per numeral, or one share for the whole
  article with a folder per numeral (the CMS linking into it); files listed as ownCloud's
  ``filestable`` rows (name, size, relative "hace 3 meses" date), folders first, year sub-folders;
  some empty items linked to an empty folder.
* ``seeddms``: a SeedDMS document manager (``/seeddms/out/out.ViewFolder.php?folderid=N``): the
  folder "Información Pública de Oficio" holding one folder per numeral (its "Comentario" the item's
  words), year sub-folders, document rows (Nombre | Propietario | Estado | Versión) leading to
  ``out.ViewDocument.php?documentid=N`` detail pages (Creado = upload day, "Versión actual" with
  "Descargar" to ``/seeddms/op/op.Download.php?documentid=N&version=V``, named only by
  Content-Disposition, and sometimes "Versiones anteriores" of the same document), reached from a
  CMS page.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
    item_rhythm,
    site_page,
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
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("dspace", "nextcloud", "seeddms")
EXAM61: dict[str, Any] = wording(__file__)
_INNER = {layout: "lines" for layout in LAYOUTS}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM61[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (hours, sizes, ids), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item))


def _size(rng: random.Random) -> tuple[int, str]:
    size = rng.randint(90_000, 4_800_000)
    shown = f"{size / 1024:.0f} KB" if size < 1_048_576 else f"{size / 1_048_576:.1f} MB"
    return size, shown


def _pdf(doc: Doc) -> Resource:
    """The document as the kit serves it (for a second address of the same file)."""
    stamp = None
    if doc.modified is not None:
        stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _zip(docs: Sequence[Doc], fname: dict[int, str]) -> bytes:
    """A folder's "Descargar todo": a ZIP of its files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for doc in docs:
            archive.writestr(fname[id(doc)], _pdf(doc).body)
    return buffer.getvalue()


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``): a few days after the period it covers."""
    lag = rng.randint(2, 10)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in _present(items)
        for doc in item.docs
    }


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    return "frase" if item.phrase else "solo-ley"


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    index: str
    title: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(
        self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None
    ) -> Resource:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        resource = Resource(site_page(title, self.name, self.nav, trail, body, footer))
        self.routes[path] = resource
        if unquote(path) != path:
            self.routes[unquote(path)] = resource
        return resource


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    title = str(_pick(draw, "site", "index_titles"))
    site = _Site(str(_w("site", "name")).format(town=town), town, index, title)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        ("Noticias", "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _home(site: _Site) -> Routes:
    body = (
        f"<p>{_e(_w('site', 'welcome'))}</p>"
        f'<p><a href="{_e(site.index)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _notes(portal: ExamPortal, variant: str, items: list[Item]) -> None:
    for item in items:
        portal.notes[item.numeral] = f"{variant}/{_how(item)}" if item.truth != "missing" else ""


# -- dspace --------------------------------------------------------------------------------------


def _dspace(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    ui = draw(st.sampled_from(["jspui", "xmlui"]))
    entry = draw(st.sampled_from(["cms", "community"]))
    rng = _rng(draw)
    base = f"/{ui}"
    site = _site(draw, "/transparencia/" if entry == "cms" else "")
    repo = str(_pick(draw, "dspace", "repo_names"))
    community = str(_w("dspace", "community"))
    prefix = "123456789"
    counter = [rng.randint(40, 900)]

    def handle() -> str:
        counter[0] += rng.randint(1, 3)
        return f"{base}/handle/{prefix}/{counter[0]}"

    top = handle()
    if entry == "community":
        site.index = top
        site.nav = site.nav.replace('href=""', f'href="{_e(top)}"')
    ups = _uploads(items, today, rng)
    seen: set[str] = set()
    open_text = str(_pick(draw, "dspace", "open"))
    # (collection address, item) and per document its item page.
    collections: list[tuple[str, Item]] = []
    pages: dict[int, str] = {}
    for item in _present(items):
        collections.append((handle(), item))
        for doc in item.docs:
            page = handle()
            pages[id(doc)] = page
            number = page.rsplit("/", 1)[1]
            stem = file_stem(doc.name)
            if ui == "xmlui":
                path = (
                    f"{base}/bitstream/handle/{prefix}/{number}/{stem}.pdf?sequence=1&isAllowed=y"
                )
            else:
                path = f"{base}/bitstream/{prefix}/{number}/1/{stem}.pdf"
            doc.path = unique(path, seen)
    where = {id(item): path for path, item in collections}
    every = [(doc, item) for item in _present(items) for doc in item.docs]
    every.sort(key=lambda pair: ups[id(pair[0])], reverse=True)
    crumbs_top = [(repo, f"{base}/"), (community, top)]

    def row(doc: Doc) -> str:
        day = ups[id(doc)]
        return (
            f'<li class="ds-artifact-item"><div class="artifact-title"><a href="'
            f'{_e(pages[id(doc)])}">{_e(doc.name)}</a></div><div class="artifact-info">'
            f'<span class="date">{day.isoformat()}</span></div></li>'
        )

    browse = f"{top}/browse?type=dateissued"
    browse_text = str(_w("dspace", "browse_date"))
    # The repository's home: its communities and the newest submissions.
    recent = str(_w("dspace", "recent"))
    site.put(
        f"{base}/",
        repo,
        f'<h2>{_e(_w("dspace", "communities"))}</h2><ul class="ds-artifact-list">'
        f'<li><a href="{_e(top)}">{_e(community)}</a> '
        f"{_e(str(_w('dspace', 'count')).format(n=len(every)))}</li></ul>"
        f'<h2>{_e(recent)}</h2><ul class="ds-artifact-list">'
        f"{''.join(row(doc) for doc, _ in every[:5])}</ul>",
        [(repo, "")],
    )
    # The community: its collections, alphabetically.
    listed = sorted(collections, key=lambda pair: pair[1].label.lower())
    rows = "".join(
        f'<li><a href="{_e(path)}">{_e(item.label)}</a> '
        f"<span>{_e(str(_w('dspace', 'count')).format(n=len(item.docs)))}</span></li>"
        for path, item in listed
    )
    site.put(
        top,
        community,
        f'<p><a href="{_e(browse)}">{_e(browse_text)}</a></p>'
        f'<h2>{_e(_w("dspace", "collections"))}</h2><ul class="ds-artifact-list">{rows}</ul>'
        f'<h2>{_e(recent)}</h2><ul class="ds-artifact-list">'
        f"{''.join(row(doc) for doc, _ in every[:5])}</ul>",
        [(repo, f"{base}/"), (community, "")],
    )
    # Browse by date issued, twenty a page.
    chunks = [every[i : i + 20] for i in range(0, len(every), 20)] or [[]]
    for page_no, chunk in enumerate(chunks):
        path = browse if page_no == 0 else f"{browse}&offset={page_no * 20}"
        pager = []
        if page_no > 0:
            back = browse if page_no == 1 else f"{browse}&offset={(page_no - 1) * 20}"
            pager.append(
                f'<a class="previous-page-link" href="{_e(back)}">'
                f"{_e(_w('dspace', 'previous'))}</a>"
            )
        if page_no < len(chunks) - 1:
            pager.append(
                f'<a class="next-page-link" href="{_e(browse)}&amp;offset={(page_no + 1) * 20}">'
                f"{_e(_w('dspace', 'next'))}</a>"
            )
        showing = str(_w("dspace", "showing")).format(
            a=page_no * 20 + 1 if chunk else 0, b=page_no * 20 + len(chunk), n=len(every)
        )
        site.put(
            path,
            browse_text,
            f'<p class="pagination-info">{_e(showing)}</p><ul class="ds-artifact-list">'
            f"{''.join(row(doc) for doc, _ in chunk)}</ul><p>{' '.join(pager)}</p>",
            [*crumbs_top, (browse_text, "")],
        )
    # Each collection and its items.
    for path, item in collections:
        newest = sorted(item.docs, key=lambda d: ups[id(d)], reverse=True)
        intro = ""
        if item_words(item):
            heading = _e(_w("dspace", "intro_heading"))
            intro = f'<div class="intro-text"><h3>{heading}</h3>{_words(item)}</div>'
        listing = ""
        if newest:
            listing = (
                f'<h2>{_e(recent)}</h2><ul class="ds-artifact-list">'
                f"{''.join(row(doc) for doc in newest)}</ul>"
            )
        site.put(
            path,
            item.label,
            f'{intro}<p><a href="{_e(browse)}">{_e(browse_text)}</a></p>{listing}',
            [*crumbs_top, (item.label, "")],
        )
        for doc in item.docs:
            page = pages[id(doc)]
            day = ups[id(doc)]
            _size_bytes, size = _size(rng)
            file_name = doc.path.split("?")[0].rsplit("/", 1)[1]
            fields = [
                (str(_w("dspace", "title")), _e(doc.name)),
                (str(_w("dspace", "issued")), day.isoformat()),
                (str(_w("dspace", "publisher")), _e(site.name)),
                (str(_w("dspace", "kind")), _e(_w("dspace", "kind_value"))),
                (
                    str(_w("dspace", "uri")),
                    _e(f"http://hdl.handle.net/{prefix}/{page.rsplit('/', 1)[1]}"),
                ),
                (str(_w("dspace", "appears")), f'<a href="{_e(path)}">{_e(item.label)}</a>'),
            ]
            meta = "".join(
                f'<tr><td class="metadataFieldLabel">{label}:&nbsp;</td>'
                f'<td class="metadataFieldValue">{value}</td></tr>'
                for label, value in fields
            )
            heads = "".join(
                f'<th id="t{i + 1}" class="standard">{_e(h)}</th>'
                for i, h in enumerate(_w("dspace", "columns"))
            )
            files = (
                '<div class="panel panel-info"><div class="panel-heading">'
                f"{_e(_w('dspace', 'files'))}: "
                f'</div><table class="table panel-body"><tr>{heads}<th>&nbsp;</th></tr>'
                f'<tr><td headers="t1" class="standard"><a target="_blank" href="{_e(doc.path)}">'
                f'{_e(file_name)}</a></td><td headers="t2" class="standard"></td>'
                f'<td headers="t3" class="standard">{_e(size)}</td>'
                f'<td headers="t4" class="standard">{_e(_w("dspace", "format"))}</td>'
                f'<td class="standard" align="center"><a class="btn btn-primary" target="_blank"'
                f' href="{_e(doc.path)}">{_e(open_text)}</a></td></tr></table></div>'
            )
            stamp = f"{day.isoformat()}T{rng.randint(14, 23):02d}:{rng.randint(0, 59):02d}:00Z"
            record = [
                ("dc.title", _e(doc.name)),
                ("dc.date.accessioned", stamp),
                ("dc.date.available", stamp),
                ("dc.date.issued", day.isoformat()),
                ("dc.identifier.uri", f"http://hdl.handle.net/{prefix}/{page.rsplit('/', 1)[1]}"),
                ("dc.publisher", _e(site.name)),
                ("dc.type", _e(_w("dspace", "kind_value"))),
            ]
            full_rows = "".join(
                f'<tr><td class="metadataFieldLabel">{k}</td><td class="metadataFieldValue">'
                f"{v}</td><td>es</td></tr>"
                for k, v in record
            )
            site.put(
                f"{page}?mode=full",
                doc.name,
                f'<table class="table itemDisplayTable">{full_rows}</table>{files}',
                [*crumbs_top, (item.label, path), (doc.name, "")],
            )
            site.put(
                page,
                doc.name,
                f'<table class="table itemDisplayTable">{meta}</table>{files}'
                f'<p><a href="{_e(page)}?mode=full">{_e(_w("dspace", "full"))}</a></p>',
                [*crumbs_top, (item.label, path), (doc.name, "")],
            )
    if entry == "cms":
        lines = "".join(
            f'<li><a href="{_e(where[id(item)])}">{_e(item.label)}</a></li>'
            for item in _present(items)
        )
        site.put(
            "/transparencia/",
            site.title,
            f"<p>{_e(_w('site', 'index_intro'))}</p><ul>{lines}</ul>"
            f'<p><a href="{_e(base)}/">{_e(repo)}</a></p>',
            [(site.title, "")],
        )
    _notes(portal, f"dspace/{ui}/{entry}", items)
    return _home(site)


# -- nextcloud / owncloud ------------------------------------------------------------------------


def _relative(day: dt.date, today: dt.date) -> str:
    days = (today - day).days
    if days <= 0:
        return str(_w("share", "today"))
    if days == 1:
        return str(_w("share", "yesterday"))
    if days < 31:
        return str(_w("share", "days")).format(n=days)
    months = days // 30
    if months == 1:
        return str(_w("share", "last_month"))
    if months < 12:
        return str(_w("share", "months")).format(n=months)
    return str(_w("share", "last_year")) if months < 24 else str(_w("share", "years"))


def _nextcloud(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    product = str(_pick(draw, "share", "products"))
    shape = draw(st.sampled_from(["per_item", "one_share"]))
    years = draw(st.booleans())
    rng = _rng(draw)
    site = _site(draw, "/transparencia/")
    ups = _uploads(items, today, rng)
    open_text = str(_pick(draw, "share", "open_link"))
    owner = site.name

    def token() -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        return "".join(rng.choice(alphabet) for _ in range(15))

    def folder_url(tok: str, path: str) -> str:
        if product == "nextcloud":
            return f"/index.php/s/{tok}" + (f"?path={quote(path, safe='')}" if path else "")
        root = f"/public.php?service=files&t={tok}"
        return root + (f"&path={quote(path, safe='/')}" if path else "")

    def file_url(tok: str, folder: str, name: str) -> str:
        if product == "nextcloud":
            return f"/index.php/s/{tok}/download?path={quote(folder or '/', safe='')}&files={name}"
        return f"/public.php?service=files&t={tok}&download&path={quote(folder, safe='/')}/{name}"

    # A folder: its sub-folders (name, newest day) and files (doc).
    @dataclass
    class _Folder:
        path: str
        dirs: list[tuple[str, dt.date | None]] = field(default_factory=list)
        files: list[Doc] = field(default_factory=list)

    shares: dict[str, dict[str, _Folder]] = {}
    links: dict[int, str] = {}
    whole = token()
    seen: set[str] = set()
    names: dict[tuple[str, str], set[str]] = {}
    fname: dict[int, str] = {}
    for item in _present(items):
        linked = bool(item.docs) or (item.truth == "empty" and rng.random() < 0.5)
        if not linked:
            continue
        name = f"{item.numeral:02d} {item.plain}".replace("/", "-").strip()
        tok = whole if shape == "one_share" else token()
        top = f"/{name}" if shape == "one_share" else ""
        folders = shares.setdefault(tok, {})
        if shape == "one_share":
            folders.setdefault("", _Folder("")).dirs.append(
                (name, max((ups[id(d)] for d in item.docs), default=None))
            )
        folders[top] = _Folder(top)
        links[item.numeral] = folder_url(tok, top)
        split = years and item_rhythm(item) != "on_change" and len(item.docs) > 0
        for doc in item.docs:
            inner = top
            if split:
                year = str(doc.modified.year if doc.modified else today.year)
                inner = f"{top}/{year}"
                if inner not in folders:
                    folders[inner] = _Folder(inner)
                    folders[top].dirs.append((year, None))
            stem = unique(file_stem(doc.name) + ".pdf", names.setdefault((tok, inner), set()))
            fname[id(doc)] = stem
            doc.path = unique(file_url(tok, inner, stem), seen)
            folders[inner].files.append(doc)
            portal.headers[doc.path] = {"Content-Disposition": f'attachment; filename="{stem}"'}
            if doc.ok and unquote(doc.path) != doc.path:
                site.routes[unquote(doc.path)] = _pdf(doc)
                portal.headers[unquote(doc.path)] = portal.headers[doc.path]
    cols = list(_w("share", "columns"))
    for tok, folders in shares.items():
        for path, folder in folders.items():
            rows = []
            newest_in: dict[str, dt.date] = {}
            for sub, other in folders.items():
                if sub.startswith(path + "/") and sub.count("/") == path.count("/") + 1:
                    days = [
                        ups[id(d)]
                        for f in folders.values()
                        if f.path.startswith(sub)
                        for d in f.files
                    ]
                    if days:
                        newest_in[sub] = max(days)
                    del other
            for dir_name, _day in sorted(folder.dirs, key=lambda pair: pair[0]):
                sub = f"{path}/{dir_name}"
                day = newest_in.get(sub, today - dt.timedelta(days=rng.randint(30, 300)))
                rows.append(
                    f'<tr data-id="{rng.randint(1000, 99999)}" data-file="{_e(dir_name)}"'
                    ' data-type="dir"'
                    f' data-mime="httpd/unix-directory" data-size="{rng.randint(10**5, 10**7)}"'
                    f' data-permissions="1"><td class="filename svg"><a class="name"'
                    f' href="{_e(folder_url(tok, sub))}" title=""><span class="nametext">'
                    f'{_e(dir_name)}</span></a></td><td class="filesize">—</td><td class="date">'
                    f'<span class="modified" title="{day.day} de {MESES[day.month - 1].lower()} de'
                    f' {day.year}">{_e(_relative(day, today))}</span></td></tr>'
                )
            for doc in sorted(folder.files, key=lambda d: fname[id(d)]):
                day = ups[id(doc)]
                size_bytes, size = _size(rng)
                stem = fname[id(doc)].removesuffix(".pdf")
                rows.append(
                    f'<tr data-id="{rng.randint(1000, 99999)}" data-file="{_e(stem)}.pdf"'
                    f' data-type="file" data-mime="application/pdf" data-size="{size_bytes}"'
                    f' data-permissions="1"><td class="filename svg"><a class="name"'
                    f' href="{_e(doc.path)}" title=""><span class="nametext">{_e(stem)}'
                    f'<span class="extension">.pdf</span></span></a></td><td class="filesize"'
                    f' title="{_e(size)}">{_e(size)}</td><td class="date"><span class="modified"'
                    f' title="{day.day} de {MESES[day.month - 1].lower()} de {day.year}'
                    f' {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}">'
                    f"{_e(_relative(day, today))}</span></td></tr>"
                )
            label = path.rsplit("/", 1)[-1] or site.title
            parts = [p for p in path.split("/") if p]
            trail = "".join(
                f'<div class="crumb"><a href="{_e(folder_url(tok, "/" + "/".join(parts[:i])))}">'
                f"{_e(parts[i - 1])}</a></div>"
                for i in range(1, len(parts) + 1)
            )
            heads = "".join(f"<th>{_e(c)}</th>" for c in cols)
            table = (
                f'<table id="filestable"><thead><tr>{heads}</tr></thead><tbody id="fileList">'
                f"{''.join(rows)}</tbody></table>"
            )
            if not rows:
                table += f'<div id="emptycontent"><p>{_e(_w("share", "empty"))}</p></div>'
            header = str(_w("share", "shared_by")).format(name=owner, folder=label)
            inside = [d for f in folders.values() if f.path.startswith(path) for d in f.files]
            everything = ""
            if inside:
                zip_path = file_url(tok, path, "")
                everything = (
                    f'<a id="download" href="{_e(zip_path)}">{_e(_w("share", "download_all"))}</a>'
                )
                if all(d.ok for d in inside):
                    archive = Resource(_zip(inside, fname), content_type="application/zip")
                    zip_name = f"{file_stem(label)}.zip"
                    for key in {zip_path, unquote(zip_path)}:
                        site.routes[key] = archive
                        portal.headers[key] = {
                            "Content-Disposition": f'attachment; filename="{zip_name}"'
                        }
            body = (
                f'<header id="header"><span id="details">{_e(header)}</span>'
                f"{everything}</header>"
                f'<div id="controls"><div class="crumb svg"><a href="{_e(folder_url(tok, ""))}">'
                f'<img src="/core/img/places/home.svg" alt="Inicio"></a></div>{trail}</div>'
                f'<div id="content">{table}</div>'
            )
            page = (
                "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
                f"<title>{_e(label)} - {_e(product.capitalize())}</title></head>"
                f"<body id='body-public'>{body}<footer><p class='info'>{_e(owner)} – "
                f"{_e(product.capitalize())}</p></footer></body></html>"
            ).encode()
            key = folder_url(tok, path)
            site.routes[key] = Resource(page)
            site.routes[unquote(key)] = site.routes[key]
    lines = []
    for item in _present(items):
        link = ""
        if item.numeral in links:
            link = f'<p><a href="{_e(links[item.numeral])}" target="_blank">{_e(open_text)}</a></p>'
        lines.append(f'<div class="numeral"><h3>{_e(item.label)}</h3>{_words(item)}{link}</div>')
    root = ""
    if shape == "one_share":
        root = f'<p><a href="{_e(folder_url(whole, ""))}">{_e(site.title)}</a></p>'
    site.put(
        "/transparencia/",
        site.title,
        f"<p>{_e(_w('site', 'index_intro'))}</p>{root}{''.join(lines)}",
        [(site.title, "")],
    )
    _notes(portal, f"{product}/{shape}/{'anios' if years else 'plano'}", items)
    return _home(site)


# -- seeddms -------------------------------------------------------------------------------------


def _seeddms(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    order = draw(st.sampled_from(["numeral", "name"]))
    years = draw(st.booleans())
    rng = _rng(draw)
    site = _site(draw, "/transparencia/")
    ups = _uploads(items, today, rng)
    owner = str(_w("seeddms", "owner"))
    next_id = [rng.randint(2, 40), rng.randint(10, 300)]

    def folder_path(fid: int) -> str:
        return f"/seeddms/out/out.ViewFolder.php?folderid={fid}"

    def new_folder() -> int:
        next_id[0] += rng.randint(1, 4)
        return next_id[0]

    def new_document() -> int:
        next_id[1] += rng.randint(1, 6)
        return next_id[1]

    @dataclass
    class _Folder:
        fid: int
        name: str
        parents: list[tuple[str, int]]
        comment: str = ""
        folders: list[tuple[str, int]] = field(default_factory=list)
        docs: list[tuple[Doc, int, int]] = field(default_factory=list)  # doc, id, version

    folders: list[_Folder] = []
    root = _Folder(1, str(_w("seeddms", "root")), [])
    main = _Folder(new_folder(), str(_w("seeddms", "folder")), [(root.name, 1)])
    root.folders.append((main.name, main.fid))
    folders += [root, main]
    seen: set[str] = set()
    present = _present(items)
    if order == "name":
        present = sorted(present, key=lambda i: i.label.lower())
    chain = [(root.name, 1), (main.name, main.fid)]
    for item in present:
        folder = _Folder(new_folder(), item.label, chain, " ".join(item_words(item)))
        main.folders.append((item.label, folder.fid))
        folders.append(folder)
        split = years and item_rhythm(item) != "on_change" and bool(item.docs)
        by_year: dict[int, _Folder] = {}
        for doc in item.docs:
            target = folder
            if split:
                year = doc.modified.year if doc.modified else today.year
                if year not in by_year:
                    by_year[year] = _Folder(
                        new_folder(), str(year), [*chain, (item.label, folder.fid)]
                    )
                    folders.append(by_year[year])
                target = by_year[year]
            did = new_document()
            version = 2 if doc.ok and rng.random() < 0.25 else 1
            doc.path = unique(
                f"/seeddms/op/op.Download.php?documentid={did}&version={version}", seen
            )
            stem = file_stem(doc.name) + ".pdf"
            portal.headers[doc.path] = {"Content-Disposition": f'attachment; filename="{stem}"'}
            target.docs.append((doc, did, version))
        for year in sorted(by_year, reverse=True):
            folder.folders.append((str(year), by_year[year].fid))
    cols = list(_w("seeddms", "columns"))
    for folder in folders:
        crumbs = " / ".join(
            f'<a href="{_e(folder_path(fid))}">{_e(name)}</a>' for name, fid in folder.parents
        )
        info = (
            f'<h3>{_e(_w("seeddms", "folder_info"))}</h3><table class="table table-condensed">'
            f"<tr><td>{_e(cols[1])}:</td><td>{_e(owner)}</td></tr>"
        )
        if folder.comment:
            info += (
                f"<tr><td>{_e(_w('seeddms', 'comment'))}:</td><td>{_e(folder.comment)}</td></tr>"
            )
        info += "</table>"
        rows = [
            f'<tr class="folder"><td><i class="fa fa-folder"></i></td><td><a href="'
            f'{_e(folder_path(fid))}">{_e(name)}</a></td><td>{_e(owner)}</td><td></td><td></td></tr>'
            for name, fid in folder.folders
        ]
        for doc, did, version in sorted(folder.docs, key=lambda t: ups[id(t[0])], reverse=True):
            view = f"/seeddms/out/out.ViewDocument.php?documentid={did}"
            rows.append(
                f'<tr class="document"><td><i class="fa fa-file-pdf-o"></i></td><td><a href="'
                f'{_e(view)}">{_e(doc.name)}</a></td><td>{_e(owner)}</td><td>'
                f"{_e(_w('seeddms', 'released'))}</td><td>{version}</td></tr>"
            )
            day = ups[id(doc)]
            first = day - dt.timedelta(days=rng.randint(1, 3)) if version == 2 else day
            stamp = f"{rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            stem = file_stem(doc.name) + ".pdf"
            detail = (
                f'<h3>{_e(_w("seeddms", "doc_info"))}</h3><table class="table table-condensed">'
                f"<tr><td>{_e(cols[0])}:</td><td>{_e(doc.name)}</td></tr>"
                f"<tr><td>{_e(cols[1])}:</td><td>{_e(owner)}</td></tr>"
                f"<tr><td>{_e(_w('seeddms', 'created'))}:</td>"
                f"<td>{first.isoformat()} {stamp}</td></tr>"
                "</table>"
                f'<h3>{_e(_w("seeddms", "current"))}</h3><table class="table"><tr><th>'
                f"{_e(_w('seeddms', 'version'))}</th><th>{_e(_w('seeddms', 'file'))}</th><th>"
                f"{_e(_w('seeddms', 'uploaded_by'))}</th><th></th></tr><tr><td>{version}</td>"
                f"<td>{_e(stem)}<br>{day.isoformat()} {stamp}</td><td>{_e(owner)}</td>"
                f'<td><a href="{_e(doc.path)}"><i class="fa fa-download"></i> '
                f"{_e(_w('seeddms', 'download'))}</a></td></tr></table>"
            )
            if version == 2:
                older = f"/seeddms/op/op.Download.php?documentid={did}&version=1"
                site.routes[older] = _pdf(doc)
                portal.headers[older] = {"Content-Disposition": f'attachment; filename="{stem}"'}
                detail += (
                    f'<h3>{_e(_w("seeddms", "previous"))}</h3><table class="table"><tr><td>1</td>'
                    f"<td>{_e(stem)}<br>{first.isoformat()} {stamp}</td><td>{_e(owner)}</td>"
                    f'<td><a href="{_e(older)}"><i class="fa fa-download"></i> '
                    f"{_e(_w('seeddms', 'download'))}</a></td></tr></table>"
                )
            trail = f'{crumbs} / <a href="{_e(folder_path(folder.fid))}">{_e(folder.name)}</a>'
            site.routes[view] = Resource(
                site_page(
                    doc.name,
                    site.name,
                    site.nav,
                    f'<div class="breadcrumb">{trail}</div>',
                    detail,
                    str(_w("site", "footer")).format(name=site.name),
                )
            )
        heads = "".join(f"<th>{_e(c)}</th>" for c in ["", cols[0], cols[1], cols[2], cols[3]])
        contents = (
            f'<table class="table table-hover folderlist"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            if rows
            else f'<div class="alert alert-info">{_e(_w("seeddms", "empty"))}</div>'
        )
        trail = f'<div class="breadcrumb">{crumbs}{" / " if crumbs else ""}{_e(folder.name)}</div>'
        site.routes[folder_path(folder.fid)] = Resource(
            site_page(
                folder.name,
                site.name,
                site.nav,
                trail,
                info + contents,
                str(_w("site", "footer")).format(name=site.name),
            )
        )
    site.put(
        "/transparencia/",
        site.title,
        f"<p>{_e(_w('site', 'index_intro'))}</p>"
        f'<p><a href="{_e(folder_path(main.fid))}">{_e(main.name)}</a></p>',
        [(site.title, "")],
    )
    _notes(portal, f"seeddms/{order}/{'anios' if years else 'plano'}", items)
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "dspace": _dspace,
    "nextcloud": _nextcloud,
    "seeddms": _seeddms,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 61 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)


_ = _slug  # the generator's slug, kept importable beside the exam's names
