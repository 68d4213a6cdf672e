"""Spanish dates as portals write them, and freshness by update rule."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.dates import document_dates, find_dates, from_http_date, is_current, newest

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicado el 15/10/2026", "2026-10-15"),
        ("15 de octubre de 2026", "2026-10-15"),
        ("1 de Septiembre del 2025", "2025-09-01"),
        ("Actualizado: 2026-10-15", "2026-10-15"),
        ("Octubre 2026", "2026-10"),
        ("OCTUBRE-2026", "2026-10"),
        ("ejecucion_oct_2026.pdf", "2026-10"),
        ("/transparencia/2026/10/", "2026-10"),
        ("Repositorio 2026/Octubre", "2026-10"),
        ("Numeral 8 Octubre 2026.pdf", "2026-10"),
        ("nomina_oct2026.xlsx", "2026-10"),
        ("Actualizado: 15-oct-2026", "2026-10-15"),
        ("Numeral-22-15NOV2026.pdf", "2026-11-15"),
    ],
)
def test_spanish_dates_are_read_with_their_precision(text: str, expected: str) -> None:
    found = newest(find_dates(text, bare_years=True), TODAY)
    assert found is not None
    assert found.describe() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on November 3, 2026", "2026-11-03"),
        ("Nov 3, 2026", "2026-11-03"),
        ("Published: 28 October 2026", "2026-10-28"),
        ("Last Updated: 04 August 2026", "2026-08-04"),
        ("December 2025", "2025-12"),
    ],
)
def test_a_site_left_in_its_cms_english_locale_dates_in_english(text: str, expected: str) -> None:
    # WordPress's "F j, Y" and Joomla's "Published: j F Y" in English (the fifteenth exam).
    found = newest(find_dates(text, bare_years=True), TODAY)
    assert found is not None
    assert found.describe() == expected


def test_a_bare_year_counts_only_where_names_are_read() -> None:
    assert find_dates("Decreto 57-2008 de la ley") == []
    assert [d.describe() for d in find_dates("presupuesto_2026.pdf", bare_years=True)] == ["2026"]


def test_a_numeral_followed_by_a_month_is_not_a_day() -> None:
    found = find_dates("Numeral 8 Octubre 2026")
    assert {d.precision for d in found} == {"month"}


def test_a_file_named_day_month_year_in_a_year_folder_is_not_that_folders_month() -> None:
    # https://portal.ric.gob.gt/Articulo10_Numeral_04_04_2020: numeral, then year folders, files
    # named by their numeral, month and year: "2026/08_11_2026" had read as August 2026.
    found = find_dates("/Documentos/Articulo10/08/2026/08_11_2026.pdf", bare_years=True)
    assert {d.describe() for d in found} == {"2026"}
    assert [d.describe() for d in find_dates("/wp-content/uploads/2026/08/a.pdf")] == ["2026-08"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Flores report on its laip.gt portal: "Numeral 29." … "MES DE AGOSTO-2,020".
        ("Numeral 8 MES DE ENERO-2,026", "2026-01"),
        ("Ejecución de gastos octubre de 2,026", "2026-10"),
        ("Plan Operativo Anual, ejercicio fiscal 2.026", "2026"),
    ],
)
def test_a_year_written_with_a_thousands_separator_after_a_month_or_year_word(
    text: str, expected: str
) -> None:
    found = newest(find_dates(text, bare_years=True), TODAY)
    assert found is not None
    assert found.describe() == expected


@pytest.mark.parametrize(
    "text", ["Monto ejecutado en octubre: Q 2,026.00", "Población: 2,026 habitantes", "2,026"]
)
def test_a_separated_number_elsewhere_is_an_amount_not_a_year(text: str) -> None:
    assert find_dates(text, bare_years=True) == []


def test_text_without_a_date_yields_none() -> None:
    assert newest(find_dates("Informes mensuales de ejecución presupuestaria"), TODAY) is None


def test_periods_that_begin_after_today_are_ignored() -> None:
    dates = find_dates("Plan 2030 | Octubre 2026 | 31/12/2027", bare_years=True)
    assert newest(dates, TODAY).describe() == "2026-10"  # type: ignore[union-attr]


def test_a_fuller_date_outranks_a_bare_year_of_the_same_year() -> None:
    dates = find_dates("/2026/ Informe Abril 2026", bare_years=True)
    assert newest(dates, TODAY).describe() == "2026-04"  # type: ignore[union-attr]


def test_last_modified_header_is_read_as_a_day() -> None:
    found = from_http_date("Wed, 21 Oct 2026 07:28:00 GMT")
    assert found is not None and found.describe() == "2026-10-21"
    assert from_http_date("yesterday") is None
    assert from_http_date(None) is None


@pytest.mark.parametrize(
    ("text", "rule", "current"),
    [
        ("Octubre 2026", "monthly", True),
        ("Noviembre 2026", "monthly", True),
        ("Septiembre 2026", "monthly", False),
        ("2026", "yearly", True),
        ("2025", "yearly", False),  # in November 2026 a 2025 plan is outdated
        ("2024", "yearly", False),
        ("2015", "on_change", True),
    ],
)
def test_freshness_follows_the_update_rule(text: str, rule: str, current: bool) -> None:
    found = newest(find_dates(text, bare_years=True), TODAY)
    assert found is not None
    assert is_current(found, rule, TODAY) is current


@pytest.mark.parametrize(
    ("today", "current"),
    [
        (dt.date(2027, 1, 6), True),
        (dt.date(2027, 3, 31), True),
        (dt.date(2027, 4, 1), False),
        (dt.date(2026, 12, 4), True),
    ],
)
def test_last_year_counts_for_yearly_items_until_the_end_of_march(
    today: dt.date, current: bool
) -> None:
    plan = find_dates("Plan Operativo Anual 2026", bare_years=True)[0]
    assert is_current(plan, "yearly", today) is current


def test_monthly_freshness_crosses_the_year_boundary() -> None:
    january = dt.date(2027, 1, 6)
    december = newest(find_dates("Diciembre 2026"), january)
    november = newest(find_dates("Noviembre 2026"), january)
    assert december is not None and is_current(december, "monthly", january)
    assert november is not None and not is_current(november, "monthly", january)


def test_an_on_change_item_can_be_declared_stale_after_some_years() -> None:
    found = newest(find_dates("2019", bare_years=True), TODAY)
    assert found is not None
    assert not is_current(found, "on_change", TODAY, stale_after_years=3)


def test_a_decrees_number_is_not_a_year_of_the_content() -> None:
    # "Decreto 57-2008" (the LAIP) in an address or a heading dates the law, not what a page
    # publishes; an "Acuerdo número 3-2026" is of its year.
    assert find_dates("transparencia decreto-57-2008-art-10 numeral-5", bare_years=True) == []
    assert find_dates("Decreto Número 57-2008 del Congreso", bare_years=True) == []
    # A section filed under the law's number (exam 27's "/ley-57-2008/05-plan-operativo-anual/").
    assert find_dates("/ley-57-2008/05-plan-operativo-anual/", bare_years=True) == []
    assert [d.end.year for d in find_dates("Acuerdo número 3-2026", bare_years=True)] == [2026]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IV Trimestre 2025", "2025-12"),
        ("Informe del tercer trimestre de 2026", "2026-09"),
        ("Ejecución 1er. trimestre 2026.pdf", "2026-03"),
        ("Trimestre II-2026", "2026-06"),
        # SEGEPLAN's "III INFORME CUATRIMESTRAL Y ANUAL AÑO 2022", without its "Y ANUAL"
        ("II INFORME CUATRIMESTRAL AÑO 2026", "2026-08"),
        ("Primer Semestre 2026", "2026-06"),
        ("V Trimestre 2026", "2026"),  # no such quarter: the year alone
    ],
)
def test_a_part_of_a_year_is_dated_by_its_last_month(text: str, expected: str) -> None:
    found = newest(find_dates(text, bare_years=True), TODAY)
    assert found is not None
    assert found.describe() == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # A row "Documento | Período | Fecha de publicación | Descargar".
        ("3 | Depósitos bancarios | Septiembre 2026 | 05/11/2026 | Descargar", ["2026-09"]),
        ("Compras DEL 01 DE OCTUBRE AL 31 DE OCTUBRE DE 2026 | 16/11/2026", ["2026-10-31"]),
        ("Informe al 31/10/2026, publicado el 12/11/2026", ["2026-10-31"]),
        ("Acta de sesión 15/11/2026", ["2026-11-15"]),  # no period: the day is the act's
        ("Período del 01/10/2026 al 31/10/2026", ["2026-10-01", "2026-10-31"]),
    ],
)
def test_a_day_after_the_period_a_document_names_is_when_it_was_put_up(
    label: str, expected: list[str]
) -> None:
    found = document_dates(label, "https://muni.example/files/informe.pdf")
    assert [date.describe() for date in found] == expected
