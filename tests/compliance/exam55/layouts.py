"""Fifty-fifth exam: four portal layouts whose theme is DOCUMENTS AS PICTURES (galleries, scans,
lightboxes, carousels and image posts), with the truth of every section.

Guatemalan municipalities often publish their Article 10 information as pictures: the scanned
pages of the payroll or the budget in a gallery plugin, an album per item with a gallery per
month, a carousel of scanned pages, or Facebook image posts copied into the site. Items (truth,
labels, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is that each document is one to three
PICTURES (real small JPEG / PNG bytes drawn with Pillow, showing the document's name, served 200
with ``image/jpeg`` / ``image/png`` and the upload day as Last-Modified), sometimes a PDF shown by
its preview picture. Truth conventions (what a careful citizen concludes):

* a scanned picture of a document IS the published document (its first sheet is the document's
  address); a picture, its thumbnail and its other sheets that answer 404 are a broken document
  (an item drawn ``broken`` has every one of them missing);
* the document's name, hence its period, may live only in a caption, a lightbox title, the
  ``alt`` text (Facebook's automatic "Puede ser una imagen de texto que dice …"), a heading above
  the gallery, a post's text, or the file's name (``Nomina-Octubre-2026.jpg``); when a file is
  named by the scanner or by Facebook the name is always in one of the others; "Subida el …",
  a post's date and the uploads folder are the day the picture was put online, not its period;
* a picture of a signed statement (a "constancia") whose caption or ``alt`` says the item does
  not apply is the item not applying (``not_applicable``), with or without the phrase as text;
* decorative pictures (the municipal shield, banners, a hero carousel, the mayor's photo, icons
  before headings, a gallery's "no image" placeholder, news photos) are no document of any item;
  a gallery saying it has no pictures, an album's "0 fotos", the law's text alone is ``empty``;
* an item the site names nowhere is ``missing``.

Wording and markup: ``wording.toml`` here (sources there). Layouts:

* ``galerias``: one WordPress page, an ``<h2>``/``<h3>``/``<h4>``/bold heading per item (an
  icon picture before it on some sites), its words, then its pictures in a gallery plugin:
  NextGEN Basic Thumbnails (``/wp-content/gallery/<slug>/``, ``thumbs/thumbs_…``), Envira,
  FooGallery (lazy ``data-src-fg`` thumbnails), Elementor's gallery (thumbnails only in
  ``data-thumbnail``), lightbox2 (``data-lightbox``) or fancybox (``data-fancybox="gallery"``);
  the sheet's name as a caption, in ``alt``/``title``, in the link's ``title`` only, or only in
  the file's name (NextGEN's default alt); some documents a PDF behind its preview picture
  (``…-pdf-232x300.jpg``); a "No aplica" constancia as an image block.
* ``album``: a Joomla album: an index of the items (Phoca Gallery category boxes with a cover
  picture and "(N)" count, or a list with "N fotos"), a page per item with the law's text and
  either Simple Image Gallery lists per document (heading with the document's name, "Subida el
  …", ``sigFreeLink`` thumbnails as CSS backgrounds of a transparent GIF) or one sub-gallery per
  document (its own page, the document's name as its title, pictures in ``pg-cv-box``).
* ``carrusel``: one page behind a hero carousel of banners: a Bootstrap accordion, tabs or cards
  per item, each holding a carousel of its scanned pages (Bootstrap 5 ``carousel-item`` with a
  ``carousel-caption``, Slick with ``data-lazy`` pictures, Owl Carousel), pictures shown, not
  linked (a "Descargar imagen" link beside on some sites; a PDF's preview with "Ver documento").
* ``muro``: a feed of Facebook-style posts copied into the site, newest first, paged ("Ver
  publicaciones anteriores"): each post the page's avatar, the day it was posted, a text naming
  the item ("📢 … se publica: Numeral 4 - …") and its pictures (files named by Facebook, the
  document's name in the text and / or the automatic alt text), news posts with photos between
  them; an item without documents a post with its phrase, its law's text, or a constancia picture.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st
from PIL import Image, ImageDraw

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    hex_digits,
    item_rhythm,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("galerias", "album", "carrusel", "muro")
EXAM55: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: headed sections (bare
# names allowed, statements of the municipality's own), a page per numeral (the law's text on
# it), accordion panels, numbered lines (a post names its item with its number).
_INNER = {"galerias": "wordpress", "album": "joomla", "carrusel": "accordion", "muro": "lines"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM55[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


# -- pictures ------------------------------------------------------------------------------------

_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
# A 1x1 transparent GIF (Simple Image Gallery's transparent.gif, Slick's placeholder).
_GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
    b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
_GIF_DATA = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
_SVG_DATA = (
    "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox="
    "%220%200%20150%20150%22%3E%3C/svg%3E"
)


def _ascii(text: str) -> str:
    return _no_accents(text).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=1024)
def _scan(text: str, kind: str, small: bool = False) -> bytes:
    """A scanned sheet: a white page with ``text`` at its top and ruled rows, as JPEG or PNG."""
    width, height = (60, 80) if small else (180, 240)
    image = Image.new("L", (width, height), 250)
    pen = ImageDraw.Draw(image)
    words = _ascii(text)
    step = 9 if small else 28
    for row, start in enumerate(range(0, min(len(words), step * 3), step)):
        pen.text((4, 4 + (10 if small else 14) * row), words[start : start + step], fill=10)
    for y in range(height // 3, height - 10, 8 if small else 12):
        pen.line([(6, y), (width - 6, y)], fill=170)
    pen.line([(width // 2, height - 12), (width - 10, height - 18)], fill=40, width=2)
    buffer = io.BytesIO()
    if kind == "png":
        image.save(buffer, "PNG")
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


@functools.lru_cache(maxsize=64)
def _photo(seed: int, kind: str, size: tuple[int, int]) -> bytes:
    """A decorative picture (a banner, a shield, a news photo): colour blocks, no text."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    pen = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        pen.ellipse([(x, y), (x + size[0] // 4, y + size[1] // 4)], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG" if kind == "png" else "JPEG")
    return buffer.getvalue()


def _stamp(day: dt.date | None) -> float | None:
    return None if day is None else dt.datetime.combine(day, dt.time(10, 30)).timestamp()


@dataclass
class _Shot:
    """One picture of a document: its full size (or the PDF its preview opens), its thumbnail,
    what it shows (the document's name, with the sheet's number) and its file's name."""

    full: str
    thumb: str
    text: str
    file: str


@dataclass
class _Pic:
    item: Item
    doc: Doc
    up: dt.date
    shots: list[_Shot]
    pdf: bool


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    menu: str
    index: str
    files: Routes  # pictures of documents (merged after the generator's stand-in PDFs)
    nav: str = ""
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))

    def picture(self, path: str, text: str, kind: str, up: dt.date, ok: bool, small: bool) -> None:
        """A document's picture, served only when the document works."""
        if ok:
            self.files[path] = Resource(
                _scan(text, kind, small), content_type=_TYPES[kind], last_modified=_stamp(up)
            )

    def decor(self, path: str, seed: int, size: tuple[int, int] = (120, 80)) -> str:
        """A decorative picture served at ``path`` (its kind from the extension)."""
        kind = path.rsplit(".", 1)[-1]
        body = _GIF if kind == "gif" else _photo(seed, kind, size)
        self.routes[path] = Resource(body, content_type=_TYPES[kind])
        return path


def _site(draw: st.DrawFn, files: Routes, index: str) -> _Site:
    town = _pick(draw, "site", "towns")
    site = _Site(str(_w("site", "name")).format(town=town), town, "", index, files)
    site.menu = _pick(draw, "site", "menu")
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, site.index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    logo = site.decor("/images/logo/escudo-municipal.png", 1, (64, 64))
    alt = str(_w("decor", "logo")).format(name=site.name)
    site.nav = (
        f'<a class="logo" href="/"><img src="{logo}" alt="{_e(alt)}" width="64"></a>'
        f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    )
    return site


def _home(site: _Site) -> None:
    """The home page leading to the items (its ``</main>`` is where the generator's noise may
    add a link), with a banner picture."""
    banner = site.decor("/images/banners/bienvenidos.jpg", 2, (320, 100))
    words = str(_w("decor", "banners")[0]).format(town=site.town, year=2026)
    home = (
        f'<p><img src="{banner}" alt="{_e(words)}"></p>'
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)


def _title(draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))


def _intro(draw: st.DrawFn, site: _Site) -> str:
    return f"<p>{_e(_pick(draw, 'site', 'intro').format(name=site.name))}</p>"


Folder = Callable[[Item, dt.date], str]


def _pictures(
    site: _Site,
    items: list[Item],
    today: dt.date,
    draw: st.DrawFn,
    *,
    folder: Folder,
    thumb_of: Callable[[str], str],
    names: str,
    ext: str,
    pdf_share: bool,
    max_sheets: int = 3,
) -> dict[int, list[_Pic]]:
    """Every present item's documents as pictures: each document one to ``max_sheets`` sheets
    (or, with ``pdf_share``, sometimes a PDF with its preview picture) under ``folder``, named
    after the document (``names="nombre"``), by the scanner (``"escaner"``) or by Facebook
    (``"fb"``). Sets each document's address to its first sheet (or its PDF) and serves the
    pictures of working documents."""
    lag = draw(st.integers(2, 12))
    pattern = _pick(draw, "pictures", "scanner")
    sheet_form = _pick(draw, "pictures", "sheet")
    lower = draw(st.booleans())
    counter = draw(st.integers(1, 400))
    out: dict[int, list[_Pic]] = {}
    for item in _present(items):
        pics: list[_Pic] = []
        for doc in item.docs:
            up = uploaded(doc, today, lag + draw(st.integers(0, 6)))
            base = file_stem(doc.name)
            base = base.lower() if lower else base
            shots: list[_Shot] = []
            pdf = pdf_share and draw(st.integers(0, 3)) == 0
            if pdf:
                full = unique(f"/wp-content/uploads/{up.year}/{up.month:02d}/{base}.pdf", site.seen)
                thumb = f"{full[:-4]}-pdf-232x300.jpg"
                site.picture(thumb, doc.name, "jpg", up, doc.ok, small=True)
                shots.append(_Shot(full, thumb, doc.name, base))
            else:
                sheets = draw(st.integers(1, max_sheets))
                for sheet in range(1, sheets + 1):
                    if names == "nombre":
                        stem = base if sheet == 1 else f"{base}-{sheet}"
                    elif names == "escaner":
                        counter += 1
                        stem = pattern.format(ymd=up.strftime("%Y%m%d"), n=counter)
                    else:
                        stem = (
                            f"{draw(st.integers(10**8, 10**9 - 1))}_"
                            f"{draw(st.integers(10**14, 10**15 - 1))}_"
                            f"{draw(st.integers(10**18, 10**19 - 1))}_n"
                        )
                    full = unique(f"{folder(item, up)}/{stem}.{ext}", site.seen)
                    text = doc.name
                    if sheets > 1:
                        text += " – " + sheet_form.format(i=sheet, k=sheets)
                    site.picture(full, text, ext, up, doc.ok, small=False)
                    thumb = thumb_of(full)
                    if thumb != full:
                        site.picture(thumb, text, ext, up, doc.ok, small=True)
                    shots.append(_Shot(full, thumb, text, full.rsplit("/", 1)[1]))
            doc.path = shots[0].full
            pics.append(_Pic(item, doc, up, shots, pdf))
        out[item.numeral] = pics
    return out


def _constancia(site: _Site, item: Item, where: str, ext: str, today: dt.date, form: str) -> str:
    """The picture of a signed statement that the item does not apply (served, it works)."""
    path = unique(f"{where}/{form.format(n=item.numeral)}.{ext}", site.seen)
    site.picture(path, item.phrase, ext, today, True, small=False)
    return path


def _how(item: Item, pics: list[_Pic]) -> str:
    if pics:
        kinds = "".join("p" if pic.pdf else str(len(pic.shots)) for pic in pics)
        return f"docs{len(pics)}[{kinds}]"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "constancia"
    if item.phrase:
        return "frase"
    return "ley" if item.law_text else "nada"


def _notes(portal: ExamPortal, variant: str, how: dict[int, str]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{variant}/{item_rhythm(item)}/{how.get(item.numeral, 'ausente')}"
        )


def _words(item: Item, *, phrase: bool = True, law: bool = True) -> list[str]:
    """The item's words, without its "No aplica" phrase when a picture carries it."""
    texts = item_words(item, law=law)
    if not phrase and item.phrase:
        texts = [text for text in texts if text != item.phrase]
    return texts


def _paras(texts: Sequence[str]) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in texts)


def _labels(shot: _Shot, mode: str) -> tuple[str, str, str]:
    """(caption, alt, title) of a picture: where its sheet's name is printed."""
    if mode == "leyenda":
        return shot.text, "", ""
    if mode == "alt":
        return "", shot.text, shot.text
    if mode == "titulo":
        return "", "", shot.text
    return "", shot.file.rsplit(".", 1)[0], ""  # NextGEN's default alt text: the file's name


# -- galerias --------------------------------------------------------------------------------------


def _gallery(plugin: str, shots: list[_Shot], mode: str, gid: int) -> str:
    """A gallery plugin's markup for ``shots``."""
    parts: list[str] = []
    for i, shot in enumerate(shots):
        caption, alt, title = _labels(shot, mode)
        pid = gid * 100 + i + 1
        if plugin == "nextgen":
            described = caption or title
            parts.append(
                f'<div id="ngg-image-{i}" class="ngg-gallery-thumbnail-box">'
                f'<div class="ngg-gallery-thumbnail"><a href="{_e(shot.full)}"'
                f' title="{_e(described)}" data-src="{_e(shot.full)}"'
                f' data-thumbnail="{_e(shot.thumb)}" data-image-id="{pid}"'
                f' data-title="{_e(alt)}" data-description="{_e(described)}"'
                f' class="ngg-fancybox" rel="{gid}"><img title="{_e(alt)}" alt="{_e(alt)}"'
                f' src="{_e(shot.thumb)}" width="240" height="160" style="max-width:none;"/>'
                "</a></div></div>"
            )
        elif plugin == "envira":
            parts.append(
                f'<div id="envira-gallery-item-{pid}" class="envira-gallery-item enviratope-item'
                f' envira-gallery-item-{i + 1} envira-lazy-load"><a href="{_e(shot.full)}"'
                f' class="envira-gallery-{gid} envira-gallery-link" rel="enviragallery{gid}"'
                f' title="{_e(title)}" data-envira-caption="{_e(caption)}"'
                f' data-thumbnail="{_e(shot.thumb)}"><img id="envira-gallery-image-{pid}"'
                f' class="envira-gallery-image envira-gallery-image-{i + 1}"'
                f' data-envira-index="{i + 1}" src="{_e(shot.thumb)}"'
                f' data-envira-src="{_e(shot.thumb)}" alt="{_e(alt)}" title="{_e(title)}"/>'
                "</a>"
                + (
                    f'<div class="envira-gallery-captioned-text">{_e(caption)}</div>'
                    if caption
                    else ""
                )
                + "</div>"
            )
        elif plugin == "foogallery":
            inner = (
                f'<figcaption class="fg-caption"><div class="fg-caption-inner">'
                f'<div class="fg-caption-title">{_e(caption)}</div></div></figcaption>'
                if caption
                else ""
            )
            parts.append(
                f'<div class="fg-item fg-type-image fg-idle"><figure class="fg-item-inner">'
                f'<a href="{_e(shot.full)}" data-caption-title="{_e(caption or title)}"'
                f' data-attachment-id="{pid}" data-type="image" class="fg-thumb">'
                f'<span class="fg-image-wrap"><img alt="{_e(alt)}" title="{_e(title)}"'
                f' width="150" height="150" class="fg-image" src="{_SVG_DATA}"'
                f' data-src-fg="{_e(shot.thumb)}" loading="eager"></span>'
                f'<span class="fg-image-overlay"></span></a>{inner}</figure></div>'
            )
        elif plugin == "elementor":
            content = (
                '<div class="elementor-gallery-item__content"><div class="elementor-gallery-item'
                f'__title">{_e(caption)}</div></div>'
                if caption
                else ""
            )
            parts.append(
                f'<a class="e-gallery-item elementor-gallery-item elementor-animated-content"'
                f' href="{_e(shot.full)}" data-elementor-open-lightbox="yes"'
                f' data-elementor-lightbox-slideshow="all-{gid:x}"'
                f' data-elementor-lightbox-title="{_e(title or caption)}">'
                f'<div class="e-gallery-image elementor-gallery-item__image"'
                f' data-thumbnail="{_e(shot.thumb)}" data-width="232" data-height="300"'
                f' aria-label="{_e(alt)}" role="img"></div>'
                f'<div class="elementor-gallery-item__overlay"></div>{content}</a>'
            )
        elif plugin == "lightbox2":
            parts.append(
                f'<a class="example-image-link" href="{_e(shot.full)}"'
                f' data-lightbox="numeral-{gid}" data-title="{_e(caption)}" title="{_e(title)}">'
                f'<img class="example-image" src="{_e(shot.thumb)}" alt="{_e(alt)}"/></a>'
            )
        else:
            parts.append(
                f'<a data-fancybox="gallery" data-caption="{_e(caption)}" title="{_e(title)}"'
                f' href="{_e(shot.full)}"><img src="{_e(shot.thumb)}" alt="{_e(alt)}"'
                ' width="150" height="150"></a>'
            )
    body = "".join(parts)
    if plugin == "nextgen":
        return (
            f'<div class="ngg-galleryoverview ngg-ajax-pagination-none" id="ngg-gallery-{gid:x}-1">'
            f'{body}<div class="ngg-clear"></div></div>'
        )
    if plugin == "envira":
        return (
            f'<div id="envira-gallery-wrap-{gid}" class="envira-gallery-wrap'
            ' envira-gallery-theme-base envira-lightbox-theme-base_dark">'
            f'<div id="envira-gallery-{gid}" class="envira-gallery-public'
            f' envira-gallery-4-columns envira-clear" data-envira-columns="4">{body}</div></div>'
        )
    if plugin == "foogallery":
        return (
            f'<div id="foogallery-gallery-{gid}" class="foogallery foogallery-container'
            ' foogallery-default fg-default fg-m-col3 fg-gutter-10 fg-light fg-caption-hover"'
            f" data-foogallery='{{\"lazy\":true}}'>{body}</div>"
        )
    if plugin == "elementor":
        return (
            '<div class="elementor-widget elementor-widget-gallery"><div class="elementor-widget-'
            'container"><div class="elementor-gallery__container e-gallery-container'
            f' e-gallery-grid">{body}</div></div></div>'
        )
    css = "galeria-lightbox" if plugin == "lightbox2" else "galeria-fancybox"
    return f'<div class="{css}">{body}</div>'


def _galerias(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw, files, _pick(draw, "site", "pages"))
    plugin = draw(
        st.sampled_from(["nextgen", "envira", "foogallery", "elementor", "lightbox2", "fancybox"])
    )
    names = draw(st.sampled_from(["nombre", "nombre", "escaner"]))
    mode = draw(st.sampled_from(["leyenda", "alt", "titulo"] + (["archivo"] * (names == "nombre"))))
    ext = draw(st.sampled_from(["jpg", "jpeg", "png"]))
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    icons = draw(st.booleans())
    pdf_share = draw(st.booleans())
    na_text = draw(st.booleans())  # the "No aplica" phrase also as text beside its constancia
    no_images = _pick(draw, "pictures", "no_images")
    constancia = _pick(draw, "pictures", "constancia_file")

    def folder(item: Item, up: dt.date) -> str:
        if plugin == "nextgen":
            return f"/wp-content/gallery/{_slug(item.plain)[:30]}-{item.numeral}"
        return f"/wp-content/uploads/{up.year}/{up.month:02d}"

    def thumb_of(full: str) -> str:
        where, name = full.rsplit("/", 1)
        if plugin == "nextgen":
            return f"{where}/thumbs/thumbs_{name}"
        stem, ext_ = name.rsplit(".", 1)
        return f"{where}/{stem}-150x150.{ext_}"

    pics = _pictures(
        site,
        items,
        today,
        draw,
        folder=folder,
        thumb_of=thumb_of,
        names=names,
        ext=ext,
        pdf_share=pdf_share,
    )
    icon = site.decor("/wp-content/uploads/2024/02/icono-documento.png", 3, (32, 32))
    icon_alt = _pick(draw, "decor", "icon")
    banner = site.decor("/wp-content/uploads/2024/02/banner-transparencia.jpg", 4, (320, 90))
    banner_alt = str(_w("decor", "banners")[2]).format(town=site.town, year=today.year)
    parts = [
        f'<p><img class="banner" src="{banner}" alt="{_e(banner_alt)}"></p>',
        _intro(draw, site),
    ]
    how: dict[int, str] = {}
    for gid, item in enumerate(_present(items), start=1):
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        if icons:
            head = f'<p class="icono"><img src="{icon}" alt="{_e(icon_alt)}" width="32"></p>' + head
        mine = pics.get(item.numeral, [])
        na = item.truth == "not_applicable"
        body = _paras(_words(item, phrase=not na or na_text))
        images = [shot for pic in mine if not pic.pdf for shot in pic.shots]
        if images:
            body += _gallery(plugin, images, mode, gid)
        for pic in mine:
            if pic.pdf:
                shot = pic.shots[0]
                body += (
                    f'<figure class="wp-block-image size-medium"><a href="{_e(shot.full)}">'
                    f'<img src="{_e(shot.thumb)}" alt="{_e(pic.doc.name)}" width="232"'
                    f' height="300"/></a><figcaption>{_e(pic.doc.name)}</figcaption></figure>'
                )
        if na:
            up = today - dt.timedelta(days=draw(st.integers(20, 300)))
            where = f"/wp-content/uploads/{up.year}/{up.month:02d}"
            path = _constancia(site, item, where, ext, up, constancia)
            caption = f"<figcaption>{_e(item.phrase)}</figcaption>" if not na_text else ""
            body += (
                f'<figure class="wp-block-image size-large"><img src="{path}"'
                f' alt="{_e(item.phrase)}"/>{caption}</figure>'
            )
        elif not mine and not item.own_text and draw(st.booleans()):
            body += f'<p class="ngg-no-images">{_e(no_images)}</p>'
        how[item.numeral] = _how(item, mine)
        parts.append(head + body)
    site.put(site.index, _title(draw), "".join(parts), [(site.menu, "")])
    _home(site)
    _notes(portal, f"galerias-{plugin}/{names}/{mode}", how)
    return site.routes


# -- album ---------------------------------------------------------------------------------------


def _album(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw, files, "/index.php/galeria-laip")
    variant = draw(st.sampled_from(["sig", "subgalerias"]))
    index_style = draw(st.sampled_from(["phoca", "lista"]))
    names = draw(st.sampled_from(["nombre", "escaner"]))
    ext = draw(st.sampled_from(["jpg", "jpeg", "png"]))
    up_form = draw(st.sampled_from(["", *_w("pictures", "uploaded")]))
    count_form = _pick(draw, "pictures", "count")
    no_images = _pick(draw, "pictures", "no_images")
    constancia = _pick(draw, "pictures", "constancia_file")
    na_text = draw(st.booleans())
    doc_head = draw(st.sampled_from(["h3", "strong"]))
    cache = hex_digits(draw, 10)
    viewing = str(_w("pictures", "viewing"))
    enlarge = str(_w("pictures", "enlarge"))
    root = "/images/galerias" if variant == "sig" else "/images/phocagallery"

    def folder(item: Item, up: dt.date) -> str:
        return f"{root}/numeral-{item.numeral:02d}/{up.year}"

    def thumb_of(full: str) -> str:
        where, name = full.rsplit("/", 1)
        if variant == "sig":
            return f"/cache/jw_sig/jw_sig_cache_{cache}_{name}"
        return f"{where}/thumbs/phoca_thumb_m_{name}"

    pics = _pictures(
        site,
        items,
        today,
        draw,
        folder=folder,
        thumb_of=thumb_of,
        names=names,
        ext=ext,
        pdf_share=False,
    )
    transparent = site.decor("/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif", 0)
    no_image = site.decor(
        "/media/com_phocagallery/images/phoca_thumb_m_no_image.png", 5, (100, 100)
    )
    title = _title(draw)

    def uploaded_line(up: dt.date) -> str:
        if not up_form:
            return ""
        return f'<p class="subida"><small>{_e(up_form.format(date=day_month_year(up)))}</small></p>'

    def sig(shots: list[_Shot], gid: str) -> str:
        rows = "".join(
            f'<li class="sigFreeThumb"><a href="{_e(s.full)}" class="sigFreeLink"'
            f' style="width:100px;height:130px;" title="{_e(viewing)} {_e(s.file)}"'
            f' data-thumb="{_e(s.thumb)}" target="_blank"><img class="sigFreeImg"'
            f' src="{transparent}" alt="{_e(enlarge)} {_e(s.file)}"'
            f' title="{_e(enlarge)} {_e(s.file)}" style="width:100px;height:130px;'
            f"background-image:url('{_e(s.thumb)}');\" /></a></li>"
            for s in shots
        )
        return (
            f'<ul id="sigFreeId{gid}" class="sigFreeContainer sigFreeClassic">{rows}'
            '<li class="sigFreeClear">&nbsp;</li></ul>'
        )

    def box(link: str, cover: str, name: str, count: int) -> str:
        counted = f' <span class="pg-csv-count">{_e(count_form.format(count=count))}</span>'
        return (
            f'<div class="pg-csv-box"><div class="pg-csv-box-img pg-box1"><div class="pg-box2">'
            f'<div class="pg-box3"><a href="{_e(link)}"><img src="{_e(cover)}"'
            f' alt="{_e(name)}"/></a></div></div></div><div class="pg-box-img-bottom">'
            f'<div class="pg-csv-name"><a href="{_e(link)}">{_e(name)}</a>'
            f"{counted if count else ''}</div></div></div>"
        )

    entries: list[str] = []
    how: dict[int, str] = {}
    for item in _present(items):
        base = f"{site.index}/{item.numeral:02d}-{_slug(item.plain)[:20]}"
        mine = pics.get(item.numeral, [])
        na = item.truth == "not_applicable"
        crumbs = [(site.menu, site.index), (item.label, "")]
        body = _paras(_words(item, phrase=not na or na_text))
        sheets = sum(len(pic.shots) for pic in mine)
        for number, pic in enumerate(mine, start=1):
            head = (
                f"<h3>{_e(pic.doc.name)}</h3>"
                if doc_head == "h3"
                else f"<p><strong>{_e(pic.doc.name)}</strong></p>"
            )
            if variant == "sig":
                body += head + uploaded_line(pic.up) + sig(pic.shots, f"{item.numeral}{number}")
                continue
            page = unique(f"{base}/{_slug(pic.doc.name)[:40]}", site.seen)
            body += box(page, pic.shots[0].thumb, pic.doc.name, len(pic.shots))
            cells = "".join(
                f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1">'
                f'<a class="pg-modal-button" href="{_e(s.full)}" data-fancybox="phoca">'
                f'<img src="{_e(s.thumb)}" alt="{_e(s.text)}"/></a></div>'
                f'<div class="pg-cv-name">{_e(s.file)}</div></div>'
                for s in pic.shots
            )
            site.put(
                page,
                pic.doc.name,
                uploaded_line(pic.up)
                + f'<div id="phocagallery" class="pg-category-view">{cells}</div>',
                [(site.menu, site.index), (item.label, base), (pic.doc.name, "")],
            )
        if na:
            up = today - dt.timedelta(days=draw(st.integers(20, 300)))
            path = _constancia(site, item, f"{root}/constancias", ext, up, constancia)
            caption = "" if na_text else f'<p class="wf_caption"><span>{_e(item.phrase)}</span></p>'
            body += f'<p><img src="{path}" alt="{_e(item.phrase)}" width="400"/></p>{caption}'
            sheets = 1
        elif not mine and not item.own_text:
            body += f'<p class="pg-no-images">{_e(no_images)}</p>'
        site.put(base, item.label, body, crumbs)
        how[item.numeral] = _how(item, mine)
        if index_style == "phoca":
            cover = mine[0].shots[0].thumb if mine else no_image
            entries.append(box(base, cover, item.label, sheets))
        else:
            count = (
                "" if item.own_text else f" <small>{_e(count_form.format(count=sheets))}</small>"
            )
            entries.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a>{count}</li>')
    listing = (
        f'<div id="phocagallery" class="pg-categories-view pg-csv">{"".join(entries)}</div>'
        if index_style == "phoca"
        else f'<ul class="list-numerales">{"".join(entries)}</ul>'
    )
    site.put(site.index, title, _intro(draw, site) + listing, [(site.menu, "")])
    _home(site)
    _notes(portal, f"album-{variant}/{index_style}/{names}", how)
    return site.routes


# -- carrusel ------------------------------------------------------------------------------------


def _carrusel(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw, files, "/transparencia/informacion-publica/")
    lib = draw(st.sampled_from(["bootstrap", "slick", "owl"]))
    container = draw(st.sampled_from(["accordion", "tabs", "cards"]))
    names = draw(st.sampled_from(["nombre", "escaner"]))
    mode = draw(st.sampled_from(["leyenda", "alt", "ambos"]))
    ext = draw(st.sampled_from(["jpg", "png"]))
    link_word = draw(st.sampled_from(["", *_w("pictures", "download")]))
    up_form = draw(st.sampled_from(["", *_w("pictures", "uploaded")]))
    pdf_share = draw(st.booleans())
    na_text = draw(st.booleans())
    constancia = _pick(draw, "pictures", "constancia_file")
    prev, nxt = str(_w("pictures", "prev")), str(_w("pictures", "next"))
    see_pdf = str(_w("pictures", "download")[2])

    def folder(item: Item, up: dt.date) -> str:
        return f"/assets/img/laip/numeral-{item.numeral:02d}"

    pics = _pictures(
        site,
        items,
        today,
        draw,
        folder=folder,
        thumb_of=lambda full: full,
        names=names,
        ext=ext,
        pdf_share=pdf_share,
    )

    def slide(src: str, text: str, up: dt.date | None, link: str, active: bool, word: str) -> str:
        alt = text if mode in ("alt", "ambos") else ""
        caption = text if mode in ("leyenda", "ambos") else ""
        when = up_form.format(date=day_month_year(up)) if up and up_form else ""
        anchor = (
            f'<a class="btn btn-sm btn-light" href="{_e(link)}" download>{_e(word)}</a>'
            if link
            else ""
        )
        if lib == "bootstrap":
            inner = "".join(
                [
                    f"<h5>{_e(caption)}</h5>" if caption else "",
                    f"<p>{_e(when)}</p>" if when else "",
                    anchor,
                ]
            )
            cap = f'<div class="carousel-caption d-none d-md-block">{inner}</div>' if inner else ""
            return (
                f'<div class="carousel-item{" active" if active else ""}"><img src="{_e(src)}"'
                f' class="d-block w-100" alt="{_e(alt)}">{cap}</div>'
            )
        text_html = (f'<p class="slide-caption">{_e(caption)}</p>' if caption else "") + (
            f'<p class="slide-fecha">{_e(when)}</p>' if when else ""
        )
        if lib == "slick":
            lazy = f'<img data-lazy="{_e(src)}" src="{_GIF_DATA}" alt="{_e(alt)}">'
            return f"<div>{lazy}{text_html}{anchor}</div>"
        return f'<div class="item"><img src="{_e(src)}" alt="{_e(alt)}">{text_html}{anchor}</div>'

    def carousel(slides: list[str], key: str) -> str:
        if lib == "bootstrap":
            return (
                f'<div id="carrusel-{key}" class="carousel slide" data-bs-ride="carousel">'
                f'<div class="carousel-inner">{"".join(slides)}</div>'
                '<button class="carousel-control-prev" type="button"'
                f' data-bs-target="#carrusel-{key}"'
                ' data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true">'
                f'</span><span class="visually-hidden">{_e(prev)}</span></button>'
                '<button class="carousel-control-next" type="button"'
                f' data-bs-target="#carrusel-{key}"'
                ' data-bs-slide="next"><span class="carousel-control-next-icon" aria-hidden="true">'
                f'</span><span class="visually-hidden">{_e(nxt)}</span></button></div>'
            )
        if lib == "slick":
            return f'<div class="slider-documentos" id="slider-{key}">{"".join(slides)}</div>'
        return f'<div class="owl-carousel owl-theme" id="owl-{key}">{"".join(slides)}</div>'

    # The hero carousel of banners: decoration.
    banners = []
    for number, words in enumerate(list(_w("decor", "banners"))[: draw(st.integers(2, 4))]):
        path = site.decor(f"/assets/img/banners/banner-{number + 1}.jpg", 10 + number, (320, 100))
        alt = str(words).format(town=site.town, year=today.year)
        banners.append(
            f'<div class="carousel-item{" active" if number == 0 else ""}"><img src="{path}"'
            f' class="d-block w-100" alt="{_e(alt)}"></div>'
        )
    hero = (
        '<div id="carouselHeader" class="carousel slide" data-bs-ride="carousel">'
        f'<div class="carousel-inner">{"".join(banners)}</div>'
        '<button class="carousel-control-prev" type="button" data-bs-target="#carouselHeader"'
        ' data-bs-slide="prev"><span class="carousel-control-prev-icon"></span>'
        f'<span class="visually-hidden">{_e(prev)}</span></button>'
        '<button class="carousel-control-next" type="button" data-bs-target="#carouselHeader"'
        ' data-bs-slide="next"><span class="carousel-control-next-icon"></span>'
        f'<span class="visually-hidden">{_e(nxt)}</span></button></div>'
    )
    mayor = ""
    if draw(st.booleans()):
        path = site.decor("/assets/img/alcalde.jpg", 20, (90, 120))
        words = str(_w("decor", "mayor")).format(town=site.town)
        mayor = (
            f'<aside class="alcalde"><img src="{path}" alt="{_e(words)}"><p>{_e(words)}</p></aside>'
        )
    panels: list[tuple[Item, str]] = []
    how: dict[int, str] = {}
    for item in _present(items):
        mine = pics.get(item.numeral, [])
        na = item.truth == "not_applicable"
        body = _paras(_words(item, phrase=not na or na_text))
        slides: list[str] = []
        for pic in mine:
            for shot in pic.shots:
                if pic.pdf:
                    slides.append(
                        slide(shot.thumb, shot.text, pic.up, shot.full, not slides, see_pdf)
                    )
                else:
                    link = shot.full if link_word else ""
                    slides.append(slide(shot.full, shot.text, pic.up, link, not slides, link_word))
        if na:
            up = today - dt.timedelta(days=draw(st.integers(20, 300)))
            path = _constancia(site, item, "/assets/img/laip/constancias", ext, up, constancia)
            if draw(st.booleans()):
                slides.append(slide(path, item.phrase, None, "", not slides, ""))
            else:
                body += f'<figure><img src="{path}" alt="{_e(item.phrase)}" class="img-fluid">'
                body += (
                    f"<figcaption>{_e(item.phrase)}</figcaption></figure>"
                    if not na_text
                    else "</figure>"
                )
        if slides:
            body += carousel(slides, f"n{item.numeral:02d}")
        how[item.numeral] = _how(item, mine)
        panels.append((item, body))
    if container == "accordion":
        blocks = "".join(
            f'<div class="accordion-item"><h2 class="accordion-header" id="h{i.numeral}">'
            f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"'
            f' data-bs-target="#c{i.numeral}" aria-expanded="false">{_e(i.label)}</button></h2>'
            f'<div id="c{i.numeral}" class="accordion-collapse collapse"'
            f' data-bs-parent="#acordeonLaip"><div class="accordion-body">{body}</div></div></div>'
            for i, body in panels
        )
        content = f'<div class="accordion" id="acordeonLaip">{blocks}</div>'
    elif container == "tabs":
        tabs = "".join(
            '<li class="nav-item" role="presentation">'
            f'<button class="nav-link{" active" if n == 0 else ""}"'
            f' data-bs-toggle="tab" data-bs-target="#tab{i.numeral}" type="button" role="tab">'
            f"{_e(i.label)}</button></li>"
            for n, (i, _b) in enumerate(panels)
        )
        panes = "".join(
            f'<div class="tab-pane fade{" show active" if n == 0 else ""}" id="tab{i.numeral}"'
            f' role="tabpanel">{body}</div>'
            for n, (i, body) in enumerate(panels)
        )
        content = (
            f'<ul class="nav nav-tabs" role="tablist">{tabs}</ul>'
            f'<div class="tab-content">{panes}</div>'
        )
    else:
        content = "".join(
            f'<div class="card mb-3"><h3 class="card-header">{_e(i.label)}</h3>'
            f'<div class="card-body">{body}</div></div>'
            for i, body in panels
        )
    script = {
        "bootstrap": "",
        "slick": "<script>jQuery('.slider-documentos').slick({lazyLoad: 'ondemand', dots: true,"
        " adaptiveHeight: true});</script>",
        "owl": "<script>jQuery('.owl-carousel').owlCarousel({items: 1, loop: false, nav: true,"
        f" navText: ['{prev}', '{nxt}']}});</script>",
    }[lib]
    body = hero + _intro(draw, site) + mayor + content + script
    site.put(site.index, _title(draw), body, [(site.menu, "")])
    _home(site)
    _notes(portal, f"carrusel-{lib}/{container}/{names}/{mode}", how)
    return site.routes


# -- muro ----------------------------------------------------------------------------------------


def _muro(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw, files, "/publicaciones/")
    grouping = draw(st.sampled_from(["por-documento", "por-numeral"]))
    named_alt = draw(st.booleans())  # Facebook's alt text reads the document's name
    date_form = draw(st.sampled_from(["largo", "corto"]))
    intro = _pick(draw, "muro", "intro")
    tags = _pick(draw, "muro", "tags")
    world = str(_w("muro", "world"))
    older = _pick(draw, "muro", "older")
    plain_alt = _pick(draw, "muro", "alt_plain")
    named_form = str(_w("muro", "alt_named"))
    per_page = draw(st.integers(6, 12))
    ext = draw(st.sampled_from(["jpg", "png"]))

    def folder(item: Item, up: dt.date) -> str:
        return f"/uploads/publicaciones/{up.year}/{up.month:02d}"

    pics = _pictures(
        site,
        items,
        today,
        draw,
        folder=folder,
        thumb_of=lambda full: full,
        names="fb",
        ext=ext,
        pdf_share=False,
        max_sheets=2,
    )
    avatar = site.decor("/uploads/perfil/escudo-perfil.png", 30, (48, 48))

    def when(day: dt.date) -> str:
        hour = f"{draw(st.integers(7, 18)):02d}:{draw(st.sampled_from(['00', '15', '30', '45']))}"
        if date_form == "largo":
            return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year} a las {hour}"
        return f"{day_month_year(day)} {hour}"

    def photos(shots: list[tuple[str, str]], key: int) -> str:
        """The post's photo grid (address, alt text); past four, hidden behind "+N"."""
        cells = []
        for n, (src, alt) in enumerate(shots):
            hidden = ' style="display:none"' if n >= 4 else ""
            extra = ""
            if n == 3 and len(shots) > 4:
                more = str(_w("muro", "more")).format(count=len(shots) - 4)
                extra = f'<span class="fb-mas">{_e(more)}</span>'
            cells.append(
                f'<a class="fb-foto" href="{_e(src)}" data-fancybox="post-{key}"{hidden}>'
                f'<img src="{_e(src)}" alt="{_e(alt)}">{extra}</a>'
            )
        return f'<div class="fb-fotos fb-fotos-{min(len(shots), 4)}">{"".join(cells)}</div>'

    def post(day: dt.date, lines: list[str], shots: list[tuple[str, str]], key: int) -> str:
        text = "<br>".join(_e(line) for line in lines if line)
        return (
            f'<div class="fb-post" id="post-{key}"><div class="fb-post-header"><img class="avatar"'
            f' src="{avatar}" alt="{_e(site.name)}" width="40"><div><strong>{_e(site.name)}'
            f'</strong><br><small class="fb-fecha">{_e(when(day))} {_e(world)}</small></div></div>'
            f'<div class="fb-post-texto"><p>{text}</p></div>{photos(shots, key) if shots else ""}'
            "</div>"
        )

    def alt_of(text: str) -> str:
        return named_form.format(text=text.upper()) if named_alt else plain_alt

    posts: list[tuple[dt.date, int, str]] = []
    how: dict[int, str] = {}
    key = draw(st.integers(1000, 9000))
    for item in _present(items):
        mine = pics.get(item.numeral, [])
        words = _words(item)
        how[item.numeral] = _how(item, mine)
        if mine:
            list_names = not named_alt or draw(st.booleans())
            groups = [[pic] for pic in mine] if grouping == "por-documento" else [mine]
            for group in groups:
                key += 1
                day = max(pic.up for pic in group)
                named = [f"📄 {pic.doc.name}" for pic in group] if list_names else []
                shots = [(s.full, alt_of(s.text)) for pic in group for s in pic.shots]
                posts.append(
                    (day, key, post(day, [intro, item.label, *named, *words, tags], shots, key))
                )
            continue
        key += 1
        day = today - dt.timedelta(days=draw(st.integers(1, 120)))
        if item.truth == "not_applicable":
            path = _constancia(site, item, folder(item, day), ext, day, "constancia-numeral-{n}")
            in_text = draw(st.booleans())
            lines = [intro, item.label, *(_words(item, phrase=in_text)), tags]
            if not in_text:
                lines.insert(2, _pick(draw, "pictures", "constancia"))
            shots = [(path, named_form.format(text=item.phrase.upper()))]
            posts.append((day, key, post(day, lines, shots, key)))
        else:
            posts.append((day, key, post(day, [intro, item.label, *words, tags], [], key)))
    for number, news in enumerate(list(_w("muro", "news"))[: draw(st.integers(2, 4))]):
        key += 1
        day = today - dt.timedelta(days=draw(st.integers(0, 90)))
        news_alt = _pick(draw, "muro", "news_alt")
        shots = [
            (
                site.decor(f"/uploads/publicaciones/noticias/noticia-{number}-{n}.jpg", 40 + n),
                news_alt,
            )
            for n in range(draw(st.integers(1, 3)))
        ]
        posts.append((day, key, post(day, [str(news)], shots, key)))
    posts.sort(key=lambda p: (p[0], p[1]), reverse=True)
    pages = [posts[i : i + per_page] for i in range(0, len(posts), per_page)]
    title = _pick(draw, "muro", "title")
    for number, chunk in enumerate(pages):
        path = site.index if number == 0 else f"{site.index}page/{number + 1}/"
        more = ""
        if number + 1 < len(pages):
            following = f"{site.index}page/{number + 2}/"
            more = f'<p class="paginacion"><a href="{following}">{_e(older)}</a></p>'
        head = _intro(draw, site) if number == 0 else ""
        body = head + f'<div class="fb-muro">{"".join(p[2] for p in chunk)}</div>' + more
        site.put(path, title, body, [(site.menu, site.index if number else "")])
    _home(site)
    _notes(portal, f"muro-{grouping}/alt={named_alt}", how)
    return site.routes


# -- the exam ------------------------------------------------------------------------------------

_Build = Callable[[list[Item], dt.date, st.DrawFn, ExamPortal, Routes], Routes]
_BUILDERS: dict[str, _Build] = {
    "galerias": _galerias,
    "album": _album,
    "carrusel": _carrusel,
    "muro": _muro,
}


@st.composite
def _portal(draw: st.DrawFn, layout: str | None) -> ExamPortal:
    """A portal drawn by the kit; the layout's pictures replace the generator's stand-in PDFs
    (served at every working document's address by the generator's noise) once it is drawn."""
    files: Routes = {}

    def build(items: list[Item], today: dt.date, inner: st.DrawFn, portal: ExamPortal) -> Routes:
        return _BUILDERS[portal.layout](items, today, inner, portal, files)

    portal = draw(exam_portal(layout, LAYOUTS, _INNER, dict.fromkeys(LAYOUTS, build)))
    portal.routes.update(files)
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 55 portals of ``layout`` (drawn when None) with their truth."""
    return _portal(layout)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
