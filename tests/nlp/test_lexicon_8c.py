"""Lexicon breadth, round lexicon-8c: cause.alliance, cause.dissonance, cause.fear_of_change and
risk.safety. Families of phrasings (3RS confrontation markers about fees and attendance policy,
tasks that feel like school or torture, a therapist on the other side, a leader who singles the
client out, a different interpreter, doubting one can trust the therapist, misgendering, 'you
weren't there'; not being the person one thought; miserable but familiar, change as a cliff, who
she would be without the rituals, staying small; veiled threats and assault charges) and the
look-alikes that must not fire. My own sentences, not evaluation rows."""

import pytest

import nlp

from .helpers import annotations_of, cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # cause.alliance: the frame - fees and attendance policy
    ("Frustrated over the no-show fee she was billed in May.", "cause.alliance", "fee"),
    ("He complained about my session fees going up in January.", "cause.alliance", "fees"),
    ("Pt irritated by the clinic's late-cancellation policy.", "cause.alliance", "policy"),
    ('Says the missed-session charge is "a cash grab."', "cause.alliance", "grab"),
    ('Called our cancellation fees "a total scam."', "cause.alliance", "scam"),
    # cause.alliance: the tasks feel like school, torture, or make her feel crazy
    ('Says group is "like being back in high school."', "cause.alliance", "school"),
    ("Complains the DBT modules feel like a lecture every week.", "cause.alliance", "lecture"),
    ('Told me the exposures are "pure torture."', "cause.alliance", "torture"),
    ("Said I'm tormenting him with the hierarchy.", "cause.alliance", "tormenting"),
    ('Says the homework makes him "feel like a lab rat."', "cause.alliance", "lab"),
    ("Asked if we could just talk instead of doing exposures today.", "cause.alliance", "instead"),
    # cause.alliance: treatment framed as forced by a mandating party
    ('"My probation officer makes me come here."', "cause.alliance", "makes"),
    ("Says the court is forcing him into this program.", "cause.alliance", "forcing"),
    # cause.alliance: the therapist on someone else's side
    ('Accused me of being "on her husband\'s side" again.', "cause.alliance", "side"),
    ("Feels I'm siding with the court on the visitation plan.", "cause.alliance", "siding"),
    # cause.alliance: singled out by a leader, a different interpreter or facilitator
    ("Reports the facilitator keeps picking on him in group.", "cause.alliance", "picking"),
    ("Asked to change interpreters after the last session.", "cause.alliance", "interpreters"),
    ("Wants a different group leader.", "cause.alliance", "leader"),
    # cause.alliance: doubting the bond; misgendering; challenging the therapist's standing
    ("Wonders whether she can really trust me with the details.", "cause.alliance", "trust"),
    (
        "I misgendered him at the start of session and he went quiet.",
        "cause.alliance",
        "misgendered",
    ),
    ('"Easy for you to say, you\'ve never been through it."', "cause.alliance", "easy"),
    # cause.dissonance: not the person one thought one was
    ('"Maybe I\'m not the man I thought I was."', "cause.dissonance", "thought"),
    ("She is not who she always believed she was, she says.", "cause.dissonance", "believed"),
    # cause.fear_of_change: familiar misery, change as a cliff, who she'd be without it
    ('Leaving the marriage feels "like jumping off a cliff."', "cause.fear_of_change", "cliff"),
    ("Says the job is lonely but predictable.", "cause.fear_of_change", "predictable"),
    ("At least it's familiar, he says of the drinking.", "cause.fear_of_change", "familiar"),
    ("Fears without her checking she would become reckless.", "cause.fear_of_change", "without"),
    ("Doesn't know who she'd be without the anxiety.", "cause.fear_of_change", "without"),
    ("Would rather stay small than risk failing.", "cause.fear_of_change", "small"),
    ("Won't let herself hope that this job will last.", "cause.fear_of_change", "hope"),
    # risk.safety: veiled threats, assault charges
    ("Made an implied threat about his supervisor.", "risk.safety", "threat"),
    ("Said his neighbor will get what's coming to him.", "risk.safety", "coming"),
    ("Has two prior DV charges.", "risk.safety", "charges"),
    ("Was charged with assault after the bar fight last year.", "risk.safety", "assault"),
]

# (text, label that must NOT be marked)
NEAR_MISS = [
    # fees and policies that are not the therapy's
    ("Angry about the parking fee at the hospital.", "cause.alliance"),
    ("Upset about the late fee on her credit card.", "cause.alliance"),
    ("Pt upset about the copay increase at her PCP's office.", "cause.alliance"),
    # lectures and sides that are not the therapy's or the therapist's
    ("Says her father's talks feel like a lecture.", "cause.alliance"),
    ('Said "I\'m on the other side of it now."', "cause.alliance"),
    ('"I\'m on the right side of the law these days."', "cause.alliance"),
    ("I picked her up from the lobby after group.", "cause.alliance"),
    ('Told her mother "you weren\'t there for me."', "cause.alliance"),
    ('Client said "I was tortured in detention."', "cause.alliance"),
    ('Says "I\'m punishing myself" by skipping meals.', "cause.alliance"),
    ("Exposure made him feel worse at first, as expected.", "cause.alliance"),
    ("Mute for a week, now just talking again.", "cause.alliance"),
    ("Not sure she can trust her husband after the affair.", "cause.alliance"),
    ("Her mom keeps misgendering her at dinner.", "cause.alliance"),
    ('Admitted to "what\'s the point of living" thoughts.', "cause.alliance"),
    # another person not being who one thought
    ("Her ex is not the person she thought he was.", "cause.dissonance"),
    ("The court made him attend the hearing.", "cause.alliance"),
    ("Her mom makes her come to dinner on Sundays.", "cause.alliance"),
    # familiar / small / new that are not fear of change
    ("The drive was boring but safe.", "cause.fear_of_change"),
    ("Wants the group to stay small.", "cause.fear_of_change"),
    ("Willing to try anything new this week.", "cause.fear_of_change"),
    ("Without planning she'll forget deadlines.", "cause.fear_of_change"),
    ("Fell off a cliff of energy by Friday.", "cause.fear_of_change"),
    # threats to the client, not from the client
    ("Received threatening texts from her ex.", "risk.safety"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


def test_doubting_one_can_trust_the_therapist_is_present_not_negated():
    marks = annotations_of("She's not sure she can trust me yet.", "cause.alliance")
    assert marks and all(a["assertion"] == "present" for a in marks)


def test_you_werent_there_is_a_present_confrontation():
    marks = annotations_of('Shouted "you weren\'t there!" when I reframed it.', "cause.alliance")
    assert marks and all(a["assertion"] == "present" for a in marks)


def test_a_fee_grievance_is_the_clients():
    marks = annotations_of("Annoyed about the late-cancel fee again.", "cause.alliance")
    assert marks and all(a["experiencer"] == "client" for a in marks)


def test_a_late_fee_for_a_missed_session_is_still_the_frame():
    cues = cue_texts(
        nlp.get_nlp(),
        "Annoyed she was charged a late fee for the missed session.",
        "cause.alliance",
    )
    assert cues
