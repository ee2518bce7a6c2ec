"""Checks of the trained model (`make test` trains first). Never skipped: without a model these
fail, because a missing model is a broken build, not an optional extra."""

from __future__ import annotations

import asyncio
import subprocess

import pytest
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.events import ActionExecuted, BotUttered
from rasa.utils.endpoints import EndpointConfig

from actions import provider_advice
from scripts import evaluate
from scripts.cluster import free_port, wait_until_up
from scripts.load_test import QUESTIONS
from stores.configured import RECENT_EVENTS, ConfiguredTrackerStore
from tests.helpers import ROOT, make_tracker, recommend

pytestmark = pytest.mark.model

MODEL = ROOT / evaluate.DEFAULT_MODEL
HOLDOUT = ROOT / evaluate.DEFAULT_TEST_SET
MIN_HOLDOUT_ACCURACY = 0.90
MIN_HOLDOUT_FAQ_ACCURACY = 0.92


@pytest.fixture(scope="module")
def agent():
    from rasa.core.agent import Agent

    assert MODEL.exists(), f"no trained model at {MODEL}: run `make train` first"
    return Agent.load(str(MODEL))


def parse(agent, text):
    return asyncio.run(agent.parse_message(text))


@pytest.fixture(scope="module")
def holdout_predictions(agent):
    async def run():
        return [
            evaluate.predict_one(text, expected, await agent.parse_message(text))
            for text, expected in evaluate.load_labelled(HOLDOUT)
        ]

    return asyncio.run(run())


def test_holdout_accuracy(holdout_predictions, capsys):
    report = evaluate.report(holdout_predictions)
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    (results / "holdout_report.md").write_text(report + "\n")
    with capsys.disabled():
        print("\n\nHeld-out set (tests/nlu_holdout.yml), never used for training:\n")
        print(report)
    assert evaluate.accuracy(holdout_predictions) >= MIN_HOLDOUT_ACCURACY


def test_holdout_faq_topic_accuracy(holdout_predictions):
    faq = [p for p in holdout_predictions if p.expected.startswith("faq/")]
    assert evaluate.accuracy(faq) >= MIN_HOLDOUT_FAQ_ACCURACY


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("I take warfarin, is it safe?", "warfarin"),
        ("im on ELIQUIS and blood thinners", "eliquis"),
        ("can someone on Plavix have it", "plavix"),
    ],
)
def test_model_reports_medication_entities(agent, text, medication):
    entities = parse(agent, text)["entities"]
    assert medication in [e["value"].lower() for e in entities if e["entity"] == "medication"]


def test_model_reports_no_medication_in_plain_questions(agent):
    assert parse(agent, "what are the side effects?")["entities"] == []


@pytest.mark.parametrize("topic", ["side_effects", "does_it_hurt", "is_it_right_for_me"])
def test_button_payload_picks_its_topic(agent, topic):
    result = parse(agent, f"/faq/{topic}")
    assert result["intent"]["name"] == "faq"
    assert result["intent"]["confidence"] == 1.0
    assert evaluate.label_of(result) == (f"faq/{topic}", 1.0)


def red_flag_cases():
    import yaml

    return yaml.safe_load((ROOT / "tests/red_flags.yml").read_text())


@pytest.mark.parametrize("text", red_flag_cases()["emergencies"])
def test_model_sends_every_vignette_to_emergency(agent, text):
    assert parse(agent, text)["intent"]["name"] == "emergency"


@pytest.mark.parametrize("text", red_flag_cases()["near_misses"])
def test_model_raises_no_false_alarm_on_near_misses(agent, text):
    assert parse(agent, text)["intent"]["name"] != "emergency"


@pytest.mark.parametrize("text", ["asdf qwerty zxcv", "lorem ipsum dolor sit amet", "??"])
def test_model_falls_back_on_gibberish(agent, text):
    assert parse(agent, text)["intent"]["name"] == "nlu_fallback"


@pytest.mark.parametrize("drug", ["Lixiana", "jantoven", "SAVAYSA"])
def test_a_medication_named_in_no_example_is_still_found(agent, drug):
    # Named by the entity ruler, so the provider line warns about bleeding whatever topic the
    # classifier picks.
    entities = parse(agent, f"i am on {drug}, can i have it")["entities"]
    assert [e["value"].lower() for e in entities] == [drug.lower()]


# Vague questions that fit several topics: the assistant should ask rather than guess.
# Their confidences move with the training data, so they are kept well under the 0.4 threshold
# (0.21-0.27 on the 1461 questions). Phrases that rose over it as data was added ("what about
# the muscles", "tell me more about the muscles") are answered with a topic that fits them;
# git log of this file has the history.
AMBIGUOUS = ["so the needles", "that needle part", "the needles?"]


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_an_ambiguous_question_gets_did_you_mean(agent, text):
    result = parse(agent, text)
    assert result["intent"]["name"] == "nlu_fallback"
    assert 2 <= len(result["did_you_mean"]) <= 3


@pytest.mark.parametrize("text", ["what is dry needling?", "what are the side effects?"])
def test_a_clear_question_is_answered_not_questioned(agent, text):
    result = parse(agent, text)
    assert result["intent"]["name"] == "faq"
    assert "did_you_mean" not in result


# The provider line is chosen from the real parse, which carries the ResponseSelector's pick for
# every message: an out-of-scope question must get the "not covered" advice, not that pick's.
@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("how much does dry needling cost", provider_advice.NOT_COVERED),
        ("does insurance cover dry needling", provider_advice.NOT_COVERED),
        ("can i have dry needling while pregnant", provider_advice.NOT_COVERED),
        ("Who can perform dry needling?", provider_advice.TRAINED_PRACTITIONER),
        ("what are the side effects?", provider_advice.MEDICATIONS_AND_CONDITIONS),
    ],
)
def test_the_provider_line_fits_what_the_model_understood(agent, text, advice):
    assert asyncio.run(recommend(make_tracker(parse(agent, text)))) == advice


# A long conversation with everything that carries context: a medication named early, a vague
# question and a click on its "did you mean" button, help, out of scope, thanks.
LONG_CONVERSATION = [
    "hi",
    "i take warfarin, is that a problem?",
    *QUESTIONS,
    AMBIGUOUS[0],
    "/faq/infection_risk",
    "help",
    "/faq/side_effects",
    "does it hurt?",
    "can i get it on insurance?",
    "thanks",
]


@pytest.fixture(scope="module")
def action_endpoint(tmp_path_factory):
    """Our action server on a free port, so the bot's replies include the provider lines."""
    port, log = free_port(), tmp_path_factory.mktemp("actions") / "actions.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(ROOT / ".venv/bin/rasa"), "run", "actions", "--port", str(port)],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", server, log)
        yield EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    finally:
        server.terminate()
        server.wait(timeout=30)


async def bot_replies(agent, store, sender: str) -> list[tuple[str, str]]:
    """(action, what the bot said) for every action of the conversation."""
    agent.tracker_store = agent.processor.tracker_store = store
    for text in LONG_CONVERSATION:
        await agent.handle_text(text, sender_id=sender)
    tracker = await store.retrieve_full_tracker(sender)
    return [
        (e.action_name, "") if isinstance(e, ActionExecuted) else ("", e.text)
        for e in tracker.events
        if isinstance(e, (ActionExecuted, BotUttered))
    ]


async def test_the_recent_events_window_changes_no_reply(
    agent, action_endpoint, tmp_path, monkeypatch
):
    """Our store reads long sessions through a window (stores/configured.py); Rasa's in-memory
    store reads everything. Every action and every word the bot said must be the same,
    including the provider line that names the medication from the first question."""
    monkeypatch.delenv("POSTGRES_HOST", raising=False)
    monkeypatch.setenv("TRACKER_SQLITE_PATH", str(tmp_path / "conversations.db"))
    ours = ConfiguredTrackerStore(agent.domain)
    monkeypatch.setattr(agent.processor, "action_endpoint", action_endpoint)
    original = agent.tracker_store
    try:
        everything = await bot_replies(agent, InMemoryTrackerStore(agent.domain), "whole")
        windowed = await bot_replies(agent, ours, "windowed")
    finally:
        agent.tracker_store = agent.processor.tracker_store = original
    assert len((await ours.retrieve("windowed")).events) <= RECENT_EVENTS  # it was windowed
    assert sum("warfarin" in text for _, text in windowed) >= 3
    assert windowed == everything
