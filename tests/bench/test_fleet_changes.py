"""The bench fleet's page changes for the steady-state ("again") round: what changes, what the
monitor reads of it, and that the cached fleet always gets its original files back."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from bench.fleet import CHANGED, Fleet, changed_pages, generate, pick_changed, revise
from bench.round import repetition_order
from monitor.compliance.page import parse_page


def _fleet(tmp_path: Path) -> Fleet:
    return generate(tmp_path / "fleet", 8, seed=57, today=dt.date(2026, 12, 4), page_kb=20)


def _snapshot(fleet: Fleet) -> dict[Path, tuple[str, int]]:
    return {
        path: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted((fleet.out / "sites").rglob("*.html"))
        if path.is_file()
    }


def test_a_revised_page_has_new_bytes_and_reads_the_same_to_the_monitor(tmp_path: Path) -> None:
    fleet = _fleet(tmp_path)
    page = next(p for p in _snapshot(fleet) if p.name == "__r.html")
    body = page.read_bytes()
    revised = revise(body, "57:1")
    assert len(revised) > len(body)  # a new size: nginx's ETag changes
    assert revised.rstrip().endswith(b"</html>")
    before = parse_page("http://x/", 200, body, "text/html; charset=utf-8")
    after = parse_page("http://x/", 200, revised, "text/html; charset=utf-8")
    assert after.blocks == before.blocks
    assert after.links == before.links


def test_the_changed_share_is_drawn_from_the_key(tmp_path: Path) -> None:
    fleet = _fleet(tmp_path)
    first = pick_changed(fleet, 0.25, "57:1")
    assert len(first) == 2
    assert pick_changed(fleet, 0.25, "57:1") == first
    assert {p.slug for p in pick_changed(fleet, 1.0, "57:2")} == {p.slug for p in fleet.portals}
    assert pick_changed(fleet, 0.0, "57:1") == []


def test_changed_pages_are_put_back_with_their_bytes_and_mtimes(tmp_path: Path) -> None:
    fleet = _fleet(tmp_path)
    original = _snapshot(fleet)
    calls: list[int] = []
    with changed_pages(fleet, 0.25, "57:1", lambda: calls.append(1)) as chosen:
        during = _snapshot(fleet)
        changed = {path for path in original if original[path] != during[path]}
        slugs = {path.relative_to(fleet.out / "sites").parts[0] for path in changed}
        assert slugs == {p.slug for p in chosen}
        assert all(during[path][1] > original[path][1] for path in changed)  # mtime: now
        assert calls == [1]  # the server is told once the files changed
    assert _snapshot(fleet) == original
    assert calls == [1, 1]
    assert not (fleet.out / CHANGED).exists()


def test_an_interrupted_round_still_puts_the_pages_back(tmp_path: Path) -> None:
    fleet = _fleet(tmp_path)
    original = _snapshot(fleet)
    with pytest.raises(KeyboardInterrupt), changed_pages(fleet, 0.5, "57:1"):
        raise KeyboardInterrupt
    assert _snapshot(fleet) == original


def test_a_killed_run_s_changes_are_put_back_when_the_fleet_is_reused(tmp_path: Path) -> None:
    fleet = _fleet(tmp_path)
    original = _snapshot(fleet)
    pages = changed_pages(fleet, 0.5, "57:1")
    pages.__enter__()  # not left (yet): as if the process had been killed
    assert _snapshot(fleet) != original
    reused = _fleet(tmp_path)
    assert _snapshot(reused) == original
    assert not (fleet.out / CHANGED).exists()
    pages.__exit__(None, None, None)  # nothing left to put back: a no-op
    assert _snapshot(reused) == original


def test_again_follows_full_in_a_repetition() -> None:
    assert repetition_order(["again", "reference", "full"]) == ["reference", "full", "again"]
    assert repetition_order(["full", "again", "reference"]) == ["full", "again", "reference"]
    assert repetition_order(["again", "reference"]) == ["again", "reference"]
