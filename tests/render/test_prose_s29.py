"""Reader Audit 47 (docs/audit.md 48.3-48.4), prose essay: a sentence whose speech tag is a bare pronoun ('He said:
"..."', '..., she adds') was told after another person's line once the sentence that named its speaker was left out,
and read as that person's; and a conditional "If not, ..." was told after a different condition than the one it
answers. Such a sentence is told with its speaker's name (from the brief's attribution) or left out; told right after
the sentence that names its speaker or states its condition, it stays as written. The article is written for these
tests."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Citation, Item, PositionInfo, QuoteInfo, Source
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import _Essay
from newsbrief.render.prose_context import leans_back
from newsbrief.render.prose_speakers import pronoun_speaker
from newsbrief.settings import Settings

ARTICLE = (
    "Rescue crews from Dorset returned home on Friday after ten days in the flooded valley.\n\n"
    "Mr Alan Pryce and Mr Colin Vetter searched a collapsed school when the river rose again. "
    "Mr Pryce said: \"The water came up to our chests and we thought this was the end.\" "
    "Mr Vetter said the moment the girl was carried out \"was the best of my life\". "
    "He said: \"A crowd of neighbours had gathered and the girl's grandmother cried the whole time.\"\n\n"
    "The flood could become a political crisis, the station's reporter Anna Kirsch says from the valley. "
    "Much will depend on whether the dam holds overnight, Ms Kirsch says. "
    "If not, public anger might push the council into a costly inquiry against Wessex Water, she adds.\n\n"
    "Engineer Bram Oduya said the engineers would be blamed if the dam was poorly kept. "
    "If so, the water company would face a fine, he added.")

PRYCE = "Mr Pryce said:"
VETTER = "Mr Vetter said the moment"
CROWD = "He said: \"A crowd"
DEPEND = "Much will depend"
IF_NOT = "If not, public anger"
ODUYA = "Engineer Bram Oduya"
IF_SO = "If so, the water"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_article(Article(text=ARTICLE, source=Source()), Settings())


def _item(brief: Brief, start: str, speaker: str | None = None, quote: bool = False) -> Item:
    sentence = next(s for s in brief.sentences if s.text.startswith(start))
    citation = Citation(sentence.id, sentence.start, sentence.end, sentence.article_id)
    if speaker is None:
        return Item(text=sentence.text, citations=(citation,))
    if quote:
        return Item(text=sentence.text, citations=(citation,), payload=QuoteInfo(speaker=speaker))
    payload = PositionInfo(speaker=speaker, role=None, voice="person", stance="asserts")
    return Item(text=sentence.text, citations=(citation,), payload=payload)


def _told(brief: Brief, items: list[Item], closing: bool = False) -> list[str | None]:
    """Each item as the essay tells it one after another (None: left out)."""
    essay = _Essay(brief, closing=closing)
    return [essay.sentence(item) for item in items]


# --- a pronoun speech tag after another person's line -----------------------------------------------------------

@pytest.mark.parametrize("speaker", [None, "Colin Vetter"])
@pytest.mark.parametrize("closing", [False, True])
def test_an_opening_he_said_after_another_persons_line_is_named_or_left_out(
        brief: Brief, speaker: str | None, closing: bool) -> None:
    told = _told(brief, [_item(brief, PRYCE), _item(brief, CROWD, speaker)], closing=closing)
    assert told[0] is not None
    assert told[1] is None or ("[Vetter] said" in told[1] or "[Colin Vetter] said" in told[1])


def test_an_opening_he_said_is_a_pronoun_speaker() -> None:
    assert pronoun_speaker('He said: "A crowd of neighbours had gathered."')
    assert pronoun_speaker('She says: "We will be back next year."')


@pytest.mark.parametrize(("text", "tagged"), [
    ('Mr Vetter said: "We will be back next year."', False),
    ("He said he would be back next year.", False),  # a reported clause: it leans back by prose_context's rule
    ('"We will be back," he said, naming the date.', True),
])
def test_near_misses_are_not_an_opening_pronoun_tag(text: str, tagged: bool) -> None:
    assert pronoun_speaker(text) is tagged


def test_he_said_right_after_the_sentence_naming_him_stays(brief: Brief) -> None:
    told = _told(brief, [_item(brief, VETTER), _item(brief, CROWD)])
    assert told[1] is not None and told[1].startswith("He said:")


@pytest.mark.xfail(strict=True, reason="pronoun_speaker takes any capitalised word before the tag for a name (a place or"
                   " a firm too); telling them from persons needs the brief's actors, which it does not read")
def test_a_trailing_she_adds_after_a_place_name_is_no_named_speaker() -> None:
    # "Wessex Water" is no person: the "she" still names nobody
    assert pronoun_speaker("The inquiry would target Wessex Water, she adds.")
    assert not pronoun_speaker("As Anna Kirsch put it, the inquiry would be costly, she adds.")


# --- a conditional told after another condition -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "If not, public anger might push the council into a costly inquiry, she adds.",
    "If so, the water company would face a fine, he added.",
    "Otherwise, the road will stay closed until spring.",
    "Failing that, the council will sue.",
])
def test_a_bare_conditional_leans_on_its_condition(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize("text", [
    "If the dam holds, the road will open on Monday.",
    "If no agreement is reached, the strike will go ahead.",
    "Not all the crews were home by Friday.",
])
def test_a_conditional_that_states_its_condition_stands_alone(text: str) -> None:
    assert not leans_back(text)


def test_if_not_after_another_condition_is_left_out(brief: Brief) -> None:
    told = _told(brief, [_item(brief, ODUYA), _item(brief, IF_NOT, "Anna Kirsch")])
    assert told[0] is not None and told[1] is None


def test_if_so_after_another_speakers_condition_is_left_out(brief: Brief) -> None:
    told = _told(brief, [_item(brief, DEPEND), _item(brief, IF_SO, "Bram Oduya")])
    assert told[1] is None


def test_if_not_right_after_its_condition_stays(brief: Brief) -> None:
    told = _told(brief, [_item(brief, DEPEND), _item(brief, IF_NOT)])
    assert told[1] is not None and "If not" in told[1]


def test_if_so_right_after_its_condition_stays(brief: Brief) -> None:
    told = _told(brief, [_item(brief, ODUYA), _item(brief, IF_SO)])
    assert told[1] is not None and "If so" in told[1]


def _joined(brief: Brief, *starts: str) -> Item:
    """One item over adjacent sentences (the conclusion's choice of a close)."""
    sentences = [next(s for s in brief.sentences if s.text.startswith(start)) for start in starts]
    citations = tuple(Citation(s.id, s.start, s.end, s.article_id) for s in sentences)
    return Item(text=" ".join(s.text for s in sentences), citations=citations)


def test_a_close_cut_to_its_he_said_tail_is_not_told_after_another_persons_line(brief: Brief) -> None:
    # Audit 47 #3's form: the close '"... of my life". He said: "..."' was cut to its tail at the sentence break,
    # kept the naming sentence's citation, and so passed as told right after the essay's last sentence
    essay = _Essay(brief, closing=True)
    assert essay.sentence(_item(brief, PRYCE)) is not None
    body = essay.runs.told(_joined(brief, VETTER, CROWD))
    told = essay.sentence(body) if body is not None else None
    assert told is None or "Vetter" in told or not told.startswith("He said")
