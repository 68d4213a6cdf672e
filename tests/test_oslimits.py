"""The open-files limit: raised to what the system allows, at every command's start."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Callable

import pytest

# Runs the CLI's entry point (``--help`` exits at once) and prints the limits it left.
_SNIPPET = """
import json, resource
from monitor.cli import main
try:
    main(["--help"])
except SystemExit:
    pass
print(json.dumps(resource.getrlimit(resource.RLIMIT_NOFILE)))
"""


def _limits_after_start(preexec: Callable[[], None]) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", _SNIPPET],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        preexec_fn=preexec,  # noqa: PLW1509 - sets a limit only, in a single-threaded child
    )
    soft, hard = json.loads(done.stdout.strip().splitlines()[-1])
    return soft, hard


def test_a_low_soft_limit_is_raised_to_the_hard_one() -> None:
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard <= 256:
        pytest.skip(f"the hard limit here ({hard}) leaves nothing to raise")

    def low_soft() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))

    soft_after, hard_after = _limits_after_start(low_soft)
    assert hard_after == hard
    assert soft_after == (hard if hard != resource.RLIM_INFINITY else 1 << 20)


def test_a_hard_limit_is_left_as_it_is() -> None:
    def low_hard() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (200, 256))

    assert _limits_after_start(low_hard) == (256, 256)
