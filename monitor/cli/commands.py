"""Imports every command module so that its commands register on the app."""

from monitor.cli import check, db, portals, status  # noqa: F401
