"""Twenty-sixth exam: four portal layouts whose LINKS THE STAFF GOT WRONG, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is how their links are written.
The truth is what a citizen gets who clicks with a normal browser: the browser resolves the href as
the URL standard says (``\\`` read as ``/`` in an http(s) path, tabs and newlines dropped, leading
and trailing spaces stripped, ``.`` and ``..`` segments removed, spaces and non-ASCII letters
percent-encoded as UTF-8, never normalised to another Unicode form), requests it from the portal's
server (Linux: file names are case-sensitive and bytes are compared as they are) and opens what
comes back. Wording: ``wording.toml`` here (sources there). ``server`` starts this module's
``Server26``: the plain exam server, except that it answers the browser's form of a path written
with backslashes and knows its own port (pages that link their own host name it). Layouts:

* ``escritorio``: Masagua's one page "Información Pública de Oficio correspondiente al Año …"
  (headings and lists of "name (737Kb)"). Documents of items drawn ``broken`` are linked where the
  author had them on their own computer or office network, one habit per item: ``file:///C:/Users/
  <user>/<folder>/…``, ``C:\\Users\\…`` and ``D:\\UIP\\…`` (a browser reads "c:" as a scheme),
  ``\\\\SERVIDOR\\Compartida\\…`` (a host "servidor"), ``file://servidor-muni/…``, intranet hosts
  (``http://192.168.1.20/…``, ``http://10.24.2.25/…``, ``http://192.168.0.100:8080/…``,
  ``http://servidor-muni/…``) and ``http://localhost/…`` (a copy of the site built on the author's
  XAMPP). A citizen can reach none of them: truth ``broken``. The other items' documents are plain
  WordPress uploads (truth as drawn); the page sometimes shows a logo ``<img src="file:///C:/…">``.
* ``rutas``: Santa Lucía La Reforma's pages per numeral (law text, "Documento | Descargar" table),
  files under ``/images/transparencia/<year>/`` named as uploaded (spaces and accents, a slug, or a
  slug in capitals ending ``.PDF``). Every document of an ok / outdated item is linked in a form a
  browser repairs (the file is then served: truth as drawn): raw spaces and accents, UTF-8
  percent-encoding, backslashes (``/images\\transparencia\\2026\\…``), spaces and newlines around
  the href, ``../../`` or ``/index.php/../`` or ``/./`` segments, a protocol-relative
  ``//127.0.0.1:<port>/…`` or an absolute ``http://127.0.0.1:<port>/…`` link to the portal itself.
  Every document of a broken item is linked in a form no browser repairs while the file itself
  sits on the server under its real name: double-encoded (``%2520``, ``%25C3%25B3``), another case
  (``INFORME….pdf`` for ``informe….pdf``, ``.PDF`` for ``.pdf``), the name in Unicode NFD where the
  server has NFC, spaces written ``+`` (PHP's ``urlencode``) or backslashes percent-encoded
  (``%5C``): the server answers 404, truth ``broken``.
* ``sin-destino``: Palestina de Los Altos' page of Bootstrap collapse cards (every card header an
  ``href="#collapse-N"`` toggle) and a box "Si la información que necesitas no se encuentra
  publicada…" with a ``mailto:`` contact. Items drawn ``empty`` keep their law text or empty phrase
  and ONE control that looks like a document but leads to none: ``href="#"``,
  ``javascript:void(0)``, ``href=""``, an anchor to no element, a link to the home page, to a
  placeholder page ("Página en construcción", "Próximamente", or, as San Pablo La Laguna's, a page
  holding only the item's name), ``mailto:`` "Solicitar información" or ``tel:``. Truth ``empty``:
  the item is on the portal (not missing) but nothing was ever put behind it; no document was
  uploaded and then lost (not broken): a citizen clicking gets the same page, a blank page, an
  e-mail or a phone call, not information. Items drawn ``not_applicable`` keep their phrase, some
  with a ``mailto:`` "Solicitar información"; ok / outdated items link real documents; broken
  items link files the server does not have (404).
* ``office``: San Juan Sacatepéquez's index saved from Word ("Guardar como página web"):
  ``/uip/<name>.htm`` (windows-1252, ``MsoNormal``, ``<o:p>``, conditional comments, a ``MsoTable``
  of one row per item) with its ``<name>_archivos/`` folder (``filelist.xml``, ``image001.png``),
  reached from the site's menu. Documents of ok / outdated items are linked relatively
  (``../documentos/<year>/Informe%20….docx``) and served with their real types: ``.pdf``,
  ``.pdf.pdf``, ``.docx``, ``.doc``, ``.xlsx``, ``.xls``, ``.odt`` (truth as drawn). Documents of
  broken items are the author's mistakes: Office lock files (``~$forme….docx``, never uploaded),
  Windows shortcuts (``Informe… - Acceso directo.lnk``, never uploaded), Word's absolute links to
  the author's disk (``file:///C:\\Users\\…``), the file server (``file:///\\\\SERVIDOR\\…``) or
  Outlook's attachment cache (``…\\INetCache\\Content.Outlook\\…``): truth ``broken``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    hex_digits,
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
    ITEMS,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("escritorio", "rutas", "sin-destino", "office")
EXAM26: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam26 layout shares: "wordpress" (one page of
# headings, bare names, own text), "joomla" (a page per numeral with the law's text), "accordion"
# (sections of one page, empty phrases), "dl" (an item and its documents side by side).
_INNER = {"escritorio": "wordpress", "rutas": "joomla", "sin-destino": "accordion", "office": "dl"}
# Written where a page links the portal's own host; the server puts its port there when it starts.
PORT = "__PUERTO__"
HOST = f"127.0.0.1:{PORT}"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM26[section][key]["text"]


class Server26(ExamServer):
    """The exam's server as the portal's host answers a browser: a path the page writes with
    backslashes is requested with slashes (a browser's repair), so that is where it is served; a
    request that still carries backslashes (``%5C``) finds nothing. Pages naming the portal's own
    host get the port the server listens on."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, headers)
        port = self.url.rsplit(":", 1)[1].encode()
        fixed: dict[str, Resource] = {}
        for path, resource in self.routes.items():
            if PORT.encode() in resource.body:
                resource = dataclasses.replace(
                    resource, body=resource.body.replace(PORT.encode(), port)
                )
            fixed[path.replace("\\", "/")] = resource
        self.routes = fixed


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server26(portal.routes, portal.headers)


# -- shared page parts -----------------------------------------------------------------------------


def _stamp(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def _pdf(doc: Doc, day: dt.date | None) -> Resource:
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=_stamp(day),
    )


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


def _head(item: Item, draw: st.DrawFn, tags: Sequence[str] = ("h3", "h4", "strong")) -> str:
    tag = draw(st.sampled_from(list(tags)))
    if tag == "strong":
        return f"<p><strong>{_e(item.label)}</strong></p>"
    return f"<{tag}>{_e(item.label)}</{tag}>"


def _size(draw: st.DrawFn) -> str:
    """A file size as Masagua prints it: "737Kb", "19,7 MB", "617,882Kb"."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return f"{draw(st.integers(40, 990))}Kb"
    if kind == 1:
        return f"{draw(st.integers(1, 25))},{draw(st.integers(0, 9))} MB"
    return f"{draw(st.integers(100, 999))},{draw(st.integers(100, 999))}Kb"


def _year_month(doc: Doc, today: dt.date, lag: int) -> tuple[int, int]:
    day = uploaded(doc, today, lag) if doc.modified else today
    return day.year, day.month


# -- escritorio: links to the author's computer and the office's network --------------------------

_DESKTOP = ("file", "file-spaces", "drive", "drive-d", "unc", "file-host", "lan", "localhost")


def _desktop(form: str, doc: Doc, today: dt.date, draw: st.DrawFn) -> str:
    """Where the author had ``doc``: a link a citizen's browser cannot follow."""
    user = draw(st.sampled_from(list(_w("escritorio", "users"))))
    folder = draw(st.sampled_from(list(_w("escritorio", "folders"))))
    stem, year = file_stem(doc.name), today.year
    if form == "file":
        return f"file:///C:/Users/{user}/{folder}/Transparencia/{year}/{stem}.pdf"
    if form == "file-spaces":
        return f"file:///C:/Users/{user}/{folder}/INFORMACION%20PUBLICA/{quote(doc.name)}.pdf"
    if form == "drive":
        return f"C:\\Users\\{user}\\{folder}\\Informacion Publica {year}\\{doc.name}.pdf"
    if form == "drive-d":
        return f"D:\\UIP\\{year}\\{stem}.pdf"
    if form == "unc":
        return f"\\\\SERVIDOR\\Compartida\\UIP\\{year}\\{stem}.pdf"
    if form == "file-host":
        return f"file://servidor-muni/compartido/transparencia/{stem}.pdf"
    if form == "localhost":
        month = draw(st.integers(1, 12))
        return f"http://localhost/muni/wp-content/uploads/{year}/{month:02d}/{stem}.pdf"
    hosts = [h for h in _w("escritorio", "lan") if h not in ("localhost", "SERVIDOR")]
    host = draw(st.sampled_from(hosts))
    return f"http://{host}/transparencia/{year}/{stem}.pdf"


def _escritorio(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    body = _w("escritorio", "body")
    year = str(today.year)
    habits = draw(st.lists(st.sampled_from(_DESKTOP), min_size=1, max_size=3, unique=True))
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    parts = [
        f"<h2>{_e(_w('escritorio', 'title'))}</h2>",
        f"<p>{_e(_w('escritorio', 'intro').replace('{year}', year))}</p>",
        f"<p><strong>{_e(_w('escritorio', 'law'))}</strong></p>",
        f"<h2>{_e(_w('escritorio', 'heading').replace('{year}', year))}</h2>",
    ]
    if draw(st.booleans()):
        user = draw(st.sampled_from(list(_w("escritorio", "users"))))
        parts.insert(0, f'<p><img src="file:///C:/Users/{user}/Pictures/escudo.png" alt=""></p>')
    for item in _present(items):
        form = draw(st.sampled_from(habits))
        rows = []
        for doc in item.docs:
            if doc.ok:
                y, m = _year_month(doc, today, lag)
                doc.path = unique(
                    f"/wp-content/uploads/{y}/{m:02d}/{file_stem(doc.name)}.pdf", seen
                )
            else:
                doc.path = _desktop(form, doc, today, draw)
            rows.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a> ({_e(_size(draw))})</li>')
        lists = f"<ul>{''.join(rows)}</ul>" if rows else ""
        parts.append(_head(item, draw) + paragraphs(item_words(item)) + lists)
        how = f"escritorio/{form}" if item.truth == "broken" else "escritorio/uploads"
        portal.notes[item.numeral] = _note(item, how)
    index = "/informacion-publica/"
    nav = _nav([("/", "Inicio"), (index, "Transparencia"), ("/noticias/", "Noticias")])
    routes[index] = Resource(site_page("Transparencia", body, nav, "", "".join(parts), body))
    _home(routes, body, index, "Información Pública de Oficio", nav)
    return routes


# -- rutas: paths a browser repairs, and paths it cannot ------------------------------------------

_REPAIRED = ("raw", "percent", "backslash", "spaces", "dots", "index-dots", "dot", "proto", "abs")
_UNREPAIRED = ("double", "case", "nfd", "plus", "percent-backslash")


def _file_name(doc: Doc, style: str) -> str:
    if style == "spaces":
        return doc.name.replace("/", "-") + ".pdf"
    if style == "upper":
        return file_stem(doc.name).upper() + ".PDF"
    return file_stem(doc.name).lower() + ".pdf"


def _repaired(form: str, real: str) -> tuple[str, str]:
    """(href as written, the path in it a browser requests): forms a browser repairs."""
    if form == "raw":
        return real, real
    if form == "percent":
        written = quote(real)
        return written, written
    if form == "backslash":
        written = real.replace("/", "\\").replace("\\images", "/images", 1)
        return written, written
    if form == "spaces":
        return f"\n\t\t\t{real} \n", real
    if form == "dots":
        return "../../" + real.lstrip("/"), real
    if form == "index-dots":
        return "/index.php/.." + real, real
    if form == "dot":
        return "/." + real, real
    written = quote(real)
    if form == "proto":
        return f"//{HOST}{written}", written
    return f"http://{HOST}{written}", written


def _unrepaired_forms(real: str) -> list[str]:
    name = real.rsplit("/", 1)[1]
    forms = ["case", "percent-backslash"]
    if quote(name) != name:
        forms.append("double")
    if unicodedata.normalize("NFD", name) != name:
        forms.append("nfd")
    if " " in name:
        forms.append("plus")
    return forms


def _unrepaired(form: str, real: str) -> str:
    """The href as written in a form no browser repairs (the server answers 404)."""
    folder, name = real.rsplit("/", 1)
    if form == "double":
        return quote(quote(real))
    if form == "nfd":
        return unicodedata.normalize("NFD", real)
    if form == "plus":
        return f"{folder}/{name.replace(' ', '+')}"
    if form == "percent-backslash":
        return quote(real.replace("/", "\\")).replace("%5Cimages", "/images", 1)
    # Another case: the name in capitals, or only its extension.
    stem, _, ext = name.rpartition(".")
    other = f"{stem}.{ext.swapcase()}" if name.upper() == name or stem == "" else name.upper()
    if other == name:
        other = f"{stem}.{ext.swapcase()}"
    return f"{folder}/{other}"


def _rutas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    body = _w("rutas", "body")
    title = _w("rutas", "title")
    style = draw(st.sampled_from(["spaces", "spaces", "slug", "upper"]))
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    index = "/index.php/informacion-publica-municipal"
    nav = _nav([("/", "Inicio"), (index, title), ("/noticias/", "Noticias")])
    links = []
    columns = _w("rutas", "columns")
    for item in _present(items):
        path = f"{index}/{item.numeral}-{_slug(item.plain)[:30]}"
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        rows, forms = [], []
        for doc in item.docs:
            year, _ = _year_month(doc, today, lag)
            real = unique(f"/images/transparencia/{year}/{_file_name(doc, style)}", seen)
            if doc.ok:
                form = draw(st.sampled_from(_REPAIRED))
                written, doc.path = _repaired(form, real)
            else:
                form = draw(st.sampled_from(_unrepaired_forms(real)))
                written = doc.path = _unrepaired(form, real)
                # The file is on the server under its real name; only the link is wrong.
                routes[real] = _pdf(doc, uploaded(doc, today, lag) if doc.modified else None)
            forms.append(form)
            rows.append(
                f'<tr><td>{_e(doc.name)}</td><td><a href="{_e(written)}" target="_blank">'
                f"{_e(columns[1])}</a></td></tr>"
            )
        table = ""
        if rows:
            table = (
                f"<table class='table'><thead><tr><th>{_e(columns[0])}</th><th>{_e(columns[1])}"
                f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            )
        page = f"<p>{_e(item.law_text)}</p>" if item.law_text else ""
        page += paragraphs([t for t in item_words(item, law=False)]) + table
        trail = (
            f'<p class="trail"><a href="/">Inicio</a> › <a href="{_e(index)}">{_e(title)}</a></p>'
        )
        routes[path] = Resource(site_page(item.label, body, nav, trail, page, body))
        portal.notes[item.numeral] = _note(item, f"rutas/{style}/{'+'.join(forms) or '-'}")
    intro = f"<p>{_e(_w('rutas', 'intro'))}</p><p>{_e(_w('rutas', 'office'))}</p>"
    routes[index] = Resource(
        site_page(title, body, nav, "", intro + f"<ul>{''.join(links)}</ul>", body)
    )
    _home(routes, body, index, title, nav)
    return routes


# -- sin-destino: controls that look like documents and lead to none -------------------------------

_NOWHERE = (
    "hash",
    "void",
    "blank",
    "anchor",
    "home",
    "construccion",
    "proximamente",
    "vacia",
    "mailto",
    "tel",
)


def _sin_destino(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    body = _w("sin-destino", "body")
    index = "/informacion-publica/"
    nav = _nav([("/", "Inicio"), (index, "Información Pública"), ("/noticias/", "Noticias")])
    contact = _w("sin-destino", "contact")
    buttons = list(_w("sin-destino", "buttons"))
    placeholders = list(_w("sin-destino", "placeholders"))
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    cards = []
    for number, item in enumerate(_present(items), start=1):
        controls, how = [], "documents"
        for doc in item.docs:
            y, m = _year_month(doc, today, lag)
            doc.path = unique(f"/documentos/{y}/{m:02d}/{file_stem(doc.name)}.pdf", seen)
            word = draw(st.sampled_from(buttons))
            controls.append(
                f'<p>{_e(doc.name)} <a class="btn btn-primary" href="{_e(doc.path)}">'
                f"{_e(word)}</a></p>"
            )
        if item.truth == "empty":
            how = draw(st.sampled_from(_NOWHERE))
            word = draw(st.sampled_from(buttons))
            href = {
                "hash": "#",
                "void": "javascript:void(0)",
                "blank": "",
                "anchor": f"#documento-{item.numeral}",
                "home": "/",
                "mailto": f"mailto:{contact}",
                "tel": "tel:+50277631234",
            }.get(how)
            if href is None:
                href = f"/informacion-publica/numeral-{item.numeral}/"
                inside = (
                    "" if how == "vacia" else f"<p>{_e(draw(st.sampled_from(placeholders)))}</p>"
                )
                if how == "construccion":
                    inside = '<p><img src="/img/en-construccion.png" alt=""></p>' + inside
                routes[href] = Resource(site_page(item.plain, body, nav, "", inside, body))
            if how == "mailto":
                word = _w("sin-destino", "ask_button")
            elif how == "tel":
                word = _w("sin-destino", "call")
            controls.append(f'<p><a class="btn btn-primary" href="{_e(href)}">{_e(word)}</a></p>')
        elif item.truth == "not_applicable" and draw(st.booleans()):
            how = "mailto"
            controls.append(
                f'<p><a href="mailto:{_e(contact)}">{_e(_w("sin-destino", "ask_button"))}</a></p>'
            )
        cards.append(
            f'<div class="card"><div class="card-header" id="heading-{number}">'
            f'<a data-toggle="collapse" href="#collapse-{number}" aria-expanded="false">'
            f"{_e(item.label)}</a></div>"
            f'<div id="collapse-{number}" class="collapse"><div class="card-body">'
            f"{paragraphs(item_words(item))}{''.join(controls)}</div></div></div>"
        )
        portal.notes[item.numeral] = _note(item, f"sin-destino/{how}")
    main = (
        f"<h2>{_e(_w('sin-destino', 'heading'))}</h2><p>{_e(_w('sin-destino', 'ask'))}</p>"
        f'<p>Contacto: <a href="mailto:{_e(contact)}">{_e(contact)}</a></p>'
        f'<p><a href="/solicitud-de-informacion/">{_e(_w("sin-destino", "request"))}</a></p>'
        f'<div class="accordion" id="numerales">{"".join(cards)}</div>'
    )
    title = _w("sin-destino", "title")
    routes[index] = Resource(site_page(title, body, nav, "", main, body))
    routes["/solicitud-de-informacion/"] = Resource(
        site_page(_w("sin-destino", "request"), body, nav, "", "<form></form>", body)
    )
    routes["/img/en-construccion.png"] = Resource(
        b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png"
    )
    _home(routes, body, index, title, nav)
    return routes


# -- office: an index saved from Word, Office files, lock files and shortcuts ----------------------

_KINDS = (".pdf", ".pdf", ".pdf.pdf", ".docx", ".doc", ".xlsx", ".xls", ".odt")
_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".odt": "application/vnd.oasis.opendocument.text",
}
_MISTAKES = ("lock", "shortcut", "word-disk", "word-unc", "outlook")


def _office_name(doc: Doc) -> str:
    return doc.name.replace("/", "-")


def _mistake(form: str, doc: Doc, year: int, draw: st.DrawFn) -> tuple[str, str]:
    """(href as Word wrote it, the document's path): a broken item's document."""
    name = _office_name(doc)
    if form == "lock":
        ext = draw(st.sampled_from([".docx", ".xlsx"]))
        written = f"../documentos/{year}/{quote('~$' + name[2:] + ext)}"
        return written, written[2:]
    if form == "shortcut":
        written = f"../documentos/{year}/{quote(name + ' - Acceso directo.lnk')}"
        return written, written[2:]
    user = draw(st.sampled_from(list(_w("escritorio", "users"))))
    if form == "word-disk":
        written = f"file:///C:\\Users\\{user}\\Documents\\UIP {year}\\{name}.docx"
    elif form == "word-unc":
        written = f"file:///\\\\SERVIDOR\\UIP\\Transparencia\\{name}.pdf"
    else:
        cache = hex_digits(draw, 8).upper()
        written = (
            f"file:///C:\\Users\\{user}\\AppData\\Local\\Microsoft\\Windows\\INetCache\\"
            f"Content.Outlook\\{cache}\\{name}.pdf"
        )
    return written, written


def _word_page(title: str, folder: str, rows: str, header: str) -> bytes:
    generator = _w("office", "generator")
    text = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office'
        ':office"\nxmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.'
        'microsoft.com/office/2004/12/omml"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
        f'<meta name=ProgId content=Word.Document>\n<meta name=Generator content="{generator}">\n'
        f'<meta name=Originator content="{generator}">\n'
        f'<link rel=File-List href="{quote(folder)}/filelist.xml">\n'
        "<!--[if !mso]>\n<style>\nv\\:* {behavior:url(#default#VML);}\no\\:* {behavior:url"
        "(#default#VML);}\nw\\:* {behavior:url(#default#VML);}\n"
        ".shape {behavior:url(#default#VML);}\n</style>\n<![endif]-->\n"
        f"<title>{_e(title)}</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>UIP</o:Author>\n"
        " </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;'
        "text-decoration:underline;}\n-->\n</style>\n</head>\n\n"
        '<body lang=ES-GT link="#0563C1" vlink="#954F72" style=\'tab-interval:35.4pt\'>\n\n'
        "<div class=WordSection1>\n\n<p class=MsoNormal align=center style='text-align:center'>"
        "<span style='mso-no-proof:yes'><img width=96 height=96 "
        f'src="{quote(folder)}/image001.png"'
        ' v:shapes="Imagen_x0020_1"></span><o:p></o:p></p>\n\n'
        "<p class=MsoNormal align=center style='text-align:center'><b><span lang=ES-GT "
        f"style='font-size:14.0pt'>{_e(header)}<o:p></o:p></span></b></p>\n\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:"
        "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n"
        f"{rows}</table>\n\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n"
        "</div>\n\n</body>\n\n</html>\n"
    )
    return text.encode("cp1252", "xmlcharrefreplace")


def _cell(content: str, width: int) -> str:
    return (
        f" <td width={width} valign=top style='width:{width * 0.75:.1f}pt;border:solid windowtext "
        f"1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n{content} </td>\n"
    )


def _mso(text: str) -> str:
    return f"  <p class=MsoNormal><span lang=ES-GT>{_e(text)}<o:p></o:p></span></p>\n"


def _office(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    body = _w("office", "body")
    header = _w("office", "header")
    name = draw(st.sampled_from(list(_w("office", "pages")))).replace("{year}", str(today.year))
    folder = f"{name}_archivos"
    page = f"/uip/{name}.htm"
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    rows = []
    for item in _present(items):
        links, forms = [], []
        for doc in item.docs:
            year, _ = _year_month(doc, today, lag)
            if doc.ok:
                kind = draw(st.sampled_from(_KINDS))
                written = f"../documentos/{year}/{quote(_office_name(doc) + kind)}"
                doc.path = unique(written[2:], seen)
                written = ".." + doc.path
                forms.append(kind)
            else:
                form = draw(st.sampled_from(_MISTAKES))
                written, doc.path = _mistake(form, doc, year, draw)
                forms.append(form)
            links.append(
                f'  <p class=MsoNormal><span lang=ES-GT><a href="{_e(written)}">'
                f"<span style='color:#0563C1'>{_e(doc.name)}</span></a><o:p></o:p></span></p>\n"
            )
        words = "".join(_mso(text) for text in item_words(item))
        content = "".join(links) + words if links else words or _mso("\xa0")
        rows.append(
            " <tr>\n"
            + _cell(
                f"  <p class=MsoNormal><b><span lang=ES-GT>{_e(item.label)}</span></b>"
                "<o:p></o:p></p>\n",
                246,
            )
            + _cell(content, 394)
            + " </tr>\n"
        )
        portal.notes[item.numeral] = _note(item, f"office/{'+'.join(forms) or '-'}")
    routes[page] = Resource(
        _word_page(name, folder, "".join(rows), header), content_type="text/html"
    )
    files = "".join(f' <o:File HRef="{f}"/>\n' for f in ("image001.png", "filelist.xml"))
    routes[f"/uip/{folder}/filelist.xml"] = Resource(
        (
            '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            f' <o:MainFile HRef="../{quote(name)}.htm"/>\n{files}</xml>'
        ).encode(),
        content_type="text/xml",
    )
    routes[f"/uip/{folder}/image001.png"] = Resource(
        b"\x89PNG\r\n\x1a\n" + b"\0" * 64, content_type="image/png"
    )
    href = f"/uip/{quote(name)}.htm"
    nav = _nav([("/", "Inicio"), (href, "Información Pública"), ("/noticias/", "Noticias")])
    _home(routes, body, href, "Información Pública de Oficio", nav)
    return routes


def _finish(portal: ExamPortal) -> ExamPortal:
    """After the generator's noise (every ok document served as a PDF at its path): Office files
    get their own types and bodies."""
    for item in portal.items:
        for doc in item.docs:
            resource = portal.routes.get(doc.path)
            if not doc.ok or resource is None:
                continue
            kind = next((k for k in _TYPES if doc.path.lower().endswith(k)), None)
            if kind is not None:
                head = b"PK\x03\x04" if kind in (".docx", ".xlsx", ".odt") else b"\xd0\xcf\x11\xe0"
                portal.routes[doc.path] = dataclasses.replace(
                    resource, body=head + b"\0" * 512, content_type=_TYPES[kind]
                )
    return portal


_BUILDERS = {
    "escritorio": _escritorio,
    "rutas": _rutas,
    "sin-destino": _sin_destino,
    "office": _office,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 26 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
