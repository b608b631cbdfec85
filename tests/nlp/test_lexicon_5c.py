"""Lexicon-5c: alliance confrontation markers (the therapist experienced as cold or not competent,
anger at the therapist, tasks derided, decisions made without the client, confidentiality doubts),
dissonance (knowing vs. feeling, stigma beliefs about treatment), fear of change (fear of
graduating or discharge, secondary gain) and passive death wishes; with the look-alikes that must
not fire. My own sentences, not evaluation rows."""

import pytest

import nlp

from .helpers import cue_texts, present_cues

# (text, label, a word the present/client cue must contain)
POSITIVE = [
    # cause.alliance: the therapist experienced as cold, smug, withholding (bond)
    ("In session she experiences me as aloof.", "cause.alliance", "aloof"),
    ("He perceives his therapist as smug and superior.", "cause.alliance", "smug"),
    ("Client sees me as nosy when I ask about his drinking.", "cause.alliance", "nosy"),
    ("Says the counselor is so unprofessional.", "cause.alliance", "unprofessional"),
    # anger at the therapist: rage, livid, irate, at me / that I did not ...
    ("Client was seething at me after I ended on time.", "cause.alliance", "seething"),
    ("Irate that I wouldn't extend the session.", "cause.alliance", "extend"),
    ("Pt incensed that I did not return her call until Monday.", "cause.alliance", "return"),
    ("He raged at me about the waitlist.", "cause.alliance", "raged"),
    # the therapist does not get it / lacks lived experience
    ('She says I "can\'t comprehend" what losing a child is like.', "cause.alliance", "comprehend"),
    ("Told me I just don't grasp how hard it is.", "cause.alliance", "grasp"),
    ('"You\'ve never been through a divorce," he said.', "cause.alliance", "never been through"),
    ("Says I'm like all the other counselors.", "cause.alliance", "counselors"),
    ("Complained that I'm just reading off a script.", "cause.alliance", "script"),
    # competence and fit of a trainee, a different clinician
    ("Wonders whether a trainee could really help her.", "cause.alliance", "trainee"),
    ("Doubts whether this program is right for him.", "cause.alliance", "program"),
    # tasks derided: more task nouns, 'phony', 'for toddlers', 'for people with minor problems'
    ("She called the grounding cards silly and put them away.", "cause.alliance", "silly"),
    ("Says the imagery exercise felt phony.", "cause.alliance", "phony"),
    ("The gratitude letters seem cheesy to him.", "cause.alliance", "cheesy"),
    ('He says the relaxation script is "for toddlers."', "cause.alliance", "toddlers"),
    ("Said the worksheets are for people with minor problems.", "cause.alliance", "people"),
    ("Calls the mood tracker a pointless chore.", "cause.alliance", "pointless"),
    ('Said "what\'s the use, it never helps."', "cause.alliance", "helps"),
    # the frame: rules that treat clients like kids, decisions made without them, confidentiality
    ("Says the clinic rules treat patients like kids.", "cause.alliance", "kids"),
    ("Angry the med change was made without her input.", "cause.alliance", "without"),
    ("Felt the goals were set without consulting him.", "cause.alliance", "consulting"),
    (
        "Worried what she says here will be reported to her probation officer.",
        "cause.alliance",
        "reported",
    ),
    ("He fears his disclosures will get passed on to his commander.", "cause.alliance", "passed"),
    ("She was furious at the clinic for double-booking her.", "cause.alliance", "clinic"),
    ("Pt angry that I disclosed to her psychiatrist.", "cause.alliance", "disclosed"),
    ('Client stated I\'m "too young" to understand.', "cause.alliance", "young"),
    ("Pt doubts I have enough experience with trauma.", "cause.alliance", "experience"),
    ("Pt is convinced I'll report her to CPS.", "cause.alliance", "report"),
    ("She resents having to come here.", "cause.alliance", "resents"),
    ("Client resents being mandated to treatment.", "cause.alliance", "mandated"),
    ("He felt blindsided by my feedback.", "cause.alliance", "blindsided"),
    # cause.dissonance: stigma beliefs about treatment, knowing vs. feeling, the family story
    ("Says counseling is for weak people, yet here she is.", "cause.dissonance", "weak"),
    ("He knows the shame is misplaced but still feels responsible.", "cause.dissonance", "still"),
    ("Feels guilty even though she knows it was not her fault.", "cause.dissonance", "knows"),
    (
        "The news does not match the family narrative he was raised on.",
        "cause.dissonance",
        "narrative",
    ),
    ('Said speaking up feels "disloyal."', "cause.dissonance", "disloyal"),
    (
        "Client says it contradicts her long-held belief that she is unlovable.",
        "cause.dissonance",
        "contradicts",
    ),
    # cause.fear_of_change: graduating, discharge, stepping down; secondary gain; lost benefits
    ("Scared of being discharged from PHP.", "cause.fear_of_change", "discharged"),
    ("Dreads stepping down to IOP next month.", "cause.fear_of_change", "stepping"),
    ("Wonders who she would become without the eating disorder.", "cause.fear_of_change", "become"),
    ("Staying depressed keeps her family close, she admits.", "cause.fear_of_change", "staying"),
    (
        "Fears she'd lose her disability check if she went back to work.",
        "cause.fear_of_change",
        "lose",
    ),
    (
        'Says once she is off the unit "they expect me to be fine."',
        "cause.fear_of_change",
        "expect",
    ),
    ("Afraid of graduating from the intensive program.", "cause.fear_of_change", "graduating"),
    # risk.safety: passive death wishes, better off gone, attempt history abbreviations
    ("Admits to thoughts of not wanting to exist.", "risk.safety", "exist"),
    ("Says she would rather not wake up some mornings.", "risk.safety", "wake"),
    ("He told the nurse he'd be better off gone.", "risk.safety", "gone"),
    ("Current SI with two attempts, last in the spring.", "risk.safety", "attempts"),
]

# (text, label, a word the cue must contain): history, whatever its assertion
CUE_ONLY = [
    ("One attempt by overdose at 19; today denies intent.", "risk.safety", "attempt by"),
    ("Hx SI w/ attempt, none since 2015.", "risk.safety", "attempt"),
]

# (text, label): no cue of the label at all
NEAR_MISS = [
    # alliance: family and peers, not the therapist
    ("Her husband treats her like a child.", "cause.alliance"),
    ("Her parents still talk to her like a little kid.", "cause.alliance"),
    ("Felt humiliated by a classmate at school.", "cause.alliance"),
    ("After group she felt shamed by a peer.", "cause.alliance"),
    ("She felt judged by her roommate at dinner.", "cause.alliance"),
    ("He describes his father as cold and withholding.", "cause.alliance"),
    ("Client finds this cold weather hard.", "cause.alliance"),
    # MSE 'pressured' is speech, not feeling pressured by me
    ("Irritable and pressured, slept 2 hours.", "cause.alliance"),
    # 'for kids' as an age range, 'without' as no trouble, relative 'that I didn't get'
    ("The group is for kids ages 8 to 12.", "cause.alliance"),
    ("The new class is for small children and their parents.", "cause.alliance"),
    ("So you think it's just for people who are vulnerable?", "cause.alliance"),
    ("The plan was made without difficulty.", "cause.alliance"),
    ("Things that I didn't get to cover today will carry over.", "cause.alliance"),
    ("It might be like every other weekend.", "cause.alliance"),
    ("Anxious that her lab results will be shared with her doctor.", "cause.alliance"),
    ("She said the weekend is for people who work hard.", "cause.alliance"),
    ("She resents having to care for her mother.", "cause.alliance"),
    ("Upset about being sent home from school.", "cause.alliance"),
    ("Worried that her sister will tell their parents.", "cause.alliance"),
    ("Her boss is worried she will report the harassment to HR.", "cause.alliance"),
    ("Angry that her mother disclosed her diagnosis.", "cause.alliance"),
    # dissonance: contradicting a person, knowing a fact and feeling nervous
    ("She contradicts her sister constantly.", "cause.dissonance"),
    ("He knows the route but still feels nervous driving it.", "cause.dissonance"),
    # fear of change: life events and task reluctance
    ("Lost her benefits last month and is now behind on rent.", "cause.fear_of_change"),
    ("Reluctant to try the new worksheet.", "cause.fear_of_change"),
    ("Nervous about the graduation ceremony for her son.", "cause.fear_of_change"),
    ("Afraid of graduating from college without a job.", "cause.fear_of_change"),
    ("Scared of leaving the house alone at night.", "cause.fear_of_change"),
    ("Relapsed on Friday, 'to take the edge off.'", "cause.fear_of_change"),
    # safety: someone else better off gone, quit attempts
    ("Her ex is better off gone, she says.", "risk.safety"),
    ("Quit attempt via patch failed in May.", "risk.safety"),
]

# (text, label): the negation word sits inside the cue, so the mark stays present
IN_SPAN_NEGATION = [
    ("It does not square with how he sees himself.", "cause.dissonance"),
    ("That doesn't fit with who she thought she was.", "cause.dissonance"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_phrasing_is_marked_present_for_the_client(text, label, word):
    found = present_cues(text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label", "word"), CUE_ONLY)
def test_history_cue_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


@pytest.mark.parametrize(("text", "label"), IN_SPAN_NEGATION)
def test_negation_inside_the_cue_stays_present(text, label):
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]
    assert marks and all(a["assertion"] == "present" for a in marks), marks
