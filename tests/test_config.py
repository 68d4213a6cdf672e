from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import Config, load_config, parse_config
from monitor.errors import ConfigError

FIXTURES = Path(__file__).parent / "fixtures" / "config"
SHIPPED = Path(__file__).parent.parent / "config" / "portals.toml"


def test_shipped_registry_lists_the_eight_infom_portals() -> None:
    config = load_config(SHIPPED)
    slugs = [portal.slug for portal in config.portals]
    assert slugs == [
        "munipoptun",
        "munidolorespeten",
        "municoncepcion",
        "muniesquipulaspalogordo",
        "munilascruces",
        "munixela",
        "munisantaanapeten",
        "munilalibertadpeten",
    ]
    for portal in config.portals:
        assert portal.url == f"https://{portal.slug}.laip.gt/"
        assert portal.name.startswith("Municipalidad de ")


def test_every_key_has_a_default() -> None:
    config = load_config(FIXTURES / "valid-minimal.toml")
    assert config.monitor.database_url == "sqlite:///laip-monitor.db"
    assert config.monitor.timeout == 10.0
    assert config.portals[0].contacts == ()
    assert config.portals[0].department is None


def test_durations_are_read_as_seconds() -> None:
    config = parse_config(
        b'[monitor]\ntimeout = "1m30s"\ncheck_interval = "5m"\ncrawl_interval = "24h"\n'
    )
    assert config.monitor.timeout == 90.0
    assert config.monitor.check_interval == 300.0
    assert config.monitor.crawl_interval == 86400.0


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("invalid-unknown-key.toml", ["portal 'munipoptun'", "'contact'", "unknown key"]),
        ("invalid-duplicate-slug.toml", ["portal 'munipoptun'", "entry 2", "'slug'", "duplicate"]),
        ("invalid-url.toml", ["portal 'munixela'", "'url'", "http(s) URL"]),
        ("invalid-hosts.toml", ["portal 'mem'", "'hosts'", "not a host name like"]),
        ("invalid-duration.toml", ["'monitor.timeout'", "duration"]),
        ("invalid-slug.toml", ["'slug'", "lowercase"]),
        ("invalid-contact.toml", ["portal 'munipoptun'", "'contacts.0'", "e-mail"]),
        ("invalid-missing-name.toml", ["portal 'munipoptun'", "'name'", "required"]),
        ("invalid-toml.toml", ["invalid TOML"]),
        ("invalid-monitor-key.toml", ["'monitor.databse_url'", "unknown key"]),
    ],
)
def test_a_bad_file_is_refused_with_one_line_naming_file_portal_and_field(
    fixture: str, expected: list[str]
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(FIXTURES / fixture)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(FIXTURES / fixture))
    for fragment in expected:
        assert fragment in message


def test_a_missing_file_names_the_path() -> None:
    with pytest.raises(ConfigError, match="nope.toml: file not found"):
        load_config(FIXTURES / "nope.toml")


def test_database_url_precedence_is_env_over_flag_over_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = Config()
    assert config.with_database_url(None).monitor.database_url == "sqlite:///laip-monitor.db"
    assert config.with_database_url("sqlite:///flag.db").monitor.database_url == "sqlite:///flag.db"
    monkeypatch.setenv("LAIP_MONITOR_DB_URL", "sqlite:///env.db")
    assert config.with_database_url("sqlite:///flag.db").monitor.database_url == "sqlite:///env.db"
