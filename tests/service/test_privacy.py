"""Note text never reaches a log line or an error body, at DEBUG level."""

import logging

import pytest

SENTINEL = "Zanzibarquux"
NOTE = f"Client {SENTINEL} felt misunderstood and withdrew after the session. Denies SI."

REQUESTS = [
    ("/v1/annotate", {"text": NOTE, "offsets": "utf16"}),
    ("/v1/annotate/batch", {"notes": [{"id": "n1", "text": NOTE}]}),
    # validation failures, with the sentinel in every kind of field
    ("/v1/annotate", {"text": NOTE, "labels": [SENTINEL]}),
    ("/v1/annotate", {"text": NOTE, "offsets": SENTINEL}),
    ("/v1/annotate", {"text": NOTE, "include_non_present": SENTINEL}),
    ("/v1/annotate", {"text": [NOTE]}),
    ("/v1/annotate", {"text": NOTE, SENTINEL: True}),
    ("/v1/annotate", {"text": NOTE, f"note: {NOTE}": True}),
    ("/v1/annotate/batch", {"notes": [{"id": SENTINEL, "text": NOTE}] * 2}),
    ("/v1/annotate/batch", {"notes": [{"id": NOTE * 2, "text": NOTE}]}),
    ("/v1/annotate/batch", {"notes": [NOTE]}),
]


@pytest.fixture
def client(make_app):
    return make_app(LOG_LEVEL=logging.DEBUG).test_client()


@pytest.fixture
def debug_logs(client, caplog, capfd):
    """Everything written at DEBUG: log records, stdout and stderr."""
    caplog.set_level(logging.DEBUG)

    def read():
        assert logging.getLogger().getEffectiveLevel() == logging.DEBUG
        return caplog.text + "".join(capfd.readouterr())

    return read


def test_sentinel_absent_from_logs_and_bodies(client, pipeline, debug_logs):
    statuses = []
    for path, body in REQUESTS:
        response = client.post(path, json=body)
        statuses.append(response.status_code)
        assert SENTINEL not in response.get_data(as_text=True) or response.status_code == 200
    assert statuses[:2] == [200, 200]
    assert set(statuses[2:]) == {422}
    assert SENTINEL not in client.post("/v1/annotate", data=NOTE, content_type="text/x").text
    bad_json = client.post("/v1/annotate", data=NOTE + "{", content_type="application/json")
    assert SENTINEL not in bad_json.text
    logs = debug_logs()
    assert "/v1/annotate" in logs, "the capture sees the request log"
    assert SENTINEL not in logs


def test_sentinel_absent_when_the_handler_raises(client, broken_annotate, debug_logs):
    response = client.post("/v1/annotate", json={"text": NOTE})
    assert response.status_code == 500
    assert SENTINEL not in response.text
    logs = debug_logs()
    assert "unhandled ValueError" in logs, "the failure itself is logged"
    assert SENTINEL not in logs
