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
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.orm import sessionmaker

logger = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_SQLITE_PATH = "var/conversations.db"
# Waits of 0.5, 1, 2 and 4 s: a database restart (about half a second) or failover is
# ridden out instead of falling back to Rasa's in-memory store, which loses the turn.
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)


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
        if database["dialect"] == "postgresql":
            # Rasa's engine has no liveness check: after a database restart, every pooled
            # connection fails once and that turn's events are lost. Pre-ping replaces them.
            url = self.engine.url
            self.engine.dispose()
            self.engine = sqlalchemy.create_engine(
                url, pool_pre_ping=True, **create_engine_kwargs(url)
            )
            self.sessionmaker = sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await with_retries(lambda: super(ConfiguredTrackerStore, self).save(tracker), "save")

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Any:
        parent = super()
        return await with_retries(
            lambda: parent._retrieve(sender_id, fetch_events_from_all_sessions), "read"
        )


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
