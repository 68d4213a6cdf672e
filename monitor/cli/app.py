"""The typer application object that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="laip-monitor",
    help="Uptime and LAIP Article 10 compliance monitor for Guatemalan municipal portals.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema management.", no_args_is_help=True)
app.add_typer(db_app, name="db")
review_app = typer.Typer(
    help="Oversight corrections of verdicts, with their audit trail.", no_args_is_help=True
)
app.add_typer(review_app, name="review")
