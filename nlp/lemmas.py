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
    """Sets ``token.lemma`` from a lower-case lookup; caches per lower-case form."""

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
        self.cache: dict[int, int] = {}

    def lemma_of(self, word: str) -> str:
        """The lemma this lemmatizer gives ``word`` (any case)."""
        return self.table.get(word.lower(), word.lower())

    def __call__(self, doc):
        cache, lemmas = self.cache, []
        for lower in doc.to_array(LOWER).tolist():
            lemma = cache.get(lower)
            if lemma is None:
                text = self.strings[lower]
                lemma = cache[lower] = self.strings.add(self.table.get(text, text))
            lemmas.append(lemma)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


@Language.factory("note_lemmas")
def make_note_lemmas(nlp: Language, name: str):
    return NoteLemmatizer(nlp)
