"""Shared fixtures for the nlp tests: the process-wide pipeline, built once."""

import pytest

import nlp


@pytest.fixture(scope="session")
def pipeline():
    """The cached spaCy pipeline that nlp.annotate uses."""
    nlp.load()
    return nlp.get_nlp()
