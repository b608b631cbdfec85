"""Prompt catalogue (data/prompts.json) and the choice of prompts for the labels of a note."""

import json
from collections import Counter
from functools import cache
from importlib import resources

from nlp.labels import LABELS

MAX_PROMPTS = 5
MAX_PER_ANNOTATION = 2


@cache
def _catalogue() -> tuple[dict, ...]:
    data = json.loads(resources.files("nlp").joinpath("data/prompts.json").read_text("utf-8"))
    return tuple(data["prompts"])


def prompt_catalogue() -> list[dict]:
    """Every prompt: id, strategy, text, labels (copies; callers may mutate them)."""
    return [dict(p, labels=list(p["labels"])) for p in _catalogue()]


@cache
def _answering(label: str) -> tuple[dict, ...]:
    """Prompts answering ``label``, most specific first (fewest labels), then catalogue order."""
    return tuple(
        sorted((p for p in _catalogue() if label in p["labels"]), key=lambda p: len(p["labels"]))
    )


def for_label(label: str) -> list[str]:
    """Ids of the most specific prompts answering ``label``, at most MAX_PER_ANNOTATION."""
    return [p["id"] for p in _answering(label)[:MAX_PER_ANNOTATION]]


def choose(label_counts: Counter | dict) -> list[dict]:
    """Up to MAX_PROMPTS prompts, taken in turns across the detected labels.

    Labels take turns: risk.safety first, then by how many marks they have; each turn adds the
    label's next unused prompt, most specific first, so every detected label is answered early.
    """
    order = sorted(
        label_counts,
        key=lambda label: (label != "risk.safety", -label_counts[label], LABELS.index(label)),
    )
    queues = {label: list(_answering(label)) for label in order}
    chosen: dict[str, dict] = {}
    while len(chosen) < MAX_PROMPTS and any(queues.values()):
        for label in order:
            queue = queues[label]
            while queue and queue[0]["id"] in chosen:
                queue.pop(0)
            if queue and len(chosen) < MAX_PROMPTS:
                prompt = queue.pop(0)
                chosen[prompt["id"]] = dict(prompt, labels=list(prompt["labels"]))
    return list(chosen.values())
