"""The REST channel (/webhooks/rest/webhook), with the input checks Rasa's own lacks.

Rasa's RestInput puts every request without a `sender` into one shared conversation called
"default" (strangers read each other's history), sends an empty message to the model, and
answers a non-string message or broken JSON with a 500. Here: no sender, a blank one or one that
is not a short id → 400; broken JSON or a non-string message → 400; blank or over-long text →
a polite reply without running the model.
"""

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import polite_refusal

logger = logging.getLogger(__name__)

# Conversation ids: what browsers (UUIDs), our connectors and load tests produce, nothing more.
SENDER = re.compile(r"[A-Za-z0-9_.:@-]{1,128}")


class BadRequest(ValueError):
    """The request cannot be a visitor's message; the text says what to send instead."""


def parse_request(body: bytes) -> tuple[str, str, dict[str, Any]]:
    """(sender, message, metadata) from a REST request body, or BadRequest."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadRequest('the body must be JSON: {"sender": "<id>", "message": "<text>"}') from None
    if not isinstance(data, dict):
        raise BadRequest('the body must be a JSON object: {"sender": "<id>", "message": "<text>"}')
    sender = data.get("sender")
    if not isinstance(sender, str) or not SENDER.fullmatch(sender):
        raise BadRequest(
            "`sender` is required: a conversation id unique to this visitor "
            "(1-128 letters, digits or _.:@-), e.g. a random UUID kept by the client"
        )
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest("`message` must be a string")
    metadata = data.get("metadata")
    return sender, message, metadata if isinstance(metadata, dict) else {}


class GuardedRestInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint("dry_needling_rest", __name__)

        @rest.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, message, metadata = parse_request(request.body)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=400)
            refusal = polite_refusal(message)
            if refusal is not None:
                return response.json([{"recipient_id": sender, "text": refusal}])
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(message, collector, sender, input_channel="rest", metadata=metadata)
                )
            except Exception:  # noqa: BLE001 - the visitor gets a clear error, not a 500
                logger.exception("A REST message could not be handled")
                return response.json(
                    {"error": "the assistant could not answer just now; please try again"},
                    status=503,
                )
            return response.json(collector.messages)

        return rest
