"""A wire dateline inside a head paragraph, after a run of story highlights, and a byline's job title glued to the
lead (Audit 50 #1 and #6: key point 1 opened on "Senior State Department Producer", key point 2 ran the highlights
together and ended on "Washington (CNN) --"). Invented articles through the real reader (extract on plain text).
"""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

LEAD = ("The harbour board has signed an order handing the old ferry terminal to the city council, "
        "a board official told reporters.")
REST = ("The official said the move would let the council reopen the terminal, hire staff and take over "
        "its bank account, worth about $2 million.\n\n"
        "The council had asked for the building in March, after the ferry company left the port.")
HIGHLIGHTS = ("Move follows a formal request by the city council Terminal staff will have to reapply for their "
              "jobs Board has warned this is a \"last chance,\" an official said")


def _article(text: str) -> tuple[str, str | None]:
    article = extract(RawDocument(text.encode(), content_type="text/plain"), Settings())
    return article.text, article.source.author


def test_highlights_run_into_an_inline_dateline_are_dropped() -> None:
    byline = "By Jane Roe, HTN Senior Harbour Affairs Producer The harbour board has said it will hand over the old ferry terminal this week."
    text, author = _article(f"{byline}\n\n{HIGHLIGHTS} Portsmouth (HTN) -- {LEAD}\n\n{REST}\n")
    paragraphs = text.split("\n\n")
    assert LEAD in paragraphs
    assert not any("Move follows" in p or "(HTN) --" in p for p in paragraphs)
    assert paragraphs[0] == "The harbour board has said it will hand over the old ferry terminal this week."
    assert author is not None and author.startswith("Jane Roe")


def test_a_sentence_before_an_inline_dateline_stays() -> None:
    before = "The board met for three hours behind closed doors on Monday night."
    text, _ = _article(f"Terminal handed over\n\n{before} Portsmouth (HTN) -- {LEAD}\n\n{REST}\n")
    paragraphs = text.split("\n\n")
    assert before in paragraphs and LEAD in paragraphs


def test_a_dated_wire_dateline_keeps_its_date() -> None:
    # "PORTSMOUTH, Oct. 9 (HTN) --": the words before the wire are the dateline's own place and day, not highlights.
    text, _ = _article(f"PORTSMOUTH, Oct. 9 (HTN) -- {LEAD}\n\n{REST}\n")
    assert text.split("\n\n")[0] == f"PORTSMOUTH, Oct. 9 (HTN) -- {LEAD}"  # the review: the old "or" could not fail
