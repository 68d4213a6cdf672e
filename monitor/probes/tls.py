"""Certificate facts of an https portal: expiry, issuer and subject.

Facts come from the live connection of a probe when the handshake verified. When verification
fails (self-signed, expired, wrong host) the probe still wants the facts, so ``fetch_certificate``
makes one separate, non-verifying handshake, bounded by a timeout, and reads the certificate.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from typing import Any

import httpx
from cryptography import x509
from cryptography.x509.oid import NameOID

from monitor.net.errors import describe_tls_failure, tls_failure
from monitor.probes.result import TlsInfo

__all__ = [
    "describe_tls_failure",
    "tls_failure",
    "fetch_certificate",
    "tls_info_from_der",
    "tls_info_from_response",
]


def tls_info_from_der(der: bytes) -> TlsInfo | None:
    """Parse a DER certificate into TlsInfo; None when it cannot be parsed."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    return TlsInfo(
        expires_at=cert.not_valid_after_utc,
        issuer=_name(cert.issuer),
        subject=_subject(cert),
    )


def tls_info_from_response(response: httpx.Response) -> TlsInfo | None:
    """Certificate facts of the connection a streamed response is still open on."""
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        ssl_object = stream.get_extra_info("ssl_object")
    except Exception:  # noqa: BLE001 - any transport without the facts simply has none
        return None
    if not isinstance(ssl_object, ssl.SSLObject | ssl.SSLSocket):
        return None
    der = ssl_object.getpeercert(binary_form=True)
    return tls_info_from_der(der) if der else None


async def fetch_certificate(host: str, port: int, timeout: float) -> TlsInfo | None:
    """Handshake without verification and return the server certificate's facts, or None."""
    if timeout <= 0:
        return None
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    writer: asyncio.StreamWriter | None = None
    try:
        async with asyncio.timeout(timeout):
            _, writer = await asyncio.open_connection(
                host, port, ssl=context, server_hostname=host, ssl_handshake_timeout=timeout
            )
            ssl_object = writer.get_extra_info("ssl_object")
            der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    except (OSError, TimeoutError, ValueError):
        return None
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                async with asyncio.timeout(1.0):
                    await writer.wait_closed()
    return tls_info_from_der(der) if der else None


def _subject(cert: x509.Certificate) -> str | None:
    """The names the certificate is for: its CN, else its DNS/IP alternative names."""
    common = _attr(cert.subject, NameOID.COMMON_NAME)
    if common:
        return common
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):
        san = None
    if san is not None:
        names = [str(n) for n in san.get_values_for_type(x509.DNSName)]
        names += [str(n) for n in san.get_values_for_type(x509.IPAddress)]
        if names:
            return ", ".join(names)
    return cert.subject.rfc4514_string() or None


def _name(name: x509.Name) -> str | None:
    """The organisation and common name of an X.509 name, e.g. "Let's Encrypt (R11)"."""
    org = _attr(name, NameOID.ORGANIZATION_NAME)
    common = _attr(name, NameOID.COMMON_NAME)
    if org and common and org != common:
        return f"{org} ({common})"
    return org or common or (name.rfc4514_string() or None)


def _attr(name: x509.Name, oid: Any) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
