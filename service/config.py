"""Settings: each environment variable documented once, read through environs.

`load()` gives the defaults overlaid by the environment; `create_app(overrides)`
lays test overrides on top. The README's config table is this table.
"""

import logging
from typing import NamedTuple

from environs import Env
from marshmallow.validate import OneOf, Range


class Variable(NamedTuple):
    name: str
    kind: str  # the environs parser: "int", "str", "list", ...
    default: object
    meaning: str
    validate: object = None


VARIABLES = (
    Variable("PORT", "int", 8000, "TCP port gunicorn binds on 0.0.0.0.", Range(1, 65535)),
    Variable("WEB_CONCURRENCY", "int", 2, "Number of gunicorn worker processes.", Range(1)),
    Variable(
        "API_KEYS",
        "list",
        [],
        "Comma-separated keys accepted as `Authorization: Bearer <key>`, each `[id=]key` or "
        "`[id=]sha256:<hex digest>`; unset turns auth off, which is refused when "
        "APP_ENV=production.",
    ),
    Variable(
        "RATE_LIMIT",
        "str",
        "300/minute;30/second",
        "Requests allowed per API key on /v1 and /ext/v1 (else 429); empty turns limits off.",
    ),
    Variable(
        "REDIS_URL",
        "str",
        None,
        "Redis for rate-limit counters shared by all workers; unset keeps them in memory.",
    ),
    Variable(
        "OAUTH_INTROSPECTION_URL",
        "str",
        None,
        "RFC 7662 endpoint that validates the extension's bearer tokens on /ext/v1.",
    ),
    Variable("OAUTH_CLIENT_ID", "str", None, "Client id Attune authenticates with there."),
    Variable("OAUTH_CLIENT_SECRET", "str", None, "Client secret Attune authenticates with."),
    Variable("OAUTH_AUDIENCE", "str", None, "Audience a token must carry (`aud`) to be accepted."),
    Variable(
        "OAUTH_TIMEOUT",
        "float",
        3.0,
        "Seconds to wait for the identity provider (else 503).",
        Range(0.1, 20),
    ),
    Variable(
        "OAUTH_CACHE_SECONDS",
        "int",
        60,
        "Seconds an active token is trusted before asking again.",
        Range(0),
    ),
    Variable(
        "MAX_TEXT_CHARS",
        "int",
        20_000,
        "Longest note accepted, in characters (else 413).",
        Range(1),
    ),
    Variable(
        "MAX_BATCH_NOTES", "int", 100, "Most notes in one batch request (else 413).", Range(1)
    ),
    Variable(
        "EXT_MAX_PARAGRAPHS",
        "int",
        500,
        "Most paragraphs in one /ext/v1/check (else 413).",
        Range(1),
    ),
    Variable(
        "EXT_MAX_PARAGRAPH_CHARS",
        "int",
        5_000,
        "Longest paragraph /ext/v1/check accepts, in characters (else 413).",
        Range(1),
    ),
    Variable(
        "EXT_DEBOUNCE_MS",
        "int",
        500,
        "Pause in typing, in ms, after which the extension re-checks changed paragraphs.",
        Range(0),
    ),
    Variable(
        "MAX_CONTENT_LENGTH",
        "int",
        1024 * 1024,
        "Largest request body in bytes (else 413); also bounds a batch's work to ~15 s.",
        Range(1),
    ),
    Variable(
        "CORS_ORIGINS", "list", [], "Comma-separated browser origins allowed to call the API."
    ),
    Variable("LOG_LEVEL", "log_level", logging.INFO, "Log level: DEBUG, INFO, WARNING or ERROR."),
    Variable(
        "APP_ENV",
        "str",
        "development",
        "`production` or `development`.",
        OneOf(["production", "development"]),
    ),
)


def load() -> dict:
    """Return every setting: its default, or the environment's value parsed by its type."""
    env = Env()
    settings = {}
    for v in VARIABLES:
        value = getattr(env, v.kind)(v.name, v.default, validate=v.validate)
        if v.kind == "list":  # "a, b," -> ["a", "b"]
            value = [item.strip() for item in value if item.strip()]
        settings[v.name] = value
    return settings
