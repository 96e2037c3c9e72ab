"""`newsbrief add/list/show/search/delete/serve` on a real SQLite library."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main
from tests.conftest import EXAMPLES


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_library_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lib.db")
    sources = [str(EXAMPLES / "nordic-cable.html"), str(tmp_path / "missing.txt"), str(EXAMPLES / "sea-wall.txt")]
    code, out, err = run(["add", *sources, "--db", db], capsys)
    assert code == 1  # one failure is reported at the end, the others are stored
    assert "failed: " in err and "missing.txt" in err and "2 of 3 stored" in err
    assert [line.split("\t")[0] for line in out.splitlines()] == ["1", "2"]
    code, out, _ = run(["list", "--db", db], capsys)
    assert code == 0 and len(out.splitlines()) == 2 and "Coastal town backs" in out
    code, out, _ = run(["search", "undersea cable", "--db", db], capsys)
    assert code == 0 and out.startswith("1\tNordic ministers")
    code, out, _ = run(["show", "2", "--db", db, "--format", "prose"], capsys)
    assert code == 0 and out.rstrip().endswith("Source: Coastal town backs £48 million sea wall as storms grow stronger")
    code, out, _ = run(["show", "1", "--db", db], capsys)
    assert "## Timeline" in out and "[s1]" in out
    assert run(["delete", "1", "--db", db], capsys)[0] == 0
    code, _, err = run(["show", "1", "--db", db], capsys)
    assert code == 2 and "there is no brief 1" in err
    assert run(["delete", "1", "--db", db], capsys)[0] == 2


def test_serve_refuses_public_address_without_token(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NEWSBRIEF_API_TOKEN", raising=False)
    code, _, err = run(["serve", "--host", "0.0.0.0", "--port", "1"], capsys)
    assert code == 2 and "without an access token" in err and "--insecure" in err
