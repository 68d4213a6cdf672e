"""Seventy-first exam: four portal layouts whose theme is HOSTED WEBSITE BUILDERS (second series),
with the truth of every section.

Exam 56 did Jimdo, Weebly, Webnode and a Squarespace accordion; exam 10 a Blogger blog of label
pages with Drive downloads and a Wix repeater site. Here: a Blogger blog on the municipality's own
domain, a new Google Sites site, a Wix site of rich text, and a Squarespace summary block over a
blog collection, each with its builder's own markup (read through the search tools; ADAPTED where
written in the builder's manner, see ``wording.toml``) and every uploaded file on the portal's
own host. Items (truth, labels, law text, documents, dates, phrases) are drawn exactly as the
generated portals draw them (``tests.compliance.generated.portals._item``).

Truth conventions (a careful citizen reading the whole site in a browser): an item is identified
by its label (its number, or its words alone) as the post title, heading, collapsible group's
title, sub-page name or blog post title shows it; what sits under it is its own (documents, its own
text, its empty or "No aplica" phrase, or only the law's text: empty). A blog post's publication
date, a Drive listing's "last modified" day, the Squarespace post date and the Google Sites
footer's "Página actualizada" stamp are when something was put on the site, never the period a
document covers (that is in the document's name). An item whose documents are spread over several
posts (monthly posts) is judged by all of them, the newest deciding. Documents a layout lists
but the server does not have (404) are broken. A numeral the site shows nowhere is missing.
Layouts:

* ``blogger``: a Blogger blog on a custom domain (``<meta content='blogger' name='generator'/>``),
  its home page the newest posts, N a page (3 to 7), each older page behind "Entradas más
  antiguas" (``/search?updated-max=2026-10-05T10:12:00-06:00&max-results=N``, also "Entradas más
  recientes" and "Página principal"); either one post per item (title = the item's label, its
  words, the documents as a list of names or "<name> – Descargar" lines) or one post per upload
  month ("Información Pública de Oficio Octubre 2026") holding an ``<h3>`` per item with that
  month's documents (the item's words only in the post with its newest document; items without
  documents get a post of their own); every post at ``/2026/11/<slug>.html`` with "Etiquetas:
  Numeral 8, Información Pública" linking ``/search/label/Numeral%208`` (paged the same way); the
  sidebar's Blog Archive widget (HIERARCHY: years, months with counts, ``/2026/`` and
  ``/2026/11/`` archive pages, the newest month's titles) and Labels widget; files at
  ``/documentos/<upload year>/<month>/<Name>.pdf``.
* ``gsites``: a new Google Sites site (``tyJCtd`` text boxes in ``yaqOZd`` sections, the
  ``jYxBte`` navigation, the page title in a ``Rn3Z1b`` span, a footer "Informar de abuso ·
  Página actualizada <date> · Detalles de la página"): either one "Información Pública" page of
  collapsible text groups (the item's label as the group's ``<h3>``, its words and document links
  hidden until opened) or one sub-page per item listed only in the navigation's second level
  (named "Numeral 8" — the item's words then in bold in the first text box — or by the label),
  whose documents are text links, an embedded Drive folder (``<iframe
  src="/embeddedfolderview?id=…#list">`` listing ``flip-entry`` rows: the FILE name and the upload
  day; an empty folder "Esta carpeta está vacía" for some items without documents) or a text box
  naming the document over a "Descargar" / "Ver documento" button; files at
  ``/uc?id=<33 characters>&export=download`` (named only in Content-Disposition; a missing one a
  Drive 404 page).
* ``wix``: a Wix site (``wixui-rich-text`` divs, ``font_N`` classes, a ``wixui-dropdown-menu``):
  one page whose items are rich-text ``<h2>``/``<h3>``/``<h4>`` headings over rich-text
  paragraphs, the documents linked by their names inside the text (paragraphs or a bulleted list,
  sometimes under bold year lines "2026"), or three pages "Numerales 1 al 10", "11 al 20", "21 al
  29" in the menu's drop-down (and linked from the section page) holding their items the same way;
  files at ``/_files/ugd/<owner>_<32 hex>.pdf`` (the document's name only in the link's text).
* ``squarespace``: a Squarespace 7.1 page "Transparencia" whose summary block lists the items'
  blog posts newest first (date, title, a 25-word excerpt of its words, "Leer más →"), limited in
  some portals to 6–20 entries with a "Ver todos los numerales" button (the collection also in
  the menu in some portals) to the blog collection (``/informacion-publica``, 10 or 20 a page,
  "Entradas anteriores" ``?offset=<ms>``); one post per item (title = label, the post date = its
  newest upload, its words, documents as links or an accordion of years, "previous / next" links
  naming neighbouring items); files at ``/s/<Name>.pdf``.
"""
