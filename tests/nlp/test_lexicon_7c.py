"""Lexicon-7c: alliance (the frame changed without notice, 'you didn't tell me', 'I've done all
this before', a named technique that 'doesn't work', doubt that a modality or this place is
right, not feeling safe opening up here, 'not for people like me', a reaction to the therapist
declining a letter or refill), dissonance (a quoted 'torn', feeling like two people, admitting a
parent was right about him), fear of change (afraid of who I am if, one foot in and one foot out,
stopping would leave him with nothing, 'if I stop ..., what's left?', afraid that if she starts
grieving) and safety (wanting to be dead, stockpiling a named medicine, taking all of someone's
pills or the whole bottle, cuts to the L forearm, a plan to jump from, SA xN, a relative's
suicide as someone else's); with the look-alikes that must not fire. My own sentences, not
evaluation rows."""

import pytest

from .helpers import annotations_of, cue_texts

# (text, label, a word the cue must contain, its assertion, its experiencer)
MARKED = [
    # cause.alliance: the frame changed by the therapist or clinic without warning
    (
        "Pt upset; I had moved our session time without notice.",
        "cause.alliance",
        "without notice",
        "present",
        "client",
    ),
    (
        "The clinic switched her appointment day without telling her.",
        "cause.alliance",
        "without telling",
        "present",
        "client",
    ),
    (
        '"You never told me you were changing offices."',
        "cause.alliance",
        "told me",
        "present",
        "client",
    ),
    # 'I've done all this before' and a named technique that doesn't work
    (
        '"Tried all of this before with my last counselor."',
        "cause.alliance",
        "before",
        "present",
        "client",
    ),
    (
        'Said "mindfulness doesn\'t work" and put the handout down.',
        "cause.alliance",
        "mindfulness",
        "present",
        "client",
    ),
    ('"None of this stuff works for me."', "cause.alliance", "none of this", "present", "client"),
    # doubt that a modality or this place is right
    (
        "Questions whether family therapy is the right approach.",
        "cause.alliance",
        "family therapy",
        "present",
        "client",
    ),
    (
        "Unsure if this program is the right level of care.",
        "cause.alliance",
        "right",
        "present",
        "client",
    ),
    (
        '"This isn\'t the right place for someone like me."',
        "cause.alliance",
        "right place",
        "present",
        "client",
    ),
    (
        "Does not feel comfortable opening up in group.",
        "cause.alliance",
        "opening up",
        "present",
        "client",
    ),
    (
        'Says group is "not meant for people like me."',
        "cause.alliance",
        "people like me",
        "present",
        "client",
    ),
    ("Furious that the fee went up without warning.", "cause.alliance", "fee", "present", "client"),
    ('Says the clinic "isn\'t the place for me."', "cause.alliance", "place", "present", "client"),
    # a reaction to the therapist declining a letter, form or refill
    (
        "He walked out when I refused to sign the court form.",
        "cause.alliance",
        "refused",
        "present",
        "client",
    ),
    (
        "Irate that I could not write a work note for Monday.",
        "cause.alliance",
        "note",
        "present",
        "client",
    ),
    # cause.dissonance
    (
        'Feels "torn" between her faith and her girlfriend.',
        "cause.dissonance",
        "torn",
        "present",
        "client",
    ),
    (
        "Says she lives like two different people at work and at home.",
        "cause.dissonance",
        "two",
        "present",
        "client",
    ),
    (
        "Getting sober would feel like admitting she was never in control.",
        "cause.dissonance",
        "admitting",
        "present",
        "client",
    ),
    (
        "Hates admitting that his mother was right about him.",
        "cause.dissonance",
        "right about him",
        "present",
        "client",
    ),
    # cause.fear_of_change
    (
        'Scared of "who I am if I\'m not the sick one."',
        "cause.fear_of_change",
        "who I am if",
        "present",
        "client",
    ),
    (
        "Wonders who she is without the anorexia.",
        "cause.fear_of_change",
        "who she is",
        "present",
        "client",
    ),
    (
        "Has one foot in sobriety, one foot out.",
        "cause.fear_of_change",
        "one foot",
        "present",
        "client",
    ),
    (
        "Says quitting the pills would leave her with nothing.",
        "cause.fear_of_change",
        "nothing",
        "present",
        "client",
    ),
    (
        'Told me: "If I give up the anger, what\'s left of me."',
        "cause.fear_of_change",
        "left",
        "present",
        "client",
    ),
    (
        "Scared that if he lets himself grieve he'll fall apart.",
        "cause.fear_of_change",
        "grieve",
        "present",
        "client",
    ),
    # risk.safety
    ("Endorses wanting to be dead on bad days.", "risk.safety", "dead", "present", "client"),
    (
        "Mother found her hoarding Seroquel in a drawer.",
        "risk.safety",
        "seroquel",
        "present",
        "client",
    ),
    ("Pt may be saving up oxycodone.", "risk.safety", "oxycodone", "possible", "client"),
    (
        "Thought about taking all of her husband's sleeping pills.",
        "risk.safety",
        "sleeping pills",
        "present",
        "client",
    ),
    ('"I could just take the whole bottle."', "risk.safety", "whole bottle", "present", "client"),
    ("Fresh cuts to R thigh, cleaned in session.", "risk.safety", "cuts", "present", "client"),
    (
        "Superficial scratches on L forearm seen today.",
        "risk.safety",
        "forearm",
        "present",
        "client",
    ),
    (
        "Disclosed a plan to jump off the overpass.",
        "risk.safety",
        "plan to jump",
        "present",
        "client",
    ),
    ("Hx of SA x2, last in 2018.", "risk.safety", "SA x2", "historical", "client"),
    (
        "Still grieving her father's suicide in 2015.",
        "risk.safety",
        "suicide",
        "historical",
        "other",
    ),
]

# (text, label): no cue of the label at all
NEAR_MISS = [
    # alliance: changes by someone else, or the client's own cancelling
    ("Her landlord raised the rent without notice.", "cause.alliance"),
    ('"I quit my job without telling anyone."', "cause.alliance"),
    ("Client cancelled the appointment without notice.", "cause.alliance"),
    # hope, not doubt; a marriage, not therapy; time, not place
    ("She wonders if family therapy will help her son.", "cause.alliance"),
    ("He questions whether the marriage is worth saving.", "cause.alliance"),
    ("Not sure this is the right time to bring up the divorce.", "cause.alliance"),
    # liking the new therapist, feeling safe to talk
    ("Says the new therapist feels like a better fit.", "cause.alliance"),
    ("She likes her new therapist.", "cause.alliance"),
    ("Transferred to a new therapist when Dr. R retired.", "cause.alliance"),
    ("Client feels safe opening up in session now.", "cause.alliance"),
    # the therapist declining without a reaction, the client's own 'I can't'
    ("I declined to write an ESA letter; client understood and agreed.", "cause.alliance"),
    ('"I left because I can\'t support two kids alone."', "cause.alliance"),
    ("Is there anything that I can support you with before we stop?", "cause.alliance"),
    # dissonance: two people in a couple, a legal admission, a budget
    ("They fought like two people who hate each other.", "cause.dissonance"),
    ("Pleading guilty means admitting the charge, per his lawyer.", "cause.dissonance"),
    ("He admitted his wife was right about the budget.", "cause.dissonance"),
    # fear of change: money, a semester, talking about a topic, opening mail
    ("The divorce would leave her with nothing financially.", "cause.fear_of_change"),
    ("If she stops now, what's left of the semester will be rushed.", "cause.fear_of_change"),
    ('Says she is "not ready to talk about it" today.', "cause.fear_of_change"),
    ("Worried that if he opens the mail there will be more bills.", "cause.fear_of_change"),
    # safety: adherence, food, an accident, dating, curtains
    ("Reports taking all of her meds as prescribed; no side effects.", "risk.safety"),
    ("Client stockpiling canned food for the winter.", "risk.safety"),
    ("He has a cut on his left hand from work.", "risk.safety"),
    ("Client plans to jump into the dating scene again.", "risk.safety"),
    ("Pt is considering hanging the new curtains.", "risk.safety"),
    ("Plans to hang out with friends this weekend.", "risk.safety"),
    ("Has been saving money for a new car.", "risk.safety"),
]


@pytest.mark.parametrize(("text", "label", "word", "assertion", "experiencer"), MARKED)
def test_phrasing_is_marked_with_its_context(text, label, word, assertion, experiencer):
    found = [(a["text"], a["assertion"], a["experiencer"]) for a in annotations_of(text, label)]
    assert any(
        word.lower() in cue.lower() and (a, e) == (assertion, experiencer) for cue, a, e in found
    ), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)
