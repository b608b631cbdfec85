"""Paragraph checks: `nlp.annotate` per paragraph, or once for the whole note, cut into marks.

A mark is one annotation in UTF-16 offsets of its paragraph (what JavaScript indexes),
plus what the hover card shows. Nothing is kept between calls.
"""

import json
import time
from bisect import bisect_right
from functools import cache
from importlib import resources

import nlp

LINE_BREAK = "\n"  # joins the paragraphs of a full note, as the editor's lines


@cache
def wording() -> dict:
    """Each assertion (and `other`, `therapy_linked`) in words for the hover card."""
    data = resources.files("extension_api").joinpath("data", "wording.json")
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def _catalogues() -> tuple[dict, dict]:
    labels = {label["id"]: label for label in nlp.taxonomy()}
    prompts = {prompt["id"]: prompt for prompt in nlp.prompt_catalogue()}
    return labels, prompts


def check(paragraphs: list[dict], full: bool = False) -> dict:
    """Marks per paragraph, echoing each key; with `full`, the note's summary and prompts too."""
    started = time.perf_counter()
    answer = {}
    if full:
        result = nlp.annotate(LINE_BREAK.join(p["text"] for p in paragraphs), offsets="utf16")
        per_paragraph = _cut(result["annotations"], [p["text"] for p in paragraphs])
        answer = {"summary": result["summary"], "prompts": result["prompts"]}
    else:
        per_paragraph = [
            nlp.annotate(p["text"], offsets="utf16")["annotations"] for p in paragraphs
        ]
    return {
        "paragraphs": [
            {"key": p["key"], "marks": [mark(a) for a in annotations]}
            for p, annotations in zip(paragraphs, per_paragraph, strict=True)
        ],
        **answer,
        "meta": {
            "taxonomy": nlp.TAXONOMY_VERSION,
            "version": nlp.__version__,
            "offsets": "utf16",
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 2),
        },
    }


def mark(annotation: dict) -> dict:
    """An annotation with the hover card's fields: title, context in words, prompts."""
    labels, prompts = _catalogues()
    label = labels[annotation["label"]]
    return {
        **{k: annotation[k] for k in ("id", "start", "end", "text", "label")},
        "title": label["title"],
        **{k: annotation[k] for k in ("assertion", "experiencer", "therapy_linked")},
        "quiet": not (
            annotation["assertion"] == "present" and annotation["experiencer"] == "client"
        ),
        "risk": label["family"] == "risk",
        "context": in_words(annotation),
        "message": annotation["message"],
        "prompts": [
            {k: prompts[i][k] for k in ("id", "strategy", "text")}
            for i in annotation["prompt_ids"]
            if i in prompts
        ],
        "context_cues": annotation.get("context_cues", []),
    }


# Which context cue categories (nlp/data/context_rules.json) explain each wording.
CUE_CATEGORIES = {
    "negated": ("negated",),
    "possible": ("possible",),
    "hypothetical": ("hypothetical", "plan"),
    "historical": ("historical",),
    "other": ("other_experiencer",),
    "therapy_linked": ("therapy",),
}


def in_words(annotation: dict) -> str:
    """'Denied, absent or easing ("denies") · Tied to the therapy', from the context fields."""
    parts = []
    if annotation["assertion"] != "present" or annotation["experiencer"] == "client":
        parts.append(annotation["assertion"])
    if annotation["experiencer"] != "client":
        parts.append("other")
    if annotation["therapy_linked"]:
        parts.append("therapy_linked")
    return " · ".join(_with_cue(part, annotation) for part in parts)


def _with_cue(part: str, annotation: dict) -> str:
    categories = CUE_CATEGORIES.get(part, ())
    cues = [c["text"] for c in annotation.get("context_cues", ()) if c["category"] in categories]
    return f"{wording()[part]} (“{cues[0]}”)" if cues else wording()[part]


def _cut(annotations: list[dict], texts: list[str]) -> list[list[dict]]:
    """Whole-note annotations (UTF-16) -> per-paragraph lists with paragraph offsets."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += utf16_len(text) + len(LINE_BREAK)
    cut = [[] for _ in texts]
    for a in annotations:
        i = bisect_right(starts, a["start"]) - 1
        if a["end"] <= starts[i] + utf16_len(texts[i]):  # a mark across lines is dropped
            cut[i].append({**a, "start": a["start"] - starts[i], "end": a["end"] - starts[i]})
    return cut


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
