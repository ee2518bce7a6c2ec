"""A fake chat-platform Web API on loopback (Slack's or Telegram's Bot API): it records every
call and answers `{"ok": true}`, so channel tests never touch the internet."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Sanic

from scripts.cluster import free_port

# What the stand-in bot of `serve_channel` attaches to every answer.
BUTTONS = [{"title": "Does it hurt?", "payload": "/faq/does_it_hurt"}]


@dataclass
class ApiCall:
    method: str
    path: str
    payload: dict[str, Any]
    headers: dict[str, str]


class FakePlatformApi:
    """Runs in its own thread; `url` is its base address, `calls` what it received."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.calls: list[ApiCall] = []
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    async def _record(self, request: web.Request) -> web.Response:
        try:
            payload = await request.json()
        except ValueError:
            payload = {}
        method = request.path.rsplit("/", 1)[-1]
        self.calls.append(ApiCall(method, request.path, payload, dict(request.headers)))
        return web.json_response({"ok": True, "result": True})

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("POST", "/{tail:.*}", self._record)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    def start(self) -> FakePlatformApi:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30) -> list[ApiCall]:
        """The calls to `method` once there are at least `count` (fails after `timeout` s)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.calls_to(method)
            if len(calls) >= count:
                return calls
            time.sleep(0.05)
        raise AssertionError(f"expected {count} call(s) to {method}, got {self.calls_to(method)}")


def serve_channel(channel: InputChannel, url_prefix: str) -> tuple[list[UserMessage], Any]:
    """A Sanic app with one input channel and a stand-in bot that records each message and
    answers "You asked: <text>" with BUTTONS; returns (received messages, test client)."""
    Sanic.test_mode = True
    received: list[UserMessage] = []

    async def bot(message: UserMessage) -> None:
        received.append(message)
        await message.output_channel.send_response(
            message.sender_id, {"text": f"You asked: {message.text}", "buttons": BUTTONS}
        )

    app = Sanic(f"channel_test_{time.monotonic_ns()}")
    app.blueprint(channel.blueprint(bot), url_prefix=url_prefix)
    return received, app.asgi_client
