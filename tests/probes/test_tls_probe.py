"""Certificate facts and TLS failures, against a real TLS server on loopback (trustme CA)."""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from collections.abc import AsyncIterator

import httpx
import pytest
import trustme
from cryptography import x509

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.probes.http import probe
from monitor.probes.tls import fetch_certificate
from tests.probes.servers import LoopbackServer, closed_port, redirect, respond

HOME = b"<html>Portal de transparencia</html>"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA(organization_name="Autoridad de Prueba")


@pytest.fixture
def settings() -> MonitorSettings:
    return MonitorSettings(timeout=2.0)


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


def expiry(cert: trustme.LeafCert) -> dt.datetime:
    leaf = x509.load_pem_x509_certificate(cert.cert_chain_pems[0].bytes())
    return leaf.not_valid_after_utc


@pytest.fixture
async def trusting_client(
    ca: trustme.CA, settings: MonitorSettings
) -> AsyncIterator[httpx.AsyncClient]:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    async with build_client(settings, verify=context) as client:
        yield client


def portal(url: str) -> PortalConfig:
    return PortalConfig(slug="munitls", name="Municipalidad TLS", url=url)


async def test_a_trusted_certificate_is_up_with_expiry_issuer_and_tls_phase(
    ca: trustme.CA, trusting_client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    cert = ca.issue_cert("127.0.0.1", common_name="munitls.laip.gt")
    async with LoopbackServer({"/": respond(200, HOME)}, tls=server_context(cert)) as server:
        result = await probe(trusting_client, portal(server.url()), settings)
    assert result.up, result.error_detail
    assert result.tls is not None
    assert result.tls.expires_at == expiry(cert)
    assert result.tls.issuer is not None and "Autoridad de Prueba" in result.tls.issuer
    assert result.tls.subject == "munitls.laip.gt"
    assert "tls" in result.phases


async def test_an_untrusted_certificate_is_tls_with_its_facts_still_reported(
    ca: trustme.CA, settings: MonitorSettings
) -> None:
    cert = ca.issue_cert("127.0.0.1")
    async with (
        LoopbackServer({"/": respond(200, HOME)}, tls=server_context(cert)) as server,
        build_client(settings) as client,
    ):
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error) == (False, "tls")
    assert result.error_detail is not None and "certificate" in result.error_detail
    assert result.tls is not None
    assert result.tls.expires_at == expiry(cert)
    assert result.tls.issuer is not None and "Autoridad de Prueba" in result.tls.issuer


async def test_a_certificate_for_another_host_is_tls(
    ca: trustme.CA, trusting_client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    cert = ca.issue_cert("otro.laip.gt")
    async with LoopbackServer({"/": respond(200, HOME)}, tls=server_context(cert)) as server:
        result = await probe(trusting_client, portal(server.url()), settings)
    assert (result.up, result.error) == (False, "tls")
    assert result.error_detail is not None and "127.0.0.1" in result.error_detail
    assert result.tls is not None and result.tls.subject == "otro.laip.gt"


async def test_an_expired_certificate_is_tls_with_its_past_expiry(
    ca: trustme.CA, trusting_client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    now = dt.datetime.now(dt.UTC)
    cert = ca.issue_cert(
        "127.0.0.1", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=3)
    )
    async with LoopbackServer({"/": respond(200, HOME)}, tls=server_context(cert)) as server:
        result = await probe(trusting_client, portal(server.url()), settings)
    assert (result.up, result.error) == (False, "tls")
    assert result.error_detail is not None and "expired" in result.error_detail
    assert result.tls is not None and result.tls.expires_at == expiry(cert)
    assert result.tls.expires_at < now


async def test_plain_http_on_an_https_url_is_tls(
    trusting_client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async def plain_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(plain_http, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        result = await probe(trusting_client, portal(f"https://127.0.0.1:{port}/"), settings)
    assert (result.up, result.error, result.tls) == (False, "tls", None)
    assert result.error_detail is not None and "TLS handshake failed" in result.error_detail


async def test_a_redirect_from_http_to_https_reports_the_https_certificate(
    ca: trustme.CA, trusting_client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    cert = ca.issue_cert("127.0.0.1")
    async with (
        LoopbackServer({"/": respond(200, HOME)}, tls=server_context(cert)) as secure,
        LoopbackServer({"/": redirect(secure.url(), 301)}) as plain,
    ):
        result = await probe(trusting_client, portal(plain.url()), settings)
    assert result.up
    assert result.final_url == secure.url()
    assert result.tls is not None and result.tls.expires_at == expiry(cert)


async def test_fetching_a_certificate_from_a_closed_port_gives_nothing() -> None:
    assert await fetch_certificate("127.0.0.1", closed_port(), 1.0) is None
