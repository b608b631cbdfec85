"""WSGI entry point: `gunicorn -c gunicorn.conf.py wsgi:app` (see Procfile)."""

from service import create_app

app = create_app()
