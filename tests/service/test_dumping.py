"""service.dumping: the compiled dump gives exactly marshmallow's output, or refuses the schema."""

import json

import pytest
from marshmallow import Schema, fields, post_dump

from service import schemas
from service.dumping import compile_dump

from .test_api import EMOJI_NOTE, NOTE


def same_as_marshmallow(schema, obj):
    """The compiled dump equals marshmallow's, down to key order and number types."""
    ours = json.dumps(compile_dump(schema)(obj))
    return ours == json.dumps(Schema.dump(schema, obj))


@pytest.mark.parametrize("text", [NOTE, EMOJI_NOTE, "No cues at all."])
@pytest.mark.parametrize(
    "options", [{}, {"offsets": "utf16"}, {"labels": ["sign"], "include_non_present": False}]
)
def test_annotate_answers(pipeline, text, options):
    result = pipeline.annotate(text, **options)
    assert same_as_marshmallow(schemas.AnnotateResponseSchema(), result)
    batch = {"results": [{"id": "n1", **result}, {"id": "n2", **result}], "meta": result["meta"]}
    assert same_as_marshmallow(schemas.BatchResponseSchema(), batch)


def test_catalogues(pipeline):
    taxonomy = {"version": pipeline.TAXONOMY_VERSION, "labels": pipeline.taxonomy()}
    assert same_as_marshmallow(schemas.TaxonomySchema(), taxonomy)
    assert same_as_marshmallow(
        schemas.PromptCatalogueSchema(), {"prompts": pipeline.prompt_catalogue()}
    )


class Thing:
    """An object read by attribute, as marshmallow's accessor falls back to."""

    id = "t1"
    category = "negation"


def test_values_of_other_types_are_converted_as_marshmallow_does(pipeline):
    result = pipeline.annotate(NOTE)
    first = result["annotations"][0]
    odd = {
        **result,
        "extra": "never published",
        "summary": {**result["summary"], "score": 1, "therapy_linked": True, "labels": {3: 2.0}},
        "annotations": [
            {**first, "start": True, "section": None, "prompt_ids": ("a", b"b"), "text": b"x"},
            {"id": "only an id", "context_cues": [Thing(), {"rule": 7}]},
            Thing(),
        ],
        "meta": None,
    }
    for obj in (odd, {}, {"annotations": None}, None, Thing()):
        assert same_as_marshmallow(schemas.AnnotateResponseSchema(), obj)


def test_many(pipeline):
    status = schemas.StatusSchema(many=True)
    assert status.dump([{"status": "ok"}, {}]) == Schema.dump(status, [{"status": "ok"}, {}])
    assert status.dump(None) == Schema.dump(status, None)


class Hooked(Schema):
    id = fields.String()

    @post_dump
    def upper(self, data, **kwargs):
        return data


@pytest.mark.parametrize(
    "schema",
    [
        Hooked(),
        Schema.from_dict({"id": fields.String(data_key="ID")})(),
        Schema.from_dict({"id": fields.String(attribute="name")})(),
        Schema.from_dict({"id": fields.String(dump_default="x")})(),
        Schema.from_dict({"id": fields.Function(lambda obj: "x")})(),
        Schema.from_dict({"inner": fields.Nested(Hooked)})(),
    ],
    ids=["hook", "data_key", "attribute", "dump_default", "function", "nested hook"],
)
def test_what_it_cannot_copy_is_refused_when_compiled(schema):
    with pytest.raises(TypeError):
        compile_dump(schema)
