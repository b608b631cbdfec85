"""Look-alikes found by sweeping counselling talk (AnnoMI) for marks the tuning rounds added:
each must stay unmarked, while the phrasing its rule was written for still fires. My own
sentences, not rows of any set."""

import pytest

from .helpers import present_labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("So why don't you tell me what you remember from the meeting?", "cause.alliance"),
        ("Once the bell rings, this is the goal.", "cause.alliance"),
        ("It feels like the right decision to her.", "cause.alliance"),
        ("She says this is my goal for the month.", "cause.alliance"),
        ("I'm on the debate team, so there's a lot going on.", "cause.alliance"),
        ("They played drinking games just to get drunk.", "sign.regression"),
    ],
)
def test_look_alike_is_not_marked(text, label):
    assert label not in present_labels(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('Client asked "why didn\'t you tell me" about the room change.', "cause.alliance"),
        ("Client said “you didn’t tell me” about the fee.", "cause.alliance"),
        ("She says the plan feels like the team's idea.", "cause.alliance"),
        ("Goals feel like someone else's agenda to him.", "cause.alliance"),
        ("He said the homework is your idea, not his.", "cause.alliance"),
        ("He says you're on the PO's team.", "cause.alliance"),
        ("Client feels I'm on her husband's side.", "cause.alliance"),
        ("Pt got drunk Saturday after 3 months sober.", "sign.regression"),
    ],
)
def test_phrasing_the_rule_is_for_still_fires(text, label):
    assert label in present_labels(text)
