"""Time and peak memory of ``newsbrief brief`` on each hostile input of issue 16.

Each case runs in its own subprocess under hard limits (1.5 GB of address space, 60 s) and the
table gives its exit code, wall time, peak resident memory of the command (its own VmHWM, read as
it exits) and of the worker process it briefs in (``newsbrief.worker``; the largest of its reaped
children), and the first words of its message. The file cases are ``tests/hostile/cases.py``; the
network cases are served from 127.0.0.1 (a stacked gzip bomb, a server trickling its headers).

    PYTHONPATH=src python benchmarks/hostile_cases.py [--only NAME-PART]

Targets (issue 16): every case under 10 s and 1 GB.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.cases import CASES, prose  # noqa: E402 - the repository root is put on the path first
from tests.hostile.trickle import trickling_server  # noqa: E402

ADDRESS_SPACE = 1536 * 1024 * 1024
TIMEOUT = 60
# Runs the CLI in the child, then reports the child's own peak RSS on stderr's last line.
WRAPPER = """
import re, resource, sys
from newsbrief.cli import main
from newsbrief.worker import shared_pool
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
shared_pool().close()  # the worker exits and is reaped, so its peak is counted among the children
with open("/proc/self/status") as status:
    peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write(f"\\n@peak_kb {peak} {worker}\\n")
sys.exit(code)
"""


def limited() -> None:
    """Cap the child's address space before it starts."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run(argv: list[str], env: dict[str, str]) -> tuple[str, float, float, float, str]:
    """Exit code, seconds, peak MB of the command and of its worker, and the message's first words."""
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, "-c", WRAPPER, *argv], capture_output=True, text=True,
                                timeout=TIMEOUT, preexec_fn=limited, env=env)
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started, float("nan"), float("nan"), f"killed after {TIMEOUT} s"
    took = time.monotonic() - started
    peak = re.search(r"@peak_kb (\d+) (\d+)", result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("@peak_kb")]
    message = lines[-1] if lines else (result.stdout.splitlines() or [""])[0]
    if not peak:
        return str(result.returncode), took, float("nan"), float("nan"), message[:90]
    return str(result.returncode), took, int(peak.group(1)) / 1024, int(peak.group(2)) / 1024, message[:90]


def _stacked(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    inner = b"".join([*(packer.compress(block) for _ in range(size // len(block))), packer.flush()])
    return gzip.compress(inner, 9)


class _Pages(BaseHTTPRequestHandler):
    stacked = b""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip, gzip")
        self.send_header("Content-Length", str(len(self.stacked)))
        self.end_headers()
        self.wfile.write(self.stacked)


def main() -> None:
    """Run every case and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the cases whose name contains this")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsbrief-hostile-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSBRIEF_CONFIG": str(folder / "none.toml")}
    rows = []
    jobs: list[tuple[str, list[str], dict[str, str]]] = []
    for case in CASES:
        path = folder / case.filename
        path.write_bytes(case.make())
        jobs.append((case.name, ["brief", str(path)], env))
    at_limit = folder / "at-limit.txt"
    at_limit.write_text(prose(9_500))
    jobs.append(("9,500 words of prose (under the 10,000 limit)", ["brief", str(at_limit)], env))
    # Inside the input limits but past the time limit: the worker is stopped, the message says so.
    jobs.append(("9,500 words with brief_timeout 1 s", ["brief", str(at_limit)],
                 {**env, "NEWSBRIEF_BRIEF_TIMEOUT": "1"}))

    _Pages.stacked = _stacked(2 * 1024 * 1024 * 1024)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    jobs.append((f"gzip, gzip bomb ({len(_Pages.stacked):,} bytes -> 2 GB)",
                 ["brief", f"http://127.0.0.1:{httpd.server_address[1]}/", "--allow-private"], env))
    with trickling_server(lines=600, interval=0.25) as trickler:
        jobs.append(("headers trickled (fetch_deadline 5 s)",
                     ["brief", f"http://127.0.0.1:{trickler}/", "--allow-private"],
                     {**env, "NEWSBRIEF_FETCH_DEADLINE": "5"}))
        for name, argv, job_env in jobs:
            if args.only and args.only not in name:
                continue
            code, took, peak, worker, message = run(argv, job_env)
            rows.append((name, code, took, peak, worker, message))
            print(f"{name:48} exit {code:>7}  {took:6.1f} s  {peak:5.0f} + {worker:5.0f} MB  {message}", flush=True)
    httpd.shutdown()
    print("\n| case | exit | time (s) | peak RSS command (MB) | peak RSS worker (MB) | message |")
    print("|---|---|---|---|---|---|")
    for name, code, took, peak, worker, message in rows:
        print(f"| {name} | {code} | {took:.1f} | {peak:.0f} | {worker:.0f} | {message.replace('|', '/')} |")


if __name__ == "__main__":
    main()
