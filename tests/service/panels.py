"""Draw each dashboard panel's query results to a PNG, as the words and numbers an officer reads.

Not Grafana: a plain card per panel with its title and one line per series or table row, after
the panel's own value mappings, display names and units. Enough for a person to look at the
names, titles and status words the dashboards show (the files are kept as test artefacts).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype/dejavu")
HIDDEN_LABELS = {"__name__", "job", "instance", "portal", "section", "department", "numeral"}
UNITS = {"percent": " %", "s": " s", "d": " días"}


@dataclass(frozen=True)
class Line:
    """One series or row: what names it and its value, as shown."""

    legend: str
    value: str
    color: str | None = None


def legend_for(template: str, labels: dict[str, str]) -> str:
    """Grafana's ``{{label}}`` substitution; ``__auto`` shows the labels that name the series."""
    if template in ("", "__auto"):
        shown = [v for k, v in sorted(labels.items()) if k not in HIDDEN_LABELS]
        return " · ".join(shown) or labels.get("__name__", "")
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: labels.get(m.group(1), ""), template)


def _mappings(panel: dict[str, Any], field: str) -> list[dict[str, Any]]:
    found = list(panel.get("fieldConfig", {}).get("defaults", {}).get("mappings", []))
    for override in panel.get("fieldConfig", {}).get("overrides", []):
        if override["matcher"].get("options") == field:
            for prop in override["properties"]:
                if prop["id"] == "mappings":
                    found.extend(prop["value"])
    return found


def _display_name(panel: dict[str, Any], name: str) -> str:
    for override in panel.get("fieldConfig", {}).get("overrides", []):
        if override["matcher"].get("id") == "byName" and override["matcher"].get("options") == name:
            for prop in override["properties"]:
                if prop["id"] == "displayName":
                    return str(prop["value"])
    return name


def _fixed_color(panel: dict[str, Any], field: str) -> str | None:
    for override in panel.get("fieldConfig", {}).get("overrides", []):
        if override["matcher"].get("options") == field:
            for prop in override["properties"]:
                if prop["id"] == "color":
                    return str(prop["value"].get("fixedColor"))
    return None


def format_value(panel: dict[str, Any], raw: str, field: str = "") -> tuple[str, str | None]:
    """The value as the panel shows it: a mapped word, or the number with its unit."""
    for mapping in _mappings(panel, field):
        if mapping.get("type") == "value":
            for key, result in mapping["options"].items():
                try:
                    if float(key) == float(raw):
                        return result.get("text", raw), result.get("color")
                except ValueError:
                    continue
    number = float(raw)
    if math.isnan(number):
        return "sin datos", None
    defaults = panel.get("fieldConfig", {}).get("defaults", {})
    decimals = defaults.get("decimals", 0 if field.startswith("Días") else 2)
    unit = UNITS.get(defaults.get("unit", ""), "")
    return f"{number:.{decimals}f}{unit}", None


def panel_lines(panel: dict[str, Any], results: list[tuple[dict[str, Any], Any]]) -> list[Line]:
    """``results``: (target, Prometheus ``data.result``) per target of the panel."""
    lines = []
    for target, result in results:
        fields = {"A": "Estado", "B": "Días (al día)", "C": "Días (no al día)"}
        field = fields.get(target.get("refId", ""), "") if panel["type"] == "table" else ""
        for series in result:
            labels = series.get("metric", {})
            raw = series["value"][1] if "value" in series else series["values"][-1][1]
            template = target.get("legendFormat", "__auto")
            legend = _display_name(panel, legend_for(template, labels))
            if panel["type"] == "table" and template not in ("", "__auto"):
                legend = f"{legend_for('__auto', labels)} · {legend}"  # a table names its rows
            value, color = format_value(panel, raw, field)
            lines.append(Line(legend, value, color or _fixed_color(panel, field)))
    return lines


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


COLORS = {
    "green": (22, 163, 74),
    "orange": (217, 119, 6),
    "yellow": (202, 138, 4),
    "red": (220, 38, 38),
    "dark-red": (153, 27, 27),
    "purple": (126, 34, 206),
}


def draw(title: str, lines: list[Line], png: Path, width: int = 900) -> None:
    """A card: the panel title, then ``legend ... value`` per line (mapped colours kept)."""
    row = 26
    height = 60 + row * max(1, len(lines)) + 20
    image = Image.new("RGB", (width, height), (255, 255, 255))
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 0, width - 1, height - 1), outline=(209, 213, 219))
    pen.text((16, 14), title, fill=(15, 61, 102), font=_font(20, bold=True))
    body = _font(15)
    if not lines:
        pen.text((16, 60), "sin datos", fill=(107, 114, 128), font=body)
    for index, line in enumerate(lines):
        y = 60 + index * row
        pen.text((16, y), line.legend[:80], fill=(31, 41, 55), font=body)
        color = COLORS.get(line.color or "", (31, 41, 55))
        pen.text((width - 16, y), line.value, fill=color, font=body, anchor="ra")
    png.parent.mkdir(parents=True, exist_ok=True)
    image.save(png)
