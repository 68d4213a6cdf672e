"""Sixty-fourth exam: four portal layouts whose theme is THE BODY'S OWN CLAIMS ABOUT ITS COMPLIANCE,
with the truth of every section.

Real portals decorate their Article 10 pages with self-declarations that may or may not be true:
per-item badges ("Actualizado", "Vigente", "Al día", "Desactualizado", "Pendiente", "No aplica"),
check marks (✔ / ✅ / ✘), a semáforo column (verde / amarillo / rojo) with its legend, "Cumple: Sí",
per-item "Última actualización: 30/11/2026" / "Actualizado al 31 de octubre de 2026" /
"Fecha de actualización: Noviembre 2026" labels set by the CMS or typed once; a page-level
"Índice de cumplimiento: 100 %" with a progress bar, "Portal actualizado al mes de noviembre
2026", a "Sello de Transparencia" picture, the PDH's ranking or supervision result ("97 % – Nivel
Aceptable (verde)"); and a checklist table "Numeral | Información | ¿Publicado? | Fecha de
actualización | Enlace" whose link column points to the item's page or lists its documents.
Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``), except that the generator's own "Actualizado:
dd/mm/yyyy" line is dropped (the claims below replace it); what is new is the claims.

Each present item gets ONE claim, drawn independently of its truth (``portal.notes`` says which):

* ``honest``: what the body would say if it told the truth: positive with the newest document's
  upload day for ok and broken items (the body does not know its files are gone; an own-text item:
  a day some months back), negative with the newest document's upload day for outdated items,
  negative without a day for empty items, "No aplica" for items that do not apply;
* ``fresh``: positive, dated this month or the last days of the previous one, whatever the truth
  (a stale item claimed "Actualizado", an empty one "✔ Cumple", a "No aplica" one "Vigente");
* ``stale``: negative ("Desactualizado", "Pendiente", rojo) dated one to two and a half years ago,
  whatever the truth (a current item claimed out of date);
* ``none``: no badge, no date, an empty check cell.

Truth conventions (a careful citizen reading every page): a claim is the body's word about itself,
never evidence. The truth is what the item's own documents and words show, under the generator's
conventions (``../shared/laip/README.md`` rhythms): current documents are ok, old ones outdated,
dead links broken, the law's text or an empty phrase empty, a "No aplica" phrase not_applicable,
whatever badge, colour, check or date sits beside them; "Última actualización: 20/11/2026" beside
monthly reports ending in May is outdated, "Desactualizado" beside October's report is ok, "✔
Cumple" over the law's text alone is empty, a red light over "No aplica" is not_applicable. A claim
date dates nothing: it is not a document's period. The page-level claims (index, progress bar,
portal stamp, seal, PDH result) say nothing about any one item. An item the site names nowhere is
missing (unknown when the generator's noise made a page fail). Wording and markup:
``wording.toml`` here (sources there). Layouts:

* ``checklist``: one page, the page-level claims over a table "Numeral | Información | ¿Publicado?
  | Fecha de actualización | Enlace" (Sí / ✔ / ✅ / No / ✘ / No aplica; a date typed as dd/mm/yyyy,
  in words or as a month); the link column either "Ver" to the item's own page (its name, the claim
  date again, its words and documents) or the documents themselves (their names; the item's
  phrase or own text where it has none).
* ``tarjetas``: a WordPress page of Bootstrap cards (4 or 5 badge markup): a badge in the card's
  header, the item's name, its words and documents in the body (or a "Ver documentos" button to the
  item's page), "Última actualización: …" in the footer; the seal and the PDH result above the grid.
* ``acordeon``: an accordion (Bootstrap 5 ``accordion-item`` or WordPress ``<details>`` blocks)
  over a semáforo legend: in each header a coloured light and the item's name, the "Última
  actualización" label in the header or as the panel's first line, then the item's words and
  documents.
* ``banner``: an index of links to one page per item (a ✅ / ⚠️ / ❌ beside some links) under a
  progress bar; each item's page opens with a status banner (``alert-success`` "✔ Información
  actualizada. Última actualización: …", ``alert-danger``, ``alert-secondary`` "No aplica", or
  none), then the law's text, the words and the documents.
"""

from __future__ import annotations

import datetime as dt
import random
import re
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
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("checklist", "tarjetas", "acordeon", "banner")
EXAM64: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_INNER = {
    "checklist": "table",
    "tarjetas": "accordion",
    "acordeon": "accordion",
    "banner": "joomla",
}
_KINDS = ("honest", "honest", "fresh", "fresh", "stale", "none")

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 120


def _w(section: str, key: str) -> Any:
    return EXAM64[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, days, percentages), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


# -- claims --------------------------------------------------------------------------------------


@dataclass
class Claim:
    kind: str  # honest | fresh | stale | none
    status: str  # ok (positive) | bad (negative) | na (no aplica) | "" (no claim)
    day: dt.date | None = None


@dataclass
class _Style:
    """How this portal writes its claims (fixed per site)."""

    date_form: str  # dmy | words | month
    label: str  # "Última actualización: {date}" …
    positive: str
    negative: str
    na: str
    yes: str
    no: str
    rng: random.Random = field(default_factory=random.Random)

    def date(self, day: dt.date) -> str:
        if self.date_form == "dmy":
            return day_month_year(day)
        if self.date_form == "words":
            return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"
        return str(_w("claims", "month_only")).format(mes=MESES[day.month - 1], yyyy=day.year)

    def dated(self, claim: Claim) -> str:
        """ "Última actualización: 30/11/2026", or "" without a day."""
        return self.label.format(date=self.date(claim.day)) if claim.day else ""

    def word(self, claim: Claim) -> str:
        return {"ok": self.positive, "bad": self.negative, "na": self.na}.get(claim.status, "")

    def check(self, claim: Claim) -> str:
        return {"ok": self.yes, "bad": self.no, "na": self.na}.get(claim.status, "")


def _style(draw: st.DrawFn) -> _Style:
    return _Style(
        date_form=draw(st.sampled_from(["dmy", "dmy", "words", "month"])),
        label=draw(st.sampled_from(list(_w("claims", "updated")))),
        positive=draw(st.sampled_from(list(_w("claims", "positive")))),
        negative=draw(st.sampled_from(list(_w("claims", "negative")))),
        na=draw(st.sampled_from(list(_w("claims", "not_applicable")))),
        yes=draw(st.sampled_from(list(_w("claims", "check_yes")))),
        no=draw(st.sampled_from(list(_w("claims", "check_no")))),
        rng=_rng(draw),
    )


def _uploads(items: list[Item], today: dt.date, draw: st.DrawFn) -> dict[str, dt.date]:
    """The day each document was put on the site (a few days after the period it covers)."""
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    return {d.path: uploaded(d, today, lag + rng.randint(0, 8)) for i in items for d in i.docs}


def _claims(
    draw: st.DrawFn, present: list[Item], today: dt.date, ups: dict[str, dt.date]
) -> dict[int, Claim]:
    rng = _rng(draw)
    out: dict[int, Claim] = {}
    for item in present:
        kind = draw(st.sampled_from(_KINDS))
        newest = max((ups[d.path] for d in item.docs), default=None)
        if kind == "honest":
            if item.truth in ("ok", "broken"):
                day = newest or today - dt.timedelta(days=rng.randint(30, 400))
                claim = Claim(kind, "ok", day)
            elif item.truth == "outdated":
                claim = Claim(kind, "bad", newest)
            elif item.truth == "not_applicable":
                claim = Claim(kind, "na", None)
            else:
                claim = Claim(kind, "bad", None)
        elif kind == "fresh":
            claim = Claim(kind, "ok", today - dt.timedelta(days=rng.randint(0, 14)))
        elif kind == "stale":
            claim = Claim(kind, "bad", today - dt.timedelta(days=rng.randint(380, 900)))
        else:
            claim = Claim(kind, "", None)
        out[item.numeral] = claim
    return out


def _percent(present: list[Item], rng: random.Random) -> int:
    """The body's compliance figure: 100, a flattering figure, or its true share of ok items."""
    true_share = round(100 * sum(i.truth == "ok" for i in present) / max(1, len(present)))
    return int(rng.choice([100, 100, rng.randint(92, 99), true_share]))


def _level(pct: int) -> str:
    for floor, name in _w("page", "levels"):
        if pct >= int(floor):
            return str(name)
    return ""


def _page_claims(draw: st.DrawFn, today: dt.date, present: list[Item], bar: bool) -> str:
    """Page-level claims: a compliance index (with a progress bar), a portal stamp, a seal, the
    PDH's result; each drawn or not (at least one)."""
    rng = _rng(draw)
    which = [k for k in ("index", "stamp", "seal", "pdh") if draw(st.booleans())] or ["index"]
    if bar and "index" not in which:
        which.insert(0, "index")
    out = ""
    pct = _percent(present, rng)
    for kind in which:
        if kind == "index":
            text = str(rng.choice(list(_w("page", "index")))).format(pct=pct)
            colour = "bg-success" if pct >= 85 else "bg-warning" if pct >= 60 else "bg-danger"
            out += f'<div class="indice-cumplimiento"><p><strong>{_e(text)}</strong></p>'
            if bar or rng.random() < 0.5:
                out += (
                    f'<div class="progress" style="height: 24px;"><div class="progress-bar'
                    f' {colour}" role="progressbar" style="width: {pct}%" aria-valuenow="{pct}"'
                    f' aria-valuemin="0" aria-valuemax="100">{pct}%</div></div>'
                )
            out += "</div>"
        elif kind == "stamp":
            # Typed once: this month, or a month or two back.
            day = today - dt.timedelta(days=rng.choice([0, 3, 20, 45, 70]))
            text = str(rng.choice(list(_w("page", "stamp")))).format(
                mes=MESES[day.month - 1].lower(), yyyy=day.year, date=day_month_year(day)
            )
            out += f'<p class="portal-actualizado"><em>{_e(text)}</em></p>'
        elif kind == "seal":
            year = today.year - rng.randint(0, 2)
            title = str(rng.choice(list(_w("page", "seal")))).format(yyyy=year)
            out += (
                f'<figure class="wp-block-image sello-transparencia"><img'
                f' src="/wp-content/uploads/{year}/06/sello-transparencia-{year}.png"'
                f' alt="{_e(title)}" width="160" height="160"><figcaption>{_e(title)}. '
                f"{_e(_w('page', 'seal_text'))}</figcaption></figure>"
            )
        else:
            year = today.year - rng.randint(1, 2)
            score = rng.choice([pct, rng.randint(86, 100)])
            text = str(rng.choice(list(_w("page", "pdh")))).format(
                yyyy=year, pct=score, level=_level(score)
            )
            out += f'<div class="resultado-pdh"><p>{_e(text)}</p></div>'
    return f'<div class="autoevaluacion">{out}</div>'


def _seal_routes(routes: Routes, html: str) -> None:
    """Serve the seal's picture when a page shows one."""
    for path in re.findall(r"/wp-content/uploads/\d{4}/06/sello-transparencia-\d{4}\.png", html):
        routes[path] = Resource(_PNG, content_type="image/png")


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    index: str
    title: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        html = (
            "<!doctype html><html lang='es-GT'><head><meta charset='utf-8'>"
            f"<title>{_e(title)} - {_e(self.name)}</title></head><body>"
            f"<header class='site-header'><p class='site-title'>{_e(self.name)}</p>{self.nav}"
            f"</header><main id='main' class='site-main'>{trail}"
            f"<h1 class='entry-title'>{_e(title)}</h1>{body}</main>"
            f"<footer class='site-footer'><p>{_e(footer)}</p></footer></body></html>"
        )
        self.routes[path] = Resource(html.encode("utf-8"))
        _seal_routes(self.routes, body)


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    name = str(_w("site", "name")).format(town=town)
    title = str(draw(st.sampled_from(list(_w("site", "titles")))))
    site = _Site(name, town, index, title)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        ("Noticias", "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-navigation"><ul class="menu">{rows}</ul></nav>'
    return site


def _home(site: _Site) -> Routes:
    body = (
        f"<p>{_e(_w('site', 'welcome'))}</p>"
        f'<p><a href="{_e(site.index)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _prepare(items: list[Item], today: dt.date, draw: st.DrawFn, where: str) -> dict[str, dt.date]:
    """Drop the generator's "Actualizado" line, give documents the site's upload addresses, and
    return each document's upload day."""
    for item in items:
        item.updated = ""
    ups = _uploads(items, today, draw)
    if where == "wp":
        seen: set[str] = set()
        moved: dict[str, dt.date] = {}
        for item in items:
            for doc in item.docs:
                up = ups[doc.path]
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"
                doc.path = unique(path, seen)
                moved[doc.path] = up
        return moved
    return ups


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


def _notes(portal: ExamPortal, claims: dict[int, Claim], extra: str) -> None:
    for item in portal.items:
        claim = claims.get(item.numeral)
        said = f"{claim.kind}:{claim.status or '-'}" if claim else "sin-reclamo"
        if claim and claim.day:
            said += f"@{claim.day.isoformat()}"
        portal.notes[item.numeral] = (
            f"{portal.layout}/{extra}/{said}/{item_rhythm(item)}/{_how(item)}"
        )


def _words(item: Item, law: bool = True) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item, law=law))


def _doc_list(item: Item) -> str:
    links = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>' for d in item.docs
    )
    return f"<ul>{links}</ul>" if links else ""


def _item_page(site: _Site, path: str, item: Item, top: str, crumbs: list[tuple[str, str]]) -> None:
    """An item's own page: ``top`` (a banner or a date line), its words and its documents."""
    site.put(
        path,
        item.label,
        f'<div class="entry-content">{top}{_words(item)}{_doc_list(item)}</div>',
        crumbs,
    )


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


# -- checklist -----------------------------------------------------------------------------------


def _checklist(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/", "/informacion-publica-de-oficio/"])))
    site = _site(draw, index)
    ups = _prepare(items, today, draw, draw(st.sampled_from(["wp", "generator"])))
    present = _present(items)
    style = _style(draw)
    claims = _claims(draw, present, today, ups)
    mode = draw(st.sampled_from(["pagina", "documentos"]))
    see = str(draw(st.sampled_from(list(_w("checklist", "see")))))
    law_under = draw(st.booleans())
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("checklist", "head"))
    rows = []
    for item in present:
        claim = claims[item.numeral]
        name = f"<strong>{_e(item.label)}</strong>"
        if law_under and item.law_text:
            name += f"<br><small>{_e(item.law_text)}</small>"
        check = _e(style.check(claim))
        when = _e(style.date(claim.day)) if claim.day else "—"
        if mode == "pagina":
            path = f"{index}numeral-{item.numeral}/"
            top = (
                f'<p class="fecha-actualizacion">{_e(style.dated(claim))}</p>' if claim.day else ""
            )
            _item_page(site, path, item, top, [(site.title, index), (item.label, "")])
            link = f'<a href="{_e(path)}">{_e(see)}</a>'
        elif item.docs:
            link = "<br>".join(
                f'<a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a>' for d in item.docs
            )
        else:
            link = _e(" ".join(t for t in (item.own_text, item.phrase) if t))
        rows.append(
            f'<tr><td class="text-center">{item.numeral}</td><td>{name}</td>'
            f'<td class="text-center">{check}</td><td>{when}</td><td>{link}</td></tr>'
        )
    body = (
        '<div class="entry-content">'
        f"{_page_claims(draw, today, present, bar=False)}{_opening()}"
        '<table class="table table-bordered table-striped tabla-cumplimiento">'
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p><small>{_e(_w('checklist', 'responsible'))}</small></p></div>"
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, claims, f"{mode}/{style.date_form}")
    return _home(site)


# -- tarjetas ------------------------------------------------------------------------------------


def _tarjetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/", "/ley-de-acceso-a-la-informacion/"])))
    site = _site(draw, index)
    ups = _prepare(items, today, draw, "wp")
    present = _present(items)
    style = _style(draw)
    claims = _claims(draw, present, today, ups)
    bs = draw(st.sampled_from([4, 5]))
    inline = draw(st.sampled_from(["inline", "button", "mixed"]))
    button = str(draw(st.sampled_from(list(_w("cards", "button")))))
    rng = _rng(draw)
    colours = {"ok": "success", "bad": "danger", "na": "secondary"}
    cards = []
    for item in present:
        claim = claims[item.numeral]
        badge = ""
        if claim.status:
            colour = colours[claim.status]
            if claim.status == "bad" and rng.random() < 0.5:
                colour = "warning"
            css = f"badge bg-{colour}" if bs == 5 else f"badge badge-{colour}"
            if colour == "warning" and bs == 5:
                css += " text-dark"
            mark = "✔ " if claim.status == "ok" and rng.random() < 0.5 else ""
            badge = f'<span class="{css} float-end">{_e(mark + style.word(claim))}</span>'
        header = (
            f'<div class="card-header"><span class="numeral">{item.numeral}</span>{badge}</div>'
        )
        in_card = inline == "inline" or (inline == "mixed" and rng.random() < 0.5)
        if in_card:
            inner = f"{_words(item, law=False)}{_doc_list(item)}"
        else:
            path = f"{index}{item.numeral}-{_slug(item.plain)[:40]}/"
            top = (
                f'<p class="fecha-actualizacion">{_e(style.dated(claim))}</p>' if claim.day else ""
            )
            _item_page(site, path, item, top, [(site.title, index), (item.label, "")])
            inner = f'<a href="{_e(path)}" class="btn btn-primary btn-sm">{_e(button)}</a>'
        footer = ""
        if claim.day:
            footer = (
                f'<div class="card-footer"><small class="text-muted">{_e(style.dated(claim))}'
                "</small></div>"
            )
        cards.append(
            '<div class="col"><div class="card h-100">'
            f'{header}<div class="card-body"><h5 class="card-title">{_e(item.label)}</h5>'
            f"{inner}</div>{footer}</div></div>"
        )
    grid = (
        f'<div class="row row-cols-1 row-cols-md-3 g-4">{"".join(cards)}</div>'
        if bs == 5
        else f'<div class="card-deck row">{"".join(cards)}</div>'
    )
    body = (
        '<div class="entry-content">'
        f"{_page_claims(draw, today, present, bar=False)}{_opening()}{grid}</div>"
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, claims, f"bs{bs}/{inline}/{style.date_form}")
    return _home(site)


# -- acordeon ------------------------------------------------------------------------------------


def _light(claim: Claim, rng: random.Random) -> tuple[str, str]:
    """The semáforo's colour for a claim: (css, its name)."""
    lights = {row[0]: row[1] for row in _w("claims", "semaforo")}
    if claim.status == "ok":
        key = "verde"
    elif claim.status == "bad":
        key = "rojo" if claim.day is None or rng.random() < 0.5 else "amarillo"
    elif claim.status == "na":
        key = "verde" if rng.random() < 0.5 else "amarillo"
    else:
        return "", ""
    return key, str(lights[key])


def _acordeon(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/informacion-publica/", "/transparencia/articulo-10/"])))
    site = _site(draw, index)
    ups = _prepare(items, today, draw, "wp")
    present = _present(items)
    style = _style(draw)
    claims = _claims(draw, present, today, ups)
    kind = draw(st.sampled_from(["bootstrap", "details"]))
    where = draw(st.sampled_from(["header", "panel"]))
    period = draw(st.booleans())
    rng = _rng(draw)
    legend = "".join(
        f'<li><span class="semaforo semaforo-{key}" aria-hidden="true">●</span> '
        f"<strong>{_e(name)}:</strong> {_e(meaning)}</li>"
        for key, name, meaning in _w("claims", "semaforo")
    )
    legend = (
        f'<div class="leyenda-semaforo"><p>{_e(_w("claims", "semaforo_title"))}</p>'
        f'<ul class="list-unstyled">{legend}</ul></div>'
    )
    panels = []
    for k, item in enumerate(present):
        claim = claims[item.numeral]
        key, name = _light(claim, rng)
        light = (
            f'<span class="semaforo semaforo-{key}" title="{_e(name)}" aria-label="{_e(name)}">'
            "●</span> "
            if key
            else ""
        )
        dated = style.dated(claim)
        head_date = (
            f' <small class="ms-auto fecha-actualizacion">{_e(dated)}</small>'
            if dated and where == "header"
            else ""
        )
        first = (
            f'<p class="fecha-actualizacion text-muted">{_e(dated)}</p>'
            if dated and where == "panel"
            else ""
        )
        if period:
            rhythm = _w("claims", "rhythms")[item_rhythm(item)]
            said = str(_w("claims", "period")).format(rhythm=rhythm)
            first += f'<p class="periodicidad">{_e(said)}</p>'
        inner = f"{first}{_words(item)}{_doc_list(item)}"
        if kind == "bootstrap":
            n = k + 1
            panels.append(
                f'<div class="accordion-item"><h2 class="accordion-header" id="heading{n}">'
                f'<button class="accordion-button collapsed" type="button"'
                f' data-bs-toggle="collapse" data-bs-target="#collapse{n}" aria-expanded="false"'
                f' aria-controls="collapse{n}">{light}{_e(item.label)}{head_date}</button></h2>'
                f'<div id="collapse{n}" class="accordion-collapse collapse"'
                f' aria-labelledby="heading{n}" data-bs-parent="#acordeonLaip">'
                f'<div class="accordion-body">{inner}</div></div></div>'
            )
        else:
            panels.append(
                f'<details class="wp-block-details"><summary>{light}{_e(item.label)}{head_date}'
                f"</summary>{inner}</details>"
            )
    items_html = (
        f'<div class="accordion" id="acordeonLaip">{"".join(panels)}</div>'
        if kind == "bootstrap"
        else "".join(panels)
    )
    body = (
        '<div class="entry-content">'
        f"{_page_claims(draw, today, present, bar=False)}{_opening()}{legend}{items_html}</div>"
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, claims, f"{kind}/{where}/{style.date_form}")
    return _home(site)


# -- banner --------------------------------------------------------------------------------------


def _banner(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/index.php/transparencia", "/index.php/articulo-10"])))
    site = _site(draw, index)
    ups = _prepare(items, today, draw, "generator")
    present = _present(items)
    style = _style(draw)
    claims = _claims(draw, present, today, ups)
    icons = draw(st.booleans())
    rng = _rng(draw)
    alerts = {"ok": "success", "bad": "danger", "na": "secondary"}
    texts = {"ok": "banner_ok", "bad": "banner_bad", "na": "banner_na"}
    links = []
    for item in present:
        claim = claims[item.numeral]
        path = f"{index}/{item.numeral}-{_slug(item.plain)[:40]}"
        top = ""
        if claim.status:
            said = str(rng.choice(list(_w("claims", texts[claim.status]))))
            dated = style.dated(claim)
            top = (
                f'<div class="alert alert-{alerts[claim.status]}" role="alert">'
                f"<strong>{_e(said)}</strong>{' ' + _e(dated) if dated else ''}</div>"
            )
        page = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{_e(item.label)}</h2></div>'
            f'{top}<div itemprop="articleBody">{_words(item)}{_doc_list(item)}</div></div>'
        )
        site.put(path, item.label, page, [(site.title, index), (item.label, "")])
        mark = ""
        if icons and claim.status:
            mark = {"ok": " ✅", "bad": " ⚠️", "na": " ➖"}[claim.status]
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a>{mark}</li>')
    body = (
        '<div class="item-page"><div itemprop="articleBody">'
        f"{_page_claims(draw, today, present, bar=True)}{_opening()}"
        f'<ul class="list-numerales">{"".join(links)}</ul></div></div>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, claims, f"{'iconos' if icons else 'sin-iconos'}/{style.date_form}")
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "checklist": _checklist,
    "tarjetas": _tarjetas,
    "acordeon": _acordeon,
    "banner": _banner,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 64 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
