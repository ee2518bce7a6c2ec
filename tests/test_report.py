"""`make report`: counts from a conversation store with known content, an empty store, and a
store of 10,000 generated conversations (its timing is printed, not asserted)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from scripts.report import write_report
from stores.configured import ConfiguredTrackerStore

DAY = 86_400
START = 1_790_000_000  # 2026-09-21 UTC


def user_event(text: str, intent: str, topic: str | None = None, **extra) -> dict:
    parse_data = {"intent": {"name": intent, "confidence": 0.9}, "text": text, **extra}
    if topic:
        parse_data["response_selector"] = {
            "faq": {"response": {"intent_response_key": f"faq/{topic}"}, "ranking": []}
        }
    return {"event": "user", "text": text, "parse_data": parse_data}


def fill_store(path: Path, conversations: list[list[dict]], monkeypatch) -> dict[str, str]:
    """Writes events in Rasa's own table layout (created by our tracker store)."""
    environ = {"TRACKER_SQLITE_PATH": str(path)}
    monkeypatch.delenv("POSTGRES_HOST", raising=False)
    monkeypatch.setenv("TRACKER_SQLITE_PATH", str(path))
    store = ConfiguredTrackerStore()
    rows = []
    for number, events in enumerate(conversations):
        for turn, event in enumerate(events):
            timestamp = START + (number % 5) * DAY + turn
            rows.append(
                {
                    "sender_id": f"visitor-{number}",
                    "type_name": "user",
                    "timestamp": timestamp,
                    "intent_name": event["parse_data"]["intent"]["name"],
                    "action_name": None,
                    "data": json.dumps({**event, "timestamp": timestamp}),
                }
            )
    if rows:
        with store.engine.begin() as connection:
            connection.execute(store.SQLEvent.__table__.insert(), rows)
    store.engine.dispose()
    return environ


KNOWN = [
    [user_event("does it hurt?", "faq", "does_it_hurt"), user_event("thanks", "thank")],
    [
        user_event("Does it hurt?", "faq", "does_it_hurt"),
        user_event("/faq/side_effects", "faq", "side_effects"),
        user_event("how much does it cost", "out_of_scope"),
    ],
    [
        user_event("is it painful", "faq", "does_it_hurt"),
        user_event("How much does it cost", "out_of_scope"),
        user_event("asdfgh", "nlu_fallback"),
        user_event("what about the muscles", "nlu_fallback", did_you_mean=["a", "b"]),
        user_event("worst headache of my life", "emergency"),
    ],
]


def test_counts_from_a_store_with_known_content(tmp_path, monkeypatch):
    environ = fill_store(tmp_path / "known.db", KNOWN, monkeypatch)
    report = write_report(tmp_path / "out", environ).read_text()
    assert "Conversations: 3; visitor messages: 10" in report
    assert "| does_it_hurt | 3 | 75% |\n| side_effects | 1 | 25% |" in report
    sections = dict((part.split("\n", 1)[0], part) for part in report.split("\n## ")[1:])
    assert (
        "| how much does it cost | 2 |" in sections["Out of scope (the article does not cover it)"]
    )
    assert "| asdfgh | 1 |" in sections["Not understood (fallback)"]
    assert "what about the muscles" not in sections["Not understood (fallback)"]
    assert "| what about the muscles | 1 |" in sections['Asked back "Did you mean...?"']
    assert "| worst headache of my life | 1 |" in sections["Emergency replies"]
    assert "/faq/side_effects" not in report  # clicks are counted, not listed as typed messages
    assert (tmp_path / "out/questions_per_topic.png").stat().st_size > 5_000


@pytest.mark.parametrize("create_file", [False, True])
def test_an_empty_store_gives_an_empty_report(tmp_path, monkeypatch, create_file):
    path = tmp_path / "empty.db"
    environ = (
        fill_store(path, [], monkeypatch) if create_file else {"TRACKER_SQLITE_PATH": str(path)}
    )
    report = write_report(tmp_path / "out", environ).read_text()
    assert "Conversations: 0; visitor messages: 0." in report
    assert "No visitor messages yet." in report
    assert (tmp_path / "out/questions_per_topic.png").exists()


def test_a_store_of_ten_thousand_conversations(tmp_path, monkeypatch):
    topics = ["does_it_hurt", "side_effects", "blood_thinners", "what_is_dry_needling"]
    conversations = [
        [
            user_event(f"question about {topics[n % 4]}", "faq", topics[n % 4]),
            user_event("how much is it", "out_of_scope"),
            user_event(f"gibberish {n % 50}", "nlu_fallback"),
        ]
        for n in range(10_000)
    ]
    environ = fill_store(tmp_path / "large.db", conversations, monkeypatch)
    start = time.perf_counter()
    report = write_report(tmp_path / "out", environ).read_text()
    print(
        f"\nReport on 10,000 conversations (30,000 messages): {time.perf_counter() - start:.1f} s"
    )
    assert "Conversations: 10,000; visitor messages: 30,000" in report
    assert "| does_it_hurt | 2500 | 25% |" in report
    assert "| how much is it | 10000 |" in report
    assert "...and 20 more different messages." in report
