"""A production-shaped deployment on loopback: PostgreSQL, Redis, the action server, N Rasa
instances and nginx in front of them (round robin, no stickiness), all from Debian packages,
in a throw-away directory. Used by the scale-out tests and the load, fault and bench scripts.

    with Cluster(instances=2) as cluster:
        cluster.url  # nginx, e.g. http://127.0.0.1:8088
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
# How we start a Rasa server: Rasa with one fix (scripts/rasa_server.py).
RASA_SERVER = [str(ROOT / ".venv/bin/python"), "-m", "scripts.rasa_server"]
ACTION_PORT = 5055  # endpoints.yml
PACKAGES = {"postgres": "postgresql", "redis-server": "redis-server", "nginx": "nginx"}
PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)
START_TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def require_free_port(port: int, what: str) -> None:
    """Refuses to start `what` on a taken port: the server already there would answer its
    health check, and everything after would run against that one (another version, perhaps)."""
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"Port {port}, needed for {what}, is in use: stop that server.")


def install_debian_packages() -> None:
    """PostgreSQL, Redis and nginx from Debian, if they are not there yet."""
    global PG_BIN
    missing = [
        package
        for binary, package in PACKAGES.items()
        if not (shutil.which(binary) or (binary == "postgres" and PG_BIN))
    ]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env).returncode != 0:
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(install, env=env, check=True)
    PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)))


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            if process.poll() is not None:
                tail = log.read_text()[-3000:]
                raise RuntimeError(f"{url} died at start-up; log:\n{tail}") from None
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not start within {START_TIMEOUT} s; see {log}")


class Cluster:
    def __init__(self, instances: int = 2, model: Path = ROOT / "models/dry_needling.tar.gz"):
        self.instances = instances
        self.model = model
        self.dir = Path(tempfile.mkdtemp(prefix="dn-cluster-"))
        os.chmod(self.dir, 0o755)
        self.pg_port, self.redis_port, self.nginx_port = free_port(), free_port(), free_port()
        self.rasa_ports = [free_port() for _ in range(instances)]
        self.url = f"http://127.0.0.1:{self.nginx_port}"
        self.processes: dict[str, subprocess.Popen] = {}

    # --- services --------------------------------------------------------------------------

    def _spawn(self, name: str, command: list[str], env: dict | None = None) -> subprocess.Popen:
        log = self.dir / f"{name}.log"
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=log.open("a"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = process
        return process

    def _as_postgres(self, command: list[str]) -> list[str]:
        # PostgreSQL refuses to run as root.
        return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command

    def start_postgres(self) -> None:
        data = self.dir / "pgdata"
        if not data.exists():
            data.mkdir()
            if os.geteuid() == 0:
                shutil.chown(data, "postgres", "postgres")
            subprocess.run(
                self._as_postgres(
                    [str(PG_BIN / "initdb"), "-D", str(data), "-U", "rasa", "--auth=trust"]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        self._spawn(
            "postgres",
            self._as_postgres(
                [
                    str(PG_BIN / "postgres"),
                    "-D", str(data),
                    "-p", str(self.pg_port),
                    "-c", "listen_addresses=127.0.0.1",
                    "-c", f"unix_socket_directories={data}",
                    "-c", "fsync=off",
                ]
            ),
        )  # fmt: skip
        for _ in range(240):
            ready = subprocess.run(
                [str(PG_BIN / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.pg_port)],
                capture_output=True,
            )
            if ready.returncode == 0:
                break
            time.sleep(0.25)
        else:
            raise RuntimeError(f"PostgreSQL did not start; see {self.dir / 'postgres.log'}")
        subprocess.run(
            [
                str(PG_BIN / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.pg_port),
                "-U",
                "rasa",
                "rasa",
            ],
            capture_output=True,
        )  # fmt: skip  (fails harmlessly when the database exists after a restart)

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def restart_postgres(self) -> None:
        # SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for Rasa's pooled
        # connections to close, which they never do.
        self.stop("postgres", signal.SIGINT)
        self.start_postgres()

    def start_redis(self) -> None:
        self._spawn(
            "redis",
            ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no"],
        )  # fmt: skip

    def start_actions(self) -> None:
        log = self.dir / "actions.log"
        require_free_port(ACTION_PORT, "the action server")
        process = self._spawn("actions", [str(ROOT / ".venv/bin/rasa"), "run", "actions",
                                          "--port", str(ACTION_PORT)])  # fmt: skip
        wait_until_up(f"http://127.0.0.1:{ACTION_PORT}/health", process, log)

    def rasa_env(self) -> dict[str, str]:
        return {
            "POSTGRES_HOST": "127.0.0.1",
            "POSTGRES_PORT": str(self.pg_port),
            "POSTGRES_DB": "rasa",
            "POSTGRES_USER": "rasa",
            "REDIS_HOST": "127.0.0.1",
            "REDIS_PORT": str(self.redis_port),
            "PYTHONWARNINGS": "ignore",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "SANIC_REQUEST_MAX_SIZE": "1000000",
            # A killed instance's Redis lock on a conversation blocks that visitor until it
            # expires (Rasa's default: 60 s). A turn takes well under a second of work, a few
            # seconds under full load; 20 s covers that and lets the visitor go on soon.
            "TICKET_LOCK_LIFETIME": "20",
        }

    def start_rasa(self, index: int, wait: bool = True) -> subprocess.Popen:
        port = self.rasa_ports[index]
        command = [
            *RASA_SERVER, "run", "--model", str(self.model),
            "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
            "--interface", "127.0.0.1", "--port", str(port),
        ]  # fmt: skip
        process = self._spawn(f"rasa{index}", command, self.rasa_env())
        if wait:
            self.wait_for_rasa(index)
        return process

    def wait_for_rasa(self, index: int) -> None:
        port = self.rasa_ports[index]
        wait_until_up(f"http://127.0.0.1:{port}/", self.processes[f"rasa{index}"],
                      self.dir / f"rasa{index}.log")  # fmt: skip

    def start_nginx(self) -> None:
        servers = "\n".join(
            f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;"
            for port in self.rasa_ports
        )
        user = "user root;" if os.geteuid() == 0 else ""
        config = self.dir / "nginx.conf"
        config.write_text(
            f"""{user}
worker_processes 1;
pid {self.dir}/nginx.pid;
error_log {self.dir}/nginx_error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {self.dir}/nginx_body;
    proxy_temp_path {self.dir}/nginx_proxy;
    client_max_body_size 1m;
    upstream rasa {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{self.nginx_port};
        location / {{
            proxy_pass http://rasa;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # Longer than a turn can wait for a lock, so a slow answer never marks a healthy
            # instance as failed.
            proxy_read_timeout 120s;
            # An instance that refuses connections (killed) is skipped; a request it already
            # received is not sent twice (POSTs are not idempotent).
            proxy_next_upstream error timeout http_502 http_503;
            # Which instance answered: lets tests see one visitor's turns spread over instances.
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""
        )
        process = self._spawn("nginx", ["nginx", "-p", str(self.dir), "-c", str(config),
                                        "-g", "daemon off;"])  # fmt: skip
        wait_until_up(f"{self.url}/", process, self.dir / "nginx_error.log")

    # --- the whole thing -------------------------------------------------------------------

    def start(self) -> Cluster:
        install_debian_packages()
        self.start_postgres()
        self.start_redis()
        self.start_actions()
        for index in range(self.instances):  # started together: they load the model in parallel
            self.start_rasa(index, wait=False)
        for index in range(self.instances):
            self.wait_for_rasa(index)
        self.start_nginx()
        return self

    def close(self) -> None:
        for name in list(self.processes):
            self.stop(name)
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Cluster:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *_: object) -> None:
        self.close()

    def sql(self, query: str) -> list[tuple]:
        """Rows of a query on the conversations database."""
        import sqlalchemy

        engine = sqlalchemy.create_engine(
            f"postgresql://rasa@127.0.0.1:{self.pg_port}/rasa", pool_pre_ping=True
        )
        try:
            with engine.connect() as connection:
                return [tuple(row) for row in connection.execute(sqlalchemy.text(query))]
        finally:
            engine.dispose()


if __name__ == "__main__":
    # `make packages`: run beside the training, so the cluster tests do not wait for apt.
    install_debian_packages()
