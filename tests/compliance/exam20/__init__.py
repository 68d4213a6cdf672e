"""Exam 20: ONE PORTAL, MANY ADDRESSES — crawler traps and the duplicate addresses of real CMSs.

Four layouts (``layouts.py``; wording and sources in ``wording.toml``), each a municipal site
whose Article 10 items are all published a few clicks from the home page, wrapped in traps:

* ``sesion``: every link carries a PHP ``PHPSESSID``, a servlet ``;jsessionid=`` (renewed per
  answer or per link, from a pool of 5 to 9) or pasted tracking parameters (``utm_source``,
  ``fbclid``, ``ver=3``); every page answers under all of them, with or without
  ``<link rel="canonical">``; some portals mark the document links too.
* ``calendario``: a WordPress site whose header holds an events calendar (month views years
  back and ahead, "« Mes anterior" / "Mes siguiente »", event pages, iCal exports, a list view)
  and a tag cloud BEFORE the menu, a sidebar of day / month archives, category and tag pages;
  the items behind "Transparencia" / "Información Pública" / "Ley de Acceso…" (menu, footer or
  a home banner), on one page of headings or a page each.
* ``joomla``: a Joomla 3 category of one article per numeral (blog or sortable list, ``?start=``
  / ``limitstart=``, "Cantidad a mostrar" / "Mostrar #" 5 / 10 / 20 / Todos, SEF or not), RSS and
  Atom feeds of every listing, print versions, mail forms, tag and search-result addresses of
  every article.
* ``facetas``: a document repository of year × month × type × unit facets (every combination,
  four orders and each page its own address) with per-document share / print / mail pages; the
  items on an "Información Pública de Oficio" page linking to the repository filtered by type.

The kit's server answers a fixed table of routes, so the traps are generated in advance (a few
hundred to about a thousand addresses per portal). See ``layouts.py``'s docstring for details.
"""
