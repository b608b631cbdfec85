"""Lexicon-6c: alliance (MI discord, 'stop lecturing me', staying in therapy on a condition,
reactions to the therapist's break, staff accused of keeping the client for money, therapy blamed,
visits that 'aren't doing anything', goals felt as someone else's, 'doesn't see why we keep'),
dissonance (a clash between old and new beliefs, 'doesn't fit who I am', verbless 'torn'), fear
of change ('scared that giving up X means ...') and safety (hoping an accident takes him, better
off with the insurance, threats toward others); with the look-alikes that must not fire. My own
sentences, not evaluation rows."""

import pytest

from .helpers import cue_texts, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # cause.alliance: MI discord and the client's 'stop lecturing me'
    ("Session tense; MI discord after I raised the drinking log.", "cause.alliance", "discord"),
    ('"Stop lecturing me about my sugar."', "cause.alliance", "lecturing"),
    ('Told me to "quit preaching" about the gym.', "cause.alliance", "preaching"),
    ('He said I should "stop pushing the AA thing."', "cause.alliance", "pushing"),
    # staying in therapy on a condition (frame)
    ("Says he'll only continue therapy if I stop bringing up his ex.", "cause.alliance", "only"),
    ("He won't keep coming unless we drop the exposure work.", "cause.alliance", "unless"),
    # a reaction to the therapist's announced break / leave
    ("Became quiet and cold when I mentioned my upcoming leave.", "cause.alliance", "leave"),
    ("Angry after I told her about the two-week vacation.", "cause.alliance", "vacation"),
    ("When I announced my March break she went silent.", "cause.alliance", "break"),
    # staff or the unit accused of keeping the client for money
    ("Pt convinced the unit is holding him for the insurance.", "cause.alliance", "insurance"),
    ('"They keep us locked up just for the money."', "cause.alliance", "money"),
    # therapy or the therapist blamed
    ("She blames therapy for the fights at home.", "cause.alliance", "blames"),
    ("He blames me for his wife leaving.", "cause.alliance", "blames me"),
    ("Blames the exposures for her poor sleep.", "cause.alliance", "exposures"),
    # visits / appointments / group doing nothing
    ('"Honestly, these appointments aren\'t doing anything."', "cause.alliance", "appointments"),
    ('Group "does nothing for me," she said.', "cause.alliance", "nothing"),
    ("Says the visits are not doing much.", "cause.alliance", "visits"),
    # goals or the plan felt as someone else's (goal disagreement)
    ("The safety plan feels like the team's idea, not his.", "cause.alliance", "idea"),
    ('"These are your goals, not mine."', "cause.alliance", "goals"),
    ("Doesn't see why we keep talking about his mother.", "cause.alliance", "keep"),
    ("Doesn't see why we have to talk about his childhood again.", "cause.alliance", "talk"),
    # the program / staff judging her
    ("Client feels staff look down on her.", "cause.alliance", "look down"),
    ("Client says the program judges her.", "cause.alliance", "judges"),
    # cause.dissonance: a clash between what she was taught and what she is learning
    (
        "Client reports a tug-of-war between what her church taught and what she now believes.",
        "cause.dissonance",
        "between what",
    ),
    (
        "Describes tension between the old rules and her new boundaries.",
        "cause.dissonance",
        "rules",
    ),
    ('Feels a clash between "men don\'t cry" and grieving his dad.', "cause.dissonance", "clash"),
    ('Says she was "supposed to be the strong one" in the family.', "cause.dissonance", "strong"),
    # identity: doesn't fit who I am
    ('"Going to AA just isn\'t who I am."', "cause.dissonance", "who I am"),
    ("Becoming a patient doesn't match how she sees herself.", "cause.dissonance", "match"),
    ("Needing a cane doesn't fit who he is.", "cause.dissonance", "fit"),
    # torn, written without a verb
    ("Pt torn re: leaving the marriage.", "cause.dissonance", "torn"),
    ("Client torn - loyal to her mom, angry at her too.", "cause.dissonance", "torn"),
    # cause.fear_of_change: scared that giving up / letting go / setting boundaries means ...
    (
        "She is terrified that setting boundaries means she will be alone.",
        "cause.fear_of_change",
        "setting boundaries",
    ),
    (
        "Afraid letting go of the anger would mean he forgave them.",
        "cause.fear_of_change",
        "letting go",
    ),
    ("Worried that getting well means her kids stop visiting.", "cause.fear_of_change", "means"),
    # risk.safety: passive death wishes through an accident or illness
    ('"Some nights I wish the cancer would just finish me off."', "risk.safety", "finish me off"),
    ("Says he hopes the next fire takes him with it.", "risk.safety", "takes him with it"),
    # better off with the insurance / worth more dead
    ("Thinks his wife would be better off with his pension.", "risk.safety", "pension"),
    ('Believes his kids "would be better off with the life insurance."', "risk.safety", "kids"),
    ('"I\'m worth more dead than alive."', "risk.safety", "worth more dead"),
    ('"My parents would be better off with me gone."', "risk.safety", "gone"),
    # threats toward others
    ("Made verbal threats toward staff this morning.", "risk.safety", "threats"),
    ("Threatened to stab his neighbor; police notified.", "risk.safety", "stab"),
    ("Pt making threats against his ex on social media.", "risk.safety", "threats"),
]

# (text, label): no cue of the label at all
NEAR_MISS = [
    # alliance: 'not take her ... seriously' needs 'seriously'
    ("Mother won't take him to soccer anymore.", "cause.alliance"),
    ('Father says he "won\'t take her back" after the fight.', "cause.alliance"),
    # discord between relatives, blame and pushing outside therapy
    ("Marital discord has increased since his job loss.", "cause.alliance"),
    ("Reports ongoing discord with her mother over the wedding.", "cause.alliance"),
    ("Discord between the parents is the main stressor.", "cause.alliance"),
    ("He told his brother to stop pushing him on the stairs.", "cause.alliance"),
    ("She blames her mother for the move.", "cause.alliance"),
    ("He blames the weather for his mood.", "cause.alliance"),
    # announcements without a reaction, or not the therapist's absence
    ("When I mentioned my upcoming vacation she wished me a good trip.", "cause.alliance"),
    ("After I announced the fire drill, group resumed.", "cause.alliance"),
    # keeping / someone else's / 'doesn't see why' in other senses
    ("The daycare is keeping her for an extra hour.", "cause.alliance"),
    ("The house plan feels like someone else's design.", "cause.alliance"),
    ("Doesn't see why we need to change the locks, per wife.", "cause.alliance"),
    ("She doesn't see why her husband is upset.", "cause.alliance"),
    ("Her mother won't keep paying unless she gets a job.", "cause.alliance"),
    ("The meds are doing something now.", "cause.alliance"),
    # dissonance: interpersonal tension, scheduling conflicts, torn body parts
    ("Tension between her and her sister persists.", "cause.dissonance"),
    ("Conflict between her parents escalated.", "cause.dissonance"),
    ("There is a scheduling conflict between work and group.", "cause.dissonance"),
    ("Client torn ACL in March; PT ongoing.", "cause.dissonance"),
    ("Pt torn rotator cuff, awaiting surgery.", "cause.dissonance"),
    ("The new job isn't what she thought it would be.", "cause.dissonance"),
    ("It's not the person I thought he was, she says of her ex.", "cause.dissonance"),
    # fear of change: losses that are not change the client makes
    ("Worried that losing her job means eviction.", "cause.fear_of_change"),
    # safety: hopes and 'better off' about ordinary plans
    ("Hopes the promotion takes her out of nights.", "risk.safety"),
    ("Hopes the kids take him fishing.", "risk.safety"),
    ("Wishes the new job would take her to Denver.", "risk.safety"),
    ("He'd be better off with a new job.", "risk.safety"),
    ("She'd be better off in a different school.", "risk.safety"),
    ("She'd be better off in her own place.", "risk.safety"),
    ("Her sister would be better off with a new car.", "risk.safety"),
    # threats that are not violence toward others
    ("Her boss threatened to fire her.", "risk.safety"),
    ("Daughter threatened to cut contact.", "risk.safety"),
    ("Landlord made threats of eviction.", "risk.safety"),
    ("Client felt threatened by the neighbor.", "risk.safety"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_phrasing_is_marked_present_for_the_client(text, label, word):
    found = present_cues(text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)
