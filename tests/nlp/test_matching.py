"""The anchored matcher finds exactly what spaCy's Matcher finds with the same patterns."""

import json
import random
from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import filter_spans

from nlp.cues import _lemmatized, _longest, load_rules
from nlp.matching import AnchoredMatcher, _anchor
from tests.nlp.test_cues import NEGATIVE, POSITIVE, SPEC_CASES

GOLDEN = [
    json.loads(p.read_text())["text"] for p in (Path(__file__).parent / "golden").glob("*.json")
]
TEXTS = (
    [text for text, *_ in POSITIVE.values()]
    + [text for text, _ in NEGATIVE.values()]
    + [f"Client {phrase}." for _, phrase in SPEC_CASES]
    + GOLDEN
)


@pytest.fixture(scope="module")
def matchers(pipeline):
    lemma_of = pipeline.get_pipe("note_lemmas").lemma_of
    reference, anchored = Matcher(pipeline.vocab), AnchoredMatcher(pipeline.vocab)
    for rule in load_rules():
        if rule.patterns:
            patterns = [[_lemmatized(t, lemma_of) for t in p] for p in rule.patterns]
            reference.add(rule.id, patterns)
            anchored.add(rule.id, patterns)
    return reference, anchored


def test_same_matches_as_spacy_matcher(pipeline, matchers):
    reference, anchored = matchers
    for text in TEXTS:
        doc = pipeline(text)
        assert sorted(set(anchored(doc))) == sorted(set(reference(doc))), text


def test_anchor_is_the_rarest_required_word():
    pattern = [
        {"LEMMA": "be"},
        {"LOWER": "very", "OP": "?"},
        {"LOWER": {"IN": ["quiet", "silent"]}},
    ]
    assert _anchor(pattern) == 2


def test_pattern_without_a_required_word_is_rejected():
    with pytest.raises(ValueError, match="required"):
        _anchor([{"LOWER": "quiet", "OP": "?"}])


def test_longest_is_spacys_filter_spans(pipeline):
    """Cues keep what spaCy's filter_spans would keep, in the same order."""
    doc = pipeline.make_doc(" ".join(f"w{i}" for i in range(30)))
    rng = random.Random(5)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(30)
            found.append((rng.choice("abc"), start, rng.randint(start + 1, min(30, start + 5))))
        spans = [Span(doc, s, e, span_id=r) for r, s, e in found]
        expected = [(span.id_, span.start, span.end) for span in filter_spans(spans)]
        assert _longest(found) == expected, found
