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
