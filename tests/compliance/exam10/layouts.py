"""Tenth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first nine exams'. Wording and structure: ``wording.toml`` here (sources there).
Two themes: website software the earlier exams did not meet, as small Central American public
bodies use it, and the ways Guatemalan bodies write the PERIOD a document covers, drawn per
document from forms read on their pages and reports and filled with the truth's own dates:
"Período del 01-10-2026 al 31-10-2026", "DEL 01 DE OCTUBRE AL 31 DE OCTUBRE DE 2026", "(al 31 de
octubre 2026)", "AL 31 DE OCTUBRE 2026", "de enero a octubre de 2026" (cumulative), "III INFORME
CUATRIMESTRAL AÑO 2026" (only for a month closing a four-month period), "Ejercicio Fiscal 2026" /
"AÑO 2026" (yearly items), and a date only in the file name ("Ejecucion-Presupuestaria-
31OCT2026.pdf"). The document's own name is shown without its month and year, the period after it.
Layouts:

* ``blogger``: the information office's Blogger blog: a static page ``/p/…html`` listing the items,
  each linking to its LABEL ``/search/label/Numeral%208?max-results=N``; a label page shows that
  label's posts newest first, N a page (3 to 6), grouped under Blogger's date headers ("viernes, 14
  de noviembre de 2026": the day the post was PUBLISHED), each post's title the document's name
  and period, its body the item's words and a "Descargar" link to Google Drive's direct download
  ``/uc?export=download&id=<33 characters>`` (no name in the address; the file name only in
  Content-Disposition), its footer "Etiquetas: Numeral 8"; older posts behind "Entradas más
  antiguas" (``?updated-max=2026-10-05T10:12:00-06:00&max-results=N&start=N&by-date=false``);
  every post also at its permalink ``/2026/11/<slug>.html`` (publication month); items without
  documents get one post of their words; a Label widget "Etiquetas" with counts on every page.
* ``wix``: a Wix site: an index whose repeater holds one card per item (its name, "Ver más") →
  one Wix page per item (``/numeral-8`` or the name's slug) holding its words and a repeater of
  documents, each the document's name, its period in a second rich-text paragraph, and a "Ver PDF"
  button (``aria-label="Ver PDF"``) to ``/_files/ugd/<owner>_<32 hex>.pdf``: the file's name is
  nowhere, the period only in the text beside the button.
* ``sharepoint``: a SharePoint 2013 site: a publishing page listing the items with their words and
  "Ver documentos" → the document library "Documentos" folder view ``/Documentos/Forms/
  AllItems.aspx?RootFolder=%2FDocumentos%2FNumeral%2008&FolderCTID=…&View=%7B…%7D``, a table
  "Nombre | Modificado | Modificado por" (and, in some portals, "Título" holding the period) of
  year subfolders (in some portals) and files named by their FILE NAME ("Ejecución Presupuestaria
  Octubre 2026", or "Ejecucion-Presupuestaria-31OCT2026"), "Modificado" the UPLOAD date; the
  library's root view lists every numeral's folder; empty items have an empty folder.
* ``jdownloads``: Joomla with jDownloads: a categories view (one category per item, its words as
  description, "Subcategorías: n", "Descargas: n") → category pages (year subcategories in some
  portals) listing downloads in the "Single Line" layout (``<b>name</b> period`` + "Descargar") or
  the "Alternate" one ("Fecha de creación: <upload day>", "Versión: <period>", "Tamaño del
  archivo"), the PERIOD in the download's release field; download links
  ``<category>?task=download.send&id=<id>:<alias>&catid=<cat>`` (or ``&id=<id>&catid=<cat>&m=0``),
  the file name only in Content-Disposition.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    hex_digits,
    item_rhythm,
    snippet,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    paragraphs as _paragraphs,
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
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("blogger", "wix", "sharepoint", "jdownloads")
EXAM10 = wording(__file__)
DATES = EXAM10["dates"]
# Which generated layout's truth conventions an exam10 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * blogger: "wordpress" — item names on a page (bare names allowed: the label names the numeral),
#   own text allowed (a post of it).
# * wix: "joomla" — one page per item named by its label, the law's wording on every page.
# * sharepoint: "archive" — folders of files: no own text, the law's wording on empty items.
# * jdownloads: "joomla" — one category per numeral with the law's wording as its description.
_INNER = {"blogger": "wordpress", "wix": "joomla", "sharepoint": "archive", "jdownloads": "joomla"}
# The period forms of a monthly document written in text (the file-name form is SharePoint's).
_TEXT_FORMS = (
    "periodo_guiones",
    "periodo_letras",
    "al_corte",
    "al_mayus",
    "acumulado",
    "cuatrimestre",
)
_ROMAN = {4: 0, 8: 1, 12: 2}  # the month closing a four-month period -> its index in [dates].roman
_UNDATED = (
    re.compile(r"\b(?:mes\s+de\s+)?(?:" + "|".join(MESES) + r")\b", re.IGNORECASE),
    re.compile(r"\bejercicio\s+fiscal\b", re.IGNORECASE),
    re.compile(r"\b(?:19|20)\d\d\b"),
)
# Guatemala's time zone, as Blogger writes it in its addresses.
_OFFSET = "-06:00"
_DRIVE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _digits(draw: st.DrawFn, alphabet: str, length: int) -> str:
    """``length`` characters of ``alphabet`` from one draw."""
    number = draw(st.integers(0, len(alphabet) ** length - 1))
    out = []
    for _ in range(length):
        number, rest = divmod(number, len(alphabet))
        out.append(alphabet[rest])
    return "".join(out)


# -- how the period of a document is written ------------------------------------------------------


def _undated(doc: Doc, item: Item) -> str:
    """The document's name without its month, year or "Ejercicio Fiscal" (the period is written
    after it in another form)."""
    name = doc.name
    for pattern in _UNDATED:
        name = pattern.sub(" ", name)
    name = " ".join(name.split()).strip(" -,.")
    return name or item.plain


def _values(day: dt.date) -> dict[str, str]:
    month = MESES[day.month - 1]
    return {
        "dd": f"{day.day:02d}",
        "mm": f"{day.month:02d}",
        "mes": month.lower(),
        "MES": month.upper(),
        "yyyy": str(day.year),
        "MON": DATES["abbreviations"]["text"][day.month - 1],
    }


def _text_forms(doc: Doc, item: Item) -> list[str]:
    """The text forms that fit ``doc``'s truth: cumulative only from February, four-month reports
    only for the month closing one."""
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "yearly":
        return ["ejercicio", "anio"]
    if rhythm != "monthly":
        return []
    forms = [f for f in _TEXT_FORMS if f not in ("acumulado", "cuatrimestre")]
    if doc.modified.month > 1:
        forms.append("acumulado")
    if doc.modified.month in _ROMAN:
        forms.append("cuatrimestre")
    return forms


def _render(form: str, doc: Doc) -> str:
    assert doc.modified is not None
    values = _values(doc.modified)
    if form == "cuatrimestre":
        values["roman"] = DATES["roman"]["text"][_ROMAN[doc.modified.month]]
    return DATES[form]["text"].format(**values)


@dataclass
class Shown:
    """How one document is shown: its name, its period (text) and the period's form."""

    title: str
    period: str
    form: str


def _shown(doc: Doc, item: Item, draw: st.DrawFn) -> Shown:
    forms = _text_forms(doc, item)
    if not forms:
        return Shown(doc.name, "", "name")
    form = draw(st.sampled_from(forms))
    return Shown(_undated(doc, item), _render(form, doc), form)


# -- blogger (Blogger: a static page -> label pages of posts, Drive downloads) --------------------


@dataclass
class _Post:
    when: dt.datetime
    title: str
    body: str
    tag: str
    path: str
    number: int


def _blogger_date(day: dt.date) -> str:
    words = EXAM10["blogger"]
    return words["date_header"]["text"].format(
        weekday=words["weekdays"]["text"][day.weekday()],
        day=day.day,
        month=MESES[day.month - 1].lower(),
        year=day.year,
    )


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + _OFFSET


def _blogger(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM10["blogger"]
    tag_form = draw(st.sampled_from(words["numeral_tag"]["text"]))
    per_page = draw(st.integers(3, 6))
    author = words["author"]["text"]
    post_number = draw(st.integers(10**18, 9 * 10**18))
    slugs: set[str] = set()
    by_tag: dict[str, list[_Post]] = {}
    label_links: list[tuple[str, Item]] = []

    def new_post(when: dt.datetime, title: str, body: str, tag: str) -> _Post:
        nonlocal post_number
        post_number += draw(st.integers(10**9, 10**12))
        slug = _slug(title)[:40].strip("-") or "entrada"
        path = unique(
            words["post"]["text"].format(yyyy=when.year, mm=f"{when.month:02d}", slug=slug),
            slugs,
        )
        return _Post(when, title, body, tag, path, post_number)

    for item in _present(items):
        tag = tag_form.format(n=item.numeral)
        texts = _paragraphs(item_words(item))
        posts = by_tag.setdefault(tag, [])
        forms = []
        for doc in item.docs:
            day = uploaded(doc, today, draw(st.integers(1, 25)))
            when = dt.datetime.combine(
                day, dt.time(draw(st.integers(8, 16)), draw(st.integers(0, 59)))
            )
            shown = _shown(doc, item, draw)
            forms.append(shown.form)
            title = f"{shown.title} {shown.period}".strip()
            file_id = "1" + _digits(draw, _DRIVE, 32)
            # Distinct files have distinct ids (the simplest draw repeats one id for all).
            doc.path = unique(words["download"]["text"].format(id=file_id), slugs)
            portal.headers[doc.path] = {
                "Content-Disposition": f'attachment; filename="{file_stem(doc.name)}.pdf"'
            }
            if not doc.ok:
                routes[doc.path] = Resource(
                    (
                        "<!DOCTYPE html><html lang=es><meta charset=utf-8><title>Google Drive - "
                        f"404</title><p>{_e(words['missing_file']['text'])}</p></html>"
                    ).encode(),
                    404,
                )
            body = (
                texts
                + f"<p>{_e(title)}</p>"
                + f'<p><a href="{_e(doc.path)}" target="_blank">'
                + f"{_e(words['button']['text'])}</a></p>"
            )
            posts.append(new_post(when, title, body, tag))
        if not item.docs:
            day = today - dt.timedelta(days=draw(st.integers(3, 300)))
            when = dt.datetime.combine(
                day, dt.time(draw(st.integers(8, 16)), draw(st.integers(0, 59)))
            )
            posts.append(new_post(when, item.label, texts, tag))
        label_links.append((tag, item))
        portal.notes[item.numeral] = (
            f"blogger/tag={tag}/per_page={per_page}/forms={','.join(forms) or '-'}/"
            f"{len(item.docs)} docs"
        )

    def label_url(tag: str) -> str:
        return words["label"]["text"].format(label=quote(tag))

    def label_first(tag: str) -> str:
        return words["label_first"]["text"].format(label=quote(tag), n=per_page)

    counts = {tag: len(posts) for tag, posts in by_tag.items()}
    sidebar = (
        "<div class='sidebar section' id='sidebar-right-1'><div class='widget Label' "
        f"data-version='1' id='Label1'><h2>{_e(words['labels_title']['text'])}</h2><div "
        "class='widget-content list-label-widget-content'><ul>"
        + "".join(
            f"<li><a dir='ltr' href='{_e(label_url(tag))}'>{_e(tag)}</a><span dir='ltr'>"
            f"({counts[tag]})</span></li>"
            for tag in sorted(counts)
        )
        + "</ul></div></div></div>"
    )

    def post_html(post: _Post) -> str:
        return (
            "<div class='post-outer'><div class='post hentry' itemprop='blogPost' "
            "itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>"
            f"<a name='{post.number}'></a><h3 class='post-title entry-title' itemprop='name'>"
            f"<a href='{_e(post.path)}'>{_e(post.title)}</a></h3><div class='post-header'><div "
            "class='post-header-line-1'></div></div><div class='post-body entry-content' "
            f"id='post-body-{post.number}' itemprop='articleBody'>{post.body}<div style='clear: "
            "both;'></div></div><div class='post-footer'><div class='post-footer-line "
            f"post-footer-line-1'><span class='post-author vcard'>{_e(words['by']['text'])} "
            f"<span class='fn'>{_e(author)}</span></span> <span class='post-timestamp'><a "
            f"class='timestamp-link' href='{_e(post.path)}' rel='bookmark'><abbr class='published' "
            f"title='{_stamp(post.when)}'>{post.when:%H:%M}</abbr></a></span></div><div "
            "class='post-footer-line post-footer-line-2'><span class='post-labels'>"
            f"{_e(words['labels_text']['text'])} <a href='{_e(label_first(post.tag))}' "
            f"rel='tag'>{_e(post.tag)}</a></span></div></div></div></div>"
        )

    def blog(posts: list[_Post], pager: str) -> str:
        out = [
            "<div class='main section' id='main'><div class='widget Blog' data-version='1' "
            "id='Blog1'><div class='blog-posts hfeed'>"
        ]
        shown_day: dt.date | None = None
        for post in posts:
            if post.when.date() != shown_day:
                if shown_day is not None:
                    out.append("</div></div>")
                shown_day = post.when.date()
                out.append(
                    f"<div class=\"date-outer\"><h2 class='date-header'><span>"
                    f'{_e(_blogger_date(shown_day))}</span></h2><div class="date-posts">'
                )
            out.append(post_html(post))
        if shown_day is not None:
            out.append("</div></div>")
        out.append(f"</div>{pager}</div></div>")
        return "".join(out) + sidebar

    home_link = (
        f"<a class='home-link' href='{_e(words['page']['text'])}'>"
        f"{_e(words['home_text']['text'])}</a>"
    )
    for tag, posts in by_tag.items():
        posts.sort(key=lambda p: p.when, reverse=True)
        pages = [posts[i : i + per_page] for i in range(0, len(posts), per_page)]
        addresses = [label_first(tag)]
        for number in range(1, len(pages)):
            addresses.append(
                words["older"]["text"].format(
                    label=quote(tag),
                    stamp=_stamp(pages[number - 1][-1].when),
                    n=per_page,
                    start=number * per_page,
                )
            )
        for number, chunk in enumerate(pages):
            older = ""
            if number + 1 < len(pages):
                older = (
                    "<span id='blog-pager-older-link'><a class='blog-pager-older-link' "
                    f"href='{_e(addresses[number + 1])}' id='Blog1_blog-pager-older-link' "
                    f"title='{_e(words['older_text']['text'])}'>{_e(words['older_text']['text'])}"
                    "</a></span>"
                )
            pager = f"<div class='blog-pager' id='blog-pager'>{older}{home_link}</div>"
            page = Resource(_page(f"{author}: {tag}", blog(chunk, pager), today=today))
            routes[addresses[number]] = page
            if ":" in addresses[number]:
                # The same page by its percent-encoded address (a server decodes either).
                routes[addresses[number].replace(":", "%3A")] = page
            if number == 0:
                routes[label_url(tag)] = page
        for post in posts:
            comments = (
                f"<div class='comments' id='comments'><h4>{_e(words['no_comments']['text'])}</h4>"
                f"<p class='comment-footer'><a href='#'>{_e(words['comment']['text'])}</a></p>"
                "</div>"
            )
            routes[post.path] = Resource(
                _page(
                    post.title,
                    blog([post], comments + f"<div class='blog-pager'>{home_link}</div>"),
                    today=today,
                )
            )
    listing = "".join(
        f"<li><a href='{_e(label_first(tag))}'>{_e(item.label)}</a></li>"
        for tag, item in label_links
    )
    page_body = (
        "<div class='main section' id='main'><div class='widget Blog' data-version='1' "
        "id='Blog1'><div class='blog-posts hfeed'><div class='post-outer'><div class='post "
        f"hentry'><h3 class='post-title entry-title'>{_e(words['page_title']['text'])}</h3><div "
        f"class='post-body entry-content'><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f"<ul>{listing}</ul></div></div></div></div></div></div>" + sidebar
    )
    routes[words["page"]["text"]] = Resource(
        _page(words["page_title"]["text"], page_body, today=today)
    )
    _home(routes, words["page"]["text"], words["page_title"]["text"])
    return routes


# -- wix (repeaters of cards and of documents, "Ver PDF" buttons to hashed file names) -------------


def _wix_id(draw: st.DrawFn) -> str:
    return "comp-" + _digits(draw, "abcdefghijklmnopqrstuvwxyz0123456789", 8)


def _wix_text(draw: st.DrawFn, inner: str, suffix: str) -> str:
    comp = _wix_id(draw)
    return (
        f'<div id="{comp}{suffix}" class="KcpHeO tz5f0K {comp} wixui-rich-text" '
        f'data-testid="richTextElement">{inner}</div>'
    )


def _wix_p(text: str) -> str:
    return (
        f'<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">'
        f"{_e(text)}</span></p>"
    )


def _wix_button(draw: st.DrawFn, href: str, label: str) -> str:
    style = _wix_id(draw).replace("comp-", "style-")
    return (
        f'<div class="{_wix_id(draw)}"><a data-testid="linkElement" href="{_e(href)}" '
        f'target="_blank" rel="noreferrer noopener" class="StylableButton2545352419__root '
        f'{style}__root wixui-button StylableButton2545352419__link" aria-label="{_e(label)}">'
        '<span class="StylableButton2545352419__container"><span class="StylableButton2545352419'
        '__label wixui-button__label" data-testid="stylablebutton-label">'
        f"{_e(label)}</span></span></a></div>"
    )


def _wix_repeater(draw: st.DrawFn, cells: list[str]) -> str:
    repeater, item = _wix_id(draw), _wix_id(draw)
    out = [
        f'<div id="{repeater}" class=" {repeater} wixui-repeater"><div role="list" '
        'class="E6jjcn"><div class="VM7gjN">'
    ]
    for number, cell in enumerate(cells, start=1):
        out.append(
            f'<div role="listitem" class="Zc7IjY"><div id="{item}__item{number}" '
            f'class="{item} YzqVVZ wixui-repeater__item"><div data-testid="inline-content">'
            f'<div data-testid="mesh-container-content">{cell}</div></div></div></div>'
        )
    out.append("</div></div></div>")
    return "".join(out)


def _wix_page(title: str, body: str, today: dt.date) -> Resource:
    html = _page(title, body, today=today)
    meta = f'<meta name="generator" content="{EXAM10["wix"]["generator"]["text"]}"/>'
    return Resource(html.replace(b"<head>", b"<head>" + meta.encode(), 1))


def _wix(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM10["wix"]
    owner = hex_digits(draw, 6)
    address = draw(st.sampled_from(words["numeral_page"]["text"]))
    seen: set[str] = set()
    cards = []
    for item in _present(items):
        path = unique(address.format(n=item.numeral, slug=_slug(item.plain)[:40]), seen)
        cells = []
        forms = []
        for doc in item.docs:
            shown = _shown(doc, item, draw)
            forms.append(shown.form)
            doc.path = unique(
                words["files"]["text"].format(owner=owner, hash=hex_digits(draw, 32)), seen
            )
            texts = [shown.title] + ([shown.period] if shown.period else [])
            cells.append(
                _wix_text(draw, "".join(_wix_p(t) for t in texts), f"__item{len(cells) + 1}")
                + _wix_button(draw, doc.path, words["open"]["text"])
            )
        heading = _wix_text(
            draw,
            f'<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">'
            f"{_e(item.label)}</span></h1>",
            "",
        )
        texts = item_words(item)
        body = heading + (_wix_text(draw, "".join(_wix_p(t) for t in texts), "") if texts else "")
        if cells:
            body += _wix_repeater(draw, cells)
        routes[path] = _wix_page(item.label, body, today)
        cards.append(
            _wix_text(
                draw,
                f'<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">'
                f"{_e(item.label)}</span></h2>",
                f"__item{len(cards) + 1}",
            )
            + _wix_button(draw, path, words["more"]["text"])
        )
        portal.notes[item.numeral] = (
            f"wix/page={path}/forms={','.join(forms) or '-'}/{len(item.docs)} docs"
        )
    index = _wix_text(draw, _wix_p(WORDING["article"]["opening"]["text"]), "") + _wix_repeater(
        draw, cards
    )
    routes[words["page"]["text"]] = _wix_page(words["page_title"]["text"], index, today)
    _home(routes, words["page"]["text"], words["page_title"]["text"])
    return routes


# -- sharepoint (a publishing page -> document library folder views) -----------------------------


@dataclass
class _Entry:
    name: str  # shown in "Nombre"
    href: str
    when: dt.datetime
    title: str = ""  # "Título"
    folder: bool = False


def _sp_file_name(name: str) -> str:
    """A name SharePoint accepts as a file name (no # % & * : < > ? / \\ { | } ~ ")."""
    return " ".join(re.sub(r'[#%&*:<>?/\\{|}~"]', "-", name).split())


def _sharepoint(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM10["sharepoint"]
    library = words["library"]["text"]
    folder_form = draw(st.sampled_from(words["folder_name"]["text"]))
    by_year = draw(st.booleans())  # monthly items' files in year subfolders
    title_column = draw(st.booleans())  # a "Título" column holding the period
    ctid = "0x012000" + hex_digits(draw, 32).upper()
    guid = hex_digits(draw, 32).upper()
    view = "{" + f"{guid[:8]}-{guid[8:12]}-{guid[12:16]}-{guid[16:20]}-{guid[20:]}" + "}"
    seen: set[str] = set()

    def view_url(folder: str) -> str:
        return words["folder_view"]["text"].format(
            library=library,
            root=quote(folder, safe=""),
            ctid=ctid,
            view=quote(view, safe=""),
        )

    def moment(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(draw(st.integers(7, 17)), draw(st.integers(0, 59))))

    def listing(folder: str, crumbs: list[tuple[str, str]], entries: list[_Entry]) -> Resource:
        head = (
            '<tr class="ms-viewheadertr ms-vhltr" valign="top"><th class="ms-vh-icon"></th>'
            f'<th class="ms-vh2">{_e(words["name"]["text"])}</th>'
            + (f'<th class="ms-vh2">{_e(words["title"]["text"])}</th>' if title_column else "")
            + f'<th class="ms-vh2">{_e(words["modified"]["text"])}</th>'
            f'<th class="ms-vh2">{_e(words["modified_by"]["text"])}</th></tr>'
        )
        rows = []
        ordered = sorted(entries, key=lambda e: (not e.folder, e.name.lower()))
        for number, entry in enumerate(ordered):
            css = "ms-itmHoverEnabled ms-itmhover" + (" ms-alternating" if number % 2 else "")
            icon = words["icon_folder" if entry.folder else "icon_pdf"]["text"]
            title_cell = (
                f'<td class="ms-cellstyle ms-vb2">{_e(entry.title)}</td>' if title_column else ""
            )
            rows.append(
                f'<tr class="{css}"><td class="ms-cellstyle ms-vb-icon"><a href="{_e(entry.href)}" '
                f'title="{_e(entry.name)}"><img width="16" height="16" title="{_e(entry.name)}" '
                f'class=" ms-draggable" alt="{_e(entry.name)}" src="{icon}" border="0" '
                'DragId="0"/></a></td><td height="100%" class="ms-cellstyle ms-vb-title" '
                'iscallout="TRUE" isecb="TRUE"><div class="ms-vb"><a class="ms-listlink '
                f'ms-draggable" href="{_e(entry.href)}">{_e(entry.name)}</a></div></td>'
                f"{title_cell}"
                f'<td class="ms-cellstyle ms-vb2"><span class="ms-noWrap">'
                f"{day_month_year(entry.when.date())} {entry.when:%H:%M}</span></td>"
                '<td class="ms-vb-lastCell ms-cellstyle ms-vb2"><span class="ms-noWrap">'
                f"{_e(words['system']['text'])}</span></td></tr>"
            )
        table = (
            '<table class="ms-listviewtable" width="100%" cellspacing="0" cellpadding="1" '
            f'border="0" summary="{_e(library)}">{head}{"".join(rows)}</table>'
            if rows
            else f'<div class="ms-emptyView">{_e(words["empty"]["text"])}</div>'
        )
        trail = " &gt; ".join(f'<a href="{_e(href)}">{_e(name)}</a>' for name, href in crumbs)
        name = crumbs[-1][0]
        return Resource(
            _page(
                f"{library} - {name}",
                f'<div class="ms-breadcrumb">{trail}</div>'
                f'<div id="script{hex_digits(draw, 4)}">{table}</div>',
                today=today,
            )
        )

    def serve(folder: str, crumbs: list[tuple[str, str]], entries: list[_Entry]) -> str:
        url = view_url(folder)
        page = listing(folder, crumbs, entries)
        routes[url] = page
        # The same view with the folder's slashes left as they are (SharePoint decodes either).
        routes[url.replace(quote(folder, safe=""), quote(folder, safe="/"))] = page
        return url

    root = f"/{library}"
    root_view = f"/{library}/Forms/AllItems.aspx"
    top: list[_Entry] = []
    index_parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        name = folder_form.format(n=item.numeral)
        folder = f"{root}/{name}"
        crumbs = [(library, root_view), (name, view_url(folder))]
        split = by_year and item_rhythm(item) == "monthly" and bool(item.docs)
        files: dict[str, list[_Entry]] = {}
        forms = []
        for doc in item.docs:
            assert doc.modified is not None
            up = moment(uploaded(doc, today, draw(st.integers(1, 25))))
            shown = _shown(doc, item, draw)
            if item_rhythm(item) == "monthly" and draw(st.booleans()):
                file_name = DATES["archivo"]["text"].format(
                    stem=file_stem(_undated(doc, item)), **_values(doc.modified)
                )
                form = "archivo"
            else:
                file_name = _sp_file_name(doc.name) + ".pdf"
                form = "name"
            forms.append(form + ("+" + shown.form if title_column and shown.period else ""))
            sub = str(doc.modified.year) if split else ""
            inner = f"{folder}/{sub}" if sub else folder
            doc.path = unique(quote(f"{inner}/{file_name}"), seen)
            files.setdefault(sub, []).append(
                _Entry(file_name[: -len(".pdf")], doc.path, up, shown.period or shown.title)
            )
        entries: list[_Entry] = []
        newest = max((e.when for es in files.values() for e in es), default=None)
        for sub, es in sorted(files.items()):
            if not sub:
                entries.extend(es)
                continue
            sub_folder = f"{folder}/{sub}"
            sub_url = serve(sub_folder, [*crumbs, (sub, view_url(sub_folder))], es)
            entries.append(_Entry(sub, sub_url, max(e.when for e in es), folder=True))
        url = serve(folder, crumbs, entries)
        created = newest or moment(today - dt.timedelta(days=draw(st.integers(30, 900))))
        top.append(_Entry(name, url, created, folder=True))
        index_parts.append(
            f"<h3>{_e(item.label)}</h3>"
            + _paragraphs(item_words(item))
            + f'<p><a href="{_e(url)}">{_e(words["see"]["text"])}</a></p>'
        )
        portal.notes[item.numeral] = (
            f"sharepoint/folder={name}/years={split}/title={title_column}/"
            f"forms={','.join(forms) or '-'}/{len(item.docs)} docs"
        )
    routes[root_view] = listing(root, [(library, root_view)], top)
    page = words["page"]["text"]
    routes[page] = Resource(_page(words["page_title"]["text"], "".join(index_parts), today=today))
    _home(routes, page, words["page_title"]["text"])
    return routes


# -- jdownloads (Joomla jDownloads: categories -> category -> task=download.send) -----------------


def _jdownloads(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM10["jdownloads"]
    menu = words["menu"]["text"]
    style = draw(st.sampled_from(["single", "alternate"]))
    send = draw(st.sampled_from(words["send"]["text"]))
    by_year = draw(st.booleans())
    catid = draw(st.integers(2, 40))
    file_id = draw(st.integers(20, 400))
    seen: set[str] = set()

    def next_cat() -> int:
        nonlocal catid
        catid += draw(st.integers(1, 4))
        return catid

    def navi(upper: str) -> str:
        return (
            '<div class="jd_top_navi"><!-- Category layout header -->'
            f'<div class="jd_top_navi_item"><a href="{menu}">{_e(words["home"]["text"])}</a></div>'
            f'<div class="jd_top_navi_item"><a href="{menu}/search">{_e(words["search"]["text"])}'
            f'</a></div><div class="jd_top_navi_item"><a href="{_e(upper)}">'
            f"{_e(words['upper']['text'])}</a></div></div>"
        )

    def cat_block(url: str, title: str, subs: int, count: int, description: str) -> str:
        return (
            '<div class="jd_cat_main"><div class="jd_categories_title_v46">'
            f'<a href="{_e(url)}"><img src="{words["folder"]["text"]}" alt="" '
            f'class="jd_cat_pic"/></a> <a href="{_e(url)}">{_e(title)}</a>'
            '<div class="jd_categories_inner_wrapper"><div class="jd_cats_sum_subcats">'
            f'{_e(words["subcats"]["text"].format(n=subs))}</div><div class="jd_cats_sum_files">'
            f"{_e(words['files']['text'].format(n=count))}</div></div></div>"
            f'<div class="jd_cat_description">{description}</div></div>'
        )

    def file_block(doc: Doc, shown: Shown, up: dt.date, category: str, cat: int) -> str:
        nonlocal file_id
        file_id += draw(st.integers(1, 9))
        alias = _slug(f"{shown.title} {shown.period}")[:50]
        doc.path = unique(send.format(category=category, id=file_id, alias=alias, catid=cat), seen)
        portal.headers[doc.path] = {
            "Content-Disposition": f'attachment; filename="{file_stem(doc.name)}.pdf"'
        }
        if not doc.ok:
            routes[doc.path] = Resource(
                _page(words["page_title"]["text"], f"<p>{_e(words['missing']['text'])}</p>"),
                404,
            )
        button = (
            f'<a href="{_e(doc.path)}" class="jdbutton jblue jmedium" '
            f'title="{_e(words["button"]["text"])}">{_e(words["button"]["text"])}</a>'
        )
        pic = f'<img src="{words["icon"]["text"]}" style="text-align:top;border:0px;" alt="pdf"/>'
        if style == "single":
            return (
                '<div class="jd_content_wrapper"><div class="jd_clear " style="width:100%; '
                f'padding:3px 0px; "><div class="jd_left">{pic} <b>{_e(shown.title)}</b> '
                f'{_e(shown.period)}</div><div class="jd_right jd_download_url_position">{button}'
                '</div></div></div><div class="jd_clear"></div>'
            )
        size = draw(st.integers(80, 4000))
        return (
            f'<div class=" jd_download_title"><div class="jd_left"> {pic} <b>'
            f'{_e(shown.title)}</b></div></div><div class="jd_download_wrapper"><div class=" '
            'jd_clear"><div class="jd_words_wrapper"><div class="jd_words_left" '
            'style="padding-left:5px;"><span style="font-weight: 600">'
            f"{_e(words['created']['text'])}"
            f':&#160;</span><span>{day_month_year(up)}</span></div><div class="jd_words_left">'
            f'<span style="font-weight: 600">{_e(words["release"]["text"])}:&#160;</span><span>'
            f'{_e(shown.period)}</span></div><div class="jd_words_left"><span style="font-weight: '
            f'600">{_e(words["size"]["text"])}:&#160;</span><span>{size} KB</span></div>'
            f'<div class="jd_words_right">{button}</div></div></div></div>'
        )

    blocks = []
    for item in _present(items):
        cat = next_cat()
        url = words["category"]["text"].format(
            menu=menu, id=cat, alias=_slug(item.plain)[:40].strip("-")
        )
        description = _paragraphs(item_words(item))
        split = by_year and item_rhythm(item) == "monthly" and bool(item.docs)
        shown_docs = []
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            shown_docs.append((doc, _shown(doc, item, draw), up))
        forms = [shown.form for _doc, shown, _up in shown_docs]
        if split:
            years: dict[int, list[tuple[Doc, Shown, dt.date]]] = {}
            for doc, shown, up in shown_docs:
                assert doc.modified is not None
                years.setdefault(doc.modified.year, []).append((doc, shown, up))
            subs = []
            for year in sorted(years, reverse=True):
                sub_cat = next_cat()
                sub_url = words["category"]["text"].format(menu=menu, id=sub_cat, alias=year)
                sub_blocks = [file_block(d, s, u, sub_url, sub_cat) for d, s, u in years[year]]
                routes[sub_url] = Resource(
                    _page(
                        str(year),
                        navi(url)
                        + cat_block(sub_url, str(year), 0, len(sub_blocks), "")
                        + "".join(sub_blocks),
                        today=today,
                    )
                )
                subs.append(cat_block(sub_url, str(year), 0, len(sub_blocks), ""))
            body = cat_block(url, item.label, len(subs), 0, description) + "".join(subs)
            blocks.append(cat_block(url, item.label, len(subs), 0, description))
        else:
            direct = [file_block(d, s, u, url, cat) for d, s, u in shown_docs]
            body = cat_block(url, item.label, 0, len(direct), description) + "".join(direct)
            blocks.append(cat_block(url, item.label, 0, len(direct), description))
        routes[url] = Resource(_page(item.label, navi(menu) + body, today=today))
        portal.notes[item.numeral] = (
            f"jdownloads/style={style}/years={split}/send={'alias' if ':' in send else 'm=0'}/"
            f"forms={','.join(forms) or '-'}/{len(item.docs)} docs"
        )
    routes[menu] = Resource(
        _page(
            words["page_title"]["text"],
            navi(menu) + '<div class="jd_cats_subheader"><div class="jd_subheader_wrap39">'
            f'<div class="jd_cat_subheader_title39" style="font-weight:bold;">'
            f"{_e(words['page_title']['text'])}</div></div></div>" + "".join(blocks),
            today=today,
        )
    )
    _home(routes, menu, words["page_title"]["text"])
    return routes


_BUILDERS = {
    "blogger": _blogger,
    "wix": _wix,
    "sharepoint": _sharepoint,
    "jdownloads": _jdownloads,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 10 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
