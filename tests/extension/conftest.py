"""Fixtures: the app and its client, a live server, and shared headless Chromium drivers."""

from importlib import resources

import pytest

from service import config, create_app
from tests.extension.browser import Chromium, LiveServer

EXTENSION = resources.files("extension_api").joinpath("extension")


@pytest.fixture
def make_app(monkeypatch):
    """An app from the defaults (no environment), with test overrides."""
    for variable in config.VARIABLES:
        monkeypatch.delenv(variable.name, raising=False)
    return lambda **overrides: create_app({"TESTING": True, **overrides})


@pytest.fixture
def client(make_app):
    return make_app().test_client()


@pytest.fixture(scope="session")
def live_server():
    with LiveServer() as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """One plain headless Chromium for the demo-page tests."""
    with Chromium() as driver:
        yield driver


@pytest.fixture(scope="session")
def extension_browser():
    """A headless Chromium with the reference extension loaded unpacked."""
    path = str(EXTENSION)
    with Chromium(f"--load-extension={path}", f"--disable-extensions-except={path}") as driver:
        yield driver
