"""docker-compose.yml, checked structurally (no Docker engine here): services, health, wiring."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.config import load_config
from monitor.service.metrics import StateCollector, build_registry
from monitor.service.queue import QueueCollector

ROOT = Path(__file__).resolve().parents[2]
REPLICAS = ("monitor", "monitor-2", "monitor-3")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    return data


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """``{container path: source}`` of a service's volumes (short syntax)."""
    found = {}
    for entry in service.get("volumes", []):
        source, target = entry.split(":")[:2]
        found[target] = source
    return found


def test_the_stack_has_three_monitors_postgres_prometheus_and_grafana_each_with_a_healthcheck(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert set(services) == {*REPLICAS, "postgres", "prometheus", "grafana"}
    for name, service in services.items():
        assert service["healthcheck"]["test"], name
        assert service.get("restart") == "unless-stopped", name
    for name in REPLICAS:
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert name in services["prometheus"]["depends_on"]


def test_every_published_port_is_bound_to_loopback(compose: dict[str, Any]) -> None:
    published = [port for s in compose["services"].values() for port in s.get("ports", [])]
    assert published and all(port.startswith("127.0.0.1:") for port in published)


def test_named_volumes_are_declared_and_bind_mounts_exist_in_the_repository(
    compose: dict[str, Any],
) -> None:
    declared = set(compose["volumes"])
    used = set()
    for service in compose["services"].values():
        for source in mounts(service).values():
            if source.startswith("."):
                assert (ROOT / source).exists(), source
            else:
                used.add(source)
    assert used == declared == {"pgdata", "promdata", "grafana", "evidence", "publico"}


def test_the_monitor_is_built_here_and_runs_as_an_unprivileged_user(
    compose: dict[str, Any],
) -> None:
    for name in REPLICAS:
        assert compose["services"][name]["build"] == "."
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    for line in re.findall(r"^COPY\s+(.+)$", dockerfile, re.MULTILINE):
        for source in line.split()[:-1]:
            assert (ROOT / source).exists(), source
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".venv" in ignored and ".git" in ignored


@pytest.mark.parametrize("replica", REPLICAS)
def test_each_monitor_replica_reads_the_mounted_config_and_uses_postgres(
    compose: dict[str, Any], replica: str
) -> None:
    monitor = compose["services"][replica]
    command = monitor["command"]
    config_path = command[command.index("--config") + 1]
    target, _, name = config_path.rpartition("/")
    source = mounts(monitor)[target]
    load_config(ROOT / source / name)  # the mounted file is a valid config
    assert "@postgres:5432/" in monitor["environment"]["LAIP_MONITOR_DB_URL"]
    assert command[command.index("--listen") + 1] == "0.0.0.0:9877"


def test_the_replicas_share_one_database_and_one_read_only_config_on_separate_host_ports(
    compose: dict[str, Any],
) -> None:
    first, *others = (compose["services"][name] for name in REPLICAS)
    url = first["environment"]["LAIP_MONITOR_DB_URL"]
    # The config is read-only; the writable volumes are shared by all replicas, since any of
    # them may run a crawl (its WARC evidence) or the export (the public site), at the paths
    # that ``./evidence`` and the shipped ``[publish] dir = "publico"`` resolve to.
    writable = [entry for entry in first["volumes"] if not entry.endswith(":ro")]
    assert writable == [
        "evidence:/var/lib/laip-monitor/evidence",
        "publico:/var/lib/laip-monitor/publico",
    ]
    assert load_config(ROOT / "config/portals.toml").publish.dir == "publico"
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "WORKDIR /var/lib/laip-monitor\n" in dockerfile
    owned = "install -d -o laip -g laip /var/lib/laip-monitor/evidence /var/lib/laip-monitor/"
    assert owned + "publico\n" in dockerfile
    for other in others:
        assert other["environment"]["LAIP_MONITOR_DB_URL"] == url
        assert other["volumes"] == first["volumes"]
        assert other["command"] == first["command"]
        assert (other["image"], other["healthcheck"]) == (first["image"], first["healthcheck"])
    ports = [compose["services"][name]["ports"] for name in REPLICAS]
    assert ports == [["127.0.0.1:9877:9877"], ["127.0.0.1:9878:9877"], ["127.0.0.1:9879:9877"]]
    # The queue is on (the default): every replica works, so adding one adds capacity.
    config = load_config(ROOT / "config/portals.toml")
    assert config.queue.enabled


def test_prometheus_scrapes_every_monitor_replica_and_loads_the_mounted_rules(
    compose: dict[str, Any],
) -> None:
    service = compose["services"]["prometheus"]
    files = mounts(service)
    config = yaml.safe_load((ROOT / files["/etc/prometheus/prometheus.yml"]).read_text())
    assert "--config.file=/etc/prometheus/prometheus.yml" in service["command"]
    for rule_file in config["rule_files"]:
        assert rule_file in files, rule_file
    job = config["scrape_configs"][0]
    assert job["job_name"] == "laip-monitor"  # the alert rules select up{job="laip-monitor"}
    # Every replica: the leader exports the portals' state, each one its own process metrics.
    assert job["static_configs"][0]["targets"] == [f"{name}:9877" for name in REPLICAS]


def test_prometheus_drops_the_replica_label_from_the_shared_state_and_only_from_it() -> None:
    config = yaml.safe_load((ROOT / "dashboards/prometheus.yml").read_text(encoding="utf-8"))
    (rule,) = config["scrape_configs"][0]["metric_relabel_configs"]
    assert rule["source_labels"] == ["__name__"]
    assert (rule["target_label"], rule["replacement"]) == ("instance", "")
    shared = re.compile(f"^(?:{rule['regex']})$")  # Prometheus anchors relabel regexes
    state = StateCollector(lambda: None).describe()
    for family in state:
        sample = f"{family.name}_total" if family.type == "counter" else family.name
        assert bool(shared.match(sample)) == (family.name != "laip_database_up"), family.name
    # The job queue is shared too: laip_queue_jobs is one series per status across replicas.
    (queue,) = QueueCollector(dict).describe()
    assert shared.match(queue.name)
    registry, metrics = build_registry(lambda: None, process_collectors=False)
    metrics.probe_errors.labels("alfa", "dns").inc()
    for family in registry.collect():
        for process_sample in family.samples:
            assert not shared.match(process_sample.name), process_sample.name


def test_grafana_is_provisioned_with_the_datasource_and_the_dashboards(
    compose: dict[str, Any],
) -> None:
    service = compose["services"]["grafana"]
    files = mounts(service)
    provisioning = ROOT / files["/etc/grafana/provisioning"]
    datasource = yaml.safe_load((provisioning / "datasources/prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"
    provider = yaml.safe_load((provisioning / "dashboards/laip.yml").read_text())
    dashboards_dir = provider["providers"][0]["options"]["path"]
    assert (ROOT / files[dashboards_dir] / "resumen.json").exists()
    assert (ROOT / files[dashboards_dir] / "portal.json").exists()
    home = service["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home == f"{dashboards_dir}/resumen.json"
