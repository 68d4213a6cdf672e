"""Load ``config/portals.toml`` into frozen, validated models.

Every error is one line naming the file, the portal (when there is one) and the field, so
that an operator can fix the file without reading a traceback.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.secrets import register_secret

DEFAULT_CONFIG_PATH = Path("config/portals.toml")
DB_URL_ENV = "LAIP_MONITOR_DB_URL"
EVIDENCE_DIR_ENV = "LAIP_MONITOR_EVIDENCE_DIR"
_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")


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


Seconds = Annotated[float, BeforeValidator(_to_seconds), Field(gt=0)]


def _check_email(address: str) -> str:
    if not _EMAIL.match(address):
        raise ValueError(f"{address!r} is not an e-mail address")
    return address


Email = Annotated[str, BeforeValidator(lambda v: _check_email(v) if isinstance(v, str) else v)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MonitorSettings(_Frozen):
    """The ``[monitor]`` table: storage, timing and politeness of probes."""

    database_url: str = "sqlite:///laip-monitor.db"
    timeout: Seconds = 10.0
    check_interval: Seconds = 300.0
    crawl_interval: Seconds = 86400.0
    down_after: int = Field(2, ge=1)
    up_after: int = Field(1, ge=1)
    max_body_bytes: int = Field(5_000_000, ge=1024)
    max_redirects: int = Field(10, ge=0, le=30)
    concurrency: int = Field(64, ge=1)
    per_host_concurrency: int = Field(2, ge=1)
    contact_url: str = "https://github.com/laip-monitor/laip-monitor"
    listen: str = "127.0.0.1:9877"
    connectivity_check_url: str | None = None
    retention: Seconds = 90 * 86400.0
    misfire_grace_time: Seconds = 300.0
    log_format: Literal["text", "json"] = "text"
    # Leader election between replicas sharing one database (see monitor/service/leader.py).
    leader_ttl: Seconds = 30.0
    leader_renew_interval: Seconds = 10.0

    @model_validator(mode="after")
    def _renew_before_expiry(self) -> MonitorSettings:
        if self.leader_renew_interval >= self.leader_ttl:
            raise ValueError("leader_renew_interval must be shorter than leader_ttl")
        return self


class CrawlSettings(_Frozen):
    """The ``[crawl]`` table: bounds of the compliance crawl of one portal."""

    max_pages: int = Field(80, ge=1)
    max_depth: int = Field(4, ge=0)
    max_page_bytes: int = Field(3_000_000, ge=1024)
    time_budget: Seconds = 180.0
    max_documents: int = Field(400, ge=0)
    respect_robots: bool = True
    # Portals crawled at the same time. Each crawl's time budget runs from its own start, so a
    # large fleet queues its crawls instead of starving them all of CPU at once.
    parallel_portals: int = Field(8, ge=1)
    # Worker processes for a ``check`` of many portals: 0 = one per CPU, 1 = all in-process.
    processes: int = Field(0, ge=0)
    # App shells (pages a Next.js/Nuxt/Vite/Angular script builds in the browser) are rendered in
    # headless Chromium, under the crawl's scope and budget (monitor/compliance/render.py). Off,
    # or without Chromium, their sections are ``unknown``, never ``missing``.
    render_javascript: bool = True
    chromium_path: str = Field("/usr/bin/chromium", min_length=1)


class SmtpSettings(_Frozen):
    """The ``[smtp]`` table; the password is read from the environment variable it names."""

    host: str = "localhost"
    port: int = Field(25, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    from_: Email = Field("laip-monitor@localhost", alias="from")
    timeout: Seconds = 30.0

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
    max_attempts: int = Field(8, ge=1)


class EvidenceSettings(_Frozen):
    """The ``[evidence]`` table: the WARC archive of what each crawl saw."""

    enabled: bool = True
    # Directory of the WARC files; default: "evidence" next to the SQLite file, else ./evidence.
    dir: str | None = None
    # Evidence is kept as long as the verdict history it proves (default 5 years).
    retention: Seconds = 5 * 365 * 86400.0
    # Page bodies a crawl keeps for the archive; past this only their digests (hostile portals).
    max_crawl_bytes: int = Field(50_000_000, ge=0)


class PublishSettings(_Frozen):
    """The ``[publish]`` table: where ``serve`` writes the public site monthly and serves it at
    ``/publico/``; without ``dir`` nothing is published."""

    dir: str | None = None
    months: int = Field(12, ge=1, le=120)


class PortalConfig(_Frozen):
    """One ``[[portals]]`` entry."""

    slug: str
    name: str = Field(min_length=1)
    department: str | None = None
    url: str
    contacts: tuple[Email, ...] = ()
    ignore_robots: bool = False
    crawl: bool = True

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError("must be lowercase letters, digits and '-', e.g. 'munipoptun'")
        return value

    @field_validator("url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise ValueError(f"{value!r} is not an http(s) URL like 'https://munipoptun.laip.gt/'")
        try:
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError as exc:
            raise ValueError(f"{value!r} has an invalid port") from exc
        register_secret(parts.password)
        return value if parts.path else value + "/"

    @property
    def host(self) -> str:
        """The portal's host name, lower case: the crawler's scope."""
        return (urlsplit(self.url).hostname or "").lower()


class Config(_Frozen):
    """The whole configuration file."""

    monitor: MonitorSettings = MonitorSettings()
    crawl: CrawlSettings = CrawlSettings()
    smtp: SmtpSettings = SmtpSettings()
    report: ReportSettings = ReportSettings()
    evidence: EvidenceSettings = EvidenceSettings()
    publish: PublishSettings = PublishSettings()
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
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (pass --config PATH)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return parse_config(raw, path)


def parse_config(raw: bytes, path: Path | str = "<config>") -> Config:
    """Validate TOML bytes; ``path`` only names the source in error messages."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(path, data, exc)) from None


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
    elif error["type"] == "missing":
        message = "required key is missing"
    message = message.removeprefix("Value error, ")
    return f"{where}: field {field!r}: {message}"
