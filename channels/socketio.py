"""The socket.io channel, with the input checks Rasa's own lacks.

Rasa's SocketIOInput hands whatever arrives to the model: a blank or a 1 MB message is parsed,
and a number as the message or a payload that is not an object raises inside the server, so the
visitor waits for an answer that never comes. Here the message handler is replaced by one that
checks first: a session id like the REST channel's senders, text only, and the same polite
replies as every other channel for blank or over-long text.
"""

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from channels.guard import hand_to_bot
from channels.rest import SENDER

logger = logging.getLogger(__name__)

NOT_TEXT_REPLY = "I can only read text. Please type your question about dry needling."


class GuardedSocketIOInput(SocketIOInput):
    """credentials.yml: `channels.socketio.GuardedSocketIOInput:` with Rasa's socketio keys."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        # Registered after Rasa's handler for the same event, so it replaces it.
        @self.sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            sender = data.get("session_id") if self.session_persistence else sid
            if not isinstance(sender, str) or not SENDER.fullmatch(sender):
                # No room to answer into: the client never sent a valid session_request.
                logger.warning("A socket.io message without a valid session id was ignored.")
                return
            text, metadata = data.get("message"), data.get(self.metadata_key)
            message = UserMessage(
                text if isinstance(text, str) else "",
                SocketIOOutput(self.sio, self.bot_message_evt),
                sender,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else None,
            )
            await hand_to_bot(
                on_new_message, message, None if isinstance(text, str) else NOT_TEXT_REPLY
            )

        return blueprint
