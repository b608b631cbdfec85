"""Lexicon breadth, round 8b: resistance (written assignments not done or handed in, a scare-quoted
"forgot" or a misplaced log, wanting to "just talk" instead of the exposures, covert neutralizing
during exposure), avoidance (cancel shorthand cx'd / cxl / canx, left at the break or stepped out
and did not return, not returning VMs / msgs), regression (back to or resumed long showers and
other compulsions, the old numbness / dread is back, "been using" as a mark the context can
negate), each as a family, with the look-alikes that must stay unmarked. My own sentences, not
evaluation rows."""

import pytest

from .helpers import marks, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # sign.resistance: a written therapy assignment not done, not handed in
    ("Client hasn't finished her trauma narrative.", "sign.resistance", "narrative"),
    ("He did not write the unsent letter to his father.", "sign.resistance", "letter"),
    ("Has not started the impact statement yet.", "sign.resistance", "statement"),
    ("Pt has not handed in the worksheets from last week.", "sign.resistance", "worksheets"),
    ("Pt did not turn in her ABC sheets again.", "sign.resistance", "sheets"),
    ("She has not emailed the exposure hierarchy.", "sign.resistance", "hierarchy"),
    ("No accountability letter again this week.", "sign.resistance", "letter"),
    ("Impact statement still not started.", "sign.resistance", "statement"),
    # sign.resistance: a scare-quoted "forgot", a misplaced log
    ('Pt "forgot" his mood log for the second week.', "sign.resistance", "log"),
    ("She says she misplaced the thought record.", "sign.resistance", "record"),
    # sign.resistance: just talking instead of the structured work
    ('Asked whether we could do "just talking" instead.', "sign.resistance", "instead"),
    ("He would rather just talk than do exposures.", "sign.resistance", "talk"),
    ("Pt prefers to talk rather than practice the skills.", "sign.resistance", "talk"),
    # sign.resistance: covert neutralizing / safety behaviours during exposure
    ("Observed covertly neutralising throughout the drive.", "sign.resistance", "neutralising"),
    ("She used safety behaviours during the exposure.", "sign.resistance", "safety"),
    ("Ritualizing during exposures kept her SUDS from dropping.", "sign.resistance", "ritualizing"),
    # sign.avoidance: cancel shorthand
    ("Pt canx'd today's appt by text.", "sign.avoidance", "canx"),
    ("Cxl'd by phone at 8 am.", "sign.avoidance", "cxl"),
    ("Late cx again this morning.", "sign.avoidance", "cx"),
    # sign.avoidance: left part way and did not come back
    ("Pt stepped out to use the restroom and did not return.", "sign.avoidance", "return"),
    ("He left the room mid-session and never came back.", "sign.avoidance", "came"),
    ("Left halfway through group.", "sign.avoidance", "halfway"),
    ("She didn't come back after the break.", "sign.avoidance", "break"),
    ("Did not come back for her next session.", "sign.avoidance", "session"),
    # sign.avoidance: messages not returned, in note shorthand
    ("Client has not responded to 3 msgs from the clinic.", "sign.avoidance", "msgs"),
    ("No response to two VMs left Tuesday.", "sign.avoidance", "vms"),
    ("Pt hasn't returned the writer's txts.", "sign.avoidance", "txts"),
    # sign.regression: long showers and other compulsions back
    ("Back to hour-long handwashing after the flu scare.", "sign.regression", "handwashing"),
    ("She's back to 90-min showers.", "sign.regression", "showers"),
    ("He's back to his old checking rituals.", "sign.regression", "rituals"),
    ("Pt resumed her nightly rituals.", "sign.regression", "rituals"),
    # sign.regression: an old state back
    ("The old dread has crept back in.", "sign.regression", "dread"),
    ("That familiar emptiness has returned.", "sign.regression", "emptiness"),
    ("Says the numbness is back since the call.", "sign.regression", "numbness"),
    ("Pt has been using daily since the layoff.", "sign.regression", "using"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(text, label, word):
    cues = present_cues(text, label)
    assert any(word in cue.lower() for cue in cues), (text, label, cues)


# (text, label) that must carry no present/client mark of that label
NEGATIVE = [
    # a postponement by someone, not pushback
    ("The surgeon pushed back the surgery date to June.", "sign.resistance"),
    ("He pushed back his chair and stood up.", "sign.resistance"),
    ("Her court hearing got pushed back again.", "sign.resistance"),
    # paperwork and office words, not assignments
    ("She has not turned in the paperwork for her disability claim.", "sign.resistance"),
    ("He has not sent the records to the new psychiatrist.", "sign.resistance"),
    ("He hasn't turned in his time sheets at work.", "sign.resistance"),
    ("Has not handed in the forms for housing yet.", "sign.resistance"),
    # wanting to talk, with no task refused
    ("Client wants to just talk today about her weekend.", "sign.resistance"),
    # the frame's fees and policies, a handed-in assignment
    ("Pt upset about the 24-hour cancellation policy.", "sign.avoidance"),
    ("She asked about the late-cancel fee.", "sign.avoidance"),
    ("A no-show fee was explained at intake.", "sign.avoidance"),
    ("Has not turned in the homework yet.", "sign.avoidance"),
    # a night out, not a session left
    ("He went out for a walk and did not come back until midnight.", "sign.avoidance"),
    ("She didn't come back home that night.", "sign.avoidance"),
    ("He went out to the garage and never came back inside.", "sign.avoidance"),
    # using skills, an app, drinking history
    ("Pt reports she has been using her coping skills.", "sign.regression"),
    ("He has been using the app nightly.", "sign.regression"),
    ("She has been drinking alcohol throughout the pregnancy.", "sign.regression"),
    # improvements and people that are back
    ("Her old self is back.", "sign.regression"),
    ("His old friend is back in town.", "sign.regression"),
    ("The old spark is back, she says.", "sign.regression"),
    ("Client is back to short showers.", "sign.regression"),
    ("Back to normal showers this week.", "sign.regression"),
]


@pytest.mark.parametrize(("text", "label"), NEGATIVE)
def test_look_alike_is_not_marked(text, label):
    assert present_cues(text, label) == [], (text, label)


# (text, label, assertion) where the new cue must carry the context's assertion
ASSERTED = [
    ("Client reports he has not been using; UA negative.", "sign.regression", "negated"),
    ("Denies that he has been using.", "sign.regression", "negated"),
    ("Pt may be covertly neutralizing during exposures.", "sign.resistance", "possible"),
]


@pytest.mark.parametrize(("text", "label", "assertion"), ASSERTED)
def test_new_cue_takes_context(text, label, assertion):
    found = marks(text, label)
    assert found and all(a == assertion for _, a in found), (text, label, found)
