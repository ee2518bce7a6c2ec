"""The editors' check (`make check`): a clean tree passes; each typical mistake, made in a copy
of the real content, is caught at the right file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.check_content import MAX_ANSWER_CHARACTERS, check
from tests.helpers import ROOT

FAQ = "data/responses/faq.yml"
BASICS = "data/nlu/faq_basics.yml"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for folder in ("data",):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests/test_stories.yml", tmp_path / "tests/test_stories.yml")
    shutil.copy(ROOT / "domain.yml", tmp_path / "domain.yml")
    return tmp_path


def edit(tree: Path, relative: str, old: str, new: str) -> int:
    """Replaces the first `old` in a file; returns the 1-based line where the change starts."""
    path = tree / relative
    text = path.read_text()
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1))
    return text[: text.index(old)].count("\n") + 1


def line_of(tree: Path, relative: str, needle: str) -> int:
    text = (tree / relative).read_text()
    return text[: text.index(needle)].count("\n") + 1


def only_problem(tree: Path):
    problems = check(tree)
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def test_the_real_content_passes():
    assert check() == []


def test_a_copied_clean_tree_passes(tree):
    assert check(tree) == []


def test_a_missing_article_is_said_plainly(tree):
    missing = tree / "shared/article/dry-needling-for-migraines.txt"
    problems = check(tree, missing)
    assert [(p.path, p.message) for p in problems] == [
        (missing, "the article the answers come from is not there")
    ]
    assert "beside shared/" in problems[0].fix


def test_a_topic_without_an_answer(tree):
    text = (tree / FAQ).read_text()
    start = text.index("  utter_faq/does_it_hurt:")
    end = text.index("  utter_faq/", start + 10)
    (tree / FAQ).write_text(text[:start] + text[end:])
    problems = check(tree)
    messages = [p.message for p in problems]
    assert "topic 'does_it_hurt' has no answer" in messages
    # Buttons elsewhere that pointed at it are now broken too, and each is named.
    assert any("'/faq/does_it_hurt' leads to a topic that does not exist" in m for m in messages)


def test_a_source_that_is_not_an_article_section(tree):
    line = line_of(tree, FAQ, "utter_faq/does_it_hurt:")
    edit(
        tree,
        FAQ,
        'From the article: "Understanding Dry Needling: A Journey into Trigger Point Release"',
        'From the article: "Some Section We Made Up"',
    )
    problem = only_problem(tree)
    assert "not a section of the article" in problem.message
    assert problem.path == tree / FAQ and problem.line >= line - 80


def test_an_answer_without_its_source_line(tree):
    line = line_of(tree, FAQ, "utter_faq/does_it_hurt:")
    text = (tree / FAQ).read_text()
    start = text.index("utter_faq/does_it_hurt:")
    source = text.index("\n\n      From the article:", start)
    end = text.index("\n", source + 3)
    (tree / FAQ).write_text(text[:source] + text[end:])
    problem = only_problem(tree)
    assert problem.message == "the answer to 'does_it_hurt' does not name its source"
    assert (problem.path, problem.line) == (tree / FAQ, line)


def test_an_answer_without_buttons(tree):
    line = line_of(tree, FAQ, "utter_faq/does_it_hurt:")
    text = (tree / FAQ).read_text()
    start = text.index("buttons:", text.index("utter_faq/does_it_hurt:"))
    end = text.index("  utter_faq/", start)
    (tree / FAQ).write_text(text[:start].rstrip(" ") + text[end:])
    problem = only_problem(tree)
    assert "offers no related questions" in problem.message
    assert problem.line == line


def test_a_button_to_a_topic_that_does_not_exist(tree):
    line = edit(tree, FAQ, "payload: /faq/side_effects", "payload: /faq/side_efects")
    problem = only_problem(tree)
    assert "'/faq/side_efects' leads to a topic that does not exist" in problem.message
    assert (problem.path, problem.line) == (tree / FAQ, line)
    assert "side_effects" in problem.fix


@pytest.mark.parametrize("copy", ["does it hurt", "Does it hurt, please?", "hurt does it"], ids=str)
def test_the_same_question_under_two_intents(tree, copy):
    text = (tree / BASICS).read_text()
    # Add the copy as the first example of the first intent in the file that is not does_it_hurt.
    marker = "  examples: |\n"
    position = text.index(marker) + len(marker)
    (tree / BASICS).write_text(text[:position] + f"    - {copy}\n" + text[position:])
    problems = check(tree)
    clashes = [p for p in problems if "is the same question as" in p.message]
    assert clashes, "\n".join(map(str, problems))
    # Reported at one of the two places, naming the other.
    assert any(p.path == tree / BASICS or "faq_basics.yml" in p.message for p in clashes)


def test_an_answer_over_the_length_limit(tree):
    edit(
        tree,
        FAQ,
        "Discomfort is usually small,",
        "Discomfort is usually small, " + "really " * (MAX_ANSWER_CHARACTERS // 7),
    )
    problem = only_problem(tree)
    assert f"the limit is {MAX_ANSWER_CHARACTERS}" in problem.message


def test_a_topic_without_an_end_to_end_conversation(tree):
    stories = tree / "tests/test_stories.yml"
    stories.write_text(stories.read_text().replace("faq/does_it_hurt", "faq/side_effects"))
    problem = only_problem(tree)
    assert problem.message == "topic 'does_it_hurt' has no end-to-end test conversation"
    assert "tests/test_stories.yml" in problem.fix


def test_too_few_examples(tree):
    treatment = tree / "data/nlu/faq_treatment.yml"
    text = treatment.read_text()
    start = text.index("- intent: faq/does_it_hurt")
    block = text.index("examples: |\n", start) + len("examples: |\n")
    lines = text[block:].split("\n")
    # Keep 3 examples of does_it_hurt; the intents after it in the file stay as they are.
    rest = next(i for i, line in enumerate(lines) if not line.startswith("    - "))
    treatment.write_text(text[:block] + "\n".join(lines[:3] + lines[rest:]))
    problem = only_problem(tree)
    assert "has 3 example questions; it needs at least 15" in problem.message


def test_broken_yaml_is_reported_with_its_line(tree):
    line = edit(tree, BASICS, "  examples: |\n", "  examples: |\n\t- a tab-indented example\n")
    problems = check(tree)
    broken = [p for p in problems if "not valid YAML" in p.message]
    assert broken and broken[0].path == tree / BASICS
    assert abs(broken[0].line - (line + 1)) <= 1
