"""Deterministic safety net over the classifiers (listed last in the pipeline, so nothing
overrides it), using the rules in nlu_components.red_flag_rules:

- a message matching a red-flag rule becomes `emergency` with confidence 1.0, whatever the
  classifiers predicted;
- a message the rules cleared (a sign mentioned only negated, in the past, as part of usual
  migraines, in a question about the treatment or in a figure of speech; see
  red_flag_rules.Assessment) that the model still took for an emergency gets the model's next-best
  intent instead: "I had a stroke ten years ago, can I have dry needling?" is a question.
  Messages the rules know nothing about keep the model's decision, so the model remains a
  second net for phrasings the rules miss."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from nlu_components.red_flag_rules import assess

EMERGENCY_INTENT = "emergency"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
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
            verdict = assess(message.get("text") or "")
            if verdict.category:
                self._set_emergency(message, verdict.category)
            elif verdict.cleared and (message.get("intent") or {}).get("name") == EMERGENCY_INTENT:
                self._overrule_emergency(message)
        return messages

    @staticmethod
    def _set_emergency(message: Message, category: str) -> None:
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

    @staticmethod
    def _overrule_emergency(message: Message) -> None:
        ranking = [
            other
            for other in message.get("intent_ranking") or []
            if other.get("name") not in (EMERGENCY_INTENT, "nlu_fallback")
        ]
        intent = dict(ranking[0]) if ranking else {"name": "nlu_fallback", "confidence": 0.0}
        message.set("intent", intent, add_to_output=True)
        message.set("intent_ranking", ranking, add_to_output=True)
        message.set("red_flag", "cleared", add_to_output=True)
