"""What every channel checks before a message reaches the model: a blank message or one over
the length limit gets a polite reply at once, without spending CPU on the model (a 1 MB message
costs seconds of it)."""

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage

logger = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGE_LENGTH = 1000
EMPTY_REPLY = "Please type a question about dry needling for migraines, and I'll do my best."


def max_message_length() -> int:
    """MAX_MESSAGE_LENGTH from the environment; a bad value falls back to the default."""
    try:
        return max(1, int(os.environ.get("MAX_MESSAGE_LENGTH", DEFAULT_MAX_MESSAGE_LENGTH)))
    except ValueError:
        return DEFAULT_MAX_MESSAGE_LENGTH


def polite_refusal(text: str) -> str | None:
    """The reply for a message the model should not see, or None when it is fine."""
    if not text.strip():
        return EMPTY_REPLY
    limit = max_message_length()
    if len(text) > limit:
        return (
            f"That message is too long for me ({len(text):,} characters). Please shorten it to "
            f"under {limit:,} characters, ideally one question at a time."
        )
    return None


async def hand_to_bot(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    message: UserMessage,
    refusal: str | None = None,
) -> None:
    """For channels that answer through an output channel (Slack, Telegram, socket.io): a
    message the model should not see gets its polite reply; anything else goes to the bot. A
    failing turn is logged, never raised: a platform would answer an error with redeliveries,
    and the visitor with a second answer."""
    output: OutputChannel = message.output_channel
    refusal = refusal or polite_refusal(message.text or "")
    if refusal is not None:
        await output.send_text_message(message.sender_id, refusal)
        return
    try:
        await on_new_message(message)
    except Exception:  # noqa: BLE001
        logger.exception("A %s message could not be handled", message.input_channel)
