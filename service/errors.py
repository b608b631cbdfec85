"""Every error the service returns: RFC 9457 problem+json, from one place.

`problem()` builds the response, `abort()` raises it from anywhere (views,
auth, rate limits), `register_errors(app)` makes it the only error shape.
Nothing from the request body reaches a body or a log line here: messages come
from our schemas, field names only when a schema declares them,
and an unexpected exception is logged by type and stack frames, without its
message (which could quote a note).
"""

import logging
import traceback

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

MIMETYPE = "application/problem+json"

log = logging.getLogger(__name__)

UNKNOWN_FIELD = "Unknown field."  # marshmallow's message for a key no schema declares


class Problem(HTTPException):
    """An HTTP error carrying a problem+json detail, per-field errors and headers."""

    def __init__(self, status, detail=None, errors=None, headers=None):
        super().__init__(description=detail)
        self.code = status
        self.errors = errors
        self.headers = dict(headers or {})


def problem(status, detail=None, errors=None, headers=None) -> Response:
    """Return a problem+json response: type, title, status, detail, errors."""
    body = {
        "type": "about:blank",
        "title": HTTP_STATUS_CODES.get(status, "Error"),
        "status": status,
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return Response(json.dumps(body), status, headers=headers, mimetype=MIMETYPE)


def abort(status, detail=None, errors=None, headers=None):
    """Stop the request with a problem+json response."""
    raise Problem(status, detail, errors, headers)


def register_errors(app: Flask) -> None:
    """Make problem+json the answer to every HTTP error and every unexpected exception."""
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)


def handle_http_exception(error: HTTPException) -> Response:
    if isinstance(error, Problem):
        return problem(error.code, error.description, error.errors, error.headers)
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    data = getattr(error, "data", None) or {}  # webargs' abort: validation messages
    if "messages" in data:
        messages = data["messages"]
        errors = _safe_keys(messages.get("json", messages))
        return problem(error.code, "The request body is not valid.", errors, headers)
    return problem(error.code, error.description, headers=headers)


def handle_unexpected(error: Exception) -> Response:
    if isinstance(error, HTTPException):  # raised inside another error handler
        return handle_http_exception(error)
    frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    log.error(
        "unhandled %s on %s %s\n%s", type(error).__name__, request.method, request.path, frames
    )
    return problem(500, InternalServerError.description)


def _safe_keys(messages):
    """Validation messages with unknown field names replaced by `_unknown`.

    marshmallow reports an unknown field under its own name, and a client could
    send note text as a name; every other key is a declared field or an index.
    """
    if not isinstance(messages, dict):
        return messages
    return {
        "_unknown" if value == [UNKNOWN_FIELD] else str(key): _safe_keys(value)
        for key, value in messages.items()
    }
