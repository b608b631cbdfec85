"""Context families of lexicon-8: people in or around the session who are not the client (an
interpreter, an aide, the victim or complainant of a forensic note), the object of a span that
ends in its preposition ("snapping at her": the one snapped at is not the one snapping), 'teen'
as the client's noun after of / for ("in front of teen") rather than the teen years, and an
imperative next step after a comma ("..., explore fear of reinjury")."""

import pytest

from .helpers import assess

# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    "interpreter-subject": (
        "The interpreter got teary while translating the story; we debriefed after.",
        "teary",
        "other",
    ),
    "translator-subject": ("Translator visibly upset during the session.", "upset", "other"),
    "aide-subject": ("Classroom aide was frustrated and raised her voice.", "frustrated", "other"),
    "victim-subject": ("Victim remains frightened, per the PO.", "frightened", "other"),
    "the-victims": ("The victims were terrified, per the police report.", "terrified", "other"),
    "his-victim": ("His victim is still anxious about going out.", "anxious", "other"),
    "complainant": ("Complainant remains scared to leave home.", "scared", "other"),
    # look-alikes: the client as the victim, or the interpreter named but not the subject
    "client-victim-of": ("Client was the victim of a robbery and is fearful.", "fearful", "client"),
    "client-a-victim": ("Pt is a victim of DV and very anxious.", "anxious", "client"),
    "felt-like-the-victim": (
        "Pt felt like the victim in the argument and is angry.",
        "angry",
        "client",
    ),
    "victim-impact": (
        "Client went quiet and tearful when a victim impact statement was read.",
        "tearful",
        "client",
    ),
    "via-interpreter": ("Via interpreter, client tearful throughout.", "tearful", "client"),
    "interpreter-then-pt": (
        "Pt says the interpreter was kind; pt tearful.",
        "tearful",
        "client",
    ),
    # the object of a span ending in its preposition is its target, not its experiencer
    "partner-snapping-at-her": (
        "She says her husband keeps snapping at her since he lost his job.",
        "snapping at",
        "other",
    ),
    "boss-yelling-at-him": ("His boss has been yelling at him all week.", "yelling at", "other"),
    "mother-lashing-out-at-her": (
        "Reports her mother lashes out at her over small things.",
        "lashes out at",
        "other",
    ),
    # look-alikes: the client doing it, and the victim after an abuse verb
    "client-snapping-at-him": ("Client kept snapping at him in session.", "snapping at", "client"),
    "father-who-hit-her": ("Her father, who hit her, died last year.", "hit", "client"),
}


@pytest.mark.parametrize(("text", "target", "expected"), EXPERIENCERS.values(), ids=EXPERIENCERS)
def test_experiencer(text, target, expected):
    assert assess(text, target)["experiencer"] == expected


# (sentence, target span, expected assertion)
ASSERTIONS = {
    # 'teen' as the client after of / for is no time of life
    "in-front-of-teen": (
        "Mom said the program is useless in front of teen, who rolled his eyes.",
        "useless",
        "present",
    ),
    "frustrated-for-teen": (
        "Dad frustrated, wants more structure for teen; anxious about school.",
        "anxious",
        "present",
    ),
    # look-alikes: the teen years
    "teen-drinking": ("A history of teen drinking, anxious at parties.", "anxious", "historical"),
    "in-her-teens": ("Panic attacks in her teens, none since.", "Panic attacks", "historical"),
    # an imperative next step after a comma or 'then'
    "comma-explore": (
        "If he passes the exam but still avoids driving, explore fear of failure.",
        "fear of failure",
        "hypothetical",
    ),
    "comma-monitor": (
        "Sleep improving, monitor irritability over the holidays.",
        "irritability",
        "hypothetical",
    ),
    "then-revisit": ("Finish the timeline, then revisit the shame.", "shame", "hypothetical"),
    # look-alikes: a step already taken
    "comma-explored": (
        "She was calm at first, explored her fear of failure and cried.",
        "fear of failure",
        "present",
    ),
    "comma-considered": ("Quiet at first, considered the shame and cried.", "shame", "present"),
    "comma-screen-time": (
        "Phone taken away, screen time down; teen irritable all week.",
        "irritable",
        "present",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), ASSERTIONS.values(), ids=ASSERTIONS)
def test_assertion(text, target, expected):
    assert assess(text, target)["assertion"] == expected
