"""Extension tokens checked by OAuth 2.0 token introspection (RFC 7662), with `responses`."""

import time

import pytest
import requests
import responses

from service.introspection import IdentityProviderError, Introspector

from .conftest import ALICE, bearer

URL = "https://idp.example/oauth2/introspect"
OAUTH = {
    "OAUTH_INTROSPECTION_URL": URL,
    "OAUTH_CLIENT_ID": "attune",
    "OAUTH_CLIENT_SECRET": "s3cret",
    "OAUTH_AUDIENCE": "attune-api",
    "OAUTH_TIMEOUT": 2.0,
}
ACTIVE = {"active": True, "aud": ["attune-api"], "client_id": "ext", "exp": time.time() + 300}


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def client(make_client):
    return make_client(**OAUTH)


def idp_answers(**claims):
    responses.post(URL, json=claims)


@responses.activate
def test_active_token_gets_in_and_is_asked_about_once(client):
    idp_answers(**ACTIVE)
    for _ in range(2):
        assert client.get("/ext/v1/config", headers=bearer("tok-1")).status_code not in (401, 503)
    assert len(responses.calls) == 1
    sent = responses.calls[0].request
    assert sent.headers["Authorization"].startswith("Basic ")  # client credentials
    assert "token=tok-1" in sent.body
    assert sent.req_kwargs["timeout"] == (2.0, 2.0)


@pytest.mark.parametrize(
    "claims",
    [
        {"active": False},
        {**ACTIVE, "aud": "someone-else"},
        {**ACTIVE, "aud": None},
        {**ACTIVE, "exp": time.time() - 5},
        {"active": "true", "aud": "attune-api"},
    ],
    ids=["inactive", "wrong-audience", "no-audience", "expired", "active-not-boolean"],
)
@responses.activate
def test_refused_tokens_get_401(client, claims):
    idp_answers(**claims)
    response = client.get("/ext/v1/config", headers=bearer("tok-2"))
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize(
    "failure",
    [
        requests.ConnectionError("connection refused"),
        requests.ConnectTimeout("connect timed out"),
        requests.ReadTimeout("read timed out"),
    ],
    ids=["down", "connect-timeout", "slow"],
)
@responses.activate
def test_identity_provider_failure_is_503_never_open(client, failure):
    responses.post(URL, body=failure)
    response = client.get("/ext/v1/config", headers=bearer("tok-3"))
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"]


@pytest.mark.parametrize(
    "answer",
    [{"status": 500, "json": {"error": "x"}}, {"status": 200, "body": "<html>"}],
    ids=["idp-500", "not-json"],
)
@responses.activate
def test_nonsense_from_identity_provider_is_503(client, answer):
    responses.post(URL, **answer)
    assert client.get("/ext/v1/config", headers=bearer("tok-4")).status_code == 503


@responses.activate
def test_integrator_key_on_extension_api_skips_the_identity_provider(make_client):
    client = make_client(API_KEYS=[ALICE], **OAUTH)
    assert client.get("/ext/v1/config", headers=bearer(ALICE)).status_code not in (401, 503)
    assert client.get("/ext/v1/config").status_code == 401
    assert len(responses.calls) == 0


@responses.activate
def test_integrator_api_does_not_accept_extension_tokens(make_client):
    idp_answers(**ACTIVE)
    client = make_client(API_KEYS=[ALICE], **OAUTH)
    assert client.get("/v1/taxonomy", headers=bearer("tok-5")).status_code == 401
    assert len(responses.calls) == 0


@responses.activate
def test_cache_expires_then_asks_again():
    idp_answers(**ACTIVE)
    clock = Clock()
    introspector = Introspector(URL, audience="attune-api", cache_seconds=30, clock=clock)
    first = introspector.key_id("tok")
    clock.now += 29
    assert introspector.key_id("tok") == first
    assert len(responses.calls) == 1
    clock.now += 2
    assert introspector.key_id("tok") == first
    assert len(responses.calls) == 2


@responses.activate
def test_refusals_are_not_cached():
    responses.post(URL, json={"active": False})
    responses.post(URL, json=ACTIVE)
    introspector = Introspector(URL, audience="attune-api")
    assert introspector.key_id("tok") is None
    assert introspector.key_id("tok") is not None


@responses.activate
def test_cache_never_outlives_the_token():
    idp_answers(**{**ACTIVE, "exp": time.time() + 10})
    clock = Clock()
    introspector = Introspector(URL, cache_seconds=600, clock=clock)
    introspector.key_id("tok")
    clock.now += 11
    introspector.key_id("tok")
    assert len(responses.calls) == 2


@responses.activate
def test_cache_is_bounded_and_keeps_no_token():
    idp_answers(**ACTIVE)
    introspector = Introspector(URL, max_entries=3)
    for i in range(10):
        introspector.key_id(f"token-{i}")
    assert len(introspector._cache) == 3
    assert not any("token-" in key for key in introspector._cache)


@responses.activate
def test_failure_names_only_the_exception_type():
    responses.post(URL, body=requests.ConnectionError("tok-secret in message"))
    with pytest.raises(IdentityProviderError) as caught:
        Introspector(URL).key_id("tok-secret")
    assert str(caught.value) == "ConnectionError"
