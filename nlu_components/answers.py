"""The selected FAQ answer in a parse result, written the way Rasa's ResponseSelector writes it.

Components that change which answer is selected (button payloads, the neighbour vote) use
these, so `response_selector` always has one shape: Rasa's retrieval action reads
`response.utter_action`; our actions, the "did you mean" check and the reports read `ranking`.
"""

from __future__ import annotations

from typing import Any

from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

Responses = dict[str, list[dict[str, Any]]]


def retrieval_responses(training_data: TrainingData) -> Responses:
    """Response name (e.g. "utter_faq/side_effects") -> its variations, for retrieval intents."""
    return {name: variations for name, variations in training_data.responses.items() if "/" in name}


def select_answer(
    message: Message,
    retrieval_intent: str,
    ranking: list[tuple[str, float]],
    responses: Responses,
) -> None:
    """Makes the first of `ranking` ((intent_response_key, confidence), best first) the
    selected answer of `retrieval_intent`."""
    key, confidence = ranking[0]
    utter_action = f"utter_{key}"
    selector = dict(message.get("response_selector") or {})
    selector.setdefault("all_retrieval_intents", [retrieval_intent])
    selector[retrieval_intent] = {
        "response": {
            "responses": responses.get(utter_action, []),
            "confidence": confidence,
            "intent_response_key": key,
            "utter_action": utter_action,
        },
        "ranking": [{"confidence": c, "intent_response_key": k} for k, c in ranking],
    }
    message.set("response_selector", selector, add_to_output=True)
