"""Who may call the API: integrator keys on `/v1`, identity-provider tokens on `/ext/v1`.

`API_KEYS` is a comma-separated list of entries `[id=]key` or `[id=]sha256:<hex>`.
Only SHA-256 digests are kept in memory and every digest is compared with
`hmac.compare_digest`. Each key has a short id for logs and rate limits: the `id=`
given, else the first 8 hex digits of its digest. Auth is off only when `API_KEYS`
is empty outside production.
"""

import hashlib
import hmac
import re

from flask import current_app, g, request

from service.errors import problem
from service.introspection import IdentityProviderError, Introspector

_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_ID = re.compile(r"[A-Za-z0-9_.-]{1,32}")


def parse_api_keys(value):
    """`API_KEYS` (a string or list of entries) -> tuple of (key id, sha256 digest)."""
    if isinstance(value, str):
        value = value.split(",")
    keys = []
    for raw in value or ():
        entry = raw.strip()
        if not entry:
            continue
        key_id, sep, secret = entry.partition("=")
        if not sep or not _ID.fullmatch(key_id) or not secret:
            key_id, secret = None, entry
        if secret.startswith("sha256:"):
            hex_digest = secret.removeprefix("sha256:")
            if not _HEX_DIGEST.fullmatch(hex_digest):
                raise ValueError("API_KEYS: a sha256: entry needs 64 hex digits")
            digest = bytes.fromhex(hex_digest)
        else:
            digest = hashlib.sha256(secret.encode()).digest()
        keys.append((key_id or digest.hex()[:8], digest))
    if len({key_id for key_id, _ in keys}) != len(keys):
        raise ValueError("API_KEYS: two entries share a key id")
    return tuple(keys)


def match_key(keys, token):
    """The id of the key `token` is, or None; every entry is compared, in constant time."""
    digest = hashlib.sha256(token.encode()).digest()
    found = None
    for key_id, expected in keys:
        if hmac.compare_digest(digest, expected):
            found = key_id
    return found


def init_app(app):
    """Check the settings (refusing production without keys) and guard the API routes."""
    keys = parse_api_keys(app.config.get("API_KEYS"))
    if not keys and app.config.get("APP_ENV") == "production":
        raise RuntimeError(
            "APP_ENV=production but API_KEYS is empty: refusing to start without "
            "authentication. Set API_KEYS to comma-separated `id=sha256:<hex>` entries."
        )
    introspector = None
    if app.config.get("OAUTH_INTROSPECTION_URL"):
        introspector = Introspector(
            app.config["OAUTH_INTROSPECTION_URL"],
            client_id=app.config.get("OAUTH_CLIENT_ID"),
            client_secret=app.config.get("OAUTH_CLIENT_SECRET"),
            audience=app.config.get("OAUTH_AUDIENCE"),
            timeout=app.config.get("OAUTH_TIMEOUT", 3.0),
            cache_seconds=app.config.get("OAUTH_CACHE_SECONDS", 60),
        )
    app.extensions["attune.auth"] = (keys, introspector)
    app.before_request(_authenticate)


def _authenticate():
    """Set `g.key_id` for a permitted caller, or answer 401 / 503."""
    g.key_id = None
    path = request.path
    if request.method == "OPTIONS" or not path.startswith(("/v1/", "/ext/v1/")):
        return None
    keys, introspector = current_app.extensions["attune.auth"]
    extension = path.startswith("/ext/v1/")
    if not keys and not (extension and introspector):
        return None  # auth off: no key id, limits count by address
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return _unauthorized("Send `Authorization: Bearer <key>`.")
    g.key_id = match_key(keys, token)
    if g.key_id is None and extension and introspector:
        try:
            g.key_id = introspector.key_id(token)
        except IdentityProviderError:
            return problem(
                503,
                "The identity provider did not answer; try again shortly.",
                headers={"Retry-After": "5"},
            )
    if g.key_id is None:
        return _unauthorized("The credentials are not valid.")
    return None


def _unauthorized(detail):
    return problem(401, detail, headers={"WWW-Authenticate": 'Bearer realm="attune"'})
