"""Ninth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first eight exams'. Wording and structure: ``wording.toml`` here (sources there;
all of them Guatemalan public bodies that are not municipalities' WordPress pages already used, and
the real software their pages are made with). Layouts:

* ``phoca``: the Secretaría General de la Presidencia's Joomla site with Phoca Download: a
  categories view whose one box "Artículo 10" lists every numeral's download category, addressed
  ``…/category/<category id>-<alias>`` (the id comes first and is NOT the numeral: "27-16-contratos-
  licencias-…"), with "(number of files)" and a box "Archivos más descargados" whose file titles
  link to their categories; a category page holds the law's text as description (and, for a numeral
  that does not apply, the Secretaría's long legal justification naming the numeral), file boxes
  whose links are ``<category>?download=<id>:<alias>`` (no extension; the name only in
  Content-Disposition) and whose size and date live only in an ``overlib('…')`` tooltip of the
  "Detalles" button; in some portals monthly numerals keep their files in year subcategories, the
  numeral's own category then showing "(0)".
* ``word``: the Tribunal Supremo Electoral's static page ``/images/laiphtlm/laps.html`` saved from
  Microsoft Word: windows-1252, ``MsoListParagraph`` paragraphs whose numeral exists only as
  Word's list marker (``<![if !supportLists]><span style='mso-list:Ignore'>8.…<![endif]>``),
  followed by the LAW'S TEXT ending in ";" (no label), documents linked relatively
  ``../../documentos/laip/<year>/`` with URL-encoded spaces; reached from a Joomla article.
* ``editables``: the Ministerio de Gobernación's "formatos editables": an index of numeral pages
  (the numeral named only in the page's title), each page's documents grouped under headings of the
  month only ("OCTUBRE 2026", or "AÑO 2026" for yearly items) as WordPress File blocks ("name" +
  "Descargar" button with ``download``), mostly ``.xlsx`` and ``.docx`` files served as such.
* ``miniaturas``: the Plan de Prestaciones del Empleado Municipal's WordPress page ("El programa
  Acrobat Reader es necesario…"), each item's documents shown as the PDF's first-page thumbnail
  (``…-pdf-232x300.jpg``, no alt text) linking to the PDF, in a ``[caption]`` figure whose caption
  holds only the month ("Octubre 2026", "Octubre" in some portals), the year, or the name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
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
    _no_accents,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("phoca", "word", "editables", "miniaturas")
EXAM9 = wording(__file__)
# Which generated layout's truth conventions an exam9 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * phoca: "joomla" — one category per numeral with the law's wording as its description.
# * word: "joomla" — every numeral printed with the law's wording (the only naming it has).
# * editables: "wordpress" — item names (bare labels allowed) as page titles, own text allowed.
# * miniaturas: "wordpress" — headings on one page (bare labels allowed), own text allowed.
_INNER = {"phoca": "joomla", "word": "joomla", "editables": "wordpress", "miniaturas": "wordpress"}
_MIME = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _monthly(item: Item) -> bool:
    return ITEMS[item.numeral]["rhythm"] == "monthly"


# -- phoca (Joomla + Phoca Download: categories → category → ?download=<id>:<alias>) --------------


def _joomla_date(day: dt.date) -> str:
    """ "15 Noviembre 2026": Joomla's es-ES DATE_FORMAT_LC3."""
    return f"{day.day:02d} {EXAM9['phoca']['months']['text'][day.month - 1]} {day.year}"


def _overlib(text: str, caption: str, close: str) -> str:
    """Phoca's detail tooltip: the details only as a string argument of a script call."""
    inner = text.replace("\\", "\\\\").replace("'", "\\'")
    return (
        f"return overlib('{_e(inner)}', CAPTION, '{_e(caption)}', BELOW, RIGHT, CSSCLASS, "
        "TEXTFONTCLASS, 'fontPhocaPDClass', FGCLASS, 'fgPhocaPDClass', BGCLASS, 'bgPhocaPDClass', "
        "CAPTIONFONTCLASS,'capfontPhocaPDClass', CLOSEFONTCLASS, 'capfontclosePhocaPDClass', "
        f"STICKY, MOUSEOFF, CLOSETEXT, '{_e(close)}');"
    )


def _phoca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM9["phoca"]
    base = words["menu"]["text"]
    by_year = draw(st.booleans())  # monthly numerals' files in year subcategories
    justify = draw(st.booleans())  # the Secretaría's justification on numerals not applying
    used_ids: set[int] = set()
    seen: set[str] = set()
    file_id = draw(st.integers(40, 900))
    most: list[tuple[int, str, str, str]] = []  # (hits, file title, category url, category title)

    def category_id() -> int:
        number = draw(st.integers(8, 160))
        while number in used_ids:
            number += 1
        used_ids.add(number)
        return number

    def category_url(number: int, alias: str) -> str:
        return words["category"]["text"].format(base=base, id=number, alias=alias)

    def filebox(doc: Doc, url: str, title: str) -> str:
        nonlocal file_id
        file_id += draw(st.integers(1, 35))
        alias = _slug(doc.name)[:45]
        doc.path = unique(
            words["download"]["text"].format(category=url, id=file_id, alias=alias), seen
        )
        portal.headers[doc.path] = {"Content-Disposition": f'attachment; filename="{alias}.pdf"'}
        if not doc.ok:
            # Phoca's answer for a file no longer on the disk: Joomla's error page.
            routes[doc.path] = Resource(
                (
                    "<!doctype html><html lang='es-es'><head><meta charset='utf-8'><title>"
                    f"{_e(words['error_title']['text'])}</title></head><body><h1>404</h1><p>"
                    f"{_e(words['no_file']['text'])}</p></body></html>"
                ).encode(),
                404,
            )
        day = uploaded(doc, today, draw(st.integers(1, 25)))
        size = draw(st.integers(60, 4_500))
        hits = draw(st.integers(0, 900))
        most.append((hits, doc.name, url, title))
        size_text = f"{size / 1024:.2f} MB" if size >= 1024 else f"{size} KB"
        details = (
            f"<div class='pd-filesize-txt'>{words['filesize']['text']}:</div>"
            f"<div class='pd-fl-m'>{size_text}</div><div class='pd-date-txt'>"
            f"{words['date']['text']}:</div><div class='pd-fl-m'>{_joomla_date(day)}</div>"
            f"<div class='pd-downloads-txt'>{words['downloads']['text']}:</div>"
            f"<div class='pd-fl-m'>{hits} x</div>"
        )
        tooltip = _overlib(
            f"<div style='text-align:left;padding:5px'>{details}</div>",
            words["details"]["text"],
            words["close"]["text"],
        )
        return (
            '<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-filename">'
            f'<div class="pd-document16" style="background: url(\'{words["icon"]["text"]}\') 0 '
            f'center no-repeat;"><div class="pd-float"><a class="" href="{_e(doc.path)}" >'
            f"{_e(doc.name)}</a></div></div></div></div>"
            f'<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" '
            f'href="{_e(doc.path)}" >{_e(words["button"]["text"])}</a></div></div>'
            f'<div class="pd-buttons"><div class="pd-button-details"><a class="btn btn-info" \n\n'
            f'onmouseover="{tooltip}" onmouseout="return nd();"\n href="#">'
            f"{_e(words['details']['text'])}</a></div></div>"
            '<div class="pd-cb"></div></div>'
        )

    def category_page(title: str, up: tuple[str, str], description: str, body: str) -> bytes:
        return _page(
            title,
            f'<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category">'
            f'<div class="pdtop"><a title="{_e(up[1])}" href="{_e(up[0])}" ><img src="/media/'
            f'com_phocadownload/images/up.png" alt="{_e(words["up"]["text"])}" /></a></div>'
            f'<h3 class="pd-ctitle">{_e(title)}</h3>{description}{body}</div></div>'
            '<div class="pd-cb">&nbsp;</div>',
            today=today,
        )

    top_id = category_id()
    top_title = words["top"]["text"]
    top_url = category_url(top_id, _slug(top_title))
    subcategories: list[tuple[str, str, int]] = []  # (url, title, files directly in it)
    for item in _present(items):
        number = category_id()
        alias = _slug(item.label)[:50]
        url = category_url(number, alias)
        title = item.label
        texts = item_words(item)
        if item.truth == "not_applicable" and justify:
            texts += [
                words["not_applicable"]["text"].format(n=item.numeral),
                words["nature"]["text"],
                *words["functions"]["text"],
                words["funds"]["text"],
            ]
        description = f'<div class="pd-cdesc">{_paragraphs(texts)}</div>' if texts else ""
        split = by_year and _monthly(item) and bool(item.docs)
        body = ""
        direct = 0
        if split:
            years: dict[int, list[Doc]] = {}
            for doc in item.docs:
                assert doc.modified is not None
                years.setdefault(doc.modified.year, []).append(doc)
            links = []
            for year in sorted(years, reverse=True):
                sub_url = category_url(category_id(), str(year))
                boxes = "".join(filebox(d, sub_url, str(year)) for d in years[year])
                routes[sub_url] = Resource(category_page(str(year), (url, title), "", boxes))
                links.append(
                    f'<div class="pd-subcategory"><a href="{_e(sub_url)}">{year}</a> '
                    f"<small>({len(years[year])})</small></div>\n"
                )
            body = "".join(links) + '<div class="pd-hr-cb"></div>'
        else:
            body = "".join(filebox(d, url, title) for d in item.docs)
            direct = len(item.docs)
        routes[url] = Resource(category_page(title, (top_url, top_title), description, body))
        subcategories.append((url, title, direct))
        portal.notes[item.numeral] = (
            f"phoca/category={number}-{alias[:20]}/years={split}/{len(item.docs)} docs"
        )
    sub_html = "".join(
        f'<div class="pd-subcategory"><a href="{_e(u)}">{_e(t)}</a> <small>({n})</small></div>\n'
        for u, t, n in subcategories
    )
    routes[top_url] = Resource(
        category_page(top_title, (base, words["page_title"]["text"]), "", sub_html)
    )
    most.sort(key=lambda m: -m[0])
    most_html = "".join(
        '<div class="pd-filename"><div class="pd-document16" style="background: url(\''
        f'{words["icon"]["text"]}\') 0 center no-repeat;"><a href="{_e(u)}">{_e(name)}</a> '
        f"<small>({_e(t)})</small></div></div>\n"
        for _h, name, u, t in most[:5]
    )
    index_body = (
        f'<div id="phoca-dl-categories-box" class="pd-categories-view"><div class="pd-desc">'
        f'<p>{_e(words["intro"]["text"])}</p></div><div class="pd-categoriesbox">'
        f'<div class="pd-title"><a href="{_e(top_url)}">{_e(top_title)}</a> '
        f"<small>({len(subcategories)}/{len(most)})</small></div>{sub_html}</div></div>"
        '<div class="pd-cb"></div>'
    )
    if most_html:
        index_body += (
            '<div class="pd-hr" style="clear:both">&nbsp;</div><div id="phoca-dl-most-viewed-box">'
            f'<div class="pd-documents"><h3>{_e(words["most"]["text"])}</h3>{most_html}</div></div>'
        )
    routes[base] = Resource(_page(words["page_title"]["text"], index_body, today=today))
    _home(routes, base, words["page_title"]["text"])
    return routes


# -- word (a static page saved from Microsoft Word, windows-1252, list numbers as Word markers) ---


def _word_list(number: int, text: str, position: str) -> str:
    """A Word list paragraph: the number only inside the downlevel-revealed conditional."""
    css = {"first": "CxSpFirst", "middle": "CxSpMiddle", "last": "CxSpLast"}[position]
    return (
        f"<p class=MsoListParagraph{css} style='margin-left:36.0pt;mso-add-space:auto;"
        f"text-align:justify;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]>"
        f"<span lang=ES-GT style='font-family:\"Arial\",sans-serif;mso-fareast-font-family:Arial'>"
        f"<span style='mso-list:Ignore'>{number}.<span style='font:7.0pt \"Times New Roman\"'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=ES-GT "
        f"style='font-family:\"Arial\",sans-serif'>{_e(text)}<o:p></o:p></span></p>\n"
    )


def _word(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM9["word"]
    page = words["page"]["text"]
    root = words["documents"]["text"]
    seen: set[str] = set()
    present = _present(items)
    paragraphs = [
        "<p class=MsoNormal align=center style='text-align:center'><b><span lang=ES-GT "
        f"style='font-size:14.0pt;font-family:\"Arial\",sans-serif'>{_e(words['article']['text'])}"
        "<o:p></o:p></span></b></p>\n<p class=MsoNormal><span lang=ES-GT><o:p>&nbsp;</o:p></span>"
        "</p>\n",
        "<p class=MsoListParagraph style='text-align:justify;text-indent:-18.0pt;mso-list:l0 "
        "level1 lfo1'><![if !supportLists]><span lang=ES-GT style='font-family:Symbol'><span "
        "style='mso-list:Ignore'>&middot;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;"
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><b><span lang=ES-GT style="
        f"'font-family:\"Arial\",sans-serif'>{_e(words['opening']['text'])}</span></b><span "
        f"lang=ES-GT style='font-family:\"Arial\",sans-serif'> {_e(words['opening_rest']['text'])}"
        "<o:p></o:p></span></p>\n",
    ]
    for index, item in enumerate(present):
        position = "first" if index == 0 else "last" if index == len(present) - 1 else "middle"
        law = (item.law_text or item.plain).rstrip(" .;") + ";"
        paragraphs.append(_word_list(item.numeral, law, position))
        for text in item_words(item, law=False):
            paragraphs.append(
                "<p class=MsoNormal style='margin-left:36.0pt;text-align:justify'><i><span "
                f"lang=ES-GT style='font-family:\"Arial\",sans-serif'>{_e(text)}<o:p></o:p></span>"
                "</i></p>\n"
            )
        for doc in item.docs:
            year = uploaded(doc, today, draw(st.integers(1, 25))).year
            name = _no_accents(doc.name).replace("/", "-")
            doc.path = unique(f"{root}/{year}/{quote(name + '.pdf')}", seen)
            paragraphs.append(
                "<p class=MsoNormal style='margin-left:36.0pt;text-align:justify'><span lang=ES-GT "
                f'style=\'font-family:"Arial",sans-serif\'><a href="../..{doc.path}">'
                f"{_e(doc.name)}</a><o:p></o:p></span></p>\n"
            )
        paragraphs.append("<p class=MsoNormal><span lang=ES-GT><o:p>&nbsp;</o:p></span></p>\n")
        portal.notes[item.numeral] = f"word/list-number/{len(item.docs)} docs"
    title = words["title"]["text"]
    text = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:'
        'office"\nxmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns:m="http://schemas.'
        'microsoft.com/office/2004/12/omml"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
        f'<meta http-equiv=Content-Type content="text/html; charset={words["charset"]["text"]}">\n'
        "<meta name=ProgId content=Word.Document>\n"
        f'<meta name=Generator content="{words["generator"]["text"]}">\n'
        f'<meta name=Originator content="{words["generator"]["text"]}">\n'
        f'<link rel=File-List href="{words["files"]["text"]}">\n<title>{_e(title)}</title>\n'
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin-top:0cm;"
        "margin-right:0cm;\n\tmargin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:11.0pt;\n\tfont-family:"
        '"Calibri",sans-serif;}\n@list l0\n\t{mso-list-id:1015617126;}\n@list l1\n\t{mso-list-id:'
        "1786119540;}\n-->\n</style>\n</head>\n\n<body lang=ES-GT style='tab-interval:35.4pt;"
        "word-wrap:break-word'>\n\n<div class=WordSection1>\n\n"
        + "".join(paragraphs)
        + "\n</div>\n\n</body>\n\n</html>\n"
    )
    routes[page] = Resource(text.encode("cp1252", "xmlcharrefreplace"), content_type="text/html")
    index = words["index"]["text"]
    routes[index] = Resource(
        _page(
            words["index_title"]["text"],
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f'<p><a href="{page}" target="_blank">{_e(words["link"]["text"])}</a></p>',
            today=today,
        )
    )
    _home(routes, index, words["index_title"]["text"])
    return routes


# -- editables (one WordPress page per numeral, File blocks of .xlsx / .docx under month headings)


def _editables(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM9["editables"]
    index = words["index"]["text"]
    tag = draw(st.sampled_from(["h2", "h3", "h4"]))
    seen: set[str] = set()
    slugs: set[str] = set()
    links = []
    for item in _present(items):
        slug = unique(_slug(item.label)[:45], slugs)
        path = f"{index}{slug}/"
        monthly = _monthly(item)
        groups: dict[tuple[int, int], list[Doc]] = {}
        for doc in item.docs:
            assert doc.modified is not None
            choices = (
                ["xlsx", "xlsx", "xlsx", "pdf"] if monthly else ["docx", "docx", "xlsx", "pdf"]
            )
            ext = draw(st.sampled_from(choices))
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            doc.path = unique(
                words["uploads"]["text"].format(
                    year=up.year, month=up.month, stem=file_stem(doc.name), ext=ext
                ),
                seen,
            )
            key = (doc.modified.year, doc.modified.month if monthly else 0)
            groups.setdefault(key, []).append(doc)
        blocks = []
        for (year, month), docs in sorted(groups.items(), reverse=True):
            heading = (
                f"{MESES[month - 1].upper()} {year}"
                if month
                else words["year_heading"]["text"].format(year=year)
            )
            files = []
            for doc in docs:
                media = "".join(f"{draw(st.integers(0, 15)):x}" for _ in range(8))
                anchor = f"wp-block-file--media-{media}-{draw(st.integers(1000, 9999))}"
                files.append(
                    f'<div class="wp-block-file"><a id="{anchor}" href="{_e(doc.path)}">'
                    f'{_e(doc.name)}</a><a href="{_e(doc.path)}" class="wp-block-file__button '
                    f'wp-element-button" download aria-describedby="{anchor}">'
                    f"{_e(words['button']['text'])}</a></div>"
                )
            blocks.append(f'<{tag} class="wp-block-heading">{_e(heading)}</{tag}>' + "".join(files))
        body = _paragraphs(item_words(item)) + "".join(blocks)
        routes[path] = Resource(_page(item.label, body, today=today))
        links.append(f'<li><a href="{path}">{_e(item.label)}</a></li>')
        portal.notes[item.numeral] = (
            f"editables/page={slug[:24]}/exts="
            + ",".join(sorted({d.path.rsplit(".", 1)[1] for d in item.docs}))
            + f"/{len(item.docs)} docs"
        )
    routes[index] = Resource(
        _page(
            words["index_title"]["text"],
            f"<p>{_e(WORDING['article']['opening']['text'])}</p><p>{_e(words['note']['text'])} "
            f"{_e(words['policy']['text'])}</p>"
            f'<ul class="wp-block-list">{"".join(links)}</ul>',
            today=today,
        )
    )
    _home(routes, index, words["index_title"]["text"])
    return routes


def _served_as_office(portal: ExamPortal) -> ExamPortal:
    """Serve the .xlsx / .docx documents (the generator's noise serves every document as a PDF)."""
    for item in portal.items:
        for doc in item.docs:
            ext = doc.path.rsplit(".", 1)[-1]
            served = portal.routes.get(doc.path)
            if ext in _MIME and doc.ok and served is not None:
                portal.routes[doc.path] = Resource(
                    b"PK\x03\x04\x14\x00\x06\x00" + doc.name.encode() + b"\x00" * 200,
                    content_type=_MIME[ext],
                    last_modified=served.last_modified,
                )
    return portal


# -- miniaturas (PDF first-page thumbnails linking to the PDFs, captions holding the month) --------


def _miniaturas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM9["miniaturas"]
    path = words["page"]["text"]
    style = draw(st.sampled_from(["month_year", "month_year", "month", "upper"]))
    attachment = draw(st.integers(1_500, 9_000))
    seen: set[str] = set()

    def caption(item: Item, doc: Doc) -> str:
        assert doc.modified is not None
        rhythm = ITEMS[item.numeral]["rhythm"]
        if rhythm == "monthly":
            month = MESES[doc.modified.month - 1]
            if style == "month":
                return month
            text = f"{month} {doc.modified.year}"
            return text.upper() if style == "upper" else text
        if rhythm == "yearly":
            return str(doc.modified.year)
        return doc.name

    parts = [
        f"<p>{_e(words['reader']['text'])}</p><p><strong>{_e(words['law']['text'])}</strong></p>"
        f"<p><strong>{_e(words['obligations']['text'])}</strong></p><p><strong>"
        f"{_e(words['article']['text'])}</strong> {_e(words['article_rest']['text'])}</p>"
    ]
    for item in _present(items):
        tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        figures = []
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            doc.path = unique(
                words["uploads"]["text"].format(
                    year=up.year, month=up.month, stem=file_stem(doc.name)
                ),
                seen,
            )
            thumb = doc.path[: -len(".pdf")] + "-pdf-232x300.jpg"
            routes[thumb] = Resource(
                b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 300, content_type="image/jpeg"
            )
            attachment += draw(st.integers(1, 60))
            figures.append(
                f'<figure id="attachment_{attachment}" aria-describedby="caption-attachment-'
                f'{attachment}" style="width: 232px" class="wp-caption alignnone"><a href="'
                f'{_e(doc.path)}"><img loading="lazy" decoding="async" class="size-medium '
                f'wp-image-{attachment}" src="{_e(thumb)}" alt="" width="232" height="300" /></a>'
                f'<figcaption id="caption-attachment-{attachment}" class="wp-caption-text">'
                f"{_e(caption(item, doc))}</figcaption></figure>"
            )
        parts.append(head + _paragraphs(item_words(item)) + "".join(figures))
        portal.notes[item.numeral] = f"miniaturas/caption={style}/{len(item.docs)} docs"
    routes[path] = Resource(_page(words["page_title"]["text"], "".join(parts), today=today))
    _home(routes, path, words["page_title"]["text"])
    return routes


_BUILDERS = {"phoca": _phoca, "word": _word, "editables": _editables, "miniaturas": _miniaturas}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 9 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS).map(_served_as_office)


def _text(body: bytes) -> str:
    """A page's text: Word's pages are windows-1252."""
    if b"charset=windows-1252" in body[:600]:
        return body.decode("cp1252", "replace")
    return body.decode("utf-8", "replace")


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): the first two pages holding,
    after their ``<main>`` (or from their start: Word's page has no site template), one of
    ``first``, the item's label or name, the start of the law's text (Word's page names the item
    only by it), or a document's path."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [*first, _e(item.label), _e(item.plain)]
    if item.law_text:
        needles.append(_e(item.law_text[:60]))
    needles += [_e(d.path) for d in item.docs]
    out: list[str] = []
    shown: set[str] = set()
    for needle in needles:
        for path, resource in portal.routes.items():
            if not resource.content_type.startswith("text/html") or path in ("/", *shown):
                continue
            text = _text(resource.body)
            at = text.find(needle, max(0, text.find("<main>")))
            if at >= 0:
                out.append(f"{path}: …{text[max(0, at - 150) : at + width]}…")
                shown.add(path)
                if len(out) >= 2:
                    return "\n    html: ".join(out)
                break
    return "\n    html: ".join(out) or "(not on any page)"
