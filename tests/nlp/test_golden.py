"""Golden whole-note tests for the seed's two cases, in our own words (tests/nlp/golden/*.json).

Each file holds a note and the expected label, text, assertion, experiencer and section of every
annotation, plus the summary. A failing test shows the diff. After a deliberate change, review
the new output by eye before updating a golden file.
"""

import json
from pathlib import Path

import pytest

import nlp

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))
KEYS = ("label", "text", "assertion", "experiencer", "section")


def test_both_seed_cases_have_golden_files():
    assert {p.stem for p in GOLDEN} >= {"panic_after_sessions", "misunderstood_and_avoiding"}


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_note(path):
    golden = json.loads(path.read_text(encoding="utf-8"))
    result = nlp.annotate(golden["text"])
    assert [{k: a[k] for k in KEYS} for a in result["annotations"]] == golden["annotations"]
    assert {k: result["summary"][k] for k in ("level", "labels", "risk")} == golden["summary"]


def test_panic_case_ties_the_panic_to_the_sessions():
    golden = json.loads((Path(__file__).parent / "golden/panic_after_sessions.json").read_text())
    panic = [a for a in nlp.annotate(golden["text"])["annotations"] if a["text"] == "panic attacks"]
    assert panic and panic[0]["therapy_linked"] is True
