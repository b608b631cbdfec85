"""Clinical tokenizer: keeps note shorthand whole and splits note punctuation usefully."""

import re
from importlib import resources

from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

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


# spaCy peels prefix and suffix characters off a whitespace-free chunk one at a time, re-searching
# the rest each time: quadratic on a long run of emoji or quotes (20,000 take ~40 s). Such runs
# are tokenized in pieces of at most LONG_CHUNK characters instead.
LONG_CHUNK = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_CHUNK + 1},}}")
_PIECE = re.compile(rf"\s+|\S{{1,{LONG_CHUNK}}}\s*")


class KeepText:
    """Wraps the tokenizer so each doc keeps its source text (``doc.text`` rebuilds the string
    from every token on each access) and long whitespace-free runs stay linear to tokenize."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self._piecewise(text) if _LONG_RUN.search(text) else self.tokenizer(text)
        doc.user_data["note_text"] = text
        return doc

    def _piecewise(self, text: str) -> Doc:
        words, spaces = [], []
        for piece in _PIECE.finditer(text):
            for token in self.tokenizer(piece.group()):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


class Shortcut:
    """spaCy's English suffix or infix regex (``search``, ``finditer``), not run on a chunk of
    ASCII characters that ``plain`` accepts, where it cannot match.

    No suffix pattern can take letters alone off the end of a word ("'s" needs its quote, "km"
    a digit before it): ``plain`` is ``str.isalpha`` for suffixes. No infix (hyphens, dots,
    commas, symbols between words) can match inside letters and digits: ``str.isalnum``. Yet
    each regex takes 1-6 µs to find that out for each word a note has not cached.
    """

    def __init__(self, regex, plain):
        self.regex, self.plain = regex, plain
        self.pattern = regex.pattern  # what spaCy serialises

    def search(self, chunk: str):
        return None if chunk.isascii() and self.plain(chunk) else self.regex.search(chunk)

    def finditer(self, chunk: str):
        return iter(()) if chunk.isascii() and self.plain(chunk) else self.regex.finditer(chunk)


def text_of(doc) -> str:
    """The note text of ``doc`` (kept by KeepText, else rebuilt)."""
    text = doc.user_data.get("note_text")
    return text if text is not None else doc.text


def customize(nlp) -> None:
    """Give ``nlp`` a tokenizer with shorthand exceptions, bullet prefixes and the faster suffix
    and infix searches (same tokens), which keeps doc texts.

    It is built in one go: each rule set on a built tokenizer reloads all its special cases.
    """
    stock = nlp.tokenizer
    rules = dict(stock.rules)
    for short, norm in SHORTHAND.items():
        for form in _variants(short):
            rules[form] = [{ORTH: form, NORM: norm}]
    prefixes = list(nlp.Defaults.prefixes) + [b for b in BULLETS if b not in nlp.Defaults.prefixes]
    tokenizer = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=Shortcut(compile_suffix_regex(nlp.Defaults.suffixes), str.isalpha).search,
        infix_finditer=Shortcut(compile_infix_regex(nlp.Defaults.infixes), str.isalnum).finditer,
        token_match=stock.token_match,
        url_match=stock.url_match,
        faster_heuristics=stock.faster_heuristics,
    )
    nlp.tokenizer = KeepText(tokenizer)


def common_words() -> list[str]:
    """The 5,000 most frequent English dictionary words (data/common_words.txt; made by
    scripts/make_common_words.py from spacy-lookups-data)."""
    text = resources.files("nlp").joinpath("data/common_words.txt").read_text("utf-8")
    return text.split()


def warm(nlp, headers=(), common=()) -> None:
    """Tokenize the vocabulary's words once, outside any memory zone, so they stay cached.

    Inside a memory zone spaCy caches no tokenization and keeps no new word, so each note
    re-splits every chunk and rebuilds every word it has not seen at load. The lower-case words
    already in the vocabulary (from the rule files) and spaCy's English stop words, with their
    capitalised forms (common at a sentence start), are tokenized here once, and so are the
    words of the section ``headers`` ("plan", "s") in each case, bare and with a colon ("S:",
    "Plan:"), and the ``common`` English words as they are (5,000 of them: about 1 MB, and a
    third fewer words left to build in a note); notes then find them in the tokenizer's cache.
    No note text is involved. Same tokens either way. Call it after every component is added:
    changing a tokenizer rule empties the cache.
    """
    known = {lex.orth_ for lex in nlp.vocab if lex.orth_.isalpha() and lex.orth_.islower()}
    words = sorted(known | {w for w in nlp.Defaults.stop_words if w.isalpha()})
    chunks = [*words, *(w.capitalize() for w in words), "\n", "\r\n", "\n\n"]
    # a word before a full stop, comma or semicolon is one chunk of its own for the cache
    chunks += [w + mark for w in words for mark in ".,;"]
    header_words = {word for header in headers for word in header.split()}
    forms = sorted({form for word in header_words for form in _variants(word)})
    chunks += [*forms, *(form + ":" for form in forms)]
    chunks += [w for w in common if w not in known]
    spacy_tokenizer = nlp.tokenizer.tokenizer  # inside KeepText
    spacy_tokenizer.max_cache_size = max(spacy_tokenizer.max_cache_size, 2 * len(chunks))
    for chunk in chunks:
        spacy_tokenizer(chunk)
