"""Property: text[start:end] == annotation text, in both offset units, for any Unicode."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlp

CUES = ["withdrew", "panic attacks", "denies SI/HI", "felt judged", "no-show", "tearful"]
pieces = st.one_of(
    st.text(max_size=12),
    st.sampled_from(CUES),
    st.sampled_from(["😀", "👩‍⚕️", "\r\n", "\n", "𝔘", "é", "\u200b", "S: ", "\t"]),
)
notes = st.lists(pieces, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes)
def test_offsets_slice_back_to_the_annotation_text(text):
    codepoint = nlp.annotate(text)["annotations"]
    utf16 = nlp.annotate(text, offsets="utf16")["annotations"]
    units = text.encode("utf-16-le", "surrogatepass")
    assert len(codepoint) == len(utf16)
    for a, b in zip(codepoint, utf16, strict=True):
        assert text[a["start"] : a["end"]] == a["text"]
        assert (
            units[2 * b["start"] : 2 * b["end"]].decode("utf-16-le", "surrogatepass") == b["text"]
        )
        assert a["text"] == b["text"] and a["label"] == b["label"]
