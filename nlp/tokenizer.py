"""Clinical tokenizer: keeps note shorthand whole and splits note punctuation usefully."""

from spacy.symbols import NORM, ORTH
from spacy.util import compile_prefix_regex

# Shorthand kept as one token, with the word it stands for as its norm.
SHORTHAND = {
    "c/o": "complains of",
    "h/o": "history of",
    "r/o": "rule out",
    "f/u": "follow up",
    "s/p": "status post",
    "w/o": "without",
    "b/c": "because",
    "d/c": "discontinue",
    "pt.": "patient",
    "pts.": "patients",
    "appt.": "appointment",
    "appts.": "appointments",
    "approx.": "approximately",
    "wk.": "week",
    "wks.": "weeks",
    "hx.": "history",
    "dx.": "diagnosis",
    "tx.": "treatment",
    "sx.": "symptoms",
    "vs.": "versus",
}

BULLETS = ("•", "◦", "▪", "‣", "–", "—", "·")


def _variants(word: str) -> set[str]:
    return {word, word.capitalize(), word.upper()}


class KeepText:
    """Wraps the tokenizer so each doc keeps its source text: ``doc.text`` rebuilds the string
    from every token on each access, which our regex-based components would pay twice."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        doc.user_data["note_text"] = text
        return doc

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


def text_of(doc) -> str:
    """The note text of ``doc`` (kept by KeepText, else rebuilt)."""
    text = doc.user_data.get("note_text")
    return text if text is not None else doc.text


def customize(nlp) -> None:
    """Add shorthand exceptions and bullet prefixes to ``nlp``'s tokenizer; keep doc texts."""
    tokenizer = nlp.tokenizer
    for short, norm in SHORTHAND.items():
        for form in _variants(short):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])
    prefixes = list(nlp.Defaults.prefixes) + [b for b in BULLETS if b not in nlp.Defaults.prefixes]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer = KeepText(tokenizer)
