"""Reading request bodies: a JSON object or a clear 415/400, before any schema runs.

Use `service.parser.Blueprint` instead of flask-smorest's so a wrong
Content-Type is 415 and a body that is not a JSON object is 400 (webargs alone
would answer both with a 422 about missing fields).
"""

import json

import flask_smorest
from webargs.flaskparser import FlaskParser

from service.errors import abort


class JsonObjectParser(FlaskParser):
    def load_json(self, req, schema):
        if not req.is_json:
            abort(415, "Send the body as Content-Type: application/json.")
        try:
            data = json.loads(req.get_data(cache=True))
        except ValueError:  # also UnicodeDecodeError
            abort(400, "The body is not valid JSON.")
        if not isinstance(data, dict):
            abort(400, "The body must be a JSON object.")
        return data


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = JsonObjectParser()
