"""The Telegram connector against a fake Bot API on loopback, with a stand-in bot."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from sanic import Sanic

import channels.telegram as telegram
from channels.telegram import (
    SECRET_HEADER,
    TelegramInput,
    TelegramSettings,
    derived_secret,
    inline_keyboard,
)
from tests.fake_platform import FakePlatformApi, free_port, serve_channel

TOKEN = "123456:test-token"
SECRET = "registered-secret"


def settings_for(api_url: str) -> TelegramSettings:
    return TelegramSettings(
        TOKEN, "https://bot.example.org/webhooks/telegram/webhook", SECRET, api_url
    )


def message_update(text: str | None = "does it hurt?", update_id: int = 1) -> bytes:
    message = {"message_id": 5, "chat": {"id": 4242, "type": "private"}}
    if text is not None:
        message["text"] = text
    else:
        message["sticker"] = {"file_id": "x"}
    return json.dumps({"update_id": update_id, "message": message}).encode()


@pytest.fixture()
def bot_and_client(fake_api):
    return serve_channel(TelegramInput(settings_for(fake_api.url)), "/webhooks/telegram")


async def post(client, body: bytes, secret: str | None = SECRET):
    headers = {"content-type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    _, reply = await client.post("/webhooks/telegram/webhook", data=body, headers=headers)
    return reply


async def test_a_message_is_answered_with_an_inline_keyboard(bot_and_client, fake_api):
    received, client = bot_and_client
    reply = await post(client, message_update("does it hurt?"))
    assert reply.status == 200
    assert received[0].text == "does it hurt?"
    assert received[0].sender_id == "telegram_4242"
    (call,) = fake_api.calls_to("sendMessage")
    assert call.path == f"/bot{TOKEN}/sendMessage"
    assert call.payload["chat_id"] == "4242"
    assert call.payload["text"] == "You asked: does it hurt?"
    assert call.payload["reply_markup"] == {
        "inline_keyboard": [[{"text": "Does it hurt?", "callback_data": "/faq/does_it_hurt"}]]
    }


async def test_a_button_press_sends_its_payload_and_stops_the_spinner(bot_and_client, fake_api):
    received, client = bot_and_client
    update = {
        "update_id": 2,
        "callback_query": {
            "id": "cbq-1",
            "data": "/faq/side_effects",
            "message": {"message_id": 6, "chat": {"id": 4242}},
        },
    }
    assert (await post(client, json.dumps(update).encode())).status == 200
    assert received[0].text == "/faq/side_effects"
    assert fake_api.calls_to("answerCallbackQuery")[0].payload == {"callback_query_id": "cbq-1"}


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x"])
async def test_a_forged_update_is_refused(bot_and_client, fake_api, secret):
    received, client = bot_and_client
    reply = await post(client, message_update(), secret=secret)
    assert reply.status == 401
    assert received == [] and fake_api.calls == []


async def test_a_redelivered_update_is_answered_once(bot_and_client, fake_api):
    received, client = bot_and_client
    await post(client, message_update(update_id=77))
    await post(client, message_update(update_id=77))
    assert len(received) == 1 and len(fake_api.calls_to("sendMessage")) == 1


async def test_a_sticker_gets_a_polite_text_only_reply(bot_and_client, fake_api):
    received, client = bot_and_client
    assert (await post(client, message_update(text=None))).status == 200
    assert received == []
    assert fake_api.calls_to("sendMessage")[0].payload["text"] == telegram.NOT_TEXT_REPLY


@pytest.mark.parametrize("body", [b"not json", b"[]", b"\xff\xfe", b"42"])
async def test_a_broken_body_gets_400_not_500(bot_and_client, body):
    received, client = bot_and_client
    assert (await post(client, body)).status == 400 and received == []


async def test_updates_we_do_not_handle_are_acknowledged(bot_and_client, fake_api):
    received, client = bot_and_client
    body = json.dumps({"update_id": 9, "edited_message": {"text": "x"}}).encode()
    assert (await post(client, body)).status == 200
    assert received == [] and fake_api.calls == []


async def test_the_webhook_is_registered_with_the_secret(fake_api):
    channel = TelegramInput(settings_for(fake_api.url))
    await asyncio.wait_for(channel.register_webhook(), timeout=10)
    (call,) = fake_api.calls_to("setWebhook")
    assert call.payload["url"] == "https://bot.example.org/webhooks/telegram/webhook"
    assert call.payload["secret_token"] == SECRET
    assert channel.webhook_registered.is_set()


async def test_registration_retries_until_telegram_is_back(monkeypatch):
    monkeypatch.setattr(telegram, "FIRST_RETRY_SECONDS", 0.2)
    port = free_port()
    channel = TelegramInput(settings_for(f"http://127.0.0.1:{port}"))
    registration = asyncio.create_task(channel.register_webhook())
    await asyncio.sleep(0.5)  # Telegram is down: nothing listens on the port yet
    assert not registration.done()
    api = await asyncio.to_thread(FakePlatformApi(port).start)
    try:
        await asyncio.wait_for(registration, timeout=10)
    finally:
        await asyncio.to_thread(api.stop)
    assert len(api.calls_to("setWebhook")) == 1
    assert channel.webhook_registered.is_set()


def test_telegram_stays_off_without_token_and_webhook_url():
    assert TelegramSettings.from_env({}) is None
    assert TelegramSettings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}) is None
    settings = TelegramSettings.from_env(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://x.org/hook"}
    )
    assert settings is not None
    # Derived from the token: every instance of the server agrees on it, strangers cannot.
    assert settings.secret_token == derived_secret(TOKEN) != derived_secret("654321:other")
    assert settings.api_url == "https://api.telegram.org"


async def test_without_settings_there_is_no_webhook():
    Sanic.test_mode = True
    app = Sanic(f"telegram_off_{time.monotonic_ns()}")
    app.blueprint(TelegramInput(None).blueprint(lambda m: None), url_prefix="/webhooks/telegram")
    _, reply = await app.asgi_client.post("/webhooks/telegram/webhook", data=message_update())
    assert reply.status == 404


def test_a_payload_too_long_for_telegram_is_sent_as_its_title():
    keyboard = inline_keyboard([{"title": "Does it hurt?", "payload": "/faq/" + "x" * 80}])
    assert keyboard["inline_keyboard"][0][0]["callback_data"] == "Does it hurt?"
