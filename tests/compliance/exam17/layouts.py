"""Seventeenth exam: four portal layouts that vary HOW A BODY SAYS THERE IS NOTHING, with the truth
of every section.

Items (truth, labels, documents, dates) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is the way the layouts say that an item
has nothing. The generator says it only with "En proceso de actualización.", "No hay información
disponible." or nothing (empty), and with phrases containing "no aplica" (not applicable). Here,
for every item whose truth is ``empty`` or ``not_applicable``, the kit's phrase is replaced by one
drawn from ``wording.toml`` (read on real portals, sources there), and ``item.phrase`` holds what
the page shows:

* ``not_applicable`` (only numerals the kit draws so): the body says the item does not concern it
  or that it does not have / do the thing at all, with the word ("N/A", "No Aplica.", "NO  APLICA",
  "… este numeral no aplica para la Municipalidad por no ser una entidad internacional.", "… NO ES
  APLICABLE a la Municipalidad; ya que …") or without it ("La Municipalidad no cuenta con
  fideicomisos.", "No se han suscrito contratos de arrendamiento.", the same in capitals,
  "Inexistencia de información: la municipalidad no administra fideicomisos."), an image whose alt
  text is "No aplica", or a document "Constancia de no aplicabilidad - Numeral 21".
* ``empty``: the information is not published yet: "Información en proceso de carga.", "Sitio en
  construcción", "Próximamente", "Pendiente", "Se está actualizando la información.", "La
  información será publicada en los próximos días.", marks ("Sin datos", "—", "0 documentos"), a
  table with only its header, a document library's own empty message ("No hay documentos en esta
  categoría.", "Ningún dato disponible en esta tabla", "No se encontraron resultados"), an image
  "Sitio en construcción", a "Ver documento" link to a page "Documento no disponible", or nothing.

Period-bound statements ("Durante octubre no se realizaron compras directas") are not used. Every
item can be told by a careful reader of the page. Layouts:

* ``encabezados``: a municipality's WordPress page "Información Pública de Oficio", a heading per
  numeral (``<h2>`` / ``<h3>`` / ``<h4>`` / bold paragraph, one kind per portal) followed by the
  law's text, the statement (a paragraph, in italics, centred bold or a quote block) and the
  documents as a list or, in some portals, a table "No. | Documento | Fecha de publicación" (an
  empty item's table has only its header, or one row "Sin datos" / "—" / "0 documentos").
* ``tabla-observaciones``: one table "Numeral | Descripción | Documento | Observaciones"; the
  statement sits in the document cell or in the observations (with "—" or nothing in the document
  cell), "N/A" in the document cell with the reason in the observations, or both cells blank.
* ``pagina-por-numeral``: a Joomla menu of numerals leading to one page per numeral holding the
  law's text and the statement as the page's only paragraph, in a Bootstrap alert box in some
  portals, or only an image whose alt text says it; an empty item may offer a "Ver documento"
  button to a page "Documento no disponible", a not-applicable one a "Constancia de no
  aplicabilidad" PDF; an empty page may hold the law's text alone.
* ``biblioteca``: a document library (WP File Download, DataTables or a search-backed list, one per
  portal), as category pages with a count ("0 documentos") under a root category, or as an
  accordion on one page; a category's description holds the law's text and the statement, its
  file table the documents or the library's own empty message.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    site_page,
    snippet,
    uploaded,
    wording,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    WORDING,
    Item,
    Routes,
    _e,
    _present,
    _slug,
)

LAYOUTS = ("encabezados", "tabla-observaciones", "pagina-por-numeral", "biblioteca")
EXAM17: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam17 layout shares:
# * encabezados: "wordpress" — headings on one page (bare names allowed, own text allowed).
# * tabla-observaciones: "table" — one table (bare names allowed, no own text).
# * pagina-por-numeral: "joomla" — one page per numeral, numbered labels, the law's text on every
#   page (an empty page can hold only it).
# * biblioteca: "accordion" — category or panel titles (bare names allowed, own text allowed).
_INNER = {
    "encabezados": "wordpress",
    "tabla-observaciones": "table",
    "pagina-por-numeral": "joomla",
    "biblioteca": "accordion",
}
_NA: dict[int, dict[str, Any]] = {
    int(entry["numeral"]): entry for entry in EXAM17["not_applicable"]["numerals"]
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _png() -> bytes:
    """A small valid PNG (the pictures' content is their alt text for this exam)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\xf0\xc0\x20" * 4 for _ in range(4)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


_PICTURE = _png()


@dataclass
class _Site:
    """What a portal's pages share: the body's name, the index, the routes."""

    town: str
    body: str
    index: str
    routes: Routes
    today: dt.date
    extra: list[str] = field(default_factory=list)  # paths of served non-item files


@dataclass
class _Nothing:
    """What a page says for an item that has nothing: the words shown ("" = none) and how."""

    text: str
    form: str


def _site(draw: st.DrawFn, today: dt.date, index: str) -> _Site:
    town = str(draw(st.sampled_from(EXAM17["body"]["towns"]["text"])))
    body = str(EXAM17["body"]["name"]["text"]).format(town=town)
    return _Site(town, body, index, {}, today)


def _shell(
    site: _Site, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
) -> bytes:
    """A page of the municipality's site: menu, breadcrumb, title, content, footer."""
    words = EXAM17["page"]
    home = words["home"]["text"]
    menu = (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(home)}</a></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        f'<li><a href="{_e(site.index)}">{_e(words["title"]["text"])}</a></li></ul></nav>'
    )
    footer = str(words["footer"]["text"]).format(body=site.body)
    return site_page(title, site.body, menu, breadcrumb(home, crumbs), body, footer)


def _home(site: _Site) -> None:
    title = str(EXAM17["page"]["title"]["text"])
    site.routes["/"] = Resource(
        _shell(
            site,
            site.body,
            f"<p>{_e(EXAM17['page']['portal']['text'])}</p>"
            f'<p><a href="{_e(site.index)}">{_e(title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
        )
    )


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


# -- what a page says when there is nothing ------------------------------------------------------

# Forms of a not-applicable statement that are words (every layout can print them).
_NA_WORDS = ("short", "statement", "statement", "upper", "cdag", "sgp", "inexistencia")


def _body_ref(site: _Site, draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from(EXAM17["body"]["names"]["text"]))).format(town=site.town)


def _not_applicable(item: Item, site: _Site, draw: st.DrawFn, forms: Sequence[str]) -> _Nothing:
    """How the body says that ``item`` does not concern it (``forms`` beyond the words are laid
    out by the layout: "image", "constancia")."""
    words = EXAM17["not_applicable"]
    entry = _NA[item.numeral]
    form = draw(st.sampled_from(list(forms)))
    if form == "short":
        text = str(draw(st.sampled_from([s["text"] for s in words["short"]])))
    elif form in ("statement", "upper"):
        text = str(draw(st.sampled_from(entry["statements"])))
        text = text.upper() if form == "upper" else text
    elif form == "cdag":
        text = str(words["cdag"]["text"]).format(
            n=item.numeral, body=_body_ref(site, draw), reason=entry["reason"]
        )
    elif form == "sgp":
        text = str(words["sgp"]["text"]).format(
            n=item.numeral, body=_body_ref(site, draw), why=entry["why"]
        )
    elif form == "inexistencia":
        text = str(words["inexistencia"]["text"]).format(object=entry["object"])
    elif form == "image":
        text = str(words["image"]["text"])
    elif form == "constancia":
        text = str(words["constancia"]["text"]).format(n=item.numeral)
    else:  # pragma: no cover - a form this module does not know
        raise ValueError(form)
    return _Nothing(text, form)


def _empty(draw: st.DrawFn, forms: Sequence[str]) -> _Nothing:
    """How a page says that an item is not published yet ("silent": it says nothing; forms
    beyond "statement" / "mark" are laid out by the layout)."""
    words = EXAM17["empty"]
    form = draw(st.sampled_from(list(forms)))
    if form == "statement":
        return _Nothing(str(draw(st.sampled_from([s["text"] for s in words["statements"]]))), form)
    if form == "mark":
        return _Nothing(str(draw(st.sampled_from([s["text"] for s in words["marks"]]))), form)
    if form == "image":
        return _Nothing(str(draw(st.sampled_from(words["image"]["text"]))), form)
    if form == "unavailable":
        return _Nothing(str(words["unavailable"]["text"]), form)
    return _Nothing("", form)


def _remark(text: str, style: str) -> str:
    """A statement as a portal writes it under an item's name."""
    if style == "em":
        return f"<p><em>{_e(text)}</em></p>"
    if style == "center":
        return (
            '<p class="has-text-align-center" style="text-align:center">'
            f"<strong>{_e(text)}</strong></p>"
        )
    if style == "quote":
        return f'<blockquote class="wp-block-quote"><p>{_e(text)}</p></blockquote>'
    if style == "alert":
        return f'<div class="alert alert-warning" role="alert">{_e(text)}</div>'
    return f"<p>{_e(text)}</p>"


def _words(item: Item, law: bool = True) -> str:
    """The item's own words (law text, own text, "Actualizado"), never the phrase."""
    texts = [item.law_text if law else "", item.own_text, item.updated]
    return "".join(f"<p>{_e(t)}</p>" for t in texts if t)


def _picture(site: _Site, name: str) -> str:
    path = str(EXAM17["pages"]["images"]["text"]).format(file=name)
    if path not in site.routes:
        site.routes[path] = Resource(_PICTURE, content_type="image/png")
        site.extra.append(path)
    return path


def _constancia(site: _Site, item: Item, path: str, draw: st.DrawFn) -> None:
    """Serve the certificate that the numeral does not apply (a PDF saying so)."""
    entry = _NA[item.numeral]
    text = str(EXAM17["not_applicable"]["constancia_body"]["text"]).format(
        n=item.numeral,
        body=_body_ref(site, draw),
        statement=str(draw(st.sampled_from(entry["statements"]))),
    )
    stamp = dt.datetime.combine(
        site.today - dt.timedelta(days=draw(st.integers(30, 400))), dt.time(10)
    ).timestamp()
    site.routes[path] = Resource(
        b"%PDF-1.4 " + text.encode("utf-8") + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )
    site.extra.append(path)


def _file(name: str) -> str:
    return _slug(name)[:60].strip("-") or "documento"


def _size(draw: st.DrawFn) -> str:
    kb = draw(st.integers(40, 9_000))
    return f"{kb / 1024:.1f} MB".replace(".", ",") if kb >= 1024 else f"{kb} KB"


def _say(item: Item, said: _Nothing) -> str:
    item.phrase = said.text
    return f"{item.truth}:{said.form}:{said.text[:60]!r}"


# -- encabezados (one WordPress page, a heading per numeral) -------------------------------------


def _titled(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


def _doc_table(rows: str) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in EXAM17["headings"]["doc_header"]["text"])
    return (
        '<figure class="wp-block-table"><table class="documentos"><thead><tr>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></figure>"
    )


def _encabezados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, str(EXAM17["headings"]["path"]["text"]))
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    as_table = draw(st.booleans())  # documents in a table "No. | Documento | Fecha"
    style = draw(st.sampled_from(["p", "em", "center", "quote"]))
    parts = [_opening()]
    for item in _present(items):
        inner = _words(item)
        note = f"encabezados/{tag}/table={as_table}/{style}/"
        if item.truth == "not_applicable":
            said = _not_applicable(item, site, draw, _NA_WORDS)
            if as_table and draw(st.booleans()):
                inner += _doc_table(f'<tr><td colspan="3">{_e(said.text)}</td></tr>')
                note += "in-table/"
            else:
                inner += _remark(said.text, style)
            note += _say(item, said)
        elif item.truth == "empty":
            said = _empty(draw, ["statement", "statement", "mark", "silent"])
            if as_table:
                row = (
                    f'<tr><td colspan="3">{_e(said.text)}</td></tr>' if said.form == "mark" else ""
                )
                if said.form == "statement":
                    inner += _remark(said.text, style)
                inner += _doc_table(row)
            elif said.text:
                inner += _remark(said.text, style)
            note += _say(item, said)
        elif item.docs:
            if as_table:
                rows = "".join(
                    f'<tr><td>{number}</td><td><a href="{_e(d.path)}">{_e(d.name)}</a></td>'
                    f"<td>{day_month_year(uploaded(d, today, draw(st.integers(1, 10))))}</td></tr>"
                    for number, d in enumerate(item.docs, 1)
                )
                inner += _doc_table(rows)
            else:
                inner += (
                    "<ul>"
                    + "".join(
                        f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs
                    )
                    + "</ul>"
                )
            note += item.truth
        else:
            note += f"{item.truth}:own-text"
        parts.append(_titled(tag, item.label) + inner)
        portal.notes[item.numeral] = note
    title = str(EXAM17["page"]["title"]["text"])
    site.routes[site.index] = Resource(
        _shell(site, title, "<div class='entry-content'>" + "".join(parts) + "</div>")
    )
    _home(site)
    return site.routes


# -- tabla-observaciones (one table "Numeral | Descripción | Documento | Observaciones") ----------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM17["table"]
    site = _site(draw, today, str(words["path"]["text"]))
    num_form = str(draw(st.sampled_from(words["numeral_cell"]["text"])))
    by_name = draw(st.booleans())
    word = str(draw(st.sampled_from(words["download"]["text"])))
    rows = []
    for item in _present(items):
        number = num_form.format(n=item.numeral, nn=f"{item.numeral:02d}")
        name = item.label if draw(st.booleans()) else item.plain
        law = f"<br><small>{_e(item.law_text)}</small>" if item.law_text else ""
        note = f"tabla/num={num_form}/by_name={by_name}/"
        document, remark = "", ""
        if item.truth == "not_applicable":
            said = _not_applicable(item, site, draw, _NA_WORDS)
            place = draw(st.sampled_from(["document", "remark", "remark-dash", "both"]))
            if place == "document":
                document = _e(said.text)
            elif place == "remark":
                remark = _e(said.text)
            elif place == "remark-dash":
                document, remark = "—", _e(said.text)
            else:
                short = draw(
                    st.sampled_from([s["text"] for s in EXAM17["not_applicable"]["short"]])
                )
                document, remark = _e(str(short)), _e(said.text)
            note += f"{place}/" + _say(item, said)
        elif item.truth == "empty":
            said = _empty(draw, ["statement", "statement", "mark", "silent"])
            if said.form == "statement":
                place = draw(st.sampled_from(["document", "remark", "remark-dash"]))
                if place == "document":
                    document = _e(said.text)
                else:
                    document = "—" if place == "remark-dash" else ""
                    remark = _e(said.text)
                note += f"{place}/"
            else:
                document = _e(said.text)
            note += _say(item, said)
        else:
            document = "<br>".join(
                f'<a href="{_e(d.path)}" target="_blank">{_e(d.name if by_name else word)}</a>'
                for d in item.docs
            )
            remark = _e(item.updated or item.own_text)
            note += item.truth
        rows.append(
            f"<tr><td>{_e(number)}</td><td>{_e(name)}{law}</td><td>{document}</td>"
            f"<td>{remark}</td></tr>"
        )
        portal.notes[item.numeral] = note
    head = "".join(f"<th>{_e(h)}</th>" for h in words["header"]["text"])
    table = (
        '<table class="table table-bordered table-striped" id="informacion-publica">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    title = str(EXAM17["page"]["title"]["text"])
    site.routes[site.index] = Resource(_shell(site, title, _opening() + table))
    _home(site)
    return site.routes


# -- pagina-por-numeral (a Joomla menu, one page per numeral) ------------------------------------


def _paginas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM17["pages"]
    site = _site(draw, today, str(words["index"]["text"]))
    boxed = draw(st.booleans())  # statements in a Bootstrap alert box
    crumb = str(EXAM17["page"]["title"]["text"])
    links = []
    for item in _present(items):
        path = str(words["item"]["text"]).format(
            nn=f"{item.numeral:02d}", slug=_slug(item.plain)[:20]
        )
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        inner = _words(item)
        note = f"pagina/boxed={boxed}/"
        style = "alert" if boxed else "p"
        if item.truth == "not_applicable":
            said = _not_applicable(item, site, draw, [*_NA_WORDS, "image", "constancia"])
            if said.form == "image":
                src = _picture(site, "no-aplica.png")
                inner += (
                    f'<p><img src="{_e(src)}" alt="{_e(said.text)}" width="480" height="320"></p>'
                )
            elif said.form == "constancia":
                pdf = str(words["images"]["text"]).format(
                    file=f"{item.numeral:02d}/{_file(said.text)}.pdf"
                )
                _constancia(site, item, pdf, draw)
                inner += (
                    f'<ul class="documentos"><li><a href="{_e(pdf)}">{_e(said.text)}</a></li></ul>'
                )
            else:
                inner += _remark(said.text, style)
            note += _say(item, said)
        elif item.truth == "empty":
            said = _empty(
                draw, ["statement", "statement", "mark", "image", "unavailable", "silent"]
            )
            if said.form == "image":
                src = _picture(site, _file(said.text) + ".png")
                inner += (
                    f'<p><img src="{_e(src)}" alt="{_e(said.text)}" width="480" height="320"></p>'
                )
            elif said.form == "unavailable":
                notice = str(words["notice"]["text"]).format(
                    id=f"{item.numeral}{draw(st.integers(100, 999))}"
                )
                see = str(EXAM17["empty"]["see"]["text"])
                inner += f'<p><a class="btn btn-primary" href="{_e(notice)}">{_e(see)}</a></p>'
                site.routes[notice] = Resource(
                    _shell(
                        site,
                        said.text,
                        f"<p>{_e(EXAM17['empty']['unavailable_text']['text'])}</p>"
                        f'<p><a href="{_e(path)}">Regresar</a></p>',
                    )
                )
            elif said.text:
                inner += _remark(said.text, style)
            note += _say(item, said)
        else:
            if item.docs:
                inner += (
                    '<ul class="documentos">'
                    + "".join(
                        f'<li><a href="{_e(d.path)}">{_e(d.name)}</a> <small>PDF</small></li>'
                        for d in item.docs
                    )
                    + "</ul>"
                )
            note += item.truth
        site.routes[path] = Resource(
            _shell(site, item.label, inner, [(crumb, site.index), (item.label, "")])
        )
        portal.notes[item.numeral] = note
    site.routes[site.index] = Resource(
        _shell(
            site,
            crumb,
            _opening() + f"<ul class='list-numerales'>{''.join(links)}</ul>",
            [(crumb, "")],
        )
    )
    _home(site)
    return site.routes


# -- biblioteca (a document library: categories or an accordion) ---------------------------------


def _files(docs: list[tuple[str, str, str]], software: str, today: dt.date, draw: st.DrawFn) -> str:
    """A library's file table for (name, path, date) rows, or its own empty message."""
    words = EXAM17["library"]
    download = _e(str(words["download"]["text"]))
    head = "".join(f"<th>{_e(h)}</th>" for h in words["header"]["text"])
    rows = "".join(
        f"<tr><td>{_e(name)}</td><td>{_e(when)}</td><td>{_size(draw)}</td>"
        f'<td><a class="wpfd_downloadlink" href="{_e(path)}">{download}</a></td></tr>'
        for name, path, when in docs
    )
    total = len(docs)
    if software == "datatables":
        if not docs:
            rows = (
                '<tr class="odd"><td valign="top" colspan="4" class="dataTables_empty">'
                f"{_e(words['empty_table']['text'])}</td></tr>"
            )
        info = str(words["info"]["text"]).format(first=1 if total else 0, last=total, total=total)
        return (
            f'<table class="table dataTable"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
            f'</table><div class="dataTables_info" role="status">{_e(info)}</div>'
        )
    if docs:
        return (
            f'<table class="wpfd-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        )
    if software == "wpfd":
        return f'<p class="wpfd-empty">{_e(words["none"]["text"])}</p>'
    return f'<div class="resultados"><p class="no-results">{_e(words["zero"]["text"])}</p></div>'


def _library_message(software: str) -> str:
    words = EXAM17["library"]
    key = {"datatables": "empty_table", "wpfd": "none"}.get(software, "zero")
    return str(words[key]["text"])


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    pages = EXAM17["library_pages"]
    style = draw(st.sampled_from(["categorias", "acordeon"]))
    index = str(pages["index" if style == "categorias" else "accordion"]["text"])
    site = _site(draw, today, index)
    software = draw(st.sampled_from(["wpfd", "datatables", "busqueda"]))
    count_form = str(draw(st.sampled_from(EXAM17["library"]["count"]["text"])))
    entries: list[tuple[Item, str, str, int]] = []  # item, description, files, count
    for item in _present(items):
        description = _words(item)
        files: list[tuple[str, str, str]] = []
        note = f"biblioteca/{style}/{software}/"
        if item.truth == "not_applicable":
            said = _not_applicable(item, site, draw, [*_NA_WORDS, "constancia"])
            if said.form == "constancia":
                pdf = f"/documentos/transparencia/{item.numeral:02d}/{_file(said.text)}.pdf"
                _constancia(site, item, pdf, draw)
                files.append((said.text, pdf, day_month_year(today - dt.timedelta(days=60))))
            else:
                description += f"<p>{_e(said.text)}</p>"
            note += _say(item, said)
        elif item.truth == "empty":
            said = _empty(draw, ["library", "library", "statement"])
            if said.form == "statement":
                description += f"<p>{_e(said.text)}</p>"
            else:
                said = _Nothing(_library_message(software), "library")
            note += _say(item, said)
        else:
            files = [
                (d.name, d.path, day_month_year(uploaded(d, today, draw(st.integers(1, 10)))))
                for d in item.docs
            ]
            note += item.truth
        description = (
            f'<div class="category-description">{description}</div>' if description else ""
        )
        entries.append((item, description, _files(files, software, today, draw), len(files)))
        portal.notes[item.numeral] = note
    title = str(EXAM17["page"]["title"]["text"])
    if style == "categorias":
        listing = []
        for item, description, table, count in entries:
            path = str(pages["category"]["text"]).format(
                nn=f"{item.numeral:02d}", slug=_slug(item.plain)[:30].strip("-")
            )
            counted = count_form.format(k=count)
            listing.append(
                f'<li class="wpfd-category"><a href="{_e(path)}">{_e(item.label)}</a> '
                f'<span class="badge">{_e(counted)}</span></li>'
            )
            site.routes[path] = Resource(
                _shell(site, item.label, description + table, [(title, index), (item.label, "")])
            )
        body = _opening() + f"<ul class='wpfd-categories'>{''.join(listing)}</ul>"
        site.routes[index] = Resource(_shell(site, title, body, [(title, "")]))
    else:
        panels = "".join(
            f'<div class="accordion-item"><h2 class="accordion-header" id="h{item.numeral}">'
            f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
            f'data-bs-target="#c{item.numeral}">{_e(item.label)}</button></h2>'
            f'<div id="c{item.numeral}" class="accordion-collapse collapse">'
            f'<div class="accordion-body">{description}{table}</div></div></div>'
            for item, description, table, _count in entries
        )
        body = _opening() + f'<div class="accordion" id="numerales">{panels}</div>'
        site.routes[index] = Resource(_shell(site, title, body))
    _home(site)
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "encabezados": _encabezados,
    "tabla-observaciones": _tabla,
    "pagina-por-numeral": _paginas,
    "biblioteca": _biblioteca,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 17 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
