"""Editing one paragraph of a 3,000-word note in the demo editor: bytes sent, check latency.

Runs the real page in headless Chromium against the app on loopback: pastes a generated
3,000-word note, waits until every paragraph is checked, edits one paragraph, and counts the
bytes of every /ext/v1/check body sent for that edit. Then times that check over HTTP.
Targets (issue 4): under 2 KB sent, under 20 ms per check. Expect noise on a shared machine.

    .venv/bin/python bench/extension_bench.py
"""

import json
import logging
import random
import statistics
import sys
import time
from pathlib import Path

import requests
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.extension.browser import Chromium, LiveServer

WORDS = 3_000
PARAGRAPH_WORDS = 120
ROUNDS = 300

# Sentences written for this bench: cue-bearing and plain ones, as a long progress note mixes them.
SENTENCES = [
    "Client arrived late and said she nearly cancelled today.",
    "She described the week as busy but manageable overall.",
    "He felt misunderstood when we returned to the exposure plan.",
    "We reviewed the thought record she completed at home.",
    "She was quiet for long stretches and gave one-word answers.",
    "He reported headaches and poor sleep since the last session.",
    "Client denies SI/HI and reports a solid safety plan.",
    "We practised paced breathing and she rated her distress lower afterwards.",
    "She said she is not sure therapy is helping right now.",
    "He talked about his job search and an upcoming interview.",
    "Client changed the subject when her father came up.",
    "We agreed to keep the same goals for the next month.",
    "She is afraid of what changes if she gets better.",
    "His partner has been supportive and attended one appointment.",
    "Client was tearful describing the argument with her sister.",
    "We explored how the pattern shows up at work as well.",
    "He admitted he did not do the homework this week.",
    "She laughed about the weekend and seemed more relaxed.",
    "Client feels worse since we started the trauma work.",
    "We discussed scheduling and she prefers morning sessions.",
]


def make_note(rng):
    paragraphs, words = [], 0
    while words < WORDS:
        paragraph = []
        while sum(len(s.split()) for s in paragraph) < PARAGRAPH_WORDS:
            paragraph.append(rng.choice(SENTENCES))
        paragraphs.append(" ".join(paragraph))
        words += sum(len(s.split()) for s in paragraph)
    return paragraphs


def wait(driver, condition, timeout=60):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def marks_over(driver):
    return driver.execute_script(
        "const h = document.querySelector('[data-attune-overlay]');"
        "return h ? h.shadowRoot.querySelectorAll('.mark').length : 0;"
    )


def sent_paragraphs(bodies):
    return [p for body in bodies for p in json.loads(body)["paragraphs"]]


def main():
    paragraphs = make_note(random.Random(4))
    note = "\n".join(paragraphs)
    print(f"note: {len(note.split())} words, {len(paragraphs)} paragraphs, {len(note)} characters")
    for name in ("werkzeug", "attune.audit"):  # one line per request would drown the figures
        logging.getLogger(name).disabled = True
    with LiveServer() as server, Chromium() as driver:
        driver.get(f"{server.url}/demo")
        editor = driver.find_element("id", "note")
        editor.click()
        driver.execute_script(  # a paste: one input event for the whole note
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true}));",
            editor,
            note,
        )
        unique = set(paragraphs)
        wait(driver, lambda d: {p["text"] for p in sent_paragraphs(server.sent)} >= unique)
        wait(driver, lambda d: marks_over(d) > 0)
        first = sum(len(b) for b in server.sent)
        print(f"first check of the pasted note: {len(server.sent)} request(s), {first} bytes")

        before = len(server.sent)
        target = len(paragraphs) // 2
        caret = sum(len(p) + 1 for p in paragraphs[: target + 1]) - 1
        driver.execute_script(
            "arguments[0].setSelectionRange(arguments[1], arguments[1])", editor, caret
        )
        edited = paragraphs[target] + " She felt judged."
        editor.send_keys(" She felt judged.")
        wait(driver, lambda d: edited in {p["text"] for p in sent_paragraphs(server.sent[before:])})
        bodies = server.sent[before:]
        print(
            f"editing paragraph {target + 1}: {len(bodies)} request(s), "
            f"{sum(len(b) for b in bodies)} bytes in all, largest {max(map(len, bodies))} bytes, "
            f"{len(sent_paragraphs(bodies))} paragraph(s) sent (target: under 2,048 bytes)"
        )

        body = bodies[-1]
        http = requests.Session()
        headers = {"Content-Type": "application/json"}
        url = f"{server.url}/ext/v1/check"
        for _ in range(20):  # warm-up
            http.post(url, data=body, headers=headers).raise_for_status()
        round_trips, handler = [], []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            response = http.post(url, data=body, headers=headers)
            round_trips.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
            handler.append(response.json()["meta"]["elapsed_ms"])
        round_trips.sort()
        whole = json.dumps(
            {
                "paragraphs": [{"key": f"n{i}", "text": t} for i, t in enumerate(paragraphs)],
                "full": True,
            }
        )
        full_trips = []
        for _ in range(20):
            started = time.perf_counter()
            http.post(url, data=whole, headers=headers).raise_for_status()
            full_trips.append((time.perf_counter() - started) * 1000)
        print(
            f"check of that one paragraph over HTTP, {ROUNDS} rounds: "
            f"p50 {statistics.median(round_trips):.1f} ms, "
            f"p95 {round_trips[int(ROUNDS * 0.95)]:.1f} ms, max {round_trips[-1]:.1f} ms; "
            f"pipeline time p50 {statistics.median(handler):.2f} ms (target: under 20 ms)"
        )
        print(
            f"summarising the whole note (full: true): p50 {statistics.median(full_trips):.1f} ms"
        )


if __name__ == "__main__":
    main()
