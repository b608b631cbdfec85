"""Security headers on every response, and the proxy headers of a Heroku-style router.

The router terminates TLS and adds one `X-Forwarded-For` / `X-Forwarded-Proto`; ProxyFix
trusts exactly that one hop, so `request.is_secure` and `request.remote_addr` are the
client's. HSTS is sent only on HTTPS requests (a browser ignores it over HTTP anyway).
"""

from flask import request
from werkzeug.middleware.proxy_fix import ProxyFix

# Pages a browser renders: only our own scripts, styles and API; no frames, no plugins.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
# Everything else is JSON: nothing in it may run or be framed.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
PAGES = ("/demo", "/docs")


def init_app(app):
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    app.after_request(_secure)


def _secure(response):
    headers = response.headers
    headers["Cache-Control"] = "no-store"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["X-Frame-Options"] = "DENY"
    page = request.path.startswith(PAGES)
    headers.setdefault("Content-Security-Policy", PAGE_CSP if page else API_CSP)
    if request.is_secure:
        headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    return response
