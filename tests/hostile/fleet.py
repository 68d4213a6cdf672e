"""A fleet of hostile and broken portals, each on its own loopback address, for one ``check`` run.

Every portal misbehaves in one way (or hides one misbehaving page behind a healthy home page).
``TRAPS`` lists the addresses a portal points at that must never be contacted: a counting
listener on another loopback address (and on ``::1`` when IPv6 is available), the cloud metadata
address and a private network address.
"""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from dataclasses import dataclass, field

import trustme

from monitor.compliance.assess import guatemala_today
from monitor.config import CrawlSettings, MonitorSettings
from tests.hostile.servers import (
    CountingListener,
    ServerThread,
    brotli_zeros,
    drip,
    encoded,
    endless,
    gzip_zeros,
    html,
    http10,
)
from tests.probes.servers import (
    Handler,
    LoopbackServer,
    raw,
    redirect,
    reset_mid_body,
    respond,
    stall,
)

# Caps small enough to keep the run short; a time budget that outlasts the seconds the big pages'
# parsing and judging hold the event loop (see test_hostile_pages' starvation test), so that
# every crawl's result is its own portal's doing.
MONITOR = MonitorSettings(timeout=2.0, max_body_bytes=600_000, max_redirects=5)
CRAWL = CrawlSettings(time_budget=15.0, max_pages=25, max_depth=3, max_page_bytes=600_000)
BOMB_MEGABYTES = 200  # expands to over 300x the byte caps above
IDN_HOST = "municipalidad-peñas.gt"
IDN_ASCII = IDN_HOST.encode("idna").decode("ascii")
METADATA = "169.254.169.254"
PRIVATE = "10.0.0.1"
MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


@dataclass
class HostileFleet:
    """The running fleet: portal URLs by slug, their servers, and the traps never to be hit."""

    urls: dict[str, str] = field(default_factory=dict)
    servers: dict[str, LoopbackServer] = field(default_factory=dict)
    traps: list[CountingListener] = field(default_factory=list)
    ca: trustme.CA = field(default_factory=lambda: trustme.CA(organization_name="CA de prueba"))
    idn: dict[str, str] = field(default_factory=dict)  # punycode host -> loopback address

    @property
    def hosts(self) -> set[str]:
        """The loopback addresses the portals listen on: the only ones check may contact."""
        return {server.host for server in self.servers.values()}


def budget_page(today: dt.date | None = None) -> str:
    """A section publishing this month's budget execution report, in Spanish with accents."""
    today = today or guatemala_today()
    month = f"{MONTHS[today.month - 1]} {today.year}"
    return (
        "<h1>Información pública de oficio</h1>"
        "<h2>Ejecución presupuestaria</h2>"
        "<table><tr><th>Período</th><th>Descripción</th></tr>"
        f"<tr><td>{month}</td><td>Ejecución de ingresos y egresos, {month}, "
        "con el detalle por renglón y unidad ejecutora.</td></tr></table>"
    )


def _tls(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


def ipv6_loopback() -> bool:
    """Whether ``::1`` can be bound here."""
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True


def start_fleet(thread: ServerThread, *, first_address: int = 10) -> HostileFleet:
    """Start every hostile portal in ``thread`` and return where they are."""
    fleet = HostileFleet()
    addresses = iter(range(first_address, 250))
    trap = thread.count_connections("127.0.0.3")
    fleet.traps.append(trap)
    traps = [trap.url("/"), f"http://{METADATA}/latest/meta-data/", f"http://{PRIVATE}/admin"]
    if ipv6_loopback():
        ipv6 = thread.count_connections("::1")
        fleet.traps.append(ipv6)
        traps.append(ipv6.url("/"))

    def add(slug: str, routes: dict[str, Handler], tls: ssl.SSLContext | None = None) -> str:
        server = thread.serve(routes, f"127.0.0.{next(addresses)}", tls)
        fleet.servers[slug] = server
        fleet.urls[slug] = server.url("/")
        return fleet.urls[slug]

    def linking(*paths: str) -> Handler:
        links = "".join(f'<li><a href="{p}">Numeral {i}</a></li>' for i, p in enumerate(paths))
        return html(f"{budget_page()}<ul>{links}</ul>")

    gzip_bomb, br_bomb = gzip_zeros(BOMB_MEGABYTES), brotli_zeros(BOMB_MEGABYTES)
    add("sano", {"/": html(budget_page())})
    add("bomba-gzip", {"/": encoded(gzip_bomb, "gzip")})
    add("bomba-br", {"/": encoded(br_bomb, "br")})
    add(
        "bomba-en-pagina",
        {
            "/": linking("/gzip.html", "/br.html"),
            "/gzip.html": encoded(gzip_bomb, "gzip"),
            "/br.html": encoded(br_bomb, "br"),
        },
    )
    add("cuerpo-infinito", {"/": linking("/infinito"), "/infinito": endless()})
    add("goteo", {"/": linking("/goteo"), "/goteo": drip(b"<p>Goteo lento</p>", 0.2)})
    add("bucle", {"/": redirect("/a"), "/a": redirect("/b"), "/b": redirect("/a")})

    # http -> https -> http on one address: a loop, and a chain that ends on a page.
    for slug, first, second, last in (
        ("esquemas-bucle", "/", "/", "/"),
        ("esquemas-cadena", "/", "/paso", "/fin"),
    ):
        host = f"127.0.0.{next(addresses)}"
        tls_routes: dict[str, Handler] = {}
        secure = thread.serve(tls_routes, host, _tls(fleet.ca.issue_cert(host)))
        plain_routes: dict[str, Handler] = {first: redirect(secure.url(second))}
        plain = thread.serve(plain_routes, host)
        tls_routes[second] = redirect(plain.url(last))
        if last != first:
            plain_routes[last] = html(budget_page())
        fleet.servers[slug], fleet.servers[f"{slug}-tls"] = plain, secure
        fleet.urls[slug] = plain.url("/")

    add("redirige-a-otra-ip", {"/": redirect(trap.url("/"))})
    add("redirige-a-metadatos", {"/": redirect(traps[1])})
    add("redirige-a-privada", {"/": redirect(traps[2], 301)})
    if len(traps) > 3:
        add("redirige-a-ipv6", {"/": redirect(traps[3], 308)})
    trap_links = "".join(f'<a href="{url}">Numeral 8 Ejecución presupuestaria</a>' for url in traps)
    add(
        "enlaces-privados",
        {
            "/": html(budget_page() + trap_links + '<a href="/salida">Salida</a>'),
            "/salida": redirect(traps[1], 307),
        },
    )
    add("html-como-pdf", {"/": html(budget_page(), content_type="application/pdf")})
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 64
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 256
    add(
        "tipos-mentirosos",
        {
            "/": linking("/informe", "/imagen"),
            "/informe": respond(200, pdf, {"Content-Type": "text/html"}),
            "/imagen": respond(200, png, {"Content-Type": "image/png"}),
        },
    )
    add("png-en-portada", {"/": respond(200, png, {"Content-Type": "image/png"})})
    add(
        "cp1252-como-utf8",
        {"/": html(budget_page(), charset="cp1252", content_type="text/html; charset=utf-8")},
    )
    add(
        "utf8-como-cp1252",
        {"/": html(budget_page(), content_type="text/html; charset=windows-1252")},
    )
    add(
        "utf8-invalido",
        {"/": respond(200, budget_page().encode().replace(b"</td>", b"\xff</td>\xc3("))},
    )
    add("anidado", {"/": html("<div>" * 50_000 + budget_page() + "</div>" * 50_000)})
    add("linea-mega", {"/": html(budget_page() + "<p>" + "transparencia " * 75_000 + "</p>")})
    many = "".join(f'<a href="/p/{i}">Página {i}</a>' for i in range(20_000))
    add("miles-de-enlaces", {"/": html(budget_page() + many)})
    odd = [
        "/%zz", "/%00", "/a%2", "/" + "x" * 20_000, "\\\\backslash\\path", "/ruta/ñandú",
        "/%C3%B1and%C3%BA", "//127.0.0.3/", "http://xn--mnchen-3ya.de/", "http://münchen.de/",
        "http:///sin-host", "http://[::1", "http://127.0.0.1:99999/", "https://[fe80::1%25eth0]/",
        f"http://{METADATA}:80@127.0.0.3/", "http://2130706435/", "http://0x7f.1/",
        "javascript:alert(1)", "data:text/html,hola", "mailto:alcalde@muni.gt", "\x00/nulo",
    ]  # fmt: skip
    add("escapes-raros", {"/": html(budget_page() + "".join(f'<a href="{u}">x</a>' for u in odd))})
    fleet.idn[IDN_ASCII] = f"127.0.0.{next(addresses)}"
    idn_server = thread.serve(
        {"/": linking("/informacion", f"http://{IDN_ASCII}/"), "/informacion": html(budget_page())},
        fleet.idn[IDN_ASCII],
    )
    fleet.servers["idn"] = idn_server
    fleet.urls["idn"] = f"http://{IDN_HOST}:{idn_server.port}/"
    now = dt.datetime.now(dt.UTC)
    rogue = trustme.CA(organization_name="Autofirmado")
    for slug in ("tls-vencido", "tls-autofirmado", "tls-otro-host"):
        host = f"127.0.0.{next(addresses)}"
        if slug == "tls-vencido":
            day = dt.timedelta(days=1)
            cert = fleet.ca.issue_cert(host, not_before=now - 60 * day, not_after=now - day)
        else:
            cert = (rogue if slug == "tls-autofirmado" else fleet.ca).issue_cert(
                host if slug == "tls-autofirmado" else "otro.example"
            )
        server = thread.serve({"/": html(budget_page())}, host, _tls(cert))
        fleet.servers[slug], fleet.urls[slug] = server, server.url("/")
    add("http-1-0", {"/": http10(_page("/uno")), "/uno": http10(_page())})
    add("reinicio", {"/": linking("/corte"), "/corte": reset_mid_body(5000, 100_000)})
    add("mudo", {"/": stall()})
    add("pagina-muda", {"/": linking("/mudo"), "/mudo": stall()})
    add("basura", {"/": raw(b"\x16\x03\x01\x02\x00 not http at all\r\n\r\n")})
    robots = b"User-agent: *\n" + b"Disallow: /privado/\n" * 400_000
    add(
        "robots-enorme",
        {
            "/": linking("/uno"),
            "/uno": html(budget_page()),
            "/robots.txt": respond(200, robots, {"Content-Type": "text/plain"}),
        },
    )
    add(
        "robots-binario",
        {
            "/": linking("/uno"),
            "/uno": html(budget_page()),
            "/robots.txt": respond(200, png, {"Content-Type": "text/plain"}),
        },
    )
    return fleet


def _page(link: str | None = None) -> bytes:
    anchor = f'<a href="{link}">Numeral 8</a>' if link else ""
    return f"<html><body>{budget_page()}{anchor}</body></html>".encode()
