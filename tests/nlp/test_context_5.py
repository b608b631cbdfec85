"""Context families of lexicon-5: who is the experiencer when a relative reports, another group
member or the clinician in training feels it, or the client lost someone; onset and admission
times; a hedge inside the cue; the reason a plan step gives."""

import pytest

from .helpers import assess

# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    # a relative phoning or writing "to say he ...": the pronoun is the subject, the client
    "phoned-to-say-he": ("His wife rang to say he has been very withdrawn.", "withdrawn", "client"),
    "emailed-to-let-us-know-she": (
        "Her dad emailed to let us know she has been tearful at night.",
        "tearful",
        "client",
    ),
    "to-tell-him-is-no-subject": (
        "Her partner wanted to tell him he seemed hopeless.",
        "hopeless",
        "client",
    ),
    "his-wife-to-say-she-is-the-wife": (
        "His wife called to report that she is exhausted.",
        "exhausted",
        "other",
    ),
    # an informant naming the client by the relation: the named relative is the client
    "father-reports-son": ("Dad reports son is irritable most evenings.", "irritable", "client"),
    "mother-states-her-daughter": (
        "Mother stated her daughter has been restricting again.",
        "restricting",
        "client",
    ),
    "wife-notes-husband": ("Wife notes husband is drinking again.", "drinking again", "client"),
    "daughter-reports-mom": ("Daughter reports mom is more agitated.", "agitated", "client"),
    "informant-about-a-third-relative-stays-other": (
        "Mother reports her sister is anxious.",
        "anxious",
        "other",
    ),
    "bare-relative-as-subject-stays-other": (
        "Son has been depressed since the divorce.",
        "depressed",
        "other",
    ),
    # a bare "child" in a child's note is the client; a determined one is somebody's child
    "bare-child-is-the-client": ("Child was tearful at drop-off.", "tearful", "client"),
    "childs-possessive-is-the-clients": ("Child's anxiety spiked at school.", "anxiety", "client"),
    "her-child-is-other": ("Her child is anxious about the move.", "anxious", "other"),
    "clients-child-possessive-is-other": (
        "Client's child's tantrums have worsened.",
        "tantrums",
        "other",
    ),
    "another-kid-is-other": ("Another kid in class was crying.", "crying", "other"),
    # other members of a group, other patients on a unit
    "several-members": ("Several members appeared anxious after the check-in.", "anxious", "other"),
    "another-member-disclosed": (
        "Another member shared a relapse over the weekend.",
        "relapse",
        "other",
    ),
    "a-members-possessive": (
        "A member's panic attack in group unsettled everyone; client stayed calm.",
        "panic attack",
        "other",
    ),
    "a-peers-possessive": ("A peer's outburst ended the group early.", "outburst", "other"),
    "other-patients": ("Other patients on the unit were agitated overnight.", "agitated", "other"),
    "a-member-of-a-club-is-a-role": (
        "She is a member of a choir and feels anxious before concerts.",
        "anxious",
        "client",
    ),
    "client-after-a-member-is-the-client": (
        "Another member cried; client became withdrawn.",
        "withdrawn",
        "client",
    ),
    # the clinician in training is not the client
    "interns-own": (
        "Intern's own anxiety about the case came up in supervision.",
        "anxiety",
        "other",
    ),
    "trainee-felt": ("Trainee felt frustrated after the session.", "frustrated", "other"),
    "an-intern-is-a-job": (
        "Client, an intern at a law firm, feels overwhelmed.",
        "overwhelmed",
        "client",
    ),
    "intern-to-screen-for": (
        "Intern to screen for relapse at the next visit.",
        "relapse",
        "client",
    ),
    # an emphatic reflexive after a relative keeps the relative
    "mom-herself": ("Mom herself struggles with panic attacks.", "panic attacks", "other"),
    "his-father-himself": ("His father, himself a heavy drinker, relapsed.", "relapsed", "other"),
    "client-herself-is-the-client": (
        "Client herself reported feeling hopeless.",
        "hopeless",
        "client",
    ),
    "mom-has-her-own": ("Mom has her own history of depression.", "depression", "other"),
    # the person lost, grieved or visited is an object, not the one who feels it
    "lost-his-father-and-was": (
        "Lost his father last spring and was numb for months.",
        "numb",
        "client",
    ),
    "grieving-her-husband": (
        "Grieving her husband, client has been withdrawn.",
        "withdrawn",
        "client",
    ),
    "lost-her-son-to-an-overdose": (
        "She lost her son to an overdose two years ago.",
        "overdose",
        "other",
    ),
    # a relative saying something of herself after a comma: the relative's
    "daughter-tearful-saying-she": (
        "Daughter was upset at the meeting, stating she is burnt out from caregiving.",
        "burnt out",
        "other",
    ),
    "client-tearful-saying-she": (
        "Client was upset in the family meeting, stating she is burnt out.",
        "burnt out",
        "client",
    ),
    "mom-upset-saying-he": (
        "Mom was upset in session, saying he has been isolating.",
        "isolating",
        "client",
    ),
    "relative-after-a-preposition-is-no-subject": (
        "She argued with her mother, saying she felt hopeless.",
        "hopeless",
        "client",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), EXPERIENCERS.values(), ids=EXPERIENCERS)
def test_experiencer(text, target, expected):
    assert assess(text, target)["experiencer"] == expected


# (sentence, target span, expected assertion)
ASSERTIONS = {
    # an explicit history keeps its time though the onset is dated
    "hx-since-age": ("Hx of purging since age 15.", "purging", "historical"),
    "history-since-adolescence": (
        "History of self-harm since adolescence.",
        "self-harm",
        "historical",
    ),
    "onset-alone-is-ongoing": ("Panic attacks since age 10.", "Panic attacks", "present"),
    "onset-beats-a-farther-remote-time": (
        "Bullied as a child, anxious since she was 9.",
        "anxious",
        "present",
    ),
    "ever-since-still-cancels-history": (
        "History of nightmares, ever since the crash.",
        "nightmares",
        "present",
    ),
    # prior programs and groups are before this treatment
    "in-prior-groups": ("Dropped out in prior groups.", "Dropped out", "historical"),
    "in-previous-programs": (
        "He relapsed repeatedly in previous programs.",
        "relapsed",
        "historical",
    ),
    "in-her-previous-relationship": (
        "She was assaulted in her previous relationship.",
        "assaulted",
        "historical",
    ),
    # the reason a plan step gives is what happened, not what to watch for
    "monitor-given-her": (
        "Will monitor for relapse given her missed sessions in prior programs.",
        "missed sessions",
        "historical",
    ),
    "monitor-given-recent": (
        "Will monitor for dropout given recent missed sessions.",
        "missed sessions",
        "present",
    ),
    "monitor-for-stays-hypothetical": (
        "Will monitor for dropout given recent missed sessions.",
        "dropout",
        "hypothetical",
    ),
    "if-given-the-chance-stays-hypothetical": (
        "If given the chance she would quit therapy.",
        "quit therapy",
        "hypothetical",
    ),
    "possible-given-her": (
        "May be depressed; possible given her poor sleep.",
        "poor sleep",
        "present",
    ),
    # an admission some time ago: its reason is background
    "admitted-days-ago-for": (
        "Pt admitted 3 days ago for SI; today denies SI.",
        "SI",
        "historical",
    ),
    "hospitalized-weeks-ago-after": (
        "Hospitalized two weeks ago after an overdose.",
        "overdose",
        "historical",
    ),
    "admitted-to-is-a-confession": (
        "Client admitted to cutting after the session.",
        "cutting",
        "present",
    ),
    "admitted-for-the-first-time": (
        "Client admitted for the first time that she purges.",
        "purges",
        "present",
    ),
    "was-admitted-for-is-this-episode": (
        "She was admitted for suicidal ideation.",
        "suicidal ideation",
        "present",
    ),
    # a hedge inside the cue itself
    "might-not-return": (
        "He said he might not return after the break.",
        "might not return",
        "possible",
    ),
    "could-not-stop-is-no-hedge": (
        "She could not stop crying in session.",
        "could not stop crying",
        "present",
    ),
    # seeing or hearing is no uncertainty
    "could-be-heard": ("Her father could be heard shouting.", "shouting", "present"),
    "could-be-still-hedges": (
        "She could be avoiding the homework.",
        "avoiding the homework",
        "possible",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), ASSERTIONS.values(), ids=ASSERTIONS)
def test_assertion(text, target, expected):
    assert assess(text, target)["assertion"] == expected
