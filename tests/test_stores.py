"""Tracker and lock stores picked from the environment; conversations survive a restart."""

from __future__ import annotations

import sqlite3

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    AllSlotsReset,
    BotUttered,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from stores.configured import (
    RECENT_EVENTS,
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


# The recent-events window: Rasa's processor reads a tracker, appends a turn's events and
# saves it; these tests do the same, turn after turn, and look at what was stored.
def turn(number: int) -> list:
    return [
        ActionExecuted("action_listen"),
        UserUttered(f"question {number}", {"name": "faq", "confidence": 0.9}),
        ActionExecuted("utter_faq"),
        BotUttered(f"answer {number}"),
        ActionExecuted("action_recommend_provider"),
        BotUttered("see a provider"),
    ]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.delenv("POSTGRES_HOST", raising=False)
    monkeypatch.setenv("TRACKER_SQLITE_PATH", str(tmp_path / "conversations.db"))
    return ConfiguredTrackerStore(domain=Domain.load("domain.yml"))


async def converse(store, sender: str, turns: list[list]) -> list:
    """Every event the conversation produced, in order, as the processor would save them."""
    everything = []
    for events in turns:
        tracker = await store.retrieve(sender) or DialogueStateTracker(sender, store.domain.slots)
        for event in events:
            tracker.update(event)
        await store.save(tracker)
        everything += events
    return everything


def texts(events) -> list[str]:
    return [e.text for e in events if isinstance(e, (UserUttered, BotUttered))]


@pytest.mark.parametrize("turns", [1, 5, 6, 7, 30])
async def test_every_event_is_stored_once_and_in_order_however_long_the_conversation(store, turns):
    opening = [SessionStarted(), SlotSet("medication", "warfarin")]
    said = await converse(store, "long", [opening + turn(0)] + [turn(n) for n in range(1, turns)])
    full = await store.retrieve_full_tracker("long")
    assert [type(e) for e in full.events] == [type(e) for e in said]
    assert texts(full.events) == texts(said)


async def test_a_long_session_is_read_through_a_window_that_keeps_the_slots(store):
    opening = [SessionStarted(), SlotSet("medication", "warfarin")]
    await converse(store, "long", [opening + turn(0)] + [turn(n) for n in range(1, 30)])
    tracker = await store.retrieve("long")
    assert len(tracker.events) <= RECENT_EVENTS + 1
    assert tracker.get_slot("medication") == "warfarin"
    # The window starts at a turn boundary and ends with the latest turn.
    first_turn = [e for e in tracker.events if not isinstance(e, SlotSet)][0]
    assert first_turn == ActionExecuted("action_listen")
    assert texts(tracker.events)[-2:] == ["answer 29", "see a provider"]


async def test_a_short_session_is_read_whole(store):
    said = await converse(store, "short", [[SessionStarted()] + turn(0), turn(1)])
    tracker = await store.retrieve("short")
    assert list(tracker.events) == list((await store.retrieve_full_tracker("short")).events)
    assert texts(tracker.events) == texts(said)


@pytest.mark.parametrize(
    "earlier, slot",
    [
        (["warfarin", "heparin"], "heparin"),
        (["warfarin", AllSlotsReset], None),
        (["warfarin", Restarted], None),
        ([Restarted, "aspirin"], "aspirin"),
    ],
)
async def test_the_window_restores_the_slots_as_the_earlier_events_left_them(store, earlier, slot):
    # Built here, not at collection: the store tells sessions apart by event timestamps.
    opening = [SessionStarted()]
    opening += [SlotSet("medication", e) if isinstance(e, str) else e() for e in earlier]
    await converse(store, "slots", [opening + turn(0)] + [turn(n) for n in range(1, 12)])
    tracker = await store.retrieve("slots")
    assert not any(isinstance(e, SessionStarted) for e in tracker.events)  # read through the window
    assert tracker.get_slot("medication") == slot


async def test_a_session_with_an_active_form_before_the_window_is_read_whole(store):
    opening = [SessionStarted(), ActiveLoop("booking_form")]
    said = await converse(store, "form", [opening + turn(0)] + [turn(n) for n in range(1, 12)])
    tracker = await store.retrieve("form")
    assert tracker.active_loop_name == "booking_form"
    assert texts(tracker.events) == texts(said)


async def test_the_window_covers_the_latest_session_only(store):
    old = [[SessionStarted()] + turn(n) for n in range(0, 1)] + [turn(n) for n in range(1, 12)]
    await converse(store, "two-sessions", old + [[SessionStarted()] + turn(100)])
    tracker = await store.retrieve("two-sessions")
    assert texts(tracker.events) == ["question 100", "answer 100", "see a provider"]


async def test_the_sqlite_file_is_written_ahead_so_reads_never_wait_for_a_save(store, tmp_path):
    await converse(store, "wal", [[SessionStarted()] + turn(0)])
    with sqlite3.connect(tmp_path / "conversations.db") as reader:
        assert reader.execute("PRAGMA journal_mode").fetchone() == ("wal",)


async def test_a_tracker_saved_twice_stores_each_event_once(store):
    await converse(store, "twice", [[SessionStarted()] + turn(0)] + [turn(n) for n in range(1, 8)])
    tracker = await store.retrieve("twice")
    for event in turn(8):
        tracker.update(event)
    await store.save(tracker)
    for event in turn(9):
        tracker.update(event)
    await store.save(tracker)
    full = await store.retrieve_full_tracker("twice")
    assert [t for t in texts(full.events) if t.startswith("question")] == [
        f"question {n}" for n in range(10)
    ]
