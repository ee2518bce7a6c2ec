"""Slack connector: Events API and interactive buttons in, Web API `chat.postMessage` out.

Rasa's own Slack channel answers a bad signature with 400, processes most retries a second
time, allows only 5 buttons and answers a malformed click with a 500; this one refuses
unsigned or stale requests with 401, acknowledges every retry without answering again, and
turns bad input into a 400.

Settings (environment): SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET switch it on;
SLACK_API_URL points at another Web API (tests use a fake one on loopback).
"""

import hashlib
import hmac
import json
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import parse_qs

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import hand_to_bot
from channels.http_api import post_json
from channels.recent import RecentIds

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api"
# Slack's own advice: refuse requests signed more than five minutes ago (replays).
MAX_REQUEST_AGE_SECONDS = 5 * 60
# Block Kit limits: 25 elements per actions block, 75 characters per button label.
BUTTONS_PER_BLOCK = 25
MAX_BUTTON_LABEL = 75
MENTION = re.compile(r"<@[A-Z0-9]+>")


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Optional["SlackSettings"]:
        """The settings, or None when Slack is not configured (then the channel stays off)."""
        token = environ.get("SLACK_BOT_TOKEN", "").strip()
        secret = environ.get("SLACK_SIGNING_SECRET", "").strip()
        if not (token and secret):
            return None
        api_url = environ.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL
        return cls(token, secret, api_url.rstrip("/"))


def signature_is_valid(
    secret: str, timestamp: str, body: bytes, signature: str, now: float | None = None
) -> bool:
    """Slack's v0 request signature, checked in constant time, within the allowed age."""
    try:
        age = abs((time.time() if now is None else now) - int(timestamp))
    except (TypeError, ValueError):
        return False
    if age > MAX_REQUEST_AGE_SECONDS:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature or "")


def escape_mrkdwn(text: str) -> str:
    """Slack treats &, < and > as markup (links, mentions); show them as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def button_blocks(text: str, buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The message as Block Kit: the text, then the buttons in as many rows as needed."""
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": escape_mrkdwn(text)}}
    ]
    elements = [
        {
            "type": "button",
            "action_id": f"button_{index}",
            "text": {"type": "plain_text", "text": str(button["title"])[:MAX_BUTTON_LABEL]},
            "value": str(button["payload"]),
        }
        for index, button in enumerate(buttons)
        if button.get("title") and button.get("payload")
    ]
    for start in range(0, len(elements), BUTTONS_PER_BLOCK):
        blocks.append({"type": "actions", "elements": elements[start : start + BUTTONS_PER_BLOCK]})
    return blocks


class SlackOutput(OutputChannel):
    """Posts the bot's messages to one Slack channel, in the thread the visitor used."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    def __init__(self, settings: SlackSettings, channel: str, thread_ts: str | None) -> None:
        self.settings = settings
        self.channel = channel
        self.thread_ts = thread_ts

    async def _post(self, **message: Any) -> None:
        payload = {"channel": self.channel, **message}
        if self.thread_ts:
            payload["thread_ts"] = self.thread_ts
        await post_json(
            f"{self.settings.api_url}/chat.postMessage",
            payload,
            headers={"Authorization": f"Bearer {self.settings.bot_token}"},
        )

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._post(text=escape_mrkdwn(text))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        # `text` is the notification fallback; the blocks are what people see.
        await self._post(text=escape_mrkdwn(text), blocks=button_blocks(text, buttons))


@dataclass(frozen=True)
class Incoming:
    """A visitor's message or button click, reduced to what the assistant needs."""

    text: str
    user: str
    channel: str
    thread_ts: str | None

    @property
    def sender_id(self) -> str:
        # One conversation per person and channel, and a separate one per thread.
        parts = ["slack", self.channel, self.user] + ([self.thread_ts] if self.thread_ts else [])
        return "_".join(parts)


def event_message(event: dict[str, Any]) -> Incoming | None:
    """The visitor's message in an Events API event, or None for anything we must ignore:
    the bot's own posts, edits and joins, and channel chatter that does not mention us."""
    if event.get("bot_id") or event.get("subtype"):
        return None
    kind = event.get("type")
    direct = kind == "message" and event.get("channel_type") == "im"
    if not (direct or kind == "app_mention"):
        return None
    text = MENTION.sub("", str(event.get("text") or "")).strip()
    user, channel = event.get("user"), event.get("channel")
    if not (isinstance(user, str) and isinstance(channel, str)):
        return None
    return Incoming(text, user, channel, event.get("thread_ts"))


def button_click(payload: dict[str, Any]) -> Incoming | None:
    """The payload of a clicked button (`block_actions`), or None if it is not one."""
    actions = payload.get("actions")
    if payload.get("type") != "block_actions" or not isinstance(actions, list) or not actions:
        return None
    value = actions[0].get("value") if isinstance(actions[0], dict) else None
    user = (payload.get("user") or {}).get("id")
    channel = (payload.get("channel") or {}).get("id")
    if not all(isinstance(item, str) and item for item in (value, user, channel)):
        return None
    container = payload.get("container") or {}
    message = payload.get("message") or {}
    return Incoming(value, user, channel, container.get("thread_ts") or message.get("thread_ts"))


class SlackInput(InputChannel):
    """Webhook at /webhooks/slack/webhook for both Events API and interactivity requests."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(SlackSettings.from_env())

    def __init__(self, settings: SlackSettings | None) -> None:
        self.settings = settings
        self.recent_events = RecentIds()
        if settings is None:
            logger.info("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it.")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack = Blueprint("dry_needling_slack", __name__)

        @slack.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok", "enabled": self.settings is not None})

        if self.settings is None:
            return slack

        @slack.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            return await self.handle(request, on_new_message)

        return slack

    async def handle(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        settings = self.settings
        assert settings is not None
        if not signature_is_valid(
            settings.signing_secret,
            request.headers.get("X-Slack-Request-Timestamp", ""),
            request.body,
            request.headers.get("X-Slack-Signature", ""),
        ):
            return response.json({"error": "invalid or expired Slack signature"}, status=401)
        if request.headers.get("X-Slack-Retry-Num"):
            # The first delivery is being (or was) answered; a retry must not answer again.
            return response.text("", headers={"X-Slack-No-Retry": "1"})

        try:
            parsed = self._parse(request)
        except ValueError:
            return response.json({"error": "the body is not a Slack event or interaction"}, 400)
        if isinstance(parsed, HTTPResponse):
            return parsed
        if parsed is not None:
            await self._answer(parsed, on_new_message)
        return response.text("")

    def _parse(self, request: Request) -> Incoming | HTTPResponse | None:
        """The visitor's message, an answer Slack expects right away (URL verification), or
        None for events we ignore. Raises ValueError for a body Slack would never send."""
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
        if content_type == "application/x-www-form-urlencoded":
            fields = parse_qs(request.body.decode("utf-8", errors="strict"))
            payload = json.loads(fields.get("payload", [""])[0])
            if not isinstance(payload, dict):
                raise ValueError("interaction payload is not an object")
            return button_click(payload)
        body = json.loads(request.body)
        if not isinstance(body, dict):
            raise ValueError("event is not an object")
        if body.get("type") == "url_verification":
            return response.json({"challenge": body.get("challenge")})
        event = body.get("event")
        if body.get("type") != "event_callback" or not isinstance(event, dict):
            return None
        event_id = body.get("event_id")
        if isinstance(event_id, str) and self.recent_events.seen_before(event_id):
            return None
        return event_message(event)

    async def _answer(
        self, incoming: Incoming, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> None:
        assert self.settings is not None
        output = SlackOutput(self.settings, incoming.channel, incoming.thread_ts)
        await hand_to_bot(
            on_new_message,
            UserMessage(
                incoming.text,
                output,
                incoming.sender_id,
                input_channel=self.name(),
                metadata={"slack_channel": incoming.channel, "thread_ts": incoming.thread_ts},
            ),
        )

    def get_output_channel(self) -> OutputChannel | None:
        return None
