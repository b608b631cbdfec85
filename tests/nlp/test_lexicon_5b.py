"""Lexicon breadth, round 5b: resistance, avoidance, regression and worsening phrasings that
notes use and the rules missed, each as a family, with the look-alikes that must stay unmarked.
My own sentences, not evaluation rows."""

import pytest

import nlp

from .helpers import present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # sign.avoidance: leaving a modality by name, ending therapies abruptly
    ("He wants to quit EMDR after two sessions.", "sign.avoidance", "emdr"),
    ("Says she is quitting IOP for good.", "sign.avoidance", "iop"),
    ("Talked about stopping CBT altogether.", "sign.avoidance", "cbt"),
    ("She stopped her sessions with no notice.", "sign.avoidance", "sessions"),
    ("Quit two previous treatments abruptly once trust grew.", "sign.avoidance", "abruptly"),
    # sign.avoidance: leaving the call or room mid-session
    ("Pt hung up abruptly when the funeral came up.", "sign.avoidance", "hung up"),
    ("Client abruptly logged off twenty minutes in.", "sign.avoidance", "logged off"),
    ("He left the room suddenly during the exposure.", "sign.avoidance", "suddenly"),
    # sign.avoidance: lateness written without a verb
    ("Client 20 min late, flustered.", "sign.avoidance", "late"),
    ("Late again, third week running.", "sign.avoidance", "late again"),
    ("Pt half an hour late today.", "sign.avoidance", "hour"),
    # sign.avoidance: meeting less often, from one frequency to another
    ("She asked to go from weekly to every other week.", "sign.avoidance", "weekly"),
    ("Wants to switch from biweekly to monthly check-ins.", "sign.avoidance", "monthly"),
    # sign.avoidance: no point in the visits, hiding at session time, missed med visits
    ("He doesn't see the point of these sessions anymore.", "sign.avoidance", "sessions"),
    ("Teen hid in the locker room during counseling time.", "sign.avoidance", "hid"),
    ("Pt hides from the school counselor on Tuesdays.", "sign.avoidance", "counselor"),
    ("She missed two med checks in a row.", "sign.avoidance", "med checks"),
    # sign.resistance: between-session tasks other than "homework"
    ("Skipped listening to the exposure tape most days.", "sign.resistance", "tape"),
    ("Stopped doing the breathing practice after Monday.", "sign.resistance", "practice"),
    ("Forgot the new sleep log again.", "sign.resistance", "log"),
    ("Neglected to bring the exposure hierarchy we drafted.", "sign.resistance", "hierarchy"),
    ("Her thought record came back empty.", "sign.resistance", "empty"),
    ("Diary cards left blank all week.", "sign.resistance", "blank"),
    ("Asked what the point of doing the worksheets is.", "sign.resistance", "worksheets"),
    # sign.resistance: stopping the exercise in the room, asking to move on
    ("Pt abandoned the imagery exercise halfway.", "sign.resistance", "exercise"),
    ("He stopped the role play after one line.", "sign.resistance", "role"),
    ("She gave up partway through the exposure.", "sign.resistance", "partway"),
    ("Asked if we could move on when her brother came up.", "sign.resistance", "move on"),
    ('"Let\'s just move on," he said, looking away.', "sign.resistance", "move on"),
    ("Asked to skip the trauma timeline.", "sign.resistance", "skip"),
    ('"I won\'t do this one," he said of the chair work.', "sign.resistance", "this one"),
    # sign.resistance: prescriptions not filled, "stay out of my business"
    ("She never filled the prescription from psychiatry.", "sign.resistance", "filled"),
    ("Has not picked up his refills.", "sign.resistance", "refills"),
    ('Says she "doesn\'t want anyone in her business."', "sign.resistance", "business"),
    # sign.regression: intoxication, positive screens, admitted use
    ("Pt arrived to group intoxicated.", "sign.regression", "intoxicated"),
    ("Came to session smelling of alcohol.", "sign.regression", "alcohol"),
    ("Showed up high on Thursday.", "sign.regression", "high"),
    ("UA positive for fentanyl this week.", "sign.regression", "positive"),
    ("Tox screen came back dirty.", "sign.regression", "dirty"),
    ("He admitted to drinking on Saturday.", "sign.regression", "drinking"),
    ("Acknowledged smoking crack x2 since Friday.", "sign.regression", "smoking"),
    # sign.regression: the slip, first time in years, "again" past quotes
    ("Processed the weekend slip with her sponsor.", "sign.regression", "slip"),
    ("Drank last night for the first time in 18 months.", "sign.regression", "first time"),
    ("First binge in over a year.", "sign.regression", "binge"),
    ('Using "just on weekends" again.', "sign.regression", "again"),
    ("Reports taking extra Xanax again to sleep.", "sign.regression", "extra"),
    # sign.regression: back to not coping, as before treatment
    ("Back to not showering for days.", "sign.regression", "not showering"),
    ("Back to staying in bed most of the day.", "sign.regression", "bed"),
    ("Skipping meals, as she did before her first admission.", "sign.regression", "admission"),
    ("Food restriction has crept back in.", "sign.regression", "restriction"),
    # sign.worsening: since starting, than before, "up from", declining
    ("Nightmares more vivid since starting EMDR.", "sign.worsening", "since"),
    ("Her grief is heavier since we started.", "sign.worsening", "heavier"),
    ("His mood is 'worse' since intake.", "sign.worsening", "worse"),
    ("More irritable than before he joined the group.", "sign.worsening", "before"),
    ("GAD-7 17, up from 9.", "sign.worsening", "up from"),
    ("Nightmares 5x/wk, up from 2.", "sign.worsening", "up from"),
    ("Functioning has been declining since the layoff.", "sign.worsening", "declining"),
    ("Family notes a gradual decline over the winter.", "sign.worsening", "decline"),
]

# (text, label): other senses, gains, other people, the therapist's own acts
NEAR_MISS = [
    ("Ended session with grounding.", "sign.avoidance"),
    ("We stopped the session early to call the crisis line.", "sign.avoidance"),
    ("Her husband came home late again.", "sign.avoidance"),
    ("I was about five minutes late to start.", "sign.avoidance"),
    ("Her ex texts nightly; she has not answered.", "sign.avoidance"),
    ("Has not picked up her prescription yet.", "sign.avoidance"),
    ("He did not respond to his name for a minute.", "sign.avoidance"),
    ("Her brother is a high school dropout.", "sign.avoidance"),
    ("She doesn't see the point of these breathing exercises.", "sign.avoidance"),
    ("We stopped the exercise when she began to dissociate.", "sign.resistance"),
    ("Skipped lunch to finish the worksheet.", "sign.resistance"),
    ("Forgot to bring her reading glasses.", "sign.resistance"),
    ("He quit the role of family peacemaker.", "sign.resistance"),
    ("Pt hesitant about discharge, fears losing support.", "sign.resistance"),
    ("Ready to move on from the breakup.", "sign.resistance"),
    ("He is not taking any medications.", "sign.resistance"),
    ("Admitted to cutting her forearm on Sunday.", "sign.regression"),
    ("She admits drinking is a problem.", "sign.regression"),
    ("She denied drinking since the last visit.", "sign.regression"),
    ("Tested positive for COVID and rescheduled.", "sign.regression"),
    ("Cited for driving under the influence in 2019.", "sign.regression"),
    ("The pressure keeps getting higher at work.", "sign.regression"),
    ("Went to a concert for the first time in 3 years.", "sign.regression"),
    ("Cut her hair for the first time in years.", "sign.regression"),
    ("Used the skill for the first time in a real conflict.", "sign.regression"),
    ("Back to sleeping through the night.", "sign.regression"),
    ("Back to not drinking after one rough weekend.", "sign.regression"),
    ("Relapse-prevention plan reviewed.", "sign.regression"),
    ("Sleep 7 h, up from 4.", "sign.worsening"),
    ("Weight up from 92 lbs, at goal.", "sign.worsening"),
    ("Working harder since we started.", "sign.worsening"),
    ("Anxiety lower than when she began.", "sign.worsening"),
    ("She is talking more than before she started therapy.", "sign.worsening"),
    ("Mood better since we started.", "sign.worsening"),
    ("He declined the referral.", "sign.worsening"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_phrasing_is_marked_present(text, label, word):
    found = present_cues(text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked_present(text, label):
    assert present_cues(text, label) == [], (text, label)


def test_denied_use_is_negated_not_present():
    marks = [a for a in nlp.annotate("Pt possibly intoxicated; denies drinking.")["annotations"]]
    regression = [a for a in marks if a["label"] == "sign.regression"]
    assert regression and all(a["assertion"] != "present" for a in regression), regression


def test_hedged_skipped_homework_is_possible():
    text = "Pt may have skipped the chain analysis homework."
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == "sign.resistance"]
    assert marks and all(a["assertion"] == "possible" for a in marks), marks
