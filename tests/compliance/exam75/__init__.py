"""Seventy-fifth exam: three portal layouts whose theme is THE INFORMATION INSIDE DOCUMENTS RATHER
THAN ON PAGES, with the truth of every section.

The portal's pages say little: what each Article 10 item holds is printed inside documents the
pages link (real bytes: PDFs written by hand with Helvetica text and ``/Link`` annotations whose
``/URI`` actions are relative addresses on the site, Word ``.docx`` files whose ``w:hyperlink``
runs point at external relationships). Items (truth, labels, law text, documents, dates, phrases)
are drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``);
what is new is where they are printed. Wording from real Guatemalan pages, sources in
``wording.toml`` (ADAPTED marks what was written in their manner).

Truth conventions (a careful citizen who opens every document the portal links, follows the links
inside them, and reads them in a browser's PDF viewer): an item printed only inside a document the
portal links is published. A compendium (one PDF for a month or a year covering every numeral)
gives each item the page headed by its number and name; its period is the compendium's month
unless the item's own rows or "Período: del … al …" line name an older one (staff copying last
months' rows into the new compendium: outdated). Only the newest compendium decides; older ones
are history. An index document's entry holds what follows it up to the next entry: its linked
files (served: the item is published; all answering 404: broken), its own words, a "No aplica"
line, or only a "no information" line. A document whose whole content is the item's name with
"Sin movimiento en el mes de octubre 2026." / "No se generó información …", an empty phrase or the
law's text holds nothing (empty), as the same words on a page would; one saying "No aplica" is
not applicable; one printing the item's own statement (address, functions, vision) is content.
A relative link inside a PDF or Word file resolves against the document's own address (as the
browser's viewer does); the files it reaches are on the portal's host. A numeral printed nowhere
(no page of any compendium, no entry of the index, no row) is missing. Layouts:

* ``compendio``: one "Información Pública" page (Palestina de Los Altos' words) linking the
  monthly compendia of the last two to four months ("Información Pública de Oficio - Octubre 2026",
  newest or oldest first, as a list, under year headings or as File blocks with "Descargar") or the
  year's compendium ("… Año 2026", "Actualizado al 31 de octubre de 2026") beside last year's; each
  compendium a cover page (the municipality, "UNIDAD DE INFORMACIÓN PÚBLICA", the month) then a
  page per numeral headed by its label or "Numeral 8 - …" / "NUMERAL 8" / "8. NAME": the law's text
  in small print or not, a "Período: del 01/10/2026 al 31/10/2026" line and a "No. | Descripción |
  Período" table, the item's own text, "No aplica", "Sin movimiento en el mes de …", or a "Ver
  documento:" line whose linked files are gone (broken).
* ``indice``: the "Información Pública de Oficio" page links (or frames in an ``<iframe>`` with a
  download link) one index document, a PDF or a Word file, "Índice de Información Pública de
  Oficio 2026": per item a bold entry then "• <document>" lines linked to the item's files in
  ``/wp-content/uploads/<y>/<m>/`` (each a PDF of its own: header, name, period, a table of
  amounts), or the item's words, "No aplica" / "Sin movimiento …" as a line or as a linked
  one-page PDF, or the law's text alone.
* ``por-numeral``: a block-editor table "No. | Información | Archivo" of the numerals whose cells
  link each item's PDFs by the document's name or only "Descargar" / "Ver PDF" (file names the
  document's or "numeral-08-1.pdf": the period then only inside the file), or a monthly PDF
  "numeral-08-octubre-2026.pdf" whose content is only "Sin movimiento en el mes …", the law's
  text, "No aplica" or the item's own statement; some cells hold the phrase itself.
"""
