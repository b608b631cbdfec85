"""Clinical tokenizer: shorthand kept whole, note punctuation split usefully, lemmas by lookup."""

import pytest

CASES = {
    "complains-of": ("Pt c/o headaches.", ["Pt", "c/o", "headaches", "."]),
    "with": ("Seen w/ her mother.", ["Seen", "w/", "her", "mother", "."]),
    "history-of": ("H/O self-harm.", ["H/O", "self", "-", "harm", "."]),
    "rule-out": ("r/o MDD", ["r/o", "MDD"]),
    "follow-up": ("f/u in 1 wk.", ["f/u", "in", "1", "wk."]),
    "si-hi-split": ("Denies SI/HI.", ["Denies", "SI", "/", "HI", "."]),
    "patient-abbrev": ("Met with pt. today", ["Met", "with", "pt.", "today"]),
    "appointment-abbrev": ("Next appt. Monday", ["Next", "appt.", "Monday"]),
    "soap-header": ("S: anxious", ["S", ":", "anxious"]),
    "bullet": ("• tearful", ["•", "tearful"]),
    "dash-bullet": ("- quiet", ["-", "quiet"]),
    "crlf": ("quiet\r\nguarded", ["quiet", "\r\n", "guarded"]),
    "quote": ('said "I don\'t know"', ["said", '"', "I", "do", "n't", "know", '"']),
    "no-show": ("Client no-showed.", ["Client", "no", "-", "showed", "."]),
}


@pytest.mark.parametrize(("text", "tokens"), CASES.values(), ids=CASES.keys())
def test_tokens(pipeline, text, tokens):
    assert [t.text for t in pipeline.make_doc(text)] == tokens


def test_shorthand_norm(pipeline):
    doc = pipeline.make_doc("Pt c/o worry")
    assert doc[1].norm_ == "complains of"


LEMMAS = {
    "withdrew": ("withdrew", "withdraw"),
    "withdrawing": ("withdrawing", "withdraw"),
    "withdrawn": ("withdrawn", "withdraw"),
    "cancelled": ("Cancelled", "cancel"),
    "canceled": ("canceled", "cancel"),
    "cancels": ("cancels", "cancel"),
    "does": ("does", "do"),
    "worse-stays-worse": ("worse", "worse"),
    "felt": ("Felt", "feel"),
    "nt": ("n't", "not"),
}


@pytest.mark.parametrize(("word", "lemma"), LEMMAS.values(), ids=LEMMAS.keys())
def test_lookup_lemmas_are_case_insensitive(pipeline, word, lemma):
    assert pipeline(word)[0].lemma_ == lemma


LONG_RUNS = {
    "emoji": "😀" * 500,
    "quotes": '"' * 500,
    "zwj-emoji": "👩‍⚕️" * 120,
    "mixed": "withdrew😀😀" * 60,
    "word-then-run": "Client withdrew " + "!" * 300 + " then left early.",
}


@pytest.mark.parametrize("text", LONG_RUNS.values(), ids=LONG_RUNS.keys())
def test_long_runs_are_tokenized_in_pieces_losslessly(pipeline, text):
    doc = pipeline(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    assert len(doc) > 1


def test_cues_still_found_in_a_note_with_a_long_run():
    import nlp

    found = nlp.annotate("Client withdrew " + "!" * 300 + " then left early.")["annotations"]
    assert {a["label"] for a in found} >= {"sign.withdrawal", "sign.avoidance"}


def test_suffix_and_infix_shortcuts_find_what_spacy_regexes_find():
    """The shortcut suffix and infix searches answer as spaCy's own regexes, on any chunk."""
    import itertools
    import random
    import string

    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    from nlp.tokenizer import Shortcut

    stock = spacy.blank("en")
    suffix = Shortcut(compile_suffix_regex(stock.Defaults.suffixes), str.isalpha)
    infix = Shortcut(compile_infix_regex(stock.Defaults.infixes), str.isalnum)
    assert suffix.pattern == stock.tokenizer.suffix_search.__self__.pattern
    assert infix.pattern == stock.tokenizer.infix_finditer.__self__.pattern

    def same(chunk):
        theirs = stock.tokenizer.suffix_search(chunk)
        ours = suffix.search(chunk)
        assert (theirs and theirs.span()) == (ours and ours.span()), chunk
        theirs = [m.span() for m in stock.tokenizer.infix_finditer(chunk)]
        assert [m.span() for m in infix.finditer(chunk)] == theirs, chunk

    for chunk in map("".join, itertools.product(string.ascii_letters + "0'", repeat=2)):
        same(chunk)
    # a letter or digit between any two characters of a wide sample, as a word's neighbours
    sample = [chr(c) for c in range(32, 0x100)] + list("…—–’“”😀²")
    for before, middle, after in itertools.product(sample, "aZ5", sample):
        same(before + middle + after)
    rng = random.Random(11)
    pieces = [*"abXY09.,;:!?'\"()-–—…$%°+*^/<>=_#&~’“”😀²", "km", "'s", "...", "\n"]
    for _ in range(20000):
        same("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))))
