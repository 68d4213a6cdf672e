"""The README's two commands are the contract: CI must run the README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [
        line.strip()
        for block in blocks
        for line in block.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def test_readme_gives_exactly_an_install_and_run_command_and_a_test_command() -> None:
    run, test = _readme_commands()
    assert run.endswith("laip-monitor check")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    _, test = _readme_commands()
    ci_lines = [line.strip() for line in (REPO / ".ci" / "run").read_text().splitlines()]
    assert test in ci_lines


def test_ci_does_not_let_postgresql_tests_skip() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    assert "unset LAIP_TEST_POSTGRES" in ci
    assert "LAIP_TEST_POSTGRES=skip" not in ci


def _toml_blocks(heading: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```toml\n(.*?)```", section, flags=re.S)


def test_the_readme_configuration_example_is_a_valid_config() -> None:
    from monitor.config import parse_config

    (example,) = _toml_blocks("## Configuration")
    config = parse_config(example.encode(), "README.md")
    assert config.portals[0].slug == "munipoptun"


def test_the_readme_email_settings_example_is_valid() -> None:
    from monitor.config import parse_config

    (example,) = _toml_blocks("## Weekly e-mail summaries")
    config = parse_config(example.encode(), "README.md")
    assert config.smtp.password_env == "LAIP_SMTP_PASSWORD"
