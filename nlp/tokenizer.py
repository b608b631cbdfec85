"""Clinical tokenizer: keeps note shorthand whole and splits note punctuation usefully."""

from spacy.symbols import NORM, ORTH

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

# Abbreviations that end in a period: the sentence splitter does not break after them.
ABBREVIATIONS = frozenset(k for k in SHORTHAND if k.endswith("."))

BULLETS = ("•", "◦", "▪", "‣", "–", "—", "·")


def _variants(word: str) -> set[str]:
    return {word, word.capitalize(), word.upper()}


def customize(nlp) -> None:
    """Add shorthand exceptions and bullet prefixes to ``nlp``'s tokenizer."""
    tokenizer = nlp.tokenizer
    for short, norm in SHORTHAND.items():
        for form in _variants(short):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])
    prefixes = list(nlp.Defaults.prefixes) + [b for b in BULLETS if b not in nlp.Defaults.prefixes]
    from spacy.util import compile_prefix_regex

    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
