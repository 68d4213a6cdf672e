"""``laip-monitor contacts list|unsubscribe|resubscribe``: who receives the weekly e-mails."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    Column,
    ConfigOption,
    DbOption,
    JsonOption,
    fit_table,
    iso,
    load,
    open_db,
    print_json,
    stdout,
)
from monitor.store import deliveries
from monitor.store.db import transaction
from monitor.store.models import utcnow

contacts_app = typer.Typer(help="E-mail contacts and unsubscribes.", no_args_is_help=True)
app.add_typer(contacts_app, name="contacts")

Address = Annotated[str, typer.Argument(help="The e-mail address.")]


@contacts_app.command("list")
def list_contacts(
    config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None, json: JsonOption = False
) -> None:
    """List every configured recipient, what it receives and whether it unsubscribed."""
    settings = load(config, db)
    with open_db(settings) as factory, factory() as session:
        unsubscribed = {row.address: row for row in deliveries.unsubscribes(session)}
    receives: dict[str, list[str]] = {}
    for portal in settings.portals:
        for address in portal.contacts:
            receives.setdefault(deliveries.normalise_address(address), []).append(portal.slug)
    for address in settings.report.oversight:
        receives.setdefault(deliveries.normalise_address(address), []).append("oversight")
    for address in unsubscribed:
        receives.setdefault(address, [])
    rows = [
        {
            "address": address,
            "receives": subjects,
            "unsubscribed_at": iso(unsubscribed[address].at) if address in unsubscribed else None,
        }
        for address, subjects in sorted(receives.items())
    ]
    if json:
        print_json({"contacts": rows})
        return
    columns = [Column("address"), Column("receives", wrap=True), Column("unsubscribed", 2)]
    cells = [
        [
            escape(str(row["address"])),
            escape(", ".join(row["receives"] or ["(not in the config)"])),
            str(row["unsubscribed_at"] or ""),
        ]
        for row in rows
    ]
    table, dropped = fit_table("contacts", columns, cells, stdout.width)
    stdout.print(table)
    if dropped:
        stdout.print(f"Hidden to fit {stdout.width} columns: {', '.join(dropped)} (see --json).")


@contacts_app.command("unsubscribe")
def unsubscribe(
    address: Address,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (kept on record).")] = None,
) -> None:
    """Stop sending anything to ADDRESS (recorded in the database)."""
    with open_db(load(config, db)) as factory, transaction(factory) as session:
        added = deliveries.unsubscribe(session, address, utcnow(), reason)
    normal = deliveries.normalise_address(address)
    stdout.print(
        f"{normal} {'unsubscribed' if added else 'was already unsubscribed'}", markup=False
    )


@contacts_app.command("resubscribe")
def resubscribe(
    address: Address, config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None
) -> None:
    """Send to ADDRESS again."""
    with open_db(load(config, db)) as factory, transaction(factory) as session:
        removed = deliveries.resubscribe(session, address)
    normal = deliveries.normalise_address(address)
    stdout.print(f"{normal} {'resubscribed' if removed else 'was not unsubscribed'}", markup=False)
