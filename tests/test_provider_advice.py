"""Wording rules of the provider recommendation, independent of the tracker."""

from __future__ import annotations

import pytest

from actions import provider_advice
from actions.message_facts import clean_medication

ALL_LINES = [
    provider_advice.MEDICATIONS_AND_CONDITIONS,
    provider_advice.MEDICATIONS_AND_CONDITIONS_AFTER_NOTE,
    provider_advice.ASSESSMENT,
    provider_advice.TRAINED_PRACTITIONER,
    provider_advice.NOT_COVERED,
    provider_advice.DEFAULT,
]


@pytest.mark.parametrize("line", ALL_LINES)
def test_every_line_recommends_a_qualified_provider(line):
    assert "qualified healthcare provider" in line


def test_the_lines_are_distinct():
    assert len(set(ALL_LINES)) == len(ALL_LINES)


def test_an_faq_topic_overrides_the_intent():
    assert (
        provider_advice.recommendation("blood_thinners", "out_of_scope", None)
        == provider_advice.MEDICATIONS_AND_CONDITIONS
    )


def test_medication_note_precedes_the_advice():
    text = provider_advice.recommendation("does_it_hurt", "faq", "blood thinners")
    assert text == (
        "You mentioned blood thinners: medicines like this can make bleeding more likely, "
        "so tell your provider that you take it before any treatment. " + provider_advice.DEFAULT
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Warfarin", "warfarin"),
        ("  blood   thinners ", "blood thinners"),
        ("anti-coagulants", "anti-coagulants"),
        ("<b>x</b>", None),
        ("a", None),
        ("a" * 41, None),
        (None, None),
        (3.5, None),
    ],
)
def test_clean_medication(raw, clean):
    assert clean_medication(raw) == clean


def test_medication_advice_does_not_repeat_itself_after_the_note():
    text = provider_advice.recommendation("side_effects", "faq", "warfarin")
    assert text.count("tell your provider") + text.count("tell a qualified") == 1
    assert text.endswith(provider_advice.MEDICATIONS_AND_CONDITIONS_AFTER_NOTE)
