"""A loopback portal built like a Next.js site: an empty app shell whose script lists the files.

Every route answers the same shell (``<div id="__next"></div>`` and script bundles); the bundle
reads ``location.pathname``, fetches that route's JSON from the same host and builds the page:
headings and links to documents. A second bundle plays an analytics tag that reaches for another
host (a fetch, an image, an injected script, a stylesheet) — a portal rendered within scope must
never let one of those through. robots.txt forbids ``/api/privado/``, which the bundle also asks
for.

The wording is not the catalogue's: it comes from real Guatemalan municipal portals —
https://munimasagua.com.gt/?p=4479 ("01 - Estructura Orgánica, Funciones y Marco Normativo",
"Organigrama Básico de la Municipalidad", "Manual de Puestos y Funciones del Personal"),
https://www.munipalestinadelosaltos.gob.gt/informacion-publica/ ("Marco Normativo",
"Reglamento Interno de Personal"), the Municipalidad de Santa María Nebaj's report at
https://fdocuments.es/document/unidad-de-informacin-pblica.html ("numeral 28: Pertenencia
Sociolingüística", "Informe de pertenencia sociolingüística"), and the Contraloría's municipal
audit at https://docplayer.es/amp/96032390-contraloria-general-de-cuentas.html ("Ejecución
Presupuestaria de Ingresos", "Egresos por Grupos de Gasto").
"""

from __future__ import annotations

import calendar
import datetime as dt
import json

from tests.compliance.fleet.server import Resource

MESES = (
    "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio",
    "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre",
)  # fmt: skip
# The sections the script lists, each with documents: judged from the rendered DOM.
PRESENT = ("art10.n01", "art10.n08", "art10.n28")

SHELL = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>Municipalidad de San Ejemplo</title>
<link rel="preconnect" href="{other}">
<link rel="stylesheet" href="{other}/fuentes.css">
<script src="/_next/static/chunks/main-7c1e.js" defer></script>
<script src="/_next/static/chunks/analitica-2b9f.js" defer></script>
</head><body><div id="__next"></div>
<script id="__NEXT_DATA__" type="application/json">{{"page":"/[[...ruta]]","buildId":"b1"}}</script>
</body></html>"""

MAIN_JS = """(function () {
  var root = document.getElementById("__next");
  var path = location.pathname.replace(/\\/+$/, "") || "/";
  var source = path === "/" ? "/api/informacion-publica.json" : "/api" + path + ".json";
  function add(parent, tag, text) {
    var el = document.createElement(tag);
    if (text) { el.textContent = text; }
    parent.appendChild(el);
    return el;
  }
  fetch(source, {headers: {"Accept": "application/json"}})
    .then(function (answer) { return answer.json(); })
    .then(function (data) {
      var main = add(root, "main");
      add(main, "h1", data.titulo);
      data.secciones.forEach(function (section) {
        add(main, "h2", section.titulo);
        var list = add(main, "ul");
        section.archivos.forEach(function (file) {
          var link = add(add(list, "li"), "a", file.nombre);
          link.href = file.url;
        });
      });
    });
  fetch("/api/privado/contactos.json").catch(function () {});
})();
"""

ANALYTICS_JS = """(function () {
  var other = "{other}";
  fetch(other + "/collect?p=" + encodeURIComponent(location.pathname)).catch(function () {});
  new Image().src = other + "/pixel.gif";
  var tag = document.createElement("script");
  tag.src = other + "/tracker.js";
  document.head.appendChild(tag);
})();
"""


def _pdf(modified: dt.date) -> Resource:
    stamp = calendar.timegm(modified.timetuple()) + 12 * 3600
    body = b"%PDF-1.4\n" + b"0" * 2048 + b"\n%%EOF\n"
    return Resource(body, content_type="application/pdf", last_modified=stamp)


def build_js_portal(today: dt.date, other: str) -> dict[str, Resource]:
    """The routes of the portal; ``other`` is the off-scope host's base URL."""
    month = today.replace(day=1) - dt.timedelta(days=1)  # last month: current for monthly items
    mes = MESES[month.month - 1]
    year = today.year
    home = {
        "titulo": "Información Pública de Oficio",
        "secciones": [
            {
                "titulo": "01 - Estructura Orgánica, Funciones y Marco Normativo",
                "archivos": [
                    {
                        "nombre": "Organigrama Básico de la Municipalidad",
                        "url": "/archivos/organigrama-basico.pdf",
                    },
                    {
                        "nombre": "Manual de Puestos y Funciones del Personal",
                        "url": "/archivos/manual-puestos-funciones.pdf",
                    },
                    {
                        "nombre": "Reglamento Interno de Personal",
                        "url": "/archivos/reglamento-interno-personal.pdf",
                    },
                ],
            },
            {
                "titulo": "08 - Ejecución Presupuestaria",
                "archivos": [
                    {"nombre": "Ver los informes del mes", "url": "/informacion-publica/numeral-8"}
                ],
            },
            {
                "titulo": "28 - Pertenencia Sociolingüística",
                "archivos": [
                    {
                        "nombre": f"Informe de pertenencia sociolingüística {year}",
                        "url": f"/archivos/pertenencia-sociolinguistica-{year}.pdf",
                    }
                ],
            },
        ],
    }
    numeral_8 = {
        "titulo": "08 - Ejecución Presupuestaria",
        "secciones": [
            {
                "titulo": f"Informes de {mes} {month.year}",
                "archivos": [
                    {
                        "nombre": f"Ejecución Presupuestaria de Ingresos {mes} {month.year}",
                        "url": f"/archivos/ingresos-{mes.lower()}-{month.year}.pdf",
                    },
                    {
                        "nombre": f"Egresos por Grupos de Gasto {mes} {month.year}",
                        "url": f"/archivos/egresos-{mes.lower()}-{month.year}.pdf",
                    },
                ],
            }
        ],
    }
    shell = Resource(SHELL.format(other=other).encode())
    script = "application/javascript; charset=utf-8"
    as_json = "application/json; charset=utf-8"
    return {
        "/": shell,
        "/informacion-publica/numeral-8": shell,
        "/robots.txt": Resource(
            b"User-agent: *\nDisallow: /api/privado/\n", content_type="text/plain"
        ),
        "/_next/static/chunks/main-7c1e.js": Resource(MAIN_JS.encode(), content_type=script),
        "/_next/static/chunks/analitica-2b9f.js": Resource(
            ANALYTICS_JS.replace("{other}", other).encode(), content_type=script
        ),
        "/api/informacion-publica.json": Resource(json.dumps(home).encode(), content_type=as_json),
        "/api/informacion-publica/numeral-8.json": Resource(
            json.dumps(numeral_8).encode(), content_type=as_json
        ),
        "/api/privado/contactos.json": Resource(b"[]", content_type=as_json),
        "/archivos/organigrama-basico.pdf": _pdf(dt.date(year - 1, 3, 2)),
        "/archivos/manual-puestos-funciones.pdf": _pdf(dt.date(year - 1, 3, 2)),
        "/archivos/reglamento-interno-personal.pdf": _pdf(dt.date(year - 2, 7, 15)),
        f"/archivos/pertenencia-sociolinguistica-{year}.pdf": _pdf(today),
        f"/archivos/ingresos-{mes.lower()}-{month.year}.pdf": _pdf(today),
        f"/archivos/egresos-{mes.lower()}-{month.year}.pdf": _pdf(today),
    }
