"""The attribution stage on articles written for these tests: who says what, and how."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute, quote_spans

INQUIRY = """Senate report says charity funds went to mayor's campaign

A Senate committee report published on Tuesday found that money raised by the Harbour Trust, a local charity, was used to pay for Mayor Tom Riley's re-election campaign.

The report found that the trust transferred $2.1 million to a consulting firm between 2015 and 2018. The money went to the campaign and to Mr Riley's brother.

Riley denied any wrongdoing. "I have never taken a cent from the trust," he said on Wednesday. "These claims are politically motivated."

His lawyer, Daniel Okafor, said his client would cooperate with investigators. He said the report relied on documents that had been altered.

Officials in the state attorney's office said a criminal investigation was likely. Why should anyone trust the trust's accounts now?

ANNA BERG, professor of law at Eastfield University:
The findings are serious. If they hold up, the mayor will struggle to survive a recall vote.

MARK LEE, director of the Civic Integrity Project:
Charities should publish their accounts every year.
"""


@pytest.fixture(scope="module")
def inquiry() -> tuple[Document, Attributions]:
    doc = annotate(Article(text=INQUIRY.split("\n", 2)[2], source=Source(title=INQUIRY.split("\n")[0])))
    return doc, attribute(doc)


def _voice(doc: Document, found: Attributions, words: str) -> tuple[str, str | None, str, bool]:
    sentence = next(s for s in doc.sentences if words in s.text)
    v = found.voice_of(sentence.index)
    return v.voice, v.speaker, v.stance, v.explicit


def test_a_report_speaks_and_its_findings_keep_its_voice(inquiry: tuple[Document, Attributions]) -> None:
    doc, found = inquiry
    assert _voice(doc, found, "transferred $2.1 million")[:2] == ("document", "the report")
    # The next sentence names no source: it carries on the report's findings, about a named man.
    assert _voice(doc, found, "The money went to the campaign") == ("document", "the report", "alleges", False)


def test_a_denial_answers_the_accusation_and_pronouns_go_to_the_speaker_before(
        inquiry: tuple[Document, Attributions]) -> None:
    doc, found = inquiry
    assert _voice(doc, found, "Riley denied any wrongdoing") == ("person", "Tom Riley", "denies", True)
    assert _voice(doc, found, "never taken a cent")[:2] == ("person", "Tom Riley")
    assert _voice(doc, found, "politically motivated")[:2] == ("person", "Tom Riley")  # the quote goes on
    # "He said" after the lawyer spoke is the lawyer, not the client named in between.
    assert _voice(doc, found, "relied on documents")[:2] == ("person", "Daniel Okafor")


def test_unnamed_sources_questions_and_round_up_blocks(inquiry: tuple[Document, Attributions]) -> None:
    doc, found = inquiry
    assert _voice(doc, found, "criminal investigation was likely")[:3] == ("unnamed", "officials in the state "
                                                                          "attorney's office", "predicts")
    assert _voice(doc, found, "Why should anyone trust")[0::2] == ("reporter", "asks")
    assert _voice(doc, found, "If they hold up")[:3] == ("person", "Anna Berg", "predicts")
    assert _voice(doc, found, "Charities should publish")[:3] == ("person", "Mark Lee", "recommends")
    assert found.headers == ("Anna Berg", "Mark Lee")


def test_attributions_have_content_spans_and_mentions(inquiry: tuple[Document, Attributions]) -> None:
    doc, found = inquiry
    text = doc.article.text
    lawyer = next(a for a in found.attributions if a.speaker == "Daniel Okafor" and a.cue_start is not None
                  and text[a.cue_start : a.cue_end] == "said" and "cooperate" in text[a.content_start : a.content_end])
    assert text[lawyer.content_start : lawyer.content_end] == "his client would cooperate with investigators"
    assert lawyer.role == "His lawyer"
    quote = next(a for a in found.attributions if "never taken" in text[a.content_start : a.content_end])
    assert text[quote.content_start : quote.content_end].startswith('"I have never')
    assert quote.source_text == "he" and quote.speaker == "Tom Riley"


def test_according_to_and_one_of_them() -> None:
    text = ("Talks stalled on Monday, according to two people familiar with the negotiations. One of them said "
            "the centre party was ready to drop its demand if it won concessions on tax.")
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    assert found.voice_of(0).voice == "unnamed" and found.voice_of(0).speaker == "two people familiar with the " \
        "negotiations"
    assert found.voice_of(1).speaker == found.voice_of(0).speaker and found.voice_of(1).stance == "predicts"


def test_a_cue_inside_a_clause_does_not_make_the_sentence_someone_elses() -> None:
    text = ("More than 200 people crowded into the hall on Wednesday as the council confirmed the library would "
            "close. The money is less than half of what scientists say the town needs.")
    found = attribute(annotate(Article(text=text, source=Source())))
    assert found.voice_of(0).voice == "reporter" and found.voice_of(1).voice == "reporter"


def test_quotes_run_over_paragraphs_and_curly_marks_pair() -> None:
    text = '"The first part goes on\n\n"and the second part ends here," she said.'
    spans = quote_spans(text)
    assert (text.index('"and'), len(text) - len(" she said.")) in spans
    mixed = 'He asked: "Why now?” said Hill.'
    assert quote_spans(mixed) == [(mixed.index('"'), mixed.index("”") + 1)]


@pytest.mark.skipif(not Path("tests/data/reader/attribution_labelled.jsonl").exists(), reason="run from the repo")
def test_attribution_labelled_set_meets_its_target() -> None:
    from newsbrief.evaluation.reader import score_attribution_set

    report = score_attribution_set(Path("tests/data/reader/attribution_labelled.jsonl"))
    # First score before the stage existed: 0.359 (docs/benchmarks.md); target 0.9.
    assert report["accuracy"] >= 0.9 and report["voice_accuracy"] >= 0.9


def test_the_name_that_heads_the_source_is_the_speaker() -> None:
    text = ('"We checked every sample twice," Goddard planetary scientist Avi Mandell said in the statement. '
            'The team will publish its data next year.')
    found = attribute(annotate(Article(text=text, source=Source())))
    assert found.voice_of(0).speaker == "Avi Mandell"


def test_the_end_of_a_quotation_shown_alone_is_labelled_as_the_speakers_words() -> None:
    from newsbrief.analyze.voices import with_source
    from newsbrief.models import SentenceVoice

    voice = SentenceVoice(1, "person", "Feliciano Lopez", "asserts", False)
    doc = annotate(Article(text="Filler sentence here for the parse.", source=Source()))
    assert with_source(doc, 'Now we are in a good position to advance."', voice, False) == \
        '[Feliciano Lopez:] Now we are in a good position to advance."'
    assert with_source(doc, "The money went to the campaign.", voice, False) == \
        "[According to Feliciano Lopez, t]he money went to the campaign."


def test_she_is_never_the_magazine_and_an_accuser_backing_her_claim_denies_nothing() -> None:
    text = ("Maria Olsen has claimed her brother was murdered by his business partners.\n\n"
            "Earlier this week music trade magazine Billboard reported that his songs had earned the estate "
            "$1 billion.\n\n"
            "In an interview with a TV channel she said: \"It is a slap in the face to the whole family.\"\n\n"
            "Asked whether she believed he was murdered, she added: \"I never had a doubt.\"")
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    assert found.voice_of(1).voice == "organisation"
    assert found.voice_of(2).speaker == "Maria Olsen" and found.voice_of(3).speaker == "Maria Olsen"
    assert found.voice_of(3).stance != "denies"


def test_a_quotation_paragraph_after_a_named_paraphrase_is_that_speakers() -> None:
    text = ("What does the first local case mean?\n\n"
            "Dr Mark Fielder, a microbiologist at Kingston University, says it should not be a major cause "
            "for concern.\n\n"
            "\"It is a fairly mild disease really. Its ability to spread between people is not enormous.\"\n\n"
            "The council closed two schools on Monday.\n\n"
            "\"We will reopen them when the cleaning is done,\" the council said.")
    doc = annotate(Article(text=text, source=Source()))
    found = attribute(doc)
    quote = next(a for a in found.attributions if text[a.content_start:].startswith("\"It is a fairly mild"))
    assert quote.speaker == "Mark Fielder"
    assert not any(text[a.content_start:].startswith("\"We will reopen") and a.speaker == "Mark Fielder"
                   for a in found.attributions)


def test_an_organisation_parsed_as_a_second_subject_before_a_name_does_not_speak_for_the_person() -> None:
    text = ("In a letter calling for the meeting, CPUC President Marybel Batjer said that \"lack of service is not "
            "a mere inconvenience, it endangers lives.\"")
    found = attribute(annotate(Article(text=text, source=Source())))
    assert found.attributions and found.attributions[0].speaker == "Marybel Batjer"


def test_regret_is_not_advice() -> None:
    """"should never have happened" judges the past (Audit 12 labelled such regret "recommends");
    "should have to" is still advice."""
    from newsbrief.nlp.speech import _stance

    assert _stance("say", "the collapse should never have happened", "") == "asserts"
    assert _stance("say", "the firm must not have checked the beams", "") == "asserts"
    assert _stance("say", "no driver should have to wait three hours", "") == "recommends"
    assert _stance("say", "the council must repair the bridge", "") == "recommends"
