"""The typer application object that every command module registers on."""

from __future__ import annotations

from typing import Annotated, Any

import typer
import typer.core

from monitor import __version__

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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"laip-monitor {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Uptime and LAIP Article 10 compliance monitor for Guatemalan municipal portals."""


def _plain_type(self: Any, ctx: Any) -> str | None:
    """Help shows ``PATH`` / ``TEXT`` / ``INTEGER`` for values and nothing for flags.

    typer's default shows Python types (``<bool>``, ``<list[str]>``), which mean nothing to
    the operator reading ``--help``.
    """
    if self.metavar is not None:
        return str(self.metavar)
    if getattr(self, "is_flag", False) or getattr(self, "count", False):
        return None
    label = str(self.display_type(ctx)).strip("<>").removeprefix("list[").removesuffix("]")
    return _LABELS.get(label, label.upper())


_LABELS = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "path": "PATH", "bool": "BOOLEAN"}


typer.core.TyperOption.display_type_rich = _plain_type  # type: ignore[method-assign]
typer.core.TyperArgument.display_type_rich = _plain_type  # type: ignore[method-assign]
