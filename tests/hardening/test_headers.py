"""Security headers on every answer, HSTS behind an HTTPS router, CSP on the pages."""

import re

import pytest

from .conftest import ALICE


@pytest.fixture
def client(make_client):
    return make_client(API_KEYS=[ALICE])


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/healthz"),
        ("get", "/v1/taxonomy"),  # 401
        ("post", "/v1/annotate"),  # 401
        ("get", "/nowhere"),  # 404
        ("get", "/openapi.json"),
    ],
)
def test_every_api_answer_is_no_store_and_nosniff(client, method, path):
    response = getattr(client, method)(path)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("path", ["/docs", "/demo"])
def test_pages_get_a_strict_csp(client, path):
    csp = client.get(path).headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


@pytest.mark.parametrize("path", ["/docs", "/demo"])
def test_pages_have_nothing_inline_that_the_csp_would_block(client, path):
    html = client.get(path).get_data(as_text=True)
    assert not re.search(r"<style|<script(?![^>]*\bsrc=)|\sstyle=|\son\w+=", html)


def test_hsts_only_when_the_router_says_https(client):
    https = client.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert https.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "Strict-Transport-Security" not in client.get("/healthz").headers


def test_only_one_proxy_hop_is_trusted(make_client):
    client = make_client(RATE_LIMIT="1/minute")
    spoofed = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9"}  # client-sent value, then router's
    assert client.get("/v1/taxonomy", headers=spoofed).status_code == 200
    spoofed = {"X-Forwarded-For": "198.51.100.2, 203.0.113.9"}  # a new spoof, same real address
    assert client.get("/v1/taxonomy", headers=spoofed).status_code == 429
