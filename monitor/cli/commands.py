"""Imports every command module so that its commands register on the app."""

from monitor.cli import (  # noqa: F401
    check,
    contacts,
    db,
    demo,
    evidence,
    explain,
    export,
    portals,
    prune,
    publish,
    report,
    review,
    serve,
    status,
)
