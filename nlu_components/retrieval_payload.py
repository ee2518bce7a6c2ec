"""Deterministic answers for button payloads such as `/faq/side_effects`.

Rasa's RegexMessageHandler only knows plain intents: a payload naming a retrieval intent's
response (`/faq/<topic>`) falls through to the model as if a visitor had typed it, so a click
on "What are the side effects?" could be answered with another topic. This component
recognises those payloads and sets the intent and the selected response with confidence 1.0.
It must run after the ResponseSelector (it overwrites its prediction) and before the
FallbackClassifier.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.answers import retrieval_responses, select_answer
from nlu_components.json_storage import read_json, write_json

PAYLOAD = re.compile(r"^\s*/(?P<intent>[a-z0-9_]+)/(?P<key>[a-z0-9_]+)\s*$")
# What Rasa's RegexMessageHandler (last in every pipeline) warns for each such payload, because
# "faq/<topic>" is not an intent of the domain. The payload is handled here, so it is noise.
REGEX_HANDLER_WARNING = r"Failed to parse arguments in line '/[a-z0-9_]+/[a-z0-9_]+'"
RESPONSES_FILE = "responses.json"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RetrievalPayloadHandler(GraphComponent):
    """Maps `/<retrieval_intent>/<key>` payloads to that exact response."""

    def __init__(
        self,
        model_storage: ModelStorage,
        resource: Resource,
        responses: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        warnings.filterwarnings("ignore", message=REGEX_HANDLER_WARNING, category=UserWarning)
        # Response name (e.g. "utter_faq/side_effects") -> its response variations.
        self._responses = responses or {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RetrievalPayloadHandler:
        return cls(model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RetrievalPayloadHandler:
        return cls(model_storage, resource, read_json(model_storage, resource, RESPONSES_FILE, {}))

    def train(self, training_data: TrainingData) -> Resource:
        self._responses = retrieval_responses(training_data)
        return write_json(self._model_storage, self._resource, RESPONSES_FILE, self._responses)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._apply_payload(message)
        return messages

    def _apply_payload(self, message: Message) -> None:
        match = PAYLOAD.match(message.get("text") or "")
        if not match:
            return
        retrieval_intent = match.group("intent")
        intent_response_key = f"{retrieval_intent}/{match.group('key')}"
        if f"utter_{intent_response_key}" not in self._responses:
            return

        intent = {"name": retrieval_intent, "confidence": 1.0}
        message.set("intent", intent, add_to_output=True)
        message.set("intent_ranking", [intent], add_to_output=True)
        select_answer(message, retrieval_intent, [(intent_response_key, 1.0)], self._responses)
