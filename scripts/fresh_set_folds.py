"""`make fresh-folds`: accuracy on writers the model never saw, by leaving fresh sets out.

Each fresh test set was written by new kinds of visitors, scored once and then retired into
data/nlu; git history keeps each file as it was before it was deleted. This script trains our
whole pipeline three times, each time without one group of those sets (1-7, 8-14, 15 and
later), and scores the group it left out: with sets 1-26, 2,123 FAQ and 423 out-of-scope
questions, more than twenty times a single fresh set, so a setting that wins here is less
likely to have won by chance. The nearest-neighbour peers of `make eval` (TF-IDF, MiniLM)
are scored on the same folds; the starter pipeline is not (30-60 minutes a training).

It also replays the "did you mean" and fallback checks for a grid of thresholds on the same
predictions, with a cost: a wrong answer, an out-of-scope question answered with an FAQ and a
refused FAQ question cost 1, a "did you mean" 0.5 (the right topic is one click away). The
replay is checked against the pipeline's own answers at the configured thresholds.

Needs the git history (not a shallow clone). 14 to 18 minutes on 2 cores. Writes
results/fresh_set_folds.md.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import subprocess
import tempfile
from pathlib import Path

import yaml

from scripts import peers
from scripts.cross_validate import write_training_folder
from scripts.evaluate import label_of, load_labelled

DATA = Path("data")
CONFIG = Path("config.yml")
GROUPS = [range(1, 8), range(8, 15), range(15, 100)]
REFUSALS = {"out_of_scope", "nlu_fallback"}
CONFIDENCES = (0.2, 0.25, 0.3, 0.35, 0.4)
INTENT_THRESHOLDS = (0.5, 0.55, 0.6)
# Held at config.yml's values while the two thresholds above vary.
LEAD = 0.03
AMBIGUITY = 0.1  # the FallbackClassifier's ambiguity_threshold


def set_number(path: str) -> int:
    match = re.search(r"nlu_fresh_test(?:_(\d+))?\.yml$", path)
    return int(match.group(1) or 1) if match else 0


def fresh_sets(tmp: Path) -> dict[int, list[tuple[str, str]]]:
    """Every retired fresh set, by number, as git last had it. The sets still in tests/ are kept
    back to be scored once by `make eval`, so they are left alone here."""
    listed = subprocess.run(
        ["git", "log", "--diff-filter=D", "--name-only", "--format=%H", "--", "tests/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    sets: dict[int, list[tuple[str, str]]] = {}
    commit = ""
    for word in listed:
        if re.fullmatch(r"[0-9a-f]{40}", word):
            commit = word
        elif set_number(word) and set_number(word) not in sets:
            text = subprocess.run(
                ["git", "show", f"{commit}^:{word}"], capture_output=True, text=True, check=True
            ).stdout
            path = tmp / Path(word).name
            path.write_text(text)
            sets[set_number(word)] = load_labelled(path)
    return sets


def replay(
    parse: dict,
    min_confidence: float,
    intent_threshold: float,
    min_lead: float = LEAD,
    ambiguity: float = AMBIGUITY,
) -> str:
    """What the assistant answers with these thresholds, from the blended prediction that the
    parse keeps (intent ranking and FAQ answer ranking). All four 0: its top choice."""
    if parse.get("red_flag") not in (None, "cleared"):
        return "emergency"
    ranking = [r for r in parse.get("intent_ranking") or [] if r["name"] != "nlu_fallback"]
    if not ranking:
        return label_of(parse)[0]
    top, confidence = ranking[0]["name"], float(ranking[0]["confidence"])
    faq = next((float(r["confidence"]) for r in ranking if r["name"] == "faq"), 0.0)
    answers = sorted(
        (float(r["confidence"]), r["intent_response_key"])
        for r in ((parse.get("response_selector") or {}).get("faq") or {}).get("ranking") or []
    )[::-1]
    # The red-flag rules act last: an overruled emergency keeps the next label unchecked.
    checked = parse.get("red_flag") != "cleared"
    # The FallbackClassifier's ambiguity threshold: a runner-up intent within 0.1.
    if checked and len(ranking) > 1 and confidence - float(ranking[1]["confidence"]) < ambiguity:
        doubtful_intent = True
    else:
        doubtful_intent = checked and confidence < intent_threshold
    if top == "faq" and answers:
        lead = answers[0][0] - answers[1][0] if len(answers) > 1 else 1.0
        if checked and (confidence < intent_threshold or answers[0][0] < min_confidence
                        or lead < min_lead):  # fmt: skip
            return "did_you_mean"
        return "nlu_fallback" if doubtful_intent else answers[0][1]
    if doubtful_intent:
        return (
            "did_you_mean"
            if confidence < intent_threshold and faq >= 0.05 and answers
            else "nlu_fallback"
        )
    return top


def tally(rows: list[tuple[str, str]]) -> dict[str, int]:
    """Counts of (expected, answered) pairs."""
    faq = [(e, a) for e, a in rows if e.startswith("faq/")]
    oos = [(e, a) for e, a in rows if e == "out_of_scope"]
    counts = {
        "faq": len(faq),
        "right": sum(a == e for e, a in faq),
        "question": sum(a == "did_you_mean" for _, a in faq),
        "refused": sum(a in REFUSALS for _, a in faq),
        "oos": len(oos),
        "oos_answered": sum(a.startswith("faq/") for _, a in oos),
    }
    counts["wrong"] = counts["faq"] - counts["right"] - counts["question"] - counts["refused"]
    return counts


def cost(c: dict[str, int]) -> float:
    return c["wrong"] + c["oos_answered"] + c["refused"] + 0.5 * c["question"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="results/fresh_set_folds.md")
    args = parser.parse_args()

    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu
    from rasa.shared.nlu.training_data.loading import load_data

    pipeline = yaml.safe_load(CONFIG.read_text())["pipeline"]
    configured = {c["name"]: c for c in pipeline}
    doubt = configured["nlu_components.doubtful_answers.DoubtfulAnswerFallback"]
    fallback = configured["FallbackClassifier"]
    if (doubt["min_lead"], fallback["ambiguity_threshold"]) != (LEAD, AMBIGUITY):
        raise SystemExit(
            "config.yml's min_lead or ambiguity_threshold changed: update LEAD, AMBIGUITY"
        )
    training = [(m.get("text"), m.get_full_intent())
                for m in load_data(str(DATA / "nlu")).intent_examples]  # fmt: skip
    label_of_text = {text.lower(): label for text, label in training}
    rows: list[tuple[str, str, dict, str, str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        sets = fresh_sets(Path(tmp))
        for k, group in enumerate(GROUPS):
            held = [(t, label_of_text.get(t.lower(), label))
                    for n in sorted(sets) if n in group for t, label in sets[n]]  # fmt: skip
            held_texts = {t.lower() for t, _ in held}
            kept = [(t, label) for t, label in training if t.lower() not in held_texts]
            data = write_training_folder(Path(tmp) / f"fold{k}", kept)
            model = train_nlu(str(CONFIG), str(data), str(Path(tmp) / f"model{k}"),
                              fixed_model_name="fold")  # fmt: skip
            agent = Agent.load(model)
            texts, labels = [t for t, _ in kept], [label for _, label in kept]
            neighbours = [peers.TfidfNearestNeighbour().fit(texts, labels),
                          peers.MiniLmNearestNeighbour().fit(texts, labels)]  # fmt: skip
            for text, expected in held:
                parse = asyncio.run(agent.parse_message(text))
                tfidf, minilm = (peer.predict(text)[0] for peer in neighbours)
                rows.append((text, expected, parse, tfidf, minilm, k))
            print(f"fold {k + 1}/{len(GROUPS)} done: {len(held)} questions", flush=True)

    given = [label_of(r[2])[0] for r in rows]
    configured = [replay(r[2], doubt["min_confidence"], doubt["intent_threshold"]) for r in rows]
    # "Not understood" that no threshold explains came from the unfamiliar-words check, which
    # leaves the ranking as it was: those answers stay as they are at every threshold.
    unfamiliar = [g == "nlu_fallback" != c for g, c in zip(given, configured, strict=True)]
    agree = sum(g == c for g, c in zip(given, configured, strict=True))

    def answers_at(confidence: float, threshold: float, *checks: float) -> list[str]:
        return [g if u else replay(r[2], confidence, threshold, *checks)
                for r, g, u in zip(rows, given, unfamiliar, strict=True)]  # fmt: skip

    systems = {
        "our assistant": given,
        "our assistant, top choice (no checks)": answers_at(0.0, 0.0, 0.0, 0.0),
        "TF-IDF nearest neighbour": [r[3] for r in rows],
        "MiniLM nearest neighbour": [r[4] for r in rows],
    }
    lines = [
        "# Fresh sets left out",
        "",
        f"{len(rows)} questions of fresh sets by new kinds of writers, in {len(GROUPS)} groups "
        f"(sets {', '.join(f'{g.start}-{min(g.stop - 1, max(sets))}' for g in GROUPS)}); each "
        "group scored by models trained on data/nlu without it.",
        "",
        "| system | FAQ right | wrong | did you mean | refused | out of scope answered | cost |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, answers in systems.items():
        c = tally([(r[1], a) for r, a in zip(rows, answers, strict=True)])
        lines.append(
            f"| {name} | {c['right']} / {c['faq']} ({100 * c['right'] / c['faq']:.1f}%) | "
            f"{c['wrong']} | {c['question']} | {c['refused']} | "
            f"{c['oos_answered']} / {c['oos']} | {cost(c):.1f} |"
        )
    lines += [
        "",
        f"Our thresholds replayed (lead below {LEAD} always doubtful): "
        f"{agree} of {len(rows)} answers as the pipeline gave them at the configured "
        f"{doubt['min_confidence']} / {doubt['intent_threshold']}; {sum(unfamiliar)} not "
        "understood for their unfamiliar words, kept at every threshold.",
        "",
        "| answer confidence below | intent below | FAQ right | wrong | did you mean | "
        "refused | out of scope answered | cost |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for confidence, threshold in itertools.product(CONFIDENCES, INTENT_THRESHOLDS):
        c = tally([(r[1], a) for r, a in zip(rows, answers_at(confidence, threshold), strict=True)])
        lines.append(
            f"| {confidence} | {threshold} | {c['right']} | {c['wrong']} | {c['question']} | "
            f"{c['refused']} | {c['oos_answered']} | {cost(c):.1f} |"
        )
    report = "\n".join(lines) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
