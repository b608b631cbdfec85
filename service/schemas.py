"""Every request and response body of the service, as marshmallow schemas.

Request schemas validate; response schemas fix what leaves the service (a field
the pipeline adds is not published until it is named here). Error messages
never quote the submitted value.
"""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

import nlp
from service.dumping import compile_dump

OFFSETS = ("codepoint", "utf16")
LEVELS = ("none", "low", "moderate", "high")
ASSERTIONS = ("present", "negated", "possible", "hypothetical", "historical")
EXPERIENCERS = ("client", "other")


class StrictBoolean(fields.Boolean):
    """JSON true or false only (marshmallow's Boolean also takes 0, 1, "yes", ...)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


def _one_of(choices):
    """OneOf with its message spelled out: it names the choices, never the input."""
    return validate.OneOf(choices, error="Must be one of: {choices}.")


# Requests


class OptionsSchema(Schema):
    offsets = fields.String(
        load_default="codepoint",
        validate=_one_of(OFFSETS),
        metadata={"description": "Offset unit: `codepoint` (Python) or `utf16` (JavaScript)."},
    )
    labels = fields.List(
        fields.String(validate=_one_of((*nlp.LABELS, *nlp.FAMILIES))),
        load_default=None,
        metadata={"description": "Keep only these label ids or families. Default: all."},
    )
    include_non_present = StrictBoolean(
        load_default=True,
        metadata={
            "description": "Also return negated, possible, hypothetical, historical "
            "and other-experiencer marks."
        },
    )


class AnnotateRequestSchema(OptionsSchema):
    text = fields.String(
        required=True,
        validate=validate.Length(min=1, error="Must not be empty."),
        metadata={"description": "The session note, 1 to MAX_TEXT_CHARS characters."},
    )


class NoteSchema(Schema):
    id = fields.String(required=True, validate=validate.Length(1, 100))
    text = fields.String(required=True, validate=validate.Length(min=1, error="Must not be empty."))


class BatchRequestSchema(OptionsSchema):
    notes = fields.List(
        fields.Nested(NoteSchema),
        required=True,
        validate=validate.Length(min=1, error="Send at least one note."),
        metadata={"description": "At most MAX_BATCH_NOTES notes, answered in this order."},
    )

    @validates_schema
    def unique_ids(self, data, **kwargs):
        ids = [note["id"] for note in data["notes"]]
        if len(set(ids)) != len(ids):
            raise ValidationError("Note ids must be unique.", "notes")


# Responses


class ResponseSchema(Schema):
    """A whole response body: dumped by a function compiled from its fields, once.

    Same output as marshmallow's `dump`, about 5 times faster (see service/dumping.py).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._dump_one = compile_dump(self)

    def dump(self, obj, *, many=None):
        many = self.many if many is None else many
        if many and obj is not None:
            return [self._dump_one(item) for item in obj]
        return self._dump_one(obj)


class ContextCueSchema(Schema):
    category = fields.String(required=True)
    rule = fields.String(required=True)
    text = fields.String(required=True)


class AnnotationSchema(Schema):
    id = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "In the requested unit."})
    end = fields.Integer(required=True)
    text = fields.String(required=True, metadata={"description": "Equals note[start:end]."})
    label = fields.String(required=True, validate=validate.OneOf(nlp.LABELS))
    assertion = fields.String(required=True, validate=validate.OneOf(ASSERTIONS))
    experiencer = fields.String(required=True, validate=validate.OneOf(EXPERIENCERS))
    therapy_linked = fields.Boolean(required=True)
    section = fields.String(required=True, allow_none=True)
    rule = fields.String(required=True)
    message = fields.String(required=True)
    prompt_ids = fields.List(fields.String(), required=True)
    context_cues = fields.List(
        fields.Nested(ContextCueSchema),
        required=True,
        metadata={"description": "The words that decided assertion, experiencer and linkage."},
    )


class SummarySchema(Schema):
    level = fields.String(required=True, validate=validate.OneOf(LEVELS))
    score = fields.Float(required=True)
    labels = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        required=True,
        metadata={"description": "Present, client annotations per label."},
    )
    therapy_linked = fields.Integer(required=True)
    risk = fields.Boolean(required=True)


class PromptSchema(Schema):
    id = fields.String(required=True)
    strategy = fields.String(required=True)
    text = fields.String(required=True)
    labels = fields.List(fields.String(), required=True)


class MetaSchema(Schema):
    taxonomy = fields.String(required=True)
    version = fields.String(required=True)
    offsets = fields.String(required=True, validate=validate.OneOf(OFFSETS))
    elapsed_ms = fields.Float(required=True)


class AnnotateResponseSchema(ResponseSchema):
    annotations = fields.List(fields.Nested(AnnotationSchema), required=True)
    summary = fields.Nested(SummarySchema, required=True)
    prompts = fields.List(fields.Nested(PromptSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class BatchResultSchema(Schema):
    id = fields.String(required=True)
    annotations = fields.List(fields.Nested(AnnotationSchema), required=True)
    summary = fields.Nested(SummarySchema, required=True)
    prompts = fields.List(fields.Nested(PromptSchema), required=True)


class BatchResponseSchema(ResponseSchema):
    results = fields.List(fields.Nested(BatchResultSchema), required=True)
    meta = fields.Nested(MetaSchema, required=True)


class LabelSchema(Schema):
    id = fields.String(required=True)
    family = fields.String(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    colour = fields.String(required=True, metadata={"description": "Display colour, #rrggbb."})


class TaxonomySchema(ResponseSchema):
    version = fields.String(required=True)
    labels = fields.List(fields.Nested(LabelSchema), required=True)


class PromptCatalogueSchema(ResponseSchema):
    prompts = fields.List(fields.Nested(PromptSchema), required=True)


class StatusSchema(ResponseSchema):
    status = fields.String(required=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String()
    errors = fields.Dict(metadata={"description": "Per-field messages, for 413 and 422."})
