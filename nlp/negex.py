"""Scores the context engine on the NegEx / ConText test kit (shared/eval/negex/README.md).

Each row gives a sentence and a condition; the condition is found in the sentence
(case-insensitively, any run of whitespace between words, the upper-case occurrence first) and
handed to ``nlp.assess_span``. Negation is scored on ``assertion == "negated"``. ConText judges
temporality apart from negation ("no history of X" is both negated and historical), so
historical and hypothetical are scored on the cue categories that reached the span, and
experiencer on ``experiencer == "other"``.
"""

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field

AXES = ("negated", "historical", "hypothetical", "other experiencer")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class NegexScore:
    rows: int = 0
    unaligned: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {axis: Tally() for axis in AXES})


def find_condition(condition: str, sentence: str) -> tuple[int, int] | None:
    """Character offsets of the condition in the sentence, upper-case occurrence preferred."""
    words = condition.split()
    if not words:
        return None
    regex = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    matches = list(regex.finditer(sentence))
    if not matches:
        return None
    upper = [
        m for m in matches if m.group().upper() == m.group() and m.group().lower() != m.group()
    ]
    best = (upper or matches)[0]
    return best.start(), best.end()


def gold_axes(negation: str, temporality: str, experiencer: str) -> dict[str, bool]:
    return {
        "negated": negation.strip().lower() == "negated",
        "historical": temporality.strip().lower() == "historical",
        "hypothetical": temporality.strip().lower() == "not particular",
        "other experiencer": experiencer.strip().lower() != "patient",
    }


def predicted_axes(result: dict) -> dict[str, bool]:
    categories = {cue["category"] for cue in result["context_cues"]}
    return {
        "negated": result["assertion"] == "negated",
        "historical": "historical" in categories,
        "hypothetical": bool(categories & {"hypothetical", "plan"}),
        "other experiencer": result["experiencer"] == "other",
    }


def score(path: str, assess: Callable[[str, int, int], dict]) -> NegexScore:
    """Score every row of an rsAnnotations file with ``assess(text, start, end)``."""
    result = NegexScore()
    with open(path, encoding="ascii", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)  # header row
        for row in reader:
            _number, condition, sentence, negation, temporality, experiencer = row[:6]
            result.rows += 1
            found = find_condition(condition, sentence)
            if found is None:
                result.unaligned += 1
                continue
            predicted = predicted_axes(assess(sentence, *found))
            for axis, gold in gold_axes(negation, temporality, experiencer).items():
                result.tallies[axis].add(gold, predicted[axis])
    return result


def report(result: NegexScore) -> str:
    lines = [
        f"NegEx kit: {result.rows} rows, {result.rows - result.unaligned} scored "
        f"({result.unaligned} conditions not found in their sentence)",
        f"{'axis':<18} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for axis, tally in result.tallies.items():
        p, r, f = tally.prf()
        lines.append(
            f"{axis:<18} {tally.tp:>5} {tally.fp:>5} {tally.fn:>5} {tally.tn:>5} "
            f"{p:>6.3f} {r:>6.3f} {f:>6.3f}"
        )
    return "\n".join(lines)
