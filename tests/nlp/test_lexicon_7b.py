"""Lexicon breadth, round 7b: regression across addictions and old behaviours (gambling and
gaming relapse, back on a drug, the old relational dance, the same pattern that led to harm,
overtraining against medical orders), avoidance (stopped returning calls, pulling away from
sessions, going to "as needed", won't come back to group), resistance (skip the feelings stuff,
keep it practical, done all this before, technique doesn't work, brushing it off) and worsening
(more frequent shutdowns, thoughts have increased, a task makes him worse), each as a family,
with the look-alikes that must stay unmarked. My own sentences, not evaluation rows."""

import pytest

from .helpers import marks, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # sign.regression: gambling relapse, by app, by chasing, by the game, by the venue
    ("He redownloaded the sportsbook app on Sunday.", "sign.regression", "sportsbook"),
    ("She reactivated her online poker account.", "sign.regression", "poker"),
    ("Reopened his DraftKings account after payday.", "sign.regression", "draftkings"),
    ("Spent the weekend chasing his losses.", "sign.regression", "losses"),
    ('"I was chasing my losses all night," he said.', "sign.regression", "losses"),
    ("Bought scratchers again at the gas station.", "sign.regression", "scratchers"),
    ("She was at the slots again on Friday.", "sign.regression", "again"),
    ("He is back at the casino most nights.", "sign.regression", "casino"),
    ("Client placed bets on three games this weekend.", "sign.regression", "bets"),
    ("He's been betting on football again.", "sign.regression", "again"),
    # sign.regression: gaming relapse
    ("Reinstalled Steam the day after the exam.", "sign.regression", "steam"),
    ("Reports two gaming binges since the last visit.", "sign.regression", "binges"),
    ("She's gaming until 4 am again.", "sign.regression", "again"),
    # sign.regression: back on a drug, back to daily use, a bender
    ("Client is back on heroin.", "sign.regression", "heroin"),
    ("He is back on daily fentanyl.", "sign.regression", "fentanyl"),
    ("Pt back on the pipe per his sister's report to him.", "sign.regression", "pipe"),
    ("She is back to daily use.", "sign.regression", "use"),
    ("He is back to a pack a day.", "sign.regression", "pack"),
    ("Went on a bender after the funeral.", "sign.regression", "bender"),
    ("He called his dealer on Friday.", "sign.regression", "dealer"),
    ("She bought a fifth of vodka on the way home.", "sign.regression", "vodka"),
    ("Picked up a pack of cigarettes after the fight.", "sign.regression", "cigarettes"),
    ("Bought pills from a coworker.", "sign.regression", "pills"),
    ("Back at the bar every night this week.", "sign.regression", "bar"),
    ("Gambled away his paycheck on Saturday.", "sign.regression", "gambled"),
    ("He is back on the sports betting apps.", "sign.regression", "betting"),
    ("Watching porn again most nights.", "sign.regression", "again"),
    ("Pt has been shoplifting again.", "sign.regression", "again"),
    # sign.regression: the old relational dance, the same pattern as before
    ("They are back in the old dance of pursue and withdraw.", "sign.regression", "dance"),
    ("The couple fell into the same old dynamic over the holidays.", "sign.regression", "dynamic"),
    ("She fell back into the old caretaker role with her brother.", "sign.regression", "role"),
    ("He reverted to the old familiar script of silence.", "sign.regression", "script"),
    ("Same old dance: she criticizes, he disappears.", "sign.regression", "dance"),
    ("Skipping classes, the same pattern that got him expelled.", "sign.regression", "pattern"),
    ("Hoarding mail again, same cycle as before.", "sign.regression", "cycle"),
    ("He's back to stonewalling his wife.", "sign.regression", "stonewalling"),
    # sign.regression: overtraining against orders
    ("She has been overtraining against medical advice.", "sign.regression", "overtraining"),
    ("Over-exercising despite her doctor's orders.", "sign.regression", "exercising"),
    ("He is overtraining again before the meet.", "sign.regression", "again"),
    # sign.avoidance: stopped responding
    ("Pt stopped answering the clinic's calls.", "sign.avoidance", "answering"),
    ("She has stopped responding to my texts.", "sign.avoidance", "responding"),
    ("He has not been returning my calls.", "sign.avoidance", "returning"),
    ("Client hasn't been picking up for telehealth.", "sign.avoidance", "picking up"),
    # sign.avoidance: pulling away from treatment, as needed, won't come back
    ("She seems to be drifting away from therapy.", "sign.avoidance", "therapy"),
    ("He is distancing himself from treatment.", "sign.avoidance", "treatment"),
    ("She wants to switch to as-needed sessions.", "sign.avoidance", "as-needed"),
    ('She wants to meet "as needed" from now on.', "sign.avoidance", "needed"),
    ("Wants to come in as needed rather than weekly.", "sign.avoidance", "needed"),
    ("Says he won't be coming back to group.", "sign.avoidance", "group"),
    ("She will not go back to that DBT group.", "sign.avoidance", "group"),
    # sign.resistance: skipping the emotional work
    ("He wanted to skip the emotional stuff today.", "sign.resistance", "stuff"),
    ("She wants to drop the trauma part.", "sign.resistance", "part"),
    ("She wanted to avoid the feelings talk and review her budget.", "sign.resistance", "talk"),
    ('"Spare me the touchy-feely stuff," he said.', "sign.resistance", "stuff"),
    ("Client wanted to keep it practical and stick to logistics.", "sign.resistance", "practical"),
    ("Kept things light whenever the divorce came up.", "sign.resistance", "light"),
    # sign.resistance: dismissing a technique as tried or useless
    ('She said "I\'ve done all this before."', "sign.resistance", "before"),
    ('"Been there, done that," he said of the thought record.', "sign.resistance", "done"),
    ('"Breathing doesn\'t work for me," she said.', "sign.resistance", "work"),
    ("He insists the grounding skills never help.", "sign.resistance", "help"),
    ("He keeps brushing these questions off.", "sign.resistance", "brushing"),
    ("She laughed it all off.", "sign.resistance", "laughed"),
    ("He won't touch on the accident.", "sign.resistance", "touch"),
    # sign.worsening: more frequent / more intense symptoms, increased thoughts
    ("More frequent meltdowns at school this month.", "sign.worsening", "meltdowns"),
    ("Reports more intense flashbacks since the trial.", "sign.worsening", "flashbacks"),
    ("Increasingly frequent panic attacks on the bus.", "sign.worsening", "panic"),
    ("Her urges have intensified.", "sign.worsening", "intensified"),
    ("Intrusive thoughts have increased over the month.", "sign.worsening", "increased"),
    ("Shutdowns have spiked since the move.", "sign.worsening", "spiked"),
    ("Her nightmares are now more frequent.", "sign.worsening", "frequent"),
    # sign.worsening: a task or the work said to make the client worse
    ('He says the exposure "makes me worse."', "sign.worsening", "worse"),
    ("Says journaling makes her feel worse.", "sign.worsening", "worse"),
    ("He says the homework made him more anxious and worse.", "sign.worsening", "worse"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_member_is_marked(text, label, word):
    cues = present_cues(text, label)
    assert any(word in c.lower() for c in cues), (text, label, cues)


# (text, label) that must have no present/client mark of that label
NEGATIVE = [
    # regression look-alikes: recovery steps, ordinary apps, positive routines, revisiting a topic
    ("He deleted the betting app and self-excluded from the casino.", "sign.regression"),
    ("She reinstalled the mood-tracking app.", "sign.regression"),
    ("He reopened his savings account.", "sign.regression"),
    ("Client uninstalled Steam again after the weekend.", "sign.regression"),
    ("She is back to her old self and running again.", "sign.regression"),
    ("He is back on track with meals.", "sign.regression"),
    ("She pushed back on the cycle of blame in session.", "sign.regression"),
    ("We came back to the old dynamic with her mother.", "sign.regression"),
    ("He pushed back on the mindfulness script.", "sign.regression"),
    ("He was rear-ended, a minor fender bender.", "sign.regression"),
    ("She is training for a marathon against her coach's wishes.", "sign.regression"),
    ("He made a bet with his brother about the game.", "sign.regression"),
    ("She bought a bottle of wine for her mother's birthday.", "sign.regression"),
    ("He picked up a pack of gum.", "sign.regression"),
    ("She called her dad on Friday.", "sign.regression"),
    ("She has been training against medical advice since the cast came off.", "sign.regression"),
    # avoidance look-alikes: other people's calls, friends, the phone in general, groups left behind
    ("Her son stopped answering her texts.", "sign.avoidance"),
    ("He pulled away from his friends after the move.", "sign.avoidance"),
    ("She is drifting away from her church.", "sign.avoidance"),
    ("Take the PRN as needed for panic.", "sign.avoidance"),
    ("He won't go back to his old job.", "sign.avoidance"),
    ("She will not go back to him.", "sign.avoidance"),
    # resistance look-alikes: violence denied, life change feared, scheduling, food, crumbs
    ('"I would never touch her," he said of his ex.', "sign.resistance"),
    ("He would never touch alcohol again.", "sign.resistance"),
    ("She is hesitant about being more assertive at work.", "sign.resistance"),
    ("He is reluctant to become less independent.", "sign.resistance"),
    ("She skipped the heavy lifting at the gym.", "sign.resistance"),
    ("They want to keep the wedding small.", "sign.resistance"),
    ("The old furnace doesn't work.", "sign.resistance"),
    # worsening look-alikes: body parts, fewer symptoms, a relative's symptoms
    ("Walking makes her knee worse.", "sign.worsening"),
    ("Cold weather makes his back pain worse.", "sign.worsening"),
    ("Less frequent panic attacks since the last session.", "sign.worsening"),
    ("She wants more frequent sessions.", "sign.worsening"),
    ("Reading makes her eyes worse.", "sign.worsening"),
]


@pytest.mark.parametrize(("text", "label"), NEGATIVE)
def test_look_alike_is_not_marked(text, label):
    assert present_cues(text, label) == [], (text, label)


# the family members keep their context: denied, planned or possible marks stay so
CONTEXT = [
    ("No gaming binges for a month.", "sign.regression", "negated"),
    ("Denies chasing losses since the last session.", "sign.regression", "negated"),
    ("If he reinstalls the betting app, call his sponsor.", "sign.regression", "hypothetical"),
    ("Plan: explore whether she is pulling away from sessions.", "sign.avoidance", "hypothetical"),
    ("Denies more frequent shutdowns.", "sign.worsening", "negated"),
]


@pytest.mark.parametrize(("text", "label", "assertion"), CONTEXT)
def test_context_is_kept(text, label, assertion):
    found = marks(text, label)
    assert found and all(a == assertion for _, a in found), (text, found)
