"""Component markup and encodings as portals print them (exams 45 and 46): table figures named
by the caption under them, CSS-only tabs, nested accordions, icon links named for screen readers,
cards of documents, download buttons in forms, pages in a single-byte charset or with mojibake.

Markup as the software prints it: WordPress's core/table block (``<figure class="wp-block-table">
… <figcaption class="wp-element-caption">``), Bootstrap 5's accordion, CSS-only radio tabs. The
wording is from the portals recorded in ``tests/compliance/exam46/wording.toml`` and
``exam45/wording.toml`` (Huité's "Decreto 57-2008 Art. 10", the Vice-presidency's "26. ARCHIVOS",
Nebaj's "DIRECCION Y TELEFONOS", Palestina de los Altos' "Índice de Información Reservada").
"""

from __future__ import annotations

from monitor.compliance.decode import decode_html
from monitor.compliance.page import Page, parse_page
from tests.compliance.test_judge import assess, page, pdf

BASE = "http://muni.laip.gt/informacion-publica/"


def parse(html: str) -> Page:
    return parse_page(BASE, 200, html.encode(), "text/html; charset=utf-8")


def links_under(parsed: Page, heading: str) -> list[str]:
    """The link targets' file names of the block headed ``heading``."""
    block = next(b for b in parsed.blocks if b.heading.startswith(heading))
    return [parsed.links[i].url.rsplit("/", 1)[-1] for i in block.links]


def table_figure(caption: str, row: str) -> str:
    return (
        '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Documento'
        f"</th><th>Descarga</th></tr></thead><tbody><tr>{row}</tr></tbody></table>"
        f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>'
        '<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>'
    )


def test_a_table_figure_is_named_by_the_caption_under_it() -> None:
    parsed = parse(
        "<main><h1>Decreto 57-2008 Art. 10</h1>"
        + table_figure(
            "<strong>10.4 Numero y Nombre de Funcionarios</strong><br>Número y nombre de "
            "funcionarios, servidores públicos, empleados y asesores.",
            '<td>Funcionarios Octubre 2026</td><td><a href="/f/funcionarios-oct.pdf">⇩</a></td>',
        )
        + table_figure(
            "05 - Plan Operativo Anual",
            '<td>Plan Operativo Anual 2026</td><td><a href="/f/poa-2026.pdf">⇩</a></td>',
        )
        + '<figure class="wp-block-image"><img src="/f/alcalde.jpg" alt="">'
        "<figcaption>Sesión del Concejo Municipal</figcaption></figure></main>"
    )
    headings = [block.heading for block in parsed.blocks if block.heading]
    assert headings[:2] == ["Decreto 57-2008 Art. 10", "10.4 Numero y Nombre de Funcionarios"]
    assert "05 - Plan Operativo Anual" in headings
    assert "Sesión del Concejo Municipal" not in headings  # a picture's caption stays its text
    text = " ".join(block.text for block in parsed.blocks)
    assert "Número y nombre de funcionarios" in text


async def test_items_named_by_table_captions_are_judged_by_their_own_tables() -> None:
    body = table_figure(
        "<strong>08 - Informes mensuales de ejecución presupuestaria</strong>",
        '<td>Ejecución Noviembre 2026</td><td><a href="/f/ejecucion-nov.pdf">Descargar</a></td>',
    ) + table_figure(
        "<strong>09 - Depósitos con fondos públicos</strong>",
        '<td colspan="2">No aplica</td>',
    )
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
            "/f/ejecucion-nov.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n08").status == "ok"
    assert result.verdict("art10.n09").status == "not_applicable"


RADIO = '<input type="radio" name="laip" id="tab{n}"{checked}><label for="tab{n}">{name}</label>'


def test_a_css_only_tab_s_label_heads_the_panel_after_it() -> None:
    parsed = parse(
        "<main><style>.tabs input:checked+label+.tab-content{display:block}</style>"
        '<div class="tabs">'
        + RADIO.format(n=8, checked=" checked", name="Numeral 8 - Informes mensuales")
        + '<div class="tab-content"><a href="/f/ejecucion-oct.pdf">Octubre 2026</a></div>'
        + RADIO.format(n=9, checked="", name="Numeral 9 - Depósitos")
        + '<div class="tab-content"><a href="/f/depositos.pdf">Depósitos 2026</a></div></div>'
        '<form action="/buscar"><input type="radio" name="anio" id="a26" value="2026">'
        '<label for="a26">2026</label><button>Consultar</button></form></main>'
    )
    assert links_under(parsed, "Numeral 8") == ["ejecucion-oct.pdf"]
    assert links_under(parsed, "Numeral 9") == ["depositos.pdf"]
    assert "2026" not in [block.heading for block in parsed.blocks]  # a form's choice


def test_a_css_only_tab_strip_s_labels_go_to_the_panels_their_style_shows() -> None:
    style = "".join(f"#tab{n}:checked~.contenidos #panel{n}{{display:block}}" for n in (8, 9))
    parsed = parse(
        f"<main><style>.tabs .tab-content{{display:none}}{style}</style><div class='tabs'>"
        + RADIO.format(n=8, checked=" checked", name="Numeral 8 - Informes mensuales")
        + RADIO.format(n=9, checked="", name="Numeral 9 - Depósitos")
        + '<div class="contenidos"><div class="tab-content" id="panel8">'
        '<a href="/f/ejecucion-oct.pdf">Octubre 2026</a></div>'
        '<div class="tab-content" id="panel9"><a href="/f/depositos.pdf">Depósitos 2026</a>'
        "</div></div></div></main>"
    )
    assert links_under(parsed, "Numeral 8") == ["ejecucion-oct.pdf"]
    assert links_under(parsed, "Numeral 9") == ["depositos.pdf"]


async def test_a_tab_of_several_numerals_stands_for_none_of_them() -> None:
    """ "Numerales 16 al 20" over each item's own name: an item not named in it is missing."""
    style = ".tabs input:checked+label+.tab-content{display:block}"
    body = (
        f'<style>{style}</style><div class="tabs">'
        + RADIO.format(n=16, checked=" checked", name="Numerales 16 al 20")
        + '<div class="tab-content"><dl class="numerales">'
        "<dt>Artículo 10 Numeral 16 - Contratos, licencias o concesiones</dt>"
        '<dd><a href="/f/contratos.pdf">Contratos 2026</a></dd>'
        "<dt>Artículo 10 Numeral 18 - Obras en ejecución</dt>"
        '<dd><a href="/f/obras-nov-2026.pdf">Obras Noviembre 2026</a></dd></dl></div></div>'
    )
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
            "/f/contratos.pdf": pdf(),
            "/f/obras-nov-2026.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n16").status == "ok"
    assert result.verdict("art10.n18").status == "ok"
    assert result.verdict("art10.n17").status == "missing"


async def test_a_heading_of_two_numerals_over_one_of_them_is_the_others_section() -> None:
    """ "Numerales 2 y 3" with nothing under it but "Numeral 3 - Ver numeral 2": numeral 2's
    section is the pair's, published empty (exam 31), not missing."""
    body = (
        "<h3>Numerales 2 y 3 - Dirección, teléfonos y directorio</h3>"
        "<h3>Numeral 3 - Directorio de empleados</h3><p>Ver numeral 2</p>"
        "<h3>Numeral 4 - Funcionarios</h3><p>No aplica</p>"
    )
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
        }
    )
    assert result.verdict("art10.n02").status == "empty"


def test_an_icon_link_is_named_by_what_it_says_to_a_screen_reader() -> None:
    parsed = parse(
        '<main><h2>Numeral 26 - Archivos</h2><dd><a href="/f/archivos-2024.pdf" title="Descargar '
        'Informe de archivos 2024"><span aria-hidden="true">&#8681;</span></a></dd>'
        '<dd><a href="/f/archivos-2023.pdf" aria-label="Informe de archivos 2023">'
        '<i class="fa fa-download"></i></a></dd>'
        '<dd><a href="/f/archivos-2022.pdf" title="Descargar">Informe 2022</a></dd></main>'
    )
    assert [link.text for link in parsed.links] == [
        "Descargar Informe de archivos 2024",
        "Informe de archivos 2023",
        "Informe 2022",
    ]


ACCORDION_ITEM = (
    '<div class="accordion-item"><h2 class="accordion-header" id="h{key}"><button '
    'class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
    'data-bs-target="#c{key}" aria-expanded="false" aria-controls="c{key}">{name}</button></h2>'
    '<div id="c{key}" class="accordion-collapse collapse" data-bs-parent="#{parent}">'
    '<div class="accordion-body">{body}</div></div></div>'
)


async def test_a_year_s_accordion_inside_an_item_s_panel_is_part_of_that_item() -> None:
    years = ACCORDION_ITEM.format(
        key="16y2026",
        name="Año 2026",
        parent="anios16",
        body='<a href="/f/contratos-2026.pdf">Contratos 2026</a>',
    )
    body = '<div class="accordion" id="laip">' + "".join(
        [
            ACCORDION_ITEM.format(
                key="16",
                name="10.16 Contratos, Licencias o Concesiones",
                parent="laip",
                body=f'<div class="accordion accordion-flush" id="anios16">{years}</div>',
            ),
            ACCORDION_ITEM.format(
                key="17", name="10.17 Listado de Empresas Precalificadas", parent="laip", body=""
            ),
        ]
    )
    parsed = parse(f"<main>{body}</main>")
    levels = {block.heading: block.level for block in parsed.blocks if block.heading}
    assert levels["Año 2026"] > levels["10.16 Contratos, Licencias o Concesiones"]
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
            "/f/contratos-2026.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n16").status == "ok"


async def test_a_card_s_fields_describing_its_documents_are_no_data_of_their_own() -> None:
    """Its documents all fail: the item is broken, whatever its card says about them."""
    card = (
        '<article class="card"><h3 class="card-title">Artículo 10 Numeral 18 - El listado de las '
        'obras en ejecución</h3><dl class="tarjeta-datos"><dt>Descripción</dt><dd>Actualizado: '
        "24/11/2026</dd><dt>Documentos</dt><dd><ul><li>"
        '<a href="/f/obras-noviembre-2026.pdf">Obras Noviembre 2026</a></li></ul></dd>'
        '<dt>Fecha de publicación</dt><dd><time datetime="2026-11-24">24/11/2026</time></dd>'
        "</dl></article>"
    )
    parsed = parse(f"<main>{card}</main>")
    assert sum(block.rows for block in parsed.blocks) == 0
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(card),
        }
    )
    assert result.verdict("art10.n18").status == "broken"


def test_a_download_button_in_a_form_of_its_own_is_a_link_on_a_page_of_links() -> None:
    parsed = parse(
        "<main>"
        + "".join(f'<a href="/f/otro-{n}.pdf">Otro {n}</a>' for n in range(8))
        + '<h2>Art. 10 Num. 6 Manual de Puestos y Funciones</h2><ul><li><form method="get" '
        'action="/f/manual-2023.pdf"><input type="hidden" name="descarga" value="1"><button '
        'type="submit" class="btn btn-link">Manual de Puestos y Funciones 2023</button></form>'
        "</li></ul></main>"
    )
    assert links_under(parsed, "Art. 10 Num. 6") == ["manual-2023.pdf?descarga=1"]


def test_a_single_byte_page_with_some_mojibake_is_read_as_a_browser_shows_it_repaired() -> None:
    # Windows-1252 with no charset anywhere, but some strings saved as UTF-8 first.
    body = (
        "<td>27</td><td>Índice de Información Reservada</td>".encode("cp1252")
        + "<td>Índice de Información Pública</td>".encode()
    )
    assert decode_html(body, "text/html") == (
        "<td>27</td><td>Índice de Información Reservada</td><td>Índice de Información Pública</td>"
    )


def test_text_that_went_through_a_wrong_charset_is_repaired() -> None:
    mojibake = "<h2>AÑO 2026 · Información Pública</h2>".encode().decode("cp1252")
    assert decode_html(mojibake.encode(), "text/html; charset=utf-8") == (
        "<h2>AÑO 2026 · Información Pública</h2>"
    )
    kept = "<p>Ejecución — ¿Dónde? Años 2025 y 2026</p>"
    assert decode_html(kept.encode(), None) == kept


async def test_rows_describing_files_whose_downloads_fail_hold_no_text_of_the_item() -> None:
    """ "Documento | Formato | Tamaño | Descargar" rows of a download script that answers 404."""
    rows = "".join(
        f"<tr><td>Dirección y teléfonos de la entidad y su {n}</td><td>Archivo comprimido "
        f'formato RAR</td><td>{size}Kb</td><td><a href="/descargar.php?id={228 + n}" '
        'class="btn-descarga">Descarga</a></td></tr>'
        for n, size in [(1, 119), (2, 113), (3, 94)]
    )
    body = (
        "<p><strong>Artículo 10 Numeral 2 - Dirección y teléfonos de la entidad y…</strong></p>"
        '<table class="table table-striped"><thead><tr><th>Documento</th><th>Formato</th>'
        f"<th>Tamaño</th><th>Descargar</th></tr></thead>{rows}</table>"
        "<p><strong>10.3 Directorio de Empleados</strong></p><p>No hay información disponible.</p>"
    )
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
        }
    )
    assert result.verdict("art10.n02").status == "broken"


def test_a_divi_tab_s_title_heads_the_panel_of_its_number() -> None:
    # Divi's tabs module: every title first, then every panel; "et_pb_tab_<n>" ties them.
    titles = "".join(
        f'<li class="et_pb_tab_{n}{active}"><a href="#">{name}</a></li>'
        for n, (name, active) in enumerate(
            [("Numeral 8 - Informes mensuales", " et_pb_tab_active"), ("Numeral 9 - Depósitos", "")]
        )
    )
    panels = "".join(
        f'<div class="et_pb_tab et_pb_tab_{n} clearfix"><div class="et_pb_tab_content"><ul><li>'
        f'<a href="/f/{file}">{file}</a></li></ul></div></div>'
        for n, file in enumerate(["ejecucion-oct.pdf", "depositos.pdf"])
    )
    parsed = parse(
        '<main><div class="et_pb_module et_pb_tabs et_pb_tabs_0"><ul class="et_pb_tabs_controls '
        f'clearfix">{titles}</ul><div class="et_pb_all_tabs">{panels}</div></div></main>'
    )
    assert links_under(parsed, "Numeral 8") == ["ejecucion-oct.pdf"]
    assert links_under(parsed, "Numeral 9") == ["depositos.pdf"]


async def test_a_tab_whose_panel_opens_with_a_year_s_heading_keeps_its_title() -> None:
    """ "INFORMACIÓN AÑO 2025" at the top of a tab's panel is a folder of the tab's item."""
    tabs = (
        '<div class="tabs"><div role="tablist"><button role="tab" aria-controls="p16" '
        'aria-selected="true">16. Contratos, licencias o concesiones</button><button role="tab" '
        'aria-controls="p17">17. Empresas precalificadas</button></div>'
        '<div role="tabpanel" id="p16"><h4 class="wp-block-heading"><strong>INFORMACIÓN AÑO 2025'
        '</strong></h4><ul><li><a href="/f/contratos-1.pdf">Contratos 1</a></li></ul>'
        '<h4 class="wp-block-heading"><strong>INFORMACIÓN AÑO 2026</strong></h4><ul><li>'
        '<a href="/f/contratos-2.pdf">Contratos 2</a></li></ul></div>'
        '<div role="tabpanel" id="p17" hidden><p>No hay información disponible.</p></div></div>'
    )
    parsed = parse(f"<main>{tabs}</main>")
    assert "16. Contratos, licencias o concesiones" in [b.heading for b in parsed.blocks]
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(tabs),
            "/f/contratos-1.pdf": pdf(),
            "/f/contratos-2.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n16").status == "ok"


async def test_a_file_s_card_titled_over_its_download_button_stays_in_its_item() -> None:
    # Divi's blurbs under a year's heading inside an item's tab: "<h5>Contratos 1</h5>" over
    # its "Descargar" button is the item's file, not the next item.
    def blurb(name: str, path: str) -> str:
        return (
            f'<div class="et_pb_blurb"><h5 class="et_pb_module_header">{name}</h5><a '
            f'class="et_pb_button" href="{path}">Descargar</a></div>'
        )

    body = (
        '<div class="tab-title">Art. 10 Num. 16 CONTRATOS, LICENCIAS O CONCESIONES</div>'
        "<h4>Año 2025</h4>"
        + blurb("Contratos 1", "/f/contratos-1.pdf")
        + "<h4>Año 2026</h4>"
        + blurb("Contratos 2", "/f/contratos-2.pdf")
        + '<div class="tab-title">Numeral 17 - EMPRESAS PRECALIFICADAS</div><p>No aplica</p>'
    )
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
            "/f/contratos-1.pdf": pdf(),
            "/f/contratos-2.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n16").status == "ok"
    assert result.verdict("art10.n17").status == "not_applicable"


async def test_a_filterable_grid_s_cards_are_read_under_their_filters_labels() -> None:
    # MixItUp 3 (its documentation's markup): one grid of every item's cards, mixed; a button per
    # item shows its cards. Shuffle.js: "data-group" buttons over "data-groups" items.
    buttons = (
        '<div class="controls"><button type="button" class="control" data-filter="all">Todos'
        '</button><button type="button" class="control" data-filter=".numeral-8">Numeral 8 - '
        'Informes mensuales</button><button type="button" class="control" data-filter=".numeral-9"'
        '>Numeral 9 - Depósitos</button><button type="button" class="control" data-filter=".anio-'
        '2026">2026</button><button type="button" class="control" data-filter=".numeral-13">'
        "Numeral 13 - Inventario</button></div>"
    )
    files = [
        (9, "depositos-oct-2026.pdf"),
        (8, "ejecucion-oct-2026.pdf"),
        (8, "ejecucion-sep-2026.pdf"),
    ]
    cards = "".join(
        f'<div class="mix numeral-{n} anio-2026"><div class="card"><p><a href="/f/{file}">{file}'
        "</a></p></div></div>"
        for n, file in files
    )
    body = f'{buttons}<div class="container">{cards}</div>'
    parsed = parse(f"<main>{body}</main>")
    assert links_under(parsed, "Numeral 8") == ["ejecucion-oct-2026.pdf", "ejecucion-sep-2026.pdf"]
    assert links_under(parsed, "Numeral 9") == ["depositos-oct-2026.pdf"]
    assert links_under(parsed, "Numeral 13") == []  # its filter shows nothing
    routes = {
        "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
        "/informacion-publica/": page(body),
    }
    routes.update({f"/f/{file}": pdf() for _, file in files})
    result = await assess(routes)
    assert [result.verdict(f"art10.n{n:02d}").status for n in (8, 9, 13)] == ["ok", "ok", "empty"]
    shuffle = parse(
        '<main><button data-group="ejecucion">Informes mensuales de ejecución presupuestaria'
        '</button><div class="grid"><figure class="picture-item" data-groups=\'["ejecucion"]\'>'
        '<a href="/f/ejecucion-oct.pdf">Octubre 2026</a></figure></div></main>'
    )
    assert links_under(shuffle, "Informes mensuales") == ["ejecucion-oct.pdf"]
    # No card at all yet: the buttons still name their (empty) items, where they stood.
    bare = parse(f'<main>{buttons}<div class="container"></div></main>')
    assert {"Numeral 8 - Informes mensuales", "Numeral 13 - Inventario"} <= {
        block.heading for block in bare.blocks
    }


async def test_a_filter_s_cards_titled_by_their_own_headings_are_parts_of_its_item() -> None:
    # Isotope (exam 52's markup): a card per document, titled by its own <h4>, with a badge
    # "Numeral 8" and its upload day. The button's label is read over the cards, a heading
    # above theirs; the badge's number is the item's, no figure of its data.
    buttons = (
        '<div class="button-group filters-button-group"><button class="button is-checked" '
        'data-filter="*">Todos los numerales</button><button class="button" data-filter='
        '".art10-n08">INFORMES MENSUALES DE EJECUCIÓN PRESUPUESTARIA</button><button class='
        '"button" data-filter=".art10-n13">INVENTARIO DE BIENES</button></div>'
    )
    files = [
        (8, "ejecucion-presupuestaria-octubre-2026-1.pdf", "Ejecución Presupuestaria Octubre 2026"),
        (8, "ejecucion-presupuestaria-septiembre-2026-2.pdf", "Ejecución Presupuestaria Sep 2026"),
        (8, "ejecucion-presupuestaria-agosto-2026-3.pdf", "Ejecución Presupuestaria Agosto 2026"),
        (13, "inventario-de-bienes-2026.pdf", "Inventario de bienes muebles e inmuebles 2026"),
    ]
    cards = "".join(
        f'<div class="element-item art10-n{n:02d}"><div class="card"><div class="card-body">'
        f'<span class="badge badge-numeral">Numeral {n}</span><h4 class="card-title">{title}</h4>'
        f'<p class="card-date"><small>Publicado: 1{i}/11/2026</small></p><a class="btn btn-primary'
        f' btn-sm" href="/files/{file}" target="_blank">Ver PDF</a></div></div></div>'
        for i, (n, file, title) in enumerate(files)
    )
    body = f'{buttons}<div class="grid">{cards}</div>'
    parsed = parse(f"<main>{body}</main>")
    levels = {block.heading: block.level for block in parsed.blocks}
    assert levels["INFORMES MENSUALES DE EJECUCIÓN PRESUPUESTARIA"] == 3
    assert levels["Ejecución Presupuestaria Octubre 2026"] == 4
    routes = {
        "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
        "/informacion-publica/": page(body),
        "/files/inventario-de-bienes-2026.pdf": pdf(),
    }  # numeral 8's three reports fail to open
    result = await assess(routes)
    assert [result.verdict(f"art10.n{n:02d}").status for n in (8, 13)] == ["broken", "ok"]


async def test_a_list_line_opening_with_a_numeral_s_badge_names_that_item() -> None:
    # List.js (exam 52's markup): one searchable list of every item's documents, each line's
    # item said by a "numeral" span before its category's name.
    lines = [
        (
            "08",
            "Ejecución Presupuestaria",
            '<a class="nombre" href="/f/ejecucion-oct-2026.pdf">Numeral 8 Octubre 2026</a>',
        ),
        ("04", "Dietas", '<span class="nombre">En proceso de actualización.</span>'),
        ("27", "índice de la información clasificada", '<span class="nombre">No aplica</span>'),
    ]
    body = (
        '<div id="documentos"><input class="search" placeholder="Buscar"><ul class="list">'
        + "".join(
            f'<li><span class="numeral">{n}</span> <span class="categoria">{name}</span> {rest}'
            f' <span class="fecha">1{i}/11/2026</span></li>'
            for i, (n, name, rest) in enumerate(lines)
        )
        + '</ul><ul class="pagination"></ul></div>'
    )
    parsed = parse(f"<main><h1>Documentos LAIP</h1>{body}</main>")
    headings = [block.heading for block in parsed.blocks if block.line]
    assert headings[0].startswith("8. Ejecución Presupuestaria Numeral 8 Octubre 2026")
    assert headings[1].startswith("4. Dietas En proceso de actualización.")
    routes = {
        "/": page('<a href="/documentos-laip/">Información pública de oficio</a>'),
        "/documentos-laip/": page(body),
        "/f/ejecucion-oct-2026.pdf": pdf(),
    }
    result = await assess(routes)
    statuses = [result.verdict(f"art10.n{n:02d}").status for n in (8, 4, 27)]
    assert statuses == ["ok", "empty", "not_applicable"]
    # A number in a span of another kind (a count, a date's day) names nothing.
    counted = parse('<main><ul><li><span class="total">12</span> Documentos</li></ul></main>')
    assert not any(block.line for block in counted.blocks)


async def test_a_phone_s_copy_of_the_content_is_not_what_a_desktop_reader_sees() -> None:
    # Bootstrap 3's responsive utilities: the desktop table links the files (which fail), the
    # phone's accordion, hidden on a desktop, says "Próximamente".
    body = (
        '<div class="hidden-xs hidden-sm"><table><tr><th>Numeral</th><th>Documentos</th></tr>'
        "<tr><td>14 - Contratos de mantenimiento</td><td>"
        '<a href="/f/contratos-1.pdf">Contratos de mantenimiento 1</a></td></tr></table></div>'
        '<div class="visible-xs-block visible-sm-block"><h4>14 - Contratos de mantenimiento</h4>'
        "<p>Próximamente</p></div>"
        '<div class="d-none d-md-block"><h4>Numeral 9 - Depósitos</h4><p>No aplica</p></div>'
    )
    parsed = parse(f"<main>{body}</main>")
    assert "Próximamente" not in " ".join(block.text for block in parsed.blocks)
    assert "No aplica" in " ".join(block.text for block in parsed.blocks)
    result = await assess(
        {
            "/": page('<a href="/informacion-publica/">Información pública de oficio</a>'),
            "/informacion-publica/": page(body),
        }
    )
    assert result.verdict("art10.n14").status == "broken"
