"""Editors' shell: chat with the assistant in the terminal and see, after each reply, what it
understood: the topic it chose and how sure it was, the runner-up, and why it asked "did you
mean" or raised an emergency. Type a button's number to click it; /stop to quit.

    make shell-debug
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import uuid
from collections.abc import Mapping
from typing import Any

STOP = {"/stop", "quit", "exit"}


def understanding(parse_data: Mapping[str, Any]) -> str:
    """One line saying what the NLU made of a message."""
    intent = parse_data.get("intent") or {}
    parts = [f"intent {intent.get('name')} ({float(intent.get('confidence') or 0):.2f})"]
    ranking = ((parse_data.get("response_selector") or {}).get("faq") or {}).get("ranking") or []
    if intent.get("name") in ("faq", "nlu_fallback") and ranking:
        top = ranking[0]
        parts.append(f"topic {top.get('intent_response_key')} ({top.get('confidence', 0):.2f})")
        if len(ranking) > 1:
            second = ranking[1]
            parts.append(
                f"runner-up {second.get('intent_response_key')} ({second.get('confidence', 0):.2f})"
            )
    if parse_data.get("did_you_mean"):
        parts.append("did you mean: " + ", ".join(parse_data["did_you_mean"]))
    if parse_data.get("red_flag"):
        parts.append(f"red-flag rule: {parse_data['red_flag']}")
    entities = [f"{e.get('entity')}={e.get('value')}" for e in parse_data.get("entities") or []]
    if entities:
        parts.append("entities " + ", ".join(entities))
    return " | ".join(parts)


def show_replies(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prints the bot's messages; returns the buttons of the last one that had any."""
    buttons: list[dict[str, Any]] = []
    for reply in replies:
        if reply.get("text"):
            print("Bot: " + reply["text"].replace("\n", "\n     "))
        if reply.get("buttons"):
            buttons = reply["buttons"]
            for number, button in enumerate(buttons, start=1):
                print(f"     [{number}] {button.get('title')}")
    return buttons


async def chat(model: str, action_url: str) -> None:
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    # Only problems; Rasa's debug chatter would bury the answers.
    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    print("Loading the model...", flush=True)
    agent = Agent.load(model, action_endpoint=EndpointConfig(action_url))
    sender = f"editor-{uuid.uuid4().hex[:8]}"
    buttons: list[dict[str, Any]] = []
    print("Type a question (a number clicks a button, /stop quits).", flush=True)
    while True:
        try:
            text = input("You: ").strip()
        except EOFError:
            break
        if text in STOP:
            break
        if text.isdigit() and 1 <= int(text) <= len(buttons):
            chosen = buttons[int(text) - 1]
            print(f"     (clicked: {chosen.get('title')})")
            text = chosen.get("payload") or text
        if not text:
            continue
        replies = await agent.handle_text(text, sender_id=sender)
        buttons = show_replies(replies or [])
        tracker = await agent.tracker_store.retrieve(sender)
        if tracker is not None:
            print("  ↳ " + understanding(tracker.latest_message.parse_data), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="models/dry_needling.tar.gz")
    parser.add_argument("--actions", default="http://localhost:5055/webhook")
    args = parser.parse_args()
    asyncio.run(chat(args.model, args.actions))


if __name__ == "__main__":
    main()
