"""The Slack connector against a fake Slack Web API on loopback, with a stand-in bot."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from urllib.parse import urlencode

import pytest
from sanic import Sanic

from channels.slack import (
    SlackInput,
    SlackSettings,
    button_blocks,
    event_message,
    signature_is_valid,
)
from tests.fake_platform import serve_channel

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"


def signed_headers(body: bytes, secret: str = SECRET, age: int = 0, **extra: str) -> dict:
    timestamp = str(int(time.time()) - age)
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    return {
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": "v0=" + digest.hexdigest(),
        **extra,
    }


def event_body(text: str = "does it hurt?", event_id: str = "Ev1", **event: str) -> bytes:
    fields = {"type": "message", "channel_type": "im", "user": "U1", "channel": "D1", "text": text}
    fields.update(event)
    return json.dumps({"type": "event_callback", "event_id": event_id, "event": fields}).encode()


@pytest.fixture()
def bot_and_client(fake_api):
    return serve_channel(SlackInput(SlackSettings(TOKEN, SECRET, fake_api.url)), "/webhooks/slack")


async def post(client, body: bytes, headers: dict, content_type="application/json"):
    _, reply = await client.post(
        "/webhooks/slack/webhook", data=body, headers={"content-type": content_type, **headers}
    )
    return reply


async def test_a_signed_direct_message_is_answered_in_slack(bot_and_client, fake_api):
    received, client = bot_and_client
    body = event_body("does it hurt?")
    reply = await post(client, body, signed_headers(body))
    assert reply.status == 200
    assert [m.text for m in received] == ["does it hurt?"]
    (call,) = fake_api.calls_to("chat.postMessage")
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert call.payload["channel"] == "D1"
    assert call.payload["text"] == "You asked: does it hurt?"
    assert "thread_ts" not in call.payload
    buttons = call.payload["blocks"][1]["elements"]
    assert [(b["text"]["text"], b["value"]) for b in buttons] == [
        ("Does it hurt?", "/faq/does_it_hurt")
    ]


async def test_a_reply_goes_to_the_thread_the_message_came_from(bot_and_client, fake_api):
    received, client = bot_and_client
    body = event_body(
        "<@UBOT> is it safe?",
        type="app_mention",
        channel="C9",
        channel_type="channel",
        thread_ts="1700000000.000100",
    )
    assert (await post(client, body, signed_headers(body))).status == 200
    (call,) = fake_api.calls_to("chat.postMessage")
    assert call.payload["channel"] == "C9"
    assert call.payload["thread_ts"] == "1700000000.000100"
    # The mention is not part of the question; the thread is its own conversation.
    assert received[0].text == "is it safe?"
    assert received[0].sender_id == "slack_C9_U1_1700000000.000100"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({}, id="no signature"),
        pytest.param({"secret": "wrong-secret"}, id="wrong secret"),
        pytest.param({"age": 10 * 60}, id="timestamp ten minutes old"),
    ],
)
async def test_unsigned_forged_or_stale_requests_are_refused(bot_and_client, fake_api, headers):
    received, client = bot_and_client
    body = event_body()
    signed = signed_headers(body, **headers) if headers else {}
    reply = await post(client, body, signed)
    assert reply.status == 401
    assert received == [] and fake_api.calls == []


async def test_a_tampered_body_is_refused(bot_and_client, fake_api):
    received, client = bot_and_client
    headers = signed_headers(event_body("does it hurt?"))
    reply = await post(client, event_body("something else"), headers)
    assert reply.status == 401 and received == []


async def test_slack_retries_never_produce_a_second_answer(bot_and_client, fake_api):
    received, client = bot_and_client
    body = event_body(event_id="EvRetry")
    await post(client, body, signed_headers(body))
    retry = await post(client, body, signed_headers(body, **{"X-Slack-Retry-Num": "1"}))
    # The same event again without the retry header (a redelivery) is not answered either.
    again = await post(client, body, signed_headers(body))
    assert retry.status == 200 and again.status == 200
    assert retry.headers.get("X-Slack-No-Retry") == "1"
    assert len(received) == 1
    assert len(fake_api.calls_to("chat.postMessage")) == 1


async def test_a_button_click_sends_its_payload(bot_and_client, fake_api):
    received, client = bot_and_client
    payload = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "channel": {"id": "C9"},
        "container": {"thread_ts": "1700000000.000100"},
        "actions": [{"type": "button", "value": "/faq/does_it_hurt"}],
    }
    body = urlencode({"payload": json.dumps(payload)}).encode()
    reply = await post(client, body, signed_headers(body), "application/x-www-form-urlencoded")
    assert reply.status == 200
    assert received[0].text == "/faq/does_it_hurt"
    assert fake_api.calls_to("chat.postMessage")[0].payload["thread_ts"] == "1700000000.000100"


async def test_url_verification_echoes_the_challenge(bot_and_client):
    _, client = bot_and_client
    body = json.dumps({"type": "url_verification", "challenge": "abc123"}).encode()
    reply = await post(client, body, signed_headers(body))
    assert reply.status == 200 and reply.json == {"challenge": "abc123"}


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"not json", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (b"payload=not-json", "application/x-www-form-urlencoded"),
        (b"payload=%5B%5D", "application/x-www-form-urlencoded"),
    ],
)
async def test_a_signed_but_broken_body_gets_400_not_500(bot_and_client, body, content_type):
    received, client = bot_and_client
    reply = await post(client, body, signed_headers(body), content_type)
    assert reply.status == 400 and received == []


@pytest.mark.parametrize(
    "event",
    [
        pytest.param({"bot_id": "B1"}, id="the bot's own message"),
        pytest.param({"subtype": "message_changed"}, id="an edit"),
        pytest.param({"channel_type": "channel"}, id="channel chatter without a mention"),
    ],
)
async def test_messages_not_meant_for_the_bot_are_ignored(bot_and_client, fake_api, event):
    received, client = bot_and_client
    body = event_body(**event)
    assert (await post(client, body, signed_headers(body))).status == 200
    assert received == [] and fake_api.calls == []


def test_slack_stays_off_without_both_secrets():
    assert SlackSettings.from_env({}) is None
    assert SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN}) is None
    assert SlackSettings.from_env({"SLACK_SIGNING_SECRET": SECRET}) is None
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET})
    assert settings == SlackSettings(TOKEN, SECRET, "https://slack.com/api")


async def test_without_secrets_there_is_no_webhook():
    Sanic.test_mode = True
    app = Sanic(f"slack_off_{time.monotonic_ns()}")
    app.blueprint(SlackInput(None).blueprint(lambda m: None), url_prefix="/webhooks/slack")
    _, reply = await app.asgi_client.post("/webhooks/slack/webhook", data=event_body())
    _, health = await app.asgi_client.get("/webhooks/slack/")
    assert reply.status == 404
    assert health.json == {"status": "ok", "enabled": False}


def test_all_help_topics_fit_in_slack_buttons():
    buttons = [{"title": f"Topic {n}", "payload": f"/faq/topic_{n}"} for n in range(30)]
    blocks = button_blocks("Pick one <b>&</b>", buttons)
    assert blocks[0]["text"]["text"] == "Pick one &lt;b&gt;&amp;&lt;/b&gt;"
    assert [len(block["elements"]) for block in blocks[1:]] == [25, 5]


def test_signature_check_rejects_a_non_numeric_timestamp():
    assert not signature_is_valid(SECRET, "yesterday", b"{}", "v0=00")


def test_an_event_without_user_or_channel_is_ignored():
    assert event_message({"type": "message", "channel_type": "im", "text": "hi"}) is None
