"""The ONNX graph that runs MiniLM computes what BERT's equations say: checked against a plain
numpy forward pass written from them (the one the encoder itself used before onnxruntime)."""

from __future__ import annotations

import numpy as np
import pytest
from safetensors.numpy import load_file
from scipy.special import erf

from nlu_components.sentence_encoder import (
    HEADS,
    LAYER_NORM_EPS,
    LAYERS,
    model_dir,
    shared_encoder,
)


def reference_states(weights: dict[str, np.ndarray], ids: list[int]) -> np.ndarray:
    def w(name: str) -> np.ndarray:
        return weights[name].astype(np.float64)

    def dense(x: np.ndarray, name: str) -> np.ndarray:
        return x @ w(f"{name}.weight").T + w(f"{name}.bias")

    def layer_norm(x: np.ndarray, name: str) -> np.ndarray:
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * w(f"{name}.weight") + w(f"{name}.bias")

    tokens, dimension = len(ids), weights["embeddings.word_embeddings.weight"].shape[1]
    x = (
        w("embeddings.word_embeddings.weight")[ids]
        + w("embeddings.position_embeddings.weight")[:tokens]
        + w("embeddings.token_type_embeddings.weight")[0]
    )
    x = layer_norm(x, "embeddings.LayerNorm")
    size = dimension // HEADS
    for i in range(LAYERS):
        p = f"encoder.layer.{i}"
        q, k, v = (
            dense(x, f"{p}.attention.self.{n}").reshape(tokens, HEADS, size).transpose(1, 0, 2)
            for n in ("query", "key", "value")
        )
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        attention = np.exp(scores - scores.max(-1, keepdims=True))
        attention /= attention.sum(-1, keepdims=True)
        context = (attention @ v).transpose(1, 0, 2).reshape(tokens, dimension)
        attended = x + dense(context, f"{p}.attention.output.dense")
        x = layer_norm(attended, f"{p}.attention.output.LayerNorm")
        hidden = dense(x, f"{p}.intermediate.dense")
        hidden = 0.5 * hidden * (1 + erf(hidden / np.sqrt(2)))
        x = layer_norm(x + dense(hidden, f"{p}.output.dense"), f"{p}.output.LayerNorm")
    return x


@pytest.mark.parametrize(
    "text",
    ["what is dry needling?", "I take warfarin, can I still have it done", "a", "🤕 " * 40],
)
def test_the_onnx_graph_matches_the_equations(text):
    encoder = shared_encoder()
    states, _ = encoder.token_states(text)
    ids = encoder._tokenizer.encode(text).ids
    expected = reference_states(load_file(str(model_dir() / "model.safetensors")), ids)
    assert states.shape == expected.shape
    assert np.abs(states - expected).max() < 1e-4


def test_texts_encoded_together_get_what_each_gets_alone():
    # two of the same length in tokens (one run), others alone, order kept
    texts = ["what is dry needling?", "what is wet needling?", "a", "does it hurt", "🤕 " * 40]
    encoder = shared_encoder()
    together = encoder.token_states_many(texts, batch_size=2)
    assert len(together) == len(texts)
    for text, (states, offsets) in zip(texts, together, strict=True):
        alone, alone_offsets = encoder.token_states(text)
        assert offsets == alone_offsets
        assert states.shape == alone.shape
        assert np.abs(states - alone).max() < 1e-4


def test_the_featurizer_gives_training_data_the_features_it_gives_a_message():
    from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from nlu_components.minilm_featurizer import MiniLmFeaturizer

    texts = ["what is dry needling", "what is wet needling", "is it safe on warfarin", "hi"]
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())

    def tokenized() -> list[Message]:
        messages = [Message.build(text=text, intent="faq") for text in texts]
        tokenizer.process(messages)
        return messages

    config = MiniLmFeaturizer.get_default_config()
    training = TrainingData(tokenized())
    MiniLmFeaturizer(config, "train").process_training_data(training)
    alone = MiniLmFeaturizer(config, "run").process(tokenized())
    for trained, message in zip(training.training_examples, alone, strict=True):
        seq_a, sent_a = trained.get_dense_features("text", [])
        seq_b, sent_b = message.get_dense_features("text", [])
        assert np.abs(seq_a.features - seq_b.features).max() < 1e-4
        assert np.abs(sent_a.features - sent_b.features).max() < 1e-4
