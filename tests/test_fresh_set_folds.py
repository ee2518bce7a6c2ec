"""The threshold replay of `make fresh-folds` gives the answers the pipeline's checks would."""

import pytest

from scripts.fresh_set_folds import cost, replay, set_number, tally


def parse(intents: dict[str, float], answers: dict[str, float] | None = None, **extra) -> dict:
    ordered = sorted(intents.items(), key=lambda item: -item[1])
    ranking = [{"name": n, "confidence": c} for n, c in ordered]
    selector = {"faq": {"ranking": [{"intent_response_key": k, "confidence": c}
                                    for k, c in (answers or {}).items()]}}  # fmt: skip
    return {"intent": ranking[0], "intent_ranking": ranking, "response_selector": selector,
            **extra}  # fmt: skip


@pytest.mark.parametrize(
    "message, expected",
    [
        # a sure FAQ answer
        (parse({"faq": 0.9, "out_of_scope": 0.1}, {"faq/a": 0.8, "faq/b": 0.2}), "faq/a"),
        # the answer below the confidence threshold, or a runner-up too close
        (parse({"faq": 0.9, "out_of_scope": 0.1}, {"faq/a": 0.35, "faq/b": 0.3}), "did_you_mean"),
        (parse({"faq": 0.9, "out_of_scope": 0.1}, {"faq/a": 0.5, "faq/b": 0.48}), "did_you_mean"),
        # the FAQ intent itself below the intent threshold
        (parse({"faq": 0.5, "out_of_scope": 0.3}, {"faq/a": 0.9, "faq/b": 0.1}), "did_you_mean"),
        # another intent below the threshold: a question if the FAQ is in the running
        (parse({"out_of_scope": 0.5, "faq": 0.3, "greet": 0.2}, {"faq/a": 0.9}), "did_you_mean"),
        (parse({"greet": 0.5, "thank": 0.49, "faq": 0.01}, {"faq/a": 0.9}), "nlu_fallback"),
        # a sure intent, and a runner-up within the ambiguity threshold
        (parse({"out_of_scope": 0.8, "faq": 0.2}, {"faq/a": 0.9}), "out_of_scope"),
        (parse({"greet": 0.6, "thank": 0.55}), "nlu_fallback"),
        # the rules: an emergency whatever the ranking; an overruled emergency is not rechecked
        (parse({"faq": 0.9}, {"faq/a": 0.9}, red_flag="stroke"), "emergency"),
        (
            parse({"out_of_scope": 0.3, "faq": 0.2}, {"faq/a": 0.9}, red_flag="cleared"),
            "out_of_scope",
        ),
    ],
)
def test_replay(message, expected):
    assert replay(message, min_confidence=0.4, intent_threshold=0.55) == expected


def test_replay_without_checks_gives_the_top_choice():
    message = parse({"faq": 0.3, "out_of_scope": 0.25}, {"faq/a": 0.2, "faq/b": 0.19})
    assert replay(message, 0.0, 0.0, 0.0, 0.0) == "faq/a"


def test_tally_and_cost():
    rows = [
        ("faq/a", "faq/a"),
        ("faq/a", "faq/b"),
        ("faq/a", "did_you_mean"),
        ("faq/a", "out_of_scope"),
        ("out_of_scope", "faq/a"),
        ("out_of_scope", "nlu_fallback"),
    ]
    counts = tally(rows)
    assert counts == {"faq": 4, "right": 1, "wrong": 1, "question": 1, "refused": 1, "oos": 2,
                      "oos_answered": 1}  # fmt: skip
    assert cost(counts) == 3.5


@pytest.mark.parametrize(
    "path, number",
    [
        ("tests/nlu_fresh_test.yml", 1),
        ("tests/nlu_fresh_test_17.yml", 17),
        ("tests/nlu_holdout.yml", 0),
    ],
)
def test_set_number(path, number):
    assert set_number(path) == number
