"""What the lexicon and context tests read off the pipeline: cue texts, annotations of a label,
present client cues and labels, marks with their assertion, and the context of a named span."""

import nlp


def cue_texts(pipeline, text: str, label: str) -> list[str]:
    doc = pipeline(text)
    return [s.text for s in doc.spans["ntr"] if s.label_ == label]


def annotations_of(text: str, label: str) -> list[dict]:
    """Every annotation of ``label``, whatever its context."""
    return [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]


def present_cues(text: str, label: str) -> list[str]:
    """Cue texts of the present, client annotations of ``label``: what the evaluation counts."""
    return [
        a["text"]
        for a in nlp.annotate(text)["annotations"]
        if a["label"] == label and a["assertion"] == "present" and a["experiencer"] == "client"
    ]


def present_labels(text: str) -> set[str]:
    return {
        a["label"]
        for a in nlp.annotate(text)["annotations"]
        if a["assertion"] == "present" and a["experiencer"] == "client"
    }


def marks(text: str, label: str) -> list[tuple[str, str]]:
    """(cue, assertion) of every client annotation of ``label``."""
    return [
        (a["text"], a["assertion"])
        for a in nlp.annotate(text)["annotations"]
        if a["label"] == label and a["experiencer"] == "client"
    ]


def assess(text: str, target: str) -> dict:
    start = text.lower().index(target.lower())
    return nlp.assess_span(text, start, start + len(target))
