"""Seventy-first exam: hosted website builders, second series (Blogger on a custom domain, new
Google Sites, Wix, Squarespace). The theme, truth conventions and layouts are told in
``__init__.py``; wording and markup sources in ``wording.toml``."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
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
    Doc,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("blogger", "gsites", "wix", "squarespace")
EXAM71: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: posts and headings over an
# item's words (bare names allowed), collapsible groups / sub-pages (bare names allowed), rich-text
# headings on one or a few pages, and one blog post per item (numbered, the law's text on it).
_INNER = {
    "blogger": "wordpress",
    "gsites": "accordion",
    "wix": "wordpress",
    "squarespace": "joomla",
}
_OFFSET = "-06:00"  # Guatemala, as Blogger writes its time stamps
_DRIVE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
_OPENING = str(WORDING["article"]["opening"]["text"])

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM71[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, hashes, upload lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 12)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _stem(name: str) -> str:
    """A document's name as an uploaded file's name: no accents, hyphens, never cut."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain)
    return "-".join(kept.split()) or "documento"


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}" + ("-rotos" if not item.docs[0].ok else "")
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    if item.law_text:
        return "ley"
    return "solo-titulo"


def _note(portal: ExamPortal, item: Item, variant: str) -> None:
    portal.notes[item.numeral] = f"{variant}/{item_rhythm(item)}/{_how(item)}"


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _town(draw: st.DrawFn) -> tuple[str, str]:
    town = _pick(draw, "site", "towns")
    return town, str(_w("site", "name")).format(town=town)


def _drive_id(rng: random.Random) -> str:
    return "1" + "".join(rng.choice(_DRIVE) for _ in range(32))


def _ymd(day: dt.date, months: Sequence[str]) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year}"


# -- blogger: a blog on the municipality's own domain ---------------------------------------------


@dataclass
class _Post:
    when: dt.datetime
    title: str
    body: str
    tags: list[str]
    path: str = ""
    number: int = 0
    numerals: list[int] = field(default_factory=list)


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + _OFFSET


def _blogger_date(day: dt.date) -> str:
    return str(_w("blogger", "date_header")).format(
        weekday=_w("blogger", "weekdays")[day.weekday()],
        day=day.day,
        month=MESES[day.month - 1].lower(),
        year=day.year,
    )


def _blogger(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "blogger"
    routes: Routes = {}
    town, name = _town(draw)
    variant = draw(st.sampled_from(["por-numeral", "por-mes"]))
    per_page = draw(st.integers(3, 7))
    tag_form = _pick(draw, sec, "tag")
    common = _pick(draw, sec, "common_tag")
    month_title = _pick(draw, sec, "month_title")
    link_as = draw(st.sampled_from(["nombre", "linea"]))
    word = _pick(draw, sec, "link_word")
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                str(_w(sec, "files")).format(
                    yyyy=up.year, mm=f"{up.month:02d}", stem=_stem(doc.name)
                ),
                seen,
            )

    def tag(n: int) -> str:
        return tag_form.format(n=n)

    def moment(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))

    def doc_lines(docs: list[Doc]) -> str:
        if link_as == "nombre":
            lis = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
            return f"<ul>{lis}</ul>"
        return "".join(
            f'<p>{_e(d.name)} – <a href="{_e(d.path)}" target="_blank">{_e(word)}</a></p>'
            for d in docs
        )

    def words(item: Item) -> str:
        return "".join(f"<p>{_e(t)}</p>" for t in item_words(item))

    posts: list[_Post] = []
    present = _present(items)
    for item in present:
        if variant == "por-numeral" or not item.docs:
            if item.docs:
                day = max(days[id(d)] for d in item.docs)
            else:
                day = today - dt.timedelta(days=rng.randint(3, 300))
            body = words(item) + (doc_lines(item.docs) if item.docs else "")
            posts.append(
                _Post(
                    moment(day),
                    item.label,
                    body,
                    [tag(item.numeral), common],
                    numerals=[item.numeral],
                )
            )
    if variant == "por-mes":
        months: dict[tuple[int, int], dict[int, list[Doc]]] = {}
        for item in present:
            for doc in item.docs:
                up = days[id(doc)]
                months.setdefault((up.year, up.month), {}).setdefault(item.numeral, []).append(doc)
        for (year, month), by_item in months.items():
            last = max(days[id(d)] for docs in by_item.values() for d in docs)
            body, tags = "", []
            for item in present:
                if item.numeral not in by_item:
                    continue
                newest = max(days[id(d)] for d in item.docs)
                has_newest = any(days[id(d)] == newest for d in by_item[item.numeral])
                body += f"<h3>{_e(item.label)}</h3>"
                body += words(item) if has_newest else ""
                body += doc_lines(by_item[item.numeral])
                tags.append(tag(item.numeral))
            title = month_title.format(month=MESES[month - 1], year=year)
            posts.append(_Post(moment(last), title, body, [*tags, common], numerals=list(by_item)))
    posts.sort(key=lambda p: p.when, reverse=True)
    number = rng.randint(10**18, 9 * 10**18)
    slugs: set[str] = set()
    for post in posts:
        number += rng.randint(10**9, 10**12)
        post.number = number
        slug = _slug(post.title)[:40].strip("-") or "entrada"
        post.path = unique(
            str(_w(sec, "post")).format(
                yyyy=post.when.year, mm=f"{post.when.month:02d}", slug=slug
            ),
            slugs,
        )
    for item in present:
        how = "mensual" if variant == "por-mes" and item.docs else "entrada"
        _note(portal, item, f"blogger/{variant}/{how}/{link_as}/por-pagina={per_page}")

    def label_url(t: str) -> str:
        return str(_w(sec, "label")).format(label=quote(t))

    # The sidebar: the Blog Archive (hierarchy) and the Labels widget, on every page.
    by_year: dict[int, dict[int, list[_Post]]] = {}
    for post in posts:
        by_year.setdefault(post.when.year, {}).setdefault(post.when.month, []).append(post)
    newest_year = max(by_year) if by_year else today.year
    archive = ""
    for year in sorted(by_year, reverse=True):
        state = "expanded" if year == newest_year else "collapsed"
        zippy = "&#9660;&#160;" if state == "expanded" else "&#9658;&#160;"
        count = sum(len(p) for p in by_year[year].values())
        months_html = ""
        newest_month = max(by_year[year])
        for month in sorted(by_year[year], reverse=True):
            open_ = state == "expanded" and month == newest_month
            mzippy = "&#9660;&#160;" if open_ else "&#9658;&#160;"
            titles = ""
            if open_:
                titles = (
                    "<ul class='posts'>"
                    + "".join(
                        f"<li><a href='{_e(p.path)}'>{_e(p.title)}</a></li>"
                        for p in by_year[year][month]
                    )
                    + "</ul>"
                )
            months_html += (
                f"<li class='archivedate {'expanded' if open_ else 'collapsed'}'><a class='toggle'"
                f" href='javascript:void(0)'><span class='zippy'>{mzippy}</span></a><a"
                f" class='post-count-link' href='/{year}/{month:02d}/'>"
                f"{_e(_w(sec, 'archive_month')[month - 1])}</a> <span class='post-count'"
                f" dir='ltr'>({len(by_year[year][month])})</span>{titles}</li>"
            )
        archive += (
            f"<li class='archivedate {state}'><a class='toggle' href='javascript:void(0)'><span"
            f" class='zippy toggle-open'>{zippy}</span></a><a class='post-count-link'"
            f" href='/{year}/'>{year}</a> <span class='post-count' dir='ltr'>({count})</span><ul"
            f" class='hierarchy'>{months_html}</ul></li>"
        )
    by_tag: dict[str, list[_Post]] = {}
    for post in posts:
        for t in post.tags:
            by_tag.setdefault(t, []).append(post)
    labels = "".join(
        f"<li><a dir='ltr' href='{_e(label_url(t))}'>{_e(t)}</a><span dir='ltr'>"
        f"({len(by_tag[t])})</span></li>"
        for t in sorted(by_tag)
    )
    sidebar = (
        "<div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive'"
        f" data-version='1' id='BlogArchive1'><h2>{_e(_w(sec, 'archive_title'))}</h2><div"
        " class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul"
        f" class='hierarchy'>{archive}</ul></div></div></div></div><div class='widget Label'"
        f" data-version='1' id='Label1'><h2>{_e(_w(sec, 'labels_title'))}</h2><div"
        f" class='widget-content list-label-widget-content'><ul>{labels}</ul></div></div></div>"
    )

    def post_html(post: _Post) -> str:
        tag_links = ", ".join(
            f"<a href='{_e(label_url(t))}' rel='tag'>{_e(t)}</a>" for t in post.tags
        )
        return (
            "<div class='post-outer'><div class='post hentry' itemprop='blogPost'"
            " itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
            f"<a name='{post.number}'></a><h3 class='post-title entry-title' itemprop='name'>"
            f"<a href='{_e(post.path)}'>{_e(post.title)}</a></h3><div class='post-header'><div"
            " class='post-header-line-1'></div></div><div class='post-body entry-content'"
            f" id='post-body-{post.number}' itemprop='articleBody'>{post.body}<div style='clear:"
            " both;'></div></div><div class='post-footer'><div class='post-footer-line"
            f" post-footer-line-1'><span class='post-author vcard'>{_e(_w(sec, 'by'))} <span"
            f" class='fn'>{_e(_w(sec, 'author'))}</span></span> <span class='post-timestamp'><a"
            f" class='timestamp-link' href='{_e(post.path)}' rel='bookmark'><abbr"
            f" class='published' title='{_stamp(post.when)}'>{post.when:%H:%M}</abbr></a></span>"
            "</div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>"
            f"{_e(_w(sec, 'labels_text'))} {tag_links}</span></div></div></div></div>"
        )

    def blog(chunk: list[_Post], pager: str) -> str:
        out = [
            "<div class='main section' id='main'><div class='widget Blog' data-version='1'"
            " id='Blog1'><div class='blog-posts hfeed'>"
        ]
        shown: dt.date | None = None
        for post in chunk:
            if post.when.date() != shown:
                if shown is not None:
                    out.append("</div></div>")
                shown = post.when.date()
                out.append(
                    "<div class=\"date-outer\"><h2 class='date-header'><span>"
                    f'{_e(_blogger_date(shown))}</span></h2><div class="date-posts">'
                )
            out.append(post_html(post))
        if shown is not None:
            out.append("</div></div>")
        out.append(f"</div>{pager}</div></div>")
        return "".join(out)

    def page(title: str, main: str) -> Resource:
        html = (
            "<!DOCTYPE html><html dir='ltr' lang='es'><head><meta charset='utf-8'><meta"
            f" content='blogger' name='generator'/><title>{_e(title)}</title></head><body"
            " class='variant-simplicity'><div class='content-outer'><header><div class='header"
            " section' id='header'><div class='widget Header' data-version='1' id='Header1'><h1"
            f" class='title'><a href='/'>{_e(name)}</a></h1><p class='description'>"
            f"{_e(_w(sec, 'description'))}</p></div></div><nav class='tabs section'"
            " id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><ul>"
            f"<li class='selected'><a href='/'>{_e(_w('site', 'home'))}</a></li><li><a"
            f" href='/unidad-de-informacion-publica/'>{_e(WORDING['uip']['title']['text'])}</a>"
            f"</li><li><a href='/noticias/'>{_e(_w('site', 'news'))}</a></li></ul></div></nav>"
            f"</header><div class='columns'><main class='main-outer'>{main}</main><aside"
            f" class='sidebar-outer'>{sidebar}</aside></div><footer class='footer-outer'><p>"
            f"{_e(name)}</p></footer></div></body></html>"
        )
        return Resource(html.encode("utf-8"))

    def listing(first: str, older_form: str, chosen: list[_Post], title: str, extra: str) -> None:
        chunks = [chosen[i : i + per_page] for i in range(0, len(chosen), per_page)] or [[]]
        addresses = [first]
        for k in range(1, len(chunks)):
            addresses.append(older_form.format(stamp=_stamp(chunks[k - 1][-1].when), n=per_page))
        for k, chunk in enumerate(chunks):
            newer = older = ""
            if k > 0:
                newer = (
                    "<span id='blog-pager-newer-link'><a class='blog-pager-newer-link'"
                    f" href='{_e(addresses[k - 1])}' id='Blog1_blog-pager-newer-link'"
                    f" title='{_e(_w(sec, 'newer_text'))}'>{_e(_w(sec, 'newer_text'))}</a></span>"
                )
            if k + 1 < len(chunks):
                older = (
                    "<span id='blog-pager-older-link'><a class='blog-pager-older-link'"
                    f" href='{_e(addresses[k + 1])}' id='Blog1_blog-pager-older-link'"
                    f" title='{_e(_w(sec, 'older_text'))}'>{_e(_w(sec, 'older_text'))}</a></span>"
                )
            pager = (
                f"<div class='blog-pager' id='blog-pager'>{newer}{older}<a class='home-link'"
                f" href='/'>{_e(_w(sec, 'home_text'))}</a></div>"
            )
            resource = page(title, extra + blog(chunk, pager))
            routes[addresses[k]] = resource
            if ":" in addresses[k]:
                routes[addresses[k].replace(":", "%3A")] = resource

    intro = (
        "<div class='widget Text' id='Text1'><div class='widget-content'>"
        f"<p>{_e(str(_w('site', 'intro')).format(town=town))}</p><p>{_e(_OPENING)}</p></div></div>"
    )
    listing("/", str(_w(sec, "older_home")), posts, name, intro)
    for t, chosen in by_tag.items():
        listing(
            label_url(t),
            str(_w(sec, "older_label")).replace("{label}", quote(t)),
            chosen,
            f"{name}: {t}",
            "",
        )
    for year, by_month in by_year.items():
        year_posts = [p for m in sorted(by_month, reverse=True) for p in by_month[m]]
        routes[f"/{year}/"] = page(f"{name}: {year}", blog(year_posts, ""))
        for month, chosen in by_month.items():
            routes[f"/{year}/{month:02d}/"] = page(
                f"{name}: {_w(sec, 'archive_month')[month - 1]} {year}", blog(chosen, "")
            )
    for post in posts:
        comments = (
            f"<div class='comments' id='comments'><h4>{_e(_w(sec, 'no_comments'))}</h4></div>"
            f"<div class='blog-pager' id='blog-pager'><a class='home-link' href='/'>"
            f"{_e(_w(sec, 'home_text'))}</a></div>"
        )
        routes[post.path] = page(post.title, blog([post], comments))
    _missing(portal, "blogger")
    return routes


# -- gsites: new Google Sites (custom domain) ------------------------------------------------------


def _gs_box(inner: str, box: str) -> str:
    return (
        f'<div class="oKdM2c"><div id="h.{box}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2'
        ' OjCsFc wHaque GNzUNc"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb baZpAe">'
        f"{inner}</div></div></div></div>"
    )


def _gs_p(text: str) -> str:
    return f'<p dir="ltr" class="CDt4Ke zfr3Q"><span>{text}</span></p>'


def _gs_link(href: str, text: str) -> str:
    return _gs_p(
        f'<a class="XqQF9c" href="{_e(href)}" target="_blank"><span style="text-decoration:'
        f' underline;">{_e(text)}</span></a>'
    )


def _gs_section(tiles: str, box: str) -> str:
    return (
        f'<section id="h.p_{box}" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf"'
        f' tabindex="-1"><div class="JNdkSc-SmKAyb">{tiles}</div></div></div></section>'
    )


def _gsites(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "gsites"
    routes: Routes = {}
    town, name = _town(draw)
    variant = draw(st.sampled_from(["contraible", "subpaginas"]))
    files_as = draw(st.sampled_from(["enlaces", "carpeta", "boton"]))
    if variant == "contraible":
        files_as = "enlaces"
    nav_form = _pick(draw, sec, "nav_name")
    sub_form = _pick(draw, sec, "subpage")
    button = _pick(draw, sec, "button")
    section = _pick(draw, "site", "section")
    index = str(_w(sec, "page"))
    months = list(_w(sec, "months"))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    boxes = [0]

    def box() -> str:
        boxes[0] += 1
        return f"{rng.getrandbits(40):010x}{boxes[0]}"

    for item in items:
        for doc in item.docs:
            doc.path = unique(str(_w(sec, "download")).format(id=_drive_id(rng)), seen)
            portal.headers[doc.path] = {
                "Content-Disposition": f'attachment; filename="{_stem(doc.name)}.pdf"'
            }
            if not doc.ok:
                routes[doc.path] = Resource(
                    (
                        "<!DOCTYPE html><html lang=es><meta charset=utf-8><title>Google Drive -"
                        f" 404</title><p>{_e(_w(sec, 'missing_file'))}</p></html>"
                    ).encode(),
                    404,
                )

    present = _present(items)
    sub_paths: dict[int, str] = {}
    slugs: set[str] = set()
    for item in present:
        sub_paths[item.numeral] = unique(
            sub_form.format(n=item.numeral, slug=_slug(item.label)[:50]), slugs
        )

    def nav_name(item: Item) -> str:
        return nav_form.format(n=item.numeral, label=item.label)

    def nav(current: str) -> str:
        def entry(href: str, text: str, level: int, sub: str = "") -> str:
            on = ' aria-current="true"' if href == current else ""
            return (
                f'<li jsname="ibnC6b" data-nav-level="{level}"><div class="PsKE7e r8s4j-R6PoUb'
                f' IKA38e baH5ib oNsfjf"{on}><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe'
                f' HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"'
                f' href="{_e(href)}" data-url="{_e(href)}" data-type="1"'
                f' data-level="{level}">{_e(text)}</a></div></div>{sub}</li>'
            )

        sub = ""
        if variant == "subpaginas":
            sub = (
                '<ul class="VcS63b" role="group">'
                + "".join(entry(sub_paths[i.numeral], nav_name(i), 2) for i in present)
                + "</ul>"
            )
        return (
            '<nav class="JzO0Vc" role="navigation"><ul class="jYxBte Fpy8Db" tabindex="-1">'
            + entry("/", str(_w("site", "home")), 1)
            + entry(index, section, 1, sub)
            + entry("/unidad-de-informacion-publica/", str(WORDING["uip"]["title"]["text"]), 1)
            + entry("/noticias/", str(_w("site", "news")), 1)
            + "</ul></nav>"
        )

    stamp = today - dt.timedelta(days=rng.randint(0, 40))

    def page(path: str, title: str, body: str) -> Resource:
        html = (
            '<!DOCTYPE html><html lang="es-419"><head><meta charset="utf-8"><meta'
            f' property="og:title" content="{_e(title)}"><title>{_e(name)} - {_e(title)}</title>'
            '</head><body><div class="LqzjUe"><header class="BbxBP"><div class="Xpil1b"><a'
            f' class="Zjiec oNsfjf" href="/"><span>{_e(name)}</span></a>{nav(path)}</div>'
            '<div class="zDUgLc"><div class="jgG6ef"><span class=" Rn3Z1b C9DxTc">'
            f'{_e(title)}</span></div></div></header><main role="main" class="UtePc RCETm">'
            f'{body}</main><footer class="dZA9kd" role="contentinfo"><div class="eWDljc"><a'
            f' class="dhtgD" href="#">{_e(_w(sec, "abuse"))}</a> <span class="fJTJae">'
            f'{_e(_w(sec, "updated"))}</span> <span class="R5y7ic">{_ymd(stamp, months)}</span>'
            f' <a class="dhtgD" href="#">{_e(_w(sec, "details"))}</a></div></footer></div>'
            "</body></html>"
        )
        return Resource(html.encode("utf-8"))

    def folder(item: Item) -> str:
        fid = _drive_id(rng)
        path = str(_w(sec, "embed")).format(id=fid)
        title = str(_w(sec, "folder_title")).format(name=item.label)
        entries = ""
        for doc in item.docs:
            up = days[id(doc)]
            entries += (
                f'<div class="flip-entry" id="entry-{_drive_id(rng)}" tabindex="0" role="link">'
                f'<div class="flip-entry-info"><a href="{_e(doc.path)}" target="_blank"><div'
                ' class="flip-entry-list-icon"><img src="/static/type/application/pdf" alt="">'
                f'</div><div class="flip-entry-title">{_e(_stem(doc.name))}.pdf</div></a></div>'
                f'<div class="flip-entry-last-modified"><div>{up.day} {months[up.month - 1]}'
                "</div></div></div>"
            )
        empty = "" if item.docs else f'<div class="flip-empty">{_e(_w(sec, "folder_empty"))}</div>'
        routes[path] = Resource(
            (
                f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title>'
                f'</head><body><div class="flip-entries">{entries}</div>{empty}</body></html>'
            ).encode()
        )
        return (
            f'<div class="oKdM2c"><div id="h.{box()}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2'
            ' wHaque GNzUNc"><div class="jXK9ad-SmKAyb"><div class="w536ob"><iframe'
            ' jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms'
            ' allow-same-origin allow-popups-to-escape-sandbox allow-downloads" frameborder="0"'
            f' aria-label="Drive, {_e(title)}" src="{_e(path)}#list" allowfullscreen></iframe>'
            "</div></div></div></div>"
        )

    def buttons(item: Item) -> str:
        out = ""
        for doc in item.docs:
            out += _gs_box(_gs_p(_e(doc.name)), box())
            out += (
                f'<div class="oKdM2c"><div id="h.{box()}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad'
                ' D2fZ2 wHaque GNzUNc"><div class="jXK9ad-SmKAyb"><div class="U26fgb O0WRkf'
                f' oG5Srb C0oVfc JGNPBd L7IXhc"><a class="FKF6mc TpQm9d" href="{_e(doc.path)}"'
                f' target="_blank" aria-label="{_e(button)}"><div class="NsaAfc"><p>'
                f"{_e(button)}</p></div></a></div></div></div></div>"
            )
        return out

    intro = _gs_section(
        _gs_box(
            f'<h2 id="h.{box()}" dir="ltr" class="CDt4Ke zfr3Q OmQG5e">{_e(section)}</h2>'
            + _gs_p(_e(str(_w("site", "intro")).format(town=town)))
            + _gs_p(_e(_OPENING)),
            box(),
        ),
        box(),
    )
    if variant == "contraible":
        groups = ""
        for item in present:
            content = "".join(_gs_p(_e(t)) for t in item_words(item))
            content += "".join(_gs_link(d.path, d.name) for d in item.docs)
            groups += _gs_box(
                f'<div class="OOrTde" data-collapsible="true"><div class="vmC1Ye" role="button"'
                f' aria-expanded="false" tabindex="0"><h3 id="h.{box()}" dir="ltr" class="CDt4Ke'
                f' zfr3Q OmQG5e">{_e(item.label)}</h3><div class="RMjOse"'
                ' aria-hidden="true"></div></div><div class="mcNpTe" aria-hidden="true"'
                f' style="display: none;">{content}</div></div>',
                box(),
            )
            _note(portal, item, "gsites/contraible")
        routes[index] = page(index, section, intro + _gs_section(groups, box()))
    else:
        choose = _gs_section(_gs_box(_gs_p(_e(_w(sec, "choose"))), box()), box())
        routes[index] = page(index, section, intro + choose)
        for item in present:
            title = nav_name(item)
            head = ""
            if title != item.label:
                head = _gs_p(f"<strong>{_e(item.plain)}</strong>")
            texts = head + "".join(_gs_p(_e(t)) for t in item_words(item))
            tiles = _gs_box(texts, box()) if texts else ""
            shape = "sin-archivos"
            if files_as == "carpeta" and (item.docs or rng.random() < 0.5):
                shape = "carpeta"
                tiles += folder(item)
            elif files_as == "boton" and item.docs:
                shape = "boton"
                tiles += buttons(item)
            elif item.docs:
                shape = "enlaces"
                tiles += _gs_box("".join(_gs_link(d.path, d.name) for d in item.docs), box())
            path = sub_paths[item.numeral]
            routes[path] = page(path, title, _gs_section(tiles or _gs_box("", box()), box()))
            named = "numero" if "{n}" in nav_form else "etiqueta"
            _note(portal, item, f"gsites/subpaginas/{named}/{shape}")
    home = _gs_section(
        _gs_box(
            _gs_p(_e(name))
            + _gs_p(f'<a class="XqQF9c" href="{_e(index)}">{_e(section)}</a>')
            + _gs_p('<a class="XqQF9c" href="/noticias/obra-calle-principal/">Inauguran obra</a>'),
            box(),
        ),
        box(),
    )
    routes["/"] = page("/", str(_w("site", "home")), home)
    _missing(portal, "gsites")
    return routes


# -- wix: rich text on one page or on pages of a dropdown menu ------------------------------------


def _wix(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "wix"
    routes: Routes = {}
    town, name = _town(draw)
    variant = draw(st.sampled_from(["una-pagina", "submenu"]))
    level = draw(st.sampled_from([2, 3, 4]))
    docs_in = draw(st.sampled_from(["parrafos", "lista"]))
    by_year = draw(st.booleans())
    index = _pick(draw, sec, "page")
    section = _pick(draw, "site", "section")
    owner = f"{rng.getrandbits(24):06x}"
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            doc.path = unique(
                str(_w(sec, "files")).format(owner=owner, hash=f"{rng.getrandbits(128):032x}"),
                seen,
            )

    def comp() -> str:
        return "comp-" + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)
        )

    def rich(inner: str) -> str:
        c = comp()
        return (
            f'<div id="{c}" class="KcpHeO tz5f0K {c} wixui-rich-text"'
            f' data-testid="richTextElement">{inner}</div>'
        )

    def p(text: str) -> str:
        return (
            '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">'
            f"{text}</span></p>"
        )

    def link(doc: Doc) -> str:
        return (
            f'<a href="{_e(doc.path)}" target="_blank" class="wixui-rich-text__text"><span'
            f' style="text-decoration:underline;" class="wixui-rich-text__text">{_e(doc.name)}'
            "</span></a>"
        )

    def doc_block(docs: list[Doc]) -> str:
        if docs_in == "lista":
            lis = "".join(
                f'<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">'
                f"{link(d)}</p></li>"
                for d in docs
            )
            return f'<ul class="font_8 wixui-rich-text__text">{lis}</ul>'
        return "".join(p(link(d)) for d in docs)

    def item_block(item: Item) -> str:
        head = (
            f'<h{level} class="font_{level} wixui-rich-text__text"><span'
            f' class="wixui-rich-text__text">{_e(item.label)}</span></h{level}>'
        )
        inner = "".join(p(_e(t)) for t in item_words(item))
        if by_year and item.docs:
            years: dict[int, list[Doc]] = {}
            for d in item.docs:
                years.setdefault(d.modified.year if d.modified else today.year, []).append(d)
            for year in sorted(years, reverse=True):
                inner += p(f'<span style="font-weight:bold;">{year}</span>') + doc_block(
                    years[year]
                )
        elif item.docs:
            inner += doc_block(item.docs)
        return rich(head) + (rich(inner) if inner else "")

    present = _present(items)
    ranges = [(1, 10), (11, 20), (21, 29)]
    range_paths = {r: str(_w(sec, "range_page")).format(a=r[0], b=r[1]) for r in ranges}

    def menu() -> str:
        def li(href: str, text: str, sub: str = "") -> str:
            return (
                f'<li class="wixui-dropdown-menu__item" data-testid="{comp()}"><a'
                f' data-testid="linkElement" href="{_e(href)}" class="wixui-dropdown-menu__item'
                f'-link"><div class="wixui-dropdown-menu__item-label"><p>{_e(text)}</p></div>'
                f"</a>{sub}</li>"
            )

        sub = ""
        if variant == "submenu":
            sub = (
                '<ul class="wixui-dropdown-menu__submenu" role="menu">'
                + "".join(
                    li(range_paths[r], str(_w(sec, "range_name")).format(a=r[0], b=r[1]))
                    for r in ranges
                )
                + "</ul>"
            )
        return (
            f'<nav id="{comp()}" class="wixui-dropdown-menu" aria-label="Sitio"><ul role="menubar">'
            + li("/", str(_w("site", "home")))
            + li(index, section, sub)
            + li("/unidad-de-informacion-publica/", str(WORDING["uip"]["title"]["text"]))
            + li("/noticias/", str(_w("site", "news")))
            + "</ul></nav>"
        )

    nav = menu()

    def page(title: str, body: str) -> Resource:
        html = (
            '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="generator"'
            f' content="{_e(_w(sec, "generator"))}"/><title>{_e(title)} | {_e(name)}</title>'
            '</head><body><div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER"'
            f' class="wixui-header">{rich(p(_e(name)))}{nav}</header><main id="PAGES_CONTAINER"'
            ' tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div'
            f' class="wixui-page">{body}</div></div></main><footer id="SITE_FOOTER"'
            f' class="wixui-footer">{rich(p(_e(name)))}</footer></div></div></body></html>'
        )
        return Resource(html.encode("utf-8"))

    opening = rich(
        f'<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">'
        f"{_e(section)}</span></h1>"
        + p(_e(str(_w("site", "intro")).format(town=town)))
        + p(_e(_OPENING))
    )
    if variant == "una-pagina":
        routes[index] = page(section, opening + "".join(item_block(i) for i in present))
        for item in present:
            _note(portal, item, f"wix/una-pagina/h{level}/{docs_in}/anios={by_year}")
    else:
        links = "".join(
            p(
                f'<a href="{_e(range_paths[r])}" class="wixui-rich-text__text">'
                f"{_e(str(_w(sec, 'range_name')).format(a=r[0], b=r[1]))}</a>"
            )
            for r in ranges
        )
        routes[index] = page(section, opening + rich(links))
        for r in ranges:
            title = str(_w(sec, "range_name")).format(a=r[0], b=r[1])
            chosen = [i for i in present if r[0] <= i.numeral <= r[1]]
            head = rich(
                f'<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">'
                f"{_e(title)}</span></h1>"
            )
            routes[range_paths[r]] = page(title, head + "".join(item_block(i) for i in chosen))
            for item in chosen:
                _note(portal, item, f"wix/submenu/h{level}/{docs_in}/anios={by_year}")
    home = rich(
        f'<h1 class="font_0 wixui-rich-text__text">{_e(name)}</h1>'
        + p(f'<a href="{_e(index)}" class="wixui-rich-text__text">{_e(section)}</a>')
        + p('<a href="/noticias/obra-calle-principal/">Inauguran obra</a>')
    )
    routes["/"] = page(str(_w("site", "home")), home)
    _missing(portal, "wix")
    return routes


# -- squarespace: a summary block over a blog collection of one post per item ---------------------


def _sqs_html(inner: str, block: str) -> str:
    return (
        f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{block}">'
        f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>'
    )


def _sqs_p(text: str) -> str:
    return f'<p class="" style="white-space:pre-wrap;">{text}</p>'


def _squarespace(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "squarespace"
    routes: Routes = {}
    town, name = _town(draw)
    blog_path = _pick(draw, sec, "blog")
    index = str(_w(sec, "page"))
    per_page = draw(st.sampled_from([10, 20]))
    docs_as = draw(st.sampled_from(["enlaces", "acordeon"]))
    in_nav = draw(st.booleans())
    all_posts = _pick(draw, sec, "all_posts")
    section = _pick(draw, "site", "section")
    months = list(_w(sec, "months"))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            doc.path = unique(str(_w(sec, "files")).format(stem=_stem(doc.name)), seen)
    blocks = [0]

    def block() -> str:
        blocks[0] += 1
        return f"yui_3_17_2_1_{rng.randint(10**12, 10**13 - 1)}_{blocks[0] * 1000 + 7}"

    present = _present(items)
    dated: list[tuple[dt.datetime, Item, str]] = []
    slugs: set[str] = set()
    for item in present:
        if item.docs:
            day = max(days[id(d)] for d in item.docs)
        else:
            day = today - dt.timedelta(days=rng.randint(10, 400))
        when = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
        path = unique(f"{blog_path}/{_slug(item.label)[:60].strip('-') or 'entrada'}", slugs)
        dated.append((when, item, path))
    dated.sort(key=lambda x: x[0], reverse=True)
    limit = draw(st.sampled_from([30, 30, draw(st.integers(6, 20))]))

    def excerpt(item: Item) -> str:
        texts = item_words(item)
        if not texts:
            return ""
        words = texts[0].split()
        return " ".join(words[:25]) + ("…" if len(words) > 25 else "")

    nav = (
        '<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item'
        f' header-nav-item--collection"><a href="/">{_e(_w("site", "home"))}</a></div><div'
        f' class="header-nav-item header-nav-item--collection"><a href="{_e(index)}">'
        f"{_e(section)}</a></div>"
        + (
            f'<div class="header-nav-item header-nav-item--collection"><a href="{_e(blog_path)}">'
            f"{_e(all_posts)}</a></div>"
            if in_nav
            else ""
        )
        + '<div class="header-nav-item"><a href="/unidad-de-informacion-publica/">'
        f"{_e(WORDING['uip']['title']['text'])}</a></div></nav></div>"
    )

    def page(title: str, body: str, kind: str) -> Resource:
        html = (
            f"<!doctype html><html lang='es-ES'><head><meta charset='utf-8'><title>{_e(title)} —"
            f" {_e(name)}</title></head><body id='collection-{rng.getrandbits(96):024x}'"
            f" class='{kind} header-layout--with-commerce'><header id='header' class='header"
            f" theme-col--primary'><div class='header-title'><a href='/'"
            f" class='header-title-text'>{_e(name)}</a></div>{nav}</header><main id='page'"
            " class='container' role='main'><article class='sections' id='sections'"
            " data-page-sections=''><section class='page-section' data-section-theme='white'><div"
            " class='content-wrapper'><div class='content'>"
            f"{body}</div></div></section></article></main><footer class='sections'"
            f" id='footer-sections'><p>{_e(name)}</p><p>{_e(_w(sec, 'footer'))}</p></footer>"
            "</body></html>"
        )
        return Resource(html.encode("utf-8"))

    # The transparency page: intro, the summary block (limited), the button to the collection.
    summary = ""
    for when, item, path in dated[:limit]:
        text = excerpt(item)
        summary += (
            '<div class="summary-item summary-item-record-type-text'
            " sqs-gallery-design-list-slide"
            + (" summary-item-has-excerpt" if text else "")
            + '"><div class="summary-content sqs-gallery-meta-container"><div'
            ' class="summary-metadata-container summary-metadata-container--above-title"><div'
            ' class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item'
            f' summary-metadata-item--date">{_ymd(when.date(), months)}</time></div></div><div'
            f' class="summary-title"><a href="{_e(path)}" class="summary-title-link">'
            f"{_e(item.label)}</a></div>"
            + (f'<div class="summary-excerpt"><p>{_e(text)}</p></div>' if text else "")
            + f'<a href="{_e(path)}" class="summary-read-more-link">{_e(_w(sec, "read_more"))}</a>'
            "</div></div>"
        )
    more = ""
    if limit < len(dated) or draw(st.booleans()):
        more = (
            '<div class="sqs-block button-block sqs-block-button" data-block-type="53"'
            f' id="block-{block()}"><div class="sqs-block-content"><div'
            ' class="sqs-block-button-container sqs-block-button-container--center"><a'
            f' href="{_e(blog_path)}" class="sqs-block-button-element--medium'
            f' sqs-button-element--primary sqs-block-button-element">{_e(all_posts)}</a></div>'
            "</div></div>"
        )
    body = (
        '<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">'
        + _sqs_html(
            f"<h1>{_e(section)}</h1>"
            + _sqs_p(_e(str(_w("site", "intro")).format(town=town)))
            + _sqs_p(_e(_OPENING)),
            block(),
        )
        + '<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55"'
        f' id="block-{block()}"><div class="sqs-block-content"><div class="summary-block-wrapper'
        ' summary-block-collection-type-blog-basic-grid summary-block-setting-design-list"'
        ' data-controller="SummaryCarousel"><div class="summary-item-list-container'
        f' sqs-gallery-container"><div class="summary-item-list sqs-gallery">{summary}</div>'
        f"</div></div></div></div>{more}</div>"
    )
    routes[index] = page(section, body, "collection-type-page")

    # The blog collection: its list paged by ?offset=, one post per item.
    pages = [dated[i : i + per_page] for i in range(0, len(dated), per_page)] or [[]]
    addresses = [blog_path]
    for k in range(1, len(pages)):
        last = pages[k - 1][-1][0]
        millis = int(last.replace(tzinfo=dt.UTC).timestamp() * 1000)
        addresses.append(f"{blog_path}?offset={millis}")
    for k, chunk in enumerate(pages):
        entries = "".join(
            '<article class="blog-basic-grid--container entry blog-item is-loaded"><div'
            ' class="blog-basic-grid--text"><div class="blog-meta-section"><span'
            f' class="blog-meta-primary"><time class="blog-date">{_ymd(w.date(), months)}'
            f'</time></span></div><h1 class="blog-title"><a href="{_e(pth)}">{_e(it.label)}</a>'
            "</h1>"
            + (
                f'<div class="blog-excerpt"><div class="blog-excerpt-wrapper"><p>'
                f"{_e(excerpt(it))}</p></div></div>"
                if excerpt(it)
                else ""
            )
            + f'<a class="blog-more-link" href="{_e(pth)}">{_e(_w(sec, "read_more"))}</a></div>'
            "</article>"
            for w, it, pth in chunk
        )
        pager = '<nav class="blog-list-pagination">'
        if k > 0:
            pager += (
                f'<div class="newer"><a href="{_e(addresses[k - 1])}" rel="prev"><span'
                f' class="prev-label">{_e(_w(sec, "newer"))}</span></a></div>'
            )
        if k + 1 < len(pages):
            pager += (
                f'<div class="older"><a href="{_e(addresses[k + 1])}" rel="next"><span'
                f' class="next-label">{_e(_w(sec, "older"))}</span></a></div>'
            )
        pager += "</nav>"
        routes[addresses[k]] = page(
            all_posts,
            f'<section class="blog-basic-grid collection-content-wrapper">{entries}</section>'
            + pager,
            "collection-type-blog-basic-grid view-list",
        )

    for k, (when, item, path) in enumerate(dated):
        inner = "".join(_sqs_p(_e(t)) for t in item_words(item))
        content = _sqs_html(inner, block()) if inner else ""
        if item.docs and docs_as == "enlaces":
            content += _sqs_html(
                "".join(
                    _sqs_p(f'<a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a>')
                    for d in item.docs
                ),
                block(),
            )
        elif item.docs:
            years: dict[int, list[Doc]] = {}
            for d in item.docs:
                years.setdefault(d.modified.year if d.modified else today.year, []).append(d)
            acc = block()
            lis = ""
            for number, year in enumerate(sorted(years, reverse=True)):
                links = "".join(
                    _sqs_p(f'<a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a>')
                    for d in years[year]
                )
                lis += (
                    '<li class="accordion-item"><h4 class="accordion-item__title-wrapper"'
                    ' role="heading" aria-level="3"><button class="accordion-item__click-target"'
                    f' aria-expanded="false" aria-controls="dropdown-block-{acc}-{number}"'
                    f' id="button-block-{acc}-{number}"><span class="accordion-item__title">'
                    f'{year}</span></button></h4><div class="accordion-item__dropdown"'
                    f' role="region" id="dropdown-block-{acc}-{number}"><div'
                    f' class="accordion-item__description">{links}</div></div></li>'
                )
            content += (
                '<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"'
                f' id="block-{acc}"><div class="sqs-block-content"><ul'
                f' class="accordion-items-container">{lis}</ul></div></div>'
            )
        neighbours = ""
        if k > 0:
            _w0, prev, ppath = dated[k - 1]
            neighbours += (
                f'<a class="item-pagination-link item-pagination-link--prev" href="{_e(ppath)}">'
                f'<h2 class="item-pagination-title">{_e(prev.label)}</h2></a>'
            )
        if k + 1 < len(dated):
            _w1, nxt, npath = dated[k + 1]
            neighbours += (
                f'<a class="item-pagination-link item-pagination-link--next" href="{_e(npath)}">'
                f'<h2 class="item-pagination-title">{_e(nxt.label)}</h2></a>'
            )
        body = (
            f'<article class="BlogItem hentry" id="article-{rng.getrandbits(96):024x}"><div'
            ' class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title"'
            f' data-content-field="title">{_e(item.label)}</h1></div><div'
            ' class="blog-item-meta-wrapper"><time class="dt-published blog-meta-item'
            f' blog-meta-item--date" datetime="{when.date().isoformat()}">'
            f"{_ymd(when.date(), months)}</time></div></div><div"
            ' class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div'
            f' class="sqs-layout sqs-grid-12 columns-12">{content}</div></div></div></article>'
            f'<nav class="item-pagination" data-collection-type="blog">{neighbours}</nav>'
        )
        routes[path] = page(item.label, body, "collection-type-blog-basic-grid view-item")
        shown = "resumen" if k < limit else "solo-blog"
        _note(portal, item, f"squarespace/{shown}/{docs_as}/nav-blog={in_nav}")

    home = _sqs_html(
        f"<h1>{_e(name)}</h1>"
        + _sqs_p(f'<a href="{_e(index)}">{_e(section)}</a>')
        + _sqs_p('<a href="/noticias/obra-calle-principal/">Inauguran obra</a>'),
        block(),
    )
    routes["/"] = page(name, home, "homepage")
    _missing(portal, "squarespace")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "blogger": _blogger,
    "gsites": _gsites,
    "wix": _wix,
    "squarespace": _squarespace,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 71 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
