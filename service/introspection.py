"""OAuth 2.0 token introspection (RFC 7662) for the extension's short-lived bearer tokens.

Positive answers are cached briefly (never past the token's `exp`) in a bounded,
thread-safe map keyed by the token's SHA-256, so the token itself is not kept.
"""

import hashlib
import threading
import time
from collections import OrderedDict

import requests


class IdentityProviderError(Exception):
    """The identity provider is down, slow or answered nonsense: the caller gets a 503."""


class Introspector:
    """Asks the identity provider whether a token is active and meant for this service."""

    def __init__(
        self,
        url,
        *,
        client_id=None,
        client_secret=None,
        audience=None,
        timeout=3.0,
        cache_seconds=60,
        max_entries=1024,
        clock=time.monotonic,
    ):
        self.url = url
        self.auth = (client_id, client_secret) if client_id else None
        self.audience = audience
        self.timeout = (timeout, timeout)
        self.cache_seconds = cache_seconds
        self.max_entries = max_entries
        self.clock = clock
        self._cache = OrderedDict()
        self._lock = threading.Lock()

    def key_id(self, token):
        """A short id for the token's client if it is active and for our audience, else None."""
        digest = hashlib.sha256(token.encode()).hexdigest()
        now = self.clock()
        with self._lock:
            cached = self._cache.get(digest)
            if cached and cached[1] > now:
                return cached[0]
            self._cache.pop(digest, None)
        claims = self._introspect(token)
        if not self._acceptable(claims):
            return None
        subject = str(claims.get("client_id") or claims.get("sub") or digest)
        key_id = "idp:" + hashlib.sha256(subject.encode()).hexdigest()[:8]
        ttl = self.cache_seconds
        if isinstance(claims.get("exp"), int | float):
            ttl = min(ttl, claims["exp"] - time.time())
        if ttl > 0:
            with self._lock:
                self._cache[digest] = (key_id, now + ttl)
                while len(self._cache) > self.max_entries:
                    self._cache.popitem(last=False)
        return key_id

    def _introspect(self, token):
        try:
            response = requests.post(
                self.url,
                data={"token": token, "token_type_hint": "access_token"},
                auth=self.auth,
                headers={"Accept": "application/json"},
                timeout=self.timeout,
            )
            response.raise_for_status()
            claims = response.json()
        except (requests.RequestException, ValueError) as exc:
            raise IdentityProviderError(type(exc).__name__) from None
        if not isinstance(claims, dict):
            raise IdentityProviderError("introspection answer is not an object")
        return claims

    def _acceptable(self, claims):
        if claims.get("active") is not True:
            return False
        exp = claims.get("exp")
        if isinstance(exp, int | float) and exp <= time.time():
            return False
        if self.audience:
            aud = claims.get("aud")
            audiences = aud if isinstance(aud, list) else [aud]
            return self.audience in audiences
        return True
