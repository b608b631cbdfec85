"""Builds the spaCy pipeline once per process: blank English, clinical tokenizer, our components."""

import threading

import spacy
from spacy.language import Language

from nlp import context, cues, lemmas, sections, sentences, tokenizer  # noqa: F401  (factories)

COMPONENTS = ("note_lemmas", "note_sentences", "note_sections", "ntr_cues", "ntr_context")

_lock = threading.Lock()
_nlp: Language | None = None


def build() -> Language:
    """A fresh pipeline; most callers want the cached ``get_nlp()``."""
    nlp = spacy.blank("en")
    tokenizer.customize(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    tokenizer.warm(nlp, sections.load_headers(), tokenizer.common_words())
    return nlp


def get_nlp() -> Language:
    """The process-wide pipeline, built on first use."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                _nlp = build()
    return _nlp
