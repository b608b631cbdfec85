"""CORS_ORIGINS: listed browser origins may call the API, others get no CORS headers."""

import pytest

ORIGIN = "https://ehr.example"


@pytest.fixture
def client(make_app):
    return make_app(CORS_ORIGINS=[ORIGIN]).test_client()


def test_listed_origin_may_read_the_answer(client):
    response = client.get("/v1/taxonomy", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "Retry-After" in response.headers["Access-Control-Expose-Headers"]
    assert "Origin" in response.headers["Vary"]


def test_preflight_names_methods_and_headers(client):
    response = client.options(
        "/v1/annotate",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in response.headers["Access-Control-Allow-Headers"]


@pytest.mark.parametrize("origin", ["https://evil.example", "https://ehr.example.evil"])
def test_other_origins_get_no_cors_headers(client, origin):
    response = client.get("/v1/taxonomy", headers={"Origin": origin})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_off_by_default(make_app):
    response = make_app().test_client().get("/v1/taxonomy", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_star_allows_any_origin(make_app):
    client = make_app(CORS_ORIGINS=["*"]).test_client()
    response = client.get("/v1/taxonomy", headers={"Origin": "https://any.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://any.example"
