"""The real server: the Procfile's command, on a free port, stopped with SIGTERM."""

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from service import config

SENTINEL = "Quokkaplinth"
NOTE = f"S: Client {SENTINEL} felt misunderstood and withdrew 😶 after the session."


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def procfile_argv(root):
    """The `web:` command of the Procfile, run with this virtualenv's executables."""
    line = next(x for x in (root / "Procfile").read_text().splitlines() if x.startswith("web:"))
    argv = shlex.split(line.removeprefix("web:"))
    return [str(Path(sys.executable).with_name(argv[0])), *argv[1:]]


def wait_ready(base, proc, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "gunicorn exited while starting"
        try:
            if requests.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.25)
    pytest.fail("gunicorn was not ready in time")


@pytest.mark.slow
def test_procfile_serves_and_stops_cleanly(pytestconfig, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {v.name for v in config.VARIABLES}}
    env.update(PORT=str(port), WEB_CONCURRENCY="2", LOG_LEVEL="DEBUG", PYTHONUNBUFFERED="1")
    output = tmp_path / "gunicorn.log"
    with output.open("w") as out:
        proc = subprocess.Popen(
            procfile_argv(pytestconfig.rootpath),
            cwd=pytestconfig.rootpath,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc)
        response = requests.post(
            f"{base}/v1/annotate?offsets={SENTINEL}", json={"text": NOTE, "offsets": "utf16"}
        )
        assert response.status_code == 200
        body = response.json()
        labels = {a["label"] for a in body["annotations"]}
        assert {"cause.alliance", "sign.withdrawal"} <= labels
        utf16 = NOTE.encode("utf-16-le")
        for a in body["annotations"]:
            assert utf16[2 * a["start"] : 2 * a["end"]].decode("utf-16-le") == a["text"]
        bad = requests.post(f"{base}/v1/annotate", json={"text": NOTE, "labels": [SENTINEL]})
        assert bad.status_code == 422
        assert SENTINEL not in bad.text
    finally:
        proc.send_signal(signal.SIGTERM)
        exit_code = proc.wait(timeout=60)
    log = output.read_text()
    assert exit_code == 0, log
    assert log.count("Booting worker") == 2
    assert log.count("smoke annotation passed") == 1, "the pipeline loads once, in the master"
    assert '"POST /v1/annotate" 200' in log, "the access log has method, path and status"
    assert "Shutting down: Master" in log
    assert SENTINEL not in log
