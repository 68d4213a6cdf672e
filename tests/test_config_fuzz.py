"""Fuzzing the config loader: whatever the file holds, the result is a Config or one line.

Hypothesis writes TOML files with the known tables and keys (and unknown ones), filled with
values of every TOML type, plausible and absurd: durations, huge and non-finite numbers,
URLs with control characters, nested arrays and tables. Loading must give a ``Config`` or a
``ConfigError`` whose message is a single line, never another exception.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.config import (
    Config,
    CrawlSettings,
    EvidenceSettings,
    MonitorSettings,
    ReportSettings,
    SmtpSettings,
    parse_config,
)
from monitor.errors import ConfigError
from monitor.report.periods import Week
from monitor.report.schedule import cron_kwargs

KEYS: dict[str, list[str]] = {
    "monitor": [
        "database_url",
        "timeout",
        "check_interval",
        "crawl_interval",
        "down_after",
        "up_after",
        "max_body_bytes",
        "max_redirects",
        "concurrency",
        "per_host_concurrency",
        "contact_url",
        "listen",
        "connectivity_check_url",
        "retention",
        "misfire_grace_time",
        "log_format",
        "leader_ttl",
        "leader_renew_interval",
    ],
    "crawl": [
        "max_pages",
        "max_depth",
        "max_page_bytes",
        "time_budget",
        "max_documents",
        "respect_robots",
        "parallel_portals",
        "processes",
    ],
    "smtp": ["host", "port", "security", "username", "password_env", "from", "timeout"],
    "report": ["oversight", "schedule", "timezone", "unsubscribe_url", "max_attempts"],
    "evidence": ["enabled", "dir", "retention", "max_crawl_bytes"],
}
PORTAL_KEYS = ["slug", "name", "department", "url", "contacts", "ignore_robots", "crawl"]

durations = st.builds(
    lambda n, unit: f"{n}{unit}",
    st.one_of(st.integers(0, 10**15), st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.3f}")),
    st.sampled_from(["ms", "s", "m", "h", "d", "w", "", "x", " s"]),
)
urls = st.builds(
    lambda scheme, host, tail: f"{scheme}{host}{tail}",
    st.sampled_from(["https://", "http://", "ftp://", "javascript:", "", "https://u:p@"]),
    st.sampled_from(["munipoptun.laip.gt", "127.0.0.1:99999", "[::1]", "", "host:abc", "ex ample"]),
    st.sampled_from(["/", "", "/\r\nX: 1", "/a?b={address}", "\n", "/%zz"]),
)
emails = st.sampled_from(
    ["uip@muni.gt", "a@b.gt\n", "no-at", "a@b", " a@b.gt", "a@b.gt,c@d.gt", "Ñ@muni.gt", ""]
)
scalars = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    durations,
    urls,
    emails,
    st.sampled_from(["America/Guatemala", "Mars/Olympus", "../../etc/passwd", "UTC", "mon 07:00"]),
    st.sampled_from(["text", "json", "starttls", "tls", "none", "sqlite:////proc/x.db"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


zones = st.sampled_from(
    ["America/Guatemala", "Mars/Olympus", "../../etc/passwd", "UTC", "", "America", "Etc/GMT+6"]
)
schedules = st.sampled_from(["mon 07:00", "lunes 7:00", "mon 25:00", "sun 23:59\n", "07:00", ""])
slugs = st.sampled_from(["munipoptun", "muni\n", "-x", "a" * 70, "MUNI", "m-1", ""])
DURATION_KEYS = {
    "timeout", "check_interval", "crawl_interval", "retention", "misfire_grace_time",
    "leader_ttl", "leader_renew_interval", "time_budget",
}  # fmt: skip
SPECIFIC: dict[str, st.SearchStrategy[Any]] = {
    **{key: st.one_of(durations, st.floats(), st.integers()) for key in DURATION_KEYS},
    **{key: urls for key in ("contact_url", "connectivity_check_url", "unsubscribe_url", "url")},
    "from": emails,
    "oversight": st.lists(emails, max_size=3),
    "contacts": st.lists(emails, max_size=3),
    "timezone": zones,
    "schedule": schedules,
    "slug": slugs,
    "listen": st.sampled_from(["127.0.0.1:9877", "0.0.0.0:0", ":80", "x", "h:99999", "h:1\n"]),
}


DEFAULTS: dict[str, Any] = {
    **MonitorSettings().model_dump(),
    **CrawlSettings().model_dump(),
    **SmtpSettings().model_dump(by_alias=True),
    **ReportSettings().model_dump(),
    **EvidenceSettings().model_dump(exclude={"retention"}),
    "slug": "munipoptun",
    "name": "Municipalidad",
    "url": "https://munipoptun.laip.gt/",
}


def _value(table: str, key: str) -> st.SearchStrategy[Any]:
    """Mostly a valid value, so that one bad value at a time reaches the validators."""
    default = DEFAULTS.get(key)
    if table == "smtp" and key == "timeout":
        default = 30.0
    valid = st.nothing() if default is None else st.just(default)
    specific = SPECIFIC.get(key, values)
    return st.one_of(valid, valid, valid, valid, specific, values)


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes, plus DEL, which TOML wants escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        body = ", ".join(f"{_toml_string(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + body + "}"
    raise TypeError(type(value))


@st.composite
def config_files(draw: st.DrawFn) -> bytes:
    lines: list[str] = []
    for table, keys in KEYS.items():
        if not draw(st.booleans()):
            continue
        lines.append(f"[{table}]")
        for key in draw(st.lists(st.sampled_from([*keys, "unknown_key"]), max_size=4, unique=True)):
            lines.append(f"{json.dumps(key)} = {_toml_value(draw(_value(table, key)))}")
    for _ in range(draw(st.integers(0, 3))):
        lines.append("[[portals]]")
        chosen = draw(st.lists(st.sampled_from([*PORTAL_KEYS, "extra"]), max_size=8, unique=True))
        for key in chosen:
            lines.append(f"{key} = {_toml_value(draw(_value('portals', key)))}")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def _load(raw: bytes) -> Config | None:
    try:
        config = parse_config(raw, "fuzz.toml")
    except ConfigError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message, message
        return None
    # A config that loads is sane: finite, bounded durations; no control characters where a
    # value reaches a header, a URL or a file name.
    for seconds in (
        config.monitor.timeout, config.monitor.check_interval, config.monitor.crawl_interval,
        config.monitor.retention, config.monitor.misfire_grace_time, config.monitor.leader_ttl,
        config.monitor.leader_renew_interval, config.crawl.time_budget, config.smtp.timeout,
    ):  # fmt: skip
        assert math.isfinite(seconds) and 0.05 <= seconds <= 3650 * 86400
    assert math.isfinite(config.evidence.retention) and config.evidence.retention >= 86400
    texts = [config.monitor.contact_url, config.monitor.connectivity_check_url or ""]
    texts += [config.report.unsubscribe_url or "", config.smtp.from_, *config.report.oversight]
    for portal in config.portals:
        texts += [portal.slug, portal.url, *portal.contacts]
    for text in texts:
        assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in text), text
    # What the commands do next with a valid config must not fail either.
    cron_kwargs(config.report)
    Week.last_completed(dt.datetime(2026, 11, 24, tzinfo=dt.UTC), config.report.timezone)
    return config


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(config_files())
def test_any_config_file_loads_or_fails_in_one_line(raw: bytes) -> None:
    _load(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_load_or_fail_in_one_line(raw: bytes) -> None:
    _load(raw)


def test_the_generator_reaches_valid_configs() -> None:
    """The fuzzer is not only testing the TOML parser: well-formed files do load."""
    assert isinstance(
        _load(
            b'[monitor]\ntimeout = "5s"\n[[portals]]\nslug = "m"\nname = "M"\nurl = "https://m.gt/"\n'
        ),
        Config,
    )
