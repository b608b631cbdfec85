"""HTTP load and fault benchmark: gunicorn with 2 workers on loopback, driven by wrk.

    .venv/bin/python bench/http_bench.py [--seconds 5] [--rounds 3] [--connections 16]

One run, in order, against one server started with the Procfile's gunicorn settings
but bound to 127.0.0.1 only (auth on, rate limiter on with a high limit):

1. throughput and p50/p99 of GET /healthz and of POST /v1/annotate with ~280-word
   notes, both with wrk at the same connection count, after a short warm-up of each;
   the two alternate for `rounds` rounds so that a drift in this machine's speed hits
   both alike, and each figure is the median over rounds (every round is kept too).
   Next to each: the server's CPU time per request (master and workers, which noise
   from other processes disturbs less than throughput) and wrk's own CPU time, since
   wrk shares the cores with the server;
2. total RSS (and PSS) of master + workers after that load;
3. pathological notes, one request each: latency per input;
4. kill -9 of one worker under load (a Python client tagging every request with an
   X-Request-ID): failed requests, and how long until the master replaced it;
5. SIGTERM to the master under load: requests the workers had taken must all finish;
   the exit code and the time to exit.

Prints a summary and writes it to build/bench-http.json. Stops by itself (alarm).
"""

import argparse
import hashlib
import http.client
import json
import os
import random
import re
import resource
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-" + os.urandom(8).hex()
HEADERS = {"Content-Type": "application/json", "Authorization": f"Bearer {KEY}"}

OPENINGS = [
    "S: Client arrived ten minutes late and sat near the door.",
    "S: Client reports a difficult week at work and poor sleep.",
    "S: Client said the last session stayed with her for days.",
    "S: Client described an argument with his partner on Sunday.",
]
BODY = [
    "She said she felt misunderstood when we talked about her father.",
    "He withdrew when the exposure work came up and gave short answers.",
    "Client cancelled the Thursday appointment and did not reschedule.",
    "She did not complete the thought record this week.",
    "He said therapy is not helping and wondered whether to stop.",
    "Client reports more panic attacks since we began the exposure hierarchy.",
    "She felt frustrated with me when I returned to the goal list.",
    "He was quiet for long stretches and looked at the clock.",
    "Client denies SI/HI and denies any plan or intent.",
    "Her mother feels misunderstood by the family, client said.",
    "He described headaches after each session for the past two weeks.",
    "She asked whether I really understand what it is like for her.",
    "Client was engaged for most of the hour and offered examples.",
    "He laughed off the homework and changed the subject to his brother.",
    "She reported she is afraid things will get worse if she changes.",
    "Client said he no longer avoids the supermarket on weekends.",
    "If she feels overwhelmed she will use the grounding card.",
    "As a child he rarely spoke about feelings at home.",
]
CLOSINGS = [
    "A: Possible alliance strain around the pace of exposure work.",
    "A: Mixed engagement; rupture markers around homework and attendance.",
    "P: Invite feedback on the work next session and review the plan together.",
    "P: Slow the pace, check in about the relationship, continue weekly sessions.",
]


def make_notes(count=40, words=280, seed=7):
    """Realistic SOAP-style notes of about `words` words, from the sentences above."""
    rng = random.Random(seed)
    notes = []
    for _ in range(count):
        parts = [rng.choice(OPENINGS)]
        while sum(len(p.split()) for p in parts) < words - 25:
            parts.append(rng.choice(BODY))
        parts += rng.sample(CLOSINGS, 2)
        notes.append(" ".join(parts))
    return notes


def pathological_notes():
    nested = "withdrew"
    for depth in range(400):
        quote = '"' if depth % 2 else "'"
        nested = f"she said {quote}{nested}{quote}"
    return {
        "20,000 chars, no spaces or punctuation": "".join(
            random.Random(1).choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20_000)
        ),
        "5,000 repeated trigger words (45,000 chars)": " ".join(["withdrew"] * 5_000),
        "5,000 short triggers 'SI' (15,000 chars)": " ".join(["SI"] * 5_000),
        "1,000 x 'denies withdrawing', one sentence (19,000 chars)": " ".join(
            ["denies withdrawing"] * 1_000
        ),
        "400 levels of nested quotes": nested,
        "10,000 line breaks with headers": "S:\nwithdrew\n" * 2_500,
    }


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def memory_kib(pids):
    def field(pid, name, file):
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
        return 0

    return (
        sum(field(p, "VmRSS", "status") for p in pids),
        sum(field(p, "Pss", "smaps_rollup") for p in pids),
    )


def call(port, method, path, body=None, request_id=None, timeout=10):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = dict(HEADERS)
    if request_id:
        headers["X-Request-ID"] = request_id
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def start_server(port, out):
    line = next(x for x in (ROOT / "Procfile").read_text().splitlines() if x.startswith("web:"))
    argv = shlex.split(line.removeprefix("web:"))
    argv[0] = str(Path(sys.executable).with_name(argv[0]))
    argv += ["--bind", f"127.0.0.1:{port}", "--workers", "2"]  # loopback only
    env = {
        **os.environ,
        "APP_ENV": "production",
        "API_KEYS": "bench=sha256:" + hashlib.sha256(KEY.encode()).hexdigest(),
        "RATE_LIMIT": "1000000/minute",
        "MAX_TEXT_CHARS": "60000",
        "LOG_LEVEL": "WARNING",
    }
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if call(port, "GET", "/readyz", timeout=2)[0] == 200:
                return proc
        except OSError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("gunicorn did not become ready")


def listening_addresses(port):
    """Every local address something listens on at `port` (from /proc/net/tcp*)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def cpu_seconds(pid):
    """CPU time of a gunicorn master, its live workers and the workers it has reaped."""

    def times(p, count):  # utime, stime[, cutime, cstime]: fields 14 to 17 of /proc/p/stat
        try:
            after_name = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # a worker that just exited: its master counts it once reaped
            return 0
        return sum(int(x) for x in after_name[11 : 11 + count])

    ticks = times(pid, 4) + sum(times(child, 2) for child in children(pid))
    return ticks / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wrk(server_pid, port, path, seconds, connections, script=None):
    """One wrk run: throughput, latency, errors, and the CPU time the server and wrk used."""
    argv = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        argv += ["-s", script]
    else:
        argv += ["-H", f"Authorization: Bearer {KEY}"]
    server_before, wrk_before = cpu_seconds(server_pid), children_cpu_seconds()
    out = subprocess.run(
        [*argv, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=True,
    ).stdout
    wrk_cpu = children_cpu_seconds() - wrk_before
    server_cpu = cpu_seconds(server_pid) - server_before

    def ms(text):
        value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)$", out, re.M)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": round(ms(percentiles["50"]), 2),
        "p99_ms": round(ms(percentiles["99"]), 2),
        "requests": requests,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1) if errors else "none",
        "server_cpu_ms_per_request": round(server_cpu * 1000 / max(requests, 1), 3),
        "wrk_cpu_s": round(wrk_cpu, 2),
    }


def throughput(port, server_pid, script, seconds, rounds, connections):
    """healthz and annotate, alternating for `rounds` rounds: medians, and every round."""
    endpoints = {"healthz": ("/healthz", None), "annotate": ("/v1/annotate", script)}
    for path, lua in endpoints.values():  # warm-up: both workers, both routes
        wrk(server_pid, port, path, 2, connections, lua)
    runs = {name: [] for name in endpoints}
    for _ in range(rounds):
        for name, (path, lua) in endpoints.items():
            runs[name].append(wrk(server_pid, port, path, seconds, connections, lua))
    results = {}
    for name, figures in runs.items():
        results[name] = {
            key: round(statistics.median(f[key] for f in figures), 3)
            for key in ("requests_per_s", "p50_ms", "p99_ms", "server_cpu_ms_per_request")
        }
        results[name]["non_2xx"] = sum(f["non_2xx"] for f in figures)
        results[name]["socket_errors"] = sorted({f["socket_errors"] for f in figures})
    pairs = zip(runs["healthz"], runs["annotate"], strict=True)
    ratios = [a["requests_per_s"] / h["requests_per_s"] for h, a in pairs]
    results["annotate_over_healthz"] = round(statistics.median(ratios), 3)
    results["each_round"] = runs
    return results


def wrk_script(notes, folder):
    bodies = ",\n".join(f"[==[{json.dumps({'text': n})}]==]" for n in notes)
    script = Path(folder) / "annotate.lua"
    script.write_text(
        f"local bodies = {{\n{bodies}\n}}\nlocal i = 0\n"
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/json"\n'
        f'wrk.headers["Authorization"] = "Bearer {KEY}"\n'
        "request = function()\n  i = i % #bodies + 1\n"
        '  return wrk.format(nil, "/v1/annotate", nil, bodies[i])\nend\n'
    )
    return str(script)


class Load:
    """`connections` threads posting notes until stopped; every request tagged and timed."""

    def __init__(self, port, notes, connections, tag):
        self.port, self.notes, self.tag = port, notes, tag
        self.records = []  # (request id, started, finished, outcome)
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(connections)
        ]

    def _run(self, worker):
        n = 0
        while not self.stop.is_set():
            n += 1
            request_id = f"{self.tag}-{worker}-{n}"
            body = json.dumps({"text": self.notes[n % len(self.notes)]})
            started = time.monotonic()
            try:
                status, _ = call(self.port, "POST", "/v1/annotate", body, request_id)
                outcome = "ok" if status == 200 else f"http {status}"
            except ConnectionRefusedError:
                outcome = "refused"
                time.sleep(0.05)
            except OSError as exc:
                outcome = type(exc).__name__
            except http.client.HTTPException as exc:
                outcome = type(exc).__name__
            with self.lock:
                self.records.append((request_id, started, time.monotonic(), outcome))

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=15)

    def in_flight_at(self, moment):
        return [r for r in self.records if r[1] <= moment < r[2]]

    def failures(self):
        return [r for r in self.records if r[3] not in ("ok", "refused")]


def kill_a_worker(proc, port, notes, connections):
    before = children(proc.pid)
    with Load(port, notes, connections, "kill") as load:
        time.sleep(2)
        victim = before[0]
        killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        replaced_after = None
        while time.monotonic() - killed_at < 20:
            now = children(proc.pid)
            if len(now) == len(before) and victim not in now:
                replaced_after = time.monotonic() - killed_at
                break
            time.sleep(0.02)
        time.sleep(2)
    return {
        "requests": len(load.records),
        "in_flight_at_kill": len(load.in_flight_at(killed_at)),
        "failed": len(load.failures()),
        "failures": sorted({r[3] for r in load.failures()}),
        "replaced_after_s": round(replaced_after, 2) if replaced_after else None,
        "workers_after": len(children(proc.pid)),
    }


def terminate_under_load(proc, port, notes, connections, log_path):
    with Load(port, notes, connections, "term") as load:
        time.sleep(1.5)
        term_at = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            code = None
        exited_after = time.monotonic() - term_at
    handled = set()  # request ids a worker answered (the audit line is written then)
    for line in Path(log_path).read_text().splitlines():
        if line.startswith('{"event":"request"'):
            handled.add(json.loads(line)["request_id"])
    in_flight = load.in_flight_at(term_at)
    taken = [r for r in in_flight if r[0] in handled]
    return {
        "in_flight_at_sigterm": len(in_flight),
        "taken_by_a_worker": len(taken),
        "taken_and_finished_ok": sum(r[3] == "ok" for r in taken),
        "queued_not_taken_and_dropped": sum(r[3] != "ok" for r in in_flight if r not in taken),
        "exit_code": code,
        "exited_after_s": round(exited_after, 2),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="per endpoint and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    signal.alarm(2 * args.rounds * (args.seconds + 30) + 240)  # the whole run is bounded

    notes = make_notes()
    words = sum(len(n.split()) for n in notes) / len(notes)
    port = free_port()
    results = {
        "connections": args.connections,
        "seconds": args.seconds,
        "rounds": args.rounds,
        "note_words": words,
    }
    with tempfile.TemporaryDirectory() as folder:
        log_path = Path(folder) / "gunicorn.log"
        with open(log_path, "wb") as log:
            proc = start_server(port, log)
        try:
            results["listening_on"] = sorted(listening_addresses(port))
            if results["listening_on"] != ["0100007F"]:  # 127.0.0.1, little-endian hex
                raise SystemExit(f"not loopback only: {results['listening_on']}")
            script = wrk_script(notes, folder)
            results.update(
                throughput(port, proc.pid, script, args.seconds, args.rounds, args.connections)
            )
            rss, pss = memory_kib([proc.pid, *children(proc.pid)])
            results["memory_mb"] = {"rss_total": round(rss / 1024), "pss_total": round(pss / 1024)}
            results["pathological_ms"] = {}
            for name, text in pathological_notes().items():
                body = json.dumps({"text": text})
                timings = []
                for _ in range(2):
                    started = time.perf_counter()
                    status, _ = call(port, "POST", "/v1/annotate", body, timeout=30)
                    timings.append((time.perf_counter() - started) * 1000)
                results["pathological_ms"][name] = {"status": status, "max_ms": round(max(timings))}
            results["kill_9_worker"] = kill_a_worker(proc, port, notes, args.connections)
            results["sigterm"] = terminate_under_load(proc, port, notes, args.connections, log_path)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    print(json.dumps(results, indent=2))
    out = ROOT / "build" / "bench-http.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
