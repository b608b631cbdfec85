"""A token-pattern matcher that only looks near each pattern's rarest word.

spaCy's ``Matcher`` tries every pattern at every token, which costs about 30 µs a token for our
few hundred patterns. Here each pattern is filed under the values of one required token (its
"anchor", the least common word in it); a doc is scanned once for anchor values, and only the
patterns filed under a value found are run, on a small window around it, and only when the
window holds every other required word of some pattern. Results are those of ``Matcher`` except
that ``*`` and ``+`` reach at most ``REACH`` tokens.
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


class _Group:
    """The patterns filed under one anchor value: their matcher, reach, and required words."""

    def __init__(self, vocab):
        self.matcher = Matcher(vocab, validate=True)
        self.before = self.after = 0
        self.needs: list[tuple[tuple[int, frozenset[int]], ...]] = []

    def may_match(self, columns: list[list[int]], start: int, end: int) -> bool:
        """False when no pattern can match: each misses some required word in the window."""
        for need in self.needs:
            for col, values in need:
                if values.isdisjoint(columns[col][start:end]):
                    break
            else:
                return True
        return False


class AnchoredMatcher:
    """Drop-in for ``Matcher.add`` / ``__call__`` on whole docs, returning (key, start, end)."""

    def __init__(self, vocab):
        self.vocab = vocab
        # anchor word -> the groups filed under it; one group per distinct anchor token, shared
        # by all its words (one Matcher per anchor, not per word: less memory, faster load)
        self.groups: dict[str, dict[int, list[_Group]]] = {a: {} for a in ANCHOR_ATTRS}
        self._by_anchor: dict[tuple, _Group] = {}

    def _needs(self, pattern: list[dict], anchor: int) -> tuple[tuple[int, frozenset[int]], ...]:
        """(column, word hashes) for every required literal token other than the anchor."""
        strings, needs = self.vocab.strings, []
        for i, token in enumerate(pattern):
            values = _values(token)
            if i == anchor or token.get("OP") or not values:
                continue
            col = next(c for c, a in enumerate(ANCHOR_ATTRS) if a in token)
            fold = (lambda v: v) if ANCHOR_ATTRS[col] == "ORTH" else str.lower
            needs.append((col, frozenset(strings.add(fold(v)) for v in values)))
        return tuple(needs)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        strings = self.vocab.strings
        for pattern in patterns:
            k = _anchor(pattern)
            anchor = pattern[k]
            attr = next(a for a in ANCHOR_ATTRS if a in anchor)
            fold = (lambda v: v) if attr == "ORTH" else str.lower
            words = tuple(sorted({strings.add(fold(v)) for v in _values(anchor)}))
            group = self._by_anchor.get((attr, words))
            if group is None:
                group = self._by_anchor[(attr, words)] = _Group(self.vocab)
                for word in words:
                    self.groups[attr].setdefault(word, []).append(group)
            group.matcher.add(key, [pattern])
            group.before = max(group.before, _reach(pattern[:k]))
            group.after = max(group.after, _reach(pattern[k + 1 :]))
            group.needs.append(self._needs(pattern, k))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found, n = set(), len(doc)
        columns = doc.to_array([LOWER, LEMMA, ORTH]).T.tolist()  # no Token objects: faster
        for attr, values in zip(ANCHOR_ATTRS, columns, strict=True):
            groups = self.groups[attr]
            # positions of anchor words first, in one comprehension: faster than a loop of get()s
            for i in [i for i, value in enumerate(values) if value in groups]:
                for group in groups[values[i]]:
                    start, end = max(0, i - group.before), min(n, i + group.after + 1)
                    if not group.may_match(columns, start, end):
                        continue
                    for key, s, e in group.matcher(doc[start:end]):
                        found.add((key, start + s, start + e))
        return sorted(found, key=lambda m: (m[1], m[2]))
