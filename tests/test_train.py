"""scripts/train.py: `rasa train` without Rasa's training cache and its fingerprints."""

from types import SimpleNamespace

import pytest
from rasa.engine.caching import LocalTrainingCache
from rasa.engine.graph import GraphComponent
from rasa.engine.training import graph_trainer, hooks

from scripts import train


class Unfingerprintable:
    """Training data that fails the moment anything fingerprints it."""

    def fingerprint(self) -> str:
        raise AssertionError("fingerprinted")


# What a hook is told about the node that ran: here, one called "nlu".
CONTEXT = SimpleNamespace(
    graph_schema=SimpleNamespace(nodes={"nlu": SimpleNamespace(uses=GraphComponent)})
)


@pytest.fixture
def skipped(monkeypatch):
    # Both restored after the test: the cache setting and Rasa's own hook.
    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "1000")
    monkeypatch.setattr(graph_trainer, "TrainingHook", hooks.TrainingHook)
    train.skip_training_cache()


def test_the_cache_is_off(skipped):
    assert LocalTrainingCache()._is_disabled()


def test_no_component_output_is_fingerprinted(skipped):
    hook = graph_trainer.TrainingHook(cache=None, model_storage=None, pruned_schema=None)
    data = Unfingerprintable()
    assert hook.on_before_node("nlu", CONTEXT, {}, {"training_data": data}) == {}
    assert hook.on_after_node("nlu", CONTEXT, {}, data, {}) is None


def test_rasas_own_hook_would_fingerprint():
    # What the replacement avoids: without it, the same call reaches the training data.
    hook = hooks.TrainingHook(cache=None, model_storage=None, pruned_schema=None)
    with pytest.raises(AssertionError, match="fingerprinted"):
        hook.on_before_node("nlu", CONTEXT, {}, {"training_data": Unfingerprintable()})
