"""Sixty-third exam: three portal layouts whose theme is DOCUMENTS BEHIND GATES, with the truth of
every section.

Real municipal and ministry sites often put an item's documents behind something a citizen must
get past, or cannot get past: WordPress Download Manager packages locked by a login, a password,
an e-mail address, a captcha or a terms click-through; password-protected WordPress pages;
members-only pages; HTTP 401 (Basic auth) and 403 (Forbidden) on document folders; countdown
download pages; a "Solicitar documento" request form offered instead of the document. Items
(truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); each portal mixes gated and open items, the open
ones keeping the drawn truth. ``Resource`` answers carry the 401 / 403 statuses and
``portal.headers`` the ``WWW-Authenticate`` header, so the kit's ``ExamServer`` serves them.

Truth conventions (what a careful citizen gets without credentials):

* A gate the citizen cannot pass without credentials stands where the item's content should be:
  a login (WPDM's "Inicie sesión para descargar", a members-only page's login form at 200), a
  password (WPDM's password lock, a password-protected WordPress page), an e-mail lock (the link
  is mailed, the page never gives the file), a captcha lock (read as the brief reads it: a
  challenge the citizen cannot pass), an HTTP 401 or 403 on the document or on the item's
  folder. The item is found (named, listed), but what it announces is not delivered: its
  documents, or its page, fail. Truth ``broken``, whatever was drawn behind the gate (an empty
  or "No aplica" item behind a password page is ``broken`` too: the citizen cannot read it). The
  documents behind such a gate are never linked where a citizen could open them (not served at
  all, or answering 401 / 403).
* A gate the citizen passes by a click delivers: a terms lock ("Acepto los términos y
  condiciones", then the real link on the package page) and a countdown page ("Su descarga
  comenzará en 5 segundos", a ``<meta http-equiv="refresh">`` and a "haga clic aquí" link to
  the file). The item keeps its drawn truth (``ok`` / ``outdated`` / ``broken`` when the file
  behind the countdown is gone).
* Partly gated: when only an item's older documents are locked (WPDM) or answer 401 (intranet)
  and its newest document is open, the item keeps its drawn truth (the newest document decides
  whether it is current).
* "Solicitar documento": an item whose documents are replaced by a note sending the citizen to
  the information office's request form ("Para obtener este documento, complete el formulario…"
  and a button to ``/solicitud-de-informacion/``) publishes nothing itself and announces no
  document: truth ``empty`` (a request is what the law's Article 10 spares the citizen).
* Never-published items are ``missing`` (``unknown`` when the generator's noise makes a page
  answer 500).

Wording and markup: ``wording.toml`` here (sources there). Layouts:

* ``paquetes``: one WordPress page (Masagua-like "PORTAL WEB DE TRANSPARENCIA…"), a heading per
  item, its words, and one WordPress Download Manager card per document (title linking to the
  package page ``/download/<slug>/``, "1 archivo(s)", size, a "Descargar" button). Per item a
  gate: open (the button is ``/download/<slug>/?wpdmdl=<id>&refresh=…``, served with
  Content-Disposition), terms (the button is WPDM's locked ``#pkg_<id>_<uniq>``; the package
  page holds the terms, the "Acepto…" checkbox and the real link), login / password / e-mail /
  captcha (the button ``#pkg_…``; the package page a lock form and no link), or partial (older
  packages login-locked, the newest open).
* ``protegidas``: a WordPress index of child pages, one page per item (``/transparencia/<slug>/``)
  with its words and ``/wp-content/uploads/<y>/<m>/…pdf`` links. Per item: open; a
  password-protected page ("Protegido: …", WordPress's ``post-password-form``); a members-only
  page ("Acceso restringido", a login form, answered 200); "Solicitar documento" instead of the
  documents; or countdown links (``/descargar/?id=<n>``, the interstitial page refreshing to the
  file).
* ``intranet``: one table "No. | Información | Documentos" on a custom municipal site. Per item
  with documents: open links (``/transparencia/documentos/<nn>/…pdf``); links answering 401 with
  ``WWW-Authenticate: Basic`` (``/intranet/documentos/<nn>/…pdf``) or 403 (Apache's Forbidden);
  a "Ver documentos" link to the item's folder answering 401 or 403; a "Ver documentos" link to
  a login page at 200 ("Acceso restringido"); countdown links (``/descarga.php?id=<n>``); or
  partial (the newest document open, older ones 401).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("paquetes", "protegidas", "intranet")
EXAM63: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_INNER = {"paquetes": "wordpress", "protegidas": "wordpress", "intranet": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_HTML = "text/html; charset=UTF-8"
_LATIN = "text/html; charset=iso-8859-1"


def _w(section: str, key: str) -> Any:
    return EXAM63[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, sizes, counters), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _error(key: str, host: str) -> bytes:
    return str(_w("errors", key)).replace("{host}", host).encode("utf-8")


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item))


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _newest(item: Item) -> Doc:
    return max(item.docs, key=lambda d: d.modified or dt.date.min)


def _shut(item: Item) -> None:
    """A gate the citizen cannot pass: the item is found, its content not delivered."""
    item.truth = "broken"
    for doc in item.docs:
        doc.ok = False


class _Site:
    """A municipality's site: name, menu, page frame."""

    def __init__(self, draw: st.DrawFn, index: str) -> None:
        self.town = str(_pick(draw, "site", "towns"))
        self.name = str(_w("site", "name")).format(town=self.town)
        self.title = str(_pick(draw, "site", "titles"))
        self.index = index
        self.host = f"www.muni{_slug(self.town).replace('-', '')}.gob.gt"
        self.routes: Routes = {}
        links = [
            (str(_w("site", "home")), "/"),
            (self.title, index),
            ("Noticias", "/noticias/"),
            (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        ]
        rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
        self.nav = f'<nav class="main-navigation"><ul class="menu">{rows}</ul></nav>'

    def page(
        self, title: str, body: str, crumbs: list[tuple[str, str]] | None, head: str = ""
    ) -> bytes:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        html = (
            "<!doctype html><html lang='es-GT'><head><meta charset='utf-8'>"
            f"<title>{_e(title)} - {_e(self.name)}</title>{head}</head><body>"
            f"<header class='site-header'><p class='site-title'>{_e(self.name)}</p>"
            f"{self.nav}</header><main id='main' class='site-main'>{trail}"
            f"<h1 class='entry-title'>{_e(title)}</h1>{body}</main>"
            f"<footer class='site-footer'><p>{_e(footer)}</p></footer></body></html>"
        )
        return html.encode("utf-8")

    def put(
        self,
        path: str,
        title: str,
        body: str,
        crumbs: list[tuple[str, str]] | None,
        head: str = "",
    ) -> None:
        self.routes[path] = Resource(self.page(title, body, crumbs, head), content_type=_HTML)

    def home(self) -> Routes:
        body = (
            f"<p>{_e(_w('site', 'welcome'))}</p>"
            f'<p><a href="{_e(self.index)}">{_e(self.title)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
        )
        self.put("/", self.name, body, None)
        return self.routes


def _wp_paths(items: list[Item], today: dt.date, draw: st.DrawFn) -> None:
    """WordPress month-folder addresses for every document."""
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 8))
            path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"
            doc.path = unique(path, seen)


def _countdown(site: _Site, path: str, doc: Doc, seconds: int, back: str, draw: st.DrawFn) -> None:
    """The interstitial page at ``path`` that sends the browser to ``doc.path``."""
    wait = str(_pick(draw, "countdown", "wait")).format(n=seconds)
    click = str(_pick(draw, "countdown", "click"))
    title = str(_pick(draw, "countdown", "title"))
    head = f'<meta http-equiv="refresh" content="{seconds};url={_e(doc.path)}">'
    body = (
        '<div class="descarga-espera">'
        f'<p class="nombre-archivo"><strong>{_e(doc.name)}</strong></p>'
        f'<p>{_e(wait)} <span id="contador">{seconds}</span></p>'
        f'<p><a href="{_e(doc.path)}" class="enlace-directo">{_e(click)}</a></p>'
        f'<p><a href="{_e(back)}">{_e(_w("countdown", "back"))}</a></p></div>'
        f"<script>var s={seconds};setInterval(function(){{if(s>0){{s--;"
        "document.getElementById('contador').textContent=s;}}},1000);</script>"
    )
    site.put(path, title, body, None, head)


# -- paquetes: WordPress Download Manager ----------------------------------------------------------

_WPDM_LOCKS = ("login", "password", "email", "captcha")
_WPDM_GATES = ("open", "open", "open", "terms", "login", "password", "email", "captcha", "partial")


def _paquetes(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/informacion-publica/", "/transparencia/"])))
    site = _Site(draw, index)
    rng = _rng(draw)
    _wp_paths(items, today, draw)
    button = str(_pick(draw, "wpdm", "button"))
    login_msg = str(_pick(draw, "wpdm", "login_msg"))
    tag = str(draw(st.sampled_from(["h2", "h3", "h4"])))
    counter = draw(st.integers(300, 4000))
    files = str(_w("wpdm", "files")).format(count=1)
    parts = [
        f"<p>{_e(_w('site', 'subtitle'))}</p>",
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>",
    ]

    def size() -> str:
        if rng.random() < 0.6:
            return str(_w("wpdm", "size")[0]).format(kb=rng.randint(90, 990))
        return str(_w("wpdm", "size")[1]).format(mb=f"{rng.randint(1, 19)},{rng.randint(1, 9)}")

    def lock_form(kind: str, pid: int, slug: str) -> str:
        if kind == "login":
            return (
                f'<div class="alert alert-warning">{_e(login_msg)}</div>'
                '<form name="loginform" id="loginform" action="/wp-login.php" method="post"'
                ' class="login-form"><div class="panel panel-default"><div class="panel-heading">'
                f'<b>{_e(_w("wpdm", "login_title"))}</b></div><div class="panel-body">'
                f'<p class="login-username"><label for="user_login">{_e(_w("wpdm", "login_user"))}'
                '</label><input type="text" name="wpdm_login[log]" id="user_login"'
                ' class="form-control input required text" value="" size="20"></p>'
                f'<p class="login-password"><label for="user_pass">'
                f'{_e(_w("wpdm", "login_pass"))}</label><input type="password"'
                ' name="wpdm_login[pwd]" id="user_pass" class="form-control input required'
                ' password" value="" size="20"></p><p class="login-remember"><label><input'
                ' name="rememberme" type="checkbox" id="rememberme" value="forever"> '
                f"{_e(_w('wpdm', 'login_remember'))}</label></p>"
                f'<p class="login-submit"><button type="submit" class="btn btn-primary">'
                f"{_e(_w('wpdm', 'login_title'))}</button></p>"
                f'<input type="hidden" name="redirect_to" value="/download/{slug}/"></div></div>'
                "</form>"
            )
        if kind == "password":
            msg = str(rng.choice(list(_w("wpdm", "password_msg"))))
            return (
                f"<div class='package-locks'><form id='wpdmdlf_{pid}' method='post'"
                " action='/' class='wpdm-password-lock'>"
                f"<input type='hidden' name='__wpdm_ID' value='{pid}'>"
                f"<p>{_e(msg)}</p><div class='input-group'><input type='password'"
                f" class='form-control' name='password' id='password_{pid}'"
                f" placeholder='{_e(_w('wpdm', 'login_pass'))}'><span class='input-group-btn'>"
                f"<button type='submit' class='btn btn-secondary wpdm_submit'>"
                f"{_e(_w('wpdm', 'password_button'))}</button></span></div></form></div>"
            )
        if kind == "email":
            msg = str(rng.choice(list(_w("wpdm", "email_msg"))))
            return (
                f"<div class='package-locks'><form id='wpdmdlf_{pid}' method='post' action='/'"
                " class='wpdm-email-lock'>"
                f"<input type='hidden' name='__wpdm_ID' value='{pid}'><p>{_e(msg)}</p>"
                "<input type='email' class='form-control' name='email' required"
                " placeholder='correo@ejemplo.com'>"
                f"<button type='submit' class='btn btn-primary'>{_e(_w('wpdm', 'email_button'))}"
                f"</button><p class='text-muted'><small>{_e(_w('wpdm', 'email_note'))}</small></p>"
                "</form></div>"
            )
        key = f"6L{rng.randrange(16**12):012x}AAAAA{rng.randrange(16**8):08x}"
        return (
            "<div class='package-locks'><div class='panel panel-default'>"
            f"<div class='panel-heading'>{_e(button)}</div>"
            "<div class='panel-body wpdm-social-locks text-center'>"
            f"<p>{_e(_w('wpdm', 'captcha_msg'))}</p>"
            f"<div id='reCaptchaLock_{pid}' class='g-recaptcha' data-sitekey='{key}'></div>"
            "<script src='https://www.google.com/recaptcha/api.js?hl=es' async defer></script>"
            "</div></div></div>"
        )

    for item in _present(items):
        gates = list(_WPDM_GATES)
        gate = str(draw(st.sampled_from(gates))) if item.docs else "none"
        if gate == "partial" and len(item.docs) < 2:
            gate = "open"
        newest = _newest(item) if item.docs else None
        kinds: dict[int, str] = {}
        for k, doc in enumerate(item.docs):
            if gate == "partial":
                kinds[k] = "open" if doc is newest else "login"
            else:
                kinds[k] = gate
        if gate in _WPDM_LOCKS:
            _shut(item)
        elif gate == "partial":
            for k, doc in enumerate(item.docs):
                if kinds[k] == "login":
                    doc.ok = False
        cards = []
        for k, doc in enumerate(item.docs):
            counter += 1
            pid = counter
            slug = _slug(doc.name)
            package = f"/download/{slug}-{pid}/"
            link = f"{package}?wpdmdl={pid}&refresh={rng.randrange(16**13):013x}"
            kind = kinds[k]
            if kind in ("open", "terms"):
                if doc.ok:
                    portal.headers[link] = {
                        "Content-Disposition": f'attachment; filename="{file_stem(doc.name)}.pdf"'
                    }
                doc.path = link
            else:
                # Never linked: WPDM hands the address out only after the lock is passed.
                doc.path = f"{package}?wpdmdl={pid}"
            sz = size()
            if kind == "open":
                btn = (
                    f"<a class='wpdm-download-link btn btn-primary' rel='nofollow' href='#'"
                    f" onclick=\"location.href='{_e(link)}';return false;\">"
                    f"<i class='fas fa-download'></i>{_e(button)}</a>"
                    f'<noscript><a href="{_e(link)}">{_e(button)}</a></noscript>'
                )
                area = btn
            else:
                uniq = f"{rng.randrange(16**13):013x}"
                btn = (
                    f'<a href="#pkg_{pid}_{uniq}" data-package="{pid}" class="wpdm-download-link'
                    f" wpdm-download-locked btn btn-primary\"><i class='fas fa-lock'></i>"
                    f"{_e(button)}</a>"
                )
                if kind == "terms":
                    area = (
                        f'<div class="wpdm-terms-lock" id="wpdm-terms-{pid}"><h4>'
                        f"{_e(_pick(draw, 'wpdm', 'terms_title'))}</h4><div"
                        f' class="wpdm-terms-conditions"><p>{_e(_w("wpdm", "terms_text"))}</p>'
                        f'</div><label><input type="checkbox" class="wpdm-checkbox terms_checkbox'
                        f' terms_checkbox_{pid}"> {_e(_w("wpdm", "terms_check"))}</label>'
                        f'<div class="wpdm-download-button" id="wpdm-btn-{pid}">'
                        f'<a class="wpdm-download-link btn btn-success" rel="nofollow"'
                        f' href="{_e(link)}" data-downloadurl="{_e(link)}">{_e(button)}</a>'
                        "</div></div>"
                    )
                else:
                    area = lock_form(kind, pid, f"{slug}-{pid}")
            downloads = str(_w("wpdm", "downloads")).format(n=rng.randint(0, 240))
            info = (
                '<table class="table wpdm-package-info"><tbody>'
                f"<tr><td>Archivos</td><td>{_e(files)}</td></tr>"
                f"<tr><td>Tamaño</td><td>{_e(sz)}</td></tr>"
                f"<tr><td>Descargas</td><td>{_e(downloads)}</td></tr></tbody></table>"
            )
            body = (
                f'<div class="w3eden"><div class="wpdm-package-details">{info}'
                f'<div class="wpdm-download-area">{area}</div></div></div>'
            )
            site.put(package, doc.name, body, [(site.title, index), (doc.name, "")])
            cards.append(
                '<div class="w3eden"><div class="link-template-default card mb-2">'
                '<div class="card-body"><div class="media"><div class="mr-3 img-48"><img'
                ' src="/wp-content/plugins/download-manager/assets/file-type-icons/pdf.svg"'
                ' alt="pdf"></div><div class="media-body"><h3 class="package-title">'
                f'<a href="{_e(package)}">{_e(doc.name)}</a></h3><div class="text-muted'
                f' text-small"><i class="fas fa-copy"></i> {_e(files)} <i class="fas fa-hdd'
                f' ml-3"></i> {_e(sz)}</div></div><div class="ml-3">{btn}</div></div></div>'
                "</div></div>"
            )
        parts.append(
            f'<{tag} class="wp-block-heading">{_e(item.label)}</{tag}>'
            + _words(item)
            + "".join(cards)
        )
        portal.notes[item.numeral] = f"paquetes/{gate}/{_how(item)}"
    body = (
        f'<article class="page type-page status-publish"><div class="entry-content">'
        f"{''.join(parts)}</div></article>"
    )
    site.put(index, site.title, body, [(site.title, "")])
    return site.home()


# -- protegidas: password-protected and members-only WordPress pages ------------------------------

_PAGE_GATES = ("open", "open", "open", "open", "password", "members", "request", "countdown")


def _protegidas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/", "/informacion-publica-de-oficio/"])))
    site = _Site(draw, index)
    rng = _rng(draw)
    _wp_paths(items, today, draw)
    request_path = "/solicitud-de-informacion/"
    seconds = draw(st.sampled_from([3, 5, 10]))
    ids = draw(st.integers(100, 900))
    links = []
    asks: list[str] = []  # the request form's addresses, one per item offered on request
    for item in _present(items):
        gate = str(draw(st.sampled_from(list(_PAGE_GATES))))
        if gate in ("request", "countdown") and not item.docs:
            gate = "open"
        path = f"{index}{_slug(item.plain)[:50]}-{item.numeral}/"
        links.append(f'<li class="page_item"><a href="{_e(path)}">{_e(item.label)}</a></li>')
        crumbs = [(site.title, index), (item.label, "")]
        post = rng.randint(200, 9000)
        if gate == "password":
            _shut(item)
            text = str(rng.choice(list(_w("wp", "protected_text"))))
            body = (
                f'<article id="post-{post}" class="page type-page status-publish'
                f' post-password-required"><div class="entry-content">'
                f'<form action="/wp-login.php?action=postpass" class="post-password-form"'
                f' method="post"><p>{_e(text)}</p><p><label for="pwbox-{post}">'
                f'{_e(_w("wp", "protected_label"))} <input name="post_password"'
                f' id="pwbox-{post}" type="password" spellcheck="false" size="20"></label>'
                f' <input type="submit" name="Submit" value="{_e(_w("wp", "protected_button"))}">'
                "</p></form></div></article>"
            )
            title = str(_w("wp", "protected_title")).format(title=item.label)
            site.put(path, title, body, crumbs)
        elif gate == "members":
            _shut(item)
            body = (
                f'<article id="post-{post}" class="page type-page status-publish">'
                '<div class="entry-content"><div class="restricted-content alert alert-warning">'
                f"<h3>{_e(_pick(draw, 'wp', 'members_title'))}</h3>"
                f"<p>{_e(_pick(draw, 'wp', 'members_text'))}</p>"
                '<form name="loginform" id="loginform" action="/wp-login.php" method="post">'
                f'<p><label for="user_login">{_e(_w("wpdm", "login_user"))}</label>'
                '<input type="text" name="log" id="user_login" size="20"></p>'
                f'<p><label for="user_pass">{_e(_w("wpdm", "login_pass"))}</label>'
                '<input type="password" name="pwd" id="user_pass" size="20"></p>'
                '<p><input type="submit" name="wp-submit"'
                f' value="{_e(_w("wp", "members_button"))}">'
                f'<input type="hidden" name="redirect_to" value="{_e(path)}"></p></form>'
                f'<p><a href="/wp-login.php?action=lostpassword">{_e(_w("wp", "lost"))}</a></p>'
                "</div></div></article>"
            )
            site.put(path, item.label, body, crumbs)
        else:
            docs = ""
            if gate == "request":
                # The documents are offered on request only: nothing of them is published.
                item.docs = []
                item.updated = ""
                item.truth = "empty"
                asks.append(f"{request_path}?numeral={item.numeral}")
                docs = (
                    f'<div class="solicitud"><p>{_e(_pick(draw, "request", "note"))}</p>'
                    f'<p><a class="btn btn-primary" href="{request_path}?numeral={item.numeral}">'
                    f"{_e(_pick(draw, 'request', 'button'))}</a></p></div>"
                )
            elif gate == "countdown":
                rows = []
                for doc in item.docs:
                    ids += 1
                    step = f"/descargar/?id={ids}"
                    _countdown(site, step, doc, seconds, path, draw)
                    rows.append(f'<li><a href="{_e(step)}">{_e(doc.name)}</a></li>')
                docs = f"<ul>{''.join(rows)}</ul>"
            elif item.docs:
                rows = [f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs]
                docs = f"<ul>{''.join(rows)}</ul>"
            body = (
                f'<article id="post-{post}" class="page type-page status-publish">'
                f'<div class="entry-content">{_words(item)}{docs}</div></article>'
            )
            site.put(path, item.label, body, crumbs)
        portal.notes[item.numeral] = f"protegidas/{gate}/{_how(item)}"
    fields = "".join(
        f'<p><label>{_e(f)}<br><input type="text" name="campo-{k}" size="40"></label></p>'
        for k, f in enumerate(_w("request", "fields"))
    )
    # The form page answers whatever ``numeral`` follows its address (WordPress ignores it).
    for ask in [request_path, *asks]:
        site.put(
            ask,
            str(_w("request", "form_title")),
            f'<form class="wpcf7-form" method="post" action="{request_path}">{fields}'
            f'<p><input type="submit" value="{_e(_w("request", "send"))}"></p></form>',
            [(str(_w("request", "form_title")), "")],
        )
    body = (
        f"<p>{_e(_w('site', 'subtitle'))}</p>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="subpaginas">{"".join(links)}</ul><p>{_e(_w("site", "ask"))}</p>'
    )
    site.put(index, site.title, f'<div class="entry-content">{body}</div>', [(site.title, "")])
    return site.home()


# -- intranet: 401 / 403 answers, login pages, countdown pages ------------------------------------

_ROW_GATES = (
    "open",
    "open",
    "open",
    "file401",
    "file403",
    "folder401",
    "folder403",
    "login",
    "countdown",
    "partial",
)


def _intranet(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/articulo-10.php", "/ley-de-acceso/"])))
    site = _Site(draw, index)
    realm = str(_pick(draw, "intranet", "realm"))
    see = str(_pick(draw, "intranet", "see"))
    seconds = draw(st.sampled_from([3, 5, 5, 10]))
    ids = draw(st.integers(1000, 9000))
    seen: set[str] = set()
    login_path = "/usuarios/acceso.php"
    logins: list[str] = []

    def deny(path: str, status: int) -> None:
        if status == 401:
            site.routes[path] = Resource(_error("apache_401", site.host), 401, _LATIN)
            portal.headers[path] = {"WWW-Authenticate": f'Basic realm="{realm}"'}
        else:
            site.routes[path] = Resource(_error("apache_403", site.host), 403, _LATIN)

    rows = []
    for item in _present(items):
        gate = str(draw(st.sampled_from(list(_ROW_GATES)))) if item.docs else "none"
        if gate == "partial" and len(item.docs) < 2:
            gate = "file401"
        nn = f"{item.numeral:02d}"
        newest = _newest(item) if item.docs else None
        for doc in item.docs:
            stem = file_stem(doc.name)
            secret = gate in ("file401",) or (gate == "partial" and doc is not newest)
            folder = "/intranet/documentos" if secret else "/transparencia/documentos"
            doc.path = unique(f"{folder}/{nn}/{stem}.pdf", seen)
        cell = ""
        if gate in ("file401", "file403", "folder401", "folder403", "login"):
            _shut(item)
        if gate in ("folder401", "folder403", "login"):
            if gate == "login":
                target = f"{login_path}?redirect=/transparencia/documentos/{nn}/"
                logins.append(target)
            elif gate == "folder401":
                target = f"/intranet/transparencia/{nn}/"
                deny(target, 401)
            else:
                target = f"/transparencia/documentos/{nn}/"
                deny(target, 403)
            cell = f'<a href="{_e(target)}">{_e(see)}</a>'
        elif item.docs:
            links = []
            for doc in item.docs:
                href = doc.path
                if gate == "countdown":
                    ids += 1
                    href = f"/descarga.php?id={ids}"
                    _countdown(site, href, doc, seconds, index, draw)
                elif gate == "file401" or (gate == "partial" and doc is not newest):
                    doc.ok = False
                    deny(doc.path, 401)
                elif gate == "file403":
                    deny(doc.path, 403)
                links.append(f'<a href="{_e(href)}" target="_blank">{_e(doc.name)}</a>')
            cell = "<br>".join(links)
        else:
            cell = _e(" ".join(t for t in (item.own_text, item.phrase) if t))
        if item.updated:
            cell += f"<br><em>{_e(item.updated)}</em>"
        name = f"<strong>{_e(item.label)}</strong>"
        if item.law_text:
            name += f"<br><small>{_e(item.law_text)}</small>"
        rows.append(f"<tr><td>{item.numeral}</td><td>{name}</td><td>{cell}</td></tr>")
        portal.notes[item.numeral] = f"intranet/{gate}/{_how(item)}"
    if logins:
        body = (
            '<div class="acceso"><div class="alert alert-danger">'
            f"<h3>{_e(_pick(draw, 'intranet', 'login_title'))}</h3>"
            f"<p>{_e(_pick(draw, 'intranet', 'login_text'))}</p></div>"
            f'<form method="post" action="{login_path}"><p><label>'
            f'{_e(_w("wpdm", "login_user"))}<input type="text" name="usuario"></label></p>'
            f'<p><label>{_e(_w("wpdm", "login_pass"))}<input type="password" name="clave">'
            f'</label></p><p><button type="submit">{_e(_w("intranet", "login_button"))}'
            "</button></p></form></div>"
        )
        page = site.page(str(_w("intranet", "login_title")[0]), body, None)
        # The login page answers 200 whatever ``redirect`` follows it.
        for target in [login_path, *logins]:
            site.routes[target] = Resource(page, content_type=_HTML)
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("intranet", "head"))
    body = (
        f"<p>{_e(_w('site', 'subtitle'))}</p><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<table class="tabla-transparencia" border="1"><thead><tr>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table><p>{_e(_w('site', 'ask'))}</p>"
    )
    site.put(index, site.title, f'<div class="contenido">{body}</div>', [(site.title, "")])
    return site.home()


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "paquetes": _paquetes,
    "protegidas": _protegidas,
    "intranet": _intranet,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 63 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
