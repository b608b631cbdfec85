"""One JSON line per request on stdout, with counts and never a word of the note.

Fields: request id (a sane `X-Request-ID`, else a new one, echoed in the response),
key id, route (the URL rule, not the raw path), method, status, latency, text length
and label counts. Lengths and counts are read from the request body and the answer's
`summary`, so the views need not know about auditing: the body as the request parser
read it, and the answer as the view's schema dumped it (flask-smorest keeps it), so
neither is parsed twice.
"""

import json
import logging
import re
import sys
import time
import uuid
from collections import Counter

from flask import current_app, g, request
from flask_smorest.utils import get_appcontext

log = logging.getLogger("attune.audit")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


class _StdoutHandler(logging.StreamHandler):
    """Writes to whatever `sys.stdout` is at the time (gunicorn, pytest's capture)."""

    @property
    def stream(self):
        return sys.stdout

    @stream.setter
    def stream(self, _value):
        pass


def init_app(app):
    if not log.handlers:
        log.addHandler(_StdoutHandler())
        log.setLevel(logging.INFO)
        log.propagate = False
    app.before_request(_start)
    app.after_request(_record)


def _start():
    g.started = time.perf_counter()
    given = request.headers.get("X-Request-ID", "")
    g.request_id = given if _REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


def _record(response):
    started = g.get("started", time.perf_counter())
    response.headers["X-Request-ID"] = g.get("request_id", "")
    line = {
        "event": "request",
        "request_id": g.get("request_id"),
        "key_id": g.get("key_id"),
        "method": request.method,
        "route": request.url_rule.rule if request.url_rule else None,
        "status": response.status_code,
        "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        **_note_stats(response),
    }
    log.info(json.dumps(line, separators=(",", ":")))
    return response


def _note_stats(response):
    """Characters of note text received and present-label counts returned (no text)."""
    size, limit = request.content_length, current_app.config.get("MAX_CONTENT_LENGTH")
    if not request.is_json or size is None or (limit and size > limit):
        return {}  # no body, or one too large to read
    body = request.get_json(silent=True, cache=True)
    if not isinstance(body, dict):
        return {}
    items = next(
        (v for v in (body.get("notes"), body.get("paragraphs")) if isinstance(v, list)), [body]
    )
    texts = [i.get("text") for i in items if isinstance(i, dict)]
    stats = {"text_chars": sum(len(t) for t in texts if isinstance(t, str))}
    if response.status_code == 200 and response.is_json:
        answer = get_appcontext().get("result_dump") or response.get_json()
        summaries = [answer.get("summary")] + [r["summary"] for r in answer.get("results", [])]
        labels = Counter()
        for summary in filter(None, summaries):
            labels.update(summary["labels"])
        stats["labels"] = dict(labels)
    return stats
