"""Seventy-seventh exam: three portal layouts whose theme is TEXT DAMAGED BY OCR AND BY HAND
TYPING, as it reaches portals when staff scan printed lists and paste the OCR output into the CMS,
or type fast, with the truth of every section.

Items (truth, labels, law text, documents, dates, phrases) are drawn exactly as the generated
portals draw them (``tests.compliance.generated.portals._item`` under the generated layout named
in ``layouts._INNER``); what is new is how their words reach the page. On every portal a drawn
share of the items (a half, three quarters or all) is damaged, the rest printed clean on the same
page; a damaged text gets one to three of, drawn: letters OCR misreads ("Nurneral" for m,
"NUMERAI" for L, "lnforme" for I, "Ejecuci6n", "0" for O, "cl" for d, "Æ" for á), a 0 or 1 of a
number read as a letter ("1O.8", "l8", "O8", "2O26", "3l/10/2026"), full-width digits ("８",
"２０２６"), a word cut by a line-end hyphen ("Presu- puesto", "ejecu-<br>ción", "ejecu-" and a
newline in the source), soft hyphens (the character or ``&shy;``), zero-width spaces inside a word
or a number, non-breaking spaces (between every word, inside a word or a year "2 026", or an
editor's doubled "&nbsp; "), a space lost ("Numeral8", "Ejecuciónpresupuestaria"), ligature
characters (ﬁ, ﬂ, ﬀ, ﬃ), and, one text in four, capitals without accents or every accented letter
dropped ("Ejecucin"). Documents' names and "Actualizado" lines get a damaged month, year or date
("0ctubre 2O26", "ENER0", "Septiernbre", "2\u200b026"), often with another damage besides. Wording
from real pages and the damage patterns from stored OCR output and OCR engines' issue threads
(``wording.toml``, sources there).

Truth conventions (a careful citizen reading the whole site in a browser): damage changes no
truth. A label is read despite it ("NUMERAI l8 - 5ERVIDORES" is numeral 18, "1O.8" is Article 10
numeral 8); a document's period is the month and year its name says once misread letters are read
back ("0ctubre 2O26" is October 2026); the law's text, however cut into lines and misread, is still
only the law's text (no content); a damaged "N0 APLICA" still says the item does not apply and a
damaged "No hay informaci6n disponible." that it has nothing. An item's own block (what follows its
label up to the next label, its row, its page) holds what is its own. A numeral the site shows
nowhere is missing. Layouts:

* ``lista``: the Municipalidad de San Juan Sacatepéquez's page of the OCR text of a printed list
  pasted into the CMS (the office's capital headings, "ARTICULO 10. Información pública de oficio."
  and the law's opening, then every item): the printed lines kept as a paragraph each, as ``<br>``
  lines or as newlines in the source (the browser joining them, "ejecu- ción"), line-end hyphens
  kept, the whole list in capitals one time in three; labels as bold paragraphs, plain paragraphs
  or ``<h4>``; the item's law text, phrase or own text as pasted lines; the documents linked by
  staff after each item (a list or a paragraph each) by their damaged names.
* ``tabla``: the Municipalidad de Barberena's "Información Pública" page ("OFICINA DE INFORMACIÓN
  PÚBLICA", its "(Decreto 572008)") over one matrix "No. | DESCRIPCION | DOCUMENTOS | ACTUALIZADO"
  (or "NUMERAL | INFORMACION | ARCHIVO | FECHA") typed from a printed table: the number cell "8",
  "08" or misread ("O8", "l2", "１８", a zero-width space inside), the description the label, its
  words alone or the law's text (always its numeral's), in capitals half the time; the documents'
  damaged names as links, or the phrase; the newest month's date or "Octubre 2026" damaged; the
  header row repeated where the second scanned page begins, half the time.
* ``paginas``: the Municipalidad de Santa Lucía La Reforma's "Información pública municipal"
  (``/unidad/``) listing the items (the label, or "Numeral 8", the link or a "Ver más" /
  "Ingresar" button beside it), each leading to a WordPress page addressed by the slug of its
  (damaged) title; index and page typed apart, so one may be damaged and the other clean; the
  page's law text, phrase or own text with soft hyphens, zero-width spaces, hyphen cuts and
  misread letters, the documents (``/wp-content/uploads/<y>/<m>/…``) as a list "name (upload day)"
  or a "Documento | Fecha de publicación" table, the upload day sometimes misread.
"""
