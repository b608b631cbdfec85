"""Context families of lexicon-6: the period before admission and "historically" as history, an
explicit history that keeps its time across a dated onset, a hedged heading ("Possible
rupture:") and a hedged cause ("likely contributor"), an improvement that only "appears" (but
not "resolved to"), a relative's or the team's suspicion as possible, and the therapist's own
reaction."""

import pytest

from .helpers import assess

# (sentence, target span, expected assertion)
ASSERTIONS = {
    # the weeks before admission (or presentation, referral) are before this treatment
    "wks-prior-to-admission-far-back": (
        'Per his brother, pt was "sleeping all day long" and skipping meals for 3 weeks '
        "prior to admission.",
        "sleeping all day",
        "historical",
    ),
    "days-before-hospitalization": (
        "Daughter says she was hopeless and barely eating in the days before her hospitalization.",
        "hopeless",
        "historical",
    ),
    "months-preceding-presentation": (
        "Escalating panic attacks and insomnia in the months preceding presentation.",
        "insomnia",
        "historical",
    ),
    "leading-up-to-admission": (
        "Mother describes him as withdrawn and irritable leading up to the admission.",
        "irritable",
        "historical",
    ),
    "pta-abbreviation": ("Worsening insomnia x 2 wks PTA per chart.", "insomnia", "historical"),
    "before-referral": (
        "Pt had frequent migraines before referral to behavioral health.",
        "migraines",
        "historical",
    ),
    # look-alikes: back to how it was before admission is now; a plain admission date is not
    "as-before-admission-stays-present": (
        "Pt isolating in his room again, as before admission.",
        "isolating",
        "present",
    ),
    "since-admission-stays-present": (
        "Pt tearful most days since admission.",
        "tearful",
        "present",
    ),
    # "historically" and a fronted past time keep theirs over the present perfect that follows
    "historically-adverb": (
        "Historically dropped out of groups when confronted.",
        "dropped out",
        "historical",
    ),
    "historically-fronted-has": (
        "Historically, he has shut down whenever his father came up.",
        "shut down",
        "historical",
    ),
    "in-the-past-fronted-has": (
        "In the past, she has cancelled after hard sessions.",
        "cancelled",
        "historical",
    ),
    "historically-then-currently": (
        "Historically avoidant of conflict; currently tearful and angry with her sister.",
        "tearful",
        "present",
    ),
    "since-childhood-fronted-stays-ongoing": (
        "Since childhood, she has been anxious around men.",
        "anxious",
        "present",
    ),
    # an explicit history keeps its time though the onset is dated and a word intervenes
    "hx-adjective-since-adolescence": (
        "Hx of recurrent panic attacks since adolescence.",
        "panic attacks",
        "historical",
    ),
    "pmh-since-age": (
        "PMH: chronic tension headaches since age 16.",
        "headaches",
        "historical",
    ),
    "onset-alone-still-ongoing": (
        "Severe chronic insomnia since her teens.",
        "insomnia",
        "present",
    ),
    "to-this-day-cancels-explicit-history": (
        "History of panic attacks since adolescence, to this day.",
        "panic attacks",
        "present",
    ),
    # a hedged heading frames what follows the colon
    "possible-rupture-heading": (
        "Possible rupture: he was curt and withdrawn after I named the pattern.",
        "withdrawn",
        "possible",
    ),
    "suspected-early-relapse-dash": (
        "Suspected early relapse - seems irritable and evasive about weekends.",
        "irritable",
        "possible",
    ),
    "query-ntr-heading": (
        "Query NTR: client feels worse after each session that goes well.",
        "feels worse",
        "possible",
    ),
    # look-alikes: a plain heading hedges nothing after it, nor does a confident "Likely X:"
    # (its evidence is stated as fact, as the golden note has it)
    "assessment-heading-no-hedge": (
        "Assessment: client curt and withdrawn after the feedback.",
        "withdrawn",
        "present",
    ),
    "likely-heading-states-its-evidence": (
        "Likely rupture: she cancelled twice and is guarded in session.",
        "guarded",
        "present",
    ),
    "no-heading-seems-is-observation": (
        "Since the rupture, she seems to get worse after every session.",
        "get worse",
        "present",
    ),
    # a hedged cause ("likely contributor") makes the cause possible, not the finding
    "likely-contributor": (
        "Frequent headaches, normal neuro exam. Stress and anxiety likely contributor.",
        "anxiety",
        "possible",
    ),
    "may-be-contributing": (
        "Depression may be contributing to his fatigue.",
        "Depression",
        "possible",
    ),
    "probably-a-factor": ("Panic probably a factor in the ER visits.", "Panic", "possible"),
    "contributing-keeps-the-finding": (
        "Anxiety may be contributing to her insomnia.",
        "insomnia",
        "present",
    ),
    "likely-related-is-no-hedge-on-the-state": (
        "She is tearful today, likely related to the anniversary.",
        "tearful",
        "present",
    ),
    # an improvement that appears / seems so is improvement
    "appears-resolved-per-client": (
        "Shame about the relapse appears resolved per client.",
        "Shame",
        "negated",
    ),
    "seems-to-have-subsided": (
        "Her panic attacks seem to have subsided.",
        "panic attacks",
        "negated",
    ),
    "looks-much-improved": ("Sleep disturbance looks much improved.", "Sleep", "negated"),
    "resolved-per-report": ("Nightmares resolved per report.", "Nightmares", "negated"),
    # look-alike: resolved to do something is resolve, not resolution
    "resolved-to-keep-going": (
        "Tearful, though seemed resolved to keep going with exposures.",
        "Tearful",
        "present",
    ),
    "resolved-to-quit-no-comma": (
        "Anxious yet resolved to quit drinking.",
        "Anxious",
        "present",
    ),
    # a relative's or the team's suspicion is not the client's confirmation
    "wife-called-worried-he-is": (
        "His wife phoned, worried he is using again.",
        "using again",
        "possible",
    ),
    "mother-concerned-that-she": (
        "Mother concerned that she is restricting again.",
        "restricting",
        "possible",
    ),
    "parents-think-she": (
        "Parents think she has been self-harming at night.",
        "self-harming",
        "possible",
    ),
    "staff-suspect-he": ("Staff suspect he is purging after meals.", "purging", "possible"),
    # look-alikes: a relative reporting is a report; her fear of the future is a fear
    "wife-reports-he-is-present": (
        "Wife reports he is drinking heavily again.",
        "drinking heavily again",
        "present",
    ),
    "mother-worried-she-will": (
        "Mother worried she will relapse once home.",
        "relapse",
        "hypothetical",
    ),
    "client-worries-she-is": (
        "Client worries she is a burden to everyone.",
        "burden",
        "present",
    ),
    "suspicion-ends-at-clause": (
        "Wife worried he is drinking again, and he admits he relapsed Friday.",
        "relapsed",
        "present",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), ASSERTIONS.values(), ids=ASSERTIONS)
def test_assertion(text, target, expected):
    assert assess(text, target)["assertion"] == expected


# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    # the therapist's own reaction, however long the sentence runs
    "found-myself-far": (
        "I found myself irritated with him for arriving late again, and then ashamed of the "
        "irritation.",
        "ashamed",
        "other",
    ),
    "countertransference": (
        "Countertransference: boredom and frustration during the session.",
        "frustration",
        "other",
    ),
    "countertransference-noted-of": (
        "Noted countertransference of sadness when she spoke of her son.",
        "sadness",
        "other",
    ),
    # look-alikes: the client's state stays hers, and transference is the client's
    "client-after-my-reaction": (
        "I found myself bored; client was tearful and guarded.",
        "tearful",
        "client",
    ),
    "transference-is-the-clients": (
        "Transference: she is angry that I am leaving.",
        "angry",
        "client",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), EXPERIENCERS.values(), ids=EXPERIENCERS)
def test_experiencer(text, target, expected):
    assert assess(text, target)["experiencer"] == expected
