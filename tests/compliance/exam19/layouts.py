"""Nineteenth exam: four portal layouts whose information is PUBLISHED AS WEB CONTENT, NOT AS
DOWNLOADABLE OFFICE / PDF FILES, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is what a "document" is. Every
document of the kit stays one thing at its own address, linked from the item, answering 200 when
the truth says it works and 404 when it is broken, but that thing is not a PDF: it is a web page
holding an HTML table of records, a scanned picture, a record's detail page or a printable report
of the body's system. Each holds the document's name and states the period it covers the way
Guatemalan portals and systems do ("Período: octubre 2026", "Información actualizada al 31 de
octubre de 2026", "Período del 01/10/2026 al 31/10/2026", "Ejercicio fiscal 2026", a "Fecha"
column whose days lie in the period), with the truth's own dates: an ok item's newest data is
current, an outdated item's is old. The records (names, amounts, NOG numbers) are invented; their
columns come from Guatemalan systems (``wording.toml``, sources there). Layouts:

* ``tabla-html``: an index of the items → one page per item holding its words and its data as
  HTML tables: the newest period's table on the page and links to every period's page, every
  period's table on the page (each with a link to its own page), or only the links (with a GET
  ``<select>`` of periods where the periods are addressed ``?periodo=2026-10``); a period's page
  (``…/numeral-8/2026-10/`` or ``…/?periodo=2026-10``) is the table under the document's name with
  its period in a ``<caption>``, a paragraph, under a heading, or nowhere but the name and the
  rows' dates. A broken item's period links answer 404 and nothing of its data is on its page.
* ``imagenes``: one WordPress page of headings whose documents are IMAGE SCANS (``.jpg`` /
  ``.jpeg`` / ``.png`` under ``/wp-content/uploads/<yyyy>/<mm>/``, ``-scaled`` in some portals,
  one to three sheets each): plain links "<name> (JPG, 312 KB)", medium thumbnails linking to the
  full picture (the name in ``alt`` or a ``wp-caption``), a classic ``[gallery]`` of 150x150
  thumbnails with captions (or only ``alt`` text), a fancybox gallery (``data-caption``), a block
  gallery (``figcaption``), or the full picture inserted in the page (an image block, no link).
  A broken document's picture and thumbnails answer 404.
* ``detalle``: a numbered menu → one page per numeral listing its records (a table "No. |
  Descripción | Fecha de publicación (or Período) | Ver detalle", a list of titles each with "Ver
  detalle »", or linked titles); each record's DETAIL PAGE (``detalle.php?id=N``,
  ``…/registro/N/`` or ``/transparencia/ver/N``) is a definition list or a two-column table of
  fields "Registro No. | Publicación | Período | Fecha de publicación | Unidad responsable"
  followed by the record's own data, as more fields (one purchase, one trip: "NPG | Fecha |
  Descripción | Proveedor | NIT | Monto") or, in some portals, as a table of its rows. A broken
  record's detail page answers 404.
* ``imprimir``: one "Información Pública" page of Bootstrap 3 accordion panels, each listing its
  PRINTABLE REPORTS: a table "Período | Reporte" of "Imprimir" buttons, names with a "[Ver
  reporte]" link opening a window, the newest report in an ``<iframe>`` above the list, or a form
  "Mes | Año | Generar reporte" above it; a report (``/reportes/nomina.php?mes=10&anio=2026``,
  ``/reportes/nomina/2026/10/`` or ``/Reportes/Reporte.aspx?tipo=nomina&periodo=202610``) is a
  bare system page: letterhead, the document's name and period, "Fecha de generación:" (the day
  it was put online), "Usuario:", the table, signature lines, a ``window.print()`` button, and in
  some portals "Fecha y hora de impresión:" stamped with the moment of the request (today).

Every present item is named (its label) by its heading, page, panel or breadcrumb, and each of its
documents is reached from there; a report page of ``imprimir`` names only its document, as such
systems do. ``empty`` / ``not_applicable`` / ``missing`` items keep the kit's phrases, law text or
absence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from string import Formatter
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    paragraphs,
    site_page,
    snippet,
    unique,
    uploaded,
    wording,
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

LAYOUTS = ("tabla-html", "imagenes", "detalle", "imprimir")
EXAM19: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam19 layout shares:
# * tabla-html: "dl" — a name, then its words and data (own text allowed, empty phrases).
# * imagenes: "wordpress" — one page of headings (bare names allowed, own text allowed).
# * detalle: "joomla" — one page per numeral (numbered labels, the law's text with every item).
# * imprimir: "accordion" — panel titles (own text allowed, empty phrases).
_INNER = {"tabla-html": "dl", "imagenes": "wordpress", "detalle": "joomla", "imprimir": "accordion"}

# What a builder serves at document paths. The generator's noise serves every ok document there
# as a PDF after the builder ran, so these are put back once the portal is built (``_finish``).
_DELIVERED: dict[int, dict[str, Resource]] = {}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def _word(section: str, key: str) -> str:
    return str(EXAM19[section][key]["text"])


def _words(section: str, key: str) -> list[str]:
    return [str(w) for w in EXAM19[section][key]["text"]]


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    """What a portal's pages share: the body's name and domain, the routes, what is delivered at
    document paths, the paths already taken."""

    body: str
    domain: str
    index: str
    routes: Routes
    today: dt.date
    delivered: dict[str, Resource] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date, index: str, portal: ExamPortal) -> _Site:
    town = str(draw(st.sampled_from(_words("page", "towns"))))
    body = _word("page", "name").format(town=town)
    domain = "muni" + _slug(town).replace("-", "") + ".gob.gt"
    site = _Site(body, domain, index, {}, today)
    _DELIVERED[id(portal)] = site.delivered
    return site


def _nav(site: _Site) -> str:
    return (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(_word("page", "home"))}</a></li>'
        f'<li><a href="{_e(site.index)}">{_e(_word("page", "transparency"))}</a></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        "</ul></nav>"
    )


def _shell(
    site: _Site, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
) -> bytes:
    footer = _word("page", "footer").format(body=site.body)
    trail = breadcrumb(_word("page", "home"), crumbs)
    return site_page(title, site.body, _nav(site), trail, body, footer)


def _home(site: _Site) -> None:
    title = _word("page", "transparency")
    site.routes["/"] = Resource(
        _shell(
            site,
            site.body,
            f'<p><a href="{_e(site.index)}">{_e(title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
        )
    )


def _finish(portal: ExamPortal) -> ExamPortal:
    """Serve what the builder delivers at document paths (the generator's noise served every ok
    document there as a PDF)."""
    portal.routes.update(_DELIVERED.pop(id(portal), {}))
    return portal


# -- periods -------------------------------------------------------------------------------------


def _span(item: Item, doc: Doc, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a document's records fall in: its month (up to today), its year (up to today),
    or, for a document kept until replaced, the weeks before its date."""
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        return doc.modified.replace(day=1), min(doc.modified, today)
    if rhythm == "yearly":
        year = doc.modified.year
        return dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)
    return doc.modified - dt.timedelta(days=40), doc.modified


@dataclass
class _Forms:
    """One portal's way of stating a period, per rhythm (indexes into ``[period]``)."""

    monthly: int
    yearly: int
    on_change: int


def _forms(draw: st.DrawFn) -> _Forms:
    period = EXAM19["period"]
    return _Forms(
        draw(st.integers(0, len(period["monthly"]) - 1)),
        draw(st.integers(0, len(period["yearly"]) - 1)),
        draw(st.integers(0, len(period["on_change"]) - 1)),
    )


def _period(item: Item, doc: Doc, today: dt.date, up: dt.date, forms: _Forms) -> str:
    """The line stating the period a document covers, in the portal's form."""
    start, end = _span(item, doc, today)
    rhythm = item_rhythm(item)
    index = getattr(forms, rhythm)
    form = str(EXAM19["period"][rhythm][index]["text"])
    month = MESES[start.month - 1]
    return form.format(
        mes=month.lower(),
        Mes=month,
        anio=start.year,
        dia=end.day,
        ini=day_month_year(start),
        fin=day_month_year(end),
        fecha=day_month_year(up),
    )


def _short(item: Item, doc: Doc) -> str:
    """The period as a link's or a crumb's text: "Octubre 2026", "2026", or the document's name."""
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        return f"{MESES[doc.modified.month - 1]} {doc.modified.year}"
    if rhythm == "yearly":
        return str(doc.modified.year)
    return doc.name


def _key(item: Item, doc: Doc, index: int) -> str:
    """The period as an address part: "2026-10", "2026", or the document's place in the list."""
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        return f"{doc.modified.year}-{doc.modified.month:02d}"
    if rhythm == "yearly":
        return str(doc.modified.year)
    return f"{doc.modified.year}-{index + 1}"


def _newest(item: Item) -> Doc:
    return max(item.docs, key=lambda d: d.modified or dt.date.min)


def _ups(site: _Site, item: Item, draw: st.DrawFn) -> dict[int, dt.date]:
    """The day each document was put online (by its place in the item's list)."""
    return {
        i: uploaded(doc, site.today, draw(st.integers(1, 12))) for i, doc in enumerate(item.docs)
    }


# -- records -------------------------------------------------------------------------------------


def _money(amount: float) -> str:
    return f"Q {amount:,.2f}"


def _spec(item: Item) -> dict[str, Any]:
    spec: dict[str, Any] = EXAM19["tables"][str(item.numeral)]
    return spec


def _value(draw: st.DrawFn, key: str, span: tuple[dt.date, dt.date]) -> str:
    """A value for one placeholder of a cell (drawn afresh for every cell)."""
    values = EXAM19["values"]
    if key == "nombre":
        first = draw(st.sampled_from(values["first_names"]["text"]))
        last = draw(st.lists(st.sampled_from(values["surnames"]["text"]), min_size=2, max_size=2))
        return f"{first} {' '.join(last)}"
    if key in ("empresa", "aldea"):
        pool = values["companies" if key == "empresa" else "villages"]["text"]
        return str(draw(st.sampled_from(pool)))
    if key in ("q", "qp", "qg"):
        low, high = {"q": (25_001, 90_000), "qp": (300, 25_000)}.get(key, (90_001, 4_500_000))
        return _money(draw(st.integers(low, high)) + draw(st.integers(0, 99)) / 100)
    if key == "fecha":
        days = max(0, (span[1] - span[0]).days)
        return day_month_year(span[0] + dt.timedelta(days=draw(st.integers(0, days))))
    if key == "nog":
        return str(draw(st.integers(10_000_000, 29_999_999)))
    if key == "npg":
        return f"E{draw(st.integers(400_000_000, 699_999_999))}"
    if key == "nit":
        return f"{draw(st.integers(100_000, 9_999_999))}-{draw(st.integers(0, 9))}"
    if key == "snip":
        return str(draw(st.integers(200_000, 399_999)))
    if key == "cuenta":
        return (
            f"{draw(st.integers(100, 999))}-{draw(st.integers(100_000, 999_999))}-"
            f"{draw(st.integers(0, 9))}"
        )
    if key == "pct":
        return f"{draw(st.integers(5, 99))}.{draw(st.integers(0, 99)):02d} %"
    if key == "tel":
        return f"{draw(st.sampled_from([77, 78, 79]))}{draw(st.integers(10, 99))}-" + str(
            draw(st.integers(1000, 9999))
        )
    if key == "ext":
        return str(draw(st.integers(101, 130)))
    return str(draw(st.integers(1, 9)))  # "n"


def _fill(
    draw: st.DrawFn, site: _Site, span: tuple[dt.date, dt.date], cells: list[str], number: int
) -> list[str]:
    """One row: its template's cells with their placeholders filled (a pay line adds up)."""
    salary = draw(st.integers(30, 180)) * 100 + draw(st.sampled_from([0, 25, 50]))
    bono = 250
    row = {
        "i": str(number),
        "salario": _money(salary),
        "bono": _money(bono),
        "total": _money(salary + bono),
        "anio": str(span[0].year),
        "dominio": site.domain,
    }
    out = []
    for cell in cells:
        names = {name for _text, name, _spec, _conv in Formatter().parse(cell) if name}
        values = dict(row)
        for name in sorted(names - row.keys()):
            values[name] = _value(draw, name, span)
        out.append(cell.format(**values))
    return out


def _day(text: str) -> tuple[int, int, int]:
    day, month, year = (int(part) for part in text.split("/"))
    return year, month, day


def _rows(draw: st.DrawFn, site: _Site, item: Item, doc: Doc) -> list[list[str]]:
    """The records of one document: some of the numeral's row templates, filled in (sorted by
    their first date where they have one)."""
    spec = _spec(item)
    templates = spec["rows"]
    low = min(3, len(templates))
    chosen = draw(
        st.lists(
            st.integers(0, len(templates) - 1),
            min_size=low,
            max_size=len(templates),
            unique=True,
        )
    )
    span = _span(item, doc, site.today)
    rows = [
        _fill(draw, site, span, [str(c) for c in templates[index]], number)
        for number, index in enumerate(sorted(chosen), start=1)
    ]
    dated = [i for i, head in enumerate(spec["header"]) if str(head).startswith("Fecha")]
    if dated:
        rows.sort(key=lambda row: _day(row[dated[0]]))
    return rows


def _table(item: Item, rows: list[list[str]], css: str, caption: str = "") -> str:
    head = "".join(f"<th>{_e(str(h))}</th>" for h in _spec(item)["header"])
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    return (
        f'<table class="{_e(css)}">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )


def _note(item: Item, text: str) -> str:
    return f"{text}/{item.truth}/{len(item.docs)} docs"


# -- tabla-html ----------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/informacion-publica-de-oficio/", portal)
    mode = draw(st.sampled_from(["reciente", "todas", "enlaces"]))
    place = draw(st.sampled_from(["caption", "parrafo", "encabezado", "ninguno"]))
    address = draw(st.sampled_from(["carpeta", "consulta"]))
    link_text = draw(st.sampled_from(["nombre", "periodo"]))
    by_numeral = draw(st.booleans())
    info = draw(st.booleans())
    css = str(draw(st.sampled_from(_words("tabla", "table_class"))))
    forms = _forms(draw)
    title = _word("page", "transparency")
    links = []

    def block(item: Item, doc: Doc, period: str, rows: list[list[str]], tag: str) -> str:
        """A document's data: its name (as ``tag``), the period where the portal puts it, the
        table, the line naming its source."""
        head = f"<{tag}>{_e(doc.name)}</{tag}>" if tag else ""
        if place == "caption":
            table = _table(item, rows, css, period)
        else:
            table = _table(item, rows, css)
            if place == "parrafo":
                table = f'<p class="periodo"><strong>{_e(period)}</strong></p>' + table
            elif place == "encabezado":
                table = f"<h3>{_e(period)}</h3>" + table
        more = ""
        if info:
            count = _e(_word("page", "rows_info").format(n=len(rows)))
            more = f'<p class="dataTables_info">{count}</p>'
        source = _e(_word("page", "source_line").format(office=_spec(item)["office"]))
        return f'{head}<div class="tabla-datos">{table}{more}<p class="fuente">{source}</p></div>'

    for item in _present(items):
        slug = f"numeral-{item.numeral}" if by_numeral else _slug(item.plain)[:40]
        base = unique(f"{site.index}{slug}/", site.seen)
        links.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a></li>')
        ups = _ups(site, item, draw)
        blocks: dict[int, str] = {}
        for index, doc in enumerate(item.docs):
            key = _key(item, doc, index)
            path = f"{base}{key}/" if address == "carpeta" else f"{base}?periodo={key}"
            doc.path = unique(path, site.seen)
            period = _period(item, doc, today, ups[index], forms)
            rows = _rows(draw, site, item, doc)
            blocks[index] = block(item, doc, period, rows, "")
            if doc.ok:
                back = f'<p><a href="{_e(base)}">{_e(_word("page", "back"))}</a></p>'
                crumbs = [(title, site.index), (item.label, base), (_short(item, doc), "")]
                site.delivered[doc.path] = Resource(
                    _shell(site, doc.name, blocks[index] + back, crumbs)
                )
        body = paragraphs(item_words(item))
        working = bool(item.docs) and all(d.ok for d in item.docs)
        shown = mode if working else "enlaces"
        if item.docs:
            listing = "".join(
                f'<li><a href="{_e(d.path)}">'
                f"{_e(d.name if link_text == 'nombre' else _short(item, d))}</a></li>"
                for d in item.docs
            )
            others = f"<p>{_e(_word('tabla', 'others'))}</p><ul class='periodos'>{listing}</ul>"
            if address == "consulta":
                options = "".join(
                    f'<option value="{_e(_key(item, d, i))}">{_e(_short(item, d))}</option>'
                    for i, d in enumerate(item.docs)
                )
                others = (
                    f'<form method="get" action="{_e(base)}" class="form-inline">'
                    f'<label for="periodo">{_e(_word("tabla", "periods"))}</label> '
                    f'<select name="periodo" id="periodo">{options}</select> '
                    '<button type="submit" class="btn btn-primary">Ver</button></form>'
                ) + others
            if shown == "reciente":
                newest = _newest(item)
                index = item.docs.index(newest)
                body += blocks[index].replace(
                    '<div class="tabla-datos">',
                    f'<h2>{_e(newest.name)}</h2><div class="tabla-datos">',
                    1,
                )
                body += others
            elif shown == "todas":
                permalink = _e(_word("tabla", "permalink"))
                for index, doc in enumerate(item.docs):
                    body += (
                        f"<h2>{_e(doc.name)}</h2>{blocks[index]}"
                        f'<p><a href="{_e(doc.path)}">{permalink}</a></p>'
                    )
            else:
                body += others
        site.routes[base] = Resource(
            _shell(site, item.label, body, [(title, site.index), (item.label, "")])
        )
        portal.notes[item.numeral] = _note(
            item, f"tabla-html/{shown}/{place}/{address}/links={link_text}"
        )
    index_body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f"<ul class='menu-laip'>{''.join(links)}</ul>"
    )
    site.routes[site.index] = Resource(_shell(site, title, index_body, [(title, "")]))
    _home(site)
    return site.routes


# -- imagenes ------------------------------------------------------------------------------------


def _picture(ext: str, size: int) -> bytes:
    head = _PNG if ext == "png" else _JPEG
    return head + b"\x00" * size + (b"" if ext == "png" else b"\xff\xd9")


def _picture_type(ext: str) -> str:
    return "image/png" if ext == "png" else "image/jpeg"


def _imagenes(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/informacion-publica/", portal)
    style = draw(
        st.sampled_from(["enlaces", "miniatura", "galeria", "fancybox", "bloque", "insertada"])
    )
    ext = draw(st.sampled_from(["jpg", "jpg", "jpeg", "png"]))
    scaled = ext != "png" and draw(st.booleans())
    captions = draw(st.booleans())  # galleries and thumbnails with captions (else alt text)
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    words = EXAM19["imagenes"]
    sheet_form = str(words["sheet"]["text"])
    attachment = draw(st.integers(800, 9000))
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]

    def serve(path: str, ok: bool, up: dt.date, size: int, delivered: bool = False) -> None:
        if not ok:
            return
        stamp = dt.datetime.combine(up, dt.time(10, 30)).timestamp()
        resource = Resource(
            _picture(ext, size), content_type=_picture_type(ext), last_modified=stamp
        )
        if delivered:
            site.delivered[path] = resource
        else:
            site.routes[path] = resource

    for gallery, item in enumerate(_present(items), start=1):
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        figures: list[str] = []
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(1, 15)))
            sheets = draw(st.integers(1, 3))
            stem = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name).lower()}"
            stem = unique(stem, site.seen)
            for sheet in range(1, sheets + 1):
                own = stem if sheet == 1 else f"{stem}-{sheet}"
                full = f"{own}{'-scaled' if scaled else ''}.{ext}"
                if sheet == 1:
                    doc.path = full
                site.seen.add(full)
                kb = draw(st.integers(180, 2400))
                serve(full, doc.ok, up, 400 + sheet, delivered=sheet == 1)
                caption = doc.name
                if sheets > 1:
                    caption += " – " + sheet_form.format(i=sheet, k=sheets)
                attachment += 1
                figures.append(
                    _figure(style, full, own, caption, captions, attachment, gallery, kb)
                )
                for suffix in _thumbs(style):
                    serve(f"{own}-{suffix}.{ext}", doc.ok, up, 120)
        inner = paragraphs(item_words(item))
        if figures:
            inner += _gallery(style, figures, gallery, str(words["hint"]["text"]))
        parts.append(head + inner)
        portal.notes[item.numeral] = _note(
            item, f"imagenes/{style}/{ext}/scaled={scaled}/captions={captions}"
        )
    title = _word("imagenes", "title")
    site.routes[site.index] = Resource(_shell(site, title, "".join(parts), [(title, "")]))
    _home(site)
    return site.routes


def _thumbs(style: str) -> list[str]:
    """The resized copies a style shows (WordPress keeps them beside the upload)."""
    return {
        "miniatura": ["232x300"],
        "galeria": ["150x150"],
        "fancybox": ["232x300"],
        "bloque": ["791x1024"],
    }.get(style, [])


def _figure(
    style: str,
    full: str,
    own: str,
    caption: str,
    captions: bool,
    attachment: int,
    gallery: int,
    kb: int,
) -> str:
    """One picture of a document as the style shows it (``own``: its address without the
    extension and ``-scaled``, where the resized copies hang)."""
    ext = full.rsplit(".", 1)[1]
    name = _e(caption)
    href = _e(full)
    alt = name if not captions else ""
    if style == "enlaces":
        size = _e(_word("imagenes", "size").format(fmt=ext.upper(), kb=kb))
        return f'<li><a href="{href}">{name}</a> {size}</li>'
    if style == "miniatura":
        thumb = _e(f"{own}-232x300.{ext}")
        img = (
            f'<a href="{href}"><img loading="lazy" src="{thumb}" alt="{alt or name}" '
            f'width="232" height="300" class="size-medium wp-image-{attachment}"></a>'
        )
        if not captions:
            return f"<p>{img}</p>"
        return (
            f'<figure id="attachment_{attachment}" style="width: 232px" class="wp-caption '
            f'alignnone">{img}<figcaption class="wp-caption-text">{name}</figcaption></figure>'
        )
    if style == "galeria":
        thumb = _e(f"{own}-150x150.{ext}")
        cap = (
            f'<figcaption class="wp-caption-text gallery-caption" '
            f'id="gallery-{gallery}-{attachment}">{name}</figcaption>'
            if captions
            else ""
        )
        return (
            '<figure class="gallery-item"><div class="gallery-icon portrait">'
            f'<a href="{href}"><img width="150" height="150" src="{thumb}" '
            f'class="attachment-thumbnail size-thumbnail" alt="{alt}"></a></div>{cap}</figure>'
        )
    if style == "fancybox":
        thumb = _e(f"{own}-232x300.{ext}")
        return (
            f'<a data-fancybox="numeral-{gallery}" data-caption="{name}" href="{href}">'
            f'<img src="{thumb}" alt="{name}" class="img-thumbnail"></a>'
        )
    if style == "bloque":
        large = _e(f"{own}-791x1024.{ext}")
        cap = f'<figcaption class="wp-element-caption">{name}</figcaption>' if captions else ""
        return (
            f'<figure class="wp-block-image size-large"><a href="{href}"><img decoding="async" '
            f'src="{large}" alt="{alt}" class="wp-image-{attachment}"></a>{cap}</figure>'
        )
    # insertada: the whole scan in the page, not linked.
    return (
        f'<figure class="wp-block-image size-full"><img decoding="async" src="{href}" '
        f'alt="{name}" class="wp-image-{attachment}"><figcaption class="wp-element-caption">'
        f"{name}</figcaption></figure>"
    )


def _gallery(style: str, figures: list[str], gallery: int, hint: str) -> str:
    """An item's pictures in the style's container."""
    joined = "".join(figures)
    if style == "enlaces":
        return f'<ul class="documentos">{joined}</ul>'
    if style == "galeria":
        return (
            f'<div id="gallery-{gallery}" class="gallery galleryid-{gallery} gallery-columns-3 '
            f'gallery-size-thumbnail">{joined}</div>'
        )
    if style == "fancybox":
        return f'<div class="galeria-documentos">{joined}</div><p><em>{_e(hint)}</em></p>'
    if style == "bloque":
        return (
            '<figure class="wp-block-gallery has-nested-images columns-default is-cropped">'
            f"{joined}</figure>"
        )
    return joined


# -- detalle -------------------------------------------------------------------------------------


def _detalle(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/transparencia/articulo-10/", portal)
    address = draw(st.sampled_from(["php", "ruta", "ver"]))
    listing = draw(st.sampled_from(["tabla", "lista", "titulos"]))
    column = draw(st.sampled_from(["fecha", "periodo"]))
    fields_as = draw(st.sampled_from(["dl", "tabla"]))
    with_rows = draw(st.booleans())
    forms = _forms(draw)
    see = str(draw(st.sampled_from(_words("detalle", "see"))))
    words = EXAM19["detalle"]
    labels = _words("detalle", "fields")
    title = _word("page", "transparency")
    record = draw(st.integers(200, 5000))
    links = []
    for item in _present(items):
        base = unique(f"{site.index}{item.numeral:02d}-{_slug(item.plain)[:20]}/", site.seen)
        links.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a></li>')
        ups = _ups(site, item, draw)
        entries = []
        # Records are numbered as they were entered: the oldest document first.
        steps = [draw(st.integers(1, 40)) for _ in item.docs]
        numbers = [record + sum(steps[index:]) for index in range(len(item.docs))]
        record += sum(steps)
        for index, doc in enumerate(item.docs):
            number = numbers[index]
            path = {
                "php": f"/transparencia/detalle.php?id={number}",
                "ruta": f"{base}registro/{number}/",
            }.get(address, f"/transparencia/ver/{number}")
            doc.path = unique(path, site.seen)
            period = _period(item, doc, today, ups[index], forms)
            entries.append((doc, period, ups[index]))
            rows = _rows(draw, site, item, doc)
            values = [doc.name, period, day_month_year(ups[index]), str(_spec(item)["office"])]
            pairs = [(str(words["record"]["text"]), str(number)), *zip(labels, values, strict=True)]
            if with_rows:
                pairs.append((str(words["count"]["text"]), str(len(rows))))
            else:
                # The record is one entry: its data are fields of the page.
                header = [str(h) for h in _spec(item)["header"]]
                pairs += [(k, v) for k, v in zip(header, rows[0], strict=True) if k != "No."]
                rows = []
            if fields_as == "dl":
                fields = (
                    '<dl class="dl-horizontal">'
                    + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in pairs)
                    + "</dl>"
                )
            else:
                fields = (
                    '<table class="table table-bordered ficha">'
                    + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in pairs)
                    + "</table>"
                )
            if rows:
                fields += f"<h3>{_e(str(words['rows_title']['text']))}</h3>"
                fields += _table(item, rows, "table table-striped")
            back = f'<p><a href="{_e(base)}">{_e(str(words["back"]["text"]))}</a></p>'
            if doc.ok:
                crumbs = [(title, site.index), (item.label, base), (doc.name, "")]
                site.delivered[doc.path] = Resource(_shell(site, doc.name, fields + back, crumbs))
        body = paragraphs(item_words(item))
        if entries:
            body += _records(listing, column, see, entries)
        site.routes[base] = Resource(
            _shell(site, item.label, body, [(title, site.index), (item.label, "")])
        )
        portal.notes[item.numeral] = _note(
            item, f"detalle/{address}/{listing}/{column}/{fields_as}/rows={with_rows}"
        )
    index_body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f"<ul class='list-numerales'>{''.join(links)}</ul>"
    )
    site.routes[site.index] = Resource(_shell(site, title, index_body, [(title, "")]))
    _home(site)
    return site.routes


def _records(listing: str, column: str, see: str, entries: list[tuple[Doc, str, dt.date]]) -> str:
    """An item's records as its page lists them, each leading to its detail page."""
    words = EXAM19["detalle"]
    if listing == "tabla":
        header = _words("detalle", "header")
        if column == "periodo":
            header[2] = str(words["period_header"]["text"])
        head = "".join(f"<th>{_e(h)}</th>" for h in header)
        rows = "".join(
            f"<tr><td>{number}</td><td>{_e(doc.name)}</td>"
            f"<td>{_e(day_month_year(up) if column == 'fecha' else period)}</td>"
            f'<td><a class="btn btn-sm btn-info" href="{_e(doc.path)}">{_e(see)}</a></td></tr>'
            for number, (doc, period, up) in enumerate(entries, start=1)
        )
        return (
            f'<table class="table table-striped registros"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    if listing == "lista":
        return (
            '<div class="list-group">'
            + "".join(
                f'<div class="list-group-item"><h4 class="list-group-item-heading">{_e(doc.name)}'
                f'</h4><a href="{_e(doc.path)}">{_e(see)} »</a></div>'
                for doc, _period, _up in entries
            )
            + "</div>"
        )
    return (
        '<ul class="registros">'
        + "".join(
            f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>' for doc, _period, _up in entries
        )
        + "</ul>"
    )


# -- imprimir ------------------------------------------------------------------------------------


_ESCUDO = "/img/escudo-municipal.png"


def _imprimir(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, "/transparencia/informacion-publica/", portal)
    address = draw(st.sampled_from(["php", "ruta", "aspx"]))
    shown = draw(st.sampled_from(["tabla", "ventana", "iframe", "formulario"]))
    if shown == "formulario" and address != "php":
        shown = "tabla"
    first_cell = draw(st.sampled_from(["nombre", "periodo"]))
    printed = draw(st.booleans())  # the report stamps the moment it is printed
    forms = _forms(draw)
    words = EXAM19["imprimir"]
    user = str(draw(st.sampled_from(words["users"]["text"])))
    printed_at = (
        f"{day_month_year(today)} {draw(st.integers(7, 17)):02d}:{draw(st.integers(0, 59)):02d}"
    )
    panels = []
    for item in _present(items):
        slug = str(_spec(item)["slug"])
        rhythm = item_rhythm(item)
        ups = _ups(site, item, draw)
        entries = []
        for index, doc in enumerate(item.docs):
            assert doc.modified is not None
            year, month = doc.modified.year, doc.modified.month
            if address == "php":
                query = {
                    "monthly": f"mes={month}&anio={year}",
                    "yearly": f"anio={year}",
                }.get(rhythm, f"id={index + 1}")
                path = f"/reportes/{slug}.php?{query}"
            elif address == "ruta":
                part = {"monthly": f"{year}/{month:02d}", "yearly": f"{year}"}.get(
                    rhythm, f"{year}/{index + 1}"
                )
                path = f"/reportes/{slug}/{part}/"
            else:
                period = {"monthly": f"{year}{month:02d}", "yearly": f"{year}"}.get(
                    rhythm, f"{year}-{index + 1}"
                )
                path = f"/Reportes/Reporte.aspx?tipo={slug}&periodo={period}"
            doc.path = unique(path, site.seen)
            period_line = _period(item, doc, today, ups[index], forms)
            entries.append((doc, period_line))
            if doc.ok:
                rows = _rows(draw, site, item, doc)
                generated = (
                    f"{day_month_year(ups[index])} {draw(st.integers(7, 15)):02d}:"
                    f"{draw(st.integers(0, 59)):02d}"
                )
                site.delivered[doc.path] = Resource(
                    _report(
                        site,
                        item,
                        doc,
                        period_line,
                        rows,
                        generated,
                        user,
                        printed_at if printed else "",
                    )
                )
        body = paragraphs(item_words(item))
        if entries:
            body += _reports(shown, first_cell, item, entries, slug)
        panel_id = f"numeral{item.numeral}"
        panels.append(
            '<div class="panel panel-default"><div class="panel-heading" role="tab">'
            '<h4 class="panel-title"><a role="button" data-toggle="collapse" '
            f'data-parent="#acordeon" href="#{panel_id}">{_e(item.label)}</a></h4></div>'
            f'<div id="{panel_id}" class="panel-collapse collapse" role="tabpanel">'
            f'<div class="panel-body">{body}</div></div></div>'
        )
        portal.notes[item.numeral] = _note(
            item, f"imprimir/{address}/{shown}/first={first_cell}/printed={printed}"
        )
    site.routes[_ESCUDO] = Resource(_picture("png", 300), content_type="image/png")
    title = _word("page", "transparency")
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<div class="panel-group" id="acordeon" role="tablist">{"".join(panels)}</div>'
    )
    site.routes[site.index] = Resource(_shell(site, title, body, [(title, "")]))
    _home(site)
    return site.routes


def _reports(
    shown: str, first_cell: str, item: Item, entries: list[tuple[Doc, str]], slug: str
) -> str:
    """An item's reports as its panel offers them."""
    words = EXAM19["imprimir"]
    print_text = _e(str(words["print"]["text"]))
    see = _e(str(words["see"]["text"]))
    published = (
        f"<p>{_e(str(words['published']['text']))}</p><ul class='reportes'>"
        + "".join(
            f'<li><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a></li>'
            for doc, _period in entries
        )
        + "</ul>"
    )
    if shown == "tabla":
        rows = "".join(
            f"<tr><td>{_e(doc.name if first_cell == 'nombre' else _short(item, doc))}</td>"
            f'<td><a href="{_e(doc.path)}" target="_blank" class="btn btn-default btn-xs">'
            f'<span class="glyphicon glyphicon-print"></span> {print_text}</a></td></tr>'
            for doc, _period in entries
        )
        return (
            '<table class="table table-condensed"><thead><tr><th>Período</th><th>'
            f"{_e(str(words['report']['text']))}</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    if shown == "ventana":
        return (
            '<ul class="reportes">'
            + "".join(
                f'<li>{_e(doc.name)} <a href="{_e(doc.path)}" onclick="window.open(this.href, '
                "'reporte', 'width=900,height=700,scrollbars=yes'); return false;\">"
                f"[{see}]</a></li>"
                for doc, _period in entries
            )
            + "</ul>"
        )
    if shown == "iframe":
        newest = _newest(item)
        return (
            f'<iframe src="{_e(newest.path)}" width="100%" height="600" '
            f'title="{_e(newest.name)}"></iframe>' + published
        )
    # formulario: the system's own report form, then what was published.
    month_label, year_label, button = _words("imprimir", "form")
    months = "".join(f'<option value="{m}">{MESES[m - 1]}</option>' for m in range(1, 13))
    years = sorted({doc.modified.year for doc, _p in entries if doc.modified}, reverse=True)
    year_options = "".join(f'<option value="{y}">{y}</option>' for y in years)
    month_field = (
        f'<label>{_e(month_label)} <select name="mes">{months}</select></label> '
        if item_rhythm(item) == "monthly"
        else ""
    )
    return (
        f'<form method="get" action="/reportes/{_e(slug)}.php" target="_blank" class="form-inline">'
        f'{month_field}<label>{_e(year_label)} <select name="anio">{year_options}</select></label> '
        f'<button type="submit" class="btn btn-primary">{_e(button)}</button></form>' + published
    )


def _report(
    site: _Site,
    item: Item,
    doc: Doc,
    period: str,
    rows: list[list[str]],
    generated: str,
    user: str,
    printed_at: str,
) -> bytes:
    """A report page of the body's system: no site around it, printed from the browser."""
    words = EXAM19["imprimir"]
    office = str(_spec(item)["office"])
    signatures = "".join(
        f"<td>______________________<br>{_e(s)}</td>" for s in _words("imprimir", "signatures")
    )
    stamp = (
        f'<p class="pie">{_e(str(words["printed"]["text"]))} {_e(printed_at)}</p>'
        if printed_at
        else ""
    )
    html = (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
        f"<title>{_e(str(words['report']['text']))} - {_e(doc.name)}</title>"
        "<style>body{font-family:Arial,sans-serif;font-size:12px}table.detalle{border-collapse:"
        "collapse;width:100%}table.detalle td,table.detalle th{border:1px solid #000;padding:2px}"
        "@media print{.no-print{display:none}}</style></head><body>"
        '<div class="no-print"><button type="button" onclick="window.print()">'
        f"{_e(str(words['print']['text']))}</button> "
        f'<a href="javascript:window.close()">{_e(str(words["close"]["text"]))}</a></div>'
        f'<table class="encabezado"><tr><td><img src="{_ESCUDO}" alt="Escudo municipal" '
        f'width="70"></td><td><strong>{_e(site.body.upper())}</strong><br>{_e(office)}<br>'
        f"{_e(str(words['report']['text']).upper())}</td></tr></table>"
        f"<h2>{_e(doc.name)}</h2><p class='periodo'><strong>{_e(period)}</strong></p>"
        f'<table class="meta"><tr><th>{_e(str(words["generated"]["text"]))}</th>'
        f"<td>{_e(generated)}</td></tr><tr><th>{_e(str(words['user']['text']))}</th>"
        f"<td>{_e(user)}</td></tr></table>"
        + _table(item, rows, "detalle")
        + f'<table class="firmas"><tr>{signatures}</tr></table>{stamp}</body></html>'
    )
    return html.encode("utf-8")


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla-html": _tabla,
    "imagenes": _imagenes,
    "detalle": _detalle,
    "imprimir": _imprimir,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 19 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)
