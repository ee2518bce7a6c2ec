"""Small builders and paths shared by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionRecommendProvider
from scripts.fresh_set_folds import set_number

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLE = SHARED / "article" / "dry-needling-for-migraines.txt"
FAQ_TOPICS = SHARED / "faq_topics.yml"
# The fresh test sets still kept back in tests/, in order of their numbers (the order they were
# written in), as paths relative to ROOT.
FRESH_SETS = sorted(
    (str(p.relative_to(ROOT)) for p in ROOT.glob("tests/nlu_fresh_test*.yml")), key=set_number
)


def parse_data(
    intent: str | None = None,
    topic: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    confidence: float = 0.95,
) -> dict[str, Any]:
    """A latest_message as the Rasa server sends it to the action server. The ResponseSelector
    picks an FAQ answer (`topic`, else an arbitrary one) for every message, whatever the intent,
    so the pick is always there, as it is in real trackers."""
    topic = topic or "what_is_dry_needling"
    return {
        "text": "some visitor text",
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [],
        "response_selector": {
            "all_retrieval_intents": ["faq"],
            "faq": {
                "response": {
                    "intent_response_key": f"faq/{topic}",
                    "utter_action": f"utter_faq/{topic}",
                    "confidence": confidence,
                },
                "ranking": [],
            },
        },
    }


def medication_entity(value: str) -> dict[str, Any]:
    return {"entity": "medication", "value": value, "extractor": "SpacyEntityExtractor"}


def make_tracker(
    latest_message: Any = None,
    slots: dict[str, Any] | None = None,
    sender_id: str = "test-visitor",
) -> Tracker:
    return Tracker(
        sender_id=sender_id,
        slots=slots or {},
        latest_message=latest_message if latest_message is not None else {},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def recommend(tracker: Tracker) -> str:
    """The provider line `action_recommend_provider` sends for this tracker."""
    dispatcher = CollectingDispatcher()
    events = await ActionRecommendProvider().run(dispatcher, tracker, {})
    assert events == []
    assert len(dispatcher.messages) == 1, "the action must say exactly one thing"
    return dispatcher.messages[0]["text"]


def component_storage(tmp_path):
    """Model storage and execution context for training and loading one of our components."""
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    return LocalModelStorage(tmp_path), ExecutionContext(GraphSchema({}), "test")
