"""Request and response bodies of `/ext/v1`, as marshmallow schemas.

Shapes shared with `/v1` (summary, prompts, labels, context cues, meta) are reused from
`service.schemas`, so both APIs describe them the same way.
"""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from service.schemas import (
    ContextCueSchema,
    LabelSchema,
    MetaSchema,
    PromptSchema,
    StrictBoolean,
    SummarySchema,
)


class ParagraphSchema(Schema):
    key = fields.String(
        required=True,
        validate=validate.Length(1, 64),
        metadata={"description": "Chosen by the client, echoed in the answer."},
    )
    text = fields.String(
        required=True,
        validate=validate.Length(min=1, error="Must not be empty."),
        metadata={"description": "One paragraph (line) of the note."},
    )


class CheckRequestSchema(Schema):
    paragraphs = fields.List(
        fields.Nested(ParagraphSchema),
        required=True,
        validate=validate.Length(min=1, error="Send at least one paragraph."),
        metadata={"description": "Only the paragraphs that changed; with `full`, all of them."},
    )
    full = StrictBoolean(
        load_default=False,
        metadata={"description": "The paragraphs are the whole note, in order: add its summary."},
    )

    @validates_schema
    def unique_keys(self, data, **kwargs):
        keys = [p["key"] for p in data["paragraphs"]]
        if len(set(keys)) != len(keys):
            raise ValidationError("Paragraph keys must be unique.", "paragraphs")


class CardPromptSchema(Schema):
    id = fields.String(required=True)
    strategy = fields.String(required=True)
    text = fields.String(required=True)


class MarkSchema(Schema):
    """One annotation, in UTF-16 offsets of its paragraph, with what the hover card shows."""

    id = fields.String(required=True)
    start = fields.Integer(
        required=True, metadata={"description": "UTF-16 offset in the paragraph."}
    )
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    label = fields.String(required=True)
    title = fields.String(required=True)
    assertion = fields.String(required=True)
    experiencer = fields.String(required=True)
    therapy_linked = fields.Boolean(required=True)
    quiet = fields.Boolean(
        required=True, metadata={"description": "Not a present, client mark: shown greyed."}
    )
    risk = fields.Boolean(required=True)
    context = fields.String(required=True, metadata={"description": "The assertion, in words."})
    message = fields.String(required=True)
    prompts = fields.List(fields.Nested(CardPromptSchema), required=True)
    context_cues = fields.List(fields.Nested(ContextCueSchema), required=True)


class ParagraphResultSchema(Schema):
    key = fields.String(required=True)
    marks = fields.List(fields.Nested(MarkSchema), required=True)


class CheckResponseSchema(Schema):
    paragraphs = fields.List(fields.Nested(ParagraphResultSchema), required=True)
    summary = fields.Nested(SummarySchema, metadata={"description": "Only with `full`."})
    prompts = fields.List(
        fields.Nested(PromptSchema), metadata={"description": "Only with `full`."}
    )
    meta = fields.Nested(MetaSchema, required=True)


class LimitsSchema(Schema):
    max_paragraphs = fields.Integer(required=True)
    max_paragraph_chars = fields.Integer(required=True)
    max_note_chars = fields.Integer(required=True)


class ConfigSchema(Schema):
    taxonomy = fields.String(required=True)
    version = fields.String(required=True)
    labels = fields.List(fields.Nested(LabelSchema), required=True)
    prompts = fields.List(fields.Nested(PromptSchema), required=True)
    assertions = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        required=True,
        metadata={"description": "Each assertion, and `other` (experiencer), in words."},
    )
    debounce_ms = fields.Integer(required=True)
    limits = fields.Nested(LimitsSchema, required=True)
