"""Seventy-eighth exam: three portal layouts whose theme is LARGE MUNICIPALITIES' DEEP SITES,
with the truth of every section.

A big city's portal (in the manner of Villa Nueva, Quetzaltenango and San Juan Sacatepéquez, the
wording read from their stored pages and marked ADAPTED where none showed it) is a site of many
hundreds of pages: every page carries a mega-menu of about a hundred links (the municipality, 14
auxiliary mayors' offices, 23 offices, 22 services, 12 online forms, news, events, gallery, a
"Transparencia" entry), a sidebar with a search form, a tag cloud of 20 tags and the five most
read posts, and a footer of services. The site holds 150–280 news posts (a WordPress archive
``/category/noticias/page/N/`` ten a page with "« Entradas anteriores" and page numbers,
"Comunicados", and a paged archive per tag), a month-by-month events calendar three years long
("« Mes anterior" / "Mes siguiente »", a page per event), a gallery of 12–24 albums of lightbox
photos, a page per office, service, form and auxiliary mayor. The transparency section sits
several levels deep: Home → "Transparencia" (cards) → "Ley de Acceso a la Información Pública"
(the law's intro, the information unit's functions, a button) → "Información Pública de Oficio" →
year or office pages → the item. Items (truth, labels, law text, documents, dates, phrases) are
drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); wording: ``wording.toml`` (sources there).

Truth conventions (a careful citizen following the menus through the whole site): an item is
what its own page or section shows, wherever in the site it sits (a year page, an office's
sub-site): its documents, its own text, its "No aplica" or empty phrase, or the law's text alone
(empty). An item published under several year pages is dated by its newest document, found on its
year's page, also when the current year's page only says "Información publicada en años
anteriores:" and links there. News, events, galleries, tags, offices' descriptions and functions,
services, forms, the accountability report ("Informe de rendición de cuentas al COMUDE") and the
information unit's functions publish no Article 10 item. A numeral the section shows nowhere is
missing. Layouts:

* ``villanueva``: Villa Nueva-like WordPress. The mega-menu's "Transparencia" (and, drawn, "Ley
  de Acceso …" too) → ``/transparencia/ley-de-acceso-a-la-informacion-publica/`` →
  ``…/informacion-publica-de-oficio/`` (the Article 10 opening and one button per year, "Año
  2026" / "2026" / "Información Pública de Oficio 2026") → a page per year listing the labels of
  the items having documents that year (the current year's lists every item) → the item's page of
  that year (``…/2026/numeral-8/`` or ``…/2026/08-<slug>/``): the label, the law's text and the
  item's words, that year's documents (``/wp-content/uploads/<y>/<m>/…``); on the current year's
  page an item without documents of the year links "Información publicada en años anteriores:"
  to its years.
* ``xela``: Quetzaltenango-like, the items spread over the offices' sub-sites (Recursos Humanos
  publishes 3–4, Presupuesto 7–8, Compras 10, 11, 14, 16, 17, 19, 20, 22, …): the index
  ``/transparencia/ley-de-acceso/informacion-publica-de-oficio/`` is an "Información | Dependencia
  responsable | Consultar" table with a "Ver" / "Ir a la sección" / "Consultar" link per item, or
  headings per office listing its items' labels; each office has a sub-site (Inicio, Servicios,
  Noticias paged, Formularios, Transparencia) whose "Transparencia de la <office>" page holds its
  items as sections (``#numeral-8`` anchors) or as links to a page per numeral; documents at
  ``/dependencias/<office>/documentos/<year>/…``.
* ``sanjuan``: San Juan Sacatepéquez-like: the index "Información por dependencia" is a Bootstrap
  accordion of offices (the first open) listing their items, or a card per office leading to the
  office's page of items; each item's page holds its words and Bootstrap year tabs (newest first,
  every pane in the page) of "Documento | Descargar" tables
  (``/documentos/transparencia/<office>/<year>/…``).
"""
