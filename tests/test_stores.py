"""Tracker and lock stores picked from the environment; conversations survive a restart."""

from __future__ import annotations

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from stores.configured import (
    ConfiguredLockStore,
    ConfiguredTrackerStore,
    describe,
    lock_store,
    tracker_database,
)


def test_sqlite_is_the_default_in_the_ignored_var_folder():
    assert tracker_database({}) == {"dialect": "sqlite", "db": "var/conversations.db"}
    assert tracker_database({"TRACKER_SQLITE_PATH": "/tmp/x.db"})["db"] == "/tmp/x.db"


def test_postgresql_comes_from_the_environment_and_the_password_is_never_described():
    database = tracker_database(
        {
            "POSTGRES_HOST": "db.internal",
            "POSTGRES_PORT": "5433",
            "POSTGRES_DB": "assistant",
            "POSTGRES_USER": "rasa",
            "POSTGRES_PASSWORD": "s3cret",
        }
    )
    assert database == {
        "dialect": "postgresql",
        "host": "db.internal",
        "port": 5433,
        "db": "assistant",
        "username": "rasa",
        "password": "s3cret",
    }
    assert "s3cret" not in describe(database)


@pytest.mark.parametrize(
    "environ, kind",
    [({}, InMemoryLockStore), ({"REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6390"}, RedisLockStore)],
)
def test_the_lock_store_is_redis_only_when_configured(environ, kind):
    assert isinstance(lock_store(environ), kind)


def test_rasa_gets_the_configured_lock_store_from_the_class(monkeypatch):
    monkeypatch.delenv("REDIS_HOST", raising=False)
    assert isinstance(ConfiguredLockStore(endpoint_config=None), InMemoryLockStore)


async def test_a_conversation_survives_a_restart(tmp_path, monkeypatch):
    monkeypatch.delenv("POSTGRES_HOST", raising=False)
    monkeypatch.setenv("TRACKER_SQLITE_PATH", str(tmp_path / "nested" / "conversations.db"))
    events = [
        ActionExecuted("action_listen"),
        UserUttered("does it hurt?", {"name": "faq", "confidence": 0.99}),
        BotUttered("Discomfort is usually small."),
    ]
    before = ConfiguredTrackerStore()
    await before.save(DialogueStateTracker.from_events("visitor-7", events))
    after = ConfiguredTrackerStore()  # a new process would build a new store the same way
    tracker = await after.retrieve("visitor-7")
    assert tracker is not None
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["does it hurt?"]
    assert await after.keys() == ["visitor-7"]
