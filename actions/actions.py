"""Custom actions. Kept thin: the provider wording lives in provider_advice, the "did you
mean" buttons in suggestions, tracker parsing in message_facts."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import message_facts, provider_advice, suggestions


class ActionRecommendProvider(Action):
    """Recommends a qualified healthcare provider, in words fitting what was just asked."""

    def name(self) -> str:
        return "action_recommend_provider"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        latest = tracker.latest_message
        dispatcher.utter_message(
            text=provider_advice.recommendation(
                topic=message_facts.answered_topic(latest),
                intent=message_facts.intent_name(latest),
                medication=message_facts.mentioned_medication(
                    latest, tracker.get_slot("medication")
                ),
            )
        )
        return []


class ActionSuggestTopics(Action):
    """When unsure: "Did you mean...?" with the likely topics, else a request to rephrase."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        buttons = suggestions.suggestion_buttons(
            tracker.latest_message, suggestions.topic_titles(domain)
        )
        if buttons:
            buttons.append({"title": "Something else", "payload": "/help"})
            dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        else:
            dispatcher.utter_message(response="utter_default")
        return []


class ActionSessionStart(Action):
    """Starts a session with the welcome: an automated assistant, general information only."""

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        events: list[EventType] = [SessionStarted()]
        session_config = (domain or {}).get("session_config") or {}
        if session_config.get("carry_over_slots_to_new_session", True):
            events.extend(
                SlotSet(name, value)
                for name, value in (tracker.slots or {}).items()
                if value is not None
            )
        dispatcher.utter_message(response="utter_welcome")
        events.append(ActionExecuted("action_listen"))
        return events
