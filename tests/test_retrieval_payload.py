"""Button payloads such as /faq/side_effects pick their answer deterministically."""

from __future__ import annotations

import warnings

import pytest
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.retrieval_payload import RetrievalPayloadHandler
from tests.helpers import component_storage

RESPONSES = {
    "utter_faq/side_effects": [{"text": "Side effects answer"}],
    "utter_faq/does_it_hurt": [{"text": "Hurt answer"}],
    "utter_greet": [{"text": "Hello"}],
}


@pytest.fixture
def trained(tmp_path):
    storage, context = component_storage(tmp_path)
    resource = Resource("retrieval_payload")
    component = RetrievalPayloadHandler.create({}, storage, resource, context)
    component.train(TrainingData(responses=RESPONSES))
    # Prove it works after persisting and loading, as in a real model.
    return RetrievalPayloadHandler.load({}, storage, resource, context)


def selector_prediction(text, trained, model_intent="greet"):
    message = Message(data={"text": text, "intent": {"name": model_intent, "confidence": 0.4}})
    message.set("response_selector", {"all_retrieval_intents": ["faq"], "faq": {"x": 1}})
    trained.process([message])
    return message


@pytest.mark.parametrize("text", ["/faq/side_effects", "  /faq/side_effects  "])
def test_known_payload_sets_intent_and_answer(trained, text):
    message = selector_prediction(text, trained)
    assert message.get("intent") == {"name": "faq", "confidence": 1.0}
    response = message.get("response_selector")["faq"]["response"]
    assert response["intent_response_key"] == "faq/side_effects"
    assert response["utter_action"] == "utter_faq/side_effects"
    assert response["confidence"] == 1.0
    assert response["responses"] == RESPONSES["utter_faq/side_effects"]


@pytest.mark.parametrize(
    "text",
    [
        "/faq/unknown_topic",
        "/faq/",
        "/greet",
        "/faq/side_effects/extra",
        "what are the side effects",
        "/faq/Side_Effects",
        "",
    ],
)
def test_anything_else_is_left_to_the_model(trained, text):
    message = selector_prediction(text, trained)
    assert message.get("intent") == {"name": "greet", "confidence": 0.4}
    assert message.get("response_selector")["faq"] == {"x": 1}


def test_untrained_model_storage_loads_empty(tmp_path):
    storage, context = component_storage(tmp_path)
    component = RetrievalPayloadHandler.load({}, storage, Resource("missing"), context)
    message = selector_prediction("/faq/side_effects", component)
    assert message.get("intent")["name"] == "greet"


def test_rasas_warning_about_our_payloads_is_silenced_and_no_other(tmp_path):
    storage, context = component_storage(tmp_path)
    ours = "Failed to parse arguments in line '/faq/side_effects'. Expected ..."
    other = "Failed to parse arguments in line '/greet{'. Expected ..."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        RetrievalPayloadHandler.create({}, storage, Resource("r"), context)
        warnings.warn(ours, stacklevel=1)
        warnings.warn(other, stacklevel=1)
    assert [str(w.message) for w in caught] == [other]
