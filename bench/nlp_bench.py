"""Speed and memory of the nlp pipeline (a script, not a test): `make bench`.

Generates about 200 realistic session notes of 150 to 400 words, then prints notes/s, p50 and
p99 per note for ``nlp.annotate`` and for bare ``spacy.blank("en")`` tokenization of the same
notes, their ratio, peak RSS after loading and cold load time (both in a fresh process), then
the time for a few pathological 20,000-character notes.
The two are timed in alternating rounds, so the machine's drifting speed affects both alike;
other processes still add noise: run it twice when a figure matters.
"""

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repo: this script runs from a checkout
sys.path.insert(0, str(ROOT))

HEADERS = (("S:", "O:", "A:", "P:"), ("Data:", "Assessment:", "Plan:"), ("B:", "I:", "R:", "P:"))
OPENERS = [
    "Client arrived on time for the scheduled session.",
    "Client arrived 15 minutes late and apologized briefly.",
    "Session held via telehealth; client joined from her car.",
    "Met with client for a 50-minute individual session.",
    "Client was seen for a follow-up session after cancelling last week.",
]
SUBJECTIVE = [
    "Client reported feeling overwhelmed at work and irritable with her children.",
    "She described panic attacks in the evenings after sessions since we started exposure work.",
    "He stated that therapy is not helping and that the breathing exercises feel pointless.",
    'Client said "I don\'t think you get it" when we returned to the topic of her father.',
    "Client reports poor sleep, headaches and stomach aches on the days after sessions.",
    "He shared that he relapsed on alcohol over the weekend after two months sober.",
    "Client denies SI/HI, plan or intent.",
    "She feels conflicted about limits with her mother; it clashes with how she was raised.",
    "Client expressed fear that if she gets better her partner will no longer need her.",
    "He described flashbacks of the accident that started after we began the trauma narrative.",
    "Client reports improved mood and less anxiety this week.",
    "Her husband is frustrated with how slowly things are changing.",
    "Client stated she almost did not come today and is thinking about a break from therapy.",
    "He said he feels worse since starting therapy and that things are going backwards.",
    "Client reported spending the weekend hiking with friends and enjoyed it.",
    "She continues to work full time and is attending her daughter's recitals.",
]
OBJECTIVE = [
    "Client was quiet and guarded, offering one-word answers for most of the hour.",
    "Affect was tearful and constricted; client made little eye contact.",
    "Client changed the subject when asked about the assault and would not elaborate.",
    "Client was engaged, open and talkative, with good eye contact.",
    "He appeared tired and tense, with a flat affect.",
    "Client did not complete the homework and said she forgot about it.",
    "Client deflected questions about her drinking and joked about it.",
    "Speech normal in rate and volume; thought process linear and goal directed.",
]
ASSESSMENT = [
    "Possible alliance rupture; client may feel judged by the therapist.",
    "Presentation is consistent with a negative reaction to the exposure work.",
    "Client appears ambivalent about change and not ready to give up the old coping.",
    "Symptoms of depression have worsened over the past month.",
    "Client continues to make steady progress toward her goals.",
    "Risk assessed as low; no history of self-harm.",
]
PLAN = [
    "Explore fear of change next session.",
    "Will monitor for increased panic if exposure continues.",
    "Review safety plan and follow up in one week.",
    "Slow the pace of trauma processing and check in about the alliance.",
    "Continue weekly sessions; f/u in 1 wk.",
    "Client agreed to try the thought record again before next session.",
]


def make_note(rng: random.Random) -> str:
    """One note of 150 to 400 words from the sentence banks above."""
    target = rng.randint(150, 400)
    heads = rng.choice(HEADERS)
    banks = [SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN][: len(heads)]
    parts, words = [rng.choice(OPENERS)], 0
    while words < target:
        for head, bank in zip(heads, banks, strict=False):
            lines = rng.sample(bank, k=min(len(bank), rng.randint(1, 3)))
            parts.append(f"{head} " + " ".join(lines))
            words = sum(len(p.split()) for p in parts)
            if words >= target:
                break
    return rng.choice(["\n", "\r\n", " "]).join(parts)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fns, notes: list[str], rounds: int = 3) -> list[list[float]]:
    """Seconds per note for each of ``fns`` (best of ``rounds`` each). Their rounds over all
    notes alternate, so the machine's drifting speed affects them alike, while each runs in
    its own steady state (timing them note by note would let one evict another's caches)."""
    best = [[float("inf")] * len(notes) for _ in fns]
    for _ in range(rounds):
        for times, fn in zip(best, fns, strict=True):
            for i, note in enumerate(notes):
                started = time.perf_counter()
                fn(note)
                times[i] = min(times[i], time.perf_counter() - started)
    return best


COLD = """
import json, resource, time
started = time.perf_counter()
import nlp
nlp.load()
loaded = time.perf_counter() - started
nlp.annotate("Client felt misunderstood and withdrew. Denies SI/HI.")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": loaded, "rss_mb": rss}))
"""


PATHOLOGICAL = {  # 20,000 characters each: the service's default MAX_TEXT_CHARS
    "one long word": "x" * 20000,
    "blank lines": "\n" * 20000,
    "emoji run": "😀" * 20000,
    "quote marks": '"' * 20000,
    "dots": "." * 20000,
    "dense cues": "Client withdrew and felt misunderstood; denies SI. " * 392,
}


def row(name: str, times: list[float]) -> str:
    p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000
    return f"{name:<22} {len(times) / sum(times):>9.0f} {p50:>8.3f} {p99:>8.3f}"


def main() -> None:
    run = [sys.executable, "-c", COLD]
    cold = json.loads(
        subprocess.run(run, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    )
    import spacy

    import nlp

    nlp.load()
    blank = spacy.blank("en")
    rng = random.Random(2024)
    notes = [make_note(rng) for _ in range(200)]
    words = [len(n.split()) for n in notes]
    for note in notes[:20]:  # warm caches on both sides
        nlp.annotate(note)
        blank(note)
    ours, bare = timed([nlp.annotate, blank], notes, rounds=5)
    median = statistics.median(words)
    print(f"notes: {len(notes)}, words: min {min(words)}, median {median:.0f}, max {max(words)}")
    print(f"{'':<22} {'notes/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    print(row("nlp.annotate", ours))
    print(row('spacy.blank("en")', bare))
    mean_ratio = sum(ours) / sum(bare)
    p50_ratio = percentile(ours, 0.5) / percentile(bare, 0.5)
    print(f"ratio annotate / bare tokenization: mean {mean_ratio:.1f}x, p50 {p50_ratio:.1f}x")
    print(f"peak RSS after load: {cold['rss_mb']:.0f} MB   cold load: {cold['load_s']:.2f} s")
    slowest = {
        name: max(timed([nlp.annotate], [text], rounds=2)[0]) for name, text in PATHOLOGICAL.items()
    }
    print(
        "pathological 20,000-char notes, ms: "
        + ", ".join(f"{k} {v * 1000:.0f}" for k, v in slowest.items())
    )


if __name__ == "__main__":
    main()
