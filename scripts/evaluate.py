"""Score labelled messages (Rasa NLU YAML, retrieval intents as faq/<topic>) with a trained
model: the label of a prediction is the FAQ topic for `faq`, otherwise the intent name.

Used by tests/test_model.py (the held-out gate in `make test`); run on its own to print the
table for any test set:  python -m scripts.evaluate [TEST_SET] [MODEL]
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_MODEL = Path("models/dry_needling.tar.gz")
DEFAULT_TEST_SET = Path("tests/nlu_holdout.yml")


@dataclass(frozen=True)
class Prediction:
    text: str
    expected: str
    predicted: str
    confidence: float
    # For FAQ answers: the selected answer's lead over the runner-up answer.
    margin: float = 1.0
    # For "did you mean": the topics offered (faq/<topic>).
    suggestions: tuple[str, ...] = ()


def load_labelled(path: Path) -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get_full_intent()) for m in load_data(str(path)).intent_examples]


DID_YOU_MEAN = "did_you_mean"


def faq_selection(parse: dict[str, Any]) -> dict[str, Any]:
    """The ResponseSelector's output for the FAQ: under "faq" in our model, under "default"
    in a pipeline whose ResponseSelector names no retrieval intent (Rasa's starter config)."""
    selectors = parse.get("response_selector") or {}
    return selectors.get("faq") or selectors.get("default") or {}


def label_of(parse: dict[str, Any]) -> tuple[str, float]:
    """What the assistant does with the message: `faq/<topic>` for an FAQ answer,
    `did_you_mean` when it asks which topic was meant, otherwise the intent."""
    intent = parse.get("intent") or {}
    name = intent.get("name") or "none"
    if name == "nlu_fallback" and parse.get(DID_YOU_MEAN):
        return DID_YOU_MEAN, float(intent.get("confidence") or 0.0)
    if name == "faq":
        selected = faq_selection(parse).get("response", {})
        key = selected.get("intent_response_key") or intent.get("full_retrieval_intent_name")
        return key or "faq", float(selected.get("confidence") or 0.0)
    return name, float(intent.get("confidence") or 0.0)


def answer_margin(parse: dict[str, Any]) -> float:
    """Top answer's confidence minus the runner-up's (1.0 when there is no runner-up)."""
    ranking = faq_selection(parse).get("ranking") or []
    scores = sorted((float(r.get("confidence") or 0.0) for r in ranking), reverse=True)
    return scores[0] - scores[1] if len(scores) > 1 else 1.0


def raw_answer(parse: dict[str, Any]) -> tuple[str, float, float]:
    """The model's own choice before the doubtful-answer check: (label, answer confidence,
    lead over the runner-up). Used to measure the "did you mean" thresholds."""
    ranking = [r for r in parse.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    top = ranking[0]["name"] if ranking else "none"
    if top != "faq":
        return top, float(ranking[0].get("confidence") or 0.0) if ranking else 0.0, 1.0
    selected = faq_selection(parse).get("response", {})
    return (
        selected.get("intent_response_key") or "faq",
        float(selected.get("confidence") or 0.0),
        answer_margin(parse),
    )


def predict_one(text: str, expected: str, parse: dict[str, Any]) -> Prediction:
    predicted, confidence = label_of(parse)
    suggestions = tuple(f"faq/{t}" for t in parse.get(DID_YOU_MEAN) or ())
    return Prediction(text, expected, predicted, confidence, answer_margin(parse), suggestions)


async def predict_all(model: Path, labelled: Iterable[tuple[str, str]]) -> list[Prediction]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [predict_one(t, e, await agent.parse_message(t)) for t, e in labelled]


def accuracy(predictions: list[Prediction]) -> float:
    return sum(p.predicted == p.expected for p in predictions) / max(len(predictions), 1)


def report(predictions: list[Prediction]) -> str:
    by_label: dict[str, list[Prediction]] = defaultdict(list)
    for p in predictions:
        by_label[p.expected].append(p)
    lines = [
        "| intent / topic | n | correct | accuracy | most common error |",
        "|---|---:|---:|---:|---|",
    ]
    for label in sorted(by_label):
        group = by_label[label]
        errors = Counter(p.predicted for p in group if p.predicted != p.expected)
        common = ", ".join(f"{name} ({n})" for name, n in errors.most_common(2))
        correct = sum(p.predicted == p.expected for p in group)
        lines.append(
            f"| {label} | {len(group)} | {correct} | {correct / len(group):.0%} | {common} |"
        )
    faq = [p for p in predictions if p.expected.startswith("faq/")]
    lines.append("")
    lines.append(f"Overall accuracy: {accuracy(predictions):.1%} ({len(predictions)} messages)")
    lines.append(f"FAQ topic accuracy: {accuracy(faq):.1%} ({len(faq)} messages)")
    misses = [p for p in predictions if p.predicted != p.expected]
    if misses:
        lines.append("")
        lines.append("Misses:")
        lines.extend(
            f"- {p.text!r}: expected {p.expected}, got {p.predicted} ({p.confidence:.2f})"
            for p in misses
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    test_set = Path(argv[1]) if len(argv) > 1 else DEFAULT_TEST_SET
    model = Path(argv[2]) if len(argv) > 2 else DEFAULT_MODEL
    predictions = asyncio.run(predict_all(model, load_labelled(test_set)))
    print(report(predictions))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
