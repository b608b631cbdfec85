"""Attune's detection pipeline: session note in, annotations, summary and prompts out.

No Flask here. The service and the tests call only the names exported below.
"""

from nlp.annotate import VERSION, annotate, assess_span
from nlp.labels import FAMILIES, LABELS, TAXONOMY_VERSION, taxonomy
from nlp.pipeline import get_nlp
from nlp.prompts import prompt_catalogue

__version__ = VERSION
__all__ = [
    "FAMILIES",
    "LABELS",
    "TAXONOMY_VERSION",
    "__version__",
    "annotate",
    "assess_span",
    "load",
    "prompt_catalogue",
    "taxonomy",
]


def load() -> None:
    """Build the pipeline once per process (cached); call it to warm up."""
    get_nlp()
