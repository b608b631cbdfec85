"""The unpacked MV3 extension in headless Chromium, on a local page with two kinds of editor."""

import time

import pytest
import requests

from tests.extension.browser import LiveServer
from tests.extension.overlay import expected_cues, wait, wait_for_marks

pytestmark = pytest.mark.browser

LINES = ["S: Client felt misunderstood and withdrew.", "Denies SI."]
TOKEN = "token-for-the-browser-tests"


def save_options(browser, extension_id, **values):
    browser.get(f"chrome-extension://{extension_id}/options.html")
    for name, value in values.items():
        field = browser.find_element("id", name)
        field.clear()
        field.send_keys(value)
    browser.find_element("css selector", "button[type=submit]").click()
    wait(browser, lambda d: d.find_element("id", "status").text == "Saved")


def type_note(browser, url, editor_id):
    browser.get(url)
    editor = browser.find_element("id", editor_id)
    editor.click()
    for i, line in enumerate(LINES):
        if i:
            editor.send_keys("\n")
        editor.send_keys(line)
    return editor


@pytest.fixture(scope="module")
def live_server():
    """A server that wants a bearer token on /ext/v1, as a clinic's would."""
    with LiveServer(API_KEYS=[f"ext={TOKEN}"]) as server:
        yield server


@pytest.fixture(scope="module")
def extension(extension_browser, live_server):
    """The extension's id, with its server URL and token set through its options page."""

    def worker_url(driver):
        targets = driver.execute_cdp_cmd("Target.getTargets", {})["targetInfos"]
        urls = [t["url"] for t in targets if t["type"] == "service_worker"]
        return next((u for u in urls if u.startswith("chrome-extension://")), None)

    extension_id = wait(extension_browser, worker_url).split("/")[2]
    save_options(extension_browser, extension_id, backendUrl=live_server.url, token=TOKEN)
    return extension_id


@pytest.mark.parametrize("editor_id", ["plain", "rich"])
def test_extension_underlines_the_same_cues(extension_browser, extension, live_server, editor_id):
    browser = extension_browser
    editor = type_note(browser, f"{live_server.url}/fixture/editor", editor_id)
    expected = expected_cues(LINES)
    drawn = wait_for_marks(browser, editor, {label for label, _ in expected})
    text = browser.execute_script(
        "const e = arguments[0]; return e.value ?? e.innerText;", editor
    ).replace("\r\n", "\n")
    found = {(m["label"], text[m["start"] : m["end"]]) for m in drawn}
    assert found == expected
    assert all(m["style"] in {"solid", "dotted", "double"} for m in drawn)  # styles applied
    unauthenticated = requests.get(f"{live_server.url}/ext/v1/config", timeout=5)
    assert unauthenticated.status_code == 401  # so the service worker sent the token


def test_extension_leaves_unlisted_sites_alone(extension_browser, extension, live_server):
    browser = extension_browser
    other_site = live_server.url.replace("127.0.0.1", "localhost")
    already = len(live_server.sent)
    type_note(browser, f"{other_site}/fixture/editor", "plain")
    time.sleep(1.5)  # proving an absence: three debounce periods with nothing sent
    assert browser.execute_script("return document.querySelector('[data-attune-overlay]')") is None
    assert len(live_server.sent) == already

    save_options(browser, extension, sites=other_site)
    editor = type_note(browser, f"{other_site}/fixture/editor", "plain")
    wait_for_marks(browser, editor, {label for label, _ in expected_cues(LINES)})


def test_extension_stores_settings_but_never_note_text(extension_browser, extension):
    browser = extension_browser
    browser.get(f"chrome-extension://{extension}/options.html")
    stored = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "Promise.all([chrome.storage.local.get(null), chrome.storage.session.get(null)])"
        ".then(([local, session]) => done({local, session}));"
    )
    assert set(stored["local"]) == {"backendUrl", "token", "sites"}
    assert stored["session"] == {}
    assert "misunderstood" not in str(stored)
