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


def test_boundary_regex_matches_its_plain_form():
    """BOUNDARY, written to fail fast, finds what its plain lookbehind-first form finds."""
    import random
    import re

    from nlp.sentences import BOUNDARY

    plain = re.compile(
        r"(?<![.!?…;])[.!?…;]++[\"'”’)\]»]*+(?P<ws>\s++)(?=\S)"
        r"|(?<!\s)(?=[^\S\n]*\n)(?P<nl>\s++)(?=\S)"
    )
    pieces = [*".!?…;\"'”’)]» \t\n\r\u00a0\u2028\x0bab", "\r\n", "Ab", "pt."]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.span(), m.span("ws"), m.span("nl")) for m in plain.finditer(text)]
        assert [(m.span(), m.span("ws"), m.span("nl")) for m in BOUNDARY.finditer(text)] == expected
