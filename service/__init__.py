"""Attune's HTTP service: `create_app()` builds the Flask app from the environment."""

import logging

from flask import Flask
from flask_smorest import Api

from extension_api import api as extension_api
from extension_api import demo
from service import audit, auth, config, cors, docs, headers, health, limits, v1
from service.errors import MIMETYPE, register_errors
from service.parser import JSONProvider
from service.schemas import ProblemSchema

__version__ = "0.1.0"

API_SETTINGS = {
    "API_TITLE": "Attune",
    "API_VERSION": __version__,
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
}


class AttuneApi(Api):
    ERROR_SCHEMA = ProblemSchema  # documents the problem+json body of error responses

    def _register_responses(self):
        """Document the error responses with the media type they are sent with."""
        self.DEFAULT_RESPONSE_CONTENT_TYPE = MIMETYPE
        super()._register_responses()
        del self.DEFAULT_RESPONSE_CONTENT_TYPE  # success bodies stay application/json


def create_app(overrides=None) -> Flask:
    """Build the app: defaults, then the environment (service/config.py), then `overrides`."""
    app = Flask(__name__)
    app.json = JSONProvider(app)
    app.config.from_mapping(API_SETTINGS)
    app.config.from_mapping(config.load())
    app.config.from_mapping(overrides or {})
    _configure_logging(app.config["LOG_LEVEL"])

    api = AttuneApi(app)
    register_errors(app)
    register_blueprints(app, api)
    # Cross-cutting concerns, in this order: audit times the whole request, auth sets the
    # key id that limits count by, headers are added to every answer.
    audit.init_app(app)
    auth.init_app(app)
    limits.init_app(app)
    headers.init_app(app)
    cors.init_app(app)
    return app


def register_blueprints(app: Flask, api: Api) -> None:
    """Mount every blueprint; those registered through `api` appear in /openapi.json."""
    api.register_blueprint(v1.bp)
    api.register_blueprint(health.bp)
    app.register_blueprint(docs.bp)
    api.register_blueprint(extension_api.bp)
    app.register_blueprint(demo.bp)


def _configure_logging(level) -> None:
    """Send log records at `level` and above to stderr (gunicorn's output), once per process."""
    root = logging.getLogger()
    root.setLevel(level)
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
