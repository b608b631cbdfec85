"""A token-pattern matcher that only looks near each pattern's rarest word.

spaCy's ``Matcher`` tries every pattern at every token, which costs about 30 µs a token for our
few hundred patterns. Here each pattern is filed under the values of one required token (its
"anchor", the least common word in it); a doc's LOWER, LEMMA and ORTH columns are searched
for anchor values once (a binary search in numpy), and each pattern filed under a value found
is walked outwards from it, token by token, over the doc's attribute columns (plain lists of
ints: no Span or Token objects, no spaCy matcher call), after a quick check that the tokens
around it hold the other words the pattern requires, each where the pattern can put it.

Results are those of ``Matcher``, except that a match has at most as many tokens before its
anchor, and after it, as the pattern's tokens there can reach: ``*`` and ``+`` count ``REACH``,
``{m,n}`` (n at most 3) counts 3 and any other token 1. So ``*`` and ``+`` cover at most
``REACH`` tokens, more only where optional tokens beside them are left out. Patterns use the
token keys LOWER, LEMMA, ORTH, TEXT, NORM (a string, or IN / NOT_IN / REGEX), IS_PUNCT and
LIKE_NUM (a bool) and the ops ``? * + !`` and ``{m,n}``; a token with several tests must pass
them all, one with none (just an OP) is any token.
"""

import re
from operator import itemgetter

import numpy
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc

REACH = 6
ANCHOR_ATTRS = ("LOWER", "LEMMA", "ORTH")
# Words too common to anchor on: a token whose values include one is a poor anchor.
_COMMON_WORDS = (
    "a an the to of in on at for with from by and or but not n't no never be do have get go "
    "feel seem appear look become make take come say will would can could may might i me my "
    "he him his she her they them their we our you your it its this that there here so very "
    "more less up out back about as is was were are been if once when then what who how while "
    "said thought work change plan session therapy"
)
COMMON = frozenset(_COMMON_WORDS.split())
KEYS = frozenset({"LOWER", "LEMMA", "ORTH", "TEXT", "NORM", "IS_PUNCT", "LIKE_NUM"})
_TIMES = {None: (1, 1), "!": (1, 1), "?": (0, 1), "*": (0, None), "+": (1, None)}


def _values(token: dict) -> tuple[str, list[str]]:
    """(attribute, values) of a token that a LOWER, LEMMA or ORTH value or IN list can anchor."""
    for attr in ANCHOR_ATTRS:
        value = token.get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and "IN" in value:
            return attr, list(dict.fromkeys(value["IN"]))  # distinct, in order
    return "", []


def _anchor(pattern: list[dict]) -> int:
    """Index of the required token with the rarest values (fewest common words, then fewest)."""
    best, best_cost = None, None
    for i, token in enumerate(pattern):
        _, values = _values(token)
        if token.get("OP") or not values:
            continue
        cost = (sum(v.lower() in COMMON for v in values), len(values))
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    if best is None:
        raise ValueError("a pattern needs at least one required LOWER, LEMMA or ORTH token")
    return best


def _reach(tokens: list[dict]) -> int:
    """The most tokens a match may have for ``tokens``, as the module docstring counts them."""
    return sum(
        REACH if t.get("OP") in ("*", "+") else 3 if "{" in t.get("OP", "") else 1 for t in tokens
    )


class _NotIn:
    """Values test for NOT_IN: holds every value but the listed ones."""

    def __init__(self, values: frozenset[int]):
        self.values = values

    def __contains__(self, value: int) -> bool:
        return value not in self.values


class _Regex:
    """Values test for REGEX: holds the ids of strings the expression finds a match in."""

    def __init__(self, expression: str, strings):
        self.expression, self.strings = re.compile(expression), strings

    def __contains__(self, value: int) -> bool:
        return self.expression.search(self.strings[value]) is not None


class _All:
    """Values test for a token with several tests: holds tuples whose items pass them all."""

    def __init__(self, tests: tuple):
        self.tests = tests

    def __contains__(self, values: tuple) -> bool:
        return all(value in test for value, test in zip(values, self.tests, strict=True))


def _id(value, strings) -> int:
    """A pattern value as the Matcher compares it: a string's id, a bool or int as an int."""
    if isinstance(value, str):
        return strings.add(value)
    if isinstance(value, int):  # bools too
        return int(value)
    raise ValueError(f"unsupported value {value!r}")


def _tests(token: dict, strings) -> list[tuple[str, object]]:
    """(attribute, values test) for every condition of a token pattern."""
    tests = []
    for key, value in token.items():
        if key == "OP":
            continue
        if key not in KEYS:
            raise ValueError(f"unsupported token key {key!r}")
        attr = "ORTH" if key == "TEXT" else key
        if not isinstance(value, dict):
            tests.append((attr, frozenset({_id(value, strings)})))
            continue
        for predicate, operand in value.items():
            if predicate == "REGEX":
                tests.append((attr, _Regex(operand, strings)))
            elif predicate in ("IN", "NOT_IN"):
                ids = frozenset(_id(v, strings) for v in operand)
                tests.append((attr, ids if predicate == "IN" else _NotIn(ids)))
            else:
                raise ValueError(f"unsupported predicate {predicate!r}")
    return tests


def _step(token: dict, strings) -> tuple:
    """A token pattern as a walking step: (column, values test, negated, least, most times);
    the column is an attribute name, or a tuple of them for a token with several tests."""
    tests = _tests(token, strings) or [("ORTH", _NotIn(frozenset()))]  # none: any token
    if len(tests) == 1:
        column, values = tests[0]
    else:
        column, values = tuple(a for a, _ in tests), _All(tuple(v for _, v in tests))
    op = token.get("OP")
    if op in _TIMES:
        least, most = _TIMES[op]
    else:  # "{m,n}"
        least, most = (int(n) for n in op[1:-1].split(","))
        if most > 3:
            raise ValueError(f"unsupported OP {op!r}: at most 3 times")
    return column, values, op == "!", least, most


def _walk(steps, at: int, columns: "_Columns", stop: int, way: int) -> list[int]:
    """Token positions reached from ``at`` by matching ``steps`` forwards (way 1: the ends of
    matches starting at ``at``, up to ``stop``) or backwards (way -1, steps reversed: the
    starts, down to ``stop``), every number of times each step allows."""
    reached, behind = [at], (way - 1) // 2  # the token passed: at i forwards, i - 1 backwards
    for column, values, negated, least, most in steps:
        values_at = columns[column]
        if most == 1 and not negated:  # one token, maybe optional: most steps, in one go
            moved = [i + way for i in reached if i != stop and values_at[i + behind] in values]
            reached = moved if least else list(dict.fromkeys(moved + reached))
            if not reached:
                break
            continue
        moved = []
        for i in reached:
            times = 0
            if not least:
                moved.append(i)
            while i != stop and times != most:
                if (values_at[i + behind] in values) == negated:
                    break
                i += way
                times += 1
                if times >= least:
                    moved.append(i)
        reached = list(dict.fromkeys(moved))  # distinct, in order
        if not reached:
            break
    return reached


class _Columns(dict):
    """A doc's attribute columns as lists of ints (of tuples, for a token with several tests),
    each read from the doc when first asked for."""

    def __init__(self, doc: Doc, anchor_array: numpy.ndarray):
        super().__init__(zip(ANCHOR_ATTRS, anchor_array.T.tolist(), strict=True))
        self.doc = doc

    def __missing__(self, column):
        if isinstance(column, tuple):
            values = list(zip(*(self[attr] for attr in column), strict=True))
        else:
            values = self.doc.to_array(column).tolist()
        self[column] = values
        return values


def _needs(steps: tuple, anchor: int, before: int, after: int) -> tuple[tuple, ...]:
    """(column, values, low, high) for every required token other than the anchor that a plain
    set of values tests: a match has a token of those values between ``low`` and ``high`` - 1
    tokens after its anchor (negative: before it), or exactly ``low`` after it where ``high``
    is None. Checked by slicing the column (or reading one place): the tokens nearest the
    anchor, then the narrowest, first; but words (LOWER, LEMMA, ORTH) before flags (IS_PUNCT,
    LIKE_NUM), whose columns are read from the doc only when first asked for."""
    needs = []
    for n, (column, values, negated, least, _) in enumerate(steps):
        if n == anchor or not least or negated or not isinstance(values, frozenset):
            continue
        between = steps[anchor + 1 : n] if n > anchor else steps[n + 1 : anchor]
        reach = after if n > anchor else before
        near = 1 + sum(step[3] for step in between)
        far = min(reach, 1 + sum(reach if step[4] is None else step[4] for step in between))
        low, high = (near, far + 1) if n > anchor else (-far, 1 - near)
        flag = column not in ANCHOR_ATTRS
        if far == near:  # at one place: checked without a slice
            high = None
        needs.append((flag, far - near, len(values), column, values, low, high))
    return tuple(need[3:] for need in sorted(needs, key=lambda need: need[:3]))


class AnchoredMatcher:
    """Drop-in for ``Matcher.add`` / ``__call__`` on whole docs, returning (key, start, end)."""

    def __init__(self, vocab):
        self.vocab = vocab
        # anchor attribute -> anchor word -> the patterns filed under it, each (key, the most
        # tokens a match has before and after its anchor, needs, the steps before the anchor
        # reversed, the steps from the anchor on, where the walk forwards starts: 1 past the
        # anchor when its word alone proves the anchor token matches, else 0, at it)
        self.anchored: dict[str, dict[int, list[tuple]]] = {a: {} for a in ANCHOR_ATTRS}
        # per anchor attribute, its anchor words' ids sorted in a numpy array (made on the first
        # call after an add): finding them in a doc's column is then a binary search in numpy
        self.sorted_ids: list[numpy.ndarray] | None = None

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        strings = self.vocab.strings
        key_id = strings.add(key)
        for pattern in patterns:
            errors = validate_token_pattern(pattern)
            if errors:
                raise ValueError("; ".join(errors))
            k = _anchor(pattern)
            steps = tuple(_step(token, strings) for token in pattern)
            before, after = _reach(pattern[:k]), _reach(pattern[k + 1 :])
            # one plain test: finding an anchor word is the check, no need to walk over it
            checked = isinstance(steps[k][0], str) and isinstance(steps[k][1], frozenset)
            filed = (
                key_id,
                before,
                after,
                _needs(steps, k, before, after),
                steps[k - 1 :: -1] if k else (),
                steps[k + 1 :] if checked else steps[k:],
                int(checked),
            )
            attr, words = _values(pattern[k])
            for word in words:
                self.anchored[attr].setdefault(strings.add(word), []).append(filed)
        self.sorted_ids = None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every match as (key, start, end), by start then end. Matches of several keys on the
        same tokens come in the set's order, which decides the rule a cue tied between rules of
        one label is credited to (unchanged since this matcher ran spaCy's Matcher per window)."""
        if self.sorted_ids is None:
            self.sorted_ids = [
                numpy.array(sorted(self.anchored[attr]), dtype="uint64") for attr in ANCHOR_ATTRS
            ]
        array = doc.to_array(ANCHOR_ATTRS)
        found, n, columns = set(), len(doc), _Columns(doc, array)
        for attr, ids, column_array in zip(ANCHOR_ATTRS, self.sorted_ids, array.T, strict=True):
            if not len(ids):
                continue
            anchored, values = self.anchored[attr], columns[attr]
            # positions of anchor words first, in numpy: about half the cost of a dict lookup
            # per token in a comprehension
            at = ids.take(ids.searchsorted(column_array), mode="clip")
            for i in numpy.flatnonzero(at == column_array).tolist():
                for key, before, after, needs, back, ahead, first in anchored[values[i]]:
                    for column, words, low, high in needs:  # cheap first: a needed word is missing
                        low += i
                        if high is None:  # at one place: no slice
                            if not 0 <= low < n or columns[column][low] not in words:
                                break
                        elif i + high <= 0 or words.isdisjoint(
                            columns[column][max(low, 0) : i + high]
                        ):
                            break
                    else:
                        ends = _walk(ahead, i + first, columns, min(n, i + after + 1), 1)
                        if ends:
                            for s in _walk(back, i, columns, max(0, i - before), -1):
                                found.update((key, s, e) for e in ends)
        return sorted(found, key=itemgetter(1, 2))
