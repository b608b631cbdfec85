"""Clinical context of each cue span, in the spirit of ConText (Harkema et al. 2009).

Trigger rules are data (``data/context_rules.json``): each has an id, a literal (or a list of
them) or a token pattern, a category, a direction (forward, backward, bidirectional, or inside
the span) and an optional ``max_scope`` in tokens; one table maps each category to its effect.
A trigger reaches a span inside its scope: the sentence (or, but for therapy linkage, the
quotation holding the trigger), cut at ``max_scope`` and at the first terminator of its group or
category. A trigger that overlaps the span is ignored ("did not attend" carries its own
negation), and one inside another cue span belongs to that cue.
Pseudo-triggers ("not only", "with her mother") hide the triggers they contain or precede
(but not from a span within their ``clause``: "the idea that her mother was cruel"), and the
terminators they contain. A trigger inside quotation marks reaches only its quotation, unless
its rule is ``outward``: a quoted verdict on the unquoted word before it (anxiety "way down").

- assertion: negation outranks everything; otherwise the nearest reaching trigger decides
  (possible, hypothetical, historical; "recent" time cancels historical), and a span in a
  Plan section is hypothetical unless the sentence reports what happened.
- experiencer: the nearest person mentioned before the span ("her mother", "I" outside quotes,
  "the client") decides (a pronoun that ``refers`` to a gender is the last person of that
  ``gender`` named before it in the sentence: "her dad ... he"; a ``subject`` one, after a
  comma and a verb of saying, the last subject if of that gender: "Daughter was tearful, saying
  she ..."), unless the span names its own (the client's quoted "without me", the object
  right after it: "a father who beat her"); people after a preposition ("angry at me", the
  span's own: "snapping at| her") are not experiencers.
- therapy_linked: any therapy trigger in scope (session, homework, "when we discussed").

Every decision is explained in ``Span._.context_cues``.
"""

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from importlib import resources
from operator import attrgetter, itemgetter
from typing import NamedTuple

import spacy
from numpy import flatnonzero
from spacy.attrs import IS_QUOTE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.matching import AnchoredMatcher
from nlp.sections import section_at

RULES_FILE = "context_rules.json"
RULE_KEYS = frozenset(
    {"id", "category", "literal", "pattern", "direction", "max_scope", "quotes"}
    | {"blocks", "terminates", "clause", "outward"}
)
CATEGORY_KEYS = frozenset(
    {"group", "assertion", "experiencer", "therapy_linked", "priority", "cancels"}
    | {"refers", "gender", "owner", "subject"}
)
DIRECTIONS = ("forward", "backward", "bidirectional", "inside")  # inside: the span holding it
GROUPS = ("assertion", "experiencer", "therapy")
QUOTES = frozenset("\"“”'")
MAX_REACH = 100  # tokens: no scope is longer, so a run-on "sentence" costs linear time
DEFAULTS = {"assertion": "present", "experiencer": "client", "therapy_linked": False}

for _name, _default in (*DEFAULTS.items(), ("context_cues", None)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


class ContextRuleError(ValueError):
    """A context rule file that does not follow the schema."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    group: str | None
    direction: str | None = None
    max_scope: int | None = None
    quotes: str | None = None  # "inside" / "outside": counts only inside / outside quotes
    terminates: tuple[str, ...] = ()
    blocks: tuple[str, ...] = ()  # a pseudo-trigger's categories, when not its whole group
    clause: int = 0  # tokens after a directional pseudo's scope where what it hides still counts
    outward: bool = False  # quoted, it still reaches out of its quotation: anxiety "way down"


class Trigger(NamedTuple):
    start: int
    end: int
    rule: Rule
    shadow: tuple[int, int] | None = None  # extent of what hides it (see _shadow)
    reach: tuple[int, int] = (0, 0)  # scope: span.start < reach[1], or span.end > reach[0]


# Trigger((start, end, rule, shadow, reach)) without the Python-level ``__new__`` a NamedTuple
# calls: an eighth of ``_finish``, which builds one per trigger
_make_trigger = partial(tuple.__new__, Trigger)


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
    needs_direction = category not in ("pseudo", "terminate")
    if (
        (needs_direction and direction is None)
        or (category == "terminate" and direction)
        or (direction is not None and direction not in DIRECTIONS)
    ):
        raise fail(f"bad direction {direction!r} for category {category!r}")
    scope = raw.get("max_scope")
    if scope is not None and (not isinstance(scope, int) or scope < 1):
        raise fail("max_scope must be a positive integer")
    blocks = raw.get("blocks")
    blocked = tuple(blocks) if isinstance(blocks, list) else ()
    if category == "pseudo":
        groups = {categories.get(c, {}).get("group", "assertion") for c in blocked}
        group = blocks if not blocked else (groups.pop() if len(groups) == 1 else None)
        if not set(blocked) <= set(categories):
            raise fail(
                f"'blocks' names unknown categories {sorted(set(blocked) - set(categories))}"
            )
    elif category == "terminate":
        group = None
    else:
        group = categories[category].get("group", "assertion")
    terminates = tuple(raw.get("terminates", ()))
    if (category == "pseudo" and group not in GROUPS) or not set(terminates) <= {
        *GROUPS,
        *categories,
    }:
        raise fail(
            "'blocks' names a group or categories of one group, 'terminates' groups or categories"
        )
    if (category == "terminate") != bool(terminates):
        raise fail("'terminates' belongs on terminate rules, and they need it")
    if raw.get("quotes", "inside") not in ("inside", "outside"):
        raise fail("'quotes' is 'inside' or 'outside'")
    clause = raw.get("clause", 0)
    if (
        not isinstance(clause, int)
        or clause < 0
        or (clause and not (category == "pseudo" and direction))
    ):
        raise fail("'clause' is a count of tokens, on a directional pseudo-trigger")
    outward = raw.get("outward", False)
    if not isinstance(outward, bool) or (outward and not direction):
        raise fail("'outward' is true or false, on a directional trigger")
    return Rule(
        rid,
        category,
        group,
        direction,
        scope,
        raw.get("quotes"),
        terminates,
        blocked,
        clause,
        outward,
    )


PLAN_RULE = Rule("section.plan", "plan", "assertion")  # a span in a Plan section


class ConText:
    """The ``ntr_context`` component: context for every span in ``doc.spans[spans_key]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "ntr_context",
        rules_file: str = RULES_FILE,
        spans_key: str = "ntr",
    ):
        self.name, self.spans_key = name, spans_key
        self.categories, rules = load_rules(rules_file)
        self.rules: dict[str, Rule] = {}
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.phrases = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "SHAPE")}
        self.anchored = AnchoredMatcher(nlp.vocab)  # token patterns of many variants
        for rule, raw in rules:
            self.rules[rule.id] = rule
            if "literal" in raw:
                literals = raw["literal"]
                literals = [literals] if isinstance(literals, str) else literals
                self.phrases["LOWER"].add(rule.id, [nlp.make_doc(text) for text in literals])
                continue
            try:
                self.matcher.add(rule.id, [raw["pattern"]])  # validates the pattern
            except ValueError as exc:
                raise ContextRuleError(f"{rules_file}: rule {rule.id!r}: {exc}") from exc
            # Fastest: a phrase matcher with every spelled-out variant. A pattern with many
            # variants costs memory there (about 1 kB each: 25,000 variants were 18 MB), so
            # one of over 300 goes to the anchored matcher, as does one too big to spell out.
            anchorable = _anchorable(raw["pattern"])
            spelled = _spell_out(raw["pattern"], limit=300 if anchorable else 3000)
            if spelled is not None:
                attr, sequences = spelled
                docs = [Doc(nlp.vocab, words=words) for words in sequences]
                if attr == "LOWER" or all(
                    [t.shape_ for t in d] == words for d, words in zip(docs, sequences, strict=True)
                ):
                    self.matcher.remove(rule.id)
                    self.phrases[attr].add(rule.id, docs)
                    continue
            if anchorable:  # still much faster than spaCy's token matcher
                self.matcher.remove(rule.id)
                self.anchored.add(rule.id, [raw["pattern"]])
        self.owners = {  # gendered category -> LOWER hash of the word that names its owner
            cat: nlp.vocab.strings.add(effect["owner"])
            for cat, effect in self.categories.items()
            if "owner" in effect
        }
        self._by_key = {nlp.vocab.strings.add(rid): rule for rid, rule in self.rules.items()}
        # category -> ids of the terminator rules that end its scope
        self.cut_by = {
            cat: frozenset(
                r.id
                for r in self.rules.values()
                if {cat, effect.get("group", "assertion")} & set(r.terminates)
            )
            for cat, effect in self.categories.items()
        }
        _ENGINES[id(nlp.vocab)] = self

    def __call__(self, doc: Doc) -> Doc:
        marks = list(doc.spans.get(self.spans_key, ()))
        index = self.index(doc, marks)
        user_data = doc.user_data
        for span in marks:
            # what ``span._.name = value`` stores, without building an Underscore per value
            start, end = span.start_char, span.end_char
            for name, value in self._decide(index, span.start, span.end, start).items():
                user_data[("._.", name, start, end)] = value
        return doc

    def index(self, doc: Doc, marks=None, focus: Span | None = None) -> "_Index":
        """Triggers in the sentences of a doc's cue spans (``marks``) and of ``focus``."""
        if marks is None:
            marks = list(doc.spans.get(self.spans_key, ()))
        flags = doc.to_array([SENT_START, IS_SPACE, IS_QUOTE])
        sent_starts = [0, *(flatnonzero(flags[1:, 0] == 1) + 1).tolist()]
        bounds = list(zip(sent_starts, [*sent_starts[1:], len(doc)], strict=True))
        ranges = sorted((span.start, span.end) for span in marks)
        needed = set()
        for start, end in [*ranges, (focus.start, focus.end)] if focus is not None else ranges:
            first = bisect_right(sent_starts, start) - 1
            needed.update(range(first, bisect_left(sent_starts, end)))
        # Runs of spaces and line breaks are tokens of their own; inside a sentence, match on the
        # words alone so that "negative\n  for" still reads as "negative for".
        spaces = flatnonzero(flags[:, 1]).tolist()
        words, positions, opening = doc, range(len(doc)), set(sent_starts)
        if any(0 < i < len(doc) - 1 and not {i, i + 1} & opening for i in spaces):
            skip = set(spaces)
            positions = [i for i in range(len(doc)) if i not in skip]
            words = Doc(doc.vocab, words=[doc[i].text for i in positions])
        breaks = [i for i in spaces if "\n" in doc[i].text]
        quotes = flatnonzero(flags[:, 2]).tolist()
        quoted = _quoted(doc, quotes, [*breaks, len(doc)], [*sent_starts[1:], len(doc)])
        opens = [region[0] for region in quoted]
        sentence_of: list = [None] * len(doc)  # a token's sentence bounds, if a mark needs it
        for sent in needed:
            first, last = bounds[sent]
            sentence_of[first:last] = [bounds[sent]] * (last - first)
        found, hidden = [], {}
        by_key = self._by_key
        matches = self.anchored(words)
        for matcher in (*self.phrases.values(), self.matcher):
            if len(matcher):
                matches += matcher(words)
        for key, start, end in matches:
            if words is not doc:
                start, end = positions[start], positions[end - 1] + 1
            sentence = sentence_of[start]
            if sentence is None or end > sentence[1]:
                continue  # no mark in this sentence, or crossing a sentence boundary
            rule = by_key[key]
            region = None
            if quoted:
                i = bisect_right(opens, start) - 1
                region = quoted[i] if i >= 0 and start < quoted[i][1] else None
            if rule.quotes and (rule.quotes == "inside") != (region is not None):
                continue  # "I" in the client's quoted words is the client
            if rule.category == "pseudo" and rule.direction:
                _hide_scope(hidden, start, end, rule)
            else:
                found.append((start - end, start, end, rule, sentence, region))
        triggers = _finish(_shadow(found, hidden), ranges, self.cut_by)
        starts = [t.start for t in triggers]
        return _Index(bounds, sent_starts, triggers, starts, doc, doc._.section_index, {})

    def assess(self, span: Span, index: "_Index | None" = None) -> dict:
        """assertion, experiencer, therapy_linked and the cues that decided them."""
        index = index or self.index(span.doc, focus=span)  # pass it when assessing many spans
        return self._decide(index, span.start, span.end, span.start_char)

    def _decide(self, index: "_Index", start: int, end: int, start_char: int) -> dict:
        """``assess`` for the span of tokens [start, end) starting at character ``start_char``."""
        lo, hi = index.window(start, end)
        assertion, people, links = [], [], []
        for trig in index.triggers[lo:hi]:
            t_start, t_end, rule, shadow, reach = trig
            # A pseudo-trigger (or longer trigger) overlapping the span does not hide for it, but
            # for a person after the span: "snapping at| her", the span's own preposition, hides
            # its target as any preposition does.
            if shadow and (
                shadow[1] <= start
                or end <= shadow[0]
                or (end <= t_start and rule.group == "experiencer")
            ):
                continue
            direction = rule.direction
            if direction == "inside":  # "childhood trauma": the mark carries its own time
                if not (start <= t_start and t_end <= end):
                    continue
            elif t_end <= start:  # before the span: forward and bidirectional reach it
                if direction == "backward" or start >= reach[1]:
                    continue
            elif end <= t_start:  # after it: backward and bidirectional
                if direction == "forward" or end <= reach[0]:
                    continue
            else:
                continue  # overlapping the span
            group = rule.group
            if group == "assertion":
                assertion.append(trig)
            elif group == "therapy":
                links.append(trig)
            elif t_end <= start or direction in ("inside", "backward"):  # or the span's object
                people.append(trig)
        if section_at(index.sections, start_char) == "plan":
            assertion.append(Trigger(start, start, PLAN_RULE))
        result = dict(DEFAULTS)
        cues = self._assertion(assertion, start, end, result) if assertion else []

        # Experiencer: a person inside the span, else the nearest one before it, decides.
        if people:
            nearest = max(people, key=attrgetter("end")) if len(people) > 1 else people[0]
            effect = self.categories[nearest.rule.category]
            if "refers" in effect:  # "her father ... he": the pronoun is that person
                antecedent = self._antecedent(
                    index, lo, nearest, effect["refers"], effect.get("subject", False)
                )
                nearest = antecedent or nearest
                effect = self.categories[nearest.rule.category]
            if effect["experiencer"] != DEFAULTS["experiencer"]:
                result["experiencer"] = effect["experiencer"]
                cues.append(nearest)
        if links:
            result["therapy_linked"] = True
            cues.append(
                min(links, key=lambda t: _gap(t, start, end)) if len(links) > 1 else links[0]
            )

        if len(cues) > 1:
            unique = {(t.start, t.end, t.rule.category): t for t in cues}
            cues = [unique[key] for key in sorted(unique)]
        result["context_cues"] = [
            {"category": t.rule.category, "rule": t.rule.id, "text": index.text(t)} for t in cues
        ]
        return result

    def _antecedent(
        self, index: "_Index", lo: int, pronoun: Trigger, gender: str, subject: bool = False
    ):
        """The last person of ``gender`` named before ``pronoun`` in its sentence as the
        ``owner``'s ("her father": the client is not a "he"), if any. For a ``subject`` pronoun
        (", saying she"), the last person named as a subject, if of that gender and not the
        client ("Daughter was tearful, saying she ...")."""
        owners, categories = self.owners, self.categories
        for trig in reversed(index.triggers[lo : bisect_left(index.starts, pronoun.start)]):
            owner = owners.get(trig.rule.category)
            if subject:
                if trig.rule.group != "experiencer" or trig.shadow:
                    continue  # an object ("with her aunt") is not the one saying it
                if owner is not None and categories[trig.rule.category]["gender"] == gender:
                    return trig
                if categories[trig.rule.category]["experiencer"] == "client":
                    return None
            elif (
                owner is not None
                and trig.start > 0
                and categories[trig.rule.category]["gender"] == gender
                and index.doc[trig.start - 1].lower == owner
            ):
                return trig
        return None

    def _assertion(self, reaching: list[Trigger], start: int, end: int, result: dict) -> list:
        """Sets result["assertion"]. Returns its explanation: the nearest trigger of each
        category still in effect (cancelled ones out, cancelling ones in when they cancelled)."""
        effects = self.categories
        if len(reaching) == 1:  # the usual case, decided as below
            effect = effects[reaching[0].rule.category]
            if "assertion" not in effect:
                return []
            result["assertion"] = effect["assertion"]
            return [reaching[0]]
        nearest: dict[str, Trigger] = {}
        for trig in sorted(reaching, key=lambda t: _gap(t, start, end), reverse=True):
            nearest[trig.rule.category] = trig
        cancelled = {c for cat in nearest for c in effects[cat].get("cancels", ())}
        cues = [
            trig
            for cat, trig in nearest.items()
            if cat not in cancelled
            and (
                "assertion" in effects[cat] or set(effects[cat].get("cancels", ())) & nearest.keys()
            )
        ]
        deciding = [t for t in cues if "assertion" in effects[t.rule.category]]
        if deciding:
            # Negation outranks the rest; below it the nearest trigger decides, then priority.
            best = min(
                deciding,
                key=lambda t: (
                    effects[t.rule.category]["priority"] > 1,
                    _gap(t, start, end),
                    effects[t.rule.category]["priority"],
                ),
            )
            result["assertion"] = effects[best.rule.category]["assertion"]
        return cues


def _gap(trig: Trigger, start: int, end: int) -> int:
    """Tokens between a trigger and the span [start, end); a Plan-section mark is farthest."""
    if trig.rule.category == "plan":
        return 1 << 30
    return trig.start - end if trig.start >= end else start - trig.end


def _quoted(
    doc: Doc, quotes: list[int], breaks: list[int], sent_ends: list[int]
) -> list[tuple[int, int]]:
    """Token ranges (open, close) inside quotation marks, in order and not nested. Double quotes
    pair up; a single quote opens before a word after a space and closes right after a word, so
    the apostrophe of "parents' house" opens nothing. An unclosed quote ends at the next line
    break (a single one at its sentence end); both lists end with ``len(doc)``."""
    regions, opened, kind, limit = [], -1, "", 0
    for i in quotes:
        char = doc[i].text
        if char not in QUOTES:
            continue
        if opened >= 0 and i >= limit:
            regions.append((opened, limit))
            opened = -1
        if opened < 0:
            if char in '"“' or (
                char == "'"
                and (i == 0 or doc[i - 1].whitespace_)
                and not doc[i].whitespace_
                and i + 1 < len(doc)
            ):
                opened, kind = i, char
                limit = breaks[bisect_right(breaks, i)]
                if char == "'":
                    limit = min(limit, sent_ends[bisect_right(sent_ends, i)])
        elif (char == "'") == (kind == "'") and (char != "'" or not doc[i - 1].whitespace_):
            regions.append((opened, i))
            opened = -1
    if opened >= 0:
        regions.append((opened, limit))
    return regions


def _hide_scope(hidden: dict, start: int, end: int, rule: Rule) -> None:
    """Tokens in a directional pseudo-trigger's scope, hidden for its group (but not for a span
    within its ``clause``: "the idea that her mother was neglectful" keeps the mother's)."""
    scope = rule.max_scope or 1
    shadow = (start, end + scope + rule.clause) if rule.direction == "forward" else (start, end)
    near = []
    if rule.direction != "backward":
        near += range(end, end + scope)
    if rule.direction != "forward":
        near += range(start - scope, start)
    for i in near:
        hidden[(rule.group, i)] = (shadow, rule.blocks)


def _hidden_by(hidden: dict, group: str, start: int, rule: Rule) -> tuple[int, int] | None:
    """The shadow of the pseudo-trigger scope over ``start`` if it hides the trigger starting
    there (a scope that blocks only some categories hides only those)."""
    shadow, blocks = hidden[group, start]
    return None if blocks and rule.category not in blocks else shadow


def _shadow(found: list[tuple], hidden: dict) -> list[tuple]:
    """Longest first: a trigger inside a longer one of its group (or inside a pseudo-trigger
    that blocks its group) is hidden, so "not only" hides "not" and "past week" hides "past";
    so is one starting on a token in ``hidden`` (a directional pseudo-trigger's scope: "with
    her mother", a person after a preposition, is no experiencer). Hidden triggers are kept
    with their shadow, (start, end, rule, sentence, quote, shadow): they still count for a
    span the shadow overlaps. Pseudo-triggers themselves have no effect and are left out; a
    terminator inside a longer one is dropped ("on reported nightmares" ends no clause).
    ``found`` holds (-length, start, end, rule, sentence, quote): sorting needs no key function."""
    found.sort(key=itemgetter(0, 1))
    claimed: dict[str, dict[int, tuple[int, int, int]]] = {group: {} for group in GROUPS}
    pseudo: dict[int, int] = {}  # token -> length of the longest pseudo-trigger over it
    kept = []
    for minus_length, start, end, rule, sentence, region in found:
        group, length, shadow = rule.group, -minus_length, None
        if rule.category == "pseudo":
            for i in range(start, end):
                pseudo.setdefault(i, length)
        elif (
            pseudo
            and rule.terminates
            and pseudo.get(start, 0) > length
            and all(pseudo.get(i, 0) > length for i in range(start + 1, end))
        ):
            continue
        if group is not None:
            mine = claimed[group]
            if length == 1:  # the usual case, decided as below
                owner = mine.get(start)
                if owner is not None and owner[0] > 1:
                    shadow = (owner[1], owner[2])
                else:
                    if owner is None:
                        mine[start] = (1, start, end)
                    if (group, start) in hidden:
                        shadow = _hidden_by(hidden, group, start, rule)
                if rule.category != "pseudo":
                    kept.append((start, end, rule, sentence, region, shadow))
                continue
            owners = [mine.get(i) for i in range(start, end)]
            if None not in owners and all(owner[0] > length for owner in owners):
                shadow = (min(o[1] for o in owners), max(o[2] for o in owners))
            else:
                for i, owner in enumerate(owners, start):
                    if owner is None or owner[0] < length:
                        mine[i] = (length, start, end)
                if (group, start) in hidden:
                    shadow = _hidden_by(hidden, group, start, rule)
        if rule.category != "pseudo":
            kept.append((start, end, rule, sentence, region, shadow))
    kept.sort(key=itemgetter(0, 1))
    return kept


class _Cuts:
    """The terminators that end one category's scope, for nearest-cut lookups in log time."""

    def __init__(self, terminators: list[tuple[int, int]]):
        self.starts = [start for start, _ in terminators]  # sorted by start
        by_end = sorted(terminators, key=itemgetter(1))
        self.ends = [end for _, end in by_end]
        self.max_start = [start for start, _ in by_end]  # up to each, the nearest start
        for i in range(1, len(by_end)):
            self.max_start[i] = max(self.max_start[i], self.max_start[i - 1])

    def cut(self, start: int, end: int, behind: int, ahead: int) -> tuple[int, int]:
        """(behind, ahead) narrowed by the nearest terminator before and after [start, end).
        Ahead, a span starting past the terminator's first word is cut off, so one that starts
        inside it (", she struggles" before "struggles to trust") is too."""
        i = bisect_left(self.starts, end)
        if i < len(self.starts) and self.starts[i] + 1 < ahead:
            ahead = self.starts[i] + 1
        j = bisect_right(self.ends, start) - 1
        if j >= 0 and self.max_start[j] > behind:
            behind = self.max_start[j]
        return behind, ahead


def _finish(kept: list[tuple], ranges: list, cut_by: dict) -> list[Trigger]:
    """The final triggers: each one's scope (its sentence or quotation, cut at ``max_scope``
    tokens and at the nearest terminator of its group or category on either side), and the cue
    span that owns it: a negation inside a sign ("no-show", "did not complete the homework")
    belongs to that sign and reaches no other span. Terminators, once they have cut, are left
    out: they reach no span."""
    mark_starts = [start for start, _ in ranges]
    terminators = [t for t in kept if t[2].terminates]  # sorted by start
    cuts: dict[frozenset, _Cuts] = {}
    out = []
    for start, end, rule, sentence, region, shadow in kept:
        if rule.direction is None:
            continue
        behind, ahead = sentence
        if region is not None and rule.group != "therapy" and not rule.outward:
            # a quotation is a scope of its own, though what the client says about therapy ties
            # her reaction to it, and a quoted verdict on the word before it ('anxiety "way
            # down"') is about that word
            behind, ahead = max(behind, region[0] + 1), min(ahead, region[1])
        scope = MAX_REACH if rule.max_scope is None else min(rule.max_scope, MAX_REACH)
        if start - scope > behind:
            behind = start - scope
        if end + scope < ahead:
            ahead = end + scope
        ids = cut_by[rule.category]
        if ids not in cuts:
            cuts[ids] = _Cuts([(t[0], t[1]) for t in terminators if t[2].id in ids])
        if shadow is None and rule.group == "assertion":
            i = bisect_right(mark_starts, start) - 1
            if i >= 0 and end <= ranges[i][1]:
                shadow = ranges[i]
        reach = cuts[ids].cut(start, end, behind, ahead)
        out.append(_make_trigger((start, end, rule, shadow, reach)))
    return out


@dataclass(frozen=True, slots=True)
class _Index:
    bounds: list[tuple[int, int]]  # sentence (start, end) token offsets
    sent_starts: list[int]
    triggers: list[Trigger]  # sorted by start
    starts: list[int]
    doc: Doc
    sections: tuple  # the doc's section_index
    texts: dict[tuple[int, int], str]

    def window(self, start: int, end: int) -> tuple[int, int]:
        """Slice of ``triggers`` that may reach tokens [start, end): its sentence(s), at most
        ``MAX_REACH`` tokens away."""
        first = self.bounds[bisect_right(self.sent_starts, start) - 1][0]
        last = self.bounds[bisect_left(self.sent_starts, end) - 1][1]
        # a trigger is a few tokens long: one starting a little farther back may still reach
        first, last = max(first, start - MAX_REACH - 8), min(max(last, end), end + MAX_REACH)
        return bisect_left(self.starts, first), bisect_left(self.starts, last)

    def text(self, trig: Trigger) -> str:
        """A trigger's words (remembered: the same few explain many marks)."""
        key = (trig.start, trig.end)
        if key not in self.texts:
            if trig.rule.category == "plan":
                self.texts[key] = "Plan section"
            elif trig.end - trig.start == 1:
                self.texts[key] = self.doc[trig.start].text
            else:
                self.texts[key] = self.doc[trig.start : trig.end].text
        return self.texts[key]


def _plain(token: dict) -> tuple[str, list[str]] | None:
    """(attribute, values) of a pattern token that is one LOWER, SHAPE or case-free ORTH value
    or IN list, optionally "?"; None for any other token."""
    keys = set(token) - {"OP"}
    if len(keys) != 1 or token.get("OP", "?") != "?":
        return None
    key = keys.pop()
    value = token[key]
    if isinstance(value, dict):
        value = value.get("IN") if set(value) == {"IN"} else None
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, list) or key not in ("LOWER", "ORTH", "SHAPE"):
        return None
    if key == "ORTH" and any(w.lower() != w.upper() for w in words):
        return None  # only case-free ORTH values (punctuation) read the same as LOWER
    return key, words


def _spell_out(pattern: list[dict], limit: int = 3000) -> tuple[str, list[list[str]]] | None:
    """(attribute, every word sequence) for a pattern a phrase matcher can run: plain LOWER /
    ORTH tokens, or SHAPE tokens only, each optionally "?". None when it needs the token matcher
    or has more than ``limit`` sequences (counted before any is built)."""
    plain = [_plain(token) for token in pattern]
    if None in plain or len({key == "SHAPE" for key, _ in plain}) > 1:
        return None
    count = 1
    for token, (_, words) in zip(pattern, plain, strict=True):
        count *= len(words) + ("OP" in token)
        if count > limit:
            return None
    sequences: list[list[str]] = [[]]
    for token, (key, words) in zip(pattern, plain, strict=True):
        words = words if key == "SHAPE" else [w.lower() for w in words]
        grown = [[*seq, w] for seq in sequences for w in words]
        sequences = grown + (sequences if "OP" in token else [])
    return ("SHAPE" if plain[0][0] == "SHAPE" else "LOWER"), [seq for seq in sequences if seq]


def _anchorable(pattern: list[dict]) -> bool:
    """Whether ``AnchoredMatcher`` finds what spaCy's Matcher finds for ``pattern``: each token
    one LOWER or case-free ORTH value or IN list, optionally "?", and one at least required."""
    plain = [_plain(token) for token in pattern]
    return all(p and p[0] != "SHAPE" for p in plain) and any("OP" not in t for t in pattern)


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
