"""``serve`` through a real PostgreSQL outage: it keeps probing, says so, and loses nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from monitor.store.models import Portal, ProbeRun
from tests.resilience.serve_process import (
    Serve,
    free_port,
    loopback_portal,
    wait_for,
    write_config,
)
from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture
def portals() -> Iterator[dict[str, str]]:
    with loopback_portal() as url:
        yield {"uno": url, "dos": url}


def stored_probes(url: str) -> Counter[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Portal.slug, func.count())
                .join(ProbeRun, ProbeRun.portal_id == Portal.id)
                .group_by(Portal.slug)
            ).all()
    finally:
        engine.dispose()
    return Counter({slug: int(count) for slug, count in rows})


def test_probes_made_while_postgresql_is_stopped_are_all_stored_once_it_is_back(
    tmp_path: Path,
    private_postgres: PostgresInstance,  # noqa: F811
    portals: dict[str, str],
) -> None:
    config = write_config(tmp_path / "portals.toml", portals)
    serve = Serve(config, private_postgres.url, tmp_path / "serve.log")
    try:
        wait_for(lambda: serve.role() == "leader", "a healthy leader")
        wait_for(lambda: sum(stored_probes(private_postgres.url).values()) >= 4, "some probes")

        private_postgres.stop()

        def down() -> dict[str, object] | None:
            health = serve.health()
            return health[1] if health and health[0] == 503 and health[1]["buffered"] else None

        first = wait_for(down, "/healthz to report buffered results")
        assert str(first["database"]).startswith("error:")
        assert first["role"] == "leader"  # a lone leader keeps leading through the outage
        assert str(first["storage"]).startswith("database: down, ")
        # It keeps probing: the backlog grows while the database stays down.
        later = wait_for(lambda: (h := down()) and h["buffered"] >= first["buffered"] + 4 and h,
                         "the backlog to grow")  # fmt: skip
        assert later["dropped"] == 0
        assert "laip_write_buffer_pending" in serve.metrics()

        private_postgres.start()
        healthy = wait_for(lambda: (h := serve.health()) and h[0] == 200 and h[1], "recovery")
        assert (healthy["buffered"], healthy["dropped"]) == (0, 0)
        assert serve.terminate() == 0
    finally:
        serve.close()

    probes = [e for e in serve.events() if str(e["message"]).startswith("probe ")]
    made = Counter(str(e["portal"]) for e in probes)
    buffered = serve.events("probe buffered (database down)")
    assert len(buffered) >= later["buffered"]
    # Every probe the service made, stored or buffered, is in the database exactly once.
    assert stored_probes(private_postgres.url) == made
    stopped = serve.events("service stopped")[-1]
    assert stopped["lost_buffered_results"] == 0


def test_starting_while_the_database_is_down_fails_with_one_line_naming_it(
    tmp_path: Path, portals: dict[str, str]
) -> None:
    config = write_config(tmp_path / "portals.toml", portals)
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/laip"  # nothing listens there
    serve = Serve(config, url, tmp_path / "serve.log")
    try:
        assert serve.process.wait(timeout=60) == 2
    finally:
        serve.close()
    last = serve.log.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert last.startswith(f"laip-monitor: error: database {url}: connection failed")
