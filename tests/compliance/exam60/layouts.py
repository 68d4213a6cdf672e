"""Sixtieth exam: four portal layouts whose theme is PORTALS IN TRANSITION (MOVED, REBUILT,
ARCHIVED), with the truth of every section.

Municipal sites are rebuilt after every election (the administration elected in 2023 took office in
January 2024) or when the web provider changes, and the old transparency part stays beside the new
one on the same host: a new WordPress site whose menu links a "Portal anterior" (the old laip.gt
Joomla portal at ``/portal2020/``), an HTTrack copy of the old portal saved before it was switched
off, old addresses that now say "Esta sección se trasladó a nuestro nuevo portal" (with a link, a
meta refresh, a script or a 301), one section per year ("/transparencia-2026/") beside the previous
administration's archive, new item pages saying "Próximamente" while the old ones still hold the
documents. Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated
portals draw them (``tests.compliance.generated.portals._item``); what is new is the transition
around them. Everything is on the portal's own host.

Truth conventions (a careful citizen reading every page of the portal, old and new):

* an item's state is that of its current publication, wherever on the portal it is: the new
  section's page, or the old portal's page where the staff still publish it (the new page then
  says "Próximamente" / "Sitio en construcción", or only sends the reader to the old page). A
  placeholder on one side never hides the documents on the other;
* the old administration's copies (2020-2023 documents on the old portal, in its HTTrack copy or in
  the "Administración 2020-2024" archive) are history: they are only ever added to items whose
  current documents are newer (truth ok or outdated) and so never change a verdict; items whose
  truth is empty, broken, not applicable or missing get no working old documents (an empty or not
  applicable item's old page holds at most the law's text or "No aplica"; a broken or missing item
  has no old page at all);
* a "moved" notice ("Esta sección se trasladó a …", "¡Nos hemos mudado!", "Será redirigido …") is
  no content of the item: the item is what the page it leads to holds; a note saying where the
  item is published ("La información de este numeral se encuentra publicada en el portal
  anterior.") is no content either;
* the new year's section opened empty in January ("Próximamente", a whole sub-site "Sitio en
  construcción", or not yet created) leaves the previous year's section as the item's current
  publication;
* an item named nowhere is missing (unknown when the generator's noise makes a page fail).

Wording and markup: ``wording.toml`` here (sources there). Layouts:

* ``anterior``: a new WordPress site (a page per item under its "Información Pública de Oficio"
  page, documents in ``/wp-content/uploads/<y>/<m>/``, File blocks or lists) whose menu and index
  link the old laip.gt Joomla portal kept live at ``/portal2020/`` (or ``/old/``,
  ``/laip-anterior/``): "Portal de Transparencia – Administración 2020-2024", "Estamos trasladando
  la información…", a page per numeral ``/index.php/08-ejecucion-presupuestaria`` with the law's
  text, an edit stamp and ``/images/transparencia/numeral-8/…`` files. Per item: published on the
  new page (the old page holding the law's text or 2022-2023 documents), or the new page only
  sending the reader to the old page that holds the current documents, or the new page
  "Próximamente" while the old page holds them; broken files are often the old portal's addresses
  the migration lost.
* ``httrack``: a new site of a page per item with the current documents, beside an HTTrack copy of
  the old laip.gt portal at ``/laip-anterior/`` (``index.html``, ``index.php/08-….html``,
  "Mirrored from … by HTTrack Website Copier" comments, relative links ``../images/…``, "Page has
  moved" stubs refreshing to the copied pages, a login link left on the old host) holding
  2021-2023 documents, the law's text or "No aplica"; the new pages may link "Información de años
  anteriores" to the copy's page.
* ``traslado``: the old Joomla addresses, still linked from the home page and the old list of
  numerals ("¡Nos hemos mudado!"), answer with a notice naming the item and linking its new page
  (or the new index), a meta refresh (0-5 s), a script (``window.location.replace``, sometimes
  without a link), or a 301; the new WordPress pages hold the items; the new index may or may not
  be in the menu.
* ``multisitio``: one section per year since 2024 (a WordPress multisite's sub-site
  ``/transparencia-2026/`` with its own header, or a page per year), each holding "Información
  Pública de Oficio correspondiente al Año 2026" with that year's documents, and the previous
  administration's archive "Administración 2020-2024" ("Esta sección ya no se actualiza"); in
  January the new year's section lists every item "Próximamente", is a "Sitio en construcción"
  sub-site, or does not exist yet.
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
    file_stem,
    item_rhythm,
    paragraphs,
    site_page,
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
    _last_day,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("anterior", "httrack", "traslado", "multisitio")
EXAM60: dict[str, Any] = wording(__file__)
# The generated layout whose conventions each layout's items follow (bare labels, own text, the
# law's text or a phrase for an empty item).
_INNER = {
    "anterior": "wordpress",
    "httrack": "lines",
    "traslado": "accordion",
    "multisitio": "wordpress",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# The new administration's first year: its sections start here; older years are the archive.
_NEW_ADMIN = 2024


def _w(section: str, key: str) -> Any:
    return EXAM60[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (hours, lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _pdf(name: str, day: dt.date) -> Resource:
    stamp = dt.datetime.combine(day, dt.time(12)).timestamp()
    return Resource(
        b"%PDF-1.4 " + name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _newest(item: Item) -> dt.date | None:
    return max((d.modified for d in item.docs if d.modified is not None), default=None)


# -- the sites -----------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    department: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    @property
    def footer(self) -> str:
        rights = str(_w("site", "rights")).format(town=self.town, department=self.department)
        return f"{rights} {_w('site', 'administration')}"

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        self.routes[path] = Resource(
            site_page(title, self.name, self.nav, trail, body, self.footer)
        )


def _site(draw: st.DrawFn) -> _Site:
    town, department = (str(x) for x in _pick(draw, "site", "towns"))
    return _Site(str(_w("site", "name")).format(town=town), town, department)


def _menu(links: Sequence[tuple[str, str]]) -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'<nav class="main-navigation" role="navigation"><ul class="menu">{rows}</ul></nav>'


def _standard_links(index_title: str, index: str) -> list[tuple[str, str]]:
    return [
        (str(_w("site", "home")), "/"),
        (index_title, index),
        (str(_w("site", "news")), "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]


def _home(site: _Site, links: Sequence[tuple[str, str]]) -> Routes:
    """The new site's home page: a welcome and the given links (its ``</main>`` is where the
    generator's noise may add one)."""
    rows = "".join(f'<p><a href="{_e(h)}">{_e(t)}</a></p>' for t, h in links)
    body = (
        f"<p>{_e(str(_w('site', 'welcome')).format(name=site.name))}</p>{rows}"
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _wp_docs(docs: Sequence[tuple[str, str]], style: str) -> str:
    """Documents as WordPress prints them: File blocks with "Descargar", or a plain list."""
    if not docs:
        return ""
    if style == "file":
        return "".join(
            f'<div class="wp-block-file"><a href="{_e(p)}">{_e(n)}</a>'
            f'<a href="{_e(p)}" class="wp-block-file__button wp-element-button" download>'
            "Descargar</a></div>"
            for n, p in docs
        )
    rows = "".join(f'<li><a href="{_e(p)}">{_e(n)}</a></li>' for n, p in docs)
    return f"<ul>{rows}</ul>"


def _upload_path(up: dt.date, name: str, prefix: str = "") -> str:
    return f"{prefix}/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(name)}.pdf"


# -- the old laip.gt portal ----------------------------------------------------------------------


def _alias(numeral: int) -> str:
    return str(list(_w("laip", "aliases"))[numeral - 1])


def _laip_label(item: Item) -> str:
    return str(_w("laip", "numeral_label")).format(n=item.numeral, plain=item.plain)


def _laip_stamp(day: dt.date) -> str:
    weekday = list(_w("laip", "weekdays"))[day.weekday()]
    return str(_w("laip", "stamp")).format(
        weekday=weekday, d=day.day, mes=MESES[day.month - 1].lower(), yyyy=day.year
    )


def _laip_page(
    name: str,
    title: str,
    body: str,
    links: dict[str, str],
    *,
    banner: str = "",
    stamp: str = "",
    head: str = "",
) -> bytes:
    """A page of the laip.gt Joomla portal (``links``: home, index and, for copies, login)."""
    login = ""
    if "login" in links:
        login = f'<li><a href="{_e(links["login"])}">{_e(_w("httrack", "login"))}</a></li>'
    info = f'<dl class="article-info"><dd class="modified">{_e(stamp)}</dd></dl>' if stamp else ""
    html = (
        f"<!DOCTYPE html>\n<html lang='es-gt'><head><meta charset='utf-8'>{head}"
        f"<title>{_e(title)}</title></head><body class='site com_content view-article'>"
        f"<header class='header'><h1 class='site-title'>{_e(name)}</h1>"
        f"<p class='site-description'>{_e(_w('laip', 'site_title'))}</p></header>"
        f"<nav class='navigation' role='navigation'><ul class='nav menu'>"
        f'<li><a href="{_e(links["home"])}">{_e(_w("site", "home"))}</a></li>'
        f'<li><a href="{_e(links["index"])}">{_e(_w("laip", "menu"))}</a></li>{login}</ul></nav>'
        f"{banner}<main id='content'><div class='item-page'><div class='page-header'>"
        f"<h2 itemprop='headline'>{_e(title)}</h2></div>{info}"
        f"<div itemprop='articleBody'>{body}</div></div></main>"
        f"<div class='moduletable'><h3>{_e(_w('laip', 'about_title'))}</h3>"
        f"<p>{_e(_w('laip', 'about'))}</p></div></body></html>"
    )
    return html.encode("utf-8")


def _laip_docs(docs: Sequence[tuple[str, str]]) -> str:
    if not docs:
        return ""
    rows = "".join(f'<li><a href="{_e(p)}">{_e(n)}</a></li>' for n, p in docs)
    return f"<h3>{_e(_w('laip', 'documents'))}</h3><ul>{rows}</ul>"


def _laip_body(item: Item, docs: Sequence[tuple[str, str]], *, law: bool = True) -> str:
    """A laip.gt numeral page: the law's text (the platform prints it on every numeral's page),
    then the item's words and documents."""
    texts = ([ITEMS[item.numeral]["law"]["text"]] if law else []) + item_words(item, law=False)
    return paragraphs(texts) + _laip_docs(docs)


@dataclass
class _Hist:
    """A document of the old administration (history: older than the item's current ones)."""

    name: str
    day: dt.date
    path: str = ""


def _history(
    item: Item, draw: st.DrawFn, laip_names: bool, years: Sequence[int] = (2021, 2022, 2023)
) -> list[_Hist]:
    """Two or three documents of ``years`` (the old administration's by default) of an ok /
    outdated item with dated documents, each older than the item's newest; none otherwise."""
    newest = _newest(item)
    rhythm = item_rhythm(item)
    if item.truth not in ("ok", "outdated") or newest is None or rhythm == "on_change":
        return []
    out: list[_Hist] = []
    if rhythm == "monthly":
        for year in years[-2:]:
            for month in (6, 12):
                day = _last_day(year, month)
                if day >= newest:
                    continue
                if laip_names:
                    name = str(_w("laip", "month_document")).format(
                        n=item.numeral,
                        MONTH=MESES[month - 1].upper(),
                        year_comma=f"{year // 1000},{year % 1000:03d}",
                    )
                else:
                    name = f"{item.plain} {MESES[month - 1]} {year}"
                out.append(_Hist(name, day))
    else:
        for year in years:
            if year < newest.year:
                out.append(_Hist(f"{item.plain} {year}", dt.date(year, 1, 20)))
    keep = draw(st.integers(2, 3))
    return out[-keep:]


# -- anterior ------------------------------------------------------------------------------------

_ANTERIOR = {
    "ok": ["nuevo", "nuevo", "enlace", "proximamente"],
    "outdated": ["nuevo", "nuevo", "enlace", "proximamente"],
    "empty": ["nuevo", "enlace", "proximamente"],
    "not_applicable": ["nuevo", "enlace", "proximamente"],
    "broken": ["nuevo", "enlace"],
}


def _anterior(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    old = str(_pick(draw, "anterior", "bases"))
    old_name = str(_pick(draw, "anterior", "link_texts"))
    index = str(_pick(draw, "site", "index_paths"))
    index_title = str(_pick(draw, "site", "index_titles"))
    style = draw(st.sampled_from(["file", "lista"]))
    placeholder = str(_pick(draw, "placeholder", "texts"))
    elsewhere = str(_pick(draw, "anterior", "elsewhere"))
    button = str(_pick(draw, "anterior", "button"))
    stamps = draw(st.booleans())
    laip_names = draw(st.booleans())
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    old_home = f"{old}/index.php"
    old_index = f"{old}{_w('laip', 'index_path')}"
    links = {"home": old_home, "index": old_index}
    site.nav = _menu([*_standard_links(index_title, index), (old_name, old_home)])
    seen: set[str] = set()
    pages: set[str] = set()
    new_rows: list[str] = []
    old_rows: list[str] = []

    def old_file(numeral: int, name: str) -> str:
        path = old + str(_w("laip", "files_path")).format(n=numeral, file=file_stem(name))
        return unique(path, seen)

    for item in _present(items):
        n = item.numeral
        variant = draw(st.sampled_from(_ANTERIOR[item.truth]))
        lost = item.truth == "broken" and draw(st.booleans())
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 6))
            if variant == "nuevo" and not lost:
                doc.path = unique(_upload_path(up, doc.name), seen)
            else:  # on the old portal (or its address, lost in the migration)
                doc.path = old_file(n, doc.name)
        docs = [(d.name, d.path) for d in item.docs]
        new_path = unique(f"{index}{_slug(item.label)[:50]}/", pages)
        old_path = old + str(_w("laip", "item_path")).format(nn=f"{n:02d}", alias=_alias(n))
        newest = _newest(item)
        stamp_day = today - dt.timedelta(days=rng.randint(1, 40))
        if newest is not None:
            stamp_day = min(newest + dt.timedelta(days=lag), today)
        old_body: str | None = None
        history: list[_Hist] = []
        if variant == "nuevo":
            body = paragraphs(item_words(item)) + _wp_docs(docs, style)
            if not item_words(item) and not docs:
                body = f"<p>{_e(placeholder)}</p>"
            if item.truth in ("ok", "outdated", "empty", "not_applicable") and draw(st.booleans()):
                history = _history(item, draw, laip_names)
                for hist in history:
                    hist.path = old_file(n, hist.name)
                    site.routes[hist.path] = _pdf(hist.name, hist.day + dt.timedelta(days=lag))
                phrase = [item.phrase] if item.truth == "not_applicable" else []
                old_body = paragraphs([ITEMS[n]["law"]["text"], *phrase]) + _laip_docs(
                    [(h.name, h.path) for h in history]
                )
                stamp_day = dt.date(2023, 12, rng.randint(1, 28))
        else:
            if variant == "enlace":
                body = (
                    f"<p>{_e(elsewhere)}</p>"
                    f'<p><a class="wp-block-button__link" href="{_e(old_path)}">'
                    f"{_e(button)}</a></p>"
                )
            else:
                body = f"<p>{_e(placeholder)}</p>"
            old_body = _laip_body(item, docs)
        site.put(new_path, item.label, body, [(index_title, index), (item.label, "")])
        new_rows.append(f'<li><a href="{_e(new_path)}">{_e(item.label)}</a></li>')
        if old_body is not None:
            title = _laip_label(item)
            stamp = _laip_stamp(stamp_day) if stamps else ""
            site.routes[old_path] = Resource(
                _laip_page(site.name, title, old_body, links, stamp=stamp)
            )
            old_rows.append(f'<li><a href="{_e(old_path)}">{_e(title)}</a></li>')
        where = "viejo" if old_body is not None else "-"
        portal.notes[n] = f"anterior/{variant}/{item_rhythm(item)}/{where}/{len(history)}hist"
    note = str(_w("anterior", "old_note")).format(old=old_name)
    intro = str(_w("site", "intro")).format(name=site.name)
    site.put(
        index,
        index_title,
        f"<p>{_e(intro)}</p><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<p>{_e(note)} <a href="{_e(old_home)}">{_e(old_name)}</a></p>'
        f"<ul class='numerales'>{''.join(new_rows)}</ul>",
        [(index_title, "")],
    )
    banner = (
        f"<div class='alert alert-info'><p><strong>{_e(_w('anterior', 'banner'))}</strong></p>"
        f"<p>{_e(_w('anterior', 'migrating'))} "
        f'<a href="/">{_e(_w("anterior", "go_new"))}</a></p></div>'
    )
    welcome = str(_w("laip", "welcome")).format(name=site.name)
    home_body = f'<p>{_e(welcome)}</p><p><a href="{_e(old_index)}">{_e(_w("laip", "menu"))}</a></p>'
    for path in (old_home, f"{old}/"):
        site.routes[path] = Resource(
            _laip_page(site.name, str(_w("laip", "site_title")), home_body, links, banner=banner)
        )
    site.routes[old_index] = Resource(
        _laip_page(
            site.name,
            str(_w("laip", "menu")),
            f"<p>{_e(WORDING['article']['opening']['text'])}</p><ul>{''.join(old_rows)}</ul>",
            links,
            banner=banner,
        )
    )
    return _home(site, [(index_title, index), (old_name, old_home)])


# -- httrack -------------------------------------------------------------------------------------


def _http_date(when: dt.datetime) -> str:
    day = list(_w("httrack", "days"))[when.weekday()]
    month = list(_w("httrack", "months"))[when.month - 1]
    return f"{day}, {when.day:02d} {month} {when.year} {when:%H:%M:%S}"


def _httrack(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    base = str(_pick(draw, "httrack", "bases"))
    old_name = str(_pick(draw, "httrack", "link_texts"))
    index = str(_pick(draw, "site", "index_paths"))
    index_title = str(_pick(draw, "site", "index_titles"))
    style = draw(st.sampled_from(["file", "lista"]))
    placeholder = str(_pick(draw, "placeholder", "texts"))
    link_back = draw(st.booleans())
    via_stubs = draw(st.booleans())
    laip_names = draw(st.booleans())
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    host = f"muni{_slug(site.town).replace('-', '')}.laip.gt"
    when = dt.datetime(2024, 1, draw(st.integers(8, 14)), rng.randint(8, 18), rng.randint(0, 59))
    copied = _http_date(when)
    site.nav = _menu([*_standard_links(index_title, index), (old_name, f"{base}/index.html")])
    seen: set[str] = set()
    pages: set[str] = set()
    new_rows: list[str] = []
    copy_rows: list[str] = []
    login = f"http://{host}/index.php/component/users/?view=login"

    def mirrored(original: str, page: bytes) -> bytes:
        comment = str(_w("httrack", "mirrored")).format(url=f"{host}{original}", when=copied)
        added = str(_w("httrack", "added"))
        return page.replace(b"<html", f"{comment}\n<html".encode(), 1).replace(
            b"<head>", f"<head>\n{added}\n".encode(), 1
        )

    def copy_page(original: str, depth: int, title: str, body: str) -> Resource:
        up = "../" * depth
        links = {
            "home": f"{up}index.html",
            "index": f"{up}index.php/informacion-publica.html"
            if depth == 0
            else "informacion-publica.html",
            "login": login,
        }
        return Resource(mirrored(original, _laip_page(site.name, title, body, links)))

    for item in _present(items):
        n = item.numeral
        folder = draw(st.sampled_from(["uploads", "archivos"]))
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 6))
            if folder == "uploads":
                doc.path = unique(_upload_path(up, doc.name), seen)
            else:
                doc.path = unique(f"/archivos/laip/{up.year}/{file_stem(doc.name)}.pdf", seen)
        docs = [(d.name, d.path) for d in item.docs]
        new_path = unique(f"{index}{_slug(item.label)[:50]}/", pages)
        # The copy's page of the numeral: history, the law's text, or "No aplica".
        copy_body: str | None = None
        history: list[_Hist] = []
        if item.truth in ("ok", "outdated", "empty", "not_applicable") and draw(st.integers(0, 3)):
            history = _history(item, draw, laip_names)
            hist_links = []
            for hist in history:
                file = file_stem(hist.name)
                hist.path = unique(f"{base}/images/transparencia/numeral-{n}/{file}.pdf", seen)
                relative = "../" + hist.path.removeprefix(base + "/")
                site.routes[hist.path] = _pdf(hist.name, hist.day + dt.timedelta(days=lag))
                hist_links.append((hist.name, relative))
            phrase = [item.phrase] if item.truth == "not_applicable" and item.phrase else []
            copy_body = paragraphs([ITEMS[n]["law"]["text"], *phrase]) + _laip_docs(hist_links)
        copy_file = f"index.php/{n:02d}-{_alias(n)}.html"
        body = paragraphs(item_words(item)) + _wp_docs(docs, style)
        if not item_words(item) and not docs:
            body = f"<p>{_e(placeholder)}</p>"
        if copy_body is not None and link_back:
            body += f'<p><a href="{_e(base)}/{_e(copy_file)}">{_e(_w("httrack", "older"))}</a></p>'
        site.put(new_path, item.label, body, [(index_title, index), (item.label, "")])
        new_rows.append(f'<li><a href="{_e(new_path)}">{_e(item.label)}</a></li>')
        if copy_body is not None:
            title = _laip_label(item)
            original = f"/index.php/{n:02d}-{_alias(n)}"
            site.routes[f"{base}/{copy_file}"] = copy_page(original, 1, title, copy_body)
            target = f"{n:02d}-{_alias(n)}.html"
            if via_stubs:
                # The old menu's short address redirected; HTTrack saved a stub for it.
                stub = f"{n:02d}.html"
                site.routes[f"{base}/index.php/{stub}"] = Resource(
                    str(_w("httrack", "moved")).format(target=target).encode("utf-8")
                )
                target = stub
            copy_rows.append(f'<li><a href="{_e(target)}">{_e(title)}</a></li>')
        portal.notes[n] = (
            f"httrack/{'copia' if copy_body is not None else '-'}/{len(history)}hist/"
            f"{item_rhythm(item)}/{'enlace' if link_back else '-'}"
        )
    note = str(_w("httrack", "note")).format(index=index_title)
    opening = WORDING["article"]["opening"]["text"]
    site.routes[f"{base}/index.php/informacion-publica.html"] = copy_page(
        "/index.php/informacion-publica",
        1,
        str(_w("laip", "menu")),
        f"<p>{_e(opening)}</p><ul>{''.join(copy_rows)}</ul>",
    )
    # The old menu's "Transparencia" redirected to the list of numerals: a stub in the copy.
    site.routes[f"{base}/index.php/transparencia.html"] = Resource(
        str(_w("httrack", "moved")).format(target="informacion-publica.html").encode("utf-8")
    )
    welcome = str(_w("laip", "welcome")).format(name=site.name)
    site.routes[f"{base}/index.html"] = copy_page(
        "/",
        0,
        str(_w("laip", "site_title")),
        f"<p>{_e(welcome)}</p>"
        f'<p><a href="index.php/transparencia.html">{_e(_w("laip", "menu"))}</a></p>',
    )
    intro = str(_w("site", "intro")).format(name=site.name)
    site.put(
        index,
        index_title,
        f"<p>{_e(intro)}</p><p>{_e(opening)}</p><ul class='numerales'>{''.join(new_rows)}</ul>"
        f'<p>{_e(note)} <a href="{_e(base)}/index.html">{_e(old_name)}</a></p>',
        [(index_title, "")],
    )
    return _home(site, [(index_title, index), (old_name, f"{base}/index.html")])


# -- traslado ------------------------------------------------------------------------------------

_MECHANISMS = ("aviso", "refresh", "script", "solo-script", "301")


def _traslado(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    index = str(_pick(draw, "site", "index_paths"))
    index_title = str(_pick(draw, "site", "index_titles"))
    style = draw(st.sampled_from(["file", "lista"]))
    placeholder = str(_pick(draw, "placeholder", "texts"))
    notice = str(_pick(draw, "traslado", "notices"))
    go = str(_pick(draw, "traslado", "links"))
    mix = draw(st.sampled_from([*_MECHANISMS, "mixto", "mixto"]))
    to_index = draw(st.integers(0, 3)) == 0
    delay = draw(st.sampled_from([0, 0, 3, 5]))
    menu_new = draw(st.booleans())
    stamps = draw(st.booleans())
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    old_index = str(_w("laip", "index_path"))
    links = {"home": "/", "index": old_index}
    menu_index = index if menu_new else old_index
    site.nav = _menu(_standard_links(index_title, menu_index))
    seen: set[str] = set()
    pages: set[str] = set()
    new_rows: list[str] = []
    old_rows: list[str] = []
    for item in _present(items):
        n = item.numeral
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 6))
            doc.path = unique(_upload_path(up, doc.name), seen)
        docs = [(d.name, d.path) for d in item.docs]
        new_path = unique(f"{index}{_slug(item.label)[:50]}/", pages)
        body = paragraphs(item_words(item)) + _wp_docs(docs, style)
        if not item_words(item) and not docs:
            body = f"<p>{_e(placeholder)}</p>"
        site.put(new_path, item.label, body, [(index_title, index), (item.label, "")])
        new_rows.append(f'<li><a href="{_e(new_path)}">{_e(item.label)}</a></li>')
        # The old address of the numeral: a notice, a refresh, a script or a 301.
        mechanism = draw(st.sampled_from(_MECHANISMS)) if mix == "mixto" else mix
        target = index if to_index else new_path
        old_path = str(_w("laip", "item_path")).format(nn=f"{n:02d}", alias=_alias(n))
        title = _laip_label(item)
        old_rows.append(f'<li><a href="{_e(old_path)}">{_e(title)}</a></li>')
        portal.notes[n] = (
            f"traslado/{mechanism}/{'indice' if to_index else 'pagina'}/{item_rhythm(item)}"
        )
        if mechanism == "301":
            site.routes[old_path] = Resource(b"", 301, "text/html; charset=UTF-8", location=target)
            continue
        head = ""
        if mechanism == "refresh":
            head = f'<meta http-equiv="refresh" content="{delay}; url={_e(target)}">'
        elif mechanism in ("script", "solo-script"):
            head = f"<script>window.location.replace({_js(target)});</script>"
        if mechanism == "solo-script":
            text = f"<p>{_e(notice)}</p><p>{_e(_w('traslado', 'redirecting'))}</p>"
        else:
            text = f'<p>{_e(notice)}</p><p><a href="{_e(target)}">{_e(go)}</a></p>'
        stamp = ""
        if stamps:
            stamp = _laip_stamp(dt.date(2024, 1, rng.randint(16, 31)))
        site.routes[old_path] = Resource(
            _laip_page(site.name, title, text, links, stamp=stamp, head=head)
        )
    intro = str(_w("site", "intro")).format(name=site.name)
    opening = WORDING["article"]["opening"]["text"]
    site.put(
        index,
        index_title,
        f"<p>{_e(intro)}</p><p>{_e(opening)}</p><ul class='numerales'>{''.join(new_rows)}</ul>",
        [(index_title, "")],
    )
    banner = (
        f"<div class='alert alert-warning'><p><strong>{_e(notice)}</strong></p>"
        f'<p><a href="{_e(index)}">{_e(go)}</a></p></div>'
    )
    site.routes[old_index] = Resource(
        _laip_page(
            site.name,
            str(_w("laip", "menu")),
            f"<p>{_e(opening)}</p><ul>{''.join(old_rows)}</ul>",
            links,
            banner=banner,
        )
    )
    return _home(site, [(f"{_w('laip', 'menu')} (LAIP)", old_index)])


def _js(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# -- multisitio ----------------------------------------------------------------------------------


def _multisitio(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    current = today.year
    status = (
        draw(st.sampled_from(["lista", "construccion", "ausente"])) if today.month == 1 else "lista"
    )
    working = current if status == "lista" else current - 1
    style = draw(st.sampled_from(["multisitio", "paginas"]))
    section_form = str(_pick(draw, "multisitio", "section_paths"))
    title_form = str(_pick(draw, "multisitio", "section_titles"))
    archive = str(_pick(draw, "multisitio", "archive_path"))
    docs_style = draw(st.sampled_from(["file", "lista"]))
    pending = draw(st.sampled_from([*list(_w("multisitio", "pending")), ""]))
    na_every_year = draw(st.booleans())
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    years = list(range(_NEW_ADMIN, working + 1))
    shown_years = list(range(_NEW_ADMIN, current + 1)) if status != "ausente" else years

    def section(year: int) -> str:
        return section_form.format(y=year)

    def upload(year: int, up: dt.date, name: str) -> str:
        # A file is uploaded to a year's section once that section exists.
        up = min(max(up, dt.date(year, 1, 5)), today)
        if style == "multisitio":
            site_id = year - _NEW_ADMIN + 2
            folder = f"{section(year)}wp-content/uploads/sites/{site_id}/{up.year}/{up.month:02d}"
            return f"{folder}/{file_stem(name)}.pdf"
        return _upload_path(up, name)

    seen: set[str] = set()
    parts: dict[int, list[str]] = {year: [] for year in years}
    archived: list[str] = []
    for item in _present(items):
        n = item.numeral
        rhythm = item_rhythm(item)
        by_year: dict[int, list[tuple[str, str]]] = {}
        updated_in = working  # the "Actualizado" line goes with the newest document
        newest = _newest(item)
        for doc in item.docs:
            assert doc.modified is not None
            year = (
                working
                if rhythm == "on_change"
                else min(max(doc.modified.year, _NEW_ADMIN), working)
            )
            up = uploaded(doc, today, lag + rng.randint(0, 6))
            doc.path = unique(upload(year, up, doc.name), seen)
            by_year.setdefault(year, []).append((doc.name, doc.path))
            if doc.modified == newest:
                updated_in = year
        history = _history(item, draw, False, (2022, 2023, 2024)) if draw(st.booleans()) else []
        old: list[tuple[str, str]] = []
        for hist in history:
            up = hist.day + dt.timedelta(days=lag)
            if hist.day.year >= _NEW_ADMIN:
                hist.path = unique(upload(hist.day.year, up, hist.name), seen)
                by_year.setdefault(hist.day.year, []).insert(0, (hist.name, hist.path))
            else:
                hist.path = unique(
                    f"{archive}wp-content/uploads/{hist.day.year}/{file_stem(hist.name)}.pdf", seen
                )
                old.append((hist.name, hist.path))
            site.routes[hist.path] = _pdf(hist.name, up)
        head = f"<h3>{_e(item.label)}</h3>"
        words = [t for t in (item.law_text, item.phrase, item.own_text) if t]
        for year in years:
            listed = by_year.get(year, [])
            stamp = [item.updated] if item.updated and year == updated_in else []
            if year == working:
                if listed or words or stamp:
                    texts = words + stamp
                    parts[year].append(head + paragraphs(texts) + _wp_docs(listed, docs_style))
                elif pending:
                    parts[year].append(head + f"<p>{_e(pending)}</p>")
                elif item.truth == "empty":  # named with nothing under it
                    parts[year].append(head)
            elif listed:
                parts[year].append(head + paragraphs(stamp) + _wp_docs(listed, docs_style))
            elif item.truth == "not_applicable" and na_every_year and item.phrase:
                parts[year].append(head + f"<p>{_e(item.phrase)}</p>")
        if old:
            archived.append(f"<h3>{_e(_laip_label(item))}</h3>" + _wp_docs(old, docs_style))
        where = ",".join(str(y) for y in sorted(by_year)) or "-"
        portal.notes[n] = f"multisitio/{style}/{status}/{rhythm}/{where}/{len(old)}arch"
    # The menu of the main site, and of each sub-site.
    titles = {year: title_form.format(y=year) for year in shown_years}
    archive_title = str(_w("multisitio", "archive_title"))
    main_links = [
        (str(_w("site", "home")), "/"),
        *[(titles[y], section(y)) for y in sorted(shown_years, reverse=True)],
        (archive_title, archive),
        (str(_w("site", "news")), "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    site.nav = _menu(main_links)
    main_nav = site.nav
    opening = WORDING["article"]["opening"]["text"]
    for year in shown_years:
        if year > working:
            body = (
                f"<p><strong>{_e(_pick(draw, 'placeholder', 'texts'))}</strong></p>"
                f"<p>{_e(str(_w('multisitio', 'coming')).format(y=year))}</p>"
            )
        else:
            welcome = str(_w("multisitio", "welcome")).format(name=site.name, y=year)
            body = (
                f"<p>{_e(welcome)}</p><p>{_e(opening)}</p>"
                f"<h2>{_e(str(_w('multisitio', 'year_heading')).format(y=year))}</h2>"
                + "".join(parts[year])
            )
        if style == "multisitio":
            site.nav = _menu(
                [
                    (str(_w("site", "home")), section(year)),
                    (str(_w("multisitio", "main_site")), "/"),
                    *[
                        (titles[y], section(y))
                        for y in sorted(shown_years, reverse=True)
                        if y != year
                    ],
                ]
            ).replace("main-navigation", "main-navigation subsite-navigation")
            site.put(section(year), titles[year], body, None)
            site.nav = main_nav
        else:
            site.put(section(year), titles[year], body, [(titles[year], "")])
    archive_body = f"<p><strong>{_e(_w('multisitio', 'archive_note'))}</strong></p>" + "".join(
        archived
    )
    site.put(archive, archive_title, archive_body, [(archive_title, "")])
    return _home(site, [(titles[working], section(working)), (archive_title, archive)])


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "anterior": _anterior,
    "httrack": _httrack,
    "traslado": _traslado,
    "multisitio": _multisitio,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 60 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
