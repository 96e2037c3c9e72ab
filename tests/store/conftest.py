"""A real PostgreSQL server for the store tests, started from Debian's binaries."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator

import pytest

from newsbrief.models import Brief, Citation, Engine, Item, Section, Sentence, Source


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; Debian's package creates the postgres user.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries are missing in CI; .ci/run must install postgresql")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed; apt-get install postgresql")
    root = tempfile.mkdtemp(prefix="newsbrief-pg-", dir="/tmp")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
    data = os.path.join(root, "data")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth=trust",
                                 "--encoding=UTF8", "--locale=C"]), check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l",
                                 os.path.join(root, "log"), "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop"]),
                       capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def pg_url(pg_server: str) -> str:
    """A fresh, empty database on the session's server."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{pg_server}/{name}"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: object) -> str:
    if request.param == "sqlite":
        return str(tmp_path) + "/library.db"
    return str(request.getfixturevalue("pg_url"))


def make_brief(title: str, url: str | None, text: str, engine: str = "1.0") -> Brief:
    """A small brief over ``text`` (one sentence per line), built without spaCy."""
    sentences = []
    position = 0
    for index, line in enumerate(text.split("\n")):
        sentences.append(Sentence(f"s{index + 1}", index, line, position, position + len(line), index, 0, 0))
        position += len(line) + 1
    items = tuple(Item(s.text, (Citation(s.id, s.start, s.end),)) for s in sentences[:2])
    return Brief(Source(title=title, url=url), tuple(sentences), (Section("summary", items),),
                 Engine("extractive", engine))
