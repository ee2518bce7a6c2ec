"""The REST channel's input checks, with a stand-in bot that records what reaches it."""

from __future__ import annotations

import json
import time

import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic

from channels.guard import EMPTY_REPLY, max_message_length, polite_refusal
from channels.rest import GuardedRestInput

URL = "/webhooks/rest/webhook"


@pytest.fixture()
def bot_and_client():
    Sanic.test_mode = True
    received: list[UserMessage] = []

    async def bot(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_text_message(message.sender_id, f"Echo: {message.text}")

    app = Sanic(f"rest_test_{time.monotonic_ns()}")
    app.blueprint(GuardedRestInput().blueprint(bot), url_prefix="/webhooks/rest")
    return received, app.asgi_client


async def post(client, body):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    _, reply = await client.post(URL, data=data, headers={"content-type": "application/json"})
    return reply


async def test_a_normal_message_reaches_the_bot(bot_and_client):
    received, client = bot_and_client
    reply = await post(client, {"sender": "visitor-1", "message": "does it hurt?"})
    assert reply.status == 200
    assert reply.json == [{"recipient_id": "visitor-1", "text": "Echo: does it hurt?"}]
    assert [(m.sender_id, m.text) for m in received] == [("visitor-1", "does it hurt?")]


@pytest.mark.parametrize(
    "body, complaint",
    [
        pytest.param({"message": "hi"}, "`sender` is required", id="no sender"),
        pytest.param({"sender": "", "message": "hi"}, "`sender` is required", id="empty sender"),
        pytest.param({"sender": None, "message": "hi"}, "`sender` is required", id="null sender"),
        pytest.param({"sender": 42, "message": "hi"}, "`sender` is required", id="number sender"),
        pytest.param({"sender": "a b", "message": "hi"}, "`sender` is required", id="spaces"),
        pytest.param({"sender": "x" * 129, "message": "hi"}, "`sender`", id="long sender"),
        pytest.param({"sender": "v"}, "`message` must be a string", id="no message"),
        pytest.param({"sender": "v", "message": 12}, "`message` must be a string", id="number"),
        pytest.param({"sender": "v", "message": ["hi"]}, "`message` must", id="list message"),
        pytest.param({"sender": "v", "message": {"t": 1}}, "`message` must", id="object"),
        pytest.param(b"{not json", "must be JSON", id="broken JSON"),
        pytest.param(b"", "must be JSON", id="empty body"),
        pytest.param(b"\xff\xfe\xfa", "must be JSON", id="invalid UTF-8"),
        pytest.param(b"[1, 2]", "JSON object", id="a list"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, "JSON", id="deeply nested JSON"),
    ],
)
async def test_bad_requests_get_a_clear_400_and_never_reach_the_bot(
    bot_and_client, body, complaint
):
    received, client = bot_and_client
    reply = await post(client, body)
    assert reply.status == 400
    assert complaint in reply.json["error"]
    assert received == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
async def test_a_blank_message_gets_a_polite_prompt_without_the_model(bot_and_client, text):
    received, client = bot_and_client
    reply = await post(client, {"sender": "v", "message": text})
    assert reply.status == 200
    assert reply.json == [{"recipient_id": "v", "text": EMPTY_REPLY}]
    assert received == []


async def test_an_over_long_message_is_refused_politely_without_the_model(bot_and_client):
    received, client = bot_and_client
    reply = await post(client, {"sender": "v", "message": "why " * 250_000})
    assert reply.status == 200
    assert "Please shorten it to under 1,000 characters" in reply.json[0]["text"]
    assert received == []


async def test_a_message_at_the_limit_is_answered(bot_and_client):
    received, client = bot_and_client
    reply = await post(client, {"sender": "v", "message": "a" * 1000})
    assert reply.status == 200 and len(received) == 1


async def test_a_failing_bot_gives_503_not_500():
    Sanic.test_mode = True

    async def broken_bot(message: UserMessage) -> None:
        raise RuntimeError("action server exploded")

    app = Sanic(f"rest_broken_{time.monotonic_ns()}")
    app.blueprint(GuardedRestInput().blueprint(broken_bot), url_prefix="/webhooks/rest")
    reply = await post(app.asgi_client, {"sender": "v", "message": "hi"})
    assert reply.status == 503 and "try again" in reply.json["error"]


@pytest.mark.parametrize(
    "setting, expected", [(None, 1000), ("200", 200), ("not a number", 1000), ("0", 1)]
)
def test_the_length_limit_is_a_setting(monkeypatch, setting, expected):
    if setting is None:
        monkeypatch.delenv("MAX_MESSAGE_LENGTH", raising=False)
    else:
        monkeypatch.setenv("MAX_MESSAGE_LENGTH", setting)
    assert max_message_length() == expected


def test_polite_refusal_lets_normal_questions_through():
    assert polite_refusal("is dry needling safe?") is None
