"""Fixtures: an app built from a clean environment, its client, a ready pipeline."""

import pytest

import nlp
from service import config, create_app, health


@pytest.fixture
def clean_env(monkeypatch):
    """Unset every documented variable so the defaults are what the tests see."""
    for variable in config.VARIABLES:
        monkeypatch.delenv(variable.name, raising=False)
    return monkeypatch


@pytest.fixture
def make_app(clean_env):
    # Rate limits off: these tests are about the API, tests/hardening covers the limits.
    return lambda **overrides: create_app({"TESTING": True, "RATE_LIMIT": "", **overrides})


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def pipeline():
    """Load the real pipeline once and mark the process ready, as wsgi.py does."""
    assert health.warm_up(), "warm-up failed: see the log above"
    return nlp


@pytest.fixture
def broken_annotate(monkeypatch):
    """For HTTP-plumbing tests only: make nlp.annotate raise with the note in its message."""

    def annotate(text, **options):
        raise ValueError(f"could not annotate {text!r}")

    monkeypatch.setattr(nlp, "annotate", annotate)
