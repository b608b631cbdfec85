"""Cue matcher: each label's cues (synonyms, inflections, abbreviations, client quotes) and the
look-alikes that must not match. My own sentences, not evaluation rows."""

import pytest

import nlp


def cues(pipeline, text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    doc = pipeline(text)
    for span in doc.spans["ntr"]:
        found.setdefault(span.label_, []).append(span.text)
    return found


# (text, label, cue text the matcher should mark)
POSITIVE = {
    "emotional-panic": ("She had two panic attacks this week.", "sign.emotional", "panic attacks"),
    "emotional-tearful": ("Client was tearful throughout.", "sign.emotional", "tearful"),
    "emotional-cried": ("He cried when describing the funeral.", "sign.emotional", "cried"),
    "emotional-on-edge": ("Reports feeling on edge most days.", "sign.emotional", "on edge"),
    "emotional-irritable": ("Irritable with coworkers.", "sign.emotional", "Irritable"),
    "emotional-hopeless-quote": (
        '"What\'s the point," she said.',
        "sign.emotional",
        "What's the point",
    ),
    "emotional-feeling-down": (
        "He has been feeling down lately.",
        "sign.emotional",
        "feeling down",
    ),
    "emotional-low-mood": ("Low mood persists.", "sign.emotional", "Low mood"),
    "withdrawal-withdrawing": (
        "She kept withdrawing as we talked.",
        "sign.withdrawal",
        "withdrawing",
    ),
    "withdrawal-shut-down": ("Client shut down when asked.", "sign.withdrawal", "shut down"),
    "withdrawal-was-silent": ("He was mostly silent.", "sign.withdrawal", "was mostly silent"),
    "withdrawal-eye-contact": ("Poor eye contact today.", "sign.withdrawal", "Poor eye contact"),
    "withdrawal-checked-out": ("Seemed checked out.", "sign.withdrawal", "checked out"),
    "withdrawal-dont-know": (
        'Answered "I don\'t know" to most questions.',
        "sign.withdrawal",
        '"I don\'t know"',
    ),
    "withdrawal-went-along": (
        "Went along with everything without engaging.",
        "sign.withdrawal",
        "went along with everything",
    ),
    "resistance-declined": (
        "She declined to talk about it.",
        "sign.resistance",
        "declined to talk",
    ),
    "resistance-deflects": ("Deflects when feelings come up.", "sign.resistance", "Deflects"),
    "resistance-homework": (
        "He didn't do the thought record.",
        "sign.resistance",
        "didn't do the thought record",
    ),
    "resistance-wont-say": ("Client wouldn't say more.", "sign.resistance", "wouldn't say"),
    "resistance-yes-but": ("Met every suggestion with yes, but.", "sign.resistance", "yes, but"),
    "avoidance-cancels": ("Cancels often.", "sign.avoidance", "Cancels"),
    "avoidance-ns": ("NS x2 this month.", "sign.avoidance", "NS"),
    "avoidance-no-show": ("Third no-show since May.", "sign.avoidance", "no-show"),
    "avoidance-late": (
        "She showed up 25 minutes late.",
        "sign.avoidance",
        "showed up 25 minutes late",
    ),
    "avoidance-missed": (
        "Missed her last two appointments.",
        "sign.avoidance",
        "Missed her last two appointments",
    ),
    "avoidance-calls": ("Has not returned calls.", "sign.avoidance", "Has not returned calls"),
    "avoidance-quit": ("He wants to quit therapy.", "sign.avoidance", "quit"),
    "avoidance-biweekly": (
        "Asked to move to biweekly sessions.",
        "sign.avoidance",
        "move to biweekly sessions",
    ),
    "regression-drinking-again": ("He is drinking again.", "sign.regression", "drinking again"),
    "regression-slipped-back": ("Slipped back into bingeing.", "sign.regression", "Slipped back"),
    "regression-relapsed-on": ("Relapsed on opioids.", "sign.regression", "Relapsed on opioids"),
    "physical-migraine": ("Migraines after sessions.", "sign.physical", "Migraines"),
    "physical-cant-sleep": ("She can't sleep before sessions.", "sign.physical", "can't sleep"),
    "physical-gi": ("GI upset in the mornings.", "sign.physical", "GI upset"),
    "physical-palpitations": ("Palpitations in the waiting room.", "sign.physical", "Palpitations"),
    "worsening-worse": ("She is doing worse.", "sign.worsening", "doing worse"),
    "worsening-deteriorating": ("Mood deteriorating.", "sign.worsening", "deteriorating"),
    "worsening-increase": (
        "Anxiety has increased since May.",
        "sign.worsening",
        "Anxiety has increased",
    ),
    "worsening-quote": ('"Therapy is making me worse."', "sign.worsening", "making me worse"),
    "fear-not-ready": (
        "He isn't ready to let go of it.",
        "cause.fear_of_change",
        "isn't ready to let go",
    ),
    "fear-afraid-better": (
        "Afraid of getting better.",
        "cause.fear_of_change",
        "Afraid of getting better",
    ),
    "fear-ambivalent": ("Ambivalent about quitting.", "cause.fear_of_change", "Ambivalent"),
    "fear-quote": ('"That\'s just who I am."', "cause.fear_of_change", "That's just who I am"),
    "alliance-unheard": ("Feels unheard by me.", "cause.alliance", "Feels unheard"),
    "alliance-quote": ('"You don\'t get it."', "cause.alliance", "You don't get it"),
    "alliance-trust": ("She doesn't trust the therapist.", "cause.alliance", "doesn't trust the"),
    "alliance-fees": ("Upset about the late fee.", "cause.alliance", "Upset about the late fee"),
    "alliance-waste": ("Says sessions are a waste of time.", "cause.alliance", "a waste of time"),
    "alliance-angry-at-me": ("She was angry with me.", "cause.alliance", "angry with me"),
    "trauma-flashbacks": ("Flashbacks after the exercise.", "cause.trauma", "Flashbacks"),
    "trauma-dissociating": ("Dissociating during the narrative.", "cause.trauma", "Dissociating"),
    "trauma-ptsd": ("PTSD symptoms flared.", "cause.trauma", "PTSD"),
    "trauma-triggered": ("She felt triggered.", "cause.trauma", "triggered"),
    "dissonance-torn": ("Torn between loyalty and honesty.", "cause.dissonance", "Torn between"),
    "dissonance-reconcile": (
        "Hard to reconcile with his faith.",
        "cause.dissonance",
        "Hard to reconcile",
    ),
    "dissonance-goes-against": ("It goes against her values.", "cause.dissonance", "against"),
    "safety-si": ("Passive SI reported.", "risk.safety", "Passive SI"),
    "safety-hi": ("Denies HI.", "risk.safety", "HI"),
    "safety-better-off-dead": ("Said he'd be better off dead.", "risk.safety", "better off dead"),
    "safety-cut-herself": ("She cut herself on Friday.", "risk.safety", "cut herself"),
    "safety-kill-myself": ('"I want to kill myself."', "risk.safety", "kill myself"),
}


@pytest.mark.parametrize(("text", "label", "cue"), POSITIVE.values(), ids=POSITIVE.keys())
def test_cue_is_marked(pipeline, text, label, cue):
    """The cue is marked; the span may be a little longer (a longer rule of the same label)."""
    marked = cues(pipeline, text).get(label, [])
    assert any(cue.lower() in span.lower() for span in marked), marked


# (text, label that must NOT be marked)
NEGATIVE = {
    "engaged-hopeful": ("Client appeared engaged and hopeful.", None),
    "open-talkative": ("Client was open and talkative.", None),
    "son-skipping-school": ("Client's son has been skipping school.", "sign.avoidance"),
    "anxious-to-start": ("She is anxious to start the new job.", "sign.emotional"),
    "upset-stomach-not-emotion": ("Upset stomach before sessions.", "sign.emotional"),
    "cutting-back-not-self-harm": ("He is cutting back on coffee.", "risk.safety"),
    "cut-back-sessions-not-self-harm": ("Asked to cut back sessions.", "risk.safety"),
    "hanging-out": ("Hanging out with friends more.", "risk.safety"),
    "alcohol-withdrawal": ("History of alcohol withdrawal seizures.", "sign.withdrawal"),
    "withdrew-from-therapy-is-avoidance": ("She withdrew from therapy.", "sign.withdrawal"),
    "relapse-prevention": ("Reviewed the relapse prevention plan.", "sign.regression"),
    "resisted-urges": ("He resisted urges to drink.", "sign.resistance"),
    "miss-her-mother": ("She misses her mother.", "sign.avoidance"),
    "cancelled-trip": ("Her trip was cancelled.", "sign.avoidance"),
    "end-of-session": ("At the end of the session we practiced breathing.", "sign.avoidance"),
    "ended-session": ("Ended session with grounding.", "sign.avoidance"),
    "worst-case": ("We discussed the worst case scenario.", "sign.worsening"),
    "declined-to-is-not-worsening": ("He declined to discuss it.", "sign.worsening"),
    "judged-by-mother": ("She feels judged by her mother.", "cause.alliance"),
    "substance-abuse": ("No substance abuse reported.", "cause.trauma"),
    "identified-triggers": ("Identified triggers for drinking.", "cause.trauma"),
    "conflict-with-sister": ("Ongoing conflict with her sister.", "cause.dissonance"),
    "not-ready-for-bed": ("The kids were not ready for school.", "cause.fear_of_change"),
    "hi-greeting": ("Hi, she said as she came in.", "risk.safety"),
    "quiet-weekend": ("Had a quiet weekend at home.", "sign.withdrawal"),
    "ideas-came-up": ("The topic did not come up.", "sign.avoidance"),
    "anxiety-as-topic": ("Provided psychoeducation about the cycle of anxiety.", None),
    "triggers-for-anxiety": ("Client identified triggers for her anxiety.", None),
    "risk-is-low": ("Risk assessment completed; risk is low.", None),
    "shrugged-off-is-resistance": ("He shrugged off the question.", "sign.withdrawal"),
    "not-working-job": ("He is not working at the moment.", "cause.alliance"),
    "didnt-work-shift": ("She did not work this week.", "cause.alliance"),
    "quit-smoking": ("He wants to quit smoking.", "sign.avoidance"),
    "have-a-plan": ("I have a plan for the weekend.", "risk.safety"),
    "give-up-sugar": ("She is giving up sugar.", "sign.emotional"),
    "it-was-a": ("It was a good week.", None),
    "stupid-joke": ("He made a stupid joke and laughed.", "cause.alliance"),
    "video-froze": ("The video froze twice during the telehealth session.", "cause.trauma"),
    "triggered-discussion": ("This triggered a discussion about boundaries.", "cause.trauma"),
    "insurance-lapsed": ("Her insurance lapsed last month.", "sign.regression"),
    "binge-watched": ("She binge-watched a show all weekend.", "sign.regression"),
    "exhausted-options": ("He exhausted all options with his landlord.", "sign.physical"),
    "suicide-prevention": ("Gave her the suicide prevention hotline number.", "risk.safety"),
    "a-nightmare": ("The commute was a nightmare.", "cause.trauma"),
    "combat-thoughts": ("Using strategies to combat negative thoughts.", "cause.trauma"),
    "life-pointless-not-alliance": ("Life feels pointless.", "cause.alliance"),
    "late-to-work": ("Client arrived late to work twice this week.", "sign.avoidance"),
    "late-in-pregnancy": ("The client is late in her pregnancy.", "sign.avoidance"),
    "withdrew-application": ("He withdrew his application to the program.", "sign.withdrawal"),
    "afraid-of-being-judged": ("He is afraid of being judged at parties.", "cause.alliance"),
    "afraid-of-losing-job": ("She is afraid of losing her job.", "cause.fear_of_change"),
    "intent-of-exercise": ("The intent of the exercise was to notice urges.", "risk.safety"),
    "set-an-intention": ("She set an intention to walk daily.", "risk.safety"),
    "client-quote-i-dont-care": ('"I don\'t care what they think," she said.', "cause.alliance"),
    "felt-i-really-listened": ("He said he felt I really listened today.", "cause.alliance"),
    "car-exhaust": ("Car exhaust fumes give him a cough.", "sign.physical"),
    "look-down-at-notes": ("I asked him to look down at his notes.", "sign.emotional"),
    "avoided-looking-is-not-resistance": ("She avoided looking at the clock.", "sign.resistance"),
}


@pytest.mark.parametrize(("text", "label"), NEGATIVE.values(), ids=NEGATIVE.keys())
def test_look_alike_is_not_marked(pipeline, text, label):
    found = cues(pipeline, text)
    if label is None:
        assert found == {}
    else:
        assert label not in found, found


# A negation that belongs to the sign itself stays inside the cue, so the mark is present.
NEGATION_IS_THE_SIGN = {
    "not-returned-calls": ("Client has not returned calls this week.", "sign.avoidance"),
    "didnt-complete-homework": ("She didn't complete the homework.", "sign.resistance"),
    "isnt-ready": ("He isn't ready to change.", "cause.fear_of_change"),
    "would-not-elaborate": ("Would not elaborate on the argument.", "sign.resistance"),
    "did-not-attend": ("Client did not attend group.", "sign.avoidance"),
    "no-show": ("No-show for the 3pm appointment.", "sign.avoidance"),
    "without-engaging": ("Nodded without engaging.", "sign.withdrawal"),
    "not-helping": ("She said therapy is not helping.", "cause.alliance"),
    "no-eye-contact": ("Made no eye contact.", "sign.withdrawal"),
}


@pytest.mark.parametrize(
    ("text", "label"), NEGATION_IS_THE_SIGN.values(), ids=NEGATION_IS_THE_SIGN.keys()
)
def test_negation_inside_the_sign_is_present(text, label):
    found = nlp.annotate(text)["annotations"]
    assert any(a["label"] == label and a["assertion"] == "present" for a in found), found


def test_overlapping_cues_of_one_label_keep_the_longest(pipeline):
    assert cues(pipeline, "Client had a panic attack.")["sign.emotional"] == ["panic attack"]


def test_one_span_may_carry_two_labels(pipeline):
    found = cues(pipeline, "She is angry at me.")
    assert "sign.emotional" in found and "cause.alliance" in found


# Every phrase of taxonomy.md's "typical note language" column, in a telegraphic note line.
SPEC_LANGUAGE = {
    "sign.emotional": [
        "anxious", "panic attack", "overwhelmed", "frustrated", "angry", "irritable", "tearful",
        "sad", "hopeless", "ashamed", "depressed mood", "on edge",
    ],
    "sign.withdrawal": [
        "withdrew", "withdrawn", "quiet", "guarded", "shut down", "minimal answers",
        "one-word answers", '"I don\'t know" to most questions', "little eye contact",
        "long silences", "detached", "checked out", "went along with everything without engaging",
    ],
    "sign.resistance": [
        "refused to discuss", "declined to discuss", "changed the subject", "deflected",
        "brushed off", "would not elaborate", "did not do the homework",
        "dismissed an intervention", "pushed back on an intervention",
    ],
    "sign.avoidance": [
        "cancelled", "no-show", "missed session", "arrived late", "left early",
        "wants to stop sessions", "wants to pause sessions", "wants to cut back sessions",
        "not returning calls",
    ],
    "sign.regression": [
        "relapsed", "resumed drinking", "back to old habits", "slipped back",
        "regressive behaviour",
    ],
    "sign.physical": [
        "headaches", "migraine", "stomach aches", "nausea", "GI upset", "insomnia", "poor sleep",
        "exhaustion", "muscle tension", "chest tightness",
    ],
    "sign.worsening": [
        "feels worse", "symptoms worsened", "deteriorated", "setback", "going backwards",
        "getting worse since starting therapy",
    ],
    "cause.fear_of_change": [
        "afraid of what changes if she gets better", "not ready to change",
        "safer to stay the same", "scared to let go of the old way", "ambivalent about change",
    ],
    "cause.alliance": [
        "feels misunderstood by therapist", "feels unheard by therapist",
        "feels judged by therapist", "does not trust the therapist",
        "questions whether therapist is a good fit", "complains therapy is not helping",
        "the exercises are pointless", "angry at therapist", "upset about fees",
        "upset about scheduling", "upset about policies",
    ],
    "cause.trauma": [
        "flashbacks", "dissociated when discussing the assault",
        "trauma material triggered distress", "unresolved trauma", "re-experiencing",
    ],
    "cause.dissonance": [
        "conflicted", "torn between", "hard to reconcile", "clashes with how he sees himself",
        "contradicts what she was raised to believe",
    ],
    "risk.safety": [
        "suicidal ideation", "SI", "HI", "self-harm", "cutting", "wants to die",
        "better off dead", "plan or intent",
    ],
}  # fmt: skip
SPEC_CASES = [(label, phrase) for label, phrases in SPEC_LANGUAGE.items() for phrase in phrases]


@pytest.mark.parametrize(("label", "phrase"), SPEC_CASES, ids=[p for _, p in SPEC_CASES])
def test_taxonomy_language_is_marked(pipeline, label, phrase):
    assert label in cues(pipeline, f"Client {phrase}.")
