"""What a query form in a page's content leads to: the GET submissions a visitor can make.

Many portals publish an item's documents behind a form, not a link: "Seleccione el año y el mes
a consultar" over ``<select name="anio">``, ``<select name="mes">`` and a "Consultar" button,
whose answer (``consulta.php?anio=2026&mes=10&buscar=Consultar``) lists that period's files. A
form sent with GET only reads, like a link, so its submissions are read as links are: every
combination of its choices (or, past ``MAX_QUERIES``, each choice with the others at their
defaults), encoded as a browser encodes them (the fields in document order, the first named
submit button's own pair, the action's query replaced). A submission's text is its choices'
("Octubre 2026"), so the crawl reads a period form as the archive it is, newest first.

Not submitted: POST forms (they may change something), forms of the site's template (the
search box), forms whose only choices are free text (a search needs terms), a jump menu whose
choices are addresses (``page.py`` follows those), and a search form asking for terms
(``required`` text).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

import lxml.etree

from monitor.compliance.status import is_side_view

MAX_QUERIES = 60  # submissions read from one form
MAX_CHOICES = 40  # choices of one field taken (a select of every day of a year is not a menu)
# An option that asks for a choice rather than making one ("Seleccione el año", "-- Elija --",
# a separator), whatever its value.
_PROMPT = re.compile(
    r"^\W*(?:seleccione|selecciona|elija|elige|escoja|escoge|choose|select)\b|^\W*$", re.I
)
# An option without a value that is a choice all the same: every period, every category.
_ALL = re.compile(r"^\W*(?:tod[oa]s?|cualquier[ao]?|all|any)\b", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Input types whose value the visitor types or that send nothing by themselves.
_TYPED = frozenset({"text", "search", "number", "date", "month", "email", "tel", "url", ""})


@dataclass(frozen=True)
class _Choice:
    value: str
    text: str


@dataclass
class _Field:
    name: str
    choices: list[_Choice]  # more than one: the visitor chooses; one: sent as it is
    default: int = 0  # the choice sent when the visitor chooses nothing


def _sends_get(el: lxml.etree._Element, attribute: str = "method") -> bool:
    """Whether a form (or a submit button's ``formmethod``) sends with GET, HTML's default."""
    return (el.get(attribute) or "get").strip().lower() == "get"


def _text(el: lxml.etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _is_address(value: str) -> bool:
    """Whether an option's value is a page's or file's address (a jump menu's), not a datum."""
    lowered = value.lower()
    return lowered.startswith(("/", "./", "../", "?", "http://", "https://")) or lowered.endswith(
        (".pdf", ".html", ".htm", ".php", ".aspx", ".doc", ".docx", ".xls", ".xlsx")
    )


def _select(el: lxml.etree._Element) -> _Field | None:
    """A select's choices: every option, the prompt excepted; its default the selected one."""
    options = [o for o in el.iter("option") if o.get("disabled") is None]
    if not options:
        return None
    choices: list[_Choice] = []
    default = 0
    for option in options:
        text = _text(option)
        value = option.get("value")
        value = text if value is None else value.strip()
        if _is_address(value):
            return None  # a jump menu: its choices are pages, followed as links
        if _PROMPT.match(text or value) or (not value and not _ALL.match(text)):
            continue  # "Seleccione el año", "-----", "Año": no choice; "Todos" is one
        if option.get("selected") is not None:
            default = len(choices)
        choices.append(_Choice(value, text or value))
    if not choices:
        return None
    return _Field(el.get("name", ""), choices[:MAX_CHOICES], min(default, MAX_CHOICES - 1))


def _radios(group: list[lxml.etree._Element], labels: dict[str, str]) -> _Field:
    choices: list[_Choice] = []
    default = 0
    for radio in group[:MAX_CHOICES]:
        value = radio.get("value", "on")
        text = labels.get(radio.get("id", "")) or " ".join((radio.tail or "").split()) or value
        if radio.get("checked") is not None:
            default = len(choices)
        choices.append(_Choice(value, text))
    return _Field(group[0].get("name", ""), choices, default)


@dataclass(frozen=True)
class _Query:
    fields: list[_Field]
    submit: tuple[str, str] | None  # the first submit button's own pair, when it has a name
    action: str  # the first submit button's formaction, else the form's action
    button: str  # the first submit button's text ("Consultar", "Ver documentos")


def _fields(form: lxml.etree._Element) -> _Query | None:
    """The form's fields in document order and what its first submit button adds; None when the
    form is not a query (a field asks for typed terms, or it holds no choice)."""
    labels = {
        label.get("for", ""): _text(label) for label in form.iter("label") if label.get("for")
    }
    fields: list[_Field] = []
    radios: dict[str, list[lxml.etree._Element]] = {}
    submit: tuple[str, str] | None = None
    action = form.get("action") or ""
    pressed = False
    button = ""
    chooses = False  # a select or radio buttons: the visitor picks
    typed = False  # a field the visitor types in: with nothing to pick, a search box
    for el in form.iter("select", "input", "button", "textarea"):
        name = el.get("name")
        if el.get("disabled") is not None:
            continue
        tag = el.tag
        kind = (el.get("type") or ("submit" if tag == "button" else "text")).strip().lower()
        if tag == "select":
            if not name:
                continue
            field = _select(el)
            if field is None:
                return None
            chooses = True
            fields.append(field)
        elif kind == "radio" and name:
            if name not in radios:
                radios[name] = []
                fields.append(_Field(name, []))  # its place in the order; choices below
            radios[name].append(el)
        elif kind == "submit":
            if not pressed:
                pressed = True
                submit = (name, el.get("value", "")) if name else None
                button = _text(el) or el.get("value", "")
                action = el.get("formaction") or action
                if not _sends_get(el, "formmethod"):
                    return None
        elif not name:
            continue
        elif tag == "textarea" or kind in _TYPED:
            if el.get("required") is not None and not el.get("value"):
                return None  # a search that needs the visitor's terms
            typed = True
            fields.append(_Field(name, [_Choice(el.get("value", ""), "")]))
        elif kind == "hidden":
            fields.append(_Field(name, [_Choice(el.get("value", ""), "")]))
        elif kind == "checkbox" and el.get("checked") is not None:
            fields.append(_Field(name, [_Choice(el.get("value", "on"), "")]))
    for index, field in enumerate(fields):
        group = radios.get(field.name)
        if group is not None and not field.choices:
            fields[index] = _radios(group, labels)
            chooses = True
    if not chooses and (typed or not pressed):
        return None  # a search box, or no way to send it
    return _Query(fields, submit, action.strip(), button)


def _newest(field: _Field) -> int:
    """The choice a period form is read from first: the latest year, else the default."""
    years = [i for i, c in enumerate(field.choices) if _YEAR.match(c.value or c.text)]
    if years and len(years) >= len(field.choices) - 1:
        return max(years, key=lambda i: field.choices[i].value or field.choices[i].text)
    return field.default


def _label(chosen: list[_Choice]) -> str:
    """The submission's text: its choices, a year last ("Octubre 2026")."""
    texts = [c.text for c in chosen if c.text]
    return " ".join(sorted(texts, key=lambda t: bool(_YEAR.match(t))))


def unsent_choice(select: lxml.etree._Element) -> bool:
    """Whether ``select`` offers choices whose answers the crawl cannot read: it sits in a POST
    form (an ASP.NET postback, ``<form method="post">``) or in no form (a script reads it), and
    it is no jump menu (whose choices are addresses, followed as links)."""
    form = next(select.iterancestors("form"), None)
    if form is not None and _sends_get(form):
        return False
    field = _select(select)
    return field is not None and len(field.choices) > 1


def form_queries(
    form: lxml.etree._Element, base: str, join: Callable[[str, str], str | None]
) -> list[tuple[str, str]]:
    """``(address, text)`` of each GET submission of ``form`` on the page at ``base``; ``join``
    makes an address absolute (the page's own rule)."""
    if not _sends_get(form):
        return []
    query = _fields(form)
    if query is None:
        return []
    target = join(base, query.action) if query.action else base
    if target is None:
        return []
    fields, submit = query.fields, query.submit
    parts = urlsplit(target)
    choosing = [i for i, f in enumerate(fields) if len(f.choices) > 1]
    total = 1
    for i in choosing:
        total *= len(fields[i].choices)
    combos: list[dict[int, int]]
    if total <= MAX_QUERIES:
        combos = [
            dict(zip(choosing, picks, strict=True))
            for picks in itertools.product(*(range(len(fields[i].choices)) for i in choosing))
        ]
    else:
        # Each choice alone, the other fields at the choice read first.
        start = {i: _newest(fields[i]) for i in choosing}
        combos = [start] + [
            start | {i: pick}
            for i in choosing
            for pick in range(len(fields[i].choices))
            if pick != start[i]
        ]
    queries: dict[str, str] = {}
    for combo in combos:
        pairs: list[tuple[str, str]] = []
        chosen: list[_Choice] = []
        for index, field in enumerate(fields):
            choice = field.choices[combo.get(index, field.default)]
            pairs.append((field.name, choice.value))
            if index in combo:
                chosen.append(choice)
        if submit is not None:
            pairs.append(submit)
        address = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(pairs), ""))
        if is_side_view(address):
            continue  # "Mostrar # 5 / 10 / Todos", "Ordenar por": the same listing, another view
        queries.setdefault(address, _label(chosen) or query.button)
        if len(queries) >= MAX_QUERIES:
            break
    return list(queries.items())
