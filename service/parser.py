"""Reading request bodies: a JSON object or a clear 415/400, before any schema runs.

Use `service.parser.Blueprint` instead of flask-smorest's so a wrong
Content-Type is 415 and a body that is not a JSON object is 400 (webargs alone
would answer both with a 422 about missing fields), and the OpenAPI document
lists those answers, and 413, for every endpoint that reads a body.
"""

from http import HTTPStatus

import flask_smorest
from flask.json.provider import DefaultJSONProvider
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import BadRequest

from service.errors import abort

BODY_ERRORS = (
    HTTPStatus.BAD_REQUEST,
    HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
)


class JSONProvider(DefaultJSONProvider):
    """Flask's JSON, with a body nested too deeply to parse (50,000 arrays: Python's
    RecursionError) read as invalid JSON, so every `request.get_json` answers it as one."""

    sort_keys = False  # keep the schemas' field order

    def loads(self, s, **kwargs):
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


class JsonObjectParser(FlaskParser):
    def load_json(self, req, schema):
        if not req.is_json:
            abort(415, "Send the body as Content-Type: application/json.")
        try:
            data = req.get_json()  # cached for the audit line (service.audit)
        except BadRequest:  # not JSON, not UTF-8/16/32, or nested too deeply (JSONProvider)
            abort(400, "The body is not valid JSON.")
        if not isinstance(data, dict):
            abort(400, "The body must be a JSON object.")
        return data


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = JsonObjectParser()

    def arguments(self, schema, **kwargs):
        """`flask_smorest.Blueprint.arguments`, also documenting the body's 400, 413 and 415.

        Given a schema class, it makes the instance once here: webargs would make one
        per request.
        """
        if isinstance(schema, type):
            schema = schema()
        parse = super().arguments(schema, **kwargs)

        def decorator(view):
            view = parse(view)
            for status in BODY_ERRORS:
                view = self.alt_response(status, response=status.name)(view)
            return view

        return decorator
