"""A second crawl reuses what did not change: conditional requests, identical bodies, and the
verdicts stay exactly those of a crawl from scratch.

Portals are the generated ones (layouts and wordings of real Guatemalan portals, drawn at random
with hypothesis), served by the loopback server with ETags and 304 answers as nginx gives them.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Mapping
from typing import Any

import pytest

from monitor.compliance import crawl as crawler
from monitor.compliance.assess import assess_portal
from monitor.compliance.memo import DOCUMENT, PAGE, Remembered, decode_page, encode_page
from monitor.compliance.page import parse_page
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.net.client import build_crawl_client
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.generated.portals import GeneratedPortal
from tests.compliance.generated.run import draw_static

DRAWN = draw_static(6)


def _assess(
    server: LoopbackServer, portal: GeneratedPortal, memory: Mapping[str, Remembered] | None
) -> ComplianceResult:
    config = Config(portals=(PortalConfig(slug="muni", name="Muni", url=server.url + "/"),))

    async def main() -> ComplianceResult:
        async with build_crawl_client(config.monitor) as client:
            return await assess_portal(
                client, config.portals[0], config, today=portal.today, memory=memory
            )

    return asyncio.run(main())


def _remembered(result: ComplianceResult) -> dict[str, Remembered]:
    return {answer.url: answer for answer in result.remembered}


def _page_bytes(server: LoopbackServer) -> int:
    """Body bytes the server sent for the portal's 200 answers (not robots.txt, not errors)."""
    return sum(
        sent
        for path, sent in server.traffic.body_bytes.items()
        if path in server.routes and server.routes[path].status == 200
    )


@pytest.mark.parametrize("portal", DRAWN, ids=[p.layout for p in DRAWN])
def test_an_unchanged_portal_is_read_from_304s_with_the_same_verdicts(
    portal: GeneratedPortal,
) -> None:
    with LoopbackServer(portal.routes, validators=True) as server:
        first = _assess(server, portal, None)
        read_first = _page_bytes(server)
        server.traffic.body_bytes.clear()
        second = _assess(server, portal, _remembered(first))
        read_second = _page_bytes(server)
    assert read_first > 0 and first.stats.reused == 0
    assert read_second == 0  # every page and document answered 304 Not Modified
    assert second.stats.reused == len(first.remembered) > 0
    assert second.stats.pages == first.stats.pages
    assert second.stats.documents == first.stats.documents
    assert second.verdicts == first.verdicts
    assert second.evidence == first.evidence
    assert {c.status for c in second.captures if c.url in _remembered(first)} == {304}
    # What the next crawl may reuse is carried on, unchanged.
    assert _remembered(second) == _remembered(first)


@pytest.mark.parametrize("portal", DRAWN[:3], ids=[p.layout for p in DRAWN[:3]])
def test_a_changed_page_is_read_again_and_its_change_is_judged(portal: GeneratedPortal) -> None:
    routes = dict(portal.routes)
    with LoopbackServer(routes, validators=True) as server:
        first = _assess(server, portal, None)
        memory = _remembered(first)
        # Empty every page that carried content: the portal now publishes nothing.
        home = server.url + "/"
        changed = [
            url
            for url, answer in memory.items()
            if answer.kind == PAGE and url != home and url.startswith(server.url)
        ]
        assert changed
        for url in changed:
            path = url[len(server.url) :]
            if path in server.routes:
                server.routes[path] = Resource(b"<html><body><p>En mantenimiento</p></body></html>")
        server.traffic.body_bytes.clear()
        server.traffic.requests.clear()
        second = _assess(server, portal, memory)
        asked = {path for (method, path) in server.traffic.requests if method == "GET"}
        read = dict(server.traffic.body_bytes)
        fresh = _assess(server, portal, None)
    edited = {url[len(server.url) :] for url in changed} & asked
    assert edited and all(read.get(path, 0) > 0 for path in edited)  # changed: read in full
    # The crawl with memory says exactly what a crawl from scratch says of the changed portal.
    assert second.verdicts == fresh.verdicts
    assert second.verdicts != first.verdicts


class FrozenDateServer(LoopbackServer):
    """A CMS that sends its template's date as every page's Last-Modified, without an ETag, and
    answers 304 to any If-Modified-Since at or after it, whatever the content now says."""

    TEMPLATE = "Tue, 14 Mar 2023 16:20:00 GMT"

    def _answer(self, handler: Any, *, head: bool) -> None:
        resource = self.routes.get(handler.path)
        if resource is None or not resource.content_type.startswith("text/html"):
            super()._answer(handler, head=head)
            return
        with self.traffic.lock:
            self.traffic.requests[("HEAD" if head else "GET", handler.path)] += 1
        stale = handler.headers.get("If-Modified-Since") == self.TEMPLATE
        handler.send_response(304 if stale else resource.status)
        handler.send_header("Last-Modified", self.TEMPLATE)
        handler.send_header("Content-Type", resource.content_type)
        handler.send_header("Content-Length", "0" if stale else str(len(resource.body)))
        handler.end_headers()
        if not stale and not head:
            handler.wfile.write(resource.body)


def test_a_pages_frozen_last_modified_does_not_hide_its_change() -> None:
    """Without an ETag, a page is not asked conditionally: the CMS's 304 would say the emptied
    portal still publishes what it published yesterday."""
    portal = DRAWN[0]
    with FrozenDateServer(dict(portal.routes)) as server:
        first = _assess(server, portal, None)
        memory = _remembered(first)
        home = server.url + "/"
        for url, answer in memory.items():
            path = url[len(server.url) :]
            if answer.kind == PAGE and url != home and path in server.routes:
                server.routes[path] = Resource(b"<html><body><p>En mantenimiento</p></body></html>")
        second = _assess(server, portal, memory)
        fresh = _assess(server, portal, None)
    assert second.verdicts == fresh.verdicts
    assert second.verdicts != first.verdicts


def test_a_server_without_validators_sends_bodies_but_unchanged_pages_are_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    portal = DRAWN[0]
    with LoopbackServer(portal.routes) as server:
        first = _assess(server, portal, None)
        parsed: list[str] = []

        def counting(url: str, *args: object) -> object:
            parsed.append(url)
            return parse_page(url, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(crawler, "parse_page", counting)
        server.traffic.body_bytes.clear()
        second = _assess(server, portal, _remembered(first))
    assert _page_bytes(server) > 0  # no validators: the bodies come again
    assert parsed == []  # ...but identical bodies are not parsed again
    pages = sum(1 for answer in first.remembered if answer.kind == PAGE)
    assert second.stats.reused >= pages > 0
    assert second.verdicts == first.verdicts


def test_a_parse_survives_its_encoding_and_equal_links_are_shared() -> None:
    portal = DRAWN[1]
    bodies = [r.body for r in portal.routes.values() if r.content_type.startswith("text/html")]
    cache: dict[tuple[object, ...], object] = {}
    decoded = []
    for index, body in enumerate(bodies):
        page = parse_page(f"http://muni.test/{index}", 200, body, "text/html")
        again = decode_page(encode_page(page), cache)  # type: ignore[arg-type]
        assert again == page and again.dates == page.dates
        decoded.append(again)
    menus = [{id(link) for link in page.links if link.in_template} for page in decoded]
    assert len(menus) > 1 and set.intersection(*menus)  # one menu, decoded once


def test_a_remembered_answer_without_a_usable_parse_is_fetched_unconditionally() -> None:
    portal = DRAWN[0]
    with LoopbackServer(portal.routes, validators=True) as server:
        first = _assess(server, portal, None)
        broken = {
            url: dataclasses.replace(answer, page_blob=b"not a parse")
            if answer.kind == PAGE
            else answer
            for url, answer in _remembered(first).items()
        }
        server.traffic.body_bytes.clear()
        server.traffic.not_modified.clear()
        second = _assess(server, portal, broken)
    documents = sum(1 for answer in first.remembered if answer.kind == DOCUMENT)
    assert sum(server.traffic.not_modified.values()) == documents  # pages: plain GETs
    assert second.verdicts == first.verdicts


def test_a_finished_crawl_is_freed_without_waiting_for_the_garbage_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc
    import weakref

    crawlers: list[weakref.ref[object]] = []
    init = crawler._Crawler.__init__

    def tracking(self: crawler._Crawler, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        crawlers.append(weakref.ref(self))

    monkeypatch.setattr(crawler._Crawler, "__init__", tracking)
    portal = DRAWN[0]
    gc.disable()
    try:
        with LoopbackServer(portal.routes) as server:
            result = _assess(server, portal, None)
        assert result.stats.pages > 0
        assert crawlers and all(ref() is None for ref in crawlers)  # freed by reference counts
    finally:
        gc.enable()


def test_a_remembered_parse_keeps_a_records_field_labels() -> None:
    page = parse_page(
        "http://muni.test/datos/dataset/numeral-8",
        200,
        b"<main><h1>Numeral 8</h1><table><tr><th>Mantenedor</th><td>Municipalidad</td></tr>"
        b"<tr><td>Enero</td><td>Q 1,200</td><td>Q 900</td></tr></table></main>",
        "text/html",
    )
    assert [label for block in page.blocks for label in block.fields] == ["Mantenedor"]
    assert sum(block.rows for block in page.blocks) == 2
    assert decode_page(encode_page(page)) == page
