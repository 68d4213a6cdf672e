"""Imports every command module so that its commands register on the app."""

from monitor.cli import check, contacts, db, demo, explain, portals, prune, report, serve, status  # noqa: F401
