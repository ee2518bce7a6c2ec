"""What visitors asked, read from the conversation store (the SQLite file by default, PostgreSQL
when POSTGRES_HOST is set, as for the server): the topics asked most, and the messages that
fell back, went out of scope, got "did you mean" or raised an emergency, most frequent first.
Editors turn those messages into new examples.

    python -m scripts.report [--out results/report]      # or: make report

Writes report.md and questions_per_topic.png.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy
from rasa.core.tracker_store import SQLTrackerStore

from stores.configured import tracker_database

TOP_MESSAGES = 30
CHART_TOPICS = 8
KINDS = {
    "fallback": "Not understood (fallback)",
    "out_of_scope": "Out of scope (the article does not cover it)",
    "did_you_mean": 'Asked back "Did you mean...?"',
    "emergency": "Emergency replies",
}


@dataclass(frozen=True)
class Question:
    conversation: str
    day: str
    text: str
    kind: str  # faq, fallback, out_of_scope, did_you_mean, emergency, other
    topic: str | None


def database_url(environ: Mapping[str, str]) -> sqlalchemy.engine.URL:
    """The URL the server's tracker store connects to, built by Rasa from the same settings."""
    return sqlalchemy.engine.make_url(SQLTrackerStore.get_db_url(**tracker_database(environ)))


def classify(parse_data: Mapping) -> tuple[str, str | None]:
    intent = (parse_data.get("intent") or {}).get("name")
    if intent == "faq":
        response = ((parse_data.get("response_selector") or {}).get("faq") or {}).get("response")
        key = (response or {}).get("intent_response_key") or "faq/unknown"
        return "faq", key.split("/", 1)[-1]
    if intent == "nlu_fallback":
        return ("did_you_mean" if parse_data.get("did_you_mean") else "fallback"), None
    if intent in ("out_of_scope", "emergency"):
        return intent, None
    return "other", None


def questions(url: sqlalchemy.engine.URL) -> Iterator[Question]:
    if url.drivername == "sqlite" and not Path(url.database).exists():
        return  # nobody has talked to the assistant here yet
    engine = sqlalchemy.create_engine(url)
    try:
        if not sqlalchemy.inspect(engine).has_table("events"):
            return
        query = sqlalchemy.text(
            "SELECT sender_id, timestamp, data FROM events WHERE type_name = 'user' ORDER BY id"
        )
        with engine.connect() as connection:
            for sender, timestamp, data in connection.execute(query):
                event = json.loads(data)
                kind, topic = classify(event.get("parse_data") or {})
                day = datetime.fromtimestamp(float(timestamp), tz=timezone.utc).date().isoformat()
                yield Question(sender, day, (event.get("text") or "").strip(), kind, topic)
    finally:
        engine.dispose()


def table(rows: list[tuple], header: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * (len(header) - 1) + "---:|"]
    lines += [
        "| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows
    ]
    return "\n".join(lines)


def chart(per_day: Mapping[str, Counter], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(10, 5))
    days = sorted(per_day)
    totals = Counter()
    for counts in per_day.values():
        totals.update(counts)
    if days:
        for topic, _ in totals.most_common(CHART_TOPICS):
            axes.plot(days, [per_day[d][topic] for d in days], marker="o", label=topic)
        others = [
            sum(c for t, c in per_day[d].items() if t not in dict(totals.most_common(CHART_TOPICS)))
            for d in days
        ]
        if any(others):
            axes.plot(days, others, marker="o", linestyle="--", label="other topics")
        axes.legend(fontsize=8)
        axes.tick_params(axis="x", rotation=45)
    else:
        axes.text(0.5, 0.5, "No questions yet", ha="center", va="center", fontsize=14)
    axes.set_title("Questions per topic per day (UTC)")
    axes.set_ylabel("questions")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def build_report(items: list[Question], source: str) -> tuple[str, dict[str, Counter]]:
    topics = Counter(q.topic for q in items if q.kind == "faq")
    per_day: dict[str, Counter] = defaultdict(Counter)
    for q in items:
        if q.kind == "faq":
            per_day[q.day][q.topic] += 1
    parts = [
        "# What visitors asked",
        "",
        f"Source: {source}. Conversations: {len({q.conversation for q in items}):,}; "
        f"visitor messages: {len(items):,}"
        + (f"; from {min(q.day for q in items)} to {max(q.day for q in items)}." if items else "."),
        "",
    ]
    if not items:
        parts += ["No visitor messages yet.", ""]
    parts += ["## Topics asked most", ""]
    total = sum(topics.values()) or 1
    parts.append(
        table(
            [(t, n, f"{n / total:.0%}") for t, n in topics.most_common()],
            ("topic", "questions", "share"),
        )
        if topics
        else "None yet."
    )
    for kind, title in KINDS.items():
        # Button clicks (/faq/...) are not things visitors typed.
        texts = Counter(
            q.text.lower() for q in items if q.kind == kind and not q.text.startswith("/")
        )
        parts += ["", f"## {title}", ""]
        if texts:
            parts.append(table(texts.most_common(TOP_MESSAGES), ("message", "times")))
            if len(texts) > TOP_MESSAGES:
                parts.append(f"\n...and {len(texts) - TOP_MESSAGES:,} more different messages.")
        else:
            parts.append("None.")
    parts += ["", "![Questions per topic per day](questions_per_topic.png)", ""]
    return "\n".join(parts), per_day


def write_report(out: Path, environ: Mapping[str, str] = os.environ) -> Path:
    url = database_url(environ)
    items = list(questions(url))
    markdown, per_day = build_report(items, url.render_as_string(hide_password=True))
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.md").write_text(markdown)
    chart(per_day, out / "questions_per_topic.png")
    return out / "report.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("results/report"))
    args = parser.parse_args()
    start = time.perf_counter()
    path = write_report(args.out)
    print(
        f"Report written to {path} (and questions_per_topic.png) "
        f"in {time.perf_counter() - start:.1f} s."
    )


if __name__ == "__main__":
    main()
