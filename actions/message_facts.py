"""Read what the visitor asked from tracker data, tolerating anything the tracker may hold.

Trackers come over HTTP from the Rasa server and can be missing keys, carry unexpected types,
or hold values set through the API; these helpers never raise and return None when unsure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

RETRIEVAL_INTENT = "faq"
# An entity value we are willing to repeat back to the visitor: a short medication name.
_MEDICATION_NAME = re.compile(r"^[a-z][a-z \-]{1,39}$")


def _as_mapping(value: Any) -> Mapping:
    return value if isinstance(value, Mapping) else {}


def intent_name(latest_message: Any) -> str | None:
    name = _as_mapping(_as_mapping(latest_message).get("intent")).get("name")
    return name if isinstance(name, str) and name else None


def answered_topic(latest_message: Any) -> str | None:
    """The FAQ topic (e.g. "side_effects") the last answer came from, if it was an FAQ."""
    message = _as_mapping(latest_message)
    # The ResponseSelector ranks the FAQ answers for every message, so an out-of-scope question
    # or a greeting carries a "selected" topic too; only an `faq` message was answered with it.
    if intent_name(message) != RETRIEVAL_INTENT:
        return None
    selector = _as_mapping(_as_mapping(message.get("response_selector")).get(RETRIEVAL_INTENT))
    key = _as_mapping(selector.get("response")).get("intent_response_key")
    if not isinstance(key, str):
        key = _as_mapping(message.get("intent")).get("full_retrieval_intent_name")
    if isinstance(key, str) and key.startswith(f"{RETRIEVAL_INTENT}/"):
        return key.split("/", 1)[1] or None
    return None


def clean_medication(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    name = " ".join(value.lower().split())
    return name if _MEDICATION_NAME.match(name) else None


def mentioned_medication(latest_message: Any, slot_value: Any) -> str | None:
    """The medication named in the last message, else the one remembered in the slot."""
    entities = _as_mapping(latest_message).get("entities")
    for entity in entities if isinstance(entities, list) else []:
        entity = _as_mapping(entity)
        if entity.get("entity") == "medication":
            name = clean_medication(entity.get("value"))
            if name:
                return name
    return clean_medication(slot_value)
