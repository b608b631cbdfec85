"""Cost of the context step alone (a script, not a test): `python bench/context_bench.py`.

Runs the pipeline up to ``ntr_cues`` on the notes `bench/nlp_bench.py` generates, then times
``ntr_context`` on them (CPU time, best of 5 rounds, so other processes on the machine disturb
it less), its trigger index alone, and bare ``spacy.blank("en")`` tokenization for scale. Last,
one run-on sentence of 1,000 marks shows that the cost stays linear.
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
    run_on = nlp.make_doc("denies withdrawing " * 1000)
    for name, component in nlp.pipeline:
        if name != "ntr_context":
            run_on = component(run_on)
    count = len(run_on.spans["ntr"])
    print(f"one sentence, {count} marks: {cpu_ms(lambda: context(run_on), 1, 1):.0f} ms")


if __name__ == "__main__":
    main()
