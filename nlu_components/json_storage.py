"""What a trainable component of ours keeps in the model: one JSON file in its resource."""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


def write_json(model_storage: ModelStorage, resource: Resource, name: str, data: Any) -> Resource:
    with model_storage.write_to(resource) as directory:
        (directory / name).write_text(json.dumps(data))
    return resource


def read_json(model_storage: ModelStorage, resource: Resource, name: str, default: Any) -> Any:
    """The stored data, or `default` for a model trained without it (Rasa raises ValueError
    for a resource it never persisted)."""
    try:
        with model_storage.read_from(resource) as directory:
            return json.loads((directory / name).read_text())
    except (ValueError, OSError):
        return default
