"""Texts naming several Article 10 numerals at once (``compliance.groups``) and how the
catalogue's matcher reads them: one row, heading or document for items published together."""

from __future__ import annotations

import pytest

from monitor.compliance.catalog import load_catalog
from monitor.compliance.groups import numeral_group, split_included


@pytest.mark.parametrize(
    ("text", "numerals"),
    [
        ("Numerales 2 y 3", (2, 3)),
        ("NUMERALES 14, 15, 16 y 17 2026", (14, 15, 16, 17)),
        ("Art. 10 num. 8, 22 - Ejecución presupuestaria", (8, 22)),
        ("Numerales del 14 al 17", (14, 15, 16, 17)),
        ("Incisos 9 y 10: depósitos y cotizaciones", (9, 10)),
        ("Numeral 10 y 11 diciembre 2026", (10, 11)),
        ("8-9 Inf. mensuales de ejec. presup.", (8, 9)),
        ("24 / 25", (24, 25)),
        ("del 14 al 17", (14, 15, 16, 17)),
    ],
)
def test_a_group_of_numerals_is_read_as_written(text: str, numerals: tuple[int, ...]) -> None:
    group = numeral_group(text)
    assert group is not None and group.numerals == numerals


@pytest.mark.parametrize(
    "text",
    [
        "Numeral 8",
        "Numeral 04.04 Dietas",  # a sub-item of numeral 4
        "4.4 Dietas",
        "Numeral 8 - 2026",
        "Numeral 8 - Informes mensuales",
        "Informe numeral 8, 12 de octubre de 2026",  # a day
        "Numerales 1 al 29",  # the whole article, not items published together
        "2026-2027 Informe",
        "10/11/2026",
        "Art. 10 Num. 4, Dietas",
    ],
)
def test_one_numeral_dates_and_the_whole_article_are_no_group(text: str) -> None:
    assert numeral_group(text) is None


def test_an_aside_names_the_numerals_a_heading_includes() -> None:
    assert split_included("2. Dirección y teléfonos (incluye numeral 3)") == (
        "2. Dirección y teléfonos",
        (3,),
    )
    assert split_included("Misión y objetivos (incluye numerales 5 y 7)")[1] == (5, 7)
    assert split_included("Informe de labores (2026)") == ("Informe de labores (2026)", ())


def test_the_matcher_names_every_item_of_a_group() -> None:
    catalog = load_catalog()
    ids = {
        text: (found.ids if (found := catalog.match(text)) else None)
        for text in (
            "Numerales 8 y 22 - Ejecución presupuestaria y compras directas",
            "2. Dirección y teléfonos (incluye numeral 3)",
            "10.12 Viajes nacionales e internacionales (incluye numeral 4)",
            "Misión y objetivos, plan operativo anual y sus resultados (incluye numeral 7)",
            "8-9 Informes mensuales de ejecución presupuestaria; depósitos",
            "Artículo 11 numerales 2 y 3",
            "1/2",
        )
    }
    assert list(ids.values()) == [
        ("art10.n08", "art10.n22"),
        ("art10.n02", "art10.n03"),
        ("art10.n12", "art10.n04"),
        ("art10.n05", "art10.n07"),
        ("art10.n08", "art10.n09"),
        None,  # another article's numerals
        None,  # a bare pair of numbers in running text is no group
    ]
    row = catalog.match_line("del 14 al 17")  # a table row's number cell
    assert row is not None and row.ids == ("art10.n14", "art10.n15", "art10.n16", "art10.n17")
    # A numbered group must read like one of its items.
    assert catalog.match("1-2 Representa a todo el municipio") is None


def test_a_posts_time_is_no_numeral() -> None:
    catalog = load_catalog()
    assert [catalog.match(text) for text in ("10:08", "9:30 a. m.", "10:08 PM")] == [None] * 3
    found = catalog.match("10.08 Ejecución presupuestaria")
    assert found is not None and found.ids == ("art10.n08",)


def test_a_part_of_the_article_names_none_of_its_numerals() -> None:
    # A heading over the first of two pages of the index (exam 72's ``sanjuan``): a range wider
    # than a group published together is no numeral, not its first one.
    catalog = load_catalog()
    for text in ("Numerales 1 al 15", "NUMERALES 16-29", "Numerales 1 a 15 del Artículo 10"):
        assert catalog.match(text) is None, text
        assert catalog.match_line(text) is None, text
    found = catalog.match("Numeral 1 al día")  # one numeral, whatever follows it
    assert found is not None and found.ids == ("art10.n01",)
