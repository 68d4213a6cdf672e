"""Every exam's layout module, by number: ``tests/compliance/exam`` is the first, ``examN`` the
N-th. Found on disk, so a new exam is one new directory (``examN/layouts.py``) and nothing else."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).resolve().parent.parent
_NAME = re.compile(r"exam(\d*)")


def _discover() -> dict[int, ModuleType]:
    found: dict[int, ModuleType] = {}
    for directory in _HERE.iterdir():
        match = _NAME.fullmatch(directory.name)
        if match and (directory / "layouts.py").is_file():
            number = int(match.group(1) or 1)
            found[number] = importlib.import_module(f"tests.compliance.{directory.name}.layouts")
    return dict(sorted(found.items()))


EXAMS: dict[int, ModuleType] = _discover()
