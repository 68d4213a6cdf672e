"""The judge's one-line reasons, in the Spanish that the e-mails and ``explain`` use.

The judge writes its reasons in English (they are stored and are part of the JSON contract);
people in the municipalities read them in Spanish. Each template of ``compliance/judge.py`` has
a pattern here; a reason no pattern knows is returned unchanged (a test runs every template).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.compliance.analysis import (
    FAILED_ON_THE_SERVER,
    MORE_BY_SCRIPT,
    SAYS_NOT_FOUND,
    SENT_HOME,
    STOPPED_BY_AN_ERROR,
)
from monitor.compliance.signatures import NOT_A_PDF, NOTHING_IN_TIME, NOTHING_SENT
from monitor.net.scope import ON_A_COMPUTER, ON_A_PRIVATE_HOST
from monitor.report.spanish import MONTHS

_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_RULES = {"monthly": "mensual", "yearly": "anual", "on-change": "que se actualiza al cambiar"}
_WHY = {
    "the page limit was reached": "se alcanzó el límite de páginas",
    "the time budget ran out": "se acabó el tiempo de la revisión",
    "the depth limit was reached": "se alcanzó el límite de profundidad",
    "part of the portal was not read": "una parte del portal no se leyó",
}


def spanish_dates(text: str) -> str:
    """``2026-10`` -> ``octubre de 2026``; ``2026-10-15`` -> ``15 de octubre de 2026``."""

    def one(match: re.Match[str]) -> str:
        year, month, day = match.group(1), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12:
            return match.group(0)
        name = f"{MONTHS[month - 1]} de {year}"
        return f"{int(day)} de {name}" if day else name

    return _DATE.sub(one, text)


def _content(text: str) -> str:
    """``holds 3 document(s), 2 table row(s) (1 more fail to open)`` in Spanish."""
    text = text.removeprefix("holds ")
    replacements = [
        (r"(\d+) document\(s\) on another host", r"\1 documento(s) en otro sitio"),
        (r"(\d+) document\(s\)", r"\1 documento(s)"),
        (r"(\d+) table row\(s\)", r"\1 fila(s) de datos"),
        (r"(\d+) image\(s\)", r"\1 imagen(es)"),
        (r"^text$", "texto"),
        (r"\((\d+) more fail to open\)", r"(otros \1 no abren)"),
        (r", ", ", "),
    ]
    for pattern, replacement in replacements:
        text = re.sub(pattern, replacement, text)
    return "contiene " + text


def _detail(detail: str) -> str:
    """Why a document or link fails, with the words of ``net.scope.private_place``,
    ``compliance.signatures`` and ``compliance.analysis`` in Spanish."""
    detail = detail.replace(SENT_HOME, "devuelve al lector a la página de inicio")
    detail = detail.replace(SAYS_NOT_FOUND, "la página dice que no se encontró")
    detail = detail.replace(NOT_A_PDF, "no es un PDF: empieza por")
    detail = detail.replace(NOTHING_SENT, "el servidor cerró la respuesta sin enviar contenido")
    detail = detail.replace(NOTHING_IN_TIME, "su contenido no empezó a llegar en")
    return detail.replace(
        ON_A_COMPUTER, "un archivo en una computadora, fuera de internet"
    ).replace(ON_A_PRIVATE_HOST, "un servidor de una red interna, fuera de internet")


def _when(text: str) -> str:
    return spanish_dates(text.replace("(Last-Modified)", "(fecha del archivo en el servidor)"))


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]
_RULES_LIST: list[_Rule] = [
    (
        re.compile(rf"^(holds .*); newest date (.+), {MORE_BY_SCRIPT}$"),
        lambda m: (
            f"{_content(m[1])}; fecha más reciente a la vista: {_when(m[2])}, pero la página "
            "carga más documentos con un botón («Ver más») y el más reciente puede estar allí"
        ),
    ),
    (
        re.compile(r"^(holds .*); newest date (.+) is too old for a (\S+) item$"),
        lambda m: (
            f"{_content(m[1])}; la fecha más reciente, {_when(m[2])}, es demasiado "
            f"antigua para un numeral {_RULES.get(m[3], m[3])}"
        ),
    ),
    (
        re.compile(r"^(holds .*); newest date (.+)$"),
        lambda m: f"{_content(m[1])}; fecha más reciente: {_when(m[2])}",
    ),
    (
        re.compile(r"^(holds .*); no date found$"),
        lambda m: f"{_content(m[1])}; no se encontró ninguna fecha",
    ),
    (
        re.compile(r"^(\d+) document\(s\) fail to open \((.*)\)$"),
        lambda m: f"{m[1]} documento(s) no abren ({_detail(m[2])})",
    ),
    (
        re.compile(r"^(\d+) document\(s\) are empty files$"),
        lambda m: f"{m[1]} documento(s) son archivos vacíos",
    ),
    (
        re.compile(r"^the portal declares 'No aplica', which the catalogue does not accept here$"),
        lambda m: "el portal declara «No aplica», pero la ley no lo admite para este numeral",
    ),
    (re.compile(r"^the portal declares 'No aplica'$"), lambda m: "el portal declara «No aplica»"),
    (
        re.compile(r"^the section says it has no information yet$"),
        lambda m: "la sección dice que aún no tiene información",
    ),
    (
        re.compile(r"^its documents were not checked before the budget ran out$"),
        lambda m: "sus documentos no se revisaron antes de que se acabara el tiempo",
    ),
    (
        re.compile(r"^it shows its content only through a form the monitor does not send$"),
        lambda m: "muestra su contenido solo al enviar un formulario que el monitor no envía",
    ),
    (
        re.compile(r"^its content is only on another host \((.+)\), out of scope$"),
        lambda m: f"su contenido está solo en otro sitio ({m[1]}), que no se revisa",
    ),
    (
        re.compile(r"^its content is behind a password or a log-in \(.*\)$"),
        lambda m: (
            "su contenido pide una contraseña o iniciar sesión (una página protegida o una"
            " descarga bloqueada)"
        ),
    ),
    (
        re.compile(rf"^{FAILED_ON_THE_SERVER} \((.+)\)$"),
        lambda m: f"el servidor del portal muestra un error en lugar de su contenido ({m[1]})",
    ),
    (
        re.compile(r"^found, but holds no document, data row or text$"),
        lambda m: "se encontró, pero no contiene documentos, datos ni texto",
    ),
    (
        re.compile(r"^robots\.txt forbids reading (\S+)$"),
        lambda m: f"robots.txt del portal no permite leer {m[1]}",
    ),
    (
        re.compile(r"^the link leads to another host \((.+)\), out of scope$"),
        lambda m: f"el enlace lleva a otro sitio ({m[1]}), que no se revisa",
    ),
    (
        re.compile(r"^the time budget ran out while reading it$"),
        lambda m: "se acabó el tiempo de la revisión mientras se leía",
    ),
    (
        re.compile(r"^the portal answered 429 Too Many Requests to the monitor$"),
        lambda m: "el portal respondió 429 (demasiadas solicitudes) al monitor",
    ),
    (
        re.compile(
            r"^the portal answered HTTP (\d{3}) to the monitor \(too busy to answer\), also when"
            r" asked again$"
        ),
        lambda m: (
            f"el portal respondió HTTP {m[1]} al monitor (demasiado ocupado para responder), "
            "también al volver a preguntarle"
        ),
    ),
    (re.compile(r"^the link fails: (.+)$"), lambda m: f"el enlace falla: {_detail(m[1])}"),
    (
        re.compile(rf"^the link {SENT_HOME}$"),
        lambda m: "el enlace devuelve al lector a la página de inicio",
    ),
    (
        re.compile(r"^a link names it, but the crawl budget ran out before reading it$"),
        lambda m: "un enlace lo menciona, pero la revisión terminó antes de leerlo",
    ),
    (
        re.compile(r"^does not apply to municipalities$"),
        lambda m: "no aplica a las municipalidades",
    ),
    (
        re.compile(r"^robots\.txt forbids the monitor to read the portal$"),
        lambda m: "robots.txt del portal no permite que el monitor lo lea",
    ),
    (
        re.compile(r"^the portal could not be read: (.+)$"),
        lambda m: f"no se pudo leer el portal: {m[1]}",
    ),
    (
        re.compile(r"^only a link to another host \((.+)\) names it; that host is out of scope$"),
        lambda m: f"solo lo menciona un enlace a otro sitio ({m[1]}), que no se revisa",
    ),
    (
        re.compile(
            rf"^not found in the (\d+) pages read, but (\S+) {STOPPED_BY_AN_ERROR} \((.+)\)$"
        ),
        lambda m: (
            f"no se encontró en las {m[1]} páginas leídas, pero la página {m[2]} quedó cortada"
            f" por un error del servidor ({m[3]})"
        ),
    ),
    (
        re.compile(r"^not found in the (\d+) pages read, but (.+)$"),
        lambda m: f"no se encontró en las {m[1]} páginas leídas, pero {_WHY.get(m[2], m[2])}",
    ),
    (
        re.compile(
            r"^not found in the (\d+) pages read; robots\.txt kept (\d+) page\(s\) from being read$"
        ),
        lambda m: (
            f"no se encontró en las {m[1]} páginas leídas; robots.txt impidió leer {m[2]} página(s)"
        ),
    ),
    (
        re.compile(
            r"^not found on any of the (\d+) pages read; only news, blog or archive pages "
            r"were left unread$"
        ),
        lambda m: (
            f"no se encontró en ninguna de las {m[1]} páginas leídas; solo quedaron sin "
            "leer noticias, blog o archivo"
        ),
    ),
    (
        re.compile(r"^not found on any of the (\d+) pages read$"),
        lambda m: f"no se encontró en ninguna de las {m[1]} páginas leídas",
    ),
]


def spanish_reason(reason: str) -> str:
    """The reason in Spanish; unchanged when no template matches."""
    for pattern, render in _RULES_LIST:
        match = pattern.match(reason)
        if match:
            return render(match)
    return reason


def knows(reason: str) -> bool:
    """Whether ``reason`` matches one of the judge's templates."""
    return any(pattern.match(reason) for pattern, _ in _RULES_LIST)
