"""The audit line: one JSON object per request on stdout, with counts and no note text."""

import json

import pytest

import nlp

from .conftest import ALICE, NOTE, bearer


def audit_lines(captured):
    lines = [json.loads(line) for line in captured.out.splitlines() if line.startswith("{")]
    return [line for line in lines if line.get("event") == "request"]


@pytest.fixture
def client(make_client):
    return make_client(API_KEYS=[f"alice={ALICE}"])


def test_success_line_has_every_field(client, capsys):
    response = client.post("/v1/annotate", json={"text": NOTE}, headers=bearer(ALICE))
    assert response.status_code == 200
    (line,) = audit_lines(capsys.readouterr())
    assert line["request_id"] == response.headers["X-Request-ID"]
    assert len(line["request_id"]) == 32
    assert line["key_id"] == "alice"
    assert (line["method"], line["route"], line["status"]) == ("POST", "/v1/annotate", 200)
    assert 0 < line["latency_ms"] < 10_000
    assert line["text_chars"] == len(NOTE)
    assert line["labels"] == response.json["summary"]["labels"]
    assert line["labels"], "the note should raise at least one present label"


def test_batch_line_adds_up_notes(client, capsys):
    notes = [{"id": "a", "text": NOTE}, {"id": "b", "text": "Calm, engaged session."}]
    response = client.post("/v1/annotate/batch", json={"notes": notes}, headers=bearer(ALICE))
    assert response.status_code == 200
    (line,) = audit_lines(capsys.readouterr())
    assert line["text_chars"] == len(NOTE) + len(notes[1]["text"])
    expected = {}
    for result in response.json["results"]:
        for label, count in result["summary"]["labels"].items():
            expected[label] = expected.get(label, 0) + count
    assert line["labels"] == expected


@pytest.mark.parametrize(
    ("given", "kept"),
    [("req-42.a:b_c", True), ("x" * 65, False), ("has space", False), ("<b>html</b>", False)],
    ids=["sane", "too-long", "space", "markup"],
)
def test_request_id_is_honoured_only_when_sane(client, capsys, given, kept):
    response = client.get("/healthz", headers={"X-Request-ID": given})
    (line,) = audit_lines(capsys.readouterr())
    assert line["request_id"] == response.headers["X-Request-ID"]
    assert (line["request_id"] == given) is kept


def test_route_is_the_rule_never_the_raw_path(client, capsys):
    client.get("/v1/her-name-is-in-this-path", headers=bearer(ALICE))
    (line,) = audit_lines(capsys.readouterr())
    assert (line["route"], line["status"]) == (None, 404)
    assert "her-name" not in json.dumps(line)


def test_failures_get_a_line_too(client, capsys):
    client.post("/v1/annotate", json={"text": NOTE})
    client.post("/v1/annotate", json={"text": ""}, headers=bearer(ALICE))
    lines = audit_lines(capsys.readouterr())
    assert [(line["status"], line["key_id"]) for line in lines] == [(401, None), (422, "alice")]
    assert lines[0]["text_chars"] == len(NOTE)


SENTINEL = "Quillonvexa"
SECRET_NOTE = f"Client {SENTINEL} felt misunderstood and withdrew after the session."


def test_sentinel_never_reaches_any_log(make_client, monkeypatch, caplog, capfd):
    """Success, validation error, auth failure, rate limit and an injected exception."""
    caplog.set_level("DEBUG")
    open_app = make_client(RATE_LIMIT="1/minute")
    keyed = make_client(API_KEYS=[ALICE])
    body = {"text": SECRET_NOTE}

    assert open_app.post("/v1/annotate", json=body).status_code == 200
    assert open_app.post("/v1/annotate", json=body).status_code == 429
    invalid = {"text": SECRET_NOTE, "labels": [SENTINEL], SENTINEL: SENTINEL}
    assert keyed.post("/v1/annotate", json=invalid, headers=bearer(ALICE)).status_code == 422
    batch = {"notes": [{"id": SENTINEL, "text": SECRET_NOTE}], "offsets": SENTINEL}
    assert keyed.post("/v1/annotate/batch", json=batch, headers=bearer(ALICE)).status_code == 422
    assert keyed.post("/v1/annotate", json=body).status_code == 401
    assert keyed.post("/v1/annotate", json=body, headers=bearer(SENTINEL)).status_code == 401

    def explode(text, **_options):
        raise ValueError(f"cannot annotate {text!r}")

    monkeypatch.setattr(nlp, "annotate", explode)
    failed = keyed.post("/v1/annotate", json=body, headers=bearer(ALICE))
    assert failed.status_code == 500
    assert SENTINEL not in failed.get_data(as_text=True)

    captured = capfd.readouterr()
    assert len(audit_lines(captured)) == 7
    assert "ValueError" in caplog.text  # the exception was logged, by type
    for output in (caplog.text, captured.out, captured.err):
        assert SENTINEL not in output
        assert SENTINEL.lower() not in output.lower()
