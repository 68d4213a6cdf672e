"""Twenty-seventh exam: four portal layouts whose theme is THE WAY IN: how a municipality's home
page leads (or hides the way) to its transparency section and the Article 10 items, with the truth
of every section.

Items (truth, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``) and their documents are served at the generator's
addresses (``/files/NN/…``; a broken document is not served: a browser gets 404). The item pages
themselves are plain: one page holding every item under its heading, or an index of the items'
labels leading to one page per item. What is drawn is the path from ``/`` to them, through sites
of tens of pages (a few up to ~150) of unrelated sections: a paged news archive with its articles,
tourism, services, the council's offices and minutes, photo galleries. Wording from real
Guatemalan municipal portals (``wording.toml``, sources there). Layouts:

* ``banner``: the header menu names only the unrelated sections; the ONLY way to the section is a
  picture link: in the home page's slider (one slide among news slides), in a sidebar of banners,
  or in a footer row of partner logos on every page. The picture has an alt text ("Ley de Acceso a
  la Información Pública", "Información Pública de Oficio", …), or an empty alt and only a
  ``title``, or neither (only the file's name, ``btn-laip.png``, ``transparencia.jpg``). A citizen
  sees the banner and clicks it: the truth is the items' truth.
* ``portada``: ``/`` is not the site: a splash page that moves on by ``<meta http-equiv=refresh>``
  (0–5 s, with or without a "click here" link), by a ``window.location`` script (with or without a
  ``<noscript>`` link), an intro picture and an "Ingresar al sitio" button, a language chooser
  ("Español" → the site, "English" → three tourism pages without any transparency), or a 302
  redirect. The real home page (``/inicio/``, ``/portal/``, ``/es/``) links the section by text
  from its menu. A browser follows all of these: the truth is the items' truth.
* ``profundo``: the section is three or four levels down: "La Municipalidad" → "Unidad de
  Información Pública" → ["Información Pública de Oficio" →] "Artículo 10" → items, every level
  with many unrelated links (offices, the UIP's request form, other laws' pages "Decreto 101-97
  Art. 17 Ter.", "Decreto 36-2024" that hold no Article 10 item). The header menu is a CSS
  mega-menu (nested lists shown on hover), an off-canvas hamburger menu (markup in the page,
  ``hidden`` until the button is pressed) reaching down to some level, or a plain top menu. The
  truth is the items' truth.
* ``rutas-raras``: the section under an unusual address ("/uip/", "/ley-57-2008/", "/?page_id=93",
  "/infopublica/", …) and name ("Portal de Transparencia", "LAIP", "Decreto 57-2008", …), linked
  only from the footer's links, or only from a "Mapa del sitio" page linked from the footer; the
  item pages (when there are some) under ``?page_id=`` or the section's address. Some portals
  also keep an old "Transparencia 2019" page, reached from a 2019 news article or from the site
  map's "Archivo", saying it is the 2016-2020 administration's and no longer updated, listing
  2019 documents (all served) of some items whose current truth is ok or outdated. A citizen
  takes the current section for the portal's publication; the 2019 copy only repeats older
  documents of items that already have newer (ok) or equally stale (outdated, older than the
  law's rhythm either way) ones, so the truth is the current section's: the items' truth.

Where the generator's noise adds a page answering 500 (linked from ``/``), the link is also put on
the real home page of a portal whose ``/`` is a splash page, so that a citizen reaches it.
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
    day_month_year,
    exam_portal,
    item_rhythm,
    snippet,
    wording,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("banner", "portada", "profundo", "rutas-raras")
EXAM27: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam27 layout shares (headings or pages per item;
# the way in is what is new):
_INNER = {"banner": "dl", "portada": "wordpress", "profundo": "joomla", "rutas-raras": "dl"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 120
_JPG = b"\xff\xd8\xff\xe0\0\x10JFIF\0" + b"\0" * 120
_HOME_END = '<div class="home-end"></div>'
_FAILING = "/transparencia/otros-documentos/"


def _w(section: str, key: str) -> Any:
    return EXAM27[section][key]["text"]


@dataclass
class _Site:
    """What a portal's pages share: the body's name, header menu, footer, the routes."""

    name: str
    town: str
    today: dt.date
    routes: Routes = field(default_factory=dict)
    home: str = "/"
    nav: str = ""
    footer: str = ""
    head: str = ""

    def put(
        self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None
    ) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        logo_alt = str(_w("site", "logo_alt")).format(town=self.town.lower())
        page = (
            f"<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{_e(title)} - "
            f"{_e(self.name)}</title>{self.head}</head><body><header class='site-header'>"
            f'<a class="logo" href="{_e(self.home)}"><img src="/images/logo.png" '
            f'alt="{_e(logo_alt)}"></a><p class="institucion">{_e(self.name)}</p>{self.nav}'
            f"</header><main>{trail}<h1>{_e(title)}</h1>{body}</main>"
            f"<footer class='site-footer'>{self.footer}<p>"
            f"{_e(str(_w('site', 'footer')).format(name=self.name))}</p></footer></body></html>"
        )
        self.routes[path] = Resource(page.encode("utf-8"))

    def image(self, path: str) -> None:
        if path.endswith(".png"):
            self.routes[path] = Resource(_PNG, content_type="image/png")
        else:
            self.routes[path] = Resource(_JPG, content_type="image/jpeg")


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(str(_w("site", "name")).format(town=town), town, today)
    site.image("/images/logo.png")
    return site


def _menu(links: list[tuple[str, str]], css: str = "main-menu") -> str:
    items = "".join(f'<li><a href="{_e(href)}">{_e(text)}</a></li>' for text, href in links)
    return f'<nav class="{css}"><ul>{items}</ul></nav>'


# -- unrelated sections -----------------------------------------------------------------------


def _fillers(site: _Site, draw: st.DrawFn, size: str) -> dict[str, str]:
    """The site's unrelated sections (news, tourism, services, council, gallery, contact), each
    with its pages; ``size`` "small" / "large". Returns the menu name → address of each."""
    low, high = (6, 24) if size == "small" else (18, 60)
    menu = list(_w("site", "menu"))
    out: dict[str, str] = {}
    # News: a paged archive ("Leer más") of articles.
    titles = list(_w("news", "items"))
    texts = list(_w("news", "texts"))
    count = draw(st.integers(low, high))
    per_page = draw(st.sampled_from([6, 8, 10]))
    articles: list[tuple[str, str, dt.date]] = []
    day = site.today
    for number in range(count):
        day -= dt.timedelta(days=draw(st.integers(2, 9)))
        title = titles[number % len(titles)]
        path = f"/noticias-municipales/{day.year}/{day.month:02d}/{_slug(title)[:40]}-{number}/"
        articles.append((title, path, day))
        body = f"<p class='fecha'>{day_month_year(day)}</p>" + "".join(
            f"<p>{_e(text)}</p>" for text in texts
        )
        site.put(path, title, body, [(menu[1], "/noticias-municipales/"), (title, "")])
    pages = [articles[i : i + per_page] for i in range(0, len(articles), per_page)]
    for index, chunk in enumerate(pages):
        path = "/noticias-municipales/" + (f"page/{index + 1}/" if index else "")
        rows = "".join(
            f'<article><h2><a href="{p}">{_e(t)}</a></h2><p>{day_month_year(d)}</p>'
            f'<a href="{p}">{_e(str(_w("site", "more")))}</a></article>'
            for t, p, d in chunk
        )
        if index + 1 < len(pages):
            more = f"/noticias-municipales/page/{index + 2}/"
            rows += f'<p class="nav-links"><a href="{more}">Siguiente</a></p>'
        site.put(path, menu[1], rows, [(menu[1], "")])
    out[menu[1]] = "/noticias-municipales/"
    # Tourism and services: a page per place / service.
    for key, word, name in (("tourism", "places", menu[2]), ("services", "names", menu[3])):
        names = list(_w(key, word))
        chosen = names[: draw(st.integers(3, len(names)))]
        base = f"/{_slug(name)}/"
        links = []
        for entry in chosen:
            path = f"{base}{_slug(entry)}/"
            links.append((entry, path))
            site.put(
                path, entry, f"<p>{_e(entry)} - {_e(site.town)}.</p>", [(name, base), (entry, "")]
            )
        site.put(base, name, _menu(links, "lista"), [(name, "")])
        out[name] = base
    # The council: its offices and minutes of sessions (text only).
    offices = list(_w("council", "offices"))[: draw(st.integers(4, 10))]
    base = "/concejo-municipal/"
    links = []
    for office in offices:
        path = f"{base}{_slug(office)}/"
        links.append((office, path))
        site.put(path, office, f"<p>{_e(office)}.</p>", [(menu[4], base), (office, "")])
    minutes = []
    for number in range(draw(st.integers(low // 2, high // 3))):
        session = str(_w("council", "session")).format(number=number + 1, year=site.today.year)
        path = f"{base}actas/sesion-{number + 1}-{site.today.year}/"
        minutes.append((session, path))
        site.put(path, session, f"<p>{_e(str(_w('council', 'minutes')))}</p>", [(menu[4], base)])
    site.put(
        base,
        menu[4],
        _menu(links, "lista") + "<h2>Actas</h2>" + _menu(minutes, "lista"),
        [(menu[4], "")],
    )
    out[menu[4]] = base
    # The gallery: albums of pictures.
    base = "/galeria/"
    albums = []
    for number in range(draw(st.integers(2, 8))):
        title = f"{titles[number % len(titles)]} ({number + 1})"
        path = f"{base}album-{number + 1}/"
        albums.append((title, path))
        pics = "".join(f'<img src="/images/galeria/{number + 1}-{k}.jpg" alt="">' for k in range(4))
        for k in range(4):
            site.image(f"/images/galeria/{number + 1}-{k}.jpg")
        site.put(path, title, pics, [(menu[5], base), (title, "")])
    site.put(base, menu[5], _menu(albums, "lista"), [(menu[5], "")])
    out[menu[5]] = base
    site.put("/contacto/", menu[6], f"<p>{_e(site.name)}</p>", [(menu[6], "")])
    out[menu[6]] = "/contacto/"
    return out


# -- the section ----------------------------------------------------------------------------


def _body(item: Item) -> str:
    words = "".join(f"<p>{_e(text)}</p>" for text in item_words(item))
    docs = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
    return words + (f"<ul>{docs}</ul>" if docs else "")


def _section(
    site: _Site,
    items: list[Item],
    draw: st.DrawFn,
    portal: ExamPortal,
    index: str,
    title: str,
    crumbs: list[tuple[str, str]],
    page_of: Callable[[Item], str],
    way: str,
) -> None:
    """The Article 10 section at ``index``: every item under its heading on that page, or a list of
    the items' labels leading to a page per item (at ``page_of(item)``)."""
    opening = str(_w("section", "opening")).format(name=site.name)
    intro = f"<h2>{_e(str(_w('section', 'heading')))}</h2><p>{_e(opening)}</p>"
    style = draw(st.sampled_from(["una", "paginas"]))
    trail = [*crumbs, (title, "")]
    if style == "una":
        tag = draw(st.sampled_from(["h2", "h3", "h4"]))
        parts = [f"<{tag}>{_e(item.label)}</{tag}>{_body(item)}" for item in _present(items)]
        site.put(index, title, intro + "".join(parts), trail)
    else:
        links = []
        for item in _present(items):
            path = page_of(item)
            links.append((item.label, path))
            site.put(path, item.label, _body(item), [*crumbs, (title, index), (item.label, "")])
        site.put(index, title, intro + _menu(links, "list-numerales"), trail)
    for item in items:
        portal.notes[item.numeral] = f"{way}/{style}/{item_rhythm(item)}"


def _item_path(base: str) -> Callable[[Item], str]:
    return lambda item: f"{base}{item.numeral:02d}-{_slug(item.plain)[:30]}/"


def _page_id(base: int) -> Callable[[Item], str]:
    """WordPress's plain permalinks: every item page at ``/?page_id=<id>``."""
    return lambda item: f"/?page_id={base + item.numeral}"


# -- banner ---------------------------------------------------------------------------------


def _banner(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    sections = _fillers(site, draw, draw(st.sampled_from(["small", "large"])))
    nav = [(str(_w("site", "home")), "/"), *sections.items()]
    site.nav = _menu(nav)
    index = draw(st.sampled_from(["/informacion-publica/", "/transparencia/", "/laip/"]))
    file = str(draw(st.sampled_from(_w("banner", "files"))))
    picture = f"/wp-content/uploads/{today.year - draw(st.integers(1, 4))}/03/{file}"
    site.image(picture)
    alt_kind = draw(st.sampled_from(["alt", "title", "none"]))
    text = _e(str(draw(st.sampled_from(_w("banner", "alts")))))
    attrs = {"alt": f' alt="{text}"', "title": f' alt="" title="{text}"', "none": ""}[alt_kind]
    banner = f'<a href="{index}"><img src="{picture}"{attrs}></a>'
    where = draw(st.sampled_from(["slider", "sidebar", "footer"]))
    news = list(sections.values())[0]
    home = f'<p><a href="{news}">{_e(list(sections)[0])}</a></p>'
    if where == "slider":
        slides = []
        at = draw(st.integers(0, 3))
        for number in range(4):
            pic = f"/images/slider/slide-{number + 1}.jpg"
            site.image(pic)
            slides.append(
                f'<div class="carousel-item"><a href="{news}"><img src="{pic}" alt=""></a></div>'
            )
        slides.insert(at, f'<div class="carousel-item">{banner}</div>')
        home = (
            '<div id="slider" class="carousel slide"><div class="carousel-inner">'
            f"{''.join(slides)}</div></div>" + home
        )
    elif where == "sidebar":
        service = list(sections.values())[2]
        site.image("/images/banner-ornato.jpg")
        home += (
            f'<aside class="widget-area"><div class="widget">{banner}</div><div class="widget">'
            f'<a href="{service}"><img src="/images/banner-ornato.jpg" alt=""></a></div></aside>'
        )
    else:
        logos = []
        for number, partner in enumerate(_w("site", "partners")):
            pic = f"/images/logos/aliado-{number + 1}.png"
            site.image(pic)
            logos.append(
                f'<a href="https://www.{_slug(partner)[:12]}.gob.gt/">'
                f'<img src="{pic}" alt="{_e(partner)}"></a>'
            )
        logos.insert(draw(st.integers(0, len(logos))), banner)
        site.footer = f'<div class="logos">{"".join(logos)}</div>'
    title = str(draw(st.sampled_from(_w("section", "names"))))
    _section(
        site, items, draw, portal, index, title, [], _item_path(index), f"banner/{where}/{alt_kind}"
    )
    site.put("/", site.name, home + _HOME_END)
    if where == "footer":
        _refooter(site)
    return site.routes


def _refooter(site: _Site) -> None:
    """Put the site's (now final) footer on every page written before it was set."""
    marker = b"<footer class='site-footer'><p>"
    for resource in site.routes.values():
        if resource.content_type.startswith("text/html") and marker in resource.body:
            resource.body = resource.body.replace(
                marker, b"<footer class='site-footer'>" + site.footer.encode("utf-8") + b"<p>"
            )


# -- portada --------------------------------------------------------------------------------


def _portada(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    kind = draw(st.sampled_from(["refresh", "script", "boton", "idioma", "redirect"]))
    site.home = {"idioma": "/es/", "redirect": "/portal/"}.get(kind, "/inicio/")
    sections = _fillers(site, draw, draw(st.sampled_from(["small", "large"])))
    index = draw(
        st.sampled_from(
            ["/informacion-publica/", "/transparencia/", "/ley-de-acceso-a-la-informacion-publica/"]
        )
    )
    name = str(draw(st.sampled_from(_w("section", "names"))))
    home_word = str(_w("site", "home"))
    nav = [
        (home_word, site.home),
        *list(sections.items())[:-1],
        (name, index),
        list(sections.items())[-1],
    ]
    site.nav = _menu(nav)
    _section(site, items, draw, portal, index, name, [], _item_path(index), f"portada/{kind}")
    news = list(sections.values())[0]
    site.put(
        site.home,
        site.name,
        f'<p><a href="{news}">{_e(list(sections)[0])}</a></p>'
        f'<p><a href="{index}">{_e(name)}</a></p>' + _HOME_END,
    )
    welcome = str(_w("portada", "welcome"))
    enter = str(draw(st.sampled_from(_w("portada", "enter"))))
    site.image("/images/portada.jpg")
    picture = f'<img src="/images/portada.jpg" alt="{_e(site.name)}">'
    if kind == "redirect":
        site.routes["/"] = Resource(b"", 302, location=site.home)
        return site.routes
    if kind == "refresh":
        delay = draw(st.sampled_from([0, 3, 5]))
        head = f'<meta http-equiv="refresh" content="{delay}; url={site.home}">'
        fallback = ""
        if draw(st.booleans()):
            fallback = (
                "<p>Si no es redirigido automáticamente, "
                f'<a href="{site.home}">haga clic aquí</a>.</p>'
            )
        main = picture + fallback
    elif kind == "script":
        call = draw(
            st.sampled_from(["window.location.href = '{0}';", "window.location.replace('{0}');"])
        )
        head = "<script>" + call.format(site.home) + "</script>"
        main = picture
        if draw(st.booleans()):
            main += f'<noscript><a href="{site.home}">{_e(enter)}</a></noscript>'
    elif kind == "boton":
        head = ""
        if draw(st.booleans()):
            main = f'{picture}<p><a class="btn btn-primary" href="{site.home}">{_e(enter)}</a></p>'
        else:
            main = f'<a href="{site.home}">{picture}</a>'
    else:
        head = ""
        spanish, english = _w("portada", "languages")
        main = (
            f'{picture}<ul class="idiomas"><li><a href="/es/">{_e(spanish)}</a></li>'
            f'<li><a href="/en/">{_e(english)}</a></li></ul>'
        )
        pages = list(_w("portada", "english"))
        links = "".join(f'<li><a href="/en/{_slug(p)}/">{_e(p)}</a></li>' for p in pages[1:])
        english_page = (
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_e(pages[0])}</title></head><body><header><ul>"
            f"<li><a href='/en/'>Home</a></li>{links}</ul></header><main>"
            f"<h1>{_e(pages[0])}</h1><p>{_e(site.town)}, Guatemala.</p></main></body></html>"
        )
        site.routes["/en/"] = Resource(english_page.encode("utf-8"))
        for p in pages[1:]:
            site.routes[f"/en/{_slug(p)}/"] = Resource(
                english_page.replace(pages[0], p, 1).encode("utf-8")
            )
    splash = (
        f"<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{_e(welcome)} - "
        f"{_e(site.name)}</title>{head}</head><body class='splash'><main><h1>{_e(welcome)}</h1>"
        f"{main}</main></body></html>"
    )
    site.routes["/"] = Resource(splash.encode("utf-8"))
    return site.routes


# -- profundo -------------------------------------------------------------------------------


def _profundo(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    sections = _fillers(site, draw, draw(st.sampled_from(["small", "large"])))
    mun_word = str(_w("site", "menu")[0])
    uip_word = str(_w("profundo", "uip_title"))
    oficio_word = str(_w("profundo", "oficio"))
    article_word = str(_w("profundo", "article"))
    four = draw(st.booleans())
    mun = "/municipalidad/"
    uip = f"{mun}unidad-de-informacion-publica/"
    oficio = f"{uip}informacion-publica-de-oficio/"
    article = f"{oficio if four else uip}articulo-10/"
    levels = [(mun_word, mun), (uip_word, uip)] + ([(oficio_word, oficio)] if four else [])
    levels.append((article_word, article))
    menu_kind = draw(st.sampled_from(["mega", "offcanvas", "plain"]))
    reach = draw(st.integers(1, len(levels))) if menu_kind != "plain" else 1
    home_word = str(_w("site", "home"))
    offices = [(o, f"{mun}{_slug(o)}/") for o in list(_w("council", "offices"))[:6]]

    def nested(depth: int) -> str:
        # The mega-menu's nested lists: each level beside its unrelated siblings.
        if depth >= reach:
            return ""
        word, href = levels[depth]
        siblings = "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in offices[: 3 + depth])
        inner = nested(depth + 1)
        sub = f'<ul class="dropdown">{inner}{siblings}</ul>' if inner or siblings else ""
        return f'<li class="has-children"><a href="{href}">{_e(word)}</a>{sub}</li>'

    top = "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in sections.items())
    if menu_kind == "mega":
        site.head = (
            "<style>.mega-menu .dropdown{display:none}"
            ".mega-menu li:hover>.dropdown{display:block}</style>"
        )
        site.nav = (
            f'<nav class="mega-menu"><ul><li><a href="/">{_e(home_word)}</a></li>'
            f"{nested(0)}{top}</ul></nav>"
        )
    elif menu_kind == "offcanvas":
        site.nav = (
            '<button class="menu-toggle" aria-controls="offcanvas" aria-expanded="false">'
            '<span class="hamburger"></span></button>'
            '<div id="offcanvas" class="offcanvas" hidden><ul>'
            f'<li><a href="/">{_e(home_word)}</a></li>'
            f"{nested(0)}{top}</ul></div>"
            "<script>document.querySelector('.menu-toggle').onclick=function(){"
            "var m=document.getElementById('offcanvas');m.hidden=!m.hidden;};</script>"
        )
    else:
        site.nav = _menu([(home_word, "/"), (mun_word, mun), *sections.items()])
    # Level pages, each with unrelated links beside the way on.
    for office, path in offices:
        site.put(path, office, f"<p>{_e(office)}.</p>", [(mun_word, mun), (office, "")])
    mun_links = [*offices[:3], (uip_word, uip), *offices[3:]]
    site.put(mun, mun_word, _menu(mun_links, "lista"), [(mun_word, "")])
    request = str(_w("profundo", "request"))
    site.put(
        f"{uip}solicitud/",
        request,
        f"<p>{_e(str(_w('profundo', 'office_in_charge')))}</p>",
        [(mun_word, mun), (uip_word, uip), (request, "")],
    )
    functions = "".join(f"<li>{_e(f)}</li>" for f in _w("profundo", "functions"))
    uip_body = (
        f"<p>{_e(str(_w('profundo', 'created')))}</p>"
        f"<h2>Misión</h2><p>{_e(str(_w('profundo', 'mission')))}</p>"
        f"<h2>Visión</h2><p>{_e(str(_w('profundo', 'vision')))}</p>"
        f"<p>{_e(str(_w('profundo', 'functions_title')))}</p><ul>{functions}</ul>"
    )
    next_word, next_path = levels[2]
    uip_links = [(request, f"{uip}solicitud/"), (next_word, next_path)]
    laws = [(law, f"{uip}{_slug(law)}/") for law in _w("section", "other_laws")]
    crumbs_uip = [(mun_word, mun), (uip_word, uip)]
    for law, path in laws:
        site.put(path, law, f"<p>{_e(law)}</p>", [*crumbs_uip, (law, "")])
    if four:
        site.put(
            oficio,
            oficio_word,
            _menu([(article_word, article), *laws], "lista"),
            [*crumbs_uip, (oficio_word, "")],
        )
        crumbs = [*crumbs_uip, (oficio_word, oficio)]
    else:
        uip_links += laws
        crumbs = crumbs_uip
    site.put(uip, uip_word, uip_body + _menu(uip_links, "lista"), [(mun_word, mun), (uip_word, "")])
    _section(
        site,
        items,
        draw,
        portal,
        article,
        article_word,
        crumbs,
        _item_path(article),
        f"profundo/{menu_kind}/{len(levels)}niveles/menu{reach}",
    )
    news = list(sections.values())[0]
    site.put("/", site.name, f'<p><a href="{news}">{_e(list(sections)[0])}</a></p>' + _HOME_END)
    return site.routes


# -- rutas-raras ----------------------------------------------------------------------------


def _rutas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    sections = _fillers(site, draw, draw(st.sampled_from(["small", "large"])))
    home_word = str(_w("site", "home"))
    site.nav = _menu([(home_word, "/"), *sections.items()])
    index = str(draw(st.sampled_from(_w("rutas", "paths"))))
    name = str(draw(st.sampled_from(_w("rutas", "names"))))
    where = draw(st.sampled_from(["footer", "mapa"]))
    sitemap_word = str(_w("rutas", "sitemap"))
    others = [(link, f"/{_slug(link)}/") for link in _w("rutas", "links")[1:]]
    for link, path in others:
        site.put(path, link, f"<p>{_e(site.name)}</p>")
    page_of = _item_path(index)
    if index.startswith("/?page_id="):
        page_of = _page_id(draw(st.integers(100, 900)))
    footer_links = [*others, (sitemap_word, "/mapa-del-sitio/")]
    if where == "footer":
        footer_links.insert(draw(st.integers(0, len(footer_links))), (name, index))
    site.footer = '<div class="footer-links">' + _menu(footer_links, "footer-menu") + "</div>"
    stale = draw(st.booleans())
    _section(
        site, items, draw, portal, index, name, [], page_of, f"rutas/{where}/{index}/stale={stale}"
    )
    tree = [(t, h) for t, h in sections.items()]
    archive = ""
    if stale:
        stale_path = "/transparencia-2019/"
        _stale(site, items, draw, stale_path)
        stale_title = str(_w("rutas", "stale_title"))
        if draw(st.booleans()):
            archive = (
                f'<h2>Archivo</h2><ul><li><a href="{stale_path}">{_e(stale_title)}</a></li></ul>'
            )
        else:
            old = dt.date(2019, 2, 14)
            path = "/noticias-municipales/2019/02/informacion-publica-de-oficio-2019/"
            site.put(
                path,
                stale_title,
                f"<p class='fecha'>{day_month_year(old)}</p>"
                f'<p><a href="{stale_path}">{_e(stale_title)}</a></p>',
                [(list(sections)[0], "/noticias-municipales/")],
            )
            # The article sits on the news archive's last page, as 2019 news would.
            last = max(
                (p for p in site.routes if p.startswith("/noticias-municipales/page/")),
                key=lambda p: int(p.split("/")[-2]),
                default="/noticias-municipales/",
            )
            resource = site.routes[last]
            resource.body = resource.body.replace(
                b"</main>",
                (
                    f'<article><h2><a href="{path}">{_e(stale_title)}</a></h2>'
                    f"<p>{day_month_year(old)}</p></article></main>"
                ).encode(),
            )
    sitemap = "<ul>" + "".join(
        f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in [(home_word, "/"), *tree, *others]
    )
    if where == "mapa":
        sitemap += f'<li><a href="{index}">{_e(name)}</a></li>'
    sitemap += "</ul>" + archive
    site.put("/mapa-del-sitio/", sitemap_word, sitemap)
    news = list(sections.values())[0]
    site.put("/", site.name, f'<p><a href="{news}">{_e(list(sections)[0])}</a></p>' + _HOME_END)
    _refooter(site)
    return site.routes


def _stale(site: _Site, items: list[Item], draw: st.DrawFn, path: str) -> None:
    """The 2016-2020 administration's page: 2019 documents of some items whose current truth is
    ok or outdated (never broken, empty, missing, not applicable: their truth would then depend on
    the old copy), all served."""
    note = str(_w("rutas", "stale_note")).format(office=str(_w("section", "office")))
    parts = [f"<p>{_e(note)}</p>"]
    for item in items:
        if item.truth not in ("ok", "outdated") or not item.docs or not draw(st.booleans()):
            continue
        docs = []
        for month in (3, 6):
            name = f"{item.plain} {MESES[month - 1]} 2019"
            doc = Doc(
                name,
                f"/files/2019/{item.numeral:02d}-{_slug(name)[:40]}.pdf",
                True,
                dt.date(2019, month, 28),
            )
            docs.append(doc)
            stamp = dt.datetime.combine(dt.date(2019, month + 1, 5), dt.time(12)).timestamp()
            site.routes[doc.path] = Resource(
                b"%PDF-1.4 generated " + name.encode() + b" " * 200,
                content_type="application/pdf",
                last_modified=stamp,
            )
        rows = "".join(f'<li><a href="{d.path}">{_e(d.name)}</a></li>' for d in docs)
        parts.append(f"<h3>{_e(item.label)}</h3><ul>{rows}</ul>")
    site.put(path, str(_w("rutas", "stale_title")), "".join(parts))


# -- the strategy ---------------------------------------------------------------------------


def _reach_failing_page(portal: ExamPortal) -> ExamPortal:
    """The generator's noise links its failing page from ``/``; where ``/`` is a splash page the
    citizen reads the real home page, so the link is put there too."""
    if _FAILING not in portal.routes:
        return portal
    link = f'<p><a href="{_FAILING}">Otros documentos</a></p>'.encode()
    for path, resource in portal.routes.items():
        if path != "/" and _HOME_END.encode() in resource.body and link not in resource.body:
            resource.body = resource.body.replace(_HOME_END.encode(), link + _HOME_END.encode())
    return portal


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "banner": _banner,
    "portada": _portada,
    "profundo": _profundo,
    "rutas-raras": _rutas,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 27 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS).map(_reach_failing_page)
