"""Lexicon breadth, round lexicon-9c: cause.alliance, cause.dissonance, cause.fear_of_change and
risk.safety. Families: therapy felt as robotic or scripted, doubting a named modality is right,
'why do I have to come here', the therapist as lecturing or preaching, staff who 'have it in for'
the client, tasks as torture (task as subject), wanting to go back to talk therapy, tasks fit
'for a child'; advice that is the opposite of what she was told, not knowing whom to believe, a
view that does not fit her story; not knowing who he would be, not wanting to feel better yet,
'at least familiar'; physical altercations, grabbing a family member by the collar, wishes to beat
someone senseless, thinking about taking all her pills. Look-alikes that must not fire. My own
sentences, not evaluation rows."""

import pytest

from .helpers import cue_texts, marks

# (text, label, a word the cue span must contain)
POSITIVE = [
    ("Pt says the skills group feels so mechanical.", "cause.alliance", "mechanical"),
    ("He said our sessions are too scripted for him.", "cause.alliance", "scripted"),
    ("Client doubts whether DBT is helping her at all.", "cause.alliance", "DBT"),
    ("Wonders if exposure is really worth it.", "cause.alliance", "worth"),
    ("Teen said he doesn't see why he has to come to therapy.", "cause.alliance", "why"),
    ('"I don\'t know why I need to be here," she said.', "cause.alliance", "here"),
    ("Pt said I keep preaching at him about his drinking.", "cause.alliance", "preaching"),
    ("Told me to stop lecturing me about sleep.", "cause.alliance", "lecturing"),
    ("She says the group leaders have it in for her.", "cause.alliance", "leaders"),
    ("He says the counselors always pick on him.", "cause.alliance", "pick"),
    ("Says the worksheets are basically torturing her.", "cause.alliance", "torturing"),
    ("Pt asked to go back to just talking next week.", "cause.alliance", "talking"),
    ("Said the thought log is like a sticker chart for a toddler.", "cause.alliance", "toddler"),
    ("CBT rules are the opposite of what she was taught.", "cause.dissonance", "opposite"),
    ("He is not sure who he should believe anymore.", "cause.dissonance", "believe"),
    ("It doesn't square with the picture he has of his dad.", "cause.dissonance", "square"),
    ("Not wanting to get better yet, since support stops.", "cause.fear_of_change", "better"),
    ("Pt is afraid of getting better.", "cause.fear_of_change", "better"),
    ("The drinking is at least predictable, he said.", "cause.fear_of_change", "predictable"),
    ("Staff reports two physical altercations on the unit.", "risk.safety", "altercations"),
    ("Pt admits he shoved his wife during the argument.", "risk.safety", "shoved"),
    ("He grabbed his daughter by the arm and yanked her.", "risk.safety", "grabbed"),
    ("Said he would like to beat that driver senseless.", "risk.safety", "senseless"),
    ("Wanted to beat the crap out of his neighbor.", "risk.safety", "crap"),
    ("Some nights he thinks of swallowing all his sleeping pills.", "risk.safety", "swallowing"),
]

# (text, label) that must NOT fire
NEGATIVE = [
    ("She is taking all her pills as prescribed.", "risk.safety"),
    ("Mom thinks about taking all her meds to the pharmacy for review.", "risk.safety"),
    ("He beat the other team to the finals.", "risk.safety"),
    ("Her son grabbed the dog by the collar.", "risk.safety"),
    ("She wondered if the group is going to meet on Friday.", "cause.alliance"),
    ("Mom said he is lecturing his sister again.", "cause.alliance"),
    ("Dad was preaching at dinner.", "cause.alliance"),
    ("She knows who she will be meeting tomorrow.", "cause.fear_of_change"),
    ("He bought a sticker chart for a child psychologist.", "cause.alliance"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_fires(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in c.lower() for c in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEGATIVE)
def test_look_alike_does_not_fire(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Client doesn't know why she has to come here.", "cause.alliance"),
        ("Pt doesn't know whom to trust, her surgeon or us.", "cause.dissonance"),
        ("She doesn't want to feel better yet.", "cause.fear_of_change"),
    ],
)
def test_negator_in_cue_stays_present(text, label):
    assert any(a == "present" for _, a in marks(text, label)), marks(text, label)


def test_denied_altercation_is_negated():
    assert marks("Denies any physical altercations.", "risk.safety") == [
        ("physical altercations", "negated")
    ]
