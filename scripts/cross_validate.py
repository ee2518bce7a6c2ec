"""`make cross-validate`: k-fold cross-validation on the training data, for choosing settings
without looking at the held-out set.

Splits data/nlu into folds (per label, seeded), trains our pipeline without its NeighbourVote on
all folds but one, labels the left-out fold, and repeats. Then it scores the NeighbourVote's
blend (the model, the nearest examples' vote, the linear classifier) for a grid of weights and
temperatures from those same predictions: the vote needs only the examples and the linear
classifier trains in a second, so the grid costs no extra Rasa training. Rasa's starter
pipeline is trained on the same folds for comparison. Writes results/cross_validation.md.

Labels are scored as the model's top choice, before the confidence checks ("did you mean",
fallback) that act on top of any of them.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml

from scripts import peers
from scripts.evaluate import raw_answer

DATA = Path("data")
CONFIG = Path("config.yml")
VOTE = "nlu_components.neighbour_vote.NeighbourVote"
# (vote weight, linear-classifier weight); the model gets the rest.
WEIGHTS = [(0.0, 0.0), (0.6, 0.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.5), (0.2, 0.5), (0.1, 0.6),
           (0.3, 0.4), (0.2, 0.6), (0.4, 0.4), (0.3, 0.5), (0.1, 0.8)]  # fmt: skip
TEMPERATURES = [0.04, 0.06, 0.1]


def folds(examples: list[tuple[str, str]], k: int, seed: int) -> list[list[tuple[str, str]]]:
    """k folds with each label spread evenly over them."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for text, label in examples:
        by_label[label].append(text)
    rng = random.Random(seed)
    result: list[list[tuple[str, str]]] = [[] for _ in range(k)]
    for label in sorted(by_label):
        texts = by_label[label][:]
        rng.shuffle(texts)
        for i, text in enumerate(texts):
            result[i % k].append((text, label))
    return result


def write_training_folder(folder: Path, examples: list[tuple[str, str]]) -> Path:
    """A data folder with these examples, plus the lookup tables and FAQ answers of data/."""
    folder.mkdir(parents=True)
    shutil.copytree(DATA / "responses", folder / "responses")
    for path in (DATA / "nlu").glob("*.yml"):
        lookups = [
            item for item in yaml.safe_load(path.read_text()).get("nlu") or [] if "lookup" in item
        ]
        if lookups:
            (folder / f"lookups_{path.name}").write_text(
                yaml.safe_dump({"version": "3.1", "nlu": lookups}, sort_keys=False)
            )
    by_label: dict[str, list[str]] = defaultdict(list)
    for text, label in examples:
        by_label[label].append(text)
    nlu = [
        {"intent": label, "examples": "".join(f"- {text}\n" for text in texts)}
        for label, texts in by_label.items()
    ]
    (folder / "nlu.yml").write_text(yaml.safe_dump({"version": "3.1", "nlu": nlu}))
    return folder


def vote_config() -> dict:
    """The NeighbourVote's settings as config.yml gives them."""
    config = yaml.safe_load(CONFIG.read_text())
    return next(c for c in config["pipeline"] if c["name"] == VOTE)


def config_without_vote(path: Path) -> Path:
    config = yaml.safe_load(CONFIG.read_text())
    config["pipeline"] = [c for c in config["pipeline"] if c["name"] != VOTE]
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="results/cross_validation.md")
    args = parser.parse_args()

    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.message import Message

    from nlu_components.neighbour_vote import NeighbourVote, fit_classifier, model_distribution
    from nlu_components.sentence_encoder import shared_encoder

    examples = [
        (m.get("text"), m.get_full_intent()) for m in load_data(str(DATA / "nlu")).intent_examples
    ]
    encoder = shared_encoder()
    vectors = {text: encoder.encode(text) for text, _ in examples}
    labels = sorted({label for _, label in examples})
    split = folds(examples, args.folds, args.seed)
    # (text, expected, our parse, starter's label, fold)
    rows: list[tuple[str, str, dict, str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        config = config_without_vote(Path(tmp) / "config.yml")
        for k, held_out in enumerate(split):
            training = [e for j, fold in enumerate(split) if j != k for e in fold]
            data = write_training_folder(Path(tmp) / f"fold{k}", training)
            model = train_nlu(
                str(config), str(data), str(Path(tmp) / f"model{k}"), fixed_model_name="fold"
            )
            agent = Agent.load(model)
            (Path(tmp) / f"starter{k}").mkdir()
            starter = peers.RasaInitPipeline(Path(tmp) / f"starter{k}").fit(str(data))
            for text, label in held_out:
                parse = asyncio.run(agent.parse_message(text))
                rows.append((text, label, parse, raw_answer(starter.parse(text))[0], k))
            print(f"fold {k + 1}/{args.folds} done", flush=True)

    # The neighbours of a fold's message are the examples of the other folds only.
    # The linear classifier is trained as config.yml sets it up; the grid varies the rest.
    settings = {**NeighbourVote.get_default_config(), **vote_config()}
    neighbours = []
    for fold in range(args.folds):
        kept = [(t, label) for j, f in enumerate(split) if j != fold for t, label in f]
        texts = [t for t, _ in kept]
        examples = np.array([vectors[t] for t in texts], dtype=np.float32)
        example_labels = np.array([labels.index(label) for _, label in kept])
        linear, words = fit_classifier(examples, texts, example_labels, len(labels), settings)
        neighbours.append((examples, example_labels, linear, words))
    models = [model_distribution(Message(data=row[2]), labels) for row in rows]

    def blended_labels(weights: tuple[float, float], temperature: float) -> list[str]:
        config = {**settings, "weight": weights[0], "linear_weight": weights[1],
                  "temperature": temperature}  # fmt: skip
        votes = [
            NeighbourVote(config, None, None, labels=labels, examples=examples,
                          example_labels=example_labels, linear=linear, words=words)
            for examples, example_labels, linear, words in neighbours
        ]  # fmt: skip
        return [
            "none" if model is None
            else labels[int(np.argmax(votes[k].blend(model, vectors[t], t)))]
            for (t, _, _, _, k), model in zip(rows, models, strict=True)
        ]  # fmt: skip

    def accuracy(predicted: list[str]) -> tuple[float, float]:
        pairs = list(zip(predicted, (r[1] for r in rows), strict=True))
        faq = [(p, e) for p, e in pairs if e.startswith("faq/")]
        return (
            100 * sum(p == e for p, e in pairs) / len(pairs),
            100 * sum(p == e for p, e in faq) / len(faq),
        )

    starter_all, starter_faq = accuracy([r[3] for r in rows])
    lines = [
        "# Cross-validation on the training data",
        "",
        f"{args.folds} folds of data/nlu ({len(rows)} examples, seed {args.seed}); each fold "
        "labelled by a model trained on the others. Top choice, before the confidence checks.",
        "",
        f"Rasa starter pipeline (rasa init): {starter_all:.1f}% of all, {starter_faq:.1f}% of "
        "FAQ questions.",
        "",
        "Our pipeline, by the weights of the nearest examples' vote and of the linear "
        "classifier (the model gets the rest; 0 / 0 = the model alone) and the vote's "
        "temperature: % of all / % of FAQ questions labelled right.",
        "",
        "| vote | linear | " + " | ".join(f"T {t}" for t in TEMPERATURES) + " |",
        "|---:|---:|" + "---:|" * len(TEMPERATURES),
    ]
    for weights in WEIGHTS:
        cells = [
            "{:.1f} / {:.1f}".format(*accuracy(blended_labels(weights, temperature)))
            for temperature in TEMPERATURES
        ]
        lines.append(f"| {weights[0]} | {weights[1]} | " + " | ".join(cells) + " |")
    report = "\n".join(lines) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
