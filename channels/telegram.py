"""Telegram connector: Bot API webhook in, `sendMessage` with inline keyboards out.

Rasa's own Telegram channel sets its webhook while the server starts and kills the server when
api.telegram.org cannot be reached; it also accepts updates from anyone who knows the URL. This
one registers the webhook in the background (retrying with back-off while Telegram is down, so
the other channels keep serving), and accepts only updates carrying the secret token it
registered.

Settings (environment): TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL (the public https URL of
/webhooks/telegram/webhook) switch it on. TELEGRAM_SECRET_TOKEN is optional: by default it is
derived from the bot token, so several server instances register and accept the same one.
TELEGRAM_API_URL points at another Bot API server (Telegram's local server, or a test fake).
"""

import asyncio
import hashlib
import hmac
import json
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import hand_to_bot
from channels.http_api import post_json
from channels.recent import RecentIds

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's limits: callback data 1-64 bytes, message text 4096 characters.
MAX_CALLBACK_BYTES = 64
MAX_TEXT = 4096
FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0
NOT_TEXT_REPLY = "I can only read text. Please type your question about dry needling."


@dataclass(frozen=True)
class TelegramSettings:
    bot_token: str
    webhook_url: str
    secret_token: str
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> "TelegramSettings | None":
        """The settings, or None when Telegram is not configured (then the channel stays off)."""
        token = environ.get("TELEGRAM_BOT_TOKEN", "").strip()
        webhook_url = environ.get("TELEGRAM_WEBHOOK_URL", "").strip()
        if not (token and webhook_url):
            return None
        secret = environ.get("TELEGRAM_SECRET_TOKEN", "").strip() or derived_secret(token)
        api_url = environ.get("TELEGRAM_API_URL", "").strip() or DEFAULT_API_URL
        return cls(token, webhook_url, secret, api_url.rstrip("/"))

    def method_url(self, method: str) -> str:
        return f"{self.api_url}/bot{self.bot_token}/{method}"


def derived_secret(bot_token: str) -> str:
    """A webhook secret only the token's holder can compute; Telegram allows [A-Za-z0-9_-]."""
    return hmac.new(bot_token.encode(), b"webhook-secret", hashlib.sha256).hexdigest()


def inline_keyboard(buttons: list[dict[str, Any]]) -> dict[str, Any]:
    """One button per row: our titles are whole questions, too long to sit side by side."""
    rows = []
    for button in buttons:
        title, payload = str(button.get("title") or ""), str(button.get("payload") or "")
        # A payload over Telegram's limit is sent as its title, which the model understands.
        data = next((d for d in (payload, title) if 0 < len(d.encode()) <= MAX_CALLBACK_BYTES), "")
        if title and data:
            rows.append([{"text": title, "callback_data": data}])
    return {"inline_keyboard": rows}


class TelegramOutput(OutputChannel):
    """Sends the bot's messages to one Telegram chat (not to Rasa's recipient id, which is our
    conversation id with a channel prefix)."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, settings: TelegramSettings, chat_id: str) -> None:
        self.settings = settings
        self.chat_id = chat_id

    async def _send(self, text: str, **extra: Any) -> None:
        payload = {"chat_id": self.chat_id, "text": text[:MAX_TEXT], **extra}
        await post_json(self.settings.method_url("sendMessage"), payload)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(text)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send(text, reply_markup=inline_keyboard(buttons))


@dataclass(frozen=True)
class Incoming:
    chat_id: str
    text: str | None  # None: something that is not text (a photo, a sticker)
    callback_query_id: str | None = None


def parse_update(update: dict[str, Any]) -> Incoming | None:
    """The chat and text of a message or button press; None for updates we do not handle."""
    query = update.get("callback_query")
    if isinstance(query, dict):
        chat = ((query.get("message") or {}).get("chat") or {}).get("id")
        data = query.get("data")
        if chat is None or not isinstance(data, str):
            return None
        return Incoming(str(chat), data, str(query.get("id", "")))
    message = update.get("message")
    if not isinstance(message, dict):
        return None
    chat = (message.get("chat") or {}).get("id")
    if chat is None:
        return None
    text = message.get("text")
    return Incoming(str(chat), text if isinstance(text, str) else None)


class TelegramInput(InputChannel):
    """Webhook at /webhooks/telegram/webhook."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(TelegramSettings.from_env())

    def __init__(self, settings: TelegramSettings | None) -> None:
        self.settings = settings
        self.recent_updates = RecentIds()
        self.webhook_registered = asyncio.Event()
        self._registration: asyncio.Task | None = None
        if settings is None:
            logger.info(
                "Telegram is off: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL to enable it."
            )

    async def register_webhook(self) -> None:
        """Calls setWebhook until Telegram accepts it, waiting longer after each failure."""
        settings = self.settings
        assert settings is not None
        delay = FIRST_RETRY_SECONDS
        while True:
            result = await post_json(
                settings.method_url("setWebhook"),
                {
                    "url": settings.webhook_url,
                    "secret_token": settings.secret_token,
                    "allowed_updates": ["message", "callback_query"],
                },
            )
            if result is not None:
                logger.info("Telegram webhook registered.")
                self.webhook_registered.set()
                return
            logger.warning("Telegram webhook not registered yet; retrying in %.0f s.", delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_RETRY_SECONDS)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram = Blueprint("dry_needling_telegram", __name__)

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json(
                {
                    "status": "ok",
                    "enabled": self.settings is not None,
                    "webhook_registered": self.webhook_registered.is_set(),
                }
            )

        if self.settings is None:
            return telegram

        @telegram.listener("after_server_start")
        async def start_registration(*_: Any) -> None:
            # In the background: the server must serve its other channels while Telegram is down.
            self._registration = asyncio.create_task(self.register_webhook())

        @telegram.listener("before_server_stop")
        async def stop_registration(*_: Any) -> None:
            if self._registration is not None:
                self._registration.cancel()

        @telegram.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return await self.handle(request, on_new_message)

        return telegram

    async def handle(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        settings = self.settings
        assert settings is not None
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), settings.secret_token):
            return response.json({"error": "missing or wrong secret token"}, status=401)
        try:
            update = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            update = None
        if not isinstance(update, dict):
            return response.json({"error": "the body is not a Telegram update"}, status=400)
        update_id = update.get("update_id")
        if isinstance(update_id, int) and self.recent_updates.seen_before(update_id):
            return response.json({"status": "duplicate"})
        incoming = parse_update(update)
        if incoming is not None:
            await self._answer(incoming, on_new_message)
        return response.json({"status": "ok"})

    async def _answer(
        self, incoming: Incoming, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        assert self.settings is not None
        output = TelegramOutput(self.settings, incoming.chat_id)
        if incoming.callback_query_id:
            # Stops the spinner on the pressed button.
            await post_json(
                self.settings.method_url("answerCallbackQuery"),
                {"callback_query_id": incoming.callback_query_id},
            )
        await hand_to_bot(
            on_new_message,
            UserMessage(
                incoming.text or "",
                output,
                f"telegram_{incoming.chat_id}",
                input_channel=self.name(),
            ),
            refusal=NOT_TEXT_REPLY if incoming.text is None else None,
        )

    def get_output_channel(self) -> OutputChannel | None:
        return None
