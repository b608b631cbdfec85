"""`/ext/v1`: config, paragraph checks in UTF-16 offsets, limits, and problem+json errors."""

import json
import logging
from importlib import resources

import pytest

import nlp

SENTINEL = "Zanzibarquux"  # a word no message of ours contains


def check(client, paragraphs, **extra):
    return client.post("/ext/v1/check", json={"paragraphs": paragraphs, **extra})


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_config_lists_labels_prompts_wording_and_limits(make_app):
    client = make_app(EXT_MAX_PARAGRAPHS=7, EXT_DEBOUNCE_MS=650, MAX_TEXT_CHARS=900).test_client()
    response = client.get("/ext/v1/config")
    assert response.status_code == 200
    body = response.get_json()
    assert [label["id"] for label in body["labels"]] == list(nlp.LABELS)
    assert all(label["colour"].startswith("#") and label["title"] for label in body["labels"])
    assert body["prompts"] == nlp.prompt_catalogue()
    assert set(body["assertions"]) >= {"present", "negated", "possible", "hypothetical", "other"}
    assert body["debounce_ms"] == 650
    assert body["limits"] == {
        "max_paragraphs": 7,
        "max_paragraph_chars": 5000,
        "max_note_chars": 900,
    }


def test_keys_are_echoed_in_request_order(client):
    paragraphs = [
        {"key": "p-b", "text": "Client withdrew and gave one-word answers."},
        {"key": "p-a", "text": "Nothing of note today."},
        {"key": "p-c", "text": "She felt misunderstood by me."},
    ]
    response = check(client, paragraphs)
    assert response.status_code == 200
    body = response.get_json()
    assert [p["key"] for p in body["paragraphs"]] == ["p-b", "p-a", "p-c"]
    assert body["meta"]["offsets"] == "utf16"
    assert "summary" not in body
    labels = [[m["label"] for m in p["marks"]] for p in body["paragraphs"]]
    assert "sign.withdrawal" in labels[0]
    assert labels[1] == []
    assert "cause.alliance" in labels[2]


def test_marks_carry_the_hover_card(client):
    text = "Client felt misunderstood and withdrew. Denies SI."
    marks = check(client, [{"key": "k", "text": text}]).get_json()["paragraphs"][0]["marks"]
    catalogue = {p["id"]: p for p in nlp.prompt_catalogue()}
    titles = {label["id"]: label["title"] for label in nlp.taxonomy()}
    for mark in marks:
        assert mark["title"] == titles[mark["label"]]
        assert mark["message"] and mark["context"]
        assert mark["quiet"] == (mark["assertion"] != "present" or mark["experiencer"] != "client")
        assert mark["risk"] == (mark["label"] == "risk.safety")
        for prompt in mark["prompts"]:
            assert prompt["text"] == catalogue[prompt["id"]]["text"]
    alliance = next(m for m in marks if m["label"] == "cause.alliance")
    assert alliance["prompts"] and not alliance["quiet"]
    assert alliance["context"].startswith("Present")
    risk = next(m for m in marks if m["label"] == "risk.safety")
    assert risk["quiet"] and risk["assertion"] == "negated"
    assert risk["context"].startswith("Denied")


@pytest.mark.parametrize(
    "text",
    [
        "😀 Client felt misunderstood.",
        "Hi 👋🏽 there 🧠🧠: client withdrew after 😶‍🌫️ the session.",
        "Line one 🙂\r\nClient felt misunderstood.",
        "S: anxious\r\n\r\nO: 𝒜𝓉 times withdrew. Denies SI.",
    ],
    ids=["emoji-first", "many-astral", "crlf", "crlf-blank-line-math-letters"],
)
def test_offsets_are_utf16_units_of_the_paragraph(client, text):
    marks = check(client, [{"key": "k", "text": text}]).get_json()["paragraphs"][0]["marks"]
    assert marks, "the paragraph has a cue"
    for mark in marks:
        assert utf16_slice(text, mark["start"], mark["end"]) == mark["text"]
    codepoint = nlp.annotate(text)["annotations"]
    if any(ord(ch) > 0xFFFF for ch in text[: codepoint[0]["start"]]):
        assert marks[0]["start"] > codepoint[0]["start"]


def test_full_note_adds_summary_and_maps_marks_to_their_paragraphs(client):
    paragraphs = [
        {"key": "s", "text": "S: Client 🙂 felt misunderstood and withdrew."},
        {"key": "o", "text": "O: Tearful, guarded."},
        {"key": "a", "text": "A: Denies SI/HI."},
    ]
    body = check(client, paragraphs, full=True).get_json()
    note = "\n".join(p["text"] for p in paragraphs)
    whole = nlp.annotate(note)
    assert body["summary"] == whole["summary"]
    assert [p["id"] for p in body["prompts"]] == [p["id"] for p in whole["prompts"]]
    marks = [m for p in body["paragraphs"] for m in p["marks"]]
    assert len(marks) == len(whole["annotations"])
    for sent, answer in zip(paragraphs, body["paragraphs"], strict=True):
        assert answer["key"] == sent["key"]
        for mark in answer["marks"]:
            assert utf16_slice(sent["text"], mark["start"], mark["end"]) == mark["text"]


def test_paragraph_count_limit_is_413(make_app):
    client = make_app(EXT_MAX_PARAGRAPHS=3).test_client()
    paragraphs = [{"key": str(i), "text": "Client withdrew."} for i in range(4)]
    response = check(client, paragraphs)
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"] == {"paragraphs": ["Longer than 3."]}
    assert check(client, paragraphs[:3]).status_code == 200


def test_paragraph_size_limit_is_413_naming_the_paragraph(make_app):
    client = make_app(EXT_MAX_PARAGRAPH_CHARS=40).test_client()
    paragraphs = [
        {"key": "short", "text": "Client withdrew."},
        {"key": "long", "text": f"{SENTINEL} " * 5},
    ]
    response = check(client, paragraphs)
    assert response.status_code == 413
    body = response.get_json()
    assert body["errors"] == {"paragraphs": {"1": {"text": ["Longer than 40 characters."]}}}
    assert SENTINEL not in response.get_data(as_text=True)


def test_note_size_limit_is_413(make_app):
    client = make_app(MAX_TEXT_CHARS=50).test_client()
    paragraphs = [{"key": str(i), "text": "Client withdrew again."} for i in range(3)]
    response = check(client, paragraphs)
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert check(client, paragraphs[:2]).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "paragraphs"),
        ({"paragraphs": []}, "paragraphs"),
        ({"paragraphs": "text"}, "paragraphs"),
        ({"paragraphs": [{"key": "a"}]}, "paragraphs"),
        ({"paragraphs": [{"key": "a", "text": ""}]}, "paragraphs"),
        ({"paragraphs": [{"key": "", "text": "x"}]}, "paragraphs"),
        ({"paragraphs": [{"key": "k" * 65, "text": "x"}]}, "paragraphs"),
        ({"paragraphs": [{"key": "a", "text": 3}]}, "paragraphs"),
        ({"paragraphs": [{"key": "a", "text": "x"}, {"key": "a", "text": "y"}]}, "paragraphs"),
        ({"paragraphs": [{"key": "a", "text": "x"}], "full": "yes"}, "full"),
    ],
    ids=[
        "missing",
        "empty-list",
        "not-a-list",
        "no-text",
        "empty-text",
        "empty-key",
        "long-key",
        "text-not-string",
        "duplicate-keys",
        "full-not-boolean",
    ],
)
def test_invalid_bodies_are_422_with_field_errors(client, body, field):
    response = client.post("/ext/v1/check", json=body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == 422
    assert field in problem["errors"]


def test_unknown_fields_are_reported_without_echoing_note_text(client):
    body = {"paragraphs": [{"key": "a", "text": "x"}], f"{SENTINEL} felt misunderstood": 1}
    response = client.post("/ext/v1/check", json=body)
    assert response.status_code == 422
    assert SENTINEL not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ("not json", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ('{"paragraphs": []}', "text/plain", 415),
    ],
    ids=["not-json", "not-an-object", "wrong-content-type"],
)
def test_unreadable_bodies_are_problems(client, data, content_type, status):
    response = client.post("/ext/v1/check", data=data, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["status"] == status


def test_wrong_method_is_a_problem(client):
    response = client.get("/ext/v1/check")
    assert response.status_code == 405
    assert response.mimetype == "application/problem+json"


def test_demo_page_serves_the_extension_overlay_code(client):
    page = client.get("/demo")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'src="/demo/attune.js"' in html
    assert 'src="/demo/static/demo.js"' in html
    shipped = resources.files("extension_api").joinpath("extension", "attune.js").read_bytes()
    with client.get("/demo/attune.js") as script:
        assert script.status_code == 200
        assert script.mimetype == "text/javascript"
        assert script.data == shipped


def test_extension_manifest_names_files_that_exist():
    folder = resources.files("extension_api").joinpath("extension")
    manifest = json.loads(folder.joinpath("manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifest_version"] == 3
    named = [
        manifest["background"]["service_worker"],
        manifest["options_ui"]["page"],
        manifest["storage"]["managed_schema"],
        *(js for script in manifest["content_scripts"] for js in script["js"]),
    ]
    assert manifest["content_scripts"][0]["js"] == ["attune.js", "content.js"]
    for name in named:
        assert folder.joinpath(name).is_file(), name


def test_note_text_never_reaches_logs_or_error_bodies(make_app, caplog, capsys, monkeypatch):
    caplog.set_level(logging.DEBUG)
    client = make_app(EXT_MAX_PARAGRAPH_CHARS=60, LOG_LEVEL=logging.DEBUG).test_client()
    text = f"{SENTINEL} felt misunderstood and withdrew."
    answers = [
        check(client, [{"key": "ok", "text": text}]),
        check(client, [{"key": "ok", "text": text}, {"key": "empty", "text": ""}]),
        check(client, [{"key": "long", "text": text * 3}]),
    ]

    def broken(note, **options):
        raise ValueError(f"could not annotate {note}")

    monkeypatch.setattr(nlp, "annotate", broken)
    answers.append(check(client, [{"key": "boom", "text": text}]))
    assert [a.status_code for a in answers] == [200, 422, 413, 500]
    for answer in answers[1:]:
        assert SENTINEL not in answer.get_data(as_text=True)
    out, err = capsys.readouterr()
    assert SENTINEL not in caplog.text + out + err
    assert "/ext/v1/check" in out + err + caplog.text  # requests were logged, just not the note
