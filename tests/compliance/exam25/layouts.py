"""Twenty-fifth exam: four portal layouts that CHANGE BETWEEN TWO CRAWLS, served with the caching
headers real servers send, with the truth of every section on the second day.

The monitor runs as a service: it crawls a portal on day 1, remembers what it read (validators,
digests, parses, the analysis) and crawls again on day 2 with conditional requests. Items (truth,
labels, documents, dates, phrases) are drawn for DAY 2 exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); day 1 is derived from day 2 by undoing one change
per item. ``portal.routes`` / ``portal.items`` / ``portal.today`` are day 2's; ``first_day(portal)``
gives day 1's routes, headers and date (1, 6, 27 or 62 days earlier). ``bench.exam`` crawls day 1,
swaps the server's routes to day 2 (same server, same port) and crawls again with day 1's memory,
then crawls day 2 fresh; both are scored against day 2's truth and must agree.

Changes (one per item, drawn among those that fit its day-2 truth): ``same`` (nothing changes);
``text`` (a sentence added beside the item, documents unchanged); ``added`` (a new month's or
year's document; an item outdated on day 1 may become ok); ``replaced`` (the newest document
replaced AT THE SAME ADDRESS by the next period's, Last-Modified renewed or kept, as an FTP upload
keeping the local file's date does; its link text renamed); ``removed`` (ok → broken: the files
deleted, the links left); ``emptied`` (documents taken down, "En proceso de actualización.");
``published`` (absent on day 1); ``withdrawn`` (present on day 1, gone on day 2: missing);
``moved`` (the item's page moved: a 301 from the old address, the menu pointing at the old or new
one; or the old address a 404 and the menu pointing at the new one; on one-page layouts the
documents move to a new folder, the old addresses 404); ``aging`` (nothing changes, but day 2 is
62 days later: a monthly report current on day 1 is outdated on day 2).

Caching behaviour, one per portal (``Server25``): ``static`` (Apache's ``"size-mtime"`` or nginx's
``"mtime-size"`` ETag and the file's Last-Modified; 304 when they match; nginx's If-Modified-Since
is exact); ``none`` (a PHP CMS: no validators, ``no-store``, always 200); ``frozen`` (the CMS sends
its template's Last-Modified, the same date forever, and answers 304 to any If-Modified-Since at or
after it, although the content changed); ``weak`` (``W/"…"`` ETags new on every answer, the page
carrying a nonce: never 304); ``ignore`` (validators sent, conditional headers ignored: always 200).
Documents are static files (Apache's validators) except under ``ignore``.

TRUTH RULE: what a citizen sees on day 2 with a fresh browser (no cache): the day-2 routes. Under
``frozen`` a browser holding day 1's copy would be shown the stale page after a 304; the truth is
still day 2's content (a fresh browser sends no conditional request and gets it), and the frozen
date is recognisable (every page carries the same Last-Modified, older than the documents it lists).
The generator's noise (news, the information office, now and then a page answering 500) is the
same on both days except its "Hoy es …" line.

Layouts:

* ``estatico``: a static site (Huité) on Apache or nginx: ``/transparencia/articulo10.html``, one
  ``numeral{N}.html`` per item, documents under ``/transparencia/docs/``. Caching ``static``.
* ``joomla``: a Joomla site (Santa Lucía La Reforma): a page per numeral with a hits counter
  ("Visitas: N", new every day) and a "Documento | Descargar" table. Caching ``none`` or ``frozen``.
* ``wordpress``: one WordPress page of headings and file blocks (Palestina de Los Altos), uploads
  under ``/wp-content/uploads/<yyyy>/<mm>/``; in some portals the page's slug changes on day 2 (old
  slug 301). Caching ``weak``.
* ``tabla``: one PHP page of a table "No. | Descripción | Documento | Fecha de publicación" (San
  Juan Sacatepéquez); in some portals the page moves on day 2 (old address 404, menu updated).
  Caching ``ignore`` or ``frozen``.
"""

from __future__ import annotations

import copy
import datetime as dt
import email.utils
import hashlib
import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    item_rhythm,
    paragraphs,
    site_page,
    unique,
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
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("estatico", "joomla", "wordpress", "tabla")
EXAM25: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam25 layout shares.
_INNER = {"estatico": "numbers", "joomla": "joomla", "wordpress": "wordpress", "tabla": "table"}
_GAPS = (1, 6, 27, 62)
_LONG = 56  # days: a gap this long lets a monthly report age from current to outdated

__all__ = ["LAYOUTS", "ITEMS", "Day", "first_day", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM25[section][key]["text"]


@dataclass
class Day:
    """One day of a portal: what it serves and the date it is crawled."""

    today: dt.date
    routes: Routes
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)


@dataclass
class Portal25(ExamPortal):
    caching: str = "static"
    flavour: str = "apache"  # static files' ETag format: "apache" or "nginx"
    template: float = 0.0  # the frozen Last-Modified
    first: Day | None = None


def first_day(portal: ExamPortal) -> Day:
    """Day 1 of a portal of this exam (``bench.exam`` crawls it before the portal's own day)."""
    assert isinstance(portal, Portal25) and portal.first is not None
    return portal.first


# -- the server ------------------------------------------------------------------------------------


class Server25(ExamServer):
    """The exam's server with a portal's caching behaviour; ``serve`` swaps the day."""

    def __init__(self, day: Day, caching: str, flavour: str, template: float) -> None:
        super().__init__(day.routes, day.headers)
        self.caching = caching
        self.flavour = flavour
        self.template = template
        self._serial = itertools.count(1)
        self._lock = threading.Lock()

    def serve(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        self.routes = {unquote(path): resource for path, resource in routes.items()}
        self.extra = headers

    def _answer(self, handler: Any, *, head: bool) -> None:
        with self.traffic.lock:
            self.traffic.requests[("HEAD" if head else "GET", handler.path)] += 1
            self.traffic.agents[handler.headers.get("User-Agent", "")] += 1
        resource = self.routes.get(unquote(handler.path))
        if resource is None:
            page = str(_w("errors", "apache_404")).encode()
            resource = Resource(page, 404, "text/html; charset=iso-8859-1")
        status, body = resource.status, resource.body
        headers = {"Content-Type": resource.content_type}
        if resource.location is not None:
            headers["Location"] = resource.location
        if status == 200:
            headers.update(self.extra.get(handler.path, {}))
            is_page = resource.content_type.startswith("text/html")
            with self._lock:
                serial = next(self._serial)
            if is_page and self.caching == "weak":
                nonce = hashlib.sha1(f"{serial}".encode()).hexdigest()[:10]
                body = body.replace(b"__NONCE__", nonce.encode())
            fresh = self._validate(handler, resource, body, is_page, serial, headers)
            if not fresh:
                status, body = 304, b""
            elif (
                not head
                and handler.headers.get("Range") == "bytes=0-0"
                and not is_page
                and resource.honour_range
                and body
            ):
                status = 206
                headers["Content-Range"] = f"bytes 0-0/{len(body)}"
                body = body[:1]
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            if status != 304:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if not head and status != 304:
                handler.wfile.write(body)
                with self.traffic.lock:
                    self.traffic.body_bytes[handler.path] += len(body)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True

    def _validate(
        self,
        handler: Any,
        resource: Resource,
        body: bytes,
        is_page: bool,
        serial: int,
        headers: dict[str, str],
    ) -> bool:
        """Add the validators this server sends; False when it answers 304 Not Modified."""
        match = handler.headers.get("If-None-Match")
        since = _parse_date(handler.headers.get("If-Modified-Since"))
        mode = self.caching
        if is_page and mode == "none":
            headers["Cache-Control"] = "no-store, no-cache, must-revalidate"
            headers["Pragma"] = "no-cache"
            headers["Expires"] = "Thu, 19 Nov 1981 08:52:00 GMT"
            return True
        if is_page and mode == "frozen":
            headers["Last-Modified"] = _http_date(self.template)
            headers["Cache-Control"] = "no-cache, must-revalidate"
            return not (since is not None and since >= int(self.template))
        if is_page and mode == "weak":
            headers["ETag"] = f'W/"{hashlib.md5(body + str(serial).encode()).hexdigest()[:20]}"'
            return True
        mtime = resource.last_modified or 1_600_000_000.0
        flavour = self.flavour if mode == "static" else "apache"
        if flavour == "nginx":
            etag = f'"{int(mtime):x}-{len(resource.body):x}"'
        else:
            etag = f'"{len(resource.body):x}-{int(mtime * 1_000_000):x}"'
        headers["ETag"] = etag
        headers["Last-Modified"] = _http_date(mtime)
        if mode == "ignore":
            return True
        if match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in match.split(",")}
            return not (etag in tags or match.strip() == "*")
        if since is None:
            return True
        if flavour == "nginx":  # if_modified_since exact (nginx's default)
            return since != int(mtime)
        return not since >= int(mtime)


def _http_date(stamp: float) -> str:
    return email.utils.formatdate(stamp, usegmt=True)


def _parse_date(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(email.utils.parsedate_to_datetime(text).timestamp())
    except (TypeError, ValueError):
        return None


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam: serving day 1 when the portal
    has one (``serve`` switches it to day 2), else the portal's routes."""
    if not isinstance(portal, Portal25) or portal.first is None:
        return ExamServer(portal.routes, portal.headers)
    return Server25(portal.first, portal.caching, portal.flavour, portal.template)


# -- changes ---------------------------------------------------------------------------------------


def _stamp(day: dt.date, hour: int = 12) -> float:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC).timestamp()


def _shift(doc: Doc, months: int, rhythm: str, path: str | None = None) -> Doc:
    """``doc`` moved ``months`` periods (months, or years for yearly items) in its name and date."""
    assert doc.modified is not None
    old = doc.modified
    if rhythm == "monthly":
        index = old.year * 12 + old.month - 1 + months
        year, month = index // 12, index % 12 + 1
    else:
        year, month = old.year + months, old.month
    new = dt.date(year, month, min(old.day, 28))
    name = doc.name
    if rhythm == "monthly" and month != old.month:
        for before, after in (
            (MESES[old.month - 1], MESES[month - 1]),
            (MESES[old.month - 1].upper(), MESES[month - 1].upper()),
        ):
            name = name.replace(before, after)
    if year != old.year:
        name = name.replace(str(old.year), str(year))
    if name == doc.name:
        name = f"{doc.name} ({'anterior' if months < 0 else 'actualizado'})"
    return Doc(name, path or doc.path, doc.ok, new)


def _period_doc(item: Item, day: dt.date, prefix: str) -> Doc:
    """A document an item held before it was emptied or withdrawn: the month before ``day``."""
    index = day.year * 12 + day.month - 2
    year, month = index // 12, index % 12 + 1
    base = str(ITEMS[item.numeral]["labels"][0]["text"]).split(",")[0][:40]
    name = f"{base} {MESES[month - 1]} {year}"
    return Doc(name, f"{prefix}/{file_stem(name)}.pdf", True, dt.date(year, month, 28))


def _pdf(doc: Doc, stamp: float, extra: bytes = b"") -> Resource:
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200 + extra,
        content_type="application/pdf",
        last_modified=stamp,
    )


@dataclass
class _Plan:
    """What one portal does between its two days."""

    layout: str
    day1: dt.date
    day2: dt.date
    caching: str
    flavour: str
    changes: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)  # numeral -> the day-2 sentence
    moved: dict[int, str] = field(default_factory=dict)  # numeral -> "301-old", "301-new", "404"
    page_move: str = ""  # one-page layouts: "", "301" or "404"
    old_paths: dict[str, str] = field(default_factory=dict)  # doc path day 2 -> day 1
    lm_kept: set[str] = field(default_factory=set)  # replaced docs keeping their Last-Modified
    seen: set[str] = field(default_factory=set)  # every document address of both days
    docs1: dict[str, Resource] = field(default_factory=dict)
    docs2: dict[str, Resource] = field(default_factory=dict)


def _new_folder(plan: _Plan, path: str) -> str:
    """Where a re-uploaded document lands: WordPress's folder of the upload's month; the PHP
    site's new folder."""
    name = path.rsplit("/", 1)[1]
    if plan.layout == "wordpress":
        return f"/wp-content/uploads/{plan.day2.year}/{plan.day2.month:02d}/{name}"
    return path.replace("/archivos/laip/", "/archivos/transparencia/")


def _choose(draw: st.DrawFn, item: Item, plan: _Plan, per_page: bool) -> str:
    truth, rhythm = item.truth, item_rhythm(item)
    options = ["same", "same", "text"]
    if truth != "missing":
        options.append("published")
        if per_page or any(d.ok for d in item.docs):
            options.append("moved")
    if item.docs and truth == "ok" and all(d.modified for d in item.docs):
        options += ["added", "added", "replaced", "replaced"]
    if truth == "broken":
        options += ["removed", "removed", "removed"]
    if truth == "empty":
        options += ["emptied", "emptied", "emptied"]
    if truth == "missing":
        options += ["withdrawn", "withdrawn"]
    long_gap = (plan.day2 - plan.day1).days >= _LONG
    if truth == "outdated" and rhythm == "monthly" and long_gap and item.docs:
        options += ["aging", "aging", "aging"]
    return str(draw(st.sampled_from(options)))


def _undo(
    draw: st.DrawFn, item: Item, change: str, plan: _Plan, prefix: str
) -> tuple[Item | None, Item]:
    """Day 1's item (None when absent) and day 2's (possibly adjusted), for ``change``."""
    rhythm = item_rhythm(item)
    two = item
    one = copy.deepcopy(item)
    if change == "published":
        return None, two
    if change == "withdrawn":
        one.truth = "ok"
        one.docs = [_period_doc(item, plan.day1, prefix)]
        return one, two
    if change == "added":
        newest = max(two.docs, key=lambda d: d.modified or dt.date.min)
        rest = [copy.deepcopy(d) for d in two.docs if d is not newest]
        if not rest:  # the one document before: last period's, taken down on day 2
            rest = [_shift(newest, -1, rhythm, unique(newest.path, plan.seen))]
        one.docs = rest
        one.updated = ""
        return one, two
    if change == "replaced":
        newest = max(two.docs, key=lambda d: d.modified or dt.date.min)
        one.docs = [
            _shift(d, -1, rhythm) if d.path == newest.path else copy.deepcopy(d) for d in two.docs
        ]
        one.updated = ""
        if draw(st.booleans()):
            plan.lm_kept.add(newest.path)
        return one, two
    if change == "removed":
        for doc in one.docs:
            doc.ok = True
        return one, two
    if change == "emptied":
        one.truth = "ok"
        one.phrase = ""
        one.docs = [_period_doc(item, plan.day1, prefix)]
        two.phrase = str(_w("changes", "emptied"))
        return one, two
    if change == "aging":
        # Day 2's newest report exactly three months old: one month old on day 1.
        newest = max(d.modified for d in two.docs if d.modified)
        target = (plan.day2.year * 12 + plan.day2.month - 1) - 3
        by = target - (newest.year * 12 + newest.month - 1)
        if by > 0:
            two.docs = [_shift(d, by, rhythm) for d in two.docs]
        one = copy.deepcopy(two)
        return one, two
    if change == "text":
        plan.notes[item.numeral] = str(EXAM25["changes"]["notes"][0]["text"])
    if change == "moved":
        if plan.layout in ("estatico", "joomla"):
            plan.moved[item.numeral] = str(draw(st.sampled_from(["301-old", "301-new", "404"])))
        else:
            for d2, d1 in zip(two.docs, one.docs, strict=True):
                if d2.ok:
                    d2.path = unique(_new_folder(plan, d2.path), plan.seen)
                    plan.old_paths[d2.path] = d1.path
    return one, two


def _serve_docs(
    plan: _Plan, items1: list[Item], items2: list[Item], draw: st.DrawFn, lag: int
) -> None:
    """Both days' document answers: upload dates (day 1's before day 1, new files between the
    days), replaced files' new bytes, deleted files absent."""
    first: dict[str, tuple[Doc, float]] = {}
    for item in items1:
        for doc in item.docs:
            if doc.ok:
                when = min((doc.modified or plan.day1) + dt.timedelta(days=lag), plan.day1)
                stamp = _stamp(when, 9 + draw(st.integers(0, 8)))
                first[doc.path] = (doc, stamp)
                plan.docs1[doc.path] = _pdf(doc, stamp)
    between = max(1, (plan.day2 - plan.day1).days)
    for item in items2:
        for doc in item.docs:
            if not doc.ok:
                continue
            old = first.get(doc.path)
            if old is not None and old[0].name == doc.name:
                plan.docs2[doc.path] = plan.docs1[doc.path]
                continue
            if old is not None and doc.path in plan.lm_kept:
                stamp = old[1]
            else:
                offset = draw(st.integers(0, between - 1)) if between > 1 else 0
                day = plan.day1 + dt.timedelta(days=offset)
                stamp = _stamp(min(day, plan.day2), 7)
            plan.docs2[doc.path] = _pdf(doc, stamp, b"\n%%EOF\n" * (1 + len(doc.name) % 5))


# -- layouts ---------------------------------------------------------------------------------------


def _nav(links: Sequence[tuple[str, str]]) -> str:
    return (
        "<nav><ul>"
        + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for h, t in links)
        + "</ul></nav>"
    )


def _home(routes: Routes, institution: str, index: str, title: str, nav: str) -> None:
    main = f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
    main += '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    routes["/"] = Resource(site_page(institution, institution, nav, "", main, institution))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _words(item: Item, note: str) -> str:
    return paragraphs([*item_words(item), *([note] if note else [])])


Render = Callable[[_Plan, list[Item], int, dict[int, str]], Routes]


def _estatico(plan: _Plan, items: list[Item], day: int, notes: dict[int, str]) -> Routes:
    institution = str(_w("estatico", "institution"))
    index = "/transparencia/articulo10.html"
    nav = _nav([("/", "Inicio"), (index, _w("estatico", "title")), ("/noticias/", "Noticias")])
    routes: Routes = {}
    rows = []
    for item in _present(items):
        old = f"/transparencia/numeral{item.numeral}.html"
        new = f"/informacion-publica/art10/numeral-{item.numeral}.html"
        move = plan.moved.get(item.numeral, "")
        path = new if day == 2 and move else old
        link = old if day == 2 and move == "301-old" else path
        if day == 2 and move.startswith("301"):
            routes[old] = Resource(b"", 301, "text/html; charset=iso-8859-1", location=new)
        rows.append(
            f'<tr><td>{item.numeral}</td><td><a href="{_e(link)}">{_e(item.label)}</a></td></tr>'
        )
        pdf = _e(_w("estatico", "pdf"))
        docs = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a> {pdf}</li>' for d in item.docs)
        body = _words(item, notes.get(item.numeral, "")) + (f"<ul>{docs}</ul>" if docs else "")
        routes[path] = Resource(site_page(item.label, institution, nav, "", body, institution))
    main = (
        f"<h2>{_e(_w('estatico', 'law'))}</h2>{_opening()}"
        f"<table border='1' cellpadding='4'>{''.join(rows)}</table>"
    )
    routes[index] = Resource(
        site_page(_w("estatico", "index"), institution, nav, "", main, institution)
    )
    _home(routes, institution, index, _w("estatico", "title"), nav)
    return routes


def _joomla(plan: _Plan, items: list[Item], day: int, notes: dict[int, str]) -> Routes:
    institution = str(_w("joomla", "institution"))
    index = "/index.php/transparencia/articulo-10"
    title = str(_w("joomla", "title"))
    nav = _nav([("/", "Inicio"), (index, title), ("/noticias/", "Noticias")])
    routes: Routes = {}
    links = []
    columns = _w("joomla", "columns")
    for item in _present(items):
        slug = _slug(item.plain)[:30]
        old = f"{index}/{item.numeral}-{slug}"
        new = f"/index.php/informacion-publica/numeral-{item.numeral}-{slug}"
        move = plan.moved.get(item.numeral, "")
        path = new if day == 2 and move else old
        link = old if day == 2 and move == "301-old" else path
        if day == 2 and move.startswith("301"):
            routes[old] = Resource(b"", 301, "text/html; charset=utf-8", location=new)
        links.append(f'<li><a href="{_e(link)}">{_e(item.label)}</a></li>')
        hits = 40 + item.numeral * 7 + day * 13
        info = f'<dl class="article-info"><dd class="hits">{_e(_w("joomla", "hits"))}</dd></dl>'
        info = info.replace("{hits}", str(hits))
        table = ""
        if item.docs:
            cells = "".join(
                f'<tr><td>{_e(d.name)}</td><td><a href="{_e(d.path)}" class="btn btn-primary">'
                f"{_e(columns[1])}</a></td></tr>"
                for d in item.docs
            )
            table = (
                f"<table class='table'><tr><th>{_e(columns[0])}</th><th>{_e(columns[1])}</th>"
                f"</tr>{cells}</table>"
            )
        body = info + _words(item, notes.get(item.numeral, "")) + table
        routes[path] = Resource(site_page(item.label, institution, nav, "", body, institution))
    main = f"<p>{_e(_w('joomla', 'intro'))}</p>{_opening()}<ul>{''.join(links)}</ul>"
    routes[index] = Resource(site_page(title, institution, nav, "", main, institution))
    _home(routes, institution, index, title, nav)
    return routes


def _wordpress(plan: _Plan, items: list[Item], day: int, notes: dict[int, str]) -> Routes:
    institution = str(_w("wordpress", "institution"))
    title = str(_w("wordpress", "title"))
    old = "/informacion-publica/"
    path = "/transparencia/informacion-publica-de-oficio/" if day == 2 and plan.page_move else old
    nav = _nav([("/", "Inicio"), (path, title), ("/noticias/", "Noticias")])
    routes: Routes = {}
    if day == 2 and plan.page_move:
        routes[old] = Resource(b"", 301, "text/html; charset=UTF-8", location=path)
    parts = [
        f"<h2>{_e(_w('wordpress', 'heading'))}</h2><p>{_e(_w('wordpress', 'intro'))}</p>",
        f"<p>{_e(_w('wordpress', 'office'))}</p>",
    ]
    button = _e(_w("wordpress", "button"))
    for item in _present(items):
        blocks = "".join(
            f'<div class="wp-block-file"><a href="{_e(d.path)}">{_e(d.name)}</a>'
            f'<a href="{_e(d.path)}" class="wp-block-file__button" download>{button}</a></div>'
            for d in item.docs
        )
        parts.append(
            f"<h3>{_e(item.label)}</h3>" + _words(item, notes.get(item.numeral, "")) + blocks
        )
    script = '<script>var wpApiSettings = {"nonce":"__NONCE__"};</script>'
    routes[path] = Resource(
        site_page(title, institution, nav, "", "".join(parts) + script, institution)
    )
    _home(routes, institution, path, title, nav)
    return routes


def _tabla(plan: _Plan, items: list[Item], day: int, notes: dict[int, str]) -> Routes:
    institution = str(_w("tabla", "institution"))
    title = str(_w("tabla", "title"))
    old = "/transparencia/ley-de-acceso.php"
    path = "/laip/informacion-publica-de-oficio.php" if day == 2 and plan.page_move else old
    nav = _nav([("/", "Inicio"), (path, title), ("/noticias/", "Noticias")])
    routes: Routes = {}
    if day == 2 and plan.page_move == "301":
        routes[old] = Resource(b"", 301, "text/html; charset=UTF-8", location=path)
    columns = _w("tabla", "columns")
    rows = ["<tr>" + "".join(f"<th>{_e(c)}</th>" for c in columns) + "</tr>"]
    view = _e(_w("tabla", "view"))
    docs = plan.docs1 if day == 1 else plan.docs2
    for item in _present(items):
        links = " ".join(
            f'<a href="{_e(d.path)}" title="{_e(d.name)}">{_e(d.name)}</a> ({view})'
            for d in item.docs
        )
        cell = links or paragraphs(item_words(item, law=False))
        note = notes.get(item.numeral, "")
        stamps = [docs[d.path].last_modified for d in item.docs if d.path in docs]
        when = ""
        if stamps and item.truth in ("ok", "outdated") and all(d.ok for d in item.docs):
            shown = dt.datetime.fromtimestamp(max(s for s in stamps if s), dt.UTC).date()
            when = f"{shown.day:02d}/{shown.month:02d}/{shown.year}"
        rows.append(
            f"<tr><td>{item.numeral}</td><td>{_e(item.label)}"
            f"{'<br><small>' + _e(note) + '</small>' if note else ''}</td><td>{cell}</td>"
            f"<td>{when}</td></tr>"
        )
    main = (
        f"<h2>{_e(_w('tabla', 'heading'))}</h2><p>{_e(_w('tabla', 'office'))}</p>{_opening()}"
        f"<table class='table table-bordered'>{''.join(rows)}</table>"
    )
    routes[path] = Resource(site_page(title, institution, nav, "", main, institution))
    _home(routes, institution, path, title, nav)
    return routes


_RENDER: dict[str, Render] = {
    "estatico": _estatico,
    "joomla": _joomla,
    "wordpress": _wordpress,
    "tabla": _tabla,
}
_CACHING = {
    "estatico": ("static",),
    "joomla": ("none", "frozen"),
    "wordpress": ("weak",),
    "tabla": ("ignore", "frozen"),
}
_PREFIX = {
    "estatico": "/transparencia/docs",
    "joomla": "/images/transparencia",
    "wordpress": "/wp-content/uploads",
    "tabla": "/archivos/laip",
}
_PENDING: dict[int, tuple[_Plan, list[Item], Routes]] = {}


def _builder(layout: str) -> Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]:
    def build(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
        gap = draw(st.sampled_from(_GAPS))
        plan = _Plan(
            layout,
            today - dt.timedelta(days=gap),
            today,
            str(draw(st.sampled_from(_CACHING[layout]))),
            str(draw(st.sampled_from(["apache", "nginx"]))),
        )
        if layout in ("wordpress", "tabla"):
            plan.page_move = str(
                draw(st.sampled_from(["", "", "301" if layout == "wordpress" else "404"]))
            )
        seen = plan.seen
        prefix = _PREFIX[layout]
        for item in items:
            for doc in item.docs:
                if layout == "wordpress" and doc.modified:
                    day = min(doc.modified + dt.timedelta(days=5), today)
                    folder = f"{prefix}/{day.year}/{day.month:02d}"
                else:
                    folder = f"{prefix}/{item.numeral:02d}"
                doc.path = unique(f"{folder}/{file_stem(doc.name)}.pdf", seen)
        per_page = layout in ("estatico", "joomla")
        items1: list[Item] = []
        for item in items:
            change = _choose(draw, item, plan, per_page)
            plan.changes[item.numeral] = change
            one, _two = _undo(draw, item, change, plan, f"{prefix}/{item.numeral:02d}")
            if one is not None and one.truth != "missing":
                items1.append(one)
            portal.notes[item.numeral] = (
                f"{layout}/{plan.caching}/{plan.flavour} gap={gap} change={change}"
                f"{'/' + plan.moved[item.numeral] if item.numeral in plan.moved else ''}"
                f" page_move={plan.page_move or '-'} truth={item.truth} docs={len(item.docs)}"
            )
        _serve_docs(plan, items1, items, draw, draw(st.integers(1, 12)))
        render = _RENDER[layout]
        routes1 = render(plan, items1, 1, {})
        routes1.update(plan.docs1)
        _PENDING[id(portal)] = (plan, items1, routes1)
        return render(plan, items, 2, plan.notes)

    return build


def _clock(day: dt.date) -> bytes:
    return f"<p>Hoy es {day.day} de {MESES[day.month - 1].lower()} de {day.year}</p>".encode()


_NOISE = (
    "/unidad-de-informacion-publica/",
    "/noticias/",
    "/noticias/obra-calle-principal/",
    "/transparencia/otros-documentos/",
)


def _finish(portal: ExamPortal) -> Portal25:
    """Day 2's documents over the noise's plain PDFs; day 1's routes with the same noise; each
    page's Last-Modified (kept while its bytes are unchanged)."""
    plan, items1, routes1 = _PENDING.pop(id(portal))
    portal.routes.update(plan.docs2)
    for path, resource in list(portal.routes.items()):
        if resource.content_type == "application/pdf" and path not in plan.docs2:
            del portal.routes[path]  # the noise served a document day 2 does not have
    for path in _NOISE:
        if path in portal.routes:
            noise = portal.routes[path]
            body = noise.body.replace(_clock(plan.day2), _clock(plan.day1))
            routes1[path] = Resource(body, noise.status, noise.content_type)
    if "/transparencia/otros-documentos/" in portal.routes:
        home = routes1["/"]
        home.body = home.body.replace(
            b"</main>",
            b'<p><a href="/transparencia/otros-documentos/">Otros documentos</a></p></main>',
        )
    for resource in routes1.values():
        if resource.content_type.startswith("text/html") and resource.status == 200:
            resource.last_modified = _stamp(plan.day1, 5)
    for path, resource in portal.routes.items():
        if resource.content_type.startswith("text/html") and resource.status == 200:
            before = routes1.get(path)
            if before is not None and before.body == resource.body:
                resource.last_modified = before.last_modified
            else:
                resource.last_modified = _stamp(plan.day2, 6)
    values = {f.name: getattr(portal, f.name) for f in fields(ExamPortal)}
    first = Day(plan.day1, routes1, {}, items1)
    template = _stamp(dt.date(2023, 3, 14), 16) + 611
    return Portal25(
        **values, caching=plan.caching, flavour=plan.flavour, template=template, first=first
    )


def portals(layout: str | None = None) -> st.SearchStrategy[Portal25]:
    """Exam 25 portals of ``layout`` (drawn when None) with day 2's truth and day 1's routes."""
    builders = {name: _builder(name) for name in LAYOUTS}
    return exam_portal(layout, LAYOUTS, _INNER, builders, unique_documents=False).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published on day 2 (for reports)."""
    return kit_snippet(portal, numeral, width, first)
