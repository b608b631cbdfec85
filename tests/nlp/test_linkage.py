"""Therapy linkage: does the sentence tie the mark to therapy itself?"""

import pytest

import nlp


def assess(text: str, target: str) -> dict:
    start = text.lower().index(target.lower())
    return nlp.assess_span(text, start, start + len(target))


# (sentence, target span, expected therapy_linked)
LINKAGE = {
    "after-session": ("Client reported feeling hopeless after the session.", "hopeless", True),
    "since-session": ("She has had headaches since our last session.", "headaches", True),
    "during-session": ("He became tearful during session.", "tearful", True),
    "in-session": ("Guarded and quiet in session.", "Guarded", True),
    "before-sessions": ("Nausea before sessions.", "Nausea", True),
    "when-we-discussed": ("Client became angry when we discussed her divorce.", "angry", True),
    "exposure-work": (
        "Panic attacks have increased with the exposure work.",
        "Panic attacks",
        True,
    ),
    "homework": ("She felt overwhelmed by the homework.", "overwhelmed", True),
    "the-therapist": ("Client feels misunderstood by the therapist.", "misunderstood", True),
    "me-in-a-note": ("He said he is angry at me.", "angry", True),
    "since-starting-therapy": ("She feels worse since starting therapy.", "worse", True),
    "our-sessions": ("Client feels unheard in our sessions.", "unheard", True),
    "since-we-began": (
        "Sarah has had panic attacks since we began confronting her fears.",
        "panic attacks",
        True,
    ),
    "trauma-processing": (
        "Nightmares returned since we started trauma processing.",
        "Nightmares",
        True,
    ),
    "you-in-the-clients-quote": ('She said "you never listen" and cried.', "cried", True),
    "me-in-the-clients-quote-is-the-client": (
        'She said "my boss hates me" and cried.',
        "cried",
        False,
    ),
    "gym-exercise-is-not-therapy": ("Too exhausted to exercise this week.", "exhausted", False),
    "topic-came-up": (
        "Client became anxious when the topic of her father came up.",
        "anxious",
        True,
    ),
    "our-last-meeting": ("Client felt ashamed after our last meeting.", "ashamed", True),
    "at-work": ("Client feels overwhelmed at work.", "overwhelmed", False),
    "with-family": ("He was irritable with his family all week.", "irritable", False),
    "contrast-ends-linkage": (
        "Client was anxious at work but calm in session.",
        "anxious",
        False,
    ),
    "other-sentence": ("Client is anxious. We met for our session.", "anxious", False),
    "when-we-did-anything": (
        "She felt exposed after we went through the timeline.",
        "exposed",
        True,
    ),
    "when-i-asked": ("Client shut down when I asked about his father.", "shut down", True),
    "while-doing-an-exercise": (
        "She was tearful while doing the imaginal exposure.",
        "tearful",
        True,
    ),
    "while-as-contrast": ("Client was anxious at work while calm in session.", "anxious", False),
    "when-i-in-the-clients-quote": (
        'She said "when I drive I panic" and laughed.',
        "panic",
        False,
    ),
    # group therapy and named pieces of trauma-focused work are therapy
    "since-starting-group": ("He has withdrawn more since starting group.", "withdrawn", True),
    "trauma-narrative": (
        "Nightmares spiked after reading her trauma narrative.",
        "Nightmares",
        True,
    ),
    "imaginal": ("Shaking and nauseous during the imaginal work.", "nauseous", True),
    "psychotherapy": ("Feels hopeless about psychotherapy.", "hopeless", True),
    "group-of-friends-is-no-therapy": (
        "She met a group of friends and felt tense.",
        "tense",
        False,
    ),
    # the client's own word that it is not about therapy unties it
    "unrelated-to-therapy": ("Insomnia again, unrelated to therapy per client.", "Insomnia", False),
    "nothing-to-do-with-sessions": (
        "Her migraines have nothing to do with our sessions, she says.",
        "migraines",
        False,
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), LINKAGE.values(), ids=LINKAGE)
def test_therapy_linkage(text, target, expected):
    assert assess(text, target)["therapy_linked"] is expected


def test_linkage_is_explained():
    result = assess("Client became angry after the session.", "angry")
    assert {"category": "therapy", "rule": "therapy.session", "text": "session"} in result[
        "context_cues"
    ]
    result = assess("Client became angry when we discussed her divorce.", "angry")
    assert [cue["category"] for cue in result["context_cues"]] == ["therapy"]
    assert "we" in result["context_cues"][0]["text"]
