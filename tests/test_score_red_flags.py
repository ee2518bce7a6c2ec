"""The red-flag batch scorer (scripts/score_red_flags.py): its counting and its report. The model
modes need a trained model and are exercised by running the script on the kept-back batch."""

from __future__ import annotations

import pytest

from nlu_components.red_flag_rules import assess
from scripts.score_red_flags import report, rules_switched_off, score


def says_alarm(text: str) -> bool:
    return "alarm" in text


def test_score_counts_missed_emergencies_and_false_alarms():
    result = score("toy", ["alarm one", "quiet two"], ["alarm three", "quiet four"], says_alarm)
    assert result.missed == ("quiet two",)
    assert result.false_alarms == ("alarm three",)
    assert result.line() == "| toy | 1 of 2 | 1 of 2 |"


def test_report_lists_each_mode_and_what_it_got_wrong():
    perfect = score("rules alone", ["alarm"], ["quiet"], says_alarm)
    flawed = score("model alone", ["quiet emergency"], ["alarm near miss"], says_alarm)
    text = report([perfect, flawed])
    assert "| rules alone | 1 of 1 | 0 of 1 |" in text
    assert "| model alone | 0 of 1 | 1 of 1 |" in text
    assert "model alone, missed:\n- quiet emergency" in text
    assert "model alone, false alarms:\n- alarm near miss" in text
    assert "rules alone, missed" not in text


@pytest.mark.parametrize("text", ["i want to kill myself", "worst headache of my life"])
def test_rules_switched_off_hides_the_rules_from_the_component_only(text):
    from nlu_components import red_flags

    with rules_switched_off():
        assert red_flags.assess(text).category is None
    assert red_flags.assess(text).category is not None
    assert assess(text).category is not None
