"""Items published by posts (exams 55 and 57): a communiqué or a news post naming the item it
attaches a file for, a feed whose posts' lines are split only by ``<br>``, a post page of its own.

Wording from the posts recorded in ``tests/compliance/exam57/wording.toml`` (Custom Facebook
Feed's markup, Salcajá's and Totonicapán's "La Unidad de Información Pública Municipal informa a
la población") and ``exam55/wording.toml``.
"""

from __future__ import annotations

from monitor.compliance.page import parse_page
from tests.compliance.fleet.server import Resource
from tests.compliance.test_judge import assess, page, pdf

BASE = "http://muni.laip.gt/muro/"


def communique(number: str, body: str) -> str:
    return (
        f"<h1>Publicación de información pública de oficio</h1><h2>COMUNICADO NO. {number}</h2>"
        '<p class="fecha">Salcajá, 20 de noviembre de 2026</p><p>La Municipalidad de Salcajá, a '
        "través de la Unidad de Información Pública Municipal, informa a la población:</p>"
        f"{body}"
    )


async def test_a_communique_publishes_the_one_item_its_words_name() -> None:
    viajes = "/archivos/2026/Listado-de-Viajes-Noviembre-2026.pdf"
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/comunicados/">Comunicados</a>'),
            "/comunicados/": page(
                "<table><tr><th>Comunicado</th><th>Asunto</th><th>Ver</th></tr>"
                "<tr><td>No. 32-2026</td><td>Publicación de información pública de oficio</td><td>"
                '<a href="/comunicados/32-2026/">Leer más</a></td></tr><tr><td>No. 31-2026</td>'
                '<td>Cierre de calle</td><td><a href="/comunicados/31-2026/">Leer más</a></td>'
                "</tr></table>"
            ),
            "/comunicados/32-2026/": page(
                communique(
                    "32-2026",
                    "<p>📢 #Transparencia | Se publica la información pública de oficio del "
                    "Numeral 12, Viajes nacionales e internacionales, correspondiente a "
                    "noviembre 2026.<br>Descárguelo aquí 👇<br>#Transparencia #Art10 #Numeral12"
                    f'</p><p><a href="{viajes}">Listado de Viajes Noviembre 2026</a></p>',
                )
            ),
            viajes: pdf(),
            # News naming an item's subject, not its numeral, publishes nothing.
            "/comunicados/31-2026/": page(
                communique(
                    "31-2026",
                    "<p>Se informa el cierre de la 3a. calle por la ejecución del presupuesto de "
                    "obras 2026.</p>",
                )
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n12")
    assert verdict.status == "ok", verdict.reason
    assert verdict.url is not None and verdict.url.endswith("/comunicados/32-2026/")
    assert result.verdict("art10.n07").status == "missing"


async def test_a_post_counts_only_for_an_item_found_nowhere_else() -> None:
    # Numeral 8's own page, a year late, is where it is judged; a post announcing its report,
    # whatever it attaches, does not make it current.
    report = "/archivos/Ejecucion-Presupuestaria-Octubre-2026.pdf"
    result = await assess(
        {
            "/": page(
                '<h1>Inicio</h1><a href="/numeral-8/">Numeral 8 - Ejecución presupuestaria</a>'
                ' <a href="/noticias/">Noticias</a>'
            ),
            "/numeral-8/": page(
                "<h1>Numeral 8 - Informes mensuales de ejecución presupuestaria</h1>"
                '<a href="/archivos/Ejecucion-Presupuestaria-Octubre-2025.pdf">Octubre 2025</a>'
            ),
            "/archivos/Ejecucion-Presupuestaria-Octubre-2025.pdf": pdf(),
            "/noticias/": page('<h2><a href="/noticias/informe-octubre/">Informe</a></h2>'),
            "/noticias/informe-octubre/": page(
                "<h1>Informe de octubre</h1><p>Se publica el Numeral 8 de octubre 2026.</p>"
                f'<p><a href="{report}">Ejecución Presupuestaria Octubre 2026</a></p>'
            ),
            report: pdf(),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    verdict = result.verdict("art10.n08")
    assert verdict.status == "outdated", verdict.reason


def test_a_line_after_a_line_break_naming_an_item_opens_its_section() -> None:
    # Custom Facebook Feed's post text: lines split by <br> inside one span.
    parsed = parse_page(
        BASE,
        200,
        (
            '<main><div class="cff-item"><div class="cff-post-text"><span class="cff-text">La '
            "Unidad de Información Pública Municipal informa a la población:<br>Art. 10 Num. 20 "
            "CONTRATACIONES POR COTIZACIÓN Y LICITACIÓN — Noviembre 2026<br>Descárguelo aquí 👇"
            '</span></div><p class="cff-link-title"><a href="/f/contrataciones-nov-2026.pdf">'
            "Contrataciones Noviembre 2026</a></p></div>"
            "<p>Horario de atención:<br>8:00 a 16:30 horas<br>Zona 1</p></main>"
        ).encode(),
        "text/html; charset=utf-8",
    )
    lines = [block for block in parsed.blocks if block.line]
    assert [block.heading for block in lines] == [
        "Art. 10 Num. 20 CONTRATACIONES POR COTIZACIÓN Y LICITACIÓN — Noviembre 2026"
    ]
    assert [parsed.links[i].url.rsplit("/", 1)[-1] for i in lines[0].links] == [
        "contrataciones-nov-2026.pdf"
    ]


async def test_a_news_feed_s_posts_publish_the_items_their_lines_name() -> None:
    # A Smash Balloon / Custom Facebook Feed copied into "/noticias/": each post's lines split by
    # <br>, its picture no content of the item (numeral 6's post shows only the law's words).
    def post(lines: str, attached: str) -> str:
        return (
            '<div class="cff-item"><div class="cff-post-text"><span class="cff-text">La Unidad de '
            "Información Pública Municipal informa a la población que ya se encuentra publicada "
            f"la información del Artículo 10:<br>{lines}</span></div>{attached}"
            '<p class="cff-date">Hace 3 días</p></div>'
        )

    index = "/files/27/indice-de-la-informacion-clasificada-2026.pdf"
    feed = post(
        "Art. 10 Num. 27 índice de la información clasificada — Índice 2026<br>Puede consultarlo "
        "en el siguiente enlace:",
        f'<p><a href="{index}">Descargar documento</a></p>',
    ) + post(
        "Art. 10 Num. 6 manuales de procedimientos<br>Manuales de procedimientos, tanto "
        "administrativos como operativos.",
        '<img src="/wp-content/uploads/sb-instagram-feed-images/901d75001full.jpg" alt="">',
    )
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/noticias/">Noticias y publicaciones</a>'),
            "/noticias/": page(f"<h1>Noticias y publicaciones</h1>{feed}"),
            index: pdf(),
            "/wp-content/uploads/sb-instagram-feed-images/901d75001full.jpg": Resource(
                b"\x89PNG\r\n\x1a\n", 200, "image/png"
            ),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert [result.verdict(f"art10.n{n:02d}").status for n in (27, 6)] == ["ok", "empty"]


async def test_a_posts_first_line_naming_a_numeral_titles_the_lines_under_it() -> None:
    # Smash Balloon's Instagram grid whose pictures open dialogs at the end of the page (the
    # fifty-seventh exam): each caption's first line names the item, its lines after a <br>
    # are what the post publishes (own words, or only the law's text).
    def dialog(code: str, first: str, rest: str) -> str:
        return (
            f'<div class="sbi-modal" id="post-{code}" role="dialog" aria-hidden="true" '
            'style="display:none"><div class="sbi-caption"><p class="sbi-username">@muni</p>'
            f"<p>📢 #Transparencia | Información pública de oficio del {first}:<br>{rest}</p>"
            '<p class="sbi-meta"><time datetime="2026-11-05T13:30:00">5 de noviembre de 2026'
            "</time></p></div></div>"
        )

    grid = (
        '<div id="sb_instagram"><div class="sbi_item"><a class="sbi_photo" href="#post-a1">'
        '<img src="/sbi/a1.jpg" alt="📢 #Transparencia"></a></div></div>'
        + dialog(
            "a1",
            "Numeral 2, Dirección y teléfonos",
            "Palacio Municipal, 1a. Calle 2-15 Zona 1. Teléfono 7765-4321, Alcaldía extensión 101,"
            " Tesorería extensión 104, horario de 8:00 a 16:30 horas.",
        )
        + dialog(
            "b2",
            "Numeral 8, Ejecución Presupuestaria",
            "Los informes mensuales de ejecución presupuestaria de todos los renglones y de todas "
            "las unidades, tanto operativas como administrativas de la entidad.",
        )
    )
    result = await assess(
        {
            "/": page('<h1>Inicio</h1><a href="/galeria/">Galería</a>'),
            "/galeria/": page(f"<h1>Galería</h1>{grid}"),
            "/transparencia": page("<h1>T</h1>"),
            "/noticias/presupuesto": page("<p>n</p>"),
        }
    )
    assert [result.verdict(f"art10.n{n:02d}").status for n in (2, 8)] == ["ok", "empty"]
