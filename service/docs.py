"""`GET /docs`: the OpenAPI document rendered as one self-contained HTML page.

Rendered on the server from the same spec as `/openapi.json`, so it works
offline and without JavaScript.
"""

from flask import Blueprint, current_app, render_template

bp = Blueprint("docs", __name__)


@bp.get("/docs")
def docs():
    """The API reference page."""
    spec = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    return render_template("docs.html", spec=spec)
