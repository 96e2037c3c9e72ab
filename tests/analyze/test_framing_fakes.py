"""Which sentences of a debunk carry what the hoax made up (analyze/framing_fakes.py; Audit 51, docs/audit.md 52.4 #2).

A death-hoax debunk said "There is even a fake quote from the police." and gave the quote in the next paragraph; the
brief listed the invented detective as an Actor and his words as a Quote. The articles below are written for this
test: debunks that announce a fake quote in several grammatical forms, a verdict after a quotation, a fake site's
account continued by "It states that ...", and news reports whose "false statements", denials and real quotations
must stay the article's own.
"""

from __future__ import annotations

from functools import cache

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.framing_fakes import fabricated
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

ARTICLES = {
    # a singular fake quote announced, given in its own paragraph; a real spokesman quoted later
    "singer": """Is the singer Lena Marsh dead? No, she is not, despite what a viral story says.

A story on a fake news website claims that the singer was found dead at her home in Dublin. It says that a neighbour called an ambulance on Sunday morning. There is even a fake quote from the police.

"We expect to charge a suspect by the end of next week," said Inspector Tom Walsh of the Dublin Garda.

Her manager, Colm Rourke, said she was on holiday in Spain. "Lena is alive and well and will be back on stage next month," he said.
""",
    # the fake quote inside the announcing sentence
    "chief": """A post shared thousands of times says the town's dam is about to burst. It is a hoax.

According to a fake quote from a fire chief, "The dam will give way within hours and everyone must leave tonight."

The water board said the dam had been inspected in May and was sound.

Last year a fake statement claimed the same dam had cracked. The latest 'dam burst' post has been shared widely.
""",
    # plural: every quotation of the paragraph the first one stands in
    "nasa": """A satire site posted an article about six days of darkness in December. It uses fake quotes from a NASA official.

"The Earth will go dark for six days," the article has the official say. "People will have to rely on candles," it adds.

NASA has said nothing of the kind. "There is no such event," a NASA spokeswoman said.
""",
    # a verdict on the quotation just given
    "verdict": """A message spreading on WhatsApp says the bridge will close for a year.

"The bridge will be shut from Monday and all traffic will be sent through the old town," the message quotes the mayor as saying. That quote is fabricated.

The mayor's office said the bridge would stay open.
""",
    # a hoax text message quoted over two paragraphs and tagged "it said"
    "text": """A hoax text message warning that cholera had broken out in the capital caused panic this week.

"Health ministry warning: cholera has reached the city, do not drink tap water.

Forward this message to 20 friends and the network will give you free airtime," it said.

The ministry said the water was safe. "The supply will be tested again on Monday," it said.
""",
    # news: a charge of false statements, a denial that a quote is fake, real quotations
    "court": """A former bank manager was charged with making false statements to investigators, prosecutors said.

"He will appear in court next month," a spokeswoman for the prosecutors said.

This is not a fake quote from the judge, the court's press office said on Tuesday. "The trial will start in the spring," the judge told reporters.
""",
    # news (code review, session 34): fake tweets someone is accused of posting, then his real denial
    "accused": """A city councillor was accused on Friday by a rival of posting fake tweets about her housing plan.

"I have never used a fake account and I will prove it to the ethics board next week," Councillor Dan Pryce told reporters at City Hall.

The ethics board said it would hear the complaint in July.
""",
    # news: "fake news sites" is a topic, and the letter quoted is a real one named by no sentence near it
    "letter": """A video platform said on Wednesday it would stop paying fake news sites that copy its creators' work.

Its chief executive wrote to thousands of creators on Wednesday to explain the new rules.

"We will remove every channel that breaks these rules from our partner scheme by March," the letter reads.

The rules take effect next month.
""",
    # a debunk (its verdict "She is alive and well.") with an accusation in it and a real letter far from the hoax
    "debunk": """The actress Maya Kerr is alive and well, despite a hoax message claiming she died in a crash.

A prankster was arrested last year for spreading fake statements about her, and police said he was released on bail. "He will be back in court in May," a police spokesman said.

Her agent sent a letter to fans on Monday. It thanked them for their concern.

Her new film opens next week. "She will attend the premiere in London on Friday," the letter reads.
""",
}


@cache
def _doc(name: str) -> Document:
    return annotate(Article(text=ARTICLES[name], source=Source(date="2024-05-04")))


def _flagged(name: str) -> list[str]:
    doc = _doc(name)
    return [doc.sentences[i].text for i in sorted(fabricated(doc))]


CASES = [
    ("singer", "We expect to charge a suspect", True),  # the announced fake quote
    ("singer", "It says that a neighbour called", True),  # the fake site's account goes on
    ("singer", "There is even a fake quote", False),  # the announcement is the article's own report
    ("singer", "Lena is alive and well", False),  # a real source, two paragraphs on
    ("singer", "said she was on holiday", False),
    ("chief", "According to a fake quote from a fire chief", True),  # the quotation inside the announcement
    ("chief", "The water board said", False),
    ("chief", "The latest 'dam burst' post", False),  # a short title in quotation marks is no fake item's text
    ("nasa", "The Earth will go dark", True),  # plural: every quotation of the next paragraph
    ("nasa", "People will have to rely on candles", True),
    ("nasa", "There is no such event", False),  # the real agency's answer
    ("verdict", "The bridge will be shut from Monday", True),  # "That quote is fabricated." after it
    ("verdict", "said the bridge would stay open", False),
    ("text", "Health ministry warning: cholera", True),  # the hoax's own text, back to its opening mark
    ("text", "the network will give you free airtime", True),
    ("text", "The supply will be tested again", False),  # the ministry's answer, tagged "it said" too
    ("court", "He will appear in court next month", False),  # "false statements" is a charge, not a hoax's text
    ("court", "The trial will start in the spring", False),  # "not a fake quote"
    ("accused", "I have never used a fake account", False),  # no debunk: the accused's real denial
    ("letter", "We will remove every channel", False),  # no debunk, and the letter is no fake site's
    ("debunk", "He will be back in court in May", False),  # fake statements a prankster is accused of spreading
    ("debunk", "She will attend the premiere", False),  # the letter is named three sentences back, not just before
]


@pytest.mark.parametrize(("name", "words", "expected"), CASES)
def test_fabricated_sentences(name: str, words: str, expected: bool) -> None:
    flagged = _flagged(name)
    assert any(words in text for text in flagged) is expected, flagged


def test_every_case_names_one_sentence() -> None:
    for name, words, _expected in CASES:
        assert ARTICLES[name].count(words) == 1, words


def test_only_a_debunk_has_fake_items() -> None:
    """The same announcement and the same tagged quotation in a debunk and in a news report: only the debunk's are
    a hoax's text. Each article below differs from its debunk twin by the verdict sentence alone."""
    verdict = "It is a hoax. "
    body = ("A post shared widely says the town's dam is about to burst. {verdict}According to a fake quote from a "
            "fire chief, \"The dam will give way within hours and everyone must leave tonight.\"\n\nThe water board "
            "said the dam had been inspected in May and was sound.\n")
    for text, expected in ((body.format(verdict=verdict), True), (body.format(verdict=""), False)):
        doc = annotate(Article(text=text, source=Source(date="2024-05-04")))
        flagged = [doc.sentences[i].text for i in sorted(fabricated(doc))]
        assert any("The dam will give way" in t for t in flagged) is expected, (text, flagged)


def test_a_real_quote_in_a_fake_news_story_stays_in_outlook() -> None:
    """The letter's promise is the platform's real forecast, not a hoax's text (code review, session 34)."""
    doc = _doc("letter")
    texts = [item.text for item in analyze_outlook(doc, build_context(doc))]
    assert any("We will remove every channel" in t for t in texts), texts


def test_a_fake_quote_is_no_outlook() -> None:
    """The hoax's invented forecast is not the article's outlook; the real manager's forecast stays."""
    doc = _doc("singer")
    texts = [item.text for item in analyze_outlook(doc, build_context(doc))]
    assert not any("charge a suspect" in t for t in texts), texts
    assert any("back on stage next month" in t for t in texts), texts
