"""The process's limits: as many open files as the system allows this process.

A monitor holds a socket per connection, and idle keep-alive connections to every portal crawled
in the last seconds: on a system whose default soft limit is 1,024 open files (systemd services,
most login shells) a round of a few thousand portals would run out. The soft limit is raised to
the hard one at start, as Go's runtime does; a request that still finds no file descriptor is the
monitor's own failure (``net.errors.LOCAL_ERRNOS``), never the portal's.
"""

from __future__ import annotations

import contextlib

try:
    import resource
except ImportError:  # not POSIX: no such limit
    resource = None  # type: ignore[assignment]

# Linux caps the number of open files of a process at fs.nr_open (1,048,576 by default) whatever
# an unlimited hard limit says.
CEILING = 1 << 20


def raise_open_files_limit() -> None:
    """Raise the soft limit of open files to the hard limit; a refusal leaves it as it was."""
    if resource is None:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = CEILING if hard == resource.RLIM_INFINITY else min(hard, CEILING)
    if soft != resource.RLIM_INFINITY and soft < target:
        # Refused: the limit stays, and a request that meets it is the monitor's error.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def open_files_limit() -> int | None:
    """The soft limit of open files now (None: unlimited, or no such limit here)."""
    if resource is None:
        return None
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else soft
