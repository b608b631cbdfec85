"""/openapi.json is generated from the schemas; /docs renders it with nothing fetched."""

import re

from service import schemas

ENDPOINTS = {
    "/v1/annotate": "post",
    "/v1/annotate/batch": "post",
    "/v1/taxonomy": "get",
    "/v1/prompts": "get",
    "/healthz": "get",
    "/readyz": "get",
}


def test_openapi_lists_every_endpoint_with_its_schemas(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    for path, method in ENDPOINTS.items():
        assert method in spec["paths"][path], path
    components = spec["components"]["schemas"]
    request = components["AnnotateRequest"]
    assert request["required"] == ["text"]
    assert request["properties"]["offsets"]["enum"] == list(schemas.OFFSETS)
    annotation = components["Annotation"]["properties"]
    assert set(annotation) == set(schemas.AnnotationSchema().fields)
    body = spec["paths"]["/v1/annotate"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["$ref"].endswith("/AnnotateRequest")


def test_openapi_documents_the_error_answers_of_a_body(client):
    spec = client.get("/openapi.json").get_json()
    for path in ("/v1/annotate", "/v1/annotate/batch"):
        responses = spec["paths"][path]["post"]["responses"]
        assert {"200", "400", "413", "415", "422"} <= set(responses), path
    too_large = spec["components"]["responses"]["REQUEST_ENTITY_TOO_LARGE"]
    assert list(too_large["content"]) == ["application/problem+json"]


def test_docs_page_renders_the_spec_offline(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for path in ENDPOINTS:
        assert f">{path}<" in html
    assert 'id="AnnotateRequest"' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "nothing fetched from outside"
