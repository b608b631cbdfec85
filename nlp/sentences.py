"""Note-aware sentence boundaries: terminal punctuation, semicolons and line structure.

A sentence ends after . ! ? … or ; (with any closing quotes or brackets), and at a line break
unless the next line starts in lower case (a wrapped line). Abbreviations with periods ("pt.",
"appt.", "Dr.") are single tokens (see tokenizer); "wk." or "appt." ends a sentence when a capital
follows, "pt." or "Dr." never does. Boundaries are
found with one regex over the text, then set on the doc in one array write.
"""

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language

from nlp.tokenizer import BULLETS, text_of

BOUNDARY = re.compile(r"[.!?…;]+[\"'”’)\]»]*(?P<ws>\s+)(?=\S)|(?P<nl>\n\s*)(?=\S)")


# Abbreviations that a name or word usually follows; others ("wk.", "appt.") can end a sentence.
NON_FINAL = frozenset(
    {"pt.", "pts.", "dr.", "mr.", "mrs.", "ms.", "vs.", "approx.", "e.g.", "i.e."}
)


def _ends_sentence(doc, j: int, next_char: str) -> bool:
    """True when the last non-space token before token ``j`` closes a sentence."""
    k = j - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    if before.is_punct:
        return True
    return next_char.isupper() and before.lower_ not in NON_FINAL


def boundaries(doc) -> list[int]:
    """Token indices that start a sentence (besides the first)."""
    text = text_of(doc)
    starts = doc.to_array("IDX")
    found = []
    for m in BOUNDARY.finditer(text):
        pos = m.end()
        j = int(numpy.searchsorted(starts, pos))
        if j >= len(doc) or starts[j] != pos:
            continue
        space = m.group("ws") or m.group("nl")
        breaks = space.count("\n")
        new_line = breaks > 1 or (breaks and (not text[pos].islower() or text[pos] in BULLETS))
        if new_line or (m.group("ws") and _ends_sentence(doc, j, text[pos])):
            found.append(j)
    return found


@Language.component("note_sentences", assigns=["token.is_sent_start"])
def note_sentences(doc):
    """Mark every token as a sentence start or not."""
    if not len(doc):
        return doc
    values = numpy.full(len(doc), -1, dtype="int32")
    values[0] = 1
    values[boundaries(doc)] = 1
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    return doc
