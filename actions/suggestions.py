"""Which topics to offer when the assistant is unsure, and what their buttons say.

The topics come from the NLU component nlu_components.doubtful_answers (`did_you_mean` in
the parse data); the button titles from the help menu (`utter_help`), so each topic's title is
written once, in domain.yml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

TOPIC_PAYLOAD = re.compile(r"^/faq/([a-z0-9_]+)$")
MAX_SUGGESTIONS = 3


def topic_titles(domain: Any) -> dict[str, str]:
    """Topic -> button title, read from the help menu's buttons."""
    responses = (domain or {}).get("responses") if isinstance(domain, Mapping) else None
    variations = (responses or {}).get("utter_help") or [{}]
    titles = {}
    for button in variations[0].get("buttons") or []:
        match = TOPIC_PAYLOAD.match(str(button.get("payload", "")))
        if match and button.get("title"):
            titles[match.group(1)] = str(button["title"])
    return titles


def suggestion_buttons(latest_message: Any, titles: Mapping[str, str]) -> list[dict[str, str]]:
    """Buttons for the suggested topics that exist, best first; [] when there are none."""
    topics = latest_message.get("did_you_mean") if isinstance(latest_message, Mapping) else None
    if not isinstance(topics, list):
        return []
    buttons = []
    for topic in topics:
        if isinstance(topic, str) and topic in titles and len(buttons) < MAX_SUGGESTIONS:
            buttons.append({"title": titles[topic], "payload": f"/faq/{topic}"})
    return buttons
