"""The label catalogue of taxonomy v1 (data/taxonomy.json): ids, families, titles, messages."""

import json
from functools import cache
from importlib import resources

FAMILIES = ("sign", "cause", "risk")


@cache
def _catalogue() -> dict:
    return json.loads(resources.files("nlp").joinpath("data/taxonomy.json").read_text("utf-8"))


TAXONOMY_VERSION: str = _catalogue()["version"]
LABELS: tuple[str, ...] = tuple(entry["id"] for entry in _catalogue()["labels"])
MESSAGES: dict[str, str] = {entry["id"]: entry["message"] for entry in _catalogue()["labels"]}


def taxonomy() -> list[dict]:
    """The 12 labels in taxonomy.md order: id, family, title, description, colour."""
    keys = ("id", "family", "title", "description", "colour")
    return [{k: entry[k] for k in keys} for entry in _catalogue()["labels"]]


def resolve(labels) -> frozenset[str]:
    """Label ids and families -> the set of label ids; ValueError on anything unknown."""
    if isinstance(labels, str):
        labels = [labels]
    chosen = set()
    for item in labels:
        if item in FAMILIES:
            chosen.update(label for label in LABELS if label.startswith(item + "."))
        elif item in LABELS:
            chosen.add(item)
        else:
            raise ValueError(f"unknown label or family: {item!r}")
    return frozenset(chosen)
