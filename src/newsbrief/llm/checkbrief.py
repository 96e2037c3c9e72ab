"""``newsbrief verify``: run the verifier over a brief written as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.guard import WITHHELD_TEXT
from newsbrief.llm.verify import verify_sentences
from newsbrief.sections import SECTIONS
from newsbrief.settings import Settings


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read brief {path}: {exc}; pass a file written with --format json") from exc
    if not isinstance(data, dict) or "sections" not in data or "sentences" not in data:
        raise InputError(f"{path} is not a newsbrief JSON brief (no sections or sentences)")
    return data


def check_brief_file(path: Path, source: str | None, settings: Settings) -> tuple[list[str], bool]:
    """Report lines and whether every checked statement passed.

    Generated statements are checked; a brief without any (the extractive
    engine) has its reported prose-section statements checked instead. With
    ``source`` the brief's sentences must match the source's own sentences.
    """
    data = _load(path)
    sentences = {s["id"]: s["text"] for s in data["sentences"] if s["text"] != WITHHELD_TEXT}
    lines: list[str] = []
    ok = True
    if source is not None:
        from newsbrief.ingest.extract import extract
        from newsbrief.ingest.read import read_source
        from newsbrief.nlp.annotate import annotate

        doc = annotate(extract(read_source(source, settings), settings))
        actual = {s.id: s.text for s in doc.sentences}
        mismatched = [sid for sid, text in sentences.items() if actual.get(sid) != text]
        if mismatched:
            ok = False
            lines.append(f"FAIL source: {len(mismatched)} sentence(s) differ from the source, "
                         f"first {mismatched[0]}")
        else:
            lines.append(f"ok   source: all {len(sentences)} sentences match")
        sentences = {sid: text for sid, text in actual.items() if sid in sentences}
    prose_sections = {spec.name for spec in SECTIONS.generated()}
    items = [(sec["name"], item) for sec in data["sections"] if sec["name"] in prose_sections
             for item in sec["items"]]
    checked = [(n, i) for n, i in items if i.get("generated")] or [
        (n, i) for n, i in items if i.get("kind") == "reported"]
    verdicts = verify_sentences(
        [i["text"] for _, i in checked],
        [[c["sentence_id"] for c in i["citations"]] for _, i in checked],
        sentences,
        " ".join(sentences.values()),
        settings.llm_min_support,
    )
    for (name, item), verdict in zip(checked, verdicts, strict=True):
        ok = ok and verdict.ok
        mark = "ok  " if verdict.ok else "FAIL"
        lines.append(f"{mark} {name}: {verdict.reason} (support {verdict.support:.2f}): {item['text']}")
    passed = sum(1 for v in verdicts if v.ok)
    lines.append(f"{passed} of {len(verdicts)} statements supported")
    return lines, ok
