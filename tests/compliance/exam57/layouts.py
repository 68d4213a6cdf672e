"""Fifty-seventh exam: four portal layouts whose theme is PUBLISHING BY POSTS: the Article 10 items
published as posts mixed with the municipality's news, with the truth of every section.

Many municipalities publish their Article 10 information as posts: a WordPress blog or a Facebook
feed copied into the site, where a post says "📢 #Transparencia | Se publica la información pública
de oficio del Numeral 8, …, correspondiente a <document>" with the PDF (or a scanned picture of it
leading to the PDF) attached, hashtags "#LAIP #Numeral8", a "Ver más" truncation, the post's date
("24 de noviembre de 2026 a las 07:00", "Hace 3 días", "Hace 2 meses"), reactions and comments; and
real news posts in between (a feria, an inauguration, a COMUDE meeting, with photos; some mention
"transparencia" in passing, one may carry a PDF of its own). Items (truth, labels, documents,
dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``, under the ``lines`` layout's conventions: labels
always carry the numeral); what is new is the feed around them.

Truth conventions (a careful citizen reading the whole feed, every page of it): every document of
an item is attached to a post of its own, posted a few days after the period it covers (its upload
day), so an item's latest post dates it and the document's name says its period; a post naming an
item with only the item's own text (Misión / Visión, an address) publishes that text; a post naming
an item with only an empty or "No aplica" phrase, or only the law's text of the item, and nothing
attached, is the item published empty / not applying; news posts publish no item, whatever they
mention; an item no post names is missing. Lines of a post are separated only by ``<br>`` (or by
Custom Facebook Feed's ``<img class="cff-linebreak" />``) inside one element. Wording and markup:
``wording.toml`` here (sources there). Layouts:

* ``blog``: a WordPress blog index (``/blog/``, ten posts a page newest first, "« Entradas
  anteriores" to ``/blog/page/2/``), each post an ``<article class="post category-…">`` with its
  title (the item's label and the document, the document's name alone, or a generic "Publicación de
  información pública de oficio"), its date, "Publicado en Transparencia" and either an excerpt cut
  with " […]" and "Leer más" or the whole post; the single post at ``/<y>/<m>/<d>/<slug>/`` holding
  the post's lines, the attachment (a WordPress File block with "Descargar", a link in the text, or
  a scanned picture linked to the PDF), "Etiquetas: LAIP, Numeral 8", the previous / next posts and
  an "Entradas recientes" sidebar.
* ``facebook``: a Custom Facebook Feed copied into the page (``cff-item`` posts of
  ``cff-post-text`` / ``cff-text`` whose lines are split by ``<br>`` or ``<img
  class="cff-linebreak" />``, truncated by "Ver más": the whole text followed by ``cff-expand``,
  or the rest in a hidden span), the attachment a shared-link card, a photo linked to the PDF or a
  plain link, the date in Facebook's words (absolute with or without the year, "Ayer a las …",
  "Hace 3 días") or the plugin's coarse ones ("Hace 2 meses"), reactions, comments, "Ver en
  Facebook" to facebook.com; eight posts a page, "Cargar más publicaciones" to ``?pagina=2``.
* ``instagram``: a Smash Balloon Instagram grid (``sbi_item`` … ``data-date`` Unix time, an
  ``<a class="sbi_photo">`` over a picture whose ``alt`` is the whole caption, the
  ``sbi-screenreader`` span its first words), each picture opening the post either as a modal in
  the same page (``href="#post-<code>"``, the dialogs hidden at the end of the page) or as the
  site's copy of the post at ``/p/<code>/``: the caption, its date ("24 de noviembre", the year left
  out in the current year), likes and a "Ver documento" button to the PDF; twelve a page, "Cargar
  más" to ``?pagina=2``.
* ``comunicados``: a table "No. | Fecha | Asunto | Ver" of numbered "Comunicado No. 14-2026"
  entries, newest first, fifteen a page with "Siguiente »", the subject the item's label, the
  document's name or the same generic subject for every Article 10 comunicado (the item then named
  only inside);
  each comunicado's page the municipality's letter: place and date, "… informa a la población:",
  the post's lines, the attachment and the signature; other comunicados (a feria cancelled, a
  street closed) between them.
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
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
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
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
)

LAYOUTS = ("blog", "facebook", "instagram", "comunicados")
EXAM57: dict[str, Any] = wording(__file__)
# Posts name an item with its numeral (the "lines" layout: no bare names) and may carry own text.
_INNER = {layout: "lines" for layout in LAYOUTS}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 120


def _w(section: str, key: str) -> Any:
    return EXAM57[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _mes(day: dt.date) -> str:
    return MESES[day.month - 1].lower()


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    feed: str  # the feed's address
    title: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, feed: str, title: str) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    site = _Site(str(_w("site", "name")).format(town=town), town, feed, title)
    links = [
        (str(_w("site", "home")), "/"),
        (title, feed),
        ("Noticias", "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _home(site: _Site) -> Routes:
    """The home page leading to the feed (its ``</main>`` is where the generator's noise may add a
    link)."""
    body = (
        f"<p>{_e(_w('site', 'welcome'))}</p>"
        f'<p><a href="{_e(site.feed)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


# -- the posts -----------------------------------------------------------------------------------


@dataclass
class _Post:
    when: dt.datetime
    title: str
    lines: list[str]
    item: Item | None = None
    doc: Doc | None = None
    attachment: tuple[str, str] | None = None  # a news post's own PDF (name, address)
    photo: str = ""  # a news post's photo
    code: str = ""  # the post's id / slug
    reactions: int = 0
    comments: int = 0


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (hours, counters, ids), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _paths(items: list[Item], today: dt.date, draw: st.DrawFn, scheme: str) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``) and its address: WordPress's uploads folder of that
    month, the feed's own folder, or the generator's."""
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    seen: set[str] = set()
    ups: dict[int, dt.date] = {}
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 8))
            ups[id(doc)] = up
            stem = file_stem(doc.name)
            if scheme == "uploads":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            elif scheme == "own":
                path = f"/archivos/publicaciones/{up.year}/{stem}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)
    return ups


def _fill(lines: Sequence[str], item: Item, doc: Doc | None) -> list[str]:
    return [
        line.format(n=item.numeral, plain=item.plain, label=item.label, doc=doc.name if doc else "")
        for line in lines
    ]


def _posts(
    items: list[Item], today: dt.date, draw: st.DrawFn, ups: dict[int, dt.date], how: dict[int, str]
) -> list[_Post]:
    """Every post of the feed, newest first: one per document of an item, one per item published
    by words only, and the news between them."""
    rng = _rng(draw)
    lead_doc = list(_pick(draw, "posts", "lead_doc"))
    lead_words = list(_pick(draw, "posts", "lead_words"))
    tags = str(_pick(draw, "posts", "hashtags"))
    attach = str(_pick(draw, "posts", "attach"))
    title_form = draw(st.sampled_from(["label", "doc", "generic"]))
    generic = str(_pick(draw, "posts", "generic_title"))
    hashtags = draw(st.booleans())
    posts: list[_Post] = []

    def at(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.choice([0, 15, 30, 45])))

    for item in _present(items):
        tag_line = [tags.format(n=item.numeral)] if hashtags else []
        if item.docs:
            newest = max(item.docs, key=lambda d: ups[id(d)])
            for doc in item.docs:
                lines = _fill(lead_doc, item, doc)
                if doc is newest:
                    lines += [t for t in (item.law_text, item.updated) if t]
                lines += [attach, *tag_line]
                title = {
                    "label": f"{item.label} – {doc.name}",
                    "doc": doc.name,
                    "generic": generic,
                }[title_form]
                posts.append(_Post(at(ups[id(doc)]), title, lines, item, doc))
            how[item.numeral] = f"docs{len(item.docs)}"
            continue
        words = [t for t in (item.own_text, item.phrase) if t] or [item.law_text]
        if item.own_text:
            how[item.numeral] = "texto-propio"
        elif item.truth == "not_applicable":
            how[item.numeral] = "no-aplica"
        elif item.phrase:
            how[item.numeral] = "frase"
        else:
            how[item.numeral] = "solo-ley"
        lines = _fill(lead_words, item, None) + words + tag_line
        title = item.label if title_form != "generic" else generic
        when = at(today - dt.timedelta(days=rng.randint(1, 150)))
        posts.append(_Post(when, title, lines, item))
    # The news: a handful of posts over the last year and a half, with photos.
    titles = list(_w("news", "titles"))
    texts = list(_w("news", "texts")) + list(_w("news", "passing"))
    for index in range(draw(st.integers(5, 12))):
        day = today - dt.timedelta(days=rng.randint(0, 540))
        post = _Post(at(day), titles[index % len(titles)], [texts[rng.randrange(len(texts))]])
        post.photo = f"/wp-content/uploads/{day.year}/{day.month:02d}/noticia-{index + 1}.jpg"
        if index == 2 and draw(st.booleans()):
            name = str(_w("news", "attachment")).format(year=day.year)
            post.attachment = (name, f"/wp-content/uploads/{day.year}/{file_stem(name)}.pdf")
        posts.append(post)
    posts.sort(key=lambda p: p.when, reverse=True)
    for number, post in enumerate(posts):
        post.code = f"{rng.randrange(16**6):06x}{number:03d}"
        post.reactions = rng.randint(3, 240)
        post.comments = rng.randint(0, 25)
    return posts


def _serve_extras(routes: Routes, posts: list[_Post]) -> None:
    """The news photos and a news post's own PDF (the items' documents are served by the kit)."""
    for post in posts:
        if post.photo:
            routes[post.photo] = Resource(_JPEG, content_type="image/jpeg")
        if post.attachment:
            name, path = post.attachment
            routes[path] = Resource(
                b"%PDF-1.4 " + name.encode() + b" " * 200, content_type="application/pdf"
            )


def _scan(post: _Post) -> str:
    """The address of a scanned picture of the post's document (a JPEG thumbnail)."""
    return f"/wp-content/uploads/escaneos/{post.code}.jpg"


def _attachment(post: _Post, style: str, button: str, routes: Routes) -> str:
    """The post's attachment: a file block / link card, a link in the text, or a scanned picture
    linked to the PDF; a news post's photo or own PDF."""
    if post.doc is None:
        out = ""
        if post.photo:
            out += f'<img class="foto" src="{_e(post.photo)}" alt="{_e(post.title)}">'
        if post.attachment:
            name, path = post.attachment
            out += f'<p><a href="{_e(path)}">{_e(name)}</a></p>'
        return out
    doc = post.doc
    if style == "scan":
        routes[_scan(post)] = Resource(_JPEG, content_type="image/jpeg")
        return (
            f'<a class="adjunto-escaneo" href="{_e(doc.path)}" target="_blank">'
            f'<img src="{_e(_scan(post))}" alt="{_e(doc.name)}"></a>'
        )
    if style == "file":
        return (
            f'<div class="wp-block-file"><a href="{_e(doc.path)}">{_e(doc.name)}</a>'
            f'<a href="{_e(doc.path)}" class="wp-block-file__button" download>{_e(button)}</a>'
            "</div>"
        )
    return f'<p><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a></p>'


def _notes(portal: ExamPortal, variant: str, how: dict[int, str]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{variant}/{item_rhythm(item)}/{how.get(item.numeral, 'ausente')}"
        )


def _pages(posts: list[_Post], size: int) -> list[list[_Post]]:
    return [posts[i : i + size] for i in range(0, len(posts), size)] or [[]]


# -- blog ----------------------------------------------------------------------------------------


def _blog(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    base = "/blog/"
    site = _site(draw, base, str(_pick(draw, "blog", "titles")))
    ups = _paths(items, today, draw, "uploads")
    how: dict[int, str] = {}
    posts = _posts(items, today, draw, ups, how)
    style = draw(st.sampled_from(["file", "link", "scan"]))
    button = str(_pick(draw, "posts", "download"))
    full = draw(st.booleans())  # the index prints whole posts, not excerpts
    sep = draw(st.sampled_from(["<br>", "<br />\n"]))
    read_more = str(_pick(draw, "blog", "read_more"))
    cat_laip = str(_pick(draw, "blog", "cat_laip"))
    cat_news = str(_w("blog", "cat_news"))
    seen: set[str] = set()
    links: dict[str, str] = {}
    for post in posts:
        slug = _slug(post.title)[:50].strip("-") or "entrada"
        path = unique(f"/{post.when.year}/{post.when.month:02d}/{post.when.day:02d}/{slug}/", seen)
        links[post.code] = path

    def posted(post: _Post) -> str:
        day = post.when.date()
        text = str(_w("blog", "posted")).format(d=day.day, mes=_mes(day), yyyy=day.year)
        stamp = post.when.isoformat()
        return f'<time class="entry-date published" datetime="{stamp}">{_e(text)}</time>'

    def cats(post: _Post) -> str:
        name = cat_laip if post.item else cat_news
        return f'<span class="cat-links">{_e(str(_w("blog", "in_cats")).format(cats=name))}</span>'

    def content(post: _Post) -> str:
        text = sep.join(_e(line) for line in post.lines)
        return f"<p>{text}</p>{_attachment(post, style, button, site.routes)}"

    recent = "".join(f'<li><a href="{_e(links[p.code])}">{_e(p.title)}</a></li>' for p in posts[:5])
    sidebar = (
        f'<aside class="widget-area"><section class="widget widget_recent_entries"><h2>'
        f"{_e(_w('blog', 'recent'))}</h2><ul>{recent}</ul></section>"
        f'<section class="widget widget_categories"><h2>{_e(_w("blog", "categories"))}</h2><ul>'
        f"<li>{_e(cat_news)}</li><li>{_e(cat_laip)}</li></ul></section></aside>"
    )
    pages = _pages(posts, 10)
    for number, chunk in enumerate(pages, start=1):
        articles = []
        for post in chunk:
            klass = "category-transparencia" if post.item else "category-noticias"
            if full:
                body = f'<div class="entry-content">{content(post)}</div>'
            else:
                words = " ".join(post.lines).split()
                excerpt = " ".join(words[:30]) + (" […]" if len(words) > 30 else "")
                thumb = ""
                if post.photo:
                    thumb = f'<img class="wp-post-image" src="{_e(post.photo)}" alt="">'
                body = (
                    f'<div class="entry-summary">{thumb}<p>{_e(excerpt)}</p>'
                    f'<p><a class="more-link" href="{_e(links[post.code])}">{_e(read_more)}</a>'
                    "</p></div>"
                )
            articles.append(
                f'<article class="post type-post status-publish {klass}"><header>'
                f'<h2 class="entry-title"><a href="{_e(links[post.code])}" rel="bookmark">'
                f"{_e(post.title)}</a></h2>"
                f'<div class="entry-meta">{posted(post)}</div></header>{body}'
                f'<footer class="entry-footer">{cats(post)}</footer></article>'
            )
        nav = []
        if number < len(pages):
            nav.append(
                f'<div class="nav-previous"><a href="{base}page/{number + 1}/">'
                f"{_e(_w('blog', 'older'))}</a></div>"
            )
        if number > 1:
            newer = base if number == 2 else f"{base}page/{number - 1}/"
            nav.append(
                f'<div class="nav-next"><a href="{newer}">{_e(_w("blog", "newer"))}</a></div>'
            )
        path = base if number == 1 else f"{base}page/{number}/"
        body = (
            f'<div id="primary">{"".join(articles)}<nav class="navigation posts-navigation">'
            f"{''.join(nav)}</nav></div>{sidebar}"
        )
        site.put(path, site.title, body, [(site.title, "")])
    for index, post in enumerate(posts):
        tags = ""
        if post.item:
            tag_text = str(_w("blog", "tags")).format(tags=f"LAIP, Numeral {post.item.numeral}")
            tags = f'<span class="tags-links">{_e(tag_text)}</span>'
        around = []
        if index + 1 < len(posts):
            older = posts[index + 1]
            around.append(
                f'<div class="nav-previous"><a href="{_e(links[older.code])}" rel="prev">← '
                f"{_e(older.title)}</a></div>"
            )
        if index > 0:
            newer_post = posts[index - 1]
            around.append(
                f'<div class="nav-next"><a href="{_e(links[newer_post.code])}" rel="next">'
                f"{_e(newer_post.title)} →</a></div>"
            )
        body = (
            f'<article class="post type-post"><div class="entry-meta">{posted(post)}</div>'
            f'<div class="entry-content">{content(post)}</div>'
            f'<footer class="entry-footer">{cats(post)} {tags}</footer></article>'
            f'<nav class="navigation post-navigation">{"".join(around)}</nav>{sidebar}'
        )
        site.put(links[post.code], post.title, body, [(site.title, base), (post.title, "")])
    _serve_extras(site.routes, posts)
    _notes(portal, f"blog/{style}/{'completo' if full else 'extracto'}", how)
    return _home(site)


# -- facebook ------------------------------------------------------------------------------------


def _fb_date(when: dt.datetime, today: dt.date, form: str) -> str:
    """The post's date as Facebook prints it (``facebook``), as the plugin prints it (``cff``:
    coarse relative), or always in full (``long``)."""
    day = when.date()
    days = (today - day).days
    hh, mm = f"{when.hour:02d}", f"{when.minute:02d}"
    if form == "long":
        return str(_w("facebook", "date_long")).format(
            d=day.day, mes=_mes(day), yyyy=day.year, hh=hh, mm=mm
        )
    if form == "cff":
        for size, key in ((365, "date_years"), (30, "date_months"), (7, "date_weeks")):
            if days >= size:
                one, many = _w("facebook", key)
                count = days // size
                return str(one if count == 1 else many).format(n=count)
        if days <= 0:
            return str(_w("facebook", "date_hours")).format(n=max(1, 17 - when.hour))
        return str(_w("facebook", "date_days")).format(n=days)
    if days <= 0:
        return str(_w("facebook", "date_hours")).format(n=max(1, 17 - when.hour))
    if days == 1:
        return str(_w("facebook", "date_yesterday")).format(hh=hh, mm=mm)
    if days < 7:
        return str(_w("facebook", "date_days")).format(n=days)
    key = "date_year_less" if day.year == today.year else "date_long"
    return str(_w("facebook", key)).format(d=day.day, mes=_mes(day), yyyy=day.year, hh=hh, mm=mm)


def _facebook(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    base = str(draw(st.sampled_from(["/publicaciones/", "/facebook/", "/muro/"])))
    site = _site(draw, base, str(_pick(draw, "facebook", "titles")))
    ups = _paths(items, today, draw, draw(st.sampled_from(["uploads", "own"])))
    how: dict[int, str] = {}
    posts = _posts(items, today, draw, ups, how)
    sep = draw(st.sampled_from(["<br>", '<img class="cff-linebreak" />']))
    truncate = draw(st.sampled_from(["cff", "split"]))
    date_form = draw(st.sampled_from(["facebook", "cff", "long"]))
    attach_form = draw(st.sampled_from(["card", "photo", "link"]))
    load = str(_pick(draw, "facebook", "load"))
    page_id = "1829652310442850"
    chars = draw(st.sampled_from([200, 400]))
    more, less = _w("facebook", "more"), _w("facebook", "less")
    comment_texts = list(_w("facebook", "comment_texts"))

    def text(post: _Post) -> str:
        lines = [_e(line) for line in post.lines]
        if truncate == "cff":
            expand = (
                f'<span class="cff-expand">... <a href="#"><span class="cff-more">{_e(more)}'
                f'</span><span class="cff-less">{_e(less)}</span></a></span>'
            )
            return f'<span class="cff-text" data-color="">{sep.join(lines)}</span>{expand}'
        shown, rest = lines[:1], lines[1:]
        if not rest:
            return f'<span class="cff-text">{shown[0]}</span>'
        return (
            f'<span class="cff-text">{shown[0]}<span class="text_exposed_hide">…</span>'
            f'<span class="see_more_link"> {_e(more)}</span>'
            f'<span class="text_exposed_show" style="display:none">{sep}{sep.join(rest)}</span>'
            "</span>"
        )

    def media(post: _Post) -> str:
        if post.doc is None:
            out = ""
            if post.photo:
                out += (
                    f'<div class="cff-media-wrap"><a class="cff-photo" href="{_e(post.photo)}">'
                    f'<img src="{_e(post.photo)}" alt="{_e(post.title)}"></a></div>'
                )
            if post.attachment:
                name, path = post.attachment
                out += (
                    f'<div class="cff-shared-link"><a href="{_e(path)}" class="cff-link-title">'
                    f'{_e(name)}</a><p class="cff-link-caption">PDF</p></div>'
                )
            return out
        doc = post.doc
        if attach_form == "photo":
            site.routes[_scan(post)] = Resource(_JPEG, content_type="image/jpeg")
            return (
                f'<div class="cff-media-wrap"><a class="cff-photo" href="{_e(doc.path)}"'
                f' target="_blank"><img src="{_e(_scan(post))}" alt="{_e(doc.name)}"></a></div>'
            )
        if attach_form == "card":
            return (
                f'<div class="cff-shared-link"><div class="cff-text-link">'
                f'<p class="cff-link-title"><a href="{_e(doc.path)}" target="_blank">'
                f'{_e(doc.name)}</a></p><p class="cff-link-caption">PDF</p></div></div>'
            )
        return f'<p class="cff-link"><a href="{_e(doc.path)}">{_e(doc.path)}</a></p>'

    def item_html(post: _Post) -> str:
        kind = "cff-photo-post" if post.photo or attach_form == "photo" else "cff-status-post"
        meta = (
            f'<div class="cff-meta-wrap"><ul class="cff-meta"><li class="cff-likes">'
            f"{_e(str(_w('facebook', 'reactions')).format(n=post.reactions))}</li>"
            f'<li class="cff-comments">'
            f"{_e(str(_w('facebook', 'comments')).format(n=post.comments))}</li></ul>"
        )
        if post.comments and post.code[0] in "0123":
            meta += (
                f'<div class="cff-comments-box"><p class="cff-comment">'
                f"{_e(comment_texts[int(post.code[1], 16) % len(comment_texts)])}</p></div>"
            )
        meta += "</div>"
        link = f"https://www.facebook.com/{page_id}/posts/{post.code}"
        return (
            f'<div id="cff_{page_id}_{post.code}" class="cff-item {kind}">'
            f'<div class="cff-author"><div class="cff-author-text"><p class="cff-page-name">'
            f"{_e(site.name)}</p></div></div>"
            f'<div class="cff-post-text">{text(post)}</div>{media(post)}'
            f'<p class="cff-date"> {_e(_fb_date(post.when, today, date_form))} </p>'
            f'<div class="cff-post-links"><a class="cff-viewpost-facebook" href="{link}"'
            f' target="_blank" rel="nofollow noopener">{_e(_w("facebook", "view"))}</a>'
            f' <span class="cff-dot">&middot;</span> <a class="cff-share-link" href="#">'
            f"{_e(_w('facebook', 'share'))}</a></div>{meta}</div>"
        )

    pages = _pages(posts, 8)
    for number, chunk in enumerate(pages, start=1):
        more_link = ""
        if number < len(pages):
            more_link = (
                f'<a class="cff-load-more" href="{base}?pagina={number + 1}"'
                f' data-cff-page="{number + 1}">{_e(load)}</a>'
            )
        body = (
            f'<div class="cff-wrapper"><div id="cff" class="cff cff-list-container'
            f' cff-default-styles" data-char="{chars}">'
            f'<div class="cff-posts-wrap">{"".join(item_html(p) for p in chunk)}</div>'
            f"{more_link}</div></div>"
        )
        path = base if number == 1 else f"{base}?pagina={number}"
        site.put(path, site.title, body, [(site.title, "")])
    _serve_extras(site.routes, posts)
    _notes(portal, f"facebook/{truncate}/{date_form}/{attach_form}", how)
    return _home(site)


# -- instagram -----------------------------------------------------------------------------------


def _instagram(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    base = str(draw(st.sampled_from(["/instagram/", "/galeria/"])))
    site = _site(draw, base, str(_pick(draw, "instagram", "titles")))
    ups = _paths(items, today, draw, draw(st.sampled_from(["uploads", "generator"])))
    how: dict[int, str] = {}
    posts = _posts(items, today, draw, ups, how)
    opens = draw(st.sampled_from(["modal", "page"]))
    load = str(_pick(draw, "instagram", "load"))
    view = str(_pick(draw, "instagram", "view"))

    def picture(post: _Post) -> str:
        return post.photo or f"/wp-content/uploads/sb-instagram-feed-images/{post.code}full.jpg"

    def caption_date(post: _Post) -> str:
        day = post.when.date()
        key = "date_year_less" if day.year == today.year else "date_long"
        return str(_w("instagram", key)).format(d=day.day, mes=_mes(day), yyyy=day.year)

    def detail(post: _Post) -> str:
        caption = "<br>".join(_e(line) for line in post.lines)
        link = ""
        if post.doc is not None:
            link = (
                f'<p><a class="btn btn-primary" href="{_e(post.doc.path)}" target="_blank">'
                f"{_e(view)}</a></p>"
            )
        elif post.attachment:
            name, path = post.attachment
            link = f'<p><a href="{_e(path)}">{_e(name)}</a></p>'
        likes = str(_w("instagram", "likes")).format(n=post.reactions)
        return (
            f'<img src="{_e(picture(post))}" alt="">'
            f'<div class="sbi-caption"><p class="sbi-username">@{_e(_slug(site.town))}</p>'
            f"<p>{caption}</p>{link}"
            f'<p class="sbi-meta"><span class="sbi-likes">{_e(likes)}</span> · '
            f'<time datetime="{post.when.isoformat()}">{_e(caption_date(post))}</time></p></div>'
        )

    pages = _pages(posts, 12)
    for number, chunk in enumerate(pages, start=1):
        cells, modals = [], []
        for post in chunk:
            site.routes[picture(post)] = Resource(_JPEG, content_type="image/jpeg")
            target = f"#post-{post.code}" if opens == "modal" else f"/p/{post.code}/"
            alt = " ".join(post.lines)
            stamp = int(post.when.replace(tzinfo=dt.UTC).timestamp())
            cells.append(
                f'<div class="sbi_item sbi_type_image sbi_new sbi_transition"'
                f' id="sbi_{post.code}" data-date="{stamp}"><div class="sbi_photo_wrap">'
                f'<a class="sbi_photo" href="{_e(target)}" data-full-res="{_e(picture(post))}">'
                f'<span class="sbi-screenreader">{_e(alt[:50])}</span>'
                f'<img src="{_e(picture(post))}" alt="{_e(alt)}"></a></div></div>'
            )
            if opens == "modal":
                modals.append(
                    f'<div class="sbi-modal" id="post-{post.code}" role="dialog"'
                    f' aria-hidden="true" style="display:none">{detail(post)}'
                    f'<a class="sbi-close" href="#">{_e(_w("instagram", "close"))}</a></div>'
                )
            else:
                site.put(
                    f"/p/{post.code}/",
                    " ".join(post.lines)[:60],
                    detail(post),
                    [(site.title, base), (caption_date(post), "")],
                )
        more = ""
        if number < len(pages):
            more = (
                f'<div id="sbi_load"><a class="sbi_load_btn" href="{base}?pagina={number + 1}">'
                f'<span class="sbi_btn_text">{_e(load)}</span></a></div>'
            )
        follow = (
            f'<span class="sbi_follow_btn"><a href="https://www.instagram.com/{_slug(site.town)}/"'
            f' target="_blank" rel="nofollow noopener">{_e(_w("instagram", "follow"))}</a></span>'
        )
        script = ""
        if opens == "modal":
            script = (
                "<script>document.querySelectorAll('a.sbi_photo').forEach(function (a) {"
                " a.addEventListener('click', function (e) { e.preventDefault();"
                " var m = document.querySelector(a.getAttribute('href'));"
                " m.style.display = 'block'; m.setAttribute('aria-hidden', 'false'); }); });"
                "</script>"
            )
        body = (
            f'<div id="sb_instagram" class="sbi sbi_col_4 sbi_width_resp" data-cols="4"'
            f' data-num="12"><div id="sbi_images">{"".join(cells)}</div>{more}{follow}</div>'
            f"{''.join(modals)}{script}"
        )
        path = base if number == 1 else f"{base}?pagina={number}"
        site.put(path, site.title, body, [(site.title, "")])
    _serve_extras(site.routes, posts)
    _notes(portal, f"instagram/{opens}", how)
    return _home(site)


# -- comunicados ---------------------------------------------------------------------------------


def _comunicados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    base = "/comunicados/"
    site = _site(draw, base, str(_pick(draw, "comunicados", "titles")))
    ups = _paths(items, today, draw, draw(st.sampled_from(["own", "generator"])))
    how: dict[int, str] = {}
    # A comunicado is a letter: the Article 10 posts, then other comunicados, no news photos.
    posts = [p for p in _posts(items, today, draw, ups, how) if p.item is not None]
    rng = _rng(draw)
    # Other comunicados between them (no photos: a comunicado is a letter).
    others = list(_w("comunicados", "others"))
    for index in range(draw(st.integers(3, 8))):
        day = today - dt.timedelta(days=rng.randint(0, 400))
        when = dt.datetime.combine(day, dt.time(rng.randint(8, 16)))
        posts.append(
            _Post(when, others[index % len(others)], [str(_w("comunicados", "other_text"))])
        )
    posts.sort(key=lambda p: p.when, reverse=True)
    # Numbered in order within each year, oldest first.
    numbers: dict[int, int] = {}
    counter: dict[int, int] = {}
    for post in sorted(posts, key=lambda p: p.when):
        counter[post.when.year] = counter.get(post.when.year, 0) + 1
        numbers[id(post)] = counter[post.when.year]
    style = draw(st.sampled_from(["link", "scan"]))
    attach_text = str(_pick(draw, "comunicados", "attach"))
    head = list(_pick(draw, "comunicados", "head"))
    view = str(_pick(draw, "comunicados", "view"))
    intro = str(_w("comunicados", "intro")).format(name=site.name)
    pages = _pages(posts, 15)
    for number, chunk in enumerate(pages, start=1):
        rows = []
        for post in chunk:
            k = numbers[id(post)]
            path = f"{base}{k}-{post.when.year}/"
            heading = str(_w("comunicados", "number")).format(k=k, yyyy=post.when.year)
            rows.append(
                f"<tr><td>{_e(heading)}</td>"
                f"<td>{_e(day_month_year(post.when.date()))}</td><td>{_e(post.title)}</td>"
                f'<td><a href="{_e(path)}">{_e(view)}</a></td></tr>'
            )
            day = post.when.date()
            place = str(_w("comunicados", "place")).format(
                town=site.town, d=day.day, mes=_mes(day), yyyy=day.year
            )
            text = "<br>".join(_e(line) for line in post.lines)
            attached = ""
            if post.doc is not None:
                if style == "scan":
                    site.routes[_scan(post)] = Resource(_JPEG, content_type="image/jpeg")
                    attached = (
                        f'<p><a href="{_e(post.doc.path)}" target="_blank">'
                        f'<img src="{_e(_scan(post))}" alt="{_e(post.doc.name)}"></a></p>'
                    )
                else:
                    attached = (
                        f'<p><a href="{_e(post.doc.path)}" target="_blank">'
                        f"{_e(attach_text)}</a></p>"
                    )
            body = (
                f'<div class="comunicado"><h2>{_e(heading.upper())}</h2>'
                f'<p class="fecha">{_e(place)}</p><p>{_e(intro)}</p><p>{text}</p>{attached}'
                f'<p class="firma">{_e(_w("comunicados", "signature"))}</p></div>'
            )
            site.put(path, post.title, body, [(site.title, base), (heading, "")])
        heads = "".join(f"<th>{_e(h)}</th>" for h in head)
        pager = []
        if number > 1:
            previous = base if number == 2 else f"{base}?page={number - 1}"
            pager.append(f'<a href="{previous}">{_e(_w("comunicados", "previous"))}</a>')
        if number < len(pages):
            pager.append(f'<a href="{base}?page={number + 1}">{_e(_w("comunicados", "next"))}</a>')
        body = (
            f'<table class="table comunicados"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            f'<nav class="pager">{" ".join(pager)}</nav>'
        )
        path = base if number == 1 else f"{base}?page={number}"
        site.put(path, site.title, body, [(site.title, "")])
    _serve_extras(site.routes, posts)
    _notes(portal, f"comunicados/{style}", how)
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "blog": _blog,
    "facebook": _facebook,
    "instagram": _instagram,
    "comunicados": _comunicados,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 57 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
