"""Section detector for SOAP, DAP, BIRP and GIRP notes; ``Span._.section`` works for any span."""

import json
import re
from bisect import bisect_right
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.tokenizer import text_of


def load_headers() -> dict[str, str]:
    """Header text (lower case) -> canonical section name, from data/sections.json."""
    data = json.loads(resources.files("nlp").joinpath("data/sections.json").read_text("utf-8"))
    return {alias: name for name, aliases in data.items() for alias in aliases}


def compile_headers(headers: dict[str, str]) -> re.Pattern:
    """A header opens a line (or follows a sentence end), optionally after a bullet.

    Long forms are case-insensitive and take a colon or stand alone on their line; single
    letters ("S:", "P:") must be upper case and take a colon.
    """
    words = sorted((h for h in headers if len(h) > 1), key=len, reverse=True)
    letters = sorted(h.upper() for h in headers if len(h) == 1)
    long_forms = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s))[ \t]*(?:[-*•]\s*)?"
        rf"(?:(?P<long>(?i:{long_forms}))(?:\s*:|[ \t]*(?=\r?\n|$))"
        rf"|(?P<letter>[{''.join(letters)}])\s*:)",
        re.MULTILINE,
    )


# A header starts after a line break, or one or two whitespace characters after one of .!?;
_OPENINGS = re.compile(r"[\n.!?;]")  # one character class: the fastest scan re offers


def headers_in(regex: re.Pattern, text: str):
    """The matches of ``regex`` (from compile_headers) in ``text``, as ``regex.finditer`` gives.

    A header can only start where a line or sentence begins, so ``regex`` is tried at those
    few places instead of at every character (``finditer`` costs about 0.1 ms a note).
    """
    candidates = {0}
    for m in _OPENINGS.finditer(text):
        end = m.end()
        if m.group() == "\n":
            candidates.add(end)
        elif text[end : end + 1].isspace():
            candidates.add(end + 1)
            if text[end + 1 : end + 2].isspace():
                candidates.add(end + 2)
    done = 0
    for start in sorted(candidates):
        if start >= done and (m := regex.match(text, start)):
            done = m.end()
            yield m


def section_at(index: tuple[tuple[int, ...], tuple[str, ...]], char: int) -> str | None:
    """The section holding character ``char``, given a doc's ``section_index``."""
    starts, names = index
    i = bisect_right(starts, char) - 1
    return names[i] if i >= 0 else None


def _section_of(span: Span) -> str | None:
    return section_at(span.doc._.section_index, span.start_char)


if not Doc.has_extension("section_index"):
    Doc.set_extension("section_index", default=((), ()))
if not Span.has_extension("section"):
    Span.set_extension("section", getter=_section_of)


class SectionDetector:
    """Stores header positions on the doc; spans look their section up by offset."""

    def __init__(self):
        self.headers = load_headers()
        self.regex = compile_headers(self.headers)

    def __call__(self, doc: Doc) -> Doc:
        starts, names = [], []
        for m in headers_in(self.regex, text_of(doc)):
            header = (m.group("long") or m.group("letter")).lower()
            starts.append(m.start("long") if m.group("long") else m.start("letter"))
            names.append(self.headers[" ".join(header.split())])
        doc._.section_index = (tuple(starts), tuple(names))
        return doc


@Language.factory("note_sections", assigns=["doc._.section_index"])
def make_note_sections(nlp: Language, name: str):
    return SectionDetector()
