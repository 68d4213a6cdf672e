"""Exam layouts: portals the judge was never tuned on, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new.
Wording and structure: ``wording.toml`` here (sources there). Layouts:

* ``wpdm``: one WordPress page, a heading per numeral, its documents as WordPress Download Manager
  cards: an h3 package title linking to the package page ``/download/<slug>/``, "1 archivo(s)
  737Kb", and a "Descargar" / "Download" button to ``/download/<slug>/?wpdmdl=N&refresh=…`` or
  ``/?wpdmdl=N``; in one card style the package title is not printed and the file name is only in
  the download's ``Content-Disposition`` header.
* ``cards``: an index of Bootstrap cards (numeral badge, title, "Ver más" button) → one page per
  numeral with documents grouped by year ("2026", links "<name> Abrir"), or only a ``<select>``
  of years whose options are the year pages (``<option value="/…/2026/">``).
* ``tabs``: Bootstrap nav-tabs ("Numeral 8" / "8" / the full label) whose panes follow inline,
  far from the tab; a pane may repeat the item's name as a heading, or not.
* ``doctable``: a Joomla numbered menu → numeral page with the law's text and a table "No. /
  Descripción / Fecha de publicación / Descargar" (link text only "Descargar"), or a link to a
  Phoca Download category page of the same site holding that table
  (``?download=N:alias`` links).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.compliance.exam.kit import ExamPortal, ExamServer, day_month_year, exam_portal, wording
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _body,
    _e,
    _home,
    _page,
    _present,
    _slug,
)

LAYOUTS = ("wpdm", "cards", "tabs", "doctable")
EXAM = wording(__file__)
# Which generated layout's truth conventions an exam layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed).
_INNER = {"wpdm": "wordpress", "cards": "joomla", "tabs": "accordion", "doctable": "joomla"}


def _size(draw: st.DrawFn) -> str:
    # MASAGUA writes sizes as "(737Kb)", "(19,7 MB)", "(617,882Kb)".
    kb = draw(st.integers(40, 19_000))
    return f"{kb / 1000:.1f} MB".replace(".", ",") if kb >= 1000 else f"{kb}Kb"


def _pub_date(doc: Doc, today: dt.date) -> dt.date:
    assert doc.modified is not None
    return min(doc.modified + dt.timedelta(days=8), today)


# -- wpdm ----------------------------------------------------------------------------------------


def _wpdm(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    style = draw(st.sampled_from(["pretty", "bare", "nameless"]))
    button = draw(st.sampled_from([b["text"] for b in EXAM["wpdm"]["button"]]))
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    counter = 100 + draw(st.integers(0, 800))
    for item in _present(items):
        tag = draw(st.sampled_from(["h2", "h3", "h4"]))
        parts.append(f"<{tag}>{_e(item.label)}</{tag}>")
        item.post = False
        inner = _body(item)
        if item.docs:
            cards = []
            for doc in item.docs:
                counter += 1
                slug = _slug(doc.name)
                package = f"/download/{slug}/"
                if style == "bare":
                    doc.path = f"/?wpdmdl={counter}"
                else:
                    doc.path = f"/download/{slug}/?wpdmdl={counter}&refresh=6{counter:05d}a1b2c3"
                portal.headers[doc.path] = {
                    "Content-Disposition": f'attachment; filename="{_ascii(doc.name)}.pdf"'
                }
                title = (
                    ""
                    if style == "nameless"
                    else f'<h3 class="package-title"><a href="{package}">{_e(doc.name)}</a></h3>'
                )
                files = EXAM["wpdm"]["files"]["text"].format(count=1)
                cards.append(
                    '<div class="link-template-default card mb-2"><div class="card-body">'
                    '<div class="media"><div class="mr-3 img-48"><img src="/wp-content/plugins/'
                    'download-manager/assets/file-type-icons/pdf.svg" alt="pdf"></div>'
                    f'<div class="media-body">{title}<div class="text-muted text-small">'
                    f'<i class="fas fa-copy"></i> {files} <i class="fas fa-hdd ml-3"></i> '
                    f"{_size(draw)}</div></div>"
                    f'<div class="ml-3"><a class="wpdm-download-link btn btn-primary" '
                    f'rel="nofollow" href="{_e(doc.path)}">{_e(button)}</a></div>'
                    "</div></div></div>"
                )
                if style != "nameless":
                    routes[package] = Resource(
                        _page(
                            doc.name,
                            f'<div class="wpdm-package"><p>{files}</p>'
                            f'<a class="wpdm-download-link btn btn-primary" '
                            f'href="{_e(doc.path)}">{_e(button)}</a></div>',
                            today=today,
                        )
                    )
            # The documents replace the plain list of _body.
            inner = inner.split("<ul>")[0] + "".join(cards)
        parts.append(inner)
        portal.notes[item.numeral] = f"wpdm/{style}"
    path = "/informacion-publica/"
    routes[path] = Resource(_page("Información Pública de Oficio", "".join(parts), today=today))
    _home(routes, path, "Información Pública de Oficio")
    return routes


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace('"', "")


# -- cards ---------------------------------------------------------------------------------------


def _cards(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    more = EXAM["cards"]["more"]["text"]
    opener = EXAM["cards"]["open"]["text"]
    grid = []
    for item in _present(items):
        base = f"/transparencia/numeral-{item.numeral}"
        grid.append(
            '<div class="col-md-4"><div class="card h-100"><div class="card-body">'
            f'<span class="badge badge-primary">{item.numeral}</span>'
            f'<h5 class="card-title">{_e(item.plain)}</h5>'
            f'<a href="{base}/" class="btn btn-primary">{_e(more)}</a>'
            "</div></div></div>"
        )
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        select = bool(item.docs) and draw(st.booleans())
        body = _body(item).split("<ul>")[0] if item.docs else _body(item)

        def group(year: int, item: Item = item) -> str:
            links = "".join(
                f'<li><a href="{d.path}" target="_blank">{_e(d.name)} '
                f'<span class="d-none d-sm-inline">{_e(opener)}</span></a></li>'
                for d in item.docs
                if d.modified and d.modified.year == year
            )
            return f"<h4>{year}</h4><ul class='list-unstyled'>{links}</ul>"

        if select:
            options = "".join(f'<option value="{base}/{y}/">{y}</option>' for y in years)
            body += (
                '<div class="form-group"><label for="anio">Año</label>'
                '<select id="anio" class="form-control" '
                'onchange="if (this.value) window.location.href = this.value">'
                f'<option value="">{_e(EXAM["cards"]["all_years"]["text"])}</option>'
                f"{options}</select></div>"
            )
            for year in years:
                routes[f"{base}/{year}/"] = Resource(
                    _page(f"{item.plain} {year}", group(year), today=today)
                )
        else:
            body += "".join(group(y) for y in years)
        portal.notes[item.numeral] = "cards/select" if select else "cards/inline"
        routes[f"{base}/"] = Resource(_page(item.label, body, today=today))
    path = "/transparencia/"
    title = EXAM["cards"]["title"]["text"]
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<div class="row row-cols-1 row-cols-md-3">{"".join(grid)}</div>'
    )
    routes[path] = Resource(_page(title, body, today=today))
    _home(routes, path, "Transparencia")
    return routes


# -- tabs ----------------------------------------------------------------------------------------


def _tabs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    bs5 = draw(st.booleans())
    tab_text = draw(st.sampled_from(["numeral", "number", "full"]))
    tabs, panes = [], []
    for index, item in enumerate(_present(items)):
        pane_id = f"num{item.numeral}"
        text = {"numeral": f"Numeral {item.numeral}", "number": str(item.numeral)}.get(
            tab_text, item.label
        )
        active = " active" if index == 0 else ""
        if bs5:
            tabs.append(
                f'<li class="nav-item" role="presentation"><button class="nav-link{active}" '
                f'id="{pane_id}-tab" data-bs-toggle="tab" data-bs-target="#{pane_id}" '
                f'type="button" role="tab">{_e(text)}</button></li>'
            )
        else:
            tabs.append(
                f'<li class="nav-item"><a class="nav-link{active}" id="{pane_id}-tab" '
                f'data-toggle="tab" href="#{pane_id}" role="tab">{_e(text)}</a></li>'
            )
        heading = tab_text == "full" or draw(st.booleans())
        head = f"<h5>{_e(item.plain)}</h5>" if heading and tab_text != "full" else ""
        show = " show active" if index == 0 else ""
        panes.append(
            f'<div class="tab-pane fade{show}" id="{pane_id}" role="tabpanel" '
            f'aria-labelledby="{pane_id}-tab">{head}{_body(item)}</div>'
        )
        portal.notes[item.numeral] = f"tabs/{'bs5' if bs5 else 'bs4'}/{tab_text}/head={bool(head)}"
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="nav nav-tabs" id="laipTab" role="tablist">{"".join(tabs)}</ul>'
        f'<div class="tab-content" id="laipTabContent">{"".join(panes)}</div>'
    )
    path = "/transparencia/ley-de-acceso/"
    routes[path] = Resource(_page("Información Pública", body, today=today))
    _home(routes, path, "Información Pública")
    return routes


# -- doctable ------------------------------------------------------------------------------------


def _doctable(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    header = "".join(f"<th>{_e(h['text'])}</th>" for h in EXAM["table"]["header"])
    download = EXAM["table"]["header"][3]["text"]
    links = []
    for category, item in enumerate(_present(items), start=10):
        path = f"/index.php/{item.numeral:02d}-{_slug(item.plain)[:20]}"
        links.append(f'<li><a href="{path}">{_e(item.label)}</a></li>')
        body = _body(item).split("<ul>")[0] if item.docs else _body(item)
        where = "none"
        if item.docs:
            alias = f"{category}-{_slug(item.plain)[:30]}"
            phoca = draw(st.booleans())
            rows = []
            for number, doc in enumerate(item.docs, start=1):
                if phoca:
                    doc.path = (
                        f"/index.php/descargas/category/{alias}"
                        f"?download={category * 10 + number}:{_slug(doc.name)[:40]}"
                    )
                rows.append(
                    f"<tr><td>{number}</td><td>{_e(doc.name)}</td>"
                    f"<td>{day_month_year(_pub_date(doc, today))}</td>"
                    f'<td><a href="{_e(doc.path)}" class="btn btn-sm">{_e(download)}</a></td></tr>'
                )
            table = (
                f'<table class="table table-striped"><thead><tr>{header}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            if draw(st.booleans()):
                body += table
                where = "inline"
            else:
                # A Phoca Download category of the same site, linked by its title.
                cat = f"/index.php/descargas/category/{alias}"
                years = sorted({d.modified.year for d in item.docs if d.modified})
                cat_title = f"{item.plain} {years[-1]}" if years else item.plain
                body += f'<p><a href="{cat}">{_e(cat_title)}</a></p>'
                routes[cat] = Resource(_page(cat_title, table, today=today))
                where = "category"
        portal.notes[item.numeral] = f"doctable/{where}"
        routes[path] = Resource(_page(item.label, body, today=today))
    index = "/index.php/informacion-publica"
    routes[index] = Resource(
        _page(
            "Información Pública de Oficio",
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f"<ul class='list-numerales'>{''.join(links)}</ul>",
            today=today,
        )
    )
    _home(routes, index, "Información Pública de Oficio")
    return routes


_BUILDERS = {"wpdm": _wpdm, "cards": _cards, "tabs": _tabs, "doctable": _doctable}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 700) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [item.label, item.plain]
    for path, resource in portal.routes.items():
        text = resource.body.decode("utf-8", "replace")
        for needle in needles:
            at = text.find(_e(needle))
            if at >= 0 and "<h1>" + _e(needle) not in text[max(0, at - 4) : at + len(needle)]:
                return f"{path}: …{text[max(0, at - 200) : at + width]}…"
    return "(not on any page)"


__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "MESES", "portals", "snippet"]
