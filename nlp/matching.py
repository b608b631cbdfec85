"""A token-pattern matcher that only looks near each pattern's rarest word.

spaCy's ``Matcher`` tries every pattern at every token, which costs about 30 µs a token for our
few hundred patterns. Here each pattern is filed under the values of one required token (its
"anchor", the least common word in it); a doc is scanned once for anchor values, and only the
patterns filed under a value found are run, on a small window around it. Results are those of
``Matcher`` except that ``*`` and ``+`` reach at most ``REACH`` tokens.
"""

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
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


def _values(token: dict) -> list[str]:
    for attr in ANCHOR_ATTRS:
        value = token.get(attr)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and "IN" in value:
            return list(dict.fromkeys(value["IN"]))  # distinct, in order
    return []


def _anchor(pattern: list[dict]) -> int:
    """Index of the required token with the rarest values (fewest common words, then fewest)."""
    best, best_cost = None, None
    for i, token in enumerate(pattern):
        values = _values(token)
        if token.get("OP") or not values:
            continue
        cost = (sum(v.lower() in COMMON for v in values), len(values))
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    if best is None:
        raise ValueError("a pattern needs at least one required LOWER, LEMMA or ORTH token")
    return best


def _reach(tokens: list[dict]) -> int:
    return sum(
        REACH if t.get("OP") in ("*", "+") else 3 if "{" in t.get("OP", "") else 1 for t in tokens
    )


class AnchoredMatcher:
    """Drop-in for ``Matcher.add`` / ``__call__`` on whole docs, returning (key, start, end)."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.groups: dict[str, dict[int, tuple[Matcher, list[int]]]] = {a: {} for a in ANCHOR_ATTRS}

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        strings = self.vocab.strings
        for pattern in patterns:
            k = _anchor(pattern)
            anchor = pattern[k]
            attr = next(a for a in ANCHOR_ATTRS if a in anchor)
            before, after = _reach(pattern[:k]), _reach(pattern[k + 1 :])
            for value in _values(anchor):
                value = value.lower() if attr != "ORTH" else value
                h = strings.add(value)
                if h not in self.groups[attr]:
                    self.groups[attr][h] = (Matcher(self.vocab, validate=True), [0, 0])
                matcher, reach = self.groups[attr][h]
                matcher.add(key, [pattern])
                reach[0], reach[1] = max(reach[0], before), max(reach[1], after)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found, n = set(), len(doc)
        columns = doc.to_array([LOWER, LEMMA, ORTH]).T.tolist()  # no Token objects: faster
        for attr, values in zip(ANCHOR_ATTRS, columns, strict=True):
            groups = self.groups[attr]
            for i, value in enumerate(values):
                if value not in groups:
                    continue
                matcher, (before, after) = groups[value]
                start = max(0, i - before)
                for key, s, e in matcher(doc[start : min(n, i + after + 1)]):
                    found.add((key, start + s, start + e))
        return sorted(found, key=lambda m: (m[1], m[2]))
