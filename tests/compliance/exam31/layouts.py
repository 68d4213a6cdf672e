"""Thirty-first exam: four portal layouts whose items are NOT ONE-TO-ONE WITH NUMERALS: one row,
page or document published for several numerals, and one numeral split into parts or places, with
the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); the ok documents are served at their paths,
broken ones are not (a browser gets 404). Wording: ``wording.toml`` here (sources there; the
combined numeral forms are the brief's, not confirmed on a stored page). Layouts:

* ``tabla-rangos``: one table "Numeral | Descripción | Documento" (or "No. | Información |
  Archivo") in numeral order, where some rows cover several numerals of the same renewal rhythm
  that a municipality really answers with one report (2 and 3, 10 and 11, 20 and 22, 14 to 17,
  24 and 25, 26 and 28, …). The numeral cell is written "2 y 3", "10, 11 y 12", "14 al 17",
  "14 a 17", "24-25", "del 10 al 12", "20/22", now and then in Roman numerals ("XXIV y XXV"), bare
  or after "Numerales", "Art. 10 num.", "Incisos". The row's documents are ONE set, named for the
  row ("NUMERALES 10 y 11 octubre 2026"). Sometimes a later numeral of a row keeps a row of its
  own pointing to it ("22 | Compras directas | Ver numeral 20").
* ``grupos``: an index of pages per group of numerals ("Numerales 1 al 5", "Numerales 6-10", or
  groups of 3 to 7); a group title names exactly the numerals it publishes (a missing numeral
  inside a group turns the title into a list: "Numerales 6, 7, 9 y 10"). Inside, either one
  heading per item with its documents, or only the group title and ONE shared document list
  (ordered by numeral or newest upload first) whose file names say which numeral each file is
  ("Numeral 8 - …", "08. …", "NUM08_….pdf", "Art10-Num8-….pdf"), items without documents as one
  line each (their name and their phrase or the law's text).
* ``subnumerales``: an "Artículo 10" index of one page per numeral; the items that real portals
  split (4 by renglón, 7 budget / modifications, 8 income / expenditure, 18, 20, 22 by modality,
  29 "a) b) c)") are published in two or three parts, each with its own documents, as
  sub-headings, as tabs (all panes in the page), or with the first part on the numeral's page and
  the others on a linked sub-page ("Ver más documentos"). One part holds the item's drawn
  documents; each other part holds copies of the same periods, or stale periods (served, months or
  two years older), or nothing (an empty phrase), or (broken items) unserved files.
* ``combinados``: one page of headings; some pairs of numerals of the same rhythm share ONE
  combined document ("Informe de ejecución presupuestaria y de compras octubre 2026" for 8 and 22,
  "Plan Operativo Anual (POA) y Presupuesto … 2026" for 5 and 7, …), linked once: either under one
  heading naming both numerals ("Numerales 8 y 22"), or under one numeral's own heading ("… (incluye
  numeral 22)") while the other numeral's heading only says "La información del numeral 22 se
  publica junto con el numeral 8." with a "Ver numeral 8" link to that heading.

Truth. A numeral covered by a combined row or document has that row's truth as a citizen sees it
(a current document: ok; only stale ones: outdated; a document that is not served: broken; no
document and a phrase: empty or not applicable). Items are combined only with items of the same
renewal rhythm (monthly, yearly or on change), so the combined documents' dates mean the same for
each. Of the items of a combined row one is drawn as its leader: the row shows the leader's
documents (renamed for the row), phrase and "Actualizado" text, and EVERY item of the row takes the
leader's truth (a "No aplica" leader is never drawn for a row holding a numeral that always applies
to a municipality). Missing items and items published as the municipality's own statement
(functions, address, vision) are never combined. A numeral split into parts is published and
current when its current part is there: an ok item stays ok although another part is stale or
empty (a citizen reading the law finds the current report it asks for); an outdated item's other
parts are stale or empty (outdated); a broken item's other parts are unserved too (broken). Group
pages change no truth (each numeral's documents are its own, named by numeral).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

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
    item_words,
)

LAYOUTS = ("tabla-rangos", "grupos", "subnumerales", "combinados")
EXAM31: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam31 layout shares.
_INNER = {
    "tabla-rangos": "table",
    "grupos": "wordpress",
    "subnumerales": "numbers",
    "combinados": "wordpress",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# Numerals a municipality may declare "No aplica" (the generator's own flag).
_NA_CAPABLE = {n for n, data in ITEMS.items() if data.get("not_applicable_in_practice", False)}

# Rows of several numerals in ``tabla-rangos`` (numerals answered by one report; same rhythm).
_TABLE_COMBOS: tuple[tuple[int, ...], ...] = (
    (2, 3),
    (1, 6),
    (10, 11),
    (10, 11, 12),
    (20, 22),
    (11, 22),
    (8, 9),
    (4, 12),
    (14, 15, 16, 17),
    (16, 17),
    (14, 19),
    (24, 25),
    (21, 24, 25),
    (23, 27),
    (5, 7),
    (26, 28),
)
# Pairs sharing one combined document in ``combinados`` (the wording's ``pair_A_B``).
_DOC_PAIRS: tuple[tuple[int, ...], ...] = (
    (8, 22),
    (10, 11),
    (20, 22),
    (8, 9),
    (4, 12),
    (5, 7),
    (26, 28),
    (2, 3),
    (14, 19),
)
# Numerals ``subnumerales`` publishes in parts (the wording's ``splitN``).
_SPLITS = (4, 7, 8, 18, 20, 22, 29)

for _combo in _TABLE_COMBOS + _DOC_PAIRS:
    assert len({ITEMS[n]["rhythm"] for n in _combo}) == 1, _combo


def _w(section: str, key: str) -> Any:
    return EXAM31[section][key]["text"]


# -- the site --------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    index: str
    index_title: str
    routes: Routes = field(default_factory=dict)

    @property
    def nav(self) -> str:
        links = [
            ("/", str(_w("site", "home"))),
            (self.index, self.index_title),
            ("/noticias/", str(_w("site", "news"))),
            ("/unidad-de-informacion-publica/", "Unidad de Información Pública"),
        ]
        items = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for h, t in links)
        return f'<nav class="main-menu"><ul>{items}</ul></nav>'

    def put(
        self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
    ) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))

    def home(self) -> None:
        self.put(
            "/",
            self.name,
            f'<p><a href="{_e(self.index)}">{_e(self.index_title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
        )


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    return _Site(str(_w("site", "name")).format(town=town), index, title)


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _note(portal: ExamPortal, item: Item, how: str) -> None:
    portal.notes[item.numeral] = f"{portal.layout}/{how} truth={item.truth} docs={len(item.docs)}"


def _doc_list(docs: Sequence[Doc], texts: Sequence[str] | None = None) -> str:
    if not docs:
        return ""
    shown = texts or [d.name for d in docs]
    rows = "".join(
        f'<li><a href="{_e(d.path)}">{_e(text)}</a></li>'
        for d, text in zip(docs, shown, strict=True)
    )
    return f"<ul class='documentos'>{rows}</ul>"


def _words(item: Item, *, law: bool = True) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item, law=law))


def _heading_tag(draw: st.DrawFn, text: str, anchor: str = "") -> str:
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    ident = f' id="{anchor}"' if anchor else ""
    if tag == "strong":
        return f"<p{ident}><strong>{_e(text)}</strong></p>"
    return f"<{tag}{ident}>{_e(text)}</{tag}>"


def _period(item: Item, doc: Doc) -> str:
    """The period a document covers as staff write it: "octubre 2026" or "2026"."""
    if doc.modified is None:
        return ""
    if item_rhythm(item) == "monthly":
        return f"{MESES[doc.modified.month - 1].lower()} {doc.modified.year}"
    return str(doc.modified.year)


# -- several numerals written together -------------------------------------------------------------

_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _join(draw: st.DrawFn, numerals: Sequence[int], *, prefer_range: bool = False) -> str:
    """Several numerals as staff write them: "2, 3 y 4", "12 al 14", "6-10", "20/22", "XXIV y XXV"
    (Roman, rarely)."""
    nums = sorted(numerals)
    if len(nums) == 1:
        return str(nums[0])
    roman = draw(st.integers(0, 11)) == 11
    shown = [_roman(n) if roman else str(n) for n in nums]
    consecutive = all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))
    kinds = ["y", "comas", "barra"]
    if consecutive and len(nums) >= 3:
        ranges = ["al", "a", "guion", "del"]
        kinds = ranges if prefer_range else kinds + ranges
    elif consecutive:
        kinds.append("guion")
    kind = draw(st.sampled_from(kinds))
    also, comma, slash = str(_w("numerals", "and")), str(_w("numerals", "comma")), "/"
    if kind == "y":
        return comma.join(shown[:-1]) + also + shown[-1]
    if kind == "comas":
        return comma.join(shown)
    if kind == "barra":
        return slash.join(shown) if draw(st.booleans()) else f" {slash} ".join(shown)
    if kind == "guion":
        return f"{shown[0]}-{shown[-1]}"
    if kind == "del":
        return str(_w("numerals", "range_from")).format(a=shown[0], b=shown[-1])
    word = " al " if kind == "al" else " a "
    return f"{shown[0]}{word}{shown[-1]}"


def _prefixed(draw: st.DrawFn, text: str) -> str:
    return str(draw(st.sampled_from(_w("numerals", "prefixes")))).format(list=text)


# -- combining items -------------------------------------------------------------------------------


def _eligible(item: Item) -> bool:
    return item.truth != "missing" and not item.own_text


def _pick_groups(
    draw: st.DrawFn, items: list[Item], combos: Sequence[tuple[int, ...]]
) -> list[list[Item]]:
    """Disjoint groups of items to publish together, each from one of ``combos`` (members that
    are missing or the municipality's own statement are left out; a group needs two)."""
    by = {item.numeral: item for item in items}
    used: set[int] = set()
    groups: list[list[Item]] = []
    for combo in draw(st.permutations(list(combos))):
        if any(n in used for n in combo) or draw(st.integers(0, 2)) == 2:
            continue
        members = [by[n] for n in combo if _eligible(by[n])]
        if len(members) < 2:
            continue
        groups.append(members)
        used.update(m.numeral for m in members)
    return sorted(groups, key=lambda g: g[0].numeral)


def _leader(draw: st.DrawFn, members: list[Item]) -> Item:
    leader = draw(st.sampled_from(members))
    if leader.truth == "not_applicable" and any(m.numeral not in _NA_CAPABLE for m in members):
        leader = draw(st.sampled_from([m for m in members if m.truth != "not_applicable"]))
    return leader


def _combine(
    members: list[Item], leader: Item, pattern: str, listed: str, folder: str, seen: set[str]
) -> list[Doc]:
    """Give every member the leader's documents renamed by ``pattern`` ({list}: the numerals,
    {period}: the document's period; one shared set), phrase, "Actualizado" text and truth."""
    docs: list[Doc] = []
    names: set[str] = set()
    for doc in leader.docs:
        name = " ".join(pattern.format(list=listed, period=_period(leader, doc)).split())
        if name in names:
            name = f"{name} ({len(docs) + 1})"
        names.add(name)
        path = unique(f"/files/{folder}/{file_stem(name).lower()}.pdf", seen)
        docs.append(Doc(name, path, doc.ok, doc.modified))
    truth, phrase, updated = leader.truth, leader.phrase, leader.updated
    for member in members:
        member.truth = truth
        member.docs = list(docs)
        member.phrase = phrase
        member.updated = updated
        member.own_text = ""
    return docs


def _seen(items: list[Item]) -> set[str]:
    return {doc.path for item in items for doc in item.docs}


# -- tabla-rangos ----------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, "/transparencia/informacion-publica-de-oficio/")
    seen = _seen(items)
    groups = _pick_groups(draw, items, _TABLE_COMBOS)
    group_of = {m.numeral: g for g in groups for m in g}
    head = list(draw(st.sampled_from(_w("tabla", "headers"))))
    words = list(_w("tabla", "links"))

    def cell(docs: list[Doc], phrase: str) -> str:
        if not docs:
            return _e(phrase)
        return " ".join(
            f'<a href="{_e(d.path)}">{_e(draw(st.sampled_from([*words, d.name])))}</a>'
            for d in docs
        )

    rows = ["<tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    pointers: dict[int, tuple[str, str]] = {}  # later numeral of a row -> (row anchor, its text)
    for item in _present(items):
        group = group_of.get(item.numeral)
        if group is not None and item is not group[0]:
            if item.numeral in pointers:
                anchor, first = pointers[item.numeral]
                see = str(_w("combinados", "see")).format(a=first)
                rows.append(
                    f"<tr><td>{item.numeral}</td><td>{_e(item.plain)}</td>"
                    f'<td><a href="#{anchor}">{_e(see)}</a></td></tr>'
                )
            continue
        if group is None:
            number = str(item.numeral) if draw(st.booleans()) else f"{item.numeral:02d}"
            name = item.plain if draw(st.booleans()) else item.label
            rows.append(
                f"<tr><td>{number}</td><td>{_e(name)}</td>"
                f"<td>{cell(item.docs, item.phrase)}</td></tr>"
            )
            _note(portal, item, "fila")
            continue
        leader = _leader(draw, group)
        nums = [m.numeral for m in group]
        listed = _join(draw, nums)
        pattern = str(draw(st.sampled_from(_w("tabla", "file"))))
        docs = _combine(
            group,
            leader,
            pattern,
            listed,
            "numerales",
            seen,
        )
        number = _prefixed(draw, listed) if draw(st.integers(0, 2)) == 0 else listed
        joiner = draw(st.sampled_from([" / ", "; ", " y "]))
        description = joiner.join(m.plain for m in group)
        anchor = f"fila-{nums[0]}"
        extra = f"<p>{_e(leader.updated)}</p>" if leader.updated else ""
        rows.append(
            f'<tr id="{anchor}"><td>{_e(number)}</td><td>{_e(description)}</td>'
            f"<td>{cell(docs, leader.phrase)}{extra}</td></tr>"
        )
        repeat = draw(st.integers(0, 2)) == 0
        for member in group:
            how = f"fila-combinada[{number}]/lider={leader.numeral}"
            if repeat and member is not group[0]:
                pointers[member.numeral] = (anchor, str(nums[0]))
                how += "/fila-propia-remite"
            _note(portal, member, how)
    body = f"{_opening()}<table class='transparencia'>{''.join(rows)}</table>"
    site.put(site.index, site.index_title, body, [(site.index_title, "")])
    site.home()
    for item in items:
        portal.notes.setdefault(item.numeral, f"tabla-rangos/sin-fila truth={item.truth} docs=0")
    return site.routes


# -- grupos ----------------------------------------------------------------------------------------


def _chunks(draw: st.DrawFn) -> list[list[int]]:
    if draw(st.booleans()):
        size = draw(st.sampled_from([5, 5, 6, 10]))
        return [list(range(a, min(a + size, 30))) for a in range(1, 30, size)]
    out: list[list[int]] = []
    start = 1
    while start < 30:
        size = draw(st.integers(3, 7))
        out.append(list(range(start, min(start + size, 30))))
        start += size
    return out


def _grupos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, "/informacion-publica/")
    mode = draw(st.sampled_from(["encabezados", "lista"]))
    order = draw(st.sampled_from(["numeral", "fecha"]))
    style = str(draw(st.sampled_from(_w("grupos", "file_styles"))))
    seen: set[str] = set()
    present = {item.numeral: item for item in _present(items)}
    links = []
    for chunk in _chunks(draw):
        members = [present[n] for n in chunk if n in present]
        if not members:
            continue
        nums = [m.numeral for m in members]
        full = len(members) == len(chunk)
        title = "Numerales " + _join(draw, nums, prefer_range=full) if len(nums) > 1 else ""
        title = title or f"Numeral {nums[0]}"
        path = f"{site.index}numerales-{nums[0]}-{nums[-1]}/"
        links.append(f'<li><a href="{_e(path)}">{_e(title)}</a></li>')
        parts = [f"<p>{_e(str(_w('grupos', 'intro')))}</p>"]
        if mode == "encabezados":
            for m in members:
                parts.append(_heading_tag(draw, m.label) + _words(m) + _doc_list(m.docs))
                _note(portal, m, f"encabezados/{title}")
        else:
            files: list[tuple[Item, Doc]] = []
            for m in members:
                if not m.docs:
                    parts.append(f"<p><strong>{_e(m.label)}</strong></p>{_words(m)}")
                elif m.own_text or m.updated:
                    parts.append(f"<p>{_e(m.label)}: {_e(m.own_text or m.updated)}</p>")
                for doc in m.docs:
                    name = style.format(
                        n=m.numeral, nn=f"{m.numeral:02d}", name=doc.name, stem=file_stem(doc.name)
                    )
                    day = min(doc.modified or today, today)
                    stem = file_stem(name.removesuffix(".pdf"))
                    doc.path = unique(
                        f"/wp-content/uploads/{day.year}/{day.month:02d}/{stem}.pdf", seen
                    )
                    doc.name = name
                    files.append((m, doc))
                _note(portal, m, f"lista-compartida/{order}/{title}")
            if order == "fecha":
                files.sort(key=lambda pair: pair[1].modified or today, reverse=True)
            if files:
                parts.append(f"<h2>{_e(str(_w('grupos', 'shared_title')))}</h2>")
                parts.append(_doc_list([d for _m, d in files]))
        site.put(path, title, "".join(parts), [(site.index_title, site.index), (title, "")])
    body = f"{_opening()}<ul class='grupos-numerales'>{''.join(links)}</ul>"
    site.put(site.index, site.index_title, body, [(site.index_title, "")])
    site.home()
    for item in items:
        portal.notes.setdefault(item.numeral, f"grupos/no-publicado truth={item.truth} docs=0")
    return site.routes


# -- subnumerales ----------------------------------------------------------------------------------

_PART_NUMBER = re.compile(r"^(Numeral\s+)?\d+(\.\d+)?\s*([a-z]\))?\s*")


def _part_docs(
    draw: st.DrawFn, item: Item, part: str, kind: str, today: dt.date, seen: set[str]
) -> list[Doc]:
    """A part's own documents: copies of the item's periods ("actual"), older periods
    ("atrasado", served), unserved files ("roto"), or none ("vacio")."""
    if kind == "vacio":
        return []
    plain = _PART_NUMBER.sub("", part) or part
    rhythm = item_rhythm(item)
    back = draw(st.integers(4, 8))
    out: list[Doc] = []
    for doc in item.docs[:2]:
        day = doc.modified or today
        if kind == "atrasado":
            if rhythm == "monthly":
                index = day.year * 12 + day.month - 1 - back
                day = dt.date(index // 12, index % 12 + 1, 28)
            else:
                day = dt.date(day.year - 2, 1, 20)
        name = f"{plain} {_period(item, Doc('', '', True, day))}".strip()
        path = unique(f"/files/{item.numeral:02d}/partes/{file_stem(name).lower()}.pdf", seen)
        out.append(Doc(name, path, kind != "roto", day))
    return out


def _subnumerales(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, "/articulo-10/")
    style = draw(st.sampled_from(["encabezados", "pestanas", "subpagina"]))
    seen = _seen(items)
    empty_phrases = [p["text"] for p in WORDING["phrases"]["empty"]]
    links = []
    for item in _present(items):
        page = f"{site.index}numeral-{item.numeral}/"
        label = item.label if draw(st.booleans()) else str(item.numeral)
        links.append(f'<li><a href="{_e(page)}">{_e(label)}</a></li>')
        title = item.label if draw(st.booleans()) else f"Numeral {item.numeral}"
        crumbs = [(site.index_title, site.index), (title, "")]
        splittable = (
            item.numeral in _SPLITS
            and item.docs
            and item.truth in ("ok", "outdated", "broken")
            and draw(st.integers(0, 3)) > 0
        )
        if not splittable:
            site.put(page, title, _words(item) + _doc_list(item.docs), crumbs)
            _note(portal, item, "pagina")
            continue
        names = [
            str(p).format(n=item.numeral)
            for p in draw(st.sampled_from(_w("subnumerales", f"split{item.numeral}")))
        ]
        home = draw(st.integers(0, len(names) - 1))
        if item.truth == "broken":
            choices = ["roto"]
        elif item.truth == "outdated":
            choices = ["atrasado", "vacio"]
        elif item_rhythm(item) == "on_change":
            choices = ["actual", "vacio"]
        else:
            choices = ["actual", "atrasado", "vacio"]
        parts: list[tuple[str, list[Doc], str]] = []
        kinds = []
        extra: list[Doc] = []
        for k, name in enumerate(names):
            if k == home:
                parts.append((name, list(item.docs), ""))
                kinds.append("propio")
                continue
            kind = draw(st.sampled_from(choices))
            docs = _part_docs(draw, item, name, kind, today, seen)
            phrase = draw(st.sampled_from(empty_phrases)) if kind == "vacio" else ""
            parts.append((name, docs, phrase))
            kinds.append(kind)
            extra += docs
        item.docs = item.docs + extra

        def block(name: str, docs: list[Doc], phrase: str) -> str:
            return _doc_list(docs) + (f"<p>{_e(phrase)}</p>" if phrase else "")

        words = _words(item)
        if style == "encabezados":
            body = words + "".join(
                f"<h3>{_e(name)}</h3>{block(name, docs, phrase)}" for name, docs, phrase in parts
            )
        elif style == "pestanas":
            tabs = "".join(
                f'<li class="nav-item"><a class="nav-link{" active" if k == 0 else ""}" '
                f'data-toggle="tab" href="#parte-{item.numeral}-{k}">{_e(name)}</a></li>'
                for k, (name, _d, _p) in enumerate(parts)
            )
            panes = "".join(
                f'<div class="tab-pane fade{" show active" if k == 0 else ""}" '
                f'id="parte-{item.numeral}-{k}">{block(name, docs, phrase)}</div>'
                for k, (name, docs, phrase) in enumerate(parts)
            )
            body = (
                f'{words}<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div>'
            )
        else:
            first_name, first_docs, first_phrase = parts[0]
            more = f"{page}mas-documentos/"
            rest = "".join(
                f"<h3>{_e(name)}</h3>{block(name, docs, phrase)}"
                for name, docs, phrase in parts[1:]
            )
            names_rest = ", ".join(name for name, _d, _p in parts[1:])
            body = (
                f"{words}<h3>{_e(first_name)}</h3>{block(first_name, first_docs, first_phrase)}"
                f'<p><a href="{_e(more)}">{_e(str(_w("subnumerales", "more")))}</a> '
                f"({_e(names_rest)})</p>"
            )
            site.put(
                more,
                f"{item.label} ({names_rest})",
                rest,
                [(site.index_title, site.index), (title, page), (names_rest, "")],
            )
        site.put(page, title, body, crumbs)
        _note(portal, item, f"partes/{style}/{'+'.join(kinds)}")
    body = f"<h2>Artículo 10</h2>{_opening()}<ul class='numerales'>{''.join(links)}</ul>"
    site.put(site.index, site.index_title, body, [(site.index_title, "")])
    site.home()
    for item in items:
        portal.notes.setdefault(
            item.numeral, f"subnumerales/no-publicado truth={item.truth} docs=0"
        )
    return site.routes


# -- combinados ------------------------------------------------------------------------------------


def _combinados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, "/informacion-publica/")
    seen = _seen(items)
    pairs = _pick_groups(draw, items, _DOC_PAIRS)
    pair_of = {m.numeral: g for g in pairs for m in g}
    placed: dict[int, str] = {}  # numeral -> HTML placed at its position
    for pair in pairs:
        leader = _leader(draw, pair)
        a, b = pair[0].numeral, pair[1].numeral
        pattern = str(_w("combinados", f"pair_{a}_{b}"))
        docs = _combine(pair, leader, pattern, "", "informes", seen)
        kind = draw(st.sampled_from(["titulo", "remite"]))
        phrase = f"<p>{_e(leader.phrase)}</p>" if leader.phrase else ""
        updated = f"<p>{_e(leader.updated)}</p>" if leader.updated else ""
        if kind == "titulo":
            heading = _prefixed(draw, _join(draw, [a, b]))
            sep = draw(st.sampled_from([" – ", ": ", " - "]))
            text = heading.rstrip(":") + sep + f"{pair[0].plain} y {pair[1].plain}"
            placed[a] = _heading_tag(draw, text) + phrase + updated + _doc_list(docs)
            placed[b] = ""
            how = f"combinado/titulo/{heading}"
            for member in pair:
                _note(portal, member, f"{how}/lider={leader.numeral}")
            continue
        host = draw(st.sampled_from(pair))
        other = pair[1] if host is pair[0] else pair[0]
        anchor = f"numeral-{host.numeral}"
        includes = str(_w("combinados", "includes")).format(b=other.numeral)
        placed[host.numeral] = (
            _heading_tag(draw, f"{host.label} {includes}", anchor)
            + _words(host, law=draw(st.booleans()))
            + _doc_list(docs)
        )
        note = str(_w("combinados", "note")).format(a=host.numeral, b=other.numeral)
        see = str(_w("combinados", "see")).format(a=host.numeral)
        placed[other.numeral] = (
            _heading_tag(draw, other.label) + f'<p>{_e(note)} <a href="#{anchor}">{_e(see)}</a></p>'
        )
        _note(portal, host, f"combinado/remite/anfitrion/lider={leader.numeral}")
        _note(portal, other, f"combinado/remite/a-{host.numeral}/lider={leader.numeral}")
    parts = [_opening()]
    for item in _present(items):
        if item.numeral in pair_of:
            parts.append(placed[item.numeral])
            continue
        parts.append(_heading_tag(draw, item.label) + _words(item) + _doc_list(item.docs))
        _note(portal, item, "encabezado")
    site.put(site.index, site.index_title, "".join(parts), [(site.index_title, "")])
    site.home()
    for item in items:
        portal.notes.setdefault(item.numeral, f"combinados/no-publicado truth={item.truth} docs=0")
    return site.routes


# -- the strategy ----------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla-rangos": _tabla,
    "grupos": _grupos,
    "subnumerales": _subnumerales,
    "combinados": _combinados,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 31 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [*first, f"numeral-{numeral}", f"fila-{numeral}"] + [d.path for d in item.docs]
    return kit_snippet(portal, numeral, width, needles)
