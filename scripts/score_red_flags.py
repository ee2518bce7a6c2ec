"""Score a batch of red-flag vignettes and near misses three ways: the rules alone, the model
alone (the RedFlagClassifier switched off), and both, as the assistant runs.

The measure for a batch nobody has seen (tests/red_flags_kept_back.yml): score it once, before
changing the rules or the data, and write the numbers down. Each mode shows which half of the
safety net caught what, so a batch the model catches and the rules miss says the rules need
widening, and the reverse says the training data does.

    python -m scripts.score_red_flags [BATCH] [MODEL]
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import yaml

from scripts.evaluate import DEFAULT_MODEL

DEFAULT_BATCH = Path("tests/red_flags_kept_back.yml")


@dataclass(frozen=True)
class Score:
    mode: str
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]
    emergencies: int
    near_misses: int

    def line(self) -> str:
        caught = self.emergencies - len(self.missed)
        return (
            f"| {self.mode} | {caught} of {self.emergencies} | "
            f"{len(self.false_alarms)} of {self.near_misses} |"
        )


def score(
    mode: str,
    emergencies: Iterable[str],
    near_misses: Iterable[str],
    is_emergency: Callable[[str], bool],
) -> Score:
    emergencies, near_misses = list(emergencies), list(near_misses)
    return Score(
        mode,
        missed=tuple(t for t in emergencies if not is_emergency(t)),
        false_alarms=tuple(t for t in near_misses if is_emergency(t)),
        emergencies=len(emergencies),
        near_misses=len(near_misses),
    )


def report(scores: list[Score]) -> str:
    lines = ["| mode | emergencies caught | false alarms on near misses |", "|---|---:|---:|"]
    lines += [s.line() for s in scores]
    for s in scores:
        for title, texts in (("missed", s.missed), ("false alarms", s.false_alarms)):
            if texts:
                lines += ["", f"{s.mode}, {title}:"] + [f"- {t}" for t in texts]
    return "\n".join(lines)


@contextmanager
def rules_switched_off():
    """The RedFlagClassifier stays in the graph but its rules see nothing in any message."""
    from nlu_components.red_flag_rules import Assessment

    with mock.patch("nlu_components.red_flags.assess", return_value=Assessment()):
        yield


def main(batch: Path, model: Path) -> str:
    from rasa.core.agent import Agent

    from nlu_components.red_flag_rules import assess

    cases = yaml.safe_load(batch.read_text())
    agent = Agent.load(str(model))

    def model_says_emergency(text: str) -> bool:
        return asyncio.run(agent.parse_message(text))["intent"]["name"] == "emergency"

    def model_alone(text: str) -> bool:
        with rules_switched_off():
            return model_says_emergency(text)

    def rules_alone(text: str) -> bool:
        return assess(text).category is not None

    checks = {
        "rules alone": rules_alone,
        "model alone": model_alone,
        "rules + model": model_says_emergency,
    }
    return report(
        [score(m, cases["emergencies"], cases["near_misses"], f) for m, f in checks.items()]
    )


if __name__ == "__main__":
    batch = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BATCH
    model = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_MODEL
    print(main(batch, model))
