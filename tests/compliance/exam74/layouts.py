"""Seventy-fourth exam's layouts: documents in parts, annexes, corrections and versions (the
theme, truth conventions and layouts are in this package's docstring, ``__init__.py``)."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
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
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    item_words,
)

LAYOUTS = ("lista", "tabla", "acordeon")
EXAM74: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: one WordPress page of
# headed items, a page per numeral with the law's text, an accordion of items.
_INNER = {"lista": "wordpress", "tabla": "joomla", "acordeon": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])
_ROMAN = ("I", "II", "III", "IV")


def _w(section: str, key: str) -> Any:
    return EXAM74[section][key]["text"]


def _pick(rng: random.Random, section: str, key: str) -> str:
    return str(rng.choice(list(_w(section, key))))


# -- the files of an item -----------------------------------------------------------------------


@dataclass
class _File:
    """One file as the page lists it."""

    name: str
    path: str
    ok: bool
    role: str  # report | part | zip | annex | companion | corrected | old | errata | letter
    up: dt.date  # the day it was put on the site
    year: int  # the year it is filed under (its period's, or its upload's)
    note: str = ""  # what the page prints beside it ("VERSIÓN CORREGIDA", "ANULADO", …)
    struck: str = ""  # "del" | "s" | "" : drawn struck through
    group: str = ""  # the report's name, for the parts of one report
    k: int = 0  # the part's number
    n: int = 0  # how many parts
    members: list[str] = field(default_factory=list)  # a ZIP's files


@dataclass
class _Shelf:
    """Where a portal's files go: paths, real ZIP bytes, the upload lag."""

    rng: random.Random
    today: dt.date
    folder: Callable[[Item, dt.date, int], str]  # (item, upload day, period year) -> folder
    files: Routes
    seen: set[str] = field(default_factory=set)
    lag: int = 5

    def path(self, item: Item, name: str, up: dt.date, year: int, ext: str = "pdf") -> str:
        return unique(f"{self.folder(item, up, year)}/{file_stem(name)}.{ext}", self.seen)

    def upload(self, doc: Doc) -> dt.date:
        return uploaded(doc, self.today, self.lag + self.rng.randint(0, 9))


def _period_year(doc: Doc, today: dt.date) -> int:
    return doc.modified.year if doc.modified is not None else today.year


def _treatments(rng: random.Random) -> str:
    return rng.choice(
        ["simple", "simple", "simple", "partes", "partes", "zip", "anexos", "anexos"]
        + ["corregido", "corregido", "erratas", "oficio", "oficio", "acta"]
    )


def _zip_bytes(members: Sequence[str], when: dt.date) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for member in members:
            info = zipfile.ZipInfo(member, date_time=(when.year, when.month, when.day, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, b"%PDF-1.4 " + member.encode() + b" " * 300)
    return buffer.getvalue()


def _pdf(name: str, when: dt.date) -> Resource:
    stamp = dt.datetime.combine(when, dt.time(10)).timestamp()
    return Resource(
        b"%PDF-1.4 " + name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _extra(shelf: _Shelf, f: _File) -> _File:
    """A file that is not one of the item's truth documents, served when ``f.ok``."""
    if f.ok:
        shelf.files[f.path] = _pdf(f.name, f.up)
    return f


def _older(doc: Doc, months: int) -> tuple[int, int]:
    assert doc.modified is not None
    index = doc.modified.year * 12 + doc.modified.month - 1 - months
    return index // 12, index % 12 + 1


def _newer_name(doc: Doc, today: dt.date, rhythm: str) -> tuple[str, int] | None:
    """``doc``'s name for the period a current report would cover (last month, this year), or
    None when its name does not say its period in a way that can be swapped."""
    if doc.modified is None:
        return None
    old_year, old_month = doc.modified.year, doc.modified.month
    if rhythm == "monthly":
        index = today.year * 12 + today.month - 2
        year, month = index // 12, index % 12 + 1
        name = doc.name
        for old, new in (
            (MESES[old_month - 1], MESES[month - 1]),
            (MESES[old_month - 1].upper(), MESES[month - 1].upper()),
        ):
            name = name.replace(old, new)
        name = name.replace(str(old_year), str(year))
    elif rhythm == "yearly":
        year = today.year
        name = doc.name.replace(str(old_year), str(year))
    else:
        return None
    return (name, year) if name != doc.name else None


def _publish(item: Item, shelf: _Shelf) -> tuple[list[_File], str]:
    """The files an item's page lists, in order, and how they were drawn. The item's truth
    documents (``item.docs``) become the files that ARE its information: the report, each of its
    parts, the ZIP of its parts, its corrected version. Annexes, companions, errata sheets, cover
    letters and superseded or withdrawn versions are listed beside them, never in ``item.docs``."""
    rng = shelf.rng
    today = shelf.today
    rhythm = item_rhythm(item)
    out: list[_File] = []
    docs: list[Doc] = []
    how: list[str] = []

    def truth(f: _File, modified: dt.date | None) -> _File:
        docs.append(Doc(f.name, f.path, f.ok, modified))
        return f

    for doc in item.docs:
        kind = _treatments(rng)
        how.append(kind)
        up = shelf.upload(doc)
        year = _period_year(doc, today)
        if kind == "partes":
            n = rng.choice([2, 2, 3, 3, 4])
            form = _pick(rng, "parts", "forms")
            for k in range(1, n + 1):
                name = form.format(name=doc.name, k=k, n=n, roman=_ROMAN[k - 1])
                f = _File(name, shelf.path(item, name, up, year), doc.ok, "part", up, year)
                f.group, f.k, f.n = doc.name, k, n
                out.append(truth(f, doc.modified))
        elif kind == "zip":
            n = rng.choice([2, 3, 4])
            name = _pick(rng, "parts", "zip").format(name=doc.name, n=n)
            f = _File(name, shelf.path(item, name, up, year, "zip"), doc.ok, "zip", up, year)
            stem = file_stem(doc.name)
            f.members = [f"{stem}-parte-{k}.pdf" for k in range(1, n + 1)]
            f.note = _pick(rng, "parts", "zip_note").format(n=n)
            f.n = n
            if f.ok:
                stamp = dt.datetime.combine(up, dt.time(10)).timestamp()
                shelf.files[f.path] = Resource(
                    _zip_bytes(f.members, up), content_type="application/zip", last_modified=stamp
                )
            out.append(truth(f, doc.modified))
        elif kind in ("anexos", "acta"):
            f = _File(doc.name, shelf.path(item, doc.name, up, year), doc.ok, "report", up, year)
            out.append(truth(f, doc.modified))
            if kind == "acta":
                name = f"{_pick(rng, 'annexes', 'companion')} - {doc.name}"
                out.append(
                    _extra(
                        shelf,
                        _File(
                            name, shelf.path(item, name, up, year), doc.ok, "companion", up, year
                        ),
                    )
                )
                continue
            plain = list(_w("annexes", "plain"))
            for index in range(rng.choice([1, 1, 2])):
                if doc.modified is not None and rng.random() < 0.4:
                    y, m = _older(doc, rng.randint(1, 3) if rhythm == "monthly" else 12)
                    name = _pick(rng, "annexes", "older").format(month=MESES[m - 1], year=y)
                else:
                    name = str(plain[(index + rng.randrange(len(plain))) % len(plain)])
                apath = shelf.path(item, f"{doc.name} {name}", up, year)
                out.append(_extra(shelf, _File(name, apath, doc.ok, "annex", up, year)))
        elif kind == "corregido":
            first = up
            second = min(first + dt.timedelta(days=rng.randint(2, 20)), today)
            cname = doc.name + _pick(rng, "corrections", "corrected")
            fixed = _File(
                cname, shelf.path(item, cname, second, year), doc.ok, "corrected", second, year
            )
            if rng.random() < 0.6:
                fixed.note = _pick(rng, "corrections", "replaces").format(
                    date=day_month_year(first)
                )
            old_ok = doc.ok and rng.random() < 0.6  # an ok item's old file is sometimes deleted
            old = _File(
                doc.name, shelf.path(item, doc.name, first, year), old_ok, "old", first, year
            )
            old.note = _pick(rng, "corrections", "old")
            old.struck = rng.choice(["del", "s", ""])
            how[-1] += "/viejo-" + ("sirve" if old_ok else "404")
            pair = [truth(fixed, doc.modified), _extra(shelf, old)]
            out += pair if rng.random() < 0.7 else pair[::-1]
        elif kind == "erratas":
            f = _File(doc.name, shelf.path(item, doc.name, up, year), doc.ok, "report", up, year)
            out.append(truth(f, doc.modified))
            later = min(up + dt.timedelta(days=rng.randint(3, 25)), today)
            ename = _pick(rng, "corrections", "errata").format(name=doc.name)
            out.append(
                _extra(
                    shelf,
                    _File(
                        ename, shelf.path(item, ename, later, year), doc.ok, "errata", later, year
                    ),
                )
            )
        elif kind == "oficio":
            lname = _letter(rng, up)
            letter = _File(lname, shelf.path(item, lname, up, year), doc.ok, "letter", up, year)
            report = _File(
                doc.name, shelf.path(item, doc.name, up, year), doc.ok, "report", up, year
            )
            pair = [_extra(shelf, letter), truth(report, doc.modified)]
            out += pair if rng.random() < 0.6 else pair[::-1]
        else:
            f = _File(doc.name, shelf.path(item, doc.name, up, year), doc.ok, "report", up, year)
            out.append(truth(f, doc.modified))

    # A newer report withdrawn before an outdated item's valid ones: it does not date the item.
    if item.truth == "outdated" and item.docs and rng.random() < 0.5:
        newest = max(item.docs, key=lambda d: d.modified or dt.date.min)
        swapped = _newer_name(newest, today, rhythm)
        if swapped is not None:
            name, year = swapped
            up = today - dt.timedelta(days=rng.randint(0, min(3, today.day - 1)))
            f = _File(name, shelf.path(item, name, up, year), True, "old", up, year)
            f.note = _pick(rng, "corrections", "withdrawn")
            f.struck = rng.choice(["del", "s", ""])
            out.insert(0, _extra(shelf, f))
            how.append("retirado-nuevo")

    # An item with nothing of its own may still list a cover letter, or a withdrawn file alone.
    if item.truth == "empty" and rng.random() < 0.45:
        up = today - dt.timedelta(days=rng.randint(3, 40))
        if rng.random() < 0.55:
            lname = _letter(rng, up)
            out.append(
                _extra(
                    shelf,
                    _File(lname, shelf.path(item, lname, up, up.year), True, "letter", up, up.year),
                )
            )
            how.append("solo-oficio")
        else:
            index = today.year * 12 + today.month - 2
            y, m = index // 12, index % 12 + 1
            name = f"{item.plain} {MESES[m - 1]} {y}"
            up = min(max(up, dt.date(y, m, 28) + dt.timedelta(days=4)), today)
            f = _File(name, shelf.path(item, name, up, y), True, "old", up, y)
            f.note = _pick(rng, "corrections", "withdrawn")
            f.struck = rng.choice(["del", "s"])
            out.append(_extra(shelf, f))
            how.append("solo-anulado")

    item.docs = docs
    return out, "+".join(how) or _how(item)


def _letter(rng: random.Random, up: dt.date) -> str:
    base = _pick(rng, "letters", "names").format(num=rng.randint(12, 480), year=up.year)
    return base + _pick(rng, "letters", "subject").format(date=day_month_year(up))


def _how(item: Item) -> str:
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for the layout's details, seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _anchor(f: _File, text: str, extra: str = "") -> str:
    return f'<a href="{_e(f.path)}" target="_blank"{extra}>{_e(text)}</a>'


def _strike(f: _File, html: str) -> str:
    return f"<{f.struck}>{html}</{f.struck}>" if f.struck else html


def _site(title: str, name: str, nav: str, body: str, css: str) -> Resource:
    html = (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(title)} – '
        f'{_e(name)}</title></head><body class="{css}"><header class="site-header"><p'
        f' class="site-title"><a href="/">{_e(name)}</a></p><nav class="main-navigation"><ul>'
        f'<li><a href="/">Inicio</a></li>{nav}<li><a href="/noticias/">Noticias</a></li>'
        f'</ul></nav></header><main id="main" class="site-main">{body}</main><footer'
        f' class="site-footer"><p>© {_e(name)}</p></footer></body></html>'
    )
    return Resource(html.encode("utf-8"))


def _home(name: str, nav: str, link: str, word: str) -> Resource:
    body = (
        f"<h1>{_e(name)}</h1><p>Bienvenidos al sitio oficial.</p>"
        f'<p><a href="{_e(link)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return _site(name, name, nav, body, "home")


# -- lista: one WordPress page, a heading per item, its files as a list ------------------------


def _lista_line(f: _File, rng: random.Random, sizes: bool) -> str:
    size = f" {_e(_pick(rng, 'lista', 'sizes'))}" if sizes and f.role != "zip" else ""
    note = f" <strong>{_e(f.note)}</strong>" if f.note else ""
    if f.role == "zip":
        note = f" <em>({_e(f.note)})</em>"
    return f"<li>{_strike(f, _anchor(f, f.name) + size)}{note}</li>"


def _lista(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    site = str(_w("lista", "site"))
    title = str(_w("lista", "title"))
    heading = draw(st.sampled_from(["h2", "h3", "p-strong"]))
    parts_inline = draw(st.booleans())
    sizes = draw(st.booleans())
    annex_nested = draw(st.booleans())
    shelf = _Shelf(
        rng, today, lambda _i, up, _y: f"/wp-content/uploads/{up.year}/{up.month:02d}", files
    )
    page = "/informacion-publica-de-oficio/"
    blocks = [
        f"<p>{_e(str(_w('lista', 'intro')).format(year=today.year))}</p><p>{_e(_OPENING)}</p>"
    ]
    for item in _present(items):
        listed, how = _publish(item, shelf)
        if heading == "p-strong":
            head = f"<p><strong>{_e(item.label)}</strong></p>"
        else:
            head = f"<{heading}>{_e(item.label)}</{heading}>"
        lines: list[str] = []
        i = 0
        while i < len(listed):
            f = listed[i]
            if f.role == "part" and parts_inline:
                group = [g for g in listed[i:] if g.role == "part" and g.group == f.group]
                links = " | ".join(
                    _anchor(
                        g, _pick(rng, "parts", "short").format(k=g.k, n=g.n, roman=_ROMAN[g.k - 1])
                    )
                    for g in group
                )
                lines.append(f"<li>{_e(f.group)}: {links}</li>")
                i += len(group)
                continue
            if f.role == "annex" and annex_nested and lines and lines[-1].endswith("</li>"):
                annexes = [a for a in listed[i:] if a.role == "annex"]
                run = []
                for a in annexes:
                    if listed[i] is not a:
                        break
                    run.append(_lista_line(a, rng, sizes))
                    i += 1
                lines[-1] = lines[-1][: -len("</li>")] + f"<ul>{''.join(run)}</ul></li>"
                continue
            lines.append(_lista_line(f, rng, sizes))
            i += 1
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        docs = f"<ul>{''.join(lines)}</ul>" if lines else ""
        blocks.append(head + words + docs)
        portal.notes[item.numeral] = (
            f"lista/{heading}/{'partes-en-linea' if parts_inline else 'partes-por-linea'}/"
            f"{item_rhythm(item)}/{how}"
        )
    nav = f'<li><a href="{page}">Transparencia</a></li>'
    body = (
        f'<article class="page type-page status-publish"><header class="entry-header"><h1'
        f' class="entry-title">{_e(title)}</h1></header><div class="entry-content">'
        f"{''.join(blocks)}</div></article>"
    )
    routes[page] = _site(title, site, nav, body, "page-template-default page")
    routes["/"] = _home(site, nav, page, title)
    _missing(portal, "lista")
    return routes


# -- tabla: an index of numerals, a page per numeral with a row per file ------------------------


def _tabla(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    site = str(_w("tabla", "site"))
    index_title = str(_w("tabla", "index_title"))
    index = "/transparencia/articulo-10/"
    date_col = draw(st.booleans())
    shelf = _Shelf(
        rng, today, lambda i, _up, _y: f"/transparencia/documentos/numeral-{i.numeral:02d}", files
    )
    columns = [str(c) for c in _w("tabla", "columns")]
    if not date_col:
        columns.remove("Fecha de publicación")
    nav = f'<li><a href="{index}">Transparencia</a></li>'
    entries = ""
    for item in _present(items):
        listed, how = _publish(item, shelf)
        path = f"/transparencia/articulo-10/numeral-{item.numeral}/"
        entries += f'<li><a href="{path}">{_e(item.label)}</a></li>'
        rows = ""
        for k, f in enumerate(listed, start=1):
            note = f.note
            if f.role == "part":
                note = str(_w("tabla", "part_note")).format(k=f.k, n=f.n)
            elif f.role in ("annex", "companion") and not note:
                note = str(_w("tabla", "annex_note"))
            elif f.role == "letter":
                note = str(_w("tabla", "letter_note"))
            cells = [
                str(k),
                _strike(f, _e(f.name)),
                _e(note),
            ]
            if date_col:
                cells.append(day_month_year(f.up))
            cells.append(
                _anchor(f, str(_w("tabla", "download")), ' class="btn btn-sm btn-primary"')
            )
            rows += "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        body = f"<h1>{_e(item.label)}</h1>"
        body += "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        if rows:
            heads = "".join(f"<th>{_e(c)}</th>" for c in columns)
            body += (
                f'<table class="table table-bordered"><thead><tr>{heads}</tr></thead>'
                f"<tbody>{rows}</tbody></table>"
            )
        elif item.truth == "empty" and not item.phrase:
            body += f'<div class="alert alert-info">{_e(_w("tabla", "none"))}</div>'
        body += f'<p><a href="{index}">« Volver al Artículo 10</a></p>'
        routes[path] = _site(item.label, site, nav, body, "numeral")
        portal.notes[item.numeral] = (
            f"tabla/{'con-fecha' if date_col else 'sin-fecha'}/{item_rhythm(item)}/{how}"
        )
    body = f'<h1>{_e(index_title)}</h1><p>{_e(_OPENING)}</p><ul class="numerales">{entries}</ul>'
    routes[index] = _site(index_title, site, nav, body, "articulo-10")
    routes["/"] = _home(site, nav, index, index_title)
    _missing(portal, "tabla")
    return routes


# -- acordeon: an accordion card per item, a <details> per year inside -------------------------


def _acordeon(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    site = str(_w("acordeon", "site"))
    title = str(_w("acordeon", "title"))
    year_word = str(draw(st.sampled_from(list(_w("acordeon", "year_word")))))
    newest_first = draw(st.sampled_from([True, True, False]))
    shelf = _Shelf(rng, today, lambda _i, _up, y: f"/archivos/laip/{y}", files)
    page = "/transparencia/"
    cards = ""
    for number, item in enumerate(_present(items)):
        listed, how = _publish(item, shelf)
        years = sorted({f.year for f in listed}, reverse=newest_first)
        inner = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        for j, year in enumerate(years):
            lines = ""
            for f in listed:
                if f.year != year:
                    continue
                note = f' — <span class="nota">{_e(f.note)}</span>' if f.note else ""
                lines += f"<li>{_strike(f, _anchor(f, f.name))}{note}</li>"
            is_open = " open" if j == 0 else ""
            inner += (
                f"<details{is_open}><summary>{_e(year_word.format(year=year))}</summary>"
                f"<ul>{lines}</ul></details>"
            )
        cid = f"collapse{number}"
        cards += (
            f'<div class="card"><div class="card-header" id="heading{number}"><h5 class="mb-0">'
            f'<button class="btn btn-link collapsed" type="button" data-toggle="collapse"'
            f' data-target="#{cid}" aria-expanded="false" aria-controls="{cid}">{_e(item.label)}'
            f'</button></h5></div><div id="{cid}" class="collapse" aria-labelledby="heading'
            f'{number}" data-parent="#accordionLaip"><div class="card-body">{inner}</div></div>'
            "</div>"
        )
        portal.notes[item.numeral] = (
            f"acordeon/{'reciente-primero' if newest_first else 'antiguo-primero'}/"
            f"{item_rhythm(item)}/{how}"
        )
    nav = f'<li><a href="{page}">Transparencia</a></li>'
    body = (
        f"<h1>{_e(title)}</h1><p>{_e(_OPENING)}</p>"
        f'<div class="accordion" id="accordionLaip">{cards}</div>'
    )
    routes[page] = _site(title, site, nav, body, "page transparencia")
    routes["/"] = _home(site, nav, page, title)
    _missing(portal, "acordeon")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal, Routes], Routes]] = {
    "lista": _lista,
    "tabla": _tabla,
    "acordeon": _acordeon,
}


@st.composite
def _portal(draw: st.DrawFn, layout: str | None) -> ExamPortal:
    """A portal drawn by the kit; the layout's own files (annexes, letters, old versions, real
    ZIPs) are added once the kit has served every ok truth document."""
    files: Routes = {}

    def build(items: list[Item], today: dt.date, inner: st.DrawFn, portal: ExamPortal) -> Routes:
        return _BUILDERS[portal.layout](items, today, inner, portal, files)

    portal = draw(exam_portal(layout, LAYOUTS, _INNER, dict.fromkeys(LAYOUTS, build)))
    portal.routes.update(files)
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 74 portals of ``layout`` (drawn when None) with their truth."""
    return _portal(layout)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
