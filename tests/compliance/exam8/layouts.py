"""Eighth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first seven exams'. Wording and structure: ``wording.toml`` here (sources there;
none of them Guatemalan: Peru's national transparency portal, Microsoft IIS, a WordPress plugin and
the CKAN open-data software). Layouts:

* ``pte``: Peru's "Portal de Transparencia Estándar": one page per TAB, addressed by query
  (``enlaces/pte_transparencia_enlaces.aspx?id_entidad=<n>&id_tema=5``), every tab page carrying
  the tab bar; list tabs hold groups ("Planes y Políticas", "Recomendaciones de Auditoría") whose
  items are links with the law's text only in an ``onmouseover`` tooltip, and documents whose href
  is a script call ``Javascript: pte_js_enviar_Link(<id>,'<name>','<url>','1')``; the
  "Presupuesto" tab is an ``<object data=…InformacionPresupuestal.aspx?sec_ejec=<n>>`` embedding
  another page (plain links there); "Personal", "Contrataciones", "Proyectos" hold a period form
  (Año / Trimestre) and a table "Año | Trimestre | Archivo" per item.
* ``iis``: a municipal page of numerals with their words and a "Ver documentos" link to a folder
  of the server's IIS directory browsing: raw pages "host - /Transparencia/Articulo10/Numeral 08/"
  with "[To Parent Directory]", lines " 11/3/2026  2:41 PM       245760 <A HREF=…>name.pdf</A>"
  (US dates, month first, in most portals; day first in others), monthly items in year subfolders
  (``<dir>``); broken documents linked straight from the municipal page to files no longer there.
* ``dlm``: WordPress with the Download Monitor Page Addon: a municipal page of numerals with their
  words and a link to each numeral's download CATEGORY; the [download_page] front lists non-empty
  categories by name with their 4 most downloaded documents "Title (count)"; category pages list
  downloads by title; each download's info page has a "Download" button to ``/download/<ID>/`` (no
  extension, the name in Content-Disposition) and a table "Filename | Filesize | Date added |
  Downloaded | Category" in English (the addon is not translated).
* ``ckan``: a CKAN open-data portal in Spanish: an organization page of datasets (one per
  numeral, 20 a page, newest first), titles cut at 80 characters and notes at 180; dataset pages
  with the item's words as description, "Datos y Recursos" (names cut at 50, "Explorar" menu with
  "Más información" and "Descargar" → ``…/resource/<uuid>/download/<file>.pdf``) or "Este conjunto
  de datos no tiene datos", "Información Adicional" with "Última actualización"; resource pages
  with "Última actualización de los datos".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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

LAYOUTS = ("pte", "iis", "dlm", "ckan")
EXAM8 = wording(__file__)
# Which generated layout's truth conventions an exam8 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * pte: "dl" — item names under group headings (bare labels allowed), own text allowed.
# * iis: "archive" — item → (year) → documents; no own text, the law's text on empty items.
# * dlm: "wordpress" — headings on one page (bare labels allowed), own text allowed.
# * ckan: "joomla" — one page per numeral with the law's wording as its description.
_INNER = {"pte": "dl", "iis": "archive", "dlm": "wordpress", "ckan": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _moment(day: dt.date, draw: st.DrawFn) -> dt.datetime:
    """A time of office hours on ``day``."""
    return dt.datetime.combine(day, dt.time(draw(st.integers(7, 17)), draw(st.integers(0, 59))))


# -- pte (Peru's Portal de Transparencia Estándar: tabs by query, script links, an <object>) -------


def _js(text: str) -> str:
    """``text`` inside a single-quoted script string."""
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _pte(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM8["pte"]
    seen: set[str] = set()
    entity = draw(st.integers(10_000, 40_000))
    sec = draw(st.integers(300_000, 302_000))
    present = {item.numeral: item for item in _present(items)}
    tabs = words["tabs"]
    link_id = draw(st.integers(1_000, 90_000))

    def url(tab: dict) -> str:
        return f"/{tab['path']}?id_entidad={entity}&id_tema={tab['id']}"

    for item in present.values():
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 20)))
            doc.path = unique(
                words["documents"]["text"].format(
                    entity=entity, year=up.year, stem=_slug(doc.name)[:60]
                ),
                seen,
            )

    def script_link(doc: Doc) -> str:
        nonlocal link_id
        link_id += draw(st.integers(1, 50))
        href = words["link"]["text"].format(id=link_id, name=_js(doc.name), url=_js(doc.path))
        return f'<a href="{_e(href)}">{_e(doc.name)}</a>'

    def tooltip(title: str, text: str) -> str:
        return _e(words["tooltip"]["text"].format(title=_js(_e(title)), text=_js(_e(text))))

    def period(item: Item, doc: Doc) -> tuple[str, str]:
        assert doc.modified is not None
        rhythm = ITEMS[item.numeral]["rhythm"]
        if rhythm == "monthly":
            return str(doc.modified.year), words["quarters"]["text"][(doc.modified.month - 1) // 3]
        return str(doc.modified.year), words["yearly"]["text"] if rhythm == "yearly" else "—"

    script = f"<script>{words['script']['text']}</script>"
    for tab in tabs:
        groups = [g for g in words["groups"] if g["tab"] == tab["id"]]
        parts = []
        for group in groups:
            members = [present[n] for n in group["numerals"] if n in present]
            if tab["kind"] == "list":
                lis = [
                    f'<li class="pte-grupo"><a href="#" onmouseover="{tooltip(group["text"], "")}"'
                    f' onmouseout="UnTip()">{_e(group["text"])}</a></li>'
                ]
                for item in members:
                    docs = "".join(f"<li>{script_link(d)}</li>" for d in item.docs)
                    lis.append(
                        f'<li class="pte-item"><a href="#" onmouseover='
                        f'"{tooltip(item.label, item.law_text)}" onmouseout="UnTip()">'
                        f"{_e(item.label)}</a>"
                        f"{_paragraphs(item_words(item, law=False), 'nota')}"
                        + (f"<ul>{docs}</ul>" if docs else "")
                        + "</li>"
                    )
                    portal.notes[item.numeral] = (
                        f"pte/tab={tab['id']}/list/group={group['text']}/{len(item.docs)} docs"
                    )
                parts.append(f'<ul class="pte-lista">{"".join(lis)}</ul>')
            elif tab["kind"] == "table":
                years = sorted({d.modified.year for i in members for d in i.docs if d.modified})
                years = sorted(set(years) | {today.year}, reverse=True)
                form = (
                    f'<form method="post" class="pte-periodo"><label>{_e(words["period"]["text"])}'
                    f'</label> <label>{_e(words["year"]["text"])}</label><select name="anio">'
                    + "".join(f"<option>{y}</option>" for y in years)
                    + f"</select> <label>{_e(words['quarter']['text'])}</label>"
                    '<select name="trimestre">'
                    + "".join(
                        f'<option value="{n}">{_e(q)}</option>'
                        for n, q in enumerate(words["quarters"]["text"], 1)
                    )
                    + '</select> <input type="submit" value="'
                    + f'{_e(words["search"]["text"])}"></form>'
                )
                blocks = [form]
                head = "".join(f"<th>{_e(h['text'])}</th>" for h in words["headers"])
                for item in members:
                    docs = sorted(item.docs, key=lambda d: d.modified or today, reverse=True)
                    rows = "".join(
                        "<tr>"
                        + "".join(f"<td>{_e(c)}</td>" for c in period(item, d))
                        + f"<td>{script_link(d)}</td></tr>"
                        for d in docs
                    )
                    table = f"<table><tr>{head}</tr>{rows}</table>" if rows else ""
                    blocks.append(
                        f"<h5>{_e(item.label)}</h5>{_paragraphs(item_words(item))}{table}"
                    )
                    portal.notes[item.numeral] = f"pte/tab={tab['id']}/table/{len(docs)} docs"
                parts.append("".join(blocks))
            else:  # the budget tab: an <object> embedding another application's page
                obj = words["object"]["text"].format(sec=sec)
                sections = []
                for item in members:
                    docs = sorted(item.docs, key=lambda d: d.modified or today, reverse=True)
                    rows = []
                    for doc in docs:
                        year, when = period(item, doc)
                        if ITEMS[item.numeral]["rhythm"] == "monthly" and doc.modified:
                            when = MESES[doc.modified.month - 1]
                        rows.append(
                            f"<tr><td>{year}</td><td>{_e(when)}</td><td><a href="
                            f'"{_e(doc.path)}" target="_blank">{_e(doc.name)}</a></td></tr>'
                        )
                    table = f"<table>{''.join(rows)}</table>" if rows else ""
                    sections.append(
                        f"<h3>{_e(item.label)}</h3>{_paragraphs(item_words(item))}{table}"
                    )
                    portal.notes[item.numeral] = f"pte/tab=19/object/{len(docs)} docs"
                title = _e(group["text"])
                routes[obj] = Resource(
                    (
                        "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
                        f"<title>{title}</title></head><body><main><h1>{title}</h1>"
                        f"{''.join(sections)}</main></body></html>"
                    ).encode()
                )
                parts.append(
                    f'<object data="{_e(obj)}" type="text/html" width="100%" height="900"></object>'
                )
        nav = "".join(
            f'<li class="{"active" if other is tab else ""}"><a href="{_e(url(other))}">'
            f"{_e(other['text'])}</a></li>"
            for other in tabs
        )
        body = (
            f"<h2>{_e(words['entity']['text'])}</h2>"
            f'<ul class="nav nav-tabs">{nav}</ul><div class="tab-content">'
            f"<h4>{_e(tab['text'].upper())}</h4>{''.join(parts)}</div>{script}"
        )
        routes[url(tab)] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, _e(url(tabs[0])), words["title"]["text"])
    return routes


# -- iis (a municipal page → the server's IIS directory browsing) ---------------------------------


def _iis_stamp(moment: dt.datetime, us: bool) -> str:
    """ " 11/3/2026  2:41 PM" (US) or "03/11/2026    14:41" (day first), as IIS prints them."""
    if us:
        day = f"{moment.month}/{moment.day}/{moment.year}"
        hour = moment.hour % 12 or 12
        clock = f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"
    else:
        day = f"{moment.day:02d}/{moment.month:02d}/{moment.year}"
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{day:>10} {clock:>8}"


def _iis_listing(
    shown: str, parent: str, entries: list[tuple[str, str, dt.datetime, int | None]], us: bool
) -> bytes:
    """An IIS directory page: ``shown`` path, the parent link, then (name, href, time, size or
    None for a folder), sorted by name as the file system enumerates them."""
    words = EXAM8["iis"]
    host = words["host"]["text"]
    rows = []
    for name, href, moment, size in sorted(entries, key=lambda e: e[0].casefold()):
        column = " " * 7 + words["dir"]["text"] if size is None else f"{size:>12}"
        rows.append(f'{_iis_stamp(moment, us)} {column} <A HREF="{href}">{_e(name)}</A><br>')
    text = (
        f"<html><head><title>{host} - {_e(shown)}</title></head><body><H1>{host} - {_e(shown)}"
        f'</H1><hr>\n\n<pre><A HREF="{parent}">{words["parent"]["text"]}</A><br><br>'
        + "".join(rows)
        + "</pre><hr></body></html>"
    )
    return text.encode("utf-8")


def _file_name(doc: Doc) -> str:
    """The document's name as a Windows file: no accents, no punctuation, ".pdf"."""
    plain = _no_accents(doc.name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch for ch in plain if ch.isalnum() or ch in " -_.")
    return " ".join(kept.split())[:90] + ".pdf"


def _iis(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM8["iis"]
    seen: set[str] = set()
    root = words["root"]["text"]
    us = draw(st.integers(0, 3)) > 0  # the server's culture: en-US in most portals
    folder_form = draw(st.sampled_from([f["text"] for f in words["folders"]]))
    folders: list[tuple[str, str, dt.datetime]] = []  # (name, href, time) under root
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        name = folder_form.format(n=item.numeral)
        shown = f"{root}/{name}/"
        href = quote(shown)
        monthly = ITEMS[item.numeral]["rhythm"] == "monthly"
        moments: dict[int, dt.datetime] = {}
        for doc in item.docs:
            assert doc.modified is not None
            inner = f"{shown}{doc.modified.year}/" if monthly else shown
            doc.path = unique(quote(inner + _file_name(doc)), seen)
            moments[id(doc)] = _moment(uploaded(doc, today, draw(st.integers(1, 20))), draw)
        broken = item.truth == "broken"
        direct = broken or (bool(item.docs) and draw(st.integers(0, 3)) == 0)
        foldered = not broken and (
            bool(item.docs) or (item.truth == "empty" and draw(st.booleans()))
        )
        block = f"<h3>{_e(item.label)}</h3>{_paragraphs(item_words(item))}"
        if direct:
            block += (
                "<ul>"
                + "".join(
                    f'<li><a href="{_e(d.path)}">{_e(unquote(d.path.rsplit("/", 1)[1]))}</a></li>'
                    for d in item.docs
                )
                + "</ul>"
            )
        if foldered:
            block += f'<p><a href="{href}">{_e(words["see"]["text"])}</a></p>'
            years: dict[int, list[Doc]] = {}
            for doc in item.docs:
                assert doc.modified is not None
                years.setdefault(doc.modified.year if monthly else 0, []).append(doc)
            entries: list[tuple[str, str, dt.datetime, int | None]] = []
            for year, docs in years.items():
                files = [
                    (
                        unquote(d.path.rsplit("/", 1)[1]),
                        d.path,
                        moments[id(d)],
                        draw(st.integers(30_000, 4_000_000)),
                    )
                    for d in docs
                ]
                if not monthly:
                    entries += files
                    continue
                inner = f"{shown}{year}/"
                newest = max(moment for _n, _h, moment, _s in files)
                entries.append((str(year), quote(inner), newest, None))
                routes[quote(inner)] = Resource(_iis_listing(inner, href, files, us))
            stamp = max(
                (moment for _n, _h, moment, _s in entries),
                default=_moment(today - dt.timedelta(days=draw(st.integers(20, 300))), draw),
            )
            routes[href] = Resource(_iis_listing(shown, quote(f"{root}/"), entries, us))
            folders.append((name, href, stamp))
        parts.append(block)
        portal.notes[item.numeral] = (
            f"iis/folder={name if foldered else '-'}/us={us}/direct={direct}/{len(item.docs)} docs"
        )
    routes[quote(f"{root}/")] = Resource(
        _iis_listing(f"{root}/", "/Transparencia/", [(n, h, m, None) for n, h, m in folders], us)
    )
    newest = max((m for _n, _h, m in folders), default=_moment(today, draw))
    routes["/Transparencia/"] = Resource(
        _iis_listing(
            "/Transparencia/", "/", [(root.rsplit("/", 1)[1], quote(f"{root}/"), newest, None)], us
        )
    )
    parts.append(f"<p><em>{_e(words['note']['text'])}</em></p>")
    index = "/transparencia/informacion-publica-de-oficio/"
    routes[index] = Resource(_page(words["page_title"]["text"], "".join(parts), today=today))
    _home(routes, index, words["page_title"]["text"])
    return routes


# -- dlm (WordPress Download Monitor Page Addon: categories → downloads → info → /download/ID/) ---


def _wp_date(day: dt.date, style: str) -> str:
    """The site's date_format, months in Spanish (date_i18n)."""
    month = MESES[day.month - 1].lower()
    if style == "long":
        return f"{day.day} de {month} de {day.year}"
    if style == "slash":
        return day_month_year(day)
    return f"{month} {day.day}, {day.year}"


def _size(kilobytes: int) -> str:
    """WordPress size_format(…, 2) with a Spanish decimal comma."""
    if kilobytes >= 1024:
        return f"{kilobytes / 1024:.2f} MB".replace(".", ",")
    return f"{kilobytes:.2f} KB".replace(".", ",")


def _sort_key(text: str) -> str:
    """MySQL's utf8_general_ci order: accents and case ignored."""
    return _no_accents(text).casefold()


def _dlm(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM8["dlm"]
    page = words["page"]["text"]
    style = draw(st.sampled_from(["long", "slash", "month_first"]))
    button = words["button"]["text"] if draw(st.booleans()) else words["button_es"]["text"]
    download_id = draw(st.integers(100, 3_000))
    seen: set[str] = set()
    category_slugs: set[str] = set()
    download_slugs: set[str] = set()
    categories = []  # (name, address, downloads)
    parts = [
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<p><a href="{page}">{_e(words["centre"]["text"])}</a></p>'
    ]
    for item in _present(items):
        has_category = bool(item.docs) or (item.truth == "empty" and draw(st.booleans()))
        tag = draw(st.sampled_from(["h2", "h3", "strong"]))
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        block = head + _paragraphs(item_words(item))
        if has_category:
            slug = unique(_slug(item.label)[:50], category_slugs)
            category_url = page + words["category"]["text"].format(slug=slug)
            downloads = []
            for doc in item.docs:
                download_id += draw(st.integers(1, 30))
                doc.path = unique(words["download"]["text"].format(id=download_id), seen)
                file = f"{_slug(doc.name)[:60]}.pdf"
                portal.headers[doc.path] = {"Content-Disposition": f'attachment; filename="{file}"'}
                downloads.append(
                    {
                        "doc": doc,
                        "slug": unique(_slug(doc.name)[:60], download_slugs),
                        "count": draw(st.integers(0, 400)),
                        "added": uploaded(doc, today, draw(st.integers(1, 20))),
                        "size": draw(st.integers(40, 4_000)),
                        "file": file,
                    }
                )
            categories.append((item.label, category_url, downloads))
            block += f'<p><a href="{category_url}">{_e(words["see"]["text"])}</a></p>'
        parts.append(block)
        portal.notes[item.numeral] = (
            f"dlm/category={'yes' if has_category else 'no'}/style={style}/{len(item.docs)} docs"
        )
    index = words["index"]["text"]
    routes[index] = Resource(_page(words["index_title"]["text"], "".join(parts), today=today))

    def entry(download: dict) -> str:
        info = page + words["info"]["text"].format(slug=download["slug"])
        text = words["count"]["text"].format(title=download["doc"].name, count=download["count"])
        return f'<a class="download-link" href="{info}" rel="nofollow">\n\t{_e(text)}\n</a>'

    footer = f"<!-- {words['footer']['text']} -->"
    groups = []
    for name, category_url, downloads in sorted(categories, key=lambda c: _sort_key(c[0])):
        # The category page: its downloads by title.
        listed = sorted(downloads, key=lambda d: _sort_key(d["doc"].name))
        items_html = "".join(f"<li>{entry(d)}</li>" for d in listed)
        routes[category_url] = Resource(
            _page(
                name,
                f'<div id="download-page"><ul class="dlm-downloads">{items_html}</ul></div>'
                + footer,
                today=today,
            )
        )
        if not downloads:
            continue  # hide_empty: the front page leaves it out
        top = sorted(downloads, key=lambda d: -d["count"])[:4]
        groups.append(
            f'<div class="download_category download_group"><h3><a href="{category_url}">'
            f"{_e(name)} ({len(downloads)})</a></h3><ol>"
            + "".join(f"<li>{entry(d)}</li>" for d in top)
            + "</ol></div>"
        )
        for download in downloads:
            doc = download["doc"]
            times = words["times"]
            count = download["count"]
            values = {
                "filename": _e(download["file"]),
                "filesize": _size(download["size"]),
                "version": "",
                "date": _e(_wp_date(download["added"], style)),
                "downloaded": times["one"] if count == 1 else times["many"].format(n=count),
                "categories": f'<a href="{category_url}">{_e(name)}</a>',
            }
            rows = "".join(
                f'<tr>\n<td class="name">{_e(m["text"])}</td>\n<td class="value">'
                f"{values[m['key']]}</td>\n</tr>"
                for m in words["meta"]
                if values[m["key"]]
            )
            body = (
                '<div id="download-page"><section class="download-information"><aside>'
                f'<a class="aligncenter download-button" href="{doc.path}" rel="nofollow">'
                f'{_e(button)}</a></aside><article><table class="download-meta">{rows}</table>'
                "</article></section></div>" + footer
            )
            info = page + words["info"]["text"].format(slug=download["slug"])
            routes[info] = Resource(_page(doc.name, body, today=today))
    search = (
        f'<form class="download-monitor-search" action="{page}" method="get">'
        f'<input type="text" name="download_search" placeholder="{_e(words["search"]["text"])}">'
        f'<button type="submit">{_e(words["search"]["text"])}</button></form>'
    )
    routes[page] = Resource(
        _page(
            words["page_title"]["text"],
            f'<div id="download-page">{search}<div class="download-monitor-categories">'
            f"{''.join(groups)}</div></div>{footer}",
            today=today,
        )
    )
    _home(routes, index, words["index_title"]["text"])
    return routes


# -- ckan (a CKAN portal: organization → datasets → resources) -------------------------------------


def _truncate(text: str, length: int, leeway: int = 5) -> str:
    """Jinja's ``truncate``: whole words, "..." at the end."""
    if len(text) <= length + leeway:
        return text
    return text[: length - 3].rsplit(" ", 1)[0] + "..."


def _uuid(draw: st.DrawFn, used: set[int]) -> str:
    """A fresh identifier, as CKAN gives datasets and resources."""
    number = draw(st.integers(0, 16**32 - 1))
    while number in used:
        number = (number * 6_364_136_223_846_793_005 + 1) % 16**32
    used.add(number)
    value = f"{number:032x}"
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _es_date(moment: dt.datetime, hours: bool = False) -> str:
    """ "6 de noviembre de 2026" (babel's Spanish long date), with ", 14:02 (UTC)" if ``hours``."""
    month = EXAM8["ckan"]["months"]["text"][moment.month - 1]
    text = f"{moment.day} de {month} de {moment.year}"
    return f"{text}, {moment.hour:02d}:{moment.minute:02d} (UTC)" if hours else text


def _stamp(moment: dt.datetime, hours: bool = False) -> str:
    return (
        f'<span class="automatic-local-datetime" data-datetime="'
        f'{moment.strftime("%Y-%m-%dT%H:%M:%S")}+0000">{_es_date(moment, hours)}</span>'
    )


def _ckan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM8["ckan"]
    root = words["root"]["text"]
    org = words["organization"]["text"]
    org_url = f"{root}/organization/{org}"
    numbered = draw(st.booleans())  # dataset names "numeral-8-…" or the words alone
    author = draw(st.sampled_from([a["text"] for a in words["authors"]]))
    names: set[str] = set()
    used: set[int] = set()
    datasets = []
    for item in _present(items):
        stem = _slug(item.plain)[:60]
        name = unique(f"numeral-{item.numeral}-{stem}" if numbered else stem, names)
        pkg_id = _uuid(draw, used)
        resources = []
        for doc in item.docs:
            res_id = _uuid(draw, used)
            file = f"{_slug(doc.name)[:60]}.pdf"
            doc.path = f"{root}/dataset/{pkg_id}/resource/{res_id}/download/{file}"
            moment = _moment(uploaded(doc, today, draw(st.integers(1, 20))), draw)
            resources.append((res_id, doc, moment))
        if resources:
            modified = max(moment for _r, _d, moment in resources)
            created = min(moment for _r, _d, moment in resources)
        else:
            modified = _moment(today - dt.timedelta(days=draw(st.integers(10, 400))), draw)
            created = modified
        created -= dt.timedelta(days=draw(st.integers(0, 30)))
        datasets.append((item, name, resources, modified, created))
    datasets.sort(key=lambda d: d[3], reverse=True)  # "Relevancia" with no query: newest first

    def dataset_url(name: str) -> str:
        return f"{root}/dataset/{name}"

    def breadcrumb(*crumbs: tuple[str, str]) -> str:
        links = [
            (root + "/", words["home"]["text"]),
            (f"{root}/organization/", words["organizations"]["text"]),
            (org_url, words["organization_title"]["text"]),
        ]
        links += crumbs
        return (
            '<ol class="breadcrumb">'
            + "".join(f'<li><a href="{_e(h)}">{_e(_truncate(t, 35))}</a></li>' for h, t in links)
            + "</ol>"
        )

    for item, name, resources, modified, created in datasets:
        title = item.label
        notes = item_words(item)
        lis = []
        for res_id, doc, moment in resources:
            res_url = f"{dataset_url(name)}/resource/{res_id}"
            lis.append(
                f'<li class="resource-item" data-id="{res_id}"><a class="heading" href="{res_url}"'
                f' title="{_e(doc.name)}">{_e(_truncate(doc.name, 50))}<span class="format-label"'
                ' property="dc:format" data-format="pdf">PDF</span></a><p class="description">'
                '</p><div class="dropdown btn-group"><a href="#" class="btn btn-primary '
                f'dropdown-toggle" data-bs-toggle="dropdown"><i class="fa fa-share"></i> '
                f'{_e(words["explore"]["text"])}</a><ul class="dropdown-menu"><li><a '
                f'class="dropdown-item" href="{res_url}"><i class="fa fa-info-circle"></i> '
                f'{_e(words["more"]["text"])}</a></li><li><a class="dropdown-item" '
                f'href="{doc.path}" target="_blank" rel="noreferrer"><i class="fa '
                f'fa-arrow-circle-o-down"></i> {_e(words["download"]["text"])}</a></li></ul></div>'
                "</li>"
            )
            extract = _truncate(" ".join(notes), 200, 0)
            info_rows = [
                (words["data_updated"]["text"], _es_date(moment)),
                (words["metadata_updated"]["text"], _es_date(moment)),
                (words["created"]["text"], _es_date(moment)),
                (words["format"]["text"], "PDF"),
                (words["license"]["text"], words["no_license"]["text"]),
            ]
            body = (
                breadcrumb((dataset_url(name), title), ("", doc.name))
                + '<section class="module module-resource"><div class="actions"><a class="btn '
                f'btn-primary resource-url-analytics" href="{doc.path}"><i class="fa '
                f'fa-arrow-circle-down"></i> {_e(words["download"]["text"])}</a></div>'
                f'<h2 class="page-heading">{_e(_truncate(doc.name, 50))}</h2>'
                f'<p class="text-muted ellipsis">{_e(words["url"]["text"])} <a class='
                f'"resource-url-analytics" href="{doc.path}">{_e(doc.path)}</a></p>'
                f'<div class="prose notes"><h3>{_e(words["description"]["text"])}</h3>'
                f"<blockquote>{_e(extract)}</blockquote><p>{_e(words['source_link']['text'])} "
                f'<a href="{dataset_url(name)}">{_e(title)}</a></p></div></section>'
                f'<section class="module"><h2>{_e(words["additional_resource"]["text"])}</h2>'
                f'<table class="table table-striped table-bordered table-condensed"><thead><tr>'
                f'<th scope="col">{_e(words["field"]["text"])}</th><th scope="col">'
                f"{_e(words['value']['text'])}</th></tr></thead><tbody>"
                + "".join(
                    f'<tr><th scope="row">{_e(k)}</th><td>{_e(v)}</td></tr>' for k, v in info_rows
                )
                + "</tbody></table></section>"
            )
            routes[res_url] = Resource(_page(doc.name, body, today=today))
        if lis:
            listing = f'<ul class="resource-list">{"".join(lis)}</ul>'
        else:
            listing = f'<p class="empty">{_e(words["no_data"]["text"])}</p>'
        info = [
            (words["author"]["text"], _e(author)),
            (words["maintainer"]["text"], _e(words["authors"][0]["text"])),
            (words["updated"]["text"], _stamp(modified, hours=True)),
            (words["created"]["text"], _stamp(created, hours=True)),
        ]
        body = (
            breadcrumb((dataset_url(name), title))
            + f'<h2>{_e(title)}</h2><div class="notes embedded-content">'
            f"{_paragraphs(notes)}</div>"
            f'<section id="dataset-resources" class="resources"><h3>'
            f"{_e(words['resources']['text'])}</h3>{listing}</section>"
            f'<section class="additional-info"><h3>{_e(words["additional"]["text"])}</h3>'
            f'<table class="table table-striped table-bordered table-condensed"><thead><tr>'
            f'<th scope="col">{_e(words["field"]["text"])}</th><th scope="col">'
            f"{_e(words['value']['text'])}</th></tr></thead><tbody>"
            + "".join(
                f'<tr><th scope="row" class="dataset-label">{_e(k)}</th>'
                f'<td class="dataset-details">{v}</td></tr>'
                for k, v in info
            )
            + "</tbody></table></section>"
        )
        routes[dataset_url(name)] = Resource(_page(title, body, today=today))
    per_page = 20
    chunks = [datasets[i : i + per_page] for i in range(0, len(datasets), per_page)] or [[]]
    count = len(datasets)
    found = (words["found"]["one"] if count == 1 else words["found"]["many"]).format(n=count)
    for number, chunk in enumerate(chunks, 1):
        lis = []
        for item, name, resources, _m, _c in chunk:
            title = _truncate(item.label, 80)
            extract = _truncate("\n".join(item_words(item)), 180, 0)
            badges = (
                '<ul class="dataset-resources list-unstyled"><li><a href="'
                f'{dataset_url(name)}" class="badge badge-default" data-format="pdf">PDF</a></li>'
                "</ul>"
                if resources
                else ""
            )
            lis.append(
                '<li class="dataset-item"><div class="dataset-content">'
                '<h2 class="dataset-heading">'
                f'<a href="{dataset_url(name)}" aria-label="{_e("Navigate to dataset: " + title)}">'
                f"{_e(title)}</a></h2><div>{_e(extract)}</div></div>{badges}</li>"
            )
            portal.notes[item.numeral] = (
                f"ckan/page={number}/dataset={name}/{len(resources)} resources"
            )
        pager = ""
        if len(chunks) > 1:
            pager = '<ul class="pagination justify-content-center">' + "".join(
                f'<li class="page-item{" active" if n == number else ""}"><a class="page-link" '
                f'href="{org_url}?page={n}">{n}</a></li>'
                for n in range(1, len(chunks) + 1)
            )
            if number < len(chunks):
                pager += (
                    f'<li class="page-item"><a class="page-link" href="{org_url}?page='
                    f'{number + 1}">»</a></li>'
                )
            pager += "</ul>"
        form = (
            f'<form id="dataset-search-form" method="get"><input type="text" name="q" placeholder='
            f'"{_e(words["search"]["text"])}"><label>{_e(words["order"]["text"])}</label><select '
            'name="sort">'
            + "".join(f"<option>{_e(s)}</option>" for s in words["sorts"]["text"])
            + "</select></form>"
        )
        body = (
            breadcrumb() + f"<h2>{_e(words['organization_title']['text'])}</h2>{form}"
            f'<section class="module" id="search-results"><p>{_e(found)}</p>'
            f'<ul class="dataset-list list-unstyled">{"".join(lis)}</ul>{pager}</section>'
        )
        resource = Resource(_page(words["site"]["text"], body, today=today))
        if number == 1:
            routes[org_url] = resource
        routes[f"{org_url}?page={number}"] = resource
    # CKAN's own home and organizations list, where the breadcrumbs lead.
    org_link = f'<a href="{org_url}">{_e(words["organization_title"]["text"])}</a>'
    routes[root + "/"] = Resource(
        _page(
            words["site"]["text"],
            f'<h2><a href="{root}/organization/">{_e(words["organizations"]["text"])}</a></h2>'
            f"<p>{org_link}</p>",
            today=today,
        )
    )
    routes[f"{root}/organization/"] = Resource(
        _page(
            words["organizations"]["text"],
            breadcrumb()[: -len("</ol>")].rsplit("<li>", 1)[0]
            + f'</ol><ul class="organization-list"><li class="media-item">{org_link}'
            f"<p>{_e(found)}</p></li></ul>",
            today=today,
        )
    )
    index = "/transparencia/"
    routes[index] = Resource(
        _page(
            "Transparencia",
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f'<p><a href="{org_url}">{_e(words["portal_link"]["text"])}</a></p>',
            today=today,
        )
    )
    _home(routes, index, "Transparencia")
    return routes


_BUILDERS = {"pte": _pte, "iis": _iis, "dlm": _dlm, "ckan": _ckan}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 8 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): the first two pages holding,
    after their ``<main>`` (or from their start: the IIS listings and the budget object have no
    site template), one of ``first``, the item's label, the label cut as CKAN cuts it, the
    IIS folder name, or a document's path."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [*first, _e(item.label), _e(_truncate(item.label, 80)), _e(item.plain)]
    needles += [_e(d.path) for d in item.docs]
    needles += [
        quote(f"{EXAM8['iis']['root']['text']}/{f['text'].format(n=numeral)}/")
        for f in EXAM8["iis"]["folders"]
    ]
    out: list[str] = []
    shown: set[str] = set()
    for needle in needles:
        for path, resource in portal.routes.items():
            if not resource.content_type.startswith("text/html") or path in ("/", *shown):
                continue
            text = resource.body.decode("utf-8", "replace")
            at = text.find(needle, max(0, text.find("<main>")))
            if at >= 0:
                out.append(f"{path}: …{text[max(0, at - 150) : at + width]}…")
                shown.add(path)
                if len(out) >= 2:
                    return "\n    html: ".join(out)
                break
    return "\n    html: ".join(out) or "(not on any page)"
