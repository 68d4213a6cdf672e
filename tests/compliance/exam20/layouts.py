"""Twentieth exam: four portal layouts of ONE PORTAL UNDER MANY ADDRESSES: crawler traps and the
duplicate addresses of real CMSs, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); every present item is published plainly, a
few clicks from the home page (its name, its words, its documents linked and served as the truth
says: 200 when they work, 404 when broken). What is new is everything around the items: each
portal publishes its pages under many addresses and offers link spaces a polite crawler with a
page budget can spend itself on. The kit's server answers a fixed table of routes (it copies the
table when it starts), so the traps are generated in advance: a few hundred addresses per portal,
cut at their ends where a real site would go on. Layouts:

* ``sesion``: a municipal site whose every link carries a session id or a tracking parameter, so
  each page has many addresses: a PHP site (``/transparencia.php?numeral=4&PHPSESSID=<26
  chars>``, as PHP writes links for a client that keeps no cookie), a Java portal
  (``/portal/transparencia/numeral.jsp;jsessionid=<32 hex>?id=4``), or a WordPress site whose
  menus and content were pasted with the query strings of Facebook, WhatsApp and a newsletter
  (``?utm_source=facebook&utm_medium=social``, ``?fbclid=IwAR…``, ``?ver=3``). The session
  variants renew the id on every answer (every link of a page carries the next id) or per link
  (each link another id of a pool of 5 to 9); each page answers under its plain address and under
  every id, with the same content; some portals declare ``<link rel="canonical">``, some do not;
  some (PHP, Java) also mark the document links (the PDFs answer under every id). Pages: home →
  the index under the menu entry ("Transparencia", "Información Pública", …) → one page per
  numeral (its label, the law's text, its words and documents), besides news, the information
  office's page and a contact form.
* ``calendario``: a WordPress municipal site with an events calendar and a news archive that come
  BEFORE the transparency entry in the page: the header holds the "Agenda municipal" (this
  month's events, « / » to the neighbouring months, the next events) and a tag cloud, then the
  menu; the sidebar after the content holds WordPress's calendar widget (day archives
  ``/2026/11/24/``, « / » months) and the monthly archives. The calendar's month views go back 3
  to 6 years and ahead 2 to 5 with "« Mes anterior" / "Mes siguiente »" (or month names) at
  ``/eventos/mes/2026-11/`` (The Events Calendar), ``/agenda/?mes=2026-11`` or
  ``/agenda/2031/04/``; the current month also at ``/eventos/`` / ``/agenda/``; each event has its
  page (« / » to the neighbouring events, an iCal export), a list view pages through past and next
  events; news posts have date permalinks, day, month, category and tag archives (``/page/N/``).
  The Article 10 items are behind the menu entry (in the menu, only in the footer menu, or only as
  a banner on the home page): one page of headings, or an index of the items leading to a page
  each.
* ``joomla``: a Joomla 3 site whose category of one article per numeral (newest first, so the
  numerals come out of order) is a blog (intro text, "Leer más: …", ``?start=10``) or a list
  (a table whose headings sort it: ``?filter_order=a.title&filter_order_Dir=asc``), paged by 5 or
  10 with a "Cantidad a mostrar" / "Mostrar #" box of 5 / 10 / 20 / Todos (a GET ``<select>`` or
  links, ``?limit=0``), with SEF addresses (``/index.php/transparencia?start=10``) or not
  (``/index.php?option=com_content&view=category&id=9&Itemid=120&limitstart=10``). Every listing
  page has its RSS and Atom feeds (``&format=feed&type=rss``); every article its print version
  (``?tmpl=component&print=1&page=``), its mail form, its address through a tag
  (``/index.php/component/content/article/15-alias?catid=9&Itemid=101``) and through search
  results (``?highlight=WyJwcmVzdXB1ZXN0byJd``); the sidebar offers frequent searches (results
  ordered five ways) and tag pages. Some portals declare ``<link rel="canonical">`` on the
  duplicates.
* ``facetas``: a document repository with faceted filters: year × month × document type (the
  numeral) × administrative unit, each value a link (plain or as a checkbox) toggling it, only
  values with documents shown (the month only once a year is chosen, in some portals), the
  selected filters each with its removal link, "Limpiar filtros", "Ordenar por" four ways and 10
  documents a page, every combination its own address (``/repositorio/?anio=2026&tipo=4&orden=
  nombre-az`` or ``/repositorio/anio/2026/tipo/numeral-4/?pagina=2``), and per document
  "Compartir", "Imprimir" and "Enviar por correo" pages. The items are listed on an "Información
  Pública de Oficio" page (a table "No. | Información | Documentos" or headings) with their words
  and a link "Ver documentos (n)" to the repository filtered by their type (and, in some
  portals, their newest document's link); the filtered repository names the item as its chosen
  type and lists every document of it.

``empty`` / ``not_applicable`` / ``missing`` items keep the kit's phrases, law text or absence.
The truth of every item is what a careful reader of the site concludes, whatever address they
reached it by.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    hex_digits,
    item_rhythm,
    paragraphs,
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
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("sesion", "calendario", "joomla", "facetas")
EXAM20: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam20 layout shares:
# * sesion: "joomla" — one page per numeral (numbered labels, the law's text with every item).
# * calendario: "wordpress" — headings or child pages (bare names allowed, own text allowed).
# * joomla: "joomla" — one article per numeral.
# * facetas: "table" — an index table of the items (number column, bare names allowed).
_INNER = {"sesion": "joomla", "calendario": "wordpress", "joomla": "joomla", "facetas": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

Link = Callable[[str], str]


def _word(section: str, key: str) -> str:
    return str(EXAM20[section][key]["text"])


def _words(section: str, key: str) -> list[str]:
    return [str(w) for w in EXAM20[section][key]["text"]]


def _hash(*parts: object) -> int:
    """A stable number from ``parts`` (the traps are generated, not drawn, so that a portal's
    hundreds of addresses cost the draw nothing)."""
    text = "\x1f".join(str(p) for p in parts)
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    body: str
    domain: str
    today: dt.date
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    town = str(draw(st.sampled_from(_words("page", "towns"))))
    body = _word("page", "name").format(town=town)
    domain = "muni" + _slug(town).replace("-", "") + ".gob.gt"
    return _Site(body, domain, today)


def _html(
    site: _Site,
    title: str,
    main: str,
    *,
    head: str = "",
    before: str = "",
    nav: str = "",
    after: str = "",
    footer: str = "",
) -> bytes:
    """A page: the body's name, ``before`` (widgets the theme puts above the menu), the menu, the
    content in ``<main>``, ``after`` (a sidebar), the footer."""
    foot = _e(_word("page", "footer").format(body=site.body))
    html = (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
        f"<title>{_e(title)} - {_e(site.body)}</title>{head}</head><body>"
        f"<header class='site-header'><p class='institucion'>{_e(site.body)}</p>{before}{nav}"
        f"</header><main>{main}</main>{after}<footer class='site-footer'>{footer}<p>{foot}</p>"
        "</footer></body></html>"
    )
    return html.encode("utf-8")


def _a(href: str, text: str, extra: str = "") -> str:
    """A link (``extra``: more attributes, with their leading space)."""
    return f'<a href="{_e(href)}"{extra}>{_e(text)}</a>'


def _canonical(path: str) -> str:
    return f'<link rel="canonical" href="{_e(path)}">'


def _pdf(doc: Doc) -> Resource:
    """A document as the generator's noise serves it (the same bytes and date)."""
    stamp = None
    if doc.modified is not None:
        stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _doc_list(docs: Iterable[Doc], href: Callable[[Doc], str], css: str = "documentos") -> str:
    rows = "".join(
        f'<li><a href="{_e(href(d))}">{_e(d.name)}</a> <small>(PDF)</small></li>' for d in docs
    )
    return f'<ul class="{css}">{rows}</ul>' if rows else ""


def _note(item: Item, text: str) -> str:
    return f"{text}/{item.truth}/{len(item.docs)} docs"


def _share(site: _Site, path: str) -> str:
    """Social buttons (external addresses: the share endpoints of the networks)."""
    target = quote(f"https://{site.domain}{path}", safe="")
    return (
        '<p class="compartir">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={target}" target="_blank" '
        f'rel="noopener">{_e(_word("page", "share_facebook"))}</a> '
        f'<a href="https://api.whatsapp.com/send?text={target}" target="_blank" rel="noopener">'
        f"{_e(_word('page', 'share_whatsapp'))}</a></p>"
    )


def _news_text() -> str:
    return "".join(f"<p>{_e(n['text'])}</p>" for n in WORDING["noise"]["news"])


def _long_date(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _heading(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


# -- sesion --------------------------------------------------------------------------------------

_SESION_PATHS: dict[str, dict[str, str]] = {
    "php": {
        "home": "/index.php",
        "index": "/transparencia.php",
        "item": "/transparencia.php?numeral={n}",
        "news": "/noticias.php",
        "story": "/noticias.php?id={n}",
        "uip": "/uip.php",
        "contact": "/contacto.php",
    },
    "jsp": {
        "home": "/portal/inicio.jsp",
        "index": "/portal/transparencia/articulo10.jsp",
        "item": "/portal/transparencia/numeral.jsp?id={n}",
        "news": "/portal/noticias/lista.jsp",
        "story": "/portal/noticias/ver.jsp?id={n}",
        "uip": "/portal/uip/solicitudes.jsp",
        "contact": "/portal/contacto.jsp",
    },
    "rastreo": {
        "home": "/",
        "index": "/transparencia/",
        "item": "/transparencia/numeral-{n}/",
        "news": "/noticias-municipales/",
        "story": "/noticias-municipales/nota-{n}/",
        "uip": "/uip/",
        "contact": "/contacto/",
    },
}


def _php_sid(seed: str, variant: int) -> str:
    """A PHP session id: 26 characters of 0-9a-v (session.sid_bits_per_character = 5)."""
    number = _hash(seed, "php", variant)
    chars = "0123456789abcdefghijklmnopqrstuv"
    out = []
    for _ in range(26):
        out.append(chars[number % 32])
        number //= 32
    return "".join(out)


def _jsp_sid(seed: str, variant: int) -> str:
    """A servlet container's JSESSIONID: 32 upper-case hexadecimal digits."""
    return f"{_hash(seed, 'jsp', variant):040X}"[:32]


@dataclass
class _Marks:
    """How a ``sesion`` portal marks its addresses: variant 0 is the plain address."""

    marker: str
    seed: str
    pool: int
    tracking: list[str]

    def mark(self, path: str, variant: int) -> str:
        if variant == 0:
            return path
        if self.marker == "php":
            glue = "&" if "?" in path else "?"
            return f"{path}{glue}{_word('sesion', 'php')}={_php_sid(self.seed, variant)}"
        if self.marker == "jsp":
            base, mark, query = path.partition("?")
            sid = _jsp_sid(self.seed, variant)
            return f"{base};{_word('sesion', 'jsp')}={sid}{mark}{query}"
        glue = "&" if "?" in path else "?"
        return f"{path}{glue}{self.tracking[variant - 1]}"


def _tracking(seed: str, pool: int) -> list[str]:
    forms = _words("sesion", "tracking")
    out = []
    for index in range(pool):
        form = forms[index % len(forms)]
        digest = hashlib.sha1(f"{seed}-{index}".encode()).hexdigest()
        out.append(form.format(hex=digest[:24]))
    return out


def _sesion(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    marker = draw(st.sampled_from(["php", "jsp", "rastreo"]))
    rotation = "enlace" if marker == "rastreo" else draw(st.sampled_from(["pagina", "enlace"]))
    canonical = draw(st.booleans())
    pool = draw(st.integers(5, 9))
    docs_marked = marker != "rastreo" and draw(st.booleans())
    seed = hex_digits(draw, 8)
    entry = str(draw(st.sampled_from(_words("page", "entries"))))
    stories = draw(st.integers(4, 7))
    marks = _Marks(marker, seed, pool, _tracking(seed, pool))
    paths = _SESION_PATHS[marker]
    home_word = _word("page", "home")

    # Documents: where the site keeps its files.
    for item in _present(items):
        for doc in item.docs:
            if marker == "php":
                path = f"/archivos/transparencia/{item.numeral:02d}/{file_stem(doc.name)}.pdf"
            elif marker == "jsp":
                path = f"/portal/documentos/numeral{item.numeral}/{file_stem(doc.name)}.pdf"
            else:
                up = uploaded(doc, today, draw(st.integers(1, 12)))
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"
            doc.path = unique(path, site.seen)

    titles = _words("news", "titles")
    first_story = draw(st.integers(10, 400))
    story_ids = [first_story + 3 * i for i in range(stories)]

    def nav(link: Link) -> str:
        entries = [
            (home_word, paths["home"]),
            (_word("page", "news"), paths["news"]),
            (entry, paths["index"]),
            (_word("page", "uip"), paths["uip"]),
            (_word("page", "contact"), paths["contact"]),
        ]
        return (
            '<nav class="main-menu"><ul>'
            + "".join(f'<li><a href="{_e(link(p))}">{_e(t)}</a></li>' for t, p in entries)
            + "</ul></nav>"
        )

    def crumbs(link: Link, trail: list[tuple[str, str]]) -> str:
        home_link = link(paths["home"])
        return breadcrumb(home_word, trail).replace('href="/"', f'href="{_e(home_link)}"', 1)

    def story_path(number: int) -> str:
        return paths["story"].format(n=number)

    Render = Callable[[Link], tuple[str, str]]
    pages: list[tuple[str, Render]] = []

    def home(link: Link) -> tuple[str, str]:
        news = "".join(
            f'<li><a href="{_e(link(story_path(n)))}">{_e(titles[i % len(titles)])}</a></li>'
            for i, n in enumerate(reversed(story_ids[-4:]))
        )
        banner = _word("sesion", "portal_banner").format(entry=entry)
        main = (
            f"<h1>{_e(site.body)}</h1>"
            f"<p>{_e(_word('page', 'welcome').format(body=site.body))}</p>"
            f"<p>{_e(_word('sesion', 'history'))}</p>"
            f"<h2>{_e(_word('page', 'latest'))}</h2><ul class='noticias'>{news}</ul>"
            f'<p class="banner"><a href="{_e(link(paths["index"]))}">{_e(banner)}</a></p>'
        )
        return site.body, main

    pages.append((paths["home"], home))

    def index(link: Link) -> tuple[str, str]:
        rows = "".join(
            f'<li><a href="{_e(link(paths["item"].format(n=item.numeral)))}">'
            f"{_e(item.label)}</a></li>"
            for item in _present(items)
        )
        main = (
            crumbs(link, [(entry, "")])
            + f"<h1>{_e(entry)}</h1><h2>{_e(_word('page', 'article10'))}</h2>"
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f"<ul class='numerales'>{rows}</ul>"
        )
        return entry, main

    pages.append((paths["index"], index))

    for item in _present(items):
        own = paths["item"].format(n=item.numeral)

        def item_page(link: Link, item: Item = item, own: str = own) -> tuple[str, str]:
            trail = crumbs(link, [(entry, link(paths["index"])), (item.label, "")])
            docs = _doc_list(item.docs, lambda d: link(d.path) if docs_marked else d.path)
            main = (
                trail
                + f"<h1>{_e(item.label)}</h1>"
                + paragraphs(item_words(item))
                + docs
                + f'<p><a href="{_e(link(paths["index"]))}">{_e(_word("page", "back"))}</a></p>'
                + _share(site, own)
            )
            return item.label, main

        pages.append((own, item_page))
        portal.notes[item.numeral] = _note(
            item,
            f"sesion/{marker}/{rotation}/pool={pool}/canonical={canonical}/docs={docs_marked}",
        )

    def news(link: Link) -> tuple[str, str]:
        rows = "".join(
            f'<li><a href="{_e(link(story_path(n)))}">{_e(titles[i % len(titles)])}</a></li>'
            for i, n in enumerate(story_ids)
        )
        return _word("page", "news"), (
            f"<h1>{_e(_word('page', 'news'))}</h1><ul class='noticias'>{rows}</ul>"
        )

    pages.append((paths["news"], news))
    for i, number in enumerate(story_ids):
        title = titles[i % len(titles)]

        def story(link: Link, title: str = title, number: int = number) -> tuple[str, str]:
            return title, (
                f"<h1>{_e(title)}</h1>{_news_text()}"
                f'<p><a href="{_e(link(paths["news"]))}">{_e(_word("page", "back"))}</a></p>'
                + _share(site, story_path(number))
            )

        pages.append((story_path(number), story))

    def uip(link: Link) -> tuple[str, str]:
        return _word("page", "uip"), (
            f"<h1>{_e(_word('page', 'uip'))}</h1>"
            f"<p>{_e(WORDING['uip']['functions']['text'])}</p>"
            f"<p>{_e(_word('page', 'uip_request'))}</p>"
            f'<p><a href="{_e(link(paths["index"]))}">{_e(entry)}</a></p>'
        )

    pages.append((paths["uip"], uip))

    def contact(link: Link) -> tuple[str, str]:
        name, mail, message, send = _words("page", "contact_form")
        return _word("page", "contact"), (
            f"<h1>{_e(_word('page', 'contact'))}</h1>"
            f'<form method="post" action="{_e(link(paths["contact"]))}">'
            f'<label>{_e(name)} <input name="nombre"></label>'
            f'<label>{_e(mail)} <input name="correo" type="email"></label>'
            f'<label>{_e(message)} <textarea name="mensaje"></textarea></label>'
            f'<button type="submit">{_e(send)}</button></form>'
        )

    pages.append((paths["contact"], contact))

    for path, render in pages:
        plain_content: bytes | None = None
        for variant in range(pool + 1):
            counter = itertools.count()

            def link(
                target: str, variant: int = variant, counter: Any = counter, source: str = path
            ) -> str:
                j = next(counter)
                if marker == "rastreo":
                    # Pasted addresses: each link of the site keeps the query string it was
                    # pasted with (or none).
                    chosen = _hash(seed, source, target, j) % (pool + 1)
                elif rotation == "pagina":
                    chosen = variant % pool + 1
                else:
                    chosen = (variant + j) % pool + 1
                return marks.mark(target, chosen)

            if marker == "rastreo" and plain_content is not None:
                content = plain_content  # the same page whatever query string it was asked with
            else:
                title, main = render(link)
                head = _canonical(path) if canonical else ""
                content = _html(site, title, main, head=head, nav=nav(link))
                plain_content = content
            site.routes[marks.mark(path, variant)] = Resource(content)
            if path == paths["home"] and variant == 0:
                site.routes["/"] = Resource(content)
    if docs_marked:
        for item in _present(items):
            for doc in item.docs:
                if doc.ok:
                    for variant in range(1, pool + 1):
                        site.routes[marks.mark(doc.path, variant)] = _pdf(doc)
    return site.routes


# -- calendario ----------------------------------------------------------------------------------


@dataclass
class _Event:
    day: dt.date
    title: str
    place: str
    hour: int
    number: int
    path: str = ""


@dataclass
class _Post:
    day: dt.date
    title: str
    slug: str
    tags: list[str]
    path: str = ""


def _calendario(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    style = draw(st.sampled_from(["tribe", "consulta", "ruta"]))
    month_words = draw(st.sampled_from(["palabras", "meses"]))
    entry = str(draw(st.sampled_from(_words("page", "entries"))))
    place = draw(st.sampled_from(["menu", "pie", "boton"]))
    structure = draw(st.sampled_from(["una", "hijas"]))
    tag = draw(st.sampled_from(["h2", "h3", "strong"]))
    back = draw(st.integers(36, 72))
    ahead = draw(st.integers(24, 60))
    post_count = draw(st.integers(24, 40))
    tag_count = draw(st.integers(10, 16))
    seed = hex_digits(draw, 8)
    w = EXAM20["calendario"]
    home_word = _word("page", "home")
    index_path = f"/{_slug(entry)[:40]}/"

    def month_path(year: int, month: int) -> str:
        if style == "tribe":
            return f"/eventos/mes/{year}-{month:02d}/"
        if style == "consulta":
            return f"/agenda/?mes={year}-{month:02d}"
        return f"/agenda/{year}/{month:02d}/"

    current_path = "/eventos/" if style == "tribe" else "/agenda/"
    list_path = "/eventos/lista/" if style == "tribe" else "/agenda/lista/"

    # Events: from two years back to six months ahead, one to three a month.
    events: list[_Event] = []
    number = 1000 + _hash(seed, "events") % 5000
    for offset in range(-24, 7):
        year, month = _month_add(today.year, today.month, offset)
        count = 1 + _hash(seed, year, month) % 3
        days = sorted({1 + _hash(seed, year, month, k) % 28 for k in range(count)})
        for k, day in enumerate(days):
            title = _words("calendario", "events")[
                _hash(seed, "t", year, month, k) % len(w["events"]["text"])
            ]
            where = _words("calendario", "places")[
                _hash(seed, "p", year, month, k) % len(w["places"]["text"])
            ]
            number += 1 + _hash(seed, "n", number) % 7
            events.append(
                _Event(dt.date(year, month, day), title, where, 8 + _hash(seed, day) % 9, number)
            )
    for event in events:
        slug = f"{_slug(event.title)}-{event.day.isoformat()}"
        if style == "tribe":
            event.path = f"/evento/{slug}/"
        elif style == "consulta":
            event.path = f"/agenda/?evento={event.number}"
        else:
            event.path = (
                f"/agenda/{event.day.year}/{event.day.month:02d}/{event.day.day:02d}/{slug}/"
            )

    # News posts over the last three years, newest first.
    tags = _words("calendario", "tags")[:tag_count]
    posts: list[_Post] = []
    titles = _words("news", "titles")
    for i in range(post_count):
        back_days = 3 + (i * 1080) // post_count + _hash(seed, "d", i) % 20
        day = today - dt.timedelta(days=back_days)
        title = titles[_hash(seed, "title", i) % len(titles)]
        chosen = sorted({tags[_hash(seed, "tag", i, k) % len(tags)] for k in range(1 + i % 3)})
        slug = _slug(title)[:50]
        post = _Post(day, title, slug, chosen)
        post.path = unique(f"/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/", site.seen)
        posts.append(post)
    months_with_posts = sorted({(p.day.year, p.day.month) for p in posts}, reverse=True)

    def tag_path(name: str, page: int = 1) -> str:
        base = f"/tag/{_slug(name)}/"
        return base if page == 1 else f"{base}page/{page}/"

    def category_path(page: int = 1) -> str:
        return "/category/noticias/" if page == 1 else f"/category/noticias/page/{page}/"

    # -- the widgets every page carries
    def agenda_widget() -> str:
        """The header's agenda: this month's events, « / » months, the next events."""
        year, month = today.year, today.month
        py, pm = _month_add(year, month, -1)
        ny, nm = _month_add(year, month, 1)
        this_month = [e for e in events if (e.day.year, e.day.month) == (year, month)]
        upcoming = [e for e in events if e.day >= today][:3]
        rows = "".join(
            f'<li><a href="{_e(e.path)}">{e.day.day:02d} · {_e(e.title)}</a></li>'
            for e in this_month
        )
        next_rows = "".join(
            f'<li><a href="{_e(e.path)}">{_e(e.title)}</a> ({day_month_year(e.day)})</li>'
            for e in upcoming
        )
        return (
            f'<div class="widget agenda"><h2>{_e(_word("calendario", "agenda"))}</h2>'
            f'<p class="agenda-nav"><a href="{_e(month_path(py, pm))}">'
            f"« {_e(MESES[pm - 1])}</a> <strong>{_e(MESES[month - 1])} {year}</strong> "
            f'<a href="{_e(month_path(ny, nm))}">{_e(MESES[nm - 1])} »</a></p>'
            f"<ul>{rows}</ul><h3>{_e(_word('calendario', 'upcoming'))}</h3><ul>{next_rows}</ul>"
            f'<p><a href="{_e(list_path)}">{_e(_word("calendario", "find_out"))}</a></p></div>'
        )

    def tag_cloud() -> str:
        links = " ".join(
            f'<a href="{_e(tag_path(t))}" class="tag-cloud-link">{_e(t)}</a>' for t in tags
        )
        return (
            f'<div class="widget tagcloud"><h2>{_e(_word("calendario", "widget_tags"))}</h2>'
            f"{links}</div>"
        )

    def nav() -> str:
        entries = [
            (home_word, "/"),
            (_word("page", "news"), category_path()),
            (_word("calendario", "agenda"), current_path),
            (_word("page", "uip"), "/unidad-de-informacion-publica/"),
        ]
        if place == "menu":
            entries.append((entry, index_path))
        return (
            '<nav class="main-menu"><ul>'
            + "".join(f'<li><a href="{_e(p)}">{_e(t)}</a></li>' for t, p in entries)
            + "</ul></nav>"
        )

    def wp_calendar(year: int, month: int) -> str:
        """WordPress's calendar widget for one month: days with posts linked, « / » to the
        nearest months with posts."""
        days = {p.day.day for p in posts if (p.day.year, p.day.month) == (year, month)}
        first = dt.date(year, month, 1)
        count = (dt.date(*_month_add(year, month, 1), 1) - first).days
        cells = ["<td class='pad'>&nbsp;</td>"] * first.weekday()
        for day in range(1, count + 1):
            if day in days:
                cells.append(f'<td><a href="/{year}/{month:02d}/{day:02d}/">{day}</a></td>')
            else:
                cells.append(f"<td>{day}</td>")
        rows = "".join(
            "<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7)
        )
        head = "".join(f"<th>{_e(d)}</th>" for d in _words("calendario", "weekdays"))
        abbr = _words("calendario", "month_abbr")
        older = [m for m in months_with_posts if m < (year, month)]
        newer = [m for m in months_with_posts if m > (year, month)]
        prev = (
            f'<a href="/{older[0][0]}/{older[0][1]:02d}/">&laquo; {abbr[older[0][1] - 1]}</a>'
            if older
            else "&nbsp;"
        )
        nxt = (
            f'<a href="/{newer[-1][0]}/{newer[-1][1]:02d}/">{abbr[newer[-1][1] - 1]} &raquo;</a>'
            if newer
            else "&nbsp;"
        )
        return (
            f'<div class="widget widget_calendar"><h2>{_e(_word("calendario", "widget_calendar"))}'
            '</h2><table id="wp-calendar" class="wp-calendar-table">'
            f"<caption>{_e(MESES[month - 1].lower())} {year}</caption><thead><tr>{head}</tr>"
            f'</thead><tbody>{rows}</tbody></table><nav aria-label="Meses anterior y siguiente" '
            f'class="wp-calendar-nav"><span class="wp-calendar-nav-prev">{prev}</span>'
            f'<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">{nxt}</span>'
            "</nav></div>"
        )

    def sidebar(year: int, month: int) -> str:
        archives = "".join(
            f'<li><a href="/{y}/{m:02d}/">{_e(MESES[m - 1].lower())} {y}</a></li>'
            for y, m in months_with_posts
        )
        recent = "".join(f'<li><a href="{_e(p.path)}">{_e(p.title)}</a></li>' for p in posts[:5])
        return (
            '<aside class="sidebar">'
            + wp_calendar(year, month)
            + f'<div class="widget"><h2>{_e(_word("calendario", "widget_recent"))}</h2>'
            f"<ul>{recent}</ul></div>"
            f'<div class="widget widget_archive"><h2>{_e(_word("calendario", "widget_archives"))}'
            f"</h2><ul>{archives}</ul></div></aside>"
        )

    def footer() -> str:
        if place != "pie":
            return ""
        return (
            '<nav class="footer-menu"><ul>'
            f'<li><a href="/unidad-de-informacion-publica/">{_e(_word("page", "uip"))}</a></li>'
            f'<li><a href="{_e(index_path)}">{_e(entry)}</a></li></ul></nav>'
        )

    def page(
        path: str,
        title: str,
        main: str,
        month: tuple[int, int] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        year, mon = month or (today.year, today.month)
        body = _html(
            site,
            title,
            main,
            before=agenda_widget() + tag_cloud(),
            nav=nav(),
            after=sidebar(year, mon),
            footer=footer(),
        )
        site.routes[path] = Resource(body, content_type=content_type)

    # -- the calendar's month views
    words = month_words == "palabras"
    first = _month_add(today.year, today.month, -back)
    last = _month_add(today.year, today.month, ahead)
    year, month = first
    while (year, month) <= last:
        py, pm = _month_add(year, month, -1)
        ny, nm = _month_add(year, month, 1)
        prev_text = _word("calendario", "previous_month") if words else f"« {MESES[pm - 1]}"
        next_text = _word("calendario", "next_month") if words else f"{MESES[nm - 1]} »"
        prev = (
            f'<li class="tribe-events-nav-previous"><a href="{_e(month_path(py, pm))}" '
            f'rel="prev">{_e(prev_text)}</a></li>'
            if (year, month) > first
            else ""
        )
        nxt = (
            f'<li class="tribe-events-nav-next"><a href="{_e(month_path(ny, nm))}" rel="next">'
            f"{_e(next_text)}</a></li>"
            if (year, month) < last
            else ""
        )
        in_month = [e for e in events if (e.day.year, e.day.month) == (year, month)]
        start = dt.date(year, month, 1)
        length = (dt.date(ny, nm, 1) - start).days
        cells = ["<td class='vacio'></td>"] * start.weekday()
        for day in range(1, length + 1):
            links = "".join(
                f'<div class="evento"><a href="{_e(e.path)}">{_e(e.title)}</a></div>'
                for e in in_month
                if e.day.day == day
            )
            cells.append(f"<td><span class='dia'>{day}</span>{links}</td>")
        grid = "".join(
            "<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7)
        )
        title = _word("calendario", "month_title").format(mes=MESES[month - 1], anio=year)
        main = (
            f"<h1>{_e(title)}</h1>"
            f'<div class="tribe-events-views"><span>{_e(_word("calendario", "view_as"))}</span> '
            f'<a href="{_e(list_path)}">{_e(_word("calendario", "view_list"))}</a> '
            f'<a href="{_e(current_path)}">{_e(_word("calendario", "view_month"))}</a></div>'
            f'<h3 class="screen-reader-text">{_e(_word("calendario", "month_nav"))}</h3>'
            f'<ul class="tribe-events-sub-nav">{prev}'
            f'<li class="hoy"><a href="{_e(current_path)}">{_e(_word("calendario", "today"))}</a>'
            f"</li>{nxt}</ul>"
            f'<table class="tribe-events-calendar"><tbody>{grid}</tbody></table>'
        )
        if not in_month:
            main += f'<p class="tribe-events-notices">{_e(_word("calendario", "no_events"))}</p>'
        page(month_path(year, month), title, main)
        if (year, month) == (today.year, today.month):
            page(current_path, title, main)
            if style == "tribe":
                page("/eventos/mes/", title, main)
        year, month = ny, nm

    # -- the list view: upcoming events, then past ones, ten a page
    upcoming = [e for e in events if e.day >= today]
    past = [e for e in reversed(events) if e.day < today]

    def list_page(chunk: list[_Event], path: str, older: str, newer: str) -> None:
        rows = "".join(
            f'<li><h3><a href="{_e(e.path)}">{_e(e.title)}</a></h3>'
            f"<p>{_e(_long_date(e.day))} · {_e(e.place)}</p></li>"
            for e in chunk
        )
        links = ""
        if older:
            links += f'<a href="{_e(older)}">{_e(_word("calendario", "past"))}</a> '
        if newer:
            links += f'<a href="{_e(newer)}">{_e(_word("calendario", "more_upcoming"))}</a>'
        title = _word("calendario", "upcoming")
        page(path, title, f"<h1>{_e(title)}</h1><ul class='lista-eventos'>{rows}</ul>{links}")

    def list_address(kind: str, number: int) -> str:
        if kind == "next" and number == 1:
            return list_path
        return f"{list_path}?pagina={number}&vista={'proximos' if kind == 'next' else 'pasados'}"

    next_pages = [upcoming[i : i + 10] for i in range(0, len(upcoming), 10)] or [[]]
    past_pages = [past[i : i + 10] for i in range(0, len(past), 10)]
    for i, chunk in enumerate(next_pages, start=1):
        older = list_address("past", 1) if i == 1 and past_pages else ""
        newer = list_address("next", i + 1) if i < len(next_pages) else ""
        list_page(chunk, list_address("next", i), older, newer)
    for i, chunk in enumerate(past_pages, start=1):
        older = list_address("past", i + 1) if i < len(past_pages) else ""
        newer = list_address("next", 1) if i == 1 else list_address("past", i - 1)
        list_page(chunk, list_address("past", i), older, newer)

    # -- one page per event, with its iCal export
    for i, event in enumerate(events):
        neighbours = ""
        if i > 0:
            neighbours += (
                f'<a href="{_e(events[i - 1].path)}">{_e(_word("calendario", "event_previous"))}'
                "</a> "
            )
        if i + 1 < len(events):
            neighbours += (
                f'<a href="{_e(events[i + 1].path)}">{_e(_word("calendario", "event_next"))}</a>'
            )
        ical = f"{event.path}{'&' if '?' in event.path else '?'}ical=1"
        stamp = event.day.strftime("%Y%m%d")
        gcal = (
            "https://www.google.com/calendar/event?action=TEMPLATE&text="
            f"{quote(event.title)}&dates={stamp}T{event.hour:02d}0000/"
            f"{stamp}T{event.hour + 2:02d}0000"
        )
        main = (
            f"<h1>{_e(event.title)}</h1>"
            f"<p><strong>{_e(_word('calendario', 'when'))}</strong> {_e(_long_date(event.day))}, "
            f"{event.hour:02d}:00</p>"
            f"<p><strong>{_e(_word('calendario', 'where'))}</strong> {_e(event.place)}</p>"
            f"{_news_text()}"
            f'<p><a href="{_e(ical)}">{_e(_word("calendario", "ical"))}</a> '
            f'<a href="{_e(gcal)}" target="_blank" rel="noopener">'
            f"{_e(_word('calendario', 'gcal'))}</a></p>"
            f'<p class="tribe-events-nav-pagination">{neighbours}</p>'
            f'<p><a href="{_e(month_path(event.day.year, event.day.month))}">'
            f"{_e(MESES[event.day.month - 1])} {event.day.year}</a></p>"
        )
        page(event.path, event.title, main)
        vcal = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Municipalidad//Agenda//ES\r\n"
            f"BEGIN:VEVENT\r\nUID:{event.number}@{site.domain}\r\n"
            f"DTSTART:{stamp}T{event.hour:02d}0000\r\nSUMMARY:{event.title}\r\n"
            f"LOCATION:{event.place}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        site.routes[ical] = Resource(vcal.encode("utf-8"), content_type="text/calendar")

    # -- news: posts, category, tags, month and day archives
    def post_list(chunk: list[_Post]) -> str:
        return "".join(
            f'<article><h2><a href="{_e(p.path)}">{_e(p.title)}</a></h2>'
            f"<p class='fecha'>{_e(_posted(p.day))}</p>"
            f'<p><a href="{_e(p.path)}">{_e(_word("calendario", "read_more"))}</a></p></article>'
            for p in chunk
        )

    def paged(chunks: list[list[_Post]], address: Callable[[int], str], title: str) -> None:
        for number, chunk in enumerate(chunks, start=1):
            links = ""
            if number < len(chunks):
                links += (
                    f'<a href="{_e(address(number + 1))}">{_e(_word("calendario", "older"))}</a> '
                )
            if number > 1:
                links += (
                    f'<a href="{_e(address(number - 1))}">{_e(_word("calendario", "newer"))}</a>'
                )
            main = f"<h1>{_e(title)}</h1>{post_list(chunk)}<nav class='navigation'>{links}</nav>"
            page(address(number), title, main)

    for i, post in enumerate(posts):
        tag_links = ", ".join(
            f'<a href="{_e(tag_path(t))}" rel="tag">{_e(t)}</a>' for t in post.tags
        )
        neighbours = ""
        if i + 1 < len(posts):
            neighbours += (
                f'<a href="{_e(posts[i + 1].path)}" rel="prev">« {_e(posts[i + 1].title)}</a> '
            )
        if i > 0:
            neighbours += (
                f'<a href="{_e(posts[i - 1].path)}" rel="next">{_e(posts[i - 1].title)} »</a>'
            )
        main = (
            f"<h1>{_e(post.title)}</h1><p class='fecha'>{_e(_posted(post.day))}</p>"
            f"{_news_text()}<p class='etiquetas'>{_e(_word('calendario', 'widget_tags'))}: "
            f'{tag_links}</p><p><a href="{_e(category_path())}">'
            f"{_e(_word('calendario', 'category'))}</a></p>"
            f"<nav class='post-navigation'>{neighbours}</nav>" + _share(site, post.path)
        )
        page(post.path, post.title, main, (post.day.year, post.day.month))
    chunks = [posts[i : i + 10] for i in range(0, len(posts), 10)]
    paged(chunks, category_path, _word("calendario", "category"))
    for name in tags:
        tagged = [p for p in posts if name in p.tags]
        if tagged:
            tag_chunks = [tagged[i : i + 10] for i in range(0, len(tagged), 10)]
            paged(
                tag_chunks,
                lambda n, name=name: tag_path(name, n),
                _word("calendario", "tag_title").format(tag=name),
            )
        else:
            title = _word("calendario", "tag_title").format(tag=name)
            page(tag_path(name), title, f"<h1>{_e(title)}</h1>")
    for year, month in months_with_posts:
        in_month = [p for p in posts if (p.day.year, p.day.month) == (year, month)]
        title = _word("calendario", "archive_title").format(mes=MESES[month - 1].lower(), anio=year)
        page(
            f"/{year}/{month:02d}/",
            title,
            f"<h1>{_e(title)}</h1>{post_list(in_month)}",
            (year, month),
        )
        for day in sorted({p.day for p in in_month}):
            on_day = [p for p in in_month if p.day == day]
            title = _long_date(day)
            page(
                f"/{year}/{month:02d}/{day.day:02d}/",
                title,
                f"<h1>{_e(title)}</h1>{post_list(on_day)}",
                (year, month),
            )

    # -- the Article 10 items
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(1, 15)))
            path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"
            doc.path = unique(path, site.seen)
    trail = breadcrumb(home_word, [(entry, "")])
    opening = (
        f"<h2>{_e(_word('page', 'article10'))}</h2>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    )
    if structure == "una":
        parts = [
            _heading(tag, item.label)
            + paragraphs(item_words(item))
            + _doc_list(item.docs, lambda d: d.path)
            for item in _present(items)
        ]
        page(index_path, entry, f"{trail}<h1>{_e(entry)}</h1>{opening}{''.join(parts)}")
    else:
        links = []
        for item in _present(items):
            child = unique(f"{index_path}{_slug(item.plain)[:40]}/", site.seen)
            links.append(f'<li><a href="{_e(child)}">{_e(item.label)}</a></li>')
            crumbs = breadcrumb(home_word, [(entry, index_path), (item.label, "")])
            page(
                child,
                item.label,
                f"{crumbs}<h1>{_e(item.label)}</h1>"
                + paragraphs(item_words(item))
                + _doc_list(item.docs, lambda d: d.path),
            )
        page(
            index_path,
            entry,
            f"{trail}<h1>{_e(entry)}</h1>{opening}<ul class='numerales'>{''.join(links)}</ul>",
        )
    for item in _present(items):
        portal.notes[item.numeral] = _note(
            item, f"calendario/{style}/{month_words}/{place}/{structure}/-{back}+{ahead}"
        )

    # -- the home page
    latest = post_list(posts[:5])
    banner = (
        f'<p class="banner-transparencia"><a href="{_e(index_path)}">{_e(entry)}</a></p>'
        if place == "boton"
        else ""
    )
    page(
        "/",
        site.body,
        f"<h1>{_e(site.body)}</h1><p>{_e(_word('page', 'welcome').format(body=site.body))}</p>"
        f"<h2>{_e(_word('page', 'latest'))}</h2>{latest}"
        f'<p><a href="{_e(category_path())}">{_e(_word("calendario", "category"))}</a></p>'
        + banner,
    )
    return site.routes


def _posted(day: dt.date) -> str:
    return _word("calendario", "posted").format(
        dia=day.day, mes=MESES[day.month - 1].lower(), anio=day.year
    )


# -- joomla --------------------------------------------------------------------------------------


@dataclass
class _Article:
    item: Item
    number: int
    alias: str
    published: dt.date
    hits: int
    author: str
    tags: list[tuple[int, str]]
    canonical: str = ""


_SORTS = [("a.title", "title"), ("author", "author"), ("a.hits", "hits"), ("a.publish_up", "date")]
_LIMITS = [5, 10, 20, 0]


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    sef = draw(st.booleans())
    view = draw(st.sampled_from(["blog", "lista"]))
    limit = draw(st.sampled_from([5, 10]))
    limit_box = draw(st.sampled_from(["select", "enlaces"]))
    display = str(draw(st.sampled_from(_words("joomla", "display"))))
    canonical = draw(st.booleans())
    menu = str(draw(st.sampled_from(_words("page", "entries"))))
    itemid = draw(st.integers(102, 180))
    catid = draw(st.integers(8, 40))
    number = draw(st.integers(20, 300))
    home_itemid = 101
    w = EXAM20["joomla"]
    alias_cat = _slug(menu)[:40]
    authors = _words("joomla", "authors")
    groups = [(str(g[0]), [int(n) for n in g[1]]) for g in w["tag_groups"]["text"]]
    tag_ids = {name: 2 + i for i, (name, _n) in enumerate(groups)}

    # Articles, one per present item.
    articles: list[_Article] = []
    for item in _present(items):
        number += draw(st.integers(1, 9))
        for doc in item.docs:
            doc.path = unique(
                f"/images/transparencia/numeral-{item.numeral}/{file_stem(doc.name)}.pdf",
                site.seen,
            )
        newest = max((d for d in item.docs), key=lambda d: d.modified or dt.date.min, default=None)
        if newest is not None:
            published = uploaded(newest, today, draw(st.integers(1, 15)))
        else:
            published = today - dt.timedelta(days=draw(st.integers(60, 900)))
        hits = draw(st.integers(15, 2400))
        author = authors[draw(st.integers(0, len(authors) - 1))]
        tagged = [(tag_ids[name], name) for name, ns in groups if item.numeral in ns]
        alias = _slug(item.plain)[:40]
        article = _Article(item, number, alias, published, hits, author, tagged)
        if sef:
            article.canonical = f"/index.php/{alias_cat}/{number}-{alias}"
        else:
            article.canonical = (
                f"/index.php?option=com_content&view=article&id={number}:{alias}"
                f"&catid={catid}&Itemid={itemid}"
            )
        articles.append(article)
    # The category lists the newest first: the numerals come out of order.
    by_date = sorted(articles, key=lambda a: (a.published, a.number), reverse=True)

    def glue(path: str) -> str:
        return "&" if "?" in path else "?"

    def print_path(article: _Article) -> str:
        return f"{article.canonical}{glue(article.canonical)}tmpl=component&print=1&page="

    def mail_path(article: _Article) -> str:
        token = hashlib.sha1(article.canonical.encode()).hexdigest()
        return (
            "/index.php/component/mailto/?tmpl=component&template=protostar&link=" + token
            if sef
            else "/index.php?option=com_mailto&tmpl=component&template=protostar&link=" + token
        )

    def tag_route(article: _Article) -> str:
        if sef:
            return (
                f"/index.php/component/content/article/{article.number}-{article.alias}"
                f"?catid={catid}&Itemid={home_itemid}"
            )
        return (
            f"/index.php?option=com_content&view=article&id={article.number}"
            f"&catid={catid}&Itemid={home_itemid}"
        )

    def tag_path(tid: int, name: str, lim: int | None = None) -> str:
        base = (
            f"/index.php/component/tags/tag/{tid}-{_slug(name)}"
            if sef
            else f"/index.php?option=com_tags&view=tag&id={tid}:{_slug(name)}&Itemid={home_itemid}"
        )
        return base if lim is None else f"{base}{glue(base)}limit={lim}"

    def search_path(term: str, ordering: str = "") -> str:
        base = (
            "/index.php/component/search/?searchword="
            if sef
            else "/index.php?option=com_search&searchword="
        )
        path = f"{base}{quote(term)}&searchphrase=all&Itemid={home_itemid}"
        return f"{path}&ordering={ordering}" if ordering else path

    def highlight(article: _Article, term: str) -> str:
        token = quote(base64.b64encode(json.dumps([term]).encode()).decode(), safe="")
        return f"{article.canonical}{glue(article.canonical)}highlight={token}"

    def listing(
        order: str = "", direction: str = "", lim: int | None = None, start: int = 0
    ) -> str:
        lim = limit if lim is None else lim
        if sef:
            base = f"/index.php/{alias_cat}"
        else:
            base = f"/index.php?option=com_content&view=category&id={catid}&Itemid={itemid}"
            if view == "blog":
                base += "&layout=blog"
        params = []
        if order:
            params += [("filter_order", order), ("filter_order_Dir", direction)]
        if lim != limit:
            params.append(("limit", str(lim)))
        if start:
            params.append(("start" if sef else "limitstart", str(start)))
        query = "&".join(f"{k}={v}" for k, v in params)
        return base + (glue(base) + query if query else "")

    def feed(path: str, kind: str) -> str:
        return f"{path}{glue(path)}format=feed&type={kind}"

    def feed_links(path: str) -> str:
        return (
            f'<link href="{_e(feed(path, "rss"))}" rel="alternate" type="application/rss+xml" '
            f'title="{_e(_word("joomla", "rss"))}">'
            f'<link href="{_e(feed(path, "atom"))}" rel="alternate" '
            f'type="application/atom+xml" title="{_e(_word("joomla", "atom"))}">'
        )

    def serve_feeds(path: str, chosen: list[_Article], title: str) -> None:
        entries = "".join(
            f"<item><title>{_e(a.item.label)}</title><link>{_e(a.canonical)}</link>"
            f"<category>{_e(menu)}</category><pubDate>{a.published.isoformat()}</pubDate></item>"
            for a in chosen
        )
        rss = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{_e(title)}</title><link>{_e(path)}</link>{entries}</channel></rss>"
        )
        site.routes[feed(path, "rss")] = Resource(
            rss.encode("utf-8"), content_type="application/rss+xml; charset=utf-8"
        )
        atom_entries = "".join(
            f'<entry><title>{_e(a.item.label)}</title><link href="{_e(a.canonical)}"/>'
            f"<published>{a.published.isoformat()}</published></entry>"
            for a in chosen
        )
        atom = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{_e(title)}</title>{atom_entries}</feed>"
        )
        site.routes[feed(path, "atom")] = Resource(
            atom.encode("utf-8"), content_type="application/atom+xml; charset=utf-8"
        )

    # -- the page around everything
    def nav() -> str:
        entries = [
            (_word("page", "home"), "/"),
            (
                _word("joomla", "news_category"),
                "/index.php/noticias"
                if sef
                else "/index.php?option=com_content&view=category&id=2&Itemid=103",
            ),
            (menu, listing()),
            (_word("page", "uip"), "/unidad-de-informacion-publica/"),
        ]
        return (
            '<nav class="navigation" role="navigation"><ul class="nav menu">'
            + "".join(f'<li><a href="{_e(p)}">{_e(t)}</a></li>' for t, p in entries)
            + "</ul></nav>"
        )

    def modules() -> str:
        searches = "".join(
            f'<li><a href="{_e(search_path(t))}">{_e(t)}</a></li>'
            for t in _words("joomla", "search_terms")
        )
        tag_links = "".join(
            f'<li><a href="{_e(tag_path(tag_ids[name], name))}">{_e(name)}</a></li>'
            for name, _n in groups
        )
        return (
            '<div id="aside" class="span3">'
            f'<div class="moduletable"><h3>{_e(_word("joomla", "frequent"))}</h3>'
            f"<ul>{searches}</ul></div>"
            f'<div class="moduletable"><h3>{_e(_word("joomla", "popular_tags"))}</h3>'
            f'<ul class="tagspopular">{tag_links}</ul></div>'
            f'<div class="moduletable"><h3>{_e(_word("joomla", "syndicate"))}</h3>'
            f'<a href="{_e(feed("/index.php", "rss"))}" class="syndicate-module">'
            f"{_e(_word('joomla', 'rss'))}</a></div></div>"
        )

    def crumbs(*trail: tuple[str, str]) -> str:
        links = [f'<a href="/" class="pathway">{_e(_word("page", "home"))}</a>'] + [
            f'<a href="{_e(h)}" class="pathway">{_e(t)}</a>' if h else f"<span>{_e(t)}</span>"
            for t, h in trail
        ]
        return (
            f'<ul class="breadcrumb"><li>{_e(_word("joomla", "here"))}</li><li>'
            + "</li><li> / ".join(links)
            + "</li></ul>"
        )

    def page(path: str, title: str, main: str, head: str = "") -> None:
        site.routes[path] = Resource(
            _html(site, title, main, head=head, nav=nav(), after=modules())
        )

    def icons(article: _Article) -> str:
        title = _word("joomla", "print_title").format(title=article.item.label)
        return (
            '<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu">'
            f'<li class="print-icon"><a href="{_e(print_path(article))}" title="{_e(title)}" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,"
            "titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
            'location=no\'); return false;" rel="nofollow"><span class="icon-print"></span> '
            f"{_e(_word('joomla', 'print'))}</a></li>"
            f'<li class="email-icon"><a href="{_e(mail_path(article))}" '
            f'title="{_e(_word("joomla", "email_title"))}" rel="nofollow">'
            f'<span class="icon-envelope"></span> {_e(_word("joomla", "email"))}</a></li>'
            "</ul></div></div>"
        )

    def info(article: _Article) -> str:
        by = _word("joomla", "written_by").format(autor=article.author)
        published = _word("joomla", "published").format(fecha=day_month_year(article.published))
        return (
            '<dl class="article-info muted">'
            f"<dd class='createdby'>{_e(by)}</dd>"
            f"<dd class='category-name'>{_e(_word('joomla', 'category').split('{')[0])}"
            f'<a href="{_e(listing())}">{_e(menu)}</a></dd>'
            f"<dd class='published'>{_e(published)}</dd>"
            f"<dd class='hits'>{_e(_word('joomla', 'seen').format(n=article.hits))}</dd></dl>"
        )

    def tag_list(article: _Article) -> str:
        if not article.tags:
            return ""
        return (
            '<ul class="tags inline">'
            + "".join(
                "<li>" + _a(tag_path(tid, name), name, ' class="label label-info"') + "</li>"
                for tid, name in article.tags
            )
            + "</ul>"
        )

    def article_body(article: _Article) -> str:
        return paragraphs(item_words(article.item)) + _doc_list(article.item.docs, lambda d: d.path)

    # -- articles: canonical, through a tag, through search results, printed, mailed
    for i, article in enumerate(by_date):
        item = article.item
        neighbours = []
        previous, following = _words("joomla", "page_nav")
        if i > 0:
            neighbours.append(
                f'<a href="{_e(by_date[i - 1].canonical)}" rel="prev">{_e(previous)}</a>'
            )
        if i + 1 < len(by_date):
            neighbours.append(
                f'<a href="{_e(by_date[i + 1].canonical)}" rel="next">{_e(following)}</a>'
            )
        main = (
            f'<div class="item-page"><div class="page-header"><h1 itemprop="headline">'
            f"{_e(item.label)}</h1></div>{icons(article)}{info(article)}"
            f"{article_body(article)}{tag_list(article)}"
            f'<ul class="pager pagenav"><li>{"</li><li>".join(neighbours)}</li></ul></div>'
        )
        trail = crumbs((menu, listing()), (item.label, ""))
        page(article.canonical, item.label, trail + main)
        head = _canonical(article.canonical) if canonical else ""
        page(tag_route(article), item.label, crumbs((item.label, "")) + main, head)
        printed = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            f"<title>{_e(item.label)} - {_e(site.body)}</title>{head}</head>"
            f'<body class="contentpane"><div class="item-page"><h1>{_e(item.label)}</h1>'
            f"{info(article)}{article_body(article)}</div>"
            '<a href="#" onclick="window.print();return false;">'
            f"{_e(_word('joomla', 'print'))}</a></body></html>"
        )
        site.routes[print_path(article)] = Resource(printed.encode("utf-8"))
        fields = _words("joomla", "email_fields")
        mail = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            f"<title>{_e(_word('joomla', 'email_title'))}</title></head><body class='contentpane'>"
            f"<h2>{_e(_word('joomla', 'email_title'))}</h2><form method='post' action='/index.php'>"
            + "".join(f"<label>{_e(f)} <input type='text'></label>" for f in fields[:4])
            + f"<button type='submit'>{_e(fields[4])}</button> "
            f"<button type='button' onclick='window.close()'>{_e(fields[5])}</button></form>"
            "</body></html>"
        )
        site.routes[mail_path(article)] = Resource(mail.encode("utf-8"))
        portal.notes[item.numeral] = _note(
            item,
            f"joomla/{'sef' if sef else 'nosef'}/{view}/limit={limit}/{limit_box}/"
            f"canonical={canonical}/position={i + 1}",
        )

    # -- the category: every limit, every order, every page
    def limit_control(order: str, direction: str, lim: int) -> str:
        labels = {n: str(n) if n else _word("joomla", "all") for n in _LIMITS}
        if limit_box == "enlaces":
            links = " | ".join(
                f"<strong>{_e(labels[n])}</strong>"
                if n == lim
                else f'<a href="{_e(listing(order, direction, n))}">{_e(labels[n])}</a>'
                for n in _LIMITS
            )
            return f'<div class="display-limit">{_e(display)} {links}</div>'
        options = "".join(
            f'<option value="{n}"{" selected" if n == lim else ""}>{_e(labels[n])}</option>'
            for n in _LIMITS
        )
        return (
            f'<form method="get" action="{_e(listing(order, direction, limit))}" '
            'class="display-limit">'
            f'<label for="limit">{_e(display)}</label> <select id="limit" name="limit" '
            f'class="inputbox input-mini" size="1" onchange="this.form.submit()">{options}</select>'
            "</form>"
        )

    def pagination(order: str, direction: str, lim: int, start: int, total: int) -> str:
        if not lim or total <= lim:
            return ""
        pages_count = math.ceil(total / lim)
        current = start // lim + 1

        def item(text: str, to: int | None) -> str:
            if to is None:
                return f'<li class="disabled"><a>{_e(text)}</a></li>'
            return (
                "<li>" + _a(listing(order, direction, lim, to), text, ' class="pagenav"') + "</li>"
            )

        parts = [
            item(_word("joomla", "start"), 0 if current > 1 else None),
            item(_word("joomla", "previous"), (current - 2) * lim if current > 1 else None),
        ]
        for number in range(1, pages_count + 1):
            if number == current:
                parts.append(f'<li class="active"><a>{number}</a></li>')
            else:
                parts.append(item(str(number), (number - 1) * lim))
        parts += [
            item(_word("joomla", "next"), current * lim if current < pages_count else None),
            item(
                _word("joomla", "end"), (pages_count - 1) * lim if current < pages_count else None
            ),
        ]
        counter = _word("joomla", "page_of").format(i=current, n=pages_count)
        return (
            f'<div class="pagination"><p class="counter pull-right">{_e(counter)}</p>'
            f'<ul class="pagination-list">{"".join(parts)}</ul></div>'
        )

    def ordered(order: str, direction: str) -> list[_Article]:
        if not order:
            return by_date
        key: Callable[[_Article], Any] = {
            "a.title": lambda a: _no_accents(a.item.label).lower(),
            "author": lambda a: (a.author, a.number),
            "a.hits": lambda a: (a.hits, a.number),
            "a.publish_up": lambda a: (a.published, a.number),
        }[order]
        return sorted(articles, key=key, reverse=direction == "desc")

    def sort_head(order: str, direction: str, lim: int, column: str, label: str) -> str:
        to = "desc" if order == column and direction == "asc" else "asc"
        return (
            f'<th><a href="{_e(listing(column, to, lim))}" class="hasTooltip">{_e(label)}</a></th>'
        )

    orders = [("", "")] + [(c, d) for c, _k in _SORTS for d in ("asc", "desc")]
    if view == "blog":
        orders = [("", "")]
    heads = {
        "title": _word("joomla", "title"),
        "author": _word("joomla", "author"),
        "hits": _word("joomla", "hits"),
        "date": _word("joomla", "date"),
    }
    description = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    for order, direction in orders:
        chosen_order = ordered(order, direction)
        for lim in _LIMITS:
            starts = range(0, len(chosen_order), lim) if lim else [0]
            for start in starts:
                shown = chosen_order[start : start + lim] if lim else chosen_order
                path = listing(order, direction, lim, start)
                if view == "lista":
                    head = "".join(sort_head(order, direction, lim, c, heads[k]) for c, k in _SORTS)
                    rows = "".join(
                        f'<tr><td class="list-title">{_a(a.canonical, a.item.label)}</td>'
                        f"<td class='createdby'>{_e(a.author)}</td>"
                        f"<td class='list-hits'>{a.hits}</td>"
                        f"<td class='list-date'>{day_month_year(a.published)}</td></tr>"
                        for a in shown
                    )
                    caption = _word("joomla", "caption").format(cat=menu)
                    filters = (
                        f'<fieldset class="filters btn-toolbar"><div class="btn-group">'
                        '<label class="filter-search-lbl" for="filter-search">'
                        f"{_e(_word('joomla', 'filter'))}</label>"
                        f'<input type="text" name="filter-search" id="filter-search" '
                        f'placeholder="{_e(_word("joomla", "filter_hint"))}"></div>'
                        f"{limit_control(order, direction, lim)}</fieldset>"
                    )
                    listing_html = (
                        f"{filters}<table class='category table table-striped'>"
                        f"<caption class='hide'>{_e(caption)}</caption>"
                        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
                    )
                else:
                    blocks = []
                    for a in shown:
                        words = item_words(a.item)
                        intro = f"<p>{_e(words[0])}</p>" if words else ""
                        more = _word("joomla", "read_more").format(title=a.item.label)
                        blocks.append(
                            f'<div class="item"><div class="page-header"><h2 itemprop="name">'
                            f'<a href="{_e(a.canonical)}">{_e(a.item.label)}</a></h2></div>'
                            f"{icons(a)}{info(a)}{intro}{tag_list(a)}"
                            '<p class="readmore">'
                            + _a(a.canonical, more, ' class="btn"')
                            + "</p></div>"
                        )
                    listing_html = limit_control(order, direction, lim) + "".join(blocks)
                main = (
                    crumbs((menu, "")) + f'<div class="category-list"><h1>{_e(menu)}</h1>'
                    f'<div class="category-desc">{description}</div>{listing_html}'
                    f"{pagination(order, direction, lim, start, len(chosen_order))}</div>"
                )
                page(path, menu, main, feed_links(path))
                serve_feeds(path, shown, menu)

    # -- tags: one page each (and each limit)
    in_category = _word("joomla", "category").format(cat=menu)
    for name, numerals in groups:
        tid = tag_ids[name]
        tagged = [a for a in by_date if a.item.numeral in numerals]
        for lim in [None, *_LIMITS]:
            shown = tagged if not lim else tagged[:lim]
            rows = "".join(
                f'<li><h3><a href="{_e(tag_route(a))}">{_e(a.item.label)}</a></h3>'
                f"<span class='tag-body'>{_e(in_category)}</span></li>"
                for a in shown
            )
            labels = " | ".join(
                _a(tag_path(tid, name, n), str(n) if n else _word("joomla", "all")) for n in _LIMITS
            )
            limits = (
                f'<div class="display-limit">{_e(display)} {labels}</div>'
                if limit_box == "enlaces"
                else ""
            )
            main = (
                crumbs((name, ""))
                + f"<h1>{_e(name)}</h1>{limits}<ul class='category list-striped'>{rows}</ul>"
            )
            page(tag_path(tid, name, lim), name, main, feed_links(tag_path(tid, name, lim)))
            serve_feeds(tag_path(tid, name, lim), shown, name)

    # -- search: frequent terms, five orderings each
    orderings = ["newest", "oldest", "popular", "alpha", "category"]
    for term in _words("joomla", "search_terms"):
        plain = _no_accents(term).lower()
        found = [
            a
            for a in by_date
            if plain
            in _no_accents(
                " ".join([a.item.label, *item_words(a.item), *(d.name for d in a.item.docs)])
            ).lower()
        ]
        for ordering in ["", *orderings]:
            results = {
                "oldest": list(reversed(found)),
                "popular": sorted(found, key=lambda a: -a.hits),
                "alpha": sorted(found, key=lambda a: _no_accents(a.item.label).lower()),
            }.get(ordering, found)
            links = " ".join(
                f'<a href="{_e(search_path(term, o))}">{_e(t)}</a>'
                for o, t in zip(orderings, _words("joomla", "orderings"), strict=True)
            )
            rows = "".join(
                f'<dt class="result-title">{_a(highlight(a, term), a.item.label)}</dt>'
                f'<dd class="result-category"><span class="small">({_e(menu)})</span></dd>'
                f'<dd class="result-created">{day_month_year(a.published)}</dd>'
                for a in results
            )
            total = _word("joomla", "search_total").format(n=len(results))
            main = (
                crumbs((_word("joomla", "search"), ""))
                + f"<h1>{_e(_word('joomla', 'search_results'))}</h1>"
                f'<form method="get" action="{_e(search_path(term))}">'
                f"<label>{_e(_word('joomla', 'search_keyword'))} "
                f'<input type="text" name="searchword" value="{_e(term)}"></label></form>'
                f"<p><strong>{_e(total)}</strong></p>"
                f'<p class="ordering">{_e(_word("joomla", "ordering"))} {links}</p>'
                f'<dl class="search-results">{rows}</dl>'
            )
            page(search_path(term, ordering), _word("joomla", "search"), main)
        for article in found:
            item = article.item
            head = _canonical(article.canonical) if canonical else ""
            main = (
                crumbs((menu, listing()), (item.label, ""))
                + f'<div class="item-page"><div class="page-header"><h1>{_e(item.label)}</h1></div>'
                f"{icons(article)}{info(article)}{article_body(article)}{tag_list(article)}</div>"
            )
            page(highlight(article, term), item.label, main, head)

    # -- the home page: featured news
    news = "".join(
        f'<div class="item"><h2>{_e(t)}</h2>{_news_text()}</div>'
        for t in _words("news", "titles")[:3]
    )
    page(
        "/",
        site.body,
        f"<div class='blog-featured'><h1>{_e(site.body)}</h1>"
        f"<p>{_e(_word('page', 'welcome').format(body=site.body))}</p>{news}</div>",
        feed_links("/index.php"),
    )
    site.routes["/index.php"] = site.routes["/"]
    serve_feeds("/index.php", by_date[:5], site.body)
    news_path = (
        "/index.php/noticias"
        if sef
        else "/index.php?option=com_content&view=category&id=2&Itemid=103"
    )
    page(
        news_path,
        _word("joomla", "news_category"),
        f"<h1>{_e(_word('joomla', 'news_category'))}</h1>{news}",
    )
    return site.routes


# -- facetas -------------------------------------------------------------------------------------


@dataclass
class _Record:
    number: int
    item: Item
    doc: Doc
    year: int
    month: int | None
    unit: str
    published: dt.date


_FACETS = ("anio", "mes", "tipo", "unidad")
_ORDERS = ("recientes", "antiguos", "nombre-az", "nombre-za")
_PER_PAGE = 10


@dataclass(frozen=True)
class _State:
    anio: int | None = None
    mes: int | None = None
    tipo: int | None = None
    unidad: str | None = None
    orden: str = "recientes"
    pagina: int = 1

    def value(self, facet: str) -> Any:
        return getattr(self, facet)

    def with_(self, **changes: Any) -> _State:
        values = {f: getattr(self, f) for f in (*_FACETS, "orden", "pagina")}
        values.update(changes)
        return _State(**values)


def _facetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    address = draw(st.sampled_from(["consulta", "ruta"]))
    index_style = draw(st.sampled_from(["tabla", "lista"]))
    index_docs = draw(st.sampled_from(["enlace", "recientes"]))
    ui = draw(st.sampled_from(["enlaces", "casillas"]))
    month_needs_year = draw(st.booleans())
    entry = str(draw(st.sampled_from(_words("page", "entries"))))
    number = draw(st.integers(100, 4000))
    units = _words("facetas", "units")
    unit_slug = {name: _slug(name) for name in units}
    home_word = _word("page", "home")
    index_path = f"/{_slug(entry)[:40]}/"
    repo = "/repositorio/"

    records: list[_Record] = []
    for item in _present(items):
        for doc in item.docs:
            assert doc.modified is not None
            number += draw(st.integers(1, 6))
            up = uploaded(doc, today, draw(st.integers(1, 15)))
            doc.path = unique(f"{repo}archivos/{up.year}/{file_stem(doc.name)}.pdf", site.seen)
            month = doc.modified.month if item_rhythm(item) == "monthly" else None
            records.append(
                _Record(number, item, doc, doc.modified.year, month, units[item.numeral - 1], up)
            )
    labels = {item.numeral: item.label for item in _present(items)}

    def url(state: _State) -> str:
        if address == "consulta":
            params: list[tuple[str, str]] = []
            if state.anio is not None:
                params.append(("anio", str(state.anio)))
            if state.mes is not None:
                params.append(("mes", f"{state.mes:02d}"))
            if state.tipo is not None:
                params.append(("tipo", str(state.tipo)))
            if state.unidad is not None:
                params.append(("unidad", unit_slug[state.unidad]))
            if state.orden != "recientes":
                params.append(("orden", state.orden))
            if state.pagina > 1:
                params.append(("pagina", str(state.pagina)))
            query = "&".join(f"{k}={v}" for k, v in params)
            return repo + ("?" + query if query else "")
        path = repo
        if state.anio is not None:
            path += f"anio/{state.anio}/"
        if state.mes is not None:
            path += f"mes/{state.mes:02d}/"
        if state.tipo is not None:
            path += f"tipo/numeral-{state.tipo}/"
        if state.unidad is not None:
            path += f"unidad/{unit_slug[state.unidad]}/"
        params = []
        if state.orden != "recientes":
            params.append(("orden", state.orden))
        if state.pagina > 1:
            params.append(("pagina", str(state.pagina)))
        query = "&".join(f"{k}={v}" for k, v in params)
        return path + ("?" + query if query else "")

    def facet_of(record: _Record, facet: str) -> Any:
        return {
            "anio": record.year,
            "mes": record.month,
            "tipo": record.item.numeral,
            "unidad": record.unit,
        }[facet]

    def matching(state: _State, skip: str = "") -> list[_Record]:
        return [
            r
            for r in records
            if all(
                state.value(f) is None or facet_of(r, f) == state.value(f)
                for f in _FACETS
                if f != skip
            )
        ]

    def ordered(found: list[_Record], orden: str) -> list[_Record]:
        if orden == "recientes":
            return sorted(found, key=lambda r: (r.published, r.number), reverse=True)
        if orden == "antiguos":
            return sorted(found, key=lambda r: (r.published, r.number))
        by_name = sorted(found, key=lambda r: (_no_accents(r.doc.name).lower(), r.number))
        return by_name if orden == "nombre-az" else list(reversed(by_name))

    def value_text(facet: str, value: Any) -> str:
        if facet == "mes":
            return MESES[value - 1]
        if facet == "tipo":
            return labels[value]
        return str(value)

    def facet_links(state: _State) -> list[tuple[str, list[tuple[str, int, bool, _State]]]]:
        """Per facet: its values with counts, whether chosen, and the state a click leads to."""
        out = []
        for facet in _FACETS:
            if facet == "mes" and month_needs_year and state.anio is None:
                continue
            counts: dict[Any, int] = {}
            for r in matching(state, skip=facet):
                value = facet_of(r, facet)
                if value is not None:
                    counts[value] = counts.get(value, 0) + 1
            values = []
            ranked = sorted(counts, reverse=facet == "anio")
            for value in ranked:
                chosen = state.value(facet) == value
                if chosen:
                    changes: dict[str, Any] = {facet: None, "pagina": 1}
                    if facet == "anio" and month_needs_year:
                        changes["mes"] = None
                    target = state.with_(**changes)
                else:
                    target = state.with_(**{facet: value, "pagina": 1})
                values.append((value_text(facet, value), counts[value], chosen, target))
            out.append((facet, values))
        return out

    def links_of(state: _State) -> list[_State]:
        targets = [t for _f, values in facet_links(state) for _t, _n, _c, t in values]
        targets += [state.with_(orden=o, pagina=1) for o in _ORDERS]
        total = len(matching(state))
        pages = max(1, math.ceil(total / _PER_PAGE))
        targets += [state.with_(pagina=p) for p in range(1, pages + 1)]
        targets.append(_State(orden=state.orden))
        return targets

    # Every address the repository's links reach, from its front page and the index's links.
    starts = [_State()] + [_State(tipo=n) for n in {r.item.numeral for r in records}]
    states: set[_State] = set()
    queue = list(starts)
    while queue:
        state = queue.pop()
        if state in states:
            continue
        states.add(state)
        queue.extend(t for t in links_of(state) if t not in states)

    facet_names = {
        "anio": _word("facetas", "year"),
        "mes": _word("facetas", "month"),
        "tipo": _word("facetas", "type"),
        "unidad": _word("facetas", "unit"),
    }
    sorts = dict(zip(_ORDERS, _words("facetas", "sorts"), strict=True))

    def nav() -> str:
        entries = [
            (home_word, "/"),
            (entry, index_path),
            (_word("facetas", "title"), repo),
            (_word("page", "uip"), "/unidad-de-informacion-publica/"),
        ]
        return (
            '<nav class="main-menu"><ul>'
            + "".join(f'<li><a href="{_e(p)}">{_e(t)}</a></li>' for t, p in entries)
            + "</ul></nav>"
        )

    def period(record: _Record) -> str:
        if record.month is not None:
            return f"{MESES[record.month - 1]} {record.year}"
        return str(record.year)

    def actions(record: _Record) -> str:
        return (
            '<div class="acciones">'
            + _a(record.doc.path, _word("facetas", "download"), ' class="btn btn-primary"')
            + " "
            + _a(f"{repo}compartir/{record.number}/", _word("facetas", "share"), ' class="btn"')
            + " "
            + _a(f"{repo}imprimir/{record.number}/", _word("facetas", "print"), ' class="btn"')
            + " "
            + _a(
                f"{repo}enviar/?documento={record.number}", _word("facetas", "mail"), ' class="btn"'
            )
            + "</div>"
        )

    def result(record: _Record) -> str:
        return (
            f'<div class="documento"><h3>{_e(record.doc.name)}</h3><ul class="meta">'
            f"<li>{_e(_word('facetas', 'kind'))} {_e(record.item.label)}</li>"
            f"<li>{_e(_word('facetas', 'office'))} {_e(record.unit)}</li>"
            f"<li>{_e(_word('facetas', 'period'))} {_e(period(record))}</li>"
            f"<li>{_e(_word('facetas', 'published'))} {day_month_year(record.published)}</li></ul>"
            f"{actions(record)}</div>"
        )

    def repo_page(state: _State) -> bytes:
        found = ordered(matching(state), state.orden)
        pages = max(1, math.ceil(len(found) / _PER_PAGE))
        shown = found[(state.pagina - 1) * _PER_PAGE : state.pagina * _PER_PAGE]
        blocks = []
        for facet, values in facet_links(state):
            rows = []
            for text, count, chosen, target in values:
                mark = "☑" if chosen else "☐"
                if ui == "casillas":
                    rows.append(
                        f'<li><input type="checkbox"{" checked" if chosen else ""} '
                        f"onclick=\"document.location.href='{_e(url(target))}'\"> "
                        f'<a href="{_e(url(target))}">{_e(text)}</a> ({count})</li>'
                    )
                else:
                    rows.append(
                        f'<li><a href="{_e(url(target))}">{mark} {_e(text)} ({count})</a></li>'
                    )
            blocks.append(
                f'<div class="faceta"><h3>{_e(facet_names[facet])}</h3>'
                f"<ul>{''.join(rows)}</ul></div>"
            )
        remove = _word("facetas", "remove")
        chosen_filters = [
            (facet, state.value(facet)) for facet in _FACETS if state.value(facet) is not None
        ]
        selected = ""
        if chosen_filters:
            chips = []
            for facet, value in chosen_filters:
                changes: dict[str, Any] = {facet: None, "pagina": 1}
                if facet == "anio" and month_needs_year:
                    changes["mes"] = None
                target = state.with_(**changes)
                chips.append(
                    f'<li><a href="{_e(url(target))}" title="{_e(remove)}">(&times;)</a> '
                    f"{_e(facet_names[facet])}: "
                    f"<strong>{_e(value_text(facet, value))}</strong></li>"
                )
            selected = (
                f'<div class="filtros-seleccionados"><h2>{_e(_word("facetas", "selected"))}</h2>'
                f'<ul>{"".join(chips)}</ul><a href="{_e(url(_State(orden=state.orden)))}">'
                f"{_e(_word('facetas', 'clear'))}</a></div>"
            )
        sort_links = " | ".join(
            f"<strong>{_e(sorts[o])}</strong>"
            if o == state.orden
            else f'<a href="{_e(url(state.with_(orden=o, pagina=1)))}">{_e(sorts[o])}</a>'
            for o in _ORDERS
        )
        count = ""
        if found:
            first = (state.pagina - 1) * _PER_PAGE + 1
            count = _word("facetas", "showing").format(
                a=first, b=first + len(shown) - 1, n=len(found)
            )
        pager = ""
        if pages > 1:
            parts = []
            if state.pagina > 1:
                parts.append(
                    _a(url(state.with_(pagina=state.pagina - 1)), _word("facetas", "previous"))
                )
            for p in range(1, pages + 1):
                parts.append(
                    f"<strong>{p}</strong>"
                    if p == state.pagina
                    else f'<a href="{_e(url(state.with_(pagina=p)))}">{p}</a>'
                )
            if state.pagina < pages:
                parts.append(
                    _a(url(state.with_(pagina=state.pagina + 1)), _word("facetas", "next"))
                )
            pager = f'<nav class="paginacion">{" ".join(parts)}</nav>'
        listing = "".join(result(r) for r in shown) or f"<p>{_e(_word('facetas', 'none'))}</p>"
        title = _word("facetas", "title")
        if state.tipo is not None:
            title = f"{title}: {labels[state.tipo]}"
        main = (
            breadcrumb(home_word, [(_word("facetas", "title"), repo if state != _State() else "")])
            + f"<h1>{_e(title)}</h1><p>{_e(_word('facetas', 'intro'))}</p>"
            f'<div class="row"><aside class="facetas"><h2>{_e(_word("facetas", "filters"))}</h2>'
            f"{''.join(blocks)}</aside><section class='resultados'>{selected}"
            f'<p class="ordenar">{_e(_word("facetas", "sort"))}: {sort_links}</p>'
            f"<p class='conteo'>{_e(count)}</p>{listing}{pager}</section></div>"
        )
        return _html(site, title, main, nav=nav())

    for state in states:
        site.routes[url(state)] = Resource(repo_page(state))

    # Per-document pages: share, print, send by mail.
    for record in records:
        back = f'<p><a href="{repo}">{_e(_word("facetas", "back"))}</a></p>'
        facebook, x, whatsapp, copy = _words("facetas", "share_links")
        target = quote(f"https://{site.domain}{record.doc.path}", safe="")
        share = (
            f"<h1>{_e(_word('facetas', 'share'))}: {_e(record.doc.name)}</h1><ul class='compartir'>"
            f'<li><a href="https://www.facebook.com/sharer/sharer.php?u={target}">{_e(facebook)}</a></li>'
            f'<li><a href="https://twitter.com/intent/tweet?url={target}">{_e(x)}</a></li>'
            f'<li><a href="https://api.whatsapp.com/send?text={target}">{_e(whatsapp)}</a></li>'
            f'<li><button type="button" onclick="navigator.clipboard.writeText(location.origin + '
            f"'{_e(record.doc.path)}')\">{_e(copy)}</button></li></ul>{back}"
        )
        site.routes[f"{repo}compartir/{record.number}/"] = Resource(
            _html(site, record.doc.name, share, nav=nav())
        )
        printed = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            f"<title>{_e(record.doc.name)}</title></head><body class='imprimir'>"
            f"<h1>{_e(site.body)}</h1>{result(record).replace(actions(record), '')}"
            f'<button type="button" onclick="window.print()">{_e(_word("facetas", "print_button"))}'
            "</button></body></html>"
        )
        site.routes[f"{repo}imprimir/{record.number}/"] = Resource(printed.encode("utf-8"))
        fields = _words("facetas", "mail_fields")
        mail = (
            f"<h1>{_e(_word('facetas', 'mail'))}</h1><p>{_e(record.doc.name)}</p>"
            f'<form method="post" action="{repo}enviar/">'
            f'<input type="hidden" name="documento" value="{record.number}">'
            + "".join(f"<label>{_e(f)} <input type='text'></label>" for f in fields[:3])
            + f"<button type='submit'>{_e(fields[3])}</button></form>{back}"
        )
        site.routes[f"{repo}enviar/?documento={record.number}"] = Resource(
            _html(site, _word("facetas", "mail"), mail, nav=nav())
        )

    # The mail form's endpoint asked for without a document.
    site.routes[f"{repo}enviar/"] = Resource(
        _html(
            site,
            _word("facetas", "mail"),
            f"<h1>{_e(_word('facetas', 'mail'))}</h1><p>{_e(_word('facetas', 'none'))}</p>"
            f'<p><a href="{repo}">{_e(_word("facetas", "back"))}</a></p>',
            nav=nav(),
        )
    )

    # The index of the items.
    see = _word("facetas", "see_all")
    rows = []
    for item in _present(items):
        own = [r for r in records if r.item is item]
        links = ""
        if own:
            links = (
                f'<a href="{_e(url(_State(tipo=item.numeral)))}">{_e(see.format(n=len(own)))}</a>'
            )
            if index_docs == "recientes":
                newest = max(own, key=lambda r: (r.published, r.number))
                links = (
                    f'{_e(_word("facetas", "newest"))} <a href="{_e(newest.doc.path)}">'
                    f"{_e(newest.doc.name)}</a><br>{links}"
                )
        words = paragraphs(item_words(item))
        if index_style == "tabla":
            rows.append(
                f"<tr><td>{item.numeral}</td><td>{_e(item.label)}{words}</td><td>{links}</td></tr>"
            )
        else:
            rows.append(f"<h3>{_e(item.label)}</h3>{words}<p>{links}</p>")
        portal.notes[item.numeral] = _note(
            item,
            f"facetas/{address}/{index_style}/{index_docs}/{ui}/month_needs_year={month_needs_year}"
            f"/states={len(states)}",
        )
    if index_style == "tabla":
        head = "".join(f"<th>{_e(h)}</th>" for h in _words("facetas", "header"))
        listing = (
            f'<table class="table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    else:
        listing = "".join(rows)
    site.routes[index_path] = Resource(
        _html(
            site,
            entry,
            breadcrumb(home_word, [(entry, "")])
            + f"<h1>{_e(entry)}</h1><h2>{_e(_word('page', 'article10'))}</h2>"
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>{listing}",
            nav=nav(),
        )
    )
    site.routes["/"] = Resource(
        _html(
            site,
            site.body,
            f"<h1>{_e(site.body)}</h1><p>{_e(_word('page', 'welcome').format(body=site.body))}</p>"
            f'<p class="banner"><a href="{_e(index_path)}">{_e(entry)}</a></p>'
            f'<p class="banner"><a href="{repo}">{_e(_word("facetas", "title"))}</a></p>',
            nav=nav(),
        )
    )
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "sesion": _sesion,
    "calendario": _calendario,
    "joomla": _joomla,
    "facetas": _facetas,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 20 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
