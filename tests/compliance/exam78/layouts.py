"""Exam 78's layouts: large municipalities' deep sites (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
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

LAYOUTS = ("villanueva", "xela", "sanjuan")
EXAM78: dict[str, Any] = wording(__file__)
# The generated layouts whose truth conventions the items follow: a page per item with the law's
# text (year pages), headed sections and table rows (bare labels allowed), an accordion.
_INNER = {"villanueva": "joomla", "xela": "wordpress", "sanjuan": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])
_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 200


def _w(section: str, key: str) -> Any:
    return EXAM78[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for the site's details, seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item))


def _offices() -> dict[str, str]:
    return {str(slug): str(name) for slug, name in _w("site", "departments")}


def _publisher(numeral: int) -> str:
    return str(_w("site", "publisher")[str(numeral)])


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    lag = rng.randint(2, 12)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 9))
        for item in items
        for doc in item.docs
    }


def _doc_list(item: Item, year: int | None = None) -> str:
    docs = [d for d in item.docs if year is None or (d.modified and d.modified.year == year)]
    if not docs:
        return ""
    rows = "".join(
        f'<li><i class="fa fa-file-pdf-o"></i> <a href="{_e(d.path)}" target="_blank">'
        f"{_e(d.name)}</a></li>"
        for d in docs
    )
    return f'<ul class="lista-documentos">{rows}</ul>'


def _doc_years(item: Item) -> list[int]:
    return sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)


# -- the city around the transparency section ---------------------------------------------------


class _City:
    """A large municipality's site: a mega-menu on every page, a sidebar of tags and the most
    read posts, hundreds of news posts, an events calendar, a gallery, offices, services and
    online forms. ``page`` wraps a body in that chrome; ``build`` adds the city's own pages."""

    def __init__(self, name: str, today: dt.date, rng: random.Random, menu_extra: str) -> None:
        self.name = name
        self.today = today
        self.rng = rng
        self.routes: Routes = {}
        self.offices = _offices()
        self.office_extra: dict[str, str] = {}  # more HTML on an office's page
        self.office_nav: dict[str, list[tuple[str, str]]] = {}  # an office's sub-site menu
        self.services = [str(t) for t in _w("site", "services")]
        self.forms = [str(t) for t in _w("site", "forms")]
        self.zones = [str(t) for t in _w("site", "zones")]
        self.tags = [str(t) for t in _w("site", "tags")]
        self.posts: list[
            tuple[str, str, str, dt.date, list[str]]
        ] = []  # path, title, text, day, tags
        self._news()
        heads = [str(t) for t in _w("site", "menu_heads")]
        columns: list[tuple[str, list[tuple[str, str]]]] = [
            (
                heads[0],
                [
                    ("Concejo Municipal", "/municipalidad/concejo-municipal/"),
                    ("Alcaldía Municipal", "/municipalidad/alcaldia-municipal/"),
                    ("Historia del municipio", "/municipalidad/historia/"),
                    ("Alcaldías auxiliares", "/municipalidad/alcaldias-auxiliares/"),
                ]
                + [(z, f"/municipalidad/alcaldias-auxiliares/{_slug(z)}/") for z in self.zones],
            ),
            (heads[1], [(n, f"/dependencias/{s}/") for s, n in self.offices.items()]),
            (heads[2], [(t, f"/servicios/{_slug(t)}/") for t in self.services]),
            (heads[3], [(t, f"/tramites/{_slug(t)}/") for t in self.forms]),
            (heads[4], [(str(t), str(h)) for t, h in _w("site", "comms")]),
        ]
        self.columns = columns
        mega = "".join(
            f'<li class="menu-item menu-item-has-children mega-menu"><a href="#">{_e(head)}</a>'
            '<div class="mega-menu-panel"><ul class="sub-menu columns-4">'
            + "".join(f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
            + "</ul></div></li>"
            for head, links in columns
        )
        mega += menu_extra
        self.mega = (
            '<nav id="site-navigation" class="main-navigation mega"><ul id="primary-menu"'
            f' class="menu"><li class="menu-item"><a href="/">Inicio</a></li>{mega}</ul></nav>'
        )
        popular = rng.sample(self.posts[:40], 5)
        search = list(_w("site", "search"))
        self.aside = (
            '<aside id="secondary" class="widget-area">'
            f'<section class="widget widget_search"><form role="search" method="get" action="/">'
            f'<input type="search" name="s" placeholder="{_e(search[1])}"><button'
            f' type="submit">{_e(search[0])}</button></form></section>'
            f'<section class="widget widget_tag_cloud"><h2 class="widget-title">'
            f'{_e(_w("site", "tag_cloud"))}</h2><div class="tagcloud">'
            + "".join(
                f'<a href="/tag/{_slug(t)}/" class="tag-cloud-link" style="font-size:'
                f'{rng.randint(8, 22)}pt">{_e(t)}</a> '
                for t in self.tags
            )
            + f'</div></section><section class="widget widget_popular"><h2 class="widget-title">'
            f"{_e(_w('site', 'popular'))}</h2><ul>"
            + "".join(f'<li><a href="{_e(p[0])}">{_e(p[1])}</a></li>' for p in popular)
            + f'</ul></section><section class="widget"><h2 class="widget-title">'
            f'<a href="/eventos/">{_e(_w("site", "calendar"))}</a></h2></section></aside>'
        )
        self.footer = (
            f'<footer id="colophon" class="site-footer"><p>{_e(name)}</p><p>'
            f'{_e(_w("site", "address"))}</p><ul class="footer-links">'
            + "".join(
                f'<li><a href="/servicios/{_slug(t)}/">{_e(t)}</a></li>' for t in self.services[:8]
            )
            + f"</ul><p>© {today.year} {_e(name)}. Todos los derechos reservados.</p></footer>"
        )

    # The chrome -----------------------------------------------------------------------------

    def page(
        self, title: str, body: str, crumbs: Sequence[tuple[str, str]] = (), css: str = "page"
    ) -> Resource:
        trail = ""
        if crumbs:
            trail = (
                '<nav class="breadcrumbs"><a href="/">Inicio</a>'
                + "".join(
                    f' » <a href="{_e(h)}">{_e(t)}</a>' if h else f" » <span>{_e(t)}</span>"
                    for t, h in crumbs
                )
                + "</nav>"
            )
        html = (
            f'<!DOCTYPE html><html lang="es-GT"><head><meta charset="UTF-8"><title>{_e(title)}'
            f' – {_e(self.name)}</title></head><body class="{css}"><div class="top-bar">'
            f'<span>{_e(_w("site", "address"))}</span></div><header id="masthead"'
            f' class="site-header"><a class="custom-logo-link" href="/"><img'
            f' src="/wp-content/uploads/logo.png" alt="{_e(self.name)}"></a>{self.mega}</header>'
            f'<div id="content" class="site-content"><main id="main" class="site-main">{trail}'
            f'<h1 class="entry-title">{_e(title)}</h1>{body}</main>{self.aside}</div>'
            f"{self.footer}</body></html>"
        )
        return Resource(html.encode("utf-8"))

    # The city's own pages -------------------------------------------------------------------

    def _news(self) -> None:
        rng = self.rng
        real = [(str(t), str(x)) for t, x in _w("site", "news")]
        acts = [str(t) for t in _w("site", "news_acts")]
        places = [str(t) for t in _w("site", "news_places")]
        count = rng.randint(150, 280)
        day = self.today - dt.timedelta(days=rng.randint(0, 2))
        seen: set[str] = set()
        for k in range(count):
            if k % 4 == 0:
                title, text = real[(k // 4) % len(real)]
            else:
                title = f"{rng.choice(acts)} {rng.choice(places)}"
                text = f"La {self.name} realizó esta actividad en beneficio de los vecinos"
            path = unique(f"/{day.year}/{day.month:02d}/{day.day:02d}/{_slug(title)}/", seen)
            self.posts.append((path, title, text, day, rng.sample(self.tags, 2)))
            day -= dt.timedelta(days=rng.randint(1, 4))

    def _excerpts(self, posts: Sequence[tuple[str, str, str, dt.date, list[str]]]) -> str:
        more = str(_w("site", "news_more"))
        word = self.rng.choice(list(_w("site", "read_more")))
        return "".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{_e(p)}">{_e(t)}'
            f'</a></h2><div class="entry-meta"><time>{d.day} de {MESES[d.month - 1].lower()} de'
            f' {d.year}</time></div><div class="entry-summary"><p>{_e(x)} {_e(more)}</p></div>'
            f'<a class="more-link" href="{_e(p)}">{_e(word)}</a></article>'
            for p, t, x, d, _tags in posts
        )

    def _paged(self, base: str, title: str, posts: list[Any], per: int, crumbs: Any) -> None:
        pages = [posts[i : i + per] for i in range(0, len(posts), per)] or [[]]
        for k, chunk in enumerate(pages, start=1):
            path = base if k == 1 else f"{base}page/{k}/"
            nav = '<nav class="navigation posts-navigation"><div class="nav-links">'
            if k < len(pages):
                nav += f'<a class="next" href="{base}page/{k + 1}/">{_e(_w("site", "older"))}</a>'
            if k > 1:
                prev = base if k == 2 else f"{base}page/{k - 1}/"
                nav += f' <a class="prev" href="{prev}">{_e(_w("site", "newer"))}</a>'
            numbers = "".join(
                f'<a class="page-numbers" href="{base if n == 1 else f"{base}page/{n}/"}">{n}</a> '
                for n in range(1, len(pages) + 1)
                if n <= 3 or n >= len(pages) - 1 or abs(n - k) <= 2
            )
            nav += f'<div class="pagination">{numbers}</div></div></nav>'
            self.routes[path] = self.page(
                title, self._excerpts(chunk) + nav, crumbs, "archive category"
            )

    def build(self) -> None:
        rng, r, today = self.rng, self.routes, self.today
        fn = [str(t) for t in _w("site", "functions")]
        # Posts, news archive, comunicados, tags.
        for path, title, text, day, tags in self.posts:
            links = ", ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{_e(t)}</a>' for t in tags)
            body = (
                f'<div class="entry-meta"><time>{day.day:02d}/{day.month:02d}/{day.year}</time>'
                f'</div><div class="entry-content"><p>{_e(text)}.</p><p><img src="/wp-content/'
                f'uploads/{day.year}/{day.month:02d}/{_slug(title)[:30]}.jpg" alt=""></p></div>'
                f'<footer class="entry-footer">Etiquetas: {links}</footer>'
            )
            r[path] = self.page(title, body, [("Noticias", "/category/noticias/")], "single-post")
        self._paged("/category/noticias/", "Noticias", self.posts, 10, [("Noticias", "")])
        self._paged(
            "/category/comunicados/", "Comunicados", self.posts[1::7], 10, [("Comunicados", "")]
        )
        for tag in self.tags:
            tagged = [p for p in self.posts if tag in p[4]]
            self._paged(f"/tag/{_slug(tag)}/", f"Etiqueta: {tag}", tagged, 10, [(tag, "")])
        # Events: a month calendar two years back and a year ahead, and one page per event.
        events = [str(t) for t in _w("site", "events")]
        first = today.year * 12 + today.month - 1 - 24
        for index in range(first, first + 37):
            year, month = index // 12, index % 12 + 1
            path = f"/eventos/mes/{year}-{month:02d}/"
            rows = ""
            for k in range(rng.randint(1, 3)):
                mday = rng.randint(1, 28)
                title = rng.choice(events)
                slug = f"/evento/{_slug(title)}-{year}-{month:02d}-{mday:02d}-{k}/"
                rows += (
                    f'<tr><td>{mday:02d}/{month:02d}/{year}</td><td><a href="{slug}">{_e(title)}'
                    "</a></td></tr>"
                )
                r[slug] = self.page(
                    title,
                    f"<p>{mday:02d}/{month:02d}/{year} · {_e(rng.choice(self.zones))}</p>",
                    [("Eventos", "/eventos/")],
                )
            prev_m = (index - 1) // 12, (index - 1) % 12 + 1
            next_m = (index + 1) // 12, (index + 1) % 12 + 1
            back = (
                f'<a href="/eventos/mes/{prev_m[0]}-{prev_m[1]:02d}/">'
                f"{_e(_w('site', 'prev_month'))}</a> "
                if index > first
                else ""
            )
            ahead = (
                f'<a href="/eventos/mes/{next_m[0]}-{next_m[1]:02d}/">'
                f"{_e(_w('site', 'next_month'))}</a>"
                if index < first + 36
                else ""
            )
            body = (
                f'<div class="tribe-events-nav">{back}{ahead}</div><table'
                f' class="calendario">{rows}</table>'
            )
            title = f"{_w('site', 'calendar')} – {MESES[month - 1]} {year}"
            r[path] = self.page(title, body, [("Eventos", "/eventos/")], "events")
            if year == today.year and month == today.month:
                r["/eventos/"] = r[path]
        # Gallery: albums of photos opened in a lightbox.
        albums = []
        for path, title, _x, day, _t in self.posts[: rng.randint(12, 24)]:
            slug = f"/galeria/{_slug(title)[:40]}-{day:%Y%m%d}/"
            photos = ""
            for k in range(rng.randint(6, 14)):
                jpg = f"/wp-content/uploads/galeria/{day:%Y/%m}/{_slug(title)[:20]}-{k + 1}.jpg"
                r[jpg] = Resource(_JPEG, content_type="image/jpeg")
                photos += (
                    f'<a href="{jpg}" data-lightbox="album"><img src="{jpg}" alt="{_e(title)}"></a>'
                )
            r[slug] = self.page(
                title,
                f'<div class="gallery">{photos}</div><p><a href="{path}">{_e(title)}</a></p>',
                [("Galería de fotos", "/galeria/")],
                "gallery",
            )
            albums.append(f'<li><a href="{slug}">{_e(title)}</a></li>')
        r["/galeria/"] = self.page("Galería de fotos", f"<ul class='albums'>{''.join(albums)}</ul>")
        # Municipality, auxiliary mayors, offices, services, forms.
        for text, href in self.columns[0][1][:3]:
            r[href] = self.page(text, f"<p>{_e(text)} – {_e(self.name)}.</p>")
        zones = "".join(
            f'<li><a href="/municipalidad/alcaldias-auxiliares/{_slug(z)}/">'
            f"{_e(_w('site', 'auxiliary'))} {_e(z)}</a></li>"
            for z in self.zones
        )
        r["/municipalidad/alcaldias-auxiliares/"] = self.page(
            "Alcaldías auxiliares", f"<ul>{zones}</ul>"
        )
        for z in self.zones:
            r[f"/municipalidad/alcaldias-auxiliares/{_slug(z)}/"] = self.page(
                f"{_w('site', 'auxiliary')} {z}",
                f"<p>{_e(self.services[0])}, {_e(self.services[1])}.</p>",
                [("Alcaldías auxiliares", "/municipalidad/alcaldias-auxiliares/")],
            )
        listing = ""
        for slug, office in self.offices.items():
            nav = self.office_nav.get(slug, [])
            sub = ""
            if nav:
                sub = (
                    '<ul class="nav nav-pills subsitio">'
                    + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in nav)
                    + "</ul>"
                )
            chosen = rng.sample(fn, 3)
            body = (
                f"{sub}<h3>{_e(_w('site', 'functions_title'))}</h3><p>"
                + " ".join(f"{j}- {_e(t)}" for j, t in enumerate(chosen, 1))
                + f"</p><h3>{_e(_w('site', 'normative_title'))}</h3><p>1- Código Municipal"
                " 2- Ley de Servicio Municipal</p>" + self.office_extra.get(slug, "")
            )
            r[f"/dependencias/{slug}/"] = self.page(
                office, body, [("Dependencias", "/dependencias/"), (office, "")]
            )
            listing += f'<li><a href="/dependencias/{slug}/">{_e(office)}</a></li>'
        r["/dependencias/"] = self.page("Dependencias", f"<ul>{listing}</ul>")
        for text in self.services:
            r[f"/servicios/{_slug(text)}/"] = self.page(
                text,
                f"<p>{_e(text)}.</p><p><a href='/tramites/{_slug(rng.choice(self.forms))}/'>"
                "Realice su trámite en línea</a></p>",
                [("Servicios", "")],
            )
        for text in self.forms:
            r[f"/tramites/{_slug(text)}/"] = self.page(
                text,
                f'<form method="post" action="/tramites/{_slug(text)}/"><label>Nombre completo'
                '<input name="nombre" required></label><label>DPI<input name="dpi"></label>'
                '<label>Correo electrónico<input type="email" name="correo"></label><textarea'
                ' name="detalle"></textarea><button type="submit">Enviar</button></form>',
                [("Trámites en línea", "")],
            )
        # Home: slider, latest news, next events, services.
        latest = self._excerpts(self.posts[:6])
        icons = "".join(
            f'<a class="servicio" href="/servicios/{_slug(t)}/">{_e(t)}</a>'
            for t in self.services[:10]
        )
        body = (
            '<div class="slider">'
            + "".join(
                f'<a href="{p[0]}"><img src="/wp-content/uploads/slider-{k}.jpg" alt=""></a>'
                for k, p in enumerate(self.posts[:4])
            )
            + f'</div><section class="servicios">{icons}</section><section class="noticias">'
            f'<h2><a href="/category/noticias/">Noticias</a></h2>{latest}</section>'
        )
        r["/"] = self.page(self.name, body, (), "home")


def _menu_extra(links: Sequence[tuple[str, str]]) -> str:
    head = str(_w("site", "menu_heads")[5])
    return (
        f'<li class="menu-item menu-item-has-children"><a href="{_e(links[0][1])}">{_e(head)}'
        '</a><ul class="sub-menu">'
        + "".join(f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
        + "</ul></li>"
    )


def _transparency_pages(
    city: _City, base: str, law_path: str, ipo_path: str, ipo_title: str, law_title: str
) -> None:
    """Transparencia → Ley de Acceso: the two levels above the information of oficio."""
    cards = list(_w("transparency", "cards"))
    year = city.today.year
    accounts = str(_w("transparency", "accounts")).format(year=year - 1)
    acc_path = f"/wp-content/uploads/{year}/01/{file_stem(accounts)}.pdf"
    city.routes[acc_path] = Resource(
        b"%PDF-1.4 " + accounts.encode() + b" " * 200, content_type="application/pdf"
    )
    body = (
        '<div class="row cards">'
        f'<div class="card"><a href="{law_path}"><h3>{_e(cards[0])}</h3></a></div>'
        f'<div class="card"><a href="{base}rendicion-de-cuentas/"><h3>{_e(cards[1])}</h3></a></div>'
        f'<div class="card"><a href="/tramites/solicitud-de-informacion-publica/"><h3>'
        f"{_e(cards[3])}</h3></a></div></div>"
    )
    city.routes[base] = city.page(str(_w("transparency", "title")), body, [("Transparencia", "")])
    city.routes[f"{base}rendicion-de-cuentas/"] = city.page(
        cards[1],
        f'<ul><li><a href="{acc_path}">{_e(accounts)}</a></li></ul>',
        [("Transparencia", base), (cards[1], "")],
    )
    functions = "".join(f"<li>{_e(t)}</li>" for t in _w("transparency", "uip_functions"))
    body = (
        f"<p>{_e(str(_w('transparency', 'intro')).format(name=city.name))}</p>"
        f"<p><strong>{_e(_w('transparency', 'uip_functions_title'))}</strong></p>"
        f"<ul>{functions}</ul>"
        f'<p class="boton"><a class="btn btn-primary" href="{ipo_path}">{_e(ipo_title)}</a></p>'
        f'<p><a href="/tramites/solicitud-de-informacion-publica/">{_e(cards[3])}</a></p>'
    )
    city.routes[law_path] = city.page(law_title, body, [("Transparencia", base), (law_title, "")])


# -- villanueva: Transparencia → Ley de Acceso → IPO → a page per year → a page per item ---------


def _villanueva(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name = str(_w("site", "institutions")[0])
    base = "/transparencia/"
    law_title = str(draw(st.sampled_from(list(_w("transparency", "law")))))
    ipo_title = str(draw(st.sampled_from(list(_w("transparency", "ipo")))))
    law_path = f"{base}ley-de-acceso-a-la-informacion-publica/"
    ipo_path = f"{law_path}informacion-publica-de-oficio/"
    year_form = str(draw(st.sampled_from(list(_w("transparency", "years")))))
    item_path = draw(st.sampled_from(["numeral-{n}/", "{n:02d}-{slug}/"]))
    deep_menu = draw(st.booleans())
    links = [("Transparencia", base)] + ([(law_title, law_path)] if deep_menu else [])
    city = _City(name, today, rng, _menu_extra(links))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    for item in present:
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
    years = sorted({today.year} | {y for item in present for y in _doc_years(item)}, reverse=True)
    crumbs_top = [("Transparencia", base), (law_title, law_path), (ipo_title, ipo_path)]
    for year in years:
        heading = year_form.format(year=year)
        year_path = f"{ipo_path}{year}/"
        rows = ""
        for item in present:
            own_years = _doc_years(item)
            if year != today.year and year not in own_years:
                continue
            n = item.numeral
            path = year_path + item_path.format(n=n, slug=_slug(item.plain)[:30])
            rows += f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>'
            body = _words(item) + _doc_list(item, year)
            if year == today.year and item.docs and year not in own_years:
                leaf = item_path.format(n=n, slug=_slug(item.plain)[:30])
                earlier = "".join(
                    f'<li><a href="{ipo_path}{y}/{leaf}">{y}</a></li>' for y in own_years
                )
                body += f"<p>{_e(_w('transparency', 'earlier'))}</p><ul>{earlier}</ul>"
            city.routes[path] = city.page(
                item.label, body, [*crumbs_top, (heading, year_path), (f"Numeral {n}", "")]
            )
            portal.notes[n] = (
                f"villanueva/{'menu-profundo' if deep_menu else 'menu'}/{item_rhythm(item)}/"
                f"{_how(item)}/años-{'-'.join(map(str, own_years)) or 'ninguno'}"
            )
        city.routes[year_path] = city.page(
            heading,
            f'<p>{_e(_OPENING)}</p><ul class="numerales">{rows}</ul>',
            [*crumbs_top, (heading, "")],
        )
    buttons = "".join(
        f'<a class="btn btn-outline-primary" href="{ipo_path}{y}/">{_e(year_form.format(year=y))}'
        "</a> "
        for y in years
    )
    city.routes[ipo_path] = city.page(
        ipo_title,
        f'<p>{_e(_OPENING)}</p><div class="anios">{buttons}</div>',
        [("Transparencia", base), (law_title, law_path), (ipo_title, "")],
    )
    _transparency_pages(city, base, law_path, ipo_path, ipo_title, law_title)
    city.build()
    for item in items:
        portal.notes.setdefault(item.numeral, "villanueva/ausente")
    return city.routes


# -- xela: the index names each item's office; the office's sub-site publishes it ----------------


def _xela(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name = str(_w("site", "institutions")[1])
    base = "/transparencia/"
    law_title = str(draw(st.sampled_from(list(_w("transparency", "law")))))
    ipo_title = str(draw(st.sampled_from(list(_w("transparency", "ipo")))))
    law_path = f"{base}ley-de-acceso/"
    ipo_path = f"{law_path}informacion-publica-de-oficio/"
    index_as = draw(st.sampled_from(["tabla", "por-dependencia"]))
    office_as = draw(st.sampled_from(["secciones", "paginas"]))
    go = str(draw(st.sampled_from(list(_w("transparency", "go")))))
    city = _City(name, today, rng, _menu_extra([("Transparencia", base)]))
    offices = city.offices
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    by_office: dict[str, list[Item]] = {}
    for item in present:
        by_office.setdefault(_publisher(item.numeral), []).append(item)
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/dependencias/{_publisher(item.numeral)}/documentos/{up.year}/"
                f"{file_stem(doc.name)}.pdf",
                seen,
            )
    where: dict[int, str] = {}
    for slug, office in offices.items():
        home = f"/dependencias/{slug}/"
        section = str(_w("transparency", "office_section")).format(office=office)
        nav = [
            ("Inicio", home),
            ("Servicios", f"{home}servicios/"),
            ("Noticias", f"{home}noticias/"),
            ("Formularios", f"{home}formularios/"),
            ("Transparencia", f"{home}transparencia/"),
        ]
        city.office_nav[slug] = nav
        crumbs = [("Dependencias", "/dependencias/"), (office, home)]
        city.routes[f"{home}servicios/"] = city.page(
            f"Servicios – {office}",
            "<ul>"
            + "".join(
                f'<li><a href="/servicios/{_slug(t)}/">{_e(t)}</a></li>'
                for t in rng.sample(city.services, 4)
            )
            + "</ul>",
            crumbs,
        )
        city.routes[f"{home}formularios/"] = city.page(
            f"Formularios – {office}",
            "<ul>"
            + "".join(
                f'<li><a href="/tramites/{_slug(t)}/">{_e(t)}</a></li>'
                for t in rng.sample(city.forms, 3)
            )
            + "</ul>",
            crumbs,
        )
        own_news = rng.sample(city.posts, rng.randint(6, 24))
        own_news.sort(key=lambda p: p[3], reverse=True)
        city._paged(f"{home}noticias/", f"Noticias – {office}", own_news, 8, crumbs)
        mine = by_office.get(slug, [])
        tpath = f"{home}transparencia/"
        if not mine:
            city.routes[tpath] = city.page(
                section, f'<p><a href="{ipo_path}">{_e(ipo_title)}</a></p>', crumbs
            )
            continue
        parts = ""
        for item in mine:
            n = item.numeral
            if office_as == "secciones":
                anchor = f"numeral-{n}"
                parts += (
                    f'<section id="{anchor}"><h3>{_e(item.label)}</h3>{_words(item)}'
                    f"{_doc_list(item)}</section>"
                )
                where[n] = f"{tpath}#{anchor}"
            else:
                path = f"{tpath}numeral-{n}/"
                parts += f'<li><a href="{path}">{_e(item.label)}</a></li>'
                city.routes[path] = city.page(
                    item.label,
                    _words(item) + _doc_list(item),
                    [*crumbs, (section, tpath), (f"Numeral {n}", "")],
                )
                where[n] = path
            portal.notes[n] = f"xela/{index_as}/{office_as}/{slug}/{item_rhythm(item)}/{_how(item)}"
        if office_as == "paginas":
            parts = f'<ul class="numerales">{parts}</ul>'
        city.routes[tpath] = city.page(section, parts, [*crumbs, (section, "")])
    # The index of the information of oficio.
    heads = list(_w("transparency", "publisher_col"))
    if index_as == "tabla":
        rows = "".join(
            f"<tr><td>{_e(item.label)}</td><td>{_e(offices[_publisher(item.numeral)])}</td>"
            f'<td><a href="{_e(where[item.numeral])}">{_e(go)}</a></td></tr>'
            for item in present
        )
        listing = (
            '<table class="table"><thead><tr>'
            + "".join(f"<th>{_e(h)}</th>" for h in heads)
            + f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    else:
        listing = ""
        for slug, mine in by_office.items():
            office = offices[slug]
            listing += (
                f'<h3><a href="/dependencias/{slug}/transparencia/">{_e(office)}</a></h3><ul>'
                + "".join(
                    f'<li><a href="{_e(where[i.numeral])}">{_e(i.label)}</a></li>' for i in mine
                )
                + "</ul>"
            )
    city.routes[ipo_path] = city.page(
        ipo_title,
        f"<p>{_e(_OPENING)}</p>{listing}",
        [("Transparencia", base), (law_title, law_path), (ipo_title, "")],
    )
    _transparency_pages(city, base, law_path, ipo_path, ipo_title, law_title)
    city.build()
    for item in items:
        portal.notes.setdefault(item.numeral, "xela/ausente")
    return city.routes


# -- sanjuan: IPO → offices (accordion or pages) → item page with year tabs ---------------------


def _sanjuan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    name = str(_w("site", "institutions")[2])
    base = "/transparencia/"
    law_title = str(draw(st.sampled_from(list(_w("transparency", "law")))))
    ipo_title = str(draw(st.sampled_from(list(_w("transparency", "ipo")))))
    law_path = f"{base}acceso-a-la-informacion/"
    ipo_path = f"{law_path}informacion-publica-de-oficio/"
    offices_as = draw(st.sampled_from(["acordeon", "paginas"]))
    city = _City(name, today, rng, _menu_extra([("Transparencia", base)]))
    offices = city.offices
    seen: set[str] = set()
    present = _present(items)
    by_office: dict[str, list[Item]] = {}
    crumbs_top = [("Transparencia", base), (law_title, law_path), (ipo_title, ipo_path)]
    heads = list(_w("transparency", "doc_columns"))
    for item in present:
        slug = _publisher(item.numeral)
        by_office.setdefault(slug, []).append(item)
        n = item.numeral
        for doc in item.docs:
            year = doc.modified.year if doc.modified else today.year
            doc.path = unique(
                f"/documentos/transparencia/{slug}/{year}/{file_stem(doc.name)}.pdf", seen
            )
        years = _doc_years(item)
        tabs = panes = ""
        for k, year in enumerate(years):
            active = " active" if k == 0 else ""
            tabs += (
                f'<li class="nav-item"><button class="nav-link{active}" data-bs-toggle="tab"'
                f' data-bs-target="#y{year}" type="button">{year}</button></li>'
            )
            rows = "".join(
                f'<tr><td>{_e(d.name)}</td><td><a href="{_e(d.path)}" class="btn btn-sm'
                f' btn-success" target="_blank">{_e(_w("transparency", "download"))}</a></td></tr>'
                for d in item.docs
                if d.modified and d.modified.year == year
            )
            panes += (
                f'<div class="tab-pane fade{" show active" if k == 0 else ""}" id="y{year}">'
                '<table class="table"><thead><tr>'
                + "".join(f"<th>{_e(h)}</th>" for h in heads)
                + f"</tr></thead><tbody>{rows}</tbody></table></div>"
            )
        body = _words(item)
        if years:
            body += f'<ul class="nav nav-tabs">{tabs}</ul><div class="tab-content">{panes}</div>'
        office_path = f"{ipo_path}{slug}/"
        path = f"{office_path}{n}-{_slug(item.plain)[:30]}/"
        crumbs = [*crumbs_top]
        if offices_as == "paginas":
            crumbs.append((offices[slug], office_path))
        city.routes[path] = city.page(item.label, body, [*crumbs, (f"Numeral {n}", "")])
        portal.notes[n] = (
            f"sanjuan/{offices_as}/{slug}/{item_rhythm(item)}/{_how(item)}/pestañas-{len(years)}"
        )
    listing = ""
    for k, (slug, mine) in enumerate(by_office.items()):
        office = offices[slug]
        office_path = f"{ipo_path}{slug}/"
        links = "".join(
            f'<li><a href="{office_path}{i.numeral}-{_slug(i.plain)[:30]}/">{_e(i.label)}</a></li>'
            for i in mine
        )
        if offices_as == "acordeon":
            listing += (
                f'<div class="accordion-item"><h2 class="accordion-header"><button'
                f' class="accordion-button{" collapsed" if k else ""}" type="button"'
                f' data-bs-toggle="collapse" data-bs-target="#of-{slug}">{_e(office)}</button>'
                f'</h2><div id="of-{slug}" class="accordion-collapse collapse'
                f'{"" if k else " show"}"><div class="accordion-body"><ul>{links}</ul></div>'
                "</div></div>"
            )
        else:
            listing += (
                f'<div class="col-md-4"><div class="card"><a href="{office_path}"><h4>'
                f"{_e(office)}</h4></a></div></div>"
            )
            city.routes[office_path] = city.page(
                office, f"<ul>{links}</ul>", [*crumbs_top, (office, "")]
            )
    wrap = "accordion" if offices_as == "acordeon" else "row"
    city.routes[ipo_path] = city.page(
        ipo_title,
        f"<p>{_e(_OPENING)}</p><h2>{_e(_w('transparency', 'by_office'))}</h2>"
        f'<div class="{wrap}">{listing}</div>',
        [("Transparencia", base), (law_title, law_path), (ipo_title, "")],
    )
    _transparency_pages(city, base, law_path, ipo_path, ipo_title, law_title)
    city.build()
    for item in items:
        portal.notes.setdefault(item.numeral, "sanjuan/ausente")
    return city.routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "villanueva": _villanueva,
    "xela": _xela,
    "sanjuan": _sanjuan,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 78 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
