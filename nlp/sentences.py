"""Note-aware sentence boundaries: terminal punctuation, semicolons and line structure.

Abbreviations with periods ("pt.", "appt.") are single tokens (see tokenizer), so they never end
a sentence.
"""

from spacy.language import Language

from nlp.tokenizer import BULLETS

TERMINALS = frozenset({".", "!", "?", "...", "…", ";"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


def _starts_line_item(text: str) -> bool:
    """True when a token opening a line starts a new statement, not a wrapped continuation."""
    first = text[0]
    return not first.islower() or text in BULLETS


@Language.component("note_sentences")
def note_sentences(doc):
    """Mark sentence starts: after . ! ? ; (and closing quotes), and at line breaks."""
    pending = False
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        text = token.text
        if pending and text not in CLOSERS and not token.is_space:
            token.is_sent_start = True
            pending = False
        else:
            token.is_sent_start = False
        if text in TERMINALS:
            pending = True
        elif token.is_space and "\n" in text:
            nxt = doc[i + 1].text if i + 1 < len(doc) else ""
            if text.count("\n") > 1 or (nxt and _starts_line_item(nxt)):
                pending = True
    return doc
