"""The anchored matcher finds exactly what spaCy's Matcher finds with the same patterns (within
its documented reach), on the shipped patterns and on random ones using every key and op."""

import json
import random
from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.cues import OPS, _lemmatized, _longest, load_rules
from nlp.matching import AnchoredMatcher, _anchor, _reach
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


# Random patterns and docs over a few words, so that patterns match often and in many ways.
WORDS = ["a", "b", "A", "B", "c", ",", ".", "2", "two"]
LEMMAS = ["a", "b", "be", "c"]
TOKENS = [
    {"LOWER": "a"},
    {"LOWER": "b"},
    {"LOWER": {"IN": ["a", "c"]}},
    {"LOWER": {"NOT_IN": ["a", "b"]}},
    {"LOWER": {"REGEX": "^[bc]$"}},
    {"LOWER": {"IN": ["a", "b", "c"], "NOT_IN": ["b"]}},
    {"LEMMA": "be"},
    {"LEMMA": {"IN": ["a", "b"]}},
    {"ORTH": "A"},
    {"ORTH": {"IN": ["B", ","]}},
    {"TEXT": "b"},
    {"NORM": "c"},
    {"IS_PUNCT": True},
    {"IS_PUNCT": False},
    {"LIKE_NUM": True},
    {"LOWER": "a", "IS_PUNCT": False},
    {"LEMMA": "b", "ORTH": "B"},
    {"LOWER": {"NOT_IN": ["a"]}, "LEMMA": "b"},
    {},  # any token
]


def random_pattern(rng: random.Random) -> list[dict]:
    while True:
        pattern = []
        for _ in range(rng.randint(1, 5)):
            token, op = dict(rng.choice(TOKENS)), rng.choice([None, None, *sorted(OPS)])
            if op:
                token["OP"] = op
            pattern.append(token)
        try:
            _anchor(pattern)
        except ValueError:
            continue
        return pattern


def random_doc(vocab, rng: random.Random) -> Doc:
    size = rng.randint(0, 16)
    words = [rng.choice(WORDS) for _ in range(size)]
    return Doc(vocab, words=words, lemmas=[rng.choice(LEMMAS) for _ in range(size)])


def within_reach(vocab, pattern: list[dict], doc: Doc) -> set[tuple[int, int]]:
    """What spaCy's Matcher finds, kept to the anchored matcher's reach: matches whose anchor
    token is at some j, at most reach(tokens before it) after their start and reach(tokens
    after it) before their end. From two Matchers: up to the anchor, ending at j (the starts),
    and from the anchor on, starting at j (the ends)."""
    k = _anchor(pattern)
    before, after = _reach(pattern[:k]), _reach(pattern[k + 1 :])
    head, tail = Matcher(vocab), Matcher(vocab)
    head.add("head", [pattern[: k + 1]])
    tail.add("tail", [pattern[k:]])
    found = set()
    for j in range(len(doc)):
        low = max(0, j - before)
        starts = {low + s for _, s, e in head(doc[low : j + 1]) if low + e == j + 1}
        ends = {j + e for _, s, e in tail(doc[j : j + after + 1]) if s == 0}
        found |= {(s, e) for s in starts for e in ends}
    return found


def test_random_patterns_match_as_spacys_matcher_within_reach(pipeline):
    rng, vocab = random.Random(11), pipeline.vocab
    for _ in range(60):
        patterns = [random_pattern(rng) for _ in range(5)]
        anchored = AnchoredMatcher(vocab)
        for n, pattern in enumerate(patterns):
            anchored.add(f"p{n}", [pattern])
        for _ in range(10):
            doc = random_doc(vocab, rng)
            found = anchored(doc)
            assert len(set(found)) == len(found)  # distinct, in order of (start, end)
            assert [m[1:] for m in found] == sorted(m[1:] for m in found)
            for n, pattern in enumerate(patterns):
                key = vocab.strings[f"p{n}"]
                mine = {(s, e) for k, s, e in found if k == key}
                assert mine == within_reach(vocab, pattern, doc), (pattern, [t.text for t in doc])


def test_patterns_without_star_or_plus_match_as_spacys_matcher(pipeline):
    """Their matches always lie within reach: exactly spaCy's Matcher on the whole doc."""
    rng, vocab = random.Random(12), pipeline.vocab
    checked = 0
    for _ in range(300):
        pattern = random_pattern(rng)
        if any(t.get("OP") in ("*", "+") for t in pattern):
            continue
        reference, anchored = Matcher(vocab), AnchoredMatcher(vocab)
        reference.add("p", [pattern])
        anchored.add("p", [pattern])
        for _ in range(5):
            doc = random_doc(vocab, rng)
            assert set(anchored(doc)) == set(reference(doc)), (pattern, [t.text for t in doc])
            checked += 1
    assert checked > 500


def test_star_reaches_at_most_reach_tokens(pipeline):
    vocab = pipeline.vocab
    anchored = AnchoredMatcher(vocab)
    anchored.add("p", [[{"LOWER": "a"}, {"IS_PUNCT": False, "OP": "*"}, {"LOWER": "b"}]])
    for gap in range(10):
        doc = Doc(vocab, words=["a", *["c"] * gap, "b"])
        assert bool(anchored(doc)) == (gap <= 6), gap


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "{1,5}"}],
        [{"LOWER": "a"}, {"POS": "NOUN"}],
        [{"LOWER": "a"}, {"LOWER": {"FUZZY": "b"}}],
        [{"LOWER": 1.5}],
    ],
)
def test_unsupported_patterns_are_rejected(pipeline, pattern):
    with pytest.raises(ValueError):
        AnchoredMatcher(pipeline.vocab).add("p", [pattern])
