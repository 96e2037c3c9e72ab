"""End-to-end tests of the `newsbrief` command on the example articles."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newsbrief.cli import main
from tests.conftest import EXAMPLES
from tests.hostile.cases import prose

CABLE = str(EXAMPLES / "nordic-cable.html")
SEAWALL = str(EXAMPLES / "sea-wall.txt")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["brief", CABLE], capsys)
    assert code == 0, err
    assert "## Timeline" in out and "## Quotes" in out
    # Holm's closing hope is the article's close: it is shown once, in the Conclusion, with its speaker.
    conclusion = out.split("## Conclusion", 1)[1]
    assert 'Holm said he hoped the cable would become "a model for how small countries' in conclusion
    assert out.count("a model for how small countries") == 1
    assert out.rstrip().endswith("https://northernledger.example/energy/2026/03/12/nordic-cable-deal")


def test_json_output_file_validates_and_timeline_is_ordered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "brief.json"
    code, out, err = run(["brief", SEAWALL, "--format", "json", "--output", str(target)], capsys)
    assert code == 0, err
    assert out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    code, schema_text, _ = run(["schema"], capsys)
    assert code == 0
    jsonschema.validate(data, json.loads(schema_text))
    timeline = next(s for s in data["sections"] if s["name"] == "timeline")["items"]
    dates = [item["date"] for item in timeline]
    assert "2014-02" in dates and "2022-03" in dates
    assert dates == sorted(dates)
    sentences = {s["id"]: s["text"] for s in data["sentences"]}
    for section in data["sections"]:
        for item in section["items"]:
            assert item["citations"]
            for c in item["citations"]:
                assert c["sentence_id"] in sentences


def test_prose_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(Path(SEAWALL).read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = run(["brief", "-", "--format", "prose"], capsys)
    assert code == 0, err
    assert out.rstrip().splitlines()[-1].startswith("Source: Coastal town backs £48 million sea wall")


def test_html_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["brief", CABLE, "-f", "html"], capsys)
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in out


@pytest.mark.parametrize(
    ("content", "name", "code", "message"),
    [
        (b"", "empty.txt", 2, "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "image.txt", 2, "binary"),
        ("Le conseil municipal a voté mardi un budget de deux millions d'euros pour la "
         "rénovation des écoles, une décision saluée par les parents mais critiquée par "
         "l'opposition qui dénonce une hausse des impôts.".encode(), "fr.txt", 2,
         "only English is supported for now"),
        (b"The mayor resigned on Monday.", "short.txt", 2, "too short"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "index.html", 4,
         "no article text"),
    ],
)
def test_input_errors_have_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, name: str, code: int,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    got, out, err = run(["brief", str(path)], capsys)
    assert got == code
    assert message in err
    assert "Traceback" not in err and out == ""


def test_missing_file_and_refused_urls(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["brief", "/no/such/file.html"], capsys)[0] == 2
    code, _, err = run(["brief", "ftp://example.com/a.html"], capsys)
    assert code == 3 and "only http and https" in err
    code, _, err = run(["brief", "http://127.0.0.1:9/article"], capsys)
    assert code == 3 and "private, loopback" in err


def test_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["brief", CABLE, "--format", "pdf"], capsys)
    assert code == 2


@pytest.mark.slow
def test_console_script_runs() -> None:
    exe = Path(sys.executable).parent / "newsbrief"
    result = subprocess.run([str(exe), "brief", CABLE, "-f", "json"], capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["outlet"] == "The Northern Ledger"
    result = subprocess.run([str(exe), "brief", "/no/such.txt"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2 and "neither an http(s) URL nor an existing file" in result.stderr


@pytest.mark.slow
def test_a_brief_past_its_time_limit_exits_2_with_one_line(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(prose(5_000), encoding="utf-8")  # about 3.5 s of briefing on 2 cores
    env = {**os.environ, "PYTHONPATH": str(EXAMPLES.parent / "src"), "NEWSBRIEF_CONFIG": str(tmp_path / "none.toml"),
           "NEWSBRIEF_BRIEF_TIMEOUT": "0.5"}
    result = subprocess.run([sys.executable, "-m", "newsbrief.cli", "brief", str(article)], capture_output=True,
                            text=True, timeout=300, check=False, env=env)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsbrief: error: the article took longer than 0.5 s to brief, so it was stopped")
    # The message states the size of what was being briefed: the words once read, or the page's bytes when the
    # limit falls while the page is still being read (a loaded machine reads slower).
    assert ("it has 5,0" in lines[0] or "its page has" in lines[0]) and "raise brief_timeout" in lines[0]
    flag = subprocess.run([sys.executable, "-m", "newsbrief.cli", "brief", str(article), "--timeout", "0.5"],
                          capture_output=True, text=True, timeout=300, check=False,
                          env={**env, "NEWSBRIEF_BRIEF_TIMEOUT": "600"})
    assert flag.returncode == 2 and "longer than 0.5 s" in flag.stderr
