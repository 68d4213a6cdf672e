"""Small moves in a parsed page's tree that keep its text where a reader sees it."""

from __future__ import annotations

import lxml.etree


def lift(el: lxml.etree._Element) -> None:
    """Leave the text after ``el`` where it is, before ``el`` moves (lxml moves it along)."""
    if el.tail:
        previous, parent = el.getprevious(), el.getparent()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        elif parent is not None:
            parent.text = (parent.text or "") + el.tail
        el.tail = None


def detach(el: lxml.etree._Element) -> None:
    """Take ``el`` out of its tree; the text after it stays where it was."""
    parent = el.getparent()
    if parent is not None:
        lift(el)
        parent.remove(el)
