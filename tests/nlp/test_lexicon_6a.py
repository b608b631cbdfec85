"""Lexicon breadth, round lexicon-6a: sign.emotional, sign.withdrawal, sign.physical and
cause.trauma. Families of phrasings (milieu escalation, mood dips, sleep said to worsen, compliance
without engagement, hiding under the covers, trauma reactivated or remembered against one's will)
and the look-alikes that must not fire. My own sentences, not evaluation rows."""

import pytest

from .helpers import cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # sign.emotional: behavioural escalation in milieu and school notes
    ("Resident quickly escalated after the phone call.", "sign.emotional", "escalated"),
    ("Pt became verbally escalated with staff at shift change.", "sign.emotional", "escalated"),
    ("He threw his phone across the room when the topic came up.", "sign.emotional", "threw"),
    ("Kicked the door and stormed out of group.", "sign.emotional", "door"),
    ("Student punched a wall in the hallway.", "sign.emotional", "punched"),
    ("Was screaming at her mother in the waiting room.", "sign.emotional", "screaming"),
    # sign.emotional: mood said to dip, drop or crash
    ("Her mood dipped again over the weekend.", "sign.emotional", "mood"),
    ("Reports his mood has crashed since the layoff.", "sign.emotional", "crashed"),
    ("Noted a dip in mood around the anniversary.", "sign.emotional", "dip"),
    # sign.physical: sleep said to get worse
    ("Sleep has worsened since the trial began.", "sign.physical", "worsened"),
    ("Says her sleep is getting worse again.", "sign.physical", "worse"),
    ("Sleep deteriorating over the past two weeks.", "sign.physical", "deteriorating"),
    # sign.withdrawal: compliance without engagement
    ("Agreed with each reflection, offered nothing of her own.", "sign.withdrawal", "agreed"),
    ("Superficially compliant; nothing I said seemed to land.", "sign.withdrawal", "compliant"),
    ("Pseudo-compliance again: yes to everything.", "sign.withdrawal", "compliance"),
    ("My interpretations did not land; he nodded and waited.", "sign.withdrawal", "land"),
    # sign.withdrawal: hiding under covers or facing the wall on the unit
    ("Pulled the blanket over his head when the nurse came in.", "sign.withdrawal", "blanket"),
    ("Rolled over to face the wall when approached by staff.", "sign.withdrawal", "wall"),
    ("Pretended to be asleep when the social worker knocked.", "sign.withdrawal", "asleep"),
    # cause.trauma: reactivation, re-triggering, anniversary reactions
    ("PTSD symptoms reactivated after the crash coverage.", "cause.trauma", "reactivated"),
    ("Felt re-triggered by the fireworks last night.", "cause.trauma", "triggered"),
    ("Likely an anniversary reaction; the fire was in May.", "cause.trauma", "anniversary"),
    # cause.trauma: memories the client does not want, brought up by the work
    ('"These sessions bring up memories I buried years ago."', "cause.trauma", "memories"),
    ('Says group "makes me remember things I don\'t want to."', "cause.trauma", "remember"),
    ("Could not shake the images of the accident after the exposure.", "cause.trauma", "images"),
    ('Said she was "back in that car" for most of the night.', "cause.trauma", "back"),
]

# (text, label that must not be marked)
NEAR_MISS = [
    # a trauma-therapy task or material is not trauma being activated
    ("Did not bring back the trauma workbook.", "cause.trauma"),
    ("Reviewed the trauma screening questionnaire at intake.", "cause.trauma"),
    ("Agreed to start the trauma timeline next week.", "cause.trauma"),
    # reactivating an account or benefits; moving back into a home
    ("Medicaid reactivation is still pending.", "cause.trauma"),
    ("She reactivated her gym membership.", "cause.trauma"),
    ("He moved back in that apartment with his brother.", "cause.trauma"),
    # escalation that is not the client's agitation
    ("Case escalated to the clinical supervisor.", "sign.emotional"),
    ("Costs escalated after the insurance change.", "sign.emotional"),
    ("Threw a birthday party for her son.", "sign.emotional"),
    # fear of what happens if she changes is cause.fear_of_change, not sign.emotional
    ("Worries his friends would drop him if he stops drinking.", "sign.emotional"),
    # mood and sleep getting better
    ("Mood lifted after the family visit.", "sign.emotional"),
    ("Sleep is better with the new routine.", "sign.physical"),
    # a full reply that starts with "Fine," and a self-report of being fine
    ('She said, "Fine, let\'s try it your way," and picked up the worksheet.', "sign.withdrawal"),
    ('Reports he is "fine" at work and enjoying the new role.', "sign.withdrawal"),
    # quiet voices (AH) and a quiet unit are improvements, not a quiet client
    ("Voices are quieter on the new dose.", "sign.withdrawal"),
    ("Unit was quiet overnight; slept well.", "sign.withdrawal"),
    # shutting down in arguments at home is not disengagement in the session
    ("Wife says he stonewalls during fights about money.", "sign.withdrawal"),
    ("Partner reports she is back to stonewalling at home.", "sign.withdrawal"),
    # compliance with medication; agreeing with a plan
    ("Med compliant per pharmacy records.", "sign.withdrawal"),
    ("Both parents agreed with the safety plan.", "sign.withdrawal"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_family_is_marked(pipeline, text, label, word):
    cues = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in cues), (text, cues)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], text


def test_sleep_worsening_in_a_plan_is_hypothetical():
    import nlp

    marks = [
        a
        for a in nlp.annotate("Plan: if sleep worsens, refer for CBT-I.")["annotations"]
        if a["label"] == "sign.physical"
    ]
    assert marks and all(a["assertion"] == "hypothetical" for a in marks)
