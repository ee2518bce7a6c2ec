"""The scoring behind the held-out gate and `make eval`: labels, margins, metrics."""

from __future__ import annotations

import pytest

from scripts import eval_report, evaluate
from scripts.evaluate import Prediction

FAQ_PARSE = {
    "intent": {"name": "faq", "confidence": 0.99},
    "intent_ranking": [{"name": "faq", "confidence": 0.99}],
    "response_selector": {
        "faq": {
            "response": {"intent_response_key": "faq/side_effects", "confidence": 0.7},
            "ranking": [
                {"intent_response_key": "faq/side_effects", "confidence": 0.7},
                {"intent_response_key": "faq/blood_thinners", "confidence": 0.2},
            ],
        }
    },
}


@pytest.mark.parametrize(
    ("parse", "label"),
    [
        (FAQ_PARSE, ("faq/side_effects", 0.7)),
        ({"intent": {"name": "greet", "confidence": 0.9}}, ("greet", 0.9)),
        ({"intent": {"name": "nlu_fallback", "confidence": 0.6}}, ("nlu_fallback", 0.6)),
        (
            {"intent": {"name": "nlu_fallback", "confidence": 0.6}, "did_you_mean": ["x"]},
            ("did_you_mean", 0.6),
        ),
        ({}, ("none", 0.0)),
        (
            {
                "intent": {"name": "faq"},
                "response_selector": {
                    "default": {
                        "response": {"intent_response_key": "faq/does_it_hurt", "confidence": 0.5}
                    }
                },
            },
            ("faq/does_it_hurt", 0.5),
        ),
    ],
)
def test_label_of(parse, label):
    assert evaluate.label_of(parse) == label


def test_margin_and_raw_answer_before_the_doubtful_check():
    parse = {
        **FAQ_PARSE,
        "intent": {"name": "nlu_fallback", "confidence": 0.6},
        "intent_ranking": [
            {"name": "nlu_fallback", "confidence": 0.6},
            {"name": "faq", "confidence": 0.99},
        ],
        "did_you_mean": ["side_effects", "blood_thinners"],
    }
    assert evaluate.answer_margin(parse) == pytest.approx(0.5)
    label, confidence, margin = evaluate.raw_answer(parse)
    assert (label, confidence, margin) == ("faq/side_effects", 0.7, pytest.approx(0.5))
    prediction = evaluate.predict_one("x", "faq/blood_thinners", parse)
    assert prediction.predicted == "did_you_mean"
    assert prediction.suggestions == ("faq/side_effects", "faq/blood_thinners")


def test_metrics():
    predictions = [
        Prediction("a", "faq/x", "faq/x", 1.0),
        Prediction("b", "faq/x", "faq/y", 1.0),
        Prediction("c", "faq/x", "out_of_scope", 1.0),
        Prediction("d", "faq/x", "did_you_mean", 1.0, suggestions=("faq/x",)),
        Prediction("e", "out_of_scope", "nlu_fallback", 1.0),
        Prediction("f", "out_of_scope", "faq/x", 1.0),
        Prediction("g", "emergency", "emergency", 1.0),
        Prediction("h", "near_miss", "emergency", 1.0),
    ]
    m = eval_report.metrics(predictions, test_size=6)
    assert m["faq_accuracy"] == 0.25
    assert m["overall_accuracy"] == 1 / 6  # the test set only, not the red-flag cases
    assert m["in_scope_refused"] == 0.25
    assert m["did_you_mean"] == 0.25
    assert m["did_you_mean_hit"] == 1.0
    assert m["oos_recall"] == 0.5
    assert m["emergency_recall"] == 1.0
    assert m["false_alarms"] == 1


def test_report_lists_each_label_and_the_misses():
    text = evaluate.report(
        [Prediction("a", "faq/x", "faq/x", 1.0), Prediction("b", "greet", "thank", 0.4)]
    )
    assert "| faq/x | 1 | 1 | 100% |" in text
    assert "| greet | 1 | 0 | 0% | thank (1) |" in text
    assert "Overall accuracy: 50.0% (2 messages)" in text
    assert "- 'b': expected greet, got thank (0.40)" in text


def _answers(expected: list[str], predicted: list[str]) -> list[Prediction]:
    pairs = enumerate(zip(expected, predicted, strict=True))
    return [Prediction(str(i), e, p, 1.0) for i, (e, p) in pairs]


EXPECTED = ["faq/x", "faq/x", "faq/y", "faq/y", "out_of_scope"]


@pytest.mark.parametrize(
    "ours, peer, points, only_ours, only_peer",
    [
        # Only FAQ questions count: the out-of-scope miss of the peer is not a lead.
        (
            ["faq/x", "faq/x", "faq/y", "faq/y", "out_of_scope"],
            ["faq/x", "faq/y", "faq/y", "faq/x", "faq/x"],
            50.0,
            2,
            0,
        ),
        (
            ["faq/x", "faq/y", "faq/y", "faq/x", "out_of_scope"],
            ["faq/x", "faq/x", "faq/y", "faq/y", "out_of_scope"],
            -50.0,
            0,
            2,
        ),
        # Both wrong on different topics, or both right: neither side leads.
        (
            ["faq/y", "faq/x", "faq/y", "faq/y", "out_of_scope"],
            ["did_you_mean", "faq/x", "faq/y", "faq/y", "out_of_scope"],
            0.0,
            0,
            0,
        ),
    ],
)
def test_paired_lead(ours, peer, points, only_ours, only_peer):
    lead = eval_report.paired_lead(_answers(EXPECTED, ours), _answers(EXPECTED, peer))
    assert lead["points"] == pytest.approx(points)
    assert (lead["only_ours"], lead["only_peer"]) == (only_ours, only_peer)
    assert 0 < lead["p"] <= 1


def test_paired_lead_sign_test():
    # 8 questions only we got right and none only the peer: p = 2 / 2**8.
    expected = ["faq/x"] * 10
    lead = eval_report.paired_lead(
        _answers(expected, ["faq/x"] * 10), _answers(expected, ["faq/y"] * 8 + ["faq/x"] * 2)
    )
    assert lead["p"] == pytest.approx(2 / 2**8)


def test_lead_table_names_the_best_peer_and_the_starter_mean():
    expected = ["faq/x"] * 10
    results = {
        name: (_answers(expected, ["faq/x"] * right + ["faq/y"] * (10 - right)), 0.0, {})
        for name, right in [
            ("ours", 10),
            ("starter, training 1", 9),
            ("starter, training 2", 7),
            ("nearest neighbour", 8),
        ]
    }
    table = eval_report.lead_table(results, "ours", "starter")
    assert "| starter, training 2 | +30.0 | 3 | 0 |" in table
    assert "| nearest neighbour | +20.0 | 2 | 0 |" in table
    assert "best peer: +10.0 points; over the mean of the starter's 2 trainings: +20.0" in table


def test_lead_table_without_starter_trainings_claims_no_starter_mean():
    expected = ["faq/x"] * 10
    results = {
        name: (_answers(expected, ["faq/x"] * right + ["faq/y"] * (10 - right)), 0.0, {})
        for name, right in [("ours", 10), ("nearest neighbour", 8)]
    }
    table = eval_report.lead_table(results, "ours", "starter")
    assert table.endswith("Lead over the best peer: +20.0 points.")


def test_write_report_puts_each_set_in_its_own_folder(tmp_path):
    class Ours:
        name = eval_report.OurAssistant.name
        parses = {str(i): FAQ_PARSE for i in range(len(EXPECTED))}

    def entry(predicted):
        predictions = _answers(EXPECTED, predicted)
        return predictions, 12.0, eval_report.metrics(predictions, test_size=len(EXPECTED))

    results = {
        Ours.name: entry(["faq/x", "faq/x", "faq/y", "faq/y", "out_of_scope"]),
        f"{eval_report.peers.RasaInitPipeline.name}, training 1": entry(
            ["faq/x", "faq/y", "faq/y", "faq/y", "faq/x"]
        ),
    }
    out = tmp_path / "nlu_fresh_test_18"
    summary = eval_report.write_report(
        "tests/nlu_fresh_test_18.yml", results, len(EXPECTED), 0, Ours(), out
    )
    report = (out / "report.md").read_text()
    assert "Test set: `tests/nlu_fresh_test_18.yml` (5 messages)" in report
    assert "| our assistant | 100.0% | 100.0% | 100.0% |" in report
    assert "| 75.0% | 60.0% | 0.0% |" in summary
    assert (out / "confusion_matrix.png").stat().st_size > 0
