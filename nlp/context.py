"""Clinical context of each cue span, in the spirit of ConText (Harkema et al. 2009).

Trigger rules are data (``data/context_rules.json``): each one has an id, a literal (or a list
of literals) or a token pattern, a category, a direction and an optional ``max_scope`` in
tokens. One table maps each category to its effect. A trigger reaches a span when the span lies
inside its scope: the sentence, cut at ``max_scope`` and at the first terminator of its group.
A trigger that overlaps the span itself is ignored: a sign such as "did not attend" carries its
own negation. Every decision is explained in ``Span._.context_cues``.
"""

import json
from bisect import bisect_left
from dataclasses import dataclass
from importlib import resources

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

RULES_FILE = "context_rules.json"
RULE_KEYS = frozenset(
    {"id", "category", "literal", "pattern", "direction", "max_scope", "outside_quotes"}
    | {"blocks", "terminates"}
)
CATEGORY_KEYS = frozenset(
    {"group", "assertion", "experiencer", "therapy_linked", "priority", "cancels"}
)
DIRECTIONS = ("forward", "backward", "bidirectional")
GROUPS = ("assertion", "experiencer", "therapy")
QUOTES = frozenset('"“”')
DEFAULTS = {"assertion": "present", "experiencer": "client", "therapy_linked": False}

for _name, _default in (*DEFAULTS.items(), ("context_cues", None)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)
if not Doc.has_extension("context_triggers"):
    Doc.set_extension("context_triggers", default=None)


class ContextRuleError(ValueError):
    """A context rule file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    group: str | None
    direction: str | None = None
    max_scope: int | None = None
    outside_quotes: bool = False
    terminates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    rule: Rule
    text: str


def load_rules(name: str = RULES_FILE) -> tuple[dict, list[tuple[Rule, dict]]]:
    """Read and validate a rule file shipped in ``nlp/data``."""
    text = resources.files("nlp.data").joinpath(name).read_text(encoding="utf-8")
    return parse_rules(json.loads(text), name)


def parse_rules(data: dict, name: str) -> tuple[dict, list[tuple[Rule, dict]]]:
    """Validate rule data: (category table, [(rule, its raw entry)]); errors name file and rule."""
    categories = data.get("categories") if isinstance(data, dict) else None
    if not isinstance(categories, dict) or not isinstance(data.get("rules"), list):
        raise ContextRuleError(f"{name}: needs a 'categories' table and a 'rules' list")
    for cat, effect in categories.items():
        unknown = set(effect) - CATEGORY_KEYS
        if unknown or effect.get("group", "assertion") not in GROUPS:
            raise ContextRuleError(
                f"{name}: category {cat!r} has unknown keys {sorted(unknown)} or group; "
                f"allowed keys: {sorted(CATEGORY_KEYS)}, groups: {GROUPS}"
            )
    rules, seen = [], set()
    for i, raw in enumerate(data["rules"]):
        rules.append((_parse_rule(name, i, raw, categories, seen), raw))
    return categories, rules


def _parse_rule(name: str, index: int, raw: dict, categories: dict, seen: set) -> Rule:
    rid = raw.get("id", f"#{index}") if isinstance(raw, dict) else f"#{index}"

    def fail(problem: str) -> ContextRuleError:
        return ContextRuleError(
            f"{name}: rule {rid!r}: {problem}; allowed keys: {sorted(RULE_KEYS)}, "
            f"categories: {sorted(categories)}, directions: {DIRECTIONS}"
        )

    if not isinstance(raw, dict):
        raise fail("not an object")
    if set(raw) - RULE_KEYS:
        raise fail(f"unknown keys {sorted(set(raw) - RULE_KEYS)}")
    if "id" not in raw or rid in seen:
        raise fail("missing or duplicate id")
    seen.add(rid)
    category = raw.get("category")
    if category not in categories:
        raise fail(f"unknown category {category!r}")
    if ("literal" in raw) == ("pattern" in raw):
        raise fail("needs exactly one of 'literal' or 'pattern'")
    literal = raw.get("literal", [])
    if isinstance(literal, str):
        literal = [literal]
    if not (isinstance(literal, list) and all(isinstance(x, str) and x.strip() for x in literal)):
        raise fail("'literal' must be a non-empty string or a list of them")
    if not isinstance(raw.get("pattern", []), list):
        raise fail("'pattern' must be a list of token patterns")
    direction = raw.get("direction")
    structural = category in ("pseudo", "terminate")
    if structural == (direction is not None) or (direction and direction not in DIRECTIONS):
        raise fail(f"bad direction {direction!r} for category {category!r}")
    scope = raw.get("max_scope")
    if scope is not None and (not isinstance(scope, int) or scope < 1):
        raise fail("max_scope must be a positive integer")
    if category == "pseudo":
        group = raw.get("blocks")
    elif category == "terminate":
        group = None
    else:
        group = categories[category].get("group", "assertion")
    terminates = tuple(raw.get("terminates", ()))
    if (category == "pseudo" and group not in GROUPS) or not set(terminates) <= {
        *GROUPS,
        *categories,
    }:
        raise fail("'blocks' names a group, 'terminates' groups or categories")
    if (category == "terminate") != bool(terminates):
        raise fail("'terminates' belongs on terminate rules, and they need it")
    return Rule(rid, category, group, direction, scope, bool(raw.get("outside_quotes")), terminates)


class ConText:
    """The ``ntr_context`` component: context for every span in ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "ntr_context", rules_file: str = RULES_FILE,
                 spans_key: str = "ntr"):  # fmt: skip
        self.name, self.spans_key = name, spans_key
        self.categories, rules = load_rules(rules_file)
        self.rules: dict[str, Rule] = {}
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for rule, raw in rules:
            self.rules[rule.id] = rule
            if "pattern" in raw:
                try:
                    self.matcher.add(rule.id, [raw["pattern"]])
                except ValueError as exc:
                    raise ContextRuleError(f"{rules_file}: rule {rule.id!r}: {exc}") from exc
            else:
                literals = raw["literal"]
                literals = [literals] if isinstance(literals, str) else literals
                self.phrases.add(rule.id, [nlp.make_doc(text) for text in literals])
        _ENGINES[id(nlp.vocab)] = self

    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(self.spans_key, []):
            self.set_annotations(span, self.assess(span))
        return doc

    @staticmethod
    def set_annotations(span: Span, result: dict) -> None:
        for key, value in result.items():
            setattr(span._, key, value)

    def triggers(self, sent: Span) -> list[Trigger]:
        """Triggers of one sentence, cached on the doc, nested ones already filtered out."""
        cache = sent.doc._.context_triggers
        if cache is None:
            cache = sent.doc._.context_triggers = {}
        key = (sent.start, sent.end)
        if key not in cache:
            cache[key] = self._match(sent)
        return cache[key]

    def _match(self, sent: Span) -> list[Trigger]:
        doc, strings = sent.doc, sent.doc.vocab.strings
        # Runs of spaces and line breaks are tokens of their own; match on the words alone so
        # that "negative\n  for" still reads as "negative for".
        positions = [t.i for t in sent if not t.is_space]
        if len(positions) == len(sent):
            words, phrase_base = sent, sent.start  # PhraseMatcher gives doc offsets on a Span
        else:
            words, phrase_base = Doc(doc.vocab, words=[doc[i].text for i in positions]), 0
        matches = [
            *self.matcher(words),
            *((key, s - phrase_base, e - phrase_base) for key, s, e in self.phrases(words)),
        ]
        found = []
        for key, start, end in matches:
            rule = self.rules[strings[key]]
            start, end = positions[start], positions[end - 1] + 1
            if rule.outside_quotes and _inside_quotes(doc, sent, start):
                continue
            found.append(Trigger(start, end, rule, doc[start:end].text))
        # Longest first: a trigger inside a longer one of its group (or a pseudo-trigger that
        # blocks its group) is dropped, so "not only" hides "not" and "past week" hides "past".
        found.sort(key=lambda t: (t.start - t.end, t.start))
        claimed: dict[tuple[str, int], int] = {}
        kept = []
        for trig in found:
            length, group = trig.end - trig.start, trig.rule.group
            if group is not None:
                tokens = range(trig.start, trig.end)
                if all(claimed.get((group, i), 0) > length for i in tokens):
                    continue
                for i in tokens:
                    claimed[(group, i)] = max(claimed.get((group, i), 0), length)
            if trig.rule.category != "pseudo":
                kept.append(trig)
        kept.sort(key=lambda t: (t.start, t.end))
        return kept

    def assess(self, span: Span) -> dict:
        """assertion, experiencer, therapy_linked and the cues that decided them."""
        sent = _sentence(span)
        triggers = self.triggers(sent)
        reaching = [t for t in triggers if self._reaches(t, span, triggers)]
        cues: list[Trigger] = []
        result = dict(DEFAULTS)

        assertion = [t for t in reaching if t.rule.group == "assertion"]
        section = span._.section if Span.has_extension("section") else None
        if section == "plan":
            plan_rule = Rule("section.plan", "plan", "assertion")
            assertion.append(Trigger(span.start, span.start, plan_rule, "Plan section"))
        cancelled = {
            c for t in assertion for c in self.categories[t.rule.category].get("cancels", ())
        }
        present = {t.rule.category for t in assertion}
        for trig in assertion:
            effect = self.categories[trig.rule.category]
            cancels = present & set(effect.get("cancels", ()))
            if trig.rule.category not in cancelled and ("assertion" in effect or cancels):
                cues.append(trig)
        deciding = [t for t in cues if "assertion" in self.categories[t.rule.category]]
        if deciding:
            best = min(deciding, key=lambda t: self.categories[t.rule.category]["priority"])
            result["assertion"] = self.categories[best.rule.category]["assertion"]

        # Experiencer: the nearest person mentioned before the span within scope decides.
        people = [t for t in reaching if t.rule.group == "experiencer" and t.end <= span.start]
        if people:
            nearest = max(people, key=lambda t: t.end)
            result["experiencer"] = self.categories[nearest.rule.category]["experiencer"]
            if result["experiencer"] != DEFAULTS["experiencer"]:
                cues.append(nearest)

        links = [t for t in reaching if t.rule.group == "therapy"]
        if links:
            result["therapy_linked"] = True
            cues.append(min(links, key=lambda t: _distance(t, span)))

        unique = {(t.start, t.end, t.rule.category): t for t in cues}
        result["context_cues"] = [
            {"category": t.rule.category, "rule": t.rule.id, "text": t.text}
            for _, t in sorted(unique.items(), key=lambda item: item[0])
        ]
        return result

    @staticmethod
    def _reaches(trig: Trigger, span: Span, triggers: list[Trigger]) -> bool:
        """True when the span lies in the trigger's scope (distance, direction, terminators)."""
        rule = trig.rule
        if trig.end <= span.start and rule.direction in ("forward", "bidirectional"):
            gap_start, gap_end = trig.end, span.start
        elif span.end <= trig.start and rule.direction in ("backward", "bidirectional"):
            gap_start, gap_end = span.end, trig.start
        else:  # overlapping the span, or facing away from it
            return False
        if rule.max_scope is not None and gap_end - gap_start >= rule.max_scope:
            return False
        for term in triggers[bisect_left(triggers, gap_start, key=lambda t: t.start) :]:
            if term.start >= gap_end:
                break
            ends = term.rule.terminates
            if term.end <= gap_end and (rule.group in ends or rule.category in ends):
                return False
        return True


def _sentence(span: Span) -> Span:
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        sent = span.sent
        if sent.start <= span.start and span.end <= sent.end:
            return sent
        return doc[min(sent.start, span.start) : max(sent.end, span.end)]
    return doc[:]


def _inside_quotes(doc: Doc, sent: Span, token: int) -> bool:
    before = doc.text[sent.start_char : doc[token].idx]
    return sum(ch in QUOTES for ch in before) % 2 == 1


def _distance(trig: Trigger, span: Span) -> int:
    return span.start - trig.end if trig.end <= span.start else trig.start - span.end


_ENGINES: dict[int, ConText] = {}


@Language.factory(
    "ntr_context",
    assigns=[
        "span._.assertion",
        "span._.experiencer",
        "span._.therapy_linked",
        "span._.context_cues",
    ],
    default_config={"rules_file": RULES_FILE, "spans_key": "ntr"},
)
def make_context(nlp: Language, name: str, rules_file: str, spans_key: str) -> ConText:
    return ConText(nlp, name, rules_file, spans_key)


def assess(span: Span) -> dict:
    """Context of ANY span: uses the doc's ``ntr_context`` engine (or builds one for its vocab)."""
    engine = _ENGINES.get(id(span.doc.vocab))
    if engine is None:
        engine = ConText(spacy.blank("en", vocab=span.doc.vocab))
    return engine.assess(span)
