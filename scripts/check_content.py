"""Editors' check: finds the mistakes people make when changing answers and examples, and says
where (file:line) and how to fix them, in plain English. No training; runs in seconds.

    python -m scripts.check_content        # or: make check
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "article" / "dry-needling-for-migraines.txt"

MIN_TRAINING_EXAMPLES = 15
MAX_ANSWER_CHARACTERS = 600  # without the source line; the longest today is about 410
FILLER_WORDS = frozenset("please pls the a an hi hey hello ok okay so just um uh".split())
SOURCE_LINE = re.compile(r'\n\nFrom the article: "(?P<section>[^"]+)"$')
FAQ_PAYLOAD = re.compile(r"/faq/(?P<topic>\w+)")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    fix: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(Path.cwd())
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.message}\n    Fix: {self.fix}"


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def question_key(text: str) -> tuple[str, ...]:
    """Two examples with the same key are the same question for the model: same words in any
    order, ignoring politeness, articles and plural endings."""
    words = (word.removesuffix("s") if len(word) > 3 else word for word in normalise(text).split())
    return tuple(sorted(word for word in words if word not in FILLER_WORDS))


def article_sections(article: Path = ARTICLE) -> frozenset[str]:
    """Section titles: the article's short lines that are neither sentences, list items nor
    sub-headings ending in a colon."""
    lines = [line.strip() for line in article.read_text().splitlines()]
    return frozenset(
        line
        for line in lines
        if line and len(line) < 90 and not line.startswith("-") and line[-1] not in ".:!?"
    )


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    path: Path
    line: int


@dataclass(frozen=True)
class Answer:
    topic: str
    text: str
    buttons: list[tuple[str, int]]  # (payload, line)
    path: Path
    line: int


def load(path: Path, problems: list[Problem]) -> yaml.Node | None:
    try:
        return yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problems.append(
            Problem(
                path,
                line,
                f"this file is not valid YAML ({error.problem})",
                "check the indentation (spaces, never tabs) and that every "
                "example line starts with '- '",
            )
        )
        return None


def mapping(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def examples_in(path: Path, problems: list[Problem]) -> list[Example]:
    examples = []
    for item in getattr(mapping(load(path, problems)).get("nlu"), "value", []):
        fields = mapping(item)
        label, block = fields.get("intent"), fields.get("examples")
        if label is None or not isinstance(block, yaml.ScalarNode):
            continue
        # A `|` block starts on the line after `examples: |`; its lines map one to one.
        first = block.start_mark.line + 2 if block.style == "|" else block.start_mark.line + 1
        for offset, raw in enumerate(block.value.splitlines()):
            text = raw.strip()
            if text.startswith("- "):
                examples.append(Example(text[2:].strip(), label.value, path, first + offset))
    return examples


def answers_in(path: Path, problems: list[Problem]) -> tuple[list[Answer], list[tuple]]:
    """FAQ answers, and every button anywhere in the file as (payload, path, line)."""
    answers, buttons = [], []
    responses = mapping(mapping(load(path, problems)).get("responses"))
    for name, variations in responses.items():
        for variation in getattr(variations, "value", []):
            fields = mapping(variation)
            found = [
                (mapping(b).get("payload").value, mapping(b).get("payload").start_mark.line + 1)
                for b in getattr(fields.get("buttons"), "value", [])
                if isinstance(mapping(b).get("payload"), yaml.ScalarNode)
            ]
            buttons += [(payload, path, line) for payload, line in found]
            text = fields.get("text")
            if name.startswith("utter_faq/") and isinstance(text, yaml.ScalarNode):
                topic = name.split("/", 1)[1]
                answers.append(Answer(topic, text.value, found, path, variations.start_mark.line))
    return answers, buttons


def e2e_topics(path: Path, problems: list[Problem]) -> set[str]:
    node = load(path, problems)
    if node is None:
        return set()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        step["intent"].split("/", 1)[1]
        for story in data.get("stories", [])
        for step in story.get("steps", [])
        if isinstance(step, dict) and str(step.get("intent", "")).startswith("faq/")
    }


def check(root: Path = ROOT, article: Path = ARTICLE) -> list[Problem]:
    if not article.is_file():
        # every section check rests on the article; a clone away from shared/ has none
        return [
            Problem(
                article,
                1,
                "the article the answers come from is not there",
                "clone this repository beside shared/ (the article is read from "
                "../shared/article/), as the project layout has it",
            )
        ]
    problems: list[Problem] = []
    examples = [
        e for p in sorted((root / "data/nlu").glob("*.yml")) for e in examples_in(p, problems)
    ]
    answers, buttons = answers_in(root / "data/responses/faq.yml", problems)
    _, domain_buttons = answers_in(root / "domain.yml", problems)
    stories = root / "tests/test_stories.yml"
    tested = e2e_topics(stories, problems)
    sections = article_sections(article)

    by_topic = {a.topic: a for a in answers}
    examples_of = defaultdict(list)
    for example in examples:
        examples_of[example.label].append(example)
    topics = {label.split("/", 1)[1] for label in examples_of if label.startswith("faq/")}

    for topic in sorted(topics - set(by_topic)):
        first = examples_of[f"faq/{topic}"][0]
        problems.append(
            Problem(
                first.path,
                first.line - 1,
                f"topic '{topic}' has no answer",
                f"add `utter_faq/{topic}:` with a text to data/responses/faq.yml",
            )
        )
    for topic, answer in sorted(by_topic.items()):
        count = len(examples_of[f"faq/{topic}"])
        if count < MIN_TRAINING_EXAMPLES:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"topic '{topic}' has {count} "
                    f"example questions; it needs at least {MIN_TRAINING_EXAMPLES}",
                    f"add ways visitors ask it under `- intent: faq/{topic}` in data/nlu/",
                )
            )
        source = SOURCE_LINE.search(answer.text.rstrip("\n"))
        if source is None:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"the answer to '{topic}' does not name its source",
                    'end it with an empty line, then From the article: "<section title>"',
                )
            )
        elif source.group("section") not in sections:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"the answer to '{topic}' cites "
                    f'"{source.group("section")}", which is not a section of '
                    "the article",
                    "copy the section title exactly from the article: "
                    + "; ".join(sorted(sections)),
                )
            )
        body = SOURCE_LINE.sub("", answer.text.rstrip("\n"))
        if len(body) > MAX_ANSWER_CHARACTERS:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"the answer to '{topic}' is "
                    f"{len(body)} characters; the limit is {MAX_ANSWER_CHARACTERS}",
                    "shorten it: 2-5 short sentences read best in a chat",
                )
            )
        if not answer.buttons:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"the answer to '{topic}' offers no related questions",
                    "add 2-3 `buttons:` with `title:` and `payload: /faq/<topic>`",
                )
            )
        if topic not in tested:
            problems.append(
                Problem(
                    answer.path,
                    answer.line,
                    f"topic '{topic}' has no end-to-end test conversation",
                    f"add a story to {stories.relative_to(root)} with a `user:` "
                    f"question, `intent: faq/{topic}`, then `action: utter_faq` "
                    "and `action: action_recommend_provider`",
                )
            )

    for payload, path, line in buttons + domain_buttons:
        match = FAQ_PAYLOAD.fullmatch(payload)
        if payload.startswith("/faq/") and (match is None or match.group("topic") not in by_topic):
            problems.append(
                Problem(
                    path,
                    line,
                    f"button '{payload}' leads to a topic that does not exist",
                    "use /faq/<topic> with one of: " + ", ".join(sorted(by_topic)),
                )
            )

    seen: dict[tuple[str, ...], Example] = {}
    for example in examples:
        key = question_key(example.text)
        clash = seen.setdefault(key, example)
        if clash.label != example.label:
            problems.append(
                Problem(
                    example.path,
                    example.line,
                    f"'{example.text}' (under "
                    f"{example.label}) is the same question as '{clash.text}' "
                    f"under {clash.label} at {clash.path.name}:{clash.line}",
                    "keep it under one intent only, or reword it so the difference is clear",
                )
            )
    return problems


def main() -> int:
    problems = check()
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problem(s) found. Fix them, then run `make check` again.")
        return 1
    print("Content check passed: answers, sources, buttons, examples and test conversations agree.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
