"""Twenty-first exam: four portal layouts of GOVERNMENT WEB PLATFORMS THAT MULTIPLY ADDRESSES, with
the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is the address space around them.
Each portal is a Guatemalan public body's site (a ministry, a secretariat, the vice presidency or
a municipality, ``wording.toml``) where every present item has ONE page (or list row) holding its
name, its words and links to its documents, reached from the home page in two or three clicks;
around those pages the platform serves the same content, or lists of it, under a few hundred
other addresses, generated in advance (the kit's server answers a fixed route table) and cut at
their ends. Every document is one file at one address, linked with that address wherever the
item's documents are listed (absolute, outside any session or portlet state), served when the
truth says it works and answering 404 when it is broken. Layouts:

* ``aspnet``: an ASP.NET WebForms site with COOKIELESS SESSIONS: every page's links carry the
  session id as a path segment, ``/(S(lit3py55t21z5v55vlm25s55))/Transparencia/Numeral.aspx?id=8``
  (or the AutoDetect form ``/(X(1)S(…))/``, behind an application path ``/Portal`` in some
  portals), 24 characters of ``a-z0-5``. The id is renewed PER RESPONSE (a page under session k
  links every page under session k+1; the last session's links carry an expired id, answered by a
  302 to the same page under the first session) or PER LINK (each link of a page carries one of
  the portal's 5-7 sessions; every page exists under every session). Every page has an "Iniciar
  sesión" link ``Login.aspx?ReturnUrl=<the page's own address, encoded>`` (a login form under the
  same session), the index's rows a ``__doPostBack`` "Ver" beside the real link, the numeral page a
  "Versión para imprimir" ``Print.aspx?id=N`` (the same content, bare) and its GridView a postback
  "Descargar" beside each real file link. Numeral ids are the numerals or record ids.
* ``liferay``: a Liferay portal (6.2 ``101_INSTANCE_<id>`` or 7 ``com_liferay_asset_publisher_…``
  portlet ids) whose Transparencia page is an Asset Publisher listing one web content per item,
  paged by ``…_delta`` / ``…_cur`` with ``p_p_id``, ``p_p_lifecycle=0``, ``p_p_state``,
  ``p_p_mode=view``, ``…_keywords=``, ``…_advancedSearch=false``, ``…_andOperator=true`` and
  ``…_displayStyle``: every window state (``normal``, ``maximized``, ``pop_up`` from "Imprimir",
  ``exclusive`` from "Actualizar": the portlet's bare markup) x two page sizes x every page x
  "Ver como: Lista / Íconos / Descriptivo" is served. An entry opens its content page
  ``…/-/asset_publisher/<id>/content/<title>``, in some portals with ``?redirect=<the listing's
  address>`` (one content address per listing address); it holds the item's name, words and
  Document Library links (the name and "Descargar", both ``/documents/10180/<folder>/<Name+
  plus>.pdf/<uuid>``) and its category (``/-/categories/<id>?p_r_p_resetCur=true&
  p_r_p_categoryId=<id>``) and tag (``/-/tag/<tag>``) links, whose pages list entries again.
* ``sharepoint``: a SharePoint 2013/2016 site: a custom list "Informacion Publica de Oficio"
  (``Lists/…/AllItems.aspx``, 10 rows a page, paged ``?Paged=TRUE&p_ID=<last id>&PageFirstRow=11&
  View=%7B<GUID>%7D``, each page also sorted by every column ``&SortField=…&SortDir=Asc|Desc``)
  whose rows hold the item's name, words and a link to its folder in the "Documentos" library:
  ``Documentos/Forms/AllItems.aspx?RootFolder=%2F<site>%2FDocumentos%2FNumeral%208&FolderCTID=
  0x0120…&View=%7B…%7D``; each folder is served under two or three views (``AllItems.aspx``,
  ``PorAnio.aspx``, ``Recientes.aspx``), every sort of its "Nombre" / "Modificado" columns, and
  filtered per year (``&FilterField1=Anio&FilterValue1=2026``: only that year's files); its web
  part is titled by the item's name and shows its words. Pages carry "Alertarme" links
  (``_layouts/15/SubNew.aspx?List=%7B…%7D&Source=<the page's address>``, a sign-in page) and
  "Abrir con el Explorador" / datasheet script links.
* ``drupal``: a Drupal 7 or 8 site: the "Información Pública de Oficio" node (its alias and
  ``/node/N``) lists one node per item, linked by alias or by ``/node/N`` (both served); a node
  holds the item's name, words and "Archivos adjuntos"
  (``/sites/default/files/<yyyy-mm>/<file>.pdf``), its category term (``/taxonomy/term/<tid>`` and
  ``/categoria/<slug>``, term pages paged ``?page=N``), "Versión para imprimir" ``/print/N``, a
  login link ``/user/login?destination=…`` and "Ver todos los documentos de este numeral" (the
  documents view filtered by its term). The documents view (``/documentos``) lists every document,
  10 or 20 a page, with its year filter as links (Better Exposed Filters) and sortable columns,
  every combination of ``field_anio_value=<year|All>``, ``field_numeral_tid=All``,
  ``order=<column>``, ``sort=<asc|desc>`` and ``page=N`` served (D8: ``…_target_id``); a calendar
  of publications ``/calendario/<yyyy-mm>`` (36 months, "« Anterior" / "Siguiente »", cut at both
  ends) links day pages ``/calendario/dia/<yyyy-mm-dd>`` naming the documents put online that day
  and their nodes.

Empty / ``not_applicable`` / ``missing`` items keep the kit's phrases, law text or absence; a
broken item's documents are linked and answer 404.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    hex_digits,
    paragraphs,
    snippet,
    unique,
    uploaded,
    wording,
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
    _present,
    _slug,
    item_words,
)

try:  # aiohttp's URL library re-quotes some escapes (%2F in a query): serve that spelling too
    import yarl
except ImportError:  # pragma: no cover
    yarl = None

LAYOUTS = ("aspnet", "liferay", "sharepoint", "drupal")
EXAM21: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam21 layout shares:
# * aspnet: "joomla" — one page per numeral (numbered labels, the law's text with every item).
# * liferay: "accordion" — entry titles (bare names allowed, own text allowed, empty phrases).
# * sharepoint: "dl" — a name, then its words and documents (own text allowed, empty phrases).
# * drupal: "numbers" — one node per numeral (numbered labels, the law's text).
_INNER = {"aspnet": "joomla", "liferay": "accordion", "sharepoint": "dl", "drupal": "numbers"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM21[section][key]["text"]


# -- shared --------------------------------------------------------------------------------------


@dataclass
class _Site:
    body: str
    domain: str
    today: dt.date
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    body, domain = draw(st.sampled_from(EXAM21["page"]["bodies"]))["text"]
    return _Site(str(body), str(domain), today)


def _aliases(url: str) -> list[str]:
    """``url`` and the spelling an HTTP client that re-quotes addresses sends for it."""
    out = [url]
    if yarl is not None:
        spelled = yarl.URL("http://host" + url).raw_path_qs
        if spelled not in out:
            out.append(spelled)
    return out


def _put(site: _Site, url: str, resource: Resource) -> None:
    """Serve ``resource`` at ``url`` (and at its re-quoted spelling, unless that is taken)."""
    for number, key in enumerate(_aliases(url)):
        if number == 0:
            site.routes[key] = resource
        else:
            site.routes.setdefault(key, resource)


def _html(title: str, head: str, body: str) -> bytes:
    return (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
        f"<title>{_e(title)}</title>{head}</head><body>{body}</body></html>"
    ).encode()


def _footer(site: _Site) -> str:
    text = str(_w("page", "footer")).format(body=site.body)
    return f"<footer><p>{_e(text)}</p></footer>"


def _link(href: str, text: str, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return f'<a href="{_e(href)}"{attr}>{_e(text)}</a>'


def _words(item: Item) -> str:
    return paragraphs(item_words(item))


def _note(item: Item, how: str) -> str:
    return f"{how} truth={item.truth} docs={len(item.docs)}"


def _home(site: _Site, index: str, extra: str = "") -> None:
    """The body's home page at ``/`` (it must hold ``</main>``: the kit's noise may add a link)."""
    intro = str(_w("page", "intro")).format(body=site.body)
    body = (
        f"<header><p class='institucion'>{_e(site.body)}</p><nav><ul>"
        f"<li>{_link('/', _w('page', 'home'))}</li>"
        f"<li>{_link(index, _w('page', 'portal'))}</li>"
        f"<li>{_link('/noticias/', 'Noticias')}</li>"
        "<li>"
        + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
        + "</li></ul></nav></header>"
        f"<main><h1>{_e(site.body)}</h1><p>{_e(intro)}</p>"
        f"<p>{_link(index, _w('page', 'index'))}</p>{extra}"
        f"<p>{_link('/noticias/obra-calle-principal/', 'Noticias')}</p></main>" + _footer(site)
    )
    site.routes["/"] = Resource(_html(site.body, "", body))


def _newest_year(item: Item, today: dt.date) -> int:
    return max((d.modified.year for d in item.docs if d.modified), default=today.year)


# -- aspnet --------------------------------------------------------------------------------------

_DOPOSTBACK = (
    "<script type=\"text/javascript\">//<![CDATA[\nvar theForm = document.forms['aspnetForm'];"
    " if (!theForm) { theForm = document.aspnetForm; } function __doPostBack(eventTarget,"
    " eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) {"
    " theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;"
    " theForm.submit(); } }\n//]]></script>"
)


def _session_ids(draw: st.DrawFn, count: int) -> list[str]:
    """``count`` distinct session ids: 24 characters of a-z and 0-5."""
    alphabet = str(_w("aspnet", "alphabet"))
    numbers = draw(
        st.lists(st.integers(0, 32**24 - 1), min_size=count, max_size=count, unique=True)
    )
    return ["".join(alphabet[(n >> (5 * i)) & 31] for i in range(23, -1, -1)) for n in numbers]


def _url_encode(text: str) -> str:
    """As .NET's HttpUtility.UrlEncode writes a return address: "()" kept, escapes lowercase."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(text, safe="()!*"))


def _aspnet(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    form = draw(st.sampled_from(["S", "X"]))
    renew = draw(st.sampled_from(["response", "link"]))
    app = str(draw(st.sampled_from(_w("aspnet", "apps"))))
    ids = draw(st.sampled_from(["numeral", "registro"]))
    file_form = draw(st.integers(0, 1))
    count = draw(st.integers(5, 7))
    sessions = _session_ids(draw, count + 1)  # the last one is expired
    segment = str(_w("aspnet", "segment_s" if form == "S" else "segment_x"))
    viewstate = "/wEPDwUK" + hex_digits(draw, 40)
    record = draw(st.integers(100, 900))

    def address(session: int, rel: str) -> str:
        return f"{app}/{segment.format(sid=sessions[session])}/{rel}"

    # Logical pages: relative address -> (title, content builder taking a link maker).
    Maker = Callable[[str], str]
    pages: dict[str, tuple[str, Callable[[Maker], str], bool]] = {}
    present = _present(items)
    index_rel = str(_w("aspnet", "index_page"))
    rows = []
    item_rels: list[tuple[Item, str, str]] = []
    for number, item in enumerate(present, start=1):
        record += draw(st.integers(1, 9))
        rid = item.numeral if ids == "numeral" else record
        item_rel = str(_w("aspnet", "item_page")).format(id=rid)
        print_rel = str(_w("aspnet", "print_page")).format(id=rid)
        item_rels.append((item, item_rel, print_rel))
        for doc in item.docs:
            year = doc.modified.year if doc.modified else today.year
            doc.path = unique(
                str(_w("aspnet", "files")[file_form]).format(
                    n=item.numeral, stem=file_stem(doc.name), year=year
                ),
                site.seen,
            )
        rows.append((number, item, item_rel))
        portal.notes[item.numeral] = _note(item, f"aspnet/{form}/{renew}/app={app!r}/{ids}")

    def grid(item: Item, number: int) -> str:
        if not item.docs:
            return (
                f"<p class='empty'>{_e(_w('aspnet', 'empty'))}</p>" if not item_words(item) else ""
            )
        head = "".join(f"<th scope='col'>{_e(h)}</th>" for h in _w("aspnet", "columns"))
        body = "".join(
            f"<tr><td>{i}</td><td>{_link(doc.path, doc.name)}</td><td>"
            f"<a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvDocumentos$ctl"
            f"{i + 1:02d}$lnkDescargar','')\">{_e(_w('aspnet', 'postback_download'))}</a></td></tr>"
            for i, doc in enumerate(item.docs, start=1)
        )
        return (
            f'<table cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_'
            f'gvDocumentos" style="border-collapse:collapse;"><tr>{head}</tr>{body}</table>'
        )

    def index_body(link: Maker) -> str:
        trs = "".join(
            f"<tr><td>{item.numeral}</td><td>{_link(link(rel), item.label)}</td><td>"
            f'<a id="ctl00_ContentPlaceHolder1_gvNumerales_ctl{number + 1:02d}_lnkVer" '
            f"href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNumerales$ctl"
            f"{number + 1:02d}$lnkVer','')\">{_e(_w('aspnet', 'postback_see'))}</a></td></tr>"
            for number, item, rel in rows
        )
        opening = WORDING["article"]["opening"]["text"]
        return (
            f"<p>{_e(opening)}</p><table cellspacing='0' rules='all' border='1' "
            f"id='ctl00_ContentPlaceHolder1_gvNumerales'>{trs}</table>"
        )

    pages["Default.aspx"] = (
        site.body,
        lambda link: f"<p>{_link(link(index_rel), _w('page', 'index'))}</p>",
        True,
    )
    pages[index_rel] = (str(_w("page", "index")), index_body, True)
    for number, (item, item_rel, print_rel) in enumerate(item_rels, start=1):

        def item_body(
            link: Maker, item: Item = item, number: int = number, pr: str = print_rel
        ) -> str:
            return (
                f'<span id="ctl00_ContentPlaceHolder1_lblDescripcion">{_words(item)}</span>'
                + grid(item, number)
                + f"<p>{_link(link(pr), _w('page', 'print'))} | "
                + f"{_link(link(index_rel), _w('page', 'back'))}</p>"
            )

        def print_body(
            link: Maker, item: Item = item, number: int = number, ir: str = item_rel
        ) -> str:
            return (
                _words(item)
                + grid(item, number)
                + '<p><a href="javascript:window.print()">Imprimir</a> | '
                + f"{_link(link(ir), _w('page', 'back'))}</p>"
            )

        pages[item_rel] = (item.label, item_body, True)
        pages[print_rel] = (item.label, print_body, False)

    def render(
        session: int, rel: str, title: str, content: Callable[[Maker], str], chrome: bool
    ) -> bytes:
        counter = [0]

        def link(target: str) -> str:
            counter[0] += 1
            if renew == "response":
                return address(min(session + 1, count), target)
            return address((session * 5 + counter[0] * 3 + 1) % count, target)

        main = content(link)
        here = address(session, rel)
        login = str(_w("aspnet", "login_page")).format(back=_url_encode(here))
        nav = ""
        if chrome:
            nav = (
                f"<div id='ctl00_header'><p class='institucion'>{_e(site.body)}</p>"
                "<ul class='level1 static' role='menubar'>"
                "<li class='static'>"
                + _link(link("Default.aspx"), _w("page", "home"), "level1 static")
                + "</li><li class='static'>"
                + _link(link(index_rel), _w("page", "index"), "level1 static")
                + "</li>"
                "<li class='static'>"
                + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
                + "</li><li class='static'>"
                + _link(link(login), _w("page", "login"))
                + "</li></ul></div>"
            )
        action = rel.rsplit("/", 1)[-1]
        body = (
            f'<form method="post" action="./{_e(action)}" id="aspnetForm">'
            '<div class="aspNetHidden">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" /></div>'
            f"{_DOPOSTBACK}{nav}<main><h1>{_e(title)}</h1>{main}</main></form>" + _footer(site)
        )
        return _html(f"{title} - {site.body}", "", body)

    def login_page(session: int, rel: str) -> bytes:
        back = address(session, rel)
        main = (
            f"<fieldset><legend>{_e(_w('aspnet', 'login_title'))}</legend>"
            f"<label>{_e(_w('page', 'user'))} "
            "<input name='ctl00$ContentPlaceHolder1$txtUsuario'></label>"
            f"<label>{_e(_w('page', 'password'))} <input type='password' "
            "name='ctl00$ContentPlaceHolder1$txtClave'></label>"
            f"<input type='submit' value='{_e(_w('aspnet', 'login_button'))}'></fieldset>"
            f"<p>{_link(back, _w('page', 'back'))}</p>"
        )
        return _html(
            str(_w("aspnet", "login_title")),
            "",
            f"<main><h1>{_e(_w('aspnet', 'login_title'))}</h1>{main}</main>",
        )

    for session in range(count):
        for rel, (title, content, chrome) in pages.items():
            _put(
                site, address(session, rel), Resource(render(session, rel, title, content, chrome))
            )
            if chrome:
                login = str(_w("aspnet", "login_page")).format(
                    back=_url_encode(address(session, rel))
                )
                target = min(session + 1, count) if renew == "response" else None
                for other in [target] if target is not None else range(count):
                    _put(site, address(other, login), Resource(login_page(session, rel)))
    if renew == "response":
        # The expired session: ASP.NET (regenerateExpiredSessionID) answers with a new one.
        for rel in pages:
            _put(site, address(count, rel), Resource(b"", 302, location=address(0, rel)))
        for session in range(count):
            for rel, (_t, _c, chrome) in pages.items():
                if chrome:
                    login = str(_w("aspnet", "login_page")).format(
                        back=_url_encode(address(session, rel))
                    )
                    if address(count, login) not in site.routes:
                        _put(
                            site,
                            address(count, login),
                            Resource(b"", 302, location=address(0, login)),
                        )
    _home(site, address(0, index_rel))
    return site.routes


# -- liferay -------------------------------------------------------------------------------------


def _inst(draw: st.DrawFn, size: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(draw(st.sampled_from(alphabet)) for _ in range(size))


def _liferay(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    version = draw(st.sampled_from(["6.2", "7"]))
    inst = _inst(draw, 4 if version == "6.2" else 12)
    pid = str(_w("liferay", "portlet6" if version == "6.2" else "portlet7")).format(inst=inst)
    ns = f"_{pid}_"
    site_path = draw(st.sampled_from(_w("liferay", "site")))
    base = f"{site_path}/{draw(st.sampled_from(_w('liferay', 'page')))}"
    deltas = sorted(
        draw(st.lists(st.sampled_from([5, 10, 20, 30]), min_size=3, max_size=3, unique=True))
    )
    with_redirect = draw(st.booleans())
    states = [str(s) for s in _w("liferay", "states")]
    styles = [(str(a), str(b)) for a, b in _w("liferay", "styles")]
    default_style = styles[draw(st.integers(0, 2))][0]
    areas = [str(a) for a in _w("areas", "names")]
    area_of = [int(a) for a in _w("areas", "of")]
    tags = [str(t) for t in _w("areas", "tags")]
    cat_ids = draw(
        st.lists(st.integers(30000, 99999), min_size=len(areas), max_size=len(areas), unique=True)
    )
    present = _present(items)

    def listing_url(state: str, delta: int, cur: int, style: str) -> str:
        parts = [
            ("p_p_id", pid),
            ("p_p_lifecycle", "0"),
            ("p_p_state", state),
            ("p_p_mode", "view"),
            (f"{ns}delta", str(delta)),
            (f"{ns}cur", str(cur)),
            (f"{ns}keywords", ""),
            (f"{ns}advancedSearch", "false"),
            (f"{ns}andOperator", "true"),
            (f"{ns}displayStyle", style),
        ]
        return base + "?" + "&".join(f"{k}={v}" for k, v in parts)

    def category_url(area: int) -> str:
        return base + str(_w("liferay", "category")).format(id=cat_ids[area])

    def tag_url(tag: str) -> str:
        return base + str(_w("liferay", "tag")).format(tag=tag)

    titles: dict[int, str] = {}
    folders: dict[int, int] = {}
    for item in present:
        titles[item.numeral] = unique(_slug(item.plain)[:50], site.seen)
        folders[item.numeral] = draw(st.integers(10000, 999999))
        for doc in item.docs:
            name = quote_plus(f"{doc.name}.pdf")
            doc_uuid = str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4))
            doc.path = unique(
                str(_w("liferay", "document")).format(
                    folder=folders[item.numeral], name=name, uuid=doc_uuid
                ),
                site.seen,
            )
        portal.notes[item.numeral] = _note(
            item, f"liferay/{version}/deltas={deltas}/redirect={with_redirect}/{default_style}"
        )

    def content_url(item: Item, came_from: str | None) -> str:
        url = base + str(_w("liferay", "content")).format(inst=inst, title=titles[item.numeral])
        if with_redirect and came_from is not None:
            key = "redirect" if version == "6.2" else f"{ns}redirect"
            url += f"?{key}={quote(came_from, safe='')}"
        return url

    def item_tags(item: Item) -> list[str]:
        return [tags[item.numeral % len(tags)], tags[(item.numeral * 3) % len(tags)]][
            : 1 + item.numeral % 2
        ]

    def chrome(title: str, main: str, state: str) -> bytes:
        if state == "exclusive":
            # The portlet alone, as Liferay answers an exclusive request.
            return main.encode("utf-8")
        if state == "pop_up":
            return _html(title, "", f"<main>{main}</main>")
        nav = (
            f"<header><p class='institucion'>{_e(site.body)}</p><nav id='navigation'><ul>"
            f"<li>{_link('/', _w('page', 'home'))}</li><li>{_link(base, _w('page', 'index'))}</li>"
            "<li>"
            + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
            + "</li></ul></nav></header>"
        )
        return _html(
            f"{title} - {site.body}",
            "",
            f"{nav}<main><h1>{_e(_w('page', 'index'))}</h1>{main}</main>" + _footer(site),
        )

    def entries(shown: list[Item], style: str, came_from: str | None) -> str:
        out = []
        for item in shown:
            href = content_url(item, came_from)
            if style == "list":
                out.append(f"<li class='title-list'>{_link(href, item.label)}</li>")
            elif style == "icon":
                out.append(
                    f"<div class='asset-abstract icon'><a href=\"{_e(href)}\"><img alt='' "
                    f"src='/image/journal/article?img_id={folders[item.numeral]}'>"
                    f"<span class='asset-title'>{_e(item.label)}</span></a></div>"
                )
            else:
                summary = " ".join(item_words(item))[:160]
                out.append(
                    f"<div class='asset-abstract'><h3 class='asset-title'>{_link(href, item.label)}"
                    f"</h3><div class='asset-summary'>{_e(summary)}</div>"
                    f"<div class='asset-more'>{_link(href, _w('liferay', 'read_more'))}</div></div>"
                )
        wrap = "ul" if style == "list" else "div"
        return f"<{wrap} class='asset-publisher display-{style}'>{''.join(out)}</{wrap}>"

    def listing(state: str, delta: int, cur: int, style: str) -> bytes:
        here = listing_url(state, delta, cur, style)
        pages = max(1, -(-len(present) // delta))
        shown = present[(cur - 1) * delta : cur * delta]
        pager = []
        if cur > 1:
            pager.append(_link(listing_url(state, delta, 1, style), _w("liferay", "first")))
            pager.append(
                _link(listing_url(state, delta, cur - 1, style), _w("liferay", "previous"))
            )
        pager.append(
            f"<span>{_e(str(_w('liferay', 'page_of')).format(cur=cur, pages=pages))}</span>"
        )
        if cur < pages:
            pager.append(_link(listing_url(state, delta, cur + 1, style), _w("liferay", "next")))
            pager.append(_link(listing_url(state, delta, pages, style), _w("liferay", "last")))
        sizes = " ".join(_link(listing_url(state, d, 1, style), str(d)) for d in deltas)
        view_as = " / ".join(_link(listing_url(state, delta, 1, s), label) for s, label in styles)
        other = "maximized" if state != "maximized" else "normal"
        toggle = "maximize" if other == "maximized" else "restore"
        tools = (
            "<menu class='portlet-topper-toolbar'>"
            + _link(listing_url(other, delta, cur, style), _w("liferay", toggle))
            + " "
            f"{_link(listing_url('pop_up', delta, cur, style), _w('liferay', 'print'))} "
            f"{_link(listing_url('exclusive', delta, cur, style), _w('liferay', 'refresh'))}</menu>"
        )
        opening = WORDING["article"]["opening"]["text"] if cur == 1 else ""
        main = (
            f"<section class='portlet' id='p_p_id{ns}'>{tools}<div class='portlet-content'>"
            + (f"<p>{_e(opening)}</p>" if opening else "")
            + f"<p class='display-style'>{_e(_w('liferay', 'view_as'))} {view_as}</p>"
            + entries(shown, style, here)
            + "<div class='taglib-page-iterator'><div class='delta-selector'>"
            + f"{_e(_w('liferay', 'per_page'))}: {sizes}</div>"
            + f"<div class='pager'>{' '.join(pager)}</div></div></div></section>"
        )
        return chrome(str(_w("page", "index")), main, state)

    for state in states:
        for delta in deltas:
            pages = max(1, -(-len(present) // delta))
            for cur in range(1, pages + 1):
                for style, _label in styles:
                    _put(
                        site,
                        listing_url(state, delta, cur, style),
                        Resource(listing(state, delta, cur, style)),
                    )
    # The page itself: the portlet in its default state.
    site.routes[base] = Resource(listing("normal", deltas[0], 1, default_style))

    def content_page(item: Item, came_from: str | None) -> bytes:
        docs = "".join(
            f"<li class='document'>{_link(doc.path, doc.name)} "
            f"{_link(doc.path, _w('page', 'download'), 'btn btn-default')}</li>"
            for doc in item.docs
        )
        area = area_of[item.numeral - 1]
        cats = _link(category_url(area), areas[area])
        tag_links = " ".join(_link(tag_url(t), t) for t in item_tags(item))
        back = came_from or base
        main = (
            f"<div class='asset-full-content'><h2 class='header-title'><span>{_e(item.label)}"
            f"</span></h2><div class='journal-content-article'>{_words(item)}"
            + (f"<h3>{_e(_w('page', 'documents'))}</h3><ul>{docs}</ul>" if docs else "")
            + f"</div><div class='asset-categories'>{_e(_w('liferay', 'categories'))}: {cats}</div>"
            f"<div class='asset-tags'>{_e(_w('liferay', 'tags'))}: {tag_links}</div>"
            f"<p>{_link(back, _w('page', 'back'))}</p></div>"
        )
        return chrome(item.label, main, "normal")

    for item in present:
        if with_redirect:
            for state in states:
                for delta in deltas:
                    cur = present.index(item) // delta + 1
                    for style, _label in styles:
                        came = listing_url(state, delta, cur, style)
                        _put(site, content_url(item, came), Resource(content_page(item, came)))
            _put(site, content_url(item, None), Resource(content_page(item, None)))
        else:
            _put(site, content_url(item, None), Resource(content_page(item, None)))
    # Category and tag pages: the asset publisher filtered, entries linked to their content.
    for area, name in enumerate(areas):
        shown = [i for i in present if area_of[i.numeral - 1] == area]
        main = f"<h2>{_e(name)}</h2>" + entries(shown, "list", category_url(area))
        _put(site, category_url(area), Resource(chrome(name, main, "normal")))
        if with_redirect:
            for item in shown:
                came = category_url(area)
                _put(site, content_url(item, came), Resource(content_page(item, came)))
    for tag in tags:
        shown = [i for i in present if tag in item_tags(i)]
        main = f"<h2>{_e(tag)}</h2>" + entries(shown, "list", tag_url(tag))
        _put(site, tag_url(tag), Resource(chrome(tag, main, "normal")))
        if with_redirect:
            for item in shown:
                came = tag_url(tag)
                _put(site, content_url(item, came), Resource(content_page(item, came)))
    _home(site, base)
    return site.routes


# -- sharepoint ----------------------------------------------------------------------------------


def _guid(draw: st.DrawFn) -> str:
    h = hex_digits(draw, 32).upper()
    return f"%7B{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}%7D"


def _sharepoint(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    root = str(draw(st.sampled_from(_w("sharepoint", "sites"))))
    library = str(_w("sharepoint", "library"))
    list_name = str(_w("sharepoint", "list"))
    nviews = draw(st.integers(2, 3))
    views = [(str(a), str(b), _guid(draw)) for a, b in _w("sharepoint", "views")[:nviews]]
    list_guid, list_view = _guid(draw), _guid(draw)
    library_guid = _guid(draw)
    ctid = str(_w("sharepoint", "ctid")) + "00" + hex_digits(draw, 32).upper()
    per_page = 10
    columns = [str(c) for c in _w("sharepoint", "columns")]
    present = _present(items)
    moments: dict[int, dt.datetime] = {}
    for item in present:
        folder = str(_w("sharepoint", "folder")).format(n=item.numeral)
        for doc in item.docs:
            name = f"{file_stem(doc.name)}.pdf"
            doc.path = unique(quote(f"{root}/{library}/{folder}/{name}"), site.seen)
            day = uploaded(doc, today, draw(st.integers(1, 12))) if doc.modified else today
            moments[id(doc)] = dt.datetime.combine(
                day, dt.time(draw(st.integers(7, 17)), draw(st.integers(0, 59)))
            )

    def list_url(page: int, sort: str) -> str:
        url = f"{root}/Lists/{quote(list_name)}/AllItems.aspx"
        if page == 0 and not sort:
            return url
        if page == 0:
            return f"{url}?View={list_view}{sort}"
        return (
            f"{url}?Paged=TRUE&p_ID={page * per_page}&PageFirstRow={page * per_page + 1}"
            f"&View={list_view}{sort}"
        )

    def sign_in() -> Resource:
        main = (
            f"<p>{_e(_w('sharepoint', 'sign_in_text'))}</p><form method='post'><label>"
            f"{_e(_w('page', 'user'))} <input name='user'></label><label>"
            f"{_e(_w('page', 'password'))} "
            "<input type='password' name='password'></label></form>"
        )
        return Resource(
            _html(
                str(_w("sharepoint", "sign_in")),
                "",
                f"<main><h1>{_e(_w('sharepoint', 'sign_in'))}</h1>{main}</main>",
            )
        )

    def folder_url(item: Item, view: int, extra: str = "") -> str:
        folder = str(_w("sharepoint", "folder")).format(n=item.numeral)
        rootfolder = quote(f"{root}/{library}/{folder}", safe="")
        aspx, _n, guid = views[view]
        return (
            f"{root}/{library}/Forms/{aspx}?RootFolder={rootfolder}&FolderCTID={ctid}"
            f"&View={guid}{extra}"
        )

    def alert_url(here: str, guid: str) -> str:
        return f"{root}/_layouts/15/SubNew.aspx?List={guid}&Source={quote(here, safe='')}"

    def actions(here: str, guid: str) -> str:
        return (
            "<div class='ms-cui-tabBody'>"
            f"{_link(alert_url(here, guid), _w('sharepoint', 'alert'))} "
            f"<a href=\"javascript:CoreInvoke('NavigateHttpFolder', '{_e(root)}/{_e(library)}', "
            f"'_blank');\">{_e(_w('sharepoint', 'explorer'))}</a> "
            f"<a href=\"javascript:EnsureScriptFunc('inplview', 'InitGridFromView', "
            f"function () {{ InitGridFromView('{guid}'); }});\">"
            f"{_e(_w('sharepoint', 'edit'))}</a></div>"
        )

    def shell(title: str, main: str) -> bytes:
        nav = (
            f"<div id='s4-titlerow'><p class='institucion'>{_e(site.body)}</p>"
            f"<div class='ms-core-listMenu-horizontalBox'><ul>"
            f"<li>{_link('/', _w('page', 'home'))}</li>"
            f"<li>{_link(list_url(0, ''), _w('page', 'index'))}</li>"
            f"<li>{_link(f'{root}/{library}/Forms/AllItems.aspx', library)}</li>"
            "<li>"
            + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
            + "</li></ul></div></div>"
        )
        return _html(
            f"{title} - {site.body}",
            "",
            f"{nav}<main><div id='contentBox'><h1 class='ms-core-pageTitle'>{_e(title)}</h1>"
            f"{main}</div></main>" + _footer(site),
        )

    sorts = [("", "")] + [
        (f"&SortField={f}&SortDir={d}", f"{f}/{d}")
        for f in ("LinkFilename", "Modified")
        for d in ("Asc", "Desc")
    ]

    def folder_page(item: Item, view: int, sort: str, year: int | None) -> bytes:
        docs = list(item.docs)
        if year is not None:
            docs = [d for d in docs if d.modified and d.modified.year == year]
        if "LinkFilename" in sort:
            docs.sort(key=lambda d: d.path, reverse="Desc" in sort)
        elif "Modified" in sort or views[view][0] == "Recientes.aspx":
            docs.sort(key=lambda d: moments[id(d)], reverse="Asc" not in sort)
        here = folder_url(item, view, sort)
        heads = []
        for field_name, title in (("LinkFilename", columns[0]), ("Modified", columns[1])):
            direction = "Desc" if f"SortField={field_name}&SortDir=Asc" in sort else "Asc"
            heads.append(
                "<th class='ms-vh2'>"
                + _link(
                    folder_url(item, view, f"&SortField={field_name}&SortDir={direction}"), title
                )
                + "</th>"
            )
        heads.append(f"<th class='ms-vh2'>{_e(columns[2])}</th>")
        rows = "".join(
            f"<tr class='ms-itmHoverEnabled ms-itmhover'><td class='ms-cellstyle ms-vb-icon'>"
            f"<img src='/_layouts/15/images/icpdf.png' alt='pdf'></td><td class='ms-vb-title'>"
            f"{_link(d.path, d.path.rsplit('/', 1)[-1].replace('%20', ' '), 'ms-listlink')}</td>"
            f"<td class='ms-vb2'>{day_month_year(moments[id(d)].date())} "
            f"{moments[id(d)]:%H:%M}</td>"
            f"<td class='ms-vb2'>{_e(_w('sharepoint', 'system'))}</td></tr>"
            for d in docs
        )
        table = (
            f"<table class='ms-listviewtable' summary='{_e(library)}'><tr class='ms-viewheadertr'>"
            f"<th></th>{''.join(heads)}</tr>{rows}</table>"
            if rows
            else f"<div class='ms-emptyView'>{_e(_w('sharepoint', 'empty'))}</div>"
        )
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        filters = " ".join(
            _link(folder_url(item, 0, f"&FilterField1=Anio&FilterValue1={y}"), str(y))
            for y in years
        )
        switch = " | ".join(_link(folder_url(item, v), views[v][1]) for v in range(len(views)))
        crumbs = (
            f"<div class='ms-breadcrumb'>{_link(f'{root}/{library}/Forms/AllItems.aspx', library)}"
            f" &gt; <span>{_e(str(_w('sharepoint', 'folder')).format(n=item.numeral))}</span></div>"
        )
        main = (
            crumbs
            + actions(here, library_guid)
            + "<div class='ms-webpart-chrome'><h2 class='ms-webpart-titleText'>"
            + f"{_e(item.label)}</h2>"
            + f"<div class='ms-rtestate-field'>{_words(item)}</div></div>"
            + f"<div class='ms-viewselector'>{switch}</div>"
            + (f"<div class='ms-filter'>{_e(columns[3])}: {filters}</div>" if filters else "")
            + table
        )
        return shell(library, main)

    for item in present:
        for view in range(len(views)):
            for sort, _how in sorts:
                url = folder_url(item, view, sort)
                _put(site, url, Resource(folder_page(item, view, sort, None)))
                if not sort:
                    _put(site, alert_url(url, library_guid), sign_in())
        for y in sorted({d.modified.year for d in item.docs if d.modified}):
            _put(
                site,
                folder_url(item, 0, f"&FilterField1=Anio&FilterValue1={y}"),
                Resource(folder_page(item, 0, "", y)),
            )
        portal.notes[item.numeral] = _note(item, f"sharepoint/{root}/views={nviews}")

    list_sorts = [""] + [
        f"&SortField={f}&SortDir={d}" for f in ("Numeral", "Title") for d in ("Asc", "Desc")
    ]
    heads_of = [str(c) for c in _w("sharepoint", "list_columns")]

    def list_page(page: int, sort: str) -> bytes:
        ordered = list(present)
        if "Title" in sort:
            ordered.sort(key=lambda i: i.label.lower(), reverse="Desc" in sort)
        elif "Numeral" in sort and "Desc" in sort:
            ordered.reverse()
        pages = -(-len(ordered) // per_page)
        shown = ordered[page * per_page : (page + 1) * per_page]
        here = list_url(page, sort)
        heads = []
        for name, field_name in ((heads_of[0], "Numeral"), (heads_of[1], "Title")):
            direction = "Desc" if f"SortField={field_name}&SortDir=Asc" in sort else "Asc"
            heads.append(
                "<th class='ms-vh2'>"
                + _link(list_url(0, f"&SortField={field_name}&SortDir={direction}"), name)
                + "</th>"
            )
        heads += [
            f"<th class='ms-vh2'>{_e(heads_of[2])}</th>",
            f"<th class='ms-vh2'>{_e(heads_of[3])}</th>",
        ]
        rows = "".join(
            f"<tr><td class='ms-vb2'>{item.numeral}</td>"
            f"<td class='ms-vb-title'>{_e(item.label)}</td>"
            f"<td class='ms-vb2'>{_words(item)}</td><td class='ms-vb2'>"
            f"{_link(folder_url(item, 0), _w('sharepoint', 'open_folder'))}</td></tr>"
            for item in shown
        )
        pager = []
        if page > 0:
            pager.append(_link(list_url(page - 1, sort), _w("sharepoint", "previous")))
        pager.append(f"<span>{page * per_page + 1} - {page * per_page + len(shown)}</span>")
        if page + 1 < pages:
            pager.append(_link(list_url(page + 1, sort), _w("sharepoint", "next")))
        opening = WORDING["article"]["opening"]["text"]
        main = (
            actions(here, list_guid)
            + f"<p>{_e(opening)}</p><table class='ms-listviewtable'><tr class='ms-viewheadertr'>"
            + f"{''.join(heads)}</tr>{rows}</table><table class='ms-bottompaging'><tr><td>"
            + f"{' '.join(pager)}</td></tr></table>"
        )
        return shell(str(_w("page", "index")), main)

    pages = -(-len(present) // per_page)
    for sort in list_sorts:
        for page in range(pages):
            url = list_url(page, sort)
            _put(site, url, Resource(list_page(page, sort)))
            _put(site, alert_url(url, list_guid), sign_in())
    # The library's root: one folder per item.
    root_rows = "".join(
        "<tr><td><img src='/_layouts/15/images/folder.gif' alt=''></td><td>"
        + _link(
            folder_url(item, 0),
            str(_w("sharepoint", "folder")).format(n=item.numeral),
            "ms-listlink",
        )
        + "</td></tr>"
        for item in present
    )
    _put(
        site,
        f"{root}/{library}/Forms/AllItems.aspx",
        Resource(shell(library, f"<table class='ms-listviewtable'>{root_rows}</table>")),
    )
    _home(site, list_url(0, ""))
    return site.routes


# -- drupal --------------------------------------------------------------------------------------


def _drupal(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    version = draw(st.sampled_from(["7", "8"]))
    view_path = str(draw(st.sampled_from(_w("drupal", "view_path"))))
    per_page = draw(st.sampled_from([10, 20]))
    year_links = draw(st.booleans())  # the year filter as links (else a <select> only)
    link_by_node = draw(st.booleans())  # the index links /node/N (else the aliases)
    tid_key = "field_numeral_tid" if version == "7" else "field_numeral_target_id"
    areas = [str(a) for a in _w("areas", "names")]
    area_of = [int(a) for a in _w("areas", "of")]
    present = _present(items)
    nid = draw(st.integers(40, 400))
    index_nid = nid
    nodes: dict[int, int] = {}
    tids: dict[int, int] = {}
    aliases: dict[int, str] = {}
    area_tids = draw(
        st.lists(st.integers(3, 40), min_size=len(areas), max_size=len(areas), unique=True)
    )
    ups: dict[int, dt.date] = {}
    for item in present:
        nid += draw(st.integers(1, 6))
        nodes[item.numeral] = nid
        tids[item.numeral] = 45 + item.numeral
        aliases[item.numeral] = str(_w("drupal", "node_alias")).format(
            n=item.numeral, slug=_slug(item.plain)[:30]
        )
        for doc in item.docs:
            day = uploaded(doc, today, draw(st.integers(1, 12))) if doc.modified else today
            ups[id(doc)] = day
            doc.path = unique(
                str(_w("drupal", "files")).format(
                    yyyy=day.year, mm=f"{day.month:02d}", stem=file_stem(doc.name)
                ),
                site.seen,
            )
        portal.notes[item.numeral] = _note(
            item,
            f"drupal/{version}/per_page={per_page}/year_links={year_links}/node={link_by_node}",
        )
    index_alias = str(_w("drupal", "index_alias"))

    def node_href(item: Item) -> str:
        return f"/node/{nodes[item.numeral]}" if link_by_node else aliases[item.numeral]

    def login_url(path: str) -> str:
        if version == "7":
            return f"/user/login?destination={quote(path.lstrip('/'), safe='/')}"
        return f"/user/login?destination={quote(path, safe='/')}"

    logins: list[str] = []

    def shell(title: str, main: str, path: str) -> bytes:
        logins.append(path)
        nav = (
            f"<header><p class='site-name'>{_e(site.body)}</p><nav><ul class='menu'>"
            f"<li>{_link('/', _w('page', 'home'))}</li>"
            f"<li>{_link(index_alias, _w('page', 'index'))}</li>"
            f"<li>{_link(view_path, _w('page', 'documents'))}</li>"
            "<li>"
            + _link(f"/calendario/{today.year}-{today.month:02d}", _w("drupal", "calendar"))
            + "</li>"
            "<li>"
            + _link("/unidad-de-informacion-publica/", "Unidad de Información Pública")
            + f"</li><li>{_link(login_url(path), _w('page', 'login'))}</li></ul></nav></header>"
        )
        return _html(
            f"{title} | {site.body}",
            "",
            f"{nav}<main><h1>{_e(title)}</h1>{main}</main>" + _footer(site),
        )

    def login_page(path: str) -> bytes:
        main = (
            f"<form method='post' action='{_e(login_url(path))}'><label>{_e(_w('page', 'user'))}"
            f" <input name='name'></label><label>{_e(_w('page', 'password'))} "
            "<input type='password'"
            " name='pass'></label></form>"
        )
        return _html(
            str(_w("page", "login")), "", f"<main><h1>{_e(_w('page', 'login'))}</h1>{main}</main>"
        )

    def serve_page(paths: list[str], title: str, main: str) -> None:
        for path in paths:
            _put(site, path, Resource(shell(title, main, path)))

    def term_paths(area: int) -> tuple[str, str]:
        return f"/taxonomy/term/{area_tids[area]}", str(_w("drupal", "term_alias")).format(
            slug=_slug(areas[area])
        )

    def attached(item: Item) -> str:
        if not item.docs:
            return ""
        lis = "".join(
            f"<li><span class='file file--application-pdf'>{_link(doc.path, doc.name)}</span></li>"
            for doc in item.docs
        )
        title = _e(_w("drupal", "attached"))
        return f"<div class='field--name-field-archivos'><h3>{title}</h3><ul>{lis}</ul></div>"

    # The numeral nodes, their print pages.
    for item in present:
        n = nodes[item.numeral]
        area = area_of[item.numeral - 1]
        term = term_paths(area)[draw(st.integers(0, 1))]
        main = (
            f"<div class='field--name-body'>{_words(item)}</div>{attached(item)}"
            f"<div class='field--name-field-categoria'>{_e(_w('drupal', 'category'))} "
            f"{_link(term, areas[area])}</div>"
            f"<ul class='links inline'><li>{_link(f'/print/{n}', _w('page', 'print'))}</li>"
            "<li>"
            + _link(f"{view_path}?{tid_key}={tids[item.numeral]}", _w("drupal", "all_docs"))
            + "</li>"
            f"<li>{_link(login_url(f'/node/{n}'), _w('drupal', 'login'))}</li></ul>"
        )
        serve_page([f"/node/{n}", aliases[item.numeral]], item.label, main)
        printed = f"<h1>{_e(item.label)}</h1>{_words(item)}{attached(item)}<p>{_e(site.body)}</p>"
        _put(site, f"/print/{n}", Resource(_html(item.label, "", f"<main>{printed}</main>")))
    # The index node.
    opening = WORDING["article"]["opening"]["text"]
    lis = "".join(f"<li>{_link(node_href(item), item.label)}</li>" for item in present)
    serve_page(
        [index_alias, f"/node/{index_nid}"],
        str(_w("page", "index")),
        f"<p>{_e(opening)}</p><ul>{lis}</ul><p>"
        + _link(f"/print/{index_nid}", _w("page", "print"))
        + "</p>",
    )
    _put(
        site,
        f"/print/{index_nid}",
        Resource(
            _html(str(_w("page", "index")), "", f"<main><p>{_e(opening)}</p><ul>{lis}</ul></main>")
        ),
    )
    # Term pages.
    for area, name in enumerate(areas):
        shown = [i for i in present if area_of[i.numeral - 1] == area]
        chunks = [shown[i : i + 5] for i in range(0, len(shown), 5)] or [[]]
        for page, chunk in enumerate(chunks):
            rows = "".join(
                "<div class='views-row'><h2>"
                + _link(f"/node/{nodes[i.numeral]}", i.label)
                + "</h2></div>"
                for i in chunk
            )
            for path in term_paths(area):
                here = path + (f"?page={page}" if page else "")
                more = (
                    _link(f"{path}?page={page + 1}", _w("drupal", "pager_next"))
                    if page + 1 < len(chunks)
                    else ""
                )
                _put(
                    site,
                    here,
                    Resource(shell(name, f"{rows}<nav class='pager'>{more}</nav>", here)),
                )
    # The documents view.
    entries = [(item, doc) for item in present for doc in item.docs]
    years = sorted({ups[id(d)].year for _i, d in entries}, reverse=True)
    columns = [str(c) for c in _w("drupal", "columns")]
    orders = [str(o) for o in _w("drupal", "orders")]

    def view_url(year: str, tid: str, order: str, sort: str, page: int) -> str:
        return f"{view_path}?field_anio_value={year}&{tid_key}={tid}&order={order}&sort={sort}" + (
            f"&page={page}" if page else ""
        )

    def view_page(year: str, tid: str, order: str, sort: str, page: int, here: str) -> bytes:
        rows = [
            (i, d)
            for i, d in entries
            if (year == "All" or str(ups[id(d)].year) == year)
            and (tid == "All" or str(tids[i.numeral]) == tid)
        ]
        key: Callable[[tuple[Item, Doc]], Any] = {
            "title": lambda e: e[1].name.lower(),
            "created": lambda e: ups[id(e[1])],
        }.get(order, lambda e: e[0].numeral)
        rows.sort(key=key, reverse=sort == "desc")
        pages = max(1, -(-len(rows) // per_page))
        shown = rows[page * per_page : (page + 1) * per_page]
        heads = "".join(
            "<th class='views-field'>"
            + _link(view_url(year, tid, o, "desc" if o == order and sort == "asc" else "asc", 0), c)
            + "</th>"
            for o, c in zip(orders, columns, strict=True)
        )
        trs = "".join(
            f"<tr><td class='views-field views-field-title'>{_link(d.path, d.name)}</td>"
            f"<td class='views-field'>{_link(f'/node/{nodes[i.numeral]}', i.label)}</td>"
            f"<td class='views-field'><time datetime='{ups[id(d)].isoformat()}T10:00:00-06:00'>"
            f"{day_month_year(ups[id(d)])}</time></td></tr>"
            for i, d in shown
        )
        pager = []
        if page > 0:
            pager.append(_link(view_url(year, tid, order, sort, 0), _w("drupal", "pager_first")))
            pager.append(
                _link(view_url(year, tid, order, sort, page - 1), _w("drupal", "pager_previous"))
            )
        pager += [
            _link(view_url(year, tid, order, sort, p), str(p + 1))
            if p != page
            else f"<span>{p + 1}</span>"
            for p in range(pages)
        ]
        if page + 1 < pages:
            pager.append(
                _link(view_url(year, tid, order, sort, page + 1), _w("drupal", "pager_next"))
            )
            pager.append(
                _link(view_url(year, tid, order, sort, pages - 1), _w("drupal", "pager_last"))
            )
        options = "".join(f"<option value='{y}'>{y}</option>" for y in years)
        terms = "".join(
            f"<option value='{tids[i.numeral]}'>{_e(i.label)}</option>" for i in present
        )
        form = (
            f"<form class='views-exposed-form' method='get' action='{_e(view_path)}'>"
            f"<label>{_e(_w('drupal', 'year_filter'))} <select name='field_anio_value'>"
            f"<option value='All'>{_e(_w('drupal', 'any'))}</option>{options}</select></label>"
            f"<label>{_e(_w('drupal', 'numeral_filter'))} <select name='{tid_key}'>"
            f"<option value='All'>{_e(_w('drupal', 'any'))}</option>{terms}</select></label>"
            f"<input type='submit' value='{_e(_w('drupal', 'apply'))}'></form>"
        )
        if year_links and tid == "All":
            form += (
                "<ul class='bef-links'>"
                + "".join(
                    "<li>"
                    + _link(
                        view_url(y, tid, order, sort, 0), y if y != "All" else _w("drupal", "any")
                    )
                    + "</li>"
                    for y in ["All", *map(str, years)]
                )
                + "</ul>"
            )
        main = (
            f"<div class='view-filters'>{form}</div><div class='view-content'>"
            "<table class='views-table'>"
            f"<thead><tr>{heads}</tr></thead><tbody>{trs}</tbody></table></div>"
            f"<nav class='pager'>{' '.join(pager)}</nav>"
        )
        return shell(str(_w("page", "documents")), main, here)

    def count_pages(year: str, tid: str) -> int:
        total = sum(
            1
            for i, d in entries
            if (year == "All" or str(ups[id(d)].year) == year)
            and (tid == "All" or str(tids[i.numeral]) == tid)
        )
        return max(1, -(-total // per_page))

    for year in ["All", *map(str, years)]:
        for order in orders:
            for sort in ("asc", "desc"):
                for page in range(count_pages(year, "All")):
                    url = view_url(year, "All", order, sort, page)
                    _put(site, url, Resource(view_page(year, "All", order, sort, page, url)))
    for item in present:
        tid = str(tids[item.numeral])
        url = f"{view_path}?{tid_key}={tid}"
        _put(site, url, Resource(view_page("All", tid, "created", "desc", 0, url)))
        for order in orders:
            for sort in ("asc", "desc"):
                u = view_url("All", tid, order, sort, 0)
                _put(site, u, Resource(view_page("All", tid, order, sort, 0, u)))
    _put(site, view_path, Resource(view_page("All", "All", "created", "desc", 0, view_path)))
    # The calendar: 24 months back, 12 ahead, day pages for days with publications.
    by_day: dict[dt.date, list[tuple[Item, Doc]]] = {}
    for item, doc in entries:
        by_day.setdefault(ups[id(doc)], []).append((item, doc))
    months = []
    for back in range(24, -13, -1):
        index = today.year * 12 + today.month - 1 - back
        months.append((index // 12, index % 12 + 1))
    for number, (year, month) in enumerate(months):
        first = dt.date(year, month, 1)
        cells = ["<td></td>"] * first.weekday()
        day = first
        while day.month == month:
            events = by_day.get(day, [])
            text = str(day.day)
            if events:
                text = _link(f"/calendario/dia/{day.isoformat()}", str(day.day)) + "".join(
                    f"<div class='event'>{_link(f'/node/{nodes[i.numeral]}', d.name)}</div>"
                    for i, d in events
                )
            cells.append(f"<td>{text}</td>")
            day += dt.timedelta(days=1)
        weeks = "".join(f"<tr>{''.join(cells[i : i + 7])}</tr>" for i in range(0, len(cells), 7))
        nav = []
        if number > 0:
            y, m = months[number - 1]
            nav.append(_link(f"/calendario/{y}-{m:02d}", _w("drupal", "calendar_prev")))
        if number + 1 < len(months):
            y, m = months[number + 1]
            nav.append(_link(f"/calendario/{y}-{m:02d}", _w("drupal", "calendar_next")))
        head = "".join(f"<th>{_e(d)}</th>" for d in _w("drupal", "days"))
        main = (
            f"<h2>{_e(MESES[month - 1])} {year}</h2><div class='date-nav'>{' '.join(nav)}</div>"
            f"<table class='calendar'><tr>{head}</tr>{weeks}</table>"
        )
        path = f"/calendario/{year}-{month:02d}"
        _put(site, path, Resource(shell(str(_w("drupal", "calendar")), main, path)))
    for day, events in by_day.items():
        lis = "".join(
            f"<li>{_e(str(_w('drupal', 'published')).format(what=d.name))} — "
            f"{_link(f'/node/{nodes[i.numeral]}', i.label)}</li>"
            for i, d in events
        )
        path = f"/calendario/dia/{day.isoformat()}"
        main = f"<h2>{day_month_year(day)}</h2><ul>{lis}</ul>"
        _put(site, path, Resource(shell(str(_w("drupal", "calendar")), main, path)))
    for path in dict.fromkeys(logins):
        _put(site, login_url(path), Resource(login_page(path)))
    _home(site, index_alias)
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "aspnet": _aspnet,
    "liferay": _liferay,
    "sharepoint": _sharepoint,
    "drupal": _drupal,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 21 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)
