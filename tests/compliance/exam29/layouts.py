"""Twenty-ninth exam: four portal layouts whose DOCUMENTS ARE NOT WHAT THEIR LINKS SAY, with the
truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``). The pages are plain and honest; what lies is
the answer behind a document's link, as real municipal servers lie. The truth is what a citizen
gets when opening the file in a normal browser: a file that opens (whatever the Content-Type, the
Content-Disposition, the redirects on the way or the seconds it takes) is there; a link that ends
on an HTML page, an empty or cut file, or a redirect loop is not. ``Server29`` (this module's
``server``) answers the paths the plain loopback server cannot: 200 answers that are not the file,
stalled or cut bodies, HEAD answered unlike GET. Wording and server pages: ``wording.toml`` here
(sources there). Layouts:

* ``disfrazados``: a WordPress page of headings (Sanarate) whose documents are
  ``/wp-content/uploads/<yyyy>/<mm>/<file>.pdf`` links. Present files are served, one way per
  portal or mixed per document, as ``application/pdf``, ``application/octet-stream`` or
  ``application/force-download`` with ``Content-Disposition: attachment``, or ``text/plain`` (a PDF
  body; a browser sniffs it and downloads it): truth ok. A missing file's ``.pdf`` link answers
  ``200 text/html`` with the theme's "No hay nada aquí" 404 template, the home page (a catch-all
  rewrite) or the WordPress login form (a "protect uploads" plugin): the citizen gets a web page,
  not the document: truth broken.
* ``vacios``: a Joomla-like index of one page per numeral (San Juan Sacatepéquez) with a
  "Documento | Tamaño | Descargar" table, the files static (``/archivos/transparencia/…pdf``,
  Range honoured) or behind a download script (``/descargar.php?archivo=…pdf``, Range ignored), one
  per portal. Present files are real PDFs; about one in three is large (2–6 MB; the monitor must not
  need it whole): truth ok. A broken item's files answer ``200 application/pdf`` but hold nothing a
  reader can open, drawn per document: zero bytes (``Content-Length: 0``), a few bytes ("ERROR",
  or PHP's "Warning: readfile(…): failed to open stream" printed by the script), or a truncated
  file (``Content-Length`` of the whole file, 8–48 KiB sent, then the connection closes; Range
  ignored): every one fails in the browser's PDF viewer or as a failed download: truth broken.
* ``redirigidos``: a WordPress page of headings (Santa Lucía La Reforma) whose document links
  redirect, drawn per document: old ``/uploads/<yyyy>/<mm>/<file>.pdf`` moved to
  ``/wp-content/uploads/…`` (301), a short ``/d/<id>`` (302 or 307) to the file, two hops
  (``/d/<id>`` 302 → ``/uploads/…`` 301 → ``/wp-content/uploads/…``), or ``/descargar.php?id=<n>``
  (303) to the file, with Apache's bodies: truth ok. A missing file's link redirects (302) to
  ``/404/``, a theme page answering 200 "Página no encontrada"; or to the home page; or loops
  (``/uploads/…`` ⇄ ``/wp-content/uploads/…``, nginx's 301 both ways); or its 301 ends on Apache's
  404: truth broken.
* ``lentos``: an "Artículo 10" index of numeral pages (CONADER) with "Ver" links, one server
  conduct per portal (and some documents drawn another): the body comes 1–2.5 s after the headers
  (stalled); HEAD answered 405 or 404 while GET serves the file; Range ignored (the whole 1–3 MB
  file to any Range); a trailing slash (the link without it gets Apache's DirectorySlash 301 to the
  address with it, or the other way). Each opens in a browser, slowly or after a hop: truth ok.
  Broken files: nginx's ``504 Gateway Time-out`` after 1.5–2.5 s, a HEAD that answers 200 with a
  PDF's headers while GET answers 404, or 200 headers with ``Content-Length`` then, after a stall,
  the connection closed with no body: truth broken.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
    paragraphs,
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("disfrazados", "vacios", "redirigidos", "lentos")
EXAM29: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam29 layout shares.
_INNER = {
    "disfrazados": "wordpress",
    "vacios": "joomla",
    "redirigidos": "wordpress",
    "lentos": "numbers",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM29[section][key]["text"]


def _error(key: str) -> bytes:
    return str(_w("errors", key)).encode("utf-8")


# -- answers the plain loopback server cannot give -------------------------------------------------


@dataclass
class Answer:
    """How one path answers (GET, or HEAD when ``head`` is None)."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/pdf"
    headers: dict[str, str] = field(default_factory=dict)
    size: int = 0  # > 0: the body padded to this many bytes (a PDF's filler)
    ranges: bool = True  # a Range on a 200 answer is honoured (206)
    stall: float = 0.0  # seconds between the headers and the body
    cut: int | None = None  # bytes sent before the connection drops (Content-Length: the whole)
    delay: float = 0.0  # seconds before the status line
    head: Answer | None = None  # what HEAD answers instead
    mirror: str = ""  # answer with this route's body (the home page at a document's address)
    last_modified: float | None = None


_FILLER = b"\n% " + b"0" * 4093


def _padded(body: bytes, size: int) -> bytes:
    out = bytearray(body[:size])
    while len(out) < size:
        out += _FILLER[: size - len(out)]
    return bytes(out)


def _span(header: str, size: int) -> tuple[int, int] | None:
    """The first range of a ``bytes=a-b`` header, clipped to the file, or None."""
    unit, _eq, spec = header.partition("=")
    start_text, dash, end_text = spec.split(",")[0].strip().partition("-")
    if unit.strip() != "bytes" or not dash:
        return None
    try:
        if not start_text:
            length = int(end_text)
            return (max(0, size - length), size - 1) if length else None
        start = int(start_text)
        end = int(end_text) if end_text else size - 1
    except ValueError:
        return None
    if start >= size or end < start:
        return None
    return start, min(end, size - 1)


class Server29(ExamServer):
    """The exam's server; paths in ``answers`` are answered by them, the rest by the routes."""

    def __init__(
        self, routes: Routes, headers: dict[str, dict[str, str]], answers: dict[str, Answer]
    ) -> None:
        super().__init__(routes, headers)
        self.answers = {unquote(path): answer for path, answer in answers.items()}

    def _answer(self, handler: Any, *, head: bool) -> None:
        answer = self.answers.get(unquote(handler.path))
        if answer is None:
            super()._answer(handler, head=head)
            return
        if head and answer.head is not None:
            answer = answer.head
        with self.traffic.lock:
            self.traffic.requests[("HEAD" if head else "GET", handler.path)] += 1
            self.traffic.agents[handler.headers.get("User-Agent", "")] += 1
        if answer.delay:
            time.sleep(answer.delay)
        body = answer.body
        if answer.mirror:
            mirrored = self.routes.get(answer.mirror)
            body = mirrored.body if mirrored is not None else b""
        if answer.size:
            body = _padded(body, answer.size)
        status = answer.status
        headers = {"Content-Type": answer.content_type}
        ranged = handler.headers.get("Range")
        if ranged and not head and answer.ranges and status == 200 and body:
            span = _span(ranged, len(body))
            if span is not None:
                status = 206
                headers["Content-Range"] = f"bytes {span[0]}-{span[1]}/{len(body)}"
                body = body[span[0] : span[1] + 1]
        headers["Content-Length"] = str(len(body))
        if answer.last_modified is not None:
            headers["Last-Modified"] = email.utils.formatdate(answer.last_modified, usegmt=True)
        headers.update(answer.headers)
        sent = body if answer.cut is None else body[: answer.cut]
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.flush()
            if not head:
                if answer.stall:
                    time.sleep(answer.stall)
                for start in range(0, len(sent), 16384):
                    handler.wfile.write(sent[start : start + 16384])
                with self.traffic.lock:
                    self.traffic.body_bytes[handler.path] += len(sent)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        if answer.cut is not None:
            handler.close_connection = True


@dataclass
class Portal29(ExamPortal):
    answers: dict[str, Answer] = field(default_factory=dict)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    answers = portal.answers if isinstance(portal, Portal29) else {}
    return Server29(portal.routes, portal.headers, answers)


# -- shared page parts -----------------------------------------------------------------------------


@dataclass
class _Build:
    """What a builder leaves for ``_finish``: the special answers, and the routes to put back after
    the generator's noise (which serves every ok document as a plain PDF)."""

    answers: dict[str, Answer] = field(default_factory=dict)
    keep: dict[str, Resource] = field(default_factory=dict)


_PENDING: dict[int, _Build] = {}


def _stamp(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def _pdf_body(doc: Doc) -> bytes:
    return b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200


def _pdf(doc: Doc, day: dt.date | None, content_type: str = "application/pdf") -> Resource:
    return Resource(_pdf_body(doc), content_type=content_type, last_modified=_stamp(day))


def _note(item: Item, how: str) -> str:
    return f"{how} truth={item.truth} docs={len(item.docs)}"


def _nav(links: Sequence[tuple[str, str]]) -> str:
    return (
        "<nav><ul>"
        + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for h, t in links)
        + "</ul></nav>"
    )


def _home(routes: Routes, body: str, index: str, title: str, nav: str) -> None:
    """The body's home page (it holds ``</main>``: the kit's noise may add a link there)."""
    main = f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
    main += '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    routes["/"] = Resource(site_page(body, body, nav, "", main, body))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _heading(draw: st.DrawFn, item: Item) -> str:
    tag = draw(st.sampled_from(["h3", "h4", "strong"]))
    if tag == "strong":
        return f"<p><strong>{_e(item.label)}</strong></p>"
    return f"<{tag}>{_e(item.label)}</{tag}>"


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(0, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def _apache_moved(code: int, target: str) -> Resource:
    """Apache's redirect answer, its body naming the target."""
    text = str(_w("redirigidos", "moved"))
    for name, value in (
        ("code", str(code)),
        ("title", _w("redirigidos", "titles")[str(code)]),
        ("sentence", _w("redirigidos", "sentences")[str(code)]),
        ("target", _e(target)),
    ):
        text = text.replace("{" + name + "}", value)
    return Resource(text.encode("utf-8"), code, "text/html; charset=iso-8859-1", location=target)


# -- disfrazados: .pdf links that answer a web page ------------------------------------------------


def _disfrazados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    served = draw(st.sampled_from(["pdf", "octet", "force", "plain", "mixed"]))
    fake = draw(st.sampled_from(["template", "home", "login", "mixed"]))
    how = f"disfrazados/served={served}/fake={fake}"
    lag = draw(st.integers(1, 12))
    body, path, title = (
        _w("disfrazados", "body"),
        _w("disfrazados", "path"),
        _w("disfrazados", "title"),
    )
    nav = _nav([("/", "Inicio"), (path, title), ("/noticias/", "Noticias")])
    heading, sentence, search = _w("disfrazados", "not_found")
    not_found = site_page(
        heading,
        body,
        nav,
        "",
        f'<div class="error-404 not-found default-max-width"><div class="page-content">'
        f'<p>{_e(sentence)}</p><form role="search" method="get" class="search-form" '
        f'action="/"><label for="search-form-1">{_e(search)}</label><input type="search" '
        'id="search-form-1" class="search-field" name="s"/><input type="submit" '
        'class="search-submit" value="Buscar"/></form></div></div>',
        body,
    )
    enter, user, password, remember, lost = _w("disfrazados", "login")
    login = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'><title>"
        f"{_e(enter)} &lsaquo; {_e(body)} &#8212; WordPress</title></head><body class='login'>"
        '<div id="login"><h1><a href="/">' + _e(body) + "</a></h1>"
        '<form name="loginform" id="loginform" action="/wp-login.php" method="post">'
        f'<p><label for="user_login">{_e(user)}</label><input type="text" name="log" '
        'id="user_login" class="input" size="20"/></p><div class="user-pass-wrap">'
        f'<label for="user_pass">{_e(password)}</label><input type="password" name="pwd" '
        'id="user_pass" class="input password-input" size="20"/></div>'
        '<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" '
        f'value="forever"/> <label for="rememberme">{_e(remember)}</label></p>'
        '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" '
        f'class="button button-primary button-large" value="{_e(enter)}"/></p></form>'
        f'<p id="nav"><a href="/wp-login.php?action=lostpassword">{_e(lost)}</a></p></div>'
        "</body></html>"
    ).encode("utf-8")
    seen: set[str] = set()
    parts = [f"<p>{_e(_w('disfrazados', 'intro'))}</p>", _opening()]
    for item in _present(items):
        lis = []
        kinds = []
        for doc in item.docs:
            day = uploaded(doc, today, lag) if doc.modified else today
            name = f"{file_stem(doc.name)}.pdf"
            doc.path = unique(f"/wp-content/uploads/{day.year}/{day.month:02d}/{name}", seen)
            lis.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
            if doc.ok:
                kind = served
                if kind == "mixed":
                    kind = draw(st.sampled_from(["pdf", "octet", "force", "plain"]))
                ctype = "application/pdf" if kind == "pdf" else _w("disfrazados", kind)
                build.keep[doc.path] = _pdf(doc, day, ctype)
                if kind in ("octet", "force") or (kind == "plain" and draw(st.booleans())):
                    saved = doc.path.rsplit("/", 1)[1]
                    portal.headers[doc.path] = {
                        "Content-Disposition": f'attachment; filename="{saved}"'
                    }
            else:
                kind = fake
                if kind == "mixed":
                    kind = draw(st.sampled_from(["template", "home", "login"]))
                if kind == "template":
                    build.answers[doc.path] = Answer(200, not_found, "text/html; charset=UTF-8")
                elif kind == "home":
                    build.answers[doc.path] = Answer(
                        200, content_type="text/html; charset=UTF-8", mirror="/"
                    )
                else:
                    build.answers[doc.path] = Answer(200, login, "text/html; charset=UTF-8")
            kinds.append(kind)
        portal.notes[item.numeral] = _note(item, f"{how}/{','.join(kinds) or '-'}")
        docs = f"<ul>{''.join(lis)}</ul>" if lis else ""
        parts.append(_heading(draw, item) + paragraphs(item_words(item)) + docs)
    parts.append(f"<p>{_e(_w('disfrazados', 'office'))}</p>")
    routes: Routes = {path: Resource(site_page(title, body, nav, "", "".join(parts), body))}
    _home(routes, body, path, title, nav)
    _PENDING[id(portal)] = build
    return routes


# -- vacios: empty, tiny, truncated and large files ------------------------------------------------


def _vacios(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    store = draw(st.sampled_from(["static", "script"]))
    how = f"vacios/{store}"
    body, office = _w("vacios", "body"), _w("vacios", "office")
    index = "/index.php/informacion-publica-de-oficio"
    nav = _nav([("/", "Inicio"), (index, _w("vacios", "index")), ("/noticias/", "Noticias")])
    head_cells = "".join(f"<th>{_e(c)}</th>" for c in _w("vacios", "columns"))
    home_dir = "/home/munisjs/public_html/archivos/transparencia"
    routes: Routes = {}
    links = []
    seen: set[str] = set()
    for item in _present(items):
        page = f"{index}/{item.numeral}-{_slug(item.plain)[:30]}"
        links.append(f'<li><a href="{_e(page)}">{_e(item.label)}</a></li>')
        rows = []
        kinds = []
        for doc in item.docs:
            name = f"{file_stem(doc.name)}.pdf"
            if store == "static":
                doc.path = unique(f"/archivos/transparencia/numeral-{item.numeral}/{name}", seen)
            else:
                doc.path = "/descargar.php?archivo=" + quote(
                    unique(f"numeral-{item.numeral}/{name}", seen), safe="/"
                )
            size = 90_000 + zlib.crc32(doc.path.encode()) % 900_000
            headers = {}
            if store == "script":
                headers["Content-Disposition"] = f'attachment; filename="{name}"'
            stamp = _stamp(doc.modified)
            if doc.ok:
                big = draw(st.integers(0, 2)) == 2
                if big:
                    size = draw(st.integers(2, 6)) * 1024 * 1024 + size
                kinds.append("big" if big else "pdf")
                build.answers[doc.path] = Answer(
                    body=_pdf_body(doc),
                    size=size,
                    headers=headers,
                    ranges=store == "static",
                    last_modified=stamp,
                )
                shown = size
            else:
                kinds_here = (
                    ["zero", "cut"] if store == "static" else ["zero", "error", "warn", "cut"]
                )
                kind = draw(st.sampled_from(kinds_here))
                kinds.append(kind)
                shown = size
                if kind == "zero":
                    answer = Answer(body=b"", headers=headers, ranges=False, last_modified=stamp)
                    shown = 0
                elif kind == "error":
                    answer = Answer(body=str(_w("vacios", "error")).encode(), headers=headers)
                elif kind == "warn":
                    text = str(_w("vacios", "warning"))
                    text = text.replace("{file}", f"{home_dir}/numeral-{item.numeral}/{name}")
                    text = text.replace("{script}", "/home/munisjs/public_html/descargar.php")
                    text = text.replace("{line}", str(draw(st.integers(12, 48))))
                    answer = Answer(body=text.encode(), headers=headers)
                else:
                    answer = Answer(
                        body=_pdf_body(doc),
                        size=size,
                        headers=headers,
                        ranges=False,
                        cut=draw(st.integers(8, 48)) * 1024,
                        last_modified=stamp,
                    )
                build.answers[doc.path] = answer
            rows.append(
                f"<tr><td>{_e(doc.name)}</td><td>{_size_text(shown)}</td>"
                f'<td><a href="{_e(doc.path)}" class="btn btn-primary">'
                f"{_e(_w('vacios', 'download'))}</a></td></tr>"
            )
        portal.notes[item.numeral] = _note(item, f"{how}/{','.join(kinds) or '-'}")
        table = f"<table class='table'><tr>{head_cells}</tr>{''.join(rows)}</table>" if rows else ""
        crumb = breadcrumb(body, [(_w("vacios", "index"), index), (item.label, "")])
        main = paragraphs(item_words(item)) + table
        routes[page] = Resource(site_page(item.label, body, nav, crumb, main, f"{body} - {office}"))
    main = (
        f"<h2>{_e(_w('vacios', 'law'))}</h2>{_opening()}"
        f"<ul class='list-numerales'>{''.join(links)}</ul>"
    )
    routes[index] = Resource(
        site_page(_w("vacios", "index"), body, nav, "", main, f"{body} - {office}")
    )
    _home(routes, body, index, _w("vacios", "index"), nav)
    _PENDING[id(portal)] = build
    return routes


# -- redirigidos: document links that redirect -----------------------------------------------------


def _redirigidos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    body, title = _w("redirigidos", "body"), _w("redirigidos", "title")
    path = "/unidad/informacion-publica/"
    nav = _nav([("/", "Inicio"), (path, title), ("/noticias/", "Noticias")])
    lag = draw(st.integers(1, 12))
    number = draw(st.integers(100, 4000))
    routes: Routes = {}
    heading, sentence = _w("redirigidos", "not_found")
    routes["/404/"] = Resource(site_page(heading, body, nav, "", f"<p>{_e(sentence)}</p>", body))
    seen: set[str] = set()
    parts = [f"<p>{_e(_w('redirigidos', 'intro'))}</p>", _opening()]
    for item in _present(items):
        lis = []
        kinds = []
        for doc in item.docs:
            number += draw(st.integers(1, 30))
            day = uploaded(doc, today, lag) if doc.modified else today
            tail = unique(f"{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf", seen)
            old, new = f"/uploads/{tail}", f"/wp-content/uploads/{tail}"
            if doc.ok:
                kind = draw(st.sampled_from(["moved", "short", "twice", "see_other"]))
                if kind == "moved":
                    link = old
                    build.keep[old] = _apache_moved(301, new)
                elif kind == "short":
                    link = f"/d/{number}"
                    build.keep[link] = _apache_moved(draw(st.sampled_from([302, 307])), new)
                elif kind == "twice":
                    link = f"/d/{number}"
                    build.keep[link] = _apache_moved(302, old)
                    build.keep[old] = _apache_moved(301, new)
                else:
                    link = f"/descargar.php?id={number}"
                    build.keep[link] = _apache_moved(303, new)
                doc.path = new
                build.keep[new] = _pdf(doc, day)
            else:
                kind = draw(st.sampled_from(["soft404", "home", "loop", "gone"]))
                link = old if kind in ("loop", "gone") else f"/d/{number}"
                doc.path = link
                if kind == "soft404":
                    build.answers[link] = _answer_of(_apache_moved(302, "/404/"))
                elif kind == "home":
                    build.answers[link] = _answer_of(_apache_moved(302, "/"))
                elif kind == "loop":
                    moved = _error("nginx_301")
                    build.answers[old] = Answer(301, moved, "text/html", headers={"Location": new})
                    build.answers[new] = Answer(301, moved, "text/html", headers={"Location": old})
                else:
                    build.answers[old] = _answer_of(_apache_moved(301, new))
                    build.keep[new] = Resource(
                        _error("apache_404"), 404, "text/html; charset=iso-8859-1"
                    )
            kinds.append(kind)
            lis.append(f'<li><a href="{_e(link)}" target="_blank">{_e(doc.name)}</a></li>')
        portal.notes[item.numeral] = _note(item, f"redirigidos/{','.join(kinds) or '-'}")
        docs = f"<ul>{''.join(lis)}</ul>" if lis else ""
        parts.append(_heading(draw, item) + paragraphs(item_words(item)) + docs)
    parts.append(f"<p>{_e(_w('redirigidos', 'office'))}</p>")
    routes[path] = Resource(site_page(title, body, nav, "", "".join(parts), body))
    _home(routes, body, path, title, nav)
    _PENDING[id(portal)] = build
    return routes


def _answer_of(resource: Resource) -> Answer:
    headers = {"Location": resource.location} if resource.location else {}
    return Answer(resource.status, resource.body, resource.content_type, headers=headers)


# -- lentos: slow and odd document servers ---------------------------------------------------------


def _lentos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    conduct = draw(st.sampled_from(["stall", "head405", "head404", "norange", "slash", "noslash"]))
    failure = draw(st.sampled_from(["504", "head_lies", "dead", "mixed"]))
    how = f"lentos/{conduct}/fail={failure}"
    body, title = _w("lentos", "body"), _w("lentos", "title")
    index = "/informacion-publica/articulo-10/"
    nav = _nav([("/", "Inicio"), ("/informacion-publica/", title), (index, _w("lentos", "index"))])
    routes: Routes = {}
    links = []
    number = draw(st.integers(100, 900))
    seen: set[str] = set()
    for item in _present(items):
        page = f"{index}numeral-{item.numeral}/"
        links.append(f'<li><a href="{_e(page)}">{item.numeral}</a></li>')
        rows = []
        kinds = []
        for doc in item.docs:
            number += 1
            file = unique(f"/documentos/{number}-{file_stem(doc.name)}.pdf", seen)
            day = uploaded(doc, today, 4) if doc.modified else today
            stamp = _stamp(day)
            link = file
            if doc.ok:
                kind = (
                    conduct
                    if draw(st.integers(0, 3))
                    else draw(st.sampled_from(["stall", "head405", "head404", "norange"]))
                )
                doc.path = file
                if kind == "stall":
                    build.answers[file] = Answer(
                        body=_pdf_body(doc),
                        size=100_000 + zlib.crc32(file.encode()) % 500_000,
                        stall=draw(st.sampled_from([1.0, 1.5, 2.0, 2.5])),
                        last_modified=stamp,
                    )
                elif kind in ("head405", "head404"):
                    if kind == "head405":
                        refused = Answer(
                            405,
                            _error("apache_405"),
                            "text/html; charset=iso-8859-1",
                            headers={"Allow": "GET,POST,OPTIONS"},
                        )
                    else:
                        refused = Answer(404, _error("apache_404"), "text/html; charset=iso-8859-1")
                    build.answers[file] = Answer(
                        body=_pdf_body(doc), last_modified=stamp, head=refused
                    )
                elif kind == "norange":
                    build.answers[file] = Answer(
                        body=_pdf_body(doc),
                        size=draw(st.integers(1, 3)) * 1024 * 1024,
                        ranges=False,
                        last_modified=stamp,
                    )
                elif kind == "slash":
                    doc.path = file + "/"
                    link = file
                    build.keep[link] = _apache_moved(301, doc.path)
                    build.keep[doc.path] = _pdf(doc, day)
                    portal.headers[doc.path] = {
                        "Content-Disposition": f'inline; filename="{file.rsplit("/", 1)[1]}"'
                    }
                else:  # noslash: the link has the slash, the file has not
                    link = file + "/"
                    build.keep[link] = _apache_moved(301, file)
                    build.keep[file] = _pdf(doc, day)
            else:
                kind = failure
                if kind == "mixed":
                    kind = draw(st.sampled_from(["504", "head_lies", "dead"]))
                doc.path = file
                wait = draw(st.sampled_from([1.5, 2.0, 2.5]))
                if kind == "504":
                    build.keep[file] = Resource(_error("nginx_504"), 504, "text/html", delay=wait)
                elif kind == "head_lies":
                    build.keep[file] = Resource(
                        _error("apache_404"), 404, "text/html; charset=iso-8859-1"
                    )
                    build.answers[file] = Answer(
                        404,
                        _error("apache_404"),
                        "text/html; charset=iso-8859-1",
                        head=Answer(
                            body=_pdf_body(doc),
                            size=100_000 + zlib.crc32(file.encode()) % 500_000,
                            last_modified=stamp,
                        ),
                    )
                else:
                    build.answers[file] = Answer(
                        body=_pdf_body(doc),
                        size=100_000 + zlib.crc32(file.encode()) % 500_000,
                        ranges=False,
                        stall=wait,
                        cut=0,
                        last_modified=stamp,
                    )
            kinds.append(kind)
            rows.append(
                f"<tr><td>{_e(doc.name)}</td><td>{day.day:02d}/{day.month:02d}/{day.year}</td>"
                f'<td><a href="{_e(link)}" target="_blank">{_e(_w("lentos", "view"))}</a></td></tr>'
            )
        portal.notes[item.numeral] = _note(item, f"{how}/{','.join(kinds) or '-'}")
        table = f"<table class='documentos'>{''.join(rows)}</table>" if rows else ""
        heading = item.label if draw(st.booleans()) else f"Numeral {item.numeral}"
        main = (f"<p>{_e(item.label)}</p>" if heading != item.label else "") + paragraphs(
            item_words(item)
        )
        routes[page] = Resource(site_page(heading, body, nav, "", main + table, body))
    main = (
        f"<h2>{_e(_w('lentos', 'index'))}</h2><p>{_e(_w('lentos', 'law'))}</p>{_opening()}"
        f"<ul class='numerales'>{''.join(links)}</ul>"
    )
    routes[index] = Resource(site_page(_w("lentos", "index"), body, nav, "", main, body))
    routes["/informacion-publica/"] = Resource(
        site_page(
            title,
            body,
            nav,
            "",
            f"<p>{_e(_w('lentos', 'law'))}</p>"
            f'<p><a href="{index}">{_e(_w("lentos", "index"))}</a></p>',
            body,
        )
    )
    _home(routes, body, "/informacion-publica/", title, nav)
    _PENDING[id(portal)] = build
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "disfrazados": _disfrazados,
    "vacios": _vacios,
    "redirigidos": _redirigidos,
    "lentos": _lentos,
}


def _finish(portal: ExamPortal) -> Portal29:
    """Put the builder's document answers back over the noise's plain PDFs; attach the answers."""
    build = _PENDING.pop(id(portal), _Build())
    portal.routes.update(build.keep)
    values = {f.name: getattr(portal, f.name) for f in fields(portal)}
    return Portal29(**values, answers=build.answers)


def portals(layout: str | None = None) -> st.SearchStrategy[Portal29]:
    """Exam 29 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
