"""Every limit answers with a problem: rate (429 + Retry-After), body, text and batch size."""

import threading
import time

import pytest
from limits.storage import RedisStorage

from service import create_app
from service.limits import SweptMemoryStorage

from .conftest import ALICE, BOB, NOTE, bearer


@pytest.fixture
def limited(make_client):
    return make_client(API_KEYS=[ALICE, BOB], RATE_LIMIT="2/minute")


def test_third_request_in_a_minute_is_429_with_retry_after(limited):
    for _ in range(2):
        assert limited.get("/v1/taxonomy", headers=bearer(ALICE)).status_code == 200
    response = limited.get("/v1/taxonomy", headers=bearer(ALICE))
    assert response.status_code == 429
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def test_retry_after_never_exceeds_the_window(limited, monkeypatch):
    """Half a second into a minute window, the wait is 59.5 s: "Retry-After: 60", not 61."""
    start = 60 * 28_000_000  # a window boundary of limits' clock-aligned windows
    monkeypatch.setattr(time, "time", lambda: start + 0.5)
    for _ in range(2):
        limited.get("/v1/taxonomy", headers=bearer(ALICE))
    response = limited.get("/v1/taxonomy", headers=bearer(ALICE))
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "60"


def test_limits_are_per_key(limited):
    for _ in range(3):
        limited.get("/v1/taxonomy", headers=bearer(ALICE))
    assert limited.get("/v1/taxonomy", headers=bearer(BOB)).status_code == 200


def test_limit_counts_across_routes(limited):
    limited.get("/v1/taxonomy", headers=bearer(ALICE))
    limited.get("/v1/prompts", headers=bearer(ALICE))
    assert limited.get("/v1/prompts", headers=bearer(ALICE)).status_code == 200
    assert limited.get("/v1/prompts", headers=bearer(ALICE)).status_code == 429


def test_probes_are_not_limited(limited):
    assert all(limited.get("/healthz").status_code == 200 for _ in range(5))


def test_without_keys_callers_are_counted_by_forwarded_address(make_client):
    client = make_client(RATE_LIMIT="1/minute")
    first = {"X-Forwarded-For": "203.0.113.7"}
    assert client.get("/v1/taxonomy", headers=first).status_code == 200
    assert client.get("/v1/taxonomy", headers=first).status_code == 429
    assert client.get("/v1/taxonomy", headers={"X-Forwarded-For": "203.0.113.8"}).status_code == 200


def test_empty_rate_limit_turns_limits_off(make_client):
    client = make_client(RATE_LIMIT="")
    assert all(client.get("/v1/taxonomy").status_code == 200 for _ in range(5))


@pytest.mark.parametrize(
    ("redis_url", "storage"),
    [(None, SweptMemoryStorage), ("redis://127.0.0.1:6390/0", RedisStorage)],
    ids=["memory", "redis"],
)
def test_storage_follows_redis_url(redis_url, storage):
    app = create_app({"TESTING": True, "REDIS_URL": redis_url})
    (limiter,) = app.extensions["limiter"]
    assert isinstance(limiter.storage, storage)


def test_memory_counters_start_no_thread_and_expired_ones_are_swept(monkeypatch):
    app = create_app({"TESTING": True, "API_KEYS": [ALICE, BOB], "RATE_LIMIT": "5/minute"})
    (limiter,) = app.extensions["limiter"]
    storage, client = limiter.storage, app.test_client()
    client.get("/v1/taxonomy", headers=bearer(ALICE))
    started = []
    monkeypatch.setattr(threading.Thread, "start", lambda thread: started.append(thread))
    for _ in range(3):
        time.sleep(0.015)  # the stock storage starts a sweeping thread 10 ms after a hit
        assert client.get("/v1/taxonomy", headers=bearer(ALICE)).status_code == 200
    assert started == []
    (alice,) = storage.storage
    storage.expirations[alice] = time.time() - 1  # as if the window had long passed
    monkeypatch.setattr(storage, "_swept_at", time.monotonic() - 1.5)
    client.get("/v1/taxonomy", headers=bearer(BOB))
    assert alice not in storage.storage and alice not in storage.expirations


def test_unreachable_redis_falls_back_to_memory(make_client):
    client = make_client(REDIS_URL="redis://127.0.0.1:1/0", RATE_LIMIT="1/minute")
    assert client.get("/v1/taxonomy").status_code == 200
    assert client.get("/v1/taxonomy").status_code == 429


def test_body_over_max_content_length_is_413(make_client):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    response = client.post("/v1/annotate", json={"text": "x " * 1000})
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"


def test_text_over_max_text_chars_is_413(make_client):
    client = make_client(MAX_TEXT_CHARS=50)
    response = client.post("/v1/annotate", json={"text": NOTE})
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert "text" in response.json["errors"]


def test_batch_over_max_batch_notes_is_413(make_client):
    client = make_client(MAX_BATCH_NOTES=2)
    notes = [{"id": f"n{i}", "text": "Calm session."} for i in range(3)]
    response = client.post("/v1/annotate/batch", json={"notes": notes})
    assert response.status_code == 413
    assert "notes" in response.json["errors"]


def test_extension_api_is_limited_too(make_client):
    client = make_client(RATE_LIMIT="1/minute")
    assert client.get("/ext/v1/config").status_code == 200
    response = client.get("/ext/v1/config")
    assert response.status_code == 429
    assert response.headers["Retry-After"]
