"""The process's limits: as many open files as the system allows this process.

A monitor holds a socket per connection, and idle keep-alive connections to every portal crawled
in the last seconds: on a system whose default soft limit is 1,024 open files (systemd services,
most login shells) a round of a few thousand portals would run out. The soft limit is raised to
the hard one at start, as Go's runtime does; a request that still finds no file descriptor is the
monitor's own failure (``net.errors.LOCAL_ERRNOS``), never the portal's.
"""

from __future__ import annotations

# Linux caps the number of open files of a process at fs.nr_open (1,048,576 by default) whatever
# an unlimited hard limit says.
CEILING = 1 << 20


def raise_open_files_limit() -> tuple[int, int] | None:
    """Raise the soft limit of open files to the hard limit; (before, after), or None when the
    platform has no such limit (Windows). A refusal leaves the limit as it was."""
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = CEILING if hard == resource.RLIM_INFINITY else min(hard, CEILING)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            return soft, soft
        return soft, target
    return soft, soft


def open_files_limit() -> int | None:
    """The soft limit of open files now (None: unlimited, or no such limit here)."""
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return None if soft == resource.RLIM_INFINITY else soft
