"""Fourteenth exam: four portal layouts of OLD AND MALFORMED SITES (municipal sites built 2005-2015
that are still online), with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the markup and the addressing are new.
Wording, markup and addresses: ``wording.toml`` here (sources there). Layouts:

* ``frames``: a FrontPage site (windows-1252): the home is a ``<frameset>`` (a top frame, a left
  menu frame ``menu.htm`` with ``<base target="principal">``, the content frame ``principal``; a
  ``<noframes>`` "Esta página usa marcos…", with "pulse aquí para continuar" in some portals), or a
  table page whose content pane is an ``<iframe name="principal">``; the items on one page of
  nested tables or one page each (listed in the menu), headed by ``<font face="Arial" size="4">``
  ``<b>``, ``<center><b>`` or FrontPage's ``<p align="center"><u><font …>``; UPPERCASE tags and
  attributes and unclosed ``<p>`` / ``<li>`` / ``<td>`` in some portals; documents linked
  ``../documentos/…``.
* ``encoding``: an old PHP page whose bytes and declarations disagree, one way per portal:
  UTF-8 declared only in a ``<meta http-equiv>``; windows-1252 declared only in a ``<meta>``;
  ISO-8859-1 declared only in the HTTP header; windows-1252 bytes sent as UTF-8 by PHP 5.6's
  default_charset (accents become "�"); UTF-8 bytes sent as ISO-8859-1 by Apache's
  AddDefaultCharset (accents become "Ã³"); UTF-8 with a BOM sent as ISO-8859-1 (the BOM wins); a
  UTF-8 page whose texts the CMS stored double-encoded ("InformaciÃ³n"). Documents in folders named
  in words ("/Documentos/Información Pública/Numeral 8/Ejecución … Octubre 2026.pdf"), linked with
  the accents and spaces typed raw (only in UTF-8 pages a browser reads as UTF-8: the exam's truth
  test reads pages as UTF-8), percent-encoded in UTF-8 or in ISO-8859-1 ("Informaci%F3n"), folded to
  ASCII with the spaces kept, or folded with underscores.
* ``paths``: a Joomla 1.0 / 1.5 site, in a folder of its host or at its root (the root then a
  ``<META HTTP-EQUIV="Refresh">``, a 302 or a link page): articles addressed
  ``index.php?option=com_content&task=view&id=…&Itemid=…``, ``…&view=article&id=N:alias&catid=…``
  or ``index.php/ley-de-acceso/N-alias`` (also served without ``index.php/``), a ``<base href>`` on
  Joomla 1.5 pages; links to articles written relative (against the base), ``./``,
  root-absolute, with ``&amp;`` or raw ``&``, with a fragment, with newlines inside the href, with
  backslashes; documents under ``images/stories/`` named with spaces unencoded or an uppercase
  ``.PDF``, linked root-absolute, with a doubled slash, ``..`` + the path (right only against the
  base), ``/.`` + the path, newlines around it, a trailing ``?`` or ``#page=1`` (every form keeps
  the path whole: the exam's truth test looks for it in the pages); "Subir" links to ``#arriba``
  (which a base sends to the home).
* ``flash-era``: a Dreamweaver site (ISO-8859-1, accents as entities): a Flash banner, the way to
  the numerals an image map (``<area>`` with the item's name in ``alt``, in ``title`` or nowhere),
  rollover image buttons (``MM_swapImage``), table cells with ``onClick="location.href='…'"`` or a
  ``MM_jumpMenu`` ``<select>``; a plain-text footer of links in some portals; each numeral page
  naming its item in a title picture's ``alt``, in the page's ``<title>`` or in text; documents as
  PDF icons (the name in the icon's ``alt`` / ``title``, and beside it in some portals).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.entities import codepoint2name
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import ExamPortal, ExamServer, exam_portal, unique, uploaded, wording
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    WORDING,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("frames", "encoding", "paths", "flash-era")
EXAM14: dict[str, Any] = wording(__file__)
SITE: dict[str, Any] = EXAM14["site"]
# Which generated layout's truth conventions an exam14 layout shares: "wordpress" for items named
# on a page by headings (bare item names allowed, own text allowed), "joomla" for one page per
# numeral (the label numbered, the law's wording on every page).
_INNER = {"frames": "wordpress", "encoding": "wordpress", "paths": "joomla", "flash-era": "joomla"}
_FAILING = "/transparencia/otros-documentos/"  # the generator's page answering 500
_OPENING: str = WORDING["article"]["opening"]["text"]

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


@dataclass
class _After:
    """What a portal needs once the generator's noise ran: the page that gets the link to the
    failing page (the noise puts it before a ``</main>`` these sites do not have), and addresses
    a real server answers like another (``file.pdf?`` as ``file.pdf``)."""

    hook: str
    aliases: list[tuple[str, str]] = field(default_factory=list)


_AFTER: dict[int, _After] = {}


# -- text helpers ---------------------------------------------------------------------------------


def _ascii(name: str) -> str:
    """A name without accents or signs: ASCII letters, digits, spaces and hyphens."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if (ch.isascii() and ch.isalnum()) or ch == "-" else " " for ch in plain)
    return " ".join(kept.split())[:90].strip() or "documento"


def _stem(name: str, joint: str = "_") -> str:
    return joint.join(_ascii(name).split())


def _typed(name: str) -> str:
    """A name as typed for a file on a Windows desktop: accents and spaces kept, no signs a path
    cannot hold."""
    kept = "".join(ch if (ch.isalnum() and ord(ch) < 256) or ch in "-_()," else " " for ch in name)
    return " ".join(kept.split())[:90].strip() or "documento"


def _ent(text: str) -> str:
    """Escaped, every non-ASCII character as Dreamweaver writes it (``&oacute;``)."""
    out = []
    for ch in html.escape(text, quote=True):
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def _mojibake(text: str) -> str:
    """``text`` as a CMS stores it when it reads UTF-8 bytes as windows-1252 ("InformaciÃ³n")."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for byte in ch.encode("utf-8"):
            try:
                out.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(byte))
    return "".join(out)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>")
_QUOTED = re.compile(r"(\"[^\"]*\"|'[^']*')")
_NAME = re.compile(r"([A-Za-z-]+)(?==)")


def _upper(markup: str) -> str:
    """Tags and attribute names in capitals, as FrontPage 98 and Word wrote them (values kept)."""

    def tag(match: re.Match[str]) -> str:
        parts = _QUOTED.split(match.group(3))
        for index in range(0, len(parts), 2):
            parts[index] = _NAME.sub(lambda m: m.group(1).upper(), parts[index])
        return f"<{match.group(1)}{match.group(2).upper()}{''.join(parts)}>"

    return _TAG.sub(tag, markup)


def _unclose(markup: str) -> str:
    """Without the end tags HTML lets authors leave out (``</p>``, ``</li>``, ``</td>``)."""
    for end in ("</p>", "</li>", "</td>"):
        markup = markup.replace(end, "")
    return markup


def _words(item: Item, escape: Callable[[str], str] = _e, size: int = 2) -> str:
    return "".join(
        f'<p><font face="Arial" size="{size}">{escape(text)}</font></p>'
        for text in item_words(item)
    )


# -- frames (FrontPage: a frameset or an iframe pane, nested tables, windows-1252) ----------------


def _frontpage(title: str, body: str, *, base_target: bool = False, upper: bool = False) -> bytes:
    words = EXAM14["frames"]
    head = (
        f'<meta http-equiv="Content-Language" content="{words["language"]["text"]}">\n'
        '<meta http-equiv="Content-Type" content="text/html; '
        f'charset={words["charset"]["text"]}">\n'
        f'<meta name="GENERATOR" content="{words["generator"]["text"]}">\n'
        f'<meta name="ProgId" content="{words["progid"]["text"]}">\n'
        f"<title>{_e(title)}</title>\n"
        + (f'<base target="{words["main_frame"]["text"]}">\n' if base_target else "")
    )
    text = f"<html>\n\n<head>\n{head}</head>\n\n{body}\n\n</html>\n"
    if upper:
        text = _upper(text)
    return text.encode("cp1252", "xmlcharrefreplace")


def _frames(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM14["frames"]
    shell = draw(st.sampled_from(["frameset", "iframe"]))
    through = shell == "frameset" and draw(st.booleans())  # a <noframes> link to the menu
    split = draw(st.booleans())  # one page per item (listed in the menu) or one page for all
    upper = draw(st.booleans())
    closed = draw(st.booleans())
    heading = draw(st.sampled_from(["font", "center", "frontpage"]))
    bullets = draw(st.booleans())
    blank = draw(st.booleans())
    main = words["main_frame"]["text"]
    routes: Routes = {}
    seen: set[str] = set()

    def resource(title: str, body: str, *, base_target: bool = False) -> Resource:
        markup = body if closed else _unclose(body)
        return Resource(
            _frontpage(title, markup, base_target=base_target, upper=upper),
            content_type="text/html",
        )

    def block(item: Item) -> str:
        label = _e(item.label)
        head = {
            "font": f'<font face="Arial" size="4"><b>{label}</b></font>',
            "center": f'<center><b><font face="Arial" size="3">{label}</font></b></center>',
            "frontpage": (
                f'<p align="center"><u><font size="2" face="Verdana"><b>{label}</b></font></u></p>'
            ),
        }[heading]
        rows = []
        for doc in item.docs:
            doc.path = unique(
                words["documents"]["text"].format(
                    nn=f"{item.numeral:02d}", file=_stem(doc.name) + ".pdf"
                ),
                seen,
            )
            target = ' target="_blank"' if blank else ""
            link = f'<a href="..{_e(doc.path)}"{target}>{_e(doc.name)}</a>'
            rows.append(f"<li>{link}</li>" if bullets else f"&nbsp;&nbsp;{link}<br>")
        docs = ""
        if rows:
            docs = f"<ul>{''.join(rows)}</ul>" if bullets else f"<p>{''.join(rows)}</p>"
        portal.notes[item.numeral] = (
            f"frames/shell={shell}/through={through}/split={split}/upper={upper}/"
            f"closed={closed}/head={heading}/{len(item.docs)} docs"
        )
        return (
            '<table border="0" cellpadding="3" cellspacing="3" style="border-collapse: collapse" '
            'bordercolor="#111111" width="100%">\n'
            f'<tr><td width="100%" bgcolor="#E8E8D0">{head}</td></tr>\n'
            f'<tr><td width="100%">{_words(item)}{docs}</td></tr>\n</table>\n<br><br>\n'
        )

    def body(inner: str) -> str:
        return (
            '<body bgcolor="#FFFFFF">\n<table width="760" border="0" cellspacing="0" '
            f'cellpadding="0" align="center">\n<tr><td>\n{inner}\n</td></tr>\n</table>\n</body>'
        )

    present = _present(items)
    title = SITE["index_title"]["text"]
    law = SITE["law_title"]["text"]
    menu_rows = [
        ("inicio.htm", SITE["home"]["text"]),
        ("/noticias/", SITE["news"]["text"]),
        ("/unidad-de-informacion-publica/", SITE["uip"]["text"]),
    ]
    heading_row = f'<font face="Arial" size="4"><b>{_e(title)}</b></font><br><br>\n'
    opening = f'<p><font face="Arial" size="2">{_e(_OPENING)}</font></p>\n'
    if split:
        menu_rows.append(("", law))
        for item in present:
            path = words["numeral_page"]["text"].format(nn=f"{item.numeral:02d}")
            routes[path] = resource(item.label, body(block(item)))
            menu_rows.append((path.lstrip("/"), item.label))
    else:
        content = words["content_page"]["text"]
        routes[content] = resource(
            title, body(heading_row + opening + "".join(block(item) for item in present))
        )
        menu_rows.append((content.lstrip("/"), law))

    def menu_table(target: str) -> str:
        cells = []
        for href, text in menu_rows:
            if not href:
                cells.append(
                    f'<tr><td><font face="Arial" size="2"><b>{_e(text)}</b></font></td></tr>'
                )
                continue
            pad = "&nbsp;&nbsp;" if href.startswith("laip/numeral") else ""
            cells.append(
                f'<tr><td>{pad}<font face="Arial" size="2"><a href="{_e(href)}"{target}>'
                f"{_e(text)}</a></font></td></tr>"
            )
        return (
            '<table border="0" cellpadding="3" cellspacing="3" width="100%">\n'
            + "\n".join(cells)
            + "\n</table>"
        )

    start = words["start_page"]["text"]
    start_link = (
        ""
        if split
        else (
            '<p><font face="Arial" size="2">'
            f'<a href="{_e(words["content_page"]["text"].lstrip("/"))}">'
            f"{_e(law)}</a></font></p>"
        )
    )
    routes[start] = resource(
        SITE["title"]["text"],
        body(
            f'<p><font face="Arial" size="3">{_e(SITE["welcome"]["text"])}</font></p>{start_link}'
        ),
    )
    banner = (
        f'<img border="0" src="{words["banner"]["text"]}" width="760" height="90" '
        f'alt="{_e(SITE["title"]["text"])}">'
    )
    if shell == "frameset":
        top, menu = words["top_page"]["text"], words["menu_page"]["text"]
        routes[top] = resource(
            SITE["title"]["text"], f'<body bgcolor="#003366">\n{banner}\n</body>'
        )
        routes[menu] = resource(
            SITE["title"]["text"],
            f'<body bgcolor="#E8E8D0">\n{menu_table("")}\n</body>',
            base_target=True,
        )
        way = (
            f', <a href="{menu.lstrip("/")}">{_e(words["noframes_link"]["text"])}</a>'
            if through
            else ""
        )
        frameset = (
            '<frameset framespacing="0" border="0" frameborder="0" rows="106,*">\n'
            f'  <frame name="{words["top_frame"]["text"]}" scrolling="no" noresize '
            f'target="{words["top_frame"]["text"]}" src="{top.lstrip("/")}">\n'
            '  <frameset cols="190,*">\n'
            f'    <frame name="{words["menu_frame"]["text"]}" target="{main}" '
            f'src="{menu.lstrip("/")}" scrolling="auto">\n'
            f'    <frame name="{main}" src="{start.lstrip("/")}" scrolling="auto">\n'
            "  </frameset>\n  <noframes>\n  <body>\n\n"
            f"  <p>{_e(words['noframes']['text'])}{way}</p>\n\n  </body>\n  </noframes>\n"
            "</frameset>"
        )
        routes["/"] = Resource(
            _frontpage(SITE["title"]["text"], frameset, upper=upper), content_type="text/html"
        )
        hook = menu
    else:
        target = f' target="{main}"'
        page = (
            '<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
            f'<tr><td colspan="2">{banner}</td></tr>\n'
            f'<tr><td width="190" valign="top" bgcolor="#E8E8D0">{menu_table(target)}</td>\n'
            f'<td valign="top"><iframe name="{main}" src="{start.lstrip("/")}" width="100%" '
            'height="1000" frameborder="0" scrolling="auto" style="border:0px"></iframe>'
            "</td></tr>\n"
            "</table>\n</body>"
        )
        routes["/"] = resource(SITE["title"]["text"], page)
        hook = "/"
    _AFTER[id(portal)] = _After(hook)
    return routes


# -- encoding (bytes and declarations that disagree; file names with accents and spaces) ----------

# How each kind of page is sent: its bytes' codec, its <meta>, its Content-Type, and the ways its
# links to accented file names can be written so that a browser still follows them (a raw accent
# survives only where the browser decodes the page right; percent-encoded and folded ones always).
_CHARSETS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "meta-utf8": ("utf-8", "meta_utf8", "type_bare", ("raw", "spaces", "utf8", "folded")),
    "meta-1252": ("cp1252", "meta_1252", "type_bare", ("spaces", "utf8", "latin1", "folded")),
    "header-latin1": ("latin-1", "", "type_latin1", ("spaces", "utf8", "latin1", "folded")),
    "php56": ("cp1252", "meta_latin1", "type_utf8", ("spaces", "utf8", "latin1", "folded")),
    "apache-default": ("utf-8", "meta_utf8", "type_latin1", ("spaces", "utf8", "folded")),
    "bom": ("utf-8-sig", "", "type_latin1", ("raw", "spaces", "utf8", "folded")),
    "mojibake": ("mojibake", "meta_utf8", "type_utf8", ("spaces", "utf8", "folded")),
}


def _send(text: str, codec: str) -> bytes:
    if codec == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if codec == "mojibake":
        return _mojibake(text).encode("utf-8")
    return text.encode(codec, "xmlcharrefreplace")


def _encoding(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM14["encoding"]
    variant = draw(st.sampled_from(sorted(_CHARSETS)))
    codec, meta_key, type_key, styles = _CHARSETS[variant]
    tag = draw(st.sampled_from(["h3", "b", "font"]))
    meta = f"{words[meta_key]['text']}\n" if meta_key else ""
    kind = words[type_key]["text"]
    page = words["page"]["text"]
    law = SITE["law_title"]["text"]
    seen: set[str] = set()
    routes: Routes = {}

    def template(title: str, inner: str) -> Resource:
        menu = " | ".join(
            f'<a href="{href}">{_e(text)}</a>'
            for href, text in (
                ("/", SITE["home"]["text"]),
                ("/noticias/", SITE["news"]["text"]),
                ("/unidad-de-informacion-publica/", SITE["uip"]["text"]),
                (page, law),
            )
        )
        text = (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            f"{meta}<title>{_e(title)} - {_e(SITE['title']['text'])}</title>\n</head>\n<body>\n"
            '<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            f'<tr><td height="30">{menu}</td></tr>\n<tr><td>\n{inner}\n</td></tr>\n</table>\n'
            "</body>\n</html>\n"
        )
        return Resource(_send(text, codec), content_type=kind)

    parts = [f"<h2>{_e(SITE['index_title']['text'])}</h2>\n<p>{_e(_OPENING)}</p>\n"]
    for item in _present(items):
        label = _e(item.label)
        head = {
            "h3": f"<h3>{label}</h3>",
            "b": f"<p><b>{label}</b></p>",
            "font": f'<font face="Verdana" size="3"><b>{label}</b></font><br>',
        }[tag]
        rows, used = [], []
        for doc in item.docs:
            style = draw(st.sampled_from(styles))
            used.append(style)
            if style in ("folded", "spaces"):
                folder, name = (
                    (words["folded"]["text"], _stem(doc.name))
                    if style == "folded"
                    else (words["spaced"]["text"], _ascii(doc.name))
                )
                typed = unique(folder.format(n=item.numeral) + name + ".pdf", seen)
                href, doc.path = ".." + typed, typed
            else:
                typed = unique(
                    words["folder"]["text"].format(n=item.numeral) + _typed(doc.name) + ".pdf", seen
                )
                if style == "raw":
                    # Typed into the page as it is: the browser encodes it (UTF-8) when it asks.
                    href, doc.path = ".." + typed, typed
                elif style == "utf8":
                    href = doc.path = quote(typed)
                else:
                    href = doc.path = quote(typed, encoding="latin-1")
            rows.append(f'<li><a href="{_e(href)}" target="_blank">{_e(doc.name)}</a></li>')
        docs = f"<ul>{''.join(rows)}</ul>" if rows else ""
        words_html = "".join(f"<p>{_e(text)}</p>" for text in item_words(item))
        parts.append(head + words_html + docs + "\n")
        portal.notes[item.numeral] = (
            f"encoding/charset={variant}/head={tag}/hrefs={','.join(used) or '-'}"
        )
    routes[page] = template(law, "".join(parts))
    routes["/"] = template(
        SITE["title"]["text"],
        f"<p>{_e(SITE['welcome']['text'])}</p>\n"
        f'<p><a href="{page.lstrip("/")}">{_e(SITE["index_title"]["text"])}</a></p>',
    )
    _AFTER[id(portal)] = _After("/")
    return routes


# -- paths (Joomla 1.0 / 1.5: query and SEF addresses, base, relative and malformed links) --------


def _paths(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM14["paths"]
    base = draw(st.sampled_from(list(words["bases"]["text"])))
    version = draw(st.sampled_from(["j10", "j15", "sef"]))
    entry = draw(st.sampled_from(["refresh", "redirect", "link"])) if base else "home"
    files = draw(st.sampled_from(["upper", "spaces", "lower"]))
    article = draw(st.integers(20, 300))
    itemid = draw(st.integers(40, 120))
    catid = draw(st.integers(2, 30))
    menu = words["menu"]["text"]
    anchor = words["anchor"]["text"]
    law = SITE["law_title"]["text"]
    root = f"{base}/"
    after = _After(root)
    routes: Routes = {}
    seen: set[str] = set()

    def address(number: int, alias: str) -> tuple[str, list[str]]:
        """The article's address relative to the site's folder, and every path it is served at."""
        if version == "j10":
            rel = words["j10_article"]["text"].format(id=number, itemid=itemid)
        elif version == "j15":
            rel = words["j15_article"]["text"].format(
                id=number, alias=alias, catid=catid, itemid=itemid
            )
        else:
            rel = words["sef_article"]["text"].format(menu=menu, id=number, alias=alias)
            rewritten = words["sef_rewritten"]["text"].format(menu=menu, id=number, alias=alias)
            return rel, [f"{root}{rel}", f"{root}{rewritten}"]
        return rel, [f"{root}{rel}"]

    def link(rel: str, served: list[str], form: str) -> str:
        """An href to an article, written one of the ways old Joomla content has them."""
        if form == "raw_amp":
            return rel
        if form == "abs":
            return _e(served[0])
        if form == "dot":
            return _e("./" + rel)
        if form == "rewritten" and len(served) > 1:
            return _e(served[1])
        if form == "fragment":
            return _e(rel + "#" + anchor)
        if form == "backslash":
            return _e(rel.replace("/", "\\"))
        if form == "newline":
            return "\n\t\t" + _e(rel).replace("index.php", "index.php\n\t", 1)
        return _e(rel)

    def page(title: str, inner: str) -> Resource:
        base_tag = "" if version == "j10" else f'<base href="{_e(root)}" />\n'
        meta = (
            EXAM14["encoding"]["meta_latin1"]["text"]
            if version == "j10"
            else EXAM14["encoding"]["meta_utf8"]["text"]
        )
        generator = (
            "Joomla! - Copyright (C) 2005 - 2007 Open Source Matters. All rights reserved."
            if version == "j10"
            else "Joomla! 1.5 - Open Source Content Management"
        )
        top = " ".join(
            f'<a href="{href}" class="mainlevel">{_e(text)}</a><span class="mainlevel"> | </span>'
            for href, text in (
                ("index.php", SITE["home"]["text"]),
                (index_href, law),
                ("/noticias/", SITE["news"]["text"]),
                ("/unidad-de-informacion-publica/", SITE["uip"]["text"]),
            )
        )
        text = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f"{base_tag}{meta}\n<title>{_e(title)} - {_e(SITE['title']['text'])}</title>\n"
            f'<meta name="Generator" content="{generator}" />\n</head>\n<body>\n'
            f'<a name="{anchor}"></a>\n<div id="h2"><table width="100%" border="0" '
            f'cellpadding="0" cellspacing="1"><tr><td nowrap="nowrap">{top}</td></tr></table>'
            "</div>\n"
            f'<div id="contenido">\n{inner}\n</div>\n</body>\n</html>\n'
        )
        if version == "j10":
            return Resource(text.encode("latin-1", "xmlcharrefreplace"), content_type="text/html")
        return Resource(text.encode("utf-8"), content_type="text/html; charset=utf-8")

    def article_html(title: str, self_href: str, inner: str) -> str:
        return (
            '<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n'
            f'<a href="{self_href}" class="contentpagetitle">{_e(title)}</a>\n</td>\n</tr>\n'
            '</table>\n<table class="contentpaneopen">\n<tr>\n<td valign="top" colspan="2">\n'
            f"{inner}\n</td>\n</tr>\n</table>\n"
            f'<span class="article_seperator">{words["separator"]["text"]}</span>\n'
        )

    def doc_href(form: str, folder: str, file: str) -> tuple[str, str]:
        """How a document's link is written, and the path a browser asks for (its spaces
        unencoded: the path as written). Every form keeps that path whole inside the href."""
        canonical = f"{root}{folder}/{file}"
        if form == "double":
            doubled = canonical.replace("/laip/", "//laip/", 1)
            return doubled, doubled
        if form == "dotdot":
            # Relative to the page's base: right against ``<base href>``, wrong against a SEF
            # page's own address.
            return ".." + canonical, canonical
        if form == "dotseg":
            return "/." + canonical, canonical
        if form == "dot":
            return "." + canonical, canonical
        if form == "newline":
            return "\n\t\t\t" + canonical + "\n\t\t", canonical
        if form == "query":
            return canonical + "?", canonical
        if form == "fragment":
            return canonical + "#page=1", canonical
        return canonical, canonical

    index_rel, index_served = address(article, menu)
    index_href = link(index_rel, index_served, "plain")
    doc_forms = ["abs", "double", "dotdot", "dotseg", "newline", "query", "fragment"]
    if not base:
        doc_forms.append("dot")  # "./images/…": relative to the page's base (the site's root)
    link_forms = ["plain", "abs", "dot", "fragment", "newline"] + (
        ["rewritten", "backslash"] if version == "sef" else ["raw_amp"]
    )
    entries = []
    for item in _present(items):
        number = article + 100 + item.numeral * 3 + draw(st.integers(0, 2))
        alias = _slug(item.plain)[:40].strip("-") or "numeral"
        rel, served = address(number, f"{item.numeral}-{alias}")
        entries.append(
            f'<li><a href="{link(rel, served, draw(st.sampled_from(link_forms)))}">'
            f"{_e(item.label)}</a></li>"
        )
        rows, used = [], []
        for doc in item.docs:
            form = draw(st.sampled_from(doc_forms))
            used.append(form)
            year = uploaded(doc, today, draw(st.integers(1, 25))).year
            if files == "upper":
                file = _ascii(doc.name).upper() + ".PDF"
            elif files == "spaces":
                file = _ascii(doc.name) + ".pdf"
            else:
                file = _stem(doc.name).lower() + ".pdf"
            folder = words["media"]["text"].format(yyyy=year, file="").rstrip("/")
            file = unique(f"{folder}/{file}", seen).rsplit("/", 1)[1]
            href, canonical = doc_href(form, folder, file)
            doc.path = canonical
            if form == "query":
                after.aliases.append((doc.path + "?", doc.path))
            rows.append(f'<a href="{_e(href)}" target="_blank">{_e(doc.name)}</a><br />')
        inner = _words(item, size=2) + (f"<p>{''.join(rows)}</p>" if rows else "")
        inner += f'<p><a href="#{anchor}">{_e(SITE["top"]["text"])}</a></p>'
        resource = page(item.label, article_html(item.label, _e(rel), inner))
        for path in served:
            routes[path] = resource
        portal.notes[item.numeral] = (
            f"paths/base={base or '-'}/version={version}/entry={entry}/files={files}/"
            f"docs={','.join(used) or '-'}"
        )
    index = page(
        law,
        article_html(
            law,
            index_href,
            f"<p>{_e(_OPENING)}</p>\n<ul>\n" + "\n".join(entries) + "\n</ul>",
        ),
    )
    for path in index_served:
        routes[path] = index
    home = page(
        SITE["title"]["text"],
        article_html(
            SITE["index_title"]["text"],
            "index.php",
            f'<p>{_e(SITE["welcome"]["text"])}</p>\n<p><a href="{index_href}">{_e(law)}</a></p>',
        ),
    )
    routes[root] = home
    routes[f"{root}index.php"] = home
    if entry == "refresh":
        refresh = words["refresh"]["text"].format(target=f"{base.lstrip('/')}/index.php")
        routes["/"] = Resource(
            f"<html>\n<head>\n{refresh}\n</head>\n<body>\n</body>\n</html>\n".encode(),
            content_type="text/html",
        )
    elif entry == "redirect":
        routes["/"] = Resource(b"", 302, location=root)
    elif entry == "link":
        routes["/"] = Resource(
            (
                f"<html><head><title>{_e(SITE['title']['text'])}</title></head><body>"
                f'<p align="center"><a href="{base.lstrip("/")}/">{_e(SITE["welcome"]["text"])}'
                "</a></p></body></html>"
            ).encode(),
            content_type="text/html; charset=utf-8",
        )
    _AFTER[id(portal)] = after
    return routes


# -- flash-era (Dreamweaver: image maps, rollover buttons, onClick cells, jump menus) -------------

_MM_SCRIPT = (
    '<script language="JavaScript" type="text/JavaScript">\n<!--\n'
    "function MM_jumpMenu(targ,selObj,restore){ //v3.0\n"
    '  eval(targ+".location=\'"+selObj.options[selObj.selectedIndex].value+"\'");\n'
    "  if (restore) selObj.selectedIndex=0;\n}\n"
    "function MM_swapImgRestore() { //v3.0\n"
    "  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\n}\n"
    "function MM_findObj(n, d) { //v4.01\n"
    "  var x; if(!d) d=document; if(!(x=d[n])&&d.all) x=d.all[n];\n"
    "  if(!x && d.getElementById) x=d.getElementById(n); return x;\n}\n"
    "function MM_swapImage() { //v3.0\n"
    "  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array;\n"
    "  for(i=0;i<(a.length-2);i+=3)\n"
    "   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x;\n"
    "     if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}\n}\n"
    "//-->\n</script>\n"
)


def _flash_page(title: str, inner: str) -> Resource:
    text = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" '
        '"http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n'
        f"{EXAM14['encoding']['meta_latin1']['text']}\n<title>{_ent(title)}</title>\n{_MM_SCRIPT}"
        '</head>\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
        '<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        f"{inner}\n</table>\n</body>\n</html>\n"
    )
    return Resource(text.encode("latin-1", "xmlcharrefreplace"), content_type="text/html")


def _named(names: str, text: str) -> str:
    """The attributes naming an image-map area or a button: alt, title, or none."""
    if names == "alt":
        return f' alt="{_ent(text)}"'
    if names == "title":
        return f' title="{_ent(text)}"'
    return ""


def _flash(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM14["flash"]
    nav = draw(st.sampled_from(["map", "buttons", "onclick", "select"]))
    names = draw(st.sampled_from(["alt", "title", "none"]))
    fallback = draw(st.booleans())
    heading = draw(st.sampled_from(["alt", "title", "text"]))
    doc_text = draw(st.booleans())
    home_nav = draw(st.sampled_from(["map", "buttons"]))
    law = SITE["law_title"]["text"]
    routes: Routes = {}
    seen: set[str] = set()
    present = _present(items)
    index = words["index"]["text"]

    movie = words["movie"]["text"]
    flash = (
        '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" '
        'codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab'
        '#version=6,0,29,0" '
        f'width="780" height="120">\n<param name="movie" value="{movie}">\n'
        '<param name="quality" value="high">\n'
        f'<embed src="{movie}" width="780" height="120" quality="high" '
        'pluginspage="http://www.macromedia.com/go/getflashplayer" '
        'type="application/x-shockwave-flash"></embed>\n</object>'
    )
    targets = [
        ("index.html", SITE["home"]["text"]),
        (index.lstrip("/"), law),
        ("/noticias/", SITE["news"]["text"]),
        ("/unidad-de-informacion-publica/", SITE["uip"]["text"]),
    ]
    if home_nav == "map":
        areas = "".join(
            f'<area shape="rect" coords="{i * 195},0,{i * 195 + 190},30" href="{href}"'
            f"{_named(names, text)}>"
            for i, (href, text) in enumerate(targets)
        )
        nav_home = (
            f'<img src="{words["banner_image"]["text"]}" width="780" height="30" usemap="#Map" '
            f'border="0"><map name="Map">{areas}</map>'
        )
    else:
        nav_home = "".join(
            f'<a href="{href}" onMouseOut="MM_swapImgRestore()" '
            f"onMouseOver=\"MM_swapImage('Menu{i}','','images/botones/menu{i}_2.gif',1)\">"
            f'<img src="images/botones/menu{i}_1.gif" alt="{_ent(text) if names == "alt" else ""}"'
            f'{_named("title", text) if names == "title" else ""} name="Menu{i}" width="195" '
            f'height="30" border="0" id="Menu{i}"></a>'
            for i, (href, text) in enumerate(targets)
        )
    footer = ""
    if fallback:
        footer = (
            '<tr><td align="center"><font face="Arial" size="1">'
            + " | ".join(f'<a href="{href}">{_ent(text)}</a>' for href, text in targets)
            + "</font></td></tr>\n"
        )
    home = _flash_page(
        SITE["title"]["text"],
        f"<tr><td>{flash}</td></tr>\n<tr><td>{nav_home}</td></tr>\n"
        '<tr><td><p><font face="Arial" size="2">'
        f"{_ent(SITE['welcome']['text'])}</font></p></td></tr>\n" + footer,
    )
    routes["/"] = home
    routes[words["home"]["text"]] = home

    def numeral_file(item: Item) -> str:
        page = str(words["numeral_page"]["text"]).format(nn=f"{item.numeral:02d}")
        return page.rsplit("/", 1)[1]

    if nav == "map":
        areas = "\n".join(
            f'<area shape="rect" coords="0,{i * 30},380,{i * 30 + 28}" href="{numeral_file(item)}"'
            f"{_named(names, item.label)}>"
            for i, item in enumerate(present)
        )
        menu = (
            f'<img src="../{words["menu_image"]["text"]}" width="380" height="{30 * len(present)}" '
            f'usemap="#Map" border="0">\n<map name="Map">\n{areas}\n</map>'
        )
    elif nav == "buttons":
        menu = "\n".join(
            f'<a href="{numeral_file(item)}" onMouseOut="MM_swapImgRestore()" '
            f"onMouseOver=\"MM_swapImage('Image{item.numeral}','','../"
            f"{words['button_over']['text'].format(nn=f'{item.numeral:02d}')}',1)\">"
            f'<img src="../{words["button"]["text"].format(nn=f"{item.numeral:02d}")}" '
            f'alt="{_ent(item.label) if names == "alt" else ""}"'
            f"{_named('title', item.label) if names == 'title' else ''} "
            f'name="Image{item.numeral}" width="380" height="28" border="0" '
            f'id="Image{item.numeral}"></a><br>'
            for item in present
        )
    elif nav == "onclick":
        menu = (
            '<table width="380" border="0" cellspacing="2" cellpadding="2">\n'
            + "\n".join(
                f"<tr><td onClick=\"location.href='{numeral_file(item)}'\" "
                "onMouseOver=\"this.bgColor='#FFCC00'\" onMouseOut=\"this.bgColor='#FFFFFF'\" "
                'style="cursor:hand"><font face="Arial" size="2">'
                f"{_ent(item.label)}</font></td></tr>"
                for item in present
            )
            + "\n</table>"
        )
    else:
        menu = (
            '<form name="form1" id="form1">\n<select name="menu1" '
            "onChange=\"MM_jumpMenu('parent',this,0)\">\n"
            f"<option selected>{_ent(words['choose']['text'])}</option>\n"
            + "\n".join(
                f'<option value="{numeral_file(item)}">{_ent(item.label)}</option>'
                for item in present
            )
            + "\n</select>\n</form>"
        )
    back = (
        '<a href="../index.html" onMouseOut="MM_swapImgRestore()" '
        "onMouseOver=\"MM_swapImage('Volver','','../images/botones/volver_2.gif',1)\">"
        f'<img src="{words["back_image"]["text"]}" alt="{_ent(SITE["back"]["text"])}" '
        'name="Volver" width="80" height="25" border="0" id="Volver"></a>'
    )
    numbers = ""
    if fallback:
        numbers = (
            '<p align="center"><font face="Arial" size="1">| '
            + " | ".join(f'<a href="{numeral_file(item)}">{item.numeral}</a>' for item in present)
            + " |</font></p>"
        )
    routes[index] = _flash_page(
        law,
        f'<tr><td><img src="../{words["banner_image"]["text"]}" width="780" height="60" '
        f'alt="{_ent(law)}"></td></tr>\n'
        f'<tr><td><p><font face="Arial" size="2">{_ent(_OPENING)}</font></p></td></tr>\n'
        f'<tr><td align="center">{menu}</td></tr>\n<tr><td>{numbers}</td></tr>\n'
        f'<tr><td align="right">{back}</td></tr>',
    )
    for item in present:
        rows = []
        for doc in item.docs:
            year = uploaded(doc, today, draw(st.integers(1, 25))).year
            doc.path = unique(
                words["documents"]["text"].format(yyyy=year, file=_stem(doc.name) + ".pdf"), seen
            )
            name = _ent(doc.name)
            beside = f'<a href="..{doc.path}" target="_blank">{name}</a>' if doc_text else "&nbsp;"
            rows.append(
                f'<tr><td width="40"><a href="..{doc.path}" target="_blank"><img '
                f'src="{words["pdf_icon"]["text"]}" alt="{name}" title="{name}" width="32" '
                f'height="32" border="0"></a></td><td><font face="Arial" size="2">{beside}</font>'
                "</td></tr>"
            )
        picture = (
            f'<img src="{words["title_image"]["text"].format(nn=f"{item.numeral:02d}")}" '
            f'alt="{_ent(item.label) if heading == "alt" else ""}" width="500" height="40">'
        )
        if heading == "text":
            picture += f'<br>\n<font face="Arial" size="4"><b>{_ent(item.label)}</b></font>'
        docs = (
            '<table width="100%" border="0" cellspacing="0" cellpadding="2">\n'
            + "\n".join(rows)
            + "\n</table>"
            if rows
            else ""
        )
        title = item.label if heading == "title" else f"{law} - {SITE['title']['text']}"
        routes[words["numeral_page"]["text"].format(nn=f"{item.numeral:02d}")] = _flash_page(
            title,
            f"<tr><td>{picture}</td></tr>\n<tr><td>{_words(item, _ent)}{docs}</td></tr>\n"
            f'<tr><td align="right">{back.replace("../index.html", "index.html")}</td></tr>',
        )
        portal.notes[item.numeral] = (
            f"flash-era/nav={nav}/names={names}/fallback={fallback}/heading={heading}/"
            f"doc_text={doc_text}/home={home_nav}/{len(item.docs)} docs"
        )
    _AFTER[id(portal)] = _After("/")
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "frames": _frames,
    "encoding": _encoding,
    "paths": _paths,
    "flash-era": _flash,
}

_BODY_END = re.compile(rb"</body>", re.IGNORECASE)


def _finish(portal: ExamPortal) -> ExamPortal:
    """Once the generator's noise ran: link its failing page (when there is one) from a page these
    sites have, and answer aliases (``file.pdf?``) as a real server does."""
    after = _AFTER.pop(id(portal), None)
    if after is None:
        return portal
    for alias, path in after.aliases:
        if path in portal.routes and portal.routes[path].status == 200:
            portal.routes[alias] = portal.routes[path]
    hook = portal.routes.get(after.hook)
    if _FAILING in portal.routes and hook is not None and _FAILING.encode() not in hook.body:
        ends = list(_BODY_END.finditer(hook.body))
        at = ends[-1].start() if ends else len(hook.body)
        link = f'<p><a href="{_FAILING}">{SITE["failing"]["text"]}</a></p>\n'.encode()
        hook.body = hook.body[:at] + link + hook.body[at:]
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 14 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS).map(_finish)


def _text(body: bytes) -> str:
    """A page's text as a browser would most likely read it (BOM, then UTF-8, else windows-1252)."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", "replace")


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): the first two pages holding
    one of ``first``, the item's label (escaped as each layout writes it), or a document's link."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [*first]
    for text in (item.label, item.plain):
        needles += [_e(text), _ent(text), _mojibake(_e(text))]
    for doc in item.docs:
        needles += [_e(doc.path), _e(unquote(doc.path)), _e(doc.path.rsplit("/", 1)[-1])]
    out: list[str] = []
    shown: set[str] = set()
    for needle in needles:
        for path, resource in portal.routes.items():
            if not resource.content_type.startswith("text/html") or path in shown:
                continue
            text = _text(resource.body)
            at = text.find(needle)
            if at >= 0:
                out.append(f"{path}: …{text[max(0, at - 150) : at + width]}…")
                shown.add(path)
                if len(out) >= 2:
                    return "\n    html: ".join(out)
                break
    return "\n    html: ".join(out) or "(not on any page)"
