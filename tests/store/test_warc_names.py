"""A WARC file's name, written and read back in one place."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.store.warc_names import crawl_of, warc_name

SLUGS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)
MOMENTS = st.datetimes(
    min_value=dt.datetime(2000, 1, 1),
    max_value=dt.datetime(2999, 12, 31),
    timezones=st.just(dt.UTC),
)


@given(SLUGS, st.integers(min_value=1, max_value=10**12), MOMENTS)
def test_a_written_name_gives_back_its_crawl(slug: str, crawl_id: int, at: dt.datetime) -> None:
    assert crawl_of(warc_name(slug, crawl_id, at)) == crawl_id


@pytest.mark.parametrize(
    "name",
    [
        "muni/2026/muni-20261105T060000Z-17.warc",  # not the archive's extension
        "muni/2025/muni-20261105T060000Z-17.warc.gz",  # filed under another year
        "muni/2026/otra-20261105T060000Z-17.warc.gz",  # another portal's name
        "muni/2026/muni-20261105T060000Z-17.warc.gz.tmp",
        "muni/2026/notas.txt",
        "muni/2026/muni-2026110T060000Z-17.warc.gz",
    ],
)
def test_any_other_name_is_not_the_archives(name: str) -> None:
    assert crawl_of(name) is None
