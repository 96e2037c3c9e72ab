"""A Conclusion that repeats a quotation Quotes shows, cut by compose (session 29, issue #11).

The conclusion is composed before Quotes and a repeat is found by whole items, so a close shown with the quotation
it leans on (and the sentence naming that quotation's speaker) printed the quotation twice. Compose cuts the close
after the last sentence Quotes shows, when what is left is the close's own last sentence and stands alone. Near
misses keep the close as it was: a last sentence that names its speaker by a pronoun only, a close whose last
sentence is the one Quotes shows, a close that quotes nothing shown. The articles are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import cite
from newsbrief.compose import _close_beside_quotes, _stands_alone
from newsbrief.models import Article, Brief, Document, Item, QuoteInfo, RawDocument, Section, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

WARD = (
    "Hospital trust drops plan to shut maternity ward\n\n"
    "The Westfield hospital trust on Friday dropped its plan to shut the maternity ward at Carrow General, after "
    "six months of protests by parents and midwives.\n\n"
    "The trust had said the ward was too small to be run safely and that births should move to the city hospital, "
    "25 miles away.\n\n"
    "Parents who had marched every Saturday since June said they were relieved. \"We never stopped believing we "
    "could win this,\" said Helen Ward, one of the organisers.\n\n"
    "The trust's chief executive, Simon Dale, said the board had listened. \"We got this wrong and we are sorry for "
    "the worry it caused,\" he said.\n\n"
    "\"That is all any of us wanted to hear,\" said Joan Mercer, a midwife who has worked on the ward for 22 years.")
CHARGE = (
    "The mayor of Dunmore scrapped her plan for a congestion charge on Monday. Business groups welcomed the "
    "decision. The chamber of commerce's president, Alan Frost, said shops had lost trade. \"Our members were "
    "facing ruin,\" he said. \"This gives them a chance to recover before Christmas,\" he added. The charge "
    "would have applied to cars entering the old town on weekdays.")


def _brief(text: str) -> Brief:
    return brief_source(RawDocument(content=text.encode(), filename="article.txt"), Settings())


def _cited(brief: Brief, name: str) -> set[str]:
    section = brief.section(name)
    return {c.sentence_id for item in (section.items if section else ()) for c in item.citations}


def test_close_leaning_on_a_listed_quote_keeps_its_own_sentence() -> None:
    brief = _brief(WARD)
    quoted = _cited(brief, "quotes")
    assert quoted
    assert not quoted & _cited(brief, "conclusion")
    section = brief.section("conclusion")
    assert section is not None
    assert [item.text for item in section.items] == [
        "\"That is all any of us wanted to hear,\" said Joan Mercer, a midwife who has worked on the ward for 22 "
        "years."]


def _doc() -> Document:
    return annotate(Article(text=CHARGE, source=Source(title="Mayor scraps congestion charge")))


def _built(doc: Document, close: list[int], quoted: list[int], positions: tuple[int, ...] = ()) -> dict[str, Section]:
    """Sections made by hand: a close of the sentences ``close``, quotes of ``quoted``."""
    sentences = doc.sentences

    def item(indexes: list[int] | tuple[int, ...]) -> Item:
        return Item(text=" ".join(sentences[i].text for i in indexes), citations=tuple(cite(sentences[i]) for i in indexes))

    quotes = tuple(Item(text=sentences[i].text, citations=(cite(sentences[i]),), payload=QuoteInfo("Alan Frost"))
                   for i in quoted)
    return {"conclusion": Section(name="conclusion", items=(item(close),)),
            "quotes": Section(name="quotes", items=quotes),
            "positions": Section(name="positions", items=tuple(item([i]) for i in positions))}


def _close(built: dict[str, Section]) -> list[str]:
    return [item.text for item in built["conclusion"].items]


def test_cut_close_drops_the_entry_it_now_repeats() -> None:
    doc = _doc()
    built = _built(doc, [4, 5], [4], positions=(5, 2))
    _close_beside_quotes(built, doc)
    assert _close(built) == [doc.sentences[5].text]
    assert [item.text for item in built["positions"].items] == [doc.sentences[2].text]


@pytest.mark.parametrize(("close", "quoted"), [
    ([2, 3, 4], [3]),  # what is left, '"...," he added.', names its speaker by a pronoun only
    ([2, 3], [3]),  # the quotation Quotes shows is the close's last sentence: nothing of its own left
    ([4, 5], [1]),  # Quotes shows none of the close's sentences
], ids=["pronoun_speaker", "last_is_listed", "nothing_listed"])
def test_close_stays(close: list[int], quoted: list[int]) -> None:
    doc = _doc()
    built = _built(doc, close, quoted)
    before = _close(built)
    _close_beside_quotes(built, doc)
    assert _close(built) == before


@pytest.mark.parametrize(("text", "alone"), [
    ("\"That is all we wanted to hear,\" said Joan Mercer, a midwife.", True),
    ("The council will vote again in March.", True),
    ("\"It is over,\" she said.", False),
    ("But the council will vote again in March.", False),
    ("This gives them a chance to recover.", False),
    ("They will appeal.", False),
], ids=["named_speaker", "statement", "pronoun_speaker", "connective", "demonstrative", "pronoun"])
def test_stands_alone(text: str, alone: bool) -> None:
    assert _stands_alone(text) is alone
