"""`rasa train` without Rasa's training cache: the same model, minutes sooner.

Rasa's cache lets a later training reuse the components whose inputs did not change. To key
it, Rasa fingerprints each component's output after it runs, and here that output is the whole
training data: every token of every example, and of the FAQ answer each FAQ example carries,
hashed again after each featurizer has added its features. Profiled with py-spy in the
forty-first session, a training of 11 min 26 s (8,589 questions) spent 152 s of its Python time
in those fingerprints. The cache gives nothing back here: `make` retrains only when the data,
the config or a component changed, which reruns almost every component anyway, and CI starts
from a fresh clone with an empty cache.

So the cache is switched off (RASA_MAX_CACHE_SIZE=0: nothing stored, nothing reused), the
fingerprint run that looks for reusable components is skipped (`--force`), and so is the hook
whose only work is to fingerprint each output and store it. The rest is `rasa train`, with the
arguments given here.
"""

from __future__ import annotations

import os
import sys


def skip_training_cache() -> None:
    """Train without Rasa's cache and without fingerprinting each component's output."""
    os.environ["RASA_MAX_CACHE_SIZE"] = "0"
    from rasa.engine.training import graph_trainer, hooks

    class NoCacheHook(hooks.TrainingHook):
        """Rasa's caching hook, minus the fingerprints that only a cache would use."""

        def on_before_node(self, *args: object, **kwargs: object) -> dict:
            return {}

        def on_after_node(self, *args: object, **kwargs: object) -> None:
            return None

    graph_trainer.TrainingHook = NoCacheHook


def main(argv: list[str]) -> None:
    from rasa.__main__ import main as rasa_main

    skip_training_cache()
    sys.argv = ["rasa", "train", "--force", *argv]
    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
