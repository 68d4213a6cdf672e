"""A host entry as the configuration writes one: "archivos.muni.gob.gt" or "host:port"."""

from __future__ import annotations

from urllib.parse import urlsplit


def split_host(entry: str) -> tuple[str, int | None]:
    """A ``hosts`` entry as (name, port): "archivos.muni.gob.gt" or "127.0.0.2:8080".

    Raises ValueError naming what is expected for anything else (a URL, a path, a bad port)."""
    expected = f"{entry!r} is not a host name like 'archivos.muni.gob.gt' or 'host:port'"
    if not entry or any(c in entry for c in "/?#@ \t\r\n\\"):
        raise ValueError(expected)
    try:
        parts = urlsplit(f"//{entry}")
        port = parts.port
    except ValueError:
        raise ValueError(expected) from None
    if not parts.hostname or entry.endswith(":"):
        raise ValueError(expected)
    return parts.hostname, port
