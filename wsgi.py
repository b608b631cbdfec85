"""WSGI entry point: `gunicorn -c gunicorn.conf.py wsgi:app` (see Procfile).

Importing it builds the app and loads the pipeline, so with gunicorn's
`preload_app` both happen once, in the master, before the workers fork.
"""

from service import create_app
from service.health import warm_up

app = create_app()
warm_up()
