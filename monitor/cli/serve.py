"""``laip-monitor serve``: the long-running scheduler with /metrics and /healthz."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from monitor.cli.app import app
from monitor.cli.common import DEFAULT_CONFIG, ConfigOption, DbOption, load

ListenOption = Annotated[
    str | None,
    typer.Option(
        "--listen",
        help="HOST:PORT for /metrics and /healthz; overrides the config's listen (127.0.0.1:9877).",
        show_default=False,
    ),
]


@app.command()
def serve(
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    listen: ListenOption = None,
) -> None:
    """Probe and crawl every portal on schedule and serve Prometheus metrics until stopped.

    SIGTERM or Ctrl-C stops it cleanly; SIGHUP, or saving the config file, reloads the config.
    """
    # The service's packages (procrastinate, APScheduler, Prometheus, SMTP, reports) are imported
    # here, not with the CLI: every other command, ``check`` included, runs without them.
    from prometheus_client import disable_created_metrics

    from monitor.logs import configure_logging
    from monitor.service.app import MonitorService

    cfg = load(config, db)
    disable_created_metrics()  # type: ignore[no-untyped-call]  # no panel uses *_created
    configure_logging(cfg.monitor.log_format)
    service = MonitorService(cfg, config_path=config, db_override=db, listen=listen)
    asyncio.run(service.run())
