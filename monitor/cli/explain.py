"""``laip-monitor explain SLUG``: the latest verdict of every section, with its evidence."""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer
from rich.table import Table

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    ConfigOption,
    DbOption,
    JsonOption,
    iso,
    load,
    open_db,
    percent,
    print_json,
    stderr,
    stdout,
)
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.store.crawls import PortalCompliance, StoredVerdict, latest_compliance, latest_verdicts

STYLE = {
    "ok": "green",
    "outdated": "yellow",
    "empty": "yellow",
    "broken": "red",
    "missing": "red",
    "not_applicable": "dim",
    "unknown": "magenta",
}
SectionOption = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Only this section: 'art10.n08', 'n08' or '8'.",
        show_default=False,
    ),
]


def section_id(value: str, catalog: Catalog) -> str:
    """The catalogue id meant by ``value`` ('8', 'n08', 'art10.n08'); BadParameter otherwise."""
    text = value.strip().lower()
    found = re.fullmatch(r"(?:art10\.)?n?0*([1-9]|[12][0-9])", text)
    wanted = f"art10.n{int(found.group(1)):02d}" if found else text
    try:
        return catalog.entry(wanted).id
    except KeyError:
        raise typer.BadParameter(
            f"no section {value!r} in the catalogue", param_hint="--section"
        ) from None


@app.command()
def explain(
    slug: Annotated[str, typer.Argument(help="The portal's slug, as in the config.")],
    section: SectionOption = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Show why each LAIP Article 10 section of a portal got its latest verdict."""
    catalog = load_catalog()
    wanted = section_id(section, catalog) if section else None
    with open_db(load(config, db)) as factory, factory() as session:
        verdicts = latest_verdicts(session, slug, wanted)
        summary = latest_compliance(session).get(slug)
    if json:
        print_json(_payload(slug, summary, verdicts))
        return
    if not verdicts:
        stderr.print(
            f"No compliance crawl recorded for {slug!r} yet: run 'laip-monitor check {slug}'."
        )
        raise typer.Exit(1)
    title = f"{slug} — score {percent(summary.score if summary else None)}"
    if summary is not None:
        title += (
            f", weighted {percent(summary.weighted_score)}; catalogue {summary.catalog_version}; "
            f"crawled {iso(summary.crawled_at)}, {summary.crawled_pages} pages"
        )
    if summary is not None and (summary.error or summary.stop_reason):
        title += f"\n{summary.error or 'crawl stopped early: ' + str(summary.stop_reason)}"
    table = Table(title=title, show_lines=True)
    for column in ("section", "status", "since", "last updated", "evidence", "reason"):
        table.add_column(column, overflow="fold")
    for verdict in verdicts:
        table.add_row(
            f"{verdict.section_id}\n{_title(catalog, verdict.section_id)}",
            f"[{STYLE.get(verdict.status, 'white')}]{verdict.status}[/]",
            iso(verdict.since) or "",
            verdict.last_updated.isoformat() if verdict.last_updated else "—",
            "\n".join(part for part in (verdict.label, verdict.url) if part) or "—",
            verdict.reason,
        )
    stdout.print(table)


def _title(catalog: Catalog, section: str) -> str:
    try:
        return catalog.entry(section).title
    except KeyError:
        return ""


def _payload(
    slug: str, summary: PortalCompliance | None, verdicts: list[StoredVerdict]
) -> dict[str, Any]:
    return {
        "slug": slug,
        "score": summary.score if summary else None,
        "weighted_score": summary.weighted_score if summary else None,
        "catalog_version": summary.catalog_version if summary else None,
        "crawled_at": iso(summary.crawled_at) if summary else None,
        "crawled_pages": summary.crawled_pages if summary else None,
        "stop_reason": summary.stop_reason if summary else None,
        "error": summary.error if summary else None,
        "sections": [verdict.to_json() for verdict in verdicts],
    }
