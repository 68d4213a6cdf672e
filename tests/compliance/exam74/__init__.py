"""Seventy-fourth exam: three portal layouts whose theme is DOCUMENTS IN PARTS, ANNEXES,
CORRECTIONS AND VERSIONS, as Guatemalan municipalities publish them, with the truth of every
section.

An item's report is often not one file: it is split in parts ("… - Parte 1 de 3", "… Tomo II",
"… (1/2)", "… PARTE 3"; on a WordPress page sometimes the report's name once and "Parte 1 | Parte
2" links after it), bundled as a ZIP of its parts ("… (partes 1 a 3).zip", real ZIP bytes), listed
with its annexes ("Anexo 1 - Detalle de renglones", "Anexos", an annex named by an older period
than the report's: "Anexo - Integración de saldos al Agosto 2026") or a companion ("Punto de Acta
de aprobación - …"), replaced by a corrected file ("… - VERSIÓN CORREGIDA", "… (actualizado)",
"SUSTITUYE AL PUBLICADO EL 05/11/2026") with the old one kept beside it ("versión anterior",
"ANULADO", "SIN EFECTO", struck through with ``<del>`` / ``<s>`` or not; the old file still
served, or deleted: 404), followed by a "Fe de erratas - …" sheet, or preceded or followed by the
cover letter that sent it ("Oficio No. 123-2026 - Remisión de información pública de oficio",
"Providencia No. 45-2026 de fecha 03/11/2026"). Items (truth, labels, law text, documents, dates,
phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); each drawn document is then published in one of
those ways. Wording: ``wording.toml`` (sources there; most marks ADAPTED from the forms the brief
lists).

Truth conventions (a careful citizen reading the whole site in a browser):

* The item's information is its report: the report's file, every part of it, the ZIP of its
  parts, its corrected version. The period named by the report (its name) dates the item; not
  the date of a correction ("SUSTITUYE AL PUBLICADO EL …"), of an errata sheet, of a cover
  letter, nor the upload day ("Fecha de publicación").
* Annexes, companions ("Punto de Acta …"), errata sheets and cover letters go with the report;
  they neither date the item (an annex named by an older period changes nothing) nor publish it
  by themselves. A cover letter (Oficio, Providencia) alone is not the item published: an item
  whose only file is such a letter, beside the law's text or a "no information" phrase, is
  EMPTY.
* A superseded or withdrawn file ("versión anterior", "ANULADO", "SIN EFECTO", struck through or
  not) is not published information: an ok item whose old version's link answers 404 is still ok
  (its valid report opens); an item whose only file is a withdrawn one is EMPTY; an outdated
  item listing above its valid (old) reports a withdrawn report of the current period ("…
  Octubre 2026 — SIN EFECTO") stays OUTDATED.
* A broken item: every file it lists fails (404), parts, ZIP, annexes, letters and old versions
  alike.
* Otherwise as the generated portals: the law's text alone is empty, "No aplica" is not
  applicable, an item shown nowhere is missing.

Layouts:

* ``lista``: a WordPress page "Información Pública de Oficio" ("Información Pública de Oficio
  correspondiente al Año 2026", the law's opening), a heading per item (``<h2>``, ``<h3>`` or a
  bold paragraph), its words, then a ``<ul>`` of its files under ``/wp-content/uploads/<y>/<m>/``
  (the upload month): names linked, Masagua's sizes "(737Kb)" after them or not, notes in bold
  after the link, struck files inside ``<del>`` / ``<s>``, parts one per line or "<report>: Parte
  1 | Parte 2" on one line, annexes on their own lines or nested under the report's line, ZIPs
  with "(Archivo comprimido ZIP)".
* ``tabla``: an "Artículo 10" index of the items' labels leading to a page per numeral: the label,
  the law's text, the item's words, then a "No. | Documento | Observaciones | [Fecha de
  publicación |] Descargar" table with a row per file (the name in its cell, struck or not; the
  observation "Parte 2 de 3", "Anexo", "Oficio de remisión", "VERSIÓN CORREGIDA"-like notes,
  "ANULADO"; the upload day; a "Descargar" button), or "No hay documentos publicados en este
  numeral." for an empty item without files or phrase.
* ``acordeon``: one page of a Bootstrap accordion, a card per item (its label on the button),
  inside it the item's words and a ``<details>`` per year ("2026", "Año 2026", "AÑO 2026"; newest
  or oldest first, the first one open) listing that year's files (``/archivos/laip/<year>/``) with
  their notes after a dash, struck files in ``<del>`` / ``<s>``.
"""
