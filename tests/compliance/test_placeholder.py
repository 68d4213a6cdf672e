"""A home page that is not the portal (maintenance, a server's default page, a suspended account,
a parked domain, a bot check) is an outage: never every item ``missing``.

The placeholder pages are written as the software that serves them prints them (sources in
``monitor/compliance/placeholder.py``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.net.client import build_client
from monitor.store.models import CrawlRun, SectionState
from tests.compliance.fleet.server import LoopbackServer, Resource

TODAY = dt.date(2026, 11, 24)

JOOMLA_OFFLINE = """<!DOCTYPE html><html lang="es-es"><head><meta charset="utf-8">
<title>Municipalidad de San José</title></head><body><div id="frame" class="outline">
<h1>Municipalidad de San José</h1>
<p>Sistema cerrado por tareas de mantenimiento.<br />Por favor, inténtelo nuevamente más tarde.</p>
<form action="/index.php" method="post" id="form-login"><fieldset class="input">
<p id="form-login-username"><label for="username">Usuario</label><input name="username"
id="username" type="text" class="inputbox" alt="Usuario" size="18" /></p>
<p id="form-login-password"><label for="passwd">Contraseña</label><input type="password"
name="password" class="inputbox" size="18" alt="Contraseña" id="passwd" /></p>
<p id="submit-buton"><input type="submit" name="Submit" class="button" value="Identificarse" />
</p></fieldset></form></div></body></html>"""

WORDPRESS_MAINTENANCE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Maintenance</title></head><body><h1>Briefly unavailable for scheduled maintenance. Check
back in a minute.</h1></body></html>"""

NGINX_DEFAULT = """<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>
<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed
and working. Further configuration is required.</p><p>For online documentation and support please
refer to <a href="http://nginx.org/">nginx.org</a>.<br/>Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p><p><em>Thank you for using nginx.</em></p>
</body></html>"""

APACHE_DEFAULT = """<!DOCTYPE html><html><head><title>Apache2 Debian Default Page: It works</title>
</head><body><div class="main_page"><div class="page_header floating_element">
<span class="floating_element">Apache2 Debian Default Page</span></div>
<div class="section_header">It works!</div><p>This is the default welcome page used to test the
correct operation of the Apache2 server after installation on Debian systems.</p></div>
</body></html>"""

SUSPENDED = """<html><head><title>Account Suspended</title></head><body>
<h1>This Account has been suspended.</h1><p>Contact your hosting provider for more information.
</p><a href="https://hosting.example/soporte">Soporte</a></body></html>"""

BOT_CHECK = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>
<body><div class="main-wrapper"><h1>muni.gob.gt</h1><p>Checking your browser before accessing
muni.gob.gt.</p><noscript>Enable JavaScript and cookies to continue</noscript></div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>"""


def config_for(url: str) -> Config:
    return Config(portals=(PortalConfig(slug="muni", name="Muni", url=url + "/"),))


async def assess(url: str) -> ComplianceResult:
    config = config_for(url)
    async with build_client(config.monitor) as client:
        return await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (JOOMLA_OFFLINE, "a maintenance notice"),
        (WORDPRESS_MAINTENANCE, "a maintenance notice"),
        (NGINX_DEFAULT, "a web server's default page"),
        (APACHE_DEFAULT, "a web server's default page"),
        (SUSPENDED, "a hosting provider's suspended-account page"),
        (BOT_CHECK, "a bot check"),
    ],
    ids=["joomla-offline", "wordpress", "nginx", "apache", "suspended", "bot-check"],
)
async def test_a_home_page_that_is_not_the_portal_is_an_outage_not_every_item_missing(
    body: str, kind: str
) -> None:
    with LoopbackServer({"/": Resource(body.encode(), 200)}) as portal:
        result = await assess(portal.url)
    assert result.stats.unreachable
    assert result.stats.error is not None and kind in result.stats.error
    assert {v.status for v in result.verdicts} <= {"unknown", "not_applicable"}


async def test_a_home_page_speaking_of_maintenance_is_still_the_portal() -> None:
    menu = (
        "".join(f'<li><a href="/ip/{n}/">Numeral {n}</a></li>' for n in (1, 2, 14))
        + '<li><a href="/contacto/">Contacto</a></li>'
    )
    home = (
        "<html><head><title>Municipalidad de San José</title></head><body>"
        f"<ul>{menu}</ul><p>Contratos de mantenimiento de equipo y vehículos.</p></body></html>"
    )
    with LoopbackServer({"/": Resource(home.encode(), 200)}) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


async def test_a_splash_page_leading_into_the_portal_is_the_portal() -> None:
    splash = (
        "<html><head><title>Municipalidad de San José - Bienvenidos</title></head><body>"
        '<h1>Bienvenidos</h1><a href="/inicio/">Entrar</a></body></html>'
    )
    inside = '<html><body><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></body></html>'
    routes = {"/": Resource(splash.encode(), 200), "/inicio/": Resource(inside.encode(), 200)}
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


def test_check_keeps_every_verdict_while_the_portal_shows_a_maintenance_page(
    tmp_path: Path, sqlite_url: str
) -> None:
    home = '<html><body><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></body></html>'
    with LoopbackServer({"/": Resource(home.encode(), 200)}) as portal:
        config = tmp_path / "portals.toml"
        config.write_text(
            f'[[portals]]\nslug = "muni"\nname = "Muni"\nurl = "{portal.url}/"\n',
            encoding="utf-8",
        )
        args = ["check", "--config", str(config), "--db", sqlite_url]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 0, first.output
        engine = create_engine(sqlite_url)
        with engine.connect() as conn:
            before = dict(conn.execute(select(SectionState.section_id, SectionState.status)).all())
        portal.routes["/"] = Resource(JOOMLA_OFFLINE.encode(), 200)
        second = CliRunner().invoke(app, args)
        assert second.exit_code == 0, second.output
    with engine.connect() as conn:
        after = dict(conn.execute(select(SectionState.section_id, SectionState.status)).all())
        last = conn.execute(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).one()
    engine.dispose()
    assert before["art10.n22"] == "missing"
    assert after == before
    assert last.status == "unreachable"
    assert "maintenance notice" in (last.error or "")
