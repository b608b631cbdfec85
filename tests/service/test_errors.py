"""api.md's error table: every case is problem+json with the right status."""

import threading

import pytest

from service import errors, health

NOTE = "Client withdrew."


def assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"]
    return body


@pytest.mark.parametrize(
    "data",
    ["{not json", "[1, 2]", '"a note"', "null", b"\xff\xfe{", "[" * 50_000 + "]" * 50_000],
    ids=["malformed", "array", "string", "null", "not-utf8", "nested-too-deep"],
)
def test_400_body_not_a_json_object(client, data):
    response = client.post("/v1/annotate", data=data, content_type="application/json")
    assert "detail" in assert_problem(response, 400)


@pytest.mark.parametrize(
    "path, body, field",
    [
        ("/v1/annotate", {}, "text"),
        ("/v1/annotate", {"text": ""}, "text"),
        ("/v1/annotate", {"text": 42}, "text"),
        ("/v1/annotate", {"text": NOTE, "offsets": "bytes"}, "offsets"),
        ("/v1/annotate", {"text": NOTE, "labels": ["sign.nonsense"]}, "labels"),
        ("/v1/annotate", {"text": NOTE, "labels": "sign"}, "labels"),
        ("/v1/annotate", {"text": NOTE, "include_non_present": "yes"}, "include_non_present"),
        ("/v1/annotate", {"text": NOTE, "include_non_present": 0}, "include_non_present"),
        ("/v1/annotate", {"text": NOTE, "offset": "utf16"}, "_unknown"),
        ("/v1/annotate/batch", {}, "notes"),
        ("/v1/annotate/batch", {"notes": []}, "notes"),
        ("/v1/annotate/batch", {"notes": [{"id": "n1"}]}, "notes"),
        ("/v1/annotate/batch", {"notes": [{"id": "a", "text": NOTE}] * 2}, "notes"),
    ],
    ids=[
        "missing-text",
        "empty-text",
        "text-not-string",
        "unknown-offsets",
        "unknown-label",
        "labels-not-list",
        "flag-not-boolean",
        "flag-is-zero",
        "unknown-field",
        "missing-notes",
        "no-notes",
        "note-without-text",
        "duplicate-ids",
    ],
)
def test_422_per_field_errors(client, path, body, field):
    problem = assert_problem(client.post(path, json=body), 422)
    assert list(problem["errors"]) == [field]
    assert all(isinstance(m, str) for m in _messages(problem["errors"][field]))


def test_422_does_not_repeat_unknown_field_names(client):
    body = {"text": NOTE, "client said she wants to die": 1, "offset": "utf16"}
    problem = assert_problem(client.post("/v1/annotate", json=body), 422)
    assert problem["errors"] == {"_unknown": ["Unknown field."]}


def test_413_text_over_max_text_chars(make_app):
    client = make_app(MAX_TEXT_CHARS=10).test_client()
    problem = assert_problem(client.post("/v1/annotate", json={"text": "x" * 11}), 413)
    assert "text" in problem["errors"]


def test_413_batch_note_over_max_text_chars(make_app):
    client = make_app(MAX_TEXT_CHARS=10).test_client()
    notes = [{"id": "ok", "text": "short"}, {"id": "long", "text": "x" * 11}]
    problem = assert_problem(client.post("/v1/annotate/batch", json={"notes": notes}), 413)
    assert problem["errors"] == {"notes": {"1": {"text": ["Longer than 10 characters."]}}}


def test_413_more_than_max_batch_notes(make_app):
    client = make_app(MAX_BATCH_NOTES=2).test_client()
    notes = [{"id": str(i), "text": NOTE} for i in range(3)]
    problem = assert_problem(client.post("/v1/annotate/batch", json={"notes": notes}), 413)
    assert "notes" in problem["errors"]


def test_413_body_over_max_content_length(make_app):
    client = make_app(MAX_CONTENT_LENGTH=100).test_client()
    assert_problem(client.post("/v1/annotate", json={"text": "x" * 200}), 413)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": NOTE, "content_type": "text/plain"},
        {"data": {"text": NOTE}},
        {"data": '{"text": "x"}'},
    ],
    ids=["text-plain", "form", "no-content-type"],
)
def test_415_wrong_content_type(client, kwargs):
    assert_problem(client.post("/v1/annotate", **kwargs), 415)


def test_404(client):
    assert_problem(client.get("/v1/nothing-here"), 404)


def test_405_says_what_is_allowed(client):
    response = client.get("/v1/annotate")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_500_for_an_exception_inside_the_handler(client, broken_annotate):
    problem = assert_problem(client.post("/v1/annotate", json={"text": NOTE}), 500)
    assert NOTE not in str(problem)


@pytest.mark.parametrize("status", [401, 429, 503])
def test_abort_gives_other_modules_the_same_shape(app, status):
    @app.get("/_abort")
    def _abort():
        errors.abort(status, "Because.", headers={"Retry-After": "7"})

    response = app.test_client().get("/_abort")
    assert assert_problem(response, status)["detail"] == "Because."
    assert response.headers["Retry-After"] == "7"


def test_readyz_is_503_until_warm_up_passed(client, monkeypatch):
    monkeypatch.setattr(health, "_ready", threading.Event())
    response = client.get("/readyz")
    assert_problem(response, 503)
    assert health.warm_up() is True
    response = client.get("/readyz")
    assert (response.status_code, response.get_json()) == (200, {"status": "ready"})


def test_readyz_stays_503_when_the_smoke_annotation_fails(client, monkeypatch, broken_annotate):
    monkeypatch.setattr(health, "_ready", threading.Event())
    assert health.warm_up() is False
    assert_problem(client.get("/readyz"), 503)


def _messages(errors):
    if isinstance(errors, dict):
        return [m for value in errors.values() for m in _messages(value)]
    return list(errors)
