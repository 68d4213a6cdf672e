"""Sixty-fifth exam: three portal layouts whose theme is THE SAME LAW SHAPE ACROSS THE REGION,
second series, with the truth of every section.

Exams 6, 7 and 8 laid Guatemala's Article 10 out in the shapes of El Salvador's, Ecuador's,
Mexico's, Colombia's, Chile's and Peru's transparency portals. This one takes three more of the
region's standard transparency menus, each imposed by its country's overseer, and places every
Guatemalan numeral in the menu's category holding the equivalent information (payroll under
"Recursos Humanos", budget execution under "Finanzas" / "Presupuesto", purchases under
"Contrataciones", the organigram under "Estructura Orgánica", travel under "Artículo 11" /
"Viajes" …), beside the menu's own entries that have no Guatemalan numeral (sworn declarations,
the information office's forms, pensions, vacancies, open data, bulletins). Items (truth, labels,
documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); each item is named by its label wherever the menu
lists it. Wording and structure: ``wording.toml`` here (sources there). Layouts:

* ``portalunico``: Honduras' IAIP "Portal Único de Transparencia" (Art. 13 LTAIP): an index of the
  apartados "Estructura Orgánica", "Planeación y Rendición de Cuentas", "Finanzas", "Regulación",
  "Contrataciones", "Participación Ciudadana" → an apartado page listing its sub-apartados (the
  numerals' labels and the apartado's own entries) → a sub-apartado page with the item's words and
  "Seleccione el año" links (in some portals the newest year's table shown right there) → a year
  page, a table "Mes | Documento | Fecha de publicación | Acciones" with "Ver" / "Descargar" links
  (the month's name, or "Anual"); "No se encontraron documentos." where there are none.
* ``digeig``: the Dominican Republic's DIGEIG standard "Transparencia" section (Resoluciones
  1/2013, 1/2018, 002-2021): a fixed menu of sixteen sections ("Base Legal", "Marco Legal del
  Sistema de Transparencia", "Estructura Orgánica de la Institución", "Normativas", "OAI",
  "Presupuesto", "Recursos Humanos", "Compras y Contrataciones", "Finanzas", "Declaraciones Juradas
  de Patrimonio", "Datos Abiertos" …) in a sidebar on every page; a section page lists its
  sub-sections as links to pages of their own or holds them all as tabs; each sub-section a list
  of document cards (name, "Fecha de publicación: dd/mm/aaaa", "Ver", "Descargar") under "Año
  2026" headings, newest first, or "No hay documentos publicados en esta sección." (printed by the
  software also above an item's own text); the personal-data note on every page of Recursos
  Humanos.
* ``ley6``: Panama's Ley 6 de 2002 section as ANTAI monitors it: a menu of the law's articles
  "Artículo 9", "Artículo 10", "Artículo 11" and topic pages "Planilla", "Presupuesto", "Viajes",
  "Compras"; an article page quotes the Panamanian article, then lists the numerals it covers
  with their words and documents, while a numeral whose documents sit on a topic page says
  "Consulte la información en la sección Planilla." and the topic page holds the numeral's label
  and its table "Mes | Año | Documento" (links "Descargar PDF" or the document's name).

Truth conventions (a careful citizen reading every page): an item's truth is what its own entry
shows wherever the menu puts it: its documents (on its sub-page, its year pages, its section or
tab, or the topic page its article entry sends the reader to), its own text, its empty or "No
aplica" phrase or only the law's text. A category's name or the foreign article quoted above the
items publishes no numeral; the menu's own entries (sworn declarations, OAI forms and statistics,
pensions, vacancies, bulletins, open data, the laws of the "Base Legal") are other content, even
when current; the software's "No se encontraron documentos." / "No hay documentos publicados" is
not a statement about an item that shows its own text; an item the site names nowhere is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    item_rhythm,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    paragraphs as _paragraphs,
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
    _home,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("portalunico", "digeig", "ley6")
EXAM65: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow:
# * portalunico: "archive" — item → year → (month) → documents; the law's text on empty items.
# * digeig: "dl" — names in a list of sub-sections (bare labels allowed), own text allowed.
# * ley6: "wordpress" — headings on an article page (bare labels allowed), own text allowed.
_INNER = {"portalunico": "archive", "digeig": "dl", "ley6": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM65[section][key]["text"]


def _how(item: Item) -> str:
    if item.truth == "missing":
        return "ausente"
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _pdf(routes: Routes, path: str, name: str, day: dt.date) -> None:
    """Serve one of the menu's own documents (other content) at ``path``."""
    stamp = dt.datetime.combine(day, dt.time(12)).timestamp()
    routes[path] = Resource(
        b"%PDF-1.4 " + name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _period(item: Item, doc: Doc) -> tuple[str, int]:
    """(the month's name or "Anual", the year) of a document."""
    assert doc.modified is not None
    if item_rhythm(item) == "monthly":
        return MESES[doc.modified.month - 1], doc.modified.year
    return "", doc.modified.year


def _other_doc(name: str, today: dt.date) -> tuple[str, dt.date]:
    """A menu entry's own document: last month's, put up a few days ago."""
    month = today.month - 1 or 12
    year = today.year if today.month > 1 else today.year - 1
    return f"{name} {MESES[month - 1]} {year}", today - dt.timedelta(days=6)


def _nav(links: Sequence[tuple[str, str]], css: str) -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<nav class="{css}"><ul>{rows}</ul></nav>'


# -- portalunico (Honduras: apartados → sub-apartados → years → months) --------------------------


def _portalunico(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM65["hn"]
    town = draw(st.sampled_from(list(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    inst = draw(st.integers(100, 900))
    base = f"/portalunico/institucion/{inst}"
    inline = draw(st.booleans())  # the newest year's table on the sub-apartado page itself
    seen: set[str] = set()
    present = {item.numeral: item for item in _present(items)}
    lag = draw(st.integers(2, 15))
    head = "".join(f"<th>{_e(h)}</th>" for h in _w("hn", "months_head"))
    top = (_w("hn", "title"), f"{base}/")
    nav = _nav([("Inicio", "/"), top], "menu-portal")
    footer = str(_w("hn", "title"))

    def page(path: str, title: str, crumbs: list[tuple[str, str]], body: str) -> None:
        routes[path] = Resource(
            site_page(title, name, nav, breadcrumb("Inicio", crumbs), body, footer)
        )

    def table(rows: list[tuple[str, str, str, dt.date]]) -> str:
        """Rows of (period, document name, path, published)."""
        cells = []
        for period, doc_name, path, day in rows:
            cells.append(
                f"<tr><td>{_e(period)}</td><td>{_e(doc_name)}</td>"
                f"<td>{day_month_year(day)}</td><td>"
                f'<a class="btn btn-info" href="{_e(path)}" target="_blank">'
                f'{_e(_w("hn", "view"))}</a> <a class="btn btn-success" href="{_e(path)}"'
                f" download>{_e(_w('hn', 'download'))}</a></td></tr>"
            )
        return (
            f'<table class="table table-striped documentos"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(cells)}</tbody></table>"
        )

    index_links = []
    for apartado in words["apartados"]:
        a_path = f"{base}/{apartado['slug']}"
        a_crumbs = [top, (apartado["text"], "")]
        subs = []
        for numeral in apartado["numerals"]:
            item = present.get(numeral)
            if item is None:
                continue
            s_path = f"{a_path}/{_slug(item.plain)[:50]}-{numeral}"
            s_crumbs = [top, (apartado["text"], a_path), (item.label, "")]
            years: dict[int, list[tuple[str, str, str, dt.date]]] = {}
            for doc in sorted(item.docs, key=lambda d: d.modified or today, reverse=True):
                month, year = _period(item, doc)
                up = uploaded(doc, today, lag + draw(st.integers(0, 10)))
                folder = f"/portalunico/documentos/{inst}/{year}"
                doc.path = unique(f"{folder}/{_slug(doc.name)[:60]}.pdf", seen)
                years.setdefault(year, []).append(
                    (month or str(_w("hn", "yearly")), doc.name, doc.path, up)
                )
            body = _paragraphs(item_words(item))
            if years:
                newest = max(years)
                links = "".join(
                    f'<li><a href="{s_path}/{y}">{y}</a></li>' for y in sorted(years, reverse=True)
                )
                body += (
                    f'<p>{_e(_w("hn", "years"))}</p><ul class="nav nav-pills anios">{links}</ul>'
                )
                if inline:
                    body += f"<h3>{newest}</h3>{table(years[newest])}"
                for year, rows in years.items():
                    page(
                        f"{s_path}/{year}",
                        f"{item.label} - {year}",
                        [*s_crumbs[:-1], (item.label, s_path), (str(year), "")],
                        f"<h2>{year}</h2>{table(rows)}"
                        f'<p><a href="{s_path}">{_e(_w("hn", "back"))}</a></p>',
                    )
            else:
                body += f'<p class="alert alert-warning">{_e(_w("hn", "no_docs"))}</p>'
            page(s_path, item.label, s_crumbs, body)
            subs.append(f'<li><a href="{s_path}">{_e(item.label)}</a></li>')
            portal.notes[numeral] = (
                f"portalunico/{apartado['slug']}/inline={inline}/years={sorted(years)}/{_how(item)}"
            )
        for other in apartado["others"]:
            o_path = f"{a_path}/{_slug(other['text'])[:50]}"
            doc_name, day = _other_doc(other["doc"], today)
            pdf = f"/portalunico/documentos/{inst}/{day.year}/{_slug(doc_name)[:60]}.pdf"
            _pdf(routes, pdf, doc_name, day)
            month = doc_name.rsplit(" ", 2)[1]
            page(
                o_path,
                other["text"],
                [top, (apartado["text"], a_path), (other["text"], "")],
                f'<p>{_e(_w("hn", "years"))}</p><ul class="nav nav-pills anios">'
                f'<li><a href="{o_path}">{day.year}</a></li></ul>'
                f"<h3>{day.year}</h3>{table([(month, doc_name, pdf, day)])}",
            )
            subs.append(f'<li><a href="{o_path}">{_e(other["text"])}</a></li>')
        page(
            a_path,
            apartado["text"],
            a_crumbs,
            f'<ul class="sub-apartados list-group">{"".join(subs)}</ul>',
        )
        index_links.append(
            f'<div class="col-md-4 apartado"><a class="card" href="{a_path}">'
            f'<span class="card-title">{_e(apartado["text"])}</span></a></div>'
        )
    body = (
        f"<h2>{_e(_w('hn', 'active'))}</h2><p>{_e(_w('hn', 'intro'))}</p>"
        f'<div class="row apartados">{"".join(index_links)}</div>'
    )
    page(f"{base}/", str(_w("hn", "title")), [(str(_w("hn", "title")), "")], body)
    _home(routes, f"{base}/", str(_w("hn", "title")))
    return routes


# -- digeig (the Dominican standard: a fixed menu of sections → sub-sections of document cards) ---


def _digeig(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM65["rd"]
    town = draw(st.sampled_from(list(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    base = "/transparencia"
    tabs = draw(st.booleans())  # sub-sections as tabs of the section page, or pages of their own
    seen: set[str] = set()
    present = {item.numeral: item for item in _present(items)}
    lag = draw(st.integers(2, 15))
    sections = words["secciones"]
    side = _nav([(s["text"], f"{base}/{s['slug']}") for s in sections], "sidebar-transparencia")
    nav = _nav([("Inicio", "/"), (str(_w("rd", "title")), f"{base}/")], "menu")
    banner = f'<p class="gob-banner">{_e(str(_w("rd", "banner_gt")).format(town=town))}</p>'
    footer = name

    def page(path: str, title: str, crumbs: list[tuple[str, str]], body: str) -> None:
        html = (
            f'{banner}<div class="row"><aside class="col-md-3">{side}</aside>'
            f'<div class="col-md-9 contenido">{body}</div></div>'
        )
        routes[path] = Resource(
            site_page(title, name, nav, breadcrumb("Inicio", crumbs), html, footer)
        )

    def cards(entries: list[tuple[str, str, dt.date]]) -> str:
        """Document cards (name, path, published), newest first, under year headings."""
        if not entries:
            return f'<p class="alert alert-info">{_e(_w("rd", "empty"))}</p>'
        out, year = [], 0
        for doc_name, path, day in sorted(entries, key=lambda e: e[2], reverse=True):
            if day.year != year:
                year = day.year
                out.append(f"<h3>{_e(str(_w('rd', 'year')).format(year=year))}</h3>")
            published = str(_w("rd", "published")).format(date=day_month_year(day))
            out.append(
                f'<div class="card documento"><div class="card-body"><h4 class="card-title">'
                f'{_e(doc_name)}</h4><p class="fecha">{_e(published)}</p>'
                f'<a class="btn btn-outline-primary" href="{_e(path)}" target="_blank">'
                f'{_e(_w("rd", "view"))}</a> <a class="btn btn-primary" href="{_e(path)}"'
                f" download>{_e(_w('rd', 'download'))}</a></div></div>"
            )
        search = (
            f'<form class="buscar" method="get"><input type="search" name="q" placeholder="'
            f'{_e(_w("rd", "search"))}"></form>'
        )
        return search + "".join(out)

    for section in sections:
        s_path = f"{base}/{section['slug']}"
        s_crumbs = [(str(_w("rd", "title")), f"{base}/"), (section["text"], "")]
        note = f'<p class="nota">{_e(_w("rd", "privacy"))}</p>' * (
            section["slug"] == "recursos-humanos"
        )
        subs: list[tuple[str, str, str]] = []  # (title, slug, body)
        for numeral in section["numerals"]:
            item = present.get(numeral)
            if item is None:
                continue
            entries = []
            for doc in item.docs:
                up = uploaded(doc, today, lag + draw(st.integers(0, 10)))
                folder = f"/wp-content/uploads/{up.year}/{up.month:02d}"
                doc.path = unique(f"{folder}/{_slug(doc.name)[:60]}.pdf", seen)
                entries.append((doc.name, doc.path, up))
            body = _paragraphs(item_words(item)) + cards(entries)
            subs.append((item.label, f"{_slug(item.plain)[:50]}-{numeral}", body))
            portal.notes[numeral] = f"digeig/{section['slug']}/tabs={tabs}/{_how(item)}"
        for other in section["others"]:
            doc_name, day = _other_doc(other["doc"], today)
            pdf = f"/wp-content/uploads/{day.year}/{day.month:02d}/{_slug(doc_name)[:60]}.pdf"
            _pdf(routes, pdf, doc_name, day)
            subs.append((other["text"], _slug(other["text"])[:50], cards([(doc_name, pdf, day)])))
        if tabs:
            heads = "".join(
                f'<li class="nav-item"><a class="nav-link{" active" * (k == 0)}"'
                f' data-toggle="tab" href="#{slug}" role="tab">{_e(title)}</a></li>'
                for k, (title, slug, _body) in enumerate(subs)
            )
            panes = "".join(
                f'<div class="tab-pane fade{" show active" * (k == 0)}" id="{slug}"'
                f' role="tabpanel"><h2>{_e(title)}</h2>{body}</div>'
                for k, (title, slug, body) in enumerate(subs)
            )
            page(
                s_path,
                section["text"],
                s_crumbs,
                f'{note}<ul class="nav nav-tabs" role="tablist">{heads}</ul>'
                f'<div class="tab-content">{panes}</div>',
            )
        else:
            links = []
            for title, slug, body in subs:
                path = f"{s_path}/{slug}"
                links.append(f'<li><a href="{path}">{_e(title)}</a></li>')
                crumbs = [*s_crumbs[:-1], (section["text"], s_path), (title, "")]
                page(path, title, crumbs, note + body)
            page(
                s_path,
                section["text"],
                s_crumbs,
                f'{note}<ul class="subsecciones">{"".join(links)}</ul>',
            )
    grid = "".join(
        f'<div class="col-md-4"><a class="card seccion" href="{base}/{s["slug"]}">'
        f"<h5>{_e(s['text'])}</h5></a></div>"
        for s in sections
    )
    page(
        f"{base}/",
        str(_w("rd", "title")),
        [(str(_w("rd", "title")), "")],
        f'<p>{_e(WORDING["article"]["opening"]["text"])}</p><div class="row">{grid}</div>',
    )
    _home(routes, f"{base}/", str(_w("rd", "title")))
    return routes


# -- ley6 (Panama: the law's articles and topic pages of monthly PDFs) -----------------------------


def _ley6(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM65["pa"]
    town = draw(st.sampled_from(list(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    base = "/transparencia"
    named = draw(st.booleans())  # links named by the document, or "Descargar PDF" alone
    seen: set[str] = set()
    present = {item.numeral: item for item in _present(items)}
    lag = draw(st.integers(2, 15))
    topics = {n: t for t in words["temas"] for n in t["numerals"]}
    menu = [(a["text"], f"{base}/{a['slug']}") for a in words["articulos"]] + [
        (t["text"], f"{base}/{t['slug']}") for t in words["temas"]
    ]
    title = str(_w("pa", "title"))
    nav = _nav([("Inicio", "/"), (title, f"{base}/"), *menu], "menu-transparencia")
    head = "".join(f"<th>{_e(h)}</th>" for h in _w("pa", "head"))

    def page(path: str, heading: str, crumbs: list[tuple[str, str]], body: str) -> None:
        routes[path] = Resource(
            site_page(heading, name, nav, breadcrumb("Inicio", crumbs), body, name)
        )

    def table(item: Item) -> str:
        rows = []
        for doc in sorted(item.docs, key=lambda d: d.modified or today, reverse=True):
            month, year = _period(item, doc)
            up = uploaded(doc, today, lag + draw(st.integers(0, 10)))
            doc.path = unique(f"/images/transparencia/{up.year}/{_slug(doc.name)[:60]}.pdf", seen)
            text = doc.name if named else str(_w("pa", "download"))
            rows.append(
                f"<tr><td>{_e(month or str(_w('pa', 'yearly')))}</td><td>{year}</td>"
                f'<td><a href="{_e(doc.path)}" target="_blank">{_e(text)}</a></td></tr>'
            )
        if not rows:
            return ""
        return f'<table class="table tabla-ley6"><tr>{head}</tr>{"".join(rows)}</table>'

    topic_parts: dict[str, list[str]] = {t["slug"]: [] for t in words["temas"]}
    for article in words["articulos"]:
        a_path = f"{base}/{article['slug']}"
        parts = [f'<blockquote class="ley">{_e(article["article"])}</blockquote>']
        for numeral in article["numerals"]:
            item = present.get(numeral)
            if item is None:
                continue
            block = f"<h3>{_e(item.label)}</h3>{_paragraphs(item_words(item))}"
            topic = topics.get(numeral)
            if topic is not None:
                t_path = f"{base}/{topic['slug']}"
                see = str(_w("pa", "see")).split("{topic}")
                link = f'<a href="{t_path}">{_e(topic["text"])}</a>'
                block += f"<p>{_e(see[0])}{link}{_e(see[1])}</p>"
                topic_parts[topic["slug"]].append(f"<h2>{_e(item.label)}</h2>{table(item)}")
                where = f"{article['slug']}>{topic['slug']}"
            else:
                block += table(item)
                where = article["slug"]
            parts.append(f'<div class="item">{block}</div>')
            portal.notes[numeral] = f"ley6/{where}/named={named}/{_how(item)}"
        for other in article["others"]:
            doc_name, day = _other_doc(other["doc"], today)
            pdf = f"/images/transparencia/{day.year}/{_slug(doc_name)[:60]}.pdf"
            _pdf(routes, pdf, doc_name, day)
            month = doc_name.rsplit(" ", 2)[1]
            text = doc_name if named else str(_w("pa", "download"))
            parts.append(
                f'<div class="item"><h3>{_e(other["text"])}</h3><table class="table tabla-ley6">'
                f"<tr>{head}</tr><tr><td>{_e(month)}</td><td>{day.year}</td>"
                f'<td><a href="{pdf}" target="_blank">{_e(text)}</a></td></tr></table></div>'
            )
        page(a_path, article["text"], [(title, f"{base}/"), (article["text"], "")], "".join(parts))
    for topic in words["temas"]:
        t_path = f"{base}/{topic['slug']}"
        page(
            t_path,
            topic["text"],
            [(title, f"{base}/"), (topic["text"], "")],
            "".join(topic_parts[topic["slug"]]),
        )
    body = (
        f"<p>{_e(_w('pa', 'law'))}</p><p>{_e(_w('pa', 'monitor'))}</p>"
        + '<ul class="menu-ley6">'
        + "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in menu)
        + "</ul>"
    )
    page(f"{base}/", title, [(title, "")], body)
    _home(routes, f"{base}/", title)
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "portalunico": _portalunico,
    "digeig": _digeig,
    "ley6": _ley6,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 65 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
