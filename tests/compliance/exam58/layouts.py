"""Fifty-eighth exam: four portal layouts whose theme is ITEMS ANSWERED ON OTHER HOSTS AND NATIONAL
SYSTEMS, with the truth of every section.

Guatemalan municipalities often answer an Article 10 item not with a file of their own site but with
a link or a frame to another host: GUATECOMPRAS (the entity's listing, a list of NOGs, or the bare
home page), MINFIN's Portal de Gobiernos Locales, Google Drive / OneDrive / Dropbox / MEGA files and
folders, Power BI and Looker Studio dashboards in frames, Issuu / Scribd / Calaméo / Yumpu
publications, Facebook posts; YouTube videos of council sessions sit beside the index. These are
mixed with items published as files of the site itself, and with dead files and files linked on the
office network. Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated
portals draw them (``tests.compliance.generated.portals._item``); what is new is where each item's
content lives. The monitor never requests another host (README, "Where the monitor looks"), so the
truth is what a careful citizen reading every page of the portal concludes under the README's
documented rules.

Truth conventions (per present item; how each was laid out is in ``portal.notes``):

* ``own``: the item's documents are files of the portal's own host, linked by name (or "Descargar"
  beside an address naming the period): the generator's truth (ok / outdated / broken). An ok item
  may also point to its listing on a national system ("También puede consultarlo en: Ver en
  Guatecompras"): its own current files decide, ok.
* ``hosted``: each document is ONE file on a file-sharing or publishing service (a Drive file, a
  OneDrive / Dropbox / MEGA file, an Issuu / Scribd / Calaméo / Yumpu publication), linked or framed
  and named by its words — link text, a caption, a heading above the frame, or only the frame's
  ``title`` — with the period the generator gave it: published on another host, dated by those
  words (README: documents on file-sharing services "count as published on another host … their
  dates come from their link text"), so the generator's truth, ok or outdated. No such file is ever
  drawn dead: a link to another host is never judged broken.
* ``mixed``: some documents of the item are own files, the others hosted files: together they are
  the item's documents, the generator's truth.
* ``nog``: the item's procurement events listed on the portal's own page as a table (NOG linked to
  its GUATECOMPRAS page, description, modality, publication day, amount, status): data rows of the
  portal's own, dated by their publication days (one to two events in each period the generator gave
  a document): the generator's truth, ok or outdated.
* ``system``: the item's only content (beside the law's text) is a link or a frame to a page of
  another host that is not one document: the entity's listing on GUATECOMPRAS, its report page on
  the Portal de Gobiernos Locales, a Power BI or Looker Studio dashboard, a Drive / OneDrive /
  Dropbox folder, a Facebook post; with or without a period in its words (a period only where it is
  the current one). What it holds is read only on that host: ``unknown`` (README: "the item lives on
  another host").
* ``home``: an empty item (its phrase or the law's text, or nothing) that also sends the reader to a
  national system's home page (``https://www.guatecompras.gt/``, the Portal GL's or MINFIN's
  "Gobiernos Locales" dashboard of every municipality): no entity, no period, nothing of its own:
  ``empty``.
* ``private``: a broken item whose files are linked on the office network (``http://192.168.1.20/…``,
  ``http://servidor-muni/…``): ``broken`` (README), as own files that answer 404 are.
* ``words``: not applicable, empty, own text (Misión / Visión, an address): the generator's truth;
  an item named nowhere is missing (unknown when the generator's noise made a page fail).

A YouTube video of a council session on the index publishes no item. Wording and markup:
``wording.toml`` here (sources there). Layouts:

* ``tabla``: one page "Información Pública de Oficio" holding a TablePress-like table "Numeral |
  Descripción | Enlace", the number in its own cell, the item's name (and the law's text under it),
  the last cell mixing own files (named, or "Descargar" / "Ver PDF"), hosted files named by the
  document (the service's name after them on some portals), "Ver en Guatecompras" / "Ver en Portal
  GL" links, a dashboard's title, "Ver carpeta", pointers, phrases.
* ``incrustados``: an index of numerals (and a YouTube frame of a council session) leading to a
  Joomla-like page per numeral holding the law's text and frames: Drive previews, OneDrive embeds,
  Issuu / Scribd / Calaméo / Yumpu readers named by a caption, a heading, a link under the frame or
  only the frame's title; Drive folder views, Power BI and Looker Studio dashboards, Facebook's post
  plugin; NOG tables; own files as a list.
* ``enlaces``: one page, a list of the numerals whose nested lists link Drive / OneDrive / Dropbox /
  MEGA files named by the document or only by their period ("Octubre 2026"), own files, folders,
  files on the office network.
* ``botones``: a WordPress block-editor page, a heading per item, paragraphs naming each document
  over its button ("Descargar", "Ver en Google Drive") or buttons named by the documents, "Ver en
  Guatecompras" / "Ver en Portal GL" buttons, NOG tables in ``wp-block-table`` figures.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    site_page,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("tabla", "incrustados", "enlaces", "botones")
EXAM58: dict[str, Any] = wording(__file__)
# tabla: bare names beside a number cell; incrustados: Joomla pages holding the law's text;
# enlaces: list lines naming their numeral; botones: headings, own text allowed.
_INNER = {"tabla": "table", "incrustados": "joomla", "enlaces": "lines", "botones": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# Which national system answers which numeral.
_PROCUREMENT = {10, 11, 14, 16, 17, 19, 20, 22}  # GUATECOMPRAS
_BUDGET = {7, 8, 9}  # Portal de Gobiernos Locales (SICOIN GL)
_NOG = {10, 11, 20, 22}  # monthly procurement items listed by NOG
_DASHBOARD = {4, 7, 8, 18}  # Power BI
_REPORT = {12, 18, 28}  # Looker Studio
_FACEBOOK = {12, 15, 18, 29}

# The file-sharing and publishing services each layout uses (frames need an embeddable one).
_SERVICES = {
    "tabla": ("drive", "drive-uc", "onedrive", "dropbox", "mega", "issuu", "scribd"),
    "incrustados": ("drive", "onedrive", "issuu", "scribd", "calameo", "yumpu"),
    "enlaces": ("drive", "drive-uc", "onedrive", "dropbox", "mega"),
    "botones": ("drive", "onedrive", "dropbox", "issuu", "calameo"),
}
_WORDS_KEY = {"drive-uc": "drive"}

_B64 = string.ascii_letters + string.digits + "-_"
_ALNUM = string.ascii_lowercase + string.digits
_HEX = "0123456789abcdef"


def _w(section: str, key: str) -> Any:
    return EXAM58[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, keys, amounts), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _token(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _period(doc: Doc, item: Item) -> str:
    """The period a document reports, as a link names it alone ("Octubre 2026", "2026")."""
    rhythm = item_rhythm(item)
    if doc.modified is None or rhythm == "on_change":
        return doc.name
    if rhythm == "monthly":
        return f"{MESES[doc.modified.month - 1]} {doc.modified.year}"
    return str(doc.modified.year)


def _newest(docs: Sequence[Doc]) -> Doc:
    return max(docs, key=lambda d: d.modified or dt.date.min)


# -- where an item's content lives ------------------------------------------------------------


@dataclass
class _Ext:
    """One document of an item kept on a file-sharing or publishing service."""

    doc: Doc
    service: str
    url: str  # the share address
    frame: str  # the address a page frames it by ("" when the service has none)
    words: str  # the service's words ("Google Drive", "Ver en Issuu")


@dataclass
class _System:
    """A page of another host that is not one document (a listing, a dashboard, a folder, a post),
    or a national system's home page."""

    kind: str
    url: str
    words: str  # the link's or button's words
    lead: str = ""  # a sentence before it
    frame: str = ""  # an address to frame it by ("" when it is only linked)
    title: str = ""  # the frame's title


@dataclass
class _Nog:
    nog: int
    thing: str
    mode: str
    day: dt.date
    amount: str
    status: str


@dataclass
class _Pub:
    """How one present item is published (its own files stay in ``item.docs``)."""

    item: Item
    how: str
    ext: list[_Ext] = field(default_factory=list)
    system: _System | None = None
    pointer: _System | None = None  # beside own current files, or an empty item's home page link
    nogs: list[_Nog] = field(default_factory=list)
    detail: str = ""


def _hosted(doc: Doc, service: str, rng: random.Random, draw: st.DrawFn) -> _Ext:
    stem = file_stem(doc.name)
    words = str(_pick(draw, "hosted", _WORDS_KEY.get(service, service)))
    if service in ("drive", "drive-uc"):
        file_id = "1" + _token(rng, _B64, 32)
        if service == "drive-uc":
            return _Ext(
                doc, service, f"https://drive.google.com/uc?export=download&id={file_id}", "", words
            )
        return _Ext(
            doc,
            service,
            f"https://drive.google.com/file/d/{file_id}/view?usp=sharing",
            f"https://drive.google.com/file/d/{file_id}/preview",
            words,
        )
    if service == "onedrive":
        cid = _token(rng, "0123456789ABCDEF", 16)
        auth = "!A" + _token(rng, _B64, 14)
        return _Ext(
            doc,
            service,
            f"https://1drv.ms/b/s!A{_token(rng, _B64, 26)}?e={_token(rng, _B64, 6)}",
            f"https://onedrive.live.com/embed?cid={cid}&resid={cid}%21{rng.randint(100, 9999)}"
            f"&authkey={quote(auth)}&em=2",
            words,
        )
    if service == "dropbox":
        url = f"https://www.dropbox.com/s/{_token(rng, _ALNUM, 15)}/{stem}.pdf?dl=0"
        return _Ext(doc, service, url, "", words)
    if service == "mega":
        url = f"https://mega.nz/file/{_token(rng, _B64, 8)}#{_token(rng, _B64, 43)}"
        return _Ext(doc, service, url, "", words)
    if service == "issuu":
        user = str(_pick(draw, "hosted", "users"))
        slug = stem.lower().replace("-", "_")
        return _Ext(
            doc,
            service,
            f"https://issuu.com/{user}/docs/{slug}",
            f"https://e.issuu.com/embed.html?d={slug}&u={user}",
            words,
        )
    if service == "scribd":
        number = rng.randint(400000000, 799999999)
        return _Ext(
            doc,
            service,
            f"https://www.scribd.com/document/{number}/{stem}",
            f"https://www.scribd.com/embeds/{number}/content?start_page=1&view_mode=scroll"
            f"&access_key=key-{_token(rng, string.ascii_letters + string.digits, 20)}",
            words,
        )
    if service == "calameo":
        code = "00" + _token(rng, _HEX, 19)
        return _Ext(
            doc,
            service,
            f"https://www.calameo.com/read/{code}",
            f"https://v.calameo.com/?bkcode={code}&mode=viewer",
            words,
        )
    assert service == "yumpu"
    number = rng.randint(60000000, 69999999)
    return _Ext(
        doc,
        service,
        f"https://www.yumpu.com/es/document/view/{number}/{stem.lower()}",
        f"https://www.yumpu.com/es/embed/view/{_token(rng, string.ascii_letters, 16)}",
        words,
    )


def _system(
    item: Item, newest: Doc, was: str, draw: st.DrawFn, rng: random.Random, year: int
) -> _System:
    """The page of another host an item is answered with (its only content)."""
    n = item.numeral
    kinds = ["drive-folder", "onedrive-folder", "dropbox-folder"]
    if n in _PROCUREMENT:
        kinds += ["guatecompras"] * 4
    if n in _BUDGET:
        kinds += ["portalgl"] * 4
    if n in _DASHBOARD:
        kinds += ["powerbi"] * 2
    if n in _REPORT:
        kinds += ["looker"] * 2
    if n in _FACEBOOK:
        kinds += ["facebook"]
    kind = draw(st.sampled_from(kinds))
    # A period is named only where it is the current one (an ok item's newest), and not always.
    current = was == "ok" and draw(st.booleans())
    monthly = item_rhythm(item) == "monthly" and newest.modified is not None
    mes = MESES[newest.modified.month - 1].lower() if newest.modified else ""
    shown_year = newest.modified.year if (current and newest.modified) else year
    if kind == "guatecompras":
        url = str(_w("systems", "guatecompras_entity")).format(
            ent=rng.randint(100, 999), tipo=rng.choice([1, 4, 5, 7])
        )
        words = str(_pick(draw, "systems", "guatecompras_words"))
        if current and monthly:
            words = str(_w("systems", "guatecompras_period")).format(
                plain=item.plain, mes=mes, year=shown_year
            )
        lead = str(_pick(draw, "systems", "guatecompras_lead")) if draw(st.booleans()) else ""
        return _System(kind, url, words, lead)
    if kind == "portalgl":
        url = str(_w("systems", "portalgl_entity")).format(code=rng.randint(1000, 2299))
        words = str(_pick(draw, "systems", "portalgl_words"))
        if current and monthly:
            words = str(_w("systems", "portalgl_period")).format(
                plain=item.plain, mes=mes, year=shown_year
            )
        lead = str(_pick(draw, "systems", "portalgl_lead")) if draw(st.booleans()) else ""
        return _System(kind, url, words, lead)
    if kind == "powerbi":
        key = "eyJrIjoi" + _token(rng, string.ascii_letters + string.digits, 88)
        report, tenant = ("-".join(_token(rng, _HEX, k) for k in (8, 4, 4, 4, 12)) for _ in "ab")
        url = str(_pick(draw, "systems", "powerbi")).format(key=key, report=report, tenant=tenant)
        titles = [
            t for t in _w("systems", "powerbi_titles")[str(n)] if current or "{year}" not in t
        ]
        title = draw(st.sampled_from(titles)).format(year=shown_year)
        lead = str(_pick(draw, "systems", "powerbi_lead"))
        return _System(kind, url, title, lead, url, title)
    if kind == "looker":
        uuid = "-".join(_token(rng, _HEX, k) for k in (8, 4, 4, 4, 12))
        url = str(_w("systems", "looker")).format(uuid=uuid, page=_token(rng, _B64, 5))
        titles = [t for t in _w("systems", "looker_titles")[str(n)] if current or "{year}" not in t]
        title = draw(st.sampled_from(titles)).format(year=shown_year)
        return _System(kind, url, title, "", url, title)
    if kind == "drive-folder":
        folder = "1" + _token(rng, _B64, 32)
        url = str(_w("systems", "drive_folder")).format(id=folder)
        frame = str(_w("systems", "drive_folder_embed")).format(id=folder)
        words_all = [t for t in _w("systems", "folder_words") if current or "{year}" not in t]
        words = draw(st.sampled_from(words_all)).format(year=shown_year)
        return _System(kind, url, words, "", frame, "drive")
    if kind == "onedrive-folder":
        cid = _token(rng, "0123456789ABCDEF", 16)
        url = str(_w("systems", "onedrive_folder")).format(
            key="A" + _token(rng, _B64, 26), e=_token(rng, _B64, 6)
        )
        frame = str(_w("systems", "onedrive_embed")).format(
            cid=cid, n=rng.randint(100, 9999), auth=quote("!A" + _token(rng, _B64, 14))
        )
        return _System(kind, url, str(_pick(draw, "systems", "onedrive_words")), "", frame)
    if kind == "dropbox-folder":
        url = str(_w("systems", "dropbox_folder")).format(
            a=_token(rng, _ALNUM, 15), b=_token(rng, _B64, 25)
        )
        return _System(kind, url, str(_pick(draw, "systems", "dropbox_words")))
    assert kind == "facebook"
    page = str(_pick(draw, "systems", "facebook_pages"))
    url = str(_w("systems", "facebook_post")).format(
        page=page, id="pfbid0" + _token(rng, string.ascii_letters + string.digits, 40)
    )
    frame = str(_w("systems", "facebook_embed")).format(href=quote(url, safe=""))
    return _System(kind, url, str(_pick(draw, "systems", "facebook_words")), "", frame)


def _pointer(item: Item, draw: st.DrawFn, rng: random.Random) -> _System:
    """An ok item's pointer to its listing on a national system, beside its own current files."""
    if item.numeral in _PROCUREMENT:
        url = str(_w("systems", "guatecompras_entity")).format(
            ent=rng.randint(100, 999), tipo=rng.choice([1, 4, 5, 7])
        )
        words = str(_pick(draw, "systems", "guatecompras_words"))
        return _System("guatecompras", url, words, str(_pick(draw, "systems", "pointer_lead")))
    url = str(_w("systems", "portalgl_entity")).format(code=rng.randint(1000, 2299))
    words = str(_pick(draw, "systems", "portalgl_words"))
    return _System("portalgl", url, words, str(_pick(draw, "systems", "pointer_lead")))


def _home_link(item: Item, draw: st.DrawFn) -> _System:
    """A national system's home page (no entity, no period), offered as where to look."""
    lead = str(_pick(draw, "systems", "home_lead"))
    if item.numeral in _PROCUREMENT:
        url = str(_pick(draw, "systems", "guatecompras_home"))
        return _System("home-guatecompras", url, str(_pick(draw, "systems", "home_words")), lead)
    url = str(_pick(draw, "systems", "portalgl_home"))
    return _System("home-portalgl", url, str(_pick(draw, "systems", "home_gl_words")), lead)


def _nogs(item: Item, today: dt.date, draw: st.DrawFn, rng: random.Random) -> list[_Nog]:
    """One or two procurement events in each period the item's documents report."""
    modes = list(_w("nog", "modes")[str(item.numeral)])
    things = list(_w("nog", "things"))
    status = list(_w("nog", "status"))
    rows: list[_Nog] = []
    for doc in sorted(item.docs, key=lambda d: d.modified or dt.date.min, reverse=True):
        assert doc.modified is not None
        for _ in range(draw(st.integers(1, 2))):
            day = min(doc.modified.replace(day=rng.randint(1, 28)), today)
            amount = f"{rng.randint(8, 880) * 100 + rng.choice([0, 50]):,}.00"
            rows.append(
                _Nog(
                    rng.randint(20000000, 29999999),
                    rng.choice(things),
                    rng.choice(modes),
                    day,
                    amount,
                    rng.choice(status),
                )
            )
    rows.sort(key=lambda r: r.day, reverse=True)
    return rows


def _plan(items: list[Item], today: dt.date, draw: st.DrawFn, layout: str) -> list[_Pub]:
    """How each present item is published, and its truth under the conventions above."""
    rng = _rng(draw)
    services = _SERVICES[layout]
    pubs: list[_Pub] = []
    for item in _present(items):
        pub = _Pub(item, "words")
        n = item.numeral
        if item.docs and item.truth in ("ok", "outdated"):
            options = ["own", "own", "hosted", "hosted", "hosted", "mixed", "system", "system"]
            if n in _NOG and layout in ("incrustados", "botones"):
                options += ["nog", "nog"]
            how = draw(st.sampled_from(options))
            if how == "mixed" and len(item.docs) < 2:
                how = "hosted"
            pub.how = how
            if how == "own":
                national = n in _PROCUREMENT or n in _BUDGET
                if item.truth == "ok" and national and draw(st.integers(0, 2)) == 0:
                    pub.pointer = _pointer(item, draw, rng)
                    pub.how = "own+puntero"
                    pub.detail = pub.pointer.kind
            elif how in ("hosted", "mixed"):
                service = draw(st.sampled_from(services))
                docs = sorted(item.docs, key=lambda d: d.modified or dt.date.min, reverse=True)
                if how == "mixed":
                    cut = draw(st.integers(1, len(docs) - 1))
                    newest_away = draw(st.booleans())
                    away = docs[:cut] if newest_away else docs[cut:]
                    pub.detail = f"{service}/{'nuevos' if newest_away else 'antiguos'}-fuera"
                else:
                    away = docs
                    pub.detail = service
                pub.ext = [_hosted(doc, service, rng, draw) for doc in away]
                item.docs = [doc for doc in item.docs if doc not in away]
            elif how == "nog":
                pub.nogs = _nogs(item, today, draw, rng)
                item.docs = []
                item.updated = ""
            else:
                was = item.truth
                pub.system = _system(item, _newest(item.docs), was, draw, rng, today.year)
                pub.detail = f"{pub.system.kind}/{was}"
                item.docs = []
                item.updated = ""
                item.truth = "unknown"
        elif item.docs and item.truth == "broken":
            pub.how = "own"
            if draw(st.integers(0, 3)) == 0:
                pub.how = "private"
                for doc in item.docs:
                    form = str(_pick(draw, "enlaces", "private"))
                    doc.path = form.format(stem=file_stem(doc.name))
        elif item.truth == "empty" and (n in _PROCUREMENT or n in _BUDGET) and draw(st.booleans()):
            pub.how = "home"
            pub.pointer = _home_link(item, draw)
            pub.detail = pub.pointer.kind
        elif item.docs:
            pub.how = "own"
        pubs.append(pub)
    return pubs


def _notes(portal: ExamPortal, layout: str, pubs: list[_Pub]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = f"{layout}/{item_rhythm(item)}/ausente"
    for pub in pubs:
        detail = f"/{pub.detail}" if pub.detail else ""
        portal.notes[pub.item.numeral] = (
            f"{layout}/{item_rhythm(pub.item)}/{pub.how}{detail}"
            f"/{len(pub.item.docs)} propios, {len(pub.ext)} fuera"
        )


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    index: str
    title: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    title = str(_pick(draw, "site", "index_titles"))
    site = _Site(str(_w("site", "name")).format(town=town), index, title)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        (str(_w("site", "news")), "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _home(site: _Site) -> Routes:
    """The home page leading to the index (its ``</main>`` is where the generator's noise may add
    a link)."""
    body = (
        f"<p>{_e(str(_w('site', 'welcome')).format(name=site.name))}</p>"
        f'<p><a href="{_e(site.index)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _intro() -> str:
    return f"<p>{_e(_w('site', 'intro'))}</p>"


def _a(url: str, text: str, *, blank: bool = True, css: str = "") -> str:
    attrs = ' target="_blank" rel="noopener noreferrer"' if blank else ""
    klass = f' class="{css}"' if css else ""
    return f'<a{klass} href="{_e(url)}"{attrs}>{_e(text)}</a>'


def _words(item: Item, *, law: bool) -> list[str]:
    texts = [item.law_text if law else "", item.own_text, item.phrase, item.updated]
    return [text for text in texts if text]


def _nog_table(nogs: Sequence[_Nog], head: Sequence[str], css: str = "") -> str:
    heads = "".join(f"<th>{_e(h)}</th>" for h in head)
    rows = "".join(
        "<tr>"
        f"<td>{_a(str(_w('systems', 'guatecompras_nog')).format(nog=r.nog), str(r.nog))}</td>"
        f"<td>{_e(r.thing)}</td><td>{_e(r.mode)}</td><td>{_e(day_month_year(r.day))}</td>"
        f"<td>{_e(r.amount)}</td><td>{_e(r.status)}</td></tr>"
        for r in nogs
    )
    klass = f' class="{css}"' if css else ""
    return f"<table{klass}><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"


# -- tabla -----------------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/transparencia/informacion-publica-de-oficio/"
    site = _site(draw, index)
    pubs = _plan(items, today, draw, "tabla")
    head = list(_pick(draw, "tabla", "head"))
    zero = draw(st.booleans())
    own_words = draw(st.sampled_from(["name", "name", *_w("tabla", "own")]))
    service_note = draw(st.booleans())
    rows = []
    for pub in pubs:
        item = pub.item
        number = f"{item.numeral:02d}" if zero else str(item.numeral)
        name = item.label if draw(st.booleans()) else item.plain
        desc = _e(name)
        if item.law_text:
            desc += f"<br><small>{_e(item.law_text)}</small>"
        cell: list[str] = []
        for doc in item.docs:
            cell.append(_a(doc.path, doc.name if own_words == "name" else own_words, blank=False))
        for ext in pub.ext:
            note = f" <small>({_e(ext.words)})</small>" if service_note else ""
            cell.append(_a(ext.url, ext.doc.name) + note)
        if pub.system is not None:
            link = _a(pub.system.url, pub.system.words)
            cell.append(f"{_e(pub.system.lead)} {link}" if pub.system.lead else link)
        texts = [t for t in (item.own_text, item.phrase, item.updated) if t]
        cell += [_e(t) for t in texts]
        if pub.pointer is not None:
            cell.append(f"{_e(pub.pointer.lead)} {_a(pub.pointer.url, pub.pointer.words)}")
        rows.append(f"<tr><td>{_e(number)}</td><td>{desc}</td><td>{'<br>'.join(cell)}</td></tr>")
    heads = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = (
        _intro()
        + '<table id="tablepress-1" class="tablepress tablepress-id-1">'
        + f'<thead><tr class="row-1">{heads}</tr></thead>'
        + f'<tbody class="row-hover">{"".join(rows)}</tbody></table>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, "tabla", pubs)
    return _home(site)


# -- incrustados -----------------------------------------------------------------------------------


def _frame(src: str, *, title: str = "", height: int = 600) -> str:
    titled = f' title="{_e(title)}"' if title else ""
    return (
        f'<iframe src="{_e(src)}"{titled} width="100%" height="{height}" frameborder="0" '
        'allowfullscreen="true"></iframe>'
    )


def _embed(ext: _Ext, style: str) -> str:
    """A hosted document in a frame, named by a caption, a heading, a link or only the title."""
    name = ext.doc.name
    if style == "figcaption":
        return (
            '<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">'
            f"{_frame(ext.frame)}</div><figcaption>{_e(name)}</figcaption></figure>"
        )
    if style == "heading":
        return f"<h3>{_e(name)}</h3>{_frame(ext.frame)}"
    if style == "title":
        return f'<div class="embed-responsive">{_frame(ext.frame, title=name)}</div>'
    return f"{_frame(ext.frame)}<p>{_a(ext.url, name)}</p>"


def _system_block(system: _System) -> str:
    """A system's page: framed when it can be (dashboards, folders, a post), else linked."""
    lead = f"<p>{_e(system.lead)}</p>" if system.lead else ""
    if system.frame:
        if system.kind == "powerbi":
            frame = (
                f'<iframe title="{_e(system.title)}" width="1140" height="541.25" '
                f'src="{_e(system.frame)}" frameborder="0" allowFullScreen="true"></iframe>'
            )
        elif system.kind == "looker":
            frame = (
                f'<iframe width="600" height="450" src="{_e(system.frame)}" frameborder="0" '
                'style="border:0" allowfullscreen sandbox="allow-storage-access-by-user-activation '
                'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">'
                "</iframe>"
            )
        elif system.kind == "drive-folder":
            frame = (
                f'<div class="gdrive-embed"><iframe src="{_e(system.frame)}" '
                'style="width:100%; height:600px; border:0;"></iframe></div>'
            )
        elif system.kind == "facebook":
            frame = (
                f'<iframe src="{_e(system.frame)}" width="500" height="600" '
                'style="border:none;overflow:hidden" scrolling="no" frameborder="0" '
                'allowfullscreen="true" allow="autoplay; clipboard-write; encrypted-media; '
                'picture-in-picture; web-share"></iframe>'
            )
        else:
            frame = _frame(system.frame)
        return lead + frame
    return lead + f"<p>{_a(system.url, system.words)}</p>"


def _incrustados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/transparencia/articulo-10/"
    site = _site(draw, index)
    pubs = _plan(items, today, draw, "incrustados")
    rng = _rng(draw)
    head = list(_pick(draw, "nog", "head"))
    links = []
    for pub in pubs:
        item = pub.item
        path = f"{index}numeral-{item.numeral}/"
        links.append(f"<li>{_a(path, item.label, blank=False)}</li>")
        parts = [f"<p>{_e(text)}</p>" for text in _words(item, law=True)]
        if item.docs:
            own = "".join(f"<li>{_a(d.path, d.name, blank=False)}</li>" for d in item.docs)
            parts.append(f"<p>{_e(_pick(draw, 'incrustados', 'own_list'))}</p><ul>{own}</ul>")
        styles = []
        for ext in pub.ext:
            styles.append(draw(st.sampled_from(["figcaption", "heading", "title", "link"])))
            parts.append(_embed(ext, styles[-1]))
        if styles:
            pub.detail += "/" + ",".join(styles)
        if pub.nogs:
            parts.append(_nog_table(pub.nogs, head, "table table-striped"))
            parts.append(f"<p><small>{_e(_pick(draw, 'nog', 'note'))}</small></p>")
        if pub.system is not None:
            parts.append(_system_block(pub.system))
        if pub.pointer is not None:
            parts.append(f"<p>{_e(pub.pointer.lead)} {_a(pub.pointer.url, pub.pointer.words)}</p>")
        parts.append(f"<p>{_a(index, str(_w('incrustados', 'back')), blank=False)}</p>")
        site.put(path, item.label, "".join(parts), [(site.title, index), (item.label, "")])
    video = _token(rng, _B64, 11)
    session = str(_pick(draw, "incrustados", "sessions"))
    youtube = (
        f"<h2>{_e(_pick(draw, 'incrustados', 'sessions_head'))}</h2>"
        f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{video}" '
        f'title="{_e(session)}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
        'encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>'
        f"<p>{_e(session)}</p>"
    )
    body = (
        _intro()
        + f"<p>{_e(_w('incrustados', 'index_lead'))}</p>"
        + f'<ul class="list-numerales">{"".join(links)}</ul>'
        + youtube
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, "incrustados", pubs)
    return _home(site)


# -- enlaces ---------------------------------------------------------------------------------------


def _enlaces(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/ley-de-acceso-a-la-informacion-publica/"
    site = _site(draw, index)
    pubs = _plan(items, today, draw, "enlaces")
    naming = draw(st.sampled_from(["name", "period", "period+service"]))
    lines = []
    for pub in pubs:
        item = pub.item
        inner: list[str] = []

        def shown(doc: Doc, service: str = "", item: Item = item) -> str:
            if naming == "name":
                return doc.name
            period = _period(doc, item)
            return f"{period} ({service})" if naming == "period+service" and service else period

        for doc in item.docs:
            inner.append(f"<li>{_a(doc.path, shown(doc), blank=False)}</li>")
        for ext in pub.ext:
            inner.append(f"<li>{_a(ext.url, shown(ext.doc, ext.words))}</li>")
        if pub.system is not None:
            lead = f"{_e(pub.system.lead)} " if pub.system.lead else ""
            inner.append(f"<li>{lead}{_a(pub.system.url, pub.system.words)}</li>")
        if pub.pointer is not None:
            inner.append(
                f"<li>{_e(pub.pointer.lead)} {_a(pub.pointer.url, pub.pointer.words)}</li>"
            )
        words = "".join(f"<p>{_e(t)}</p>" for t in _words(item, law=False))
        nested = f"<ul>{''.join(inner)}</ul>" if inner else ""
        lines.append(f"<li><strong>{_e(item.label)}</strong>{words}{nested}</li>")
    body = (
        _intro()
        + f"<p>{_e(_pick(draw, 'enlaces', 'lead'))}</p>"
        + f'<ul class="lista-numerales">{"".join(lines)}</ul>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, f"enlaces-{naming}", pubs)
    return _home(site)


# -- botones ---------------------------------------------------------------------------------------


def _buttons(links: Sequence[tuple[str, str, bool]]) -> str:
    """A block editor's row of buttons: (address, words, opens a new tab)."""
    inner = "".join(
        '<div class="wp-block-button">'
        + _a(url, words, blank=blank, css="wp-block-button__link wp-element-button")
        + "</div>"
        for url, words, blank in links
    )
    return f'<div class="wp-block-buttons is-layout-flex">{inner}</div>'


def _botones(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/informacion-publica/"
    site = _site(draw, index)
    pubs = _plan(items, today, draw, "botones")
    tag = draw(st.sampled_from(["h2", "h3", "h4"]))
    style = draw(st.sampled_from(["para", "named"]))
    download = str(_pick(draw, "botones", "download"))
    head = list(_pick(draw, "nog", "head"))
    parts = [_intro()]
    for pub in pubs:
        item = pub.item
        parts.append(f'<{tag} class="wp-block-heading">{_e(item.label)}</{tag}>')
        parts += [f"<p>{_e(text)}</p>" for text in _words(item, law=True)]
        files: list[tuple[Doc, str, str, bool]] = [(d, d.path, download, False) for d in item.docs]
        files += [(x.doc, x.url, x.words, True) for x in pub.ext]
        files.sort(key=lambda f: f[0].modified or dt.date.min, reverse=True)
        if style == "para":
            for doc, url, words, blank in files:
                parts.append(f"<p>{_e(doc.name)}</p>" + _buttons([(url, words, blank)]))
        elif files:
            parts.append(_buttons([(url, doc.name, blank) for doc, url, _words_, blank in files]))
        if pub.nogs:
            parts.append(
                '<figure class="wp-block-table is-style-stripes">'
                + _nog_table(pub.nogs, head)
                + "</figure>"
                + f"<p>{_e(_pick(draw, 'nog', 'note'))}</p>"
            )
        for system in (pub.system, pub.pointer):
            if system is not None:
                if system.lead:
                    parts.append(f"<p>{_e(system.lead)}</p>")
                parts.append(_buttons([(system.url, system.words, True)]))
    body = f'<div class="entry-content">{"".join(parts)}</div>'
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, f"botones-{style}", pubs)
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla": _tabla,
    "incrustados": _incrustados,
    "enlaces": _enlaces,
    "botones": _botones,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 58 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
