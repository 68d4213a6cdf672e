"""Text folding (``compliance.text``): what the matcher compares."""

from __future__ import annotations

import pytest

from monitor.compliance.text import fold


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Nu\u00adme\u00adral 20", "numeral 20"),  # soft hyphens (&shy;)
        ("Nume\u200bral\u00a020 - Con\u200btrataciones", "numeral 20 contrataciones"),
        ("\ufeffInformación\u2060 pública", "informacion publica"),
        ("Numeral \uff18 y \U0001d7d6", "numeral 8 y 8"),  # full-width and mathematical digits
    ],
)
def test_what_a_browser_shows_as_nothing_is_folded_away(written: str, shown: str) -> None:
    assert fold(written) == shown
