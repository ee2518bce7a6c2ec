"""The neighbour vote: the model's prediction blended with the labels of the nearest examples
and with a linear classifier on the same sentence vectors."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.exceptions import GraphSchemaValidationException
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.validation import validate
from rasa.shared.data import TrainingType
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu_components.neighbour_vote import (
    NeighbourVote,
    WordFeatures,
    class_weights,
    fit_linear,
    model_distribution,
    sentence_vector,
    softmax,
)
from tests.helpers import component_storage

ORIGIN = "run_nlu_components.minilm_featurizer.MiniLmFeaturizer4"
# Directions in a 4-dimensional "embedding" space, one per label.
DIRECTIONS = {
    "faq/side_effects": [1, 0, 0, 0],
    "faq/what_is_dry_needling": [0, 1, 0, 0],
    "greet": [0, 0, 1, 0],
    "out_of_scope": [0, 0, 0, 1],
}
RESPONSES = {
    "utter_faq/side_effects": [{"text": "Side effects answer"}],
    "utter_faq/what_is_dry_needling": [{"text": "What it is answer"}],
}


def with_vector(message: Message, direction, origin: str = ORIGIN) -> Message:
    vector = np.array([direction], dtype=np.float32)
    message.add_features(Features(vector, "sentence", TEXT, origin))
    return message


def example(label: str, direction, text: str | None = None) -> Message:
    intent, _, key = label.partition("/")
    data = {"text": text or label, "intent": intent}
    if key:
        data["intent_response_key"] = label
    return with_vector(Message(data=data), direction)


def prediction(
    direction, intents: dict[str, float], answers: dict[str, float], text: str = "a question"
) -> Message:
    """A message as the ResponseSelector leaves it, with its MiniLM sentence feature."""
    message = Message(data={"text": text})
    top = max(intents, key=intents.get)
    message.set("intent", {"name": top, "confidence": intents[top]})
    message.set("intent_ranking", [{"name": n, "confidence": c} for n, c in intents.items()])
    message.set(
        "response_selector",
        {
            "faq": {
                "ranking": [{"intent_response_key": k, "confidence": c} for k, c in answers.items()]
            }
        },
    )
    return with_vector(message, direction)


@pytest.fixture
def storage(tmp_path):
    return component_storage(tmp_path)


def trained(storage, **config) -> NeighbourVote:
    """Trained on one example per direction; the model and the nearest examples alone unless
    the test gives the linear classifier a weight (which reads the sentence vector alone
    unless the test gives the words a weight)."""
    config = {"linear_weight": 0.0, "words_weight": 0.0, **config}
    model_storage, context = storage
    resource = Resource("neighbour_vote")
    component = NeighbourVote.create(config, model_storage, resource, context)
    examples = [example(label, d) for label, d in DIRECTIONS.items()]
    examples.append(example("faq/side_effects", [0.9, 0.1, 0, 0]))
    component.train(TrainingData(training_examples=examples, responses=RESPONSES))
    # As in a real model: persisted, then loaded.
    return NeighbourVote.load(config, model_storage, resource, context)


# The model leans to side effects; the nearest example says "what is dry needling".
UNSURE = ({"faq": 0.9, "greet": 0.1}, {"faq/side_effects": 0.55, "faq/what_is_dry_needling": 0.45})


def test_a_close_example_overrules_an_unsure_model(storage):
    message = prediction([0, 1, 0, 0], *UNSURE)
    trained(storage).process([message])
    intent = message.get("intent")
    assert intent["name"] == "faq"
    assert intent["full_retrieval_intent_name"] == "faq/what_is_dry_needling"
    response = message.get("response_selector")["faq"]["response"]
    assert response["intent_response_key"] == "faq/what_is_dry_needling"
    assert response["utter_action"] == "utter_faq/what_is_dry_needling"
    assert response["responses"] == RESPONSES["utter_faq/what_is_dry_needling"]


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        (0.0, "faq/side_effects"),
        (0.6, "faq/what_is_dry_needling"),
        (1.0, "faq/what_is_dry_needling"),
    ],
)
def test_the_weight_sets_who_decides(storage, weight, expected):
    message = prediction([0, 1, 0, 0], *UNSURE)
    trained(storage, weight=weight).process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == expected


def test_a_sure_model_keeps_its_answer_against_a_vague_neighbour(storage):
    # Halfway between two topics, the vote is split and the model's choice stands.
    message = prediction(
        [0.7, 0.7, 0, 0], {"faq": 1.0}, {"faq/side_effects": 0.9, "faq/what_is_dry_needling": 0.1}
    )
    trained(storage).process([message])
    assert message.get("intent")["full_retrieval_intent_name"] == "faq/side_effects"


def test_the_vote_can_move_the_intent_off_the_faq(storage):
    message = prediction([0, 0, 0, 1], {"faq": 0.6, "out_of_scope": 0.4}, {"faq/side_effects": 1.0})
    trained(storage).process([message])
    assert message.get("intent")["name"] == "out_of_scope"
    assert "full_retrieval_intent_name" not in message.get("intent")
    # The FAQ ranking stays, for "did you mean" when the FAQ is a close second.
    assert message.get("response_selector")["faq"]["ranking"]


def test_rankings_are_distributions_in_rasas_shapes(storage):
    message = prediction([0, 1, 0, 0], *UNSURE)
    trained(storage).process([message])
    intents = message.get("intent_ranking")
    answers = message.get("response_selector")["faq"]["ranking"]
    assert sum(r["confidence"] for r in intents) == pytest.approx(1.0)
    assert sum(r["confidence"] for r in answers) == pytest.approx(1.0)
    assert [r["confidence"] for r in intents] == sorted(
        (r["confidence"] for r in intents), reverse=True
    )
    assert message.get("intent")["confidence"] == intents[0]["confidence"]
    assert (
        answers[0]["intent_response_key"]
        == (message.get("response_selector")["faq"]["response"]["intent_response_key"])
    )


@pytest.mark.parametrize("case", ["no vector", "other featurizer", "no prediction"])
def test_messages_it_cannot_judge_pass_unchanged(storage, case):
    if case == "no prediction":
        message = with_vector(Message(data={"text": "hi"}), [0, 1, 0, 0])
    else:
        message = prediction([0, 1, 0, 0], *UNSURE)
        message.features.clear()
        if case == "other featurizer":
            with_vector(message, [0, 1, 0, 0], origin="run_SomeOtherDenseFeaturizer2")
    before = dict(message.data)
    trained(storage).process([message])
    assert message.data == before


def test_a_model_trained_without_it_passes_messages_through(storage):
    model_storage, context = storage
    component = NeighbourVote.load({}, model_storage, Resource("never_trained"), context)
    message = prediction([0, 1, 0, 0], *UNSURE)
    component.process([message])
    assert message.get("intent")["name"] == "faq"
    assert "full_retrieval_intent_name" not in message.get("intent")


def test_model_distribution_multiplies_intent_and_answer_confidences():
    message = prediction([1, 0, 0, 0], *UNSURE)
    labels = sorted(DIRECTIONS)
    scores = dict(zip(labels, model_distribution(message, labels), strict=True))
    assert scores["faq/side_effects"] == pytest.approx(0.9 * 0.55)
    assert scores["faq/what_is_dry_needling"] == pytest.approx(0.9 * 0.45)
    assert scores["greet"] == pytest.approx(0.1)
    assert scores["out_of_scope"] == 0.0


def test_sentence_vector_is_a_unit_vector():
    message = with_vector(Message(data={"text": "x"}), [3, 4, 0, 0])
    assert sentence_vector(message) == pytest.approx([0.6, 0.8, 0, 0])


@pytest.mark.parametrize("temperature", [0.02, 0.06, 0.5])
def test_a_lower_temperature_makes_a_sharper_vote(storage, temperature):
    vote = trained(storage, temperature=temperature).vote(np.array([0.8, 0.6, 0, 0]))
    labels = sorted(DIRECTIONS)
    assert vote.sum() == pytest.approx(1.0)
    assert labels[int(np.argmax(vote))] == "faq/side_effects"
    sharp = trained(storage, temperature=temperature / 2).vote(np.array([0.8, 0.6, 0, 0]))
    assert sharp.max() > vote.max()


# The linear classifier: trained on the examples, stored with them, blended with its own weight.


def test_the_linear_classifier_learns_the_examples_directions(storage):
    component = trained(storage, weight=0.0, linear_weight=1.0)
    labels = sorted(DIRECTIONS)
    for label, direction in DIRECTIONS.items():
        probabilities = component.linear(np.array(direction, dtype=np.float32), "a question")
        assert probabilities.sum() == pytest.approx(1.0)
        assert labels[int(np.argmax(probabilities))] == label


@pytest.mark.parametrize(
    ("weights", "expected"),
    [
        # The model leans to side effects, the example and the classifier say "what is it".
        ({"weight": 0.0, "linear_weight": 0.0}, "faq/side_effects"),
        ({"weight": 0.0, "linear_weight": 0.6}, "faq/what_is_dry_needling"),
        ({"weight": 0.0, "linear_weight": 1.0}, "faq/what_is_dry_needling"),
    ],
)
def test_the_linear_weight_sets_how_much_the_classifier_decides(storage, weights, expected):
    message = prediction([0, 1, 0, 0], *UNSURE)
    trained(storage, **weights).process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == expected


def test_the_blend_weighs_all_three(storage):
    component = trained(storage, weight=0.2, linear_weight=0.5)
    model = np.array([0.1, 0.2, 0.3, 0.4])
    vector = np.array([0.6, 0.8, 0, 0], dtype=np.float32)
    expected = 0.3 * model + 0.2 * component.vote(vector) + 0.5 * component.linear(vector, "x")
    assert component.blend(model, vector, "x") == pytest.approx(expected)


# The words beside the sentence vector: what a vector that blurs two questions cannot tell.
SAME_MEANING = [0.6, 0.8, 0, 0]
WORDED = [
    ("faq/side_effects", "will it leave a bruise"),
    ("faq/side_effects", "any bruise afterwards"),
    ("faq/what_is_dry_needling", "what is this needling"),
    ("faq/what_is_dry_needling", "explain needling to me"),
]


def trained_on_words(storage, words_weight: float) -> NeighbourVote:
    model_storage, context = storage
    config = {"weight": 0.0, "linear_weight": 1.0, "words_weight": words_weight}
    resource = Resource(f"worded_{words_weight}")
    component = NeighbourVote.create(config, model_storage, resource, context)
    examples = [example(label, SAME_MEANING, text) for label, text in WORDED]
    component.train(TrainingData(training_examples=examples, responses=RESPONSES))
    return NeighbourVote.load(config, model_storage, resource, context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a bruise?", "faq/side_effects"), ("needling?", "faq/what_is_dry_needling")],
)
def test_the_words_tell_apart_what_the_sentence_vector_blurs(storage, text, expected):
    message = prediction(SAME_MEANING, {"faq": 1.0}, {"faq/side_effects": 0.5,
                         "faq/what_is_dry_needling": 0.5}, text=text)  # fmt: skip
    trained_on_words(storage, words_weight=0.5).process([message])
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == expected
    # Without the words, the classifier sees one vector for both topics: a coin toss.
    vector = np.array(SAME_MEANING, dtype=np.float32)
    blurred = trained_on_words(storage, words_weight=0.0).linear(vector, text)
    labels = sorted({label for label, _ in WORDED})
    assert blurred[labels.index(expected)] == pytest.approx(0.5, abs=0.01)


def test_the_stored_classifier_scores_a_message_as_the_regression_on_all_its_columns(storage):
    # `linear` reads only the columns of the message's words; the whole product is the reference.
    texts = [text for _, text in WORDED]
    labels = sorted({label for label, _ in WORDED})
    vectors = np.array([SAME_MEANING] * len(WORDED), dtype=np.float32)
    words = WordFeatures().fit(texts)
    defaults = NeighbourVote.get_default_config()
    coefficients, intercepts = fit_linear(
        vectors,
        np.array([labels.index(label) for label, _ in WORDED]),
        len(labels),
        c=defaults["c"],
        balance=defaults["balance"],
        words=0.5 * words.transform(texts),
    )
    probe = "a bruise after needling"
    columns = np.hstack([SAME_MEANING, 0.5 * words.transform([probe]).toarray()[0]])
    expected = softmax(coefficients @ columns + intercepts)
    vector = np.array(SAME_MEANING, dtype=np.float32)
    assert trained_on_words(storage, 0.5).linear(vector, probe) == pytest.approx(expected, abs=1e-6)


def test_word_features_are_unit_rows_and_survive_storage_as_json():
    import json

    texts = [text for _, text in WORDED]
    words = WordFeatures().fit(texts)
    restored = WordFeatures.from_json(json.loads(json.dumps(words.to_json())))
    probe = ["a bruse after needling", "", "zzz"]
    assert (restored.transform(probe) != words.transform(probe)).nnz == 0
    norms = np.sqrt(np.asarray(words.transform(texts).multiply(words.transform(texts)).sum(1)))
    assert norms.reshape(-1) == pytest.approx(1.0)
    # A typo still shares most character n-grams with the word.
    assert (words.transform(["bruse"]) @ words.transform(["bruise"]).T).toarray()[0, 0] > 0.3


def random_examples(labels: int, per_label: int = 8, seed: int = 3):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(labels, 6))
    x = np.vstack([c + 0.8 * rng.normal(size=(per_label, 6)) for c in centres])
    return x.astype(np.float32), np.repeat(np.arange(labels), per_label)


@pytest.mark.parametrize("labels", [2, 5])
@pytest.mark.parametrize("balance", [0.0, 0.5])
@pytest.mark.parametrize("sparse_columns", [0, 3])
def test_fit_linear_gives_scikit_learns_probabilities(labels, balance, sparse_columns):
    # Our solver multiplies the dense and the sparse columns apart; scikit-learn's multinomial
    # regression on the same columns as one matrix is the reference.
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    x, y = random_examples(labels)
    x, y = x[3:], y[3:]  # label 0 smaller than the others, so that `balance` weighs
    words = sparse.random(len(x), sparse_columns, density=0.4, random_state=1, format="csr")
    coefficients, intercepts = fit_linear(
        x, y, labels, c=10.0, balance=balance, words=words if sparse_columns else None
    )
    both = np.hstack([x, words.toarray()])
    reference = LogisticRegression(
        C=10.0, max_iter=5000, multi_class="multinomial", class_weight=class_weights(y, balance)
    )
    expected = reference.fit(both, y).predict_proba(both)
    ours = np.array([softmax(coefficients @ row + intercepts) for row in both])
    assert ours == pytest.approx(expected, abs=1e-4)


def test_a_label_without_examples_can_never_win():
    x, y = random_examples(3)
    coefficients, intercepts = fit_linear(x, y, 4, c=10.0)
    probabilities = np.array([softmax(coefficients @ row + intercepts) for row in x])
    assert probabilities[:, 3].max() == 0.0
    assert probabilities.sum(axis=1) == pytest.approx(1.0)


@pytest.mark.parametrize("with_featurizer", [True, False])
def test_a_pipeline_without_the_minilm_featurizer_is_refused_before_training(with_featurizer):
    featurizer = [{"name": "nlu_components.minilm_featurizer.MiniLmFeaturizer"}]
    pipeline = [
        {"name": "WhitespaceTokenizer"},
        {"name": "CountVectorsFeaturizer"},
        *(featurizer if with_featurizer else []),
        {"name": "DIETClassifier", "epochs": 1},
        {"name": "nlu_components.neighbour_vote.NeighbourVote"},
    ]
    config = {"recipe": "default.v1", "language": "en", "pipeline": pipeline, "policies": []}
    graph = DefaultV1Recipe().graph_config_for_recipe(config, {}, training_type=TrainingType.NLU)
    if with_featurizer:
        validate(graph)
    else:
        with pytest.raises(GraphSchemaValidationException, match="require a MiniLmFeaturizer"):
            validate(graph)


@pytest.mark.parametrize(
    "balance, expected",
    [(0.0, None), (1.0, {0: 2 / 3, 1: 2.0}), (0.5, {0: (2 / 3) ** 0.5, 1: 2.0**0.5})],
)
def test_class_weights_even_out_label_sizes(balance, expected):
    labels = np.array([0, 0, 0, 1])  # three examples of one label, one of the other
    weights = class_weights(labels, balance)
    assert weights == (None if expected is None else pytest.approx(expected))


def test_balance_gives_a_small_label_more_of_a_close_call():
    # Thirty examples of label 0 and ten of label 1 around two centres: at the point halfway
    # between, the small label's probability grows as the classifier evens out their sizes.
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(-1, 0.6, (30, 1)), rng.normal(1, 0.6, (10, 1))]).astype(np.float32)
    y = np.array([0] * 30 + [1] * 10)
    halfway = np.array([0.0], dtype=np.float32)
    small = []
    for balance in (0.0, 0.5, 1.0):
        coefficients, intercepts = fit_linear(x, y, 2, c=10.0, balance=balance)
        small.append(softmax(coefficients @ halfway + intercepts)[1])
    assert small[0] < 0.5
    assert small[0] < small[1] < small[2]
