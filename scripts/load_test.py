"""Load (and fault) test: many visitors talk at once through nginx to several Rasa instances
sharing PostgreSQL and Redis; prints latency, throughput and whether PostgreSQL holds every
visitor message exactly once and in order.

    python -m scripts.load_test                      # 50 visitors x 20 turns, 2 instances
    python -m scripts.load_test --fault kill         # kill -9 one instance a third of the way in
    python -m scripts.load_test --fault postgres     # restart PostgreSQL a third of the way in
    python -m scripts.load_test --fault actions      # stop the action server for 10 s

It starts its own cluster (scripts/cluster.py), so it needs the trained model.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import aiohttp

from scripts.cluster import Cluster

QUESTIONS = [
    "what is dry needling?",
    "does it hurt?",
    "is it the same as acupuncture?",
    "what are the side effects?",
    "i take warfarin, is that a problem?",
    "how does it help migraines?",
    "what are trigger points?",
    "can it get infected?",
    "who should do the needling?",
    "what happens during a session?",
    "does it actually work?",
    "is it right for me?",
    "what is central sensitization?",
    "does it release endorphins?",
    "what is myofascial release?",
    "any other benefits?",
    "how much does it cost?",
    "are you a bot?",
    "what is peripheral sensitization?",
    "thanks",
]
RETRYABLE = {502, 503, 504}


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    retries: int = 0
    sent: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    upstreams: Counter = field(default_factory=Counter)
    provider_lines: list[tuple[float, bool]] = field(default_factory=list)
    actions_back_at: float = float("inf")


async def visitor(
    session: aiohttp.ClientSession, url: str, sender: str, turns: int, offset: int, out: Results
) -> None:
    for turn in range(turns):
        text = QUESTIONS[(offset + turn) % len(QUESTIONS)]
        start = time.perf_counter()
        for attempt in range(6):
            try:
                async with session.post(
                    f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
                ) as reply:
                    body = await reply.text()
                    status = reply.status
                    upstream = reply.headers.get("X-Upstream", "")
            except (aiohttp.ClientError, asyncio.TimeoutError) as error:
                status, body, upstream = type(error).__name__, "", ""
            if status not in RETRYABLE and not isinstance(status, str):
                break
            out.retries += 1
            await asyncio.sleep(2**attempt)  # 1, 2, 4 ... s: outlasts a failover
        out.latencies.append(time.perf_counter() - start)
        out.sent[sender].append(text)
        out.upstreams[upstream.rsplit(",", 1)[-1].strip()] += 1
        if status != 200:
            out.errors[str(status)] += 1
            continue
        messages = json.loads(body)
        if not messages:
            out.errors["empty answer"] += 1
        if text != "thanks" and "how much" not in text and "bot" not in text:
            has_provider = any("provider" in m.get("text", "") for m in messages)
            out.provider_lines.append((time.monotonic(), has_provider))


def stored_messages(cluster: Cluster, senders: list[str]) -> dict[str, list[str]]:
    rows = cluster.sql(
        "SELECT sender_id, data FROM events WHERE type_name = 'user' "
        f"AND sender_id LIKE '{senders[0].rsplit('-', 1)[0]}-%' ORDER BY id"
    )
    stored: dict[str, list[str]] = defaultdict(list)
    for sender, data in rows:
        stored[sender].append(json.loads(data)["text"])
    return stored


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


async def inject(cluster: Cluster, fault: str, out: Results, at_turn: int, log: list[str]) -> None:
    """The fault once `at_turn` answers have come back (a share of the run, whatever its speed)."""
    start = time.monotonic()
    while len(out.latencies) < at_turn:
        await asyncio.sleep(0.1)

    def note(what: str) -> None:
        log.append(f"t+{time.monotonic() - start:.0f}s, turn {len(out.latencies)}: {what}")

    if fault == "kill":
        cluster.stop("rasa1", sig=9)
        note("kill -9 of instance 2")
    elif fault == "postgres":
        restarted = time.monotonic()
        await asyncio.to_thread(cluster.restart_postgres)
        note(f"PostgreSQL restarted ({time.monotonic() - restarted:.1f} s)")
    elif fault == "actions":
        cluster.stop("actions")
        note("action server stopped")
        await asyncio.sleep(5)  # and about 5 s more to start again
        await asyncio.to_thread(cluster.start_actions)
        out.actions_back_at = time.monotonic()
        note("action server up again")


async def run(cluster: Cluster, visitors: int, turns: int, fault: str | None) -> None:
    run_id = uuid.uuid4().hex[:8]
    senders = [f"load{run_id}-{n}" for n in range(visitors)]
    out = Results()
    fault_log: list[str] = []
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(limit=visitors)
    start = time.perf_counter()
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        tasks = [visitor(session, cluster.url, s, turns, n, out) for n, s in enumerate(senders)]
        if fault:  # a tenth of the way in, leaving time to recover within the run
            tasks.append(inject(cluster, fault, out, at_turn=visitors * turns // 10, log=fault_log))
        await asyncio.gather(*tasks)
    wall = time.perf_counter() - start

    stored = stored_messages(cluster, senders)
    exact = sum(stored.get(s, []) == out.sent[s] for s in senders)
    lost = sum(max(0, len(out.sent[s]) - len(stored.get(s, []))) for s in senders)
    duplicated = sum(max(0, len(stored.get(s, [])) - len(out.sent[s])) for s in senders)
    total = len(out.latencies)
    print(f"\nLoad: {visitors} visitors x {turns} turns through nginx to "
          f"{cluster.instances} instances; fault: {fault or 'none'}")  # fmt: skip
    for line in fault_log:
        print(f"  {line}")
    print(f"  turns {total}, errors {sum(out.errors.values())} {dict(out.errors) or ''}, "
          f"retried requests {out.retries}")  # fmt: skip
    print(f"  latency p50 {percentile(out.latencies, .5) * 1000:.0f} ms, "
          f"p95 {percentile(out.latencies, .95) * 1000:.0f} ms, "
          f"max {max(out.latencies) * 1000:.0f} ms; {total / wall:.1f} messages/s "
          f"over {wall:.1f} s")  # fmt: skip
    print(f"  answered by: {dict(out.upstreams)}")
    print(f"  PostgreSQL: {exact}/{visitors} conversations hold every message exactly once "
          f"and in order; {lost} lost, {duplicated} duplicated")  # fmt: skip
    for log in sorted(cluster.dir.glob("rasa*.log")):
        lines = log.read_text(errors="replace").splitlines()
        errors = Counter(line.split(" - ", 1)[-1][:90] for line in lines if " ERROR " in line)
        print(f"  {log.name}: {sum(errors.values())} errors logged {dict(errors.most_common(3))}")
    if out.provider_lines:
        missing = sum(not ok for _, ok in out.provider_lines)
        print(f"  provider line missing on {missing}/{len(out.provider_lines)} answers")
    if fault == "actions":
        back = [ok for answered, ok in out.provider_lines if answered > out.actions_back_at]
        print(f"  after the action server was back: provider line on {sum(back)}/{len(back)} "
              "answers")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--fault", choices=["kill", "postgres", "actions"])
    args = parser.parse_args()
    started = time.perf_counter()
    with Cluster(instances=args.instances) as cluster:
        print(f"Cluster up in {time.perf_counter() - started:.0f} s ({cluster.dir})")
        asyncio.run(run(cluster, args.visitors, args.turns, args.fault))


if __name__ == "__main__":
    main()
