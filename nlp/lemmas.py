"""Lookup lemmatizer: case-insensitive lemmas from spacy-lookups-data, with clinical overrides."""

import gzip
import json
from importlib import resources

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import get_string_id

# Where the generic lookup table is wrong for note language.
OVERRIDES = {
    "does": "do",
    "worse": "worse",
    "worst": "worst",
    "ca": "can",
    "wo": "will",
    "n't": "not",
    "nt": "not",
    "'m": "be",
    "'re": "be",
    "'s": "'s",
    "no-showed": "no-show",
    "no-shows": "no-show",
    "canceled": "cancel",
    "cancelled": "cancel",
    "withdrawn": "withdraw",
    "tearful": "tearful",
    "felt": "feel",
    "feelings": "feeling",
    "sessions": "session",
    "left": "leave",
}


def load_table() -> dict[str, str]:
    """Lower-case word -> lower-case lemma: the English lookup table case-folded, plus OVERRIDES."""
    data = resources.files("spacy_lookups_data").joinpath("data/en_lemma_lookup.json.gz")
    table = json.loads(gzip.decompress(data.read_bytes()))
    # Fold case in place (a second dict would double the peak memory). Lower-case entries
    # win over capitalised ones ("does" -> "do", not "Does" -> "doe").
    for key in [k for k in table if not k.islower()]:
        table.setdefault(key.lower(), table.pop(key))
    for key, value in table.items():
        if not value.islower():
            table[key] = value.lower()
    table.update(OVERRIDES)
    return table


class NoteLemmatizer:
    """Sets ``token.lemma`` from a lower-case lookup, one vectorised search per doc.

    The table is kept as two numpy arrays of string hashes (words sorted, and their lemmas),
    about 0.7 MB instead of a dict of 41,000 Python strings. Every lemma string is added to the
    vocabulary once, at load, so ``token.lemma_`` works, inside spaCy memory zones too (which
    drop strings added during a call). A word not in the table is its own lemma.
    """

    def __init__(self, nlp: Language):
        table = load_table()
        self.strings = nlp.vocab.strings
        words = numpy.fromiter(map(get_string_id, table), dtype="uint64", count=len(table))
        lemmas = [self.strings.add(lemma) for lemma in table.values()]
        order = numpy.argsort(words)
        self.words = words[order]
        self.lemmas = numpy.array(lemmas, dtype="uint64")[order]

    def lemma_hashes(self, lowers: numpy.ndarray) -> numpy.ndarray:
        """Lemma hashes for lower-case word hashes ``lowers`` (a word not in the table: itself)."""
        at = self.words.searchsorted(lowers).clip(max=len(self.words) - 1)
        return numpy.where(self.words[at] == lowers, self.lemmas[at], lowers)

    def lemma_of(self, word: str) -> str:
        """The lemma this lemmatizer gives ``word`` (any case)."""
        lower = word.lower()
        lemma = int(self.lemma_hashes(numpy.array([get_string_id(lower)], dtype="uint64"))[0])
        return self.strings[lemma] if lemma != get_string_id(lower) else lower

    def __call__(self, doc):
        if len(doc):
            lemmas = self.lemma_hashes(doc.to_array(LOWER))
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("note_lemmas")
def make_note_lemmas(nlp: Language, name: str):
    return NoteLemmatizer(nlp)
