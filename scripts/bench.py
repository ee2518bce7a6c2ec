"""Benchmark with a baseline in the same run: our assistant beside a stock `rasa init` bot
(trained here, now), then our assistant scaled out. Prints one table; no pass/fail.

    python -m scripts.bench          # about 12 minutes on 2 cores (two trainings included)
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import requests

from scripts.cluster import (
    ACTION_PORT,
    RASA_SERVER,
    ROOT,
    Cluster,
    free_port,
    require_free_port,
    wait_until_up,
)
from scripts.evaluate import load_labelled
from scripts.load_test import QUESTIONS, percentile

RASA = str(ROOT / ".venv/bin/rasa")
INIT_TEMPLATE = Path(importlib.util.find_spec("rasa").origin).parent / "cli" / "initial_project"
QUIET = {"PYTHONWARNINGS": "ignore", "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false"}
# Questions that get an FAQ answer and, with us, the custom provider action.
FAQ = [q for q in QUESTIONS if q not in ("thanks", "are you a bot?", "how much does it cost?")]


@dataclass
class Row:
    name: str
    values: dict[str, str] = field(default_factory=dict)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed_train(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env={**os.environ, **QUIET}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


class Server:
    """A Rasa server (and optionally our action server) on free ports, timed to first answer."""

    def __init__(self, project: Path, model: Path, env: dict[str, str], with_actions: bool,
                 rasa: list[str]) -> None:  # fmt: skip
        self.project, self.model, self.env = project, model, {**os.environ, **QUIET, **env}
        self.rasa = rasa
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.with_actions = with_actions
        self.processes: list[subprocess.Popen] = []

    def start(self) -> float:
        start = time.perf_counter()
        if self.with_actions:
            require_free_port(ACTION_PORT, "the action server")  # else we'd measure another
            actions = subprocess.Popen([RASA, "run", "actions", "--port", str(ACTION_PORT)],
                                       cwd=self.project, env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.STDOUT)  # fmt: skip
            self.processes.append(actions)
        server = subprocess.Popen(
            [*self.rasa, "run", "--model", str(self.model), "--port", str(self.port),
             "--interface", "127.0.0.1", "--endpoints", "endpoints.yml",
             "--credentials", "credentials.yml"],
            cwd=self.project, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.processes.append(server)
        log = Path(os.devnull)
        wait_until_up(f"{self.url}/", server, log)
        if self.with_actions:
            wait_until_up(f"http://127.0.0.1:{ACTION_PORT}/health", self.processes[0], log)
        self.say("bench-start", FAQ[0])
        return time.perf_counter() - start

    def say(self, sender: str, text: str) -> float:
        start = time.perf_counter()
        reply = requests.post(f"{self.url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": text}, timeout=60)  # fmt: skip
        reply.raise_for_status()
        return time.perf_counter() - start

    def rss(self) -> str:
        return " + ".join(f"{rss_mb(p.pid):.0f}" for p in reversed(self.processes)) + " MB"

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
            process.wait(timeout=30)


def visitor_questions() -> list[str]:
    """Distinct FAQ questions as visitors typed them (the held-out and fresh test sets): a
    repeated text would be answered from caches (our MiniLM featurizer keeps one), which
    real typed traffic rarely hits."""
    test_sets = [ROOT / "tests/nlu_holdout.yml", *sorted(ROOT.glob("tests/nlu_fresh_test_*.yml"))]
    texts = [
        text
        for test_set in test_sets
        for text, expected in load_labelled(test_set)
        if expected.startswith("faq/")
    ]
    return list(dict.fromkeys(texts))


def measure_server(server: Server, row: Row) -> None:
    row.values["start to first answer"] = f"{server.start():.0f} s"
    fresh = iter(visitor_questions())  # each measured turn gets a text never sent before
    for n in range(20):  # warm up
        server.say("bench-warm", FAQ[n % len(FAQ)])
    latencies = [server.say(f"bench-{n % 20}", next(fresh)) for n in range(160)]
    row.values["turn p50"] = f"{percentile(latencies, 0.5) * 1000:.0f} ms"
    row.values["turn p95"] = f"{percentile(latencies, 0.95) * 1000:.0f} ms"
    first, last = [], []
    for conversation in range(5):
        # Turns 11-90 only lengthen the conversation; repeated questions are fine there.
        sender = f"bench-long-{conversation}"
        first += [server.say(sender, next(fresh)) for _ in range(10)]
        for n in range(80):
            server.say(sender, FAQ[n % len(FAQ)])
        last += [server.say(sender, next(fresh)) for _ in range(10)]
    p95_first, p95_last = percentile(first, 0.95), percentile(last, 0.95)
    row.values["turn 1-10 p95"] = f"{p95_first * 1000:.0f} ms"
    row.values["turn 91-100 p95"] = f"{p95_last * 1000:.0f} ms ({p95_last / p95_first:.2f}x)"
    row.values["RSS (rasa + actions)"] = server.rss()


async def throughput(url: str, visitors: int = 8, turns: int = 25) -> float:
    async def visitor(session: aiohttp.ClientSession, n: int) -> None:
        for turn in range(turns):
            async with session.post(
                f"{url}/webhooks/rest/webhook",
                json={
                    "sender": f"bench-tp-{os.getpid()}-{n}",
                    "message": FAQ[(n + turn) % len(FAQ)],
                },
            ) as reply:
                reply.raise_for_status()
                await reply.read()

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        start = time.perf_counter()
        await asyncio.gather(*(visitor(session, n) for n in range(visitors)))
        return visitors * turns / (time.perf_counter() - start)


def main() -> None:
    ours, stock = Row("our assistant"), Row("stock `rasa init` bot")
    with tempfile.TemporaryDirectory(prefix="dn-bench-") as tmp:
        work = Path(tmp)
        # The project `rasa init` writes (its template, copied as `rasa init` does), and
        # training times for both from scratch: an empty cache each.
        stock_dir = work / "stock"
        shutil.copytree(INIT_TEMPLATE, stock_dir)
        os.environ["RASA_CACHE_DIRECTORY"] = str(work / "cache-stock")
        stock.values["training"] = (
            f"{timed_train([RASA, 'train', '--out', str(work / 'stock-model')], stock_dir):.0f} s"  # noqa: E501
        )
        os.environ["RASA_CACHE_DIRECTORY"] = str(work / "cache-ours")
        ours.values["training"] = (
            f"{timed_train([RASA, 'train', '--out', str(work / 'ours-model')], ROOT):.0f} s"  # noqa: E501
        )
        stock_model = next((work / "stock-model").glob("*.tar.gz"))
        our_model = next((work / "ours-model").glob("*.tar.gz"))

        for row, server in (
            (stock, Server(stock_dir, stock_model, {}, with_actions=False, rasa=[RASA])),
            (
                ours,
                Server(
                    ROOT,
                    our_model,
                    {"TRACKER_SQLITE_PATH": str(work / "bench.db")},
                    with_actions=True,
                    rasa=RASA_SERVER,
                ),
            ),  # fmt: skip
        ):
            try:
                measure_server(server, row)
            finally:
                server.stop()

    for instances in (1, 2):
        with Cluster(instances=instances) as cluster:
            # Steady state: the first round after start-up runs up to a third slower on each
            # instance, so one round warms up and the median of three counts.
            asyncio.run(throughput(cluster.url))
            rate = statistics.median(asyncio.run(throughput(cluster.url)) for _ in range(3))
            ours.values[f"msgs/s, 8 visitors, {instances} instance(s)"] = f"{rate:.1f}"
    one = float(ours.values["msgs/s, 8 visitors, 1 instance(s)"])
    two = float(ours.values["msgs/s, 8 visitors, 2 instance(s)"])
    ours.values["msgs/s, 8 visitors, 2 instance(s)"] += f" ({two / one:.2f}x)"

    columns = list(dict.fromkeys([*stock.values, *ours.values]))
    print("\n| measure | " + " | ".join(r.name for r in (ours, stock)) + " |")
    print("|---|---:|---:|")
    for column in columns:
        print(f"| {column} | {ours.values.get(column, '-')} | {stock.values.get(column, '-')} |")
    print(
        "\nMeasured turns each send a question never sent before (160 + 5 x 20 of the 270 typed "
        "FAQ questions in tests/). Stock bot turns run no custom action; ours include "
        "action_recommend_provider and the SQLite tracker store. Throughput: the 17 questions "
        "of the load test, through nginx with PostgreSQL and Redis, 2 cores."
    )


if __name__ == "__main__":
    main()
