"""Cue matcher: pattern files in ``nlp/data/patterns`` -> ``doc.spans["ntr"]``.

Each line of a pattern file is one rule:

    {"id": "avoidance.cancel", "label": "sign.avoidance",
     "phrases": ["no-show"],                  # matched on the lower-case text
     "lemmas": ["cancel session"],            # matched on each word's lemma
     "patterns": [[{"LEMMA": "miss"}, {"LOWER": "the", "OP": "?"}, {"LEMMA": "session"}]],
                                              # LEMMA values are lemmatized too ("missed" = "miss")
     "message": "optional, overrides the label's message"}

A rule with ``"exclude": true`` marks text where cues of its label are NOT signs (e.g. "anxious
to start"); overlapping cues of that label are dropped. Bad files fail at load time, naming the
file, the rule and the allowed keys.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import itemgetter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.labels import LABELS, MESSAGES
from nlp.matching import AnchoredMatcher

SPAN_KEY = "ntr"
RULE_KEYS = frozenset({"id", "label", "phrases", "lemmas", "patterns", "message", "exclude"})
TOKEN_KEYS = frozenset({"LOWER", "LEMMA", "ORTH", "TEXT", "NORM", "OP", "IS_PUNCT", "LIKE_NUM"})
OPS = frozenset({"?", "*", "+", "!", "{1,2}", "{1,3}", "{0,2}", "{0,3}"})


class PatternError(ValueError):
    """A pattern file is malformed."""


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    phrases: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    patterns: tuple[tuple[dict, ...], ...] = ()
    message: str | None = None
    exclude: bool = False
    source: str = ""  # "patterns/<file>.jsonl:<line>", for error messages


def _fail(source: str, rule_id: str, problem: str, allowed=RULE_KEYS) -> PatternError:
    return PatternError(f"{source}: rule {rule_id!r}: {problem}; allowed keys: {sorted(allowed)}")


def _check_token(source: str, rule_id: str, token) -> None:
    if not isinstance(token, dict) or not token:
        raise _fail(
            source, rule_id, f"token pattern {token!r} is not a non-empty object", TOKEN_KEYS
        )
    for key, value in token.items():
        if key not in TOKEN_KEYS:
            raise _fail(source, rule_id, f"unknown token key {key!r}", TOKEN_KEYS)
        if key == "OP" and value not in OPS:
            raise _fail(
                source, rule_id, f"unknown OP {value!r} (use one of {sorted(OPS)})", TOKEN_KEYS
            )
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN", "REGEX"}:
            raise _fail(source, rule_id, f"bad value {value!r} for {key}", TOKEN_KEYS)


def parse_rule(source: str, line: str) -> Rule:
    """One JSON line -> Rule, or PatternError naming the file, the rule and the allowed keys."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise _fail(source, "?", f"invalid JSON ({err.msg})") from None
    if not isinstance(raw, dict):
        raise _fail(source, "?", "a rule must be a JSON object")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise _fail(source, "?", "missing or empty 'id'")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise _fail(source, rule_id, f"unknown keys {sorted(unknown)}")
    if raw.get("label") not in LABELS:
        raise _fail(source, rule_id, f"unknown label {raw.get('label')!r}")
    if not any(raw.get(k) for k in ("phrases", "lemmas", "patterns")):
        raise _fail(source, rule_id, "needs at least one of phrases, lemmas, patterns")
    for key in ("phrases", "lemmas"):
        values = raw.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise _fail(source, rule_id, f"{key!r} must be a list of non-empty strings")
    patterns = raw.get("patterns", [])
    if not isinstance(patterns, list) or not all(isinstance(p, list) and p for p in patterns):
        raise _fail(source, rule_id, "'patterns' must be a list of non-empty token lists")
    for pattern in patterns:
        for token in pattern:
            _check_token(source, rule_id, token)
    return Rule(
        id=rule_id,
        label=raw["label"],
        phrases=tuple(raw.get("phrases", ())),
        lemmas=tuple(raw.get("lemmas", ())),
        patterns=tuple(tuple(p) for p in patterns),
        message=raw.get("message"),
        exclude=bool(raw.get("exclude", False)),
        source=source,
    )


def load_rules(folder=None) -> list[Rule]:
    """Every rule of every ``*.jsonl`` file in ``folder`` (default: the shipped
    ``data/patterns``); rule ids must be unique across files."""
    rules, seen = [], {}
    if folder is None:
        folder = resources.files("nlp").joinpath("data/patterns")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        source = f"patterns/{entry.name}"
        for n, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            rule = parse_rule(f"{source}:{n}", line)
            if rule.id in seen:
                raise _fail(f"{source}:{n}", rule.id, f"duplicate id (first in {seen[rule.id]})")
            seen[rule.id] = f"{source}:{n}"
            rules.append(rule)
    return rules


def _lemmatized(token: dict, lemma_of) -> dict:
    """A token pattern whose LEMMA values are lemmas ("scared" -> "scare"), so any form matches."""
    value = token.get("LEMMA")
    if isinstance(value, str):
        return {**token, "LEMMA": lemma_of(value)}
    if isinstance(value, dict):
        lemmas = {op: [lemma_of(v) for v in vs] for op, vs in value.items() if op != "REGEX"}
        return {**token, "LEMMA": {**value, **lemmas}}
    return token


def _rule_of(span: Span) -> str:
    return span.id_


if not Span.has_extension("rule"):
    Span.set_extension("rule", getter=_rule_of)


def _longest(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """spaCy's ``filter_spans`` on (rule id, start, end) tuples: where matches overlap, the
    (first) longest wins; the kept ones in order of start."""
    kept, seen = [], set()
    for match in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        _, start, end = match
        if start not in seen and end - 1 not in seen:  # as filter_spans: ends are inclusive
            kept.append(match)
            seen.update(range(start, end))
    return sorted(kept, key=itemgetter(1))


class CueMatcher:
    """Matches every rule once per doc; keeps the longest cue per label where cues overlap."""

    def __init__(self, nlp: Language, rules: list[Rule]):
        # only what matching and annotating need is kept, not the rules (about 2 MB less memory)
        self.messages = {r.id: r.message or MESSAGES[r.label] for r in rules}
        strings = nlp.vocab.strings
        # matchers give rule ids as string ids (ints): label id and exclude flag per rule id
        self.by_key = {strings.add(r.id): (strings.add(r.label), r.exclude) for r in rules}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemmas = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.matcher = AnchoredMatcher(nlp.vocab)
        lemmatize = nlp.get_pipe("note_lemmas")
        lemma_of = cache(lemmatize.lemma_of)  # the same few hundred words recur across patterns
        for rule in rules:
            if rule.phrases:
                self.phrases.add(rule.id, [nlp.make_doc(p) for p in rule.phrases])
            if rule.lemmas:
                self.lemmas.add(rule.id, [lemmatize(nlp.make_doc(p)) for p in rule.lemmas])
            if rule.patterns:
                patterns = [[_lemmatized(t, lemma_of) for t in p] for p in rule.patterns]
                try:
                    self.matcher.add(rule.id, patterns)
                except (ValueError, KeyError) as err:
                    raise _fail(
                        rule.source, rule.id, f"pattern rejected: {err}", TOKEN_KEYS
                    ) from None

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule id as a string id, start, end) of every match of every rule."""
        return self.phrases(doc) + self.lemmas(doc) + self.matcher(doc)

    def __call__(self, doc: Doc) -> Doc:
        # (rule id, start, end) tuples until the end: a Span is made only for a kept cue
        by_label: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        excluded: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        by_key = self.by_key
        for match in self.match(doc):
            label, exclude = by_key[match[0]]
            (excluded if exclude else by_label)[label].append(match)
        kept = []
        for label, found in by_label.items():
            blocked = excluded.get(label)
            if not blocked:  # most labels: no test per cue
                kept += _longest(found)
                continue
            for match in _longest(found):
                _, start, end = match
                if not any(b_start < end and start < b_end for _, b_start, b_end in blocked):
                    kept.append(match)
        kept.sort(key=itemgetter(1, 2))
        doc.spans[SPAN_KEY] = [
            Span(doc, start, end, label=by_key[key][0], span_id=key) for key, start, end in kept
        ]
        return doc


@Language.factory("ntr_cues", assigns=["doc.spans"], requires=["token.lemma"])
def make_ntr_cues(nlp: Language, name: str):
    return CueMatcher(nlp, load_rules())
