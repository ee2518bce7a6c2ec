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


def load_labelled(path: Path) -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get_full_intent()) for m in load_data(str(path)).intent_examples]


def label_of(parse: dict[str, Any]) -> tuple[str, float]:
    intent = parse.get("intent") or {}
    name = intent.get("name") or "none"
    if name == "faq":
        selected = (parse.get("response_selector") or {}).get("faq", {}).get("response", {})
        key = selected.get("intent_response_key") or intent.get("full_retrieval_intent_name")
        return key or "faq", float(selected.get("confidence") or 0.0)
    return name, float(intent.get("confidence") or 0.0)


async def predict_all(model: Path, labelled: Iterable[tuple[str, str]]) -> list[Prediction]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    predictions = []
    for text, expected in labelled:
        predicted, confidence = label_of(await agent.parse_message(text))
        predictions.append(Prediction(text, expected, predicted, confidence))
    return predictions


def accuracy(predictions: list[Prediction]) -> float:
    return sum(p.predicted == p.expected for p in predictions) / max(len(predictions), 1)


def report(predictions: list[Prediction]) -> str:
    by_label: dict[str, list[Prediction]] = defaultdict(list)
    for p in predictions:
        by_label[p.expected].append(p)
    lines = ["| intent / topic | n | correct | accuracy | most common error |",
             "|---|---:|---:|---:|---|"]
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
