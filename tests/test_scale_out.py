"""Scale-out: two Rasa instances behind nginx (round robin, no stickiness) sharing PostgreSQL
and Redis, started from Debian packages on loopback by scripts/cluster.py."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from scripts.cluster import Cluster

pytestmark = pytest.mark.cluster

WELCOME = "automated assistant"


@pytest.fixture(scope="module")
def cluster():
    with Cluster(instances=2) as cluster:
        yield cluster


def say(cluster: Cluster, sender: str, text: str) -> tuple[str, str]:
    """(the bot's reply text, the instance that answered)."""
    reply = requests.post(
        f"{cluster.url}/webhooks/rest/webhook",
        json={"sender": sender, "message": text},
        timeout=60,
    )
    assert reply.status_code == 200, reply.text
    # nginx lists every instance it tried; the last one answered.
    instance = reply.headers["X-Upstream"].rsplit(",", 1)[-1].strip()
    return "\n".join(m.get("text", "") for m in reply.json()), instance


def stored_user_messages(cluster: Cluster, sender: str) -> list[str]:
    rows = cluster.sql(
        f"SELECT data FROM events WHERE sender_id = '{sender}' AND type_name = 'user' ORDER BY id"
    )
    return [json.loads(data)["text"] for (data,) in rows]


QUESTIONS = [
    "what is dry needling?",
    "does it hurt?",
    "what are the side effects?",
    "I take warfarin, is that ok?",
    "who should do it?",
    "what happens during a session?",
    "is it the same as acupuncture?",
    "how does it help migraines?",
    "thanks",
]


def test_one_visitor_across_instances_is_one_conversation_in_order(cluster):
    replies = [say(cluster, "scale-visitor", text) for text in QUESTIONS]
    assert len({instance for _, instance in replies}) == 2, "nginx should alternate instances"
    assert WELCOME in replies[0][0]
    assert not any(WELCOME in text for text, _ in replies[1:]), "a second session was started"
    assert "warfarin" in replies[3][0]  # the provider line names it: context carried over
    # Long enough for the store to read it through its window: the slot still comes along.
    assert "warfarin" in replies[-2][0]
    assert stored_user_messages(cluster, "scale-visitor") == QUESTIONS


def test_concurrent_visitors_are_stored_exactly_once_and_in_order(cluster):
    senders = [f"scale-crowd-{n}" for n in range(10)]

    def talk(sender: str) -> None:
        for text in QUESTIONS[:4]:
            say(cluster, sender, text)

    with ThreadPoolExecutor(max_workers=10) as pool:
        list(pool.map(talk, senders))
    for sender in senders:
        assert stored_user_messages(cluster, sender) == QUESTIONS[:4]


def test_a_postgresql_restart_is_ridden_out(cluster):
    say(cluster, "scale-pg", "what is dry needling?")
    cluster.restart_postgres()
    text, _ = say(cluster, "scale-pg", "does it hurt?")
    assert "fine and flexible" in text and WELCOME not in text
    assert stored_user_messages(cluster, "scale-pg") == ["what is dry needling?", "does it hurt?"]


def test_a_killed_instance_leaves_its_visitors_to_the_other(cluster):
    say(cluster, "scale-survivor", "what is dry needling?")
    cluster.stop("rasa1", sig=9)
    replies = [say(cluster, "scale-survivor", text) for text in QUESTIONS[1:4]]
    assert {instance for _, instance in replies} == {f"127.0.0.1:{cluster.rasa_ports[0]}"}
    assert not any(WELCOME in text for text, _ in replies)
    assert stored_user_messages(cluster, "scale-survivor") == QUESTIONS[:4]
