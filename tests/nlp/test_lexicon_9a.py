"""Lexicon breadth, round lexicon-9a: sign.physical, sign.emotional, sign.withdrawal and
cause.trauma. Families of phrasings (a stomach that has been / is always in knots, daytime
sleepiness and nodding off, 'a zombie' and too tired to think, 'nothing is ever going to change'
and its kin, mood that has worsened / dropped, horrified, passing on one's turn in group,
sensory re-experiencing: could smell / hear it again) and the look-alikes that must not fire
(a zombie film, an exercise that feels robotic, zoning out while recounting a trauma, a yelling
role-play, knowing what miserable looks like, intrusive images of harming in OCD or postpartum
notes, nothing has changed in a plan, could hear her again on a fixed phone). My own sentences,
not evaluation rows."""

import pytest

from .helpers import cue_texts, marks, present_labels

# (text, label, a word the cue span must contain)
POSITIVE = [
    # sign.physical: a stomach in knots with the verb in between
    ("Says her stomach has been in knots all week.", "sign.physical", "knots"),
    ("His gut is always in knots before court dates.", "sign.physical", "knots"),
    ("Reports her tummy gets tied in knots at school drop-off.", "sign.physical", "knots"),
    # sign.physical: daytime sleepiness, nodding off, too tired to think
    ("Endorses excessive daytime sleepiness since the new shift.", "sign.physical", "sleepiness"),
    ("Pt has been nodding off at his desk most afternoons.", "sign.physical", "nodding off"),
    ("Says she can't keep her eyes open after lunch.", "sign.physical", "eyes open"),
    ('Describes himself as "a zombie" since the baby came.', "sign.physical", "zombie"),
    ("Feels like a zombie on the night rota.", "sign.physical", "zombie"),
    ('Said she was "too exhausted to think" by Friday.', "sign.physical", "exhausted"),
    ("Reports being too tired to function at work.", "sign.physical", "tired"),
    # sign.emotional: hopelessness in the client's words
    ('Client: "Nothing\'s ever going to change for me."', "sign.emotional", "change"),
    ("Said things will never get better at home.", "sign.emotional", "better"),
    ('"It\'s never going to get better," she said quietly.', "sign.emotional", "better"),
    # sign.emotional: mood said to have worsened
    ("Mood has dropped noticeably since the layoff.", "sign.emotional", "mood"),
    ("Pt reports her mood is worse this week.", "sign.emotional", "mood"),
    ("Notes a steadily declining mood over the winter.", "sign.emotional", "mood"),
    # sign.emotional: horrified
    ("Client was horrified by what she had said to her sister.", "sign.emotional", "horrified"),
    # sign.withdrawal: passing on one's turn, declining to share in group
    (
        "Dana passed on her turn during check-in and looked at the floor.",
        "sign.withdrawal",
        "passed",
    ),
    ("Member declined to share in group again tonight.", "sign.withdrawal", "declined"),
    ("Chose not to share when the circle came round to him.", "sign.withdrawal", "share"),
    # cause.trauma: sensory re-experiencing
    ("In session she said she could still hear the screams again.", "cause.trauma", "hear"),
    (
        "He could smell the diesel all over again while describing the convoy.",
        "cause.trauma",
        "smell",
    ),
    ("Says she can hear the gunshots at night.", "cause.trauma", "gunshots"),
]

NEAR_MISS = [
    ("Son has been watching zombie movies before bed.", "sign.physical"),
    ("Client said the breathing app feels too robotic to use.", "sign.withdrawal"),
    ("She said the worksheets are kind of scripted.", "sign.withdrawal"),
    ("Zoned out briefly while recounting the assault, then grounded.", "sign.withdrawal"),
    ("We practised the yelling role-play for his assertiveness goal.", "sign.emotional"),
    ("Stays because 'I know what unhappy looks like here.'", "sign.emotional"),
    (
        "Reports intrusive thoughts of harming the baby, which she finds ego-dystonic.",
        "cause.trauma",
    ),
    ("Postpartum: intrusive images of dropping her son on the stairs.", "cause.trauma"),
    ("Her stomach was in the right place for the scan.", "sign.physical"),
    ("She is so tired of her brother's excuses.", "sign.physical"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


def test_denied_daytime_sleepiness_is_negated():
    assert marks("Denies daytime sleepiness or dozing at the wheel.", "sign.physical") == [
        ("daytime sleepiness", "negated")
    ]


def test_hopelessness_in_a_quote_is_present():
    assert "sign.emotional" in present_labels(
        "Client said 'nothing is ever gonna change' and stared at the floor."
    )
