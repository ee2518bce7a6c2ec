"""Doubtful FAQ answers become "Did you mean...?" with the likely topics."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu_components.doubtful_answers import DoubtfulAnswerFallback

COMPONENT = DoubtfulAnswerFallback({"min_confidence": 0.5, "min_lead": 0.2})


def message(intent="faq", confidence=0.95, answers=(0.9, 0.05, 0.03), faq_rank=0.95):
    msg = Message(data={"text": "something"})
    msg.set("intent", {"name": intent, "confidence": confidence})
    msg.set(
        "intent_ranking",
        [{"name": intent, "confidence": confidence}, {"name": "faq", "confidence": faq_rank}],
    )
    topics = ["side_effects", "blood_thinners", "infection_risk", "does_it_hurt"]
    ranking = [
        {"confidence": c, "intent_response_key": f"faq/{t}"}
        for c, t in zip(answers, topics[: len(answers)], strict=True)
    ]
    msg.set("response_selector", {"faq": {"ranking": ranking}})
    return msg


def run(msg):
    COMPONENT.process([msg])
    return msg.get("intent")["name"], msg.get("did_you_mean")


def test_a_confident_answer_stands():
    assert run(message()) == ("faq", None)


@pytest.mark.parametrize(
    "answers",
    [(0.45, 0.3, 0.25), (0.55, 0.4, 0.05)],  # low confidence; close runner-up
)
def test_a_doubtful_answer_becomes_did_you_mean(answers):
    intent, topics = run(message(answers=answers))
    assert intent == "nlu_fallback"
    assert topics == ["side_effects", "blood_thinners", "infection_risk"]


def test_suggestions_skip_topics_with_negligible_confidence():
    assert run(message(answers=(0.45, 0.5, 0.01)))[1] == ["blood_thinners", "side_effects"]


def test_a_doubtful_intent_with_faq_close_behind_also_suggests_topics():
    intent, topics = run(message("out_of_scope", 0.45, (0.8, 0.1, 0.1), faq_rank=0.4))
    assert intent == "nlu_fallback"
    assert topics[0] == "side_effects"


@pytest.mark.parametrize(
    "msg",
    [
        message("greet", 0.99, (0.3, 0.3, 0.3), faq_rank=0.01),  # confident other intent
        message("faq", 0.0, (0.3, 0.3, 0.3)),  # ruled out by an earlier component
        message("out_of_scope", 0.45, (0.3, 0.3), faq_rank=0.01),  # FAQ not in play
    ],
)
def test_no_suggestions_when_faq_is_not_in_play(msg):
    assert msg.get("intent")["name"] == run(msg)[0]
    assert msg.get("did_you_mean") is None


def test_no_response_ranking_means_no_suggestions():
    msg = Message(data={"text": "x"})
    msg.set("intent", {"name": "faq", "confidence": 0.3})
    assert run(msg) == ("faq", None)
