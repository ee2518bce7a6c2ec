"""Dense features from all-MiniLM-L6-v2 for DIET and the ResponseSelector.

Sentence feature: the MiniLM sentence embedding (mean-pooled, normalised). Sequence features:
for each Rasa token, the mean of the MiniLM word-piece states that overlap its characters.
Sparse count features know only words seen in training; these carry meaning, so "who is the
president" lands far from every FAQ even though no example says "president".

Runs with onnxruntime (nlu_components.sentence_encoder): no torch. Encodings are cached per text,
so a training example is encoded once per process however many components ask for it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.sentence_encoder import pool, shared_encoder

TOKENS = "text_tokens"  # rasa.nlu.constants.TOKENS_NAMES[TEXT]
CACHE_SIZE = 20_000


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class MiniLmFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds MiniLM sentence and token features to the text of each message."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return DenseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to validate: the component has no settings of its own."""

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._cache: OrderedDict[str, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MiniLmFeaturizer:
        return cls(config, execution_context.node_name)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        # The whole training set through the encoder at once, texts of a length together.
        messages = training_data.training_examples
        texts = list(dict.fromkeys(m.get(TEXT) for m in messages if m.get(TOKENS) and m.get(TEXT)))
        encoded = dict(zip(texts, shared_encoder().token_states_many(texts), strict=True))
        self._featurize(messages, encoded)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        return self._featurize(messages, {})

    def _featurize(
        self,
        messages: list[Message],
        encoded: dict[str, tuple[np.ndarray, list[tuple[int, int]]]],
    ) -> list[Message]:
        """Adds the features to each message with tokens and text; `encoded`: token states
        and offsets already computed, by text."""
        for message in messages:
            tokens = message.get(TOKENS)
            text = message.get(TEXT)
            if not tokens or not text:
                continue
            spans = [(t.start, t.end) for t in tokens]
            sequence, sentence = self.features(text, spans, encoded.get(text))
            self.add_features_to_message(sequence, sentence, TEXT, message)
        return messages

    def features(
        self,
        text: str,
        spans: list[tuple[int, int]],
        encoded: tuple[np.ndarray, list[tuple[int, int]]] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """(tokens x 384 sequence features, 1 x 384 sentence feature) for the given spans;
        `encoded`: the text's token states and offsets when already computed."""
        key = f"{spans}\x00{text}"
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        encoder = shared_encoder()
        states, offsets = encoded or encoder.token_states(text)
        sentence = pool(states)
        sequence = np.zeros((len(spans), encoder.dimension), dtype=np.float32)
        for row, (start, end) in enumerate(spans):
            pieces = [i for i, (s, e) in enumerate(offsets) if e > s and s < end and e > start]
            sequence[row] = states[pieces].mean(0) if pieces else sentence
        result = (sequence, sentence[np.newaxis, :].astype(np.float32))
        self._cache[key] = result
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return result
