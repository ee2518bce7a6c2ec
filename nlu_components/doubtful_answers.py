"""Ask "Did you mean...?" instead of giving an FAQ answer the model is unsure of.

Rasa's FallbackClassifier looks only at the intent's confidence, not at which FAQ answer the
ResponseSelector picked: the intent can be `faq` at 1.0 while the chosen answer scores 0.3.
This component, after the ResponseSelector and before the FallbackClassifier, turns a doubtful
FAQ prediction into `nlu_fallback` and records the top topics in `did_you_mean`, which
`action_suggest_topics` offers as buttons. A prediction is doubtful when the answer's
confidence is below `min_confidence`, or its lead over the runner-up is below `min_lead`, or
the intent itself is `faq` with a confidence the FallbackClassifier would reject.

The thresholds are measured on the held-out set (`make eval` prints the trade-off table);
the values in config.yml say which numbers they come from.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

RETRIEVAL_INTENT = "faq"
DID_YOU_MEAN = "did_you_mean"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DoubtfulAnswerFallback(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "min_confidence": 0.5,  # the selected answer's confidence
            "min_lead": 0.2,  # over the runner-up answer
            "intent_threshold": 0.6,  # same as the FallbackClassifier's threshold
            "suggestions": 3,  # topics offered at most
            "min_suggestion_confidence": 0.05,  # topics below this are not offered
        }

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = {**self.get_default_config(), **config}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DoubtfulAnswerFallback:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            suggestions = self.suggestions_if_doubtful(message)
            if suggestions:
                message.set(
                    "intent", {"name": "nlu_fallback", "confidence": 0.0}, add_to_output=True
                )
                message.set(DID_YOU_MEAN, suggestions, add_to_output=True)
        return messages

    def suggestions_if_doubtful(self, message: Message) -> list[str]:
        """The topics to offer, or [] when the answer stands (or nothing is worth offering)."""
        intent = message.get("intent") or {}
        ranking = message.get("intent_ranking") or []
        faq_confidence = next(
            (float(r.get("confidence") or 0) for r in ranking if r.get("name") == RETRIEVAL_INTENT),
            0.0,
        )
        top_is_faq = intent.get("name") == RETRIEVAL_INTENT
        intent_confidence = float(intent.get("confidence") or 0)
        # A confidence of exactly 0 means an earlier component ruled the message out
        # (unfamiliar words): nothing to suggest.
        if intent_confidence == 0.0:
            return []
        # Only when the FAQ is the model's choice, or a close second to a doubtful choice.
        if not top_is_faq and not (
            intent_confidence < self._config["intent_threshold"]
            and faq_confidence >= self._config["min_suggestion_confidence"]
        ):
            return []
        selector = (message.get("response_selector") or {}).get(RETRIEVAL_INTENT) or {}
        answers = sorted(
            (
                (float(r.get("confidence") or 0), r.get("intent_response_key"))
                for r in selector.get("ranking") or []
                if r.get("intent_response_key")
            ),
            reverse=True,
        )
        if not answers:
            return []
        best = answers[0][0]
        lead = best - answers[1][0] if len(answers) > 1 else 1.0
        doubtful = (
            not top_is_faq
            or intent_confidence < self._config["intent_threshold"]
            or best < self._config["min_confidence"]
            or lead < self._config["min_lead"]
        )
        if not doubtful:
            return []
        return [
            key.split("/", 1)[1]
            for confidence, key in answers[: self._config["suggestions"]]
            if confidence >= self._config["min_suggestion_confidence"] and "/" in key
        ]
