"""Build the project's own English spaCy pipeline into build/en_dry_needling.

No pretrained spaCy model can be downloaded in our environments, and Rasa only needs
tokens, lemmas and our medication entities, so we assemble a small pipeline from parts
that ship on PyPI: spaCy's blank English tokenizer, the lookup lemmatizer tables from
`spacy-lookups-data`, and an entity ruler for medications that raise bleeding risk
(the article's one medication warning). The result is deterministic: the same package
versions always give the same pipeline.

Usage: python scripts/build_spacy_pipeline.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

DEFAULT_OUTPUT = Path("build/en_dry_needling")
ENTITY_LABEL = "medication"

# Generic and brand names; the ruler matches on lower case, so casing does not matter.
BLEEDING_RISK_MEDICATIONS = [
    "warfarin", "coumadin", "jantoven",
    "heparin",
    "apixaban", "eliquis",
    "rivaroxaban", "xarelto",
    "dabigatran", "pradaxa",
    "edoxaban", "savaysa", "lixiana",
    "clopidogrel", "plavix",
    "aspirin",
    "blood thinner", "blood thinners", "blood-thinner", "blood-thinners",
    "bloodthinner", "bloodthinners",
    "anticoagulant", "anticoagulants", "anti-coagulant", "anti-coagulants",
]


def build_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # initialize() loads the lemma lookup table from spacy-lookups-data into the pipeline,
    # so the saved pipeline no longer needs that package at run time.
    nlp.initialize()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(
        [{"label": ENTITY_LABEL, "pattern": term} for term in BLEEDING_RISK_MEDICATIONS]
    )
    nlp.meta["name"] = "en_dry_needling"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = (
        "Blank English tokenizer, lookup lemmatizer and a medication entity ruler "
        "for the dry needling FAQ assistant."
    )
    return nlp


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    nlp = build_pipeline()
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    print(f"spaCy pipeline {nlp.pipe_names} written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
