"""The editors' shell: what it prints about the assistant's understanding."""

from __future__ import annotations

import os
import subprocess

import pytest

from scripts.shell_debug import show_replies, understanding
from tests.fake_platform import free_port
from tests.helpers import ROOT


def ranking(*pairs):
    return {"faq": {"ranking": [{"intent_response_key": k, "confidence": c} for k, c in pairs]}}


@pytest.mark.parametrize(
    "parse_data, expected",
    [
        (
            {"intent": {"name": "faq", "confidence": 0.99},
             "response_selector": ranking(("faq/does_it_hurt", 0.91), ("faq/side_effects", 0.05))},
            "intent faq (0.99) | topic faq/does_it_hurt (0.91) | runner-up faq/side_effects (0.05)",
        ),
        (
            {"intent": {"name": "nlu_fallback", "confidence": 0.6},
             "response_selector": ranking(("faq/a", 0.3), ("faq/b", 0.25)),
             "did_you_mean": ["a", "b"]},
            "intent nlu_fallback (0.60) | topic faq/a (0.30) | runner-up faq/b (0.25) | "
            "did you mean: a, b",
        ),
        (
            {"intent": {"name": "emergency", "confidence": 1.0}, "red_flag": "self_harm"},
            "intent emergency (1.00) | red-flag rule: self_harm",
        ),
        (
            {"intent": {"name": "greet", "confidence": 0.97},
             "response_selector": ranking(("faq/a", 0.5))},
            "intent greet (0.97)",
        ),
        (
            {"intent": {"name": "faq", "confidence": 1.0},
             "entities": [{"entity": "medication", "value": "warfarin"}],
             "response_selector": ranking(("faq/blood_thinners", 0.98))},
            "intent faq (1.00) | topic faq/blood_thinners (0.98) | entities medication=warfarin",
        ),
        ({}, "intent None (0.00)"),
    ],
)  # fmt: skip
def test_understanding_names_topic_confidence_and_runner_up(parse_data, expected):
    assert understanding(parse_data) == expected


def test_replies_number_their_buttons(capsys):
    buttons = show_replies(
        [
            {"text": "Answer\nFrom the article: x", "buttons": [{"title": "A", "payload": "/a"}]},
            {"text": "See a provider."},
        ]
    )
    assert buttons == [{"title": "A", "payload": "/a"}]
    assert capsys.readouterr().out == (
        "Bot: Answer\n     From the article: x\n     [1] A\nBot: See a provider.\n"
    )


@pytest.mark.model
def test_the_shell_shows_what_the_trained_model_understood():
    # As `make shell-debug` runs it: chat.sh starts the action server (on a free port here).
    result = subprocess.run(
        ["scripts/chat.sh", "models/dry_needling.tar.gz", "debug"],
        input="does dry needling hurt?\n1\n/stop\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "ACTION_SERVER_PORT": str(free_port())},
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if "↳" in line]
    assert "topic faq/does_it_hurt" in lines[0] and "runner-up" in lines[0], result.stdout
    assert "(clicked: What are the side effects?)" in result.stdout and len(lines) == 2
    assert "topic faq/side_effects" in lines[1]
    assert "qualified healthcare provider" in result.stdout  # the action server answered
