"""The exception tree of laip-monitor.

LaipMonitorError
 +-- ConfigError      a config file or value is unusable (message names file, portal, field)
 +-- DatabaseError    the database cannot be reached, migrated or written
 +-- ReportError      a report cannot be built or sent as asked

Portal misbehaviour is never an exception: probes and crawls return results.
"""

from __future__ import annotations


class LaipMonitorError(Exception):
    """Base of every error the CLI turns into a one-line message and a non-zero exit."""


class ConfigError(LaipMonitorError):
    """The configuration file is missing, malformed or invalid."""


class DatabaseError(LaipMonitorError):
    """The database is unreachable or its schema cannot be brought to head."""


class ReportError(LaipMonitorError):
    """A report cannot be produced or delivered as requested."""


def one_line(error: BaseException, limit: int = 300) -> str:
    """The first line of an error (a database driver's own error when wrapped), for logs."""
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return (lines[0] if lines else type(original).__name__)[:limit]
