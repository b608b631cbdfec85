"""annotate() and assess_span(): a note in; annotations, summary, prompts and meta out."""

from time import perf_counter

from spacy.tokens import Span

from nlp import context, prompts
from nlp.cues import SPAN_KEY
from nlp.labels import TAXONOMY_VERSION, resolve
from nlp.offsets import UNITS, utf16_converter
from nlp.pipeline import get_nlp
from nlp.sections import section_at
from nlp.summary import counts_as_present, summarize

VERSION = "0.1.0"


CONTEXT = ("assertion", "experiencer", "therapy_linked", "context_cues")


def _context_of(user_data: dict, defaults: dict, start: int, end: int) -> dict:
    """The context component's decision for the span of characters [start, end).

    Read straight from ``doc.user_data``, where ``span._.name`` keeps it (ntr_context sets it),
    without building an Underscore object per span; ``defaults`` are the extensions' defaults.
    """
    get = user_data.get
    return {
        "assertion": get(("._.", "assertion", start, end), defaults["assertion"]),
        "experiencer": get(("._.", "experiencer", start, end), defaults["experiencer"]),
        "therapy_linked": bool(
            get(("._.", "therapy_linked", start, end), defaults["therapy_linked"])
        ),
        "context_cues": [
            dict(cue) for cue in get(("._.", "context_cues", start, end), defaults["context_cues"])
        ],
    }


def _check_text(text) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")


def _annotations(pipeline, doc, text: str, offsets: str, wanted) -> list[dict]:
    """Annotation dicts (plain Python values, no spaCy objects) for the doc's marks."""
    messages = pipeline.get_pipe("ntr_cues").messages
    to_unit = utf16_converter(text) if offsets == "utf16" else (lambda i: i)
    sections = doc._.section_index
    user_data = doc.user_data
    defaults = {name: Span.get_extension(name)[0] for name in CONTEXT}
    found = []
    for span in doc.spans[SPAN_KEY]:
        label = span.label_
        if wanted is not None and label not in wanted:
            continue
        rule = span.id_
        start, end = span.start_char, span.end_char
        annotation = {
            "id": "",
            "start": to_unit(start),
            "end": to_unit(end),
            "text": text[start:end],
            "label": label,
            **_context_of(user_data, defaults, start, end),
            "section": section_at(sections, start),
            "rule": rule,
            "message": messages[rule],
            "prompt_ids": [],
        }
        found.append(annotation)
    return found


def annotate(text: str, *, offsets: str = "codepoint", labels=None, include_non_present=True):
    """Annotate a session note; the result has exactly the shape of api.md's POST /v1/annotate."""
    started = perf_counter()
    _check_text(text)
    if offsets not in UNITS:
        raise ValueError(f"offsets must be one of {UNITS}, not {offsets!r}")
    wanted = resolve(labels) if labels is not None else None
    pipeline = get_nlp()
    # A memory zone frees the note's words from the shared vocabulary when it closes:
    # no note text stays in the worker, and memory does not grow with every new word.
    with pipeline.memory_zone():
        found = _annotations(pipeline, pipeline(text), text, offsets, wanted)
    summary = summarize(found)
    kept = found if include_non_present else [a for a in found if counts_as_present(a)]
    kept.sort(key=lambda a: (a["start"], a["end"], a["label"]))
    for n, annotation in enumerate(kept, 1):
        annotation["id"] = f"a{n}"
        if counts_as_present(annotation):
            annotation["prompt_ids"] = prompts.for_label(annotation["label"])
    return {
        "annotations": kept,
        "summary": summary,
        "prompts": prompts.choose(summary["labels"]),
        "meta": {
            "taxonomy": TAXONOMY_VERSION,
            "version": VERSION,
            "offsets": offsets,
            "elapsed_ms": round((perf_counter() - started) * 1000, 3),
        },
    }


def assess_span(text: str, start: int, end: int) -> dict:
    """Context of any span of ``text`` (codepoint offsets): assertion, experiencer, linkage."""
    _check_text(text)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise ValueError("start and end must satisfy 0 <= start < end <= len(text)")
    pipeline = get_nlp()
    with pipeline.memory_zone():
        span = pipeline(text).char_span(start, end, alignment_mode="expand")
        if span is None or not span.text.strip():
            raise ValueError("the span covers no word of the text")
        return context.assess(span)
