"""Lexicon breadth, round lexicon-7a: sign.emotional, sign.withdrawal, sign.physical and
cause.trauma. Families of phrasings (going into shutdown or nonverbal, gaze that goes past the
therapist, numbing out as disengagement while going numb stays trauma's, a wreck / a mess said of a
person, feeling broken / like a fraud, scared in idiom, fear of reinjury, feeling dark, running on
fumes, waking drenched or at 3 a.m., decreased sleep, a relative's beatings, 'back in' a war zone)
and the look-alikes that must not fire. My own sentences, not evaluation rows."""

import pytest

from .helpers import annotations_of, cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # sign.withdrawal: shutdown as a noun, going nonverbal or mute in the room
    ("Went into shutdown halfway through the chain analysis.", "sign.withdrawal", "shutdown"),
    ("He goes into a shutdown whenever his mother is mentioned.", "sign.withdrawal", "shutdown"),
    ("Teen became nonverbal once the school incident came up.", "sign.withdrawal", "nonverbal"),
    ("Remained non-verbal for most of the session.", "sign.withdrawal", "verbal"),
    ("Nonverbal for about ten minutes after the role play.", "sign.withdrawal", "nonverbal"),
    ("She went mute when I asked about the weekend.", "sign.withdrawal", "mute"),
    # sign.withdrawal: a gaze that goes past or through the therapist
    ("Stared past me for most of the hour.", "sign.withdrawal", "past"),
    ("He looked right through me when I named the pattern.", "sign.withdrawal", "through"),
    ("Eyes glazed over as we reviewed the diary card.", "sign.withdrawal", "glazed"),
    # sign.withdrawal: numbing out like zoning / checking out in the room
    ("Numbed out halfway through the couple's exchange.", "sign.withdrawal", "numbed"),
    ("She numbs out whenever her husband raises his voice in session.", "sign.withdrawal", "numbs"),
    # sign.withdrawal: superficial engagement
    ("Gave superficial answers about the divorce.", "sign.withdrawal", "superficial"),
    ("Kept things superficial again today.", "sign.withdrawal", "superficial"),
    # sign.emotional: a wreck / a mess said of a person
    ("Says she has been a wreck since the diagnosis.", "sign.emotional", "wreck"),
    ('He said "I\'m a total mess" and put his head in his hands.', "sign.emotional", "mess"),
    ("Client felt like a wreck after the custody call.", "sign.emotional", "wreck"),
    # sign.emotional: feeling broken, damaged, a fraud, an imposter
    ('Reports the new diagnosis makes her "feel broken."', "sign.emotional", "broken"),
    ("Felt damaged after the second miscarriage.", "sign.emotional", "damaged"),
    ('Says at work she feels "like a fraud" most days.', "sign.emotional", "fraud"),
    ("Describes feeling like an impostor in the graduate program.", "sign.emotional", "impostor"),
    # sign.emotional: scared in idiom, fear of reinjury, a dark / bleak mood
    ("The letter from the court scared the hell out of her.", "sign.emotional", "scared"),
    ('Says the new job "scares the crap out of" him.', "sign.emotional", "scares"),
    ("Reports fear of re-injury every time she steps on the ice.", "sign.emotional", "fear"),
    ("Sprinter describes reinjury anxiety before every race.", "sign.emotional", "anxiety"),
    ('Has been feeling "kind of dark" since the anniversary.', "sign.emotional", "dark"),
    ("Says the future feels bleak.", "sign.emotional", "bleak"),
    ("Woke up in a black mood most days this week.", "sign.emotional", "mood"),
    # sign.physical: running on fumes / empty, bone-tired
    ('Says she is "running on fumes" after the night feeds.', "sign.physical", "fumes"),
    ("Ran on empty all week, dead on his feet by Friday.", "sign.physical", "empty"),
    # sign.physical: night sweats written as waking soaked
    ("Wakes up drenched most nights since the exposure work began.", "sign.physical", "drenched"),
    ("Woke soaked in sweat twice this week.", "sign.physical", "soaked"),
    # sign.physical: early waking with the hour written out, sleep said to decrease
    ("Wakes at 4 a.m. and cannot get back to sleep.", "sign.physical", "wakes"),
    ("Waking around 3am with her mind racing.", "sign.physical", "waking"),
    ("Up at 2:30 a.m. most nights, ruminating.", "sign.physical", "up"),
    ("Sleep decreased to 4 hrs since the layoff.", "sign.physical", "decreased"),
    ("Sleep-deprived after two weeks of night shifts.", "sign.physical", "deprived"),
    # cause.trauma: beatings, a relative's abuse
    ("Talked about the beatings for the first time today.", "cause.trauma", "beatings"),
    ("Described her stepfather's abuse in a flat voice.", "cause.trauma", "abuse"),
    # cause.trauma: back in a war zone
    ("The fireworks had him back in Kandahar for the night.", "cause.trauma", "kandahar"),
    ('Says loud trucks put her "right back in Iraq."', "cause.trauma", "iraq"),
    ("Felt like he was back in the sandbox during the drill.", "cause.trauma", "sandbox"),
    # cause.trauma: numbness or floating as dissociation
    ("Went numb and floated above the room when the assault came up.", "cause.trauma", "numb"),
    ("Numbed out when we reached the memory of the fire.", "cause.trauma", "numbed"),
    # the everyday senses stay marked next to their look-alikes
    ("Guarded throughout; would not say what happened at home.", "sign.withdrawal", "guarded"),
    ("More reserved than usual with the new co-therapist.", "sign.withdrawal", "reserved"),
    ("Shut down when I asked about the funeral.", "sign.withdrawal", "shut"),
    ("Shut down completely when the custody case came up.", "sign.withdrawal", "shut"),
    ("Closed down for the rest of the session after the feedback.", "sign.withdrawal", "closed"),
    ("Seemed checked out for the second half of group.", "sign.withdrawal", "checked"),
    ("Carries a lot of shame about the affair.", "sign.emotional", "shame"),
    ("Felt guilty for missing her daughter's recital.", "sign.emotional", "guilty"),
    ("Says she is drowning in the caregiving.", "sign.emotional", "drowning"),
    ("Bitter about being passed over again.", "sign.emotional", "bitter"),
]

# (text, label that must not be marked)
NEAR_MISS = [
    # numbness is trauma's, not withdrawal
    ("She described going numb when the delivery came up.", "sign.withdrawal"),
    ("Felt numb and far away during the imagery.", "sign.withdrawal"),
    # numbing out at home with a substance or a screen is a coping habit
    ("Numbs out with wine most evenings.", "sign.withdrawal"),
    ("Zones out on his phone after work.", "sign.withdrawal"),
    # couples-cycle names
    ("Classic pursue-withdraw cycle; she is the pursuer.", "sign.withdrawal"),
    ("Mapped their demand-withdraw pattern on the whiteboard.", "sign.withdrawal"),
    # doors, rooms and offices that stay shut or closed
    ("Says the garage door stays shut now.", "sign.withdrawal"),
    ('Her son\'s bedroom "stays closed" since the funeral.', "sign.withdrawal"),
    ("The clinic was closed Monday so we met by video.", "sign.withdrawal"),
    # a superficial wound some words from the word; passive SI written either way round
    ("Scratched L wrist Saturday, superficial, no treatment needed.", "sign.withdrawal"),
    ("SI passive, no plan or intent.", "sign.withdrawal"),
    ("Screened for passive or active SI.", "sign.withdrawal"),
    # the story checks out
    ("Her account of the weekend checks out with her sister's.", "sign.withdrawal"),
    # fumes are not fuming
    ("Paint fumes in the new office give her a headache.", "sign.emotional"),
    # losing 'it' (a belief, a house) as a subject
    ("Losing it would mean starting over at fifty.", "sign.emotional"),
    ("The faith was her anchor; losing it has left her unsure.", "sign.emotional"),
    # things, not people, fall apart
    ("The deal fell apart in March.", "sign.emotional"),
    ("Her routine has kind of fallen apart since the move.", "sign.emotional"),
    # de-escalation
    ("De-escalated quickly with a brief walk.", "sign.emotional"),
    ("Staff deescalated the conflict in the hallway.", "sign.emotional"),
    # bowing out of a task or a session, not hopelessness
    ('Pushed the worksheet away: "I can\'t do this today."', "sign.emotional"),
    # a house or a car that is a wreck or a mess
    ("The apartment was a mess after the move.", "sign.emotional"),
    ("She has a mess to sort out with the landlord.", "sign.emotional"),
    # sleep or a score that is down
    ("PHQ-9 is down to 6.", "sign.emotional"),
    # less sleep disturbance is better sleep
    ("Less sleep disturbance since the CPAP.", "sign.physical"),
    # an early shift, not early waking
    ("Wakes at 6 for her shift.", "sign.physical"),
    # a car on fumes, an early shift, beatings that are not a person's
    ("The car was running on fumes when she pulled in.", "sign.physical"),
    ("Wakes at 4 a.m. for his bakery shift.", "sign.physical"),
    ("His team took beatings all season.", "cause.trauma"),
    # frozen things
    ("Her bank account was frozen after the fraud alert.", "cause.trauma"),
    ("Pipes were frozen so the shelter closed.", "cause.trauma"),
    # back in a place as plain history
    ("He was back in Iraq for a second tour in 2007.", "cause.trauma"),
    # other senses of withdrawal words
    ("Prognosis guarded given the recent relapse.", "sign.withdrawal"),
    ("Reserved a room at the library for her study group.", "sign.withdrawal"),
    ("The plant where he worked shut down in May.", "sign.withdrawal"),
    ("He shut down the laptop and left for work.", "sign.withdrawal"),
    ("Pulled back her hair before the breathing exercise.", "sign.withdrawal"),
    ("Withdrew from two classes to lighten her load.", "sign.withdrawal"),
    ("Lives in a detached house with her aunt.", "sign.withdrawal"),
    ("Ticket for distracted driving last month.", "sign.withdrawal"),
    ("Checked out a book on self-compassion from the library.", "sign.withdrawal"),
    ("Got checked out by his PCP after the fall.", "sign.withdrawal"),
    ("Spaced out the doses per the psychiatrist.", "sign.withdrawal"),
    ("A curt email from his manager set off the argument.", "sign.withdrawal"),
    # other senses of emotion words
    ("Pleaded guilty to the misdemeanor in March.", "sign.emotional"),
    ("It's a shame the yoga class was cancelled.", "sign.emotional"),
    ("Takes the sertraline on an empty stomach.", "sign.emotional"),
    ("Nearly drowned at age six; no memory of it.", "sign.emotional"),
    ("Complains of a bitter taste from the new medication.", "sign.emotional"),
    ("Mad dash to get the kids to school before session.", "sign.emotional"),
    ("Cried out in pain when she twisted her ankle.", "sign.emotional"),
    ("The economy is depressed in his town.", "sign.emotional"),
    ("History of a depressed skull fracture.", "sign.emotional"),
    ("Practised the past tense in her ESL class.", "sign.emotional"),
    ("Her team pulled off an upset win in the final.", "sign.emotional"),
    ("Watched a sad movie with her kids and enjoyed it.", "sign.emotional"),
    ("They installed a panic bar on the shelter door.", "sign.emotional"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


def test_a_fathers_beatings_are_the_clients_trauma():
    marks = annotations_of("Spoke of his father's beatings without emotion.", "cause.trauma")
    assert marks and all(a["experiencer"] == "client" for a in marks)


def test_no_longer_waking_at_three_is_negated():
    marks = annotations_of("No longer wakes at 3 a.m.; sleeping through.", "sign.physical")
    assert marks and all(a["assertion"] == "negated" for a in marks)


def test_decreased_sleep_is_present_not_negated():
    marks = annotations_of("Reports decreased sleep since the hearing.", "sign.physical")
    assert marks and marks[0]["assertion"] == "present"
