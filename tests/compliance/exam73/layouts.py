"""Exam 73's layouts: open-data catalogues as the way Article 10 items are published (the
docstring of ``tests/compliance/exam73/__init__.py`` describes them and the truth conventions)."""

from __future__ import annotations

import datetime as dt
import json
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
    item_words,
)

LAYOUTS = ("ckan", "dkan", "datos")
EXAM73: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: catalogue entries named
# by a numbered label, with the law's text, a phrase or the body's own text as description
# ("lines"); one table row or block per item, bare labels allowed, no own text ("table").
_INNER = {"ckan": "lines", "dkan": "lines", "datos": "table"}
_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM73[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, hours, lags), seeded by one draw."""
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


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _period(item: Item, doc: Doc) -> str:
    """The period a document covers, as its name says it ("Octubre 2026", "2026", "Vigente")."""
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        return f"{MESES[doc.modified.month - 1]} {doc.modified.year}"
    if rhythm == "yearly" or doc.name.rstrip()[-4:].isdigit():
        return str(doc.modified.year)
    return str(_w("datos", "no_period"))


def _coverage(item: Item) -> str:
    """The span the item's documents cover, "01/10/2026 - 31/10/2026" (DKAN's temporal
    coverage), or "" for items renewed only when they change."""
    days = [d.modified for d in item.docs if d.modified is not None]
    rhythm = item_rhythm(item)
    if not days or rhythm == "on_change":
        return ""
    if rhythm == "monthly":
        start = min(days).replace(day=1)
        end = max(days)
    else:
        start = dt.date(min(days).year, 1, 1)
        end = dt.date(max(days).year, 12, 31)
    return f"{start:%d/%m/%Y} - {end:%d/%m/%Y}"


def _data(name: str, period: str, ext: str, stamp: float | None) -> Resource:
    """A data file: its rows carry the period in their first column."""
    rows = [str(r).split(",", 1) for r in _w("common", "csv_rows")]
    if ext == "csv":
        lines = [str(_w("common", "csv_header"))] + [
            f'"{period}",{code},"{text}",{(k + 3) * 1375}.50' for k, (code, text) in enumerate(rows)
        ]
        body = ("\n".join(lines) + "\n").encode("utf-8")
    elif ext == "json":
        body = json.dumps(
            {
                "conjunto": name,
                "periodo": period,
                "registros": [
                    {"renglon": c, "descripcion": t, "monto_q": (k + 3) * 1375.5}
                    for k, (c, t) in enumerate(rows)
                ],
            },
            ensure_ascii=False,
        ).encode("utf-8")
    else:
        body = b"PK\x03\x04\x14\x00\x06\x00" + f"{name} {period}".encode() + b"\x00" * 300
    return Resource(body, content_type=_TYPES[ext], last_modified=stamp)


def _stamp(doc: Doc) -> float | None:
    if doc.modified is None:
        return None
    return dt.datetime.combine(doc.modified, dt.time(12)).timestamp()


def _pdf(doc: Doc) -> Resource:
    return Resource(
        b"%PDF-1.4 " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=_stamp(doc),
    )


def _served_as_data(portal: ExamPortal) -> ExamPortal:
    """Serve each document as its extension says (the generator's noise serves it as a PDF)."""
    for item in portal.items:
        for doc in item.docs:
            ext = doc.path.rsplit(".", 1)[-1]
            if ext in _TYPES and doc.ok and doc.path in portal.routes:
                portal.routes[doc.path] = _data(doc.name, _period(item, doc), ext, _stamp(doc))
    return portal


def _copy(routes: Routes, item: Item, doc: Doc, path: str) -> None:
    """Another format of ``doc`` at ``path`` (served only while the document is there)."""
    if not doc.ok:
        return
    ext = path.rsplit(".", 1)[-1]
    routes[path] = _pdf(doc) if ext == "pdf" else _data(doc.name, _period(item, doc), ext, None)


def _moment(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))


def _uuid(rng: random.Random) -> str:
    value = f"{rng.getrandbits(128):032x}"
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _malaga_date(moment: dt.datetime) -> str:
    """ "Junio 12, 2026 10:20", as the Spanish CKAN of the sources prints a moment."""
    return f"{MESES[moment.month - 1]} {moment.day}, {moment.year} {moment:%H:%M}"


def _long_date(day: dt.date) -> str:
    return f"{day.day} de {_w('common', 'months_lower')[day.month - 1]} de {day.year}"


def _home(
    institution: str, footer: str, links: Sequence[tuple[str, str]], menu: str = ""
) -> Resource:
    """The municipality's own home page (a ``<main>`` the generator's noise can add to)."""
    body = (
        f"<p>Bienvenidos al sitio oficial de la {_e(institution)}.</p>"
        + "".join(f'<p><a href="{_e(h)}">{_e(t)}</a></p>' for t, h in links)
        + '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return Resource(site_page(institution, institution, menu, "", body, footer))


def _municipal_menu(links: Sequence[tuple[str, str]]) -> str:
    words = [str(t) for t in _w("common", "menu")]
    items = [(words[0], "/")] + list(links) + [(t, "/noticias/") for t in words[1:]]
    return (
        '<nav class="menu-principal"><ul>'
        + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in items)
        + "</ul></nav>"
    )


def _table(rows: Sequence[tuple[str, str]], css: str = "") -> str:
    head = f'<thead><tr><th scope="col">{_e(_w("ckan", "field"))}</th><th scope="col">'
    head += f"{_e(_w('ckan', 'value'))}</th></tr></thead>"
    cells = "".join(f'<tr><th scope="row">{_e(k)}</th><td>{v}</td></tr>' for k, v in rows)
    css = f"table table-striped table-bordered table-condensed {css}".strip()
    return f'<table class="{css}">{head}<tbody>{cells}</tbody></table>'


# -- ckan: a CKAN instance on the municipality's own host, a group or a tag per numeral --------


def _ckan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "ckan"
    routes: Routes = {}
    root = str(draw(st.sampled_from(list(_w(sec, "roots")))))
    mode = draw(st.sampled_from(["grupos", "etiquetas"]))
    split = draw(st.sampled_from(["serie", "periodo"]))  # one dataset per item, or per document
    fmt = str(draw(st.sampled_from(["CSV", "CSV", "XLSX", "JSON"])))
    stale = draw(st.booleans())  # outdated items' catalogue entries re-saved lately
    institution = str(draw(st.sampled_from(list(_w("common", "institution")))))
    footer = str(_w("common", "footer")).format(year=today.year, institution=institution)
    article = str(draw(st.sampled_from(list(_w("common", "article_link")))))
    site = str(_w(sec, "site"))
    author = str(draw(st.sampled_from(list(_w(sec, "authors")))))
    license_value = str(_w(sec, "license_value"))
    frequency = EXAM73["common"]["frequency"]
    names: set[str] = set()
    seen: set[str] = set()
    # (item, name, title, notes, [(rid, doc, moment)], modified, created, tags)
    datasets: list[tuple[Item, str, str, list[str], list[Any], dt.datetime, dt.datetime]] = []
    groups: list[tuple[Item, str, list[str]]] = []  # (item, group name, description)

    def nav() -> str:
        links = [(str(_w(sec, "datasets")), f"{root}/dataset/")]
        if mode == "grupos":
            links.append((str(_w(sec, "groups")), f"{root}/group/"))
        return (
            f'<header class="masthead"><a class="logo" href="{root}/">{_e(site)}</a><nav><ul>'
            + "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in links)
            + '<li><a href="/">Municipalidad</a></li></ul></nav></header>'
        )

    def page(title: str, body: str) -> Resource:
        html = (
            f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(title)} - '
            f'{_e(site)}</title></head><body>{nav()}<div role="main" class="main"><div '
            f'class="container">{body}</div></div><footer class="site-footer"><p>{_e(footer)}</p>'
            "</footer></body></html>"
        )
        return Resource(html.encode("utf-8"))

    def crumbs(*trail: tuple[str, str]) -> str:
        links = [(str(_w(sec, "home")), f"{root}/")] + list(trail)
        return (
            '<ol class="breadcrumb">'
            + "".join(
                f'<li><a href="{_e(h)}">{_e(t)}</a></li>' if h else f"<li>{_e(t)}</li>"
                for t, h in links
            )
            + "</ol>"
        )

    for item in _present(items):
        n = item.numeral
        rhythm = item_rhythm(item)
        aged = stale and item.truth == "outdated"
        group = f"numeral-{n:02d}-{_slug(item.plain)[:40]}"
        title_all = item.plain if mode == "grupos" else item.label
        notes = item_words(item, law=mode != "grupos")
        if mode == "grupos":
            groups.append((item, group, [item.law_text] if item.law_text else []))
        parts: list[tuple[str, list[Doc]]] = []
        if not item.docs:
            if mode == "grupos" and not item.own_text and rng.random() < 0.5:
                groups[-1] = (item, group, item_words(item))
                portal.notes[n] = f"ckan/{mode}/grupo-vacio/{rhythm}/{_how(item)}"
                continue
            parts.append((title_all, []))
        elif split == "serie":
            parts.append((title_all, list(item.docs)))
        else:
            parts += [(doc.name, [doc]) for doc in item.docs]
        for title, docs in parts:
            name = unique(_slug(title)[:60], names)
            pkg = _uuid(rng)
            resources = []
            for doc in docs:
                rid = _uuid(rng)
                file = unique(f"{file_stem(doc.name).lower()}.{fmt.lower()}", seen)
                doc.path = f"{root}/dataset/{pkg}/resource/{rid}/download/{file}"
                moment = _moment(uploaded(doc, today, rng.randint(2, 20)), rng)
                if aged:
                    moment = _moment(today - dt.timedelta(days=rng.randint(1, 20)), rng)
                resources.append((rid, doc, moment))
            if resources:
                modified = max(m for _r, _d, m in resources)
                created = min(m for _r, _d, m in resources)
            else:
                modified = _moment(today - dt.timedelta(days=rng.randint(10, 400)), rng)
                created = modified
            created -= dt.timedelta(days=rng.randint(0, 40))
            datasets.append((item, name, title, notes, resources, modified, created))
        portal.notes[n] = (
            f"ckan/{mode}/{split}/{fmt}/{'meta-reciente/' if aged else ''}{rhythm}/{_how(item)}"
        )

    group_of = {id(item): g for item, g, _d in groups}
    group_title = {id(item): item.label for item, _g, _d in groups}
    for item, name, title, notes, resources, modified, created in datasets:
        url = f"{root}/dataset/{name}"
        lis = []
        for rid, doc, moment in resources:
            res_url = f"{url}/resource/{rid}"
            lis.append(
                f'<li class="resource-item" data-id="{rid}"><a class="heading" href="{res_url}"'
                f' title="{_e(doc.name)}">{_e(doc.name)}<span class="format-label"'
                f' property="dc:format" data-format="{fmt.lower()}">{fmt}</span></a><p'
                ' class="description"></p><div class="dropdown btn-group"><a href="#" class="btn'
                f' btn-primary dropdown-toggle" data-bs-toggle="dropdown">{_e(_w(sec, "explore"))}'
                f'</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="{res_url}">'
                f'{_e(_w(sec, "more"))}</a></li><li><a class="dropdown-item" href="{doc.path}"'
                f' target="_blank">{_e(_w(sec, "download"))}</a></li></ul></div></li>'
            )
            info = [
                (str(_w(sec, "data_updated")), _e(_malaga_date(moment))),
                (str(_w(sec, "metadata_updated")), _e(_malaga_date(max(moment, modified)))),
                (str(_w(sec, "created")), _e(_malaga_date(moment))),
                (str(_w(sec, "format")), fmt),
                (str(_w(sec, "license")), _e(license_value)),
                (str(_w(sec, "media_type")), _e(_TYPES[fmt.lower()].split(";")[0])),
            ]
            body = (
                crumbs((str(_w(sec, "datasets")), f"{root}/dataset/"), (title, url), (doc.name, ""))
                + f'<section class="module module-resource"><div class="actions"><a class="btn'
                f' btn-primary resource-url-analytics" href="{doc.path}">'
                f'{_e(_w(sec, "download"))}</a></div><h1 class="page-heading">{_e(doc.name)}</h1>'
                f'<p class="text-muted ellipsis">{_e(_w(sec, "url"))} <a href="{doc.path}">'
                f'{_e(doc.path)}</a></p></section><section class="module"><h2>'
                f"{_e(_w(sec, 'additional_resource'))}</h2>{_table(info)}</section>"
            )
            routes[res_url] = page(doc.name, body)
        if lis:
            listing = f'<ul class="resource-list">{"".join(lis)}</ul>'
        else:
            listing = f'<p class="empty">{_e(_w(sec, "no_data"))}</p>'
        described = "".join(f"<p>{_e(t)}</p>" for t in notes) or (
            f'<p class="empty">{_e(_w(sec, "no_description"))}</p>'
        )
        tag = f"numeral-{item.numeral}"
        tags = (
            f'<section class="tags"><h3>{_e(_w(sec, "tags"))}</h3><ul class="tag-list">'
            f'<li><a class="tag" href="{root}/dataset/?tags={tag}">{tag}</a></li><li><a'
            f' class="tag" href="{root}/dataset/?tags=transparencia">transparencia</a></li></ul>'
            "</section>"
        )
        group_box = ""
        if id(item) in group_of:
            group_box = (
                f'<section class="module"><h3>{_e(_w(sec, "groups"))}</h3><ul><li><a href="'
                f'{root}/group/{group_of[id(item)]}">{_e(group_title[id(item)])}</a></li></ul>'
                "</section>"
            )
        info = [
            (str(_w(sec, "source_field")), '<a href="/">' + _e(institution) + "</a>"),
            (str(_w(sec, "author")), _e(author)),
            (str(_w(sec, "maintainer")), _e(_w(sec, "authors")[0])),
            (str(_w(sec, "updated")), _e(_long_date(modified.date()))),
            (str(_w(sec, "created")), _e(_long_date(created.date()))),
            (str(_w(sec, "frequency")), _e(frequency[item_rhythm(item)])),
        ]
        body = (
            crumbs((str(_w(sec, "datasets")), f"{root}/dataset/"), (title, ""))
            + f'<article class="module"><h1>{_e(title)}</h1><div class="notes embedded-content">'
            f'{described}</div>{tags}<section id="dataset-resources" class="resources"><h2>'
            f'{_e(_w(sec, "resources"))}</h2>{listing}</section><section class="additional-info">'
            f"<h3>{_e(_w(sec, 'additional'))}</h3>{_table(info)}</section></article>{group_box}"
        )
        routes[url] = page(title, body)

    def dataset_list(chosen: Sequence[Any]) -> str:
        lis = []
        for _item, name, title, notes, resources, _m, _c in chosen:
            badge = (
                f'<ul class="dataset-resources"><li><a href="{root}/dataset/{name}" class="badge"'
                f' data-format="{fmt.lower()}">{fmt}</a></li></ul>'
                if resources
                else ""
            )
            extract = " ".join(notes)[:180]
            lis.append(
                f'<li class="dataset-item"><div class="dataset-content"><h3'
                f' class="dataset-heading"><a href="{root}/dataset/{name}">{_e(title)}</a></h3>'
                f"<div>{_e(extract)}</div></div>{badge}</li>"
            )
        return f'<ul class="dataset-list list-unstyled">{"".join(lis)}</ul>'

    def found(count: int) -> str:
        words = EXAM73[sec]["found"]
        if count == 0:
            return str(words["none"])
        return str(words["one"] if count == 1 else words["many"]).format(n=count)

    search = (
        f'<form class="search-form" method="get" action="{root}/dataset/"><input type="search"'
        f' name="q" placeholder="{_e(_w(sec, "search"))}"></form>'
    )
    newest = sorted(datasets, key=lambda d: d[5], reverse=True)
    chunks = [newest[i : i + 20] for i in range(0, len(newest), 20)] or [[]]
    for number, chunk in enumerate(chunks, 1):
        pager = ""
        if len(chunks) > 1:
            pager = (
                '<ul class="pagination">'
                + "".join(
                    f'<li><a href="{root}/dataset/?page={k}">{k}</a></li>'
                    for k in range(1, len(chunks) + 1)
                )
                + "</ul>"
            )
        body = (
            crumbs((str(_w(sec, "datasets")), ""))
            + f"<h1>{_e(_w(sec, 'datasets'))}</h1>{search}<p>{_e(found(len(datasets)))}</p>"
            + dataset_list(chunk)
            + pager
        )
        routes[f"{root}/dataset/?page={number}"] = page(str(_w(sec, "datasets")), body)
        if number == 1:
            routes[f"{root}/dataset/"] = routes[f"{root}/dataset/?page=1"]
    for item in _present(items):
        tag = f"numeral-{item.numeral}"
        mine = [d for d in datasets if d[0] is item]
        if not mine:
            continue
        text = str(_w(sec, "tag_found")).format(n=len(mine), tag=tag)
        routes[f"{root}/dataset/?tags={tag}"] = page(
            tag,
            crumbs((str(_w(sec, "datasets")), f"{root}/dataset/"), (tag, ""))
            + f"<h1>{_e(_w(sec, 'datasets'))}</h1>{search}<p>{_e(text)}</p>{dataset_list(mine)}",
        )
    routes[f"{root}/dataset/?tags=transparencia"] = routes[f"{root}/dataset/"]

    links = [(str(_w(sec, "datasets")), f"{root}/dataset/")]
    if mode == "grupos":
        cards = ""
        for item, group, description in groups:
            mine = [d for d in datasets if d[0] is item]
            text = "".join(f"<p>{_e(t)}</p>" for t in description)
            listing = (
                dataset_list(mine) if mine else f'<p class="empty">{_e(_w(sec, "group_empty"))}</p>'
            )
            routes[f"{root}/group/{group}"] = page(
                item.label,
                crumbs((str(_w(sec, "groups")), f"{root}/group/"), (item.label, ""))
                + f'<h1>{_e(item.label)}</h1><div class="notes">{text}</div>{search}'
                f"<p>{_e(found(len(mine)))}</p>{listing}",
            )
            count = str(_w(sec, "group_count")).format(n=len(mine))
            cards += (
                f'<li class="media-item"><h2 class="media-heading"><a href="{root}/group/{group}">'
                f'{_e(item.label)}</a></h2><strong class="count">{_e(count)}</strong></li>'
            )
        routes[f"{root}/group/"] = page(
            str(_w(sec, "groups")),
            crumbs((str(_w(sec, "groups")), ""))
            + f'<h1>{_e(_w(sec, "groups"))}</h1><ul class="media-grid">{cards}</ul>',
        )
        links.append((str(_w(sec, "groups")), f"{root}/group/"))
        article_url = f"{root}/group/"
    else:
        rows = "".join(
            f'<li><a href="{root}/dataset/?tags=numeral-{item.numeral}">{_e(item.label)}</a></li>'
            for item in _present(items)
            if any(d[0] is item for d in datasets)
        )
        intro = str(_w("common", "intro")).format(institution=institution)
        article_url = "/transparencia/"
        routes[article_url] = Resource(
            site_page(
                article,
                institution,
                _municipal_menu([(article, article_url)]),
                "",
                f"<p>{_e(intro)}</p><ul class='numerales'>{rows}</ul>",
                footer,
            )
        )
    routes[f"{root}/"] = page(
        site,
        f"<h1>{_e(site)}</h1>{search}"
        + "".join(f'<p><a href="{h}">{_e(t)}</a></p>' for t, h in links),
    )
    menu = _municipal_menu([(str(_w("common", "open_data")), f"{root}/"), (article, article_url)])
    routes["/"] = _home(
        institution,
        footer,
        [(str(_w("common", "portal_link")), f"{root}/"), (article, article_url)],
        menu,
    )
    _missing(portal, "ckan")
    return routes


# -- dkan: a DKAN (Drupal) catalogue as the whole site, a dataset per numeral -------------------


def _dkan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "dkan"
    routes: Routes = {}
    index_mode = draw(st.sampled_from(["pagina", "busqueda"]))
    index = str(draw(st.sampled_from(list(_w(sec, "index_paths")))))
    index_title = str(draw(st.sampled_from(list(_w(sec, "index_title")))))
    fmt = str(draw(st.sampled_from(["CSV", "CSV", "XLSX", "JSON"])))
    temporal = draw(st.booleans())
    stale = draw(st.booleans())
    institution = str(draw(st.sampled_from(list(_w("common", "institution")))))
    footer = str(_w("common", "footer")).format(year=today.year, institution=institution)
    search_path = str(_w(sec, "search_path"))
    frequency = EXAM73["common"]["frequency"]
    menu_words = [str(t) for t in _w(sec, "menu")]
    transparency = index if index_mode == "pagina" else search_path
    menu_targets = ["/", search_path, "/groups", transparency, "/acerca-de"]
    menu = (
        '<nav id="main-menu"><ul class="menu nav navbar-nav">'
        + "".join(
            f'<li class="leaf"><a href="{h}">{_e(t)}</a></li>'
            for t, h in zip(menu_words, menu_targets, strict=True)
        )
        + "</ul></nav>"
    )
    names: set[str] = set()
    seen: set[str] = set()
    datasets: list[tuple[Item, str, str, list[Any], dt.date, dt.date]] = []

    def page(title: str, body: str, trail: Sequence[tuple[str, str]] = ()) -> Resource:
        crumbs = "".join(f'<a href="{h}">{_e(t)}</a> » ' for t, h in [("Inicio", "/"), *trail])
        html = (
            f'<!DOCTYPE html><html lang="es" dir="ltr"><head><meta charset="utf-8"><title>'
            f"{_e(title)} | {_e(_w(sec, 'site'))} - {_e(institution)}</title></head><body"
            f' class="html not-front page-node"><header id="header"><a href="/" class="logo">'
            f"{_e(institution)} - {_e(_w(sec, 'site'))}</a>{menu}</header><main><div"
            f' class="breadcrumb">{crumbs}{_e(title)}</div><h1 class="page-header">{_e(title)}'
            f'</h1>{body}</main><footer class="footer"><p>{_e(footer)}</p></footer></body></html>'
        )
        return Resource(html.encode("utf-8"))

    for item in _present(items):
        rhythm = item_rhythm(item)
        aged = stale and item.truth == "outdated"
        slug = unique(_slug(item.plain)[:50], names)
        url = f"/dataset/{slug}"
        publisher = str(rng.choice(list(_w(sec, "publishers"))))
        resources = []
        for doc in item.docs:
            rid = _uuid(rng)
            doc.path = unique(
                f"/sites/default/files/{file_stem(doc.name).lower()}.{fmt.lower()}", seen
            )
            day = uploaded(doc, today, rng.randint(2, 20))
            if aged:
                day = today - dt.timedelta(days=rng.randint(1, 20))
            resources.append((rid, doc, day))
            preview = ""
            if doc.ok and fmt == "CSV":
                head = "".join(
                    f"<th>{_e(h)}</th>" for h in str(_w("common", "csv_header")).split(",")
                )
                rows = "".join(
                    f"<tr><td>{_e(_period(item, doc))}</td><td>{_e(code)}</td><td>{_e(text)}"
                    "</td><td>—</td></tr>"
                    for code, text in (
                        str(r).split(",", 1) for r in list(_w("common", "csv_rows"))[:3]
                    )
                )
                preview = (
                    f'<table class="recline-grid"><thead><tr>{head}</tr></thead>{rows}</table>'
                )
            else:
                preview = f"<p>{_e(_w(sec, 'no_preview'))}</p>"
            info = [
                ("Fecha de creación", _e(f"{day:%d/%m/%Y}")),
                ("Fecha de actualización", _e(f"{day:%d/%m/%Y}")),
                (str(_w(sec, "license")), "Creative Commons Atribución 4.0"),
                ("Formato", fmt.lower()),
            ]
            body = (
                f'<div class="download"><a class="btn btn-primary data-link" href="{doc.path}">'
                f'<i class="fa fa-download"></i> {_e(_w(sec, "download"))}</a></div>'
                f'<p>URL: <a href="{doc.path}">{_e(doc.path.rsplit("/", 1)[-1])}</a></p>'
                f"<h2>{_e(_w(sec, 'preview'))}</h2>{preview}<h2>Información adicional</h2>"
                + _table(info)
            )
            routes[f"{url}/resource/{rid}"] = page(
                doc.name, body, [("Conjuntos de datos", search_path), (item.label, url)]
            )
        if resources:
            modified = max(d for _r, _d, d in resources)
            released = min(d for _r, _d, d in resources) - dt.timedelta(days=rng.randint(0, 30))
        else:
            modified = today - dt.timedelta(days=rng.randint(10, 400))
            released = modified - dt.timedelta(days=rng.randint(0, 60))
        listing = "".join(
            f'<li class="resource-item"><a href="{url}/resource/{rid}" class="heading"'
            f' title="{_e(doc.name)}"><span class="format-label" data-format="{fmt.lower()}">'
            f'{fmt.lower()}</span>{_e(doc.name)}</a><span class="links"><a'
            f' href="{url}/resource/{rid}" class="btn btn-primary">{_e(_w(sec, "explore"))}</a>'
            "</span></li>"
            for rid, doc, _d in resources
        )
        listing = (
            f'<ul class="resource-list">{listing}</ul>'
            if listing
            else f"<p>{_e(_w(sec, 'no_resources'))}</p>"
        )
        info = [
            (str(_w(sec, "modified")), _e(f"{modified:%d/%m/%Y}")),
            (str(_w(sec, "released")), _e(f"{released:%d/%m/%Y}")),
            (str(_w(sec, "identifier")), _uuid(rng)),
            (str(_w(sec, "frequency")), _e(frequency[rhythm])),
        ]
        span = _coverage(item) if temporal else ""
        if span:
            info.append((str(_w(sec, "temporal")), _e(span)))
        info += [
            (str(_w(sec, "publisher")), f'<a href="/groups">{_e(publisher)}</a>'),
            (str(_w(sec, "license")), "Creative Commons Atribución 4.0"),
        ]
        body = (
            '<div class="field field-name-body">'
            + "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
            + f'</div><div class="field-name-field-tags"><strong>{_e(_w(sec, "tags"))}:</strong>'
            f' <a href="{search_path}">transparencia</a>, <a href="{search_path}">'
            f"articulo-10</a></div><h2>{_e(_w(sec, 'resources'))}</h2>{listing}"
            f"<h2>{_e(_w(sec, 'info'))}</h2>" + _table(info)
        )
        routes[url] = page(item.label, body, [("Conjuntos de datos", search_path)])
        datasets.append((item, slug, publisher, resources, modified, released))
        portal.notes[item.numeral] = (
            f"dkan/{index_mode}/{fmt}/{'cobertura/' if span else ''}"
            f"{'fecha-reciente/' if aged else ''}{rhythm}/{_how(item)}"
        )

    newest = sorted(datasets, key=lambda d: d[4], reverse=True)
    chunks = [newest[i : i + 10] for i in range(0, len(newest), 10)] or [[]]
    for number, chunk in enumerate(chunks):
        lis = "".join(
            f'<article class="node-search-result"><h2 class="node-title"><a href="/dataset/{slug}">'
            f'{_e(item.label)}</a></h2><div class="group-membership">{_e(publisher)}</div>'
            f"<p>{_e(' '.join(item_words(item))[:160])}</p>"
            + (
                f'<ul class="data-and-resources"><li><span class="format-label">{fmt.lower()}'
                "</span></li></ul>"
                if resources
                else ""
            )
            + "</article>"
            for item, slug, publisher, resources, _m, _r in chunk
        )
        first = number * 10 + 1
        shown = str(_w(sec, "results")).format(
            a=first if chunk else 0, b=first + len(chunk) - 1, n=len(datasets)
        )
        pager = ""
        if number + 1 < len(chunks):
            pager = (
                f'<ul class="pager"><li class="pager-next"><a href="{search_path}?page='
                f'{number + 1}">{_e(_w(sec, "next"))}</a></li></ul>'
            )
        path = search_path if number == 0 else f"{search_path}?page={number}"
        routes[path] = page(
            "Conjuntos de datos",
            f'<form action="{search_path}" method="get"><input type="text" name="query"></form>'
            f'<div class="view-header">{_e(shown)}</div>{lis}{pager}',
        )
    intro = str(_w("common", "intro")).format(institution=institution)
    if index_mode == "pagina":
        rows = "".join(
            f'<li><a href="/dataset/{slug}">{_e(item.label)}</a></li>'
            for item, slug, *_rest in sorted(datasets, key=lambda d: d[0].numeral)
        )
        routes[index] = page(index_title, f"<p>{_e(intro)}</p><ul>{rows}</ul>")
    publishers = "".join(f"<li>{_e(p)}</li>" for p in _w(sec, "publishers"))
    routes["/groups"] = page("Grupos", f"<ul>{publishers}</ul>")
    routes["/acerca-de"] = page("Acerca de", f"<p>{_e(intro)}</p>")
    routes["/"] = Resource(
        site_page(
            str(_w(sec, "site")),
            institution,
            menu,
            "",
            f'<p>{_e(intro)}</p><p><a href="{search_path}">Conjuntos de datos</a></p>'
            f'<p><a href="{transparency}">{_e(menu_words[3])}</a></p>',
            footer,
        )
    )
    _missing(portal, "dkan")
    return routes


# -- datos: a plain "Datos abiertos" page of the municipal site, files per item in open formats --


def _datos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "datos"
    routes: Routes = {}
    path = str(draw(st.sampled_from(list(_w(sec, "paths")))))
    title = str(draw(st.sampled_from(list(_w(sec, "title")))))
    formats = [
        str(f).lower()
        for f in draw(
            st.lists(st.sampled_from(list(_w(sec, "formats"))), min_size=1, max_size=3, unique=True)
        )
    ]
    pdf = draw(st.booleans())
    period_in = draw(st.sampled_from(["columna", "archivo", "enlace"]))
    shape = draw(st.sampled_from(["tabla", "tabla-repetida", "bloques"]))
    folder = str(draw(st.sampled_from(list(_w(sec, "folders")))))
    institution = str(draw(st.sampled_from(list(_w("common", "institution")))))
    footer = str(_w("common", "footer")).format(year=today.year, institution=institution)
    menu = _municipal_menu([(title, path)])
    dash = str(_w(sec, "dash"))
    seen: set[str] = set()
    columns = [str(c) for c in _w(sec, "columns")]
    if period_in != "columna":
        columns.remove(columns[3])

    def links(item: Item, doc: Doc) -> str:
        assert doc.modified is not None
        if period_in == "columna":
            stem = f"{folder}/{rng.getrandbits(32):08x}/{file_stem(item.plain).lower()[:40]}"
        else:
            stem = f"{folder}/{doc.modified.year}/{file_stem(doc.name).lower()}"
        exts = formats + (["pdf"] if pdf else [])
        paths = [unique(f"{stem}.{ext}", seen) for ext in exts]
        doc.path = paths[0]
        out = []
        for k, (ext, target) in enumerate(zip(exts, paths, strict=True)):
            if k:
                _copy(routes, item, doc, target)
            text = ext.upper()
            if period_in == "enlace" and k == 0:
                text = f"{doc.name} ({text})"
            out.append(f'<a href="{_e(target)}" class="btn btn-sm formato-{ext}">{_e(text)}</a>')
        return " ".join(out)

    body = ""
    rows = ""
    for item in _present(items):
        words = [t for t in (item.law_text, item.updated) if t]
        described = "".join(f"<p>{_e(t)}</p>" for t in words)
        if shape == "bloques":
            block = f"<h3>{_e(item.label)}</h3>{described}"
            if item.phrase:
                block += f"<p>{_e(item.phrase)}</p>"
            lines = ""
            for doc in item.docs:
                when = f"{_e(_period(item, doc))}: " if period_in == "columna" else ""
                lines += f"<li>{when}{links(item, doc)}</li>"
            if lines:
                block += f'<ul class="archivos">{lines}</ul>'
            body += f'<section class="conjunto">{block}</section>'
        else:
            docs: list[Doc | None] = list(item.docs) or [None]
            for k, entry in enumerate(docs):
                cells = ""
                first = k == 0 or shape == "tabla-repetida"
                span = f' rowspan="{len(docs)}"' if shape == "tabla" and len(docs) > 1 else ""
                if first:
                    cells += (
                        f"<td{span}>{item.numeral}</td><td{span}>{_e(item.label)}</td>"
                        f"<td{span}>{described}</td>"
                    )
                if entry is None:
                    if period_in == "columna":
                        cells += f"<td>{_e(dash)}</td>"
                    cells += f"<td>{_e(item.phrase or dash)}</td>"
                else:
                    if period_in == "columna":
                        cells += f"<td>{_e(_period(item, entry))}</td>"
                    cells += f"<td>{links(item, entry)}</td>"
                rows += f"<tr>{cells}</tr>"
        portal.notes[item.numeral] = (
            f"datos/{shape}/{period_in}/{'+'.join(formats)}{'+pdf' if pdf else ''}/"
            f"{item_rhythm(item)}/{_how(item)}"
        )
    if shape != "bloques":
        heads = "".join(f"<th>{_e(c)}</th>" for c in columns)
        body = (
            f'<table class="table table-bordered datos-abiertos"><thead><tr>{heads}</tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    intro = str(_w("common", "intro")).format(institution=institution)
    body = f"<p>{_e(intro)}</p><p>{_e(_w(sec, 'policy'))}</p>{body}"
    routes[path] = Resource(site_page(title, institution, menu, "", body, footer))
    routes["/"] = _home(institution, footer, [(title, path)], menu)
    _missing(portal, "datos")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "ckan": _ckan,
    "dkan": _dkan,
    "datos": _datos,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 73 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS).map(_served_as_data)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
