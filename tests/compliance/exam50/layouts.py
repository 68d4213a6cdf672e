"""Fiftieth exam: four portal layouts whose theme is THE SAME CONTENT PRINTED TWICE FOR DIFFERENT
SCREENS, with the truth of every section.

Responsive sites print the Article 10 section twice in one page, a desktop version and a mobile
version, and let the theme's stylesheet hide one of them by the screen's width; the two are built
differently (a desktop table or tabs, mobile cards or an accordion; a desktop mega-menu, a mobile
off-canvas menu) and often say different things, because staff update the version they look at and
forget the other: the mobile version lags behind (older documents of the same item, an item left
out, a "Próximamente" placeholder) or lists the documents' names without links. Items (truth,
labels, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item`` under the generated layout named in ``_INNER``) and
served at the generator's addresses; the older documents only the mobile version links are real
files of the site (served, dated by their period). THE TRUTH IS WHAT A CITIZEN ON A DESKTOP
BROWSER READS: the desktop version's content; what only a phone shows is not the truth where it
contradicts the desktop. Which version comes first in the source, how the mobile one lags (not at
all, names without links, behind, or item by item at random) and the markup are drawn. Pages may
link a print copy (``?print=1``, ``?tmpl=component&print=1``, ``imprimir/``: the desktop content
alone) and an AMP copy (``<link rel="amphtml">`` to ``amp/`` or ``?amp=1``: AMP's boilerplate, the
builder's stylesheet gone, so both versions shown one after the other). Each page links the
stylesheet holding the real hiding rules, served by the site. Wording: ``wording.toml`` (sources
there). Layouts:

* ``bootstrap``: a Bootstrap 5, 4 or 3 page: the desktop table "Numeral | Descripción | Documentos"
  (or "No. | Información | Documentos") in ``d-none d-md-block`` / ``d-none d-lg-block`` (Bootstrap
  3: ``hidden-xs``, ``hidden-xs hidden-sm``), the mobile version in ``d-md-none`` / ``d-lg-none`` /
  ``d-block d-md-none`` (``visible-xs``, ``visible-xs-block``, ``visible-xs-block
  visible-sm-block``) as cards ("Numeral 8" header, the item's words as title) or an accordion
  (Bootstrap 5 ``accordion-button``, Bootstrap 4 collapse cards, Bootstrap 3 panels).
* ``elementor``: a WordPress page of Elementor sections: the desktop one ``elementor-hidden-mobile``
  (or hidden on tablets too) holding a vertical tabs widget (which prints every title twice itself,
  ``elementor-tab-desktop-title`` and ``elementor-tab-mobile-title``) or a text-editor table; the
  mobile one ``elementor-hidden-desktop`` (``elementor-hidden-tablet``) holding an accordion widget
  or heading + icon-list widgets.
* ``constructor``: a WordPress page built with WPBakery (a desktop column ``vc_hidden-xs`` of
  headings and lists, a mobile column ``vc_hidden-lg vc_hidden-md vc_hidden-sm`` holding a
  ``vc_tta`` accordion; in one row or two) or Divi (an ``et_pb_section`` ``et_pb_hidden_phone`` of a
  text module, an ``et_pb_section`` ``et_pb_hidden_desktop et_pb_hidden_tablet`` of toggles).
* ``megamenu``: a site whose header holds a desktop mega-menu (``d-none d-lg-block``, the numerals
  in columns "Numerales 1 al 10"…) leading to a page per numeral, and a Bootstrap 5 off-canvas
  mobile menu (``offcanvas offcanvas-start d-lg-none``) that leads to the same pages, or (lagging)
  to an older mobile copy of the page (``/movil/transparencia/…``: older documents, names only), to
  a "Próximamente" page, or leaves the item out; the section's landing page lists the numerals in a
  desktop and a mobile list alike; numeral pages may link print and AMP copies of themselves.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    item_rhythm,
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
    _last_day,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("bootstrap", "elementor", "constructor", "megamenu")
EXAM50: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a table (bare names
# allowed, no statements of the municipality's own), tabs, headings, or a page per numeral.
_INNER = {
    "bootstrap": "table",
    "elementor": "accordion",
    "constructor": "wordpress",
    "megamenu": "joomla",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM50[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


# -- the mobile version: what a phone shows of each item -------------------------------------------


@dataclass
class _View:
    """What the mobile version shows of one item."""

    kind: str  # igual | nombres | antiguo | proximamente | falta
    docs: list[Doc] = field(default_factory=list)
    linked: bool = True
    words: list[str] = field(default_factory=list)


_DRIFTS = ("al_dia", "sin_enlaces", "atrasada", "atrasada", "mixta")


def _aged(item: Item, months: int, years: int, seen: set[str]) -> list[Doc]:
    """Older documents of the item (the same series, ``months`` months or ``years`` years
    before), as the mobile version still links them; [] when the documents' names carry no
    period to move."""
    monthly = item_rhythm(item) == "monthly"
    out = []
    for doc in item.docs:
        assert doc.modified is not None
        year, month = doc.modified.year, doc.modified.month
        if monthly:
            index = year * 12 + month - 1 - months
            year2, month2 = index // 12, index % 12 + 1
            old, new = MESES[month - 1], MESES[month2 - 1]
            name = doc.name.replace(old, new).replace(old.upper(), new.upper())
            day = _last_day(year2, month2)
        else:
            year2 = year - years
            name = doc.name
            day = dt.date(year2, doc.modified.month, doc.modified.day)
        if str(year) not in name:
            return []
        name = name.replace(str(year), str(year2))
        path = unique(f"/files/{item.numeral:02d}/{_slug(name)}.pdf", seen)
        out.append(Doc(name, path, True, day))
    return out


def _views(draw: st.DrawFn, items: list[Item]) -> tuple[dict[int, _View], list[Doc], str]:
    """The mobile version of every present item, the older documents it links, and how it
    drifted from the desktop one."""
    drift = draw(st.sampled_from(_DRIFTS))
    months, years = draw(st.integers(3, 9)), draw(st.integers(1, 3))
    placeholder = str(_pick(draw, "movil", "placeholder"))
    seen = {doc.path for item in items for doc in item.docs}
    views: dict[int, _View] = {}
    old: list[Doc] = []
    for item in _present(items):
        aged = _aged(item, months, years, seen) if item.truth in ("ok", "outdated") else []
        options = ["igual"]
        if drift == "sin_enlaces" and item.docs:
            options = ["nombres"]
        elif drift in ("atrasada", "mixta"):
            options += ["proximamente", "falta"] + (["antiguo", "antiguo"] if aged else [])
            if drift == "mixta" and item.docs:
                options.append("nombres")
        kind = draw(st.sampled_from(options))
        words = item_words(item)
        if kind == "igual":
            views[item.numeral] = _View(kind, list(item.docs), True, words)
        elif kind == "nombres":
            views[item.numeral] = _View(kind, list(item.docs), False, words)
        elif kind == "antiguo":
            shown = aged[: draw(st.integers(1, len(aged)))]
            old += shown
            kept = [t for t in (item.law_text, item.own_text) if t]
            views[item.numeral] = _View(kind, shown, True, kept)
        elif kind == "proximamente":
            law = [item.law_text] if item.law_text else []
            views[item.numeral] = _View(kind, [], True, [*law, placeholder])
        else:
            views[item.numeral] = _View(kind)
    return views, old, drift


def _serve(routes: Routes, docs: Sequence[Doc]) -> None:
    """The older documents only the mobile version links: real files of the site."""
    for doc in docs:
        assert doc.modified is not None
        stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
        routes[doc.path] = Resource(
            b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
            content_type="application/pdf",
            last_modified=stamp,
        )


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    menu: str
    index: str
    head: str = ""  # the theme's stylesheets
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def page(
        self,
        path: str,
        title: str,
        body: str,
        crumbs: list[tuple[str, str]] | None,
        head: str = "",
    ) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        html = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_e(title)} - {_e(self.name)}</title>{self.head}{head}</head><body>"
            f"<header class='site-header'><p class='institucion'>{_e(self.name)}</p>{self.nav}"
            f"</header><main>{trail}<h1>{_e(title)}</h1>{body}</main>"
            f"<footer class='site-footer'><p>{_e(footer)}</p></footer></body></html>"
        )
        self.routes[path] = Resource(html.encode("utf-8"))

    def stylesheet(self, path: str, css: str) -> None:
        self.head += f"<link rel='stylesheet' href='{_e(path)}' media='all'>"
        self.routes[path] = Resource(css.encode("utf-8"), content_type="text/css")

    def home(self) -> None:
        """The home page (its ``</main>`` is where the generator's noise may add a link)."""
        body = (
            f'<p><a href="{_e(self.index)}">{_e(self.menu)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
        )
        self.page("/", self.name, body, None)


def _site(draw: st.DrawFn) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    name = str(_w("site", "name")).format(town=town)
    site = _Site(name, str(_pick(draw, "site", "menu")), str(_pick(draw, "site", "pages")))
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, site.index),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (element ids), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _title(draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))


# -- what each version prints of an item -----------------------------------------------------------


def _paras(texts: Sequence[str], css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{_e(t)}</p>" for t in texts if t)


def _doc_list(docs: Sequence[Doc], linked: bool, css: str = "", icon: str = "") -> str:
    """The documents as a list: links, or (a mobile version lagging) names only."""
    if not docs:
        return ""
    attr = f' class="{css}"' if css else ""
    rows = []
    for doc in docs:
        if linked:
            rows.append(
                f'<li><a href="{_e(doc.path)}" target="_blank" rel="noopener">{icon}'
                f"{_e(doc.name)}</a></li>"
            )
        else:
            rows.append(f"<li>{icon}{_e(doc.name)}</li>")
    return f"<ul{attr}>{''.join(rows)}</ul>"


def _desktop_body(item: Item, icon: str = "") -> str:
    return _paras(item_words(item)) + _doc_list(item.docs, True, icon=icon)


def _mobile_body(view: _View, icon: str = "") -> str:
    return _paras(view.words) + _doc_list(view.docs, view.linked, icon=icon)


def _head(item: Item, draw: st.DrawFn) -> str:
    """The mobile version's short heading of an item ("Numeral 8")."""
    return str(_pick(draw, "movil", "card_head")).format(n=item.numeral)


# -- print and AMP copies ------------------------------------------------------------------------


def _copy_path(path: str, suffix: str) -> str:
    return path + suffix if suffix.startswith("?") or path.endswith("/") else f"{path}/{suffix}"


def _copies(
    draw: st.DrawFn, site: _Site, path: str, title: str, desktop: str, both: str
) -> tuple[str, str]:
    """A print copy (the desktop content alone) and an AMP copy (the builder's stylesheet gone:
    ``both`` versions shown), each drawn or not; what the page's head and body get."""
    head = body = ""
    if draw(st.booleans()):
        target = _copy_path(path, str(_pick(draw, "copias", "print_paths")))
        word = str(_pick(draw, "copias", "print"))
        tip = str(_w("copias", "print_title")).format(title=title)
        body = (
            f'<ul class="actions"><li class="print-icon"><a href="{_e(target)}" '
            f'title="{_e(tip)}" rel="nofollow">{_e(word)}</a></li></ul>'
        )
        html = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            f"<title>{_e(title)} - {_e(site.name)}</title>"
            "<meta name='robots' content='noindex, nofollow'></head>"
            "<body class='contentpane modal' onload='window.print()'><div class='item-page'>"
            f"<h2>{_e(title)}</h2>{desktop}</div></body></html>"
        )
        site.routes[target] = Resource(html.encode("utf-8"))
    if draw(st.booleans()):
        target = _copy_path(path, str(_pick(draw, "copias", "amp_paths")))
        head = f'<link rel="amphtml" href="{_e(target)}">'
        html = (
            '<!doctype html><html amp lang="es"><head><meta charset="utf-8">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            f'<title>{_e(title)} - {_e(site.name)}</title><link rel="canonical" href="{_e(path)}">'
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
            f"{_w('css', 'amp_boilerplate')}"
            "<style amp-custom>body{font-family:sans-serif}</style></head><body>"
            f'<header class="amp-wp-header"><div><a href="/">{_e(site.name)}</a></div></header>'
            '<article class="amp-wp-article"><header class="amp-wp-article-header">'
            f'<h1 class="amp-wp-title">{_e(title)}</h1></header>'
            f'<div class="amp-wp-article-content">{both}</div></article></body></html>'
        )
        site.routes[target] = Resource(html.encode("utf-8"))
    return head, body


def _publish(
    draw: st.DrawFn,
    site: _Site,
    desktop: tuple[str, str, str],
    mobile: tuple[str, str, str],
) -> str:
    """The section's page: the opening, then both versions (each ``(open tag, content, close
    tag)``) in a drawn order, with its print and AMP copies; and the home page. Which came
    first."""
    title = _title(draw)
    first = draw(st.sampled_from(["escritorio", "movil"]))
    pair = [desktop, mobile] if first == "escritorio" else [mobile, desktop]
    page = "".join(o + c + e for o, c, e in pair)
    both = "".join(c for _o, c, _e2 in pair)
    head, actions = _copies(draw, site, site.index, title, desktop[1], both)
    site.page(site.index, title, actions + _opening() + page, [(site.menu, "")], head)
    site.home()
    return first


def _note(portal: ExamPortal, how: str, views: dict[int, _View]) -> None:
    for item in portal.items:
        view = views.get(item.numeral)
        portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}/movil={view.kind if view else '-'}"


# -- bootstrap -----------------------------------------------------------------------------------

_PDF_ICON = {
    "bs5": '<i class="bi bi-file-earmark-pdf" aria-hidden="true"></i> ',
    "bs4": '<i class="fa fa-file-pdf-o" aria-hidden="true"></i> ',
    "bs3": '<span class="glyphicon glyphicon-file" aria-hidden="true"></span> ',
}


def _bs_table(items: list[Item], draw: st.DrawFn, version: str) -> str:
    headers = list(_pick(draw, "table", "headers"))
    form = str(_pick(draw, "table", "number_forms"))
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    thead = '<thead class="thead-dark">' if version == "bs4" else "<thead>"
    rows = []
    for item in _present(items):
        name = item.plain if draw(st.booleans()) else item.label
        law = f'<br><small class="text-muted">{_e(item.law_text)}</small>' if item.law_text else ""
        cell = _doc_list(item.docs, True, "list-unstyled", _PDF_ICON[version])
        cell += _paras([item.phrase, item.own_text, item.updated], "mb-0")
        rows.append(
            f'<tr><td class="text-center">{_e(form.format(n=item.numeral))}</td>'
            f"<td>{_e(name)}{law}</td><td>{cell}</td></tr>"
        )
    return (
        '<div class="table-responsive"><table class="table table-bordered table-striped '
        f'table-hover">{thead}<tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _bs_mobile(
    items: list[Item], views: dict[int, _View], draw: st.DrawFn, version: str, style: str
) -> str:
    icon = _PDF_ICON[version]
    out = []
    for item in _present(items):
        view = views[item.numeral]
        if view.kind == "falta":
            continue
        n = item.numeral
        head = _head(item, draw)
        body = _mobile_body(view, icon)
        if style == "tarjetas" and version != "bs3":
            out.append(
                f'<div class="card mb-3"><div class="card-header"><strong>{_e(head)}</strong>'
                f'</div><div class="card-body"><h5 class="card-title">{_e(item.plain)}</h5>'
                f"{body}</div></div>"
            )
        elif style == "tarjetas":
            out.append(
                f'<div class="list-group-item"><h4 class="list-group-item-heading">{_e(head)}'
                f' <small>{_e(item.plain)}</small></h4><div class="list-group-item-text">{body}'
                "</div></div>"
            )
        elif version == "bs5":
            out.append(
                f'<div class="accordion-item"><h2 class="accordion-header" id="m-h{n}">'
                '<button class="accordion-button collapsed" type="button" '
                f'data-bs-toggle="collapse" data-bs-target="#m-c{n}" aria-expanded="false" '
                f'aria-controls="m-c{n}">{_e(head)} - {_e(item.plain)}</button></h2>'
                f'<div id="m-c{n}" class="accordion-collapse collapse" aria-labelledby="m-h{n}" '
                f'data-bs-parent="#acordeonMovil"><div class="accordion-body">{body}</div></div>'
                "</div>"
            )
        elif version == "bs4":
            out.append(
                f'<div class="card"><div class="card-header" id="m-h{n}"><h2 class="mb-0">'
                '<button class="btn btn-link btn-block text-left collapsed" type="button" '
                f'data-toggle="collapse" data-target="#m-c{n}" aria-expanded="false" '
                f'aria-controls="m-c{n}">{_e(head)} - {_e(item.plain)}</button></h2></div>'
                f'<div id="m-c{n}" class="collapse" aria-labelledby="m-h{n}" '
                f'data-parent="#acordeonMovil"><div class="card-body">{body}</div></div></div>'
            )
        else:
            out.append(
                '<div class="panel panel-default"><div class="panel-heading" role="tab">'
                '<h4 class="panel-title"><a role="button" data-toggle="collapse" '
                f'data-parent="#acordeonMovil" href="#m-c{n}" aria-expanded="false">'
                f"{_e(head)} - {_e(item.plain)}</a></h4></div>"
                f'<div id="m-c{n}" class="panel-collapse collapse" role="tabpanel">'
                f'<div class="panel-body">{body}</div></div></div>'
            )
    inner = "".join(out)
    if style == "tarjetas":
        return f'<div class="list-group">{inner}</div>' if version == "bs3" else inner
    css = "panel-group" if version == "bs3" else "accordion"
    return f'<div class="{css}" id="acordeonMovil">{inner}</div>'


def _bootstrap(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    views, old, drift = _views(draw, items)
    _serve(site.routes, old)
    version = draw(st.sampled_from(["bs5", "bs4", "bs3"]))
    if version == "bs3":
        desk, mob = draw(
            st.sampled_from(
                [
                    ("hidden-xs", "visible-xs"),
                    ("hidden-xs", "visible-xs-block"),
                    ("hidden-xs hidden-sm", "visible-xs-block visible-sm-block"),
                ]
            )
        )
        site.stylesheet("/css/bootstrap.min.css", str(_w("css", "bootstrap3")))
    else:
        desk, mob = draw(
            st.sampled_from(
                [
                    ("d-none d-md-block", "d-md-none"),
                    ("d-none d-lg-block", "d-lg-none"),
                    ("d-none d-md-block", "d-block d-md-none"),
                ]
            )
        )
        site.stylesheet("/assets/css/bootstrap.min.css", str(_w("css", "bootstrap")))
    style = draw(st.sampled_from(["tarjetas", "acordeon"]))
    desktop = (f'<div class="{desk}">', _bs_table(items, draw, version), "</div>")
    mobile = (f'<div class="{mob}">', _bs_mobile(items, views, draw, version, style), "</div>")
    first = _publish(draw, site, desktop, mobile)
    _note(portal, f"bootstrap/{version}/{desk}/{style}/{first}/{drift}", views)
    return site.routes


# -- elementor -----------------------------------------------------------------------------------


def _el_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(28):07x}"


def _el_widget(rng: random.Random, kind: str, inner: str, extra: str = "") -> str:
    wid = _el_id(rng)
    return (
        f'<div class="elementor-element elementor-element-{wid}{extra} elementor-widget '
        f'elementor-widget-{kind}" data-id="{wid}" data-element_type="widget" '
        f'data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}'
        "</div></div>"
    )


def _el_section(rng: random.Random, hide: str, widgets: str) -> tuple[str, str, str]:
    sid, cid = _el_id(rng), _el_id(rng)
    return (
        f'<section class="elementor-section elementor-top-section elementor-element '
        f"elementor-element-{sid} {hide} elementor-section-boxed elementor-section-height-default "
        f'elementor-section-height-default" data-id="{sid}" data-element_type="section">'
        '<div class="elementor-container elementor-column-gap-default">'
        '<div class="elementor-column '
        f'elementor-col-100 elementor-top-column elementor-element elementor-element-{cid}" '
        f'data-id="{cid}" data-element_type="column"><div class="elementor-widget-wrap '
        'elementor-element-populated">',
        widgets,
        "</div></div></div></section>",
    )


_EL_ICON = (
    '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-file-pdf"></i>'
    "</span>"
)


def _el_desktop(items: list[Item], draw: st.DrawFn, rng: random.Random, widget: str) -> str:
    present = _present(items)
    if widget == "tabs":
        base = rng.randint(100, 999)
        titles, contents = [], []
        for i, item in enumerate(present, start=1):
            tab = f"{base}{i}"
            active = " elementor-active" if i == 1 else ""
            titles.append(
                f'<div id="elementor-tab-title-{tab}" class="elementor-tab-title '
                f'elementor-tab-desktop-title{active}" data-tab="{i}" role="tab" '
                f'aria-controls="elementor-tab-content-{tab}">{_e(item.label)}</div>'
            )
            contents.append(
                f'<div class="elementor-tab-title elementor-tab-mobile-title{active}" '
                f'data-tab="{i}" role="tab">{_e(item.label)}</div>'
                f'<div id="elementor-tab-content-{tab}" class="elementor-tab-content '
                f'elementor-clearfix{active}" data-tab="{i}" role="tabpanel" '
                f'aria-labelledby="elementor-tab-title-{tab}">{_desktop_body(item)}</div>'
            )
        inner = (
            '<div class="elementor-tabs" role="tablist"><div class="elementor-tabs-wrapper">'
            f'{"".join(titles)}</div><div class="elementor-tabs-content-wrapper" role="tablist" '
            f'aria-orientation="vertical">{"".join(contents)}</div></div>'
        )
        return _el_widget(rng, "tabs", inner, " elementor-tabs-view-vertical")
    headers = list(_pick(draw, "table", "headers"))
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    rows = "".join(
        f"<tr><td>{item.numeral}</td><td>{_e(item.label)}</td><td>{_desktop_body(item)}</td></tr>"
        for item in present
    )
    inner = f'<table style="width:100%"><tbody><tr>{head}</tr>{rows}</tbody></table>'
    return _el_widget(rng, "text-editor", inner)


def _el_mobile(
    items: list[Item], views: dict[int, _View], draw: st.DrawFn, rng: random.Random, widget: str
) -> str:
    shown = [i for i in _present(items) if views[i.numeral].kind != "falta"]
    if widget == "acordeon":
        base = rng.randint(100, 999)
        parts = []
        for i, item in enumerate(shown, start=1):
            tab = f"{base}{i}"
            parts.append(
                f'<div class="elementor-accordion-item"><div id="elementor-tab-title-{tab}" '
                f'class="elementor-tab-title" data-tab="{i}" role="button" '
                f'aria-controls="elementor-tab-content-{tab}" aria-expanded="false">'
                '<span class="elementor-accordion-icon elementor-accordion-icon-left" '
                'aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas '
                'fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas '
                'fa-minus"></i></span></span><a class="elementor-accordion-title" tabindex="0">'
                f"{_e(_head(item, draw))} - {_e(item.plain)}</a></div>"
                f'<div id="elementor-tab-content-{tab}" class="elementor-tab-content '
                f'elementor-clearfix" data-tab="{i}" role="region" '
                f'aria-labelledby="elementor-tab-title-{tab}">'
                f"{_mobile_body(views[item.numeral])}</div></div>"
            )
        inner = f'<div class="elementor-accordion">{"".join(parts)}</div>'
        return _el_widget(rng, "accordion", inner)
    out = []
    for item in shown:
        view = views[item.numeral]
        title = f'<h3 class="elementor-heading-title elementor-size-default">{_e(item.label)}</h3>'
        out.append(_el_widget(rng, "heading", title))
        if view.words:
            out.append(_el_widget(rng, "text-editor", _paras(view.words)))
        if view.docs:
            rows = []
            for doc in view.docs:
                text = f'{_EL_ICON}<span class="elementor-icon-list-text">{_e(doc.name)}</span>'
                if view.linked:
                    text = f'<a href="{_e(doc.path)}" target="_blank">{text}</a>'
                rows.append(f'<li class="elementor-icon-list-item">{text}</li>')
            lst = f'<ul class="elementor-icon-list-items">{"".join(rows)}</ul>'
            out.append(_el_widget(rng, "icon-list", lst))
    return "".join(out)


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    views, old, drift = _views(draw, items)
    _serve(site.routes, old)
    rng = _rng(draw)
    site.stylesheet(
        "/wp-content/plugins/elementor/assets/css/frontend.min.css", str(_w("css", "elementor"))
    )
    desk_hide = draw(
        st.sampled_from(
            ["elementor-hidden-mobile", "elementor-hidden-tablet elementor-hidden-mobile"]
        )
    )
    mob_hide = draw(
        st.sampled_from(
            ["elementor-hidden-desktop elementor-hidden-tablet", "elementor-hidden-desktop"]
        )
    )
    dwidget = draw(st.sampled_from(["tabs", "tabla"]))
    mwidget = draw(st.sampled_from(["acordeon", "lista"]))
    desktop = _el_section(rng, desk_hide, _el_desktop(items, draw, rng, dwidget))
    mobile = _el_section(rng, mob_hide, _el_mobile(items, views, draw, rng, mwidget))
    pid = rng.randint(20, 9000)
    opened = (
        f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" '
        f'class="elementor elementor-{pid}">'
    )
    desktop = (opened + desktop[0], desktop[1], desktop[2] + "</div>")
    mobile = (opened + mobile[0], mobile[1], mobile[2] + "</div>")
    first = _publish(draw, site, desktop, mobile)
    _note(portal, f"elementor/{dwidget}/{mwidget}/{desk_hide}/{first}/{drift}", views)
    return site.routes


# -- constructor: WPBakery or Divi -----------------------------------------------------------------


def _heading(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


def _constructor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    views, old, drift = _views(draw, items)
    _serve(site.routes, old)
    rng = _rng(draw)
    builder = draw(st.sampled_from(["wpbakery", "divi"]))
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    present = _present(items)
    desk_html = "".join(_heading(tag, item.label) + _desktop_body(item) for item in present)
    shown = [i for i in present if views[i.numeral].kind != "falta"]
    if builder == "wpbakery":
        site.stylesheet(
            "/wp-content/plugins/js_composer/assets/css/js_composer.min.css",
            str(_w("css", "wpbakery")),
        )
        panels = []
        for item in shown:
            pid = f"{rng.getrandbits(40):010x}-{item.numeral}"
            panels.append(
                f'<div class="vc_tta-panel" id="{pid}" data-vc-content=".vc_tta-panel-body">'
                '<div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title '
                f'vc_tta-controls-icon-position-left"><a href="#{pid}" data-vc-accordion '
                'data-vc-container=".vc_tta-container"><span class="vc_tta-title-text">'
                f'{_e(item.label)}</span><i class="vc_tta-controls-icon '
                'vc_tta-controls-icon-plus"></i></a></h4></div><div class="vc_tta-panel-body">'
                '<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
                f"{_mobile_body(views[item.numeral])}</div></div></div></div>"
            )
        mob_html = (
            '<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general '
            "vc_tta vc_tta-accordion vc_tta-color-grey vc_tta-style-classic vc_tta-shape-rounded "
            'vc_tta-o-shape-group vc_tta-controls-align-left"><div class="vc_tta-panels-container">'
            f'<div class="vc_tta-panels">{"".join(panels)}</div></div></div></div>'
        )

        def column(hide: str, inner_text: bool) -> tuple[str, str]:
            text_open = (
                '<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">'
                if inner_text
                else ""
            )
            text_close = "</div></div>" if inner_text else ""
            return (
                f'<div class="wpb_column vc_column_container vc_col-sm-12 {hide}"><div '
                f'class="vc_column-inner"><div class="wpb_wrapper">{text_open}',
                f"{text_close}</div></div></div>",
            )

        d_open, d_close = column("vc_hidden-xs", True)
        m_open, m_close = column("vc_hidden-lg vc_hidden-md vc_hidden-sm", False)
        row = '<div class="vc_row wpb_row vc_row-fluid">'
        if draw(st.booleans()):  # each version in its own row
            d_open, d_close = row + d_open, d_close + "</div>"
            m_open, m_close = row + m_open, m_close + "</div>"
            wrap = ("", "")
        else:
            wrap = (row, "</div>")
        desktop = (d_open, desk_html, d_close)
        mobile = (m_open, mob_html, m_close)
        how = "wpbakery"
    else:
        site.stylesheet("/wp-content/themes/Divi/style.css", str(_w("css", "divi")))
        toggles = []
        for index, item in enumerate(shown):
            toggles.append(
                f'<div class="et_pb_module et_pb_toggle et_pb_toggle_{index} et_pb_toggle_item '
                f'et_pb_toggle_close"><h5 class="et_pb_toggle_title">{_e(item.label)}</h5>'
                '<div class="et_pb_toggle_content clearfix">'
                f"{_mobile_body(views[item.numeral])}</div></div>"
            )
        mob_html = "".join(toggles)

        def section(number: int, hide: str, module: str) -> tuple[str, str]:
            return (
                f'<div class="et_pb_section et_pb_section_{number} {hide} et_section_regular">'
                f'<div class="et_pb_row et_pb_row_{number}"><div class="et_pb_column '
                f'et_pb_column_4_4 et_pb_column_{number} et-last-child">{module}',
                "</div></div></div>",
            )

        text = (
            '<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left '
            'et_pb_bg_layout_light"><div class="et_pb_text_inner">'
        )
        d_open, d_close = section(0, "et_pb_hidden_phone", text)
        m_open, m_close = section(1, "et_pb_hidden_desktop et_pb_hidden_tablet", "")
        desktop = (d_open, desk_html, "</div></div>" + d_close)
        mobile = (m_open, mob_html, m_close)
        wrap = ('<div id="et-main-area"><div class="entry-content">', "</div></div>")
        how = "divi"
    first = draw(st.sampled_from(["escritorio", "movil"]))
    pair = [desktop, mobile] if first == "escritorio" else [mobile, desktop]
    page = wrap[0] + "".join(o + c + e for o, c, e in pair) + wrap[1]
    both = "".join(c for _o, c, _e2 in pair)
    title = _title(draw)
    head, actions = _copies(draw, site, site.index, title, desk_html, both)
    site.page(site.index, title, actions + _opening() + page, [(site.menu, "")], head)
    site.home()
    _note(portal, f"constructor/{how}/{tag}/{first}/{drift}", views)
    return site.routes


# -- megamenu ------------------------------------------------------------------------------------


def _megamenu(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    views, old, drift = _views(draw, items)
    _serve(site.routes, old)
    site.stylesheet("/assets/css/bootstrap.min.css", str(_w("css", "bootstrap")))
    site.stylesheet("/assets/css/offcanvas.css", str(_w("css", "offcanvas")))
    present = _present(items)
    old_base = str(_pick(draw, "movil", "old_bases"))
    soon = "/proximamente/"
    desk_links: list[tuple[Item, str]] = []
    mob_links: list[tuple[Item, str]] = []
    for item in present:
        path = f"{site.index}{item.numeral:02d}-{_slug(item.plain)[:30]}/"
        desk_links.append((item, path))
        view = views[item.numeral]
        if view.kind == "igual":
            mob_links.append((item, path))
        elif view.kind in ("nombres", "antiguo"):
            mob_links.append((item, f"{old_base}{item.numeral:02d}-{_slug(item.plain)[:30]}/"))
        elif view.kind == "proximamente":
            mob_links.append((item, soon))
    # The menus.
    columns = []
    for start in range(0, len(desk_links), 10):
        chunk = desk_links[start : start + 10]
        group = str(_w("movil", "groups")).format(
            first=chunk[0][0].numeral, last=chunk[-1][0].numeral
        )
        links = "".join(
            f'<li><a class="dropdown-item" href="{_e(p)}">{_e(i.label)}</a></li>' for i, p in chunk
        )
        columns.append(
            f'<div class="col-lg-4"><h6 class="dropdown-header">{_e(group)}</h6>'
            f'<ul class="list-unstyled">{links}</ul></div>'
        )
    home, news = str(_w("site", "home")), str(_w("site", "news"))
    mega = (
        '<nav class="navbar navbar-expand-lg d-none d-lg-block"><ul class="navbar-nav">'
        f'<li class="nav-item"><a class="nav-link" href="/">{_e(home)}</a></li>'
        '<li class="nav-item dropdown has-megamenu"><a class="nav-link dropdown-toggle" '
        f'href="{_e(site.index)}" data-bs-toggle="dropdown">{_e(site.menu)}</a>'
        f'<div class="dropdown-menu megamenu" role="menu"><div class="row g-3">{"".join(columns)}'
        "</div></div></li>"
        f'<li class="nav-item"><a class="nav-link" href="/noticias/">{_e(news)}</a></li></ul></nav>'
    )
    mob_items = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(p)}">{_e(i.label)}</a></li>'
        for i, p in mob_links
    )
    title = str(_pick(draw, "movil", "menu_title"))
    offcanvas = (
        '<button class="navbar-toggler d-lg-none" type="button" data-bs-toggle="offcanvas" '
        'data-bs-target="#menuMovil" aria-controls="menuMovil" '
        f'aria-label="{_e(str(_w("movil", "toggle")))}"><span class="navbar-toggler-icon"></span>'
        '</button><div class="offcanvas offcanvas-start d-lg-none" tabindex="-1" id="menuMovil" '
        'aria-labelledby="menuMovilLabel"><div class="offcanvas-header"><h5 '
        f'class="offcanvas-title" id="menuMovilLabel">{_e(title)}</h5><button type="button" '
        'class="btn-close" data-bs-dismiss="offcanvas" '
        f'aria-label="{_e(str(_w("movil", "close")))}"></button></div><div class="offcanvas-body">'
        f'<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">{_e(home)}</a>'
        f'</li><li class="nav-item"><span class="nav-link">{_e(site.menu)}</span><ul>{mob_items}'
        f'</ul></li><li class="nav-item"><a class="nav-link" href="/noticias/">{_e(news)}</a>'
        "</li></ul></div></div>"
    )
    first = draw(st.sampled_from(["escritorio", "movil"]))
    site.nav = mega + offcanvas if first == "escritorio" else offcanvas + mega
    # The numeral pages, their mobile copies and the placeholder.
    copies = 0
    for item, path in desk_links:
        body = _desktop_body(item)
        head, actions = _copies(draw, site, path, item.label, body, body)
        copies += bool(head or actions)
        crumbs = [(site.menu, site.index), (item.label, "")]
        site.page(path, item.label, actions + body, crumbs, head)
    for item, path in mob_links:
        view = views[item.numeral]
        if view.kind in ("nombres", "antiguo"):
            crumbs = [(site.menu, site.index), (item.label, "")]
            site.page(path, item.label, _mobile_body(view), crumbs)
    if any(views[i.numeral].kind == "proximamente" for i in present):
        placeholder = str(_pick(draw, "movil", "placeholder"))
        site.page(soon, str(_w("movil", "old_title")), _paras([placeholder]), None)
    # The landing page: the numerals as a desktop list and a mobile list.
    desk_list = "".join(f'<li><a href="{_e(p)}">{_e(i.label)}</a></li>' for i, p in desk_links)
    mob_list = "".join(
        f'<a class="list-group-item list-group-item-action" href="{_e(p)}">{_e(i.label)}</a>'
        for i, p in mob_links
    )
    desktop = f'<div class="d-none d-lg-block"><ul class="list-numerales">{desk_list}</ul></div>'
    mobile = f'<div class="d-lg-none"><div class="list-group">{mob_list}</div></div>'
    landing = desktop + mobile if first == "escritorio" else mobile + desktop
    site.page(site.index, _title(draw), _opening() + landing, [(site.menu, "")])
    site.home()
    _note(portal, f"megamenu/{first}/{old_base}/copias={copies}/{drift}", views)
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "bootstrap": _bootstrap,
    "elementor": _elementor,
    "constructor": _constructor,
    "megamenu": _megamenu,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 50 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
