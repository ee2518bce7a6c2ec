"""Messages sharing no word with the training data get confidence 0 (then nlu_fallback)."""

from __future__ import annotations

import pytest
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.unfamiliar_words import UnfamiliarWordsFallback, content_words
from tests.helpers import component_storage

EXAMPLES = [
    "What is dry needling?",
    "is it the same as acupuncture",
    "any side effects",
    "who wrote hamlet",
    "do they release endorphins",
    "can i sit in the car with the door open after",  # "sit", and "door" for "dolor"
]


@pytest.fixture
def component(tmp_path):
    storage, context = component_storage(tmp_path)
    resource = Resource("unfamiliar")
    untrained = UnfamiliarWordsFallback.create({}, storage, resource, context)
    examples = [Message(data={"text": t, "intent": "faq"}) for t in EXAMPLES]
    untrained.train(TrainingData(training_examples=examples))
    return UnfamiliarWordsFallback.load({}, storage, resource, context)


def confidence_after(component, text):
    msg = Message(data={"text": text})
    msg.set("intent", {"name": "faq", "confidence": 0.97})
    component.process([msg])
    return msg.get("intent")["confidence"]


@pytest.mark.parametrize(
    "text",
    [
        "asdf qwerty zxcv",
        "lorem ipsum dolor sit amet",  # "amet" is 0.8 like "hamlet", but two letters shorter
        "lorem ipsum hamlte sit amet",  # one known word (a typo of it) in five is chance
        "qwerty acupunture zxcv",  # a typo match in three: chance, unless half are matched
        "??",
        "kjhkjh",
        "what zz",
        "",
    ],
)
def test_unknown_words_drop_the_confidence(component, text):
    assert confidence_after(component, text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "needling?",
        "ACUPUNCTURE",
        "acupunture",  # a letter dropped
        "acupuncturre",  # a letter added
        "hamlte",  # letters swapped
        "sideeffects effects",
        "/faq/side_effects",
        "what is it?",  # function words only, all seen in training
        "acupuncturesessions",  # run together with a known word
        "qwerty acupuncture zxcv",  # a known word in three
        "qwerty acupunture",  # a typo match in two
        "does it realease endorfins",  # all typos, but every word matched
    ],
)
def test_known_or_misspelled_words_and_payloads_keep_it(component, text):
    assert confidence_after(component, text) == 0.97


def test_content_words_skip_stopwords_and_single_letters():
    assert content_words("What is a dry-needling x?") == ["dry", "needling"]


def test_untrained_component_changes_nothing(tmp_path):
    storage, context = component_storage(tmp_path)
    comp = UnfamiliarWordsFallback.load({}, storage, Resource("x"), context)
    assert confidence_after(comp, "asdf") == 0.97


def test_lookup_table_entries_count_as_known(tmp_path):
    storage, context = component_storage(tmp_path)
    comp = UnfamiliarWordsFallback.create({}, storage, Resource("u"), context)
    comp.train(
        TrainingData(
            training_examples=[Message(data={"text": "hello", "intent": "greet"})],
            lookup_tables=[{"name": "medication", "elements": ["xarelto", "blood thinner"]}],
        )
    )
    comp = UnfamiliarWordsFallback.load({}, storage, Resource("u"), context)
    assert confidence_after(comp, "xarelto") == 0.97
    assert confidence_after(comp, "zzzz") == 0.0
