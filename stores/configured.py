"""Tracker and lock stores chosen by environment variables, so one endpoints.yml serves a
laptop (a SQLite file, locks in memory) and production (PostgreSQL shared by several Rasa
instances, locks in Redis so one visitor's messages are handled one at a time, in order).

Tracker store: POSTGRES_HOST set → PostgreSQL (POSTGRES_PORT=5432, POSTGRES_DB=rasa,
POSTGRES_USER, POSTGRES_PASSWORD); otherwise SQLite at TRACKER_SQLITE_PATH
(default var/conversations.db, git-ignored).
Lock store: REDIS_HOST set → Redis (REDIS_PORT=6379, REDIS_DB=1, REDIS_PASSWORD); otherwise in
memory, which is right for one server process only.
"""

import asyncio
import itertools
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

logger = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_SQLITE_PATH = "var/conversations.db"
# Waits of 0.5, 1, 2 and 4 s: a database restart (about half a second) or failover is
# ridden out instead of falling back to Rasa's in-memory store, which loses the turn.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)
# Rasa rebuilds, re-featurizes and sends to the action server every event of the session on
# every turn, so turn 100 of a conversation cost 2.4 times turn 1. The bot reads its trackers
# through a window of the last RECENT_EVENTS stored events (three to four visitor turns), cut at
# a turn boundary, with the slot values from before the window. The only policy, the RulePolicy,
# matches rules of at most one visitor turn (data/rules.yml), and the actions read only the latest
# message and the slots, so the window changes no decision. Every event is still stored;
# retrieve_full_tracker reads them all.
RECENT_EVENTS = 30
# How many of a tracker's events are stored already (the window and its restored slots):
# save() writes only the events after them.
STORED_EVENTS = "events_already_stored"


def tracker_database(environ: Mapping[str, str]) -> dict[str, Any]:
    """SQLTrackerStore's connection arguments for this environment."""
    host = environ.get("POSTGRES_HOST", "").strip()
    if host:
        return {
            "dialect": "postgresql",
            "host": host,
            "port": int(environ.get("POSTGRES_PORT") or 5432),
            "db": environ.get("POSTGRES_DB") or "rasa",
            "username": environ.get("POSTGRES_USER") or None,
            "password": environ.get("POSTGRES_PASSWORD") or None,
        }
    path = Path(environ.get("TRACKER_SQLITE_PATH") or DEFAULT_SQLITE_PATH)
    return {"dialect": "sqlite", "db": str(path)}


class ConfiguredTrackerStore(SQLTrackerStore):
    """endpoints.yml: `tracker_store: {type: stores.configured.ConfiguredTrackerStore}`."""

    def __init__(self, domain: Any = None, event_broker: Any = None, **_: Any) -> None:
        database = tracker_database(os.environ)
        if database["dialect"] == "sqlite":
            Path(database["db"]).parent.mkdir(parents=True, exist_ok=True)
        logger.info("Conversations are stored in %s.", describe(database))
        super().__init__(domain=domain, event_broker=event_broker, **database)
        url = self.engine.url
        self.engine.dispose()
        if database["dialect"] == "postgresql":
            # Rasa's engine has no liveness check: after a database restart, every pooled
            # connection fails once and that turn's events are lost. Pre-ping replaces them.
            self.engine = sqlalchemy.create_engine(
                url, pool_pre_ping=True, **create_engine_kwargs(url)
            )
        else:
            # Rasa's SQLite engine opens a new connection for every read and save and syncs
            # the disk twice per save. Kept connections in WAL mode with synchronous=NORMAL
            # take 4 ms off a turn; a saved turn survives a crash of the server, only a power
            # cut may lose the last ones. Production runs on PostgreSQL.
            self.engine = sqlalchemy.create_engine(
                url, poolclass=QueuePool, connect_args={"check_same_thread": False}
            )
            sqlalchemy.event.listen(self.engine, "connect", use_wal)
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await with_retries(lambda: super(ConfiguredTrackerStore, self).save(tracker), "save")
        setattr(tracker, STORED_EVENTS, len(tracker.events))  # the same tracker may be saved again

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest session seen through the recent-events window."""
        return await with_retries(lambda: self._retrieve_recent(sender_id), "read")

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        parent = super()
        return await with_retries(lambda: parent._retrieve(conversation_id, True), "read")

    async def _retrieve_recent(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            newest_first = query.order_by(None).order_by(self.SQLEvent.id.desc())
            # One row more than the window tells whether anything lies before it.
            rows = newest_first.limit(RECENT_EVENTS + 1).all()[::-1]
            if not rows:
                return None
            start, carried = 0, []
            if len(rows) > RECENT_EVENTS:
                start = next((i for i, row in enumerate(rows) if i and is_listen(row)), None)
                if start is not None:
                    earlier = query.filter(
                        self.SQLEvent.id < rows[start].id,
                        self.SQLEvent.type_name.in_(STATE_EVENTS),
                    )
                    carried = carried_state(row.data for row in earlier)
                if start is None or carried is None:  # no safe cut: read it whole, as Rasa does
                    rows, start, carried = query.all(), 0, []
            events = carried + [json.loads(row.data) for row in rows[start:]]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        setattr(tracker, STORED_EVENTS, len(tracker.events))
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events after those the tracker was read (or last saved) with. Under the lock
        store nobody else writes this conversation meanwhile, so no count query is needed."""
        if not hasattr(tracker, STORED_EVENTS):  # not read through this store: Rasa's way
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, getattr(tracker, STORED_EVENTS), None)


def use_wal(connection: Any, _: Any) -> None:
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")


# Stored event kinds that change state kept across turns: slots and active forms.
STATE_EVENTS = ("slot", "reset_slots", "restart", "active_loop")


def is_listen(row: Any) -> bool:
    return row.type_name == "action" and row.action_name == "action_listen"


def carried_state(serialised: Iterable[str]) -> list[dict[str, Any]] | None:
    """SlotSet events that restore the slots these earlier events left, or None when a form
    is still active (its state is more than slots: such a session is read whole)."""
    slots: dict[str, dict[str, Any]] = {}
    active_loop = None
    for data in serialised:
        event = json.loads(data)
        if event["event"] in ("restart", "reset_slots"):
            slots.clear()
            active_loop = None if event["event"] == "restart" else active_loop
        elif event["event"] == "slot":
            slots[event["name"]] = event
        else:
            active_loop = event.get("name")
    return None if active_loop else list(slots.values())


async def with_retries(operation: Callable[[], Awaitable[T]], what: str) -> T:
    """Runs `operation`, again after each delay while the database is unreachable."""
    for delay in RETRY_DELAYS:
        try:
            return await operation()
        except sqlalchemy.exc.OperationalError:
            logger.warning(
                "Database unavailable while trying to %s; retrying in %.1f s.", what, delay
            )
            await asyncio.sleep(delay)
    return await operation()


def describe(database: Mapping[str, Any]) -> str:
    """Where conversations go, for the log: never the password."""
    if database["dialect"] == "sqlite":
        return f"SQLite file {database['db']}"
    return f"PostgreSQL {database['host']}:{database['port']}/{database['db']}"


def lock_store(environ: Mapping[str, str]) -> LockStore:
    host = environ.get("REDIS_HOST", "").strip()
    if not host:
        return InMemoryLockStore()
    return RedisLockStore(
        host=host,
        port=int(environ.get("REDIS_PORT") or 6379),
        db=int(environ.get("REDIS_DB") or 1),
        password=environ.get("REDIS_PASSWORD") or None,
    )


class ConfiguredLockStore(LockStore):
    """endpoints.yml: `lock_store: {type: stores.configured.ConfiguredLockStore}`. Rasa builds
    custom lock stores by calling the class; this one hands back the store the environment
    asks for."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        store = lock_store(os.environ)
        logger.info("Conversation locks are kept in %s.", type(store).__name__)
        return store
