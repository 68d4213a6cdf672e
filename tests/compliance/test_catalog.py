"""The legal catalogue: the shipped file, one-line errors, labels matched as portals write them."""

from __future__ import annotations

import pytest

from monitor.compliance.catalog import load_catalog, parse_catalog
from monitor.errors import ConfigError

ENTRY = """
[[entries]]
id = "art10.n08"
numeral = 8
title = "Informes mensuales de ejecución presupuestaria"
wording = "Resumen: informes mensuales."
update = "monthly"
labels = ["ejecucion presupuestaria"]
"""


def test_the_shipped_catalogue_has_the_29_numerals_and_a_version() -> None:
    catalog = load_catalog()
    numerals = [e.numeral for e in catalog.entries if e.is_article10]
    assert numerals == list(range(1, 30))
    assert catalog.version
    assert all(e.labels for e in catalog.entries)


def test_a_new_synonym_is_one_line_of_toml() -> None:
    base = 'version = "t1"\n' + ENTRY
    assert parse_catalog(base.encode()).match("Avance financiero") is None
    extended = base.replace(
        '"ejecucion presupuestaria"]', '"ejecucion presupuestaria",\n  "avance financiero"]'
    )
    match = parse_catalog(extended.encode()).match("AVANCE FINANCIERO")
    assert match is not None and match.entry.id == "art10.n08"


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (ENTRY.replace('update = "monthly"', 'update = "weekly"'), "field 'update'"),
        (ENTRY.replace('id = "art10.n08"', 'id = "art10.n31"'), "field 'id'"),
        (ENTRY.replace("numeral = 8", "numeral = 9"), "numeral must be 8"),
        (ENTRY.replace('labels = ["ejecucion presupuestaria"]', "labels = []"), "field 'labels'"),
        (ENTRY + "colour = 'red'\n", "unknown key"),
        (ENTRY + ENTRY, "duplicate entry id"),
    ],
)
def test_an_invalid_catalogue_fails_with_one_line_naming_the_entry(
    broken: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_catalog(('version = "t1"\n' + broken).encode(), "catalog.toml")
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith("catalog.toml")
    assert message in text


def test_a_catalogue_without_version_is_refused() -> None:
    with pytest.raises(ConfigError, match="version"):
        parse_catalog(ENTRY.encode())


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Numeral 4", "art10.n04"),
        ("Art. 10 Num. 4", "art10.n04"),
        ("10.4", "art10.n04"),
        ("Inciso 4", "art10.n04"),
        ("Numeral 04.04 Dietas", "art10.n04"),
        (
            "4. Número y Nombre de Funcionarios, Servidores Públicos, Empleados y Asesores",
            "art10.n04",
        ),
        ("NUMERO Y NOMBRE DE FUNCIONARIOS", "art10.n04"),
        ("20. CONTRATACIONES POR COTIZACIÓN Y LICITACIÓN", "art10.n20"),
        ("26. ARCHIVOS", "art10.n26"),
        ("Numeral 12. Artículo 10 Mayo 2023", "art10.n12"),
        ("Repositorio/Artículo 10/26. Informe del funcionamiento del Archivo", "art10.n26"),
        ("COMPRAS DIRECTAS", "art10.n22"),
        ("Ejecución presupuestaria", "art10.n08"),
        ("Contrataciones de bienes y servicios", "art10.n11"),
        # The systems and offices Guatemalan staff name items by: SICOIN GL (the municipal
        # accounting system's reports), the SNIP (public investment projects), the Contraloría
        # General de Cuentas (audits); an aside in parentheses names where it comes from.
        ("Ejecución presupuestaria (SICOIN GL)", "art10.n08"),
        ("Proyectos de obra registrados en el SNIP", "art10.n18"),
        ("Informes de la Contraloría General de Cuentas", "art10.n23"),
        ("Depósitos monetarios y a plazo fijo", "art10.n09"),
    ],
)
def test_labels_are_matched_as_portals_write_them(text: str, section: str) -> None:
    match = load_catalog().match(text)
    assert match is not None and match.entry.id == section


@pytest.mark.parametrize(
    "text",
    [
        "Concejo Municipal aprueba el presupuesto de ingresos y egresos 2027",
        "Artículo 10",
        "Contraloría General de Cuentas",
        "3 nuevas obras en la zona 1",
        "Noticias",
        "15.10.2026",
        "Art. 11 Num. 2",
        "Artículo 14, numeral 3",
        "Licencias de construcción",
        "Concejo aprueba proyectos",
    ],
)
def test_sentences_that_merely_mention_an_item_name_nothing(text: str) -> None:
    assert load_catalog().match(text) is None


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Numeral 1. Estructura orgánica, funciones y marco normativo", "art10.n01"),
        ("ORGANIGRAMA MUNICIPAL", "art10.n01"),
        ("Directorio telefónico", "art10.n03"),
        ("Nómina de empleados", "art10.n04"),
        ("Numeral 04.01 Personal permanente (011)", "art10.n04"),
        ("Sueldos", "art10.n04"),
        ("Plan Operativo Anual 2026", "art10.n05"),
        ("Manual de Organización y Funciones (MOF)", "art10.n06"),
        ("Presupuesto vigente", "art10.n07"),
        ("Ejecución de ingresos", "art10.n08"),
        ("Cuentas monetarias", "art10.n09"),
        ("Viajes nacionales", "art10.n12"),
        ("Libro de inventarios", "art10.n13"),
        ("Obras municipales", "art10.n18"),
        ("Arrendamientos", "art10.n19"),
        ("Informe de auditoría CGC", "art10.n23"),
        ("Archivo Municipal", "art10.n26"),
        ("Estadísticas de pertenencia sociolingüística", "art10.n28"),
        ("Otra información", "art10.n29"),
        ("Solicitudes de información", "extra.solicitudes"),
        ("Funciones y Atribuciones", "art10.n01"),
        ("Dirección y Números Telefónicos", "art10.n02"),
        ("Servicios Técnicos y Profesionales (029)", "art10.n04"),
        ("Avance Físico y Financiero de Obras", "art10.n18"),
        ("Procesos de Cotización y Licitación Adjudicados", "art10.n20"),
        ("Compra Directa con Oferta Electrónica", "art10.n22"),
        ("Estadística Sociolingüística", "art10.n28"),
        # https://mail.vicepresidencia.gob.gt/articulo-10?page=3 names numeral 15 so.
        ("MONTOS ASIGNADOS", "art10.n15"),
        # https://munimasagua.com.gt/?p=4479 (numeral 1's organisation chart).
        ("Organigrama Básico de la Municipalidad", "art10.n01"),
    ],
)
def test_label_variants_seen_on_municipal_portals_are_recognised(text: str, section: str) -> None:
    match = load_catalog().match(text)
    assert match is not None and match.entry.id == section


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Contraatos de Mantenimiento", "art10.n14"),
        ("Emresas precalificadas para obras, bienes y servicios", "art10.n17"),
        ("Estructura Orgánica y Funcioes", "art10.n01"),
        ("Inf. mensuales de ejec. presup.", "art10.n08"),
        ("Programas de Subsidios, Becas o Transferenias", "art10.n15"),
        ("MONTOS ASIIGNADOS", "art10.n15"),
        ("Organigama Básico de la Municipalidad", "art10.n01"),
        # A misspelt word must not leave a shorter label of another numeral to match: numeral
        # 10's "cotización y licitación" is inside numeral 20's label.
        ("CONTRATCIONES POR COTIZACIÓN Y LICITACIÓN", "art10.n20"),
        # Real words are never "corrected" into a label: "anuales" is not "manuales".
        ("Documentos anuales", None),
        ("Documentos 2026 anual", None),
        ("Inauguran obra", None),
    ],
)
def test_labels_with_typos_and_abbreviations_are_matched_by_similarity(
    text: str, entry: str | None
) -> None:
    match = load_catalog().match(text)
    assert (match.entry.id if match else None) == entry


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Artículo 10 Numeral 8 - Los informes mensuales…", "art10.n08"),
        ("26. ARCHIVOS", "art10.n26"),
        ("8. Informes mensuales de ejecución presupuestaria", "art10.n08"),
        # A table row whose number column repeats the number its title starts with (the title
        # as https://mail.vicepresidencia.gob.gt/articulo-10?page=3 writes it).
        ("15. 15. MONTOS ASIGNADOS", "art10.n15"),
        ("15 - 15) Montos asignados", "art10.n15"),
        ("3. 3. Juan Pérez, Alcalde Municipal", None),
        ("11. 1. Juan Pérez, Alcalde Municipal", None),
        # A number badge before the numeral's own number ("No." column + "10.20 …" title, as
        # https://munimasagua.com.gt/?p=4479 numbers its rows): the numeral, not numeral 10.
        ("20 10.20 CONTRATACIONES POR COTIZACIÓN Y LICITACIÓN", "art10.n20"),
        ("1 10.1 Estructura Orgánica, Funciones y Marco Normativo", "art10.n01"),
        ("4 04 - Dietas", "art10.n04"),
        # A list number followed by words unlike the numeral's is a list, not a numeral.
        ("1- Representa a todo el Municipio.", None),
        ("3. Juan Pérez, Alcalde Municipal", None),
        # A step of the information office's procedure (the Municipalidad de Flores' numeral 29
        # report, https://fdocuments.ec/document/mes-de-agosto-2020.html): two letters of
        # "POA" in order are not numeral 5's label.
        ("5. PARA DEFINIR RESOLUCIONES DE PRORROGA.", None),
        ("5. POA 2026", "art10.n05"),
    ],
)
def test_a_line_of_text_names_a_numeral_only_when_its_words_fit(
    text: str, entry: str | None
) -> None:
    match = load_catalog().match_line(text)
    assert (match.entry.id if match else None) == entry


def test_sentences_restating_the_law_are_not_the_portals_own_text() -> None:
    catalog = load_catalog()
    law = (
        "Los informes mensuales de ejecución presupuestaria de todos los renglones y de todas "
        "las unidades, tanto operativas como administrativas de la entidad."
    )
    vision = "Visión: Ser un municipio ordenado, seguro y con desarrollo integral."
    assert catalog.own_text(f"{law} {vision}").strip() == vision


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # munipalestinadelosaltos.gob.gt heads each item by the law's words alone.
        (
            "La información relacionada a los contratos, licencias o concesiones para el "
            "usufructo o explotación de bienes del Estado.",
            "art10.n16",
        ),
        (
            "Información sobre los contratos de mantenimiento de equipo, vehículos, inmuebles, "
            "plantas e instalaciones de los sujetos obligados, incluyendo monto y plazo del "
            "contrato e información del proveedor.",
            "art10.n14",
        ),
        (
            "La información relacionada con los procesos de cotización y licitación para la "
            "adquisición de bienes que son utilizados para los programas de educación, salud, "
            "seguridad, desarrollo rural y todos aquellos que tienen dentro de sus características "
            "la entrega de dichos bienes a beneficiarios directos o indirectos, indicando las "
            "cantidades, precios unitarios, los montos, los renglones presupuestarios "
            "correspondientes",
            "art10.n10",
        ),
    ],
)
def test_an_item_headed_by_the_laws_words_alone_is_that_numeral(text: str, section: str) -> None:
    match = load_catalog().match(text)
    assert match is not None and match.entry.id == section


def test_a_sentence_using_the_laws_words_loosely_names_no_numeral_by_them() -> None:
    # Words shared by several numerals' texts (contracts, public funds): no clear one.
    catalog = load_catalog()
    assert catalog.by_legal_text("los contratos y los fondos publicos de la municipalidad") is None


@pytest.mark.parametrize(
    ("text", "section"),
    [
        # A list counting only what the site publishes, its number kept in the page's slug.
        ("16-programas-de-subsidios-becas-o-transfere", "art10.n15"),
        ("10. Depósitos con Fondos Públicos", "art10.n09"),
        ("13-viajes-nacionales-e-internacionales", "art10.n12"),
        # Words that read like the numbered item, or name nothing by a whole label: the number.
        ("08-ejecucion", "art10.n08"),
        ("4. Ejecución presupuestaria de salarios y dietas", "art10.n04"),
        ("22-fideicomisos", "art10.n22"),
        # An explicit reference is the body's own word for it ("… Artículo 10 Numeral 4").
        ("Ejecución presupuestaria egresos Artículo 10 Numeral 4", "art10.n04"),
    ],
)
def test_a_list_number_yields_to_words_naming_another_item(text: str, section: str) -> None:
    match = load_catalog().match(text)
    assert match is not None and match.entry.id == section
