"""Spanish (Guatemala) formatting of dates, durations, percentages and verdicts for the e-mails."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from monitor.report.sections import STATUS_LABELS

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
CAUSES: dict[str, str] = {
    "dns": "el nombre del sitio no se pudo resolver (DNS)",
    "connect": "no se pudo conectar con el servidor",
    "timeout": "el servidor tardó demasiado en responder",
    "tls": "falla del certificado de seguridad (HTTPS)",
    "blocked": "el servidor bloqueó el acceso",
    "http_status": "el servidor respondió con un error",
    "redirect_loop": "redirecciones sin fin",
    "invalid_response": "respuesta inválida del servidor",
    "placeholder": (
        "el sitio mostraba otra página en lugar del portal (mantenimiento, cuenta suspendida, "
        "dominio vencido o página de prueba del servidor)"
    ),
}


def local(moment: dt.datetime, timezone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(timezone))


def long_date(day: dt.date) -> str:
    """``'lunes 16 de noviembre de 2026'``."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} de {MONTHS[day.month - 1]} de {day.year}"


def short_date(day: dt.date) -> str:
    """``'16 de noviembre de 2026'``."""
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def date_time(moment: dt.datetime, timezone: str) -> str:
    """``'lun. 16 nov., 14:05'`` in the report time zone."""
    value = local(moment, timezone)
    return (
        f"{WEEKDAYS[value.weekday()][:3]}. {value.day} {MONTHS[value.month - 1][:3]}., "
        f"{value:%H:%M}"
    )


def day_range(first: dt.date, last: dt.date) -> str:
    """``'del 16 al 22 de noviembre de 2026'``, naming both months/years only when they differ."""
    if first.year != last.year:
        return f"del {short_date(first)} al {short_date(last)}"
    if first.month != last.month:
        return f"del {first.day} de {MONTHS[first.month - 1]} al {short_date(last)}"
    return f"del {first.day} al {short_date(last)}"


def duration(span: dt.timedelta) -> str:
    """``'2 h 15 min'``, ``'3 días 4 h'``, ``'menos de 1 min'``."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return "menos de 1 min"
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} día{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {minutes} min" if minutes else "")
    return f"{minutes} min"


def percent(value: float | None, digits: int = 1) -> str:
    """``0.99523 -> '99.5 %'`` (Guatemala writes decimals with a point); ``'sin datos'``."""
    if value is None:
        return "sin datos"
    return f"{value * 100:.{digits}f} %"


def points(change: float | None) -> str:
    """A score change in percentage points: ``'+5 puntos'``, ``'sin cambio'``."""
    if change is None:
        return "sin comparación"
    value = round(change * 100)
    if value == 0:
        return "sin cambio"
    return f"{value:+d} punto{'s' if abs(value) != 1 else ''}"


def seconds(value: float | None) -> str:
    """``0.8421 -> '0.84 s'``; ``'sin datos'``."""
    return "sin datos" if value is None else f"{value:.2f} s"


def verdict(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def cause(error: str | None) -> str:
    return CAUSES.get(error or "", "causa no registrada")


_EVERY = {"monthly": "cada mes", "yearly": "cada año"}


def advice(status: str, update: str) -> str:
    """What to do about a section in this state, in one friendly sentence."""
    every = _EVERY.get(update)
    if status == "missing":
        return (
            "No la encontramos en su portal. Publíquela con un enlace visible desde la página "
            "de información pública de oficio."
        )
    if status == "broken":
        return "El enlace existe pero no abre. Revise el enlace o vuelva a subir el documento."
    if status == "empty":
        return "La página o el documento está vacío. Publique el contenido que corresponde."
    if status == "outdated":
        when = f" Esta información debe actualizarse {every}." if every else ""
        return "La información publicada no está al día; publique la versión más reciente." + when
    return (
        "No pudimos verificarla en la última revisión (el portal no respondió o la revisión "
        "quedó incompleta). No necesita hacer nada si ya está publicada."
    )


def period(day: dt.date, precision: str | None) -> str:
    """A date as precisely as the portal wrote it: ``'octubre de 2026'``, ``'2026'``, or a day."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{MONTHS[day.month - 1]} de {day.year}"
    return short_date(day)
