"""The notes-editor extension's API, `/ext/v1`: its settings, and checking paragraphs."""

from flask import current_app

import nlp
from extension_api import marks
from extension_api.schemas import CheckRequestSchema, CheckResponseSchema, ConfigSchema
from service.errors import abort
from service.parser import Blueprint

bp = Blueprint(
    "ext_v1", __name__, url_prefix="/ext/v1", description="For the notes-editor extension."
)


@bp.get("/config")
@bp.response(200, ConfigSchema)
def config():
    """Labels, prompts, wording, debounce and limits, so the extension hard-codes nothing."""
    return {
        "taxonomy": nlp.TAXONOMY_VERSION,
        "version": nlp.__version__,
        "labels": nlp.taxonomy(),
        "prompts": nlp.prompt_catalogue(),
        "assertions": marks.wording(),
        "debounce_ms": current_app.config["EXT_DEBOUNCE_MS"],
        "limits": limits(),
    }


@bp.post("/check")
@bp.arguments(CheckRequestSchema)
@bp.response(200, CheckResponseSchema)
def check(args):
    """Marks for each paragraph sent (UTF-16 offsets); with `full`, the note's summary."""
    _check_limits(args["paragraphs"])
    return marks.check(args["paragraphs"], full=args["full"])


def limits():
    """What one check may hold, from the settings (see service/config.py)."""
    settings = current_app.config
    return {
        "max_paragraphs": settings["EXT_MAX_PARAGRAPHS"],
        "max_paragraph_chars": settings["EXT_MAX_PARAGRAPH_CHARS"],
        "max_note_chars": settings["MAX_TEXT_CHARS"],
    }


def _check_limits(paragraphs):
    """413 with per-field errors when a request holds too many or too long paragraphs."""
    most = limits()
    if len(paragraphs) > most["max_paragraphs"]:
        n = most["max_paragraphs"]
        abort(413, f"At most {n} paragraphs per request.", {"paragraphs": [f"Longer than {n}."]})
    n = most["max_paragraph_chars"]
    too_long = {
        i: {"text": [f"Longer than {n} characters."]}
        for i, p in enumerate(paragraphs)
        if len(p["text"]) > n
    }
    if too_long:
        abort(413, f"Paragraphs are limited to {n} characters.", {"paragraphs": too_long})
    n = most["max_note_chars"]
    if sum(len(p["text"]) for p in paragraphs) > n:
        abort(413, f"Notes are limited to {n} characters.", {"paragraphs": [f"Over {n} in all."]})
