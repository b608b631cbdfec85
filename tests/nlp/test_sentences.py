"""Sentence boundaries that respect note structure."""

import pytest

CASES = {
    "period": ("Client was quiet. She cried.", ["Client was quiet.", "She cried."]),
    "semicolon": ("Denies SI; reports poor sleep.", ["Denies SI;", "reports poor sleep."]),
    "header-lines": ("S: anxious\nO: guarded", ["S: anxious", "O: guarded"]),
    "crlf": ("Plan: f/u\r\nDenies HI", ["Plan: f/u", "Denies HI"]),
    "wrapped-line": (
        "Client was quiet and\nguarded today.",
        ["Client was quiet and\nguarded today."],
    ),
    "blank-line": ("quiet\n\nguarded", ["quiet", "guarded"]),
    "bullets": ("- tearful\n- guarded", ["- tearful", "- guarded"]),
    "patient-abbrev": ("Met with pt. Smith today.", ["Met with pt. Smith today."]),
    "doctor": ("Dr. Lee referred her.", ["Dr. Lee referred her."]),
    "week-abbrev-ends": ("F/u in 1 wk. Client agreed.", ["F/u in 1 wk.", "Client agreed."]),
    "quote-close": ('She said "I\'m done." Then left.', ['She said "I\'m done."', "Then left."]),
    "question": ("Why come? She left.", ["Why come?", "She left."]),
}


@pytest.mark.parametrize(("text", "sentences"), CASES.values(), ids=CASES.keys())
def test_sentences(pipeline, text, sentences):
    assert [s.text.strip() for s in pipeline(text).sents] == sentences


def test_runs_of_blank_lines_and_dots(pipeline):
    text = "quiet" + "\n" * 300 + "guarded" + "." * 300 + " tearful"
    assert [s.text.strip(" \n.") for s in pipeline(text).sents] == ["quiet", "guarded", "tearful"]


def test_empty_text(pipeline):
    assert list(pipeline("").sents) == []
