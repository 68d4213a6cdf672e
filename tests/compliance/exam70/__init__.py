"""Seventieth exam: four portal layouts whose theme is PAGES THAT BREAK HALFWAY, with the truth of
every section.

The portal is up and its pages answer 200, but parts of them failed on the server, as real PHP,
WordPress and Joomla sites show it with ``display_errors`` on: PHP warnings, notices and
deprecation lines (``<br />\\n<b>Warning</b>:  Undefined array key "anio" in <b>…</b> on line
<b>…</b><br />``) printed before the ``<!DOCTYPE>``, inside and between the items' lists; a fatal
error ("Allowed memory size of 134217728 bytes exhausted", "Maximum execution time of 30 seconds
exceeded", "Call to undefined function mysql_query()") that stops a page in the middle of the
items, the rest of the page (closing tags included) absent; a database error where one item's
documents should be (Joomla's "Error displaying the error page: Application Instantiation Error:
Could not connect to MySQL.", "Error: 1146 Table '….jos_phocadownload' doesn't exist SQL=…",
"SQLSTATE[HY000] [2002] …", "Error de conexión a la base de datos", mysqli's "MySQL server has gone
away"); WordPress' "Ha habido un error crítico en esta web." (its whole ``wp_die`` page printed
where the sub-page stopped); plugin shortcodes printed as text because the plugin was deactivated
(``[wpdm_package id='123']``, ``[wpdm_category id="numeral-8" …]``, ``[table id=5 /]``,
``[pdf-embedder url=”http://<host>/wp-content/uploads/…pdf”]`` with WordPress' curly quotes or
straight ones, ``[embeddoc url=…]``, ``[pdfjs-viewer url=…]``); and hidden blocks of casino,
"slot gacor" and pharmacy links injected by a hack (``display:none``, off the page) between the real
items. Items that work and items that failed share a page. Items (truth, labels, law text,
documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is how pages fail around them. The
module's ``server`` puts the port it listens on where a page names the portal's own host.

Truth conventions (what a careful citizen reading the whole site in a browser gets; how each item
was laid out, its drawn truth and its truth are in ``portal.notes``):

* PHP warnings, notices, deprecation lines and hidden spam links are noise: an item around,
  above or among whose documents they are printed keeps its drawn truth (its links still work).
* An item whose place shows only a failure — its heading (and the law's text, which is no
  content), then a database error, the critical-error message, a fatal error, or a shortcode that
  names no file (a Download Manager package or category, a TablePress table) — is ``broken``,
  whatever was drawn for it. Argued per the definitions: the site SHOWS the item (so not
  ``missing``), and it does not say it holds nothing (an error message or a raw shortcode is not
  "only its name, the law's text or a 'no hay información' phrase": the shortcode announces a
  package or table, the error is the server failing to print what was there), so not ``empty``;
  the page holding it was read, the item was found on it, and what it announces is not delivered
  because the server failed — exactly "published, but its documents / pages fail (… 500 …)", the
  500 printed inside a 200 page. ``unknown`` is kept for items that cannot be seen at all. The
  documents behind such a place are not linked and not served.
* A raw shortcode that contains the file's address (PDF Embedder, Embed Any Document, PDF.js
  Viewer; absolute on the portal's host or root-relative, texturized quotes) is that file
  published: the citizen copies the address and gets the file; the item keeps its drawn truth
  (``broken`` when that address answers 404).
* A fatal error that stops a page listing many items (``avisos``, ``tabla``): the items after the
  cut are not on the page and nowhere else: ``unknown`` (the page holding them cannot be read
  whole), and every item found nowhere is then ``unknown`` too, not ``missing``. The item the
  error strikes: cut before its heading, ``unknown``; after its heading (and law text), ``broken``
  as above; after its first documents (newest first), those documents are what it publishes and
  it keeps its drawn truth by them (the ones after the cut are not published).
* A fatal or critical error that stops one item's own page (``joomla``, ``critico``): the same
  for that item; the other items' pages and the index are whole, so a numeral found nowhere stays
  ``missing`` (unless the generator's noise makes a page answer 500).
* A menu module failing on a page (a warning instead of the sidebar's links) hides nothing: the
  index and the other pages link every item.

Wording and markup: ``wording.toml`` here (sources there). Layouts:

* ``avisos``: one WordPress page "Información Pública de Oficio" (Palestina de Los Altos' words)
  of items headed by ``<h2>``, ``<h3>`` or bold paragraphs, their words and ``/wp-content/uploads/
  <y>/<m>/…pdf`` links; warnings and deprecation lines before the ``<!DOCTYPE>``, between items,
  among an item's links or alone under an item; per item a raw PDF Embedder / Embed Any Document /
  PDF.js shortcode per document (with or without a bold caption), raw Download Manager package or
  category shortcodes, a raw TablePress ``[table id=N /]`` (also under items drawn empty with the
  law's text), or a database error in place of the list; hidden spam blocks between items; a third
  of the pages stopped by a fatal error (before an item, after its heading or among its links).
* ``tabla``: a municipality's own PHP script (``/laip/articulo10.php`` …) printing one table "No. |
  Información Pública de Oficio | Documentos | Actualizado": notices before the page and the table,
  in document cells and in the "Actualizado" cell, a database error in an item's documents cell, a
  hidden spam block after ``<body>``; half of the pages stopped by a fatal error inside a row (the
  rest of the table, ``</table>`` and the footer absent).
* ``joomla``: a laip.gt-like Joomla site (``/index.php/transparencia`` and a page per numeral, a
  sidebar menu of every numeral): "Deprecated: … has a deprecated constructor" / "Non-static method
  JLoader::import() …" above every page, some pages or none; the article (title, law's text,
  words) and a documents module that may print a database error instead of its list, or be cut by
  a fatal error after some of its links (the page ends there); a notice above an article; the
  sidebar menu replaced by a warning on some pages; hidden spam in the template's footer or on the
  index.
* ``critico``: a WordPress index of child pages (``/transparencia/numeral-8/``) with hidden spam in
  its list or intro; each child page the title, the law's text, the item's words and File blocks or
  a list; one to three child pages stopped by "Ha habido un error crítico en esta web." (after the
  title, or after some of the files, sometimes inside the open list), others with raw PDF shortcodes
  or a raw Download Manager package under "Archivos", warnings above some pages.
"""
