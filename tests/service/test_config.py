"""Settings: defaults, then the environment, then overrides; each variable documented."""

import pytest
from environs import EnvError

from service import config, create_app


def test_defaults(clean_env):
    settings = config.load()
    assert settings["PORT"] == 8000
    assert settings["MAX_TEXT_CHARS"] == 20_000
    assert settings["MAX_BATCH_NOTES"] == 100
    assert settings["API_KEYS"] == []
    assert settings["APP_ENV"] == "development"


def test_environment_is_parsed_by_type(clean_env):
    clean_env.setenv("MAX_TEXT_CHARS", "500")
    clean_env.setenv("CORS_ORIGINS", "https://a.example, https://b.example,")
    clean_env.setenv("LOG_LEVEL", "debug")
    settings = config.load()
    assert settings["MAX_TEXT_CHARS"] == 500
    assert settings["CORS_ORIGINS"] == ["https://a.example", "https://b.example"]
    assert settings["LOG_LEVEL"] == 10


@pytest.mark.parametrize(
    "name, value",
    [("PORT", "eighty"), ("MAX_BATCH_NOTES", "0"), ("APP_ENV", "staging"), ("LOG_LEVEL", "LOUD")],
)
def test_bad_environment_fails_at_start(clean_env, name, value):
    clean_env.setenv(name, value)
    with pytest.raises(EnvError):
        config.load()


def test_overrides_win_over_the_environment(clean_env):
    clean_env.setenv("MAX_BATCH_NOTES", "7")
    assert create_app().config["MAX_BATCH_NOTES"] == 7
    assert create_app({"MAX_BATCH_NOTES": 3}).config["MAX_BATCH_NOTES"] == 3


def test_readme_documents_every_variable(pytestconfig):
    readme = (pytestconfig.rootpath / "README.md").read_text()
    for variable in config.VARIABLES:
        assert f"| `{variable.name}` |" in readme, variable.name
