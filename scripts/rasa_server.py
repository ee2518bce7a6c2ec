"""The `rasa` command with our serving defaults and one fix to Rasa 3.6. We serve with it:

    python -m scripts.rasa_server run --model ... (the arguments of `rasa`)

Defaults: one thread for OpenBLAS and for TensorFlow (Rasa's TF_*_PARALLELISM_THREADS), unless
set otherwise. A turn is a handful of tiny matrix products, and the parallelism comes from
running an instance per core. The idle worker threads of both libraries spin, and took the CPU
from the other instance. 2 instances on 2 cores (one served 26-30 messages/s) served 31-53
messages/s, swinging from round to round; 46-51 with one OpenBLAS thread; 49-61 with both.

The fix: Rasa checks every reply of the action server with `jsonschema.validate(reply,
schema)`, and that function first validates the schema itself against JSON Schema's
meta-schema. Rasa's schema (every event type) never changes, yet that check cost 3.3 ms of
each ~40 ms turn with jsonschema 3.2 (31 ms with 4.17). Here the schema is checked once and
its compiled validator reused: the same replies pass, the same errors are raised, with Rasa's
message. tests/test_rasa_server.py holds both behaviours against Rasa's own.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from functools import cache
from typing import Any

SINGLE_THREADED = (
    "OPENBLAS_NUM_THREADS",
    "TF_INTRA_OP_PARALLELISM_THREADS",
    "TF_INTER_OP_PARALLELISM_THREADS",
)


@cache
def action_reply_validator() -> Any:
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result, with the schema checked once, not per call."""
    from jsonschema.exceptions import best_match
    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(action_reply_validator().iter_errors(result))
    if error is not None:
        # Rasa's own wording (rasa/core/actions/action.py).
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


def validate_action_replies_once() -> None:
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = validate_action_result


def serving_threads(environ: MutableMapping[str, str]) -> None:
    """One thread per library unless the environment says otherwise (read at their import)."""
    for name in SINGLE_THREADED:
        environ.setdefault(name, "1")


def main() -> None:
    serving_threads(os.environ)
    validate_action_replies_once()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
