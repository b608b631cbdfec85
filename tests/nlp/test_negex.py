"""The NegEx-kit scorer: condition alignment and the four tallies (own sample rows)."""

import nlp
from nlp import negex

HEADER = "line number\tCondition\tsentence\tnegation\ttemporality\texperiencer\n"
ROWS = [
    ("1", "cough", "Patient denies COUGH.", "Negated", "Recent", "Patient"),
    ("2", "asthma", "History of ASTHMA.", "Affirmed", "Historical", "Patient"),
    ("3", "chest  pain", "Return if CHEST   PAIN recurs.", "Affirmed", "Not particular", "Patient"),
    ("4", "diabetes", "His mother has DIABETES.", "Affirmed", "Recent", "Family member"),
    ("5", "rash", "Neck supple.", "Affirmed", "Recent", "Patient"),
]


def test_find_condition_prefers_the_upper_case_mention_and_any_whitespace():
    sentence = "No allergies. ALLERGIES:  none   known"
    assert negex.find_condition("allergies", sentence) == (14, 23)
    assert negex.find_condition("none known", sentence) == (26, 38)
    assert negex.find_condition("rash", "Neck supple.") is None


def test_score_tallies_every_axis(tmp_path):
    kit = tmp_path / "kit.txt"
    kit.write_text(HEADER + "".join("\t".join(row) + "\n" for row in ROWS), encoding="ascii")
    result = negex.score(str(kit), nlp.assess_span)
    assert (result.rows, result.unaligned) == (5, 1)
    tallies = {axis: (t.tp, t.fp, t.fn, t.tn) for axis, t in result.tallies.items()}
    assert tallies == {
        "negated": (1, 0, 0, 3),
        "historical": (1, 0, 0, 3),
        "hypothetical": (1, 0, 0, 3),
        "other experiencer": (1, 0, 0, 3),
    }
    assert "negated" in negex.report(result)
