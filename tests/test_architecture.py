"""The architecture holds: the dependency rule between packages, one record per section and per renderer."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from newsbrief.errors import ConfigError
from newsbrief.models import Brief, Document, FigureInfo, Item
from newsbrief.render import RENDERERS, register, render
from newsbrief.sections import SECTIONS, ProsePlacement, SectionSpec, section_registered
from newsbrief.serialize import brief_dict, brief_from_dict, brief_schema

ROOT = Path(__file__).resolve().parents[1] / "src" / "newsbrief"
# The dependency rule (docs/architecture.md): a package may import only packages of a lower
# rank. The package root (__init__) is exempt: it re-exports lazily.
RANKS = {
    "errors": 0, "budget": 1, "settings": 1, "models": 1, "lexicon": 1, "memo": 1,
    "sections": 2, "guard": 2, "nlp": 2, "ingest": 2, "engines": 2,
    "serialize": 3, "analyze": 3,
    "render": 4, "compose": 4,
    "pipeline": 5,
    "llm": 6,
    "store": 7,
    "library": 8,
    "worker": 8,  # briefs in killable worker processes, for the CLI and the web app (above the pipeline)
    "stories": 9,
    "web": 10,  # above stories: the story pages brief stored stories; jobs and followed feeds file articles
    "evaluation": 10,  # above stories: eval summ --multi, eval cluster and eval timeline score them
    "batch": 10,  # above stories: the batch driver files every article into its story
    "cli": 11,
}


def _package(path: Path) -> str:
    parts = path.relative_to(ROOT).parts
    return parts[0].removesuffix(".py")


def _runtime_imports(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """newsbrief modules imported at run time (imports under ``if TYPE_CHECKING:`` are types only)."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            skip.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsbrief."):
            yield node.lineno, node.module.split(".")[1]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("newsbrief."):
                    yield node.lineno, alias.name.split(".")[1]


def test_no_package_imports_one_above_it() -> None:
    violations = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.parent == ROOT and path.name == "__init__.py":
            continue
        package = _package(path)
        assert package in RANKS, f"{package} has no rank: add it to docs/architecture.md and RANKS"
        for line, target in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if target != package and RANKS[target] >= RANKS[package]:
                violations.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert not violations, "imports against the dependency rule:\n" + "\n".join(violations)


# ---------------------------------------------------------------- a toy section, one module + one record

def toy_analyzer(doc: Document, ctx: object) -> tuple[Item, ...]:
    """Sentences that mention money, with their first number as a payload (the 'toy' section)."""
    from newsbrief.analyze.context import cite

    found = []
    for sentence in doc.sentences:
        if "million" in sentence.text:
            number = next((t.text for t in doc.sentence_tokens(sentence) if t.like_num), "?")
            found.append(Item(text=sentence.text, citations=(cite(sentence),),
                              payload=FigureInfo(value=number, unit="money")))
    return tuple(found)


TOY = SectionSpec(
    name="toy", title="Money sentences", analyzer=toy_analyzer, limit=2, priority=5, after="figures",
    payload=FigureInfo, payload_required=True, prose=(ProsePlacement("analysis", order=1),),
)


def test_a_registered_section_flows_through_every_stage(cable_doc: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.pipeline import ExtractiveEngine
    from newsbrief.settings import Settings

    with section_registered(TOY):
        brief = ExtractiveEngine(Settings()).brief(cable_doc)
        names = [s.name for s in brief.sections]
        assert names.index("toy") == names.index("figures") + 1
        toy = brief.section("toy")
        assert toy is not None and 1 <= len(toy.items) <= 2
        # Priority 5 beats the key points: a money sentence is shown here, not repeated there.
        summary_texts = {i.text for i in brief.section("summary").items}  # type: ignore[union-attr]
        assert not summary_texts & {i.text for i in toy.items}
        assert "## Money sentences" in render(brief, "markdown")
        assert "<h2>Money sentences</h2>" in render(brief, "html")
        # The prose tells it in the analysis paragraph (its first letter may be lower-cased there),
        # when the essay's length budget leaves room (lifted here).
        monkeypatch.setattr("newsbrief.render.prose.LONG_ARTICLE_WORDS", 10**6)
        assert toy.items[0].text[1:].rstrip(".") in render(brief, "prose")
        data = brief_dict(brief)
        jsonschema.validate(data, brief_schema())
        assert data["sections"][names.index("toy")]["items"][0]["unit"] == "money"
        assert brief_from_dict(json.loads(json.dumps(data))).section("toy") == toy
    assert "toy" not in SECTIONS.names()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"name": "summary"}, "already registered"),
        ({"after": "nowhere"}, "names no registered section"),
        ({"prose": (ProsePlacement("epilogue"),)}, "not one of the essay's"),
        ({"analyzer": "no_colon"}, "package.module:function"),
        ({"limit": 0}, "at least 1"),
        ({"title": " "}, "title"),
    ],
)
def test_a_section_without_a_place_is_refused(change: dict[str, object], problem: str) -> None:
    from dataclasses import replace

    with pytest.raises(ConfigError, match=problem):
        SECTIONS.register(replace(TOY, **change))  # type: ignore[arg-type]
    assert "toy" not in SECTIONS.names()


def test_an_analyzer_name_that_is_not_a_function_is_a_clear_error() -> None:
    spec = SectionSpec(name="ghost", title="Ghost", analyzer="newsbrief.analyze.summary:nothing_here",
                       limit=1, priority=99)
    with pytest.raises(ConfigError, match="is not a function"):
        spec.load_analyzer()


# ---------------------------------------------------------------- a toy renderer, one module + one record

def test_a_registered_renderer_is_a_format(cable_brief: Brief) -> None:
    @register("plain-ids")
    def render_ids(brief: Brief) -> str:
        return "\n".join(c.sentence_id for s in brief.sections for i in s.items for c in i.citations)

    try:
        out = render(cable_brief, "plain-ids")
        assert out.split("\n")[0] == cable_brief.sections[0].items[0].citations[0].sentence_id
    finally:
        RENDERERS.pop("plain-ids")
    with pytest.raises(Exception, match="unknown format 'plain-ids'"):
        render(cable_brief, "plain-ids")
