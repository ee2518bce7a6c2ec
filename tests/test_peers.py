"""The peers `make eval` compares us with, and the numpy MiniLM encoder they share with us."""

from __future__ import annotations

import numpy as np
import pytest

from nlu_components.sentence_encoder import shared_encoder
from scripts.peers import MiniLmNearestNeighbour, TfidfNearestNeighbour

TEXTS = ["what is dry needling", "does it hurt", "is it painful", "how much does it cost"]
LABELS = ["faq/what_is_dry_needling", "faq/does_it_hurt", "faq/does_it_hurt", "out_of_scope"]


@pytest.mark.parametrize("peer", [TfidfNearestNeighbour, MiniLmNearestNeighbour])
def test_peer_returns_the_label_of_the_nearest_example(peer):
    model = peer().fit(TEXTS, LABELS)
    label, score = model.predict("whats dry needling?")
    assert label == "faq/what_is_dry_needling"
    assert 0.0 < score <= 1.0 + 1e-6


def test_minilm_understands_paraphrases_without_shared_words():
    label, _ = MiniLmNearestNeighbour().fit(TEXTS, LABELS).predict("what is the price")
    assert label == "out_of_scope"


def test_encoder_gives_unit_vectors_and_similar_meanings_are_close():
    encoder = shared_encoder()
    a, b, c = (
        encoder.encode(t)
        for t in ("is dry needling painful", "does dry needling hurt", "what is the weather")
    )
    assert a.shape == (384,)
    assert np.linalg.norm(a) == pytest.approx(1.0, abs=1e-5)
    assert a @ b > 0.7 > 0.2 > a @ c


def test_token_states_have_one_row_per_word_piece_with_offsets():
    states, offsets = shared_encoder().token_states("dry needling")
    assert states.shape[0] == len(offsets)
    assert offsets[0] == (0, 0) and offsets[-1] == (0, 0)  # [CLS] and [SEP]
    assert (0, 3) in offsets
