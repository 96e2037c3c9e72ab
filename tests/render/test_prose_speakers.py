"""Reader Audit 15, prose essay: a speakerless continuation ("he reported", "A spokesman said")
must not land after another speaker's line and read as theirs; a quotation cut at the sentence
end keeps its marks balanced."""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Brief, Citation, Item, PositionInfo, QuoteInfo, Source
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import _Essay, _through_quote_sentences
from newsbrief.settings import Settings

ARTICLE = (
    "The envoy's peace plan reached the capital on Monday. The envoy, Mr Vance, met the president for two hours.\n\n"
    "The president has always said his troops are fighting criminals. "
    "A spokesman said he had received a reply from the president but had questions about it.\n\n"
    "Prime Minister Omar Talib said the government would never negotiate. "
    "Reporter Jane Moss visited the western hills on Tuesday. "
    "The villages of Arta and Belo, she reported, are cut off from the coast.\n\n"
    "The company, Nortex, opened a new plant in the north. "
    "Analyst Tom Reyes said demand would rise. "
    "The company said it expected sales to double.\n\n"
    "Mayor Ruth Okonjo spoke at the opening. \"We felt it was right to act fast. We will keep going.\" "
    "\"It is a good day,\" said Okonjo.")


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_article(Article(text=ARTICLE, source=Source()), Settings())


def _item(brief: Brief, start: str, speaker: str, voice: str = "person", quote: bool = False) -> Item:
    sentence = next(s for s in brief.sentences if s.text.startswith(start))
    citation = Citation(sentence.id, sentence.start, sentence.end, sentence.article_id)
    if quote:
        return Item(text=sentence.text, citations=(citation,), payload=QuoteInfo(speaker=speaker))
    payload = PositionInfo(speaker=speaker, role=None, voice=voice, stance="asserts")  # type: ignore[arg-type]
    return Item(text=sentence.text, citations=(citation,), payload=payload)


def _essay(brief: Brief, items: list[Item]) -> str:
    essay = _Essay(brief)
    essay.paragraph(_through_quote_sentences(essay, items), [""])
    return " ".join(essay.paragraphs)


def test_an_unnamed_spokesman_after_another_speaker_is_left_out(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "The president has", "the president"),
                          _item(brief, "Prime Minister Omar", "Omar Talib"),
                          _item(brief, "A spokesman said", "a spokesman", voice="unnamed")])
    assert "A spokesman said he had received" not in text


def test_an_unnamed_spokesman_right_after_his_own_context_stays(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "The president has", "the president"),
                          _item(brief, "A spokesman said", "a spokesman", voice="unnamed")])
    assert "A spokesman said he had received" in text


def test_a_reporters_she_reported_is_named(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "Prime Minister Omar", "Omar Talib"),
                          _item(brief, "The villages of Arta", "Jane Moss")])
    assert "[Jane Moss] reported" in text
    assert ", she reported," not in text


def test_a_pronoun_speaker_with_no_name_is_left_out_after_another_speaker(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "Prime Minister Omar", "Omar Talib"),
                          _item(brief, "The villages of Arta", "she", voice="unnamed")])
    assert "Arta and Belo" not in text


def test_the_company_is_not_renamed_from_a_speaker_that_may_be_wrong(brief: Brief) -> None:
    # the brief's speaker for a descriptor can be wrong (Audit 15: Apple's "The company has said" given
    # to the analysts' firm), so it is never bracketed in; away from its antecedent it is left out
    text = _essay(brief, [_item(brief, "Prime Minister Omar", "Omar Talib"),
                          _item(brief, "The company said", "Nortex", voice="organisation")])
    assert "expected sales to double" not in text


def test_the_company_without_a_name_after_a_minister_is_left_out(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "Prime Minister Omar", "Omar Talib"),
                          _item(brief, "The company said", "the company", voice="unnamed")])
    assert "expected sales to double" not in text


def test_a_named_speaker_stays_whatever_comes_before(brief: Brief) -> None:
    text = _essay(brief, [_item(brief, "The president has", "the president"),
                          _item(brief, "Analyst Tom Reyes", "Tom Reyes")])
    assert "Analyst Tom Reyes said demand would rise." in text


def test_a_quote_cut_at_the_sentence_end_is_closed(brief: Brief) -> None:
    essay = _Essay(brief)
    sentence = next(s for s in brief.sentences if s.text.startswith("Mayor Ruth"))
    quote = Item(text='Mayor Ruth Okonjo said: "We felt it was right to act fast.',
                 citations=(Citation(sentence.id, sentence.start, sentence.end, sentence.article_id),))
    essay.paragraph([quote], [])
    assert essay.paragraphs[-1].count('"') % 2 == 0


def test_a_quote_that_opens_in_the_sentence_before_is_opened(brief: Brief) -> None:
    essay = _Essay(brief)
    sentence = next(s for s in brief.sentences if s.text.startswith("The company said"))
    quote = Item(text='We will keep going," said Okonjo.',
                 citations=(Citation(sentence.id, sentence.start, sentence.end, sentence.article_id),))
    essay.paragraph([quote], [])
    assert essay.paragraphs[-1].startswith('"We will keep going," said')


def test_a_whole_quote_is_left_as_it_is(brief: Brief) -> None:
    essay = _Essay(brief)
    sentence = next(s for s in brief.sentences if s.text.startswith('"It is a good day'))
    quote = Item(text=sentence.text, citations=(Citation(sentence.id, sentence.start, sentence.end,
                                                         sentence.article_id),))
    # told after the sentence before it: its "It is a good day" leans back, and after another sentence
    # it is left out (session 13: "It is a crime beyond imagination" read as the British strikes)
    before = brief.sentences[brief.sentences.index(sentence) - 1]
    essay.paragraph([Item(text=before.text, citations=(Citation(before.id, before.start, before.end,
                                                                before.article_id),)), quote], [])
    assert '"It is a good day," said [Ruth] Okonjo.' in essay.paragraphs[-1] or \
        '"It is a good day," said Okonjo.' in essay.paragraphs[-1]


def test_a_month_is_not_told_as_later_than_its_own_year(brief: Brief) -> None:
    from newsbrief.models import TimelineEvent

    first, second = brief.sentences[0], brief.sentences[1]
    year = TimelineEvent("2025", "year", "2025", 0.9, False, "last year")
    month = TimelineEvent("2025-03", "month", "March 2025", 0.9, False, "March 2025")
    essay = _Essay(brief)
    essay.paragraph([Item(first.text, (Citation(first.id, first.start, first.end),), payload=year),
                     Item(second.text, (Citation(second.id, second.start, second.end),), payload=month)],
                    ["Then ", "Later, "])
    assert "Then" not in essay.paragraphs[-1]
