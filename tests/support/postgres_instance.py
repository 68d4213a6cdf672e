"""A private, throw-away PostgreSQL server that a test may stop and start at will.

The shared server on 127.0.0.1:5432 must never be stopped (other tests use it concurrently), so
outage tests run their own: ``initdb`` into a temporary directory owned by the ``postgres`` user,
``pg_ctl start`` on a free loopback port with its own socket directory and trust authentication.

Use the ``private_postgres`` fixture (import it into the test module or a conftest)::

    from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

    def test_x(private_postgres: PostgresInstance) -> None:
        engine = create_engine(private_postgres.url)
        private_postgres.stop()   # the database is now unreachable
        private_postgres.start()  # and back, same data
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SERVER_USER = "postgres"


def pg_bin_dir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl`` (newest installed major), if any."""
    configured = os.environ.get("LAIP_TEST_PG_BIN")
    if configured:
        return Path(configured)
    for candidate in PG_BIN_CANDIDATES:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresInstance:
    """One private cluster: ``start()``, ``stop()``, ``url``; ``destroy()`` removes its files."""

    def __init__(self, bin_dir: Path, root: Path, port: int) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data_dir = root / "data"
        self.socket_dir = root / "sock"
        self.log_file = root / "server.log"
        self.port = port
        self.database = "laip"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database on this server."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{self.database}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            # The server refuses to run as root: run every server tool as the postgres user.
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        """Create the cluster and the test database (trust auth, no fsync: tests only)."""
        self._run(
            "initdb", "-D", str(self.data_dir), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip
        self.start()
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  self.database)  # fmt: skip

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        result = self._run(
            "pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-o", options,
            "-w", "-t", "60", "start", check=False,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {result.stderr.strip()}\n{self.log()}")

    def stop(self) -> None:
        """Stop the server at once (``-m fast``: open connections are cut)."""
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", "fast", "-w", "stop")

    def running(self) -> bool:
        """Whether the server is up."""
        return self._run("pg_ctl", "-D", str(self.data_dir), "status", check=False).returncode == 0

    def log(self) -> str:
        """The server log (for failure messages)."""
        try:
            return self.log_file.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def destroy(self) -> None:
        """Stop the server if it runs and delete its files."""
        if self.data_dir.exists() and self.running():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop",
                      check=False)  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


def create_instance() -> PostgresInstance:
    """Initialise and start a private cluster; the caller must ``destroy()`` it."""
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    # Not pytest's tmp_path: its parents are private to root, and the server runs as postgres.
    root = Path(tempfile.mkdtemp(prefix="laip-pg-"))
    (root / "sock").mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam(SERVER_USER)
        for path in (root, root / "sock"):
            os.chown(path, user.pw_uid, user.pw_gid)
    instance = PostgresInstance(bin_dir, root, free_port())
    try:
        instance.init()
    except BaseException:
        instance.destroy()
        raise
    return instance


@pytest.fixture
def private_postgres() -> Iterator[PostgresInstance]:
    """A private PostgreSQL server with an empty database ``laip``, removed after the test."""
    try:
        instance = create_instance()
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        pytest.fail(f"cannot start a private PostgreSQL: {exc} {detail}".strip(), pytrace=False)
    try:
        yield instance
    finally:
        instance.destroy()
