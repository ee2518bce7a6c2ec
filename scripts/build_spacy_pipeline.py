"""Build the project's own English spaCy pipeline into build/en_dry_needling.

No pretrained spaCy model can be downloaded in our environments, and Rasa only needs
tokens, lemmas and our medication entities, so we assemble a small pipeline from parts
that ship on PyPI: spaCy's blank English tokenizer, the lookup lemmatizer tables from
`spacy-lookups-data`, and an entity ruler for medications that raise bleeding risk
(the article's one medication warning, listed in data/nlu/medications.yml). The result is
deterministic: the same package versions and list always give the same pipeline.

Usage: python scripts/build_spacy_pipeline.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
import yaml

DEFAULT_OUTPUT = Path("build/en_dry_needling")
ENTITY_LABEL = "medication"

# The medication list lives in the NLU data (a Rasa lookup table), so the entity ruler and the
# RegexFeaturizer can never disagree.
MEDICATIONS_FILE = Path(__file__).resolve().parent.parent / "data/nlu/medications.yml"


def bleeding_risk_medications(path: Path = MEDICATIONS_FILE) -> list[str]:
    data = yaml.safe_load(path.read_text())
    (lookup,) = [item for item in data["nlu"] if item.get("lookup") == ENTITY_LABEL]
    return [line[2:].strip() for line in lookup["examples"].splitlines() if line.startswith("- ")]


def build_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # initialize() loads the lemma lookup table from spacy-lookups-data into the pipeline,
    # so the saved pipeline no longer needs that package at run time.
    nlp.initialize()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(
        [{"label": ENTITY_LABEL, "pattern": term} for term in bleeding_risk_medications()]
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
