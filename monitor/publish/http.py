"""Serving the published site from the service's HTTP server at ``/publico/`` (read-only)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

PREFIX = "/publico/"


def add_public_routes(app: web.Application, root: Path) -> None:
    """GET ``/publico/...`` answers files under ``root``; a directory answers its index.html."""
    base = root.resolve()

    async def redirect(_: web.Request) -> web.StreamResponse:
        raise web.HTTPMovedPermanently(PREFIX)

    async def public(request: web.Request) -> web.StreamResponse:
        tail = request.match_info["tail"]
        target = (base / tail).resolve()
        if not target.is_relative_to(base):
            raise web.HTTPNotFound()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            raise web.HTTPNotFound(text="404: página no encontrada (¿ya se publicó el sitio?)")
        return web.FileResponse(target)

    app.router.add_get(PREFIX.rstrip("/"), redirect)
    app.router.add_get(PREFIX + "{tail:.*}", public)
