"""Template markup that pads a generated portal page to a realistic size.

Real municipal WordPress and Joomla pages weigh 30-150 KB, almost all of it theme: inline CSS
blocks, plugin scripts and settings, a mega-menu, inline SVG icons and a footer. ``Theme`` makes
that markup for one portal (deterministic from its seed) and ``Theme.pad`` wraps a page's own
markup in it up to a target size. The padding never adds words a catalogue label matches, dates,
or links to pages that do not exist, so the verdicts stay those of the unpadded design.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

_BODY_OPEN = re.compile(rb"<body[^>]*>", re.IGNORECASE)
_HEAD_CLOSE = re.compile(rb"</head>", re.IGNORECASE)
_BODY_CLOSE = re.compile(rb"</body>", re.IGNORECASE)

# Neutral menu labels: none is a catalogue label or names a transparency item.
MENU_LABELS = (
    "Inicio",
    "Municipio",
    "Historia",
    "Turismo",
    "Galería de fotos",
    "Videos",
    "Trámites en línea",
    "Servicios",
    "Agua y saneamiento",
    "Mercado municipal",
    "Cementerio",
    "Oficina de la Mujer",
    "Juventud",
    "Deportes",
    "Cultura",
    "Feria patronal",
    "Tren de aseo",
    "Biblioteca",
    "Contáctenos",
    "Mapa del sitio",
    "Boletín",
    "Agenda",
    "Eventos",
    "Comunicados",
    "Emergencias",
    "Bomberos",
    "Centro de salud",
    "Escuelas",
    "Aldeas y caseríos",
    "Clima",
    "Cómo llegar",
    "Preguntas frecuentes",
)
SOCIAL = ("facebook", "twitter", "instagram", "youtube", "whatsapp", "tiktok")
_PREFIXES = {
    "wordpress": ("wp-block-", "elementor-", "has-", "site-", "widget-", "entry-", "menu-"),
    "joomla": ("mod-", "moduletable", "nav-", "item-", "blog-", "t4-", "sppb-"),
    "bootstrap": ("btn-", "col-md-", "navbar-", "card-", "row-", "container-", "text-"),
}
_PARTS = [
    "header",
    "main",
    "nav",
    "link",
    "item",
    "title",
    "content",
    "wrapper",
    "inner",
    "button",
    "image",
    "caption",
    "gallery",
    "list",
    "column",
    "row",
    "footer",
    "widget",
    "social",
    "icon",
    "search",
    "form",
    "input",
    "label",
    "dropdown",
    "submenu",
    "toggle",
    "slide",
    "carousel",
    "banner",
    "logo",
    "brand",
    "meta",
    "date",
    "author",
    "tag",
    "card",
    "overlay",
    "modal",
    "badge",
    "alert",
]
_PROPERTIES: tuple[tuple[str, Callable[[random.Random], str]], ...] = (
    ("color", lambda r: f"#{r.randrange(0x1000000):06x}"),
    ("background-color", lambda r: f"#{r.randrange(0x1000000):06x}"),
    ("margin", lambda r: f"{r.randint(0, 40)}px {r.randint(0, 40)}px"),
    ("padding", lambda r: f".{r.randint(1, 9)}em {r.randint(0, 3)}.{r.randint(0, 9)}em"),
    ("font-size", lambda r: f"{r.choice(('.75', '.875', '1', '1.125', '1.5', '2'))}rem"),
    ("font-weight", lambda r: r.choice(("400", "500", "600", "700", "bold"))),
    ("line-height", lambda r: f"1.{r.randint(1, 8)}"),
    ("display", lambda r: r.choice(("flex", "block", "inline-block", "grid", "none"))),
    ("border-radius", lambda r: f"{r.randint(0, 12)}px"),
    ("transition", lambda r: f"all .{r.randint(1, 5)}s ease-in-out"),
    (
        "box-shadow",
        lambda r: f"0 {r.randint(0, 6)}px {r.randint(2, 20)}px rgba(0,0,0,.{r.randint(1, 4)})",
    ),
    ("width", lambda r: f"{r.randint(10, 100)}%"),
    ("max-width", lambda r: f"{r.choice((540, 720, 960, 1140, 1320))}px"),
    ("text-transform", lambda r: r.choice(("uppercase", "none", "capitalize"))),
    ("z-index", lambda r: str(r.randint(1, 9999))),
    ("justify-content", lambda r: r.choice(("center", "space-between", "flex-start"))),
)


class Theme:
    """One portal's theme markup, seeded; ``pad`` inserts it into pages."""

    def __init__(self, seed: int, family: str, site_name: str, inner_links: list[str]) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.prefixes = _PREFIXES[family]
        self.rules = [self._rule(rng) for _ in range(900)]
        self.script = self._script(rng, site_name)
        self.menu = self._menu(rng, inner_links)
        self.footer = self._footer(rng, site_name, inner_links)

    def _selector(self, rng: random.Random) -> str:
        parts = []
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(self.prefixes) + "-".join(rng.sample(_PARTS, rng.randint(1, 2)))
            parts.append("." + name.replace("--", "-"))
        pseudo = rng.choice(("", "", "", ":hover", ":focus", "::before", ">a", " li"))
        return " ".join(parts) + pseudo

    def _rule(self, rng: random.Random) -> str:
        selectors = ",".join(self._selector(rng) for _ in range(rng.randint(1, 3)))
        props = rng.sample(_PROPERTIES, rng.randint(2, 7))
        body = ";".join(f"{name}:{value(rng)}" for name, value in props)
        rule = f"{selectors}{{{body}}}"
        if rng.random() < 0.08:
            rule = f"@media (max-width:{rng.choice((576, 768, 992, 1200))}px){{{rule}}}"
        return rule

    @staticmethod
    def _script(rng: random.Random, site_name: str) -> str:
        settings = {
            "baseUrl": "https://s.w.org/images/core/emoji/14.0.0/72x72/",
            "ext": ".png",
            "svgUrl": "https://s.w.org/images/core/emoji/14.0.0/svg/",
            "svgExt": ".svg",
            "source": {"concatemoji": "/wp-includes/js/wp-emoji-release.min.js?ver=6.4.2"},
        }
        config = {
            "ajaxurl": "/wp-admin/admin-ajax.php",
            "nonce": f"{rng.getrandbits(40):010x}",
            "site": site_name,
            "i18n": {f"str{i}": f"{rng.choice(MENU_LABELS)}" for i in range(40)},
            "breakpoints": {"xs": 0, "sm": 576, "md": 768, "lg": 992, "xl": 1200},
        }
        functions = []
        for i in range(30):
            a, b, c = (rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))
            functions.append(
                f'function {a}{i}({b},{c}){{var n={b}.createElement("script");n.src={c},'
                f"n.defer=!0,{b}.head.appendChild(n);for(var r=0;r<{rng.randint(2, 64)};r++)"
                f"{c}=({c}<<{rng.randint(1, 7)})^{rng.getrandbits(24)};return {c}}}"
            )
        return (
            "<script>window._wpemojiSettings="
            + json.dumps(settings, separators=(",", ":"))
            + ";!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:"
            "(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}"
            '(window,document);</script>\n<script id="theme-js-extra">var themeConfig='
            + json.dumps(config, ensure_ascii=False, separators=(",", ":"))
            + ";\n"
            + "\n".join(functions)
            + "</script>\n"
        )

    @staticmethod
    def _menu(rng: random.Random, inner_links: list[str]) -> str:
        items = []
        for label in rng.sample(MENU_LABELS, 12):
            subs = "".join(
                f'<li class="menu-item menu-item-type-custom menu-item-{rng.randint(100, 9999)}">'
                f'<a href="{rng.choice(inner_links)}" class="menu-link">{sub}</a></li>'
                for sub in rng.sample(MENU_LABELS, rng.randint(2, 6))
            )
            items.append(
                '<li class="menu-item menu-item-has-children dropdown">'
                f'<a href="#" class="menu-link dropdown-toggle" aria-haspopup="true">{label}'
                '<span class="caret"></span></a>'
                f'<ul class="sub-menu dropdown-menu">{subs}</ul></li>'
            )
        search = (
            '<form role="search" method="get" class="search-form" action="/">'
            '<label><span class="screen-reader-text">Buscar:</span>'
            '<input type="search" class="search-field" placeholder="Buscar &hellip;" name="s">'
            '</label><input type="submit" class="search-submit" value="Buscar"></form>'
        )
        return (
            '<div id="top-bar" class="top-bar"><div class="container">'
            f'<nav class="mega-menu" aria-label="Menú principal"><ul class="menu">{"".join(items)}'
            f"</ul></nav>{search}</div></div>\n"
        )

    @staticmethod
    def _icon(rng: random.Random) -> str:
        points = " ".join(
            f"{rng.choice('MLCQ')}{rng.randint(0, 512)}.{rng.randint(0, 99)} "
            f"{rng.randint(0, 512)}.{rng.randint(0, 99)}"
            for _ in range(rng.randint(20, 60))
        )
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="20" height="20"'
            f' aria-hidden="true"><path d="{points}Z"></path></svg>'
        )

    def _footer(self, rng: random.Random, site_name: str, inner_links: list[str]) -> str:
        social = "".join(
            f'<li class="social-{name}"><a href="https://www.{name}.com/muni{rng.randint(1, 999)}"'
            f' target="_blank" rel="noopener">{self._icon(rng)}<span class="sr-only">{name}'
            "</span></a></li>"
            for name in SOCIAL
        )
        columns = "".join(
            '<div class="footer-col"><ul>'
            + "".join(
                f'<li><a href="{rng.choice(inner_links)}">{label}</a></li>'
                for label in rng.sample(MENU_LABELS, 6)
            )
            + "</ul></div>"
            for _ in range(4)
        )
        return (
            '<footer class="site-footer-widgets"><div class="container">'
            f'<ul class="social-links">{social}</ul>{columns}'
            f'<p class="site-info">{site_name} &copy; Todos los derechos reservados. '
            "Desarrollado con software libre.</p></div></footer>\n"
            '<a href="#" class="scroll-to-top" aria-label="Subir">' + self._icon(rng) + "</a>\n"
        )

    def pad(self, page: bytes, target: int, seed: int, encoding: str = "utf-8") -> bytes:
        """``page`` with the theme inserted, grown with inline CSS to about ``target`` bytes.

        ``encoding`` is the page's own: a Latin-1 page padded with UTF-8 would turn mixed.
        """
        head = _HEAD_CLOSE.search(page)
        body_open = _BODY_OPEN.search(page)
        body_close = _BODY_CLOSE.search(page)
        if head is None or body_open is None or body_close is None:
            return page
        fixed = len(page) + len(self.script) + len(self.menu) + len(self.footer)
        css = self._css(max(0, target - fixed - 40), seed)
        head_markup = f'<style id="theme-inline-css">{css}</style>\n{self.script}'
        return b"".join(
            (
                page[: head.start()],
                head_markup.encode(encoding, "xmlcharrefreplace"),
                page[head.start() : body_open.end()],
                self.menu.encode(encoding, "xmlcharrefreplace"),
                page[body_open.end() : body_close.start()],
                self.footer.encode(encoding, "xmlcharrefreplace"),
                page[body_close.start() :],
            )
        )

    def _css(self, size: int, seed: int) -> str:
        chunks: list[str] = []
        total = 0
        index = seed % len(self.rules)
        while total < size:
            rule = self.rules[index % len(self.rules)]
            chunks.append(rule)
            total += len(rule) + 1
            index += 1
        return "\n".join(chunks)
