"""The integrators' API, `/v1`: annotate one note or a batch, read the catalogues."""

import time

from flask import current_app

import nlp
from service import schemas
from service.errors import abort
from service.parser import Blueprint

bp = Blueprint("v1", __name__, url_prefix="/v1", description="Annotate session notes.")


@bp.post("/annotate")
@bp.arguments(schemas.AnnotateRequestSchema)
@bp.response(200, schemas.AnnotateResponseSchema)
def annotate(args):
    """Annotate one session note."""
    _check_length(args["text"], "text")
    return nlp.annotate(args.pop("text"), **args)


@bp.post("/annotate/batch")
@bp.arguments(schemas.BatchRequestSchema)
@bp.response(200, schemas.BatchResponseSchema)
def annotate_batch(args):
    """Annotate up to MAX_BATCH_NOTES notes, answered in request order."""
    notes = args.pop("notes")
    limit = current_app.config["MAX_BATCH_NOTES"]
    if len(notes) > limit:
        abort(413, f"At most {limit} notes per batch.", {"notes": [f"More than {limit} notes."]})
    for i, note in enumerate(notes):
        _check_length(note["text"], "notes", i)
    started = time.perf_counter()
    results = [{"id": note["id"], **nlp.annotate(note["text"], **args)} for note in notes]
    elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    return {"results": results, "meta": {**results[0]["meta"], "elapsed_ms": elapsed_ms}}


@bp.get("/taxonomy")
@bp.response(200, schemas.TaxonomySchema)
def taxonomy():
    """The label catalogue: id, family, title, description, display colour."""
    return {"version": nlp.TAXONOMY_VERSION, "labels": nlp.taxonomy()}


@bp.get("/prompts")
@bp.response(200, schemas.PromptCatalogueSchema)
def prompts():
    """The prompt catalogue: id, strategy, text, labels."""
    return {"prompts": nlp.prompt_catalogue()}


def _check_length(text, field, index=None):
    limit = current_app.config["MAX_TEXT_CHARS"]
    if len(text) > limit:
        message = [f"Longer than {limit} characters."]
        errors = {field: message if index is None else {index: {"text": message}}}
        abort(413, f"Notes are limited to {limit} characters.", errors)
