"""Evaluation CLI.

    python -m nlp.evaluate DEV.jsonl        per-label P/R/F1, micro-F1, context accuracy, coverage
    python -m nlp.evaluate --negex KIT.txt  negation, historical, hypothetical, experiencer P/R/F1
    python -m nlp.evaluate -v DEV.jsonl     also lists each miss (ids, labels, cues)

Scoring follows shared/eval/README.md: the predicted labels of a row are those of its present,
client annotations; a predicted label in ``allowed`` is not an error; a context check is covered
when an annotation of its label overlaps the cue's first case-insensitive occurrence, and correct
when the most-overlapping one has the expected assertion and experiencer.
"""

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field

import nlp
from nlp.summary import counts_as_present


@dataclass
class DevScore:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    checks: int = 0
    covered: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _check_context(row: dict, check: dict, annotations: list[dict], score: DevScore) -> None:
    score.checks += 1
    start = row["text"].lower().find(check["cue"].lower())
    end = start + len(check["cue"])
    overlapping = [
        a
        for a in annotations
        if a["label"] == check["label"] and start >= 0 and a["start"] < end and start < a["end"]
    ]
    if not overlapping:
        score.misses.append(f"{row['id']}: no {check['label']} mark on {check['cue']!r}")
        return
    score.covered += 1
    best = max(overlapping, key=lambda a: min(a["end"], end) - max(a["start"], start))
    if (best["assertion"], best["experiencer"]) == (check["assertion"], check["experiencer"]):
        score.correct += 1
    else:
        score.misses.append(
            f"{row['id']}: {check['cue']!r} is {best['assertion']}/{best['experiencer']}, "
            f"expected {check['assertion']}/{check['experiencer']}"
        )


def score_dev(rows: list[dict]) -> DevScore:
    score = DevScore()
    for row in rows:
        annotations = nlp.annotate(row["text"])["annotations"]
        predicted = {a["label"] for a in annotations if counts_as_present(a)}
        gold, allowed = set(row["labels"]), set(row.get("allowed", ()))
        for label in predicted & gold:
            score.tp[label] += 1
        for label in predicted - gold - allowed:
            score.fp[label] += 1
            score.misses.append(f"{row['id']}: false positive {label}")
        for label in gold - predicted:
            score.fn[label] += 1
            score.misses.append(f"{row['id']}: missed {label}")
        for check in row.get("context", ()):
            _check_context(row, check, annotations, score)
    return score


def report_dev(score: DevScore) -> str:
    lines = [f"{'label':<22} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for label in nlp.LABELS:
        tp, fp, fn = score.tp[label], score.fp[label], score.fn[label]
        p, r, f = prf(tp, fp, fn)
        lines.append(f"{label:<22} {tp:>4} {fp:>4} {fn:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    tp, fp, fn = (sum(c.values()) for c in (score.tp, score.fp, score.fn))
    p, r, micro = prf(tp, fp, fn)
    accuracy = score.correct / score.covered if score.covered else 0.0
    coverage = score.covered / score.checks if score.checks else 0.0
    lines += [
        f"{'micro':<22} {tp:>4} {fp:>4} {fn:>4} {p:>6.3f} {r:>6.3f} {micro:>6.3f}",
        f"context accuracy {accuracy:.3f} ({score.correct}/{score.covered} covered checks)",
        f"context coverage {coverage:.3f} ({score.covered}/{score.checks} checks)",
        f"micro-F1 {micro:.2f}  context-acc {accuracy:.2f}  coverage {coverage:.2f}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nlp.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="dev.jsonl, or the NegEx kit file with --negex")
    parser.add_argument("--negex", action="store_true", help="score the NegEx / ConText kit")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    if not os.path.isfile(args.path):
        parser.error(f"no such file: {args.path}")
    if args.negex:
        from nlp import negex

        print(negex.report(negex.score(args.path, nlp.assess_span)))
        return 0
    with open(args.path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    score = score_dev(rows)
    if args.verbose:
        print("\n".join(score.misses))
    print(report_dev(score))
    return 0


if __name__ == "__main__":
    sys.exit(main())
