"""The spaCy pipeline our install step builds: tokens, lemmas, medication entities."""

from __future__ import annotations

import json

import pytest
import spacy

from scripts import build_spacy_pipeline


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    """Build with the real script, save, and load from disk the way SpacyNLP does."""
    output = tmp_path_factory.mktemp("pipeline") / "en_dry_needling"
    assert build_spacy_pipeline.main(["build", str(output)]) == 0
    return spacy.load(output)


def test_saved_pipeline_declares_a_spacy_range_rasa_accepts(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    meta = json.loads((tmp_path / "p" / "meta.json").read_text())
    assert meta["lang"] == "en"
    assert meta["spacy_version"].startswith(">=3.4")
    assert nlp.pipe_names == ["lemmatizer", "entity_ruler"]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("needles", "needle"),
        ("thinners", "thinner"),
        ("were", "be"),
        ("hurting", "hurt"),
        ("muscles", "muscle"),
        ("migraines", "migraine"),
        ("effects", "effect"),
    ],
)
def test_lookup_lemmas(nlp, word, lemma):
    assert nlp(f"the {word} today")[1].lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "medications"),
    [
        ("I take warfarin, is it safe?", ["warfarin"]),
        ("im on COUMADIN", ["COUMADIN"]),
        ("Eliquis (apixaban) daily", ["Eliquis", "apixaban"]),
        ("xarelto or rivaroxaban", ["xarelto", "rivaroxaban"]),
        ("dabigatran / Pradaxa", ["dabigatran", "Pradaxa"]),
        ("edoxaban", ["edoxaban"]),
        ("Plavix and clopidogrel", ["Plavix", "clopidogrel"]),
        ("a daily Aspirin", ["Aspirin"]),
        ("heparin shots", ["heparin"]),
        ("I'm on blood thinners", ["blood thinners"]),
        ("a Blood Thinner", ["Blood Thinner"]),
        ("anticoagulants and an anticoagulant", ["anticoagulants", "anticoagulant"]),
        # injected heparins and the newer antiplatelets, by generic and brand name
        ("Clexane (enoxaparin) injections", ["Clexane", "enoxaparin"]),
        ("fragmin or tinzaparin", ["fragmin", "tinzaparin"]),
        ("ticagrelor, Brilinta", ["ticagrelor", "Brilinta"]),
        ("prasugrel and an antiplatelet", ["prasugrel", "antiplatelet"]),
        ("acenocoumarol", ["acenocoumarol"]),
    ],
)
def test_bleeding_risk_medications_are_tagged(nlp, text, medications):
    doc = nlp(text)
    assert [e.text for e in doc.ents] == medications
    assert {e.label_ for e in doc.ents} == {"medication"}


@pytest.mark.parametrize(
    "text",
    ["does it hurt?", "I take ibuprofen", "my blood pressure is fine", "thin needles"],
)
def test_no_medication_where_there_is_none(nlp, text):
    assert list(nlp(text).ents) == []
