"""Note-aware sentence boundaries: terminal punctuation, semicolons and line structure.

A sentence ends after . ! ? … or ; (with any closing quotes or brackets), and at a line break
unless the next line starts in lower case (a wrapped line). Abbreviations with periods ("pt.",
"appt.", "Dr.") are single tokens (see tokenizer); "wk." or "appt." ends a sentence when a capital
follows, "pt." or "Dr." never does. Boundaries are
found with one regex over the text, then set on the doc in one array write.
"""

import re
from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language

from nlp.tokenizer import BULLETS, text_of

# Terminal punctuation then whitespace, or a whitespace run holding a line break. Possessive
# quantifiers and run-start lookbehinds keep the scan linear on long runs of dots or blank lines.
# Each branch first takes one character of its class, then looks back to check that it starts
# its run ("[.!?…;](?<![.!?…;]{2})" is "(?<![.!?…;])[.!?…;]"): most characters fail at once,
# twice as fast as testing lookbehinds at every character. The line-break branch checks that
# its run holds a "\n" from the first character on (it is one, or a "\n" follows).
BOUNDARY = re.compile(
    r"[.!?…;](?<![.!?…;]{2})[.!?…;]*+[\"'”’)\]»]*+(?P<ws>\s++)(?=\S)"
    r"|(?P<nl>\s(?<!\s\s)(?:(?<=\n)|(?=[^\S\n]*\n))\s*+)(?=\S)"
)


# Abbreviations that a name or word usually follows; others ("wk.", "appt.") can end a sentence.
NON_FINAL = frozenset(
    {"pt.", "pts.", "dr.", "mr.", "mrs.", "ms.", "vs.", "approx.", "e.g.", "i.e."}
)


def boundaries(doc) -> list[int]:
    """Token indices that start a sentence (besides the first), from the text and token offsets."""
    text = text_of(doc)
    starts = doc.to_array("IDX").tolist()
    found = []
    for m in BOUNDARY.finditer(text):
        pos = m.end()
        j = bisect_left(starts, pos)
        if j >= len(starts) or starts[j] != pos:
            continue
        next_char = text[pos]
        if m.group("nl") is not None:
            breaks = m.group("nl").count("\n")
        else:
            breaks = m.group("ws").count("\n")
            punct = m.start()
            owner = bisect_right(starts, punct) - 1  # the token holding the first period
            if starts[owner] == punct:  # punctuation of its own: a sentence end
                found.append(j)
                continue
            abbreviation = text[starts[owner] : punct + 1].lower()  # "pt.", "wk."
            if next_char.isupper() and abbreviation not in NON_FINAL:
                found.append(j)
                continue
        if breaks > 1 or (breaks and (not next_char.islower() or next_char in BULLETS)):
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
