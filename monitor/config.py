"""Load ``config/portals.toml`` into frozen, validated models.

Every error is one line naming the file, the portal (when there is one) and the field, so
that an operator can fix the file without reading a traceback.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from monitor.durations import check_bounds, parse_duration
from monitor.errors import ConfigError
from monitor.hostnames import split_host
from monitor.secrets import register_secret
from monitor.weekdays import check_schedule

DEFAULT_CONFIG_PATH = Path("config/portals.toml")
DB_URL_ENV = "LAIP_MONITOR_DB_URL"
EVIDENCE_DIR_ENV = "LAIP_MONITOR_EVIDENCE_DIR"
# Whole-string patterns (fullmatch): a trailing newline is not part of a slug or an address.
_SLUG = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_EMAIL = re.compile(
    r"[^@\s<>\"',;\x00-\x1f\x7f]+@[^@\s<>\"',;\x00-\x1f\x7f]+\.[^@\s<>\"',;\x00-\x1f\x7f]+"
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
# Raw probes are kept at least an hour and at most ten years (also `db prune --older-than`).
RETENTION_BOUNDS = (3600.0, 3650 * 86400.0)
# A config file is a small text file: anything larger is a mistake (or /dev/zero).
MAX_CONFIG_BYTES = 10_000_000
# Evidence is kept at least a day and at most fifty years (also `db prune --evidence-older-than`).
EVIDENCE_RETENTION_BOUNDS = (86400.0, 50 * 365 * 86400.0)


def _to_seconds(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return parse_duration(value)
        except ValueError as exc:
            raise ValueError(
                f"expected a duration like '10s', '5m' or '24h', got {value!r}"
            ) from exc
    if isinstance(value, bool):
        raise ValueError("expected a duration like '10s'")
    return value


def within(low: float, high: float) -> AfterValidator:
    """For a duration field (``"30s"`` or seconds as a number): it must lie in ``[low, high]``."""

    def bounded(value: float) -> float:
        return check_bounds(value, low, high)

    return AfterValidator(bounded)


Seconds = Annotated[float, BeforeValidator(_to_seconds)]


def _check_email(address: str) -> str:
    if not _EMAIL.fullmatch(address):
        raise ValueError(f"{address!r} is not an e-mail address")
    return address


def _check_http_url(value: str, *, placeholder: str | None = None) -> str:
    """An absolute http(s) URL with a host, no spaces or control characters (CR/LF)."""
    if _CONTROL.search(value):
        raise ValueError(f"{value!r} contains spaces or control characters")
    probe = value.replace(placeholder, "x") if placeholder else value
    try:
        parts = urlsplit(probe)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise ValueError(f"{value!r} is not a valid URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL like 'https://example.org/'")
    return value


def _http_url(value: Any) -> Any:
    return _check_http_url(value) if isinstance(value, str) else value


HttpUrl = Annotated[str, AfterValidator(_http_url)]


Email = Annotated[str, BeforeValidator(lambda v: _check_email(v) if isinstance(v, str) else v)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MonitorSettings(_Frozen):
    """The ``[monitor]`` table: storage, timing and politeness of probes."""

    database_url: str = Field("sqlite:///laip-monitor.db", min_length=1)
    # Bounds (documented in README "Configuration"): beyond them a value is a typo, not a choice.
    timeout: Annotated[Seconds, within(0.1, 600)] = 10.0
    check_interval: Annotated[Seconds, within(0.1, 86400)] = 300.0
    crawl_interval: Annotated[Seconds, within(0.1, 90 * 86400)] = 86400.0
    down_after: int = Field(2, ge=1, le=1000)
    up_after: int = Field(1, ge=1, le=1000)
    max_body_bytes: int = Field(5_000_000, ge=1024, le=1_000_000_000)
    max_redirects: int = Field(10, ge=0, le=30)
    concurrency: int = Field(64, ge=1, le=10_000)
    per_host_concurrency: int = Field(2, ge=1, le=100)
    contact_url: HttpUrl = "https://github.com/laip-monitor/laip-monitor"
    listen: str = "127.0.0.1:9877"
    connectivity_check_url: HttpUrl | None = None
    retention: Annotated[Seconds, within(*RETENTION_BOUNDS)] = 90 * 86400.0
    misfire_grace_time: Annotated[Seconds, within(1, 86400)] = 300.0
    log_format: Literal["text", "json"] = "text"
    # Leader election between replicas sharing one database (see monitor/service/leader.py).
    leader_ttl: Annotated[Seconds, within(1, 3600)] = 30.0
    leader_renew_interval: Annotated[Seconds, within(0.05, 1800)] = 10.0

    @field_validator("listen")
    @classmethod
    def _listen_shape(cls, value: str) -> str:
        host, sep, port = value.rpartition(":")
        if not sep or not port.isdigit() or not 0 <= int(port) <= 65535 or _CONTROL.search(host):
            raise ValueError(f"{value!r} is not HOST:PORT, e.g. '127.0.0.1:9877'")
        return value

    @model_validator(mode="after")
    def _renew_before_expiry(self) -> MonitorSettings:
        if self.leader_renew_interval >= self.leader_ttl:
            raise ValueError("leader_renew_interval must be shorter than leader_ttl")
        return self


class CrawlSettings(_Frozen):
    """The ``[crawl]`` table: bounds of the compliance crawl of one portal."""

    max_pages: int = Field(80, ge=1, le=100_000)
    max_depth: int = Field(4, ge=0, le=100)
    max_page_bytes: int = Field(3_000_000, ge=1024, le=1_000_000_000)
    time_budget: Annotated[Seconds, within(1, 6 * 3600)] = 180.0
    max_documents: int = Field(400, ge=0, le=100_000)
    # Pages read while descending archives (year -> month folders, "Siguiente"), newest first,
    # on top of max_pages: a portal of 29 items x 3 years x 12 months needs about 60.
    max_archive_pages: int = Field(120, ge=0, le=100_000)
    respect_robots: bool = True
    # Portals crawled at the same time. Each crawl's time budget runs from its own start, so a
    # large fleet queues its crawls instead of starving them all of CPU at once.
    parallel_portals: int = Field(8, ge=1, le=1000)
    # Worker processes for a ``check`` of many portals: 0 = one per CPU, 1 = all in-process.
    processes: int = Field(0, ge=0, le=256)
    # App shells (pages a Next.js/Nuxt/Vite/Angular script builds in the browser) are rendered in
    # headless Chromium, under the crawl's scope and budget (monitor/compliance/render.py). Off,
    # or without Chromium, their sections are ``unknown``, never ``missing``.
    render_javascript: bool = True
    chromium_path: str = Field("/usr/bin/chromium", min_length=1)


class SmtpSettings(_Frozen):
    """The ``[smtp]`` table; the password is read from the environment variable it names."""

    host: str = Field("localhost", min_length=1, pattern=r"^[^\x00-\x20\x7f/]+$")
    port: int = Field(25, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = Field(None, pattern=r"^[^\x00-\x1f\x7f]+$")
    password_env: str | None = Field(None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    from_: Email = Field("laip-monitor@localhost", alias="from")
    timeout: Annotated[Seconds, within(0.5, 600)] = 30.0

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def password(self) -> str | None:
        """The SMTP password from the environment, or None when none is configured."""
        password = os.environ.get(self.password_env) if self.password_env else None
        register_secret(password)
        return password


class ReportSettings(_Frozen):
    """The ``[report]`` table: weekly summaries."""

    oversight: tuple[Email, ...] = ()
    schedule: str = "mon 07:00"
    timezone: str = "America/Guatemala"
    unsubscribe_url: str | None = None
    max_attempts: int = Field(8, ge=1, le=100)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, ValueError, OSError: all "unknown"
            raise ValueError(
                f"{value!r} is not a known time zone, e.g. 'America/Guatemala'"
            ) from None
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule_shape(cls, value: str) -> str:

        check_schedule(value)
        return value

    @field_validator("unsubscribe_url")
    @classmethod
    def _unsubscribe_shape(cls, value: str | None) -> str | None:
        return None if value is None else _check_http_url(value, placeholder="{address}")


class EvidenceSettings(_Frozen):
    """The ``[evidence]`` table: the WARC archive of what each crawl saw."""

    enabled: bool = True
    # Directory of the WARC files; default: "evidence" next to the SQLite file, else ./evidence.
    dir: str | None = None
    # Evidence is kept as long as the verdict history it proves (default 5 years).
    retention: Annotated[Seconds, within(*EVIDENCE_RETENTION_BOUNDS)] = 5 * 365 * 86400.0
    # Page bodies a crawl keeps for the archive; past this only their digests (hostile portals).
    max_crawl_bytes: int = Field(50_000_000, ge=0, le=10_000_000_000)


class PublishSettings(_Frozen):
    """The ``[publish]`` table: where ``serve`` writes the public site monthly and serves it at
    ``/publico/``; without ``dir`` nothing is published."""

    dir: str | None = None
    months: int = Field(12, ge=1, le=120)


class QueueSettings(_Frozen):
    """The ``[queue]`` table: with PostgreSQL, every ``serve`` instance runs due jobs from a
    shared job queue (monitor/service/queue.py); with SQLite, or ``enabled = false``, the leader
    runs them in its own process."""

    enabled: bool = True
    # Probes and other short jobs one instance runs at once; 0 = [monitor] concurrency. Crawls
    # have a worker of their own, as many at once as [crawl] parallel_portals.
    concurrency: int = Field(0, ge=0)


class PortalConfig(_Frozen):
    """One ``[[portals]]`` entry."""

    slug: str
    name: str = Field(min_length=1)
    department: str | None = None
    url: str
    contacts: tuple[Email, ...] = ()
    ignore_robots: bool = False
    crawl: bool = True
    # Other hosts of the portal's own that the crawl may request ("archivos.muni.gob.gt", or
    # "host:port"): a body's file server or its main site holding the section's documents. The
    # url's host and its "www." twin are always in scope.
    hosts: tuple[str, ...] = ()

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        if not _SLUG.fullmatch(value):
            raise ValueError("must be lowercase letters, digits and '-', e.g. 'munipoptun'")
        return value

    @field_validator("url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        if _CONTROL.search(value):
            raise ValueError(f"{value!r} contains spaces or control characters")
        try:
            parts = urlsplit(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a valid URL") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s) URL like 'https://munipoptun.laip.gt/'")
        try:
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError as exc:
            raise ValueError(f"{value!r} has an invalid port") from exc
        register_secret(parts.password)
        return value if parts.path else value + "/"

    @field_validator("hosts")
    @classmethod
    def _hosts_shape(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            split_host(entry)
        return tuple(entry.lower() for entry in value)

    @property
    def host(self) -> str:
        """The portal's host name, lower case (the scope adds its "www." twin and ``hosts``)."""
        return (urlsplit(self.url).hostname or "").lower()


class Config(_Frozen):
    """The whole configuration file."""

    monitor: MonitorSettings = MonitorSettings()
    crawl: CrawlSettings = CrawlSettings()
    smtp: SmtpSettings = SmtpSettings()
    report: ReportSettings = ReportSettings()
    evidence: EvidenceSettings = EvidenceSettings()
    publish: PublishSettings = PublishSettings()
    queue: QueueSettings = QueueSettings()
    portals: tuple[PortalConfig, ...] = ()

    @model_validator(mode="after")
    def _unique_slugs(self) -> Config:
        seen: set[str] = set()
        for index, portal in enumerate(self.portals):
            if portal.slug in seen:
                raise _DuplicateSlug(index, portal.slug)
            seen.add(portal.slug)
        return self

    def portal(self, slug: str) -> PortalConfig:
        """The portal with ``slug``; ConfigError when there is none."""
        for portal in self.portals:
            if portal.slug == slug:
                return portal
        raise ConfigError(f"no portal with slug {slug!r} in the configuration")

    def select(self, slugs: list[str] | None) -> list[PortalConfig]:
        """The portals named by ``slugs`` (all when empty), in config order."""
        if not slugs:
            return list(self.portals)
        return [self.portal(slug) for slug in slugs]

    def evidence_dir(self) -> Path:
        """Where the evidence WARC files live: ``LAIP_MONITOR_EVIDENCE_DIR``, else ``[evidence]
        dir``, else ``evidence`` next to the SQLite file (``./evidence`` for other databases)."""
        override = os.environ.get(EVIDENCE_DIR_ENV)
        if override:
            return Path(override)
        if self.evidence.dir:
            return Path(self.evidence.dir)
        url = self.monitor.database_url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            database = url.removeprefix("sqlite:///").split("?", 1)[0]
            if database:
                return Path(database).parent / "evidence"
        return Path("evidence")

    def with_database_url(self, override: str | None) -> Config:
        """Apply ``--db`` and then ``LAIP_MONITOR_DB_URL`` (which wins) to the database URL."""
        url = os.environ.get(DB_URL_ENV) or override
        if not url:
            return self
        return self.model_copy(
            update={"monitor": self.monitor.model_copy(update={"database_url": url})}
        )


class _DuplicateSlug(ValueError):
    def __init__(self, index: int, slug: str) -> None:
        super().__init__(f"duplicate slug {slug!r}")
        self.index = index
        self.slug = slug


def load_config(path: Path | str = DEFAULT_CONFIG_PATH) -> Config:
    """Read and validate the TOML file at ``path``; ConfigError (one line) when unusable."""
    path = Path(path)
    try:
        # stat first: opening a FIFO would block, and /dev/zero never ends.
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise ConfigError(f"{path}: cannot read: is a directory, not a config file")
        if not stat.S_ISREG(mode):
            raise ConfigError(f"{path}: cannot read: not a regular file (a device, FIFO or socket)")
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (pass --config PATH)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES // 1_000_000} MB")
    return parse_config(raw, path)


def parse_config(raw: bytes, path: Path | str = "<config>") -> Config:
    """Validate TOML bytes; ``path`` only names the source in error messages."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(path, data, exc)) from None
    except RecursionError:
        raise ConfigError(f"{path}: values nested too deeply") from None


def _describe(path: Path | str, data: dict[str, Any], exc: ValidationError) -> str:
    """One line for the first validation error: file, portal (slug or index), field, problem."""
    error = exc.errors()[0]
    loc = list(error["loc"])
    where = str(path)
    ctx = error.get("ctx") or {}
    inner = ctx.get("error")
    if isinstance(inner, _DuplicateSlug):
        entry = f"portal {inner.slug!r} (entry {inner.index + 1})"
        return f"{where}: {entry}: field 'slug': duplicate slug"
    if loc and loc[0] == "portals" and len(loc) >= 2 and isinstance(loc[1], int):
        index = loc[1]
        portals = data.get("portals")
        slug = None
        if isinstance(portals, list) and index < len(portals) and isinstance(portals[index], dict):
            slug = portals[index].get("slug")
        label = f"portal {slug!r}" if isinstance(slug, str) else f"portal #{index + 1}"
        where += f": {label} (entry {index + 1})"
        loc = loc[2:]
    field = ".".join(str(part) for part in loc) or "(top level)"
    message = str(inner) if isinstance(inner, Exception) else error["msg"]
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif error["type"] == "string_pattern_mismatch":
        message = "contains characters that are not allowed (spaces, control characters)"
    elif error["type"] == "missing":
        message = "required key is missing"
    message = " ".join(message.removeprefix("Value error, ").split())
    return f"{where}: field {field!r}: {message}"
