"""The judge on small loopback portals: distractors, evidence and the missing/unknown line."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.analysis import FAILED_ON_THE_SERVER, STOPPED_BY_AN_ERROR
from monitor.compliance.assess import assess_portal
from monitor.compliance.judge import GATED
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client
from tests.compliance.fleet.server import LoopbackServer, Resource

TODAY = dt.date(2026, 11, 24)
MENU = (
    '<nav class="menu"><a href="/">Inicio</a> <a href="/transparencia">Ejecución presupuestaria</a>'
    ' <a href="/noticias/presupuesto">Noticias</a></nav>'
)
FOOTER = '<footer><a href="{other}/auditorias">Informes de auditoría (Contraloría)</a></footer>'


def page(body: str, other: str = "http://127.0.0.9:1") -> Resource:
    html = f"<html><body>{MENU}<main>{body}</main>{FOOTER.format(other=other)}</body></html>"
    return Resource(html.encode(), 200)


def pdf(last_modified: float | None = None) -> Resource:
    return Resource(b"%PDF-1.4 data", 200, "application/pdf", last_modified=last_modified)


async def assess(
    routes: dict[str, Resource], crawl: CrawlSettings | None = None
) -> ComplianceResult:
    with LoopbackServer(routes) as portal:
        config = Config(
            crawl=crawl or CrawlSettings(),
            portals=(PortalConfig(slug="muni", name="Muni", url=portal.url + "/"),),
        )
        async with build_client(config.monitor) as client:
            return await assess_portal(client, config.portals[0], config, today=TODAY)


async def test_a_news_article_about_the_budget_does_not_publish_it() -> None:
    result = await assess(
        {
            "/": page("<h1>Bienvenidos</h1>"),
            "/transparencia": page("<h1>Transparencia</h1><p>Portal en construcción.</p>"),
            "/noticias/presupuesto": page(
                "<h1>Presupuesto de ingresos y egresos 2027</h1><p>El concejo aprobó el "
                "presupuesto y revisó la ejecución presupuestaria de octubre de 2026.</p>"
                '<a href="/noticias/presupuesto.pdf">Presupuesto 2027.pdf</a>'
            ),
            "/noticias/presupuesto.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n07").status == "missing"


async def test_a_menu_label_on_every_page_leading_to_an_empty_page_is_not_content() -> None:
    result = await assess(
        {
            "/": page("<h1>Bienvenidos</h1><p>Municipalidad.</p>"),
            "/transparencia": page("<h1>Ejecución presupuestaria</h1><p>En construcción.</p>"),
            "/noticias/presupuesto": page("<p>Nada</p>"),
        }
    )
    verdict = result.verdict("art10.n08")
    assert verdict.status == "empty"
    assert verdict.url is not None and verdict.url.endswith("/transparencia")


async def test_a_footer_link_to_the_contraloria_is_neither_requested_nor_a_location() -> None:
    with LoopbackServer({}) as other:
        result = await assess(
            {
                "/": page("<h1>Inicio</h1>", other.url),
                "/transparencia": page("<h1>Transparencia</h1>", other.url),
                "/noticias/presupuesto": page("<p>n</p>", other.url),
            }
        )
        assert other.traffic.total == 0
    assert result.verdict("art10.n23").status == "missing"


async def test_an_item_published_on_another_host_is_unknown_with_the_host_named() -> None:
    result = await assess(
        {
            "/": page('<p><a href="https://www.guatecompras.gt/compras">Compras directas</a></p>'),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n22")
    assert verdict.status == "unknown"
    assert "www.guatecompras.gt" in verdict.reason


async def test_evidence_names_the_url_label_and_newest_date() -> None:
    result = await assess(
        {
            "/": page('<a href="/n8">8. Informes mensuales de ejecución presupuestaria</a>'),
            "/n8": page(
                "<h1>Ejecución presupuestaria</h1>"
                '<a href="/docs/ejecucion-septiembre-2026.pdf">Septiembre 2026</a>'
                '<a href="/docs/ejecucion-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/docs/ejecucion-septiembre-2026.pdf": pdf(),
            "/docs/ejecucion-octubre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok"
    assert verdict.url is not None and verdict.url.endswith("/n8")
    assert verdict.label == "8. Informes mensuales de ejecución presupuestaria"
    assert verdict.last_updated == dt.date(2026, 10, 31)
    assert "2026-10" in verdict.reason


async def test_without_any_date_an_item_is_not_called_outdated() -> None:
    result = await assess(
        {
            "/": page('<h2>Numeral 4</h2><a href="/nomina.pdf">Nómina de personal</a>'),
            "/nomina.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n04")
    assert verdict.status == "ok"
    assert verdict.last_updated is None
    assert "no date found" in verdict.reason


async def test_last_modified_is_the_fallback_when_names_carry_no_date() -> None:
    old = dt.datetime(2024, 2, 1, tzinfo=dt.UTC).timestamp()
    result = await assess(
        {
            "/": page('<h2>Numeral 4</h2><a href="/nomina.pdf">Nómina de personal</a>'),
            "/nomina.pdf": pdf(last_modified=old),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n04")
    assert verdict.status == "outdated"
    assert "Last-Modified" in verdict.reason


async def test_no_aplica_is_accepted_only_where_the_catalogue_allows_it() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>Numeral 21 Fideicomisos</h3><p>No aplica.</p>"
                "<h3>Numeral 8 Ejecución presupuestaria</h3><p>No aplica.</p>"
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n21").status == "not_applicable"
    assert result.verdict("art10.n08").status == "empty"


async def test_the_score_leaves_out_items_that_do_not_apply() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>Numeral 21</h3><p>No aplica.</p>"
                '<h3>Numeral 22</h3><a href="/cd-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/cd-octubre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    applicable = [
        v
        for v in result.verdicts
        if v.section_id.startswith("art10.") and v.status != "not_applicable"
    ]
    ok = [v for v in applicable if v.status == "ok"]
    assert result.score == len(ok) / len(applicable)
    assert result.catalog_version


LAW_N04 = (
    "Número y nombre de funcionarios, servidores públicos, empleados y asesores que laboran en el "
    "sujeto obligado y todas sus dependencias, incluyendo salarios que corresponden a cada cargo, "
    "honorarios, dietas, bonos, viáticos o cualquier otra remuneración económica que perciban por "
    "cualquier concepto."
)
LAW_N26 = (
    "Los responsables de los archivos de cada uno de los sujetos obligados deberán publicar, "
    "por lo menos una vez al año, y a través del Diario de Centro América, un informe sobre: el "
    "funcionamiento y finalidad del archivo, sus sistemas de registro y categorías de información, "
    "los procedimientos y facilidades de acceso al archivo."
)


async def test_a_numeral_page_that_only_restates_the_law_is_empty() -> None:
    result = await assess(
        {
            "/": page(
                '<a href="/index.php/04-funcionarios">4. Número y nombre de funcionarios</a>'
                '<a href="/index.php/26-archivo">26. Archivo</a>'
            ),
            "/index.php/04-funcionarios": page(f"<h2>Numeral 4</h2><p>{LAW_N04}</p>"),
            "/index.php/26-archivo": page(f"<h2>Numeral 26</h2><p>{LAW_N26}</p>"),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n04").status == "empty"
    assert result.verdict("art10.n26").status == "empty"


async def test_an_item_published_as_plain_text_is_content() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>Numeral 2: Dirección y teléfonos</h3>"
                "<p>Palacio Municipal, 2a. calle 4-11 zona 1. Teléfonos 7760-1122 y 7760-3344.</p>"
                "<h3>Misión</h3><p>Somos un gobierno local que presta servicios con calidad, "
                "calidez y transparencia a todos los vecinos del municipio, promoviendo la "
                "participación ciudadana, el ordenamiento territorial y el bienestar de las "
                "familias de cada aldea y caserío.</p>"
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n02").status == "ok"
    assert result.verdict("art10.n05").status == "ok"


def titled(title: str, body: str) -> Resource:
    html = f"<html><head><title>{title}</title></head><body>{MENU}<main>{body}</main></body></html>"
    return Resource(html.encode(), 200)


async def test_a_portal_named_for_its_information_office_still_publishes_by_name() -> None:
    # A Webnode portal called "Municipalidad de … - Unidad de Información Pública" (the
    # fifty-sixth exam): every title repeats the site's name, so no page is the office's own
    # for it; the office's own page ("Unidad de Información Pública") still is.
    site = "Municipalidad de Palestina de Los Altos - Unidad de Información Pública"
    mission = (
        "<h3>Misión</h3><p>Atender con prontitud las solicitudes de información pública de los "
        "vecinos, orientar a quien la pide y velar por que cada dependencia publique lo que le "
        "corresponde conforme a la ley.</p>"
    )
    result = await assess(
        {
            "/": titled(site, f"<h1>{site}</h1><a href='/oficio/'>Información pública</a>"),
            "/oficio/": titled(
                f"Artículo 10 :: {site}",
                "<h1>Artículo 10 de la Ley de Acceso a la Información Pública</h1><h2>Estructura "
                "Orgánica, Funciones y Marco Normativo</h2><p>El Alcalde representa a todo el "
                "Municipio y tiene a su cargo la administración de la Municipalidad. Se encarga de"
                " dirigir y supervisar las obras del municipio.</p><h2>Dirección y "
                "teléfonos de la entidad</h2><p>Palacio Municipal, 1a. Calle 2-15 Zona 1. "
                "Teléfono 7765-4321.</p><a href='/unidad/'>Unidad de Información Pública</a>",
            ),
            "/unidad/": titled(f"Unidad de Información Pública - {site}", mission),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n02").status == "ok"
    assert result.verdict("art10.n05").status == "missing"


async def test_an_item_whose_content_is_only_on_another_host_is_unknown() -> None:
    # The fifty-eighth exam: an item answered by its entity's listing on GUATECOMPRAS or by a
    # shared folder holds what only that host shows; a national system's bare home page beside
    # "No hay información" is no content, and a file on a sharing service is a document.
    listing = "https://www.guatecompras.gt/compradores/consultaDetEnt.aspx?iEnt=62&iUnt=0&iTipo=7"
    result = await assess(
        {
            "/": page(
                "<h2>Numeral 11 - Contrataciones</h2><p>Las adquisiciones de la Municipalidad se "
                f'publican en GUATECOMPRAS.</p><p><a href="{listing}">Ver en Guatecompras</a></p>'
                "<h2>Numeral 6 - Manuales</h2><p><a href='https://www.dropbox.com/sh/ik6d0h/AAB?dl"
                "=0'>Ver archivos (Dropbox)</a></p><h2>Numeral 22 - Compras directas</h2><p>No hay "
                "información disponible.</p><p><a href='https://www.guatecompras.gt/'>www.guatecomp"
                "ras.gt</a></p><h2>Numeral 7 - Presupuesto</h2><p><a href='https://mega.nz/file/Ab"
                "Cd#key'>Presupuesto de ingresos y egresos 2026</a></p>"
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    for numeral, host in (("11", "www.guatecompras.gt"), ("06", "www.dropbox.com")):
        verdict = result.verdict(f"art10.n{numeral}")
        assert verdict.status == "unknown"
        assert f"only on another host ({host})" in verdict.reason
    assert result.verdict("art10.n22").status == "empty"
    assert result.verdict("art10.n07").status == "ok"


async def test_a_listing_every_items_page_links_is_none_of_theirs() -> None:
    # A repository's collections (the sixty-first exam's DSpace): each collection's page links
    # "Examinar por Fecha de publicación", the same listing of every collection's records. An
    # empty collection does not publish the others' files; a collection's own record counts.
    browse = '<p><a href="/repo/browse">Examinar por Fecha de publicación</a></p>'
    records = {f"/repo/item/{n}": f"/repo/bitstream/{n}/archivo.pdf" for n in (145, 146, 147)}
    # Titles as a repository's submitters type them, naming no item.
    listing = "".join(
        f'<tr><td>2026-11-{n - 125}</td><td><a href="{record}">Registro 2026-{n}</a></td></tr>'
        for n, record in zip((145, 146, 147), records, strict=True)
    )
    result = await assess(
        {
            "/": page(
                "<h1>Repositorio</h1><ul><li><a href='/repo/c7'>07 - Presupuesto</a></li><li><a "
                "href='/repo/c12'>12 - Viajes</a></li><li><a href='/repo/c23'>23 - Informes de "
                "auditoría</a></li></ul>"
            ),
            "/repo/c7": page(
                "<h1>07 - Presupuesto de ingresos y egresos</h1><p><a href='/repo/item/146'>"
                f"Presupuesto 2026</a></p>{browse}"
            ),
            "/repo/c12": page(f"<h1>12 - Listado de viajes</h1>{browse}"),
            "/repo/c23": page(f"<h1>23 - Informes de auditoría</h1>{browse}"),
            "/repo/browse": page(
                "<h1>Examinar por Fecha de publicación</h1><table><tr><th>Fecha</th><th>Título"
                f"</th></tr>{listing}</table>"
            ),
            **{
                record: page(f'<h1>Registro</h1><a href="{file}">Visualizar/Abrir</a>')
                for record, file in records.items()
            },
            **{file: pdf() for file in records.values()},
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n23").status == "empty"
    assert result.verdict("art10.n12").status == "empty"
    assert result.verdict("art10.n07").status == "ok"


async def test_a_section_link_redirecting_to_another_host_is_unknown_not_broken() -> None:
    result = await assess(
        {
            "/": page('<a href="/compras">Compras directas</a>'),
            "/compras": Resource(b"", 302, location="https://www.guatecompras.gt/proveedores"),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n22")
    assert verdict.status == "unknown"
    assert "www.guatecompras.gt" in verdict.reason


async def test_a_date_printed_on_every_page_does_not_make_items_current() -> None:
    banner = "<p>Hoy es 20 de noviembre de 2026</p>"
    result = await assess(
        {
            "/": page(banner + '<a href="/n8">Numeral 8</a>'),
            "/n8": page(banner + '<h1>Numeral 8</h1><a href="/n8/informe.pdf">Informe</a>'),
            "/n8/informe.pdf": pdf(),
            "/transparencia": page(banner + "<h1>T</h1>"),
            "/noticias/presupuesto": page(banner + "<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok"
    assert verdict.last_updated is None


async def test_documents_behind_download_links_and_soft_404s_are_told_apart() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>Numeral 22</h3>"
                '<a href="/index.php/compras?download=12:octubre">Octubre 2026</a>'
                "<h3>Numeral 11</h3>"
                '<a href="/docs/contrataciones-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/index.php/compras?download=12:octubre": pdf(),
            "/docs/contrataciones-octubre-2026.pdf": Resource(b"<html>No existe</html>", 200),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n22").status == "ok"
    broken = result.verdict("art10.n11")
    assert broken.status == "broken"
    assert "an HTML page, not the document" in broken.reason


async def test_a_heading_whose_link_to_its_page_fails_is_broken() -> None:
    result = await assess(
        {
            "/": page('<h3><a href="/numeral-13">Numeral 13: Inventario</a></h3>'),
            "/numeral-13": Resource(b"error", 500),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n13").status == "broken"


async def test_an_organigram_image_publishes_the_structure_but_photos_are_no_works_report() -> None:
    result = await assess(
        {
            "/": page(
                '<h3>Organigrama</h3><img src="/organigrama.png" alt="Organigrama">'
                '<h3>Obras en ejecución</h3><img src="/obra1.jpg"><img src="/obra2.jpg">'
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n18").status == "empty"


async def test_scans_are_judged_as_documents_whether_linked_shown_or_in_a_gallery() -> None:
    # Scanned sheets as municipal WordPress portals publish them (exam 19, "imagenes"): links
    # with their type and size beside them, a gallery of thumbnails of the full scans, and a
    # scan shown in the page. Sheets that fail to open make their item broken; the ones shown
    # are checked and dated by their names.
    jpeg = Resource(b"\xff\xd8\xff\xe0 scan", 200, "image/jpeg")
    sheets = "<br>".join(
        f'<a href="/up/indice-reservada-{n}.jpg">Índice de Información Reservada – Hoja {n} de 8'
        f"</a> (JPG, {200 + n} KB)"
        for n in range(1, 9)
    )
    gallery = "".join(
        f'<figure class="gallery-item"><a href="/up/organigrama-2026-{n}.jpg"><img src="/up/'
        f'organigrama-2026-{n}-150x150.jpg" width="150" height="150" alt=""></a><figcaption '
        f'class="gallery-caption">Organigrama municipal 2026 – Hoja {n} de 2</figcaption></figure>'
        for n in (1, 2)
    )
    result = await assess(
        {
            "/": page(
                f"<h3>27 - Índice de la información clasificada</h3><p>{sheets}</p>"
                f'<h3>Numeral 1 - Estructura orgánica</h3><div class="gallery">{gallery}</div>'
                "<h3>Numeral 4 - Remuneraciones</h3>"
                '<figure class="wp-block-image"><img src="/up/nomina-mes-de-diciembre-2026.jpeg" '
                'alt="Nómina Mes de DICIEMBRE 2026"></figure>'
            ),
            "/up/nomina-mes-de-diciembre-2026.jpeg": jpeg,
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n27").status == "broken"
    assert result.verdict("art10.n01").status == "broken"
    assert result.verdict("art10.n04").status == "ok"


async def test_records_listed_by_ver_detalle_are_judged_on_their_detail_pages() -> None:
    # A municipal record system (exam 19, "detalle"): each item lists its records, "Ver detalle
    # »" opens one page per record whose fields are a definition list. The records' pages hold
    # the data: an item whose records open is ok, one whose records all fail is broken.
    def listing(item: str, ids: list[int]) -> Resource:
        rows = "".join(
            f"<tr><td>{n}</td><td>{item} {n}</td><td>05/11/2026</td><td><a href='/registro/{i}/'>"
            "Ver detalle »</a></td></tr>"
            for n, i in enumerate(ids, start=1)
        )
        return page(
            f"<h1>{item}</h1><table><tr><th>No.</th><th>Publicación</th><th>Fecha</th><th></th>"
            f"</tr>{rows}</table>"
        )

    def record(title: str, fields: dict[str, str]) -> Resource:
        pairs = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields.items())
        return page(f"<h1>{title}</h1><dl class='dl-horizontal'>{pairs}</dl>")

    result = await assess(
        {
            "/": page(
                "<h1>Información pública de oficio</h1><ul><li><a href='/n03/'>Numeral 3 - "
                "Directorio de empleados</a></li><li><a href='/n19/'>Numeral 19 - Contratos de "
                "arrendamiento</a></li></ul>"
            ),
            "/n03/": listing("Directorio de empleados", [457, 458]),
            "/registro/457/": record(
                "Directorio de empleados 1",
                {
                    "Nombre": "Édgar Rolando Ajú García",
                    "Puesto": "Director Financiero Municipal",
                    "Teléfono": "7814-1010 ext. 115",
                    "Correo": "dafim@munisanjosepinula.gob.gt",
                    "Actualizado": "05/11/2026",
                },
            ),  # fmt: skip
            "/registro/458/": record(
                "Directorio de empleados 2",
                {
                    "Nombre": "Ana Lucía Xol Caal",
                    "Puesto": "Secretaria Municipal",
                    "Teléfono": "7814-1010 ext. 101",
                    "Correo": "secretaria@munisanjosepinula.gob.gt",
                    "Actualizado": "05/11/2026",
                },
            ),  # fmt: skip
            "/n19/": listing("Contratos de arrendamiento", [901, 902]),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n03").status == "ok"
    assert result.verdict("art10.n19").status == "broken"


async def test_a_rate_limited_section_is_unknown_not_broken() -> None:
    result = await assess(
        {
            "/": page(
                '<a href="/numeral-13">Numeral 13</a><h3>Numeral 22</h3>'
                '<a href="/cd-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/numeral-13": Resource(b"slow down", 429),
            "/cd-octubre-2026.pdf": Resource(b"slow down", 429),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n13").status == "unknown"
    assert "429" in result.verdict("art10.n13").reason
    assert result.verdict("art10.n22").status == "unknown"


async def test_an_item_is_missing_when_only_news_pages_were_left_unread() -> None:
    news = "".join(f'<a href="/noticias/{i}">Noticia {i}</a>' for i in range(30))
    routes = {
        "/": page(news + '<a href="/transparencia">Transparencia</a>'),
        "/transparencia": page("<h3>Numeral 21</h3><p>No aplica.</p>"),
        "/noticias/presupuesto": page("<p>n</p>"),
    } | {f"/noticias/{i}": page(f"<p>noticia {i}</p>") for i in range(30)}
    result = await assess(routes, CrawlSettings(max_pages=5))
    assert result.stats.stop_reason == "max_pages"
    verdict = result.verdict("art10.n26")
    assert verdict.status == "missing"
    assert "only news" in verdict.reason


async def test_label_only_sub_headings_under_a_numeral_belong_to_that_numeral() -> None:
    result = await assess(
        {
            "/": page(
                "<h2>Numeral 4</h2>"
                '<h3>Salarios</h3><a href="/salarios-octubre-2026.pdf">Octubre 2026</a>'
                '<h3>Viáticos</h3><a href="/viaticos-octubre-2026.pdf">Octubre 2026</a>'
                "<h2>Numeral 5</h2><p>En construcción</p>"
            ),
            "/salarios-octubre-2026.pdf": pdf(),
            "/viaticos-octubre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    four = result.verdict("art10.n04")
    assert four.status == "ok" and "2 document(s)" in four.reason
    assert result.verdict("art10.n12").status == "missing"
    assert result.verdict("art10.n05").status == "empty"


async def test_label_headings_that_continue_the_numerals_in_order_are_items_of_their_own() -> None:
    """After "10.18", a bold line naming 19 starts that item, and so does a deeper heading
    naming 21 after it: the list goes on in order, whatever each heading's level.
    Wording from https://mail.vicepresidencia.gob.gt/articulo-10?page=3 ("Listado de Obras en
    Ejecución"), the law's text (fideicomisos constituidos con fondos públicos) and San Juan
    Sacatepéquez's report (https://vdocuments.mx/municipalidad-de-san-juan-sacatepe-municipalidad-
    de-san-juan-1-constitucion.html, "Esta información se encuentra en proceso de elaboración y
    aprobación.")."""
    result = await assess(
        {
            "/": page(
                "<h2>10.18 Listado de Obras en Ejecución</h2>"
                '<a href="/obras-2026.pdf">Obras en ejecución 2026</a>'
                "<p><strong>Contratos de arrendamiento de inmuebles, equipo, maquinaria u otros"
                " bienes</strong></p>"
                '<ul><li><a href="/arrendamiento-2026.pdf">Arrendamientos 2026</a></li></ul>'
                "<h4>Fideicomisos constituidos con fondos públicos</h4>"
                "<p>Esta información se encuentra en proceso de elaboración y aprobación.</p>"
                "<h2>Numeral 22 - Listado de Compras Directas</h2>"
                '<a href="/compras-2026.pdf">Compras directas 2026</a>'
            ),
            "/obras-2026.pdf": pdf(),
            "/arrendamiento-2026.pdf": pdf(),
            "/compras-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n19").status == "ok"
    assert result.verdict("art10.n21").status == "empty"
    assert result.verdict("art10.n18").status == "ok"


async def test_a_deeper_label_heading_next_in_order_ends_the_numeral_above_it() -> None:
    """ "10.18" as an <h2> whose documents all fail, then numeral 19 as an <h3> by its label,
    declaring "No aplica": that declaration is 19's, so 18 stays ``broken`` (it was judged
    ``empty``, "declares 'No aplica'", when 19's heading counted as a sub-heading of 18). Found
    by ``bench.accuracy --seed 57``; wording from mail.vicepresidencia.gob.gt/articulo-10?page=3
    ("Listado de Obras en Ejecución") and the law's text of numeral 19."""
    result = await assess(
        {
            "/": page(
                "<h2>10.18 Obras en ejecución o ejecutadas con fondos públicos</h2>"
                "<p>Actualizado: 31/10/2026</p>"
                '<ul><li><a href="/obras-octubre-2026.pdf">Listado de Obras en Ejecución Octubre'
                " 2026</a></li></ul>"
                "<h3>Contratos de Arrendamiento</h3>"
                "<p>Los contratos de arrendamiento de inmuebles, equipo, maquinaria o cualquier "
                "otro bien o servicio.</p><p>No aplica</p>"
                "<h2>Numeral 22 - Listado de Compras Directas</h2>"
                '<a href="/compras-2026.pdf">Compras directas 2026</a>'
            ),
            "/compras-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    eighteen = result.verdict("art10.n18")
    assert eighteen.status == "broken", eighteen.reason
    assert result.verdict("art10.n19").status == "not_applicable"
    assert result.verdict("art10.n22").status == "ok"


@pytest.mark.parametrize(
    ("after", "starts_four"),
    [
        ("<h3>05 - Misión y objetivos</h3><p>En construcción</p>", True),
        # Numeral 4 is named elsewhere, or comes after the next numeral: "Dietas" stays under 1.
        ("<h3>Numeral 4</h3><p>En construcción</p>", False),
        ("<h3>Numeral 3</h3><p>En construcción</p>", False),
    ],
)
async def test_a_label_heading_between_two_numerals_is_the_item_in_that_gap(
    after: str, starts_four: bool
) -> None:
    """A heading "Dietas" (numeral 4's word) under "Numeral 1" starts numeral 4 when the page
    goes on with numeral 5 and names 4 nowhere else: pages list the items in order. Headings
    as munimasagua.com.gt/?p=4479 and the laip.gt portals word them ("Numeral 1 - ESTRUCTURA
    ORGANICA Y FUNCIONES", "Dietas", "05 - Misión y objetivos")."""
    result = await assess(
        {
            "/": page(
                "<h3>Numeral 1 - ESTRUCTURA ORGANICA Y FUNCIONES</h3>"
                "<p>Representa a todo el Municipio.</p>"
                '<h4>Dietas</h4><ul><li><a href="/dietas-2026.pdf">Dietas Noviembre 2026</a>'
                "</li></ul>" + after
            ),
            "/dietas-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    four = result.verdict("art10.n04")
    if starts_four:
        assert four.status == "ok" and "1 document(s)" in four.reason
        assert four.label == "Dietas"
    else:
        assert four.status != "ok"
        assert four.label != "Dietas"


async def test_documents_kept_on_google_drive_are_published_but_not_requested() -> None:
    drive = "https://drive.google.com/file/d/1AbC/view"
    result = await assess(
        {
            "/": page(f'<h3>Numeral 22</h3><a href="{drive}">Compras directas Octubre 2026</a>'),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n22")
    assert verdict.status == "ok"
    assert "on another host" in verdict.reason
    assert verdict.last_updated == dt.date(2026, 10, 31)


async def test_a_drive_document_named_for_an_item_outside_any_heading_is_published() -> None:
    drive = "https://drive.google.com/file/d/9XyZ/view"
    result = await assess(
        {
            "/": page(f'<p><a href="{drive}">Numeral 8 Octubre 2026</a></p>'),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n08").status == "ok"


async def test_a_table_index_of_numerals_with_bare_view_links_is_understood() -> None:
    result = await assess(
        {
            "/": page(
                "<table><tr><th>No.</th><th>Información</th><th></th></tr>"
                '<tr><td>4</td><td>Número y nombre de funcionarios</td><td><a href="/d/a1.pdf">'
                "Descargar</a></td></tr>"
                '<tr><td>13</td><td>Inventario de bienes</td><td><a href="/ver?id=77">Ver</a></td>'
                "</tr></table>"
            ),
            "/d/a1.pdf": pdf(),
            "/ver?id=77": Resource(b"no existe", 404),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n04").status == "ok"
    broken = result.verdict("art10.n13")
    assert broken.status == "broken"
    assert broken.label is not None and "Inventario de bienes" in broken.label


# Tab, jump-menu and icon markup as Bootstrap 4/5 and WordPress Download Manager print it
# (getbootstrap.com/docs/4.6/components/navs, .../5.3/components/navs-tabs; the plugin's
# link-template-default.php); item labels from tests/compliance/generated/wording.toml (real
# portals, sources there). Found by bench/exam.py, whose layouts the judge had never seen.
TABS = (
    "<h1>Información Pública de Oficio</h1><p>Artículo 10, Decreto 57-2008.</p>"
    '<ul class="nav nav-tabs" role="tablist">'
    '<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#num1" role="tab">'
    "Inciso 1: estructura orgánica, funciones y marco normativo</a></li>"
    '<li class="nav-item"><button class="nav-link" data-bs-toggle="tab" data-bs-target="#num8"'
    ' type="button" role="tab">Numeral 8 - Inf. mensuales de ejec. presup.</button></li>'
    '<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#num12" role="tab">'
    "12. Listado de Viajes</a></li></ul>"
    '<div class="tab-content">'
    '<div class="tab-pane fade show active" id="num1" role="tabpanel">'
    '<ul><li><a href="/files/organigrama-2026.pdf">Organigrama municipal 2026</a></li></ul></div>'
    '<div class="tab-pane fade" id="num8" role="tabpanel">'
    '<ul><li><a href="/files/ejecucion-octubre-2026.pdf">Ejecución octubre 2026</a></li></ul></div>'
    '<div class="tab-pane fade" id="num12" role="tabpanel">'
    '<ul><li><a href="/files/viajes-octubre-2026.pdf">Viajes octubre 2026</a></li></ul></div>'
    "</div>"
)


async def test_each_tab_pane_is_judged_under_its_own_tab_label() -> None:
    result = await assess(
        {
            "/": page('<h1>Bienvenidos</h1><a href="/informacion-publica">Información Pública</a>'),
            "/informacion-publica": page(TABS),
            "/files/organigrama-2026.pdf": pdf(),
            "/files/ejecucion-octubre-2026.pdf": pdf(),  # numeral 12's file is missing (404)
        }
    )
    # Read in document order, every pane sits under the last label ("12. Listado de Viajes")
    # and the other two labels head nothing.
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n08").status == "ok"
    assert result.verdict("art10.n12").status == "broken"


async def test_a_year_jump_menu_leads_to_the_years_documents() -> None:
    result = await assess(
        {
            "/": page('<h1>Bienvenidos</h1><a href="/numeral-8">Numeral 8</a>'),
            "/numeral-8": page(
                "<h1>Numeral 8 - Inf. mensuales de ejec. presup.</h1>"
                '<label for="anio">Año</label><select id="anio" class="form-control" '
                'onchange="if (this.value) window.location.href = this.value">'
                '<option value="">Todos los años</option>'
                '<option value="/numeral-8/2026/">2026</option>'
                '<option value="/numeral-8/2025/">2025</option></select>'
            ),
            "/numeral-8/2026/": page(
                '<h1>2026</h1><a href="/files/ejecucion-octubre-2026.pdf">Ejecución octubre</a>'
            ),
            "/files/ejecucion-octubre-2026.pdf": pdf(),
        }
    )
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok"
    assert verdict.last_updated == dt.date(2026, 10, 31)


async def test_a_download_address_answering_a_page_is_read_as_that_page() -> None:
    # Joomla Phoca Download: a numeral page links its category listing, whose address looks
    # like a download ("/descargas/category/..."); the listing's file is gone.
    listing = (
        "<h1>Ejecución Presupuestaria 2026</h1><table><tr><th>No.</th><th>Descripción</th>"
        "<th>Fecha de publicación</th><th>Descargar</th></tr><tr><td>1</td>"
        "<td>Ejecución presupuestaria octubre 2026</td><td>05/11/2026</td>"
        '<td><a href="/index.php/descargas/category/16-ejecucion?download=31:octubre-2026">'
        "Descargar</a></td></tr></table>"
    )
    routes = {
        "/": page('<h1>Bienvenidos</h1><a href="/index.php/08-ejecucion">Numeral 8</a>'),
        "/index.php/08-ejecucion": page(
            "<h1>Numeral 8 - Inf. mensuales de ejec. presup.</h1><p>Ver documentos: "
            '<a href="/index.php/descargas/category/16-ejecucion">Ejecución Presupuestaria 2026'
            "</a></p>"
        ),
        "/index.php/descargas/category/16-ejecucion": page(listing),
    }
    verdict = (await assess(routes)).verdict("art10.n08")
    assert verdict.status == "broken", verdict.reason  # was "ok": the listing counted as a file
    routes["/index.php/descargas/category/16-ejecucion?download=31:octubre-2026"] = pdf()
    verdict = (await assess(routes)).verdict("art10.n08")
    assert verdict.status == "ok", verdict.reason
    # The period the row names (October), not the day it was put up (5 November).
    assert verdict.last_updated == dt.date(2026, 10, 31)


async def test_an_index_line_leading_to_the_items_page_does_not_outrank_that_page() -> None:
    # Index -> numeral page -> its Phoca category page -> the file, gone. The index line read
    # the numeral page without following it further and found nothing, and "empty" ranks
    # before "broken": the line hid the broken file.
    listing = (
        "<h1>Manuales de procedimientos administrativos y operativos 2023</h1><table><tr>"
        "<th>No.</th><th>Descripción</th><th>Descargar</th></tr><tr><td>1</td>"
        "<td>Manual de Puestos y Funciones del Personal 2023</td>"
        '<td><a href="/files/06/manual-de-puestos-2023.pdf">Descargar</a></td></tr></table>'
    )
    verdict = (
        await assess(
            {
                "/": page('<h1>Bienvenidos</h1><a href="/index.php/informacion-publica">LAIP</a>'),
                "/index.php/informacion-publica": page(
                    "<h1>Información Pública de Oficio</h1><ul>"
                    '<li><a href="/index.php/06-manuales">6. manuales de procedimientos '
                    "administrativos y operativos</a></li></ul>"
                ),
                "/index.php/06-manuales": page(
                    "<h1>6. manuales de procedimientos administrativos y operativos</h1>"
                    '<p><a href="/index.php/descargas/category/14-manuales">Manuales de '
                    "procedimientos administrativos y operativos 2023</a></p>"
                ),
                "/index.php/descargas/category/14-manuales": page(listing),
            }
        )
    ).verdict("art10.n06")
    assert verdict.status == "broken", verdict.reason
    assert verdict.url is not None and verdict.url.endswith("/index.php/06-manuales")


def _wpdm_card(slug: str, name: str, number: int) -> str:
    """A WordPress Download Manager card (its link-template-default.php): the package title
    links the package page, the button the file."""
    return (
        '<div class="card"><div class="media"><img src="/wp-content/plugins/download-manager/'
        'assets/file-type-icons/pdf.svg" alt="pdf"><div class="media-body">'
        f'<h3 class="package-title"><a href="/download/{slug}/">{name}</a></h3>'
        '<div class="text-muted">1 archivo(s) 685Kb</div></div>'
        f'<a class="wpdm-download-link" href="/download/{slug}/?wpdmdl={number}">Descargar</a>'
        "</div></div>"
    )


async def test_download_manager_cards_under_an_item_heading_are_that_items_files() -> None:
    names = ["Ejecución presupuestaria septiembre 2026", "Ejecución presupuestaria octubre 2026"]
    cards = "".join(_wpdm_card(f"ejecucion-{i}", name, 300 + i) for i, name in enumerate(names))
    routes = {
        "/": page('<h1>Bienvenidos</h1><a href="/informacion-publica/">Información Pública</a>'),
        "/informacion-publica/": page(
            "<h2>Información Pública de Oficio</h2><h4>Numeral 8 - Inf. mensuales de ejec. "
            f"presup.</h4>{cards}<h4>Numeral 9 - Depósitos con fondos públicos</h4><p>No aplica"
            ", la municipalidad no tiene depósitos constituidos con fondos públicos.</p>"
        ),
    }
    for i, name in enumerate(names):  # each package page offers its file again
        routes[f"/download/ejecucion-{i}/"] = page(
            f"<h1>{name}</h1><table><tr><td>Tamaño</td><td>685 KB</td></tr><tr><td>Descargas"
            f'</td><td>{12 + i}</td></tr></table><a href="/download/ejecucion-{i}/?wpdmdl='
            f'{300 + i}">Descargar</a>'
        )
    verdict = (await assess(routes)).verdict("art10.n08")
    # The files answer 404. The package titles (<h3>) had ended numeral 8 under its <h4>
    # ("empty"), then the cards' "1 archivo(s) 685Kb" counted as text of its own ("ok").
    assert verdict.status == "broken", verdict.reason
    routes["/download/ejecucion-1/?wpdmdl=301"] = pdf()
    verdict = (await assess(routes)).verdict("art10.n08")
    assert verdict.status == "ok", verdict.reason
    assert verdict.last_updated == dt.date(2026, 10, 31)


async def test_tabs_labelled_only_by_number_are_the_numerals() -> None:
    strip, panes = [], []
    for n in range(1, 12):
        strip.append(
            f'<li><button class="nav-link" data-bs-toggle="tab" data-bs-target="#n{n}" '
            f'type="button" role="tab">{n}</button></li>'
        )
        body = "<p>No aplica, la municipalidad no administra fideicomisos.</p>" if n == 9 else ""
        if n == 8:
            body = '<a href="/files/ejecucion-octubre-2026.pdf">Ejecución octubre 2026</a>'
        panes.append(f'<div class="tab-pane" id="n{n}">{body}</div>')
    verdicts = await assess(
        {
            "/": page('<h1>Bienvenidos</h1><a href="/informacion-publica">Información Pública</a>'),
            "/informacion-publica": page(
                "<h1>Artículo 10. Información pública de oficio</h1>"
                f'<ul class="nav nav-tabs" role="tablist">{"".join(strip)}</ul>'
                f'<div class="tab-content">{"".join(panes)}</div>'
            ),
            "/files/ejecucion-octubre-2026.pdf": pdf(),
        }
    )
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "ok", budget.reason
    assert verdicts.verdict("art10.n09").status == "not_applicable"
    assert verdicts.verdict("art10.n21").status == "missing"  # no tab 21


async def test_a_tables_row_counter_is_not_a_numeral() -> None:
    # "No. | Descripción | Fecha de publicación | Descargar" on numeral 2's page: the row's "1"
    # counts rows. It had made the row "1. Dirección y Teléfonos 2024", numeral 1's (ok), and
    # left numeral 2 empty.
    table = (
        "<table><thead><tr><th>No.</th><th>Descripción</th><th>Fecha de publicación</th>"
        "<th>Descargar</th></tr></thead><tbody><tr><td>1</td><td>Dirección y Teléfonos 2024"
        '</td><td>10/03/2024</td><td><a href="/files/02/direccion-2024.pdf">Descargar</a>'
        "</td></tr></tbody></table>"
    )
    verdicts = await assess(
        {
            "/": page('<h1>Bienvenidos</h1><a href="/index.php/02-direccion">Numeral 2</a>'),
            "/index.php/02-direccion": page(f"<h1>Numeral 2 - Dirección y teléfonos</h1>{table}"),
            "/files/02/direccion-2024.pdf": pdf(),
        }
    )
    assert verdicts.verdict("art10.n02").status == "ok"
    assert verdicts.verdict("art10.n01").status == "missing"


# The second exam's layouts (tests/compliance/exam2/): a React "Información Pública de Oficio"
# page of a Guatemalan municipality (GitHub file id 68454616872: each numeral an accordion with a
# number badge, "N carpetas" / "Sin contenido", year folders of "N docs", each document a title,
# "archivo · NN KB · dd/mm/yyyy" and a "Ver PDF" link) and Elementor icon boxes
# (https://ces.gob.gt/index.php/wp-json/wp/v2/pages/6853).


def _category(number: int, name: str, inner: str, count: str) -> str:
    return (
        f'<details class="categoria"><summary><span class="badge-numero">{number}</span>'
        f'<span class="categoria-nombre">{name}</span><span>{count}</span></summary>'
        f"<div>{inner}</div></details>"
    )


def _folder(year: int, rows: list[tuple[str, str, str]]) -> str:
    docs = "".join(
        f'<div class="doc-row"><p class="doc-title">{title}</p><p class="doc-meta">'
        f"{href.rsplit('/', 1)[-1]} · 876 KB · {day}</p>"
        f'<a href="{href}" target="_blank">Ver PDF</a></div>'
        for title, href, day in rows
    )
    return (
        f'<details class="carpeta"><summary>Año {year}<span>{len(rows)} docs</span></summary>'
        f"{docs}</details>"
    )


async def test_a_year_folder_inside_a_numerals_accordion_is_that_numerals() -> None:
    # A <summary> of a <details> nested in the numeral's own is a part of it, not the next
    # section: before, numeral 16 held nothing and its folder belonged to no item.
    contracts = [("Contratos 2026", "/files/16/contratos-2026.pdf", "08/03/2026")]
    verdicts = await assess(
        {
            "/": page('<a href="/informacion-publica/oficio">Información Pública de Oficio</a>'),
            "/informacion-publica/oficio": page(
                _category(
                    16,
                    "Contratos, licencias o concesiones para el usufructo o explotación de bienes "
                    "del Estado",
                    _folder(2026, contracts),
                    "1 carpeta",
                )
                + _category(17, "Listado de empresas precalificadas", "", "Sin contenido")
            ),
            "/files/16/contratos-2026.pdf": pdf(),
        }
    )
    verdict = verdicts.verdict("art10.n16")
    assert verdict.status == "ok", verdict.reason
    assert verdicts.verdict("art10.n17").status == "empty"


async def test_a_numerals_broken_documents_are_not_hidden_by_a_line_that_only_names_it() -> None:
    # The page's side panel lists "5. Misión y objetivos… 2": a place that only names the item
    # had outranked (as "empty") the section holding its two documents that fail to open.
    rows = [
        (f"Plan Operativo Anual {y}", f"/files/05/plan-operativo-anual-{y}.pdf", f"26/01/{y}")
        for y in (2026, 2025)
    ]
    folders = _folder(2026, rows[:1]) + _folder(2025, rows[1:])
    verdicts = await assess(
        {
            "/": page('<a href="/informacion-publica/oficio">Información Pública de Oficio</a>'),
            "/informacion-publica/oficio": page(
                _category(5, "Misión y objetivos, plan operativo anual", folders, "2 carpetas")
                + '<div class="panel"><p>Con documentos publicados</p><ul>'
                "<li>5. Misión y objetivos, plan operativo anual 2</li></ul></div>"
            ),
        }
    )
    verdict = verdicts.verdict("art10.n05")
    assert verdict.status == "broken", verdict.reason


async def test_file_names_and_upload_dates_beside_broken_documents_are_not_content() -> None:
    # "depositos-…-enero-2027.pdf · 876 KB · 06/01/2027" describes a file: with the files
    # failing, their names and dates had made the section "text", so ok.
    rows = [
        (
            f"Depósitos constituidos con fondos públic {month} 2026",
            f"/files/09/depositos-constituidos-con-fondos-public-{month.lower()}-2026.pdf",
            day,
        )
        for month, day in (("Octubre", "06/11/2026"), ("Septiembre", "06/10/2026"))
    ]
    verdicts = await assess(
        {
            "/": page('<a href="/informacion-publica/oficio">Información Pública de Oficio</a>'),
            "/informacion-publica/oficio": page(
                _category(9, "Artículo 10 Numeral 9 - Depósitos", _folder(2026, rows), "1 carpeta")
            ),
        }
    )
    verdict = verdicts.verdict("art10.n09")
    assert verdict.status == "broken", verdict.reason


async def test_a_number_badge_before_the_numerals_own_number_names_that_numeral() -> None:
    # "21 | 10.21 Fideicomisos | Sin contenido": the badge had hidden the "10.21".
    verdicts = await assess(
        {
            "/": page('<a href="/informacion-publica/oficio">Información Pública de Oficio</a>'),
            "/informacion-publica/oficio": page(
                _category(
                    21,
                    "10.21 Fideicomisos",
                    "<p>La Municipalidad no maneja este tipo de información, por lo tanto no "
                    "aplica.</p>",
                    "Sin contenido",
                )
                + _category(4, "04 - Dietas", "<p>Información no disponible aún.</p>", "")
            ),
        }
    )
    assert verdicts.verdict("art10.n21").status == "not_applicable"
    assert verdicts.verdict("art10.n04").status == "empty"


def _icon_box(path: str, title: str) -> str:
    return (
        '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon">'
        f'<a href="{path}" class="elementor-icon" tabindex="-1"><svg aria-hidden="true"></svg>'
        '</a></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">'
        f'<a href="{path}">{title}</a></h3></div></div>'
    )


async def test_a_cards_icon_link_belongs_to_its_card_not_to_the_card_before() -> None:
    # Box 7's text-less icon link sits between box 6's title and box 7's: it had given numeral
    # 6, whose page holds nothing, numeral 7's documents.
    base = "/index.php/informacion-publica"
    verdicts = await assess(
        {
            "/": page(f'<a href="{base}/">Información Pública</a>'),
            f"{base}/": page(
                _icon_box(f"{base}/manuales-numeral-6/", "Manuales de procedimientos numeral 6")
                + _icon_box(f"{base}/presupuesto-numeral-7/", "Presupuesto numeral 7")
            ),
            f"{base}/manuales-numeral-6/": page(
                "<h2>Manuales de procedimientos numeral 6</h2><p>Información no disponible aún.</p>"
            ),
            f"{base}/presupuesto-numeral-7/": page(
                "<h2>Presupuesto numeral 7</h2><h4>Presupuesto 2026</h4>"
                '<a class="elementor-button" '
                'href="/wp-content/uploads/2026/01/presupuesto-2026.pdf">Descargar</a>'
            ),
            "/wp-content/uploads/2026/01/presupuesto-2026.pdf": pdf(),
        }
    )
    assert verdicts.verdict("art10.n06").status == "empty"
    assert verdicts.verdict("art10.n07").status == "ok"


async def test_a_sections_frame_left_unread_makes_it_unknown_not_empty() -> None:
    # An embedded folder (<iframe>, no text of its own) or a bare "Descargar" the page limit left
    # unread: what the section shows is not known. It had been "empty".
    frames = (
        '<h3>Numeral 8 - Ejecución presupuestaria</h3><iframe src="/embeddedfolderview?id=8#list">'
        '</iframe><h3>Numeral 11 - Contrataciones</h3><a href="/uc?id=11&amp;export=download">'
        "Descargar</a>"
    )

    def bare(body: str) -> Resource:
        return Resource(f"<html><body><main>{body}</main></body></html>".encode(), 200)

    routes = {
        "/": bare('<a href="/view/informacion-publica">Información Pública</a>'),
        "/view/informacion-publica": bare(frames),
        "/embeddedfolderview?id=8": bare("<p>sin archivos</p>"),
        "/uc?id=11&export=download": bare("<p>sin archivos</p>"),
    }
    result = await assess(routes, CrawlSettings(max_pages=2))
    assert result.stats.stop_reason == "max_pages"
    for section in ("art10.n08", "art10.n11"):  # an embedded folder; a bare "Descargar"
        verdict = result.verdict(section)
        assert verdict.status == "unknown", verdict.reason


def _drupal_view(page_number: int, pages: int, rows: str) -> Resource:
    # A Drupal 7 view paged with ?page=N (https://mail.vicepresidencia.gob.gt/articulo-10?page=3)
    # and its core pager: "« primera ‹ anterior 1 2 3 siguiente › última »".
    def href(n: int) -> str:
        return "/articulo-10" + (f"?page={n}" if n else "")

    pager = [f'<li><a href="{href(0)}">« primera</a></li>'] if page_number else []
    for n in range(pages):
        pager.append(
            f"<li>{n + 1}</li>" if n == page_number else f'<li><a href="{href(n)}">{n + 1}</a></li>'
        )
    if page_number < pages - 1:
        pager.append(f'<li><a href="{href(page_number + 1)}">siguiente ›</a></li>')
        pager.append(f'<li><a href="{href(pages - 1)}">última »</a></li>')
    return page(f'<div class="view-content">{rows}</div><ul class="pager">{"".join(pager)}</ul>')


async def test_every_page_of_a_paged_listing_is_read_not_only_the_second() -> None:
    # The pager lists pages 2 and 3 at once: page 3 was marked seen when page 1 was read and
    # never queued, so the items listed only there were "missing".
    def row(n: int, name: str) -> str:
        return f'<div class="views-row"><a href="/node/{n}">Numeral {n} - {name}</a></div>'

    verdicts = await assess(
        {
            "/": page('<a href="/articulo-10">Artículo 10</a>'),
            "/articulo-10": _drupal_view(0, 3, row(1, "Estructura orgánica")),
            "/articulo-10?page=1": _drupal_view(1, 3, row(2, "Dirección y teléfonos")),
            "/articulo-10?page=2": _drupal_view(2, 3, row(29, "Otra información")),
            "/node/1": page('<h1>Numeral 1</h1><a href="/files/organigrama.pdf">Organigrama</a>'),
            "/node/2": page('<h1>Numeral 2</h1><a href="/files/directorio.pdf">Teléfonos 2026</a>'),
            "/node/29": page('<h1>Numeral 29</h1><a href="/files/otra.pdf">Informe</a>'),
            "/files/organigrama.pdf": pdf(),
            "/files/directorio.pdf": pdf(),
            "/files/otra.pdf": pdf(),
        }
    )
    assert [verdicts.verdict(f"art10.n{n:02d}").status for n in (1, 2, 29)] == ["ok"] * 3


async def test_a_row_counter_then_a_bare_numeral_cell_opens_the_row_by_its_name() -> None:
    # One row a document, newest first ("No. | Numeral | Información | Documento | Fecha de
    # publicación | Archivo"; DataTables, as https://site.inees.gob.gt/numeral-12-articulo-10-
    # mayo-2023-csv/ names one document an entry): an item without documents has one row, whose
    # name had been "35 14", two numbers naming nothing, so the item was "missing".
    head = "".join(
        f"<th>{h}</th>"
        for h in ("No.", "Numeral", "Información", "Documento", "Fecha de publicación", "Archivo")
    )
    rows = (
        "<tr><td>34</td><td>8</td><td>Numeral 8 - Ejecución Presupuestaria</td>"
        "<td>Ejecución presupuestaria octubre 2026</td><td>05/11/2026</td>"
        '<td><a href="/archivos/2026/11/1762300000.pdf">Descargar</a></td></tr>'
        "<tr><td>35</td><td>14</td><td>Contratos de mantenimiento de equipo, vehículos, "
        "inmuebles e instalaciones</td><td>En proceso de actualización.</td><td>—</td>"
        "<td>—</td></tr>"
    )
    verdicts = await assess(
        {
            "/": page('<a href="/transparencia/oficio/">Información Pública de Oficio</a>'),
            "/transparencia/oficio/": page(
                f'<table id="tabla" class="display"><thead><tr>{head}</tr></thead>'
                f"<tbody>{rows}</tbody></table>"
            ),
            "/archivos/2026/11/1762300000.pdf": pdf(),
        }
    )
    assert verdicts.verdict("art10.n14").status == "empty"
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "ok", budget.reason


async def test_a_bare_label_in_an_ordered_list_is_the_numeral_the_list_numbers_it() -> None:
    # The law's list pasted as an <ol> (WordPress "wp-block-list"): "Plan Operativo Anual" is
    # shown as "5." only by the list. It had run on as numeral 4's text: 4 took 5's document.
    verdicts = await assess(
        {
            "/": page(
                '<a href="/informacion-publica-de-oficio/">Información Pública de Oficio</a>'
            ),
            "/informacion-publica-de-oficio/": page(
                '<ol class="wp-block-list" start="4"><li>Dietas<br>En proceso de actualización.'
                '</li><li>Plan Operativo Anual<ul><li><a href="/wp-content/uploads/2026/01/'
                'poa-2026.pdf">Plan Operativo Anual 2026</a></li></ul></li></ol>'
            ),
            "/wp-content/uploads/2026/01/poa-2026.pdf": pdf(),
        }
    )
    assert verdicts.verdict("art10.n04").status == "empty"
    assert verdicts.verdict("art10.n05").status == "ok"


async def test_a_document_on_an_items_own_page_is_its_own_whatever_its_name_resembles() -> None:
    # A Drupal node for numeral 10 (https://mail.vicepresidencia.gob.gt/articulo-10) lists its
    # files by name: "ejecucion-presupuestaria-egresos-2026-10.pdf" resembles numeral 8's label,
    # and had been left out of numeral 10 as a link to another item.
    verdicts = await assess(
        {
            "/": page(
                '<a href="/articulo-10/inciso-10">Inciso 10: Cotizaciones y Licitaciones</a>'
            ),
            "/articulo-10/inciso-10": page(
                "<h1>Inciso 10: Cotizaciones y Licitaciones de Programas</h1>"
                '<div class="field-items"><span class="file"><a href="/sites/default/files/'
                '2026-11/ejecucion-presupuestaria-egresos-2026-10.pdf" type="application/pdf; '
                'length=182044">ejecucion-presupuestaria-egresos-2026-10.pdf</a></span></div>'
            ),
            "/sites/default/files/2026-11/ejecucion-presupuestaria-egresos-2026-10.pdf": pdf(),
        }
    )
    verdict = verdicts.verdict("art10.n10")
    assert verdict.status == "ok", verdict.reason


async def test_a_list_lines_sub_list_is_its_content_not_its_name() -> None:
    # A category page of nested bullets (https://sip.conap.gob.gt/?cat=130): item, then its
    # text as bullets under it. The line's name had run on over its sub-list, so the
    # municipality's own words were read as part of the name and the item was "empty".
    verdicts = await assess(
        {
            "/": page('<a href="/?cat=130">Información Pública de Oficio</a>'),
            "/?cat=130": page(
                "<ul><li>01 - Estructura Orgánica y Funciones<ul><li>El Concejo Municipal es el "
                "órgano colegiado superior de deliberación y de decisión de los asuntos "
                "municipales; el alcalde preside el concejo, dirige la administración y nombra "
                "a los funcionarios.</li></ul></li><li>02 - Dirección y teléfonos<ul><li>"
                "Información no disponible aún.</li></ul></li></ul>"
            ),
        }
    )
    assert verdicts.verdict("art10.n01").status == "ok"
    assert verdicts.verdict("art10.n02").status == "empty"


def _document_card(path: str, size: str, description: str, year: int, created: str) -> str:
    # A document system's card (https://transparencia.gob.sv/institutions/iaip/documents/
    # resoluciones-de-solicitudes?page=11): an icon-only download link, the file's type and size,
    # its description, then "Año", "Vigente", "Creación", "Actualización".
    return (
        f'<div class="document-item"><a class="download" href="{path}"><img src="/assets/'
        'icon-download-small-gray.svg" alt="Icon download small gray"></a><p class="file-info">'
        f'<span class="file-type">pdf</span> | <span class="file-size">{size}</span></p>'
        f'<p class="description">{description}</p><ul class="metadata"><li>Año: {year}</li>'
        f"<li>Vigente</li><li>Creación: {created}</li><li>Actualización: {created}</li></ul></div>"
    )


def _document_category(title: str, cards: str) -> Resource:
    return page(
        f'<h1>{title}</h1><p class="institution">Municipalidad</p><p>Se recomienda hacer uso de '
        'los filtros o el buscador para optimizar su búsqueda.</p><form method="get"><input '
        'type="search" name="q" placeholder="Buscar"><button type="submit">Filtrar</button>'
        f'</form><div class="documents">{cards}</div>'
    )


async def test_text_printed_on_most_pages_is_the_sites_not_an_items_content() -> None:
    # Every category page of the document system says "Se recomienda hacer uso de los filtros…"
    # and prints "Vigente", "Año: 2020", "Creación: 26/03/2020" under each file: with numeral
    # 14's files all failing, those words had made it "text", so ok.
    categories = {
        8: ("Ejecución Presupuestaria", "Ejecución presupuestaria octubre 2026", "06/11/2026"),
        11: ("Contratación de bienes y servicios", "Contrataciones octubre 2026", "05/11/2026"),
        13: ("Inventario de Bienes", "Inventario de bienes 2026", "15/01/2026"),
        14: ("Contratos de Mantenimiento", "Contratos de Mantenimiento 2020", "26/03/2020"),
    }
    routes = {"/": page('<a href="/documents/">Información oficiosa</a>')}
    index = []
    for number, (title, description, created) in categories.items():
        path = f"/documents/{number}/"
        index.append(f'<li><a href="{path}">10.{number} {title}</a></li>')
        cards = "".join(
            _document_card(f"/files/{number}-{copy}/download", "300 KB", description, 2026, created)
            for copy in (1, 2)
        )
        routes[path] = _document_category(f"{number}. {title}", cards)
        if number != 14:
            routes[f"/files/{number}-1/download"] = pdf()
            routes[f"/files/{number}-2/download"] = pdf()
    routes["/documents/"] = page(f"<h1>Información oficiosa</h1><ul>{''.join(index)}</ul>")
    verdicts = await assess(routes)
    assert verdicts.verdict("art10.n14").status == "broken", verdicts.verdict("art10.n14").reason
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "ok", budget.reason


async def test_folders_opened_by_a_toggle_name_the_items_in_them() -> None:
    # A tree of folders by period (https://ministeriodelinterior.gob.ec/transparencia): each
    # folder line opens with a "+" toggle; a numeral without documents holds only a note.
    def folder(name: str, inner: str) -> str:
        return f'<li class="folder"><span class="toggle">+</span>{name}<ul>{inner}</ul></li>'

    numerals = (
        folder(
            "8-Informes-mensuales-de-ejecucion-presupuestaria",
            '<li><a href="/images/2026/octubre/Numeral_8-Ejecucion_Octubre_2026.pdf">'
            "Numeral_8-Ejecucion_Octubre_2026.pdf</a></li>",
        )
        + folder("19-Contratos-de-arrendamiento", '<li class="nota">No aplica</li>')
        + folder("22-Listado-de-compras-directas", '<li class="nota">Sin información</li>')
    )
    tree = folder("Transparencia 2026", folder("Octubre", folder("Artículo 10", numerals)))
    verdicts = await assess(
        {
            "/": page('<a href="/transparencia">Transparencia</a>'),
            "/transparencia": page(f'<h1>Transparencia</h1><ul class="arbol">{tree}</ul>'),
            "/images/2026/octubre/Numeral_8-Ejecucion_Octubre_2026.pdf": pdf(),
        }
    )
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "ok", budget.reason
    assert verdicts.verdict("art10.n19").status == "not_applicable"
    assert verdicts.verdict("art10.n22").status == "empty"


async def test_a_day_printed_under_most_items_of_a_page_dates_the_page_not_each_item() -> None:
    # A "fracciones" page (https://coscomatepec.gob.mx/transparencia/ley-general) prints the
    # same "Fecha de actualización" under every numeral: numeral 12's only document is of March,
    # and the page's stamp had made it current.
    def fraccion(title: str, own: str, document: str) -> str:
        return (
            f'<div class="fraccion"><p><strong>{title}</strong></p><p>Actualizado: {own}</p>'
            "<p>Periodo de actualización: Mensual</p><p>Fecha de actualización: 31/10/2026</p>"
            "<p>Fecha de validación: 31/10/2026</p><p>Área responsable: Tesorería</p>"
            f'<p><a href="/formatos/{document}">Descarga de archivo</a></p></div>'
        )

    documents = {
        "8 - informes mensuales de ejecución presupuestaria": ("31/10/2026", "ejecucion-oct.pdf"),
        "9 - depósitos con fondos públicos": ("31/10/2026", "depositos-oct.pdf"),
        "11 - contrataciones de bienes y servicios": ("31/10/2026", "compras-oct.pdf"),
        "12 - listado de viajes": ("31/03/2026", "listado-de-viajes-marzo-2026.pdf"),
        "22 - compras directas": ("31/10/2026", "compras-directas-oct.pdf"),
    }
    routes = {
        "/": page('<a href="/transparencia/ley-general">Ley General</a>'),
        "/transparencia/ley-general": page(
            "<h1>Información Pública de Oficio</h1>"
            + "".join(fraccion(title, own, doc) for title, (own, doc) in documents.items())
        ),
    }
    routes.update({f"/formatos/{doc}": pdf() for _own, doc in documents.values()})
    verdicts = await assess(routes)
    verdict = verdicts.verdict("art10.n12")
    assert verdict.status == "outdated", verdict.reason
    assert verdict.last_updated == dt.date(2026, 3, 31)
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "ok", budget.reason


def _entry(title: str, fields: dict[str, str], law: str, files: list[str]) -> Resource:
    # An entry of Mexico City's transparency portal (https://transparencia.cdmx.gob.mx/
    # secretaria-de-cultura/entrada/48664): labelled fields, the law's text, then the files.
    listed = "".join(f"<li>{name}: {value}</li>" for name, value in fields.items())
    records = "".join(
        f'<ul class="archivo"><li>Descarga: <a href="{path}">PDF</a></li></ul>' for path in files
    )
    return page(f'<h1>{title}</h1><ul class="metadatos">{listed}</ul><p>{law}</p>{records}')


async def test_fields_whose_labels_are_on_most_pages_are_a_records_metadata() -> None:
    # "Fecha de creación: 03 Septiembre 2026", "Autoridad que la crea o remite: Coordinación de
    # Finanzas", "Periodo de actualización: mensual" head every entry with other values: with
    # numeral 8's files all failing, they had made it "text", so ok.
    entries = {
        8: ("Numeral 8 - Ejecución Presupuestaria", "Coordinación de Finanzas", "mensual"),
        10: ("Numeral 10 - Cotizaciones y licitaciones", "Secretaría Municipal", "trimestral"),
        14: ("Numeral 14 - Contratos de mantenimiento", "Unidad de Transparencia", "anual"),
        22: ("Numeral 22 - Compras directas", "Tesorería", "cuando se modifique"),
    }
    months = {8: "Septiembre", 10: "Octubre", 14: "Agosto", 22: "Julio"}
    routes = {"/": page('<a href="/entradas">Artículo 10</a>')}
    index = []
    for number, (title, unit, rhythm) in entries.items():
        path = f"/entrada/{34000 + number * 7}"
        index.append(f'<li><a href="{path}">{title}</a></li>')
        files = [f"/storage/uploads/{number}-{copy}.pdf" for copy in (1, 2)]
        fields = {
            "Fecha de creación": f"0{number % 9 + 1} {months[number]} 2026",
            "Validación": f"{number + 2} Noviembre 2026",
            "Autoridad que la crea o remite": unit,
            "Periodo de actualización": rhythm,
            "Conservar en el sitio de Internet": f"los {number} ejercicios anteriores",
        }
        routes[path] = _entry(title, fields, "Artículo 10.", files)
        if number != 8:
            routes.update({file: pdf() for file in files})
    routes["/entradas"] = page(f"<h1>Artículo 10</h1><ul>{''.join(index)}</ul>")
    verdicts = await assess(routes)
    assert verdicts.verdict("art10.n08").status == "broken", verdicts.verdict("art10.n08").reason
    assert verdicts.verdict("art10.n10").status == "ok"


async def test_a_page_of_several_items_gives_a_link_to_it_only_the_items_own_section() -> None:
    # Colombia's transparency menus (https://www.cartagena.gov.co/transparencia): categories
    # "1. Información de la entidad", "3. Contratación" lead to pages holding several numerals,
    # each in its own section; numeral 19's section holds only a note. Its index line's link
    # ("…/3contratacion/#item-3-3") had given it every document of the page, and "3.
    # Contratación" numeral 3 the same.
    category = "/transparencia/3contratacion/"
    routes = {
        "/": page('<a href="/transparencia/">Transparencia</a>'),
        "/transparencia/": page(
            f'<h1>Transparencia</h1><h2><a href="{category}">3.CONTRATACION</a></h2><ul>'
            f'<li><a href="{category}#item-3-1">10 - Procesos de cotización y licitación</a></li>'
            f'<li><a href="{category}#item-3-2">11. Contratación de bienes y servicios</a></li>'
            f'<li><a href="{category}#item-3-3">Inciso 19: Contratos de Arrendamiento</a></li>'
            "</ul>"
        ),
        category: page(
            '<h1>3. Contratación</h1><div id="item-3-1"><h3>10 - Procesos de cotización y '
            'licitación</h3><ul><li><a href="/docs/cotizaciones-octubre-2026.pdf">Cotizaciones '
            'octubre 2026</a></li></ul></div><div id="item-3-2"><h3>11. Contratación de bienes y '
            'servicios</h3><ul><li><a href="/docs/contrataciones-octubre-2026.pdf">'
            'Contrataciones octubre 2026</a></li></ul></div><div id="item-3-3"><h3>19. Contratos '
            "de Arrendamiento</h3><p>Esta información se encuentra en proceso de elaboración y "
            "aprobación.</p></div>"
        ),
        "/docs/cotizaciones-octubre-2026.pdf": pdf(),
        "/docs/contrataciones-octubre-2026.pdf": pdf(),
    }
    verdicts = await assess(routes)
    assert verdicts.verdict("art10.n19").status == "empty", verdicts.verdict("art10.n19").reason
    assert verdicts.verdict("art10.n03").status not in ("ok", "outdated")
    assert verdicts.verdict("art10.n10").status == "ok"


async def test_what_the_items_own_page_declares_is_said_of_the_item() -> None:
    # A Laravel transparency portal (github.com/meguetil/web_mspa, Visor/index.blade.php): a card
    # per numeral leads to a "visor" page titled only "Portal de Transparencia", whose table is
    # empty and says "No aplica"; and a "Visualizar" button opening its file by script.
    def card(label: str, law: str, visor: str) -> str:
        return (
            f'<div class="card"><div class="card-header">{label}</div><a href="{visor}" '
            f'class="list-group-item">{law}</a></div>'
        )

    def visor(rows: str, after: str = "") -> Resource:
        return page(
            "<h1>Portal de Transparencia</h1><table><thead><tr><th>Denominación</th><th>Fecha "
            f"de Publicación</th><th>Enlace Archivo</th></tr></thead><tbody>{rows}</tbody>"
            f"</table>{after}"
        )

    verdicts = await assess(
        {
            "/": page('<a href="/transparencia-activa">Transparencia Activa</a>'),
            "/transparencia-activa": page(
                "<h1>Portal de Transparencia</h1>"
                + card("Numeral 21 - Fideicomisos", "La información relacionada", "/visor/210")
                + card("Numeral 24 - Entidades internacionales", "Entidades de carácter", "/v/240")
            ),
            "/visor/210": visor("", "<p>No aplica</p>"),
            "/v/240": visor(
                "<tr><td>Convenios internacionales 2026</td><td>2026-10-31</td><td><a "
                'class="btn" href="javascript:void(0)" onclick="myFunction(\'/storage/'
                "convenios-2026.pdf')\">Visualizar</a></td></tr>"
            ),
            "/storage/convenios-2026.pdf": pdf(),
        }
    )
    assert verdicts.verdict("art10.n21").status == "not_applicable", verdicts.verdict("art10.n21")
    assert verdicts.verdict("art10.n24").status == "ok", verdicts.verdict("art10.n24").reason


def _dataset(title: str, description: str, resources: list[str], updated: str) -> Resource:
    # A CKAN dataset page (github.com/ckan/ckan: templates/package/read.html,
    # package/snippets/additional_info.html; Spanish from ckan/i18n/es/LC_MESSAGES/ckan.po).
    listed = "".join(
        f'<li class="resource-item"><a href="{path}">Recurso {n}</a></li>'
        for n, path in enumerate(resources, 1)
    )
    data = (
        f'<ul class="resource-list">{listed}</ul>'
        if resources
        else '<p class="empty">Este conjunto de datos no tiene datos</p>'
    )
    return page(
        f"<h1>{title}</h1><p>{description}</p><h3>Datos y Recursos</h3>{data}"
        '<h3>Información Adicional</h3><table class="table"><tbody>'
        '<tr><th scope="row">Autor</th><td>Municipalidad</td></tr>'
        '<tr><th scope="row">Mantenedor</th><td>Unidad de Información Pública</td></tr>'
        f'<tr><th scope="row">Última actualización</th><td>{updated}</td></tr>'
        '<tr><th scope="row">Creado</th><td>3 de marzo de 2024</td></tr></tbody></table>'
    )


async def test_a_records_fields_in_a_table_are_not_data_rows() -> None:
    # Every dataset page of a CKAN portal ends in "Información Adicional" (Autor, Mantenedor,
    # Última actualización, Creado), on fewer than half of its pages (each resource has a page
    # of its own): those rows had made numeral 14 (no resources) and numeral 8 (resources that
    # fail) "data", so ok.
    numerals = {
        1: "Estructura orgánica y funciones",
        2: "Dirección y teléfonos",
        3: "Directorio de empleados",
        5: "Plan operativo anual",
        6: "Manuales de procedimientos",
        8: "Ejecución presupuestaria",
        13: "Inventario de bienes",
        14: "Contratos de mantenimiento",
        26: "Informe del funcionamiento del archivo",
    }
    routes = {"/": page('<a href="/datos/organization/municipalidad">Datos abiertos</a>')}
    listing = []
    for number, title in numerals.items():
        slug = f"/datos/dataset/numeral-{number}"
        listing.append(f'<li><h3><a href="{slug}">Numeral {number} - {title}</a></h3></li>')
        resources = [] if number == 14 else [f"{slug}/resource/{n}" for n in (1, 2)]
        routes[slug] = _dataset(f"Numeral {number} - {title}", title, resources, "19/04/2026")
        for n, resource in enumerate(resources, 1):
            file = f"/datos/download/{number}-{n}-2026.pdf"
            routes[resource] = page(f'<h1>Recurso {n}</h1><a href="{file}">Descargar</a>')
            if number != 8:
                routes[file] = pdf()
    routes["/datos/organization/municipalidad"] = page(
        f'<h1>Municipalidad</h1><ul class="dataset-list">{"".join(listing)}</ul>'
    )
    verdicts = await assess(routes)
    assert verdicts.verdict("art10.n14").status == "empty", verdicts.verdict("art10.n14").reason
    assert verdicts.verdict("art10.n08").status == "broken", verdicts.verdict("art10.n08").reason
    assert verdicts.verdict("art10.n13").status == "ok"


async def test_a_documents_month_outranks_the_year_of_the_folder_it_was_uploaded_to() -> None:
    # "../../documentos/laip/2026/Listado de Compras Directas Diciembre 2025.pdf" (a page saved
    # from Word, http://tse.org.gt/images/laiphtlm/laps.html): the folder is the upload year; the
    # list covers December 2025, too old for a monthly item in November 2026.
    verdicts = await assess(
        {
            "/": page('<a href="/laip">Información pública de oficio</a>'),
            "/laip": page(
                "<h1>Información pública de oficio</h1><h2>Numeral 22 - Compras directas</h2>"
                '<p><a href="/documentos/laip/2026/Listado%20de%20Compras%20Directas%20Diciembre'
                '%202025.pdf">Listado de Compras Directas Diciembre 2025</a></p>'
            ),
            "/documentos/laip/2026/Listado%20de%20Compras%20Directas%20Diciembre%202025.pdf": pdf(),
        }
    )
    verdict = verdicts.verdict("art10.n22")
    assert verdict.status == "outdated", verdict.reason
    assert verdict.last_updated == dt.date(2025, 12, 31)


async def test_a_download_category_of_a_menu_item_is_a_location_not_news() -> None:
    # Phoca Download under a menu item (https://sgp.gob.gt/web/index.php/uip/informacion-
    # publica-de-oficio/category/27-16-contratos-licencias-y-concesiones): "/category/" had made
    # every numeral's category a news archive, and every numeral missing.
    base = "/web/index.php/uip/informacion-publica-de-oficio/category"
    verdicts = await assess(
        {
            "/": page(f'<a href="{base}/131-numeral-1-estructura">Numeral 1 - Estructura</a>'),
            f"{base}/131-numeral-1-estructura": page(
                '<h1>Numeral 1 - Estructura Orgánica y Funciones</h1><div class="pd-filebox">'
                f'<a href="{base}/131-numeral-1-estructura?download=614:organigrama">Organigrama '
                "Básico de la Municipalidad</a></div>"
            ),
            f"{base}/131-numeral-1-estructura?download=614:organigrama": pdf(),
        }
    )
    assert verdicts.verdict("art10.n01").status == "ok", verdicts.verdict("art10.n01").reason


async def test_a_see_more_link_after_another_items_name_leads_to_that_item() -> None:
    # An index of "<name> — Ver información" lines (the twelfth exam's index): a name without a
    # number is no line of its own, so its "Ver información" read as the numbered line's above
    # it, and numeral 21's documents had made numeral 20's broken files look fine.
    verdicts = await assess(
        {
            "/": page('<a href="/ip/">Información pública</a>'),
            "/ip/": page(
                '<h1>Información pública</h1><p><a href="/ip/n20/">Numeral 20 - Contrataciones '
                'por cotización y licitación</a> — <a href="/ip/n20/">Ver información</a></p><p>'
                '<a href="/ip/n21/">Fideicomisos constituidos con fondos públicos</a> — <a href='
                '"/ip/n21/">Ver información</a></p>'
            ),
            "/ip/n20/": page(
                "<h1>Numeral 20 - Contrataciones por cotización y licitación</h1>"
                '<a href="/archivos/cotizaciones-octubre-2026.pdf">Cotizaciones Octubre 2026</a>'
            ),
            "/ip/n21/": page(
                '<h1>Fideicomisos</h1><a href="/archivos/fideicomisos-2026.pdf">Fideicomisos '
                "2026</a>"
            ),
            "/archivos/fideicomisos-2026.pdf": pdf(),
        }
    )
    verdict = verdicts.verdict("art10.n20")
    assert verdict.status == "broken", verdict.reason
    assert verdicts.verdict("art10.n21").status == "ok"


async def test_a_document_every_years_matrix_links_again_is_its_rows() -> None:
    # One table a year "Numeral | Descripción | Ene … Dic" (portal.ric.gob.gt's numerals by year
    # and month): a trust deed in force since 2022 is linked again on every year's page, so on
    # most pages of the portal, like a menu; on its item's row it is that item's document.
    def matrix(year: int) -> Resource:
        return page(
            f"<h1>Información pública de oficio {year}</h1><table><tr><th>Numeral</th><th>"
            "Descripción</th><th>Ene</th><th>Feb</th></tr><tr><td>21</td><td><strong>21. "
            'Fideicomisos</strong></td><td><a href="/documentos/laip/2022/N21-2022.pdf"><img '
            'src="/icono-pdf.png" alt="PDF" width="20" height="20"></a></td><td></td></tr></table>'
            + "".join(f'<a href="/ip/{y}/">{y}</a> ' for y in (2025, 2026, 2027))
        )

    verdicts = await assess(
        {
            "/": page('<a href="/ip/2027/">Información pública de oficio</a>'),
            **{f"/ip/{year}/": matrix(year) for year in (2025, 2026, 2027)},
            "/documentos/laip/2022/N21-2022.pdf": pdf(),
        }
    )
    verdict = verdicts.verdict("art10.n21")
    assert verdict.status == "ok", verdict.reason


async def test_a_files_title_as_a_heading_names_no_other_item() -> None:
    # WP File Download's card (wpfd-default/tpl.php): "<h3><a class=wpfd_downloadlink …>" with
    # the file's name cropped. On numeral 9's page, a file named after the budget execution had
    # started numeral 8 there (after the year's category heading, which ends "Numeral 9"):
    # numeral 9 looked empty and numeral 8's broken files fine.
    card = (
        '<div class="file"><h3><a class="wpfd_downloadlink" href="/index.php/download/53/2026/'
        '{id}/{slug}" title="{title}">Ejecución Presupuestaria Egres...</a></h3><a class='
        '"downloadlink wpfd_downloadlink" href="/index.php/download/53/2026/{id}/{slug}">Descargar'
        "</a></div>"
    )
    verdicts = await assess(
        {
            "/": page(
                '<a href="/n8/">10.8 Ejecución Presupuestaria</a> <a href="/n9/">Inciso 9: '
                "depósitos constituidos con fondos públicos</a>"
            ),
            "/n8/": page(
                "<h1>10.8 Ejecución Presupuestaria</h1>"
                + card.format(id=1470, slug="ejecucion-octubre", title="Ejecución Octubre")
            ),
            "/n9/": page(
                "<h1>Inciso 9: depósitos constituidos con fondos públicos</h1><h2>Numeral 9</h2>"
                "<h2>2026</h2>"
                + card.format(
                    id=1471,
                    slug="ejecucion-presupuestaria-egresos-depositos",
                    title="Ejecución Presupuestaria Egresos Octubre 2026 Numeral 9",
                )
            ),
            "/index.php/download/53/2026/1471/ejecucion-presupuestaria-egresos-depositos": pdf(),
        }
    )
    assert verdicts.verdict("art10.n09").status == "ok", verdicts.verdict("art10.n09").reason
    assert verdicts.verdict("art10.n08").status == "broken", verdicts.verdict("art10.n08").reason


async def test_a_scanned_report_linked_as_a_picture_is_a_document() -> None:
    # Signed reports scanned and uploaded as pictures ("/images/transparencia/numeral01/
    # Estructura-Organica-1.jpg", the thirteenth exam): linked from the item, they are its files;
    # a broken one is broken. Pictures shown on the page stay pictures.
    jpeg = Resource(b"\xff\xd8\xff\xe0\x00\x10JFIF", 200, "image/jpeg")
    verdicts = await assess(
        {
            "/": page('<a href="/laip">Información pública de oficio</a>'),
            "/laip": page(
                "<h1>Información pública de oficio</h1><h2>Numeral 1 - Estructura orgánica</h2>"
                '<ul><li><a href="/images/numeral01/Estructura-Organica-1.jpg">Estructura '
                "Orgánica 1</a></li></ul><h2>Numeral 2 - Dirección y teléfonos</h2><ul><li><a "
                'href="/images/numeral02/Directorio-2026.png">Directorio 2026</a></li></ul>'
            ),
            "/images/numeral01/Estructura-Organica-1.jpg": jpeg,
        }
    )
    assert verdicts.verdict("art10.n01").status == "ok", verdicts.verdict("art10.n01").reason
    assert verdicts.verdict("art10.n02").status == "broken", verdicts.verdict("art10.n02").reason


async def test_a_file_a_page_does_not_deliver_is_broken_and_one_a_redirect_does_is_not() -> None:
    # How documents are delivered (the thirteenth exam; PHP download scripts, Apache redirects):
    # "descargar.php?archivo=X.pdf" answering 200 "El archivo no existe." (numeral 7), a script
    # sending the reader back to the item's page (numeral 19), a viewer page saying "Documento
    # no encontrado." (numeral 22), against "/d/116" moving to the PDF (numeral 16) and a
    # viewer page that embeds its file (numeral 20).
    def listed(title: str, href: str, text: str) -> Resource:
        return page(f'<h1>{title}</h1><ul><li><a href="{href}">{text}</a></li></ul>')

    verdicts = await assess(
        {
            "/": page(
                '<a href="/n7">Numeral 7</a> <a href="/n16">Numeral 16</a> <a href="/n19">'
                'Numeral 19</a> <a href="/n20">Numeral 20</a> <a href="/n22">Numeral 22</a>'
            ),
            "/n7": listed(
                "Numeral 7 - Presupuesto", "/descargar.php?archivo=Presupuesto_2026.pdf", "2026"
            ),
            "/descargar.php?archivo=Presupuesto_2026.pdf": Resource(b"El archivo no existe."),
            "/n16": listed("Numeral 16 - Contratos y licencias", "/d/116", "Contratos 1"),
            "/d/116": Resource(b"", 301, location="/wp-content/uploads/2026/03/Contratos-1.pdf"),
            "/wp-content/uploads/2026/03/Contratos-1.pdf": pdf(),
            "/n19": listed(
                "Numeral 19 - Arrendamientos", "/descargar.php?file=Arrendamientos-2026.pdf", "2026"
            ),
            "/descargar.php?file=Arrendamientos-2026.pdf": Resource(b"", 302, location="/n19"),
            "/n20": listed("Numeral 20 - Cotizaciones", "/visor.php?doc=Cotizaciones.pdf", "Ver"),
            "/visor.php?doc=Cotizaciones.pdf": page(
                '<h1>Visor de documentos</h1><iframe src="/archivos/Cotizaciones.pdf"></iframe>'
            ),
            "/archivos/Cotizaciones.pdf": pdf(),
            "/n22": listed("Numeral 22 - Compras directas", "/visor.php?doc=41", "Compras 2026"),
            "/visor.php?doc=41": page(
                "<h1>Visor de documentos</h1><p>Documento no encontrado.</p>"
            ),
        }
    )
    statuses = {n: verdicts.verdict(f"art10.n{n:02d}").status for n in (7, 16, 19, 20, 22)}
    assert statuses == {7: "broken", 16: "ok", 19: "broken", 20: "ok", 22: "broken"}


async def test_a_heading_named_like_the_documents_under_it_still_names_its_item() -> None:
    # "<h2>Organizaciones No Gubernamentales</h2>" over files of the same name (the fifteenth
    # exam): a heading that is not itself a link is the item's, not a file's title.
    verdicts = await assess(
        {
            "/": page('<a href="/laip">Información pública de oficio</a>'),
            "/laip": page(
                "<h1>Información pública de oficio</h1><h2>Artículo 10 Numeral 24 - Entidades "
                'internacionales</h2><ul><li><a href="/archivos/24/entidades-2026.pdf">Entidades '
                "internacionales 2026</a></li></ul><h2>Organizaciones No Gubernamentales</h2><ul>"
                '<li><a href="/archivos/25/ong.pdf">Organizaciones No Gubernamentales</a></li></ul>'
            ),
            "/archivos/24/entidades-2026.pdf": pdf(),
        }
    )
    statuses = {n: verdicts.verdict(f"art10.n{n}").status for n in (24, 25)}
    assert statuses == {24: "ok", 25: "broken"}


async def test_the_words_describing_files_that_fail_are_not_the_items_content() -> None:
    # "No. | Descripción | Período | Archivo" (the fifteenth exam): every file fails; the row's
    # description and date describe the file, they are no information of the item's own.
    rows = "".join(
        f"<tr><td>{n}</td><td>Contratos de Arrendamiento {n}</td><td>Publicado el {n} de marzo "
        f'del 2026</td><td><a href="/docs/contratos-{n}.pdf">Descargar</a></td></tr>'
        for n in (1, 2, 3)
    )
    verdicts = await assess(
        {
            "/": page('<a href="/laip">Información pública de oficio</a>'),
            "/laip": page(
                "<h1>Información pública de oficio</h1><h2>Numeral 19 - Contratos de "
                "arrendamiento</h2><table><tr><th>No.</th><th>Descripción</th><th>Período</th><th>"
                f"Archivo</th></tr>{rows}</table>"
            ),
        }
    )
    verdict = verdicts.verdict("art10.n19")
    assert verdict.status == "broken", verdict.reason


async def test_a_pages_edit_stamp_does_not_make_documents_of_old_periods_current() -> None:
    # Plone prints "Última modificación: <day> <time>" under every page it saves
    # (http://www.huellasmexicanas.org/voluntarios/plone/plone-para-usuarios-principiantes/
    # un-primer-acercamiento-a-plone); a page re-saved last week whose newest report is of
    # August 2025 is not current. Where the documents name no period, the stamp still dates them.
    def item(title: str, docs: dict[str, str], stamp: str) -> Resource:
        listed = "".join(f'<li><a href="{path}">{name}</a></li>' for path, name in docs.items())
        return page(
            f"<h1>{title}</h1><ul class='documentos'>{listed}</ul>"
            f"<p class='documentModified'>Última modificación: {stamp}</p>"
        )

    old = {
        "/files/ejecucion-2025-08.pdf": "Ejecución presupuestaria Mes de AGOSTO 2025",
        "/files/ejecucion-2025-07.pdf": "Ejecución presupuestaria Mes de JULIO 2025",
    }
    plans = {"/files/inventario-2024.pdf": "Inventario de bienes muebles e inmuebles 2024"}
    undated = {"/files/depositos.pdf": "Depósitos con fondos públicos"}
    routes = {
        "/": page(
            '<ul><li><a href="/t/08">Numeral 8 - Ejecución presupuestaria</a></li>'
            '<li><a href="/t/09">Numeral 9 - Depósitos con fondos públicos</a></li>'
            '<li><a href="/t/13">Numeral 13 - Inventario de bienes</a></li></ul>'
        ),
        "/t/08": item("Ejecución presupuestaria", old, "20/11/2026 09:14"),
        "/t/09": item("Depósitos con fondos públicos", undated, "18/11/2026 16:02"),
        "/t/13": item("Inventario de bienes", plans, "martes, 17 noviembre 2026 10:30"),
    }
    routes.update({path: pdf() for path in [*old, *plans, *undated]})
    verdicts = await assess(routes)
    budget = verdicts.verdict("art10.n08")
    assert budget.status == "outdated", budget.reason
    assert budget.last_updated == dt.date(2025, 8, 31)
    assert verdicts.verdict("art10.n13").status == "outdated"
    deposits = verdicts.verdict("art10.n09")
    assert deposits.status == "ok", deposits.reason
    assert deposits.last_updated == dt.date(2026, 11, 18)


async def test_a_posts_publication_day_does_not_make_documents_of_old_periods_current() -> None:
    # The UPCV publishes a post per numeral ("Publicado el …" under its title, upcv.gob.gt/inicio/
    # wp-json/wp/v2/posts/3666, exam 49): a post written in December holding the reports of
    # September and October 2025 is not current; a post's file naming no period is dated by it.
    def post(title: str, docs: dict[str, str]) -> Resource:
        listed = "".join(f'<li><a href="{path}">{name}</a></li>' for path, name in docs.items())
        return page(
            f'<h1>{title}</h1><p class="entry-meta">Publicado el 20 de noviembre de 2026</p>'
            f'<h4 class="wp-block-heading"><strong>INFORMACIÓN AÑO 2025</strong></h4>{listed}'
        )

    old = {
        "/u/numeral-20-septiembre-2025.pdf": "Numeral 20 Septiembre 2025 PDF",
        "/u/numeral-20-octubre-2025.pdf": "Numeral 20 Octubre 2025 PDF",
    }
    undated = {"/u/depositos.pdf": "Depósitos con fondos públicos PDF"}
    routes = {
        "/": page(
            '<ul><li><a href="/2026/11/20/20-contrataciones/">20. Contrataciones por cotización y'
            ' licitación</a></li><li><a href="/2026/11/20/9-depositos/">9. Depósitos con fondos '
            "públicos</a></li></ul>"
        ),
        "/2026/11/20/20-contrataciones/": post(
            "20. CONTRATACIONES POR COTIZACIÓN Y LICITACIÓN", old
        ),
        "/2026/11/20/9-depositos/": post("9. DEPÓSITOS CON FONDOS PÚBLICOS", undated),
    }
    routes.update({path: pdf() for path in [*old, *undated]})
    verdicts = await assess(routes)
    hiring = verdicts.verdict("art10.n20")
    assert hiring.status == "outdated", hiring.reason
    deposits = verdicts.verdict("art10.n09")
    assert deposits.status == "ok", deposits.reason
    assert deposits.last_updated == dt.date(2026, 11, 20)


async def test_a_view_row_naming_its_item_by_a_link_keeps_its_file_from_the_row_above() -> None:
    # A Drupal view's rows (a "Numeral:" field linking the numeral's term page, the title, the
    # file; markup as Drupal 10 renders a view, GitHub file id 43924245866): the title "Numeral
    # 4 Noviembre 2026" reads as a heading whose block runs on over the next rows. Numeral 4's file
    # is gone; numeral 12's files below it are numeral 12's.
    def row(term: str, name: str, title: str, path: str) -> str:
        return (
            '<div class="views-row"><div class="views-field views-field-field-numeral">'
            '<span class="views-label">Numeral: </span><div class="field-content">'
            f'<a href="/numeral/{term}">{name}</a></div></div>'
            f'<div class="views-field views-field-title"><div class="field-content">{title}'
            '</div></div><div class="views-field views-field-field-archivo">'
            '<span class="views-label">Archivo: </span><div class="field-content">'
            f'<a href="{path}" type="application/pdf">{path.rsplit("/", 1)[-1]}</a>'
            "</div></div></div>"
        )

    first = row(
        "funcionarios",
        "Artículo 10 Numeral 4 - Funcionarios y empleados",
        "Numeral 4 Noviembre 2026",
        "/files/2026-11/Numeral-4-Noviembre-2026.pdf",
    )
    travel = row(
        "viajes",
        "Inciso 12: Listado de viajes",
        "Listado de Viajes Noviembre 2026",
        "/files/2026-11/Listado-de-Viajes-Noviembre-2026.pdf",
    ) + row(
        "viajes",
        "Inciso 12: Listado de viajes",
        "Listado de Viajes Octubre 2026",
        "/files/2026-10/Listado-de-Viajes-Octubre-2026.pdf",
    )
    rows = first + travel
    routes = {
        "/": page('<a href="/transparencia/informacion-publica-de-oficio">Información</a>'),
        "/transparencia/informacion-publica-de-oficio": page(
            f'<h1>Información Pública de Oficio</h1><div class="view-content">{rows}</div>'
        ),
        "/numeral/funcionarios": page(f"<h1>Funcionarios y empleados</h1>{first}"),
        "/numeral/viajes": page(f"<h1>Listado de viajes</h1>{travel}"),
        "/files/2026-11/Listado-de-Viajes-Noviembre-2026.pdf": pdf(),
        "/files/2026-10/Listado-de-Viajes-Octubre-2026.pdf": pdf(),
    }
    verdicts = await assess(routes)
    staff = verdicts.verdict("art10.n04")
    assert staff.status == "broken", staff.reason
    trips = verdicts.verdict("art10.n12")
    assert trips.status == "ok", trips.reason


# Article 11 (Organismo Ejecutivo) as the law and a LAIP monitor's seed data word it
# (https://github.com/CongresoT/infopublicagt/blob/a3ad040d5b92b66c6576caa826f7cccaea581c43/seed.sql).
ARTICLE_11_N2 = "Numeral 2 - El listado de asesores, con sus respectivas remuneraciones"


async def test_another_articles_numerals_under_its_heading_are_not_article_10s() -> None:
    # A ministry's one page (https://mem.gob.gt/?p=72143: "ARTÍCULO 10: Información Pública de
    # Oficio", then its numerals) also publishes Article 11 of its branch, numbered alike:
    # Article 10's numeral 2 is empty, and Article 11's numeral 2 holds this month's file.
    routes = {
        "/": page('<a href="/informacion-publica">Información pública de oficio</a>'),
        "/informacion-publica": page(
            "<h1>Información Pública de Oficio</h1>"
            "<h2>ARTÍCULO 10: Información Pública de Oficio</h2>"
            "<h4>Numeral 1 - Estructura orgánica y funciones</h4>"
            '<ul><li><a href="/files/organigrama-2026.pdf">Organigrama 2026</a></li></ul>'
            "<h4>Numeral 2 - Dirección y teléfonos</h4><p>En proceso de actualización.</p>"
            "<h2>ARTÍCULO 11: Información Pública de Oficio del Organismo Ejecutivo</h2>"
            "<h4>11.1 Ejercicio del presupuesto por ministerio</h4>"
            '<ul><li><a href="/files/ejercicio-noviembre-2026.pdf">Noviembre 2026</a></li></ul>'
            f"<h4>{ARTICLE_11_N2}</h4>"
            '<ul><li><a href="/files/numeral-2-noviembre-2026.pdf">Numeral 2 Noviembre 2026</a>'
            "</li></ul><h2>Solicitudes de información</h2>"
            "<h4>Numeral 3 - Directorio de empleados</h4><p>Sin información.</p>"
        ),
        "/files/organigrama-2026.pdf": pdf(),
        "/files/ejercicio-noviembre-2026.pdf": pdf(),
        "/files/numeral-2-noviembre-2026.pdf": pdf(),
    }
    verdicts = await assess(routes)
    assert verdicts.verdict("art10.n01").status == "ok"
    address = verdicts.verdict("art10.n02")
    assert address.status == "empty", address.reason
    # "11.1" under Article 11 is its numeral 1, not Article 10's numeral 11.
    assert verdicts.verdict("art10.n11").status == "missing"
    # A heading naming no article closes Article 11's scope.
    assert verdicts.verdict("art10.n03").status == "empty"


async def test_a_cards_article_badge_and_a_table_of_articles_say_whose_numeral_it_is() -> None:
    # Cards whose header is a badge ("Artículo 13" · "Numeral 2") before the numeral's own
    # heading; and a table "Numeral | Artículo | Descripción | Documento" whose numeral cell
    # spans its Article 13 and Article 10 rows, the article a bare number.
    def card(badge: str, title: str, files: str) -> str:
        return (
            f'<div class="card"><div class="card-header"><span class="badge">{badge}</span>'
            f' Numeral 4</div><div class="card-body"><h5>{title}</h5>{files}</div></div>'
        )

    current = '<a href="/files/numeral-4-noviembre-2026.pdf">Numeral 4 Noviembre 2026</a>'
    routes = {
        "/": page('<a href="/tarjetas">Información pública</a> <a href="/matriz">Matriz</a>'),
        "/tarjetas": page(
            "<h1>Información Pública de Oficio</h1>"
            + card("Artículo 13", "Numeral 4 - Las iniciativas de ley", current)
            + card("Artículo 10", "Numeral 4 - Funcionarios y empleados", "<p>Sin datos</p>")
        ),
        "/matriz": page(
            "<h1>Matriz de información pública</h1><table><tr><th>Numeral</th><th>Artículo"
            "</th><th>Descripción</th><th>Documento</th></tr>"
            '<tr><td rowspan="2">Numeral 9</td><td>13</td><td>Resoluciones</td><td>'
            '<a href="/files/resolucion-numero-10-2026.pdf">Ver documento</a></td></tr>'
            "<tr><td>10</td><td>Depósitos con fondos públicos</td><td></td></tr></table>"
        ),
        "/files/numeral-4-noviembre-2026.pdf": pdf(),
        "/files/resolucion-numero-10-2026.pdf": pdf(),
    }
    verdicts = await assess(routes)
    staff = verdicts.verdict("art10.n04")
    assert staff.status == "empty", staff.reason
    deposits = verdicts.verdict("art10.n09")
    assert deposits.status == "empty", deposits.reason


async def test_a_page_of_another_article_is_no_place_of_article_10() -> None:
    # A menu of laws (https://munihuite.gob.gt/informacion-publica: "Decreto 57-2008 Art. 10",
    # "Decreto 101-97 Art. 17 Ter.") leading to one page per numeral: Article 12's numeral 5
    # page, named by its address and title only, is not Article 10's numeral 5; and the law's
    # number "57-2008" in an address dates nothing.
    routes = {
        "/": page(
            '<a href="/transparencia/decreto-57-2008-art-10/">Decreto 57-2008 Art. 10</a> '
            '<a href="/transparencia/decreto-57-2008-art-12/">Decreto 57-2008 Art. 12</a>'
        ),
        "/transparencia/decreto-57-2008-art-10/": page(
            "<h1>Decreto 57-2008 Art. 10</h1>"
            '<a href="/transparencia/decreto-57-2008-art-10/numeral-5">Numeral 5 - Plan '
            "Operativo Anual</a>"
        ),
        "/transparencia/decreto-57-2008-art-10/numeral-5": page(
            "<h1>Art. 10 Num. 5 Plan Operativo Anual</h1><p>Visión: Ser un municipio ordenado, "
            "seguro y limpio, con servicios públicos de calidad para todos sus vecinos, que "
            "promueve la participación ciudadana y el desarrollo económico local.</p>"
        ),
        "/transparencia/decreto-57-2008-art-12/": page(
            "<h1>Decreto 57-2008 Art. 12</h1>"
            '<a href="/transparencia/decreto-57-2008-art-12/numeral-4">Numeral 4</a>'
        ),
        "/transparencia/decreto-57-2008-art-12/numeral-4": page(
            "<h1>Numeral 4 - Funcionarios de tribunales</h1>"
            '<a href="/files/numeral-4-noviembre-2026.pdf">Numeral 4 Noviembre 2026</a>'
        ),
        "/files/numeral-4-noviembre-2026.pdf": pdf(),
    }
    verdicts = await assess(routes)
    plan = verdicts.verdict("art10.n05")
    assert plan.status == "ok", plan.reason
    assert "2008" not in plan.reason
    assert verdicts.verdict("art10.n04").status == "missing"


async def test_a_statement_that_the_body_has_none_of_it_declares_the_item_not_applicable() -> None:
    # How bodies say an item does not concern them without the word "aplica" (forms read for
    # tests/compliance/exam17/wording.toml; "No se contemplan asignaciones a los grupos
    # municipales." at transparencia.archena.es/t/p/download/380-asignaciones-anuales-a-los-
    # grupos-politicos/html), against what says the information is missing ("No se cuenta con
    # información", "La información será publicada en los próximos días.").
    routes = {
        "/": page('<a href="/laip">Información pública de oficio</a> <a href="/matriz">Matriz</a>'),
        "/laip": page(
            "<h1>Información Pública de Oficio</h1>"
            "<h3>Numeral 21 - Fideicomisos</h3>"
            "<p><strong>La Municipalidad no cuenta con fideicomisos.</strong></p>"
            "<h3>Numeral 17 - Empresas precalificadas</h3>"
            "<p>No existen empresas precalificadas.</p>"
            "<h3>Numeral 19 - Contratos de arrendamiento</h3>"
            "<p>No se cuenta con información.</p>"
            "<h3>Numeral 22 - Compras directas</h3>"
            "<p>La información será publicada en los próximos días.</p>"
            "<h3>Numeral 9 - Depósitos con fondos públicos</h3><ul><li>"
            '<a href="/files/constancia-de-no-aplicabilidad-numeral-9.pdf">Constancia de no '
            "aplicabilidad - Numeral 9</a></li></ul>"
        ),
        "/files/constancia-de-no-aplicabilidad-numeral-9.pdf": pdf(),
        "/matriz": page(
            "<h1>Matriz</h1><table><tr><th>Numeral</th><th>Descripción</th><th>Documento</th>"
            "<th>Observaciones</th></tr><tr><td>24</td><td>Entidades internacionales</td>"
            "<td>N/A</td><td></td></tr></table>"
        ),
    }
    verdicts = await assess(routes)
    for numeral in (21, 17, 24, 9):
        verdict = verdicts.verdict(f"art10.n{numeral:02d}")
        assert verdict.status == "not_applicable", (numeral, verdict.reason)
    for numeral in (19, 22):
        verdict = verdicts.verdict(f"art10.n{numeral:02d}")
        assert verdict.status == "empty", (numeral, verdict.reason)


async def test_a_listings_empty_message_and_its_widget_are_not_what_the_item_holds() -> None:
    # A document library's own words: WP File Download's "No hay documentos en esta
    # categoría." beside the office's address (published text: ok); DataTables' empty row and
    # counters (its Spanish translation, datatables.net/plug-ins/i18n/Spanish) under an empty
    # item; a table whose only row is a message across its columns ("Sin datos"); a picture
    # whose alt text says "Próximamente".
    datatable = (
        '<table class="dataTable"><thead><tr><th>Documento</th><th>Fecha</th><th>Tamaño</th>'
        '</tr></thead><tbody><tr class="odd"><td valign="top" colspan="3" class='
        '"dataTables_empty">Ningún dato disponible en esta tabla</td></tr></tbody></table>'
        '<div class="dataTables_info">Mostrando registros del 0 al 0 de un total de 0 '
        'registros</div><div class="dataTables_paginate"><a>Anterior</a><a>Siguiente</a></div>'
    )
    routes = {
        "/": page('<a href="/biblioteca">Biblioteca</a>'),
        "/biblioteca": page(
            "<h1>Biblioteca de transparencia</h1>"
            "<h3>Numeral 2 - Dirección y teléfonos</h3><div class='category-description'><p>"
            "Palacio Municipal, 1a. Calle 2-15 Zona 1. Teléfono 7765-4321, Alcaldía extensión "
            "101, Tesorería extensión 104, horario de 8:00 a 16:30 horas.</p></div>"
            "<p class='wpfd-empty'>No hay documentos en esta categoría.</p>"
            f"<h3>Numeral 3 - Directorio de empleados</h3>{datatable}"
            "<h3>Numeral 8 - Ejecución presupuestaria</h3><table><tr><th>No.</th><th>Documento"
            '</th></tr><tr><td colspan="2">Sin datos</td></tr></table>'
            "<h3>Numeral 23 - Informes de auditoría</h3>"
            '<p><img src="/images/proximamente.png" alt="Próximamente"></p>'
        ),
        "/images/proximamente.png": Resource(b"\x89PNG\r\n", 200, "image/png"),
    }
    verdicts = await assess(routes)
    address = verdicts.verdict("art10.n02")
    assert address.status == "ok", address.reason
    for numeral in (3, 8, 23):
        verdict = verdicts.verdict(f"art10.n{numeral:02d}")
        assert verdict.status == "empty", (numeral, verdict.reason)


async def test_a_reports_own_period_outranks_the_month_it_was_uploaded_in() -> None:
    """WordPress files a document under the month it was uploaded ("/uploads/2026/11/"): an
    August report re-uploaded in November reports August (exam 25); a file named by nothing
    else is dated by that folder."""
    result = await assess(
        {
            "/": page(
                "<h2>Numeral 8 - Informes mensuales de ejecución presupuestaria</h2><p><a "
                'href="/wp-content/uploads/2026/11/Ejecucion-Presupuestaria-Agosto-2026.pdf">'
                "Ejecución presupuestaria agosto 2026</a></p>"
                "<h2>Numeral 4 - Dietas</h2><p><a "
                'href="/wp-content/uploads/2026/11/dietas.pdf">Descargar</a></p>'
            ),
            "/wp-content/uploads/2026/11/Ejecucion-Presupuestaria-Agosto-2026.pdf": pdf(),
            "/wp-content/uploads/2026/11/dietas.pdf": pdf(),
        }
    )
    august = result.verdict("art10.n08")
    assert (august.status, august.last_updated) == ("outdated", dt.date(2026, 8, 31))
    dietas = result.verdict("art10.n04")
    assert (dietas.status, dietas.last_updated) == ("ok", dt.date(2026, 11, 24))


async def test_a_sentence_on_how_to_request_information_publishes_no_item() -> None:
    """Beside an item it does not publish, a portal tells the reader how to ask for it (the
    sentence of munipalestinadelosaltos.gob.gt/informacion-publica/, exam 25): the law's
    procedure, not the item's information. Beside documents it takes nothing away."""
    guidance = (
        "<small>Si la información que necesitas no se encuentra publicada en esta sección, "
        "puedes solicitarla presentándote personalmente a la Unidad de Información Pública "
        "ubicada en la Municipalidad, en donde se te proporcionará el formulario de solicitud "
        "correspondiente. Estamos a tu servicio.</small>"
    )
    result = await assess(
        {
            "/": page(
                "<h1>Información Pública</h1><table><tr><th>No.</th><th>Descripción</th>"
                f"<th>Documento</th></tr><tr><td>4</td><td>04 - Dietas<br>{guidance}</td>"
                "<td></td></tr><tr><td>12</td><td>10.12 Listado de viajes<br>"
                f"{guidance}</td><td><a href='/archivos/12/viajes-noviembre-2026.pdf'>Listado "
                "de viajes noviembre 2026</a></td></tr></table>"
            ),
            "/archivos/12/viajes-noviembre-2026.pdf": pdf(),
        }
    )
    dietas = result.verdict("art10.n04")
    assert dietas.status == "empty", dietas.reason
    assert result.verdict("art10.n12").status == "ok"


async def test_a_publication_date_column_yields_to_the_period_the_files_name() -> None:
    """A table's "Fecha de publicación" says when a file was put up, not what period it covers:
    the 2024 operating plan posted this month is still the 2024 plan (exam 25's ``tabla``); a
    file that names no period is dated by it."""
    result = await assess(
        {
            "/": page(
                "<h1>Transparencia</h1><table><tr><th>No.</th><th>Descripción</th>"
                "<th>Documento</th><th>Fecha de publicación</th></tr>"
                "<tr><td>5</td><td>05 - Misión y objetivos, plan operativo anual</td><td><a "
                "href='/archivos/05/POA-Ejercicio-Fiscal-2024.pdf'>Plan Operativo Anual "
                "Ejercicio Fiscal 2024</a></td><td>20/11/2026</td></tr>"
                "<tr><td>13</td><td>13 - Inventario de bienes</td><td><a "
                "href='/archivos/13/inventario.pdf'>Inventario de bienes muebles e inmuebles</a>"
                "</td><td>12/03/2019</td></tr>"
                "<tr><td>15</td><td>15 - Programas de subsidios</td><td><a "
                "href='/archivos/15/Programas-de-Subsidios-1.pdf'>Programas de Subsidios 1</a>"
                "</td><td>20/11/2026</td></tr>"
                # The generated ``table`` layout: a newer file named by nothing ("Ver") beside
                # October's; the row's day may be the newer file's, and stands.
                "<tr><td>12</td><td>Numeral 12 - Listado de Viajes</td><td><a "
                "href='/archivos/12/viajes-20-1.pdf'>Ver</a> <a href='/archivos/12/viajes-20-2"
                ".pdf'>Viajes Ejercicio Fiscal 2026 Mes de OCTUBRE</a></td><td>actualizado "
                "20/11/2026</td></tr></table>"
            ),
            "/archivos/12/viajes-20-1.pdf": pdf(),
            "/archivos/12/viajes-20-2.pdf": pdf(),
            "/archivos/05/POA-Ejercicio-Fiscal-2024.pdf": pdf(),
            "/archivos/13/inventario.pdf": pdf(),
            "/archivos/15/Programas-de-Subsidios-1.pdf": pdf(),
        }
    )
    plan = result.verdict("art10.n05")
    assert (plan.status, plan.last_updated) == ("outdated", dt.date(2024, 12, 31)), plan.reason
    # A file named by no period (and served without Last-Modified) is dated by its row: the
    # inventory put up in 2019 is not current, whichever place of the page is judged.
    inventory = result.verdict("art10.n13")
    assert (inventory.status, inventory.last_updated) == ("outdated", dt.date(2019, 3, 12))
    subsidies = result.verdict("art10.n15")
    assert (subsidies.status, subsidies.last_updated) == ("ok", dt.date(2026, 11, 20))
    travel = result.verdict("art10.n12")
    assert (travel.status, travel.last_updated) == ("ok", dt.date(2026, 11, 20)), travel.reason


async def test_a_month_claimed_beside_the_files_yields_to_the_periods_they_name() -> None:
    """A compliance checklist's "Fecha de actualización" is the body's word that the item is up
    to date (exam 64's ``checklist``): the files its row lists name older months, and those
    date the item; a file named by nothing ("Descargar") is dated by the row's month."""
    result = await assess(
        {
            "/": page(
                "<h1>Información pública de oficio</h1><table><tr><th>Numeral</th>"
                "<th>Información</th><th>¿Publicado?</th><th>Fecha de actualización</th>"
                "<th>Enlace</th></tr>"
                "<tr><td>8</td><td>Ejecución presupuestaria</td><td>SI</td><td>Noviembre 2026"
                "</td><td><a href='/files/08/ejecucion-05.pdf'>Ejecución Presupuestaria Egresos "
                "Ejercicio Fiscal 2026 Mes de MAYO</a><br><a href='/files/08/ejecucion-06.pdf'>"
                "Ejecución Presupuestaria Egresos Ejercicio Fiscal 2026 Mes de JUNIO</a></td></tr>"
                "<tr><td>4</td><td>Funcionarios, servidores públicos, empleados y asesores</td>"
                "<td>SI</td><td>Octubre 2026</td><td><a href='/files/04/personal.pdf'>Descargar</a>"
                "</td></tr></table>"
            ),
            "/files/08/ejecucion-05.pdf": pdf(),
            "/files/08/ejecucion-06.pdf": pdf(),
            "/files/04/personal.pdf": pdf(),
        }
    )
    budget = result.verdict("art10.n08")
    assert (budget.status, budget.last_updated) == ("outdated", dt.date(2026, 6, 30)), budget.reason
    staff = result.verdict("art10.n04")
    assert (staff.status, staff.last_updated) == ("ok", dt.date(2026, 10, 31)), staff.reason


async def test_data_published_in_open_formats_is_a_document() -> None:
    """A municipality's "Datos Abiertos" page (exam 73's ``datos``) links each item's data as
    JSON or GeoJSON only, the links reading just the format: those files are the item
    published, dated by their names; a JSON file that answers 404 is a broken one."""
    data = Resource(b'[{"periodo": "2026-10", "monto": 1200.5}]', 200, "application/json")
    result = await assess(
        {
            "/": page(
                "<h1>Datos Abiertos</h1><table><tr><th>Información</th><th>Formatos</th></tr>"
                "<tr><td>Listado de viajes</td><td><a href='/datos/2026/viajes-octubre-2026"
                ".json'>JSON</a></td></tr>"
                "<tr><td>Inventario de bienes</td><td><a href='/datos/inventario-2026.geojson'>"
                "GeoJSON</a></td></tr>"
                "<tr><td>Contratos de arrendamiento</td><td><a href='/datos/arrendamientos-2026"
                ".json'>JSON</a></td></tr></table>"
            ),
            "/datos/2026/viajes-octubre-2026.json": data,
            "/datos/inventario-2026.geojson": data,
        }
    )
    travel = result.verdict("art10.n12")
    assert (travel.status, travel.last_updated) == ("ok", dt.date(2026, 10, 31)), travel.reason
    assert result.verdict("art10.n13").status == "ok"
    assert result.verdict("art10.n19").status == "broken"


async def test_a_data_catalogues_record_dates_do_not_make_old_periods_current() -> None:
    """A DKAN / CKAN resource page's "Información adicional" says when the record was saved
    ("Fecha de creación", "Fecha de actualización"), not the period of its file (exam 73's
    ``dkan``, re-saved three days before the exam day)."""

    def resource(name: str, file: str) -> Resource:
        return page(
            f"<h1>{name}</h1><a class='btn data-link' href='{file}'>Descargar</a>"
            "<h2>Información adicional</h2><table><tr><th>Campo</th><th>Valor</th></tr>"
            "<tr><td>Fecha de creación</td><td>19/11/2026</td></tr>"
            "<tr><td>Fecha de actualización</td><td>23/11/2026</td></tr>"
            "<tr><td>Formato</td><td>csv</td></tr></table>"
        )

    csv = Resource(b"periodo;monto\n", 200, "text/csv")
    result = await assess(
        {
            "/": page("<a href='/dataset/listado-de-viajes'>10.12 Listado de Viajes</a>"),
            "/dataset/listado-de-viajes": page(
                "<h1>10.12 Listado de Viajes</h1><h2>Datos y Recursos</h2><ul>"
                "<li><a href='/dataset/viajes/resource/1'>Numeral 12 Septiembre 2025</a></li>"
                "<li><a href='/dataset/viajes/resource/2'>Numeral 12 Agosto 2025</a></li></ul>"
            ),
            "/dataset/viajes/resource/1": resource(
                "Numeral 12 Septiembre 2025", "/files/numeral-12-septiembre-2025.csv"
            ),
            "/dataset/viajes/resource/2": resource(
                "Numeral 12 Agosto 2025", "/files/numeral-12-agosto-2025.csv"
            ),
            "/files/numeral-12-septiembre-2025.csv": csv,
            "/files/numeral-12-agosto-2025.csv": csv,
        }
    )
    travel = result.verdict("art10.n12")
    assert (travel.status, travel.last_updated) == ("outdated", dt.date(2025, 9, 30)), travel.reason


async def test_documents_linked_where_no_citizen_reaches_them_are_broken() -> None:
    """Links pasted from the author's computer or the office network (exam 26; hrefs as in
    Word pages and WordPress posts written on the office's PCs): no citizen opens them, so the
    item is ``broken`` (never ``ok`` as "documents on another host", never ``empty``); a
    backslashed path a browser repairs opens."""
    result = await assess(
        {
            "/": page(
                "<h1>Información pública</h1>"
                "<h2>Numeral 4 - Dietas</h2><p><a href='file:///C:/Users/UIP/Documents/"
                "Dietas%202026.pdf'>Dietas 2026</a></p>"
                "<h2>Numeral 12 - Viajes</h2><p><a href='http://192.168.1.20/transparencia/"
                "viajes-noviembre-2026.pdf'>Viajes noviembre 2026</a></p>"
                "<h2>Numeral 13 - Inventario de bienes</h2><p><a href='\\\\SERVIDOR\\Compartida"
                "\\inventario-2026.pdf'>Inventario 2026</a></p>"
                "<h2>Numeral 6 - Manuales</h2><p><a href='images\\manuales\\manual-2026.pdf'>"
                "Manual de puestos 2026</a></p>"
            ),
            "/images/manuales/manual-2026.pdf": pdf(),
        }
    )
    for numeral in (4, 12, 13):
        verdict = result.verdict(f"art10.n{numeral:02d}")
        assert verdict.status == "broken", (numeral, verdict.reason)
    assert "not on the internet" in result.verdict("art10.n12").reason
    assert result.verdict("art10.n06").status == "ok"


async def test_the_year_in_a_pages_name_yields_to_its_items_documents() -> None:
    """An index saved from Word as "Art 10 LAIP 2026.htm" (exam 26's ``office``): the year
    names the page, not each item on it; the 2024 plan listed there is the 2024 plan."""
    result = await assess(
        {
            "/": page('<a href="/uip/Art%2010%20LAIP%202026.htm">Información pública</a>'),
            "/uip/Art%2010%20LAIP%202026.htm": page(
                "<h1>Información Pública de Oficio 2026</h1>"
                "<h2>5. Misión y objetivos, plan operativo anual</h2><p><a "
                "href='poa-2024.pdf'>Plan Operativo Anual 2024</a></p>"
                "<h2>15. Subsidios, becas o transferencias</h2><p><a "
                "href='subsidios.pdf'>Programas de subsidios</a></p>"
            ),
            "/uip/poa-2024.pdf": pdf(),
            "/uip/subsidios.pdf": pdf(),
        }
    )
    plan = result.verdict("art10.n05")
    assert (plan.status, plan.last_updated) == ("outdated", dt.date(2024, 12, 31)), plan.reason
    subsidies = result.verdict("art10.n15")
    assert (subsidies.status, subsidies.last_updated) == ("ok", dt.date(2026, 11, 24))


async def test_an_items_link_sent_back_to_the_home_page_is_broken() -> None:
    """A CMS that answers every address it no longer holds with a redirect home (exam 28's
    ``soft404``): the item's page is gone; the home page is not its content."""
    result = await assess(
        {
            "/": page(
                "<h1>Municipalidad de San Juan</h1><p>Bienvenidos al portal de la Municipalidad "
                "de San Juan, al servicio de los vecinos con transparencia y eficiencia.</p>"
                "<ul><li><a href='/ip/02/'>Numeral 2 - Dirección y teléfonos</a></li>"
                "<li><a href='/ip/08/'>Numeral 8 - Ejecución presupuestaria</a></li></ul>"
                "<p><a href='/transparencia/'>Transparencia</a></p>"
            ),
            "/transparencia/": page(
                "<h1>Transparencia</h1><ul><li><a href='/ip/04/'>Inciso 4: Dietas</a></li>"
                "<li><a href='/ip/08/'>Inciso 8: Ejecución</a></li></ul>"
            ),
            "/ip/02/": Resource(b"", 301, location="/"),
            "/ip/04/": Resource(b"", 302, location="/"),
            "/ip/08/": page(
                "<h1>Numeral 8 - Ejecución presupuestaria</h1><p><a href='/e-oct-2026.pdf'>"
                "Ejecución octubre 2026</a></p>"
            ),
            "/e-oct-2026.pdf": pdf(),
        }
    )
    gone = result.verdict("art10.n02")
    assert (gone.status, gone.reason) == (
        "broken",
        "the link sends the reader back to the home page",
    )
    dietas = result.verdict("art10.n04")  # also from an index's row that links it
    assert dietas.status == "broken", dietas.reason
    assert result.verdict("art10.n08").status == "ok"


async def test_an_items_page_answering_a_not_found_page_with_200_is_broken() -> None:
    """A CMS's own "Página no encontrada" page, sent with 200 where the item's page was (exam
    28's ``soft404``): the item is ``broken``, not ``not_applicable`` by its "no existe"."""
    result = await assess(
        {
            "/": page(
                "<ul><li><a href='/ip/15/'>Inciso 15: Subsidios, becas o transferencias</a>"
                "</li></ul>"
            ),
            "/ip/15/": page(
                "<h1>Página no encontrada</h1><p>La página que busca no existe o fue movida.</p>"
                "<p><a href='/'>Volver al inicio</a></p>"
            ),
        }
    )
    verdict = result.verdict("art10.n15")
    assert (verdict.status, verdict.reason) == (
        "broken",
        "the link fails: the page says it was not found",
    )


async def test_files_that_fail_outrank_an_empty_file_of_the_same_item() -> None:
    """A download script's table (exam 29's ``vacios``): one file is empty, the others are a
    script's "ERROR" sent as a PDF. A file matched by its own row apart from the others is
    empty, but the item's files fail: ``broken``."""
    rows = "".join(
        f"<tr><td>Contratos de Arrendamiento {year}</td><td>{size}</td><td><a "
        f"href='/descargar.php?archivo=numeral-19/Contratos-{year}.pdf'>Descargar</a></td></tr>"
        for year, size in (("2026", "0 KB"), ("2025", "199 KB"), ("2024", "311 KB"))
    )
    routes = {
        "/": page(
            "<h2>19 - Contratos de Arrendamiento</h2><table><tr><th>Documento</th><th>Tamaño"
            f"</th><th>Descargar</th></tr>{rows}</table>"
        ),
        "/descargar.php?archivo=numeral-19/Contratos-2026.pdf": Resource(
            b"", 200, "application/pdf"
        ),
    }
    for year in ("2025", "2024"):
        routes[f"/descargar.php?archivo=numeral-19/Contratos-{year}.pdf"] = Resource(
            b"ERROR", 200, "application/pdf"
        )
    result = await assess(routes)
    verdict = result.verdict("art10.n19")
    assert verdict.status == "broken", verdict.reason
    assert "descargar.php?archivo=numeral-19/Contratos-20" in verdict.reason
    assert "not a PDF: it begins 'ERROR'" in verdict.reason


async def test_a_heading_naming_two_numerals_publishes_both() -> None:
    result = await assess(
        {
            "/": page(
                "<h2>Numerales 8 y 22 - Ejecución presupuestaria y compras directas</h2>"
                '<a href="/docs/ejecucion-y-compras-octubre-2026.pdf">Octubre 2026</a>'
                "<h2>Numeral 9 - Depósitos</h2>"
                '<a href="/docs/depositos-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/docs/ejecucion-y-compras-octubre-2026.pdf": pdf(),
            "/docs/depositos-octubre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    for section in ("art10.n08", "art10.n22"):
        verdict = result.verdict(section)
        assert verdict.status == "ok", (section, verdict.reason)
        assert verdict.last_updated == dt.date(2026, 10, 31)
    assert result.verdict("art10.n09").status == "ok"


async def test_a_heading_that_includes_another_numeral_publishes_it_and_keeps_its_own() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>2. Dirección y teléfonos (incluye numeral 3)</h3>"
                '<a href="/docs/directorio-2026.pdf">Directorio telefónico y de empleados 2026</a>'
                "<h4>Art. 10 Num. 3 Directorio de empleados y servidores públicos</h4>"
                '<p>Se publica junto con el numeral 2. <a href="#n2">Ver numeral 2</a></p>'
            ),
            "/docs/directorio-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n02").status == "ok"
    assert result.verdict("art10.n03").status == "ok"


async def test_a_row_for_several_numerals_is_each_ones_and_their_own_rows_refer_to_it() -> None:
    table = (
        "<table><tr><th>No.</th><th>Información</th><th>Archivo</th></tr>"
        "<tr><td>8-9</td><td>Informes mensuales de ejecución presupuestaria; depósitos</td>"
        '<td><a href="/docs/num-8-9-octubre-2026.pdf">Ver</a></td></tr>'
        "<tr><td>9</td><td>Depósitos constituidos con fondos públicos</td>"
        '<td><a href="#fila-8">Ver numeral 8</a></td></tr>'
        "<tr><td>del 14 al 16</td><td>Contratos de mantenimiento; subsidios; licencias</td>"
        '<td><a href="/docs/num-14-16-2026.pdf">Descargar</a></td></tr>'
        "<tr><td>15</td><td>Subsidios, becas o transferencias</td>"
        '<td><a href="#fila-14">Ver numeral 14</a></td></tr>'
        "</table>"
    )
    result = await assess(
        {
            "/": page(table),
            "/docs/num-8-9-octubre-2026.pdf": pdf(),
            "/docs/num-14-16-2026.pdf": Resource(b"gone", 404),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert [result.verdict(f"art10.n{n:02}").status for n in (8, 9)] == ["ok", "ok"]
    # The own row says only where the group is: the group's broken file is its verdict, and the
    # own row is not a document row of the group's.
    assert [result.verdict(f"art10.n{n:02}").status for n in (14, 15, 16)] == ["broken"] * 3


async def test_an_item_listed_after_a_group_continues_the_list() -> None:
    result = await assess(
        {
            "/": page(
                "<h3>Numerales 26 / 28: Archivos y pertenencia sociolingüística</h3>"
                '<a href="/docs/archivo-y-pertenencia-2026.pdf">Informe 2026</a>'
                "<h4>Índice de la información clasificada</h4>"
                '<a href="/docs/indice-clasificada-2026.pdf">Índice 2026</a>'
            ),
            "/docs/archivo-y-pertenencia-2026.pdf": pdf(),
            "/docs/indice-clasificada-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert [result.verdict(f"art10.n{n}").status for n in (26, 27, 28)] == ["ok"] * 3


async def test_a_file_managers_month_folders_are_not_numerals() -> None:
    months = "".join(
        f'<tr><td><a href="/docs/8/2026/{m:02}/">{m:02}</a></td><td>Carpeta</td></tr>'
        for m in range(1, 12)
    )
    named = "".join(
        f'<li><a href="/docs/4/2026/{m:02}/">{m:02}-{name}</a></li>'
        for m, name in ((1, "Enero"), (4, "Abril"), (7, "Julio"), (11, "Noviembre"))
    )
    routes = {
        "/": page(
            '<a href="/docs/8/">Numeral 8 - Informes mensuales de ejecución presupuestaria</a>'
            ' <a href="/docs/4/">Numeral 4 - Remuneraciones</a>'
        ),
        "/docs/8/": page('<h1>Numeral 8</h1><a href="/docs/8/2026/">2026</a>'),
        "/docs/8/2026/": page(f"<h1>2026</h1><table>{months}</table>"),
        "/docs/4/": page(f"<h1>Numeral 4 - Remuneraciones 2026</h1><ul>{named}</ul>"),
        "/transparencia": page("<h1>T</h1>"),
        "/noticias/presupuesto": page("<p>n</p>"),
    }
    for m in range(1, 12):
        routes[f"/docs/8/2026/{m:02}/"] = page(
            f'<a href="/docs/8/2026/{m:02}/ejecucion.pdf">Ejecución mes {m:02}</a>'
        )
        routes[f"/docs/8/2026/{m:02}/ejecucion.pdf"] = pdf()
        routes[f"/docs/4/2026/{m:02}/"] = page(
            f'<a href="/docs/4/2026/{m:02}/nomina.pdf">Nómina mes {m:02}</a>'
        )
        routes[f"/docs/4/2026/{m:02}/nomina.pdf"] = pdf()
    result = await assess(routes)
    assert result.verdict("art10.n08").status == "ok"
    assert result.verdict("art10.n04").status == "ok"
    # "02" and "07-Julio" are months of numeral 8 and 4, not numerals 2 and 7.
    for section in ("art10.n02", "art10.n07", "art10.n11"):
        verdict = result.verdict(section)
        assert verdict.status == "missing", (section, verdict)


async def test_a_blogs_categories_named_for_items_are_read_and_its_sidebar_is_navigation() -> None:
    sidebar = (
        '<aside class="widget"><h2>Categorías</h2><ul>'
        + "".join(
            f'<li><a href="/category/numeral-{n}/">Numeral {n} - {label}</a></li>'
            for n, label in ((13, "Inventario de bienes"), (16, "Contratos y licencias"))
        )
        + "</ul></aside>"
    )
    posts = "".join(
        f'<article><h2><a href="/2026/11/0{d}/aviso-{d}/">Aviso {d}</a></h2></article>'
        for d in range(1, 6)
    )
    routes = {
        "/": page(f"<h1>Inicio</h1>{posts}{sidebar}"),
        "/category/numeral-13/": page(
            '<h1>Numeral 13 - Inventario de bienes</h1><article><h2><a href="/2026/01/15/'
            f'inventario-2026/">Inventario de bienes 2026</a></h2></article>{sidebar}'
        ),
        "/2026/01/15/inventario-2026/": page(
            "<h1>Inventario de bienes 2026</h1>"
            f'<a href="/files/inventario-2026.pdf">Descargar</a>{sidebar}'
        ),
        "/files/inventario-2026.pdf": pdf(),
        "/category/numeral-16/": page(
            '<h1>Numeral 16 - Contratos y licencias</h1><article><h2><a href="/2026/03/05/'
            f'contratos-1/">Contratos 1</a></h2></article>{sidebar}'
        ),
        "/2026/03/05/contratos-1/": page(
            f'<h1>Contratos 1</h1><a href="/files/contratos-2026.pdf">Contratos 2026</a>{sidebar}'
        ),
        "/files/contratos-2026.pdf": pdf(),
        "/transparencia": page(f"<h1>T</h1>{sidebar}"),
        "/noticias/presupuesto": page(f"<p>n</p>{sidebar}"),
    }
    for d in range(1, 6):
        routes[f"/2026/11/0{d}/aviso-{d}/"] = page(f"<h1>Aviso {d}</h1><p>Feria.</p>{sidebar}")
    result = await assess(routes)
    for section in ("art10.n13", "art10.n16"):
        verdict = result.verdict(section)
        assert verdict.status == "ok", (section, verdict)
        assert verdict.url is not None and "/category/numeral-" in verdict.url


async def test_a_link_resembling_an_item_leads_to_a_page_that_says_by_number_whose_it_is() -> None:
    result = await assess(
        {
            "/": page(
                '<h2><a href="/datos/numeral-8">Numeral 8 - Ejecución presupuestaria</a></h2>'
                '<h2><a href="/datos/numeral-9">Numeral 9 - Depósitos</a></h2>'
            ),
            "/datos/numeral-8": page(
                '<h1>Numeral 8</h1><a href="/files/ejecucion-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/files/ejecucion-octubre-2026.pdf": Resource(b"gone", 404),
            "/datos/numeral-9": page(
                '<h1>Numeral 9</h1><a href="/datos/recurso/1">Ejecución Presupuestaria Egresos'
                " Ejercicio... PDF</a>"
            ),
            "/datos/recurso/1": page(
                "<h1>Ejecución Presupuestaria Egresos Ejercicio Fiscal 2026 Mes de OCTUBRE"
                " Artículo 10 Numeral 9</h1>"
                '<a href="/files/depositos-octubre-2026.pdf">Descargar</a>'
            ),
            "/files/depositos-octubre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n08").status == "broken"
    assert result.verdict("art10.n09").status == "ok"


async def test_another_bodys_section_on_the_municipalitys_site_is_not_the_municipalitys() -> None:
    menu = (
        '<ul><li><a href="/ip/municipalidad/">Municipalidad de San Felipe</a></li>'
        '<li><a href="/ip/empagua/">Empresa Municipal de Agua</a></li>'
        '<li><a href="/ip/metropoli/">Mancomunidad de Municipios Metrópoli de Los Altos</a></li>'
        '<li><a href="/ip/todo/">Portal de Acceso a la Información Pública</a></li></ul>'
    )
    result = await assess(
        {
            "/": page(f"<h1>Información Pública</h1>{menu}"),
            "/ip/municipalidad/": page(
                "<h1>Información Pública de Oficio - Municipalidad de San Felipe</h1>"
                "<h2>Numeral 8</h2><p>En proceso de actualización.</p>"
                "<h2>Numeral 9</h2>"
                '<a href="/files/muni/depositos-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/files/muni/depositos-octubre-2026.pdf": pdf(),
            "/ip/empagua/": page(
                "<h1>Empresa Municipal de Agua - Información Pública de Oficio</h1>"
                '<a href="/ip/empagua/numeral-8/">Numeral 8 - Ejecución presupuestaria</a>'
            ),
            "/ip/empagua/numeral-8/": page(
                "<h1>Artículo 10 Numeral 8</h1>"
                '<a href="/files/empagua/ejecucion-octubre-2026.pdf">Octubre 2026</a>'
            ),
            "/files/empagua/ejecucion-octubre-2026.pdf": pdf(),
            "/ip/metropoli/": page(
                "<h1>Mancomunidad de Municipios Metrópoli de Los Altos</h1><p>Siete municipios.</p>"
            ),
            "/ip/todo/": page(
                "<h1>Portal de Acceso a la Información Pública</h1>"
                "<h2>Metrópoli de Los Altos: Información Pública de Oficio</h2>"
                '<h3>Numeral 22 - Compras directas</h3><a href="/files/m/compras-2026.pdf">'
                "Compras octubre 2026</a>"
                "<h2>Municipalidad de San Felipe</h2>"
                '<h3>Numeral 13 - Inventario</h3><a href="/files/m/inventario-2026.pdf">2026</a>'
            ),
            "/files/m/compras-2026.pdf": pdf(),
            "/files/m/inventario-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n08").status == "empty"  # EMPAGUA's report is EMPAGUA's
    assert result.verdict("art10.n09").status == "ok"
    assert result.verdict("art10.n22").status == "missing"  # the mancomunidad's purchases
    assert result.verdict("art10.n13").status == "ok"  # back under the municipality's name


async def test_a_note_on_how_documents_are_published_is_not_content_when_they_are_gone() -> None:
    # The note of munipalestinadelosaltos.gob.gt's numeral pages, beside files that are gone.
    result = await assess(
        {
            "/": page(
                '<h1>Inicio</h1><a href="/ip/14">Numeral 14 - Contratos de mantenimiento</a>'
            ),
            "/ip/14": page(
                "<h1>Numeral 14 - Contratos de mantenimiento</h1>"
                "<p>NOTA: Estos contratos no se generan de manera mensual o anual, por lo tanto, "
                "se publican los documentos vigentes aprobados por el Concejo Municipal. Base "
                "Legal: Código Municipal Art. 35 y Decreto 57-2008 Art. 7</p>"
                '<ul><li><a href="/files/contratos-2016.pdf">Contratos 2016</a></li></ul>'
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n14").status == "broken"


async def test_the_day_a_report_was_put_up_does_not_make_its_period_current() -> None:
    # TODAY is 24 November: a monthly item needs October or November.
    header = (
        "<tr><th>No.</th><th>Documento</th><th>Período</th><th>Fecha de publicación</th>"
        "<th></th></tr>"
    )
    result = await assess(
        {
            "/": page(
                "<h1>Información pública</h1><h2>Numeral 9 - Depósitos con fondos públicos</h2>"
                f"<table>{header}<tr><td>1</td><td>Depósitos</td><td>Septiembre 2026</td>"
                '<td>05/11/2026</td><td><a href="/f/9.pdf">Descargar</a></td></tr></table>'
                "<h2>Numeral 10 - Cotizaciones y licitaciones</h2>"
                '<ul><li><a href="/f/10.pdf">Cotizaciones III Trimestre 2026</a></li></ul>'
                "<h2>Numeral 12 - Viajes</h2><table><tr><th>Nombre</th><th>Modificado</th></tr>"
                '<tr><td><a href="/biblioteca/12/">Viajes nacionales e internacionales</a></td>'
                "<td>20/11/2026</td></tr></table>"
            ),
            "/f/9.pdf": pdf(),
            "/f/10.pdf": pdf(last_modified=dt.datetime(2026, 11, 20, tzinfo=dt.UTC).timestamp()),
            "/biblioteca/12/": page(
                '<h1>Viajes</h1><a href="/f/12.pdf">Viajes del 01/09/2026 al 30/09/2026</a>'
            ),
            "/f/12.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n09").status == "outdated"  # September, put up in November
    assert result.verdict("art10.n10").status == "outdated"  # the third quarter ends in September
    assert result.verdict("art10.n12").status == "outdated"  # the folder changed in November


async def test_periods_marked_pending_are_not_published() -> None:
    # TODAY is 24 November; the newest report published is September's.
    def card(period: str, published: str, link: str = "") -> str:
        return (
            f'<div class="card"><h5>Depósitos {period}</h5><p><strong>Período:</strong> '
            f"{period}</p><p><strong>Fecha de publicación:</strong> {published}</p>{link}</div>"
        )

    result = await assess(
        {
            "/": page(
                '<h1>Información pública</h1><a href="/ip/9">Numeral 9 - Depósitos</a>'
                "<h2>Numeral 4 - Dietas</h2><table><tr><th>Documento</th><th>Fecha</th><th></th>"
                "</tr><tr><td>Dietas Noviembre 2026</td><td>Pendiente</td><td>--</td></tr>"
                "<tr><td>Dietas Octubre 2026</td><td>Pendiente</td><td>--</td></tr>"
                '<tr><td>Dietas Septiembre 2026</td><td>12/10/2026</td><td><a href="/f/4.pdf">'
                "Descargar</a></td></tr></table>"
            ),
            "/ip/9": page(
                "<h1>Numeral 9 - Depósitos con fondos públicos</h1>"
                + card("Noviembre 2026", "Pendiente")
                + card("Octubre 2026", "Pendiente")
                + card(
                    "Septiembre 2026",
                    "10/10/2026",
                    '<a href="/f/depositos-septiembre-2026.pdf">Descargar</a>',
                )
            ),
            "/f/4.pdf": pdf(),
            "/f/depositos-septiembre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n04").status == "outdated"
    assert result.verdict("art10.n09").status == "outdated"


async def test_year_headings_under_an_accordions_title_hold_its_files() -> None:
    # Elementor's toggle (munipalestinadelosaltos.gob.gt): the title a link, the years <h5>.
    def toggle(title: str, body: str) -> str:
        return (
            '<div class="elementor-toggle-item"><div class="elementor-toggle-title">'
            f'<a class="elementor-toggle-title" href="#">{title}</a></div>'
            f'<div class="elementor-tab-content">{body}</div></div>'
        )

    result = await assess(
        {
            "/": page(
                "<h1>Información Pública</h1>"
                + toggle(
                    "La información relacionada a los contratos, licencias o concesiones para el "
                    "usufructo o explotación de bienes del Estado.",
                    '<h5>2026</h5><ul><li><a href="/f/contratos-2026.pdf">CONTRATOS 2026</a>'
                    '</li></ul><h5>2024</h5><ul><li><a href="/f/contratos-2024.pdf">'
                    "CONTRATOS 2024</a></li></ul>",
                )
                + toggle(
                    "Los informes mensuales de ejecución presupuestaria de todos los renglones y "
                    "de todas las unidades, tanto operativas como administrativas de la entidad.",
                    "<p>En proceso de actualización.</p>",
                )
            ),
            "/f/contratos-2026.pdf": pdf(),
            "/f/contratos-2024.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n16").status == "ok"
    assert result.verdict("art10.n08").status == "empty"


async def test_files_naming_their_months_are_not_dated_by_their_folders_year() -> None:
    # A Phoca Download category "… 2026" holding the reports up to February 2026, on 24 Nov.
    rows = "".join(
        f"<tr><td>{n}</td><td>Ejecución Presupuestaria Egresos Ejercicio Fiscal {year} Mes de "
        f"{month} Artículo 10 Numeral 18</td><td>08/0{n}/2026</td>"
        f'<td><a href="/f/obras-{n}.pdf">Descargar</a></td></tr>'
        for n, (month, year) in enumerate([("FEBRERO", 2026), ("DICIEMBRE", 2025)], start=1)
    )
    routes = {
        "/": page('<h1>Inicio</h1><a href="/obras-2026">Numeral 18 - Obras en ejecución</a>'),
        "/obras-2026": page(
            "<h1>Obras en ejecución 2026</h1><table><tr><th>No.</th><th>Descripción</th>"
            f"<th>Fecha de publicación</th><th>Descargar</th></tr>{rows}</table>"
        ),
        "/transparencia": page("<h1>T</h1>"),
        "/noticias/presupuesto": page("<p>n</p>"),
    }
    routes |= {f"/f/obras-{n}.pdf": pdf(last_modified=1_795_000_000.0) for n in (1, 2)}
    verdict = (await assess(routes)).verdict("art10.n18")
    assert verdict.status == "outdated", verdict.reason


async def test_a_widget_of_the_sites_newest_files_is_not_the_items() -> None:
    # WordPress Download Manager's "Últimas descargas" widget, placed in each item's page.
    widget = (
        '<div class="widget widget_wpdm_newdownloads"><h2 class="widgettitle">Últimas descargas'
        '</h2><div class="media"><a href="/f/depositos-noviembre-2026.pdf">Depósitos Noviembre '
        "2026 Artículo 10 Numeral 9</a></div></div>"
    )
    result = await assess(
        {
            "/": page(
                '<h1>Inicio</h1><a href="/ip/12">Numeral 12 - Viajes</a>'
                ' <a href="/ip/13">Numeral 13 - Inventario</a>'
            ),
            "/ip/12": page(
                "<h1>Numeral 12 - Viajes</h1>"
                '<ul><li><a href="/f/viajes-julio-2026.pdf">Viajes Julio 2026</a></li></ul>'
                + widget
            ),
            "/ip/13": page("<h1>Numeral 13 - Inventario</h1><p>No hay información.</p>" + widget),
            "/f/viajes-julio-2026.pdf": pdf(),
            "/f/depositos-noviembre-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n12").status == "outdated"
    assert result.verdict("art10.n13").status == "empty"


async def test_the_sites_featured_files_on_every_page_do_not_hide_an_items_own() -> None:
    # A widget of featured downloads on every page, before the item's own list (exam 39): the
    # item's file, featured too, is no menu link for being on every page.
    widget = (
        '<div class="widget"><h5>Descargas destacadas</h5><ul>'
        '<li><a href="/download/51/">Contrataciones Noviembre 2026 (0 descargas)</a></li>'
        '<li><a href="/download/60/">Compras directas Noviembre 2026 (3 descargas)</a></li></ul>'
        "</div>"
    )
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/ip/11">Numeral 11 - Contrataciones</a>' + widget),
            "/ip/11": page(
                "<h1>Numeral 11 - Contrataciones de bienes y servicios</h1>"
                + widget
                + '<h2>Documentos</h2><ul><li><a href="/download/51/">Contrataciones Noviembre '
                "2026 (0 descargas)</a></li></ul>"
            ),
            "/download/51/": pdf(),
            "/download/60/": pdf(),
            "/transparencia": page("<h1>T</h1>" + widget),
            "/noticias/presupuesto": page("<p>n</p>" + widget),
        }
    )
    verdict = result.verdict("art10.n11")
    assert verdict.status == "ok", verdict.reason


@pytest.mark.parametrize(
    "newest",
    [
        '<aside><h3>Últimas descargas</h3><a href="/f/viajes-noviembre-2026.pdf">Viajes '
        "Noviembre 2026</a></aside>",
        '<div class="ticker"><strong>Novedades</strong> <marquee><a href="/f/viajes-noviembre-'
        '2026.pdf">Viajes Noviembre 2026</a> (24/11/2026)</marquee></div>',
    ],
    ids=["sidebar", "ticker"],
)
async def test_the_sites_newest_files_in_its_template_do_not_hide_an_items_own(
    newest: str,
) -> None:
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/ip/12">Numeral 12 - Viajes</a>' + newest),
            "/ip/12": page(
                "<h1>Numeral 12 - Viajes</h1><ul>"
                '<li><a href="/f/viajes-noviembre-2026.pdf">Viajes Noviembre 2026</a></li>'
                '<li><a href="/f/viajes-julio-2026.pdf">Viajes Julio 2026</a></li></ul>' + newest
            ),
            "/f/viajes-noviembre-2026.pdf": pdf(),
            "/f/viajes-julio-2026.pdf": pdf(),
            "/transparencia": page("<h1>T</h1>" + newest),
            "/noticias/presupuesto": page("<p>n</p>" + newest),
        }
    )
    verdict = result.verdict("art10.n12")
    assert verdict.status == "ok", verdict.reason


async def test_a_files_heading_on_an_items_own_page_is_that_items() -> None:
    # "Archivos" is a label of numeral 26 (the archive's report), two numerals after 24: under
    # the page's own title it is the item's files, not the next items of a list.
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/ip/24">Art. 10 Num. 24 Entidades</a>'),
            "/ip/24": page(
                "<h1>Art. 10 Num. 24 ENTIDADES INTERNACIONALES</h1><h2>Archivos</h2><ul>"
                '<li><a href="/download/311/">Entidades Internacionales 2026</a></li></ul>'
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n24").status == "broken"
    assert result.verdict("art10.n26").status == "missing"


async def test_a_folder_named_no_aplica_declares_its_item() -> None:
    # A folder for an item the body does not have, named so; nginx's autoindex cuts the name
    # in the listing (exam 40), the folder's own page says it whole.
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/laip/">Artículo 10</a>'),
            "/laip/": page(
                '<h1>Index of /laip/</h1><pre><a href="../">../</a>\n<a href="NUMERAL%2024%20-'
                '%20ENTIDADES%20INTERNACIONALES%20-%20NO%20APLICA/">NUMERAL 24 - ENTIDADES '
                "INTERNACIONALE..&gt;</a>  20-Mar-2025 08:52  -\n</pre>"
            ),
            "/laip/NUMERAL 24 - ENTIDADES INTERNACIONALES - NO APLICA/": page(
                "<h1>Index of /laip/NUMERAL 24 - ENTIDADES INTERNACIONALES - NO APLICA/</h1><pre>"
                '<a href="../">../</a>\n</pre>'
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n24")
    assert verdict.status == "not_applicable", verdict.reason


async def test_a_file_in_an_item_s_year_folder_is_that_item_s_whatever_its_name_says() -> None:
    # SENABED's folder browser (exam 53): "04. DIETAS / 2026" holds files whose cut names read
    # as budget execution reports; they are numeral 4's, and numeral 8 has no folder at all.
    name = "Ejecucion-Presupuestaria-Egresos-Ejercicio-Fiscal-2026-Mes-de-NOVIEMBRE-Articulo.pdf"
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/ipo/">Información Pública de Oficio</a>'),
            "/ipo/": page(
                '<h1>Artículo 10</h1><ul><li><a href="/ipo/04/">04. DIETAS</a></li></ul>'
            ),
            "/ipo/04/": page('<h1>04. DIETAS</h1><table><tr><td><a href="/ipo/04/2026/">2026</a>'),
            "/ipo/04/2026/": page(
                '<h1>2026</h1><p><a href="/ipo/">Repositorio</a> / <a href="/ipo/04/">04. '
                "DIETAS</a> / 2026</p><table><tr><th>Nombre</th><th>Tamaño</th><th>Modificado"
                f'</th></tr><tr><td><a href="/f/{name}">{name}</a></td><td>3057 KB</td><td>'
                "04/11/2026 15:14</td></tr></table>"
            ),
            f"/f/{name}": pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert result.verdict("art10.n04").status == "ok"
    assert result.verdict("art10.n08").status == "missing"


async def test_a_download_s_row_says_whose_file_it_is_before_the_file_s_name() -> None:
    # mvc.gob.gt's lines (exam 53) on a page whose heading names no item: "Descargar" in a line
    # naming numeral 12, whose file's cut, counted name ("…-Articulo-10--2.pdf", WordPress's
    # "-2" for a second file of the same cut name) reads as "Artículo 10 - 2".
    name = (
        "Ejecucion-Presupuestaria-Egresos-Ejercicio-Fiscal-2026-Mes-de-OCTUBRE-Articulo-10--2.pdf"
    )
    result = await assess(
        {
            "/": page(
                '<h1>Inicio</h1><a href="/ipo/2-direccion/">Numeral 2 - Dirección y Teléfonos</a>'
                ' <a href="/ipo/12-viajes/">Numeral 12 - Viajes nacionales e internacionales</a>'
            ),
            "/ipo/2-direccion/": page(
                "<h1>Dirección y Teléfonos</h1><p>Dirección y teléfonos de la entidad y de todas "
                "las dependencias que la conforman.</p>"
            ),
            "/ipo/12-viajes/": page(
                "<h1>Documentos publicados</h1><ul><li>Ejecución Presupuestaria Egresos Ejercicio "
                "Fiscal 2026 Mes de OCTUBRE Artículo 10 Numeral 12 — "
                f'<a href="/f/{name}" class="boton">Descargar</a></li></ul>'
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )  # the file fails to open
    assert result.verdict("art10.n12").status == "broken"
    assert result.verdict("art10.n02").status == "empty"


async def test_a_mancomunidad_s_own_portal_publishes_its_own_items() -> None:
    # A sujeto obligado other than a municipality on its own site (exam 56's Weebly portal of the
    # Mancomunidad de Municipios de Palestina de Los Altos): every title names the mancomunidad.
    site = "Mancomunidad de Municipios de Palestina de Los Altos"

    def titled(title: str, body: str) -> Resource:
        html = f"<html><head><title>{title} - {site}</title></head><body><main>{body}</main>"
        return Resource(f"{html}</body></html>".encode(), 200)

    result = await assess(
        {
            "/": titled(site, '<h1>Inicio</h1><a href="/transparencia.html">Transparencia</a>'),
            "/transparencia.html": titled(
                "Transparencia",
                '<h2>Transparencia</h2><a href="/estructura-1.html">Numeral 1 - Estructura '
                'orgánica y funciones</a> <a href="/inventario-13.html">Numeral 13 - Inventario '
                "de bienes</a>",
            ),
            "/estructura-1.html": titled(
                "Numeral 1 - Estructura orgánica y funciones",
                "<h2>Numeral 1 - Estructura orgánica y funciones</h2>"
                '<a href="/uploads/1/4/8/8/148812/organigrama_2026.pdf">Organigrama 2026</a>',
            ),
            "/uploads/1/4/8/8/148812/organigrama_2026.pdf": pdf(),
            "/inventario-13.html": titled(
                "Numeral 13 - Inventario de bienes", "<h2>Numeral 13 - Inventario de bienes</h2>"
            ),
        }
    )
    assert [result.verdict(f"art10.n{n:02d}").status for n in (1, 13)] == ["ok", "empty"]


_PASSWORD_FORM = (
    '<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">'
    "<p>Este contenido está protegido por contraseña. Para verlo, por favor, introduce tu"
    ' contraseña a continuación:</p><p><label for="pwbox-88">Contraseña: <input'
    ' name="post_password" id="pwbox-88" type="password" size="20"></label> <input'
    ' type="submit" name="Submit" value="Entrar"></p></form>'
)


async def test_an_items_page_behind_a_password_is_broken_not_its_forms_text() -> None:
    # A password-protected WordPress page where the item's page should be (exam 63): its form's
    # words are not the item's text, and a citizen gets nothing of it.
    result = await assess(
        {
            "/": page('<a href="/ipo/">Información pública de oficio</a>'),
            "/ipo/": page(
                '<ul><li><a href="/ipo/remuneraciones-4/">Art. 10 Num. 4 Remuneraciones del'
                ' personal</a></li><li><a href="/ipo/viajes-12/">Art. 10 Num. 12 Viajes'
                " nacionales e internacionales</a></li></ul>"
            ),
            "/ipo/remuneraciones-4/": page(
                f"<h1>Protegido: Art. 10 Num. 4 Remuneraciones del personal</h1>{_PASSWORD_FORM}"
            ),
            "/ipo/viajes-12/": page(
                "<h1>Art. 10 Num. 12 Viajes nacionales e internacionales</h1>"
                '<a href="/wp-content/uploads/2026/11/viajes-octubre-2026.pdf">Viajes octubre'
                " 2026</a>"
            ),
            "/wp-content/uploads/2026/11/viajes-octubre-2026.pdf": pdf(),
        }
    )
    gated = result.verdict("art10.n04")
    assert (gated.status, gated.reason) == ("broken", GATED)
    assert result.verdict("art10.n12").status == "ok"


async def test_a_locked_download_fails_only_an_item_without_an_open_one() -> None:
    def package(title: str, href: str, locked: bool) -> str:
        css = "wpdm-download-link wpdm-download-locked" if locked else "wpdm-download-link"
        return (
            f'<div class="card"><h4 class="package-title">{title}</h4><a class="{css}"'
            f' href="{href}">Descargar</a></div>'
        )

    result = await assess(
        {
            "/": page('<a href="/transparencia/">Transparencia</a>'),
            "/transparencia/": page(
                "<h2>Numeral 8 Ejecución presupuestaria</h2>"
                + package("Ejecución presupuestaria octubre 2026", "#pkg_31_6a1f", locked=True)
                + "<h2>Numeral 22 Compras directas</h2>"
                + package("Compras directas septiembre 2026", "#pkg_32_77c0", locked=True)
                + package(
                    "Compras directas octubre 2026",
                    "/download/compras-directas-octubre-2026/?wpdmdl=33",
                    locked=False,
                )
            ),
            "/download/compras-directas-octubre-2026/?wpdmdl=33": pdf(),
        }
    )
    locked = result.verdict("art10.n08")
    assert (locked.status, locked.reason) == ("broken", GATED)
    assert result.verdict("art10.n22").status == "ok"


async def test_the_next_entry_of_a_menu_of_pages_is_not_the_items_content() -> None:
    # Honduras' Portal Único "Regulación" page (exam 65): a list of sub-sections, each a link
    # to its page; the law's page after "Inciso 27" holds the law, not the reserved index.
    result = await assess(
        {
            "/": page('<a href="/portal/regulacion">Regulación</a>'),
            "/portal/regulacion": page(
                '<h1>Regulación</h1><ul class="sub-apartados">'
                '<li><a href="/portal/regulacion/reservada-27">Inciso 27: Índice de Información'
                " Reservada</a></li>"
                '<li><a href="/portal/regulacion/ley">Ley de Acceso a la Información Pública'
                "</a></li></ul>"
            ),
            "/portal/regulacion/reservada-27": page(
                "<h1>Índice de Información Reservada</h1><p>La municipalidad no cuenta con"
                " información clasificada como reservada, por lo que este inciso no aplica.</p>"
            ),
            "/portal/regulacion/ley": page(
                '<h1>Ley de Acceso a la Información Pública</h1><a href="/docs/ley.pdf">Ver</a>'
                ' <a href="/docs/ley.pdf">Descargar</a>'
            ),
            "/docs/ley.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n27").status == "not_applicable"


async def test_a_title_end_every_page_shares_is_the_sites_name_not_an_office_page() -> None:
    # INGUAT's information site (exam 66): the home page is the institute's, every page of the
    # information site is titled "… - Unidad de Información Pública - INGUAT"; its year page's
    # rows name items by their words alone.
    def titled_page(title: str, body: str) -> Resource:
        return titled(f"{title} - Unidad de Información Pública - INGUAT", body)

    result = await assess(
        {
            "/": titled(
                "Instituto Guatemalteco de Turismo -INGUAT-",
                '<a href="/uip/articulo-10-2026">Información Pública de Oficio</a>'
                ' <a href="/uip/solicitudes">Solicitudes</a> <a href="/uip/contacto">Contacto</a>',
            ),
            "/uip/solicitudes": titled_page("Solicitudes", "<p>Formulario de solicitud.</p>"),
            "/uip/contacto": titled_page("Contacto", "<p>7a. Avenida 1-17, zona 4.</p>"),
            "/uip/articulo-10-2026": titled_page(
                "Artículo 10 2026",
                "<table><tr><th>Numeral</th><th>Descripción</th><th>Documentos</th></tr>"
                "<tr><td>12</td><td><strong>Listado de Viajes</strong></td><td>El INGUAT no"
                " maneja este tipo de información, por lo tanto no aplica.</td></tr></table>",
            ),
        }
    )
    assert result.verdict("art10.n12").status == "not_applicable"


async def test_an_item_named_by_a_one_line_list_over_its_documents_is_found() -> None:
    # Ixcán's office page (exam 69): the Word-pasted "- " lists name items by their words.
    def named(label: str, links: str) -> str:
        return f"<ul style=\"list-style-type:'- '\"><li>{label}</li></ul><ul>{links}</ul>"

    result = await assess(
        {
            "/": page('<a href="/?page_id=93">Información Pública de Oficio</a>'),
            "/?page_id=93": page(
                "<h1>Información Pública de Oficio</h1>"
                + named(
                    "listado de empresas precalificadas",
                    '<li><a href="/wp-content/uploads/2026/03/doc-311.pdf">Marzo 2026</a></li>',
                )
                + named(
                    "Informes de Auditoría",
                    '<li><a href="/wp-content/uploads/2026/05/doc-327.pdf">Mayo 2026</a></li>',
                )
            ),
            "/wp-content/uploads/2026/03/doc-311.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n17").status == "ok"
    assert result.verdict("art10.n23").status == "broken"


PHP_NOTICE = (
    "<br />\n<b>Notice</b>:  Undefined index: anio in <b>/home/muni/public_html/wp-content/"
    "themes/sydney/functions.php</b> on line <b>976</b><br />\n"
)
PHP_DEPRECATED = (
    "<br />\n<b>Deprecated</b>:  strpos(): Passing null to parameter #1 ($haystack) of type "
    "string is deprecated in <b>/home/muni/public_html/wp-content/plugins/elementor/"
    "elementor.php</b> on line <b>197</b><br />\n"
)


async def test_phps_warnings_are_not_the_bodys_words() -> None:
    """PHP's notices printed into the page (exam 70's ``avisos``; the messages as PHP 7 and 8
    print them, https://www.yireo.com/tutorials/joomla/joomla-administration/1716-things-any-
    joomla-admin-should-know) are no text of the item's: a section holding only the law's words
    and such lines is empty, one whose files fail is broken."""
    result = await assess(
        {
            "/": page(
                f"{PHP_DEPRECATED}<h2>03 - Directorio de empleados y servidores públicos</h2>"
                f"{PHP_NOTICE}<p>Directorio de empleados y servidores públicos, incluyendo números"
                f" de teléfono y direcciones de correo electrónico oficiales.</p>{PHP_DEPRECATED}"
                "<h2>13. Inventario de bienes</h2><ul><li><a href='/files/inventario-2026.pdf'>"
                f"Inventario de bienes muebles e inmuebles 2026</a></li>{PHP_NOTICE}</ul>"
            ),
        }
    )
    directory = result.verdict("art10.n03")
    assert directory.status == "empty", directory.reason
    inventory = result.verdict("art10.n13")
    assert inventory.status == "broken", inventory.reason


async def test_a_server_error_where_the_items_list_should_be_is_a_broken_item() -> None:
    """Where the documents should be, a database error (PDO's, MySQL's through a PHP warning)
    or a deactivated plugin's shortcode: the item's content failed on the server (exam 70). A
    viewer's shortcode naming its file still shows that file."""
    result = await assess(
        {
            "/": page(
                "<h2>Numeral 22 - Compras directas</h2><p>SQLSTATE[HY000] [2002] Connection "
                "refused</p><h2>Numeral 21 - Fideicomisos</h2><br />\n<b>Warning</b>:  "
                "mysqli_query(): (HY000/2006): MySQL server has gone away in <b>/home/muni/"
                "public_html/wp-content/plugins/download-manager/download-manager.php</b> on line"
                " <b>608</b><br />\n<h2><a href='/transparencia/numeral-25/'>25. Organizaciones "
                "No Gubernamentales</a></h2><h2>Art. 10 Num. 27 Índice de Información "
                "Reservada</h2><p>[pdf-embedder url=&quot;/wp-content/uploads/2026/03/Indice-de-"
                "la-informacion-clasificada-2026.pdf&quot; title=&quot;Índice de la información "
                "clasificada 2026&quot;]</p>"
            ),
            # The item's own page, its files under "Archivos" (exam 70's ``critico``).
            "/transparencia/numeral-25/": titled(
                "25. Organizaciones No Gubernamentales",
                "<h1>25. Organizaciones No Gubernamentales</h1><p>En caso de las organizaciones"
                " no gubernamentales, fundaciones, asociaciones y otras entidades de carácter "
                "privado que administren fondos públicos…</p><h3>Archivos</h3><p>[wpdm_package "
                "id='3005']</p>",
            ),
            "/wp-content/uploads/2026/03/Indice-de-la-informacion-clasificada-2026.pdf": pdf(),
        }
    )
    purchases = result.verdict("art10.n22")
    assert purchases.status == "broken", purchases.reason
    assert purchases.reason == f"{FAILED_ON_THE_SERVER} (SQLSTATE[HY000] [2002] Connection refused)"
    assert result.verdict("art10.n21").status == "broken"
    assert result.verdict("art10.n25").status == "broken"
    assert result.verdict("art10.n26").status == "missing"  # "Archivos" is numeral 25's files
    index = result.verdict("art10.n27")
    assert index.status == "ok", index.reason
    assert index.reason.startswith("holds 1 document(s)"), index.reason


async def test_items_after_phps_fatal_error_are_not_known_missing() -> None:
    """PHP's fatal error stops a page listing the items (exam 70's ``tabla``): what would have
    come after it was never printed, so an item found nowhere is unknown, not missing; an item
    printed whole before it keeps its verdict, and one whose own page stops at it is broken."""
    fatal = (
        "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to"
        " allocate 20480 bytes) in <b>/home/muni/public_html/includes/conexion.php</b> on line "
        "<b>292</b><br />\n"
    )
    result = await assess(
        {
            "/": page("<a href='/laip/articulo10.php'>Información pública de oficio</a>"),
            "/laip/articulo10.php": page(
                "<table><tr><th>No.</th><th>Información</th><th>Documentos</th></tr>"
                "<tr><td>12</td><td>Numeral 12 - Viajes nacionales e internacionales</td><td>"
                "<a href='/docs/viajes-octubre-2026.pdf'>Viajes Octubre 2026</a></td></tr>"
                "<tr><td>13</td><td><a href='/laip/numeral13.php'>Numeral 13 - Inventario de "
                f"bienes</a></td><td>—</td></tr><tr><td>{fatal}"
            ),
            "/laip/numeral13.php": page(f"<h1>Numeral 13 - Inventario de bienes</h1>{fatal}"),
            "/docs/viajes-octubre-2026.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n12").status == "ok"
    assert result.verdict("art10.n13").status == "broken"
    later = result.verdict("art10.n22")
    assert later.status == "unknown", later.reason
    assert f"/laip/articulo10.php {STOPPED_BY_AN_ERROR} (Fatal error" in later.reason


async def test_a_file_the_body_withdrew_is_not_published() -> None:
    """A file its line or row marks withdrawn ("ANULADO", "Documento anulado, pendiente de
    publicar la versión corregida", exam 74) publishes nothing, nor does its row date the item; a
    report about annulled things ("Listado de cheques anulados") is a report."""
    result = await assess(
        {
            "/": page(
                "<h2>03 - Directorio de empleados y servidores públicos</h2><ul><li><s><a href="
                "'/files/directorio-noviembre-2026.pdf'>Directorio de empleados y servidores "
                "públicos Noviembre 2026</a> (2,3 MB)</s> <strong>ANULADO</strong></li></ul>"
                "<h2>8. Informes mensuales de ejecución presupuestaria</h2><ul><li><a href="
                "'/files/cheques-anulados-octubre-2026.pdf'>Listado de cheques anulados Octubre "
                "2026</a></li></ul><h2>22 - Listado de compras directas</h2><table><tr><th>No.</th>"
                "<th>Documento</th><th>Observaciones</th><th>Descargar</th></tr><tr><td>1</td><td>"
                "Listado de Compras Directas Octubre 2026</td><td>Documento anulado, pendiente de "
                "publicar la versión corregida</td><td><a href='/files/cd-octubre-2026.pdf'>"
                "Descargar</a></td></tr><tr><td>2</td><td>Listado de Compras Directas Agosto 2025"
                "</td><td></td><td><a href='/files/cd-agosto-2025.pdf'>Descargar</a></td></tr>"
                "</table>"
            ),
            "/files/directorio-noviembre-2026.pdf": pdf(),
            "/files/cheques-anulados-octubre-2026.pdf": pdf(),
            "/files/cd-octubre-2026.pdf": pdf(),
            "/files/cd-agosto-2025.pdf": pdf(),
        }
    )
    directory = result.verdict("art10.n03")
    assert directory.status == "empty", directory.reason
    assert result.verdict("art10.n08").status == "ok"
    purchases = result.verdict("art10.n22")
    assert (purchases.status, purchases.last_updated) == ("outdated", dt.date(2025, 8, 31)), (
        purchases.reason
    )
