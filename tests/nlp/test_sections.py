"""Section detector: SOAP, DAP, BIRP, GIRP, short and long forms; Span._.section for any span."""

import pytest

NOTE_SOAP = "S: Client felt judged.\nO: Quiet.\nA: Rupture likely.\nP: Explore fear of change."
CASES = {
    "soap-s": (NOTE_SOAP, "judged", "subjective"),
    "soap-o": (NOTE_SOAP, "Quiet", "objective"),
    "soap-a": (NOTE_SOAP, "Rupture", "assessment"),
    "soap-p": (NOTE_SOAP, "fear of change", "plan"),
    "long-forms": ("Subjective: tearful.\nPlan: review homework.", "homework", "plan"),
    "upper-long": ("ASSESSMENT: worse.", "worse", "assessment"),
    "dap-data": ("Data: missed session.\nAssessment: avoidant.", "missed", "data"),
    "birp-behavior": ("B: withdrew\nI: validated\nR: tearful\nP: f/u", "withdrew", "behavior"),
    "birp-intervention": (
        "B: withdrew\nI: validated\nR: tearful\nP: f/u",
        "validated",
        "intervention",
    ),
    "birp-response": ("B: withdrew\nI: validated\nR: tearful\nP: f/u", "tearful", "response"),
    "girp-goal": ("Goal: reduce panic.\nIntervention: exposure.", "panic", "goal"),
    "behaviour-uk": ("Behaviour: guarded.", "guarded", "behavior"),
    "inline-after-sentence": ("S: felt worse. O: tearful.", "tearful", "objective"),
    "bullet-header": ("- Plan: call client", "call", "plan"),
    "header-alone-on-line": ("PLAN\nreview safety plan", "review", "plan"),
    "no-header": ("Client withdrew in session.", "withdrew", None),
    "lower-letter-is-not-a-header": ("s: withdrew", "withdrew", None),
    "word-in-prose-is-not-a-header": ("She wants a plan: stop sessions.", "stop", None),
}


@pytest.mark.parametrize(("text", "target", "section"), CASES.values(), ids=CASES.keys())
def test_section_of_any_span(pipeline, text, target, section):
    doc = pipeline(text)
    start = text.index(target)
    span = doc.char_span(start, start + len(target), alignment_mode="expand")
    assert span._.section == section


def test_section_reported_on_annotations():
    import nlp

    found = nlp.annotate(NOTE_SOAP)["annotations"]
    assert {a["text"]: a["section"] for a in found}["felt judged"] == "subjective"


def test_headers_in_finds_what_finditer_finds():
    """headers_in tries the header regex only where a header can start: same matches."""
    import random

    from nlp.sections import compile_headers, headers_in, load_headers

    regex = compile_headers(load_headers())
    pieces = [*".!?;:-*• \t\n\r\u00a0\u2028\x0b", "S", "P", "x", "Plan", "data", "Assessment"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(m.span(), m.groupdict()) for m in regex.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in headers_in(regex, text)] == expected, text
