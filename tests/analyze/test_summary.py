"""Key points: page furniture is skipped or trimmed, and the trimmed point cites what it keeps."""

from __future__ import annotations

import pytest

from newsbrief.analyze.summary import prefix_length
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import brief_document
from newsbrief.settings import Settings


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("updated 8:10 AM EDT, Tue March 3, 2026 The ferry operator cancelled every crossing on Monday.",
         "The ferry operator cancelled every crossing on Monday."),
        ("Published: 10:12 EST, 3 March 2026 | Updated: 11:02 EST, 3 March 2026 The mayor resigned on Friday.",
         "The mayor resigned on Friday."),
        ("OSLO, Norway (Reuters) -- The central bank raised its main rate to 4.5 percent.",
         "The central bank raised its main rate to 4.5 percent."),
        ("BERGEN, Norway — The ferry operator cancelled every crossing on Monday.",
         "The ferry operator cancelled every crossing on Monday."),
        ("NEW YORK -- The city council passed the budget late on Friday.",
         "The city council passed the budget late on Friday."),
        ("NATO — the alliance of 32 countries — said on Monday that it would meet.",
         "NATO — the alliance of 32 countries — said on Monday that it would meet."),
        ("Scroll down for video A volunteer pulled two swimmers from the harbour at dawn.",
         "A volunteer pulled two swimmers from the harbour at dawn."),
        # Real sentences that merely open like furniture stay whole.
        ("Posted on the door of the town hall was a notice about the water supply.",
         "Posted on the door of the town hall was a notice about the water supply."),
        ("Published in May, the audit found that most depots had cut their staff.",
         "Published in May, the audit found that most depots had cut their staff."),
        ("Updated 9:15 AM", "Updated 9:15 AM"),  # nothing worth keeping would follow
    ],
)
def test_prefix_length(text: str, rest: str) -> None:
    assert text[prefix_length(text):] == rest


ARTICLE = "\n".join([
    "Share this with",
    "Email",
    "Facebook",
    "Copy this link",
    "Media playback is not supported on this device",
    "updated 7:40 AM GMT, Wed March 4, 2026 Harbour officials in Bergvik closed the northern quay on Tuesday "
    "after a crane collapsed onto two fishing boats.",
    "Nobody was injured, the port authority said, but both boats sank at their moorings.",
    "Engineers will inspect the remaining cranes this week before the quay reopens.",
    "The collapsed crane had been installed in 1998 and was due to be replaced next year.",
    "Local fishermen said the closure would cost them several days of landings.",
])


def test_boilerplate_lines_are_not_points_and_prefixes_are_trimmed() -> None:
    doc = annotate(Article(text=ARTICLE, source=Source(title="Crane collapses on Bergvik quay")))
    # One paragraph per line: the share buttons are sentences of their own, not glued to the news.
    assert doc.sentences[0].text == "Share this with"
    brief = brief_document(doc, Settings())
    summary = brief.section("summary")
    assert summary is not None
    texts = [item.text for item in summary.items]
    assert texts[0].startswith("Harbour officials in Bergvik closed the northern quay")
    assert not any(word in " ".join(texts) for word in ("Share this", "Media playback", "Copy this link", "7:40"))
    citation = summary.items[0].citations[0]
    assert doc.article.text[citation.start:citation.end] == texts[0]


def test_a_name_that_is_also_a_connective_is_kept() -> None:
    from newsbrief.analyze.openings import repair_opening

    doc = annotate(Article(text="Mara Still won the county race. Still, the result surprised her coach. "
                                "Still, 23, trains every morning before work.", source=Source()))
    texts = [repair_opening(doc, s, ()) for s in doc.sentences]
    assert texts[1] == "[T]he result surprised her coach."
    assert texts[2] is not None and texts[2].startswith("Still, 23")


def test_a_question_asked_as_its_own_paragraph_is_not_a_key_point() -> None:
    text = ("What is the significance of the first person-to-person transmission of the new flu virus in the town?\n\n"
            "This is the point at which the flu virus could start to spread through the town.\n\n"
            "Dr Ann Holt, a microbiologist, says the transmission of the virus should not be a major concern.\n\n"
            "\"It is a fairly mild disease. Its ability to spread between people is not enormous.\"\n\n"
            "She adds that handwashing would halt the ability of the virus to spread quickly.\n\n"
            "\"We have had far more deaths from other diseases than from this virus.\"")
    doc = annotate(Article(text=text, source=Source()))
    summary = brief_document(doc, Settings()).section("summary")
    assert summary is not None
    texts = [item.text for item in summary.items]
    assert texts and not any(t.endswith("?") for t in texts), texts
