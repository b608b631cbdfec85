"""Lexicon breadth, round lexicon-8a: sign.emotional, sign.withdrawal and cause.trauma. Families
of phrasings (a heavy heart, 'Pt scared / she's afraid' in note shorthand, looking scared, rarely
speaking or sitting apart in group, images or memories that keep coming back, a session that
brought back the memories / beatings, torture and conversion therapy as trauma history) and the
look-alikes that must not fire (anger management and its abbreviations, an emotion named as the
topic of a question, 'I'm afraid' as a politeness formula, the client's own assault charges or
owning an assault, torture as hyperbole, pain that keeps coming back, thoughts that keep coming
back). My own sentences, not evaluation rows."""

import pytest

from .helpers import annotations_of, cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # sign.emotional: a heavy heart and its kin
    ("Says she has carried a heavy heart since the move.", "sign.emotional", "heart"),
    ('Per interpreter, "my heart is heavy all the time."', "sign.emotional", "heavy"),
    ("Describes feeling heavy-hearted on Sundays.", "sign.emotional", "hearted"),
    ("Reports heartache over the estrangement from her son.", "sign.emotional", "heartache"),
    ("Heartsick about the deportation hearing.", "sign.emotional", "heartsick"),
    # sign.emotional: fear in note shorthand, the contracted copula, a quote, how she looked
    ("Pt scared of running into her ex at the pharmacy.", "sign.emotional", "scared"),
    ("Client afraid he will be evicted this month.", "sign.emotional", "afraid"),
    ("Client visibly frightened when the alarm sounded.", "sign.emotional", "frightened"),
    ("Says he's scared the biopsy will come back positive.", "sign.emotional", "scared"),
    ("She\u2019s terrified of the custody evaluation.", "sign.emotional", "terrified"),
    ('Told me "I\'m so scared all the time."', "sign.emotional", "scared"),
    ("Looked frightened when the door slammed in the hallway.", "sign.emotional", "frightened"),
    ("Looks very sad today, slumped in the chair.", "sign.emotional", "sad"),
    # note shorthand fear that names a change is the client's fear too (and fear of change)
    ("Client scared that quitting the job means losing her identity.", "sign.emotional", "scared"),
    (
        "Pt anxious that if she gets well her parents will stop calling.",
        "sign.emotional",
        "anxious",
    ),
    # sign.withdrawal: rarely speaking, sitting apart in group
    ("Rarely speaks in group unless called on.", "sign.withdrawal", "rarely"),
    ("Seldom talked during the couple's session.", "sign.withdrawal", "seldom"),
    ("Scarcely said a word in the first half.", "sign.withdrawal", "scarcely"),
    ("Sat apart from the group and kept her coat on.", "sign.withdrawal", "apart"),
    ("Sits off to the side during process group.", "sign.withdrawal", "side"),
    # cause.trauma: images / memories that keep coming back
    ("Says the images keep flooding back at night.", "cause.trauma", "images"),
    (
        'Reports memories of the fire "keep coming back" since the anniversary.',
        "cause.trauma",
        "memories",
    ),
    ("The smell of diesel keeps coming back to him.", "cause.trauma", "smell"),
    ("After the drill, it all came flooding back.", "cause.trauma", "flooding"),
    # cause.trauma: a session or event that brought back the memories / the abuse / the war
    ("The role play brought back painful memories of her stepfather.", "cause.trauma", "memories"),
    ("Said the news footage brought back the war.", "cause.trauma", "war"),
    ("The hospital visit brought back the accident for her.", "cause.trauma", "accident"),
    # cause.trauma: torture and conversion therapy as trauma history
    (
        "Survivor of torture in a detention center; sleeps with the light on.",
        "cause.trauma",
        "torture",
    ),
    ("He was tortured during his imprisonment.", "cause.trauma", "tortured"),
    ("Sent to conversion therapy at 14 by her church.", "cause.trauma", "conversion"),
    ("Spent a summer in reparative therapy as a teen.", "cause.trauma", "reparative"),
    # the everyday senses stay marked next to their look-alikes
    ("She is afraid of her landlord.", "sign.emotional", "afraid"),
    ("Angry at his brother for selling the house.", "sign.emotional", "angry"),
    ("Sexual assault in 2019; avoids parking garages.", "cause.trauma", "assault"),
    ("Ashamed of the relapse and would not look up.", "sign.emotional", "ashamed"),
]

# (text, label that must not be marked)
NEAR_MISS = [
    # anger management is a programme, not anger
    ("Completed anger management in 2021.", "sign.emotional"),
    ("Court-ordered anger mgmt, 12 weeks.", "sign.emotional"),
    ("Attends an anger-management group on Tuesdays.", "sign.emotional"),
    ("Enrolled in anger mgt classes through probation.", "sign.emotional"),
    # an emotion named as the topic of a question
    ("Deflected my questions about internalized shame.", "sign.emotional"),
    ("Answered the question about guilt with a shrug.", "sign.emotional"),
    # politeness formula and fear-of-change copula stay as they were
    ("Client is afraid that if she stops caretaking, she won't know who she is.", "sign.emotional"),
    ("Client worries that getting sober means losing her friends.", "sign.emotional"),
    # the client's own assault: charges, owning it, his assault on someone
    ("Hx of assault charges in 2016 and 2019.", "cause.trauma"),
    ("Was charged with aggravated assault last spring.", "cause.trauma"),
    ("Began owning the assault in today's accountability group.", "cause.trauma"),
    ("Admitted to the assault but minimized the injuries.", "cause.trauma"),
    ("Discussed his assault on his girlfriend and the no-contact order.", "cause.trauma"),
    ("Arrested after he assaulted a coworker.", "cause.trauma"),
    # torture as hyperbole
    ("Says the exposure homework is pure torture.", "cause.trauma"),
    ("Called the waiting list torture.", "cause.trauma"),
    ("Describes the commute as torture.", "cause.trauma"),
    ("Tortured by guilt over the missed call.", "cause.trauma"),
    # things that keep coming back which are not memories
    ("The back pain keeps coming back after long shifts.", "cause.trauma"),
    ("Intrusive thoughts about germs keep coming back.", "cause.trauma"),
    ("He keeps coming back to group despite the long bus ride.", "cause.trauma"),
    ("The trip brought back souvenirs for the kids.", "cause.trauma"),
    ("Brought back the signed consent form.", "cause.trauma"),
    # rarely speaks of a topic is not silence in the room; sitting apart from a spouse at home
    ("Rarely speaks of her father in a warm way.", "sign.withdrawal"),
    # a heavy workload is not a heavy heart
    ("Heavy caseload at work this month.", "sign.emotional"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


def test_a_heavy_heart_is_not_physical():
    assert annotations_of('C/o a "heavy heart" since the funeral.', "sign.physical") == []


def test_a_mothers_fear_in_shorthand_stays_hers():
    marks = annotations_of("Mother scared of the neighbours; client is not.", "sign.emotional")
    assert all(a["experiencer"] == "other" or a["assertion"] != "present" for a in marks)


def test_images_coming_back_since_the_session_are_present():
    marks = annotations_of(
        "Images of the crash keep coming back since our last session.", "cause.trauma"
    )
    assert marks and any(a["assertion"] == "present" for a in marks)


def test_im_afraid_as_a_formula_is_not_the_clients():
    marks = annotations_of("I'm afraid we ran out of time before the worksheet.", "sign.emotional")
    assert not any(a["assertion"] == "present" and a["experiencer"] == "client" for a in marks)


def test_symptoms_that_all_came_back_are_not_trauma():
    assert annotations_of("Checking is back; it all came back after the flu.", "cause.trauma") == []
