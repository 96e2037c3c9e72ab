"""Highlight lines with no final stop, one per line inside a block of plain text, end their sentences at the
line break (session 21: reader Audit 33 #1 had two sidebar highlights arrive as one sentence, so a statement
went to the wrong speaker). A sentence wrapped over lines stays whole."""

from __future__ import annotations

from newsbrief.ingest.extract import from_text
from newsbrief.ingest.glued_runs import joined_lines
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

_LEDE = ("Flood waters rose again across the valley on Monday, and rescue crews moved hundreds of families to "
         "schools on higher ground.\n\n")


def _sentences(block: str) -> list[str]:
    article = from_text(_LEDE + block, Settings())
    return [s.text for s in annotate(Article(text=article.text, source=Source())).sentences][1:]


def test_two_highlight_lines_and_a_sentence_are_three_sentences() -> None:
    block = ("Neighbouring Lorvania urges its truck drivers to avoid the border, a day after two lorries were "
             "burned by the northern militias\n"
             "Former interior minister Pavel Odran, who fled the capital last week, is in Vienna, Austrian police say\n"
             "Fighting has gone on in the hills near the border for four days.")
    assert _sentences(block) == [
        "Neighbouring Lorvania urges its truck drivers to avoid the border, a day after two lorries were burned by "
        "the northern militias",
        "Former interior minister Pavel Odran, who fled the capital last week, is in Vienna, Austrian police say",
        "Fighting has gone on in the hills near the border for four days."]


def test_story_highlight_lines_above_the_lede_stay_apart() -> None:
    block = ("The regional council votes to close three rural schools next year\n"
             "Parents say their children will face a bus ride of more than an hour\n"
             "The council says that falling numbers leave it no choice at all.")
    assert len(_sentences(block)) == 3


def test_a_wrapped_sentence_stays_whole() -> None:
    block = ("The committee said on Tuesday that the new rules would apply to every school in the\n"
             "district from September, and that parents would be told by letter.")
    assert len(_sentences(block)) == 1


def test_a_name_broken_over_two_lines_stays_in_its_sentence() -> None:
    lines = ["Talks in the capital were led by the foreign minister of Lorvania Anna",
             "Kessel and lasted until late in the evening on Friday."]
    assert joined_lines(lines) == " ".join(lines)


def test_a_wrapped_sentence_going_on_with_a_day_stays_whole() -> None:
    lines = ["Police officers arrested two men who had been seen near the harbour warehouses",
             "Tuesday night, a spokesman for the city police said."]
    assert joined_lines(lines) == " ".join(lines)


def test_a_hard_wrapped_block_is_joined_everywhere() -> None:
    lines = ["The mayor opened the new bridge on a cold morning and thanked the builders",
             "Workers from three towns had spent two years on the span, and the",
             "council hopes it will ease traffic in the old centre."]
    assert joined_lines(lines) == " ".join(lines)
