"""One way to call a chat platform's web API: JSON in, JSON out, errors logged, never raised.

A platform being down must not break the conversation for other channels, so callers get
`None` and a log line instead of an exception.
"""

import asyncio
import logging
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10


async def post_json(
    url: str, payload: dict[str, Any], headers: dict[str, str] | None = None
) -> dict[str, Any] | None:
    """POSTs `payload` as JSON; returns the JSON answer, or None when the call failed."""
    # Only the method name is logged: a Telegram URL carries the bot token.
    method = url.rsplit("/", 1)[-1]
    try:
        timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(url, json=payload, headers=headers or {}) as reply,
        ):
            body = await reply.json(content_type=None)
    except (aiohttp.ClientError, OSError, ValueError, asyncio.TimeoutError) as error:
        logger.warning("Chat platform call %s failed: %s", method, error.__class__.__name__)
        return None
    if not isinstance(body, dict) or not body.get("ok"):
        error = body.get("error") or body.get("description") if isinstance(body, dict) else body
        logger.warning("Chat platform call %s refused: %s", method, error)
        return None
    return body
