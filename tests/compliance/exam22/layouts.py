"""Twenty-second exam: four portal layouts where INFORMATION IS REACHED THROUGH FORMS AND CONTROLS,
NOT THROUGH LINKS, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is how a citizen gets from an
item to its documents: by choosing in a GET form, by pressing a button, or by letting a small
script fetch a fragment of the same host. Every request is still a plain GET of a route of the
kit's table: a form's address is what a browser sends (its fields in document order, ``name=value``,
spaces as ``+``, the action's own query replaced), served for every combination of the options the
form offers. Every document is one file at one address, written in some text/html route (a
results page, an ``onclick``, a fragment), served when the truth says it works and answering 404
when it is broken. Layouts:

* ``consulta``: an index of numeral pages; a numeral page holds the item's name and words, and (when
  it has documents, and in some portals also when it is empty) a GET form "Seleccione el año y el
  mes a consultar": ``<select name="anio">`` (years of the documents, a few years with nothing,
  up to the current year) and, for monthly items, ``<select name="mes">`` (the twelve months as
  ``1``, ``01`` or ``Enero``; sometimes a "Todos" option), either with a "Seleccione…" first option
  of value ``""`` or with the newest period selected; hidden ``id`` / ``numeral`` fields where the
  script needs them; a submit button plain, named (``buscar=Consultar``) or named AND REQUIRED (the
  script answering the form again without it) or a ``<button>``. The action is a separate script
  (``consulta.php``), the page itself (``action=""``) or absent. A result lists the period's
  documents or says "No se encontraron documentos para el período seleccionado."
* ``selector``: the index holds no links to the items: a GET form "Seleccione un numeral" (a
  ``<select>`` with or without placeholder, or radio buttons) and "Ir" / "Consultar" (sometimes a
  named submit); the numeral's page lists its documents one year at a time (year radio buttons, the
  newest checked, "Filtrar") in some portals, a page at a time in others ("Ir a la página" select,
  hidden fields carrying the numeral and the year).
* ``botones``: the index table's rows open the numeral pages by ``<button onclick=
  "location.href=…">``, ``<input type="button" onclick="window.location.href=…">`` or clickable
  rows ``data-href`` with a
  script; the numeral page's documents are opened by ``<input type="button" value="Descargar"
  onclick="window.open('…')">``, ``<button onclick="location.href='…'">Ver</button>``, buttons
  ``data-url`` with a script, or clickable rows.
* ``fragmento``: the numeral pages (plain links from the index) hold an empty ``#contenido``
  filled by XMLHttpRequest or ``fetch`` from an HTML fragment of the same host, or an ``<iframe>``
  of a results page; or the index itself is a row of tabs (``<a href="#" data-url=…>``) whose
  script loads each numeral's fragment. The item's words are on the page or in the fragment.

Empty / ``not_applicable`` / ``missing`` items keep the kit's phrases, law text or absence; a
missing item is offered by no form; a broken item's documents are listed and answer 404.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlencode, urljoin

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
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
    _present,
    item_words,
)

LAYOUTS = ("consulta", "selector", "botones", "fragmento")
EXAM22: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam22 layout shares:
# * consulta: "joomla" — one page per numeral (numbered labels, the law's text with every item).
# * selector: "wordpress" — item names as option texts (bare names allowed, own text allowed).
# * botones: "table" — a table of numbered rows (bare names allowed, no own text).
# * fragmento: "accordion" — tab titles (bare names allowed, own text, empty phrases).
_INNER = {
    "consulta": "joomla",
    "selector": "wordpress",
    "botones": "table",
    "fragmento": "accordion",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM22[section][key]["text"]


# -- shared --------------------------------------------------------------------------------------


@dataclass
class _Site:
    body: str
    domain: str
    today: dt.date
    index: str = "/transparencia/"
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    body, domain = draw(st.sampled_from(EXAM22["page"]["bodies"]))["text"]
    return _Site(str(body), str(domain), today)


def _key(url: str) -> str:
    """The route key of ``url``: the server looks routes up by the unquoted request target."""
    return unquote(url)


def _put(
    site: _Site, url: str, body: bytes, content_type: str = "text/html; charset=utf-8"
) -> None:
    site.routes[_key(url)] = Resource(body, content_type=content_type)


def _submit_url(action: str, fields: Sequence[tuple[str, str]]) -> str:
    """What a browser requests for a GET form: the action without its query, then the fields in
    document order, urlencoded (spaces as ``+``)."""
    base = action.split("?", 1)[0].split("#", 1)[0]
    return f"{base}?{urlencode(list(fields))}"


def _action_of(page: str, action: str | None) -> str:
    """The absolute address a form on ``page`` submits to (absent or empty: the page itself)."""
    if not action:
        return page
    return urljoin("http://host" + page, action).removeprefix("http://host")


def _link(href: str, text: str, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return f'<a href="{_e(href)}"{attr}>{_e(text)}</a>'


def _footer(site: _Site) -> str:
    text = str(_w("page", "footer")).format(body=site.body)
    return f"<footer class='site-footer'><p>{_e(text)}</p></footer>"


def _page(site: _Site, title: str, main: str, head: str = "", tail: str = "") -> bytes:
    nav = (
        f"<header class='site-header'><p class='institucion'>{_e(site.body)}</p><nav><ul>"
        f"<li>{_link('/', _w('page', 'home'))}</li>"
        f"<li>{_link(site.index, _w('page', 'index'))}</li>"
        f"<li>{_link('/noticias/', 'Noticias')}</li>"
        "<li>"
        + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
        + "</li></ul></nav></header>"
    )
    html = (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
        f"<title>{_e(title)} - {_e(site.body)}</title>{head}</head><body>{nav}"
        f"<main><h1>{_e(title)}</h1>{main}</main>{_footer(site)}{tail}</body></html>"
    )
    return html.encode("utf-8")


def _home(site: _Site) -> None:
    """The body's home page at ``/`` (it must hold ``</main>``: the kit's noise may add a link)."""
    intro = str(_w("page", "intro")).format(body=site.body)
    main = (
        f"<p>{_e(intro)}</p><p>{_link(site.index, _w('page', 'portal'))}</p>"
        f"<p>{_link('/noticias/obra-calle-principal/', 'Noticias')}</p>"
    )
    site.routes["/"] = Resource(_page(site, site.body, main))


def _note(item: Item, how: str) -> str:
    return f"{how} truth={item.truth} docs={len(item.docs)}"


def _words(item: Item) -> str:
    return paragraphs(item_words(item))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


def _period(doc: Doc) -> tuple[int, int]:
    assert doc.modified is not None
    return doc.modified.year, doc.modified.month


def _place_docs(site: _Site, item: Item, draw: st.DrawFn, pattern: str) -> dict[int, dt.date]:
    """Give each document its address (``pattern`` with yyyy, mm, n, stem) and its upload day."""
    ups: dict[int, dt.date] = {}
    for doc in item.docs:
        day = uploaded(doc, site.today, draw(st.integers(1, 12))) if doc.modified else site.today
        ups[id(doc)] = day
        doc.path = unique(
            pattern.format(
                yyyy=day.year, mm=f"{day.month:02d}", n=item.numeral, stem=file_stem(doc.name)
            ),
            site.seen,
        )
    return ups


def _option(value: str, text: str, selected: bool = False) -> str:
    attr = ' selected="selected"' if selected else ""
    return f'<option value="{_e(value)}"{attr}>{_e(text)}</option>'


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{_e(name)}" value="{_e(value)}">'


# -- consulta ------------------------------------------------------------------------------------


@dataclass
class _Consulta:
    """How one consulta portal's forms are written (drawn once per portal)."""

    page_form: int  # numeral.php?id=N or a pretty address
    action_kind: str  # script | self | absent
    script: str
    hidden_first: bool
    year_first: bool
    month_values: str  # num | num2 | name
    placeholder: bool  # a "Seleccione…" first option (else the newest period selected)
    all_months: bool  # a "Todos" option of the month select
    submit: str  # plain | named | required | button
    submit_name: str
    submit_value: str
    extra_years: int
    form_on_empty: bool
    no_method: bool  # <form> without a method attribute (GET)
    p_year: str
    p_month: str

    def month_value(self, month: int) -> str:
        if self.month_values == "num":
            return str(month)
        if self.month_values == "num2":
            return f"{month:02d}"
        return MESES[month - 1]

    @property
    def named(self) -> bool:
        return self.submit in ("named", "required")


@dataclass
class _Form:
    """One numeral's consulta form: what it offers and where it goes."""

    item: Item
    monthly: bool
    years: list[tuple[str, str]]
    months: list[tuple[str, str]]
    default: tuple[str, str]
    action_attr: str | None
    hidden: list[tuple[str, str]]
    target: str


def _consulta_form(c: _Consulta, f: _Form, year: str | None, month: str | None) -> str:
    sel_year = year if year is not None else ("" if c.placeholder else f.default[0])
    sel_month = month if month is not None else ("" if c.placeholder else f.default[1])
    year_html = (
        f"<label for='anio'>{_e(_w('consulta', 'year'))}</label> "
        "<select name='anio' id='anio' class='form-control'>"
        + "".join(_option(v, t, v == sel_year) for v, t in f.years)
        + "</select> "
    )
    month_html = ""
    if f.monthly:
        month_html = (
            f"<label for='mes'>{_e(_w('consulta', 'month'))}</label> "
            "<select name='mes' id='mes' class='form-control'>"
            + "".join(_option(v, t, v == sel_month) for v, t in f.months)
            + "</select> "
        )
    selects = year_html + month_html if c.year_first else month_html + year_html
    hiddens = "".join(_hidden(n, v) for n, v in f.hidden)
    if c.submit == "button":
        label = _e(_w("consulta", "button"))
        button = f"<button type='submit' class='btn btn-primary'>{label}</button>"
    elif c.named:
        button = f'<input type="submit" name="{_e(c.submit_name)}" value="{_e(c.submit_value)}">'
    else:
        button = f'<input type="submit" value="{_e(c.submit_value)}">'
    inner = hiddens + selects if c.hidden_first else selects + hiddens
    method = "" if c.no_method else ' method="get"'
    action = "" if f.action_attr is None else f' action="{_e(f.action_attr)}"'
    return f'<form{method}{action} class="form-inline consulta">{inner}{button}</form>'


def _consulta_fields(
    c: _Consulta, f: _Form, year: str, month: str | None, with_submit: bool
) -> list[tuple[str, str]]:
    selects: list[tuple[str, str]] = [("anio", year)]
    if month is not None:
        selects = [*selects, ("mes", month)] if c.year_first else [("mes", month), *selects]
    out = [*f.hidden, *selects] if c.hidden_first else [*selects, *f.hidden]
    if with_submit:
        out.append((c.submit_name, c.submit_value))
    return out


def _consulta_results(
    c: _Consulta, f: _Form, ups: dict[int, dt.date], year: str, month: str | None
) -> str:
    found = [
        d
        for d in f.item.docs
        if str(_period(d)[0]) == year
        and (month is None or month == "0" or c.month_value(_period(d)[1]) == month)
    ]
    heading = f"<h2>{_e(_w('consulta', 'results'))}</h2>"
    if not found:
        return heading + f"<p class='alert alert-info'>{_e(_w('consulta', 'nothing'))}</p>"
    head = "".join(f"<th>{_e(col)}</th>" for col in _w("consulta", "columns"))
    rows = []
    for i, d in enumerate(sorted(found, key=_period, reverse=True), start=1):
        y, m = _period(d)
        period = f"{MESES[m - 1]} {y}" if f.monthly else str(y)
        rows.append(
            f"<tr><td>{i}</td><td>{_link(d.path, d.name)}</td><td>{_e(period)}</td>"
            f"<td>{day_month_year(ups[id(d)])}</td>"
            f"<td>{_link(d.path, _w('consulta', 'download'))}</td></tr>"
        )
    return heading + f"<table class='table table-striped'><tr>{head}</tr>{''.join(rows)}</table>"


def _consulta_item(
    site: _Site, c: _Consulta, item: Item, page: str, ups: dict[int, dt.date]
) -> None:
    today = site.today
    monthly = item_rhythm(item) == "monthly"
    if item.docs:
        doc_years = {_period(d)[0] for d in item.docs}
        low, high = min(doc_years) - c.extra_years, max(max(doc_years), today.year)
        default_year, default_month = _period(max(item.docs, key=_period))
    else:
        low, high = today.year - 2 - c.extra_years, today.year
        default_year, default_month = today.year, today.month
    years = ([("", c.p_year)] if c.placeholder else []) + [
        (str(y), str(y)) for y in range(high, low - 1, -1)
    ]
    months: list[tuple[str, str]] = []
    if monthly:
        if c.placeholder:
            months.append(("", c.p_month))
        if c.all_months:
            months.append(("0", str(_w("consulta", "all_months"))))
        months += [(c.month_value(m), MESES[m - 1]) for m in range(1, 13)]
    if c.action_kind == "script":
        action_attr: str | None = c.script
        if "?" not in page and not c.script.startswith("/"):
            action_attr = "/transparencia/" + c.script
        hidden = [("numeral", str(item.numeral))]
    else:
        action_attr = "" if c.action_kind == "self" else None
        hidden = [("id", str(item.numeral))] if "?" in page else []
    f = _Form(
        item,
        monthly,
        years,
        months,
        (str(default_year), c.month_value(default_month)),
        action_attr,
        hidden,
        _action_of(page, action_attr),
    )
    choose = str(_w("consulta", "choose")[0 if monthly else 1])
    ask = f"<p class='instrucciones'>{_e(choose)}</p>"
    _put(site, page, _page(site, item.label, _words(item) + ask + _consulta_form(c, f, None, None)))
    month_choices: list[str | None] = [v for v, _t in months] if monthly else [None]
    for year, _t in years:
        for month in month_choices:
            for with_submit in [True, False] if c.named else [False]:
                url = _submit_url(f.target, _consulta_fields(c, f, year, month, with_submit))
                form = _consulta_form(c, f, year, month)
                if (c.submit == "required" and not with_submit) or "" in (year, month):
                    body = _words(item) + ask + form
                else:
                    body = form + _consulta_results(c, f, ups, year, month)
                _put(site, url, _page(site, item.label, body))


def _consulta(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    site.index = "/transparencia/informacion-publica-de-oficio/"
    submit_name, submit_value = (str(s) for s in draw(st.sampled_from(_w("consulta", "submit"))))
    c = _Consulta(
        page_form=draw(st.integers(0, 1)),
        action_kind=draw(st.sampled_from(["script", "self", "absent"])),
        script=str(draw(st.sampled_from(_w("consulta", "scripts")))),
        hidden_first=draw(st.booleans()),
        year_first=draw(st.booleans()),
        month_values=draw(st.sampled_from(["num", "num2", "name"])),
        placeholder=draw(st.booleans()),
        all_months=draw(st.booleans()),
        submit=draw(st.sampled_from(["plain", "named", "required", "button"])),
        submit_name=submit_name,
        submit_value=submit_value,
        extra_years=draw(st.integers(0, 2)),
        form_on_empty=draw(st.booleans()),
        no_method=draw(st.booleans()),
        p_year=str(draw(st.sampled_from(_w("consulta", "placeholder_year")))),
        p_month=str(draw(st.sampled_from(_w("consulta", "placeholder_month")))),
    )
    file_pattern = str(draw(st.sampled_from(_w("consulta", "files"))))
    how = (
        f"consulta/page={c.page_form}/action={c.action_kind}/hidden_first={c.hidden_first}/"
        f"year_first={c.year_first}/mes={c.month_values}/placeholder={c.placeholder}/"
        f"todos={c.all_months}/submit={c.submit}/empty_form={c.form_on_empty}"
    )
    links = []
    for item in _present(items):
        page = str(_w("consulta", "pages")[c.page_form]).format(n=item.numeral)
        links.append(f"<li>{_link(page, item.label)}</li>")
        ups = _place_docs(site, item, draw, file_pattern)
        portal.notes[item.numeral] = _note(item, how)
        empty = item.truth in ("empty", "not_applicable")
        if item.docs or (c.form_on_empty and empty):
            _consulta_item(site, c, item, page, ups)
        else:
            _put(site, page, _page(site, item.label, _words(item)))
    main = _opening() + f"<ul class='numerales'>{''.join(links)}</ul>"
    _put(site, site.index, _page(site, str(_w("page", "index")), main))
    _home(site)
    return site.routes


# -- selector ------------------------------------------------------------------------------------


@dataclass
class _Selector:
    """How one selector portal's forms are written (drawn once per portal)."""

    kind: str  # select | radio
    placeholder: bool
    action: str
    param: str
    submit: str  # go | named | button
    year_filter: bool
    per_page: int


def _selector_index(s: _Selector, present: list[Item]) -> str:
    choose = _e(_w("selector", "choose"))
    if s.kind == "select":
        options = [_option("", _w("selector", "placeholder"), True)] if s.placeholder else []
        options += [_option(str(i.numeral), i.label) for i in present]
        control = (
            f"<label for='{s.param}'>{choose}</label> <select name='{s.param}' id='{s.param}' "
            f"class='form-control'>{''.join(options)}</select> "
        )
    else:
        control = f"<p>{choose}:</p>" + "".join(
            f"<div class='radio'><label><input type='radio' name='{s.param}' "
            f"value='{i.numeral}'> {_e(i.label)}</label></div>"
            for i in present
        )
    if s.submit == "go":
        button = f'<input type="submit" value="{_e(_w("selector", "go"))}">'
    elif s.submit == "named":
        name, value = (str(x) for x in _w("selector", "named"))
        button = f'<input type="submit" name="{name}" value="{value}">'
    else:
        button = f"<button type='submit'>{_e(_w('selector', 'see'))}</button>"
    return f'<form method="get" action="{_e(s.action)}">{control}{button}</form>'


def _selector_listing(
    s: _Selector, item: Item, years: list[int], year: int | None, page: int
) -> str:
    """The item's words and the documents of ``year`` (all when None), page ``page``."""
    out = _words(item)
    if not item.docs:
        return out
    n = str(item.numeral)
    docs = sorted(item.docs, key=_period, reverse=True)
    if year is not None:
        docs = [d for d in docs if _period(d)[0] == year]
    pages = max(1, -(-len(docs) // s.per_page))
    shown = docs[(page - 1) * s.per_page : page * s.per_page]
    if year is not None:
        radios = "".join(
            f"<label><input type='radio' name='anio' value='{y}'"
            f"{' checked' if y == year else ''}> {y}</label> "
            for y in years
        )
        out += (
            f'<form method="get" action="{_e(s.action)}" class="filtro">{_hidden(s.param, n)}'
            f"<span>{_e(_w('selector', 'year'))}</span> {radios}"
            f'<input type="submit" value="{_e(_w("selector", "filter"))}"></form>'
        )
    head = "".join(f"<th>{_e(c)}</th>" for c in _w("selector", "columns"))
    rows = "".join(
        f"<tr><td>{_link(d.path, d.name)}</td><td>{_period(d)[0]}</td>"
        f"<td>{_link(d.path, _w('selector', 'download'))}</td></tr>"
        for d in shown
    )
    out += f"<table class='table'><tr>{head}</tr>{rows}</table>"
    if pages > 1:
        opts = "".join(_option(str(p), str(p), p == page) for p in range(1, pages + 1))
        of = str(_w("selector", "page_of")).format(cur=page, pages=pages)
        out += (
            f'<form method="get" action="{_e(s.action)}" class="paginador">{_hidden(s.param, n)}'
            + (_hidden("anio", str(year)) if year is not None else "")
            + f"<p>{_e(of)}</p><label for='pagina'>{_e(_w('selector', 'page'))}</label> "
            f"<select name='pagina' id='pagina'>{opts}</select> "
            f'<input type="submit" value="{_e(_w("selector", "go"))}"></form>'
        )
    return out


def _selector(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    site.index = "/transparencia/"
    kind = draw(st.sampled_from(["select", "radio"]))
    s = _Selector(
        kind=kind,
        placeholder=kind == "select" and draw(st.booleans()),
        action=str(draw(st.sampled_from(_w("selector", "actions")))),
        param=str(draw(st.sampled_from(_w("selector", "params")))),
        submit=draw(st.sampled_from(["go", "named", "button"])),
        year_filter=draw(st.booleans()),
        per_page=draw(st.sampled_from([2, 10])),
    )
    file_pattern = str(draw(st.sampled_from(_w("selector", "files"))))
    how = (
        f"selector/{s.kind}/placeholder={s.placeholder}/submit={s.submit}/"
        f"years={s.year_filter}/per_page={s.per_page}"
    )
    present = _present(items)
    title = str(_w("page", "index"))
    index = _page(site, title, _opening() + _selector_index(s, present))
    _put(site, site.index, index)
    _put(site, s.action, index)
    name, value = (str(x) for x in _w("selector", "named"))
    tails: list[list[tuple[str, str]]] = [[(name, value)], []] if s.submit == "named" else [[]]
    for tail in tails:
        if s.placeholder:
            _put(site, _submit_url(s.action, [(s.param, ""), *tail]), index)
    for item in present:
        _place_docs(site, item, draw, file_pattern)
        portal.notes[item.numeral] = _note(item, how)
        n = str(item.numeral)
        years = sorted({_period(d)[0] for d in item.docs}, reverse=True)
        by_year = s.year_filter and len(years) > 1
        first = years[0] if by_year else None
        for tail in tails:
            url = _submit_url(s.action, [(s.param, n), *tail])
            _put(site, url, _page(site, item.label, _selector_listing(s, item, years, first, 1)))
        for year in years if by_year else [None]:
            count = len([d for d in item.docs if year is None or _period(d)[0] == year])
            chosen = [("anio", str(year))] if year is not None else []
            if year is not None:
                body = _selector_listing(s, item, years, year, 1)
                _put(
                    site,
                    _submit_url(s.action, [(s.param, n), *chosen]),
                    _page(site, item.label, body),
                )
            for page in range(1, max(1, -(-count // s.per_page)) + 1):
                fields = [(s.param, n), *chosen, ("pagina", str(page))]
                body = _selector_listing(s, item, years, year, page)
                _put(site, _submit_url(s.action, fields), _page(site, item.label, body))
    _home(site)
    return site.routes


# -- botones -------------------------------------------------------------------------------------


def _control(kind: str, target: str, text: str) -> str:
    """A control opening ``target`` when pressed (no link): ``kind`` is how it is written."""
    js = _e(target.replace("'", "\\'"))
    if kind == "button":  # a <button> that moves the window
        return (
            f'<button type="button" class="btn btn-primary" onclick="location.href=\'{js}\'">'
            f"{_e(text)}</button>"
        )
    if kind == "input":  # an <input type=button> that moves the window
        return (
            f'<input type="button" class="btn" value="{_e(text)}" '
            f"onclick=\"window.location.href='{js}'\">"
        )
    if kind == "open":  # an <input type=button> opening a new window
        return (
            f'<input type="button" class="btn btn-success" value="{_e(text)}" '
            f"onclick=\"window.open('{js}')\">"
        )
    if kind == "dataurl":  # a button whose address a script reads
        return (
            f"<button type='button' class='btn btn-success' data-url='{_e(target)}'>"
            f"{_e(text)}</button>"
        )
    return f"<span class='btn btn-link'>{_e(text)}</span>"  # the row itself is clickable


def _row(kind: str, target: str, cells: Sequence[str], text: str) -> str:
    """A table row of ``cells`` and a control opening ``target``."""
    tds = "".join(f"<td>{cell}</td>" for cell in cells) + f"<td>{_control(kind, target, text)}</td>"
    if kind == "row":
        return (
            f"<tr class='clickable-row' data-href='{_e(target)}' style='cursor:pointer'>{tds}</tr>"
        )
    return f"<tr>{tds}</tr>"


def _botones(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    site.index = str(_w("botones", "index"))
    page_form = draw(st.integers(0, 2))
    index_kind = draw(st.sampled_from(["button", "input", "row"]))
    kinds = st.sampled_from(["open", "button", "dataurl", "row"])
    doc_kinds = draw(st.lists(kinds, min_size=1, max_size=2, unique=True))
    file_pattern = str(draw(st.sampled_from(_w("botones", "files"))))
    how = f"botones/index={index_kind}/docs={'+'.join(doc_kinds)}"
    scripts = {
        "row": f"<script>{_w('botones', 'row_script')}</script>",
        "dataurl": f"<script>{_w('botones', 'url_script')}</script>",
    }
    see, download = str(_w("botones", "see")), str(_w("botones", "download"))
    rows = []
    for item in _present(items):
        page = str(_w("botones", "pages")[page_form]).format(n=item.numeral)
        ups = _place_docs(site, item, draw, file_pattern)
        doc_kind = draw(st.sampled_from(doc_kinds))
        portal.notes[item.numeral] = _note(item, f"{how}/this={doc_kind}")
        rows.append(_row(index_kind, page, [str(item.numeral), _e(item.label)], see))
        body = _words(item)
        tail = ""
        if item.docs:
            head = "".join(f"<th>{_e(c)}</th>" for c in _w("botones", "doc_columns"))
            text = download if doc_kind in ("open", "dataurl") else see
            trs = "".join(
                _row(doc_kind, d.path, [_e(d.name), day_month_year(ups[id(d)])], text)
                for d in item.docs
            )
            body += f"<table class='table table-bordered'><tr>{head}</tr>{trs}</table>"
            tail = scripts.get(doc_kind, "")
        _put(site, page, _page(site, item.label, body, tail=tail))
    head = "".join(f"<th>{_e(c)}</th>" for c in _w("botones", "columns"))
    main = _opening() + f"<table class='table table-hover'><tr>{head}</tr>{''.join(rows)}</table>"
    tail = scripts.get(index_kind, "")
    _put(site, site.index, _page(site, str(_w("page", "index")), main, tail=tail))
    _home(site)
    return site.routes


# -- fragmento -----------------------------------------------------------------------------------


def _fragmento(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    site.index = "/transparencia/informacion-publica/"
    kind = draw(st.sampled_from(["xhr", "fetch", "iframe", "tabs"]))
    page_form = draw(st.integers(0, 1))
    fragment_form = draw(st.integers(0, 2))
    frame_form = draw(st.integers(0, 1))
    titled = draw(st.booleans())  # the fragment repeats the item's name
    words_on_page = kind != "tabs" and draw(st.booleans())
    file_pattern = str(draw(st.sampled_from(_w("fragmento", "files"))))
    how = f"fragmento/{kind}/titled={titled}/words_on_page={words_on_page}"
    loading = f"<p>{_e(_w('page', 'loading'))}</p>"
    links = []
    tabs = []
    for item in _present(items):
        _place_docs(site, item, draw, file_pattern)
        portal.notes[item.numeral] = _note(item, how)
        docs = ""
        if item.docs:
            docs = (
                f"<h4>{_e(_w('fragmento', 'documents'))}</h4><ul class='documentos'>"
                + "".join(f"<li>{_link(d.path, d.name)}</li>" for d in item.docs)
                + "</ul>"
            )
        content = (
            (f"<h3>{_e(item.label)}</h3>" if titled else "")
            + ("" if words_on_page else _words(item))
            + docs
        )
        page = str(_w("fragmento", "pages")[page_form]).format(n=item.numeral)
        if kind == "iframe":
            frame = str(_w("fragmento", "frames")[frame_form]).format(n=item.numeral)
            framed = (
                "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
                f"<title>{_e(item.label)}</title></head><body>{content}</body></html>"
            )
            _put(site, frame, framed.encode("utf-8"))
            main = (_words(item) if words_on_page else "") + (
                f'<iframe src="{_e(frame)}" width="100%" height="600" frameborder="0"></iframe>'
            )
            _put(site, page, _page(site, item.label, main))
            links.append(f"<li>{_link(page, item.label)}</li>")
            continue
        fragment = str(_w("fragmento", "fragments")[fragment_form]).format(n=item.numeral)
        _put(site, fragment, f"<div class='contenido-numeral'>{content}</div>".encode())
        if kind == "tabs":
            tabs.append(
                '<li class=\'nav-item\'><a href="#" class="cargar nav-link" '
                f'data-url="{_e(fragment)}">'
                f"{_e(item.label)}</a></li>"
            )
            continue
        code = str(_w("fragmento", kind)).replace("{url}", fragment)
        main = (_words(item) if words_on_page else "") + f"<div id='contenido'>{loading}</div>"
        _put(site, page, _page(site, item.label, main, tail=f"<script>{code}</script>"))
        links.append(f"<li>{_link(page, item.label)}</li>")
    if kind == "tabs":
        main = (
            _opening()
            + f"<p>{_e(_w('fragmento', 'choose'))}</p>"
            + f"<ul class='nav nav-tabs flex-column'>{''.join(tabs)}</ul>"
            + f"<div id='contenido' class='tab-content'>{loading}</div>"
        )
        tail = f"<script>{_w('fragmento', 'tabs')}</script>"
    else:
        main = _opening() + f"<ul class='numerales'>{''.join(links)}</ul>"
        tail = ""
    _put(site, site.index, _page(site, str(_w("page", "index")), main, tail=tail))
    _home(site)
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "consulta": _consulta,
    "selector": _selector,
    "botones": _botones,
    "fragmento": _fragmento,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 22 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
