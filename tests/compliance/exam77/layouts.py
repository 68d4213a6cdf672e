"""Exam 77 layouts: text damaged by OCR and by hand typing (see ``__init__``)."""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    item_words,
)

LAYOUTS = ("lista", "tabla", "paginas")
EXAM77: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: numbered lines of a
# pasted list, a table's rows (bare labels allowed), a page per numeral with the law's text.
_INNER = {"lista": "lines", "tabla": "table", "paginas": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])


def _w(section: str, key: str) -> Any:
    return EXAM77[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for the damage and cosmetic details, seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


# -- the damage --------------------------------------------------------------------------------

# Markers for markup a damaged text carries (replaced after escaping).
_SHY = "\ue000"  # &shy; written as an entity
_BR = "\ue001"  # a line break kept from the OCR text
_NBSP = "\ue002"  # &nbsp; written as an entity (an editor's doubled space)
_LETTERS: list[tuple[str, str]] = [(str(a), str(b)) for a, b in _w("damage", "letters")]
_DIGITS: list[tuple[str, str]] = [(str(a), str(b)) for a, b in _w("damage", "digits")]
_LIGATURES: list[tuple[str, str]] = [(str(a), str(b)) for a, b in _w("damage", "ligatures")]
_ACCENTED = "áéíóúÁÉÍÓÚñÑ"
_MONTHS = {m.lower() for m in MESES} | {_no_accents(m).lower() for m in MESES}
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

# What may happen to a label, a document's name, a line of the law: OCR confusions, split words,
# invisible and non-breaking spaces, ligatures, spaces doubled or lost.
_TEXT_KINDS = ("ocr", "digitos", "anchos", "guion", "shy", "zw", "nbsp", "pegado", "ligadura")
_DATE_KINDS = ("fecha-ocr", "fecha-digitos", "fecha-anchos", "fecha-zw", "fecha-nbsp")


def render(text: str) -> str:
    """A damaged text as HTML: escaped, its markers written as the markup they stand for."""
    return _e(text).replace(_SHY, "&shy;").replace(_BR, "<br>\n").replace(_NBSP, "&nbsp;")


def _words(text: str) -> list[str]:
    """``text`` split into words and the spaces between them (every other entry a space)."""
    return re.split(r"( +)", text)


def _is_month(word: str) -> bool:
    return word.strip(".,:;()").lower() in _MONTHS


def _is_year(word: str) -> bool:
    return re.fullmatch(r"\(?(19|20)\d\d[).,:;]?", word) is not None


def _is_date(word: str) -> bool:
    return re.search(r"\d{1,2}/\d{1,2}/\d{4}", word) is not None


def _ocr_word(word: str, rng: random.Random) -> str:
    """One letter of ``word`` read as another (never a digit turned into another digit)."""
    spots = [
        (at, old, new)
        for old, new in _LETTERS
        for at in [m.start() for m in re.finditer(re.escape(old), word)]
    ]
    if not spots:
        return word
    at, old, new = rng.choice(spots)
    return word[:at] + new + word[at + len(old) :]


def _digit_word(word: str, rng: random.Random) -> str:
    """One 0 or 1 of ``word`` read as a letter ("2O26", "l8", "3l/10")."""
    spots = [(at, new) for old, new in _DIGITS for at, ch in enumerate(word) if ch == old and new]
    if not spots:
        return word
    at, new = rng.choice(spots)
    return word[:at] + new + word[at + 1 :]


def _inside(word: str, rng: random.Random, mark: str) -> str:
    """``mark`` inserted between two characters of ``word`` (never at its ends)."""
    if len(word) < 3:
        return word
    at = rng.randint(1, len(word) - 2) if len(word) > 3 else 2
    return word[:at] + mark + word[at:]


_VOWELS = "aeiouáéíóúü"
_CLUSTERS = {
    "bl",
    "br",
    "cl",
    "cr",
    "dr",
    "fl",
    "fr",
    "gl",
    "gr",
    "pl",
    "pr",
    "tr",
    "ch",
    "ll",
    "rr",
}


def _cuts(word: str) -> list[int]:
    """Where a printed line may cut ``word`` with a hyphen, as Spanish syllables allow: before a
    consonant followed by a vowel ("presu-puesto", "ejecu-ción"), between two consonants
    ("infor-mación") unless they sound as one ("nú-mero", "pú-blica"), never leaving fewer than
    three letters on either side."""
    low = word.lower()
    out = []
    for at in range(3, len(word) - 2):
        before, here, after = low[at - 1], low[at], low[at + 1]
        if here in _VOWELS or after not in _VOWELS or not here.isalpha():
            continue
        if before in _VOWELS or before.isalpha() and before + here not in _CLUSTERS:
            out.append(at)
        elif before + here in _CLUSTERS and at - 2 >= 2 and low[at - 2] in _VOWELS:
            out.append(at - 1)
    return sorted(set(c for c in out if 3 <= c <= len(word) - 3))


def _split_at(word: str, limit: int | None = None) -> int | None:
    """The cut nearest the middle of ``word`` (at most ``limit`` letters before it), if any."""
    cuts = [c for c in _cuts(word) if limit is None or c <= limit]
    if not cuts:
        return None
    middle = len(word) / 2
    return min(cuts, key=lambda c: abs(c - middle)) if limit is None else max(cuts)


class Damage:
    """Damage drawn by one generator: OCR confusions and careless typing, applied to a text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _pick(self, words: list[str], test: Callable[[str], bool]) -> int | None:
        spots = [i for i in range(0, len(words), 2) if words[i] and test(words[i])]
        return self.rng.choice(spots) if spots else None

    def apply(self, text: str, kind: str) -> str:
        """``text`` with one damage of ``kind`` (unchanged when it has no place for it)."""
        rng = self.rng
        if kind == "mayusculas":
            return _no_accents(text).upper()
        if kind == "sin-tildes":
            return "".join(ch for ch in text if ch not in _ACCENTED)
        if kind == "ligadura":
            for old, new in _LIGATURES:
                text = text.replace(old, new)
            return text
        words = _words(text)

        def letters(w: str) -> bool:
            return len(w) >= 4 and w.isalpha()

        def long(w: str) -> bool:
            return len(w) >= 7 and w.isalpha()

        def number(w: str) -> bool:
            return any(ch.isdigit() for ch in w)

        if kind == "pegado":
            gaps = [
                i
                for i in range(1, len(words) - 1, 2)
                if not (words[i - 1][-1:].isdigit() and words[i + 1][:1].isdigit())
            ]
            if not gaps:
                return text
            i = rng.choice(gaps)
            words[i] = ""
            return "".join(words)
        if kind == "nbsp":
            gaps = list(range(1, len(words) - 1, 2))
            style = rng.choice(["doble", "dentro", "todos"])
            if style == "todos" and gaps:
                return "".join(w if i % 2 == 0 else "\u00a0" for i, w in enumerate(words))
            if style == "doble" and gaps:
                i = rng.choice(gaps)
                words[i] = _NBSP + " "
                return "".join(words)
            i_word = self._pick(words, long)
            if i_word is None:
                return text
            words[i_word] = _inside(words[i_word], rng, "\u00a0")
            return "".join(words)
        tests: dict[str, Callable[[str], bool]] = {
            "ocr": letters,
            "digitos": number,
            "anchos": number,
            "guion": long,
            "shy": long,
            "zw": lambda w: len(w) >= 4,
            "fecha-ocr": _is_month,
            "fecha-digitos": lambda w: _is_year(w) or _is_date(w),
            "fecha-anchos": lambda w: _is_year(w) or _is_date(w),
            "fecha-zw": _is_year,
            "fecha-nbsp": _is_year,
        }
        spot = self._pick(words, tests[kind])
        if spot is None:
            return text
        word = words[spot]
        if kind in ("ocr", "fecha-ocr"):
            words[spot] = _ocr_word(word, rng)
        elif kind in ("digitos", "fecha-digitos"):
            words[spot] = _digit_word(word, rng)
        elif kind in ("anchos", "fecha-anchos"):
            words[spot] = word.translate(_FULL)
        elif kind in ("zw", "fecha-zw"):
            words[spot] = _inside(word, rng, "\u200b")
        elif kind == "fecha-nbsp":
            digits = word.find("2")
            words[spot] = word[: digits + 1] + "\u00a0" + word[digits + 1 :]
        elif kind == "shy":
            mark = rng.choice(["\u00ad", _SHY])
            for at in sorted(rng.sample(_cuts(word), min(2, len(_cuts(word)))), reverse=True):
                word = word[:at] + mark + word[at:]
            words[spot] = word
        elif kind == "guion":
            cut = _split_at(word)
            if cut is not None:
                joint = rng.choice(["- ", "-" + _BR, "-\n"])
                words[spot] = word[:cut] + joint + word[cut:]
        return "".join(words)

    def text(
        self, text: str, count: int | None = None, kinds: Sequence[str] = ()
    ) -> tuple[str, list[str]]:
        """``text`` with ``count`` (1 to 3 when None) damages of ``kinds`` (the text kinds when
        empty); the whole-text ones (capitals without accents, accents dropped) first, the line
        breaks last. Returns the text and the kinds that changed it."""
        rng = self.rng
        pool = list(kinds) or list(_TEXT_KINDS)
        n = rng.randint(1, 3) if count is None else count
        chosen = [rng.choice(pool) for _ in range(n)]
        if not kinds and rng.random() < 0.25:
            chosen.insert(0, rng.choice(["mayusculas", "mayusculas", "sin-tildes"]))
        chosen.sort(key=lambda k: (k in ("mayusculas", "sin-tildes")) * -1 + (k == "guion"))
        done: list[str] = []
        for kind in chosen:
            changed = self.apply(text, kind)
            if changed != text:
                done.append(kind)
            text = changed
        return text, done

    def date(self, text: str) -> tuple[str, list[str]]:
        """A document's name or an "Actualizado" line whose month, year or date OCR misread,
        often with a damage of the text besides."""
        text, done = self.text(text, 1, _DATE_KINDS)
        if self.rng.random() < 0.5:
            text, more = self.text(text, 1, ("ocr", "shy", "zw", "ligadura", "nbsp", "pegado"))
            done += more
        return text, done

    def lines(self, text: str, width: int, hyphens: float) -> list[str]:
        """``text`` as a scanned printed page's lines of about ``width`` characters: a word
        crossing the edge is cut by a hyphen (``hyphens`` of the time) or carried over."""
        out: list[str] = []
        line = ""
        for word in text.split():
            if not line:
                line = word
                continue
            if len(line) + 1 + len(word) <= width:
                line += " " + word
                continue
            room = width - len(line) - 1
            bare = word.rstrip(".,;:")
            cut = _split_at(bare, room - 1) if room >= 4 else None
            if cut is not None and self.rng.random() < hyphens:
                out.append(line + " " + word[:cut] + "-")
                line = word[cut:]
                continue
            out.append(line)
            line = word
        if line:
            out.append(line)
        return out


def _site(
    title: str, name: str, menu: Sequence[tuple[str, str]], body: str, footer: str, css: str
) -> Resource:
    """A page of the municipality's site: its navbar, the body inside ``<main>``, the footer."""
    links = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu)
    html = (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} | '
        f'{_e(name)}</title></head><body class="{css}"><header class="site-header"><a'
        f' class="brand" href="/">{_e(name)}</a><nav class="menu"><ul>{links}</ul></nav>'
        f'</header><main id="content">{body}</main><footer class="site-footer"><p>'
        f"{_e(footer)}</p></footer></body></html>"
    )
    return Resource(html.encode("utf-8"))


def _menu(words: Sequence[str], targets: dict[str, str]) -> list[tuple[str, str]]:
    return [(w, "/" if w == "Inicio" else targets.get(w, "/noticias/")) for w in words]


def _home(
    name: str, menu: list[tuple[str, str]], footer: str, css: str, link: str, word: str
) -> Resource:
    body = (
        f"<h1>{_e(name)}</h1><p>Bienvenidos al sitio oficial de la {_e(name)}.</p>"
        f'<p><a href="{_e(link)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    return _site(_e(name), name, menu, body, footer, css)


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    if item.law_text:
        return "ley"
    return "solo-etiqueta"


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 15)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _note(parts: Sequence[str], kinds: Sequence[str]) -> str:
    return "/".join([*parts, "+".join(sorted(set(kinds))) or "limpio"])


# -- lista: the OCR text of a printed list pasted into the CMS ---------------------------------


def _lista(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    hurt = Damage(rng)
    sec = "lista"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    path = str(draw(st.sampled_from(list(_w(sec, "path")))))
    title = str(draw(st.sampled_from(list(_w(sec, "title")))))
    footer = str(_w(sec, "footer"))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {menu_words[3]: path})
    lines_as = draw(st.sampled_from(["parrafos", "br", "fuente"]))
    labels_as = draw(st.sampled_from(["strong", "simple", "h4"]))
    docs_as = draw(st.sampled_from(["ul", "lineas"]))
    caps = draw(st.sampled_from([False, False, True]))  # the printed list was in capitals
    share = draw(st.sampled_from([0.5, 0.75, 1.0]))
    width = rng.randint(48, 80)
    hyphens = rng.choice([0.5, 0.8, 1.0])

    def pasted(text: str, damaged: bool) -> tuple[str, list[str]]:
        """A printed paragraph as its OCR text pasted: lines (a paragraph each, broken by
        ``<br>`` or by newlines in the source), line-end hyphens kept, letters misread."""
        kinds: list[str] = []
        if caps:
            text = _no_accents(text).upper()
        if damaged:
            text, kinds = hurt.text(text, rng.randint(1, 2), ("ocr", "digitos", "ligadura", "zw"))
        lines = hurt.lines(text, width, hyphens)
        if len(lines) > 1 and any(line.endswith("-") for line in lines):
            kinds.append("corte-de-linea")
        if lines_as == "parrafos":
            return "".join(f"<p>{render(line)}</p>" for line in lines), kinds
        joint = "<br>\n" if lines_as == "br" else "\n"
        return "<p>" + joint.join(render(line) for line in lines) + "</p>", kinds

    body = "".join(f"<p><strong>{_e(t)}</strong></p>" for t in _w(sec, "header"))
    body += f"<h1>{_e(title)}</h1>"
    note = str(draw(st.sampled_from(list(_w(sec, "note")))))
    if note:
        body += f"<p><em>{_e(note)}</em></p>"
    opening, _ = pasted(f"{_w(sec, 'article')} {_OPENING}", rng.random() < share)
    body += opening
    for item in _present(items):
        damaged = rng.random() < share
        label = _no_accents(item.label).upper() if caps else item.label
        kinds: list[str] = []
        if damaged:
            label, kinds = hurt.text(label)
        shown = render(label)
        if labels_as == "strong":
            body += f"<p><strong>{shown}</strong></p>"
        elif labels_as == "h4":
            body += f"<h4>{shown}</h4>"
        else:
            body += f"<p>{shown}</p>"
        for words in item_words(item):
            if words == item.updated:
                text, more = hurt.date(words) if damaged else (words, [])
                body += f"<p>{render(text)}</p>"
            else:
                html, more = pasted(words, damaged)
                body += html
            kinds += more
        links = []
        for doc in item.docs:
            text, more = hurt.date(doc.name) if damaged and rng.random() < 0.7 else (doc.name, [])
            kinds += more
            links.append(f'<a href="{_e(doc.path)}" target="_blank">{render(text)}</a>')
        if links and docs_as == "ul":
            body += "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
        else:
            body += "".join(f"<p>{a}</p>" for a in links)
        portal.notes[item.numeral] = _note(
            [
                "lista",
                lines_as,
                "mayusculas" if caps else "tal-cual",
                item_rhythm(item),
                _how(item),
            ],
            kinds,
        )
    css = "page-template-default page"
    routes[path] = _site(_e(title), name, menu, body, footer, css)
    routes["/"] = _home(name, menu, footer, "home", path, menu_words[3])
    _missing(portal, "lista")
    return routes


# -- tabla: a matrix typed or OCR'd from a printed table ----------------------------------------


def _number(n: int, rng: random.Random, damaged: bool) -> tuple[str, list[str]]:
    """The numeral as the row's first cell: "8", "08", or misread ("O8", "l8", "１８")."""
    text = str(n) if rng.random() < 0.6 else f"{n:02d}"
    if not damaged or rng.random() < 0.4:
        return text, []
    choices = _digit_variants(text)
    choices.append(("anchos", text.translate(_FULL)))
    choices.append(("zw", text[0] + "\u200b" + text[1:] if len(text) > 1 else text))
    kind, new = rng.choice(choices)
    return (new, [f"numero-{kind}"]) if new != text else (text, [])


def _digit_variants(text: str) -> list[tuple[str, str]]:
    """Every way one 0 or 1 of ``text`` is misread, as ("digitos", the misread text)."""
    return [
        ("digitos", text[:at] + new + text[at + 1 :])
        for old, new in _DIGITS
        for at, ch in enumerate(text)
        if ch == old
    ]


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    hurt = Damage(rng)
    sec = "tabla"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    path = str(_w(sec, "path"))
    title = str(_w(sec, "title"))
    footer = str(_w(sec, "footer"))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {title: path})
    heading = str(draw(st.sampled_from(list(_w(sec, "heading")))))
    columns = [str(t) for t in draw(st.sampled_from(list(_w(sec, "columns"))))]
    desc_as = draw(st.sampled_from(["etiqueta", "palabras", "ley"]))
    caps = draw(st.sampled_from([False, True]))
    share = draw(st.sampled_from([0.5, 0.75, 1.0]))
    repeat = draw(st.booleans())  # the header row again where the second scanned page starts
    present = _present(items)
    split_at = rng.randint(len(present) // 3, 2 * len(present) // 3) if repeat else -1
    head = "<tr>" + "".join(f"<th>{_e(c)}</th>" for c in columns) + "</tr>"
    rows = [f"<thead>{head}</thead><tbody>"]
    for index, item in enumerate(present):
        n = item.numeral
        damaged = rng.random() < share
        kinds: list[str] = []
        if index == split_at:
            rows.append(head)
        number, more = _number(n, rng, damaged)
        kinds += more
        words = {
            "etiqueta": item.label,
            "palabras": item.plain,
            "ley": str(ITEMS[n]["law"]["text"]),
        }[desc_as]
        if caps:
            words = _no_accents(words).upper()
        if damaged:
            words, more = hurt.text(words)
            kinds += more
        cell: list[str] = []
        for doc in item.docs:
            text = _no_accents(doc.name).upper() if caps else doc.name
            text, more = hurt.date(text) if damaged and rng.random() < 0.7 else (text, [])
            kinds += more
            cell.append(f'<a href="{_e(doc.path)}" target="_blank">{render(text)}</a>')
        for said in (item.phrase, item.own_text):
            if said:
                text = _no_accents(said).upper() if caps else said
                if damaged:
                    text, more = hurt.text(text, 1)
                    kinds += more
                cell.append(render(text))
        when = ""
        newest = max((d.modified for d in item.docs if d.modified), default=None)
        if newest is not None and item_rhythm(item) == "monthly":
            shown = min(newest, today)
            when = (
                day_month_year(shown)
                if rng.random() < 0.5
                else f"{MESES[shown.month - 1]} {shown.year}"
            )
            if caps:
                when = when.upper()
            if damaged:
                when, more = hurt.date(when)
                kinds += more
        rows.append(
            f"<tr><td>{render(number)}</td><td>{render(words)}</td><td>{'<br>'.join(cell)}</td>"
            f"<td>{render(when)}</td></tr>"
        )
        portal.notes[n] = _note(
            ["tabla", desc_as, "mayusculas" if caps else "tal-cual", item_rhythm(item), _how(item)],
            kinds,
        )
    rows.append("</tbody>")
    body = (
        f"<h1>{_e(title)}</h1><h2>{_e(_w(sec, 'office'))}</h2><p>{_e(_w(sec, 'created'))}</p>"
        f"<p><strong>{_e(_w(sec, 'objective_title'))}</strong></p>"
        f"<p>{_e(_w(sec, 'objective'))}</p><h2>{_e(heading)}</h2><p>{_e(_OPENING)}</p>"
        f'<table class="tabla-laip" border="1" cellpadding="3">{"".join(rows)}</table>'
    )
    routes[path] = _site(_e(title), name, menu, body, footer, "page-informacion-publica")
    routes["/"] = _home(name, menu, footer, "home", path, title)
    _missing(portal, "tabla")
    return routes


# -- paginas: an index of items leading to a page per item, titles typed or pasted -------------


def _paginas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    hurt = Damage(rng)
    sec = "paginas"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    index = str(_w(sec, "path"))
    title = str(_w(sec, "title"))
    footer = str(_w(sec, "footer"))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {menu_words[2]: index})
    heading = str(draw(st.sampled_from(list(_w(sec, "index_heading")))))
    see = str(draw(st.sampled_from(list(_w(sec, "see")))))
    index_shows = draw(st.sampled_from(["etiqueta", "etiqueta", "numeral"]))
    docs_as = draw(st.sampled_from(["lista", "tabla"]))
    share = draw(st.sampled_from([0.5, 0.75, 1.0]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    entries = ""
    for item in _present(items):
        n = item.numeral
        kinds: list[str] = []
        # The index and the page were typed apart: either, both or neither damaged.
        shown = item.label if index_shows == "etiqueta" else f"Numeral {n}"
        if rng.random() < share:
            shown, more = hurt.text(shown)
            kinds += [f"indice-{k}" for k in more]
        page_title = item.label
        damaged = rng.random() < share
        if damaged:
            page_title, more = hurt.text(page_title)
            kinds += [f"titulo-{k}" for k in more]
        plain_title = page_title.replace(_BR, " ").replace(_SHY, "").replace(_NBSP, " ")
        folded = unicodedata.normalize("NFKC", plain_title)
        slug = file_stem(folded).encode("ascii", "ignore").decode().lower().strip("-")
        slug = slug or f"numeral-{n}"
        page = unique(f"/{slug}/", seen)
        link = f'<a href="{_e(page)}">{render(shown)}</a>'
        if see:
            link = f'{render(shown)} <a href="{_e(page)}" class="btn">{_e(see)}</a>'
        entries += f"<li>{link}</li>"
        body = ""
        for words in item_words(item):
            if words == item.updated:
                text, more = hurt.date(words) if damaged else (words, [])
            elif damaged:
                text, more = hurt.text(words, rng.randint(2, 4), ("shy", "zw", "guion", "ocr"))
            else:
                text, more = words, []
            kinds += more
            body += f"<p>{render(text)}</p>"
        rows = []
        for doc in item.docs:
            up = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
            text, more = hurt.date(doc.name) if damaged and rng.random() < 0.7 else (doc.name, [])
            day = day_month_year(up)
            if damaged and rng.random() < 0.5:
                day, extra = hurt.text(day, 1, ("fecha-digitos", "fecha-anchos"))
                more += extra
            kinds += more
            rows.append((text, day, doc.path))
        if rows and docs_as == "tabla":
            heads = "".join(f"<th>{_e(c)}</th>" for c in _w(sec, "columns"))
            cells = "".join(
                f'<tr><td><a href="{_e(p)}" target="_blank">{render(t)}</a></td>'
                f"<td>{render(d)}</td></tr>"
                for t, d, p in rows
            )
            body += (
                f'<table class="table"><thead><tr>{heads}</tr></thead><tbody>{cells}</tbody>'
                "</table>"
            )
        elif rows:
            body += (
                "<ul>"
                + "".join(
                    f'<li><a href="{_e(p)}" target="_blank">{render(t)}</a> ({render(d)})</li>'
                    for t, d, p in rows
                )
                + "</ul>"
            )
        trail = (
            f'<p class="breadcrumb"><a href="/">Inicio</a> » <a href="{_e(index)}">'
            f"{_e(title)}</a></p>"
        )
        routes[page] = _site(
            _e(" ".join(plain_title.split())),
            name,
            menu,
            f'{trail}<article><h1 class="entry-title">{render(page_title)}</h1>'
            f'<div class="entry-content">{body}</div></article>',
            footer,
            "single single-page",
        )
        portal.notes[n] = _note(
            ["paginas", index_shows, docs_as, item_rhythm(item), _how(item)], kinds
        )
    body = (
        f"<h1>{_e(title)}</h1><p>{_e(_w(sec, 'intro'))}</p><h2>{_e(heading)}</h2>"
        f'<ul class="numerales">{entries}</ul>'
    )
    routes[index] = _site(_e(title), name, menu, body, footer, "page")
    routes["/"] = _home(name, menu, footer, "home", index, menu_words[2])
    _missing(portal, "paginas")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "lista": _lista,
    "tabla": _tabla,
    "paginas": _paginas,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 77 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
