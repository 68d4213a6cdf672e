"""Seventy-third exam: three portal layouts whose theme is OPEN DATA CATALOGUES AS THE WAY ITEMS
ARE PUBLISHED (the Open Government plan and the National Open Data Policy ask for the ex officio
information "en formatos abiertos"), with the truth of every item.

Items (truth, labels, law text, documents, dates, phrases) are drawn exactly as the generated
portals draw them (``tests.compliance.generated.portals._item``); what is new is the catalogue
around them: datasets, resources, groups, tags, metadata tables, and files in CSV, XLSX, JSON or
ODS beside (or instead of) the PDF. Wording from stored Spanish-language catalogue pages (a CKAN
in Spanish, a Spanish regional catalogue's facets, CKAN's and DKAN's own strings, Guatemalan news
and Open Government pages); what they did not show is marked ADAPTED in ``wording.toml``.

Truth conventions (a careful citizen reading the whole site in a browser):

* An item is what the catalogue names after its numeral: a CKAN group or a tag page reached
  from the municipality's list of numerals, a dataset titled by the item's label, or a row or
  block of the open-data page. Everything that entry holds is the item's: its datasets, their
  resources (files), its description.
* A dataset's or resource's catalogue dates ("Creado", "Última actualización", "Última
  actualización de los datos / de los metadatos", DKAN's "Fecha de modificación" / "Fecha de
  publicación") are when the catalogue entry or file was saved, NOT the period the data covers:
  the period is the one the resource's name, the file's name, the page's "Periodo" column or the
  file's own "periodo" column states (they always agree). An outdated item whose entry was
  re-saved last week is still outdated. "Frecuencia" states the intended rhythm, not a date.
  DKAN's "Cobertura temporal", when shown, states the documents' span and agrees with them.
* A file that answers 404 is broken wherever it is linked from (the dataset and resource pages
  stay up). The other formats of one document (its XLSX, JSON, ODS, PDF copies) share its fate.
* A dataset without resources ("Este conjunto de datos no tiene datos") whose description is
  only the law's text, or a "no hay información" phrase, is empty; its description "No aplica
  …" makes it not applicable; a group with no datasets ("Actualmente no hay conjuntos de datos en
  este grupo") and only the law's text or a phrase as description is empty (or not applicable,
  by its phrase). A dataset whose description is the municipality's own text (its address, its
  vision, its functions) publishes that item even where CKAN adds "Este conjunto de datos no
  tiene datos": ok.
* The catalogue's own pages (home, full dataset listing, groups listing, the "transparencia"
  tag, DKAN's publishers) publish no item by themselves. A numeral the catalogue shows nowhere
  is missing.

Layouts:

* ``ckan``: a CKAN instance on the municipality's own host under ``/datos``, ``/datosabiertos``
  or ``/catalogo``; the municipal home links "Portal de Datos Abiertos" and an Article 10 link.
  Either GROUPS (``<root>/group/`` lists one group per numeral titled by its label, the group's
  description the law's text, its page listing the item's datasets titled by the item's words
  alone; an empty item sometimes a group with no datasets) or TAGS (a municipal
  ``/transparencia/`` page lists each label linking to ``<root>/dataset/?tags=numeral-N``, the
  datasets titled by the label). Datasets are one per item with a resource per document, or one
  per document titled by the document's name. Dataset pages: description, "Etiquetas", "Datos y
  Recursos" (name + format label, "Explorar" → "Más información" / "Descargar") or "Este conjunto
  de datos no tiene datos", "Información Adicional" ("Fuente", "Autor", "Mantenedor", "Última
  actualización", "Creado", "Frecuencia de actualización"); resource pages with "Descargar", "URL:"
  and "Información adicional" ("Última actualización de los datos", "… de los metadatos",
  "Creado", "Formato", "Licencia", "Tipo de medio", dates "Octubre 12, 2026 10:20"); files at
  ``<root>/dataset/<id>/resource/<rid>/download/<name>.csv|xlsx|json``. In half the portals an
  outdated item's resources and dataset were re-saved in the last 20 days (recent catalogue
  dates, old period in the names).
* ``dkan``: a DKAN (Drupal) catalogue as the municipality's whole site: menu "Conjuntos de datos"
  (``/search/type/dataset``, ten a page newest first, "Mostrando 1 - 10 de N conjuntos de
  datos", "siguiente ›"), "Grupos" (publishers), "Transparencia" (a page listing each label
  linking to ``/dataset/<slug>``, or only the search listing); one dataset per item titled by its
  label, its words as body, "Datos y Recursos" (format label, name, "Explorar los datos") or
  "Este conjunto de datos aún no tiene recursos.", "Información del conjunto de datos" ("Fecha de
  modificación", "Fecha de publicación", "Identificador", "Frecuencia", sometimes "Cobertura
  temporal", "Publicador", "Licencia"); resource pages ``/dataset/<slug>/resource/<uuid>`` with
  "Descargar" → ``/sites/default/files/<name>.csv|xlsx|json``, a data preview whose first column
  is the period, "Fecha de creación / de actualización" (recent for outdated items in half the
  portals).
* ``datos``: a plain "Datos Abiertos" page of the municipal site (``/datos-abiertos/`` …): the
  law's opening and the open-formats policy, then a table "No. | Conjunto de datos | Descripción
  | (Periodo) | Descargar" (label cells spanning the item's rows, or repeated on each row) or a
  block per item (heading, law's text, list of files); each document one row or line of links
  "CSV" / "XLSX" / "JSON" / "ODS" (one to three formats, sometimes "PDF" beside); the period in a
  "Periodo" column (files under hashed folders named by the item's words only), only in the
  file names (``…/2026/ejecucion-presupuestaria-octubre-2026.csv``), or in the first link's text
  ("Ejecución presupuestaria Octubre 2026 (CSV)"); items without files show their phrase or "—".
"""
