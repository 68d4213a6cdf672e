"""The crawler's HTTP/1.1 transport: httpx's request and response types over aiohttp.

It replaces httpx-aiohttp's transport (same CPU per request: what costs is httpx's request side,
which ``net.client.open_stream`` skips by calling ``open`` directly). It hands aiohttp the URL
already encoded, the headers as plain pairs, one timeout object per distinct timeout, keeps no
cookies of its own (the httpx client's jar does), and reports the HTTP version the server
answered with. Bodies are never decompressed here
(``read_capped`` inflates them with a bound), and aiohttp's failures become the httpx errors
they match, with the original as their cause (``net.errors.classify`` walks that chain).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import aiohttp
import httpx
from yarl import URL

# aiohttp's failure -> the httpx error it is, most specific first (as httpx-aiohttp mapped them).
_ERRORS: tuple[tuple[type[BaseException], type[httpx.HTTPError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.InvalidUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientConnectionError, httpx.ConnectError),
)


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except aiohttp.ClientError as exc:
        for source, target in _ERRORS:
            if isinstance(exc, source):
                raise target(str(exc) or type(exc).__name__) from exc
        raise httpx.TransportError(str(exc) or type(exc).__name__) from exc


class _Body(httpx.AsyncByteStream):
    """An aiohttp response's body, chunk by chunk as it arrives; closing releases the connection."""

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors():
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        self._response.release()


class CrawlTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 keep-alive over one aiohttp session, at most ``max_connections`` sockets."""

    def __init__(
        self,
        *,
        max_connections: int | None,
        keepalive_expiry: float | None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._connector_options: dict[str, Any] = {
            "limit": max_connections or 0,
            "keepalive_timeout": keepalive_expiry,
            "ssl": httpx.create_ssl_context(verify=verify, trust_env=False),
        }
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, Any, Any], aiohttp.ClientTimeout] = {}

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(**self._connector_options),
                # httpx's headers are sent as they are: aiohttp adds none of its own.
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),  # httpx's client keeps the cookies
                trust_env=False,
            )
        return self._session

    def timeout_for(self, asked: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for httpx's (``connect``, ``read``, ``pool``): one object each."""
        key = (asked.get("connect"), asked.get("read"), asked.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
            self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw_headers = request.headers.raw
        response = await self.open(
            request.method,
            URL(str(request.url), encoded=True),
            [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw_headers],
            self.timeout_for(request.extensions.get("timeout", {})),
            body=request.content or None,  # the crawler sends none; a stream is read first
            server_hostname=request.extensions.get("sni_hostname"),
        )
        response.request = request
        return response

    async def open(
        self,
        method: str,
        url: URL,
        headers: list[tuple[str, str]],
        timeout: aiohttp.ClientTimeout,
        *,
        body: bytes | None = None,
        server_hostname: str | None = None,
    ) -> httpx.Response:
        """Send one request; its answer with the body still to read (streamed)."""
        with _as_httpx_errors():
            response = await self._client().request(
                method,
                url,
                headers=headers,
                data=body,
                allow_redirects=False,
                compress=False,
                timeout=timeout,
                server_hostname=server_hostname,
            )
        version = response.version
        extensions: dict[str, Any] = {
            "http_version": b"HTTP/1.0" if version == (1, 0) else b"HTTP/1.1"
        }
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            status_code=response.status,
            headers=response.raw_headers,
            stream=_Body(response),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
