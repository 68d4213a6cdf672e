"""Four structurally different fixture portals, built for a given ``today`` and status plan.

* ``numbered``: a laip.gt / Joomla-style platform, one page per numeral at /index.php/NN-slug,
  linked from a numbered list, the numeral's legal wording as the page body.
* ``inline``: a WordPress-style site with every item on one "Información Pública" page, under
  headings written in several styles (h3, h4, bold paragraphs, accordion titles).
* ``buttons``: a site whose transparency page is a grid of buttons labelled only "Numeral N",
  pointing at opaque URLs (/ver.php?n=8) that hold data tables or documents.
* ``folders``: a site organised by year and month folders whose documents are named like
  "Numeral 8 Octubre 2026.pdf".
* ``cards``: a Drupal-style grid of cards labelled yet another way ("10.2 Ubicación y
  teléfonos", "Inciso 10", "Padrón de beneficiarios"), /node/N pages with spreadsheets named
  "n08_oct2026.xlsx" and sub-item pages ("Numeral 04.04 Dietas").

Each build returns the routes to serve; the status plan is the truth. Every design carries
distractors: a news article about the budget, footer links to the Contraloría and to another
(loopback) host, and a menu label repeated on every page.
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata

from monitor.compliance.catalog import Catalog, CatalogEntry
from tests.compliance.fleet.content import (
    EMPTY_PHRASES,
    MESES,
    NO_APLICA,
    TITLES_NUMBERED,
    TITLES_PLAIN,
    Doc,
    dated_docs,
    months_back,
    page,
    pdf,
)
from tests.compliance.fleet.server import Resource

Routes = dict[str, Resource]


def _caps(text: str) -> str:
    """ALL CAPS without accents, as many portals write their labels."""
    folded = unicodedata.normalize("NFKD", text.replace("ñ", "\0"))
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("\0", "ñ")
    return stripped.upper()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _stem(entry: CatalogEntry) -> str:
    return TITLES_PLAIN[entry.numeral or 29].split(",")[0].split("(")[0].strip()


def _article10(catalog: Catalog) -> list[CatalogEntry]:
    return [e for e in catalog.entries if e.is_article10]


# -- numbered (laip.gt / Joomla) ---------------------------------------------------------------


def numbered(
    catalog: Catalog,
    statuses: dict[str, str],
    today: dt.date,
    *,
    other_host: str,
    lean: bool = False,
) -> Routes:
    """The laip.gt-style platform. ``lean``: no news or extra menu (for the page-budget portal)."""
    routes: Routes = {}
    items = []
    present = [e for e in _article10(catalog) if statuses[e.id] != "missing"]
    n08_path = next((f"/index.php/{_numbered_slug(e)}" for e in present if e.numeral == 8), None)
    menu_extra = (
        f'<li><a href="{n08_path or "#"}">Ejecución Presupuestaria</a></li>'
        '<li><a href="/index.php/noticias">Noticias</a></li>'
        if not lean
        else ""
    )

    def layout(title: str, body: str) -> str:
        return f"""<!DOCTYPE html><html lang="es-gt"><head><meta charset="utf-8">
<title>{_e(title)} - Municipalidad de San Andrés</title></head><body>
<div class="header"><ul class="nav menu mod-list"><li><a href="/index.php">Inicio</a></li>
<li><a href="/index.php/informacion-publica">Información Pública</a></li>{menu_extra}</ul></div>
<div id="content"><div class="item-page">{body}</div></div>
<div class="footer"><p>Plataforma Municipal de Transparencia - Portal Estándar de Transparencia para
Gobiernos Locales</p><a href="https://www.contraloria.gob.gt/">Contraloría General de Cuentas</a>
<a href="{other_host}/informes-de-auditoria">Informes de Auditoría (CGC)</a></div></body></html>"""

    for entry in _article10(catalog):
        n = entry.numeral or 0
        status = statuses[entry.id]
        path = f"/index.php/{_numbered_slug(entry)}"
        if status == "missing":
            continue
        items.append(f'<li><a href="{path}">{n}. {_e(TITLES_NUMBERED[n])}</a></li>')
        item = _numbered_item(entry, status, today)
        if isinstance(item, Resource):
            routes[path] = item
        else:
            routes[path] = page(layout(f"{n}. {TITLES_NUMBERED[n]}", item))
        for doc_path, resource in _numbered_docs(entry, status, today, n).items():
            routes[doc_path] = resource

    routes["/"] = Resource(b"", 301, location="/index.php")
    home_news = (
        ""
        if lean
        else '<div class="blog"><h2><a href="/index.php/noticias/12-concejo-presupuesto">Concejo '
        "Municipal aprueba el Presupuesto de Ingresos y Egresos para el próximo año</a></h2>"
        "<p>En sesión ordinaria se discutió la ejecución presupuestaria del año en curso.</p></div>"
    )
    routes["/index.php"] = page(
        layout(
            "Inicio", "<h1>Bienvenidos</h1><p>Portal de transparencia municipal.</p>" + home_news
        )
    )
    routes["/index.php/informacion-publica"] = page(
        layout(
            "Información Pública",
            "<h2>Información Pública de Oficio - Artículo 10</h2>"
            f'<ul class="list-striped">{"".join(items)}</ul>',
        )
    )
    if not lean:
        routes["/index.php/noticias"] = page(
            layout(
                "Noticias",
                '<h2><a href="/index.php/noticias/12-concejo-presupuesto">Aprobación del '
                "presupuesto</a></h2>",
            )
        )
        routes["/index.php/noticias/12-concejo-presupuesto"] = page(
            layout(
                "Concejo aprueba presupuesto",
                "<h2>Concejo Municipal aprueba el Presupuesto de Ingresos y Egresos</h2>"
                "<p>El presupuesto municipal fue aprobado por unanimidad el 3 de "
                f"{MESES[today.month - 1].lower()} de {today.year}. Los informes de ejecución "
                "presupuestaria se publican en el portal.</p>"
                "<table><tr><th>Rubro</th><th>Monto</th></tr><tr><td>Obras</td><td>Q 1,200,000"
                "</td></tr></table>",
            )
        )
    return routes


def _numbered_slug(entry: CatalogEntry) -> str:
    n = entry.numeral or 0
    words = _caps(TITLES_NUMBERED[n]).lower().split(",")[0].split()
    return f"{n:02d}-" + "-".join(words)[:30].strip("-")


def _numbered_item(entry: CatalogEntry, status: str, today: dt.date) -> Resource | str:
    n = entry.numeral or 0
    head = f"<h2>{n}. {_e(TITLES_NUMBERED[n])}</h2><p>{_e(entry.wording)}</p>"
    if status == "broken" and n % 2 == 0:
        return Resource(b"<html><body><h1>Error 500</h1></body></html>", 500)
    if status == "empty":
        body = (
            head + f"<p>{EMPTY_PHRASES[n % len(EMPTY_PHRASES)]}</p>"
            if n % 3
            else head + "<table><tr><th>Documento</th><th>Fecha</th></tr></table>"
        )
    elif status == "not_applicable":
        body = head + f"<p>{NO_APLICA[n % len(NO_APLICA)]}</p>"
    elif n == 2 and status == "ok":
        body = head + (
            "<p>Palacio Municipal: 4a. avenida 3-21 zona 1, San Andrés.</p>"
            "<p>PBX: 7765-2100, extensión 104; correo: info@sanandres.gob.gt</p>"
        )
    else:
        rows = "".join(
            f'<tr><td><a href="/images/transparencia/{n:02d}/{d.filename}">{_e(d.text)}</a></td>'
            f"<td>PDF</td></tr>"
            for d in dated_docs(entry, status, today, TITLES_NUMBERED[n].split(",")[0])
        )
        body = head + f'<table class="table"><tr><th>Documento</th><th>Tipo</th></tr>{rows}</table>'
    return body


def _numbered_docs(entry: CatalogEntry, status: str, today: dt.date, n: int) -> Routes:
    if status not in ("ok", "outdated", "broken") or (n == 2 and status == "ok"):
        return {}
    return {
        f"/images/transparencia/{n:02d}/{d.filename}": pdf(d, today)
        for d in dated_docs(entry, status, today, TITLES_NUMBERED[n].split(",")[0])
    }


# -- inline (WordPress, everything on one page) ------------------------------------------------


def inline(
    catalog: Catalog, statuses: dict[str, str], today: dt.date, *, other_host: str
) -> Routes:
    routes: Routes = {}
    sections = []
    for entry in _article10(catalog):
        n = entry.numeral or 0
        status = statuses[entry.id]
        if status == "missing":
            continue
        plain = TITLES_PLAIN[n]
        style = n % 4
        if style == 0:
            heading = f"<h3>NUMERAL {n} – {_caps(plain)}</h3>"
        elif style == 1:
            heading = f"<h4>Artículo 10, numeral {n}: {_e(plain)}</h4>"
        elif style == 2:
            heading = f"<p><strong>{_e(plain)}</strong></p>"
        else:
            heading = f'<div class="elementor-tab-title">{n}. {_e(plain)}</div>'
        if status == "empty":
            content = f"<p>{EMPTY_PHRASES[(n + 1) % len(EMPTY_PHRASES)]}</p>"
        elif status == "not_applicable":
            content = f"<p><em>{NO_APLICA[(n + 2) % len(NO_APLICA)]}</em></p>"
        elif n == 5 and status == "ok":
            content = (
                "<p>Misión: somos una institución autónoma que presta servicios públicos "
                "de calidad a los vecinos, con transparencia y participación ciudadana "
                "en cada comunidad.</p>"
                "<p>Visión: ser un municipio ordenado, seguro y con desarrollo humano sostenible "
                "para las familias del área urbana y rural.</p>"
            )
        else:
            docs = dated_docs(entry, status, today, _stem(entry))
            links = []
            for d in docs:
                folder = f"/wp-content/uploads/{d.date.year}/{d.date.month:02d}/"
                url = folder + d.filename.replace(" ", "-")
                links.append(f'<li><a href="{url}">{_e(d.text)}</a></li>')
                routes[url] = pdf(d, today)
            content = f"<ul>{''.join(links)}</ul>"
        sections.append(heading + content + "<hr>")
    comude = (
        "<h3>COMUDE</h3><ul><li>"
        f'<a href="/wp-content/uploads/{today.year}/actas-comude-{today.year}.pdf">'
        f"Actas {today.year}</a></li></ul>"
    )
    routes[f"/wp-content/uploads/{today.year}/actas-comude-{today.year}.pdf"] = pdf(
        Doc("Actas", "actas.pdf", dt.date(today.year, 1, 31)), today
    )

    def layout(title: str, body: str) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{_e(title)} &#8211;
Municipalidad de Santa Lucía</title></head><body class="page-template-default">
<header id="masthead" class="site-header"><nav id="site-navigation" class="main-navigation">
<ul id="primary-menu"><li><a href="/">Inicio</a></li><li><a href="/informacion-publica/">Información
Pública</a></li><li><a href="/category/noticias/">Noticias</a></li>
<li><a href="/informacion-publica/">Transparencia presupuestaria</a></li></ul></nav></header>
<main id="main" class="site-main"><article><header class="entry-header"><h1 class="entry-title">
{_e(title)}</h1></header><div class="entry-content">{body}</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Enlaces
</h2><ul><li><a href="https://www.contraloria.gob.gt/">Contraloría General de Cuentas</a></li>
<li><a href="https://www.guatecompras.gt/">Compras y contrataciones (Guatecompras)</a></li>
<li><a href="{other_host}/ley-de-acceso">Ley de Acceso a la Información</a></li></ul></section>
</aside><footer id="colophon" class="site-footer">Municipalidad de Santa Lucía</footer></body>
</html>"""

    routes["/"] = page(
        layout(
            "Inicio",
            '<h2><a href="/2026/10/presupuesto-participativo/">Presupuesto participativo: vecinos '
            "priorizan obras</a></h2><p>Más de 300 vecinos participaron.</p>",
        )
    )
    routes["/informacion-publica/"] = page(
        layout(
            "Información Pública de Oficio",
            "<p>En cumplimiento del Decreto 57-2008, Ley de Acceso a la Información Pública.</p>"
            + "".join(sections)
            + comude,
        )
    )
    routes["/category/noticias/"] = page(
        layout("Noticias", '<h2><a href="/2026/10/presupuesto-participativo/">Presupuesto</a></h2>')
    )
    routes["/2026/10/presupuesto-participativo/"] = page(
        layout(
            "Presupuesto participativo: vecinos priorizan obras",
            "<p>El alcalde presentó el informe de ejecución presupuestaria y las obras en "
            "ejecución en la aldea El Rosario, con una inversión de Q 450,000.</p>",
        )
    )
    return routes


# -- buttons ("Numeral N" only) ----------------------------------------------------------------


def buttons(
    catalog: Catalog, statuses: dict[str, str], today: dt.date, *, other_host: str
) -> Routes:
    routes: Routes = {}
    grid = []
    for entry in _article10(catalog):
        n = entry.numeral or 0
        status = statuses[entry.id]
        if status == "missing":
            continue
        if n % 5 == 0:
            grid.append(
                f'<button class="btn btn-primary" onclick="location.href=\'/ver.php?n={n}\'">'
                f"Numeral {n}</button>"
            )
        else:
            grid.append(f'<a class="btn btn-outline-primary" href="/ver.php?n={n}">Numeral {n}</a>')
        routes[f"/ver.php?n={n}"] = _button_page(entry, status, today, routes)

    def layout(title: str, body: str) -> str:
        return f"""<html><head><title>{_e(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<nav class="navbar"><a href="/">Inicio</a> <a href="/transparencia.php">Transparencia</a>
<a href="/noticias/">Noticias</a></nav><div class="container">{body}</div>
<div id="pie"><a href="https://www.contraloria.gob.gt/">CGC</a>
<a href="{other_host}/">Mancomunidad</a></div></body></html>"""

    routes["/"] = page(
        layout(
            "Municipalidad de San Marcos", '<p><a href="/transparencia.php">Ley de Acceso</a></p>'
        )
    )
    routes["/transparencia.php"] = page(
        layout("Transparencia", '<h1>Artículo 10</h1><div class="row">' + " ".join(grid) + "</div>")
    )
    routes["/noticias/"] = page(
        layout(
            "Noticias",
            "<h2>Inauguran obras en ejecución en la aldea El Rosario</h2><p>Con fondos del "
            "presupuesto municipal se inauguraron tres obras.</p>"
            '<h3><a href="/noticias/viaje-alcalde">Viajes del alcalde a la capital</a></h3>',
        )
    )
    routes["/noticias/viaje-alcalde"] = page(layout("Viaje", "<p>El alcalde viajó.</p>"))
    return routes


def _button_page(entry: CatalogEntry, status: str, today: dt.date, routes: Routes) -> Resource:
    n = entry.numeral or 0
    head = f"<html><head><title>Numeral {n}</title></head><body><h1>Numeral {n}</h1>"
    tail = '<p><a href="/transparencia.php">Regresar</a></p></body></html>'
    if status == "broken":
        return Resource(b"<html><body>Not Found</body></html>", 404)
    if status == "empty":
        return page(
            head + "<table><tr><th>Mes</th><th>Monto</th><th>Detalle</th></tr></table>" + tail
        )
    if status == "not_applicable":
        return page(head + f"<div class='alert'>{NO_APLICA[n % len(NO_APLICA)]}</div>" + tail)
    if entry.update == "monthly":
        back = [7, 8] if status == "outdated" else [1, 2]
        rows = []
        for m in back:
            year, month = _shift(today, m)
            rows.append(
                f"<tr><td>{MESES[month - 1]} {year}</td><td>Q {1000 + 37 * n:,}.00</td>"
                f"<td>Registro {n}-{m}</td></tr>"
            )
        return page(
            head
            + "<table><tr><th>Mes</th><th>Monto</th><th>Detalle</th></tr>"
            + "".join(rows)
            + "</table>"
            + tail
        )
    docs = dated_docs(entry, status, today, f"Numeral {n}")
    links = []
    for d in docs:
        url = f"/docs/{d.filename}"
        routes[url] = pdf(d, today)
        links.append(f'<a href="{url}">{_e(d.text)}</a><br>')
    return page(head + "".join(links) + tail)


def _shift(today: dt.date, back: int) -> tuple[int, int]:
    month = today.month - back
    year = today.year
    while month <= 0:
        month += 12
        year -= 1
    return year, month


# -- folders (year / month) --------------------------------------------------------------------


def folders(
    catalog: Catalog, statuses: dict[str, str], today: dt.date, *, other_host: str
) -> Routes:
    routes: Routes = {}
    listing: dict[str, list[str]] = {}
    for entry in _article10(catalog):
        n = entry.numeral or 0
        status = statuses[entry.id]
        if status == "missing":
            continue
        if status == "not_applicable":
            name = f"Numeral {n} - No aplica.pdf"
            url = f"/transparencia/permanente/numeral-{n}-no-aplica.pdf"
            routes[url] = pdf(Doc(name, name, today), today)
            listing.setdefault("/transparencia/permanente/", []).append(_doc_row(url, name, n))
            continue
        if entry.update == "monthly":
            back = [7, 8, 9] if status == "outdated" else [1, 2]
            for m in back:
                year, month = _shift(today, m)
                folder = f"/transparencia/{year}/{month:02d}/"
                name = (
                    f"Numeral {n} {MESES[month - 1]} {year}.pdf"
                    if n % 2
                    else f"NUMERAL_{n:02d}_{MESES[month - 1].upper()}_{year}.pdf"
                )
                url = folder + name.replace(" ", "%20")
                routes[url] = _folder_doc(name, dt.date(year, month, 28), status, today)
                listing.setdefault(folder, []).append(_doc_row(url, name, n))
        elif entry.update == "yearly":
            year = today.year - 3 if status == "outdated" else today.year
            folder = f"/transparencia/{year}/anual/"
            name = f"Numeral {n} {_stem(entry)} {year}.pdf"
            url = folder + name.replace(" ", "%20")
            routes[url] = _folder_doc(name, dt.date(year, 12, 31), status, today)
            listing.setdefault(folder, []).append(_doc_row(url, name, n))
        else:
            folder = "/transparencia/permanente/"
            name = f"Numeral {n} {_stem(entry)}.pdf"
            url = folder + name.replace(" ", "%20")
            routes[url] = _folder_doc(name, dt.date(2018, 3, 31), status, today)
            listing.setdefault(folder, []).append(_doc_row(url, name, n))

    def layout(title: str, body: str) -> str:
        return f"""<html><head><meta charset="iso-8859-1"><title>{_e(title)}</title></head><body>
<div id="menu"><a href="/">Inicio</a> | <a href="/transparencia/">Transparencia</a> |
<a href="/noticias.html">Noticias</a> | <a href="/transparencia/">Presupuesto</a></div>
<div id="contenido">{body}</div>
<div id="footer"><a href="https://www.contraloria.gob.gt/">Contraloría General de Cuentas</a>
<a href="{other_host}/transparencia/">Transparencia (sitio anterior)</a></div></body></html>"""

    years: dict[str, list[str]] = {}
    for folder in listing:
        parts = folder.strip("/").split("/")
        if len(parts) == 3:
            years.setdefault(parts[1], []).append(parts[2])
    for folder, rows in listing.items():
        title = "Documentos " + folder.strip("/").split("/", 1)[1].replace("/", " ")
        routes[folder] = page(
            layout(
                title,
                f"<h2>{_e(title)}</h2><table><tr><th>Archivo</th></tr>{''.join(rows)}</table>",
            )
        )
    year_links = []
    for year in sorted(years, reverse=True):
        months = []
        for sub in sorted(years[year]):
            label = "Documentos anuales" if sub == "anual" else MESES[int(sub) - 1]
            months.append(f'<li><a href="/transparencia/{year}/{sub}/">{label}</a></li>')
        routes[f"/transparencia/{year}/"] = page(
            layout(f"Año {year}", f"<h2>Año {year}</h2><ul>{''.join(months)}</ul>")
        )
        year_links.append(f'<li><a href="/transparencia/{year}/">{year}</a></li>')
    routes["/transparencia/"] = page(
        layout(
            "Transparencia",
            "<h2>Ley de Acceso a la Información Pública</h2><ul>"
            + "".join(year_links)
            + '<li><a href="/transparencia/permanente/">Información permanente</a></li></ul>',
        )
    )
    routes["/"] = page(layout("Municipalidad de Sololá", "<h1>Bienvenidos</h1>"))
    routes["/noticias.html"] = page(
        layout(
            "Noticias",
            "<h2>Presupuesto de ingresos y egresos: el concejo lo discute</h2>"
            "<p>El concejo municipal discutió el presupuesto el 2 de enero de "
            f"{today.year}.</p>",
        )
    )
    # Latin-1 pages labelled only by their meta tag: the charset reader has to cope.
    return {
        path: Resource(
            r.body.decode("utf-8").encode("iso-8859-1", "xmlcharrefreplace"),
            r.status,
            "text/html",
        )
        if r.content_type.startswith("text/html") and r.status == 200
        else r
        for path, r in routes.items()
    }


def _doc_row(url: str, name: str, n: int) -> str:
    text = _e(name) if n % 3 else "Descargar"
    return f'<tr><td><a href="{url}">{text}</a></td></tr>'


def _folder_doc(name: str, date: dt.date, status: str, today: dt.date) -> Resource:
    code = 404 if status == "broken" else 200
    return pdf(Doc(name, name, date, code, empty=status == "empty"), today)


DESIGNS = {"numbered": numbered, "inline": inline, "buttons": buttons, "folders": folders}


# -- cards (Drupal-style views, labels written yet another way) ------------------------------

TITLES_CARDS = {
    1: "Art. 10 Num. 1 – Organigrama",
    2: "10.2 Ubicación y teléfonos",
    3: "Directorio de personal",
    4: "Numeral 4 – Nómina",
    5: "Plan Operativo Anual",
    6: "Manuales",
    7: "Presupuesto vigente",
    8: "Ejecución de egresos",
    9: "Cuentas monetarias",
    10: "Inciso 10 — Compras para programas sociales",
    11: "Adquisiciones de bienes y servicios",
    12: "Viajes",
    13: "Inventario",
    14: "Contratos de mantenimiento",
    15: "Padrón de beneficiarios",
    16: "Concesiones",
    17: "Precalificadas",
    18: "Obras municipales",
    19: "Arrendamientos",
    20: "Art. 10 Num. 20 Licitaciones adjudicadas",
    21: "Fideicomisos",
    22: "Compras de baja cuantía",
    23: "Auditorías",
    24: "Organismos internacionales",
    25: "ONG",
    26: "Archivo",
    27: "Información reservada",
    28: "Comunidad lingüística",
    29: "Otra información de utilidad",
}
_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def cards(catalog: Catalog, statuses: dict[str, str], today: dt.date, *, other_host: str) -> Routes:
    """A Drupal-style site: a grid of cards linking to /node/N pages with attached spreadsheets."""
    routes: Routes = {}
    grid = []

    def layout(title: str, body: str) -> str:
        return f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(title)} |
Municipalidad de Chichicastenango</title></head><body><div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region-header"><a href="/">Municipalidad</a></div></header>
<nav role="navigation" aria-labelledby="block-main-menu"><ul><li><a href="/">Inicio</a></li>
<li><a href="/transparencia">Transparencia</a></li><li><a href="/noticias">Noticias</a></li>
<li><a href="/transparencia">Presupuesto abierto</a></li></ul></nav>
<main role="main"><div class="layout-content"><h1 class="page-title">{_e(title)}</h1>{body}</div>
</main><footer role="contentinfo"><a href="https://www.contraloria.gob.gt/">CGC</a>
<a href="{other_host}/portal">Portal anterior</a></footer></div></body></html>"""

    for entry in _article10(catalog):
        n = entry.numeral or 0
        status = statuses[entry.id]
        if status == "missing":
            continue
        node = f"/node/{100 + 7 * n}"
        grid.append(
            f'<div class="views-row"><div class="card"><a href="{node}">'
            f'<span class="card-title">{_e(TITLES_CARDS[n])}</span></a></div></div>'
        )
        if status == "broken" and n % 2 == 0:
            routes[node] = Resource(b"<h1>Page not found</h1>", 404)
            continue
        if status == "empty":
            body = (
                "<p>Pendiente de publicar.</p>"
                if n % 2
                else '<div class="field field--name-body"></div>'
            )
        elif status == "not_applicable":
            body = "<p>No aplica para esta municipalidad.</p>"
        else:
            body = _card_files(entry, status, today, routes, node)
        routes[node] = page(layout(TITLES_CARDS[n], body))
    routes["/"] = page(layout("Inicio", '<p><a href="/transparencia">Ley de Acceso</a></p>'))
    routes["/transparencia"] = page(
        layout(
            "Información pública de oficio", '<div class="view-content">' + "".join(grid) + "</div>"
        )
    )
    routes["/noticias"] = page(
        layout(
            "Noticias",
            '<div class="views-row"><h2><a href="/noticias/concejo">El concejo aprueba la nómina '
            "y el presupuesto vigente</a></h2></div>",
        )
    )
    routes["/noticias/concejo"] = page(layout("Concejo", "<p>Sesión del concejo.</p>"))
    return routes


def _card_files(entry: CatalogEntry, status: str, today: dt.date, routes: Routes, node: str) -> str:
    n = entry.numeral or 0
    code = 500 if status == "broken" else 200
    if entry.update == "monthly":
        months = [7, 8] if status == "outdated" else [1, 2]
        periods = [months_back(today, m) for m in months]
        names = [f"n{n:02d}_{_ABBR[d.month - 1]}{d.year}.xlsx" for d in periods]
    elif entry.update == "yearly":
        year = today.year - 3 if status == "outdated" else today.year
        periods = [dt.date(year, 12, 31)]
        names = [f"n{n:02d}_{year}.xlsx"]
    else:
        periods = [dt.date(2020, 5, 31)]
        names = [f"n{n:02d}_documento.xlsx"]
    stamp = min(periods[0], today)
    files = []
    for name, period in zip(names, periods, strict=True):
        url = f"/sites/default/files/{name}"
        routes[url] = pdf(Doc(name, name, period, code), today)
        files.append(
            f'<span class="file"><a href="{url}" type="application/xlsx">{name}</a></span>'
        )
    extra = ""
    if n == 4 and status in ("ok", "outdated"):
        # Sub-items on their own pages, as "Numeral 04.01", "Numeral 04.04" portals do.
        for sub, label in ((1, "Personal permanente"), (4, "Dietas")):
            sub_node = f"{node}/{sub}"
            extra += f'<p><a href="{sub_node}">Numeral 04.{sub:02d} {label}</a></p>'
            name = f"n04_{sub:02d}_{_ABBR[periods[0].month - 1]}{periods[0].year}.xlsx"
            routes[f"/sites/default/files/{name}"] = pdf(Doc(name, name, periods[0]), today)
            routes[sub_node] = page(
                f"<html><body><main><h1>Numeral 04.{sub:02d} {label}</h1>"
                f'<a href="/sites/default/files/{name}">{name}</a></main></body></html>'
            )
    return (
        f'<div class="field--name-body"><p>Actualizado: {stamp.day:02d}/{stamp.month:02d}/'
        f"{stamp.year}</p></div>"
        + extra
        + '<div class="field--name-field-archivos">'
        + "".join(files)
        + "</div>"
    )


DESIGNS["cards"] = cards
