"""The custom actions, run the way the action server runs them."""

from __future__ import annotations

import pytest
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import provider_advice
from actions.actions import ActionSessionStart, ActionSuggestTopics
from tests.helpers import make_tracker, medication_entity, parse_data, recommend

DOMAIN = {"session_config": {"carry_over_slots_to_new_session": True}}


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("side_effects", provider_advice.MEDICATIONS_AND_CONDITIONS),
        ("blood_thinners", provider_advice.MEDICATIONS_AND_CONDITIONS),
        ("infection_risk", provider_advice.MEDICATIONS_AND_CONDITIONS),
        ("does_it_work", provider_advice.ASSESSMENT),
        ("is_it_right_for_me", provider_advice.ASSESSMENT),
        ("who_should_perform_it", provider_advice.TRAINED_PRACTITIONER),
        ("what_happens_in_a_session", provider_advice.TRAINED_PRACTITIONER),
        ("what_is_dry_needling", provider_advice.DEFAULT),
        ("does_it_hurt", provider_advice.DEFAULT),
        ("endorphin_release", provider_advice.DEFAULT),
    ],
)
async def test_advice_fits_the_topic_just_answered(topic, expected):
    text = await recommend(make_tracker(parse_data(intent="faq", topic=topic)))
    assert text == expected


async def test_out_of_scope_question_gets_the_not_covered_advice():
    text = await recommend(make_tracker(parse_data(intent="out_of_scope")))
    assert text == provider_advice.NOT_COVERED


# The Rasa server sends the ResponseSelector's pick with every message, whatever the intent.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("out_of_scope", provider_advice.NOT_COVERED),
        ("greet", provider_advice.DEFAULT),
        ("nlu_fallback", provider_advice.DEFAULT),
    ],
)
async def test_a_topic_the_selector_ranked_but_nobody_answered_is_ignored(intent, expected):
    text = await recommend(make_tracker(parse_data(intent=intent, topic="side_effects")))
    assert text == expected


@pytest.mark.parametrize(
    ("key", "topic"),
    [("faq/blood_thinners", "blood_thinners"), ("faq/does_it_work", "does_it_work")],
)
async def test_topic_is_read_from_the_full_retrieval_intent_without_selector(key, topic):
    message = {"intent": {"name": "faq", "full_retrieval_intent_name": key}}
    text = await recommend(make_tracker(message))
    assert text == provider_advice.TOPIC_ADVICE[topic]


async def test_medication_in_the_message_is_named():
    message = parse_data("faq", "blood_thinners", entities=[medication_entity("Warfarin")])
    text = await recommend(make_tracker(message))
    assert text.startswith("You mentioned warfarin: ")
    assert text.endswith(provider_advice.MEDICATIONS_AND_CONDITIONS_AFTER_NOTE)


async def test_medication_remembered_in_the_slot_is_named_on_a_later_topic():
    tracker = make_tracker(parse_data("faq", "does_it_work"), slots={"medication": "eliquis"})
    text = await recommend(tracker)
    assert text.startswith("You mentioned eliquis: ")
    assert text.endswith(provider_advice.ASSESSMENT)


async def test_the_latest_mention_wins_over_the_slot():
    message = parse_data("faq", "side_effects", entities=[medication_entity("aspirin")])
    text = await recommend(make_tracker(message, slots={"medication": "heparin"}))
    assert "You mentioned aspirin:" in text
    assert "heparin" not in text


@pytest.mark.parametrize(
    "latest_message",
    [
        {},
        {"intent": None, "entities": None, "response_selector": None},
        {"intent": "faq", "entities": "warfarin", "response_selector": []},
        {"intent": {"name": 42}, "response_selector": {"faq": {"response": "x"}}},
        {"intent": {"name": "faq"}, "response_selector": {"faq": {"response": {}}}},
        {"entities": [None, 3, {"entity": "medication", "value": None}]},
        {"response_selector": {"faq": {"response": {"intent_response_key": "faq/"}}}},
        {"response_selector": {"faq": {"response": {"intent_response_key": "faq/unknown"}}}},
    ],
)
async def test_never_silent_whatever_the_tracker_holds(latest_message):
    text = await recommend(make_tracker(latest_message))
    assert text == provider_advice.DEFAULT


@pytest.mark.parametrize(
    "slot_value",
    [
        "<script>alert(1)</script>",
        "x" * 500,
        ["warfarin"],
        12,
        "",
        "warfarin; DROP TABLE",
    ],
)
async def test_odd_slot_values_are_not_repeated_to_the_visitor(slot_value):
    tracker = make_tracker(parse_data("faq", "side_effects"), slots={"medication": slot_value})
    text = await recommend(tracker)
    assert text == provider_advice.MEDICATIONS_AND_CONDITIONS


async def test_missing_tracker_fields_do_not_break_the_action():
    tracker = make_tracker(None, slots=None)
    tracker.latest_message = None
    text = await recommend(tracker)
    assert text == provider_advice.DEFAULT


async def test_session_start_welcomes_and_carries_over_slots():
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots={"medication": "warfarin", "session_started_metadata": None})
    events = await ActionSessionStart().run(dispatcher, tracker, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_welcome"]
    assert events[0] == SessionStarted()
    assert SlotSet("medication", "warfarin") in events
    assert SlotSet("session_started_metadata", None) not in events
    assert events[-1] == ActionExecuted("action_listen")


async def test_session_start_drops_slots_when_the_domain_says_so():
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots={"medication": "warfarin"})
    domain = {"session_config": {"carry_over_slots_to_new_session": False}}
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events == [SessionStarted(), ActionExecuted("action_listen")]
    assert [m["response"] for m in dispatcher.messages] == ["utter_welcome"]


HELP_DOMAIN = {
    "responses": {
        "utter_help": [
            {
                "buttons": [
                    {"title": "What are the side effects?", "payload": "/faq/side_effects"},
                    {"title": "Does it hurt?", "payload": "/faq/does_it_hurt"},
                    {"title": "Is it safe with blood thinners?", "payload": "/faq/blood_thinners"},
                ]
            }
        ]
    }
}


async def suggest(latest_message, domain=HELP_DOMAIN):
    dispatcher = CollectingDispatcher()
    events = await ActionSuggestTopics().run(dispatcher, make_tracker(latest_message), domain)
    assert events == []
    assert len(dispatcher.messages) == 1
    return dispatcher.messages[0]


async def test_did_you_mean_offers_the_suggested_topics_with_their_titles():
    message = await suggest({"did_you_mean": ["does_it_hurt", "side_effects"]})
    assert message["response"] == "utter_did_you_mean"
    assert message["buttons"] == [
        {"title": "Does it hurt?", "payload": "/faq/does_it_hurt"},
        {"title": "What are the side effects?", "payload": "/faq/side_effects"},
        {"title": "Something else", "payload": "/help"},
    ]


@pytest.mark.parametrize(
    "latest_message",
    [
        {},
        {"did_you_mean": []},
        {"did_you_mean": "side_effects"},
        {"did_you_mean": ["no_such_topic", 3, None]},
        None,
    ],
)
async def test_without_usable_suggestions_it_asks_to_rephrase(latest_message):
    message = await suggest(latest_message)
    assert message["response"] == "utter_default"


async def test_unknown_topics_are_dropped_and_at_most_three_offered():
    topics = ["x", "side_effects", "does_it_hurt", "blood_thinners", "side_effects"]
    message = await suggest({"did_you_mean": topics})
    assert [b["payload"] for b in message["buttons"]] == [
        "/faq/side_effects",
        "/faq/does_it_hurt",
        "/faq/blood_thinners",
        "/help",
    ]


async def test_a_domain_without_a_help_menu_still_gets_a_reply():
    message = await suggest({"did_you_mean": ["side_effects"]}, domain={})
    assert message["response"] == "utter_default"
