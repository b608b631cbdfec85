"""Liveness and readiness, and the warm-up that makes a process ready."""

import logging
import threading

import nlp
from service import schemas
from service.errors import abort
from service.parser import Blueprint

bp = Blueprint("health", __name__, description="Liveness and readiness probes.")
log = logging.getLogger(__name__)

SMOKE_NOTE = "Client felt misunderstood and withdrew after the session. Denies SI."

_ready = threading.Event()


def warm_up() -> bool:
    """Load the pipeline and check one annotation; the process is ready once this passed."""
    try:
        nlp.load()
        result = nlp.annotate(SMOKE_NOTE)
        problems = schemas.AnnotateResponseSchema().validate(result)
        if problems or not result["annotations"]:
            raise RuntimeError(f"unexpected smoke annotation: {problems or 'none found'}")
    except Exception:
        log.exception("warm-up failed; /readyz stays 503")
        return False
    _ready.set()
    log.info("pipeline loaded and smoke annotation passed: ready")
    return True


@bp.get("/healthz")
@bp.response(200, schemas.StatusSchema)
def healthz():
    """200 while the process lives."""
    return {"status": "ok"}


@bp.get("/readyz")
@bp.response(200, schemas.StatusSchema)
@bp.alt_response(
    503,
    schema=schemas.ProblemSchema,
    content_type="application/problem+json",
    description="Pipeline not loaded yet.",
)
def readyz():
    """200 once the pipeline is loaded and a smoke annotation passed, 503 before."""
    if not _ready.is_set():
        abort(503, "The pipeline is not loaded yet.", headers={"Retry-After": "5"})
    return {"status": "ready"}
