"""Generated portals: a hypothesis strategy drawing layout, wording, numeral form, archive depth
and noise, with the truth of every (portal, section) known from how it was drawn.

The wording comes from ``wording.toml`` (real Guatemalan portals, each string with its source);
nothing here reads the monitor's catalogue. Layouts:

* ``joomla``: the laip.gt / Joomla numbered menu, one page per numeral holding the law's wording
  and (or not) the documents.
* ``wordpress``: one "Información Pública" page, an <h2>/<h3>/bold heading per item; yearly items
  sometimes on a post whose permalink date (/2026/11/02/) is newer than its content.
* ``table``: one table for everything (number, item, documents, "actualizado" date), rows with
  "No aplica" and empty rows.
* ``lines``: paragraphs and list lines naming a numeral ("Artículo 10 Numeral 8 - Los
  informes mensuales…") followed by their documents.
* ``builder``: page-builder shortcodes printed as text (``[vc_tta_section title="1. ..."]``).
* ``accordion``: accordion / tab titles.
* ``dl``: a definition list, item in <dt>, documents in <dd>.
* ``numbers``: an "Artículo 10" menu whose links are only the number ("28").
* ``archive``: Artículo 10 → item → year → month → documents, folder listings newest or oldest
  first, pagination ("Siguiente").
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.compliance.fleet.server import Resource

LAYOUTS = (
    "joomla",
    "wordpress",
    "table",
    "lines",
    "builder",
    "accordion",
    "dl",
    "numbers",
    "archive",
    "javascript",
)
MESES = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
]
WORDING_PATH = Path(__file__).with_name("wording.toml")
Routes = dict[str, Resource]


def _load() -> dict[str, Any]:
    with WORDING_PATH.open("rb") as handle:
        return tomllib.load(handle)


WORDING = _load()
ITEMS: dict[int, dict[str, Any]] = {item["numeral"]: item for item in WORDING["items"]}


def section_id(numeral: int) -> str:
    """The monitor's section id of an Article 10 numeral (a JSON contract, not catalogue data)."""
    return f"art10.n{numeral:02d}"


@dataclass
class Doc:
    name: str
    path: str
    ok: bool = True
    modified: dt.date | None = None


@dataclass
class Item:
    """How one numeral is published on a generated portal, and the verdict that is right."""

    numeral: int
    truth: str  # ok | outdated | empty | not_applicable | missing | broken
    label: str  # how the portal names it (numeral form + wording + noise)
    plain: str  # the wording without numeral form
    docs: list[Doc] = field(default_factory=list)
    own_text: str = ""  # a statement of the municipality's own (content)
    law_text: str = ""  # the law's wording printed with the item (never content)
    phrase: str = ""  # an empty / "No aplica" phrase
    updated: str = ""  # "Actualizado: ..." text
    post: bool = False  # published on a WordPress post with a misleading permalink date
    archive: list[tuple[int, int | None, list[Doc]]] = field(default_factory=list)


@dataclass
class GeneratedPortal:
    layout: str
    today: dt.date
    routes: Routes
    items: list[Item]

    @property
    def truth(self) -> dict[str, str]:
        return {section_id(item.numeral): item.truth for item in self.items}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "item"


def _no_accents(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ñ", "\0").replace("Ñ", "\1"))
    out = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return out.replace("\0", "ñ").replace("\1", "Ñ")


_ABBREVIATIONS = {
    "Informes": "Inf.",
    "informes": "inf.",
    "ejecución": "ejec.",
    "presupuestaria": "presup.",
    "Información": "Info.",
    "información": "info.",
    "Artículo": "Art.",
    "Número": "No.",
    "servidores": "serv.",
}


def _add_days(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# -- strategies ----------------------------------------------------------------------------------


@st.composite
def _noisy(draw: st.DrawFn, text: str) -> str:
    """Typos, abbreviations, missing accents, capitals: one or two of them, or none."""
    kind = draw(st.sampled_from(["none", "none", "accents", "caps", "typo", "abbrev", "lower"]))
    if kind == "accents":
        return _no_accents(text)
    if kind == "caps":
        return _no_accents(text).upper() if draw(st.booleans()) else text.upper()
    if kind == "lower":
        return text.lower()
    if kind == "abbrev":
        words = [_ABBREVIATIONS.get(word, word) for word in text.split(" ")]
        return " ".join(words)
    if kind == "typo":
        words = text.split(" ")
        long = [i for i, word in enumerate(words) if len(word) >= 7 and word.isalpha()]
        if not long:
            return text
        i = draw(st.sampled_from(long))
        word = words[i]
        at = draw(st.integers(2, len(word) - 3))
        # A dropped or doubled letter, as typed in a hurry.
        words[i] = (
            word[:at] + word[at + 1 :] if draw(st.booleans()) else word[:at] + word[at] + word[at:]
        )
        return " ".join(words)
    return text


@st.composite
def _numeral_form(draw: st.DrawFn, numeral: int, wording: str, law: str, bare_ok: bool) -> str:
    forms = ["numeral", "dotted", "zero", "art", "article_law", "inciso", "ten_dot"]
    if bare_ok:
        forms.append("bare")
    form = draw(st.sampled_from(forms))
    if form == "numeral":
        return f"Numeral {numeral} - {wording}"
    if form == "dotted":
        return f"{numeral}. {wording}"
    if form == "zero":
        return f"{numeral:02d} - {wording}"
    if form == "art":
        return f"Art. 10 Num. {numeral} {wording}"
    if form == "inciso":
        return f"Inciso {numeral}: {wording}"
    if form == "ten_dot":
        return f"10.{numeral} {wording}"
    if form == "article_law":
        words = law.split()
        cut = " ".join(words[: draw(st.integers(5, 9))])
        return f"Artículo 10 Numeral {numeral} - {cut}…"
    return wording


def _month_doc(
    base: str,
    year: int,
    month: int,
    prefix: str,
    index: int,
    pattern: str = "{label} {month} {year}",
) -> Doc:
    name = _doc_name(pattern, base, year, month)
    return Doc(name, f"{prefix}/{_slug(name)}-{index}.pdf", True, _last_day(year, month))


def _doc_name(pattern: str, label: str, year: int, month: int | None, numeral: int = 0) -> str:
    name = MESES[(month or 1) - 1]
    return pattern.format(label=label, month=name, MONTH=name.upper(), year=year, numeral=numeral)


@st.composite
def _documents(
    draw: st.DrawFn, numeral: int, rhythm: str, truth: str, today: dt.date, prefix: str
) -> tuple[list[Doc], str]:
    """The documents of an item and an optional "Actualizado" text, dated to fit ``truth``."""
    base = draw(st.sampled_from([label["text"] for label in ITEMS[numeral]["labels"]]))
    base = base.split(",")[0][:40]
    count = draw(st.integers(1, 3))
    docs: list[Doc] = []
    updated = ""
    if rhythm == "monthly":
        pattern = draw(st.sampled_from([d["text"] for d in WORDING["documents"]["monthly"]]))
        pattern = pattern.replace("{numeral}", str(numeral))
        newest = draw(st.integers(0, 1)) if truth != "outdated" else draw(st.integers(3, 16))
        for back in range(newest, newest + count):
            year, month = _add_days(today, back)
            docs.append(_month_doc(base, year, month, prefix, back, pattern))
    elif rhythm == "yearly":
        pattern = draw(st.sampled_from([d["text"] for d in WORDING["documents"]["yearly"]]))
        if truth == "outdated":
            newest_year = today.year - (1 if today.month > 3 else 2) - draw(st.integers(0, 2))
        else:
            newest_year = today.year - (draw(st.integers(0, 1)) if today.month <= 3 else 0)
        for back in range(count):
            year = newest_year - back
            name = _doc_name(pattern, base, year, None, numeral)
            docs.append(Doc(name, f"{prefix}/{_slug(name)}.pdf", True, dt.date(year, 1, 20)))
    else:
        dated = draw(st.booleans())
        for index in range(count):
            year = today.year - draw(st.integers(0, 6))
            name = f"{base} {year}" if dated else f"{base} {index + 1}"
            docs.append(Doc(name, f"{prefix}/{_slug(name)}-{index}.pdf", True, dt.date(year, 3, 2)))
    if truth == "broken":
        for doc in docs:
            doc.ok = False
    if draw(st.integers(0, 4)) == 0 and docs and docs[0].modified is not None:
        # Some portals write the date beside the documents instead of in their names.
        newest = max(d.modified for d in docs if d.modified is not None)
        if rhythm == "monthly":
            day = min(newest, today)
            updated = f"Actualizado: {day.day:02d}/{day.month:02d}/{day.year}"
    return docs, updated


_TRUTHS = ("ok", "ok", "ok", "ok", "outdated", "empty", "missing", "not_applicable", "broken")


@st.composite
def _item(draw: st.DrawFn, numeral: int, layout: str, today: dt.date, forced: str | None) -> Item:
    data = ITEMS[numeral]
    rhythm = data["rhythm"]
    truth = forced or draw(st.sampled_from(_TRUTHS))
    if truth == "outdated" and rhythm == "on_change":
        truth = "ok"
    if truth == "not_applicable" and not data.get("not_applicable_in_practice", False):
        truth = "empty"
    if truth == "broken" and layout in ("table",) and draw(st.booleans()):
        truth = "ok"
    plain = draw(_noisy(draw(st.sampled_from([label["text"] for label in data["labels"]]))))
    # A label without a number only where portals write it so: headings and table cells.
    bare_ok = layout in ("wordpress", "table", "accordion", "dl")
    label = draw(_numeral_form(numeral, plain, data["law"]["text"], bare_ok))
    item = Item(numeral, truth, label, plain)
    prefix = f"/files/{numeral:02d}"
    if truth in ("ok", "outdated", "broken"):
        own = {5: "vision", 2: "address", 1: "functions"}.get(numeral)
        if own and truth == "ok" and layout not in ("table", "archive") and draw(st.booleans()):
            item.own_text = draw(st.sampled_from([s["text"] for s in WORDING["own"][own]]))
            if own == "vision":
                item.own_text = "Visión: " + item.own_text
        else:
            item.docs, item.updated = draw(_documents(numeral, rhythm, truth, today, prefix))
        if rhythm == "yearly" and layout == "wordpress" and draw(st.booleans()):
            item.post = True
    elif truth == "empty":
        if layout in ("joomla", "archive", "numbers") or draw(st.booleans()):
            item.law_text = data["law"]["text"]
        else:
            item.phrase = draw(st.sampled_from([p["text"] for p in WORDING["phrases"]["empty"]]))
    elif truth == "not_applicable":
        item.phrase = draw(
            st.sampled_from([p["text"] for p in WORDING["phrases"]["not_applicable"]])
        )
    if (truth != "empty" and layout in ("joomla", "numbers")) or draw(st.integers(0, 3)) == 0:
        item.law_text = item.law_text or data["law"]["text"]
    return item


@st.composite
def portals(draw: st.DrawFn, layout: str | None = None) -> GeneratedPortal:
    """One generated portal of ``layout`` (drawn when None) with its truth."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    today = draw(
        st.sampled_from([dt.date(2026, 11, 24), dt.date(2027, 1, 6), dt.date(2026, 12, 4)])
    )
    # A JavaScript-built portal carries another layout's content inside app shells.
    inner = draw(st.sampled_from(_JS_INNER)) if layout == "javascript" else layout
    items = [draw(_item(n, inner, today, None)) for n in range(1, 30)]
    builder = _BUILDERS[inner]
    routes = builder(items, today, draw)
    _add_noise(routes, items, today, draw)
    if layout == "javascript":
        _as_app_shell(routes)
    return GeneratedPortal(layout, today, routes, items)


def deep_archive_portal(today: dt.date) -> GeneratedPortal:
    """29 items × 3 years × 12 months of folders, every item current: the budget case."""
    items = []
    for numeral in range(1, 30):
        label = f"Numeral {numeral} - {ITEMS[numeral]['labels'][0]['text']}"
        item = Item(numeral, "ok", label, ITEMS[numeral]["labels"][0]["text"])
        item.law_text = ITEMS[numeral]["law"]["text"]
        for year in (today.year, today.year - 1, today.year - 2):
            for month in range(12, 0, -1):
                if (year, month) > (today.year, today.month):
                    continue
                doc = _month_doc(
                    f"Numeral {numeral}", year, month, f"/files/{numeral:02d}/{year}", month
                )
                item.archive.append((year, month, [doc]))
        items.append(item)
    routes = _archive_routes(items, today, newest_first=True, per_page=12)
    _home(routes, "/transparencia/articulo-10/", "Información Pública de Oficio")
    return GeneratedPortal("archive", today, routes, items)


# -- page builders -----------------------------------------------------------------------------


def _page(title: str, body: str, *, nav: str = "", today: dt.date | None = None) -> bytes:
    footer = WORDING["article"]["footer"]["text"]
    clock = ""
    if today is not None:
        clock = f"<p>Hoy es {today.day} de {MESES[today.month - 1].lower()} de {today.year}</p>"
    menu = (
        '<nav class="main-menu"><ul><li><a href="/">Inicio</a></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        f"{nav}</ul></nav>"
    )
    html_text = (
        f"<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{_e(title)} - "
        f"Municipalidad</title></head><body><header class='site-header'>{menu}"
        f"{clock}</header><main><h1>{_e(title)}</h1>{body}</main>"
        f"<footer class='site-footer'><p>{_e(footer)}</p></footer></body></html>"
    )
    return html_text.encode("utf-8")


def _doc_links(docs: list[Doc]) -> str:
    return "".join(f'<li><a href="{d.path}">{_e(d.name)}</a></li>' for d in docs)


def _serve_docs(routes: Routes, items: list[Item]) -> None:
    for item in items:
        docs = list(item.docs)
        for _y, _m, folder_docs in item.archive:
            docs += folder_docs
        for doc in docs:
            if not doc.ok:
                continue
            stamp = None
            if doc.modified is not None:
                stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
            routes[doc.path] = Resource(
                b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
                content_type="application/pdf",
                last_modified=stamp,
            )


def item_words(item: Item, *, law: bool = True) -> list[str]:
    """The item's words under its name, in order: law text, phrase, own text, "Actualizado"."""
    texts = [item.law_text if law else "", item.phrase, item.own_text, item.updated]
    return [text for text in texts if text]


def _words(item: Item, *, law: bool = True) -> str:
    """The item's words under its name as paragraphs."""
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item, law=law))


def _body(item: Item, *, law: bool = True) -> str:
    """What sits under an item's name: its words, then its documents."""
    docs = f"<ul>{_doc_links(item.docs)}</ul>" if item.docs else ""
    return _words(item, law=law) + docs


def _home(routes: Routes, index_path: str, index_title: str) -> None:
    routes["/"] = Resource(
        _page(
            "Bienvenidos",
            "<p>Municipalidad, trabajando por el desarrollo del municipio.</p>"
            f'<p><a href="{index_path}">{_e(index_title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>',
            nav=f'<li><a href="{index_path}">Transparencia</a></li>',
        )
    )


def _present(items: list[Item]) -> list[Item]:
    return [item for item in items if item.truth != "missing"]


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    links = []
    for item in _present(items):
        path = f"/index.php/{item.numeral:02d}-{_slug(item.plain)[:20]}"
        links.append(f'<li><a href="{path}">{_e(item.label)}</a></li>')
        body = _body(item)
        if item.docs and draw(st.booleans()):
            # Phoca Download style: the document behind an extension-less download link.
            rows = ""
            for i, doc in enumerate(item.docs):
                rows += f'<li><a href="{doc.path}">{_e(doc.name)}</a> <small>PDF</small></li>'
                del i
            body = f"<p>{_e(item.law_text)}</p>{_e(item.updated)}<ul>{rows}</ul>"
            if item.phrase:
                body += f"<p>{_e(item.phrase)}</p>"
        routes[path] = Resource(_page(item.label, body, today=today))
    index = "/index.php/informacion-publica"
    opening = WORDING["article"]["opening"]["text"]
    routes[index] = Resource(
        _page(
            "Información Pública de Oficio",
            f"<p>{_e(opening)}</p><ul class='list-numerales'>{''.join(links)}</ul>",
            today=today,
        )
    )
    _home(routes, index, "Información Pública de Oficio")
    return routes


def _post_path(today: dt.date, item: Item) -> str:
    return f"/{today.year}/{today.month:02d}/02/{_slug(item.plain)[:30]}/"


def _wordpress(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        if item.post:
            path = _post_path(today, item)
            routes[path] = Resource(_page(item.plain, _body(item), today=today))
            parts.append(head + f'<p><a href="{path}">Ver publicación</a></p>')
        else:
            parts.append(head + _body(item))
    path = "/informacion-publica/"
    routes[path] = Resource(_page("Información Pública", "".join(parts), today=today))
    _home(routes, path, "Información Pública")
    return routes


def _table(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    rows = ["<tr><th>No.</th><th>Información</th><th>Documentos</th><th>Actualizado</th></tr>"]
    for item in _present(items):
        number = str(item.numeral) if draw(st.booleans()) else f"{item.numeral:02d}"
        name = item.plain if draw(st.booleans()) else item.label
        if item.docs:
            cell = " ".join(
                f'<a href="{d.path}">{_e(draw(st.sampled_from(["Descargar", "Ver", d.name])))}</a>'
                for d in item.docs
            )
        else:
            cell = _e(item.phrase)
        newest = max((d.modified for d in item.docs if d.modified), default=None)
        when = ""
        if newest is not None and item.truth in ("ok", "outdated", "broken"):
            shown = min(newest, today)
            when = f"actualizado {shown.day:02d}/{shown.month:02d}/{shown.year}"
        rows.append(f"<tr><td>{number}</td><td>{_e(name)}</td><td>{cell}</td><td>{when}</td></tr>")
    path = "/transparencia/"
    body = f"<p>{_e(WORDING['article']['opening']['text'])}</p><table>{''.join(rows)}</table>"
    routes[path] = Resource(_page("Transparencia", body, today=today))
    _home(routes, path, "Transparencia")
    return routes


def _lines(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    parts = []
    for item in _present(items):
        if item.docs and draw(st.booleans()):
            links = " | ".join(f'<a href="{d.path}">{_e(d.name)}</a>' for d in item.docs)
            parts.append(f"<li>{_e(item.label)} {_e(item.updated)} {links}</li>")
        else:
            parts.append(f"<li>{_e(item.label)}</li>")
            inner = _body(item, law=False)
            if inner:
                parts.append(f"<li style='list-style:none'>{inner}</li>")
    path = "/ley-de-acceso/"
    body = f"<p>{_e(WORDING['article']['index_titles'][3]['text'])}</p><ul>{''.join(parts)}</ul>"
    routes[path] = Resource(_page("Ley de Acceso a la Información", body, today=today))
    _home(routes, path, "Ley de acceso a la información publica")
    return routes


def _builder(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    parts = ['<div class="entry-content"><p>[vc_row][vc_column][vc_tta_accordion]</p>']
    for item in _present(items):
        title = item.label.replace('"', "'")
        parts.append(f'<p>[vc_tta_section title="{_e(title)}" tab_id="t{item.numeral}"]</p>')
        parts.append(f"<p>[vc_column_text]</p>{_body(item)}<p>[/vc_column_text]</p>")
        parts.append("<p>[/vc_tta_section]</p>")
    parts.append("<p>[/vc_tta_accordion][/vc_column][/vc_row]</p></div>")
    path = "/informacion-publica-de-oficio/"
    routes[path] = Resource(_page("Información Pública de Oficio", "".join(parts), today=today))
    _home(routes, path, "Información Pública de Oficio")
    return routes


def _accordion(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    style = draw(st.sampled_from(["accordion-title", "elementor-tab-title", "panel-heading"]))
    parts = []
    for item in _present(items):
        parts.append(
            f'<div class="item"><div class="{style}"><a href="#tab-{item.numeral}">'
            f"{_e(item.label)}</a></div>"
            f'<div class="panel-body" id="tab-{item.numeral}">{_body(item)}</div></div>'
        )
    path = "/transparencia/informacion-publica/"
    routes[path] = Resource(_page("Información Pública", "".join(parts), today=today))
    _home(routes, path, "Información Pública")
    return routes


def _dl(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    parts = ["<dl>"]
    for item in _present(items):
        parts.append(f"<dt>{_e(item.label)}</dt><dd>{_body(item)}</dd>")
    parts.append("</dl>")
    path = "/laip/"
    routes[path] = Resource(_page("Información Pública de Oficio", "".join(parts), today=today))
    _home(routes, path, "Información Pública de Oficio")
    return routes


def _numbers(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    routes: Routes = {}
    links = []
    for item in _present(items):
        path = f"/articulo-10/{draw(st.sampled_from(['n', 'item', 'ver']))}-{item.numeral}"
        links.append(f'<li><a href="{path}">{item.numeral}</a></li>')
        title = item.label if draw(st.booleans()) else f"Numeral {item.numeral}"
        routes[path] = Resource(_page(title, _body(item), today=today))
    path = "/articulo-10/"
    body = (
        f"<h2>Artículo 10</h2><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f"<p>Numerales:</p><ul class='numerales'>{''.join(links)}</ul>"
    )
    routes[path] = Resource(_page("Decreto 57-2008 Art. 10", body, today=today))
    _home(routes, path, "Decreto 57-2008 Art. 10")
    return routes


def _archive(items: list[Item], today: dt.date, draw: st.DrawFn) -> Routes:
    # Turn each item's documents into year (and month) folders.
    for item in items:
        if not item.docs:
            continue
        extra_years = draw(st.integers(0, 2))
        folders: dict[tuple[int, int | None], list[Doc]] = {}
        monthly = ITEMS[item.numeral]["rhythm"] == "monthly"
        for doc in item.docs:
            assert doc.modified is not None
            key = (doc.modified.year, doc.modified.month if monthly else None)
            folders.setdefault(key, []).append(doc)
        newest_year = max(year for year, _m in folders)
        for year in range(newest_year - extra_years, newest_year):
            if monthly:
                for month in (12, 6):
                    doc = _month_doc(f"Numeral {item.numeral}", year, month, "/files/old", month)
                    doc.ok = item.truth != "broken"
                    folders.setdefault((year, month), []).append(doc)
        item.archive = [(y, m, docs) for (y, m), docs in folders.items()]
        item.docs = []
    newest_first = draw(st.booleans())
    routes = _archive_routes(
        items, today, newest_first=newest_first, per_page=draw(st.integers(3, 12))
    )
    _home(routes, "/transparencia/articulo-10/", "Información Pública de Oficio")
    return routes


def _archive_routes(
    items: list[Item], today: dt.date, *, newest_first: bool, per_page: int
) -> Routes:
    routes: Routes = {}
    links = []
    for item in _present(items):
        base = f"/transparencia/articulo-10/{_slug(item.plain)[:24]}-{item.numeral}"
        links.append(f'<li><a href="{base}/">{_e(item.label)}</a></li>')
        years = sorted({year for year, _m, _d in item.archive}, reverse=newest_first)
        body = _body(item) if not item.archive else f"<p>{_e(item.law_text)}</p>"
        if item.phrase:
            body += f"<p>{_e(item.phrase)}</p>"
        body += (
            "<table class='docman'>"
            + "".join(
                f'<tr><td><a href="{base}/{year}/">{year}</a></td><td>Carpeta</td></tr>'
                for year in years
            )
            + "</table>"
        )
        routes[base + "/"] = Resource(_page(item.label, body, today=today))
        for year in years:
            entries = [(m, docs) for y, m, docs in item.archive if y == year]
            if entries and entries[0][0] is None:
                docs = [doc for _m, ds in entries for doc in ds]
                routes[f"{base}/{year}/"] = Resource(
                    _page(f"{year}", f"<ul>{_doc_links(docs)}</ul>", today=today)
                )
                continue
            months = sorted(entries, key=lambda e: e[0] or 0, reverse=newest_first)
            pages = [months[i : i + per_page] for i in range(0, len(months), per_page)]
            for number, chunk in enumerate(pages):
                path = f"{base}/{year}/" + (f"?start={number * per_page}" if number else "")
                rows = "".join(
                    f'<li><a href="{base}/{year}/{MESES[(m or 1) - 1].lower()}/">'
                    f"{MESES[(m or 1) - 1]}</a></li>"
                    for m, _docs in chunk
                )
                more = ""
                if number + 1 < len(pages):
                    more = (
                        f'<p class="pagination"><a href="{base}/{year}/?start='
                        f'{(number + 1) * per_page}">Siguiente</a></p>'
                    )
                routes[path] = Resource(_page(f"{year}", f"<ul>{rows}</ul>{more}", today=today))
            for m, docs in entries:
                month_path = f"{base}/{year}/{MESES[(m or 1) - 1].lower()}/"
                routes[month_path] = Resource(
                    _page(MESES[(m or 1) - 1], f"<ul>{_doc_links(docs)}</ul>", today=today)
                )
    opening = WORDING["article"]["opening"]["text"]
    routes["/transparencia/articulo-10/"] = Resource(
        _page("Artículo 10", f"<p>{_e(opening)}</p><ul>{''.join(links)}</ul>", today=today)
    )
    _serve_docs(routes, items)
    return routes


_BUILDERS = {
    "joomla": _joomla,
    "wordpress": _wordpress,
    "table": _table,
    "lines": _lines,
    "builder": _builder,
    "accordion": _accordion,
    "dl": _dl,
    "numbers": _numbers,
    "archive": _archive,
}


def _add_noise(routes: Routes, items: list[Item], today: dt.date, draw: st.DrawFn) -> None:
    """Pages every portal has that publish no numeral: news, and the information office's own
    Misión / Visión (never the municipality's numeral 5)."""
    _serve_docs(routes, items)
    uip = WORDING["uip"]
    routes["/unidad-de-informacion-publica/"] = Resource(
        _page(
            uip["title"]["text"],
            f"<h2>Misión</h2><p>{_e(uip['mission']['text'])}</p>"
            f"<h2>Visión</h2><p>{_e(uip['vision']['text'])}</p>"
            f"<h2>Funciones</h2><p>{_e(uip['functions']['text'])}</p>",
            today=today,
        )
    )
    if draw(st.integers(0, 5)) == 0:
        # A page the portal fails to serve (HTTP 500): the portal cannot be read whole, so an
        # item found nowhere is unknown, not missing.
        routes["/transparencia/otros-documentos/"] = Resource(b"<h1>Error 500</h1>", 500)
        home = routes["/"]
        home.body = home.body.replace(
            b"</main>",
            b'<p><a href="/transparencia/otros-documentos/">Otros documentos</a></p></main>',
        )
        for item in items:
            if item.truth == "missing":
                item.truth = "unknown"
    news = "".join(f"<p>{_e(n['text'])}</p>" for n in WORDING["noise"]["news"])
    routes["/noticias/"] = Resource(
        _page("Noticias", '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>')
    )
    routes["/noticias/obra-calle-principal/"] = Resource(_page("Inauguran obra", news, today=today))


# A JavaScript-built portal (Next.js-like): every page is an empty app shell whose bundle fetches
# the page's HTML as JSON from the same host and mounts it; the content is that of another layout.
_JS_INNER = ("table", "lines", "accordion", "joomla")
_JS_BUNDLE = (
    "fetch(window.__PAGINA__).then(function (r) { return r.json(); }).then(function (d) {"
    " document.title = d.title; document.getElementById('__next').innerHTML = d.html; });"
)


def _as_app_shell(routes: Routes) -> None:
    pages = [
        path
        for path, resource in routes.items()
        if resource.status == 200 and resource.content_type.startswith("text/html")
    ]
    for number, path in enumerate(pages):
        original = routes[path].body.decode("utf-8")
        title = original.split("<title>", 1)[1].split("</title>", 1)[0]
        body = original.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        data = f"/api/paginas/{number}.json"
        routes[data] = Resource(
            json.dumps({"title": title, "html": body}).encode("utf-8"),
            content_type="application/json",
        )
        shell = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            "<title>Municipalidad</title>"
            f"<script>window.__PAGINA__ = {json.dumps(data)};</script>"
            "<script src='/_next/static/chunks/pages/_app.js' defer></script>"
            "</head><body><div id='__next'></div></body></html>"
        )
        routes[path] = Resource(shell.encode("utf-8"))
    routes["/_next/static/chunks/pages/_app.js"] = Resource(
        _JS_BUNDLE.encode("utf-8"), content_type="application/javascript"
    )
