"""Edge cases of the probe that a loopback server cannot easily stage, with respx."""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.probes.http import probe
from monitor.probes.result import ProbeResult
from tests.probes.servers import closed_port

SETTINGS = MonitorSettings(timeout=1.0)
HOME = "http://muniejemplo.test/"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with build_client(SETTINGS) as client:
        yield client


def portal(url: str = HOME) -> PortalConfig:
    return PortalConfig(slug="muniejemplo", name="Municipalidad de Ejemplo", url=url)


async def probe_raising(
    error: httpx.HTTPError, cause: BaseException, url: str = HOME
) -> ProbeResult:
    """Probe through a transport raising ``error`` from ``cause``, as httpx does for OS errors.

    (httpx.MockTransport rather than respx: respx replaces an exception's ``__cause__``.)
    """

    def handler(request: httpx.Request) -> httpx.Response:
        raise error from cause

    async with build_client(SETTINGS, transport=httpx.MockTransport(handler)) as client:
        return await probe(client, portal(url), SETTINGS)


@respx.mock
async def test_a_redirect_to_another_public_host_is_followed(client: httpx.AsyncClient) -> None:
    respx.get(HOME).respond(301, headers={"Location": "https://www.muniejemplo.test/inicio"})
    respx.get("https://www.muniejemplo.test/inicio").respond(200, text="hola")
    result = await probe(client, portal(), SETTINGS)
    assert result.up
    assert (result.redirects, result.final_url) == (1, "https://www.muniejemplo.test/inicio")


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.5/",
        "http://169.254.169.254/latest/",
        "http://localhost:8080/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://[::ffff:192.168.1.1]/",
    ],
)
@respx.mock
async def test_a_redirect_to_a_private_address_of_another_host_is_not_followed(
    client: httpx.AsyncClient, target: str
) -> None:
    respx.get(HOME).respond(302, headers={"Location": target})
    followed = respx.get(target).respond(200)
    result = await probe(client, portal(), SETTINGS)
    assert (result.up, result.error, result.status_code) == (False, "http_status", 302)
    assert result.final_url == HOME
    assert not followed.called


@respx.mock
async def test_a_redirect_to_another_scheme_than_http_is_an_invalid_response(
    client: httpx.AsyncClient,
) -> None:
    respx.get(HOME).respond(302, headers={"Location": "ftp://muniejemplo.test/"})
    result = await probe(client, portal(), SETTINGS)
    assert (result.error, result.status_code) == ("invalid_response", 302)
    assert result.error_detail is not None and "ftp" in result.error_detail


@respx.mock
async def test_a_redirect_status_without_location_is_http_status(
    client: httpx.AsyncClient,
) -> None:
    respx.get(HOME).respond(302)
    result = await probe(client, portal(), SETTINGS)
    assert (result.up, result.error, result.status_code) == (False, "http_status", 302)


@respx.mock
async def test_a_redirect_to_the_same_url_is_a_loop(client: httpx.AsyncClient) -> None:
    respx.get(HOME).respond(301, headers={"Location": "/"})
    result = await probe(client, portal(), SETTINGS)
    assert (result.error, result.redirects) == ("redirect_loop", 0)


@respx.mock
async def test_with_redirects_disallowed_the_first_redirect_is_too_many(
    client: httpx.AsyncClient,
) -> None:
    respx.get(HOME).respond(301, headers={"Location": "/inicio"})
    settings = MonitorSettings(timeout=1.0, max_redirects=0)
    result = await probe(client, portal(), settings)
    assert (result.error, result.error_detail) == ("redirect_loop", "more than 0 redirects")


async def test_a_temporary_resolver_failure_is_dns() -> None:
    cause = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    result = await probe_raising(httpx.ConnectError("dns"), cause)
    assert result.error == "dns"
    assert result.error_detail == (
        "cannot resolve muniejemplo.test: Temporary failure in name resolution"
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EMFILE, "Too many open files"),
        (errno.ENFILE, "Too many open files in system"),
        (errno.EADDRNOTAVAIL, "Cannot assign requested address"),
        (errno.ENOBUFS, "No buffer space available"),
    ],
)
async def test_a_failure_of_the_monitors_own_machine_says_nothing_about_the_portal(
    code: int, words: str
) -> None:
    result = await probe_raising(httpx.ConnectError("local"), OSError(code, words))
    assert (result.up, result.error) == (False, "monitor_error")
    assert result.error_detail == f"monitor-side error: {words}"


async def test_a_reset_before_any_answer_is_connect() -> None:
    cause = ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")
    result = await probe_raising(httpx.ReadError("reset"), cause)
    assert result.error == "connect"
    assert (
        result.error_detail == "connection broken before an answer: connection reset by the server"
    )


@respx.mock
async def test_a_read_timeout_from_the_transport_is_timeout(client: httpx.AsyncClient) -> None:
    respx.get(HOME).mock(side_effect=httpx.ReadTimeout("slow"))
    result = await probe(client, portal(), SETTINGS)
    assert (result.up, result.error) == (False, "timeout")


@respx.mock
async def test_a_protocol_error_is_an_invalid_response(client: httpx.AsyncClient) -> None:
    respx.get(HOME).mock(side_effect=httpx.RemoteProtocolError("illegal status line"))
    result = await probe(client, portal(), SETTINGS)
    assert result.error == "invalid_response"
    assert result.error_detail == "not a valid HTTP answer: illegal status line"


async def test_a_certificate_failure_reported_by_the_transport_is_tls() -> None:
    # The facts cannot be fetched from a closed port; the failure is still classified.
    url = f"https://127.0.0.1:{closed_port()}/"
    cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cause.verify_message = "self-signed certificate"
    result = await probe_raising(httpx.ConnectError("tls"), cause, url)
    assert (result.error, result.tls) == ("tls", None)
    assert result.error_detail == "certificate not valid: self-signed certificate"


@respx.mock
async def test_an_unexpected_exception_is_an_invalid_response_not_a_crash(
    client: httpx.AsyncClient,
) -> None:
    respx.get(HOME).mock(side_effect=RuntimeError("transport bug"))
    result = await probe(client, portal(), SETTINGS)
    assert (result.up, result.error) == (False, "invalid_response")
    assert result.error_detail == "unexpected RuntimeError: transport bug"


async def test_a_transport_without_network_facts_still_gives_a_full_result() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"hola"))
    async with build_client(SETTINGS, transport=transport) as client:
        result = await probe(client, portal("https://muniejemplo.test/"), SETTINGS)
    assert result.up
    assert (result.body_bytes, result.tls) == (4, None)
