"""Per-caller rate limits on the API routes (Flask-Limiter), answered with a 429 problem.

Callers are counted by key id (see `service.auth`), or by address when auth is off.
Counters live in memory per process, or in Redis when `REDIS_URL` is set (shared by
all workers and dynos; if Redis is unreachable the process falls back to memory).
"""

import math
import time

from flask import g, request
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded
from limits.storage import MemoryStorage

from service.errors import problem

SWEEP_SECONDS = 1.0


class SweptMemoryStorage(MemoryStorage):
    """limits' in-memory counters, with expired ones swept inline, at most once a second.

    The stock storage sweeps on a `threading.Timer` that it starts 10 ms after a hit when
    none is pending: under steady load, a new thread every request or two, which the
    request waits for (about 0.1 ms, and whole milliseconds on a busy machine). Counting
    is unchanged: a counter is read as expired on access whether swept or not; the sweep
    only frees the memory of callers that stopped calling.
    """

    STORAGE_SCHEME = ("attune-memory",)  # registered with limits under this URI scheme
    _swept_at = 0.0

    def _MemoryStorage__schedule_expiry(self):  # called by every hit of the stock storage
        now = time.monotonic()
        if now - self._swept_at >= SWEEP_SECONDS:
            self._swept_at = now
            self._MemoryStorage__expire_events()


def init_app(app):
    """Apply `RATE_LIMIT` (e.g. "300/minute;30/second") per caller to /v1 and /ext/v1."""
    limit = app.config.get("RATE_LIMIT") or ""
    limiter = Limiter(
        key_func=_caller,
        default_limits=[limit] if limit else [],
        default_limits_exempt_when=lambda: not request.path.startswith(("/v1/", "/ext/v1/")),
        storage_uri=app.config.get("REDIS_URL") or "attune-memory://",
        in_memory_fallback_enabled=True,
        strategy="sliding-window-counter",
        key_prefix="attune",
        enabled=bool(limit),
    )
    limiter.init_app(app)

    def too_many(exc):
        """429 problem+json with `Retry-After`: whole seconds until the window frees a slot."""
        breached = limiter.current_limit
        # the window's own reset time: ``reset_at`` is rounded up to a whole second first,
        # which made a 60-second window answer "Retry-After: 61"
        reset_at = breached.window[0] if breached else time.time() + 1
        return problem(
            429,
            f"Rate limit exceeded ({exc.description}); retry later.",
            headers={"Retry-After": str(max(1, math.ceil(reset_at - time.time())))},
        )

    app.register_error_handler(RateLimitExceeded, too_many)
    return limiter


def _caller():
    return g.get("key_id") or request.remote_addr or "unknown"
