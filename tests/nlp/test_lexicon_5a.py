"""Lexicon breadth, round lexicon-5a: sign.emotional, sign.withdrawal, sign.physical and
cause.trauma. Whole families of phrasings (idioms, adverbs, scale readings, client quotes, note
shorthand) and the look-alikes that must not fire. My own sentences, not evaluation rows."""

import pytest

import nlp

from .helpers import cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # sign.emotional: idioms of anxiety
    ("He has been on a knife's edge all week.", "sign.emotional", "knife"),
    ("Waiting for the results, she was on tenterhooks.", "sign.emotional", "tenterhooks"),
    ('"I\'m a bundle of nerves before group."', "sign.emotional", "nerves"),
    ("Says her nerves are shot since the move.", "sign.emotional", "nerves"),
    ("Mother in hospital again; client beside herself all hour.", "sign.emotional", "beside"),
    # sign.emotional: the client's fear said as a verb ("it scares me")
    ('"Going to the mall alone terrifies me."', "sign.emotional", "terrifies"),
    ('"The way my heart races freaks me out."', "sign.emotional", "freaks"),
    ("Says the new job makes her anxious.", "sign.emotional", "anxious"),
    # sign.emotional: emotion shown in the manner of speaking
    ("Pt irritably insisted the dose was wrong.", "sign.emotional", "irritably"),
    ("He spoke angrily about the custody ruling.", "sign.emotional", "angrily"),
    ("She laughed nervously while describing the argument.", "sign.emotional", "nervously"),
    # sign.emotional: anger shown as aggression or temper
    ("Became verbally aggressive with front desk staff.", "sign.emotional", "aggressive"),
    ("Reports daily temper tantrums at home.", "sign.emotional", "tantrums"),
    ("He lost his temper twice this week.", "sign.emotional", "temper"),
    ("Testy and snippy with her sister in the joint session.", "sign.emotional", "testy"),
    # sign.emotional: high SUDS readings
    ("SUDS peaked at 90 during the imaginal exposure.", "sign.emotional", "SUDS"),
    ("SUDS remained high for the whole exercise.", "sign.emotional", "SUDS"),
    ("In vivo exposure, SUDS 9/10 at the door.", "sign.emotional", "SUDS"),
    # sign.withdrawal: minimal verbal replies
    ("Answered most prompts with a shrug and little else.", "sign.withdrawal", "shrug"),
    ('Responded "uh-huh" to each reflection.', "sign.withdrawal", "uh"),
    ("He said little else after the homework came up.", "sign.withdrawal", "little else"),
    ("Grunted in reply to most check-in questions.", "sign.withdrawal", "grunted"),
    # sign.withdrawal: a stock non-answer to most questions
    ('Said "not sure" to nearly every question about school.', "sign.withdrawal", "not sure"),
    ("She answered 'nothing' to most of my questions.", "sign.withdrawal", "nothing"),
    # sign.withdrawal: gaze kept away
    ("His eyes stayed on the floor for most of the hour.", "sign.withdrawal", "floor"),
    ("Gaze fixed on her lap while we reviewed the chain.", "sign.withdrawal", "lap"),
    ("Eyes downcast throughout.", "sign.withdrawal", "downcast"),
    ("She sat staring into space during the debrief.", "sign.withdrawal", "space"),
    # sign.withdrawal: terse, guarded manner of answering
    ("Tersely said the week was fine.", "sign.withdrawal", "tersely"),
    ("He was short with me for the rest of the session.", "sign.withdrawal", "short"),
    ("Responded evasively when asked about the weekend.", "sign.withdrawal", "evasively"),
    ("Spoke guardedly about her new partner.", "sign.withdrawal", "guardedly"),
    ("She participated minimally in the role-play.", "sign.withdrawal", "minimally"),
    # sign.withdrawal: engagement only on the surface
    ("Polite but never really engaged with the material.", "sign.withdrawal", "engaged"),
    ("Barely participated in the skills group.", "sign.withdrawal", "participated"),
    # sign.withdrawal: posture, trailing speech, phone, hiding
    ("Sitting slumped with his coat still on.", "sign.withdrawal", "slumped"),
    ("Slouched on the couch and answered in fragments.", "sign.withdrawal", "slouched"),
    ("Her voice kept trailing off mid-sentence.", "sign.withdrawal", "trailing"),
    ("Spent much of the group on his phone.", "sign.withdrawal", "phone"),
    ("Was texting during session despite the agreement.", "sign.withdrawal", "texting"),
    ("He pulled his hood over his face and went still.", "sign.withdrawal", "hood"),
    # sign.physical: a body part that aches, hurts or throbs
    ("Her lower back aches after every session.", "sign.physical", "aches"),
    ('"My head has been pounding since Monday."', "sign.physical", "pounding"),
    ("Says his stomach hurts on school mornings.", "sign.physical", "hurts"),
    ("Reports a stiff neck and a backache all week.", "sign.physical", "backache"),
    # sign.physical: a bodily condition flaring under stress
    ("Psoriasis flared after the custody hearing.", "sign.physical", "flared"),
    ("Reports a flare-up of her IBS this week.", "sign.physical", "IBS"),
    ("Eczema flaring again on both hands.", "sign.physical", "flaring"),
    # sign.physical: numb or tingling limbs in panic
    ("During the attack her fingers went numb.", "sign.physical", "numb"),
    ("Describes pins and needles in both arms when anxious.", "sign.physical", "pins"),
    # sign.physical: short sleep written as hours
    ("Sleeping ~3 h a night.", "sign.physical", "3"),
    ("Gets about 4hrs of sleep most nights.", "sign.physical", "4hrs"),
    ("Sleep: 2-3 hrs since the move.", "sign.physical", "hrs"),
    ("Only 3 hours of sleep before the session.", "sign.physical", "hours"),
    # cause.trauma: symptom-cluster nouns
    ("More intrusive symptoms since the trial date was set.", "cause.trauma", "intrusive"),
    ("Re-experiencing symptoms increased this month.", "cause.trauma", "re-experiencing"),
    ("His startle looks like a trauma response.", "cause.trauma", "trauma response"),
    # cause.trauma: dissociative absence
    ('Said she "wasn\'t really there" for ten minutes.', "cause.trauma", "there"),
    ("Described feeling like he wasn't in his body.", "cause.trauma", "body"),
    ("Did not respond to his name for almost a minute.", "cause.trauma", "name"),
]

# (text, label that must not be marked)
NEAR_MISS = [
    # "what's the point of" a therapy task is about the task (alliance), not hopelessness
    ('"What\'s the point of doing these worksheets?"', "sign.emotional"),
    ("He asked what's the point of tracking his mood.", "sign.emotional"),
    # aggressive in the treatment sense
    ("Oncology recommends aggressive treatment.", "sign.emotional"),
    ("We may need to be more aggressive with the exposure hierarchy.", "sign.emotional"),
    # attachment style, not an anxious state
    ("Presents as anxiously attached in her relationships.", "sign.emotional"),
    # SUDS falling, and SUD the substance use disorder
    ("SUDS dropped from 85 to 30 by the end of the exposure.", "sign.emotional"),
    ("Pt with SUD in early remission.", "sign.emotional"),
    # fear of getting better belongs to cause.fear_of_change
    ("Getting better scares her.", "sign.emotional"),
    # a quote that starts with "I don't" but is not "I don't know"
    ('He said "I don\'t want to go there today."', "sign.withdrawal"),
    ('She said "I don\'t think that applies to me."', "sign.withdrawal"),
    # back-channel sounds inside a fuller answer
    ('Client said "mm-hm, that makes sense" and asked how to start.', "sign.withdrawal"),
    # phone calls are not phone use in session
    ("Spent the weekend on the phone with her sister.", "sign.withdrawal"),
    # passive-aggressive is covert hostility, not passivity
    ("Made a passive-aggressive remark about the fee.", "sign.withdrawal"),
    # engaging in risk behaviours is not engagement in the session
    ("Denies engaging in self-harm this week.", "sign.withdrawal"),
    ("Not engaging in risky behaviors since discharge.", "sign.withdrawal"),
    # numb limbs are a body symptom, not shutting down or dissociation
    ("Her hands went numb during the panic attack.", "sign.withdrawal"),
    ("Her hands went numb during the panic attack.", "cause.trauma"),
    # slumped in relief; a look at the window during a grounding exercise
    ("She slumped in relief when the verdict was read.", "sign.withdrawal"),
    ("Eyes fixed on me throughout, asking good questions.", "sign.withdrawal"),
    # a flare that is not bodily
    ("The couple repaired quickly after a brief flare.", "sign.physical"),
    ("Her temper flared at the mention of her sister.", "sign.physical"),
    # soreness from exercise
    ("His calves ache after the long runs.", "sign.physical"),
    ("Her legs hurt from the gym, she joked.", "sign.physical"),
    # "back" the adverb; numbness with an ordinary cause; long sleep; nights, not hours
    ("He came back hurt and angry from the visit.", "sign.physical"),
    ("Lips still numb after the dentist.", "sign.physical"),
    ("Numb fingers from the cold walk over.", "sign.physical"),
    ("Gets 8 hours of sleep most nights.", "sign.physical"),
    ("Back to 3 nights of sleep at her own place.", "sign.physical"),
    # trauma as the topic of the therapy work; literal absence from a room
    ("She feels I am pushing too fast on trauma.", "cause.trauma"),
    ("Her husband wasn't in the room when she got the call.", "cause.trauma"),
]

# (text, label): the mark is present although the cue contains a negation word
IN_SPAN_NEGATION = [
    ('Answered "no idea" to most questions about school.', "sign.withdrawal"),
    ("She did not respond to her name when I called it twice.", "cause.trauma"),
    ("Pleasant but not really engaging with the exercise.", "sign.withdrawal"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


@pytest.mark.parametrize(("text", "label"), IN_SPAN_NEGATION)
def test_negation_inside_the_cue_stays_present(text, label):
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]
    assert marks and all(a["assertion"] == "present" for a in marks), marks
