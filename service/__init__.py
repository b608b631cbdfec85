"""Attune's HTTP service: `create_app()` builds the Flask app from the environment."""
