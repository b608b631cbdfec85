"""`GET /demo`: a notes editor running the extension's own overlay code against `/ext/v1`.

The shared script is served from the extension's folder, so the demo and the
extension cannot drift apart.
"""

from importlib import resources

from flask import Blueprint, render_template, send_from_directory

bp = Blueprint(
    "demo",
    __name__,
    static_folder="static",
    static_url_path="/demo/static",
    template_folder="templates",
)


@bp.get("/demo")
def demo():
    """The demo editor page."""
    return render_template("extension_api/demo.html")


@bp.get("/demo/attune.js")
def overlay_script():
    """The extension's content-script core, shared with the demo."""
    folder = resources.files("extension_api").joinpath("extension")
    return send_from_directory(str(folder), "attune.js", mimetype="text/javascript")
