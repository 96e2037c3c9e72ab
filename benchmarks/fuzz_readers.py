"""Coverage-guided fuzzing of the HTML, feed, WARC and JSONL readers with atheris (issue 16).

Each target runs for ``--seconds`` in its own child process under libFuzzer (atheris: Google's
coverage-guided fuzzer for Python, on PyPI, the engine behind OSS-Fuzz's Python projects; it
instruments the bytecode of newsbrief, trafilatura, lxml's Python side, feedparser and warcio, so
inputs that reach new branches are kept and mutated further). A target calls the reader the
way a user's input reaches it and counts anything that is not a NewsbriefError as a crash:
each distinct crash (exception type and the line it was raised at) is written once, with the
smallest input that raised it, to ``--out``; the run goes on after a crash, so one run finds
several. The table gives executions, distinct crashes and executions per second.

    PYTHONPATH=src python benchmarks/fuzz_readers.py [--seconds 60] [--only html] [--out DIR]

Without atheris (``pip install 'newsbrief[fuzz]'``; it installs from a wheel on CPython 3.11 on
x86-64 Linux) the same targets run under hypothesis instead, without coverage guidance: random
and mutated inputs, no feedback. Never part of the test run: findings become tests in tests/fuzz/.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {
    "html": [(ROOT / "examples" / "nordic-cable.html").read_bytes(),
             b"<!doctype html><html><head><title>Bridge reopens</title><meta property='og:description' content="
             b"'Engineers reopened the bridge on Tuesday after the flood.'></head><body><article><h1>Bridge reopens"
             b"</h1><p>Engineers reopened the bridge on Tuesday.</p><ul><li>One</li></ul></article></body></html>"],
    "feed": [b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Gazette</title>'
             b"<item><title>Bridge</title><link>http://gazette.test/a</link><pubDate>Tue, 03 Feb 2026 10:00:00 GMT"
             b"</pubDate><description>&lt;p&gt;Engineers &#8217;reopened&#8217; it.&lt;/p&gt;</description></item>"
             b"</channel></rss>",
             b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><entry><title>Bridge</title>'
             b'<link href="/a"/><updated>2026-02-03T10:00:00Z</updated><content type="html">&lt;p&gt;x&lt;/p&gt;'
             b"</content></entry></feed>",
             b'{"version": "https://jsonfeed.org/version/1.1", "title": "Gazette", "items": [{"id": 1, "url": "/a",'
             b' "title": "Bridge", "content_text": "Engineers reopened it.", "date_published": "2026-02-03"}]}'],
    "jsonl": [b'{"text": "Engineers reopened the bridge.", "id": 7, "date": "2026-02-03", "title": "Bridge"}\n'
              b'{"html": "<p>x</p>", "url": "http://gazette.test/a"}\n[1, 2]\n'],
}


def _target_html() -> Callable[[bytes], None]:
    from newsbrief.ingest.extract import extract
    from newsbrief.models import RawDocument
    from newsbrief.settings import Settings

    settings = Settings(extract_timeout=5.0, min_words=5)

    def run(data: bytes) -> None:
        kind = ("text/html", "text/plain", None)[data[0] % 3] if data else None
        extract(RawDocument(data[1:], content_type=kind), settings)

    return run


def _target_feed() -> Callable[[bytes], None]:
    from newsbrief.ingest.feeds import looks_like_feed, parse_feed

    def run(data: bytes) -> None:
        looks_like_feed(data)
        parse_feed(data, "fuzz.xml", max_items=20)

    return run


def _target_warc() -> Callable[[bytes], None]:
    from newsbrief.ingest.warc import read_warc
    from newsbrief.settings import Settings

    path = Path(tempfile.mkdtemp(prefix="newsbrief-fuzz-")) / "fuzz.warc"
    settings = Settings(max_bytes=100_000)

    def run(data: bytes) -> None:
        path.write_bytes(data)
        for _ in read_warc(path, settings):
            pass

    return run


def _target_jsonl() -> Callable[[bytes], None]:
    from newsbrief.ingest.files import read_jsonl
    from newsbrief.settings import Settings

    path = Path(tempfile.mkdtemp(prefix="newsbrief-fuzz-")) / "fuzz.jsonl"
    settings = Settings(max_bytes=100_000)

    def run(data: bytes) -> None:
        path.write_bytes(data)
        for document in read_jsonl(path, settings):
            document.content.decode("utf-8")

    return run


TARGETS: dict[str, Callable[[], Callable[[bytes], None]]] = {
    "html": _target_html, "feed": _target_feed, "warc": _target_warc, "jsonl": _target_jsonl}


def _warc_seed() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://gazette.test/a", "response", http_headers=http,
                                                  payload=io.BytesIO(SEEDS["html"][1])))
    return out.getvalue()


class Recorder:
    """Counts executions and keeps each distinct crash once (its smallest input) in ``out``."""

    def __init__(self, target: str, out: Path) -> None:
        self.target, self.out, self.runs = target, out, 0
        self.crashes: dict[str, int] = {}
        out.mkdir(parents=True, exist_ok=True)

    def call(self, run: Callable[[bytes], None], data: bytes) -> None:
        """Run one input; a non-NewsbriefError is recorded, never raised."""
        from newsbrief.errors import NewsbriefError

        self.runs += 1
        try:
            run(data)
        except NewsbriefError:
            pass
        except Exception as exc:  # every other exception is a finding
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if key in self.crashes and self.crashes[key] <= len(data):
                return
            self.crashes[key] = len(data)
            name = f"{self.target}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"
            (self.out / f"{name}.input").write_bytes(data)
            (self.out / f"{name}.json").write_text(json.dumps(
                {"target": self.target, "crash": key, "message": str(exc)[:300], "size": len(data),
                 "traceback": traceback.format_exc()[-2000:]}, indent=1), encoding="utf-8")


def _fuzz_with_atheris(target: str, seconds: int, out: Path) -> None:
    """The child process: libFuzzer drives ``target`` for ``seconds`` (it exits the process itself)."""
    import atheris  # type: ignore[import-not-found, unused-ignore]

    with atheris.instrument_imports(include=["newsbrief", "trafilatura", "feedparser", "warcio", "justext",
                                             "htmldate", "courlan"]):
        run = TARGETS[target]()
    recorder = Recorder(target, out)
    corpus = Path(tempfile.mkdtemp(prefix=f"newsbrief-fuzz-{target}-"))
    for number, seed in enumerate(SEEDS.get(target, []) or ([_warc_seed()] if target == "warc" else [])):
        (corpus / f"seed-{number}").write_bytes(b"\x00" + seed if target == "html" else seed)

    def one_input(data: bytes) -> None:
        recorder.call(run, data)
        if recorder.runs % 500 == 0:
            _progress(out, target, recorder)

    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-rss_limit_mb=2048", "-timeout=30",
                   "-max_len=65536", str(corpus)], one_input)
    atheris.Fuzz()


def _progress(out: Path, target: str, recorder: Recorder) -> None:
    (out / f"{target}.progress.json").write_text(json.dumps({"runs": recorder.runs,
                                                              "crashes": sorted(recorder.crashes)}))


def _fuzz_with_hypothesis(target: str, seconds: int, out: Path) -> None:
    """Without atheris: hypothesis draws inputs (random bytes and mutated seeds) until the time is up."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    run = TARGETS[target]()
    recorder = Recorder(target, out)
    seeds = SEEDS.get(target, []) or [_warc_seed()]
    mutated = st.builds(lambda seed, at, junk: seed[:at] + junk + seed[at:], st.sampled_from(seeds),
                        st.integers(0, max(len(s) for s in seeds)), st.binary(max_size=64))

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=4096), mutated))
    def batch(data: bytes) -> None:
        recorder.call(run, data)

    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        batch()
    _progress(out, target, recorder)


def _child(target: str, seconds: int, out: Path) -> None:
    logging.disable(logging.CRITICAL)  # readers log every skipped record; the table is the output
    try:
        import atheris  # type: ignore[import-not-found, unused-ignore]  # noqa: F401
    except ImportError:
        _fuzz_with_hypothesis(target, seconds, out)
    else:
        _fuzz_with_atheris(target, seconds, out)


def _run_target(target: str, seconds: int, out: Path) -> tuple[int, list[str], float, str]:
    """Run one target in a child; its executions, distinct crashes, seconds and engine."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob(f"{target}-*"), *out.glob(f"{target}.progress.json")]:
        old.unlink()  # a table of this run only
    started = time.monotonic()
    result = subprocess.run([sys.executable, __file__, "--child", target, "--seconds", str(seconds),
                             "--out", str(out)], capture_output=True, text=True, env=env, timeout=seconds + 300)
    took = time.monotonic() - started
    done = re.search(r"Done (\d+) runs", result.stderr)
    progress = out / f"{target}.progress.json"
    noted = json.loads(progress.read_text()) if progress.exists() else {"runs": 0, "crashes": []}
    crashes = sorted({json.loads(p.read_text())["crash"] for p in out.glob(f"{target}-*.json")})
    engine = "atheris" if "INFO: Seed:" in result.stderr else "hypothesis"
    return int(done.group(1)) if done else int(noted["runs"]), crashes, took, engine


def main() -> None:
    """Fuzz each target and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long each target runs")
    parser.add_argument("--only", default="", help="run only the targets whose name contains this")
    parser.add_argument("--out", type=Path, default=Path("bench-results/fuzz"), help="where crashes are written")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.seconds, args.out)
        return
    rows = []
    for target in TARGETS:
        if args.only and args.only not in target:
            continue
        runs, crashes, took, engine = _run_target(target, args.seconds, args.out)
        rows.append((target, engine, runs, crashes, took))
        print(f"{target:6} {engine:10} {runs:8,} executions  {len(crashes)} crash(es)  {took:6.1f} s", flush=True)
        for crash in crashes:
            print(f"       {crash}", flush=True)
    print("\n| target | engine | seconds | executions | exec/s | distinct crashes |\n|---|---|---|---|---|---|")
    for target, engine, runs, crashes, took in rows:
        print(f"| {target} | {engine} | {took:.0f} | {runs:,} | {runs / took:.0f} | {len(crashes)} |")
    print(f"\ncrash inputs and tracebacks: {args.out}/")


if __name__ == "__main__":
    main()
