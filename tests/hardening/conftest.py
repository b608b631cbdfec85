"""Apps built with hardening settings; every test makes the app it needs."""

import hashlib

import pytest

from service import create_app

ALICE = "alice-key-0123456789"
BOB = "bob-key-9876543210"
NOTE = (
    "S: Client said she felt misunderstood last session and withdrew when we discussed "
    "her mother. She cancelled the next appointment. Denies SI/HI."
)


def sha256(key):
    return hashlib.sha256(key.encode()).hexdigest()


def bearer(key):
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def make_client():
    """`make_client(**settings)` -> a test client of an app built with those overrides."""

    def make(**settings):
        return create_app({"TESTING": True, **settings}).test_client()

    return make


@pytest.fixture
def keyed(make_client):
    """Auth on: alice given in plain form with an id, bob only as a SHA-256 digest."""
    return make_client(API_KEYS=[f"alice={ALICE}", f"sha256:{sha256(BOB)}"])
