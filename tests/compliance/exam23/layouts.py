"""Twenty-third exam: four portal layouts IN SEVERAL LANGUAGES, with the truth of every section.

Guatemala's Ley de Idiomas Nacionales (Decreto 19-2003) asks public bodies to publish in the Mayan,
Garífuna and Xinka languages of their region; many portals are bilingual, carry the LAIP itself in
Mayan languages, or double their address space with language versions. Items (truth, labels,
documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); the truth is what the Spanish (main) version of
each item says. Other versions never publish an item the Spanish version does not (an empty or
not-applicable item keeps its phrase or law text in every version, a missing item is in none, a
broken item's documents answer 404 in every language). Layouts:

* ``bilingue``: one table of the numerals under a heading in a Mayan language (the LAIP's own
  K'iche' or Kaqchikel title, ``lang`` attributes) and the Spanish one; a K'iche' greeting; the
  LAIP in Mayan languages offered as PDFs ("Decreto 57-2008 en los diferentes idiomas Mayas")
  before or after the table; in some portals each document published twice ("Versión en idioma
  Mam"), every version or only the older ones (the current report only in Spanish).
* ``wpml``: a WordPress site with WPML: every page also at ``?lang=en`` (and in some portals
  ``?lang=kiche``), a language switcher on every page, hreflang alternates in some portals; the
  other versions are untranslated copies, copies with translated chrome, or lag behind (the newest
  document of each item missing).
* ``polylang``: a WordPress site with Polylang: the Spanish page under ``/es/…`` (or without a
  prefix) and an English one under ``/en/<translated slug>/``, sections per numeral; the English
  version a copy, lagging, or holding only some numerals; a Google Translate widget or a
  "Traducir" link to translate.google.com in some portals.
* ``joomla``: Joomla's language filter: ``/index.php/es/…`` and ``/index.php/en/…`` (or
  ``index.php?…&lang=es``), a page per numeral, the ``mod-languages`` dropdown or flag links; the
  English version lags behind or links the same documents; some Spanish pages add the current
  report "Versión en idioma Mam".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    paragraphs,
    snippet,
    wording,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("bilingue", "wpml", "polylang", "joomla")
EXAM23: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam23 layout shares:
# * bilingue: "table" — a table of numbered rows (bare names allowed, no own text).
# * wpml: "wordpress" — one page per numeral (bare names allowed, own text).
# * polylang: "accordion" — sections of one page (bare names allowed, own text, empty phrases).
# * joomla: "joomla" — one page per numeral (numbered labels, the law's text with every item).
_INNER = {"bilingue": "table", "wpml": "wordpress", "polylang": "accordion", "joomla": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    """A string of wording.toml, or the texts of a list of them."""
    entry = EXAM23[section][key]
    return [e["text"] for e in entry] if isinstance(entry, list) else entry["text"]


# -- shared --------------------------------------------------------------------------------------


@dataclass
class _Site:
    body: str
    domain: str
    today: dt.date
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date, items: list[Item]) -> _Site:
    body, domain = draw(st.sampled_from(EXAM23["page"]["bodies"]))["text"]
    site = _Site(str(body), str(domain), today)
    site.seen = {d.path for i in items for d in i.docs}
    return site


def _put(site: _Site, url: str, body: bytes) -> None:
    site.routes[unquote(url)] = Resource(body)


def _link(href: str, text: str, css: str = "", lang: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    attr += f' lang="{lang}" hreflang="{lang}"' if lang else ""
    return f'<a href="{_e(href)}"{attr}>{_e(text)}</a>'


def _pdf(site: _Site, path: str, name: str, day: dt.date | None, served: bool = True) -> None:
    """An extra document of the portal (a translation), served as a PDF unless broken."""
    if not served:
        return
    stamp = None
    if day is not None:
        stamp = dt.datetime.combine(day, dt.time(12)).timestamp()
    site.routes[path] = Resource(
        b"%PDF-1.4 traduccion " + name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


def _newest(item: Item) -> Doc | None:
    dated = [d for d in item.docs if d.modified is not None]
    return max(dated, key=lambda d: d.modified or dt.date.min) if dated else None


def _lagging(item: Item) -> list[Doc]:
    """What a version that lags behind still lists: every document but the newest."""
    newest = _newest(item)
    return [d for d in item.docs if d is not newest]


def _version_path(site: _Site, doc: Doc, suffix: str) -> str:
    stem, dot, ext = doc.path.rpartition(".")
    path = f"{stem}-{suffix}.{ext}" if dot else f"{doc.path}-{suffix}"
    while path in site.seen:
        path = path.replace(f"-{suffix}", f"-{suffix}-2", 1)
    site.seen.add(path)
    return path


def _docs_html(docs: list[Doc]) -> str:
    if not docs:
        return ""
    lis = "".join(f"<li>{_link(d.path, d.name)}</li>" for d in docs)
    return f"<ul class='documentos'>{lis}</ul>"


def _words(item: Item) -> str:
    return paragraphs(item_words(item))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _note(item: Item, how: str) -> str:
    return f"{how} truth={item.truth} docs={len(item.docs)}"


def _footer(site: _Site) -> str:
    text = str(_w("page", "footer")).format(body=site.body)
    return f"<footer class='site-footer'><p>{_e(text)}</p></footer>"


def _page(
    site: _Site,
    title: str,
    main: str,
    *,
    lang: str = "es",
    menu: str = "",
    head: str = "",
    top: str = "",
    tail: str = "",
    h1: str = "",
) -> bytes:
    """A page of the body's site in ``lang``: header (``top`` holds switchers), menu, title."""
    heading = h1 or f"<h1>{_e(title)}</h1>"
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{_e(title)} - {_e(site.body)}</title>{head}</head><body>"
        f"<header class='site-header'>{top}<p class='institucion'>{_e(site.body)}</p>"
        f"<nav><ul>{menu}</ul></nav></header>"
        f"<main>{heading}{main}</main>{_footer(site)}{tail}</body></html>"
    )
    return html.encode("utf-8")


def _home(site: _Site, index: str, top: str = "", head: str = "", tail: str = "") -> None:
    """The body's home page at ``/`` (it must hold ``</main>``: the kit's noise may add a link)."""
    intro = str(_w("page", "intro")).format(body=site.body)
    menu = (
        f"<li>{_link('/', _w('page', 'home'))}</li><li>{_link(index, _w('page', 'index'))}</li>"
        f"<li>{_link('/noticias/', 'Noticias')}</li>"
    )
    main = (
        f"<p>{_e(intro)}</p><p>{_link(index, _w('page', 'portal'))}</p>"
        f"<p>{_link('/noticias/obra-calle-principal/', 'Noticias')}</p>"
    )
    _put(site, "/", _page(site, site.body, main, menu=menu, top=top, head=head, tail=tail))


def _translate(draw: st.DrawFn, site: _Site, page: str) -> tuple[str, str]:
    """A Google Translate widget or a "Traducir" link (another host), or nothing: (top, tail)."""
    kind = draw(st.sampled_from(["none", "widget", "link"]))
    if kind == "widget":
        top = "<div id='google_translate_element'></div>"
        tail = (
            f"<script>{_w('translate', 'widget')}</script>"
            f"<script src='{_w('translate', 'loader')}'></script>"
        )
        return top, tail
    if kind == "link":
        url = quote(f"https://{site.domain}{page}", safe="")
        href = str(_w("translate", "link")).format(url=url)
        return f"<p class='traducir'>{_link(href, _w('translate', 'link_text'))}</p>", ""
    return "", ""


# -- bilingue ------------------------------------------------------------------------------------


def _bilingue(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, items)
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica-de-oficio/"]))
    code, title = _w("maya", "titles")[draw(st.integers(0, 1))]
    lang_attr = draw(st.booleans())
    laws_first = draw(st.booleans())
    mayan_docs = draw(st.sampled_from(["none", "every", "older", "some"]))
    vcode, vsuffix, vtext = _w("maya", "versions")[draw(st.integers(0, 2))]
    how = (
        f"bilingue/{code}/docs={mayan_docs}/{vsuffix}/lang_attr={lang_attr}/laws_first={laws_first}"
    )
    la = f' lang="{code}"' if lang_attr else ""
    h1 = (
        f"<h1><span class='maya'{la}>{_e(title)}</span><br>"
        f"<span class='es'>{_e(_w('page', 'index'))}</span></h1>"
    )
    gcode, greet = _w("maya", "greeting")
    gattr = f' lang="{gcode}"' if lang_attr else ""
    greeting = f"<p class='saludo'{gattr}>{_e(greet)}</p>"
    laws = []
    for lslug, ltext in _w("maya", "laws"):
        path = f"/archivos/leyes/decreto-57-2008-{lslug}.pdf"
        _pdf(site, path, ltext, None)
        laws.append(f"<li>{_link(path, ltext)}</li>")
    langs_name, langs_number = _w("maya", "languages_law")
    laws_block = (
        f"<h2>{_e(_w('maya', 'laws_heading'))}</h2><ul class='leyes'>{''.join(laws)}</ul>"
        f"<h3>{_e(langs_name)}</h3><p>{_e(langs_number)}</p>"
        f"<p>{_e(_w('maya', 'article9'))}</p>"
    )
    head = "".join(f"<th>{_e(c)}</th>" for c in _w("maya", "columns"))
    rows = []
    for item in _present(items):
        with_version = mayan_docs == "every" or (mayan_docs == "some" and draw(st.booleans()))
        if mayan_docs == "older":
            versioned = {id(d) for d in _lagging(item)}
        else:
            versioned = {id(d) for d in item.docs} if with_version else set()
        portal.notes[item.numeral] = _note(item, f"{how}/versions={len(versioned)}")
        cells = []
        for doc in item.docs:
            cell = _link(doc.path, doc.name)
            if id(doc) in versioned:
                path = _version_path(site, doc, vsuffix)
                _pdf(site, path, f"{doc.name} ({vtext})", doc.modified, served=doc.ok)
                attr = f' lang="{vcode}"' if lang_attr else ""
                cell += f" <small{attr}>{_link(path, vtext)}</small>"
            cells.append(f"<li>{cell}</li>")
        docs = f"<ul>{''.join(cells)}</ul>" if cells else ""
        rows.append(
            f"<tr><td>{item.numeral}</td><td>{_e(item.label)}{_words(item)}</td>"
            f"<td>{docs}</td></tr>"
        )
    table = f"<table class='table table-bordered'><tr>{head}</tr>{''.join(rows)}</table>"
    main = greeting + (laws_block if laws_first else "") + _opening() + table
    main += "" if laws_first else laws_block
    menu = (
        f"<li>{_link('/', _w('page', 'home'))}</li><li>{_link(index, _w('page', 'index'))}</li>"
        f"<li>{_link('/unidad-de-informacion-publica/', 'Unidad de Información Pública')}</li>"
    )
    _put(site, index, _page(site, str(_w("page", "index")), main, menu=menu, h1=h1))
    _home(site, index)
    return site.routes


# -- wpml ----------------------------------------------------------------------------------------


def _with_lang(url: str, code: str) -> str:
    if code == "es":
        return url
    return f"{url}{'&' if '?' in url else '?'}lang={code}"


def _wpml(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, items)
    index = str(_w("wpml", "index"))
    page_form = draw(st.integers(0, 1))
    codes = ["es", "en"] + (["kiche"] if draw(st.booleans()) else [])
    modes = {
        "en": draw(st.sampled_from(["copy", "chrome", "lag"])),
        "kiche": draw(st.sampled_from(["copy", "lag"])),
    }
    hreflang = draw(st.booleans())
    placement = draw(st.sampled_from(["header", "footer"]))
    how = f"wpml/{'+'.join(codes)}/en={modes['en']}/kiche={modes.get('kiche')}/hreflang={hreflang}"
    names = {"es": _w("lang", "es"), "en": _w("lang", "en"), "kiche": _w("lang", "quc")}
    html_lang = {"es": "es", "en": "en", "kiche": "quc"}

    def switcher(url: str, current: str) -> str:
        lis = []
        for i, c in enumerate(codes):
            css = f"wpml-ls-slot-{placement} wpml-ls-item wpml-ls-item-{c}"
            css += " wpml-ls-current-language" if c == current else ""
            css += " wpml-ls-first-item" if i == 0 else ""
            css += " wpml-ls-last-item" if i == len(codes) - 1 else ""
            css += " wpml-ls-item-legacy-list-horizontal"
            lis.append(
                f'<li class="{css}"><a href="{_e(_with_lang(url, c))}" class="wpml-ls-link">'
                f'<span class="wpml-ls-native" lang="{html_lang[c]}">{_e(names[c])}</span></a></li>'
            )
        return (
            f'<div class="wpml-ls-statics-{placement} wpml-ls wpml-ls-legacy-list-horizontal">'
            f"<ul>{''.join(lis)}</ul></div>"
        )

    def alternates(url: str) -> str:
        if not hreflang:
            return ""
        out = "".join(
            f'<link rel="alternate" hreflang="{html_lang[c]}" '
            f'href="https://{site.domain}{_e(_with_lang(url, c))}" />'
            for c in codes
        )
        return (
            out + f'<link rel="alternate" hreflang="x-default" href="https://{site.domain}{url}" />'
        )

    def emit(url: str, code: str, title: str, main: str, h1: str = "") -> None:
        ls = switcher(url, code)
        top, tail = (ls, "") if placement == "header" else ("", ls)
        en = code == "en" and modes["en"] != "copy"
        home = _w("lang", "en_home") if en else _w("page", "home")
        idx = _w("lang", "en_index") if en else _w("page", "index")
        menu = (
            f"<li>{_link(_with_lang('/', code), home)}</li>"
            f"<li>{_link(_with_lang(index, code), idx)}</li>"
        )
        body = _page(
            site,
            title,
            main,
            lang=html_lang[code],
            menu=menu,
            head=alternates(url),
            top=top,
            tail=tail,
            h1=h1,
        )
        _put(site, _with_lang(url, code), body)

    for code in codes:
        mode = modes.get(code, "copy")
        links = []
        for item in _present(items):
            page = str(_w("wpml", "pages")[page_form]).format(n=item.numeral)
            links.append(f"<li>{_link(_with_lang(page, code), item.label)}</li>")
            if code == "es":
                portal.notes[item.numeral] = _note(item, how)
            docs = _lagging(item) if mode == "lag" else item.docs
            heading = (
                f"<h2>{_e(_w('lang', 'en_documents'))}</h2>"
                if code == "en" and mode != "copy"
                else f"<h2>{_e(_w('page', 'documents'))}</h2>"
            )
            main = _words(item) + (heading + _docs_html(docs) if docs else "")
            emit(page, code, item.label, main)
        title = _w("lang", "en_index") if code == "en" and mode != "copy" else _w("page", "index")
        intro = (
            f"<p>{_e(_w('lang', 'en_intro'))}</p>"
            if code == "en" and mode != "copy"
            else _opening()
        )
        h1 = ""
        if code == "kiche":
            mcode, mtitle = _w("maya", "titles")[0]
            h1 = f"<h1 lang='{mcode}'>{_e(mtitle)}</h1>"
        emit(index, code, str(title), intro + f"<ul class='numerales'>{''.join(links)}</ul>", h1)
    ls = switcher("/", "es")
    _home(
        site,
        index,
        top=ls if placement == "header" else "",
        tail=ls if placement != "header" else "",
    )
    for code in codes[1:]:  # the home page of each other version
        main = f"<p>{_link(_with_lang(index, code), _w('page', 'portal'))}</p>"
        emit("/", code, site.body, main)
    return site.routes


# -- polylang ------------------------------------------------------------------------------------


def _polylang(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, items)
    es_slug, en_slug = _w("polylang", "slugs")[draw(st.integers(0, 1))]
    es_prefix = draw(st.booleans())  # Spanish under /es/ (else the default language, no prefix)
    es_url = f"/es/{es_slug}/" if es_prefix else f"/{es_slug}/"
    en_url = f"/en/{en_slug}/"
    mode = draw(st.sampled_from(["copy", "lag", "subset"]))
    present = _present(items)
    translated = [i for i in present if mode != "subset" or draw(st.booleans())]
    top_tr, tail_tr = _translate(draw, site, es_url)
    tr_kind = "widget" if tail_tr else ("link" if top_tr else "none")
    how = f"polylang/es_prefix={es_prefix}/en={mode}/translate={tr_kind}"
    alt = (
        f'<link rel="alternate" href="https://{site.domain}{es_url}" hreflang="es" />'
        f'<link rel="alternate" href="https://{site.domain}{en_url}" hreflang="en" />'
    )

    def switcher(current: str) -> str:
        lis = []
        for n, (code, url, name) in enumerate(
            [("es", es_url, _w("lang", "es")), ("en", en_url, _w("lang", "en"))]
        ):
            css = f"lang-item lang-item-{8 + 3 * n} lang-item-{code}"
            css += " current-lang" if code == current else ""
            css += " lang-item-first" if n == 0 else ""
            lis.append(f'<li class="{css}">{_link(url, name, lang=code)}</li>')
        return f"<ul class='language-switcher'>{''.join(lis)}</ul>"

    def sections(chosen: list[Item], lag: bool, english: bool) -> str:
        out = []
        for item in chosen:
            docs = _lagging(item) if lag else item.docs
            heading = _w("lang", "en_documents") if english else _w("page", "documents")
            body = _words(item) + (f"<h4>{_e(heading)}</h4>{_docs_html(docs)}" if docs else "")
            out.append(
                f"<section id='numeral-{item.numeral}' class='numeral'>"
                f"<h3>{_e(item.label)}</h3>{body}</section>"
            )
        return "".join(out)

    for item in present:
        portal.notes[item.numeral] = _note(item, f"{how}/in_en={item in translated}")
    es_menu = (
        f"<li>{_link('/es/' if es_prefix else '/', _w('page', 'home'))}</li>"
        f"<li>{_link(es_url, _w('page', 'index'))}</li>"
    )
    es_main = _opening() + sections(present, False, False)
    _put(
        site,
        es_url,
        _page(
            site,
            str(_w("page", "index")),
            es_main,
            menu=es_menu,
            head=alt,
            top=switcher("es") + top_tr,
            tail=tail_tr,
        ),
    )
    en_menu = (
        f"<li>{_link('/en/', _w('lang', 'en_home'))}</li>"
        f"<li>{_link(en_url, _w('lang', 'en_index'))}</li>"
    )
    en_main = f"<p>{_e(_w('lang', 'en_intro'))}</p>" + sections(translated, mode == "lag", True)
    _put(
        site,
        en_url,
        _page(
            site,
            str(_w("lang", "en_index")),
            en_main,
            lang="en-US",
            menu=en_menu,
            head=alt,
            top=switcher("en"),
        ),
    )
    _put(
        site,
        "/en/",
        _page(
            site,
            "Home",
            f"<p>{_link(en_url, _w('lang', 'en_index'))}</p>",
            lang="en-US",
            menu=en_menu,
            top=switcher("en"),
        ),
    )
    if es_prefix:
        _put(
            site,
            "/es/",
            _page(
                site,
                site.body,
                f"<p>{_link(es_url, _w('page', 'portal'))}</p>",
                menu=es_menu,
                top=switcher("es"),
            ),
        )
    _home(site, es_url, top=switcher("es") + top_tr, tail=tail_tr)
    return site.routes


# -- joomla --------------------------------------------------------------------------------------


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today, items)
    es_slug, en_slug = _w("joomla", "slugs")[draw(st.integers(0, 1))]
    sef = draw(st.booleans())  # search-engine-friendly addresses (else index.php?…&lang=)
    mode = draw(st.sampled_from(["same", "lag"]))
    switch_kind = draw(st.sampled_from(["dropdown", "links"]))
    mam = draw(st.booleans())  # some Spanish pages add the current report in Mam
    _vcode, vsuffix, vtext = _w("maya", "versions")[0]
    how = f"joomla/sef={sef}/en={mode}/switcher={switch_kind}/mam={mam}"
    slugs = {"es": es_slug, "en": en_slug}

    def index_url(code: str) -> str:
        if sef:
            return f"/index.php/{code}/{slugs[code]}"
        return f"/index.php?option=com_content&view=category&id=8&lang={code}"

    def item_url(code: str, item: Item) -> str:
        if sef:
            return f"/index.php/{code}/{slugs[code]}/{item.numeral}-{_slug(item.plain)[:30]}"
        return (
            f"/index.php?option=com_content&view=article&id={100 + item.numeral}"
            f"&catid=8&lang={code}"
        )

    def switcher(urls: dict[str, str], current: str) -> str:
        names = {"es": _w("lang", "es"), "en": _w("lang", "en")}
        selected = ' selected="selected"'
        active = ' class="lang-active"'
        if switch_kind == "dropdown":
            opts = "".join(
                f'<option dir="ltr" value="{_e(urls[c])}"'
                f"{selected if c == current else ''}>{_e(names[c])}</option>"
                for c in ("es", "en")
            )
            return (
                f'<div class="mod-languages"><form name="lang" method="post" '
                f'action="{_e(urls[current])}"><select class="inputbox" '
                f'onchange="document.location.replace(this.value);">{opts}</select></form></div>'
            )
        links = "".join(
            f"<li{active if c == current else ''}>"
            f'<a href="{_e(urls[c])}" hreflang="{c}">{_e(names[c])}</a></li>'
            for c in ("es", "en")
        )
        return f'<div class="mod-languages"><ul class="lang-inline">{links}</ul></div>'

    def menu(code: str) -> str:
        en = code == "en"
        return (
            f"<li>{_link('/', _w('lang', 'en_home') if en else _w('page', 'home'))}</li>"
            f"<li>{_link(index_url(code), _w('lang', 'en_index') if en else _w('page', 'index'))}"
            "</li>"
        )

    present = _present(items)
    for code in ("es", "en"):
        links = []
        for item in present:
            url = item_url(code, item)
            urls = {c: item_url(c, item) for c in ("es", "en")}
            links.append(f"<li>{_link(url, item.label)}</li>")
            docs = _lagging(item) if code == "en" and mode == "lag" else list(item.docs)
            body = _words(item)
            if docs:
                rows = []
                newest = _newest(item)
                for doc in docs:
                    row = _link(doc.path, doc.name)
                    if code == "es" and mam and doc is newest:
                        path = _version_path(site, doc, vsuffix)
                        _pdf(site, path, f"{doc.name} ({vtext})", doc.modified, served=doc.ok)
                        row += f" | {_link(path, vtext)}"
                    rows.append(f"<li>{row} <small>PDF</small></li>")
                body += f"<ul class='documentos'>{''.join(rows)}</ul>"
            if code == "es":
                portal.notes[item.numeral] = _note(item, how)
            _put(
                site,
                url,
                _page(
                    site,
                    item.label,
                    body,
                    lang="es-es" if code == "es" else "en-gb",
                    menu=menu(code),
                    top=switcher(urls, code),
                ),
            )
        title = _w("page", "index") if code == "es" else _w("lang", "en_index")
        intro = _opening() if code == "es" else f"<p>{_e(_w('lang', 'en_intro'))}</p>"
        urls = {c: index_url(c) for c in ("es", "en")}
        main = intro + f"<ul class='list-numerales'>{''.join(links)}</ul>"
        _put(
            site,
            index_url(code),
            _page(
                site,
                str(title),
                main,
                lang="es-es" if code == "es" else "en-gb",
                menu=menu(code),
                top=switcher(urls, code),
            ),
        )
    _home(site, index_url("es"), top=switcher({c: index_url(c) for c in ("es", "en")}, "es"))
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "bilingue": _bilingue,
    "wpml": _wpml,
    "polylang": _polylang,
    "joomla": _joomla,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 23 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
