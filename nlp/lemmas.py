"""Lookup lemmatizer: case-insensitive lemmas from spacy-lookups-data, with clinical overrides."""

import gzip
import json
from importlib import resources

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language

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


class NoteLemmatizer:
    """Sets ``token.lemma`` from a lower-case lookup.

    Every lemma string is added to the vocabulary once, at load, so lemmas stay valid inside
    spaCy memory zones (which drop strings added during a call). Only words of the table are
    cached (a bounded cache); any other word is its own lemma, and no note word is kept.
    """

    def __init__(self, nlp: Language):
        data = resources.files("spacy_lookups_data").joinpath("data/en_lemma_lookup.json.gz")
        table = json.loads(gzip.decompress(data.read_bytes()))
        # Fold case in place (a second dict would double the peak memory). Lower-case entries
        # win over capitalised ones ("does" -> "do", not "Does" -> "doe").
        for key in [k for k in table if not k.islower()]:
            table.setdefault(key.lower(), table.pop(key))
        for key, value in table.items():
            if not value.islower():
                table[key] = value.lower()
        self.table = table
        self.table.update(OVERRIDES)
        self.strings = nlp.vocab.strings
        for lemma in set(self.table.values()):
            self.strings.add(lemma)
        self.cache: dict[int, int] = {}  # lower-case word -> lemma, for table words only

    def lemma_of(self, word: str) -> str:
        """The lemma this lemmatizer gives ``word`` (any case)."""
        return self.table.get(word.lower(), word.lower())

    def __call__(self, doc):
        cache, table, strings, lemmas = self.cache, self.table, self.strings, []
        for lower in doc.to_array(LOWER).tolist():
            lemma = cache.get(lower)
            if lemma is None:
                value = table.get(strings[lower])
                lemma = lower if value is None else strings.add(value)  # added at load: stable
                if value is not None:
                    cache[lower] = lemma
            lemmas.append(lemma)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


@Language.factory("note_lemmas")
def make_note_lemmas(nlp: Language, name: str):
    return NoteLemmatizer(nlp)
