"""Lexicon breadth, round 9b: resistance (a behavioural plan not kept to: sleep window, wake time,
activity schedule; only a fraction or none of the assigned work done; "did not do any of the"
exercises; wanting to go back to talk therapy; "don't want to get into that"), avoidance
(thinking about quitting or dropping out, asking to stop meeting or for a break from the work),
regression (overusing or misusing medication, "back to hibernating" in scare quotes, "just like
before the group"), worsening (a symptom that spikes whenever a trigger happens is not a
deterioration), each as a family, with the look-alikes that must stay unmarked. My own
sentences, not evaluation rows."""

import pytest

from .helpers import marks, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # sign.resistance: a behavioural plan of the work not kept to
    ("He hasn't stuck to his wake time at all this week.", "sign.resistance", "wake"),
    ("Pt did not adhere to the prescribed sleep schedule.", "sign.resistance", "schedule"),
    ("She has not been keeping to the activity schedule.", "sign.resistance", "schedule"),
    ("Pt didn't follow the exposure hierarchy between sessions.", "sign.resistance", "hierarchy"),
    # sign.resistance: only a fraction, or none, of the assigned work
    ("Pt only completed two of the seven thought records.", "sign.resistance", "records"),
    ("He did just one of the three planned walks.", "sign.resistance", "walks"),
    ("She completed none of the breathing practices.", "sign.resistance", "practices"),
    ("Client filled in only 2 of 7 diary entries.", "sign.resistance", "entries"),
    # sign.resistance: did not do any / all of the assigned exercises
    ("He didn't do any of the mood logs.", "sign.resistance", "logs"),
    ("Pt has not done most of the assigned readings.", "sign.resistance", "readings"),
    # sign.resistance: back to talk therapy instead of the structured work
    ("She asked to go back to talk therapy instead of the exposures.", "sign.resistance", "talk"),
    ("He wants to switch back to talk therapy.", "sign.resistance", "talk"),
    # sign.resistance: won't get into a topic
    ("Asked about his father, he said he doesn't want to go into that.", "sign.resistance", "into"),
    ("Pt: 'I don't really feel like getting into it today.'", "sign.resistance", "into"),
    # sign.avoidance: considering quitting or dropping out
    ("Pt is considering quitting, says nothing has changed.", "sign.avoidance", "quitting"),
    ("He thought about dropping out of group after the fight.", "sign.avoidance", "dropping"),
    # sign.avoidance: stop meeting / a break from the work
    ("She said she would like to stop meeting after the summer.", "sign.avoidance", "meeting"),
    ("She wants a break from the digging for now.", "sign.avoidance", "break"),
    # sign.regression: overusing or misusing medication
    ("Pt has been misusing her benzos again.", "sign.regression", "misusing"),
    ("Reports overusing his prescription painkillers.", "sign.regression", "overusing"),
    # sign.regression: back to an old behaviour, in scare quotes
    ("Pt is 'back to hiding out' at home on weekends.", "sign.regression", "back"),
    ('Client says she is "back to hibernating" again.', "sign.regression", "hibernating"),
]

# (text, label): look-alikes where no present/client cue of the label may appear
NEGATIVE = [
    # plans kept, or a plan that is not the work's
    ("He has kept to the sleep window every night.", "sign.resistance"),
    ("She didn't stick to the bus schedule because the route changed.", "sign.resistance"),
    # most of the work done
    ("Pt completed four of the five exposures.", "sign.resistance"),
    ("She did all of the worksheets.", "sign.resistance"),
    # 'get into' something other than a topic
    ("He does not want to get into trouble at school.", "sign.resistance"),
    ("She didn't want to go into the office on Monday.", "sign.resistance"),
    # arguing with family is not pushback on the work
    ("Pt argues with her son most mornings.", "sign.resistance"),
    # quitting something other than therapy
    ("He is thinking about quitting smoking.", "sign.avoidance"),
    ("She is considering quitting her job.", "sign.avoidance"),
    ("Pt is thinking about dropping out of college.", "sign.avoidance"),
    # meeting people, a break from something else
    ("He stopped meeting up with friends after the move.", "sign.avoidance"),
    ("She took a break from work for surgery.", "sign.avoidance"),
    # medication taken as prescribed; back to something good
    ("Pt is using her inhaler as prescribed.", "sign.regression"),
    ("She is back to walking the dog every morning.", "sign.regression"),
    ("He sleeps well, just like before his surgery.", "sign.regression"),
    # a symptom that spikes with a trigger is not a deterioration
    ("Her anxiety spikes whenever her boss emails.", "sign.worsening"),
    ("His back pain flares every time he lifts boxes.", "sign.worsening"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_positive(text, label, word):
    cues = present_cues(text, label)
    assert any(word.lower() in c.lower() for c in cues), (text, label, cues)


@pytest.mark.parametrize(("text", "label"), NEGATIVE)
def test_negative(text, label):
    assert present_cues(text, label) == [], (text, label)


def test_possible_misuse_keeps_its_hedge():
    # a hedged misuse is marked, and the hedge reaches the assertion
    assert ("overusing her pills", "possible") in marks(
        "She is possibly overusing her pills.", "sign.regression"
    )


def test_worsening_still_fires_without_a_trigger():
    assert present_cues("Her anxiety has spiked since last week.", "sign.worsening")
