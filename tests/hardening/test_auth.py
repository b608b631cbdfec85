"""Integrator keys: parsing, constant-time matching, and every answer at the door."""

import pytest

from service import create_app
from service.auth import match_key, parse_api_keys

from .conftest import ALICE, BOB, bearer, sha256


def test_keys_are_kept_only_as_digests_with_short_ids():
    keys = parse_api_keys(f"alice={ALICE}, sha256:{sha256(BOB)},,")
    assert keys == (
        ("alice", bytes.fromhex(sha256(ALICE))),
        (sha256(BOB)[:8], bytes.fromhex(sha256(BOB))),
    )
    assert all(ALICE.encode() not in digest for _, digest in keys)


@pytest.mark.parametrize(
    "value",
    ["sha256:abc", "sha256:" + "z" * 64, "a=one,a=two"],
    ids=["short-digest", "not-hex", "duplicate-id"],
)
def test_bad_key_entries_are_refused(value):
    with pytest.raises(ValueError, match="API_KEYS"):
        parse_api_keys(value)


def test_match_key_names_the_key_or_none():
    keys = parse_api_keys([f"alice={ALICE}", f"sha256:{sha256(BOB)}"])
    assert match_key(keys, ALICE) == "alice"
    assert match_key(keys, BOB) == sha256(BOB)[:8]
    assert match_key(keys, ALICE + "x") is None
    assert match_key(keys, "") is None


@pytest.mark.parametrize(
    "headers",
    [{}, bearer("wrong"), {"Authorization": f"Basic {ALICE}"}, {"Authorization": "Bearer "}],
    ids=["missing", "wrong-key", "wrong-scheme", "empty-token"],
)
def test_bad_credentials_get_401_problem(keyed, headers):
    response = keyed.get("/v1/taxonomy", headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("key", [ALICE, BOB], ids=["plain-entry", "sha256-entry"])
def test_good_keys_get_in(keyed, key):
    assert keyed.get("/v1/taxonomy", headers=bearer(key)).status_code == 200


def test_post_is_guarded_before_the_body_is_read(keyed):
    response = keyed.post("/v1/annotate", data="not json", content_type="text/plain")
    assert response.status_code == 401


def test_integrator_key_also_opens_the_extension_api(keyed):
    assert keyed.get("/ext/v1/config").status_code == 401
    assert keyed.get("/ext/v1/config", headers=bearer(ALICE)).status_code != 401


@pytest.mark.parametrize("path", ["/healthz", "/openapi.json", "/docs"])
def test_probes_and_docs_stay_open(keyed, path):
    assert keyed.get(path).status_code == 200


def test_auth_is_off_without_keys_outside_production(make_client):
    assert make_client(APP_ENV="development", API_KEYS=[]).get("/v1/taxonomy").status_code == 200


def test_production_without_keys_refuses_to_start():
    with pytest.raises(RuntimeError, match="API_KEYS"):
        create_app({"APP_ENV": "production", "API_KEYS": []})


def test_production_with_keys_requires_them(make_client):
    client = make_client(APP_ENV="production", API_KEYS=[f"sha256:{sha256(ALICE)}"])
    assert client.get("/v1/taxonomy").status_code == 401
    assert client.get("/v1/taxonomy", headers=bearer(ALICE)).status_code == 200
