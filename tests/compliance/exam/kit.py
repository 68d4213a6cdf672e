"""What every exam's layouts share: the portal and its server, the draw of a portal, document
paths and upload dates, and the report's HTML snippet. A layout module gives only its layouts.

Items and truth are drawn as ``tests.compliance.generated.portals._item`` draws them; the draw
order (layout, day, items, the layout's own draws, the generator's noise) is the same for every
exam, so a seed names the same portals whatever module holds this code.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.compliance.fleet.server import LoopbackServer
from tests.compliance.generated.portals import (
    ITEMS,
    Doc,
    GeneratedPortal,
    Item,
    Routes,
    _add_noise,
    _e,
    _item,
    _no_accents,
)

DAYS = (dt.date(2026, 11, 24), dt.date(2027, 1, 6), dt.date(2026, 12, 4))


@dataclass
class ExamPortal(GeneratedPortal):
    # Extra answer headers per path (Content-Disposition of download endpoints).
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)  # numeral -> how it was laid out


class ExamServer(LoopbackServer):
    """The loopback server, adding per-path headers (the fleet server has no field for them)."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes)
        self.extra = headers

    def _answer(self, handler: Any, *, head: bool) -> None:
        extra = self.extra.get(handler.path)
        if extra and handler.path in self.routes:
            original = handler.end_headers

            def end_headers() -> None:
                for name, value in extra.items():
                    handler.send_header(name, value)
                handler.end_headers = original
                original()

            handler.end_headers = end_headers
        super()._answer(handler, head=head)


Builder = Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]


@st.composite
def exam_portal(
    draw: st.DrawFn,
    layout: str | None,
    layouts: Sequence[str],
    inner: Mapping[str, str],
    builders: Mapping[str, Builder],
    *,
    unique_documents: bool = False,
) -> ExamPortal:
    """One portal of ``layout`` (drawn from ``layouts`` when None) with its truth: items drawn
    under the generated layout ``inner[layout]``, laid out by ``builders[layout]``, then the
    generator's noise (the information office's page, news, sometimes a page answering 500, and
    every ok document served at its path). ``unique_documents``: give documents sharing a path
    (the generator cuts long slugs) paths of their own first."""
    layout = layout or draw(st.sampled_from(list(layouts)))
    today = draw(st.sampled_from(DAYS))
    items = [draw(_item(n, inner[layout], today, None)) for n in range(1, 30)]
    for item in items:
        item.post = False
    if unique_documents:
        seen: set[str] = set()
        for item in items:
            for doc in item.docs:
                doc.path = unique(doc.path, seen)
    portal = ExamPortal(layout, today, {}, items)
    portal.routes = builders[layout](items, today, draw, portal)
    _add_noise(portal.routes, items, today, draw)
    return portal


def wording(layouts_file: str) -> dict[str, Any]:
    """The ``wording.toml`` beside an exam's ``layouts.py`` (call with ``__file__``)."""
    return tomllib.loads(Path(layouts_file).with_name("wording.toml").read_text(encoding="utf-8"))


def unique(path: str, seen: set[str]) -> str:
    """``path``, or ``path`` with a counter before its extension when another document of the
    portal already has it (the generator cuts long slugs, so two years of one yearly item can
    share a file name; on a real site they are two files)."""
    stem, dot, ext = path.rpartition(".")
    if not dot or "/" in ext:
        stem, dot, ext = path, "", ""
    candidate, number = path, 2
    while candidate in seen:
        candidate = f"{stem}-{number}{dot}{ext}"
        number += 1
    seen.add(candidate)
    return candidate


def uploaded(doc: Doc, today: dt.date, lag: int) -> dt.date:
    """When the file was put on the site: ``lag`` days after the period it covers, never later
    than today."""
    assert doc.modified is not None
    return min(doc.modified + dt.timedelta(days=lag), today)


def paragraphs(texts: Sequence[str], css: str = "") -> str:
    """Each text as a ``<p>`` (of class ``css``), escaped."""
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{_e(text)}</p>" for text in texts)


def day_month_year(day: dt.date) -> str:
    """ "06/11/2026", as Guatemalan portals print a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): the first two pages holding,
    after their ``<main>``, one of ``first``, the item's label or name, or a document's path."""
    item = next(i for i in portal.items if i.numeral == numeral)
    needles = [*first, _e(item.label), _e(item.plain)] + [_e(d.path) for d in item.docs]
    out: list[str] = []
    shown: set[str] = set()
    for needle in needles:
        for path, resource in portal.routes.items():
            if not resource.content_type.startswith("text/html") or path in ("/", *shown):
                continue
            text = resource.body.decode("utf-8", "replace")
            at = text.find(needle, max(0, text.find("<main>")))
            if at >= 0:
                out.append(f"{path}: …{text[max(0, at - 150) : at + width]}…")
                shown.add(path)
                if len(out) >= 2:
                    return "\n    html: ".join(out)
                break
    return "\n    html: ".join(out) or "(not on any page)"


def item_rhythm(item: Item) -> str:
    """How often the law's item is renewed ("monthly", "yearly", …), as the generator says."""
    return str(ITEMS[item.numeral]["rhythm"])


def file_stem(name: str) -> str:
    """A document's name as WordPress's sanitize_file_name leaves it: no accents, hyphens."""
    plain = _no_accents(name).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain)
    return "-".join(kept.split())[:80] or "documento"


def hex_digits(draw: st.DrawFn, digits: int) -> str:
    """``digits`` drawn hexadecimal digits (an id, a hash in a file name)."""
    return f"{draw(st.integers(0, 16**digits - 1)):0{digits}x}"


def breadcrumb(home: str, crumbs: Sequence[tuple[str, str]] | None) -> str:
    """A breadcrumb trail from the home page through ``crumbs`` ((text, address); the last one
    usually without an address), or "" without crumbs."""
    if not crumbs:
        return ""
    links = [f'<a href="/">{_e(home)}</a>'] + [
        f'<a href="{_e(href)}">{_e(text)}</a>' if href else f"<span>{_e(text)}</span>"
        for text, href in crumbs
    ]
    return f'<ol class="breadcrumb"><li>{"</li><li> › ".join(links)}</li></ol>'


def site_page(title: str, institution: str, nav: str, trail: str, body: str, footer: str) -> bytes:
    """A page of a public body's site: its name and menu, the breadcrumb, the title, the
    content and the footer, as UTF-8."""
    html = (
        f"<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{_e(title)} - "
        f"{_e(institution)}</title></head><body><header class='site-header'>"
        f"<p class='institucion'>{_e(institution)}</p>{nav}</header><main>{trail}"
        f"<h1>{_e(title)}</h1>{body}</main><footer class='site-footer'><p>{_e(footer)}</p>"
        "</footer></body></html>"
    )
    return html.encode("utf-8")
