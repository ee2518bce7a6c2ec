"""Our `rasa` launcher: action replies validated with a compiled validator, exactly as Rasa does."""

from __future__ import annotations

import subprocess
import sys

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from scripts import rasa_server
from tests.helpers import ROOT

VALID = [
    {},
    {"events": [], "responses": []},
    {"events": [], "responses": [{"text": "Please tell your provider about warfarin."}]},
    {"events": [{"event": "slot", "name": "medication", "value": "warfarin"}]},
    {"events": [{"event": "session_started"}, {"event": "action", "name": "action_listen"}]},
]
INVALID = [
    {"events": "not a list"},
    {"responses": "not a list"},
    {"responses": ["not an object"]},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},
    {"events": [{"name": "medication"}]},
    [],
]


def rasas_verdict(reply):
    try:
        return RemoteAction("action_recommend_provider", None)._validate_action_result(reply)
    except ValidationError as error:
        return error.message


def our_verdict(reply):
    try:
        return rasa_server.validate_action_result(None, reply)
    except ValidationError as error:
        return error.message


@pytest.mark.parametrize("reply", VALID)
def test_a_valid_reply_passes_as_with_rasa(reply):
    assert our_verdict(reply) is True
    assert rasas_verdict(reply) is True


@pytest.mark.parametrize("reply", INVALID)
def test_an_invalid_reply_fails_with_rasas_error(reply):
    verdict = our_verdict(reply)
    assert isinstance(verdict, str)
    assert "Failed to validate Action server response" in verdict
    assert verdict == rasas_verdict(reply)


def test_the_fix_replaces_rasas_method(monkeypatch):
    # Restored after the test, so other tests see Rasa as installed.
    monkeypatch.setattr(RemoteAction, "_validate_action_result",
                        RemoteAction._validate_action_result)  # fmt: skip
    rasa_server.validate_action_replies_once()
    action = RemoteAction("action_recommend_provider", None)
    assert action._validate_action_result({"events": []}) is True
    with pytest.raises(ValidationError):
        action._validate_action_result({"events": "not a list"})
    assert RemoteAction._validate_action_result is rasa_server.validate_action_result


def test_the_launcher_runs_rasas_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "scripts.rasa_server", "--version"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={"PYTHONWARNINGS": "ignore", "TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Rasa Version      :         3.6" in result.stdout


def test_serving_uses_one_thread_per_library_unless_told_otherwise():
    environ = {"TF_INTRA_OP_PARALLELISM_THREADS": "4"}
    rasa_server.serving_threads(environ)
    assert environ == {
        "OPENBLAS_NUM_THREADS": "1",
        "TF_INTRA_OP_PARALLELISM_THREADS": "4",
        "TF_INTER_OP_PARALLELISM_THREADS": "1",
    }
