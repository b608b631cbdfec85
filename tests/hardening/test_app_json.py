"""app.json (Heroku) names only real settings and deploys with auth on."""

import json

from service import config


def test_app_json_env_matches_the_settings(pytestconfig):
    app = json.loads((pytestconfig.rootpath / "app.json").read_text())
    known = {v.name for v in config.VARIABLES}
    assert set(app["env"]) <= known
    assert app["env"]["APP_ENV"]["value"] == "production"
    assert app["env"]["API_KEYS"]["generator"] == "secret"
    assert all(entry["description"] for entry in app["env"].values())
