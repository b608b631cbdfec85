"""Lexicon breadth, round 6b: resistance (tasks not done or declined by name, information
withheld, will-not-discuss, interpretations dismissed, humour as a shield), avoidance (DNKA,
declined meetings and groups, meds instead of therapy, dropping a format), regression (old
pattern back again, return of a behaviour, use after abstinence) and worsening (gone
sideways, score up from N), each as a family, with the look-alikes that must stay unmarked.
My own sentences, not evaluation rows."""

import pytest

from .helpers import marks, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # sign.resistance: the task named with its own modifier, not done or refused in first person
    ("Pt did not complete the grounding exercise this week.", "sign.resistance", "exercise"),
    ("He hasn't started the values worksheet.", "sign.resistance", "worksheet"),
    ("She didn't fill out the weekly mood log.", "sign.resistance", "log"),
    ('"I\'m not doing the breathing exercises," she said.', "sign.resistance", "exercises"),
    ('"I won\'t do the feelings stuff," he said.', "sign.resistance", "stuff"),
    ("Says she is not doing the mindfulness thing anymore.", "sign.resistance", "thing"),
    # sign.resistance: declining, passing on or opting out of a technique by name
    ("Pt declined EMDR when offered.", "sign.resistance", "emdr"),
    ("She declined the imagery rescripting.", "sign.resistance", "rescripting"),
    ("He turned down the behavioral experiment.", "sign.resistance", "experiment"),
    ("Client passed on the role-play today.", "sign.resistance", "role"),
    ("Opted out of the body scan.", "sign.resistance", "scan"),
    # sign.resistance: withholding what the work needs
    ("He wouldn't give me his psychiatrist's name.", "sign.resistance", "name"),
    ("Pt would not sign a release for collateral.", "sign.resistance", "release"),
    ("She won't disclose where she is staying.", "sign.resistance", "disclose"),
    ("Client withholding information about the arrest.", "sign.resistance", "withholding"),
    # sign.resistance: will not discuss or go into it
    ("He will not discuss the accident.", "sign.resistance", "discuss"),
    ("She won't talk about her brother.", "sign.resistance", "talk"),
    ("Pt would not go into the night of the fire.", "sign.resistance", "go into"),
    # sign.resistance: dismissing an interpretation, glossing over, humour as a shield
    ('When I named the pattern he said "that\'s a stretch."', "sign.resistance", "stretch"),
    ('Pt said the link to her father was "psychobabble."', "sign.resistance", "psychobabble"),
    ("He glossed over the breakup and talked about football.", "sign.resistance", "glossed"),
    ("He laughed and moved on when I linked it to his mother.", "sign.resistance", "moved on"),
    ("She hides behind humor whenever grief comes up.", "sign.resistance", "humor"),
    ("Joked his way through the whole trauma timeline.", "sign.resistance", "joked"),
    # sign.avoidance: did not keep the appointment, declined or skipped meetings and groups
    ("Client DNKA today.", "sign.avoidance", "dnka"),
    ("Pt failed to keep her follow-up appointment.", "sign.avoidance", "keep"),
    ("He declined the family meeting on the unit.", "sign.avoidance", "meeting"),
    ("Pt refused process group twice this week.", "sign.avoidance", "group"),
    ("Patient declined today's session.", "sign.avoidance", "session"),
    # sign.avoidance: medication instead of therapy, dropping a format
    ("He would rather just take the meds than come here.", "sign.avoidance", "meds"),
    ("Says she only wants medication, not talk therapy.", "sign.avoidance", "medication"),
    ("Asked to switch to phone check-ins only.", "sign.avoidance", "phone"),
    ("She wants to quit the DBT group.", "sign.avoidance", "group"),
    ("Client asked about cutting back.", "sign.avoidance", "back"),
    # sign.regression: an old pattern back again
    ("He is staying in bed all day again.", "sign.regression", "again"),
    ("She is back in the binge-restrict cycle.", "sign.regression", "cycle"),
    ("He's back to isolating in his room.", "sign.regression", "isolating"),
    ("Client got back into the old rut of overworking.", "sign.regression", "rut"),
    ("Reports a resurgence of her checking rituals.", "sign.regression", "checking"),
    ("Purging has resurfaced over the holidays.", "sign.regression", "resurfaced"),
    ("Yelling at the kids like before the parenting program.", "sign.regression", "program"),
    # sign.regression: use after a stretch of abstinence, use resumed
    ("He smoked weed at a party after 3 months clean.", "sign.regression", "clean"),
    ("Pt drank two beers Friday after 90 days sober.", "sign.regression", "sober"),
    ("She restarted nightly wine last month.", "sign.regression", "wine"),
    ("Client returned to use after the funeral.", "sign.regression", "use"),
    ("Pt used on Saturday night.", "sign.regression", "used"),
    # sign.worsening: things gone wrong, score up from an earlier value
    ("Says things went south after the divorce hearing.", "sign.worsening", "south"),
    ("Everything has gone off the rails since March.", "sign.worsening", "rails"),
    ("GAD-7 now 16, up from 9.", "sign.worsening", "up from"),
    ("PHQ-9 today 21 (up from 14).", "sign.worsening", "up from"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_member_is_marked(text, label, word):
    cues = present_cues(text, label)
    assert any(word in c.lower() for c in cues), (text, label, cues)


# (text, label) that must have no present/client mark of that label
NEGATIVE = [
    # not a therapy task: physical exercise, chores, a job's paperwork, a medication decision
    ("She is not doing any exercise since the knee surgery.", "sign.resistance"),
    ("He has not done the dishes in a week.", "sign.resistance"),
    ("Mood has declined since the layoff.", "sign.resistance"),
    ("Her mother would not give her the car keys.", "sign.resistance"),
    ("The insurer would not give a reason for the denial.", "sign.resistance"),
    ("He will not talk to his father since the wedding.", "sign.resistance"),
    ("She tends to overanalyze every text from her friends.", "sign.resistance"),
    # avoidance look-alikes: going home, cutting back on a substance, other groups, kept appts
    ("Pt kept PCP appt for BP check.", "sign.avoidance"),
    ("Hesitant about returning to work after leave.", "sign.avoidance"),
    ("Ambivalent about returning home to her parents.", "sign.avoidance"),
    ("He asked how to cut back on drinking.", "sign.avoidance"),
    ("She wants to quit her book club group.", "sign.avoidance"),
    ("She is leaving her support group.", "sign.avoidance"),
    ("He declined a meeting with his lawyer.", "sign.avoidance"),
    # regression look-alikes: positive routines back, a return from a trip, a relative's pattern
    ("She is back into a healthy routine of walking.", "sign.regression"),
    ("He is back to working full time.", "sign.regression"),
    ("Return of her sister from overseas lifted her mood.", "sign.regression"),
    ("After 6 months sober he started a new job.", "sign.regression"),
    ("She used the app on Saturday to log her mood.", "sign.regression"),
    # worsening look-alikes: travel south, a claimed physical trigger, a score going down
    ("They drove south for the holidays.", "sign.worsening"),
    ('Says walking "only makes it worse" so she rests.', "sign.worsening"),
    ("PHQ-9 9, down from 16 at intake.", "sign.worsening"),
]


@pytest.mark.parametrize(("text", "label"), NEGATIVE)
def test_look_alike_is_not_marked(text, label):
    assert present_cues(text, label) == [], (text, label)


# the family members keep their context: planned, possible or relative-reported marks stay so
CONTEXT = [
    ("If he resumes use, we will review the safety plan.", "sign.regression", "hypothetical"),
    ("Client may have used over the holiday.", "sign.regression", "possible"),
    ("Plan: if she again asks to cut back, explore the reasons.", "sign.avoidance", "hypothetical"),
    ("He denies that he won't discuss the accident.", "sign.resistance", "negated"),
]


@pytest.mark.parametrize(("text", "label", "assertion"), CONTEXT)
def test_context_is_kept(text, label, assertion):
    found = marks(text, label)
    assert found and all(a == assertion for _, a in found), (text, found)
