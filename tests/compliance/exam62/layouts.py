"""Sixty-second exam: four portal layouts whose theme is PAGE FURNITURE AROUND AND AFTER THE ITEMS,
with the truth of every section.

Real municipal pages carry, besides the Article 10 items, what plugins and themes print into every
page, often right after the last item and sometimes inside the same content container: cookie
banners and preference centres (CookieYes / GDPR Cookie Consent with its cookie list "_ga | 1 año 1
mes 4 días", Complianz, Cookiebot's declaration table, "Política de cookies actualizada el
12/05/2021"), pop-ups (Popup Maker, Elementor Popups: "Informe de labores 2026", "Convocatoria"
with a date and a PDF), a WhatsApp chat button ("¿En qué podemos ayudarte?"), accessibility
toolbars (Pojo "Herramientas de accesibilidad", UserWay), newsletter forms ("Suscríbete"), share
bars (AddToAny), "Volver arriba", Google Translate's gadget, visitor counters, a date / weather
widget ("martes, 24 de noviembre de 2026, 23 °C") and "Última actualización del sitio" stamps.
Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is the furniture around them.

Truth conventions (a careful citizen reading every page): none of the furniture publishes an
item. An item's truth is what its own section shows (its heading / accordion tab / table row /
page, up to the next item): its documents, its own text, its empty or "No aplica" phrase or only
the law's text. A pop-up's PDF is the municipality's announcement, not a document of the item it
happens to follow; a cookie policy's date, a counter, the day's date or the site's update stamp
date no item; a newsletter form or share bar between two items is part of neither; an item the
site names nowhere is missing. Furniture is drawn per portal: which widgets, and each widget's
place: after ``</footer>`` (``tail``, where ``wp_footer`` prints), in the header, inside the
content container right after the last item (``content``), or between items (``between``: a
newsletter form after one item, "Volver arriba" after every item). Wording and markup:
``wording.toml`` here (sources there). Layouts:

* ``wordpress``: a WordPress page ``<div class="entry-content">`` of items, each a heading (h2 /
  h3 / h4 or a bold paragraph) followed by its words and a list of links or File blocks to
  ``/wp-content/uploads/<y>/<m>/…pdf``; AddToAny's share bar appended to the content.
* ``elementor``: an Elementor page whose accordion widget (``elementor-tab-title`` /
  ``elementor-tab-content``) holds one tab per item (sometimes split in two accordions with a
  furniture section between them), then more Elementor sections; Elementor popups
  (``data-elementor-type="popup"``) at the end of the body or inside the page's last section.
* ``joomla``: a Joomla index of items (``list-numerales``) each leading to its article page
  (``item-page``, ``articleBody`` with the words and documents, "Visitas: 345" hits); furniture as
  modules after the component on every page, inside ``<main>``, and the cookie bar after the
  footer.
* ``tabla``: one table "No. | Información | Documentos" (the law's text under the name, the phrase
  in the documents cell), then the furniture: Cookiebot's or CookieYes's cookie declaration as a
  second table after the items' table, a pop-up, a newsletter form, a counter.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
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
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("wordpress", "elementor", "joomla", "tabla")
EXAM62: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_INNER = {"wordpress": "wordpress", "elementor": "accordion", "joomla": "joomla", "tabla": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 120


def _w(section: str, key: str) -> Any:
    return EXAM62[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, counters, lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _words_date(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


# -- the furniture -------------------------------------------------------------------------------

# Where each widget may sit: ``tail`` after </footer>, ``header`` in the header, ``content``
# inside the content container after the last item, ``between`` between items.
_PLACES: dict[str, tuple[str, ...]] = {
    "cookie": ("tail", "tail", "content"),
    "popup": ("tail", "content"),
    "chat": ("tail",),
    "a11y": ("tail",),
    "newsletter": ("content", "between", "tail"),
    "share": ("content",),
    "top": ("content", "between"),
    "translate": ("header", "tail", "content"),
    "counter": ("content", "tail"),
    "weather": ("header", "content"),
    "stamp": ("content", "tail"),
}


@dataclass
class _Furniture:
    today: dt.date
    town: str
    name: str
    uploads: str  # the folder the site's uploads live in ("/wp-content/uploads", "/images")
    rng: random.Random
    kinds: dict[str, str] = field(default_factory=dict)  # widget -> its plugin / variant
    places: dict[str, str] = field(default_factory=dict)  # widget -> where it sits
    after: int = 0  # ``between`` newsletter: after which present item (index)
    popup_text: list[str] = field(default_factory=list)
    popup_day: dt.date = dt.date(2026, 1, 1)
    policy_day: dt.date = dt.date(2021, 5, 12)
    routes: Routes = field(default_factory=dict)

    def summary(self) -> str:
        return "+".join(f"{w}:{self.kinds[w]}@{self.places[w]}" for w in self.kinds)

    def at(self, place: str) -> str:
        return "".join(self.html(w) for w, p in self.places.items() if p == place)

    # Each widget's markup.
    def html(self, widget: str) -> str:
        return getattr(self, f"_{widget}")()  # type: ignore[no-any-return]

    def _cookie(self) -> str:
        policy = day_month_year(self.policy_day)
        kind = self.kinds["cookie"]
        if kind == "cli":
            buttons = list(_w("cli", "buttons"))
            cats = "".join(
                f'<div class="cli-tab-section"><div class="cli-tab-header">'
                f'<a role="button" tabindex="0" class="cli-nav-link cli-settings-mobile">'
                f'{_e(c)}</a><span class="cli-necessary-caption">{_e(s)}</span></div></div>'
                for c, s in _w("cli", "categories")
            )
            heads = "".join(f"<th>{_e(h)}</th>" for h in _w("cli", "head"))
            rows = "".join(
                "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>"
                for row in _w("cli", "rows")
            )
            stamp = str(self.rng.choice(list(_w("cli", "stamp")))).format(date=policy)
            return (
                '<!--googleoff: all--><div id="cookie-law-info-bar" data-nosnippet="true"'
                ' data-cli-style="cli-style-v2"><span><div class="cli-bar-container'
                f' cli-style-v2"><div class="cli-bar-message">{_e(self.cli_message)} '
                f'<a href="/politica-de-cookies/" id="CONSTANT_OPEN_URL" target="_blank"'
                f' class="cli-plugin-main-link">{_e(_w("cli", "more"))}</a></div>'
                '<div class="cli-bar-btn_container">'
                f'<a role="button" class="cli_settings_button">{_e(buttons[0])}</a> '
                f'<a role="button" id="cookie_action_close_header_reject"'
                f' class="medium cli-plugin-button cli-plugin-main-button'
                f' cookie_action_close_header_reject cli_action_button"'
                f' data-cli_action="reject">{_e(buttons[1])}</a> '
                f'<a role="button" data-cli_action="accept" id="cookie_action_close_header"'
                f' class="medium cli-plugin-button cli-plugin-main-button'
                f' cookie_action_close_header cli_action_button">{_e(buttons[2])}</a>'
                "</div></div></span></div>"
                f'<div id="cookie-law-info-again" data-nosnippet="true"><span'
                f' id="cookie_hdr_showagain">{_e(_w("cli", "again"))}</span></div>'
                '<div class="cli-modal" data-nosnippet="true" id="cliSettingsPopup"'
                ' tabindex="-1" role="dialog" aria-hidden="true"><div class="cli-modal-dialog"'
                ' role="document"><div class="cli-modal-content cli-bar-popup">'
                '<button type="button" class="cli-modal-close" id="cliModalClose">'
                '<span class="wt-cli-sr-only">Cerrar</span></button><div class="cli-modal-body">'
                f'<div class="cli-privacy-overview"><h4>{_e(_w("cli", "settings_title"))}</h4>'
                f'<div class="cli-privacy-content"><div class="cli-privacy-content-text">'
                f"{_e(_w('cli', 'settings_text'))}</div></div></div>"
                f'<div class="cli-tab-container">{cats}</div>'
                f'<table class="cookielawinfo-row-cat-table cookielawinfo-winter"><thead><tr>'
                f"{heads}</tr></thead><tbody>{rows}</tbody></table>"
                f'<p class="cli-policy-stamp">{_e(stamp)}</p></div>'
                f'<div class="cli-modal-footer"><a id="wt-cli-privacy-save-btn" role="button"'
                f' class="wt-cli-privacy-btn cli_setting_save_button wt-cli-privacy-accept-btn'
                f' cli-btn">{_e(_w("cli", "save"))}</a></div></div></div></div>'
                '<div class="cli-modal-backdrop cli-fade cli-settings-overlay"></div>'
                "<!--googleon: all-->"
            )
        if kind == "cmplz":
            buttons = list(_w("cmplz", "buttons"))
            cats = "".join(
                f'<details class="cmplz-category cmplz-{_slug(c)}"><summary>'
                f'<span class="cmplz-category-header"><span class="cmplz-category-title">{_e(c)}'
                f'</span><span class="cmplz-always-active">{_e(s)}</span></span></summary>'
                "</details>"
                for c, s in _w("cmplz", "categories")
            )
            links = "".join(
                f'<li><a class="cmplz-link" href="/{_slug(t)}/">{_e(t)}</a></li>'
                for t in _w("cmplz", "links")
            )
            return (
                f"<!-- {_w('cmplz', 'comment')} -->"
                '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner'
                " cmplz-hidden banner-1 optin cmplz-bottom-right"
                ' cmplz-categories-type-view-preferences" aria-modal="true"'
                ' data-nosnippet="true" role="dialog" aria-live="polite"'
                ' aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
                '<div class="cmplz-header"><div class="cmplz-logo"></div>'
                f'<div class="cmplz-title" id="cmplz-header-1-optin">{_e(_w("cmplz", "title"))}'
                '</div><div class="cmplz-close" tabindex="0" role="button"'
                ' aria-label="Cerrar ventana">×</div></div>'
                '<div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body">'
                f'<div class="cmplz-message" id="cmplz-message-1-optin">'
                f"<p>{_e(self.cmplz_message)}</p></div>"
                f'<div class="cmplz-categories">{cats}</div></div>'
                '<div class="cmplz-buttons">'
                f'<button class="cmplz-btn cmplz-accept">{_e(buttons[0])}</button>'
                f'<button class="cmplz-btn cmplz-deny">{_e(buttons[1])}</button>'
                f'<button class="cmplz-btn cmplz-view-preferences">{_e(buttons[2])}</button>'
                f'<button class="cmplz-btn cmplz-save-preferences">{_e(buttons[3])}</button>'
                f'</div><div class="cmplz-links cmplz-documents"><ul>{links}</ul></div>'
                "</div></div>"
            )
        heads = "".join(f"<th>{_e(h)}</th>" for h in _w("cookiebot", "head"))
        rows = "".join(
            "<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>"
            for row in _w("cookiebot", "rows")
        )
        tabs = "".join(
            f'<li><a class="CybotCookiebotDialogNavItemLink" href="#">{_e(t)}</a></li>'
            for t in _w("cookiebot", "tabs")
        )
        bot_buttons = "".join(
            f'<button class="CybotCookiebotDialogBodyButton">{_e(b)}</button>'
            for b in _w("cookiebot", "buttons")
        )
        stamp = str(_w("cookiebot", "stamp")).format(date=policy)
        return (
            '<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog"'
            ' aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"'
            ' tabindex="-1" lang="es" class="CybotCookiebotDialogActive"'
            ' style="display:none"><div class="CybotCookiebotDialogContentWrapper">'
            f'<nav class="CybotCookiebotDialogNav"><ul>{tabs}</ul></nav>'
            f'<h2 id="CybotCookiebotDialogBodyContentTitle">{_e(_w("cookiebot", "title"))}'
            f'</h2><div id="CybotCookiebotDialogBodyContentText">'
            f"{_e(_w('cookiebot', 'message'))}</div>"
            '<div class="CybotCookiebotDialogDetailBodyContentCookieTypeTableContainer">'
            f'<table class="CybotCookiebotDialogDetailBodyContentCookieTypeTable"><thead><tr>'
            f"{heads}</tr></thead><tbody>{rows}</tbody></table></div>"
            f'<div id="CybotCookiebotDialogDetailFooter">{_e(stamp)}</div>'
            f'<div id="CybotCookiebotDialogFooter">{bot_buttons}</div></div></div>'
        )

    def _popup(self) -> str:
        title, text, doc, button, path, banner = self.popup_text
        posted = str(self.rng.choice(list(_w("popup", "posted")))).format(
            date=_words_date(self.popup_day)
        )
        close = _e(str(self.rng.choice(list(_w("popup", "close")))))
        pid = self.rng.randint(900, 9900)
        if self.kinds["popup"] == "pum":
            return (
                f'<div id="pum-{pid}" class="pum pum-overlay pum-theme-{pid + 3}'
                f' pum-theme-lightbox popmake-overlay auto_open click_open"'
                f' data-popmake="{{&quot;id&quot;:{pid},&quot;slug&quot;:&quot;{_slug(title)}'
                f'&quot;}}" role="dialog" aria-modal="false"'
                f' aria-labelledby="pum_popup_title_{pid}" style="display:none">'
                f'<div id="popmake-{pid}" class="pum-container popmake theme-{pid + 3}'
                ' pum-responsive pum-responsive-medium responsive size-medium">'
                f'<div id="pum_popup_title_{pid}" class="pum-title popmake-title">{_e(title)}'
                '</div><div class="pum-content popmake-content" tabindex="0">'
                f'<p><img class="aligncenter" src="{_e(banner)}" alt="{_e(title)}"></p>'
                f"<p>{_e(text)}</p><p><em>{_e(posted)}</em></p>"
                f'<p><a href="{_e(path)}" target="_blank">{_e(button)}</a></p></div>'
                f'<button type="button" class="pum-close popmake-close" aria-label="Cerrar">'
                f"{close}</button></div></div>"
            )
        return (
            f'<div data-elementor-type="popup" data-elementor-id="{pid}"'
            f' class="elementor elementor-{pid} elementor-location-popup"'
            ' data-elementor-settings="{&quot;triggers&quot;:{&quot;page_load&quot;:&quot;yes'
            '&quot;}}"><div class="elementor-element e-con e-parent">'
            '<div class="elementor-element elementor-widget elementor-widget-heading">'
            f'<h2 class="elementor-heading-title elementor-size-default">{_e(title)}</h2></div>'
            '<div class="elementor-element elementor-widget elementor-widget-image">'
            f'<img src="{_e(banner)}" alt="{_e(title)}"></div>'
            '<div class="elementor-element elementor-widget elementor-widget-text-editor">'
            f"<p>{_e(text)}</p><p>{_e(posted)}</p></div>"
            '<div class="elementor-element elementor-widget elementor-widget-button">'
            f'<a class="elementor-button elementor-button-link elementor-size-sm"'
            f' href="{_e(path)}"><span class="elementor-button-text">{_e(button)}</span></a>'
            "</div></div></div>"
        )

    def _chat(self) -> str:
        phone = f"502{self.rng.randint(20000000, 59999999)}"
        tooltip = str(self.rng.choice(list(_w("chat", "tooltip"))))
        label = str(self.rng.choice(list(_w("chat", "open"))))
        text = str(_w("chat", "message")).replace(" ", "+")
        return (
            '<div class="joinchat joinchat--right joinchat--btn joinchat--show'
            ' joinchat--tooltip" data-settings="{&quot;telephone&quot;:&quot;'
            f'{phone}&quot;,&quot;mobile_only&quot;:false,&quot;button_delay&quot;:3}}">'
            f'<a href="https://wa.me/{phone}?text={_e(text)}" target="_blank"'
            ' rel="nofollow noopener"><div class="joinchat__button">'
            '<div class="joinchat__button__open"></div>'
            f'<div class="joinchat__button__sendtext">{_e(label)}</div>'
            f'<div class="joinchat__tooltip"><div>{_e(tooltip)}</div></div></div></a></div>'
        )

    def _a11y(self) -> str:
        if self.kinds["a11y"] == "userway":
            account = f"{self.rng.randrange(16**10):010x}"
            return (
                f'<script src="https://cdn.userway.org/widget.js" data-account="{account}">'
                '</script><div class="uwy userway_p1" data-uw-rm-ignore="">'
                f'<div class="userway_buttons_wrapper"><div role="button" tabindex="0"'
                f' aria-label="{_e(_w("a11y", "userway"))}" class="uai userway_dark">'
                f'<span class="userway-s3">{_e(_w("a11y", "userway"))}</span></div></div></div>'
            )
        title = _e(_w("a11y", "title"))
        tools = "".join(
            f'<li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link'
            f' pojo-a11y-btn-{_slug(t)}" data-action="{_slug(t)}" tabindex="-1">'
            f'<span class="pojo-a11y-toolbar-text">{_e(t)}</span></a></li>'
            for t in _w("a11y", "tools")
        )
        return (
            '<nav id="pojo-a11y-toolbar" class="pojo-a11y-toolbar-left" role="navigation">'
            '<div class="pojo-a11y-toolbar-toggle"><a class="pojo-a11y-toolbar-link'
            f' pojo-a11y-toolbar-toggle-link" href="javascript:void(0);" title="{title}">'
            f'<span class="pojo-sr-only sr-only">{_e(_w("a11y", "open"))}</span></a></div>'
            '<div class="pojo-a11y-toolbar-overlay"><div class="pojo-a11y-toolbar-inner">'
            f'<p class="pojo-a11y-toolbar-title">{title}</p>'
            f'<ul class="pojo-a11y-toolbar-items pojo-a11y-tools">{tools}</ul></div></div></nav>'
        )

    def _newsletter(self) -> str:
        fid = self.rng.randint(100, 999)
        return (
            f'<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-{fid}" method="post"'
            f' data-id="{fid}" data-name="Boletín"><div class="mc4wp-form-fields">'
            f"<h3>{_e(self.newsletter_title)}</h3><p>{_e(_w('newsletter', 'text'))}</p>"
            '<p><input type="email" name="EMAIL"'
            f' placeholder="{_e(_w("newsletter", "placeholder"))}"'
            f' required /></p><p><input type="submit" value="{_e(self.newsletter_button)}" />'
            '</p></div><div class="mc4wp-response"></div></form>'
        )

    def _share(self) -> str:
        url = f"https%3A%2F%2Fmuni{_slug(self.town).replace('-', '')}.gob.gt%2Ftransparencia%2F"
        links = "".join(
            f'<a class="a2a_button_{key}" href="https://www.addtoany.com/add_to/{key}?'
            f'linkurl={url}&amp;linkname=Transparencia" title="{_e(label)}"'
            ' rel="nofollow noopener" target="_blank"></a>'
            for key, label in _w("share", "networks")
        )
        return (
            '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
            f'<div class="addtoany_header">{_e(self.share_title)}</div>'
            f'<div class="a2a_kit a2a_kit_size_32 addtoany_list">{links}'
            '<a class="a2a_dd addtoany_share_save addtoany_share"'
            ' href="https://www.addtoany.com/share"></a></div></div>'
        )

    def _top(self) -> str:
        return (
            f'<p class="volver-arriba"><a href="#top" class="back-to-top">{_e(self.top_text)}'
            "</a></p>"
        )

    def _translate(self) -> str:
        options = "".join(
            f'<option value="{code}">{_e(name)}</option>'
            for code, name in _w("translate", "languages")
        )
        return (
            '<div id="google_translate_element"><div class="skiptranslate goog-te-gadget"'
            ' dir="ltr"><div><select class="goog-te-combo" aria-label="Widget de idiomas del'
            f' Traductor"><option value="">{_e(_w("translate", "select"))}</option>{options}'
            f"</select></div>{_e(_w('translate', 'powered'))} "
            '<span style="white-space:nowrap"><a class="VIpgJd-ZVi9od-l4eHX-hSRGPd"'
            f' href="https://translate.google.com" target="_blank">'
            f"{_e(_w('translate', 'brand'))}</a></span></div></div>"
        )

    def _counter(self) -> str:
        total = self.rng.randint(20000, 480000)
        today = self.rng.randint(15, 300)
        yesterday = self.rng.randint(15, 300)
        week = today + yesterday + self.rng.randint(40, 900)
        values = [today, yesterday, week, week + self.rng.randint(300, 3000), total]
        rows = "".join(
            f"<tr><td>{_e(r)}</td><td>{v:,}</td></tr>".replace(",", ".")
            for r, v in zip(_w("counter", "rows"), values, strict=True)
        )
        online = str(_w("counter", "online")).format(n=self.rng.randint(1, 9))
        return (
            '<div class="moduletable contador-visitas widget_visitor_counter">'
            f'<h3>{_e(self.counter_title)}</h3><table class="vvisit_counter">'
            f"<tbody>{rows}</tbody></table><p>{_e(online)}</p></div>"
        )

    def _weather(self) -> str:
        day = self.today
        text = str(_w("weather", "date")).format(
            weekday=_w("weather", "weekdays")[day.weekday()].capitalize(),
            d=day.day,
            mes=MESES[day.month - 1].lower(),
            yyyy=day.year,
        )
        now = str(self.rng.choice(list(_w("weather", "now")))).format(t=self.rng.randint(14, 29))
        return (
            '<div class="widget-fecha-clima"><span class="fecha-hoy">'
            f'{_e(text)}</span> <span class="clima">{_e(self.town)}, {_e(now)}</span></div>'
        )

    def _stamp(self) -> str:
        day = self.today - dt.timedelta(days=self.rng.randint(0, 6))
        text = str(self.rng.choice(list(_w("stamp", "text")))).format(date=day_month_year(day))
        return f'<p class="ultima-actualizacion"><small>{_e(text)}</small></p>'

    # Cosmetic choices fixed once per site.
    cli_message: str = ""
    cmplz_message: str = ""
    newsletter_title: str = ""
    newsletter_button: str = ""
    share_title: str = ""
    top_text: str = ""
    counter_title: str = ""


def _furniture(
    draw: st.DrawFn, today: dt.date, town: str, name: str, uploads: str, layout: str
) -> _Furniture:
    """Which widgets the site carries and where each sits (at least three of them, always a
    cookie banner or a pop-up)."""
    rng = _rng(draw)
    f = _Furniture(today, town, name, uploads, rng)
    widgets = [w for w in _PLACES if draw(st.integers(0, 2)) > 0]
    if "cookie" not in widgets and "popup" not in widgets:
        widgets.append(draw(st.sampled_from(["cookie", "popup"])))
    for extra in ("newsletter", "stamp", "share", "top"):
        if len(widgets) >= 3:
            break
        if extra not in widgets:
            widgets.append(extra)
    for widget in _PLACES:
        if widget not in widgets:
            continue
        places = _PLACES[widget]
        if layout == "joomla":
            places = tuple(p for p in places if p != "between") or ("content",)
        f.places[widget] = draw(st.sampled_from(list(places)))
        variants = {
            "cookie": ["cli", "cmplz", "cookiebot"],
            "popup": ["elementor"] if layout == "elementor" else ["pum", "elementor"],
            "a11y": ["pojo", "userway"],
        }.get(widget, ["std"])
        if layout in ("joomla", "tabla") and widget == "popup":
            variants = ["pum"]
        f.kinds[widget] = draw(st.sampled_from(variants))
    f.cli_message = str(_pick(draw, "cli", "message"))
    f.cmplz_message = str(_pick(draw, "cmplz", "message"))
    f.newsletter_title = str(_pick(draw, "newsletter", "title"))
    f.newsletter_button = str(_pick(draw, "newsletter", "button"))
    f.share_title = str(_pick(draw, "share", "title"))
    f.top_text = str(_pick(draw, "top", "text"))
    f.counter_title = str(_pick(draw, "counter", "title"))
    f.policy_day = dt.date(draw(st.integers(2019, 2023)), rng.randint(1, 12), rng.randint(1, 28))
    # The pop-up's announcement: posted a few days ago, its PDF and banner in the uploads.
    f.popup_day = today - dt.timedelta(days=rng.randint(1, 25))
    kind = list(_pick(draw, "popup", "kinds"))
    posted = f.popup_day
    fill = {
        "yyyy": posted.year,
        "next": posted.year + 1 if posted.month >= 11 else posted.year,
        "town": town,
    }
    title, text, doc, button = (str(part).format(**fill) for part in kind)
    folder = (
        f"{uploads}/{f.popup_day.year}/{f.popup_day.month:02d}"
        if uploads.startswith("/wp-content")
        else f"{uploads}/avisos"
    )
    path = f"{folder}/{file_stem(doc)}.pdf"
    banner = f"{folder}/banner-{_slug(title)}.jpg"
    f.popup_text = [title, text, doc, button, path, banner]
    if "popup" in f.places:
        f.routes[path] = Resource(
            b"%PDF-1.4 " + doc.encode() + b" " * 200, content_type="application/pdf"
        )
        f.routes[banner] = Resource(_JPEG, content_type="image/jpeg")
    return f


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    town: str
    index: str  # the transparency page's address
    title: str
    furniture: _Furniture
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def page(self, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> bytes:
        """A page of the site: header (with header widgets), the menu, ``<main>`` with the
        breadcrumb, the title and ``body``, the footer, then the ``tail`` widgets."""
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        head = self.furniture.at("header")
        tail = self.furniture.at("tail")
        html = (
            "<!doctype html><html lang='es-GT'><head><meta charset='utf-8'>"
            f"<title>{_e(title)} - {_e(self.name)}</title></head><body id='top'>"
            f"<header class='site-header'><p class='site-title'>{_e(self.name)}</p>{head}"
            f"{self.nav}</header><main id='main' class='site-main'>{trail}"
            f"<h1 class='entry-title'>{_e(title)}</h1>{body}</main>"
            f"<footer class='site-footer'><p>{_e(footer)}</p></footer>{tail}</body></html>"
        )
        return html.encode("utf-8")

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        self.routes[path] = Resource(self.page(title, body, crumbs))


def _site(draw: st.DrawFn, today: dt.date, index: str, uploads: str, layout: str) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    name = str(_w("site", "name")).format(town=town)
    title = str(_pick(draw, "site", "titles"))
    furniture = _furniture(draw, today, town, name, uploads, layout)
    site = _Site(name, town, index, title, furniture)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        ("Noticias", "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-navigation"><ul class="menu">{rows}</ul></nav>'
    site.routes.update(furniture.routes)
    return site


def _home(site: _Site) -> Routes:
    """The home page leading to the transparency page (its ``</main>`` is where the generator's
    noise may add a link)."""
    body = (
        f"<p>{_e(_w('site', 'welcome'))}</p>"
        f'<p><a href="{_e(site.index)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _move(items: list[Item], today: dt.date, draw: st.DrawFn, where: str) -> None:
    """Give every document the address the site gives an upload: WordPress's month folder,
    Joomla's images folder, or the generator's."""
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            up = uploaded(doc, today, lag + rng.randint(0, 8))
            stem = file_stem(doc.name)
            if where == "wp":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            elif where == "joomla":
                path = f"/images/transparencia/{item.numeral:02d}/{stem}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)


def _how(item: Item) -> str:
    if item.truth == "missing":
        return "ausente"
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _notes(portal: ExamPortal, site: _Site, present: list[Item]) -> None:
    f = site.furniture
    last = present[-1].numeral if present else 0
    before = present[f.after].numeral if present and f.places.get("newsletter") == "between" else 0
    for item in portal.items:
        where = "/ultimo" if item.numeral == last else ""
        where += "/antes-de-boletin" if item.numeral == before else ""
        portal.notes[item.numeral] = (
            f"{portal.layout}/{f.summary()}/{item_rhythm(item)}/{_how(item)}{where}"
        )


def _words(item: Item, law: bool = True) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item, law=law))


def _between(site: _Site, present: list[Item], index: int) -> str:
    """What sits after the ``index``-th item: "Volver arriba" after each item, the newsletter
    form after one of them."""
    f = site.furniture
    out = ""
    if f.places.get("top") == "between":
        out += f.html("top")
    if f.places.get("newsletter") == "between" and index == f.after:
        out += f.html("newsletter")
    return out


# -- wordpress -----------------------------------------------------------------------------------


def _wordpress(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/informacion-publica/", "/transparencia/"])))
    site = _site(draw, today, index, "/wp-content/uploads", "wordpress")
    _move(items, today, draw, "wp")
    present = _present(items)
    site.furniture.after = draw(st.integers(0, max(0, len(present) - 2)))
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    files = draw(st.sampled_from(["list", "file"]))
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for k, item in enumerate(present):
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f'<{tag} class="wp-block-heading">{_e(item.label)}</{tag}>'
        )
        if files == "file":
            docs = "".join(
                f'<div class="wp-block-file"><a href="{_e(d.path)}">{_e(d.name)}</a>'
                f'<a href="{_e(d.path)}" class="wp-block-file__button" download>Descargar</a>'
                "</div>"
                for d in item.docs
            )
        else:
            links = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
            docs = f"<ul>{links}</ul>" if links else ""
        parts.append(head + _words(item) + docs + _between(site, present, k))
    content = "".join(parts) + site.furniture.at("content")
    body = (
        f'<article id="post-{draw(st.integers(40, 4000))}" class="page type-page status-publish">'
        f'<div class="entry-content">{content}</div></article>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, site, present)
    return _home(site)


# -- elementor -----------------------------------------------------------------------------------


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/informacion-publica-de-oficio/", "/ley-de-acceso/"])))
    site = _site(draw, today, index, "/wp-content/uploads", "elementor")
    _move(items, today, draw, "wp")
    present = _present(items)
    f = site.furniture
    f.after = draw(st.integers(0, max(0, len(present) - 2)))
    rng = _rng(draw)
    base = rng.randint(1100, 9800)
    split = f.places.get("newsletter") == "between"

    def widget(inner: str, kind: str) -> str:
        wid = f"{rng.randrange(16**7):07x}"
        return (
            f'<div class="elementor-element elementor-element-{wid} elementor-widget'
            f' elementor-widget-{kind}" data-id="{wid}" data-element_type="widget"'
            f' data-widget_type="{kind}.default"><div class="elementor-widget-container">'
            f"{inner}</div></div>"
        )

    def section(inner: str) -> str:
        sid = f"{rng.randrange(16**7):07x}"
        return (
            f'<section class="elementor-section elementor-top-section elementor-element'
            f' elementor-element-{sid} elementor-section-boxed" data-id="{sid}"'
            ' data-element_type="section"><div class="elementor-container elementor-column-gap-'
            'default"><div class="elementor-column elementor-col-100 elementor-top-column">'
            f'<div class="elementor-widget-wrap elementor-element-populated">{inner}</div></div>'
            "</div></section>"
        )

    def accordion(chunk: Sequence[Item], start: int) -> str:
        tabs = []
        for k, item in enumerate(chunk, start=start):
            n = base + k
            links = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
            docs = f"<ul>{links}</ul>" if links else ""
            tabs.append(
                '<div class="elementor-accordion-item">'
                f'<div id="elementor-tab-title-{n}" class="elementor-tab-title" data-tab="{k + 1}"'
                f' role="tab" aria-controls="elementor-tab-content-{n}" aria-expanded="false">'
                '<span class="elementor-accordion-icon elementor-accordion-icon-left"'
                ' aria-hidden="true"><span class="elementor-accordion-icon-closed">'
                '<i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened">'
                '<i class="fas fa-minus"></i></span></span>'
                f'<a class="elementor-accordion-title" href="">{_e(item.label)}</a></div>'
                f'<div id="elementor-tab-content-{n}" class="elementor-tab-content'
                f' elementor-clearfix" data-tab="{k + 1}" role="tabpanel"'
                f' aria-labelledby="elementor-tab-title-{n}">{_words(item)}{docs}</div></div>'
            )
        inner = f'<div class="elementor-accordion" role="tablist">{"".join(tabs)}</div>'
        return widget(inner, "accordion")

    intro = widget(
        f'<div class="elementor-text-editor"><p>{_e(_w("site", "subtitle"))}</p>'
        f"<p>{_e(WORDING['article']['opening']['text'])}</p></div>",
        "text-editor",
    )
    sections = [section(intro)]
    if split:
        cut = f.after + 1
        sections.append(section(accordion(present[:cut], 0)))
        sections.append(section(widget(f.html("newsletter"), "shortcode")))
        sections.append(section(accordion(present[cut:], cut)))
    else:
        sections.append(section(accordion(present, 0)))
    inside = f.at("content")
    if f.places.get("top") == "between":
        inside = f.html("top") + inside
    if inside:
        # The page's last section: the widgets the site's editor put under the accordion.
        sections.append(section(widget(inside, "html")))
    body = (
        f'<div data-elementor-type="wp-page" data-elementor-id="{base}"'
        f' class="elementor elementor-{base}">{"".join(sections)}</div>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, site, present)
    return _home(site)


# -- joomla --------------------------------------------------------------------------------------


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/index.php/transparencia", "/index.php/articulo-10"])))
    site = _site(draw, today, index, "/images", "joomla")
    _move(items, today, draw, draw(st.sampled_from(["joomla", "generator"])))
    present = _present(items)
    f = site.furniture
    rng = _rng(draw)
    links = []
    modules = f.at("content")
    for item in present:
        path = f"{index}/{item.numeral}-{_slug(item.plain)[:40]}"
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        docs = "".join(
            f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>' for d in item.docs
        )
        hits = ""
        if "counter" in f.places:
            hits = (
                '<dl class="article-info muted"><dd class="hits"><span class="icon-eye-open">'
                f"</span> {_e(str(_w('counter', 'hits')).format(n=rng.randint(12, 2400)))}</dd>"
                "</dl>"
            )
        body = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{_e(item.label)}</h2></div>'
            f'{hits}<div itemprop="articleBody">{_words(item)}'
            f"{f'<ul>{docs}</ul>' if docs else ''}</div></div>"
            f'<div class="moduletable-after">{modules}</div>'
        )
        site.put(path, item.label, body, [(site.title, index), (item.label, "")])
    body = (
        f'<div class="item-page"><div itemprop="articleBody"><p>{_e(_w("site", "subtitle"))}'
        f"</p><p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="list-numerales">{"".join(links)}</ul></div></div>'
        f'<div class="moduletable-after">{modules}</div>'
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, site, present)
    return _home(site)


# -- tabla ---------------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/", "/informacion-publica-de-oficio/"])))
    site = _site(draw, today, index, "/wp-content/uploads", "tabla")
    _move(items, today, draw, draw(st.sampled_from(["wp", "generator"])))
    present = _present(items)
    f = site.furniture
    # No furniture between table rows: "between" widgets go under the table.
    for widget, place in list(f.places.items()):
        if place == "between":
            f.places[widget] = "content"
    link_text = draw(st.sampled_from(["name", "Descargar", "Ver"]))
    rows = []
    for item in present:
        name = f"<strong>{_e(item.label)}</strong>"
        if item.law_text:
            name += f"<br><small>{_e(item.law_text)}</small>"
        if item.docs:
            cell = "<br>".join(
                f'<a href="{_e(d.path)}" target="_blank">'
                f"{_e(d.name if link_text == 'name' else link_text)}</a>"
                for d in item.docs
            )
        else:
            cell = _e(" ".join(t for t in (item.own_text, item.phrase) if t))
        if item.updated:
            cell += f"<br><em>{_e(item.updated)}</em>"
        rows.append(f"<tr><td>{item.numeral}</td><td>{name}</td><td>{cell}</td></tr>")
    body = (
        f"<p>{_e(_w('site', 'subtitle'))}</p><p>{_e(WORDING['article']['opening']['text'])}</p>"
        '<table class="tabla-transparencia"><thead><tr><th>No.</th><th>Información</th>'
        f"<th>Documentos</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"{f.at('content')}"
    )
    site.put(index, site.title, f'<div class="entry-content">{body}</div>', [(site.title, "")])
    _notes(portal, site, present)
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "wordpress": _wordpress,
    "elementor": _elementor,
    "joomla": _joomla,
    "tabla": _tabla,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 62 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
