"""Context families of lexicon-7: a relative described as the patient ("her father (hospice
pt)", "his wife, a dialysis patient") keeps the relative as experiencer, a partner reporting on
himself or herself ("husband says he shuts down"), a quoted or plain verdict of improvement on
the symptom right before it (anxiety "way down", panic is a lot less), and an "unclear whether"
clause that hedges every alternative it names."""

import pytest

from .helpers import assess

# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    # the relative is the patient of another service: "pt" there is not the client
    "father-hospice-pt-parenthesis": (
        "Her dad (hospice pt) has been agitated and calling out at night.",
        "agitated",
        "other",
    ),
    "wife-dialysis-patient-apposition": (
        "His wife, a dialysis patient, is hopeless about the transplant list.",
        "hopeless",
        "other",
    ),
    "mother-the-patient-parenthesis": (
        "Client's mother (the patient on the memory unit) was tearful at the visit.",
        "tearful",
        "other",
    ),
    # look-alikes: the client as a patient, and the client named after the relative
    "client-is-a-patient": (
        "Client is a hospice patient himself and anxious about the nights.",
        "anxious",
        "client",
    ),
    "client-after-relative-patient": (
        "Her father (hospice pt) is stable; client is exhausted and tearful.",
        "tearful",
        "client",
    ),
    # a partner reporting on himself / herself
    "husband-says-he": (
        "Husband says he shuts down and goes quiet when she raises money.",
        "shuts down",
        "other",
    ),
    "girlfriend-admits-she": (
        "Girlfriend admitted that she gets panicky when he travels.",
        "panicky",
        "other",
    ),
    # look-alike: a partner reporting on the client (the other gender) is the client's
    "wife-reports-he": (
        "Wife reports he has been irritable and drinking again.",
        "irritable",
        "client",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), EXPERIENCERS.values(), ids=EXPERIENCERS)
def test_experiencer(text, target, expected):
    assert assess(text, target)["experiencer"] == expected


# (sentence, target span, expected assertion)
ASSERTIONS = {
    # a verdict of improvement on the word right before it, quoted or not
    "quoted-way-down": ('Reports her panic "way down" since the dose change.', "panic", "negated"),
    "quoted-a-lot-less": ('Says the nightmares are "a lot less" now.', "nightmares", "negated"),
    "plain-way-better": ("Irritability way better on the new schedule.", "Irritability", "negated"),
    "copula-a-lot-lower": ("His anxiety is a lot lower this month.", "anxiety", "negated"),
    # look-alikes: "down" as low mood, a verdict in another clause, two words away
    "anxious-and-way-down": ('Client anxious and "way down" all week.', "anxious", "present"),
    "verdict-after-says": (
        "Tearful, says she feels a lot better than she did.",
        "Tearful",
        "present",
    ),
    "quoted-verdict-contrast": (
        'Says her sleep is "way better" but she was tearful today.',
        "tearful",
        "present",
    ),
    # an "unclear whether" clause hedges each alternative it names, until its clause ends
    "unclear-if-or-second": (
        "Unclear if his slumped posture reflects low mood or simply exhaustion from the drive.",
        "exhaustion",
        "possible",
    ),
    "hard-to-tell-whether": (
        "Hard to tell whether the long pauses today were sedation or real withdrawal.",
        "withdrawal",
        "possible",
    ),
    # look-alikes: the clause ends at a semicolon or a new subject
    "unclear-then-semicolon": (
        "Unclear whether she will return next month; tearful throughout the session.",
        "tearful",
        "present",
    ),
    "unsure-then-but-she": (
        "Unsure if the headaches are from stress, but she was hopeless today.",
        "hopeless",
        "present",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), ASSERTIONS.values(), ids=ASSERTIONS)
def test_assertion(text, target, expected):
    assert assess(text, target)["assertion"] == expected


def test_outward_needs_a_direction():
    from nlp.context import ContextRuleError, parse_rules

    categories = {"negated": {"group": "assertion", "assertion": "negated", "priority": 1}}
    ok = {"id": "a", "category": "negated", "direction": "backward", "literal": "x"}
    parse_rules({"categories": categories, "rules": [{**ok, "outward": True}]}, "t.json")
    with pytest.raises(ContextRuleError, match="outward"):
        parse_rules(
            {
                "categories": {**categories, "pseudo": {}},
                "rules": [{"id": "b", "category": "pseudo", "literal": "x", "outward": True}],
            },
            "t.json",
        )
