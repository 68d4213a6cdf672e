"""Exam: accuracy of crawl + judge on layouts the judge was never tuned on, per layout.

Seventy-eight exams, each written by someone who had not read the judge, from how real sites print
their Article 10 information; items and truth drawn as ``tests/compliance/generated/`` draws
them; each draw is one portal of every layout of the exam:

* ``--exam 1`` (``tests/compliance/exam/layouts.py``): WordPress Download Manager cards,
  Bootstrap card grid + year <select>, Bootstrap nav-tabs, "Descargar" document tables.
* ``--exam 2`` (``tests/compliance/exam2/layouts.py``): a <details> accordion of numbered
  categories holding year folders of "Ver PDF" rows, Google Drive folder views embedded in a
  Google-Sites-like page (served from the portal's own host), a year x month grid of PDFs,
  Elementor icon boxes or images leading to one page per numeral.
* ``--exam 3`` (``tests/compliance/exam3/layouts.py``): a paged Drupal view out of numeral
  order, a DataTables table with one row per document, a WordPress category archive of one post
  per numeral, an <ol> whose documents sit behind WordPress attachment pages.
* ``--exam 4`` (``tests/compliance/exam4/layouts.py``): pages named only by codes whose monthly
  documents are linked by the month's name alone, a nested bullet tree item → year → month →
  documents, a Joomla category list of articles with their PDFs embedded (iframe, object, pdf.js
  viewer), an Elementor widget holding a whole pasted HTML document of heading banners.
* ``--exam 5`` (``tests/compliance/exam5/layouts.py``): a ministry's WordPress posts one per year
  whose documents are linked by "(PDF, 1,2 MB)", a table whose download cell holds only icons, one
  long page with an on-page table of contents of anchor links, records (fichas) of labelled fields
  addressed by ids unrelated to the numeral.
* ``--exam 6`` (``tests/compliance/exam6/layouts.py``): El Salvador's transparency portal
  (category pages of filterable document cards whose download link is an icon), an Ecuadorian
  LOTAIP page of folders by period (year → month → article → numeral), a Mexican "fracciones"
  page of numerals each with update and validation dates, a list of numerals leading to
  ``infoficio.cfm?fr=N`` pages with a "Periodo | Documento" table.
* ``--exam 7`` (``tests/compliance/exam7/layouts.py``): Colombia's Ley 1712 menu of numbered
  categories each a page of its sub-numbered items, Mexico City's "entrada" pages whose files are
  records "Descarga: PDF" with dates in words, a Chilean Laravel portal of cards leading to
  "visor" tables (ISO dates, "Visualizar" buttons, one site-wide update stamp), year buttons
  opening modals of "Número | Información | 1ER … 4TO" tables of icon-only links.
* ``--exam 8`` (``tests/compliance/exam8/layouts.py``): Peru's "Portal de Transparencia Estándar"
  (tabs addressed by query, documents behind ``pte_js_enviar_Link`` script links, the budget tab an
  ``<object>``), a municipal page leading to IIS directory listings, a WordPress Download Monitor
  document library (categories → info pages → ``/download/<ID>/``), a CKAN open-data portal
  (organization → datasets → resources).
* ``--exam 9`` (``tests/compliance/exam9/layouts.py``): Guatemalan public bodies: a Joomla Phoca
  Download site (categories addressed "<id>-<numeral>-…", ``?download=<id>:<alias>`` links, details
  only in a tooltip script), a static page saved from Word (windows-1252, numerals only as Word's
  list markers before the law's text), numeral pages of ``.xlsx`` / ``.docx`` File blocks under
  month headings, PDF thumbnails whose captions hold only the month.
* ``--exam 10`` (``tests/compliance/exam10/layouts.py``): website software of small Central
  American bodies and Guatemalan ways of writing a document's period ("Período del 01-10-2026 al
  31-10-2026", "(al 31 de octubre 2026)", "III INFORME CUATRIMESTRAL AÑO 2026", a date only in the
  file name): a Blogger blog of label pages and Drive downloads, a Wix site of repeaters with "Ver
  PDF" buttons to hashed file names, a SharePoint document library of folder views, a Joomla
  jDownloads listing with the period in the release field.
* ``--exam 11`` (``tests/compliance/exam11/layouts.py``): government web platforms: an ASP.NET
  WebForms site (GridViews paged by postback, files at ``Handler.ashx?id=…``), Liferay's
  Documents and Media (folder views, a document page per file), Plone folder listings
  (``…/view`` then ``@@download/file``), a Drupal view with exposed filters and a pager.
* ``--exam 12`` (``tests/compliance/exam12/layouts.py``): how Guatemalan bodies present the
  items: a year's matrix "Numeral | Descripción | Ene … Dic" of icon links, a TablePress table
  whose running number precedes the numeral, documents offered only in a ``<select>`` (opened by
  ``onchange``, Dreamweaver's "Ir" or a "Ver" button; a ``<noscript>`` list beside it), WP File
  Download category blocks with cropped file titles and extension-less download addresses.
* ``--exam 13`` (``tests/compliance/exam13/layouts.py``): how documents are delivered: PHP
  download scripts (``descargar.php?archivo=…``, the name only in Content-Disposition, a missing
  file a 200 sentence), redirects (Apache's 301/302, two hops, a missing file sent back to the
  item's page), viewer pages (an iframe or ``<embed>``, pdf.js, "Documento no encontrado."),
  scanned reports as pictures and spreadsheets, archives and Word files with careless types.
* ``--exam 14`` (``tests/compliance/exam14/layouts.py``): old and malformed sites: FrontPage
  framesets and nested layout tables headed by ``<font size=4><b>``, pages whose bytes and
  declared charset disagree, Joomla 1.0/1.5 addressing (``<base href>``, ``..``, raw spaces,
  ``.PDF``), Dreamweaver image maps and rollover buttons as the only navigation.
* ``--exam 15`` (``tests/compliance/exam15/layouts.py``): how dates are written: a CMS left in
  English ("November 30, 2026", "Published: 28 October 2026"), numeric forms and dates only in
  attributes, Spanish words and abbreviations ("Setiembre", "IV Trimestre"), and misleading
  dates (clocks, site stamps, news sidebars, a page re-saved after its documents went stale).
* ``--exam 16`` (``tests/compliance/exam16/layouts.py``): every sujeto obligado: a ministry's,
  court's or congress's pages publishing Article 10 beside the articles of their own branch (11,
  12, 13) and Decreto 101-97's 17 Ter, numbered alike: sections per article, a menu of laws
  leading to pages per numeral, one table mixing articles, cards, accordions and tabs.
* ``--exam 17`` (``tests/compliance/exam17/layouts.py``): how bodies say there is nothing:
  statements that an item does not apply or is not yet published, in headings, tables with an
  observations column, pages per numeral (alert boxes, pictures, constancias) and document
  libraries with their own empty messages.
* ``--exam 18`` (``tests/compliance/exam18/layouts.py``): items named the way staff name them,
  without numbers ("Planillas", "Ejecución presupuestaria (SICOIN GL)"), in a mega-menu under
  office headings, icon cards, accordions and a file manager's folders.
* ``--exam 19`` (``tests/compliance/exam19/layouts.py``): information published as web content,
  not as files: HTML tables per period, scanned sheets in galleries, record detail pages and
  printable report pages.
* ``--exam 20`` (``tests/compliance/exam20/layouts.py``): one portal, many addresses: session ids
  and trackers in every link, an events calendar and date archives before the menu, Joomla's
  print, mail, feed, tag and sorted copies, and a repository's faceted filters.
* ``--exam 21`` (``tests/compliance/exam21/layouts.py``): how government web platforms multiply
  addresses: ASP.NET cookieless sessions, Liferay portlet states, SharePoint list views, Drupal
  views, calendars and print copies.
* ``--exam 22`` (``tests/compliance/exam22/layouts.py``): information reached through forms and
  controls, not links: GET query forms by year and month, numeral selectors and radio buttons,
  buttons and clickable rows, content fetched by a page's own script.
* ``--exam 23`` (``tests/compliance/exam23/layouts.py``): portals in several languages: Mayan-
  language headings, WPML, Polylang and Joomla language versions, translation widgets.
* ``--exam 24`` (``tests/compliance/exam24/layouts.py``): how the servers holding the documents
  answer: hotlink protection (cPanel, nginx ``valid_referers``), Range quirks (ignored, 416, 501,
  no Content-Length, zero-byte files), shared-hosting limits (CloudLinux's 508, 503 with
  Retry-After; timing-dependent) and session-cookie gates, beside documents really gone (404, 410,
  403, a script's 500, an expired S3 link). The exam module's ``server`` starts its portals.
* ``--exam 25`` (``tests/compliance/exam25/layouts.py``): portals that change between two crawls
  (documents added, replaced at the same address, removed; sections emptied, published, withdrawn;
  pages moved; reports aging) behind realistic caching (static ETag/Last-Modified, none, a frozen
  Last-Modified answering 304, weak ETags new on every answer, conditional headers ignored). The
  module's ``first_day`` makes it a two-day exam: each portal is crawled on day 1, its server
  switched to day 2, crawled again with day 1's memory and analysis (scored) and crawled fresh;
  the two day-2 crawls must give the same verdicts.
* ``--exam 26`` (``tests/compliance/exam26/layouts.py``): links the staff got wrong: documents
  linked on the author's computer or the office network (``file:///C:/…``, drive letters, UNC
  shares, intranet hosts, ``localhost``), paths a browser repairs (backslashes, raw spaces and
  accents, whitespace, dot segments, links to the portal's own host) or cannot (``%2520``, another
  case, NFD names, ``+`` for spaces), controls that lead nowhere (``#``, ``javascript:void(0)``,
  ``mailto:``, placeholder pages) and an index saved from Word with Office files, lock files and
  shortcuts. The module's ``server`` answers the browser's repair of backslashed paths.
* ``--exam 27`` (``tests/compliance/exam27/layouts.py``): the way in from the home page: the
  section reached only by a banner picture (alt text, a title, or only a file name) in a slider,
  sidebar or footer logo row; a splash page (meta refresh, ``window.location``, "Ingresar al
  sitio", a language chooser, a 302) before the real home; three or four levels deep behind CSS
  mega-menus or off-canvas menus; unusual addresses and names linked only from the footer or a
  site map, beside an old "Transparencia 2019" copy.
* ``--exam 28`` (``tests/compliance/exam28/layouts.py``): portals that are not there while they
  answer: suspended hosting (cPanel, a Spanish hosting page), parked domains and default server
  pages, maintenance pages (WordPress core, a Spanish plugin, Joomla offline; whole site, the
  transparency sub-site, or pages behind a cache), firewall challenges (Cloudflare, Sucuri,
  Wordfence), where every hidden item is unknown; and soft 404s (200 "Página no encontrada", the
  home page, redirects home) hiding broken documents. The module's ``server`` starts its portals.
* ``--exam 29`` (``tests/compliance/exam29/layouts.py``): documents that are not what their
  links say: ``.pdf`` links answering 200 with an HTML page (a theme's 404, the home page, a login
  form) beside PDFs sent as octet-stream / force-download / text/plain; zero-byte, few-byte
  ("ERROR", a PHP warning) and truncated files beside large ones; document links redirecting
  (301/302/303/307, two hops, to a 200 "not found" page, to the home page, in a loop); slow or odd
  servers (a stalled body, HEAD answered unlike GET, Range ignored, trailing slashes, a 504 after a
  wait). The module's ``server`` starts its portals.
* ``--exam 30`` (``tests/compliance/exam30/layouts.py``): long histories: bodies publishing since
  2009, hundreds of documents per item, the newest to be found among them: a table per item of
  every document oldest or newest first (on one page, or paged with full, ellipsis or
  next-only pagers), year folders per item (links, tabs, a year ``<select>``, "Años
  anteriores"), a file manager of item → year → month folders, and a blog of monthly posts ten a
  page over fifteen years with a category per numeral.
* ``--exam 31`` (``tests/compliance/exam31/layouts.py``): items not one-to-one with numerals: a
  "Numeral | Descripción | Documento" table whose rows cover several numerals ("2 y 3", "14 al 17",
  "24-25", "20/22", Roman now and then) with one set of documents, pages per group of numerals
  ("Numerales 1 al 5") with headings or one shared list of files named by numeral, numerals split
  into parts (8.1 / 8.2, renglones, "29 a) b) c)") as headings, tabs or a sub-page, and one combined
  document linked once for two numerals (under a heading naming both, or under one numeral while
  the other says where it is published).
* ``--exam 32`` (``tests/compliance/exam32/layouts.py``): freshness at the edges of the law's
  rhythms on the exam's days (24 Nov 2026, 6 Jan 2027, 4 Dec 2026): the previous month's report
  published or not yet in the first days of a month, reports two months old, December judged in
  January, periods as ranges ("del 01/10/2026 al 31/10/2026"), four-month, three-month and
  six-month reports judged by the month they end, yearly items in January (the grace until March)
  and next year's budget approved in December, on-change items whose only documents are years
  old; in tables per item, headings with lists, pages per item and a document library.
* ``--exam 33`` (``tests/compliance/exam33/layouts.py``): one site, several sujetos obligados: a
  municipality's site hosting beside its own Article 10 section those of its municipal companies
  (EMPAGUA, EMETRA), its Juzgado de Asuntos Municipales, its mancomunidad and its COMUDE, each body
  publishing the same numerals with its own documents and dates (often current where the
  municipality's are stale, empty or missing): a "Información Pública" menu with one sub-menu per
  body, one long page with a section per body (plain, tabs, ``<details>``), a page per body from a
  "Dependencias" page, a document library of folders per body then per numeral. Only the
  municipality's own section is its truth.
* ``--exam 34`` (``tests/compliance/exam34/layouts.py``): careless dates, as staff type them: a
  year with the letter O ("2O26"), a doubled or swapped digit ("20226", "2062") or the previous
  year left from a copied row under the right year heading or "Período" cell, misspelt months
  ("Octuble", "Novimbre"), impossible days ("al 31/11/2026"), US order ("11/30/2026"), two-digit
  years ("10/26"), file names that disagree with their titles, two-month periods across the year,
  upload stamps in the future or "--", "Pendiente" rows for months not published: in a table per
  item, year headings with lists, a library of year folders listing file names, and pages of
  document cards. The truth is the period the rest of the page settles.
* ``--exam 35`` (``tests/compliance/exam35/layouts.py``): the real platforms of Guatemalan
  municipal portals, reproduced from stored pages: the INFOM / GIZ "Portal Estándar de
  Transparencia para Gobiernos Locales" (``<muni>.laip.gt``, Joomla: a menu of numerals, a page per
  numeral whose body is the law's text, then the documents, "Numeral 8 MES DE OCTUBRE-2,026"; the
  numerals nobody filled show the law's text alone), Masagua's WordPress post of the year's items
  ("08 - …", the law's text, files with their sizes "(737Kb)"), Palestina de Los Altos' page whose
  items are headed only by the law's words (headings or Elementor toggles, files under year
  headings, the law's own PDF above the items) and Sanarate's portal of its own for the year
  (``laip2024.<muni>.gob.gt``: "OBJETIVOS:", a page per numeral with "Fecha de publicación").
* ``--exam 36`` (``tests/compliance/exam36/layouts.py``): text as the browser shows it, not as the
  source writes it: soft hyphens, zero-width and non-breaking spaces and template whitespace inside
  labels, every accent as an entity, headings split into a span per letter or word, numbers drawn
  by ``<ol start>``, ``<li value>`` or CSS ``::before``, headings as SVG pictures or inline SVG
  ``<text>``, lower case upper-cased by CSS, styled digits, trailing icons; an Elementor / Divi
  page, an animated one-page theme, an accessible theme whose download links are icons with
  screen-reader labels, and a Joomla template with desktop and mobile copies of its menus, lists
  and pages.
* ``--exam 37`` (``tests/compliance/exam37/layouts.py``): numbers that lie: items described
  rightly under wrong numbers, identified by their descriptions: a list of links to a page per item
  numbered by the site's own count of what it publishes, or with a number skipped or typed twice
  (every later number shifted), addresses and file folders carrying the list's number; a "No. |
  Información | Documentos" table counting rows, restarting on every page or office tab, or with
  another law's row (Decreto 101-97 Art. 17 Ter) numbered among the numerals; a document system's
  category badges taken from its database (record ids of categories entered again, the position
  among the published ones, a previous portal's order); "Numeral N - …" accordions with typed
  typos ("Numeral 81" for 18), a title copied with the number above, and repository folders named
  with a wrong number under a right title.
* ``--exam 38`` (``tests/compliance/exam38/layouts.py``): heavy pages (0.5-3 MB, uncompressed):
  an Elementor site (inline CSS and base64 fonts, an SVG per icon use, the nav menu printed for
  desktop and mobile, data-URI banners) holding the numerals in an accordion, toggle, nested
  accordion, tabs or pages per numeral; a Next.js / Nuxt site whose rendered content is repeated
  in ``__NEXT_DATA__``, flight chunks or ``window.__NUXT__`` with the whole news list; an ASP.NET
  WebForms portal whose pages open with a ``__VIEWSTATE`` of up to ~3 MB (sometimes chunked); a
  WordPress site (Divi or a block theme) whose numerals come after a news slider and a gallery of
  pasted pictures (on the transparency page, at the end of the home page, or on pages per numeral).
* ``--exam 39`` (``tests/compliance/exam39/layouts.py``): widgets that list other items'
  documents: blocks in the content area of an item's page (on every page or only some, before or
  after the item's own list, and after the index's list) listing the whole site's downloads or
  posts, often current where the item's own are stale, empty, broken or absent: WordPress Download
  Manager's "Últimas descargas" / "Descargas populares" widgets (links to other items' package
  pages), Download Monitor's "Descargas destacadas" / "recientes" / "más populares" list (direct
  ``/download/<ID>/`` links), jDownloads' Latest / Top modules in Joomla's ``main-top`` /
  ``main-bottom`` cards (details pages, dates, hits, the category), and an Elementor single-post
  template with a Posts widget ("Últimas publicaciones de transparencia"), YARPP's "Documentos
  relacionados:", a tag cloud of numerals and a "Novedades" ticker of the newest PDFs. Only the
  item's own list is its truth.

* ``--exam 40`` (``tests/compliance/exam40/layouts.py``): web servers' own folder listings and
  PHP file browsers as the way documents are published (folders uploaded by FTP; a listing's dates
  are upload times, the period is in the file's or its year folder's name): Apache's mod_autoindex
  (FancyIndexing tables or ``<pre>``, names cut "..>", ``?C=M;O=D`` sort links, HEADER / README
  text), nginx autoindex and LiteSpeed listings (a LEEME.txt with the item's words or "No aplica",
  folders named "… - NO APLICA"), Directory Lister 3 and h5ai's no-JavaScript fallback, and a CMS
  page of the items leading to listings, pages or files (empty folders, forbidden listings).
* ``--exam 41`` (``tests/compliance/exam41/layouts.py``): documents shown through viewer plugins
  and embeds, the file's address in the viewer's markup rather than a plain link: dFlip /
  DearFlip books (``source=…``, ``window.option_df_<id>``), Real3D Flipbook options (a
  ``data-flipbook-options`` attribute or a JSON ``<script>``), PDF Embedder, PDF.js viewer pages
  (``viewer.php?file=…``), Embed Any Document and Elementor's Google-viewer iframes
  (``docs.google.com/viewer?url=…``), ``data-settings`` JSON, Fancybox / Magnific Popup /
  GLightbox cards (``data-src``, ``href="javascript:;"``), Joomla articles with ``<object>`` /
  ``<embed>`` and tags of a disabled plugin left as text (``{pdf=images/…|100%|600}``).
* ``--exam 42`` (``tests/compliance/exam42/layouts.py``): tables of complex structure, as staff
  build them in Excel and paste them or as table plugins print them: one big table whose numeral
  cells span their document rows (``rowspan``) or are left blank on continuation rows, with year
  rows across it; per-year matrices of two header rows (a year over "ENE … DIC"), also
  transposed (items as columns); responsive plugin output (``data-label``, Tablesaw labels,
  FooTable detail rows, Ninja Tables rows loaded as JSON with a ``<noscript>`` copy); an outer
  table per office whose items hold inner "Documento | Período | Fecha" tables, captions and
  ``<tfoot>`` notes ("* Información actualizada al …").
* ``--exam 43`` (``tests/compliance/exam43/layouts.py``): single-page applications, whose server
  answers an app shell while the browser builds each view from JSON on the same host (PHP
  scripts answering it as ``text/html``): Vue 2 (``#/``) and AngularJS (``#!/``) hash-routed
  apps, React / Vite history-routed apps answering the shell for every address, server-rendered
  item pages whose older documents load by a "Cargar más" / "Ver más documentos" button (newest
  or oldest first), and cards without links (``onclick``, Vue's in-DOM ``@click``,
  ``data-href``, ``router.push``, ``window.open`` buttons). Rendered in Chromium.

* ``--exam 44`` (``tests/compliance/exam44/layouts.py``): office exports published as web pages,
  linked from the municipality's CMS page: an Excel workbook "Guardado como página web" (a
  frameset over ``sheet00N.htm`` and ``tabstrip.htm``, a sheet per year or group of numerals,
  merged cells, serial dates shown as "30-nov-26"), one Word document saved as "Página web" or
  "Página web filtrada" (list numbers in ``<![if !supportLists]>``, ``MsoTableGrid`` tables with
  bold header cells), Google Sheets "Publicar en la web" copies whose links go through
  ``https://www.google.com/url?q=…`` and LibreOffice Calc exports, and a PDF converted by
  pdf2htmlEX (absolutely placed lines, link boxes drawn over them after all of a page's lines).
* ``--exam 45`` (``tests/compliance/exam45/layouts.py``): encoding accidents, text and addresses
  damaged between the staff's computer and the browser and read right by a citizen: each page
  stored and declared its own way (UTF-8; UTF-8 under an iso-8859-1 ``<meta>`` or a BOM under a
  Latin-1 header; UTF-8 under a Latin-1 header, the whole page mojibake; windows-1252 declaring
  nothing, with a Dreamweaver / FrontPage ``<meta>`` or a header against ``<meta
  charset="utf-8">``; windows-1252 under a UTF-8 header) and each string its own accident
  ("InformaciÃ³n", "ÃƒÂ³", "Informaci�n", "Informaci?n", ``&oacute;`` / ``&#243;`` / ``&#xF3;``,
  capitals without accents, an include's BOM as "ï»¿"); months as "Setiembre", "SEPTIEMBRE",
  "Sept.", "Ene."; file names percent-encoded in UTF-8 or Latin-1 ("N%F3mina…", with a Latin-1
  Content-Disposition), with "+" for spaces or raw spaces: an old hand-made site's table over one
  to three pages, a WordPress site whose database went through a Latin-1 connection (File blocks,
  "AÃ‘O 2026" headings, child pages), a site typed in capitals ("ARTICULO 10 NUMERAL 8 - …",
  "EJECUCION+PRESUPUESTARIA+…pdf"), and a PHP portal of a page per numeral reading a Latin-1
  database through UTF-8 pages. The module's ``server`` starts its portals.
* ``--exam 46`` (``tests/compliance/exam46/layouts.py``): modern component markup and
  accessibility patterns: WAI-ARIA tabs (the APG tablist, panels hidden by ``hidden``, by
  ``aria-hidden`` plus CSS or by a class), Bootstrap 5 nav-tabs and vertical pills, one tab per
  item or per range of numerals; Bootstrap 5 and 4 accordions and WordPress core/details blocks,
  with per-year collapsibles inside an item; CSS-only radio tabs whose labels may stand far from
  their panels, checkbox accordions, ``<dl>`` panels; CSS-grid description cards (a ``<dl>`` of
  fields, source order undone by CSS ``order``); a block-editor page of core/table blocks named
  only by the caption under the table, core/file blocks and details; documents linked by icons
  whose only words are an ``aria-label``, a ``title`` or a visually-hidden span, by core/file
  blocks, by ``<a role="button">`` or by the buttons of GET forms, with "(abre en una nueva
  ventana)" notes. The module's ``server`` serves a file whatever query follows its path.
* ``--exam 47`` (``tests/compliance/exam47/layouts.py``): what the documents are: the items'
  documents published as files of every kind, served as real bytes with their size, upload day
  and type (the right MIME type, or ``application/octet-stream`` / ``force-download``): scanned
  pages as ``.jpg`` / ``.png``, one picture a page ("Página 1 | Página 2",
  ``IMG_20261130_0001.jpg``); ZIP and RAR bundles of a month; ``.xlsx`` / ``.xls`` / ``.csv`` /
  ``.ods`` spreadsheets, Word and PowerPoint files, ``.PDF`` and ``.pdf.pdf``; extension-less
  download scripts (``descargar.php?id=12``, Phoca ``&download=12:alias``) naming the file only
  in ``Content-Disposition``; links reading the name, the name with "(737Kb)", the file's name, a
  "Descargar" ``download`` button, or only "PDF 245 KB" / "XLSX - 1.2 MB" after the name; in
  headed WordPress lists, ``<ol>``, ``<br>`` lines, Gutenberg File blocks, small tables, one "No. |
  Información | Archivos" table, and numbered lines of scans. The module's ``server`` starts its
  portals.
* ``--exam 48`` (``tests/compliance/exam48/layouts.py``): page builders' own components around the
  items, each panel read by opening it: WPBakery's TTA tabs / tour / accordion (a title list, then
  panels repeating their title in ``vc_tta-panel-heading``; tabs per group of numerals holding an
  accordion of items), ``vc_btn3`` buttons and year ``vc_toggle`` s; Divi's tabs
  (``et_pb_tabs_controls`` then ``et_pb_all_tabs``), accordions, toggles, rows of blurbs / buttons;
  Elementor's classic tabs / accordion / toggle (inactive panels ``hidden``) and nested tabs
  (``e-n-tab-title`` buttons first, panels after) or nested accordion holding icon lists, buttons,
  icon boxes and year toggles; Avada's fusion tabs and "fusion-accordian", Kadence, Spectra FAQ,
  SiteOrigin and Joomla SP Page Builder accordions; and WPBakery / Divi deactivated, their
  shortcodes (``[vc_tta_section title=…]``, ``[et_pb_tab title=…]``) printed as text around the
  words and links.
* ``--exam 49`` (``tests/compliance/exam49/layouts.py``): real Guatemalan portals reproduced,
  second series: the Ministerio de Energía y Minas' WordPress post "2026 | INFORMACIÓN PÚBLICA DE
  OFICIO" of links "Artículo 10 Numeral 8 - <the law's whole text>" to ``/?page_id=`` pages of File
  blocks or lists; the Vicepresidencia's Drupal view ``/articulo-10`` paged ``?page=N``, rows out
  of numeral order, ``/node/<nid>`` pages with an "Archivos adjuntos" field; CONAP's category page
  of bullets "Arto. 10. Numeral 8. <name> -Mensual-" whose documents sit under year headings, a
  monthly report linked only by the month's name; the UPCV's post per numeral at a dated permalink
  ("Publicado el …"), "INFORMACIÓN AÑO 2026" headings over bare ``<li>`` links "<name> PDF".
* ``--exam 50`` (``tests/compliance/exam50/layouts.py``): the same content printed twice for
  different screens, a desktop and a mobile version in one page hidden by the theme's stylesheet
  (Bootstrap 5/4 ``d-none d-md-block`` / ``d-md-none``, Bootstrap 3 ``hidden-xs`` /
  ``visible-xs``, Elementor ``elementor-hidden-mobile`` / ``elementor-hidden-desktop``, WPBakery
  ``vc_hidden-xs`` / ``vc_hidden-lg vc_hidden-md vc_hidden-sm``, Divi ``et_pb_hidden_phone``),
  built differently (a table, tabs or headings against cards, accordions or icon lists; a desktop
  mega-menu against an off-canvas menu leading to older mobile copies of the pages) and often
  saying different things (the mobile one lagging: older documents, items left out,
  "Próximamente", names without links), with print copies and AMP copies; the truth is what a
  desktop browser shows.
* ``--exam 51`` (``tests/compliance/exam51/layouts.py``): year first, then items: Article 10
  published once per year or per month, each period's page, tab or category holding its own list
  of numerals with that period's documents; the current year's list incomplete ("Pendiente", the
  name alone, items only on last year's page), older years naming the numerals in other words: a
  WordPress page per year in a sub-menu of years ("Años anteriores"); one page of year tabs
  (Bootstrap, Elementor, ``<details>``); posts per numeral and year in yearly categories paged by
  "« Entradas antiguas"; month-first pages ("Noviembre 2026") listing the numerals.
* ``--exam 52`` (``tests/compliance/exam52/layouts.py``): client-side filters and search over a
  full list: every document of every item in the page's HTML, all items mixed in one list, the
  item told only by a class, a data attribute, a column or a badge: MixItUp 3 / 2 grids
  (``data-filter=".numeral-8"`` buttons, ``<div class="mix numeral-8 anio-2026">`` cards), Isotope
  and Shuffle.js grids (``data-groups='["<slug>"]'``), List.js searchable lists (``<span
  class="numeral">8</span>``, a "Filtrar por numeral" select), and tables with the item in a
  column (Document Library Pro, DataTables, rows ``data-numeral`` hidden by a select); items
  without documents named only by their filter control, "No aplica" cards in their category.
* ``--exam 53`` (``tests/compliance/exam53/layouts.py``): real Guatemalan portals reproduced, third
  series: SENABED's "ipo" folder browser (``/ipo/?ruta=Repositorio%2FArt%C3%ADculo+10%2F…``, "26. …"
  folders in natural or alphabetical order, year sub-folders, "Nombre | Tamaño | Modificado" =
  upload day), the RIC's code-addressed pages (``/Articulo10_Numeral_08_2026``, "Numeral 08 … Año
  2026", lower-case month names as the links), INEES' WordPress attachment page per document
  ("Numeral 8. Artículo 10 Octubre 2026 PDF", "Publicado el …" = upload day), and mvc.gob.gt's child
  page per numeral titled by the item's name alone (the numeral only in the address ``26-…/``).
* ``--exam 54`` (``tests/compliance/exam54/layouts.py``): lists that continue elsewhere, an item's
  documents (plus a few older ones) or the list of items split over up to six pages: WordPress
  category archives paged ``/page/N/`` ("Entradas anteriores", ``page-numbers``, ``rel="next"``),
  item pages completed by "Cargar más" (a ``?pagina=N`` link, an ``admin-ajax.php`` HTML fragment,
  Ajax Load More's JSON and ``<noscript>`` pages), a Laravel portal paged ``?page=N`` (bootstrap,
  simple, tailwind views; a "Mostrar N registros" GET selector) over the items and each item's
  table, and a Joomla / PHP library paged ``?start=`` / ``?limitstart=`` / ``?pg=`` whose older
  years sit on "Años anteriores" pages and whose categories may be split by letter.
* ``--exam 55`` (``tests/compliance/exam55/layouts.py``): documents as pictures (real JPEG/PNG
  scans; the name only in a caption, alt, link title or file name): a WordPress page of headed
  gallery plugins (NextGEN, Envira, FooGallery, Elementor, lightbox2, fancybox; some PDFs behind
  preview pictures), a Joomla album (Phoca boxes / Simple Image Gallery, a page per item, a
  sub-gallery per document), Bootstrap / Slick / Owl carousels of unlinked scans under a hero
  carousel of banners, a paged feed of Facebook-style image posts; "No aplica" as a constancia
  picture; decorative shields, banners, icons and news photos.
* ``--exam 56`` (``tests/compliance/exam56/layouts.py``): free website builders: a Jimdo page of
  ``j-header`` / ``j-text`` / ``j-downloadDocument`` modules (files at
  ``/app/download/<id>/x.pdf?t=``), a Weebly ``wsite-content`` page of file widgets in
  ``wsite-multicol`` columns (``/uploads/1/4/8/8/…``), Webnode ``b-text`` blocks, ``b-img`` captions
  and button blocks (``/_files/2000000NN-<hex>/…``), a Squarespace accordion or columns of html and
  button blocks (``/static/<hex>/t/<hex>/<ms>/…``); the first three as one page or as one page per
  item, often a mancomunidad's own portal.
* ``--exam 57`` (``tests/compliance/exam57/layouts.py``): the items published as posts mixed
  with news: a WordPress blog (excerpts with "Leer más", or whole posts, "« Entradas anteriores",
  single posts with File blocks or scans), a Custom Facebook Feed (lines split by <br> or
  ``cff-linebreak`` images, "Ver más", "Hace 3 días", "Cargar más publicaciones" pages), a Smash
  Balloon Instagram grid whose pictures open modals or post pages, and numbered "Comunicados" in
  a paged table whose subject may be generic; news posts mention transparency or carry a PDF.
* ``--exam 58`` (``tests/compliance/exam58/layouts.py``): items answered on other hosts and
  national systems: a TablePress table "Numeral | Descripción | Enlace" mixing the site's own
  files with Drive / OneDrive / Dropbox / MEGA / Issuu / Scribd files, "Ver en Guatecompras" and
  Portal GL links, folders and dashboards; a page per numeral framing Drive previews, OneDrive
  embeds and Issuu / Scribd / Calaméo / Yumpu readers (named by a caption, a heading, a link or
  only the frame's title) beside Drive folder views, Power BI / Looker Studio dashboards,
  Facebook's post plugin and NOG tables; a list of numerals whose cloud links are named by the
  document or only by its period; a block-editor page of "Ver en Google Drive" / "Ver en
  Guatecompras" buttons; files on the office network, national systems' home pages.
* ``--exam 59`` (``tests/compliance/exam59/layouts.py``): real Guatemalan portals reproduced,
  fourth series: San José Pinula's one page whose numerals are headed by the law's whole text
  over files coded "04.00 … AGOSTO 2017.", Barberena's office page (the office's functions
  numbered 1–5) above numbered labels with "– " file lines, the CES's Elementor page per numeral
  whose address may keep another number, beside "Artículo 17 Ter" pages; SOSEP's containers of
  pasted HTML documents and an "ARTÍCULO 11" block; the Mancomunidad Gran Ciudad del Sur's news
  site and its TablePress "Numeral | Descripción | Documentos" table.
* ``--exam 60`` (``tests/compliance/exam60/layouts.py``): portals in transition after a change of
  administration or provider, old and new transparency pages on one host: a new WordPress site
  linking the old laip.gt Joomla portal (new pages publishing, sending the reader back, or
  "Próximamente" while the old page holds the documents), an HTTrack copy of the old portal as
  history, old addresses answering "Esta sección se trasladó…" by a link, a meta refresh, a
  script or a 301, and a section per year beside the "Administración 2020-2024" archive (in
  January the new year's section "Próximamente", "Sitio en construcción" or absent).
* ``--exam 61`` (``tests/compliance/exam61/layouts.py``): document repositories and file-sharing
  software on the portal's own host: a DSpace community (JSPUI or XMLUI) of a collection per
  numeral, each document an item page (Título, "Fecha de publicación", "Ficheros en este ítem",
  the full ``dc.*`` record) whose file is a bitstream, "Examinar por Fecha de publicación" over
  the whole community; Nextcloud / ownCloud public shares (a share per numeral or one for the
  article, year sub-folders, "hace 3 meses", empty folders); a SeedDMS folder tree whose
  "Comentario" holds the item's words, leading to document pages with versions and
  ``op.Download.php`` downloads named only by Content-Disposition.
* ``--exam 62`` (``tests/compliance/exam62/layouts.py``): page furniture around and after the
  items: cookie banners and preference centres (CookieYes with its cookie list, Complianz,
  Cookiebot's declaration table), Popup Maker / Elementor pop-ups announcing a report with a date
  and a PDF, a WhatsApp button, accessibility toolbars, a newsletter form, AddToAny, "Volver
  arriba", Google Translate, visitor counters, the day's date and weather, "Última actualización
  del sitio"; each placed after the footer, in the header, right after the last item or between
  items of a WordPress page of headings, an Elementor accordion, a Joomla page per numeral and a
  table.
* ``--exam 63`` (``tests/compliance/exam63/layouts.py``): documents behind gates: WordPress
  Download Manager packages locked by login, password, e-mail or captcha (broken) or by a terms
  click-through (passes), password-protected and members-only WordPress pages, a "Solicitar
  documento" request form instead of the documents (empty), HTTP 401 Basic-auth and 403 Forbidden
  answers on documents and item folders, a log-in page at 200, and countdown download pages ("Su
  descarga comenzará en 5 segundos", meta refresh, "haga clic aquí") that deliver the file.
* ``--exam 64`` (``tests/compliance/exam64/layouts.py``): the body's own claims about its
  compliance, drawn independently of the truth (honest, claimed current, claimed out of date, or
  none): a checklist "Numeral | Información | ¿Publicado? | Fecha de actualización | Enlace" (Sí /
  ✔ / ✘ / No aplica, a typed date) linking the item's page or its documents, cards with
  "Actualizado" / "Desactualizado" badges and "Última actualización: …", an accordion with semáforo
  lights, a page per item opening with a status banner; under page-level claims ("Índice de
  cumplimiento: 100 %", a progress bar, a "Sello de Transparencia", the PDH's ranking).
* ``--exam 65`` (``tests/compliance/exam65/layouts.py``): the same law shape across the region,
  second series: Honduras' IAIP "Portal Único de Transparencia" (apartados → sub-apartados → year
  pages "Mes | Documento | Fecha de publicación | Ver / Descargar"), the Dominican DIGEIG
  "Transparencia" menu of sixteen sections (pages or tabs of document cards, "No hay documentos
  publicados"), and Panama's Ley 6 section of "Artículo 9 / 10 / 11" pages sending payroll,
  budget, travel and purchases to "Planilla", "Presupuesto", "Viajes", "Compras" pages; each
  numeral in its equivalent category, beside the menu's own entries.
* ``--exam 66`` (``tests/compliance/exam66/layouts.py``): Guatemalan bodies that handle public
  funds without being municipalities, ministries, courts or the Congress: CDAG's WordPress (a
  child page per numeral titled and addressed only by the law's text, "Febrero 2026" update
  months, a sidebar calendar's "?date=…&t=list" copies of every page), the Banco de Guatemala's
  index page leading to its old static site ("/inc/ver.asp?id=…", windows-1252, "No. |
  Descripción | Consultar"), INGUAT's Joomla information site of one "Artículo 10 <year>" page per
  year (every numeral on every year page), CONADER's home over a list of numerals.
* ``--exam 67`` (``tests/compliance/exam67/layouts.py``): how platforms other than WordPress and
  Joomla address documents and item pages: a TYPO3 site (text and "File links" ``ce-uploads``
  elements on one page, a subpage menu, or paged tx_news records with "Archivos relacionados";
  ``/fileadmin/…`` or ``index.php?eID=dumpFile&t=f&f=<uid>&token=<hex>``), Concrete CMS (a Page
  List leading to a page per numeral, File blocks or a Document Library;
  ``/download_file/view|force/<fid|uuid>/<cid>``, ``/application/files/…``), an Odoo Website page
  (``/web/content/<id>?download=true``, ``…/ir.attachment/<id>/datas``, Documents shares
  ``/document/share/<sid>/<token>``), a Django / Laravel portal (``/documentos/<pk>/descargar/``,
  ``/media/…``, ``/descargar/<uuid>``, hashed ``/storage/…``), with real Content-Disposition and
  types.
* ``--exam 68`` (``tests/compliance/exam68/layouts.py``): the items' content framed from the
  portal's own host: a WordPress page framing a PHP app (``/laip/index.php`` → relative
  ``numeral.php?n=8`` pages, documents ``../documentos/…``; plain, lazy, iframe-resizer or a
  ``srcdoc`` placeholder), a page of headings whose items are ``<object type="text/html">`` /
  ``<embed>`` of old static pages, an accordion filled by jQuery ``.load()`` (fragments,
  ``<noscript>`` links, error callbacks), an older site's frameset framed or linked by the CMS
  (``<base target>``, ``target="_top"``); frames answering 404 or PHP's 500, "No hay registros",
  and the CMS framing Drive folders, GUATECOMPRAS or Drive files.
* ``--exam 69`` (``tests/compliance/exam69/layouts.py``): real Guatemalan municipal portals
  reproduced, fifth series: Huité's own site (``/informacion-publica``: the law, its Mayan-language
  PDFs, then cards "Decreto 57-2008 Art. 10" / "Decreto 101-97 Art. 17 Ter." / "Decreto
  36-2024", the first leading to numeral cards and a page per numeral with "Documento | Fecha de
  publicación | Descargar", the others to monthly files of their own), Ixcán's WordPress
  ``/?page_id=93`` office page pasted from Word one ``<ol>`` or "- " list per entry (every
  objective, function and item), the items there or on a second page; Nebaj's request form
  "FORMULARIO DE SOLICITUD ART. 38" beside a list-group of numerals leading to pages of "No. |
  Documento | Fecha de carga | Descargar" (hashed file names) or "No hay documentos cargados en
  este numeral."
* ``--exam 70`` (``tests/compliance/exam70/layouts.py``): pages that break halfway, answering 200
  while parts failed on the server: PHP warnings, notices and deprecation lines (``<b>Warning</b>:
  Undefined array key …``, "Deprecated: … has a deprecated constructor") before the ``<!DOCTYPE>``,
  between items, among an item's links and in table cells; a fatal error ("Allowed memory size …
  exhausted", "Maximum execution time …") that stops a page listing many items (the items after it
  ``unknown``, and then every item found nowhere too) or one item's page; database errors where an
  item's documents should be (Joomla's "Error displaying the error page …", "Error: 1146 Table …
  SQL=…", "SQLSTATE[HY000] [2002] …", "Error de conexión a la base de datos"); WordPress' "Ha habido
  un error crítico en esta web." stopping a child page; plugin shortcodes printed raw (a Download
  Manager package or category, a TablePress table: the item ``broken``; PDF Embedder / Embed Any
  Document / PDF.js with the file's address, absolute or root-relative, curly quotes: the file
  published); hidden casino / "slot gacor" / pharmacy link blocks between the items: one WordPress
  page of headed items, a PHP script's "No. | Información | Documentos | Actualizado" table, a
  laip.gt-like Joomla page per numeral with a documents module and a sidebar menu, and WordPress
  child pages. The module's ``server`` starts its portals.
* ``--exam 71`` (``tests/compliance/exam71/layouts.py``): hosted website builders, second series,
  everything on the portal's own host: a Blogger blog on a custom domain (home page of the newest
  N posts, "Entradas más antiguas" / "Entradas más recientes" through
  ``/search?updated-max=…&max-results=N``; one post per item or one post per upload month holding
  an ``<h3>`` per item; "Etiquetas: Numeral 8" to ``/search/label/…`` pages paged the same way; a
  HIERARCHY Blog Archive widget with ``/2026/`` and ``/2026/11/`` pages; ``/2026/11/<slug>.html``
  permalinks; post dates are upload days), a new Google Sites site (``tyJCtd`` text boxes, the
  ``jYxBte`` navigation; one page of collapsible text groups, or one sub-page per item listed only
  in the navigation's second level, whose documents are links, an embedded Drive folder of
  ``flip-entry`` file names and upload days, or "Descargar" buttons to
  ``/uc?id=…&export=download``; a footer "Página actualizada <date>"), a Wix site of
  ``wixui-rich-text`` headings over paragraphs whose documents are linked by name inside the text
  (``/_files/ugd/<owner>_<hash>.pdf``, sometimes under bold year lines), on one page or on
  "Numerales 1 al 10 / 11 al 20 / 21 al 29" pages of a dropdown menu, and a Squarespace page whose
  summary block (sometimes limited to 6–20 entries, with "Ver todos los numerales") lists one blog
  post per item (excerpt, "Leer más →"), the collection paged by "Entradas anteriores"
  ``?offset=<ms>``, each post's documents as links or an accordion of years at ``/s/<Name>.pdf``,
  with previous / next links naming other items.
* ``--exam 72`` (``tests/compliance/exam72/layouts.py``): real Guatemalan municipal portals
  reproduced, sixth series: Flores's (Petén) WordPress (news under date permalinks; a "UIPM" page
  listing the request procedure's numbered steps; an Article 10 page of "Numeral 8. <words>" or the
  item's label leading to pages headed as the municipality's report covers, "Numeral 8." over the
  law's text, a monthly file sometimes with "MES DE NOVIEMBRE-2,026" under its name), Poptún's
  (Petén) WordPress holding every numeral in one Elementor accordion, toggle or tabs (each tab's
  title printed twice), files linked by name or by a "Descargar" / "Ver PDF" button under the name,
  and San Juan Sacatepéquez's letterhead over a "No. | Información pública de oficio |
  Documentos" table, one row per numeral ("8", "08" or "8-", the law's text in small print or a
  paragraph), on one page or split in two, "Numerales 1 al 15" and "Numerales 16 al 29".
* ``--exam 73`` (``tests/compliance/exam73/layouts.py``): open-data catalogues as the way items are
  published: a CKAN instance on the municipality's own host (``/datos``, ``/datosabiertos`` or
  ``/catalogo``; groups per numeral whose datasets are titled by the item's words alone, or tags
  ``?tags=numeral-N`` reached from a municipal list of labels; one dataset per item or per
  document; "Datos y Recursos", "Explorar" → "Más información" / "Descargar" →
  ``/dataset/<id>/resource/<rid>/download/<name>.csv|xlsx|json``; "Este conjunto de datos no tiene
  datos"), a DKAN (Drupal) catalogue as the whole site (``/search/type/dataset`` ten a page, a
  dataset per item with "Información del conjunto de datos", resource pages with "Descargar" →
  ``/sites/default/files/…`` and a preview whose first column is the period), and a municipal
  "Datos Abiertos" page of "CSV" / "XLSX" / "JSON" / "ODS" links per item (the period in a
  "Periodo" column, in the file names only, or in the first link's text). The catalogue's own dates
  ("Creado", "Última actualización", "Fecha de modificación") are when the entry was saved, not the
  period covered; in half the portals an outdated item's entries were re-saved within 20 days.
* ``--exam 74`` (``tests/compliance/exam74/layouts.py``): documents in parts, annexes, corrections
  and versions: a report split in files ("… - Parte 1 de 3", "… Tomo II", "… (1/2)"; or the
  report's name once and "Parte 1 | Parte 2" links), a ZIP of its parts (real ZIP bytes), the
  report with its annexes ("Anexo 1 - Detalle de renglones", "Anexos", an annex named by an older
  period) or a "Punto de Acta de aprobación", a corrected file ("VERSIÓN CORREGIDA",
  "(actualizado)", "SUSTITUYE AL PUBLICADO EL 08/09/2025") beside the old one ("versión
  anterior", "ANULADO", "SIN EFECTO", struck with ``<del>`` / ``<s>`` or not, still served or
  404), a "Fe de erratas" sheet, and a cover letter ("Oficio DAFIM No. 148-2026", "Providencia
  No. …") before or after the report. The report dates the item; a cover letter or a withdrawn
  file alone is empty; a withdrawn current report above old valid ones leaves the item outdated.
  Shown in a WordPress page of headed lists (sizes "(737Kb)", notes in bold, annexes nested), an
  index leading to a page per numeral with a "No. | Documento | Observaciones | [Fecha de
  publicación |] Descargar" table, and a Bootstrap accordion per item holding a ``<details>`` per
  year.
* ``--exam 75`` (``tests/compliance/exam75/layouts.py``): the information inside documents rather
  than on pages (real PDFs written by hand: Helvetica text, ``/Link`` annotations with relative
  ``/URI`` actions; Word ``.docx`` files with ``w:hyperlink`` to external relationships): a
  "Información Pública" page linking one compendium PDF per month ("Información Pública de Oficio
  - Octubre 2026", the last two to four months) or per year, each a cover then a page per numeral
  ("Numeral 8 - …", "NUMERAL 8", "8. NAME") holding a "Período: del … al …" line and a "No. |
  Descripción | Período" table, the item's own text, "No aplica", "Sin movimiento en el mes de
  …", or "Ver documento:" links to files that are gone; an index document (PDF, linked or
  framed, or Word) "Índice de Información Pública de Oficio 2026" whose entries link each item's
  PDFs or print "No aplica" / "No se generó información …"; and a "No. | Información | Archivo"
  table whose cells link each item's PDFs by name or only "Descargar" / "Ver PDF" (the period
  then only inside), or a monthly PDF whose whole content is "Sin movimiento en el mes …". An
  item printed only inside a linked document is published; a compendium's period is its month
  unless the item's rows name an older one; only the newest compendium decides.
* ``--exam 76`` (``tests/compliance/exam76/layouts.py``): real Guatemalan bodies of the
  Organismo Ejecutivo that are not municipalities, second series, each publishing Article 10
  beside Article 11's numerals 1–3 (current monthly files of their own): MAGA's "UIP MAGA" page
  whose "Ley de Acceso a la Información Pública" button (sometimes a picture named only by its
  alt text) leads to Article 10 and Article 11 "No. | Descripción | Documentos" tables (two
  Bootstrap tabs of one page or two pages); the Secretaría de Bienestar Social's "Información
  Pública" section of two cards, an index of cards per article and a page per numeral quoting
  the law, files under year headings; MINEDUC's portal with a side menu grouping "Artículo 10" and
  "Artículo 11" numerals on every page, numeral pages whose "Dirección | Documento | Descargar"
  table puts each file under the office that published it (links reading only "Descargar" or
  "PDF"), beside rows "Esta Dirección no reporta información para el presente numeral."
* ``--exam 77`` (``tests/compliance/exam77/layouts.py``): text damaged by OCR and by hand typing,
  read by a citizen despite the damage (a drawn share of the items damaged, the rest clean): OCR
  letter confusions ("Nurneral", "NUMERAI", "lnforme", "Ejecuci6n") and 0/1 read as letters in
  numerals, dates and years ("1O.8", "l6", "2O26", "3l/10"); full-width digits; words cut by
  line-end hyphens ("Presu- puesto", "ejecu-<br>ción"); soft hyphens and zero-width spaces inside
  words and numbers, non-breaking spaces; lost spaces ("Numeral8"), ligatures (ﬁ ﬂ ﬀ ﬃ), capitals
  without accents or words without their accented letters; misread months and years in document
  names and "Actualizado" lines. San Juan Sacatepéquez's page of a printed list's OCR text pasted
  into the CMS (paragraphs, ``<br>`` lines or source newlines, sometimes all capitals, links
  added after each item), Barberena's matrix "No. | DESCRIPCION | DOCUMENTOS | ACTUALIZADO"
  typed from a scan (misread number cells, the header row repeated where the second page
  starts), and Santa Lucía La Reforma's index of a WordPress page per item addressed by the slug
  of its damaged title.
* ``--exam 78`` (``tests/compliance/exam78/layouts.py``): large municipalities' deep sites (in the
  manner of Villa Nueva, Quetzaltenango and San Juan Sacatepéquez), 500–700 pages each: a
  mega-menu of about a hundred links on every page (14 auxiliary mayors' offices, 23 offices, 22
  services, 12 forms, news, events, gallery, "Transparencia"), a sidebar (search, a tag cloud, "Lo
  más leído"), 150–280 news posts paged ``/category/noticias/page/N/``, three years of events, a
  dozen photo albums; the transparency section four or five levels down ("Transparencia" cards →
  "Ley de Acceso a la Información Pública" → "Información Pública de Oficio" →): year buttons to a
  page per year and the item's page for that year (``villanueva``), an index naming each item's
  office leading into the offices' own sub-sites (``xela``), or an accordion or cards per office
  leading to the item's page with year tabs of "Documento | Descargar" tables (``sanjuan``).

    .venv/bin/python -m bench.exam --draws 5 --seed 1 --wrong
    .venv/bin/python -m bench.exam --exam 2 --draws 3 --seed 1 --wrong

Prints, per layout, the share of (portal, section) pairs judged right and the confusion matrix
(rows: truth, columns: verdict), then the total; ``--wrong`` lists every wrong verdict with the
monitor's reason and how the item was laid out; ``--snippets`` adds the HTML involved.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.accuracy import draw, print_shares  # noqa: E402
from monitor.compliance.assess import assess_portal  # noqa: E402
from monitor.compliance.render import shared_renderer  # noqa: E402
from monitor.compliance.result import ComplianceResult  # noqa: E402
from monitor.config import Config, CrawlSettings, PortalConfig  # noqa: E402
from monitor.net.client import build_client  # noqa: E402
from tests.compliance.exam.kit import ExamPortal, ExamServer  # noqa: E402
from tests.compliance.exam.registry import EXAMS  # noqa: E402
from tests.compliance.generated.portals import section_id  # noqa: E402
from tests.compliance.generated.run import accuracy, assess_all, render  # noqa: E402


def _serve(portal: ExamPortal) -> ExamServer:
    return ExamServer(portal.routes, portal.headers)


async def _crawl(
    url: str, slug: str, today: Any, memory: dict[str, Any] | None, analysis: Any
) -> ComplianceResult:
    """One crawl with a client of its own (as one run of the service has)."""
    config = Config(crawl=CrawlSettings(), portals=(PortalConfig(slug=slug, name=slug, url=url),))
    async with build_client(config.monitor) as client:
        return await assess_portal(
            client, config.portals[0], config, today=today, memory=memory, analysis=analysis
        )


def _two_days(
    portals: Sequence[ExamPortal], chosen: ModuleType
) -> tuple[list[ComplianceResult], list[ComplianceResult]]:
    """A two-day exam (its module has ``first_day(portal)``: day 1's ``routes``, ``headers`` and
    ``today``; the portal itself is day 2). Each portal's server (the module's ``server``, which
    serves day 1) is crawled on day 1; its routes are then swapped to day 2 on the same server and
    port, so that remembered addresses stay valid, and it is crawled again with day 1's memory and
    analysis (the steady state), then fresh (no memory, a new client). Both day-2 results."""
    serve = getattr(chosen, "server", None)
    with ExitStack() as stack:
        servers: list[ExamServer] = []
        for portal in portals:
            first = chosen.first_day(portal)
            started = serve(portal) if serve else ExamServer(first.routes, first.headers)
            servers.append(stack.enter_context(started))

        async def one(index: int, portal: ExamPortal, server: ExamServer) -> tuple[Any, Any]:
            first = chosen.first_day(portal)
            slug, url = f"{portal.layout}-{index}", server.url + "/"
            day1 = await _crawl(url, slug, first.today, None, None)
            _switch(server, portal)
            memory = {record.url: record for record in day1.remembered}
            steady = await _crawl(url, slug, portal.today, memory, day1.analysis)
            fresh = await _crawl(url, slug, portal.today, None, None)
            return steady, fresh

        async def main() -> list[tuple[Any, Any]]:
            async with shared_renderer():
                jobs = [one(i, p, s) for i, (p, s) in enumerate(zip(portals, servers, strict=True))]
                return list(await asyncio.gather(*jobs))

        pairs = asyncio.run(main())
    return [steady for steady, _ in pairs], [fresh for _, fresh in pairs]


def _switch(server: ExamServer, portal: ExamPortal) -> None:
    """Serve day 2 (the portal's own routes and headers) from now on."""
    switch = getattr(server, "serve", None)
    if callable(switch):
        switch(portal.routes, portal.headers)
    else:
        server.routes = {unquote(path): resource for path, resource in portal.routes.items()}
        server.extra = portal.headers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exam", type=int, choices=sorted(EXAMS), default=1, help="which exam")
    parser.add_argument("--draws", type=int, default=5, help="portals per layout (default 5)")
    parser.add_argument("--seed", type=int, default=None, help="draw other portals")
    parser.add_argument("--wrong", action="store_true", help="list every wrong verdict")
    parser.add_argument("--snippets", action="store_true", help="with the HTML involved")
    args = parser.parse_args(argv)
    chosen = EXAMS[args.exam]
    layouts: tuple[str, ...] = chosen.LAYOUTS
    drawn: list[ExamPortal] = draw(args.draws, args.seed, chosen.portals, layouts)
    started = time.monotonic()
    fresh: list[ComplianceResult] = []
    if hasattr(chosen, "first_day"):
        # A two-day exam: scored on day 2's crawl with day 1's memory; compared with a fresh one.
        results, fresh = _two_days(drawn, chosen)
    else:
        # An exam whose portals answer by the request (Referer, cookies, Range, bursts) brings
        # its own server; the others are served by the plain ExamServer.
        results = assess_all(drawn, serve=getattr(chosen, "server", _serve))
    elapsed = time.monotonic() - started
    matrices: dict[str, Counter[tuple[str, str]]] = {}
    wrong = []
    for index, (portal, result) in enumerate(zip(drawn, results, strict=True)):
        matrix = matrices.setdefault(portal.layout, Counter())
        for item in portal.items:
            section = f"art10.n{item.numeral:02d}"
            verdict = result.verdict(section)
            matrix[(item.truth, verdict.status)] += 1
            if verdict.status != item.truth:
                docs = ", ".join(
                    f"{d.name}@{d.path}{'' if d.ok else ' (404)'}" for d in item.docs[:3]
                )
                line = (
                    f"{portal.layout}-{index} today={portal.today} {section} "
                    f"[{portal.notes.get(item.numeral, '')}] label={item.label!r}: "
                    f"truth {item.truth}, got {verdict.status} ({verdict.reason}; {verdict.url})"
                    f"\n    docs: {docs or '-'} phrase={item.phrase!r} own={bool(item.own_text)}"
                    f" law={bool(item.law_text)}"
                )
                if args.snippets:
                    line += "\n    html: " + chosen.snippet(portal, item.numeral)
                wrong.append(line)
    print(f"{len(drawn)} portals, {elapsed:.1f} s\n")
    total = print_shares(matrices, layouts)
    for layout in layouts:
        print(f"[{layout}]\n{render(matrices.get(layout, Counter()))}\n")
    print(f"[all]\n{render(total)}")
    if fresh:
        _print_steady_fresh(drawn, results, fresh, layouts, show=args.wrong)
    if args.wrong and wrong:
        print("\n" + "\n".join(wrong))
    return 0


def _print_steady_fresh(
    drawn: Sequence[ExamPortal],
    steady: Sequence[ComplianceResult],
    fresh: Sequence[ComplianceResult],
    layouts: Sequence[str],
    *,
    show: bool,
) -> None:
    """Per layout, the fresh crawl's share right and how many verdicts of the steady-state crawl
    differ from the fresh crawl's (they must not); with ``show``, each difference."""
    differ: Counter[str] = Counter()
    fresh_matrices: dict[str, Counter[tuple[str, str]]] = {}
    lines = []
    for index, (portal, kept, new) in enumerate(zip(drawn, steady, fresh, strict=True)):
        matrix = fresh_matrices.setdefault(portal.layout, Counter())
        for item in portal.items:
            section = section_id(item.numeral)
            a, b = kept.verdict(section), new.verdict(section)
            matrix[(item.truth, b.status)] += 1
            if a.status != b.status:
                differ[portal.layout] += 1
                lines.append(
                    f"{portal.layout}-{index} {section} [{portal.notes.get(item.numeral, '')}]: "
                    f"truth {item.truth}, steady {a.status} ({a.reason}; {a.url}), "
                    f"fresh {b.status} ({b.reason}; {b.url})"
                )
    print("\nsteady state (day 1's memory) vs fresh crawl of day 2:")
    print(f"{'layout':<10} {'differ':>6} {'fresh right':>12}")
    for layout in layouts:
        matrix = fresh_matrices.get(layout, Counter())
        print(f"{layout:<10} {differ[layout]:>6} {accuracy(matrix):>12.1%}")
    total: Counter[tuple[str, str]] = Counter()
    for matrix in fresh_matrices.values():
        total.update(matrix)
    print(f"{'all':<10} {sum(differ.values()):>6} {accuracy(total):>12.1%}")
    if show and lines:
        print("\n" + "\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
