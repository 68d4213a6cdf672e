"""What a page's own small scripts fetch into it: an item's content loaded from an HTML fragment.

A page can show an item's documents by fetching them from an address of its own site as it
opens: ``xhr.open('GET', '/ip/fragmentos/numeral8.html')`` or
``fetch('/ajax/numeral.php?id=8')`` written into ``document.getElementById('contenido')``,
jQuery's ``$('#contenido').load('/ip/numeral8.html')``. No browser is needed to read such a page:
the address in the script is read as a link of the element the script fills (or, when it names
none, of the place where the script stands). A script that sends the browser on as the page
opens (a splash page's ``window.location.replace('/inicio/')``, ``location.href = '…'``) is read
the same way: its address is a link of the page, as a ``<meta http-equiv="refresh">`` is. Only
addresses written whole are taken (``'/x?id=' + id`` builds one at run time and is left alone);
JavaScript-built sites are ``render.py``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree

# A literal address handed to XMLHttpRequest, fetch, jQuery's load/get/ajax, as a whole argument.
_FETCHED = re.compile(
    r"""(?:\.open\(\s*["']GET["']\s*,|\bfetch\(|\.load\(|\$\.get\(|\$\.ajax\(\s*\{\s*url\s*:)"""
    r"""\s*["']([^"'\s]+)["'](?=\s*[,)}])""",
    re.I,
)
# A literal address a script sends the browser to.
_NAVIGATES = re.compile(
    r"""\blocation(?:\.href)?\s*=\s*["']([^"'\s]+)["']"""
    r"""|\blocation\.(?:replace|assign)\(\s*["']([^"'\s]+)["']\s*\)"""
)
# The element a script writes into, by id.
_TARGET = re.compile(
    r"""getElementById\(\s*["']([\w:.-]+)["']\s*\)"""
    r"""|querySelector\(\s*["']#([\w:.-]+)["']\s*\)"""
    r"""|\$\(\s*["']#([\w:.-]+)["']\s*\)"""
)
# Bytes of a page that may hold such a script (checked before any script is read).
MARKS = (b"XMLHttpRequest", b"fetch(", b".load(", b"$.get(", b"$.ajax(")
# Bytes of a page that may send the browser on (most pages that say "location" only read it).
_NAVIGATION_MARK = re.compile(rb"location(?:\.href)?\s*=|location\.(?:replace|assign)\(")


@dataclass
class Fetched:
    """The addresses a page's scripts fetch: by the id of the element each fills, and, for a
    script that names no element, by the script element."""

    by_target: dict[str, list[str]] = field(default_factory=dict)
    by_script: dict[lxml.etree._Element, list[str]] = field(default_factory=dict)


def fetched(root: lxml.etree._Element, body: bytes) -> Fetched | None:
    """What the inline scripts of ``root`` (parsed from ``body``) fetch, or None for none."""
    if not any(mark in body for mark in MARKS) and not _NAVIGATION_MARK.search(body):
        return None
    found = Fetched()
    ids: set[str | None] | None = None
    for script in root.iter("script"):
        if script.get("src"):
            continue
        text = script.text or ""
        gone = [a or b for a, b in _NAVIGATES.findall(text)] if "location" in text else []
        if gone:
            found.by_script.setdefault(script, []).extend(gone)
        addresses = [a for a in _FETCHED.findall(text) if not a.startswith(("#", "data:"))]
        if not addresses:
            continue
        targets = [next(g for g in groups if g) for groups in _TARGET.findall(text)]
        if ids is None:
            ids = {el.get("id") for el in root.iterfind(".//*[@id]")}
        target = next((t for t in targets if t in ids), None)
        if target is not None:
            found.by_target.setdefault(target, []).extend(addresses)
        else:
            found.by_script.setdefault(script, []).extend(addresses)
    return found if found.by_target or found.by_script else None
