"""gunicorn settings, read by the Procfile: `gunicorn -c gunicorn.conf.py wsgi:app`."""

import gc
import logging
import os

from service.config import load as _load  # not `config`: gunicorn reads that name as a setting

_settings = _load()

bind = f"0.0.0.0:{_settings['PORT']}"
workers = _settings["WEB_CONCURRENCY"]

# Load the app and the spaCy pipeline once in the master; workers share its pages.
preload_app = True

# nlp.annotate drops each note's words from spaCy's vocabulary when it returns (a memory
# zone): a worker grew by 6 MB over 6,000 annotate requests with new words in each.
# Replacing each worker after about 10,000 requests, forked afresh from the master, is
# defence in depth against any other slow growth. (At 500, under load a worker was
# replaced every few seconds, each time paying a fork and a slower first request.)
max_requests = 10_000
max_requests_jitter = 1_000

# Heroku's router gives up after 30 s; answer (or fail) before it does.
timeout = 25
graceful_timeout = 20
keepalive = 5

# Access log: method, path without query string, status, size, duration. Never bodies.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = logging.getLevelName(_settings["LOG_LEVEL"]).lower()

# No control socket: nothing written to $HOME, nothing to clash between instances.
control_socket_disable = True

# Each worker's heartbeat (a file the master watches) in memory, not on a disk that can stall.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"


def when_ready(server):
    """Before the first fork: move every loaded object out of the collector's reach.

    Otherwise the collector's writes to object headers in each worker would copy the
    shared pages one by one (copy-on-write).
    """
    gc.freeze()
