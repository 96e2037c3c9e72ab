"""Which source speaks: the cue nearest a quotation, a possessor is not the speaker, a list of
names speaks together, "It said" after an organisation, a passive subject is not the "he" who
speaks, and a role cut free of a phrase the parser left in the subject. On an article written
for these tests."""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, Document, PositionInfo, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

TRIAL = """Builder jailed for four years over collapsed school roof

A builder whose firm put up a school roof that collapsed in 2019 was jailed for four years on Monday.

While the prosecution argued for the longest term, Harlow's lawyers asked that he be spared prison, saying he was already serving "a lifetime sentence of regret and shame".

For most of the morning engineer Dr Priya Raman was on the stand, describing how she had studied the roof's beams. Harlow should have been warned every year by an inspector. But she said the missing checks were "the direct cause of the collapse".

Brightwell Construction has released a statement denying any link between its materials and the collapse. It said the company tests every batch of steel it sells.

But his sisters Ann, Beth and Carol Harlow said the sentence was too harsh for a man who had never been in trouble before.
"""


def _doc() -> Document:
    title, _, body = TRIAL.partition("\n\n")
    return annotate(Article(text=body, source=Source(title=title)))


def _quote_speakers(doc: Document) -> dict[str, str | None]:
    items = analyze_quotes(doc, build_context(doc))
    return {i.text.strip('"“”,'): i.payload.speaker for i in items if isinstance(i.payload, QuoteInfo)}


def test_the_cue_nearest_the_quotation_names_its_speaker_and_a_possessor_is_not_it() -> None:
    speakers = _quote_speakers(_doc())
    assert speakers["a lifetime sentence of regret and shame"] == "Harlow's lawyers"


def test_a_passive_subject_is_not_the_she_who_speaks() -> None:
    speakers = _quote_speakers(_doc())
    assert speakers["the direct cause of the collapse"] == "Priya Raman"


def test_positions_name_organisations_groups_and_roles() -> None:
    doc = _doc()
    positions = [i.payload for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)]
    by_speaker = {p.speaker: p for p in positions}
    # "It said" after "Brightwell Construction has released a statement": the company speaks.
    assert "Brightwell Construction" in by_speaker
    # Three sisters speak together, not the last of them alone under the role "his sisters Ann, Beth and".
    assert "Ann, Beth and Carol Harlow" in by_speaker
    assert all(p.role is None or " and" not in p.role for p in positions)
    # "For most of the morning engineer Dr Priya Raman": no role holds "For most of the morning".
    assert by_speaker["Priya Raman"].role in (None, "engineer")
    # Each source is offered once or more, but the brief shows one position per source.
    from newsbrief.pipeline import ExtractiveEngine
    from newsbrief.settings import Settings

    shown = ExtractiveEngine(Settings()).brief(doc).section("positions")
    assert shown is not None
    names = [i.payload.speaker for i in shown.items if isinstance(i.payload, PositionInfo)]
    assert len(names) == len(set(names))
