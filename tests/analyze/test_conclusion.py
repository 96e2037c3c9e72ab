"""The conclusion section: how the article ends, never furniture or a sentence from the middle.

The articles are written for these tests. They are annotated directly (not
through ``extract``), so the analyzer itself must pass over the furniture
that ends them.
"""

from __future__ import annotations

from newsbrief.analyze.closing_context import leans_back
from newsbrief.analyze.conclusion import analyze_conclusion, closing_window, is_question, quoted_share
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.sections import SECTIONS

BODY = """Ministers from Norway and Denmark signed a deal in Oslo on Wednesday to build an undersea power cable between the two countries.

The cable will carry 1.4 gigawatts of power and cost about 2.1 billion euros, the two energy ministries said in a joint statement.

Talks began in 2019 but broke down twice over who would pay for the converter stations on each coast.

Industry groups welcomed the agreement, saying it would let wind farms sell power that is now wasted on windy nights."""

CLOSING = """Construction is expected to begin next spring. Environmental reviews could still delay the first power until 2031, officials warned."""


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="Cable deal", date="2026-03-12")))


def _conclusion(text: str) -> tuple[Document, tuple[Item, ...]]:
    doc = _doc(text)
    return doc, analyze_conclusion(doc, build_context(doc))


def _cited(doc: Document, items: tuple[Item, ...]) -> list[str]:
    by_id = {s.id: s.text for s in doc.sentences}
    return [by_id[citation.sentence_id] for item in items for citation in item.citations]


def test_the_section_record_names_this_analyzer() -> None:
    assert SECTIONS.get("conclusion").analyzer == "newsbrief.analyze.conclusion:analyze_conclusion"


def test_closes_with_the_last_sentence_alone_when_it_is_a_bottom_line() -> None:
    # Audit 12: the sentence before the close, printed beside it, was most often a detail to delete.
    doc, items = _conclusion(f"{BODY}\n\n{CLOSING}")
    assert _cited(doc, items) == [
        "Environmental reviews could still delay the first power until 2031, officials warned.",
    ]
    assert all(item.text == text for item, text in zip(items, _cited(doc, items), strict=True))


def test_a_final_quotation_keeps_the_sentence_before_it() -> None:
    # The Quotes section may show the final quotation's words, and compose then drops it as a repeat:
    # the sentence before keeps the brief from ending without a conclusion (the Nordic cable example).
    ending = ('For now, the harbour towns are celebrating. Mayor Lise Dal said she hoped the cable would be '
              '"the start of something much bigger for all of us".')
    doc, items = _conclusion(f"{BODY}\n\n{ending}")
    assert _cited(doc, items)[0] == "For now, the harbour towns are celebrating."
    assert len(items) == 2


def test_a_flat_closing_detail_gives_way_to_the_bottom_line_before_it() -> None:
    # Audit 14 (docs/audit.md 15.3): a flat colour detail as the close is useless; the bottom line before it is the close.
    ending = ("Construction is expected to begin next spring. "
              "The signing took place in a former customs house on the harbour.")
    doc, items = _conclusion(f"{BODY}\n\n{ending}")
    assert _cited(doc, items) == ["Construction is expected to begin next spring."]


def test_wire_credits_and_separators_are_passed_over() -> None:
    text = (f"{BODY}\n\n{CLOSING}\n\n___\n\n"
            "Associated Press writers Lars Berg and Ann Holm contributed to this report.\n\n"
            "(Reporting by Jane Doe; Editing by Mark Roe)")
    doc, items = _conclusion(text)
    assert _cited(doc, items)[-1] == "Environmental reviews could still delay the first power until 2031, officials warned."
    assert not any("contributed" in item.text or "Editing" in item.text for item in items)


def test_corrections_notes_and_publisher_boilerplate_are_passed_over() -> None:
    text = (f"{BODY}\n\n{CLOSING}\n\n"
            "Correction: An earlier version of this story misstated the cost of the cable.\n\n"
            "Editor's note: This article was updated to include comment from the Danish ministry.\n\n"
            "The Northern Ledger is written by a team of six reporters and published by Ledger Media. "
            "Sign up for our newsletter to get the latest news in your inbox.")
    doc, items = _conclusion(text)
    assert _cited(doc, items)[-1].startswith("Environmental reviews could still delay")
    assert len(items) == 1


def test_a_credit_sentence_inside_the_last_paragraph_is_not_the_conclusion() -> None:
    text = f"{BODY}\n\n{CLOSING} Jane Doe in Copenhagen contributed reporting."
    doc, items = _conclusion(text)
    assert _cited(doc, items)[-1].startswith("Environmental reviews could still delay")


def test_a_cut_off_fragment_is_not_the_conclusion() -> None:
    text = f"{BODY}\n\n{CLOSING} The ministers said the next step would be to"
    doc, items = _conclusion(text)
    assert all(text.rstrip().endswith(".") for text in _cited(doc, items))
    assert _cited(doc, items)[-1].startswith("Environmental reviews could still delay")


def test_questions_to_readers_and_comment_notes_are_passed_over() -> None:
    text = (f"{BODY}\n\n{CLOSING}\n\n"
            "The Swedish grid operator did not immediately respond to a request for comment.\n\n"
            "What do you think about the deal? Let us know in the comments below.")
    doc, items = _conclusion(text)
    assert _cited(doc, items)[-1].startswith("Environmental reviews could still delay")
    assert not any(item.text.endswith("?") or "comment" in item.text for item in items)


def test_a_final_quote_closes_with_the_sentence_naming_its_speaker() -> None:
    ending = ('Holm said the cable would change how the region trades power. '
              '"We have waited six years for this," he said. "Now the hard part begins."')
    doc, items = _conclusion(f"{BODY}\n\n{ending}")
    # "he said" alone leaves a reader asking who: the sentence naming Holm comes with it (reader Audit 7)
    assert _cited(doc, items) == ["Holm said the cable would change how the region trades power.",
                                  '"We have waited six years for this," he said.', '"Now the hard part begins."']


def test_a_quote_without_its_speaker_is_not_shown_alone() -> None:
    # The last real paragraph is one line, so the paragraph before it closes the story too.
    ending = 'The ministers will meet again in May.\n\n"Now the hard part begins."'
    doc, items = _conclusion(f"{BODY}\n\n{ending}")
    assert _cited(doc, items) == ["The ministers will meet again in May."]


def test_an_article_ending_in_a_list_has_no_conclusion() -> None:
    # The prose before a list of tour dates is the middle of the story: nothing stands in.
    dates = "\n\n".join(f"June {d} -- Arena {d}, Oslo" for d in range(1, 9))
    doc, items = _conclusion(f"{BODY}\n\nThe band will play these dates:\n\n{dates}")
    assert items == ()
    assert closing_window(doc) == []


def test_never_the_lead() -> None:
    text = ("Ministers from Norway and Denmark signed a deal in Oslo on Wednesday to build a cable. "
            "The cable will cost about 2.1 billion euros.\n\n"
            "___\n\n(Reporting by Jane Doe; Editing by Mark Roe)")
    assert _conclusion(text)[1] == ()


def test_question_and_quote_helpers() -> None:
    assert is_question("What do you think?")
    assert is_question("“After two more years of this,” she asks, “what will be left?”")
    assert not is_question('The owners were left to wonder: "what did we do to deserve this?"')
    assert quoted_share('"Nobody wants concrete where there used to be sand," she said.') > 0.5
    assert quoted_share("Penrose admitted that the wall would not please everyone.") == 0.0
    assert quoted_share('"The quote goes on into the next sentence and is not closed here.') == 1.0


def test_example_conclusions(cable_doc: Document) -> None:
    items = analyze_conclusion(cable_doc, build_context(cable_doc))
    last = cable_doc.sentences[-1]
    # The example's last sentence, "Whether it does will depend on ...", leans on the one before it
    # (its verb left out), so the conclusion ends on the sentence before it.
    assert leans_back(cable_doc, last)
    assert items[-1].citations[0].sentence_id == cable_doc.sentences[-2].id
    # Every sentence of the conclusion comes from the article's last paragraph.
    assert {cable_doc.sentences[int(i.citations[0].sentence_id[1:]) - 1].paragraph for i in items} == {last.paragraph}


def test_a_quotation_running_on_past_its_speaker_closes_only_with_the_sentence_naming_them() -> None:
    closing = ('The mayor, who opened the terminal last year, said: "I do not think we can move on until we '
               'know what failed. Who signed the permits and why.')
    _, items = _conclusion(BODY + "\n\n" + closing)
    texts = [item.text for item in items]
    # one statement: the speaker's sentence and the quotation's last words, never the words alone
    assert len(texts) == 1 and texts[0].endswith("Who signed the permits and why."), texts
    assert texts[0].startswith("The mayor, who opened the terminal last year, said:"), texts


def test_a_quote_reopened_without_closing_keeps_its_speaker() -> None:
    # The page left out the closing mark before reopening the quote: the marks pair up, yet the
    # last sentence is still the agency's words (reader Audit 6, issue #11 pattern 8).
    closing = ('The ministry said: "These results support the advice to farmers that they should keep '
               'sick workers away from the herds. "Nothing shows that the strain is present in local herds. '
               'We will keep watching the farms closely and tell the public of any change."')
    doc, items = _conclusion(BODY + "\n\n" + closing)
    assert [item.text[:18] for item in items] == ["The ministry said:"]
    assert len(_cited(doc, items)) >= 2  # the speaker's sentence and the quotation's words after it


def test_a_closing_sentence_that_leans_on_the_one_before_is_not_the_conclusion() -> None:
    # "Whether it does" stands for the claim before it (a verb left out): shown alone, a reader cannot
    # tell what "it does" is (the demo brief's last conclusion item).
    text = BODY + ("\n\nFor now, the ministers are celebrating. Holm called the cable a model for how small "
                   "countries can build big things together. Whether it does will depend on whether the "
                   "cost estimate holds and whether the permits arrive on time.")
    doc, items = _conclusion(text)
    cited = _cited(doc, items)
    assert cited and not [t for t in cited if t.startswith("Whether it does")], cited


def test_a_fact_box_line_without_a_finite_verb_is_no_conclusion() -> None:
    text = BODY + ("\n\nThe ministers are expected to meet again in May to settle the grid rules.\n\n"
                   "Possibly the longest undersea cable to be laid in the region.")
    doc, items = _conclusion(text)
    cited = _cited(doc, items)
    assert cited and not [t for t in cited if t.startswith("Possibly")], cited
