"""Sixteenth exam: four portal layouts of bodies that are NOT municipalities ("every sujeto
obligado"), which publish Article 10 TOGETHER WITH the articles of their own branch, with the truth
of every section.

Items of Article 10 (truth, labels, documents, dates, phrases) are drawn exactly as the generated
portals draw them (``tests.compliance.generated.portals._item``); only the way they are laid out,
and the other articles published beside them, are new. A ministry publishes Article 11 of Decreto
57-2008 (Organismo Ejecutivo: three numerals), the Organismo Judicial Article 12 (six numerals),
the Congreso Article 13 (eleven numerals), and many bodies the literals A-H of Article 17 Ter of
Decreto 101-97 (Ley Orgánica del Presupuesto). Those numerals are numbered the same way as Article
10's ("Numeral 2 - …", "2. …", "Art. 12 Num. 4 …", "13.3 …", "Artículo 11 Numeral 3 - <the law's
text>…", or a bare name under the article's heading) and carry CURRENT, WORKING documents of their
own (named "<name> Octubre 2026", "Numeral 2 Octubre 2026", "… Artículo 13 Numeral 2", "Decreto
número 41-2026", "Orden del día sesión ordinaria 18-11-2026"…), while the Article 10 item with the
same number may be empty, missing, outdated, broken or not applicable: crediting another article's
numeral to Article 10 gives a wrong verdict. Every Article 10 item can be told by what the page
shows (the article's heading, column, badge, tab or breadcrumb). Wording: ``wording.toml`` here
(sources there). Layouts:

* ``secciones``: a ministry's WordPress page "Información Pública de Oficio" (MEM): "Decreto
  57-2008", an ``<h2>`` per article ("ARTÍCULO 10: Información Pública de Oficio", "Artículo 11.
  Información pública de oficio del Organismo Ejecutivo."), under each its numerals as ``<h3>`` /
  ``<h4>`` / bold paragraphs with their words and documents (files under
  ``/wp-content/uploads/<yyyy>/<mm>/``); Article 11's section after Article 10's, or (in some
  portals) BEFORE it; in some portals a last section "Decreto 101-97 … Artículo 17 Ter" of literals
  "A. Asesorías Contratadas" … "H. Liquidación Presupuestaria" with documents.
* ``menu-articulos``: a Joomla site of a ministry, the Organismo Judicial or the Congreso whose
  "Información Pública" page is a menu of laws (HUITE): "Decreto 57-2008 Art. 10", "Decreto
  57-2008 Art. 11/12/13", in some portals "Decreto 101-97 Art. 17 Ter." and "Decreto 36-2024",
  in a drawn order; each law's page lists its numerals, either with their documents on the page or
  as links to one page per numeral (``/transparencia/<law>/numeral-3``) titled by the numeral's
  label, with a breadcrumb "Inicio › Información Pública › Decreto 57-2008 Art. 11 › …" (and, in
  some portals, the article's title above); files under ``/images/transparencia/<law>/<nn>/``.
* ``tabla-mixta``: one table of every article's numerals, "Artículo | Numeral | Descripción |
  Documento", SORTED BY NUMERAL, so rows of Article 11, 12 or 13 are interleaved with Article 10's
  (Article 10's row first or last of a number); the article written "10", "Art. 10" or "Artículo
  10", the numeral "3", "03" or "Numeral 3"; in some portals grouped by numeral, "Numeral |
  Artículo | …" with the numeral cell spanning its rows (``rowspan``); Article 10's description its
  label or name (with the law's text in ``<small>`` where drawn), its documents as links by name or
  "Descargar" / "Ver documento" / "PDF", its phrase or own text in the document cell.
* ``organismo``: the Organismo Judicial's (Article 12) or the Congreso's (Article 13) one page of
  Bootstrap components: cards ("Artículo 12 · Numeral 4" in the header, the label as title,
  documents in the body) grouped by article or interleaved by numeral; a nested accordion (one
  panel per article holding one panel per numeral); or nav-tabs "Artículo 10 | Artículo 12" whose
  panes hold the numerals; files under ``/uploads/transparencia/<yyyy>/<mm>/``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
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
    _add_days,
    _e,
    _last_day,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("secciones", "menu-articulos", "tabla-mixta", "organismo")
EXAM16: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam16 layout shares:
# * secciones, tabla-mixta: "wordpress" — headings / cells on one page (bare names allowed, own
#   text allowed).
# * menu-articulos: "joomla" — one page (or entry) per numeral named by its numbered label, the
#   law's wording with every item.
# * organismo: "accordion" — cards, accordion or tab titles (bare names allowed).
_INNER = {
    "secciones": "wordpress",
    "menu-articulos": "joomla",
    "tabla-mixta": "wordpress",
    "organismo": "accordion",
}
_KINDS = ("ejecutivo", "judicial", "legislativo")

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# Where a document is put: (the law's slug, the numeral "03" or literal "c", name, upload day).
Place = Callable[[str, str, str, dt.date], str]


@dataclass
class _Other:
    """A numeral (or literal) of another article, as a portal publishes it: current documents."""

    article: str  # "11", "12", "13" or "17 Ter"
    key: str  # the numeral ("3") or the literal ("C")
    label: str  # how the page names it (numbered as the portal numbers)
    plain: str  # its name without number
    law: str  # the law's text ("" for a literal)
    docs: list[Doc] = field(default_factory=list)
    show_law: bool = False

    @property
    def number(self) -> int:
        """Its numeral, or its literal's place (A = 1), for sorting."""
        return int(self.key) if self.key.isdigit() else ord(self.key) - ord("A") + 1


@dataclass
class _Site:
    """What a portal's pages share: the body's name and where the index is."""

    body: str
    index: str
    routes: Routes
    today: dt.date
    seen: set[str] = field(default_factory=set)
    ups: dict[str, dt.date] = field(default_factory=dict)


def _file(name: str) -> str:
    return _slug(name)[:60].strip("-") or "documento"


def _body_name(kind: str, draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from(EXAM16["bodies"][kind]["names"]["text"])))


def _article_of(kind: str) -> str:
    return str(EXAM16["bodies"][kind]["article"])


def _heading(article: str, form: int) -> str:
    key = "ter" if article == "17 Ter" else article
    return str(EXAM16["articles"][key]["heading"]["text"][form])


def _short(article: str, form: int) -> str:
    key = "ter" if article == "17 Ter" else article
    return str(EXAM16["articles"][key]["short"]["text"][form])


# -- the other articles --------------------------------------------------------------------------


def _numbered(article: str, n: int, label: str, law: str, draw: st.DrawFn, bare_ok: bool) -> str:
    """``label`` numbered as the generator numbers Article 10 labels, with ``article``'s number."""
    forms = EXAM16["forms"]
    names = ["numeral", "dotted", "zero", "art", "inciso", "art_dot", "article_law"]
    if bare_ok:
        names.append("bare")
    form = draw(st.sampled_from(names))
    if form == "bare":
        return label
    if form == "article_law":
        words = law.split()
        cut = " ".join(words[: draw(st.integers(5, 9))])
        cut = cut if len(words) > 5 else law.rstrip(";.")
        return str(forms["article_law"]["text"]).format(art=article, n=n, law=cut + "…")
    return str(forms[form]["text"]).format(art=article, n=n, nn=f"{n:02d}", label=label)


def _monthly_docs(
    pattern_set: list[str], fill: dict[str, Any], today: dt.date, draw: st.DrawFn
) -> list[Doc]:
    """One to three months' documents, the newest of this month or the last one (current)."""
    pattern = draw(st.sampled_from(pattern_set))
    newest = draw(st.integers(0, 1))
    docs = []
    for back in range(newest, newest + draw(st.integers(1, 3))):
        year, month = _add_days(today, back)
        name = pattern.format(
            month=MESES[month - 1], MONTH=MESES[month - 1].upper(), year=year, **fill
        )
        docs.append(Doc(name, "", True, _last_day(year, month)))
    return docs


def _dated_docs(n: int, base: str, today: dt.date, draw: st.DrawFn) -> list[Doc]:
    """A legislature's acts of the last weeks, each named by its number or its sitting's day."""
    words = EXAM16["documents"]
    days = sorted(
        {
            today - dt.timedelta(days=draw(st.integers(0, 45)))
            for _ in range(draw(st.integers(1, 3)))
        },
        reverse=True,
    )
    docs = []
    for day in days:
        if n in (3, 10):
            name = str(words["session"]["text"]).format(
                doc=base, day=day.day, mm=f"{day.month:02d}", year=day.year
            )
        else:
            number = draw(st.integers(6300, 6700)) if n == 4 else draw(st.integers(1, 140))
            name = str(draw(st.sampled_from(words["dated"]["text"]))).format(
                doc=base,
                number=number,
                day=day.day,
                month=MESES[day.month - 1].lower(),
                year=day.year,
            )
        docs.append(Doc(name, "", True, day))
    return docs


def _yearly_docs(base: str, today: dt.date, draw: st.DrawFn) -> list[Doc]:
    pattern = draw(st.sampled_from(EXAM16["documents"]["yearly"]["text"]))
    newest = today.year if today.month > 3 else today.year - 1
    return [
        Doc(str(pattern).format(doc=base, year=year), "", True, dt.date(year, 1, 20))
        for year in range(newest, newest - draw(st.integers(1, 2)), -1)
    ]


def _other_items(article: str, today: dt.date, draw: st.DrawFn, bare_ok: bool) -> list[_Other]:
    """Every numeral of Article 11, 12 or 13, numbered and with current documents."""
    out = []
    for entry in EXAM16["articles"][article]["numerals"]:
        n = int(entry["numeral"])
        label = _numbered(article, n, entry["label"], entry["law"], draw, bare_ok)
        if entry["rhythm"] == "monthly":
            docs = _monthly_docs(
                EXAM16["documents"]["monthly"]["text"],
                {"doc": entry["doc"], "n": n, "art": article},
                today,
                draw,
            )
        else:
            docs = _dated_docs(n, entry["doc"], today, draw)
        show_law = draw(st.integers(0, 2)) == 0
        out.append(_Other(article, str(n), label, entry["label"], entry["law"], docs, show_law))
    return out


def _literal_items(today: dt.date, draw: st.DrawFn) -> list[_Other]:
    """The literals A-H of Article 17 Ter of Decreto 101-97, with current documents."""
    form = draw(st.sampled_from(EXAM16["forms"]["literal"]["text"]))
    out = []
    for entry in EXAM16["articles"]["ter"]["literals"]:
        letter = str(entry["letter"])
        label = str(form).format(letter=letter, lower=letter.lower(), label=entry["label"])
        if entry["rhythm"] == "yearly":
            docs = _yearly_docs(entry["doc"], today, draw)
        else:
            docs = _monthly_docs(
                EXAM16["documents"]["literal"]["text"],
                {"doc": entry["doc"], "letter": letter},
                today,
                draw,
            )
        out.append(_Other("17 Ter", letter, label, entry["label"], "", docs))
    return out


def _place_all(
    site: _Site, items: list[Item], others: list[_Other], draw: st.DrawFn, place: Place
) -> None:
    """Give every document (Article 10's and the other articles') its address on this site; the
    other articles' documents are served (working, with the day they were uploaded)."""
    for item in items:
        for doc in item.docs:
            up = uploaded(doc, site.today, draw(st.integers(1, 12)))
            path = place(_slug(_short("10", 0)), f"{item.numeral:02d}", doc.name, up)
            doc.path = unique(path, site.seen)
    for other in others:
        slug = _slug(_short(other.article, 0))
        for doc in other.docs:
            up = uploaded(doc, site.today, draw(st.integers(0, 6)))
            doc.path = unique(place(slug, other.key.lower().zfill(2), doc.name, up), site.seen)
            site.ups[doc.path] = up
            stamp = dt.datetime.combine(up, dt.time(10)).timestamp()
            site.routes[doc.path] = Resource(
                b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
                content_type="application/pdf",
                last_modified=stamp,
            )


def _same_number(item: Item, others: list[_Other]) -> str:
    """For the notes: the other articles' numerals with the item's number."""
    hits = [o for o in others if o.key == str(item.numeral)]
    return ";".join(f"{o.label[:40]!r}({len(o.docs)} docs)" for o in hits) or "-"


# -- pages ---------------------------------------------------------------------------------------


def _shell(
    site: _Site, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
) -> bytes:
    """A page of the body's site: menu, breadcrumb, title, content, footer."""
    words = EXAM16["page"]
    home = words["home"]["text"]
    menu = (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(home)}</a></li>'
        '<li><a href="/noticias/">Noticias</a></li>'
        '<li><a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a></li>'
        f'<li><a href="{_e(site.index)}">{_e(words["title"]["text"])}</a></li></ul></nav>'
    )
    footer = str(words["footer"]["text"]).format(body=site.body)
    return site_page(title, site.body, menu, breadcrumb(home, crumbs), body, footer)


def _home(site: _Site, title: str) -> None:
    words = EXAM16["page"]
    site.routes["/"] = Resource(
        _shell(
            site,
            site.body,
            f"<p>{_e(words['portal']['text'])}</p>"
            f'<p><a href="{_e(site.index)}">{_e(title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
        )
    )


def _intro(site: _Site) -> str:
    words = EXAM16["page"]
    det = "La" if site.body.split()[0] in ("Secretaría", "Corte") else "El"
    return f"<p>{_e(str(words['intro']['text']).format(det=det, body=site.body))}</p>"


def _doc_list(docs: list[Doc]) -> str:
    if not docs:
        return ""
    rows = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>' for d in docs
    )
    return f"<ul class='documentos'>{rows}</ul>"


def _item_body(item: Item) -> str:
    """An Article 10 item's words, then its documents."""
    return paragraphs(item_words(item)) + _doc_list(item.docs)


def _other_body(other: _Other) -> str:
    law = f"<p>{_e(other.law)}</p>" if other.show_law and other.law else ""
    return law + _doc_list(other.docs)


def _titled(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


# -- secciones (a ministry's one page: a section per article) ------------------------------------


def _secciones(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM16["sections"]
    kind = "ejecutivo"
    site = _Site(_body_name(kind, draw), str(words["page"]["text"]), {}, today)
    other_first = draw(st.integers(0, 3)) == 0
    with_ter = draw(st.booleans())
    tag = draw(st.sampled_from(["h3", "h4", "strong"]))
    form = draw(st.integers(0, 1))
    article = _article_of(kind)
    others = _other_items(article, today, draw, bare_ok=True)
    literals = _literal_items(today, draw) if with_ter else []

    def place(slug: str, nn: str, name: str, up: dt.date) -> str:
        return str(words["uploads"]["text"]).format(
            yyyy=up.year, mm=f"{up.month:02d}", file=_file(name)
        )

    _place_all(site, items, others + literals, draw, place)
    ten = [
        f'<h2 id="articulo-10">{_e(_heading("10", form))}</h2>'
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    ]
    for item in _present(items):
        ten.append(_titled(tag, item.label) + _item_body(item))
    own = [f'<h2 id="articulo-{article}">{_e(_heading(article, form))}</h2>']
    own += [_titled(tag, o.label) + _other_body(o) for o in others]
    sections = [*own, *ten] if other_first else [*ten, *own]
    if literals:
        sections.append(f'<h2 id="articulo-17-ter">{_e(_heading("17 Ter", form))}</h2>')
        sections += [_titled(tag, o.label) + _other_body(o) for o in literals]
    body = (
        f"<p><strong>{_e(EXAM16['page']['decreto']['text'])}</strong></p>"
        + _intro(site)
        + "<div class='entry-content'>"
        + "".join(sections)
        + "</div>"
    )
    title = str(EXAM16["page"]["title"]["text"])
    site.routes[site.index] = Resource(_shell(site, title, body))
    _home(site, title)
    for item in items:
        portal.notes[item.numeral] = (
            f"secciones/order={'11-10' if other_first else '10-11'}/tag={tag}/ter={with_ter}/"
            f"same-number={_same_number(item, others)}"
        )
    return site.routes


# -- menu-articulos (a menu of laws, each a page of numerals) ------------------------------------


def _menu(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM16["menu"]
    kind = draw(st.sampled_from(_KINDS))
    site = _Site(_body_name(kind, draw), str(words["index"]["text"]), {}, today)
    article = _article_of(kind)
    with_ter = draw(st.booleans())
    with_extra = draw(st.booleans())
    per_numeral = draw(st.booleans())  # one page per numeral (else all on the law's page)
    titled = draw(st.booleans())  # the article's title above a numeral's page
    form = draw(st.integers(0, 1))
    others = _other_items(article, today, draw, bare_ok=False)
    literals = _literal_items(today, draw) if with_ter else []

    def place(slug: str, nn: str, name: str, up: dt.date) -> str:
        return str(words["files"]["text"]).format(slug=slug, nn=nn, file=_file(name))

    _place_all(site, items, others + literals, draw, place)
    crumb = str(words["breadcrumb"]["text"])

    def law_path(art: str) -> str:
        return str(words["article_path"]["text"]).format(slug=_slug(_short(art, 0)))

    def numeral_path(art: str, key: str) -> str:
        n = key if key.isdigit() else key.lower()
        path = str(words["numeral_path"]["text"]).format(slug=_slug(_short(art, 0)), n=n)
        return path if key.isdigit() else path.replace("numeral-", "literal-")

    def law_page(art: str, entries: list[tuple[str, str, str]]) -> None:
        """The law's page: (key, label, body) per numeral, linked or inline."""
        short = _short(art, 0)
        path = law_path(art)
        head = f"<p class='articulo'>{_e(_heading(art, form))}</p>"
        if art == "10":
            head += f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        if per_numeral:
            links = "".join(
                f'<li><a href="{_e(numeral_path(art, key))}">{_e(label)}</a></li>'
                for key, label, _body in entries
            )
            body = head + f"<ul class='numerales'>{links}</ul>"
            for key, label, inner in entries:
                top = f"<p class='articulo'>{_e(_heading(art, form))}</p>" if titled else ""
                site.routes[numeral_path(art, key)] = Resource(
                    _shell(
                        site,
                        label,
                        top + inner,
                        [(crumb, site.index), (short, path), (label, "")],
                    )
                )
        else:
            body = head + "".join(f"<h3>{_e(label)}</h3>{inner}" for _key, label, inner in entries)
        site.routes[path] = Resource(_shell(site, short, body, [(crumb, site.index), (short, "")]))

    law_page("10", [(str(i.numeral), i.label, _item_body(i)) for i in _present(items)])
    law_page(article, [(o.key, o.label, _other_body(o)) for o in others])
    menu = ["10", article]
    if literals:
        law_page("17 Ter", [(o.key, o.label, _other_body(o)) for o in literals])
        menu.append("17 Ter")
    order = draw(st.permutations(menu))
    entries = [f'<li><a href="{_e(law_path(a))}">{_e(_short(a, 0))}</a></li>' for a in order]
    if with_extra:
        extra = str(words["extra"]["text"])
        extra_path = str(words["article_path"]["text"]).format(slug=_slug(extra))
        site.routes[extra_path] = Resource(
            _shell(
                site,
                extra,
                f"<p>{_e(words['extra_text']['text'])}</p>",
                [(crumb, site.index), (extra, "")],
            )
        )
        entries.append(f'<li><a href="{_e(extra_path)}">{_e(extra)}</a></li>')
    title = str(EXAM16["page"]["title"]["text"])
    site.routes[site.index] = Resource(
        _shell(
            site,
            crumb,
            _intro(site) + f"<ul class='menu-leyes'>{''.join(entries)}</ul>",
            [(crumb, "")],
        )
    )
    _home(site, title)
    for item in items:
        portal.notes[item.numeral] = (
            f"menu-articulos/{kind}/menu={'|'.join(order)}/per_numeral={per_numeral}/"
            f"titled={titled}/extra={with_extra}/same-number={_same_number(item, others)}"
        )
    return site.routes


# -- tabla-mixta (one table of every article's numerals, sorted by numeral) ----------------------


@dataclass
class _Row:
    number: int
    article: str
    description: str  # HTML
    documents: str  # HTML


def _links(docs: list[Doc], by_name: bool, word: str) -> str:
    return "<br>".join(
        f'<a href="{_e(d.path)}" target="_blank">{_e(d.name if by_name else word)}</a>'
        for d in docs
    )


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM16["table"]
    kind = draw(st.sampled_from(_KINDS))
    site = _Site(_body_name(kind, draw), str(words["page"]["text"]), {}, today)
    article = _article_of(kind)
    grouped = draw(st.booleans())  # "Numeral | Artículo | …", the numeral cell spanning its rows
    ten_first = draw(st.booleans())
    art_form = draw(st.sampled_from(words["article_cell"]["text"]))
    num_form = draw(st.sampled_from(words["numeral_cell"]["text"]))
    by_name = draw(st.booleans())
    word = draw(st.sampled_from(EXAM16["page"]["download"]["text"]))
    others = _other_items(article, today, draw, bare_ok=True)

    def place(slug: str, nn: str, name: str, up: dt.date) -> str:
        return str(words["files"]["text"]).format(yyyy=up.year, file=_file(name))

    _place_all(site, items, others, draw, place)
    rows: list[_Row] = []
    for item in _present(items):
        name = item.label if draw(st.booleans()) else item.plain
        law = f"<br><small>{_e(item.law_text)}</small>" if item.law_text else ""
        texts = [t for t in (item.phrase, item.own_text, item.updated) if t]
        cell = "".join(f"<p>{_e(t)}</p>" for t in texts) + _links(item.docs, by_name, word)
        rows.append(_Row(item.numeral, "10", _e(name) + law, cell))
    for other in others:
        law = f"<br><small>{_e(other.law)}</small>" if other.show_law else ""
        rows.append(
            _Row(
                other.number,
                other.article,
                _e(other.label) + law,
                _links(other.docs, by_name, word),
            )
        )
    rank = {"10": 0 if ten_first else 1, article: 1 if ten_first else 0}
    rows.sort(key=lambda r: (r.number, rank[r.article]))

    def art_cell(art: str) -> str:
        return _e(str(art_form).format(art=art))

    def num_cell(n: int) -> str:
        return _e(str(num_form).format(n=n, nn=f"{n:02d}"))

    header = list(words["header"]["text"])
    if grouped:
        header[0], header[1] = header[1], header[0]
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body_rows = []
    for index, row in enumerate(rows):
        rest = f"<td>{row.description}</td><td>{row.documents}</td>"
        if grouped:
            first = index == 0 or rows[index - 1].number != row.number
            span = sum(1 for r in rows if r.number == row.number)
            lead = ""
            if first:
                lead = f'<td rowspan="{span}">' if span > 1 else "<td>"
                lead += f"{num_cell(row.number)}</td>"
            body_rows.append(f"<tr>{lead}<td>{art_cell(row.article)}</td>{rest}</tr>")
        else:
            body_rows.append(
                f"<tr><td>{art_cell(row.article)}</td><td>{num_cell(row.number)}</td>{rest}</tr>"
            )
    table = (
        '<table id="matriz" class="table table-bordered table-striped">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}</tbody></table>"
    )
    title = str(EXAM16["page"]["title"]["text"])
    site.routes[site.index] = Resource(
        _shell(
            site, title, f"<p>{_e(EXAM16['page']['decreto']['text'])}</p>" + _intro(site) + table
        )
    )
    _home(site, title)
    for item in items:
        portal.notes[item.numeral] = (
            f"tabla-mixta/{kind}/grouped={grouped}/ten_first={ten_first}/art={art_form}/"
            f"num={num_form}/by_name={by_name}/same-number={_same_number(item, others)}"
        )
    return site.routes


# -- organismo (the Organismo Judicial's or the Congreso's page of cards, accordions or tabs) ------


def _organismo(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM16["organismo"]
    kind = draw(st.sampled_from(["judicial", "legislativo"]))
    site = _Site(_body_name(kind, draw), str(words["page"]["text"]), {}, today)
    article = _article_of(kind)
    style = draw(st.sampled_from(["tarjetas", "acordeon", "pestanas"]))
    ten_first = draw(st.integers(0, 3)) != 0
    interleaved = style == "tarjetas" and draw(st.booleans())  # cards sorted by numeral
    form = draw(st.integers(0, 1))
    others = _other_items(article, today, draw, bare_ok=True)
    numeral_word = str(words["numeral_word"]["text"])

    def place(slug: str, nn: str, name: str, up: dt.date) -> str:
        return str(words["files"]["text"]).format(
            yyyy=up.year, mm=f"{up.month:02d}", file=_file(name)
        )

    _place_all(site, items, others, draw, place)
    # (article, number, label, body) of every numeral on the page
    ten = [("10", i.numeral, i.label, _item_body(i)) for i in _present(items)]
    own = [(article, o.number, o.label, _other_body(o)) for o in others]
    groups = [ten, own] if ten_first else [own, ten]
    if style == "tarjetas":
        cards = [*groups[0], *groups[1]]
        if interleaved:
            cards.sort(key=lambda c: (c[1], 0 if (c[0] == "10") == ten_first else 1))
        html = "".join(
            '<div class="col-md-4 mb-3"><div class="card h-100"><div class="card-header">'
            f'<span class="badge bg-primary">{_e(_short(art, 1))}</span> '
            f'{_e(numeral_word)} {number}</div><div class="card-body">'
            f'<h5 class="card-title">{_e(label)}</h5>{inner}</div></div></div>'
            for art, number, label, inner in cards
        )
        content = f'<div class="row">{html}</div>'
    elif style == "acordeon":
        panels = []
        for group in groups:
            art = group[0][0] if group else "10"
            inner = "".join(
                f'<div class="accordion-item"><h3 class="accordion-header" id="h-{_slug(art)}-'
                f'{number}"><button class="accordion-button collapsed" type="button" '
                f'data-bs-toggle="collapse" data-bs-target="#c-{_slug(art)}-{number}">'
                f'{_e(label)}</button></h3><div id="c-{_slug(art)}-{number}" '
                f'class="accordion-collapse collapse"><div class="accordion-body">{body}</div>'
                "</div></div>"
                for _art, number, label, body in group
            )
            panels.append(
                f'<div class="accordion-item"><h2 class="accordion-header"><button '
                f'class="accordion-button" type="button" data-bs-toggle="collapse" '
                f'data-bs-target="#art-{_slug(art)}">{_e(_heading(art, form))}</button></h2>'
                f'<div id="art-{_slug(art)}" class="accordion-collapse collapse show">'
                f'<div class="accordion-body"><div class="accordion">{inner}</div></div></div>'
                "</div>"
            )
        content = f'<div class="accordion" id="articulos">{"".join(panels)}</div>'
    else:
        tabs = []
        panes = []
        for position, group in enumerate(groups):
            art = group[0][0] if group else "10"
            active = " active" if position == 0 else ""
            tabs.append(
                f'<li class="nav-item"><button class="nav-link{active}" id="tab-{_slug(art)}" '
                f'data-bs-toggle="tab" data-bs-target="#pane-{_slug(art)}" type="button">'
                f"{_e(_short(art, 1))}</button></li>"
            )
            inner = "".join(f"<h4>{_e(label)}</h4>{body}" for _art, _n, label, body in group)
            panes.append(
                f'<div class="tab-pane fade{" show" if position == 0 else ""}{active}" '
                f'id="pane-{_slug(art)}" aria-labelledby="tab-{_slug(art)}">{inner}</div>'
            )
        content = (
            f'<ul class="nav nav-tabs" role="tablist">{"".join(tabs)}</ul>'
            f'<div class="tab-content">{"".join(panes)}</div>'
        )
    title = str(EXAM16["page"]["title"]["text"])
    body = f"<p>{_e(EXAM16['page']['decreto']['text'])}</p>" + _intro(site) + content
    site.routes[site.index] = Resource(_shell(site, title, body))
    _home(site, title)
    for item in items:
        portal.notes[item.numeral] = (
            f"organismo/{kind}/{style}/ten_first={ten_first}/interleaved={interleaved}/"
            f"same-number={_same_number(item, others)}"
        )
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "secciones": _secciones,
    "menu-articulos": _menu,
    "tabla-mixta": _tabla,
    "organismo": _organismo,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 16 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
