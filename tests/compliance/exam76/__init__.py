"""Seventy-sixth exam: three portal layouts whose theme is REAL GUATEMALAN PUBLIC BODIES THAT ARE
NOT MUNICIPALITIES (second series), with the truth of every Article 10 item.

Each layout reproduces the transparency section of one body of the Organismo Ejecutivo that no
earlier exam reproduced (the Ministerio de Agricultura, Ganadería y Alimentación, the Secretaría de
Bienestar Social de la Presidencia, the Ministerio de Educación's infopublica portal), as its
stored pages and documents show it: its names, the way in, its headings, how it names a numeral
and a file. What the stored pages did not show is written in their manner and marked ADAPTED in
``wording.toml`` (sources there). Items (truth, labels, law text, documents, dates, phrases) are
drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``);
what is new is each site around them, and Article 11 beside Article 10.

Truth conventions (a careful citizen reading the whole site in a browser): only Article 10 is
judged. An executive body also publishes Article 11 ("Información pública de oficio del Organismo
Ejecutivo"), whose numerals 1 to 3 (its budget by viceministerio and direcciones, its advisers and
their pay, its delegations' travel abroad) carry current monthly files: they are NOT the Article 10
numerals 1 to 3 (organic structure, addresses, staff directory), whatever the latter's truth; a
label "Numeral 2 - …" is Article 11's when it sits under Article 11's heading, tab, page or menu
group. An item is identified by its label (its number, when it has one, or its words alone, or a
"No." column beside them); what its own row, page or block shows is its own: its documents, its
own text, its empty or "No aplica" phrase, or only the law's text (no content: empty). The year
headings over files and a "Año" folder are not periods: the period is in the document's name. A
Dirección's row "Esta Dirección no reporta información para el presente numeral." beside other
Direcciones' files does not empty the item; where it is the only thing under the law's text, the
item is empty. The information office's request procedure, address and button publish no item. A
numeral the site shows nowhere is missing. Layouts:

* ``maga``: the MAGA's own site: "UIP MAGA (Unidad de Información Pública)" ``/uip/`` with its
  "PROCEDIMIENTO PARA REALIZAR SOLICITUDES DE INFORMACIÓN PÚBLICA" (the two ways, the address) and
  "el botón que identifica a la Ley de Acceso a Información Pública" (a picture named only by its
  alt text, or a text button), also on the home page, leading to "Información Pública de Oficio":
  Article 10 and Article 11 as two Bootstrap tabs of one page (both panes in the HTML) or two pages
  linked from it, each a "No. | Descripción | Documentos" table (the numeral alone in "No.", the
  label in bold with the law's text in small grey, the files as links by name or the item's phrase
  or "—").
* ``sbs``: the Secretaría de Bienestar Social's "Información Pública" section
  ``/informacion-publica/`` ("Unidad de Acceso a la Información Pública, ubicada en la sede
  central de la SBS."): two cards, "Artículo 10 - Información Pública de Oficio" and "Artículo 11
  - Información Pública de Oficio del Organismo Ejecutivo", each a page of cards (the label,
  "Ver" / "Ingresar" / "Ver más") leading to a page per numeral (``…/articulo-10/numeral-N/`` or
  ``…/articulo-10/N/``): the label, the law's text as a blockquote, the item's words, the files
  under year headings ("Año 2026" or "2026") served from ``/documentos/<year>/``, "Regresar".
* ``mineduc``: the Ministerio de Educación's "Portal de Información Pública de Oficio" ("Del
  proceso: Acceso a la Información Pública" on every page): a side menu on every page with
  "Artículo 10" (the items' labels) and "Artículo 11" (its numerals, "Artículo 11 Numeral N - …",
  "Numeral N - …" or "N. …"), each leading to a page (``/index.php/articulo-10/numeral-N`` or a
  Joomla-like query) with the label, the law's text in italics, the item's words and a
  "Dirección | Documento | Descargar" table: each file under the Dirección that published it
  (DIDEFI, DTP, DIREH, a DIDEDUC), the link reading only "Descargar" or "PDF", and Direcciones
  reporting nothing ("Esta Dirección no reporta información para el presente numeral.").
"""
