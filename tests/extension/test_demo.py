"""The /demo page in headless Chromium: underlines, hover card, incremental checks, screenshot."""

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys

import nlp
from tests.extension.browser import LiveServer
from tests.extension.overlay import (
    RICH_BOX_JS,
    TEXTAREA_BOX_JS,
    card,
    click_in_card,
    expected_cues,
    hover,
    marks,
    rgb,
    wait,
    wait_for_marks,
)

pytestmark = pytest.mark.browser

BUILD = Path(__file__).resolve().parents[2] / "build"
EMOJI = "🙂"  # astral: two UTF-16 units, one code point
GREY = "rgb(160, 167, 176)"  # non-present marks, whatever their label


def open_demo(browser, live_server, editor="note"):
    browser.get(f"{live_server.url}/demo")
    if editor == "rich-note":
        browser.find_element("id", "show-rich").click()
    element = browser.find_element("id", editor)
    element.click()
    return element


def type_text(browser, element, text):
    """Type like a person; characters outside the BMP go through CDP's insertText."""
    for i, chunk in enumerate(text.split(EMOJI)):
        if i:
            browser.execute_cdp_cmd("Input.insertText", {"text": EMOJI})
        if chunk:
            element.send_keys(chunk.replace("\n", Keys.ENTER))


def test_typing_underlines_exactly_the_cue_words(browser, live_server):
    lines = [
        f"S: Client {EMOJI} arrived late and felt misunderstood.",
        f"She withdrew {EMOJI}{EMOJI} when we began the exposure work.",
        "Denies SI.",
    ]
    note = open_demo(browser, live_server)
    type_text(browser, note, "\n".join(lines))
    expected = expected_cues(lines)
    labels = {label for label, _ in expected}
    assert {"cause.alliance", "sign.withdrawal", "risk.safety"} <= labels
    drawn = wait_for_marks(browser, note, labels)
    assert {(m["label"], m["text"]) for m in drawn} == expected
    for m in drawn:
        box = browser.execute_script(TEXTAREA_BOX_JS, note, m["start"], m["end"])
        (line,) = m["lines"]
        assert line["left"] == pytest.approx(box["left"], abs=1.5), m
        assert line["width"] == pytest.approx(box["width"], abs=1.5), m
        assert box["top"] - 1 <= line["top"] < line["bottom"] <= box["bottom"] + 1, m
    colours = {label["id"]: rgb(label["colour"]) for label in nlp.taxonomy()}
    for m in drawn:
        assert m["colour"] == (GREY if "quiet" in m["classes"] else colours[m["label"]]), m
    risk = next(m for m in drawn if m["label"] == "risk.safety")
    assert "quiet" in risk["classes"] and "risk" in risk["classes"]
    assert risk["style"] == "double"
    alliance = next(m for m in drawn if m["label"] == "cause.alliance")
    assert "quiet" not in alliance["classes"] and alliance["style"] == "solid"


def test_rich_editor_underlines_after_emoji_and_crlf(browser, live_server):
    note = open_demo(browser, live_server, "rich-note")
    before = f"Check-in {EMOJI} went fine.\r\nS: Client felt misunderstood by me.\r\n"
    browser.execute_script(
        "arguments[0].textContent = arguments[1];"
        "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true}));",
        note,
        before,
    )
    note.send_keys(Keys.CONTROL, Keys.END)
    type_text(browser, note, f"O: {EMOJI} She withdrew.")
    drawn = wait_for_marks(browser, note, {"cause.alliance", "sign.withdrawal"})
    for label, word in [("cause.alliance", "misunderstood"), ("sign.withdrawal", "withdrew")]:
        word_box = browser.execute_script(RICH_BOX_JS, note, word)
        (mark,) = [m for m in drawn if m["label"] == label]
        (line,) = mark["lines"]
        assert line["left"] <= word_box["left"] + 1 and word_box["right"] <= line["right"] + 1
        assert line["top"] == pytest.approx(word_box["top"], abs=1)
        assert line["bottom"] == pytest.approx(word_box["bottom"], abs=1)


def test_hover_card_shows_prompts_copies_and_dismisses(browser, live_server):
    note = open_demo(browser, live_server)
    type_text(browser, note, "Client felt misunderstood and withdrew.")
    drawn = wait_for_marks(browser, note, {"cause.alliance", "sign.withdrawal"})
    alliance = next(m for m in drawn if m["label"] == "cause.alliance")
    line = alliance["lines"][0]
    hover(browser, line["left"] + line["width"] / 2, line["top"] + line["height"] / 2)
    shown = wait(browser, card)
    assert shown["title"] == "Alliance strain"
    assert shown["context"].startswith("Present")
    assert shown["message"]
    assert shown["prompts"], "the card offers conversation prompts"
    assert all(len(p) > 20 for p in shown["prompts"])

    click_in_card(browser, ".copy")
    wait(
        browser,
        lambda d: d.execute_script(
            "return [...document.querySelector('[data-attune-overlay]').shadowRoot"
            ".querySelectorAll('.copy')].some((b) => b.textContent === 'Copied')"
        ),
    )
    click_in_card(browser, ".dismiss")
    wait(browser, lambda d: {m["label"] for m in marks(d, note)} == {"sign.withdrawal"})
    assert card(browser) is None
    assert note.get_attribute("value") == "Client felt misunderstood and withdrew."


def test_editing_one_paragraph_sends_only_that_paragraph(browser, live_server):
    lines = [
        "S: Client arrived late and felt misunderstood.",
        "O: Guarded in session.",
        "A: Denies SI.",
    ]
    note = open_demo(browser, live_server)
    type_text(browser, note, "\n".join(lines))
    wait_for_marks(browser, note, {label for label, _ in expected_cues(lines)})
    already = len(live_server.sent)

    end_of_second = len(lines[0]) + 1 + len(lines[1])
    browser.execute_script(
        "arguments[0].setSelectionRange(arguments[1], arguments[1])", note, end_of_second
    )
    note.send_keys(" Tearful, and withdrew.")
    wait_for_marks(browser, note, {"sign.withdrawal", "sign.emotional"})
    caret = end_of_second + len(" Tearful, and withdrew.")
    assert browser.execute_script(
        "return [arguments[0].selectionStart, arguments[0].selectionEnd]", note
    ) == [caret, caret]

    bodies = [json.loads(body) for body in live_server.sent[already:]]
    assert bodies, "the edit was checked"
    for body in bodies:
        (paragraph,) = body["paragraphs"]
        assert paragraph["text"].startswith(lines[1])
    assert bodies[-1]["paragraphs"][0]["text"] == lines[1] + " Tearful, and withdrew."


def test_screenshot_of_the_demo_with_marks(browser, live_server):
    note = open_demo(browser, live_server)
    browser.find_element("id", "sample").click()
    wait(browser, lambda d: len(marks(d, note)) >= 6)
    browser.find_element("id", "summarise").click()
    wait(browser, lambda d: d.find_element("id", "overall").is_displayed())
    assert browser.find_element("id", "level").text
    assert browser.find_elements("css selector", "#prompts li")
    target = next(m for m in marks(browser, note) if m["label"] == "sign.withdrawal")
    line = target["lines"][0]
    hover(browser, line["left"] + line["width"] / 2, line["top"] + line["height"] / 2)
    wait(browser, card)
    BUILD.mkdir(exist_ok=True)
    path = BUILD / "demo.png"
    assert browser.save_screenshot(str(path))
    assert path.stat().st_size > 20_000


def test_paragraphs_are_lines_with_content_keys(browser, live_server):
    browser.get(f"{live_server.url}/demo")
    split, keys = browser.execute_script(
        "const parts = Attune.paragraphs('a 🙂\\r\\n\\r\\n  \\nb\\rc\\n');"
        "const k = Attune.keyOf;"
        "return [parts, [k('same'), k('same'), k('Same'), k('same ')]];"
    )
    assert split == [
        {"start": 0, "text": "a 🙂"},
        {"start": 11, "text": "b"},
        {"start": 13, "text": "c"},
    ]
    assert keys[0] == keys[1]
    assert len(set(keys[1:])) == 3


def test_demo_asks_for_an_access_key_when_the_server_wants_one(browser):
    with LiveServer(API_KEYS=["demo=demo-access-key"]) as secured:
        note = open_demo(browser, secured)
        type_text(browser, note, "Client felt misunderstood.")
        wait(browser, lambda d: d.find_element("id", "key-form").is_displayed())
        assert not marks(browser, note)
        browser.find_element("id", "key").send_keys("demo-access-key", Keys.ENTER)
        wait_for_marks(browser, note, {"cause.alliance"})
        assert not browser.find_element("id", "key-form").is_displayed()
