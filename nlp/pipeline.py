"""Builds the spaCy pipeline once per process: blank English, clinical tokenizer, our components."""

import importlib
import importlib.util
import threading

import spacy
from spacy.language import Language

from nlp import cues, lemmas, sections, sentences, tokenizer  # noqa: F401  (registers factories)

COMPONENTS = ("note_lemmas", "note_sentences", "note_sections", "ntr_cues", "ntr_context")

_lock = threading.Lock()
_nlp: Language | None = None


def has_context() -> bool:
    """True once the ConText component (nlp/context.py) exists."""
    return importlib.util.find_spec("nlp.context") is not None


def build() -> Language:
    """A fresh pipeline; most callers want the cached ``get_nlp()``."""
    if has_context():
        importlib.import_module("nlp.context")  # registers "ntr_context"
    nlp = spacy.blank("en")
    tokenizer.customize(nlp)
    for name in COMPONENTS:
        if name == "ntr_context" and not has_context():
            continue
        nlp.add_pipe(name)
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline, built on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = build()
    return _nlp
