"""A loopback fleet of generated portals served by nginx, for the scale benchmark.

Each portal is one of the four structurally different designs of the compliance fixtures
(``tests/compliance/fleet/designs.py``: a laip.gt/Joomla numbered platform, a WordPress site with
every item inline, "Numeral N" buttons, year/month folders), with its own rotation of section
states, its HTML pages padded to 30-150 KB of theme markup (``bench/padding.py``) and its documents
as sparse files of realistic size with a Last-Modified of their period. Portal ``i`` listens on
its own loopback address ``127.0.x.y:8080`` (the whole 127.0.0.0/8 is local on Linux, no setup).

    .venv/bin/python -m bench.fleet --portals 340 --out /tmp/laip-fleet --serve

writes the sites, ``nginx.conf`` and ``portals.toml`` under ``--out`` and, with ``--serve``,
runs nginx in the foreground until Ctrl-C. Generation is deterministic for a seed and a date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.padding import Theme  # noqa: E402
from monitor.compliance.assess import guatemala_today  # noqa: E402
from monitor.compliance.catalog import Catalog, load_catalog  # noqa: E402
from tests.compliance.fleet.content import assign  # noqa: E402
from tests.compliance.fleet.designs import DESIGNS  # noqa: E402
from tests.compliance.fleet.server import Resource  # noqa: E402

PORT = 8080
DESIGN_ORDER = ("numbered", "inline", "buttons", "folders")
FAMILY = {"numbered": "joomla", "inline": "wordpress", "buttons": "bootstrap", "folders": "joomla"}
GENERATOR_VERSION = "4"  # bump when the output changes, so cached fleets are rebuilt
OTHER_HOST = "http://127.0.255.254:8080"  # another (unserved) loopback host the designs link to
KB = 1024


@dataclass(frozen=True)
class FleetPortal:
    index: int
    slug: str
    design: str
    address: str

    @property
    def url(self) -> str:
        return f"http://{self.address}:{PORT}/"


@dataclass
class FleetStats:
    portals: int = 0
    pages: int = 0
    documents: int = 0
    errors: int = 0
    page_bytes: int = 0


def address(index: int) -> str:
    """Portal ``index``'s loopback address: 127.0.1.1, 127.0.1.2, ... 250 per /24."""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


def plan(portals: int) -> list[FleetPortal]:
    return [
        FleetPortal(i, f"bench-{i:04d}", DESIGN_ORDER[i % len(DESIGN_ORDER)], address(i))
        for i in range(portals)
    ]


def _file_for(path: str, content_type: str) -> str:
    """Where a route lives on disk (relative to the site root); nginx's try_files mirrors this.

    A route may be both a page and a folder prefix (``/index.php`` and ``/index.php/noticias``),
    so every route is a directory holding ``__r.<ext>`` (or ``__q_<query>.<ext>``).
    """
    parts = urlsplit(path)
    folder = unquote(parts.path).rstrip("/")
    ext = "html" if content_type.startswith("text/html") else "pdf"
    name = f"__q_{parts.query}" if parts.query else "__r"
    if "/" in parts.query or ".." in folder:
        raise ValueError(f"route {path!r} cannot be stored")
    return f"{folder}/{name}.{ext}".lstrip("/")


def _nginx_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _page_date(rng: random.Random, today: dt.date) -> float:
    day = today - dt.timedelta(days=rng.randint(1, 400))
    return dt.datetime.combine(day, dt.time(15), dt.UTC).timestamp()


def truth(portal: FleetPortal, catalog: Catalog) -> dict[str, str]:
    """The status each catalogue entry should be judged on ``portal`` (as the fixtures say)."""
    expected = assign(catalog, portal.index)
    expected.update({e.id: "missing" for e in catalog.entries if not e.is_article10})
    if portal.design == "inline":
        expected["extra.comude"] = "ok"  # the WordPress design also publishes its COMUDE minutes
    return expected


def write_portal(
    portal: FleetPortal,
    root: Path,
    catalog: Catalog,
    today: dt.date,
    seed: int,
    stats: FleetStats,
    page_kb: int | None = None,
) -> str:
    """Write one portal's site under ``root``; its nginx ``server`` block."""
    statuses = assign(catalog, portal.index)
    routes: dict[str, Resource] = DESIGNS[portal.design](
        catalog, statuses, today, other_host=OTHER_HOST
    )
    routes["/robots.txt"] = Resource(
        b"User-agent: *\nDisallow: /wp-admin/\nDisallow: /administrator/\n", 200, "text/plain"
    )
    rng = random.Random(f"{seed}:{portal.index}")
    pages = [
        p for p, r in routes.items() if r.status == 200 and r.content_type.startswith("text/html")
    ]
    inner = sorted({"/", *(p for p in pages if "?" not in p and p.count("/") <= 2)})[:12]
    theme = Theme(rng.getrandbits(32), FAMILY[portal.design], f"Municipalidad {portal.slug}", inner)
    specials: dict[str, list[str]] = {}
    for path, resource in sorted(routes.items()):
        if resource.status != 200:
            if resource.status != 404:
                specials.setdefault(unquote(urlsplit(path).path), []).append(
                    _special(path, resource)
                )
            stats.errors += 1
            continue
        target = root / _file_for(path, resource.content_type)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path == "/robots.txt":
            target = target.with_suffix(".txt")
            target.write_bytes(resource.body)
        elif resource.content_type.startswith("text/html"):
            size = int(rng.triangular(30 * KB, 150 * KB, 55 * KB))
            if page_kb is not None:  # one size for every page (the issue's "60 KB pages")
                size = page_kb * KB
            encoding = "iso-8859-1" if portal.design == "folders" else "utf-8"
            body = theme.pad(resource.body, size, rng.getrandbits(16), encoding)
            target.write_bytes(body)
            stamp = _page_date(rng, today)
            os.utime(target, (stamp, stamp))
            stats.pages += 1
            stats.page_bytes += len(body)
        else:
            _write_document(target, resource, rng)
            stats.documents += 1
    stats.portals += 1
    return _server_block(portal, root, specials)


def _write_document(target: Path, resource: Resource, rng: random.Random) -> None:
    """A sparse file of a realistic size (only its headers are ever read) dated at its period."""
    with target.open("wb") as handle:
        if resource.body:
            handle.write(resource.body[:9])
            size = int(min(6_000 * KB, max(8 * KB, rng.lognormvariate(12.2, 1.0))))
            handle.truncate(size)
    if resource.last_modified is not None:
        os.utime(target, (resource.last_modified, resource.last_modified))


def _special(path: str, resource: Resource) -> str:
    """An nginx ``return`` for a route whose answer is not a file (redirects, 5xx)."""
    answer = f"return {resource.status}"
    if resource.location:
        answer += f" {_nginx_string(resource.location)}"
    query = urlsplit(path).query
    if query:
        return f"if ($args = {_nginx_string(query)}) {{ {answer}; }}"
    return f"{answer};"


def _server_block(portal: FleetPortal, root: Path, specials: dict[str, list[str]]) -> str:
    lines = [
        "  server {",
        f"    listen {portal.address}:{PORT};",
        f"    server_name {portal.slug}.bench.test;",
        f"    root {root};",
    ]
    if portal.design != "folders":  # the folders design labels its Latin-1 pages by meta only
        lines.append("    charset utf-8;")
    for path, answers in specials.items():
        plain = [a for a in answers if a.startswith("return")]
        lines.append(f"    location = {_nginx_string(path)} {{")
        lines.extend(f"      {a}" for a in answers if not a.startswith("return"))
        lines.extend(f"      {a}" for a in plain[:1])
        lines.append("      try_files $FILES =404;" if not plain else "")
        lines.append("    }")
    lines.append("    location / { try_files $FILES =404; }")
    lines.append("  }")
    files = (
        "${uri}/__q_${args}.html ${uri}/__q_${args}.pdf ${uri}/__r.html ${uri}/__r.pdf "
        "${uri}/__r.txt"
    )
    return "\n".join(line.replace("$FILES", files) for line in lines if line) + "\n"


def nginx_conf(out: Path, workers: int) -> str:
    """The main config; the portals' server blocks are in ``servers.conf``, written once."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    logs = out / "logs"
    return f"""{user}worker_processes {workers};
daemon off;
pid {logs}/nginx.pid;
error_log {logs}/error.log warn;
worker_rlimit_nofile 16384;
events {{ worker_connections 8192; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 10000;
  server_tokens off;
  # Cached entries hold open descriptors: keep far below the descriptor limit, or a 1,000-portal
  # fleet runs nginx out of them (accept() and open() then fail: timeouts and false 404s).
  open_file_cache max=2000 inactive=60s;
  open_file_cache_errors on;
  client_body_temp_path {out}/tmp/body;
  proxy_temp_path {out}/tmp/proxy;
  fastcgi_temp_path {out}/tmp/fastcgi;
  uwsgi_temp_path {out}/tmp/uwsgi;
  scgi_temp_path {out}/tmp/scgi;
  server_names_hash_bucket_size 128;
  server_names_hash_max_size 8192;
  include {out}/servers.conf;
}}
"""


def portals_toml(portals: list[FleetPortal], database_url: str | None = None) -> str:
    lines = ["# Generated by bench/fleet.py: a loopback benchmark fleet.", "", "[monitor]"]
    if database_url:
        lines.append(f'database_url = "{database_url}"')
    lines += ['timeout = "10s"', "", "[crawl]", "", ""]
    for portal in portals:
        lines += [
            "[[portals]]",
            f'slug = "{portal.slug}"',
            f'name = "Municipalidad de prueba {portal.index} ({portal.design})"',
            f'url = "{portal.url}"',
            "",
        ]
    return "\n".join(lines)


@dataclass
class Fleet:
    out: Path
    portals: list[FleetPortal]
    stats: FleetStats

    @property
    def config(self) -> Path:
        return self.out / "portals.toml"

    @property
    def truth(self) -> dict[str, dict[str, str]]:
        """``{slug: {section_id: expected status}}`` for every portal."""
        loaded: dict[str, dict[str, str]] = json.loads((self.out / "truth.json").read_text())
        return loaded

    @property
    def nginx_conf(self) -> Path:
        return self.out / "nginx.conf"


def generate(
    out: Path,
    portals: int,
    *,
    seed: int = 57,
    today: dt.date | None = None,
    workers: int = 1,
    page_kb: int | None = None,
) -> Fleet:
    """Write the sites, nginx.conf and portals.toml (or reuse the same fleet already there)."""
    today = today or guatemala_today()  # the date the judge will judge freshness against
    fleet_plan = plan(portals)
    stamp_file = out / "fleet.json"
    key = {
        "version": GENERATOR_VERSION,
        "portals": portals,
        "seed": seed,
        "today": today.isoformat(),
        "designs": _designs_digest(),
        "page_kb": page_kb,
    }
    if stamp_file.exists():
        saved = json.loads(stamp_file.read_text())
        if saved.get("key") == key:
            restore_pages(out)  # pages a killed run left changed
            (out / "nginx.conf").write_text(nginx_conf(out, workers))
            return Fleet(out, fleet_plan, FleetStats(**saved["stats"]))
    if out.exists():
        shutil.rmtree(out)
    for sub in ("sites", "logs", "tmp"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    catalog = load_catalog()
    stats = FleetStats()
    servers = [
        write_portal(p, out / "sites" / p.slug, catalog, today, seed, stats, page_kb)
        for p in fleet_plan
    ]
    (out / "servers.conf").write_text("".join(servers))
    (out / "nginx.conf").write_text(nginx_conf(out, workers))
    (out / "portals.toml").write_text(portals_toml(fleet_plan))
    expected = {p.slug: truth(p, catalog) for p in fleet_plan}
    (out / "truth.json").write_text(json.dumps(expected, indent=1, sort_keys=True))
    stamp_file.write_text(json.dumps({"key": key, "stats": stats.__dict__}, indent=2))
    return Fleet(out, fleet_plan, stats)


CHANGED = "changed-originals"  # under the fleet directory: pages changed for a round, as they were


def revise(body: bytes, key: str) -> bytes:
    """``body`` with an HTML comment added before ``</body>``: new bytes, the same verdicts.

    The monitor's parser drops comments, so what it reads of the page is unchanged; the file's
    size (and so nginx's ETag) and, once touched, its Last-Modified change. A real theme update
    or a new cache-busting nonce looks like this to a crawler.
    """
    mark = f"<!-- revised for a steady-state round ({key}) -->\n".encode("ascii")
    close = body.lower().rfind(b"</body>")
    at = close if close >= 0 else len(body)
    return body[:at] + mark + body[at:]


def pick_changed(fleet: Fleet, share: float, key: str) -> list[FleetPortal]:
    """The portals whose pages change: ``round(share * portals)``, drawn from ``key``."""
    count = min(len(fleet.portals), max(0, round(len(fleet.portals) * share)))
    chosen = random.Random(key).sample(fleet.portals, count)
    return sorted(chosen, key=lambda p: p.index)


@contextmanager
def changed_pages(
    fleet: Fleet, share: float, key: str, after: Callable[[], None] | None = None
) -> Iterator[list[FleetPortal]]:
    """Change every HTML page of a ``share`` of the portals (``revise``, mtime now) for a round.

    The originals are copied first under ``CHANGED`` in the fleet directory and put back on exit,
    whatever happens (``generate`` also puts back what a killed run left), so the cached fleet
    stays the generated one. ``after`` runs once the files changed and again once they are back:
    nginx caches open files and their size and mtime, so the server must drop that cache (reload).
    """
    restore_pages(fleet.out)
    backup = fleet.out / CHANGED
    backup.mkdir()
    chosen = pick_changed(fleet, share, key)
    now = time.time()
    try:
        for portal in chosen:
            for page in sorted((fleet.out / "sites" / portal.slug).rglob("*.html")):
                if not page.is_file():  # a route folder may be named like a page
                    continue
                saved = backup / page.relative_to(fleet.out)
                saved.parent.mkdir(parents=True, exist_ok=True)
                partial = saved.with_name(saved.name + ".partial")
                shutil.copy2(page, partial)  # bytes and mtime
                os.replace(partial, saved)  # only a complete copy is ever restored
                page.write_bytes(revise(page.read_bytes(), key))
                os.utime(page, (now, now))
        if after is not None:
            after()
        yield chosen
    finally:
        restore_pages(fleet.out)
        if after is not None:
            after()


def restore_pages(out: Path) -> int:
    """Put back the pages ``changed_pages`` saved under ``out``; how many."""
    backup = out / CHANGED
    if not backup.exists():
        return 0
    restored = 0
    for saved in sorted(backup.rglob("*.html")):
        if not saved.is_file():
            continue
        shutil.copy2(saved, out / saved.relative_to(backup))
        restored += 1
    shutil.rmtree(backup)
    return restored


def reload(process: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    """Reload the nginx master ``process`` (SIGHUP) and wait until its old workers are gone.

    New workers start with an empty ``open_file_cache``, so a changed file is served with its
    new size, ETag and Last-Modified; waiting for the old workers means none answers from its
    stale cache afterwards.
    """
    old = _children(process.pid)
    process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + timeout
    while True:
        now = _children(process.pid)
        if now and not now & old:
            return
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with {process.returncode} on reload")
        if time.monotonic() > deadline:
            raise RuntimeError(f"nginx did not replace its workers {sorted(old)} on reload")
        time.sleep(0.05)


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            found.add(int(entry.name))
    return found


def _designs_digest() -> str:
    """A hash of the fixture designs' source: a change there regenerates cached fleets."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in (
        here / "padding.py",
        here / "fleet.py",
        here.parent / "tests/compliance/fleet/designs.py",
        here.parent / "tests/compliance/fleet/content.py",
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_nginx() -> str:
    """The nginx binary, installing Debian's nginx-light package when it is missing."""
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found:
        return found
    subprocess.run(["apt-get", "install", "-y", "nginx-light"], check=True)
    return shutil.which("nginx") or "/usr/sbin/nginx"


@contextmanager
def serving(fleet: Fleet, timeout: float = 30.0) -> Iterator[subprocess.Popen[bytes]]:
    """Run nginx on the fleet (a foreground child) until every portal accepts; stop it on exit."""
    binary = ensure_nginx()
    _check_free(fleet)
    conf = str(fleet.nginx_conf)
    subprocess.run(
        [binary, "-t", "-q", "-c", conf, "-e", str(fleet.out / "logs/error.log")], check=True
    )
    process = subprocess.Popen(
        [binary, "-c", conf, "-p", str(fleet.out), "-e", str(fleet.out / "logs/error.log")],
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C reaches us, not nginx: we stop it ourselves, in order
    )
    try:
        _wait_listening(fleet, process, timeout)
        yield process
    finally:
        _stop(process)


def _check_free(fleet: Fleet) -> None:
    for portal in (fleet.portals[0], fleet.portals[-1]):
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as nginx does
            try:
                probe.bind((portal.address, PORT))
            except OSError as exc:
                raise RuntimeError(
                    f"{portal.address}:{PORT} is taken (another fleet still serving?): {exc}"
                ) from None


def _wait_listening(fleet: Fleet, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = [p.address for p in fleet.portals]
    while pending:
        if process.poll() is not None:
            log = (fleet.out / "logs/error.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"nginx exited with {process.returncode}:\n{log}")
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"nginx not listening on {len(pending)} addresses, e.g. {pending[0]}"
            )
        still = []
        for host in pending:
            try:
                socket.create_connection((host, PORT), timeout=0.5).close()
            except OSError:
                still.append(host)
        pending = still
        if pending:
            time.sleep(0.05)
    if process.poll() is not None:
        raise RuntimeError(f"nginx exited with {process.returncode}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGQUIT)  # graceful: workers finish, master removes its pid
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def exit_on_sigterm() -> None:
    """Make SIGTERM unwind like Ctrl-C, so that ``finally`` blocks stop nginx."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--portals", type=int, default=340)
    parser.add_argument("--out", type=Path, default=None, help="default: /tmp/laip-bench-fleet-N")
    parser.add_argument("--seed", type=int, default=57)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--workers", type=int, default=1, help="nginx worker processes")
    parser.add_argument("--serve", action="store_true", help="run nginx until Ctrl-C")
    parser.add_argument(
        "--page-kb", type=int, default=None, help="pad every page to this size (default 30-150 KB)"
    )
    args = parser.parse_args(argv)
    exit_on_sigterm()
    out = args.out or Path(f"/tmp/laip-bench-fleet-{args.portals}")
    began = time.monotonic()
    fleet = generate(
        out,
        args.portals,
        seed=args.seed,
        today=args.today,
        workers=args.workers,
        page_kb=args.page_kb,
    )
    s = fleet.stats
    print(
        f"{s.portals} portals, {s.pages} pages ({s.page_bytes / s.pages / KB:.0f} KB average), "
        f"{s.documents} documents, {s.errors} error routes in {time.monotonic() - began:.1f}s: "
        f"{fleet.config}"
    )
    if args.serve:
        with serving(fleet):
            print(f"serving {len(fleet.portals)} portals on 127.0.x.y:{PORT}; Ctrl-C stops")
            with suppress(KeyboardInterrupt):
                signal.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())
