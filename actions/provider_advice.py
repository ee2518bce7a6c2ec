"""Wording of the recommendation to see a qualified healthcare provider.

The article's own safety advice is to consult a qualified provider before dry needling, have it
done by a trained professional, and mention blood thinners. Each FAQ answer is followed by the
line that fits what was just asked.
"""

from __future__ import annotations

MEDICATIONS_AND_CONDITIONS = (
    "Before any dry needling, tell a qualified healthcare provider about every medication you "
    "take and any health conditions you have, so they can check that it is safe for you."
)
ASSESSMENT = (
    "Only a qualified healthcare provider who assesses you can say whether dry needling is "
    "likely to help you, so please talk to one before deciding."
)
TRAINED_PRACTITIONER = (
    "Choose a practitioner with proper training in dry needling, and check with a qualified "
    "healthcare provider before you start."
)
NOT_COVERED = (
    "For questions about your own health, treatment or medication that the article does not "
    "cover, a qualified healthcare provider is the right person to ask."
)
DEFAULT = (
    "For advice about your own migraines, please talk to a qualified healthcare provider "
    "before trying dry needling."
)

TOPIC_ADVICE = {
    "side_effects": MEDICATIONS_AND_CONDITIONS,
    "blood_thinners": MEDICATIONS_AND_CONDITIONS,
    "infection_risk": MEDICATIONS_AND_CONDITIONS,
    "does_it_work": ASSESSMENT,
    "is_it_right_for_me": ASSESSMENT,
    "who_should_perform_it": TRAINED_PRACTITIONER,
    "what_happens_in_a_session": TRAINED_PRACTITIONER,
}


# After "You mentioned warfarin: ... tell your provider that you take it", the medication
# advice would repeat itself; this completes it instead.
MEDICATIONS_AND_CONDITIONS_AFTER_NOTE = (
    "Mention every other medication and any health conditions too, so a qualified healthcare "
    "provider can check that dry needling is safe for you."
)


def medication_note(medication: str) -> str:
    return (
        f"You mentioned {medication}: medicines like this can make bleeding more likely, "
        "so tell your provider that you take it before any treatment."
    )


def recommendation(topic: str | None, intent: str | None, medication: str | None) -> str:
    """The provider recommendation for the topic just answered (or the intent, if no topic)."""
    if topic in TOPIC_ADVICE:
        advice = TOPIC_ADVICE[topic]
    elif topic is None and intent == "out_of_scope":
        advice = NOT_COVERED
    else:
        advice = DEFAULT
    if not medication:
        return advice
    if advice == MEDICATIONS_AND_CONDITIONS:
        advice = MEDICATIONS_AND_CONDITIONS_AFTER_NOTE
    return f"{medication_note(medication)} {advice}"
