"""Articles per second per core for each stage of ``newsbrief batch``: the numbers docs/scale.md projects from.

Usage:
    python benchmarks/stage_rates.py [--limit N] [--pg postgresql://...] [--no-pg] [--window W]

Each stage runs alone, in one process, one article after another, so its rate
is what one core does (a worker is one process; the filing consumer is one
thread). Both the wall-clock rate and the CPU rate (articles per CPU second of
this process, :func:`time.process_time`) are printed: on a shared machine the
CPU rate is the steadier one, and the load average is printed with each stage.
The stages:

- fetch: the 181 pages of ../shared/data/extraction served by ``python -m
  http.server`` on 127.0.0.1 (a separate process) and read through newsbrief's
  guarded fetcher (the client's cost; no network latency);
- extract: trafilatura on the same pages;
- annotate: the spaCy parse of the first N summ + ECB+ articles (as batch_scaling.py);
- analyze: the extractive brief of those annotated articles;
- cluster: ``StoryClusterer.add`` in memory over them;
- file: the batch consumer's story filing, windows of W with the clusterer kept between windows
  (:func:`~newsbrief.stories.library.file_items_into_stories`), and the same one article at a time
  (the path of ``newsbrief add``, which reads and writes the whole clusterer state per article);
- write: the batch's stored rows per article (the article, sentences, brief and search row
  upserted, and the ledger's ``done``), to SQLite and to PostgreSQL (a temporary server started
  from /usr/lib/postgresql/*/bin with its default durability, or ``--pg URL``).

About 4 minutes at the default 300 articles on a quiet 2-core machine (the annotate and analyze
stages take most of it). The texts are used by path and written nowhere but a temporary folder.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from batch_scaling import DATA, FILES, article_texts

from newsbrief.models import Article, Brief, Document, RawDocument, Source
from newsbrief.settings import Settings
from newsbrief.store import Store, open_store

PAGES = DATA / "extraction" / "html"
T = TypeVar("T")
_DATABASES = itertools.count(1)


def timed(name: str, items: Sequence[T], step: Callable[[T], Any]) -> list[Any]:
    """Run ``step`` on every item, print the stage's rates, and return the results."""
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    results = [step(item) for item in items]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{name:<28} {len(items):>5} {wall:>8.2f} s {len(items) / wall:>9.1f}/s wall "
          f"{len(items) / max(cpu, 1e-9):>9.1f}/s cpu   load {load:.1f}-{os.getloadavg()[0]:.1f}", flush=True)
    return results


def pages() -> list[bytes]:
    """The extraction benchmark's HTML pages, decompressed."""
    return [gzip.decompress(path.read_bytes()) for path in sorted(PAGES.glob("*.html.gz"))]


@contextmanager
def page_server(folder: Path, html: list[bytes]) -> Iterator[str]:
    """Serve ``html`` from ``folder`` with ``python -m http.server`` on loopback; yield its base URL."""
    for number, page in enumerate(html):
        (folder / f"{number}.html").write_bytes(page)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(5)


def fetch_and_extract(folder: Path) -> None:
    """The fetch and extract stages over the extraction pages."""
    from newsbrief.ingest.extract import extract
    from newsbrief.ingest.read import read_documents

    html = pages()
    settings = Settings(allow_private=True)
    with page_server(folder, html) as base:
        urls = [f"{base}/{number}.html" for number in range(len(html))]
        fetched = timed("fetch (loopback HTTP)", urls, lambda url: list(read_documents(url, settings)))
    assert all(len(documents) == 1 for documents in fetched)

    def extract_one(page: bytes) -> Article | None:
        try:
            return extract(RawDocument(page, content_type="text/html"), settings)
        except Exception:  # a page trafilatura finds no article in still cost its time
            return None

    timed("extract (trafilatura)", html, extract_one)


def annotate_and_analyze(limit: int) -> list[tuple[Document, Brief]]:
    """The annotate and analyze stages over the first ``limit`` articles."""
    from newsbrief.engines import get_engine
    from newsbrief.nlp.annotate import annotate

    texts = [(item_id, text) for item_id, text in article_texts()][:limit]
    articles = [Article(text, Source(title=None, url=f"https://bench.example/{n}")) for n, (_, text) in
                enumerate(texts)]
    annotate(Article("The model is loaded before the clock starts. It parses.", Source()))
    words = sum(len(a.text.split()) for a in articles) / max(len(articles), 1)
    print(f"({len(articles)} articles, {words:.0f} words on average)")
    docs: list[Document] = timed("annotate (spaCy)", articles, annotate)
    engine = get_engine(Settings())
    briefs: list[Brief] = timed("analyze (extractive brief)", docs, engine.brief)
    return list(zip(docs, briefs, strict=True))


def cluster(briefed: list[tuple[Document, Brief]]) -> None:
    """The clusterer alone, in memory."""
    from newsbrief.stories.cluster import StoryClusterer
    from newsbrief.stories.items import item_from_document

    clusterer = StoryClusterer()
    items = [item_from_document(doc) for doc, _ in briefed]
    clusterer.add(items[0])  # the word-frequency table loads once per process, not per article
    timed("cluster (in memory)", items[1:], clusterer.add)
    print(f"  ({clusterer.active_count()} active stories at the end)")


def write_and_file(name: str, target: str, briefed: list[tuple[Document, Brief]], window: int) -> None:
    """The batch's writes per article, then the story filing by windows and one by one, into ``target``."""
    from newsbrief.stories.library import ClustererCache, file_items_into_stories, filing_of

    store = open_store(target)
    try:
        def write(pair: tuple[Document, Brief]) -> int:
            brief = pair[1]
            stored = store.get_brief(store.save(brief, brief.text))
            assert stored is not None
            store.record_done(f"url:{brief.source.url}", stored.article_id)
            return stored.article_id

        ids = timed(f"write ({name})", briefed, write)
        filings = [filing_of(article_id, doc) for article_id, (doc, _) in zip(ids, briefed, strict=True)]
        windows = [filings[start:start + window] for start in range(0, len(filings), window)]
        cache = ClustererCache()
        timed(f"file, windows of {window} ({name})", windows, lambda w: file_items_into_stories(store, w, cache))
        print(f"  (= {len(filings)} articles: the per-article rate is {window}x the windows' rate)")
    finally:
        store.close()
    fresh = open_store(_fresh(target))
    try:
        ids = [_save(fresh, brief) for _, brief in briefed]
        filings = [filing_of(article_id, doc) for article_id, (doc, _) in zip(ids, briefed, strict=True)]
        timed(f"file, one by one ({name})", filings, lambda f: file_items_into_stories(fresh, [f]))
    finally:
        fresh.close()


def _save(store: Store, brief: Brief) -> int:
    stored = store.get_brief(store.save(brief, brief.text))
    assert stored is not None
    return stored.article_id


def _fresh(target: str) -> str:
    """A second, empty database next to ``target`` (a new file, or a new PostgreSQL database)."""
    if not target.startswith("postgresql://"):
        return target + ".one-by-one.db"
    import psycopg

    base, _, _ = target.rpartition("/")
    name = f"bench_{os.getpid()}_{next(_DATABASES)}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


@contextmanager
def postgres() -> Iterator[str | None]:
    """A temporary PostgreSQL server (default durability: fsync and synchronous commit on), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        print("PostgreSQL binaries not found under /usr/lib/postgresql: the PostgreSQL stages are skipped")
        yield None
        return
    bindir = os.path.dirname(found[-1])
    root = Path(tempfile.mkdtemp(prefix="nbstages-pg-", dir="/tmp"))  # not under a root-only folder
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root; Debian's package has a postgres user
        shutil.chown(root, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = str(root / "data")
    subprocess.run([*as_postgres, f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C"], check=True, capture_output=True)
    subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-o",
                    f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "-l", str(root / "log"), "-w", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True,
                       check=False)
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    """Run every stage and print its rates."""
    parser = argparse.ArgumentParser(description="Articles per second per core for each batch stage.")
    parser.add_argument("--limit", type=int, default=300, help="Articles for annotate, analyze, cluster and write.")
    parser.add_argument("--window", type=int, default=32, help="The filing window (newsbrief batch --window).")
    parser.add_argument("--pg", help="A PostgreSQL URL to write to instead of a temporary server.")
    parser.add_argument("--no-pg", action="store_true", help="Skip the PostgreSQL stages.")
    args = parser.parse_args()
    if not PAGES.exists() or not all((DATA / name).exists() for name in FILES):
        print(f"skipped: benchmark data not found in {DATA} (see ../shared/data/README.md)")
        return 0
    print(f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; "
          "stage, items, seconds, rate (wall), rate (CPU of this process), 1-minute load before-after")
    with tempfile.TemporaryDirectory(prefix="nbstages") as tmp:
        folder = Path(tmp)
        (folder / "pages").mkdir()
        fetch_and_extract(folder / "pages")
        briefed = annotate_and_analyze(args.limit)
        cluster(briefed)
        write_and_file("SQLite", str(folder / "stages.db"), briefed, args.window)
        if args.pg:
            write_and_file("PostgreSQL", args.pg, briefed, args.window)
        elif not args.no_pg:
            with postgres() as url:
                if url is not None:
                    write_and_file("PostgreSQL", _fresh(url), briefed, args.window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
