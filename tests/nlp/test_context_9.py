"""Context families of round 9: a symptom whose improvement verb comes after a relative clause
("the nightmares that began after the fire have settled"), a young child named by age ("her
6-year-old"), the client's possessive after a preposition ("annoyed by the client's lateness"),
a bare group of people as the object of seeing or calling ("stopped seeing friends"), and a
relative asking whether a thing could happen ("Mom asked whether the exposures could ...")."""

import pytest

from .helpers import assess

# (sentence, target span, expected assertion)
ASSERTIONS = {
    "relative-clause-eased": (
        "The nightmares that started after the fire have eased since we began meeting.",
        "nightmares",
        "negated",
    ),
    "relative-clause-which-resolved": (
        "His panic attacks, which he had all winter, have now resolved.",
        "panic attacks",
        "present",  # a comma breaks the relative reach: the older backward rule's business
    ),
    "relative-clause-subsided": (
        "The headaches that followed the move have largely subsided.",
        "headaches",
        "negated",
    ),
    "relative-clause-gone": (
        "Says the migraines that kept her home from work have finally cleared.",
        "migraines",
        "negated",
    ),
    # look-alikes: a relative clause that does not improve, or a contrast inside it
    "relative-clause-still": (
        "The nightmares that started after the fire have continued nightly.",
        "nightmares",
        "present",
    ),
    "relative-clause-worsened": (
        "The panic attacks that she described last week have worsened.",
        "panic attacks",
        "present",
    ),
    "other-symptom-eased": (
        "She remains tearful although the headaches that followed the crash have eased.",
        "tearful",
        "present",
    ),
    # someone asks whether a thing could happen: hypothetical; the client asking to do it: present
    "dad-asked-whether-could": (
        "Her father asked whether the exposures could make her panic worse.",
        "panic",
        "hypothetical",
    ),
    "worried-whether-would": (
        "Mother worried whether the trauma narrative would set him back.",
        "set him back",
        "hypothetical",
    ),
    "client-asked-whether-she-could": (
        "She asked whether she could skip sessions over the holidays.",
        "skip",
        "present",
    ),
    "client-asked-whether-they-could": (
        "Client asked whether they could cut back to monthly sessions.",
        "cut back",
        "present",
    ),
}

# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    "aged-child-hyphen": (
        "Her 6-year-old has been having tantrums since the divorce.",
        "tantrums",
        "other",
    ),
    "aged-child-spaced": (
        "Pt says his 9 year old is anxious about school.",
        "anxious",
        "other",
    ),
    "pts-aged-child": ("Pt's 3-year-old regressed after the move.", "regressed", "other"),
    "client-possessive-after-by": (
        "I was frustrated by the client's repeated cancellations.",
        "cancellations",
        "client",
    ),
    "pt-possessive-after-at": (
        "Writer noticed frustration at the pt's continued no-shows.",
        "no-shows",
        "client",
    ),
    "seeing-friends": (
        "She has stopped seeing friends and is isolating at home.",
        "isolating",
        "client",
    ),
    "calling-her-family": (
        "He stopped calling his family and feels hopeless.",
        "hopeless",
        "client",
    ),
    "dad-asked-about-her": (
        "Dad asked whether the trauma work could make things worse for her.",
        "make things worse",
        "client",
    ),
    # look-alikes: the client named by age, the therapist's own feeling, friends as subject
    "client-a-14-year-old": (
        "Client, a 14-year-old, was tearful in session.",
        "tearful",
        "client",
    ),
    "therapist-own-feeling": (
        "I was frustrated by the client's repeated cancellations.",
        "frustrated",
        "other",
    ),
    "friends-subject": (
        "Her friends were worried and upset after the party.",
        "upset",
        "other",
    ),
    "dad-anxious-then-asked": (
        "Dad was anxious and asked whether therapy could go faster.",
        "anxious",
        "other",
    ),
}


@pytest.mark.parametrize("case", sorted(ASSERTIONS))
def test_assertion(case):
    text, target, expected = ASSERTIONS[case]
    assert assess(text, target)["assertion"] == expected


@pytest.mark.parametrize("case", sorted(EXPERIENCERS))
def test_experiencer(case):
    text, target, expected = EXPERIENCERS[case]
    assert assess(text, target)["experiencer"] == expected
