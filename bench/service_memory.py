"""Memory of the production server: gunicorn master + workers after warm-up.

Starts the Procfile's command on a free port with WEB_CONCURRENCY workers (default 2),
waits for /readyz, sends warm-up requests, then reads /proc for each process:
RSS (what `ps` shows; shared pages counted once per process) and PSS (shared pages
split between the processes sharing them: the sum is the real footprint).

    .venv/bin/python bench/service_memory.py [--requests 200]
"""

import argparse
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

NOTE = (
    "S: Client said she felt misunderstood last session and withdrew when we discussed her "
    "father. She cancelled the next appointment and has had headaches since. Denies SI. "
    "P: Invite feedback about the work; explore fear of change next session."
)


def kib(pid, field, path="status"):
    for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    root = Path(__file__).resolve().parent.parent
    line = next(x for x in (root / "Procfile").read_text().splitlines() if x.startswith("web:"))
    argv = shlex.split(line.removeprefix("web:"))
    argv[0] = str(Path(sys.executable).with_name(argv[0]))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PORT": str(port), "LOG_LEVEL": "WARNING", "RATE_LIMIT": ""}
    env.setdefault("WEB_CONCURRENCY", "2")

    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=root, env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            if proc.poll() is not None or time.monotonic() - started > 180:
                raise SystemExit("gunicorn did not become ready")
            try:
                if requests.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        ready_s = time.monotonic() - started
        session = requests.Session()
        for i in range(args.requests):
            body = {"text": f"{NOTE} ({i})", "offsets": "utf16" if i % 2 else "codepoint"}
            response = session.post(f"{base}/v1/annotate", json=body)
            response.raise_for_status()
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        pids = [proc.pid, *map(int, children)]
        rss = {pid: kib(pid, "VmRSS") for pid in pids}
        pss = {pid: kib(pid, "Pss", "smaps_rollup") for pid in pids}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    print(
        json.dumps(
            {
                "workers": len(pids) - 1,
                "ready_s": round(ready_s, 1),
                "warm_up_requests": args.requests,
                "rss_mb": {str(p): round(v / 1024, 1) for p, v in rss.items()},
                "rss_total_mb": round(sum(rss.values()) / 1024, 1),
                "pss_total_mb": round(sum(pss.values()) / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
