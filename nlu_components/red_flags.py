"""Deterministic safety net: messages matching a red-flag rule (nlu_components.red_flag_rules)
become `emergency` with confidence 1.0, whatever the classifiers predicted. Listed last in the
pipeline so that nothing after it can override the decision."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from nlu_components.red_flag_rules import red_flag

EMERGENCY_INTENT = "emergency"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class RedFlagClassifier(GraphComponent):
    """Sets intent `emergency` (1.0) on messages that describe a red flag."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RedFlagClassifier:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            category = red_flag(message.get("text") or "")
            if category is None:
                continue
            intent = {"name": EMERGENCY_INTENT, "confidence": 1.0}
            ranking = [intent] + [
                {**other, "confidence": 0.0}
                for other in message.get("intent_ranking") or []
                if other.get("name") != EMERGENCY_INTENT
            ]
            message.set("intent", intent, add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
            # Kept in the parse data so logs and reports can say which rule fired.
            message.set("red_flag", category, add_to_output=True)
        return messages
