"""`make eval`: our assistant beside its peers, on the same training data and test set.

Trains (or reuses) our model, trains the peers on data/nlu (the Rasa starter pipeline, a TF-IDF
nearest neighbour and a MiniLM nearest neighbour), scores all of them on each test set (default
tests/nlu_holdout.yml; TEST_SET="path ..." for others, in Rasa NLU YAML with faq/<topic> labels)
and on the red-flag vignettes and near misses, and writes results/eval/<set>/report.md and
results/eval/<set>/confusion_matrix.png for each set. The peers are trained once for all sets:
the starter pipeline's three trainings are most of the run's time (STARTER_TRAININGS=1, or 0
for the nearest neighbours alone, gives a quicker and less certain look).

Metrics
- FAQ topic accuracy: FAQ questions answered with exactly their topic.
- Out-of-scope recall: out-of-scope questions not answered with an FAQ (an honest "not covered"
  or a request to rephrase both count: neither pretends to answer).
- In-scope refused: FAQ questions answered with "not covered" or a request to rephrase.
- Did you mean: FAQ questions answered with a "did you mean" question instead, and how often
  the right topic was among the options (one click away).
- Emergency recall / false alarms: on the vignettes and the held-out emergencies / on the near
  misses and all other held-out messages.
- Lead over each peer: FAQ topic accuracy in points, and the same FAQ questions paired: how many
  only we answered right, how many only the peer, and the two-sided sign test on those. A few
  questions decide a lead on ~100-200 of them, so the report says whether it is more than chance.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import yaml

from scripts import evaluate, peers

REFUSALS = {"out_of_scope", "nlu_fallback"}
RED_FLAGS = Path("tests/red_flags.yml")
# Each starter training takes 30-60 minutes here; fewer (even 0) for a quick look.
STARTER_TRAININGS = 3


def metrics(predictions: list[evaluate.Prediction], test_size: int) -> dict[str, float]:
    """`predictions`: the test set's first (`test_size` of them), then the red-flag cases."""
    faq = [p for p in predictions if p.expected.startswith("faq/")]
    oos = [p for p in predictions if p.expected == "out_of_scope"]
    emergencies = [p for p in predictions if p.expected == "emergency"]
    others = [p for p in predictions if p.expected != "emergency"]

    def share(items, test) -> float:
        return sum(map(test, items)) / max(len(items), 1)

    return {
        "faq_accuracy": share(faq, lambda p: p.predicted == p.expected),
        "overall_accuracy": evaluate.accuracy(predictions[:test_size]),
        "oos_recall": share(oos, lambda p: not p.predicted.startswith("faq/")),
        "in_scope_refused": share(faq, lambda p: p.predicted in REFUSALS),
        "did_you_mean": share(faq, lambda p: p.predicted == evaluate.DID_YOU_MEAN),
        "did_you_mean_hit": share(
            [p for p in faq if p.predicted == evaluate.DID_YOU_MEAN],
            lambda p: p.expected in p.suggestions,
        ),
        "emergency_recall": share(emergencies, lambda p: p.predicted == "emergency"),
        "false_alarms": sum(p.predicted == "emergency" for p in others),
    }


def paired_lead(ours: list[evaluate.Prediction], peer: list[evaluate.Prediction]) -> dict:
    """Our FAQ answers against a peer's on the same questions (both lists in the same order)."""
    from scipy.stats import binomtest

    pairs = [(a, b) for a, b in zip(ours, peer, strict=True) if a.expected.startswith("faq/")]
    only_ours = sum(a.predicted == a.expected and b.predicted != b.expected for a, b in pairs)
    only_peer = sum(b.predicted == b.expected and a.predicted != a.expected for a, b in pairs)
    differing = only_ours + only_peer
    return {
        "points": 100 * (only_ours - only_peer) / max(len(pairs), 1),
        "only_ours": only_ours,
        "only_peer": only_peer,
        "p": binomtest(only_ours, differing).pvalue if differing else 1.0,
    }


def lead_table(results: dict, ours_name: str, starter_prefix: str) -> str:
    ours = results[ours_name][0]
    rows = [
        "| peer | our lead, FAQ points | right only by us | right only by the peer | sign test p |",
        "|---|---:|---:|---:|---:|",
    ]
    leads = {}
    for name, (predictions, _, _) in results.items():
        if name == ours_name:
            continue
        lead = leads[name] = paired_lead(ours, predictions)
        rows.append(
            f"| {name} | {lead['points']:+.1f} | {lead['only_ours']} | "
            f"{lead['only_peer']} | {lead['p']:.3f} |"
        )
    starter = [lead["points"] for name, lead in leads.items() if name.startswith(starter_prefix)]
    best = min(lead["points"] for lead in leads.values())
    summary = f"Lead over the best peer: {best:+.1f} points"
    if starter:
        summary += (
            f"; over the mean of the starter's {len(starter)} trainings: "
            f"{sum(starter) / len(starter):+.1f} points"
        )
    rows += ["", summary + "."]
    return "\n".join(rows)


def red_flag_cases() -> list[tuple[str, str]]:
    data = yaml.safe_load(RED_FLAGS.read_text())
    return [(t, "emergency") for t in data["emergencies"]] + [
        (t, "near_miss") for t in data["near_misses"]
    ]


def score(system, cases: list[tuple[str, str]]) -> tuple[list[evaluate.Prediction], float]:
    start = time.perf_counter()
    out = [
        system.predict_case(text, expected)
        if hasattr(system, "predict_case")
        else evaluate.Prediction(text, expected, *system.predict(text))
        for text, expected in cases
    ]
    return out, (time.perf_counter() - start) / max(len(cases), 1) * 1000


class OurAssistant:
    name = "our assistant"

    def __init__(self, model: Path) -> None:
        from rasa.core.agent import Agent

        self._agent = Agent.load(str(model))
        self.parses: dict[str, dict] = {}

    def predict_case(self, text: str, expected: str) -> evaluate.Prediction:
        parse = asyncio.run(self._agent.parse_message(text))
        self.parses[text] = parse
        return evaluate.predict_one(text, expected, parse)


def per_label_table(predictions: list[evaluate.Prediction]) -> str:
    from sklearn.metrics import precision_recall_fscore_support

    labels = sorted({p.expected for p in predictions})
    y_true = [p.expected for p in predictions]
    y_pred = [p.predicted for p in predictions]
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0
    )
    rows = ["| intent / topic | precision | recall | F1 | n |", "|---|---:|---:|---:|---:|"]
    rows += [
        f"| {label} | {p:.2f} | {r:.2f} | {f:.2f} | {n} |"
        for label, p, r, f, n in zip(labels, precision, recall, f1, support, strict=True)
    ]
    return "\n".join(rows)


def confusion_png(predictions: list[evaluate.Prediction], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from sklearn.metrics import confusion_matrix

    labels = sorted({p.expected for p in predictions} | {p.predicted for p in predictions})
    matrix = confusion_matrix(
        [p.expected for p in predictions], [p.predicted for p in predictions], labels=labels
    )
    fig, ax = plt.subplots(figsize=(13, 11))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=90, fontsize=7)
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    for (i, j), value in np.ndenumerate(matrix):
        if value:
            ax.text(
                j,
                i,
                str(value),
                ha="center",
                va="center",
                fontsize=6,
                color="white" if value > matrix.max() / 2 else "black",
            )
    ax.set_xlabel("predicted")
    ax.set_ylabel("expected")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def threshold_sweep(ours: OurAssistant, predictions: list[evaluate.Prediction]) -> str:
    """How the FAQ answer's confidence and lead over the runner-up separate the model's right
    answers from its wrong ones (before the doubtful-answer check): the data behind the
    "did you mean" thresholds. A wrong answer includes an FAQ answer to an out-of-scope question.
    """
    raw = [
        (p.expected, *evaluate.raw_answer(ours.parses[p.text]))
        for p in predictions
        if p.expected.startswith("faq/") or p.expected == "out_of_scope"
    ]
    answered = [(e, label, c, m) for e, label, c, m in raw if label.startswith("faq/")]
    wrong = [r for r in answered if r[1] != r[0]]
    right = [r for r in answered if r[1] == r[0]]
    rows = [
        f"Before the check: {len(right)} right and {len(wrong)} wrong FAQ answers.",
        "",
        "| answer confidence below | or lead below | wrong answers caught | "
        "right answers turned into a question |",
        "|---:|---:|---:|---:|",
    ]
    for conf in (0.2, 0.3, 0.4, 0.5):
        for lead in (0.0, 0.03, 0.05, 0.1):

            def doubtful(r, c=conf, m=lead):
                return r[2] < c or r[3] < m

            caught = sum(map(doubtful, wrong))
            lost = sum(map(doubtful, right))
            rows.append(
                f"| {conf:.2f} | {lead:.2f} | {caught}/{len(wrong)} | {lost}/{len(right)} |"
            )
    return "\n".join(rows)


def write_report(
    test_set: str, results: dict, test_size: int, flag_count: int, ours: OurAssistant, out: Path
) -> str:
    """results/eval/<set>/report.md and confusion_matrix.png; returns the table and leads."""
    out.mkdir(parents=True, exist_ok=True)
    header = (
        "| system | FAQ topic accuracy | overall accuracy | out-of-scope recall | "
        "in-scope refused | did you mean (right topic offered) | emergency recall | "
        "false alarms | ms/message |"
    )
    table = [header, "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, (_, ms, m) in results.items():
        # "0.0% (0%)" would read as "asked, never with the right topic".
        asked = (
            f"{m['did_you_mean']:.1%} ({m['did_you_mean_hit']:.0%})"
            if m["did_you_mean"]
            else "none"
        )
        table.append(
            f"| {name} | {m['faq_accuracy']:.1%} | {m['overall_accuracy']:.1%} | "
            f"{m['oos_recall']:.1%} | {m['in_scope_refused']:.1%} | {asked} | "
            f"{m['emergency_recall']:.1%} | {m['false_alarms']} | {ms:.0f} |"
        )
    our_predictions = results[ours.name][0][:test_size]
    confusion_png(our_predictions, out / "confusion_matrix.png", f"Our assistant on {test_set}")
    lead_summary = lead_table(results, ours.name, peers.RasaInitPipeline.name)
    misses = [
        p
        for p in results[ours.name][0]
        if p.predicted != p.expected
        and not (p.expected == "near_miss" and p.predicted != "emergency")
    ]
    report = "\n\n".join(
        [
            "# NLU evaluation: our assistant and its peers",
            f"Test set: `{test_set}` ({test_size} messages) plus "
            f"`{RED_FLAGS}` ({flag_count} vignettes and near misses). "
            "All systems trained on `data/nlu`.",
            "\n".join(table),
            "## Our lead over each peer (the same FAQ questions, paired)",
            lead_summary,
            "## Our assistant per intent and FAQ topic",
            per_label_table(our_predictions),
            "Confusion matrix: `confusion_matrix.png`.",
            '## Doubtful FAQ answers (data for the "did you mean" thresholds)',
            threshold_sweep(ours, our_predictions),
            "## Our misses",
            "\n".join(
                f"- {p.text!r}: expected {p.expected}, got {p.predicted} ({p.confidence:.2f})"
                for p in misses
            )
            or "none",
        ]
    )
    (out / "report.md").write_text(report + "\n")
    return "\n".join(table) + "\n\n" + lead_summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-set", nargs="+", default=[str(evaluate.DEFAULT_TEST_SET)])
    parser.add_argument("--model", default=str(evaluate.DEFAULT_MODEL))
    parser.add_argument("--out", default="results/eval")
    parser.add_argument("--starter-trainings", type=int, default=STARTER_TRAININGS)
    args = parser.parse_args()

    test_sets = {path: evaluate.load_labelled(Path(path)) for path in args.test_set}
    flag_cases = red_flag_cases()
    training = evaluate.load_labelled(Path("data/nlu"))
    texts, labels = [t for t, _ in training], [lbl for _, lbl in training]

    ours = OurAssistant(Path(args.model))
    systems = [ours]
    with tempfile.TemporaryDirectory() as workdir:
        # The starter pipeline fixes no seed: each training scores differently, so it is
        # trained several times and each one gets its row.
        for n in range(1, args.starter_trainings + 1):
            started = time.perf_counter()
            folder = Path(workdir) / f"starter{n}"
            folder.mkdir()
            name = f"{peers.RasaInitPipeline.name}, training {n}"
            systems.append(peers.RasaInitPipeline(folder, name).fit("data"))
            print(f"{name} in {time.perf_counter() - started:.0f} s")
        systems.append(peers.TfidfNearestNeighbour().fit(texts, labels))
        systems.append(peers.MiniLmNearestNeighbour().fit(texts, labels))

        for test_set, test_cases in test_sets.items():
            cases = test_cases + flag_cases
            results = {}
            for system in systems:
                predictions, ms = score(system, cases)
                results[system.name] = (predictions, ms, metrics(predictions, len(test_cases)))
            out = Path(args.out) / Path(test_set).stem
            summary = write_report(test_set, results, len(test_cases), len(flag_cases), ours, out)
            print(f"\n## {test_set}\n\n{summary}")
            print(
                f"\nReport: {out / 'report.md'}, confusion matrix: {out / 'confusion_matrix.png'}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
