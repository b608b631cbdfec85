"""Cost of the context step alone (a script, not a test): `python bench/context_bench.py`.

Runs the pipeline up to ``ntr_cues`` on the notes `bench/nlp_bench.py` generates, then times
``ntr_context`` on them (CPU time, best of 5 rounds, so other processes on the machine disturb
it less), its trigger index alone, and bare ``spacy.blank("en")`` tokenization for scale. Last,
the step on pathological notes (one run-on sentence of thousands of marks or triggers, thousands
of line breaks, nested quotes) shows that its cost stays linear.
"""

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repo: this script runs from a checkout
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spacy  # noqa: E402
from nlp_bench import make_note  # noqa: E402

from nlp.pipeline import get_nlp  # noqa: E402

# Notes within the 20,000-character cap that once cost the context step super-linear time.
PATHOLOGICAL = {
    "'denies withdrawing' x1000": " ".join(["denies withdrawing"] * 1000),
    "'SI ' x5000": "SI " * 5000,
    "'no SI ' x3300": "no SI " * 3300,
    "10,000 newlines, headers": "".join("S:\n" if i % 10 == 0 else "\n" for i in range(10000)),
    "400 nested quotes": '"' * 400 + "I feel hopeless" + '"' * 400,
    "'I ' x9000": "I " * 9000 + "hopeless",
}


def cpu_ms(fn, count: int, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best / count * 1000


def main() -> None:
    nlp = get_nlp()
    context = nlp.get_pipe("ntr_context")
    rng = random.Random(7)
    notes = [make_note(rng) for _ in range(200)]
    docs = []
    for note in notes:
        doc = nlp.make_doc(note)
        for name, component in nlp.pipeline:
            if name != "ntr_context":
                doc = component(doc)
        docs.append(doc)
    marks = statistics.median(len(doc.spans["ntr"]) for doc in docs)
    words = statistics.median(len(note.split()) for note in notes)
    bare = spacy.blank("en")
    print(f"notes: {len(notes)}, median {words:.0f} words and {marks:.0f} marks")
    print(f"ntr_context      {cpu_ms(lambda: [context(d) for d in docs], len(docs)):.3f} ms/note")
    print(f"  trigger index  {cpu_ms(lambda: [context.index(d) for d in docs], len(docs)):.3f}")
    print(f"bare tokenizer   {cpu_ms(lambda: [bare(n) for n in notes], len(notes)):.3f} ms/note")
    for name, text in PATHOLOGICAL.items():
        doc = nlp.make_doc(text)
        for component_name, component in nlp.pipeline:
            if component_name != "ntr_context":
                doc = component(doc)
        marks = len(doc.spans["ntr"])
        ms = cpu_ms(lambda d=doc: context(d), 1, 1)
        print(f"{name:<28} {len(text):>6} chars {marks:>5} marks {ms:>7.1f} ms")


if __name__ == "__main__":
    main()
