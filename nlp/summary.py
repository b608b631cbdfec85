"""Summary of a note: per-label counts, therapy linkage, risk, and a level from a small score.

Scoring rule (only present, client annotations count):

    score = 0.25 per distinct sign label + 0.30 per distinct cause label
            + 0.10 per therapy-linked annotation (at most 0.30), capped at 1.0
    level = "high"     if a present risk.safety mark exists or score >= 0.75
            "moderate" if score >= 0.50   (e.g. one sign and one cause: 0.55)
            "low"      if score > 0       (e.g. one sign: 0.25)
            "none"     otherwise
"""

from collections import Counter

WEIGHTS = {"sign": 0.25, "cause": 0.30, "risk": 0.0}
LINK_WEIGHT, LINK_CAP = 0.10, 0.30


def counts_as_present(annotation: dict) -> bool:
    return annotation["assertion"] == "present" and annotation["experiencer"] == "client"


def summarize(annotations: list[dict]) -> dict:
    present = [a for a in annotations if counts_as_present(a)]
    labels = Counter(a["label"] for a in present)
    linked = sum(1 for a in present if a["therapy_linked"])
    risk = "risk.safety" in labels
    score = sum(WEIGHTS[label.split(".")[0]] for label in labels)
    score = round(min(1.0, score + min(LINK_CAP, LINK_WEIGHT * linked)), 2)
    if risk or score >= 0.75:
        level = "high"
    elif score >= 0.5:
        level = "moderate"
    elif score > 0:
        level = "low"
    else:
        level = "none"
    return {
        "level": level,
        "score": score,
        "labels": dict(sorted(labels.items())),
        "therapy_linked": linked,
        "risk": risk,
    }
