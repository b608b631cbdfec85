"""CORS for the JSON APIs: browser pages on the `CORS_ORIGINS` origins may call them.

An origin not in the list gets no CORS headers, so the browser keeps the answer
from the page; `*` allows any origin. Preflight requests (OPTIONS) are answered
by Flask's automatic OPTIONS response, with the headers added here.
"""

from flask import current_app, request

API_PATHS = ("/v1/", "/ext/v1/")
ALLOW_HEADERS = "Authorization, Content-Type, X-Request-ID"
EXPOSE_HEADERS = (
    "Retry-After, X-Request-ID, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset"
)


def init_app(app):
    app.after_request(_add_headers)


def _add_headers(response):
    origin = request.headers.get("Origin")
    allowed = current_app.config["CORS_ORIGINS"]
    if not origin or not request.path.startswith(API_PATHS):
        return response
    response.vary.add("Origin")
    if origin not in allowed and "*" not in allowed:
        return response
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = response.headers.get("Allow", "")
        response.headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
        response.headers["Access-Control-Max-Age"] = "600"
    return response
