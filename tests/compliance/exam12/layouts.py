"""Twelfth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first ten exams'. Wording and structure: ``wording.toml`` here (sources there).
Theme: how Guatemalan ministries, secretariats and municipalities PRESENT Article 10 information:

* ``matriz``: one big table per YEAR, one row per numeral ("Numeral | Descripción | Ene | Feb | …
  | Dic"), each month cell an icon or "PDF" / "Ver" link to that month's document (its name only
  in ``title``, or nowhere), "—" for a past month without one, empty for months to come; a
  not-applicable numeral "N/A" in every month (with a legend "N/A: No aplica") or one merged cell;
  yearly / on-change documents in the month they were uploaded, or re-linked every month they are
  in force; the years chosen by pages (``…/2025/``), by a query (``?anio=2025``) or by Bootstrap
  tabs on one page; files named by the upload (``/wp-content/uploads/2026/11/<name>.pdf``) or by
  a code (``/documentos/laip/2026/N08-OCT2026.pdf``).
* ``tablepress``: a WordPress page with one TablePress table "No. | Numeral | Información | Fecha
  de actualización | Descargar" (TablePress 1.x or 2.x markup, the DataTables call in the
  footer); "No." is the row's running number, not the numeral; one row per numeral (documents
  separated by ``<br />``) or ONE ROW PER DOCUMENT with the first three cells merged by
  ``#rowspan#`` (the later rows of a numeral hold only a date and a link); links an icon,
  "Descargar" or the document's name; "Fecha de actualización" the upload date, and on rows
  without documents (in some portals) the day the row was reviewed.
* ``selector``: each numeral's documents offered only through a ``<select>`` whose options' values
  are the PDFs, opened by an ``onchange`` script, a Dreamweaver "Ir" button (``MM_jumpMenuGo``) or
  a "Ver" button; options "Octubre 2026", or grouped by year (``<optgroup label="2026">`` with
  month-only options), or a year ``<select>`` showing one hidden month ``<select>`` per year;
  next to a plain fallback list (``<noscript>`` or visible) in some portals; numerals on one page or
  one page each; empty numerals (in some portals) a disabled select "Sin documentos publicados".
* ``wpfd``: WordPress with WP File Download: an index whose WPFD block lists the numerals'
  categories as script-only folders (``href="#"``) beside an ordinary list of pages → one page per
  numeral holding its words and the server-rendered WPFD block(s) of its category (one block per
  year category in some portals): files with a cropped title, size, hits, "Fecha de creación"
  (the UPLOAD day, shown only where the option is on: off by default), "Descargar" to
  ``/download/<catid>/<cat>/<id>/<slug>`` (no extension; the file name only in
  Content-Disposition), ``/index.php/download/…`` or ``admin-ajax.php?…task=file.download…``, and a
  "Vista previa" link (``…&token=…&preview=1``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

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

LAYOUTS = ("matriz", "tablepress", "selector", "wpfd")
EXAM12 = wording(__file__)
# Which generated layout's truth conventions an exam12 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * matriz: "table" — one table for everything: bare names allowed, no own text.
# * tablepress: "table" — likewise.
# * selector: "wordpress" — item headings on a page (bare names allowed), own text allowed.
# * wpfd: "joomla" — one page per numeral named by its label, the law's wording on every page.
_INNER = {"matriz": "table", "tablepress": "table", "selector": "wordpress", "wpfd": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _newest_first(docs: list[Doc]) -> list[Doc]:
    return sorted(docs, key=lambda d: d.modified or dt.date.min, reverse=True)


def _pdf(doc: Doc) -> Resource:
    """The document as the kit serves it, at another address (a preview link)."""
    stamp = None
    if doc.modified is not None:
        stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=stamp,
    )


# -- matriz (numerals x months, one table per year) ----------------------------------------------


def _matriz(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM12["matriz"]
    page = words["page"]["text"]
    years_by = draw(st.sampled_from(["paginas", "consulta", "pestanas"]))
    other = draw(st.sampled_from(["mes", "repite"]))
    cell = draw(st.sampled_from(["icono", *words["cell_text"]["text"]]))
    titled = draw(st.booleans())  # the document's name in the link's title
    naming = draw(st.sampled_from(["subida", "codigo"]))
    na_style = draw(st.sampled_from(["celdas", "fila"]))
    dash = draw(st.sampled_from(words["no_document"]["text"]))
    now = (today.year, today.month)
    seen: set[str] = set()
    # (numeral, year, month) -> documents linked in that cell
    cells: dict[tuple[int, int, int], list[Doc]] = {}

    def place(numeral: int, year: int, month: int, doc: Doc) -> None:
        if (year, month) <= now:
            cells.setdefault((numeral, year, month), []).append(doc)

    for item in _present(items):
        monthly = item_rhythm(item) == "monthly"
        newest = _newest_first(item.docs)[0] if item.docs else None
        for doc in item.docs:
            assert doc.modified is not None
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            if naming == "subida":
                path = words["upload"]["text"].format(
                    yyyy=up.year, mm=f"{up.month:02d}", stem=file_stem(doc.name)
                )
            else:
                abbreviation = words["abbreviations"]["text"][doc.modified.month - 1]
                period = f"{abbreviation}{doc.modified.year}" if monthly else str(doc.modified.year)
                path = words["code"]["text"].format(
                    yyyy=up.year, numeral=item.numeral, period=period
                )
            doc.path = unique(path, seen)
            if monthly:
                place(item.numeral, doc.modified.year, doc.modified.month, doc)
            elif other == "mes":
                place(item.numeral, up.year, up.month, doc)
            elif item_rhythm(item) == "yearly":
                # Re-linked every month of the year it budgets / plans.
                for month in range(1, 13):
                    place(item.numeral, doc.modified.year, month, doc)
            elif doc is newest:
                # The document in force, re-linked every month since it was uploaded.
                year, month = up.year, up.month
                while (year, month) <= now:
                    place(item.numeral, year, month, doc)
                    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            else:
                place(item.numeral, up.year, up.month, doc)
        portal.notes[item.numeral] = (
            f"matriz/{years_by}/{other}/{cell}/{naming}/{na_style}/titled={titled}/"
            f"{len(item.docs)} docs"
        )
    years = sorted({today.year} | {year for _n, year, _m in cells}, reverse=True)

    def link(doc: Doc) -> str:
        if cell == "icono":
            inner = f'<img src="{words["icon"]["text"]}" alt="PDF" width="20" height="20">'
        else:
            inner = _e(cell)
        title = f' title="{_e(doc.name)}"' if titled else ""
        return f'<a href="{_e(doc.path)}"{title} target="_blank">{inner}</a>'

    def table(year: int) -> str:
        head = (
            f'<tr><th scope="col">{_e(words["numeral"]["text"])}</th>'
            f'<th scope="col">{_e(words["description"]["text"])}</th>'
            + "".join(f'<th scope="col">{m}</th>' for m in words["months"]["text"])
            + "</tr>"
        )
        rows = []
        for item in _present(items):
            # The "Actualizado" note belongs to the year in course, the law's words to every year.
            shown = [t for t in item_words(item) if year == today.year or t != item.updated]
            texts = "".join(f"<br><small>{_e(t)}</small>" for t in shown)
            lead = (
                f'<td class="text-center">{item.numeral}</td>'
                f"<td><strong>{_e(item.label)}</strong>{texts}</td>"
            )
            if item.truth == "not_applicable" and na_style == "fila":
                rows.append(
                    f'<tr>{lead}<td colspan="12" class="text-center">'
                    f"{_e(item.phrase or words['not_applicable']['text'])}</td></tr>"
                )
                continue
            tds = []
            for month in range(1, 13):
                if item.truth == "not_applicable":
                    tds.append(
                        f'<td class="text-center" title="{_e(item.phrase)}">'
                        f"{_e(words['not_applicable']['text'])}</td>"
                    )
                    continue
                docs = cells.get((item.numeral, year, month), [])
                if docs:
                    content = " ".join(link(d) for d in docs)
                elif (year, month) < now:
                    content = _e(dash)
                else:
                    content = ""
                tds.append(f'<td class="text-center">{content}</td>')
            rows.append(f"<tr>{lead}{''.join(tds)}</tr>")
        legend = ""
        if na_style == "celdas":
            legend = f'<p class="leyenda"><small>{_e(words["legend"]["text"])}</small></p>'
        return (
            '<div class="table-responsive"><table class="table table-bordered table-sm matriz">'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>{legend}"
        )

    heading = words["year_heading"]["text"]
    opening = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    title = words["page_title"]["text"]
    if years_by == "pestanas":
        tabs = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if y == today.year else ""}" '
            f'id="tab-{y}" data-toggle="tab" href="#anio-{y}" role="tab" '
            f'aria-controls="anio-{y}" aria-selected="{"true" if y == today.year else "false"}">'
            f"{y}</a></li>"
            for y in years
        )
        panes = "".join(
            f'<div class="tab-pane fade{" show active" if y == today.year else ""}" '
            f'id="anio-{y}" role="tabpanel" aria-labelledby="tab-{y}">'
            f"<h3>{_e(heading.format(year=y))}</h3>{table(y)}</div>"
            for y in years
        )
        body = (
            f'{opening}<ul class="nav nav-tabs" role="tablist">{tabs}</ul>'
            f'<div class="tab-content">{panes}</div>'
        )
        routes[page] = Resource(_page(title, body, today=today))
    else:
        form = words["year_page" if years_by == "paginas" else "year_query"]["text"]

        def year_url(year: int) -> str:
            return str(form.format(page=page, year=year))

        def year_body(year: int) -> str:
            pills = "".join(
                f'<li class="nav-item"><a class="nav-link{" active" if y == year else ""}" '
                f'href="{_e(year_url(y))}">{y}</a></li>'
                for y in years
            )
            return (
                f"{opening}<p>{_e(words['years_label']['text'])}</p>"
                f'<ul class="nav nav-pills anios">{pills}</ul>'
                f"<h3>{_e(heading.format(year=year))}</h3>{table(year)}"
            )

        routes[page] = Resource(_page(title, year_body(today.year), today=today))
        for year in years:
            routes[year_url(year)] = Resource(
                _page(f"{title} {year}", year_body(year), today=today)
            )
    _home(routes, page, title)
    return routes


# -- tablepress (a TablePress table, one row per numeral or per document) ------------------------


def _tablepress(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM12["tablepress"]
    version = draw(st.sampled_from(["1.x", "2.x"]))
    per_doc = draw(st.booleans())  # one row per document, first cells merged by #rowspan#
    links = draw(st.sampled_from(["icono", "descargar", "nombre"]))
    number_form = draw(st.sampled_from(words["number_forms"]["text"]))
    reviewed = draw(st.booleans())  # rows without documents carry the day they were reviewed
    table_id = draw(st.integers(1, 60))
    named = draw(st.booleans())  # the table's name printed above it
    seen: set[str] = set()
    header = words["header"]["text"]

    def link(doc: Doc) -> str:
        if links == "icono":
            inner = (
                f'<img class="alignnone size-full" src="{words["icon"]["text"]}" alt="" '
                'width="40" height="40" />'
            )
        elif links == "descargar":
            inner = _e(words["button"]["text"])
        else:
            inner = _e(doc.name)
        return f'<a href="{_e(doc.path)}" target="_blank" rel="noopener">{inner}</a>'

    # Each row: its cells (None where a merged cell above covers it), as TablePress stores them;
    # TablePress 1.x wraps the head cells in a <div>.
    wrap = "<div>{}</div>" if version == "1.x" else "{}"
    table: list[list[str | None]] = [[wrap.format(_e(h)) for h in header]]
    rowspans: dict[tuple[int, int], int] = {}
    for number, item in enumerate(_present(items), start=1):
        ups: dict[int, dt.date] = {}
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            ups[id(doc)] = up
            path = words["upload"]["text"].format(
                yyyy=up.year, mm=f"{up.month:02d}", stem=file_stem(doc.name)
            )
            doc.path = unique(path, seen)
        info = "<br />\n".join(_e(t) for t in [item.label, *item_words(item)])
        lead: list[str | None] = [
            str(number),
            _e(number_form.format(n=item.numeral)),
            info,
        ]
        docs = _newest_first(item.docs)
        if not docs:
            when = ""
            if reviewed:
                when = day_month_year(today - dt.timedelta(days=draw(st.integers(3, 60))))
            text = item.phrase or words["no_document"]["text"]
            table.append([*lead, when, _e(text)])
        elif per_doc:
            first = len(table)
            for index, doc in enumerate(docs):
                cells = lead if index == 0 else [None, None, None]
                table.append([*cells, day_month_year(ups[id(doc)]), link(doc)])
            if len(docs) > 1:
                for column in range(3):
                    rowspans[(first, column)] = len(docs)
        else:
            newest = max(ups[id(d)] for d in docs)
            table.append([*lead, day_month_year(newest), "<br />\n".join(link(d) for d in docs)])
        portal.notes[item.numeral] = (
            f"tablepress/{version}/per_doc={per_doc}/links={links}/number={number_form}/"
            f"reviewed={reviewed}/{len(item.docs)} docs"
        )

    def row_html(index: int, row: list[str | None]) -> str:
        tag = "th" if index == 0 else "td"
        css = f"row-{index + 1}"
        if version == "1.x":
            css += " even" if index % 2 == 1 else " odd"
        out = []
        for column, content in enumerate(row):
            if content is None:
                continue
            span = rowspans.get((index, column))
            attrs = f' rowspan="{span}"' if span else ""
            out.append(f'<{tag}{attrs} class="column-{column + 1}">{content}</{tag}>')
        return f'<tr class="{css}">\n\t' + "".join(out) + "\n</tr>\n"

    tbody_class = "row-hover" if version == "1.x" else "row-striping row-hover"
    html_id = f"tablepress-{table_id}"
    year = today.year
    name = ""
    if named:
        name = (
            f'<h2 class="tablepress-table-name tablepress-table-name-id-{table_id}">'
            f"{_e(words['table_name']['text'].format(year=year))}</h2>\n"
        )
    classes = f"tablepress tablepress-id-{table_id}"
    body_rows = "".join(row_html(i, r) for i, r in enumerate(table) if i > 0)
    html_table = (
        f'{name}\n<table id="{html_id}" class="{classes}">\n<thead>\n{row_html(0, table[0])}'
        f'</thead>\n<tbody class="{tbody_class}">\n{body_rows}</tbody>\n</table>\n'
    )
    language = words["language"]["text"]
    script = (
        '<script type="text/javascript">\njQuery(document).ready(function($){\n'
        f'var DataTables_oLanguage={{}};\nDataTables_oLanguage["es_ES"]={language};\n'
        f'$(\'#{html_id}\').dataTable({{"oLanguage":DataTables_oLanguage["es_ES"],'
        '"aaSorting":[],"bSortClasses":false,"asStripeClasses":[\'even\',\'odd\']});\n'
        "});\n</script>"
    )
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<div class="entry-content">{html_table}</div>{script}'
    )
    path = words["page"]["text"]
    routes[path] = Resource(_page(words["page_title"]["text"], body, today=today))
    _home(routes, path, words["page_title"]["text"])
    return routes


# -- selector (documents behind a <select> opened by a script) -----------------------------------


def _selector(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM12["selector"]
    pages = draw(st.booleans())  # one page per numeral (else all on the index)
    trigger = draw(st.sampled_from(["onchange", "onchange_reset", "ir", "ver"]))
    grouping = draw(st.sampled_from(["plano", "optgroup", "dos_niveles"]))
    option_text = draw(st.sampled_from(["periodo", "nombre"]))
    fallback = draw(st.sampled_from(["ninguno", "noscript", "lista"]))
    disabled_empty = draw(st.booleans())  # empty numerals show a disabled select
    choose = draw(st.sampled_from(words["choose"]["text"]))
    placeholder = draw(st.sampled_from(words["placeholder"]["text"]))
    seen: set[str] = set()

    def label_of(doc: Doc, item: Item, with_year: bool) -> str:
        assert doc.modified is not None
        if item_rhythm(item) == "monthly" and (option_text == "periodo" or not with_year):
            month = MESES[doc.modified.month - 1]
            return f"{month} {doc.modified.year}" if with_year else month
        return doc.name

    def select(sid: str, options: str, hidden: bool = False) -> str:
        handler = ""
        if trigger in ("onchange", "onchange_reset"):
            handler = f' onchange="{_e(words[trigger]["text"])}"'
        style = ' style="display:none"' if hidden else ""
        first = (
            f'<option selected="selected" disabled="disabled" value="">{_e(placeholder)}</option>'
            if trigger == "onchange_reset"
            else f'<option value="">{_e(placeholder)}</option>'
        )
        return (
            f'<select name="{sid}" id="{sid}" class="form-control"{handler}{style}>'
            f"{first}{options}</select>"
        )

    def button(sid: str) -> str:
        if trigger == "ir":
            return (
                f'<input type="button" name="ir-{sid}" value="{_e(words["go"]["text"])}" '
                f"onclick=\"MM_jumpMenuGo('{sid}','parent',0)\" class=\"button\">"
            )
        if trigger == "ver":
            return (
                f'<button type="button" class="btn btn-primary" '
                f"onclick=\"window.open(document.getElementById('{sid}').value,'_blank')\">"
                f"{_e(words['see']['text'])}</button>"
            )
        return ""

    def option(doc: Doc, text: str) -> str:
        return f'<option value="{_e(doc.path)}">{_e(text)}</option>'

    def block(item: Item) -> str:
        n = item.numeral
        docs = _newest_first(item.docs)
        for doc in docs:
            assert doc.modified is not None
            up = uploaded(doc, today, draw(st.integers(1, 25)))
            path = words["file"]["text"].format(yyyy=up.year, stem=file_stem(doc.name))
            doc.path = unique(path, seen)
        out = [_paragraphs(item_words(item))]
        if not docs:
            if disabled_empty:
                out.append(
                    f'<form class="selector-documentos"><select name="doc-{n}" id="doc-{n}" '
                    f'class="form-control" disabled="disabled"><option value="">'
                    f"{_e(words['none']['text'])}</option></select></form>"
                )
            return "".join(out)
        years = sorted({d.modified.year for d in docs if d.modified}, reverse=True)
        sid = f"doc-{n}"
        label = f'<label for="{sid}">{_e(choose)}</label> '
        if grouping == "plano":
            options = "".join(option(d, label_of(d, item, True)) for d in docs)
            control = label + select(sid, options) + " " + button(sid)
        elif grouping == "optgroup":
            options = "".join(
                f'<optgroup label="{y}">'
                + "".join(
                    option(d, label_of(d, item, False))
                    for d in docs
                    if d.modified and d.modified.year == y
                )
                + "</optgroup>"
                for y in years
            )
            control = label + select(sid, options) + " " + button(sid)
        else:
            chooser = (
                f'<label for="anio-{n}">{_e(words["year"]["text"])}</label> '
                f'<select id="anio-{n}" class="form-control" onchange="'
                f"var s=document.querySelectorAll('.mes-{n}');for(var i=0;i&lt;s.length;i++)"
                f"{{s[i].style.display=(s[i].id==='doc-{n}-'+this.value)?'inline-block':'none';}}"
                '">'
                + "".join(
                    f'<option value="{y}"{" selected" if i == 0 else ""}>{y}</option>'
                    for i, y in enumerate(years)
                )
                + "</select> "
            )
            monthly_selects = []
            for i, y in enumerate(years):
                ysid = f"{sid}-{y}"
                options = "".join(
                    option(d, label_of(d, item, False))
                    for d in docs
                    if d.modified and d.modified.year == y
                )
                monthly_selects.append(
                    select(ysid, options, hidden=i > 0).replace(
                        'class="form-control"', f'class="form-control mes-{n}"', 1
                    )
                    + " "
                    + button(ysid)
                )
            control = chooser + label + "".join(monthly_selects)
        out.append(f'<form name="form-{n}" class="selector-documentos">{control}</form>')
        listing = "".join(
            f'<li><a href="{_e(d.path)}" target="_blank">{_e(label_of(d, item, True))}</a></li>'
            for d in docs
        )
        if fallback == "noscript":
            out.append(f"<noscript><ul>{listing}</ul></noscript>")
        elif fallback == "lista":
            out.append(
                f'<div class="listado"><p>{_e(words["list_title"]["text"])}</p>'
                f"<ul>{listing}</ul></div>"
            )
        return "".join(out)

    script = ""
    if trigger == "ir":
        script = f'<script type="text/javascript">\n{words["jump_function"]["text"]}\n</script>'
    index = words["page"]["text"]
    title = words["page_title"]["text"]
    parts = [script, f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        heading = f"<h3>{_e(item.label)}</h3>"
        if pages:
            path = words["numeral_page"]["text"].format(n=item.numeral)
            routes[path] = Resource(_page(item.label, script + heading + block(item), today=today))
            parts.append(
                f'<p><a href="{_e(path)}">{_e(item.label)}</a> — '
                f'<a href="{_e(path)}">{_e(words["more"]["text"])}</a></p>'
            )
        else:
            parts.append(f'<div class="numeral">{heading}{block(item)}</div>')
        portal.notes[item.numeral] = (
            f"selector/pages={pages}/{trigger}/{grouping}/{option_text}/{fallback}/"
            f"disabled_empty={disabled_empty}/{len(item.docs)} docs"
        )
    routes[index] = Resource(_page(title, "".join(parts), today=today))
    _home(routes, index, title)
    return routes


def _paragraphs(texts: Sequence[str]) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in texts)


# -- wpfd (WP File Download category blocks) ------------------------------------------------------


def _wpfd_date(day: dt.date, form: str) -> str:
    if form == "d-m-Y":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if form == "Y-m-d":
        return day.isoformat()
    return f"{day.day} {EXAM12['wpfd']['months']['text'][day.month - 1]}, {day.year}"


def _wpfd_size(size: int) -> str:
    units = EXAM12["wpfd"]["sizes"]["text"]
    factor = min((len(str(size)) - 1) // 3, len(units) - 1)
    return f"{size / 1024**factor:.2f} {units[factor]}"


def _wpfd(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM12["wpfd"]
    link_form = draw(st.sampled_from(["download_seo", "download_index", "download_ajax"]))
    date_form = draw(st.sampled_from(["d-m-Y", "j F, Y", "Y-m-d"]))
    show_dated = draw(st.booleans())  # 'showdateadd' (off by default)
    split = draw(st.booleans())  # monthly numerals' files in one category per year
    crop = draw(st.sampled_from([0, 30, 45]))  # crop titles to this many characters (0: not)
    preview = draw(st.booleans())  # 'open PDF in browser' preview links
    page_form = draw(st.sampled_from(words["numeral_page"]["text"]))
    category_form = draw(st.sampled_from(words["category_name"]["text"]))
    year_form = draw(st.sampled_from(words["year_category"]["text"]))
    token = hex_digits(draw, 32)
    term = draw(st.integers(5, 60))
    post = draw(st.integers(300, 4000))
    seen: set[str] = set()

    def next_term() -> int:
        nonlocal term
        term += draw(st.integers(1, 5))
        return term

    def file_html(doc: Doc, catid: int, catname: str, up: dt.date) -> str:
        nonlocal post
        post += draw(st.integers(1, 40))
        slug = _slug(doc.name)[:60]
        path = words[link_form]["text"].format(
            catid=catid, catname=catname, id=post, post_name=slug
        )
        doc.path = unique(path, seen)
        portal.headers[doc.path] = {
            "Content-Disposition": f'attachment; filename="{file_stem(doc.name)}.pdf"'
        }
        if not doc.ok:
            routes[doc.path] = Resource(
                _page("Error", f"<p>{_e(words['missing']['text'])}</p>"), 404
            )
        title = doc.name
        cropped = title if not crop or len(title) <= crop else title[:crop] + "..."
        info = ['<div class="file-desc"></div>']
        size = draw(st.integers(40_000, 9_000_000))
        info.append(
            f'<div class="file-size"><span>{_e(words["size"]["text"])}</span> '
            f"{_wpfd_size(size)}</div>"
        )
        info.append(
            f'<div class="file-hits"><span>{_e(words["hits"]["text"])}</span> '
            f"{draw(st.integers(0, 900))}</div>"
        )
        if show_dated:
            info.append(
                f'<div class="file-dated"><span>{_e(words["dated"]["text"])}</span> '
                f"{_e(_wpfd_date(up, date_form))}</div>"
            )
        right = (
            f'<a class="downloadlink wpfd_downloadlink" href="{_e(doc.path)}">'
            f'{_e(words["download"]["text"])} <i class="zmdi zmdi-cloud-download '
            'wpfd-download"></i></a>'
        )
        if preview:
            view = words["preview"]["text"].format(catid=catid, id=post, token=token)
            if doc.ok:
                routes[view] = _pdf(doc)
            right += (
                f'<a href="{_e(view)}" target="_blank">{_e(words["preview_text"]["text"])} '
                '<i class="zmdi zmdi-filter-center-focus wpfd-preview"></i></a>'
            )
        return (
            '<div class="file" style=""><div class="filecontent"><div class="ext pdf"><span '
            'class="txt">pdf</div>'
            f'<h3><a class="wpfd_downloadlink" href="{_e(doc.path)}" title="{_e(title)}"  >'
            f"{_e(cropped)}</a></h3>"
            f'<div class="file-xinfo">{"".join(info)}</div></div>'
            f'<div class="file-right">{right}</div></div>'
        )

    def block(catid: int, name: str, subcategories: str, files: str) -> str:
        slug = _slug(name)
        return (
            f'<div class="wpfd-content wpfd-content-default wpfd-content-multi" '
            f'data-category="{catid}"><input type="hidden" id="current_category" '
            f'value="{catid}"/><input type="hidden" id="current_category_slug" value="{slug}"/>'
            f'<ul class="breadcrumbs wpfd-breadcrumbs-default"><li class="active">{_e(name)} '
            '</li></ul><div class="wpfd-container"><div class="wpfd-container-default ">'
            f'<div class="wpfd-categories"><h2>{_e(name)}</h2>{subcategories}</div>'
            + (f'<div class="wpfd_list">{files}</div>' if files else "")
            + "</div></div></div>"
        )

    def catlink(catid: int, name: str) -> str:
        return (
            f'<a class="wpfdcategory catlink" style="" href="#" data-idcat="{catid}" '
            f'title="{_e(name)}"><span>{_e(name)}</span><i class="zmdi zmdi-folder '
            'wpfd-folder"></i></a>'
        )

    templates = (
        '<script type="text/x-handlebars-template" id="wpfd-template-files">{{#if files}}'
        '<div class="wpfd_list">{{#each files}}<div class="file"><div class="filecontent">'
        '<h3><a href="{{linkdownload}}" class="wpfd_downloadlink" title="{{post_title}}">'
        "{{crop_title}}</a></h3></div></div>{{/each}}</div>{{/if}}</script>"
    )
    root = next_term()
    top_links = []
    menu = []
    for item in _present(items):
        catid = next_term()
        name = category_form.format(n=item.numeral, label=item.label)
        catname = _slug(name)
        path = page_form.format(n=item.numeral, slug=_slug(item.plain)[:40])
        path = unique(path, seen)
        ups = {id(d): uploaded(d, today, draw(st.integers(1, 25))) for d in item.docs}
        docs = _newest_first(item.docs)
        years = sorted({d.modified.year for d in docs if d.modified}, reverse=True)
        by_year = split and item_rhythm(item) == "monthly" and bool(docs)
        blocks = []
        if by_year:
            subs = []
            year_blocks = []
            for year in years:
                yid = next_term()
                yname = year_form.format(year=year)
                subs.append(catlink(yid, yname))
                files = "".join(
                    file_html(d, yid, _slug(yname), ups[id(d)])
                    for d in docs
                    if d.modified and d.modified.year == year
                )
                year_blocks.append(block(yid, yname, "", files))
            blocks.append(block(catid, name, "".join(subs), ""))
            blocks.extend(year_blocks)
        elif docs:
            # WP File Download prints nothing for a category without files or subcategories.
            files = "".join(file_html(d, catid, catname, ups[id(d)]) for d in docs)
            blocks.append(block(catid, name, "", files))
        body = _paragraphs(item_words(item)) + "".join(blocks) + templates
        routes[path] = Resource(_page(item.label, body, today=today))
        top_links.append(catlink(catid, name))
        menu.append(f'<li class="page_item"><a href="{_e(path)}">{_e(item.label)}</a></li>')
        portal.notes[item.numeral] = (
            f"wpfd/{link_form}/dated={show_dated}:{date_form}/years={by_year}/crop={crop}/"
            f"preview={preview}/{len(item.docs)} docs"
        )
    index = words["page"]["text"]
    title = words["page_title"]["text"]
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        + block(root, words["root_category"]["text"], "".join(top_links), "")
        + f'<ul class="wp-block-page-list">{"".join(menu)}</ul>'
        + templates
    )
    routes[index] = Resource(_page(title, body, today=today))
    _home(routes, index, title)
    return routes


_BUILDERS = {
    "matriz": _matriz,
    "tablepress": _tablepress,
    "selector": _selector,
    "wpfd": _wpfd,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 12 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
