"""Quote speakers in a family that shares a surname, and a person named only by a first name through a relation.

The lead's reading of unseen Newsroom rows (session 20) found a defendant's words ("Brown said Pratcher told a friend:
'...'") shown as his brother's, because a bare surname three relatives share went to the one named last before it;
and a tweet by "Andy Murray's mother, Judy" must not be given a surname the article never writes. Articles below are
invented.
"""

from __future__ import annotations

from newsbrief.models import Article, QuoteInfo, Source
from newsbrief.pipeline import brief_article
from newsbrief.settings import Settings

_FAMILY = (
    "A jury on Monday convicted Tomas Velder of second-degree murder in the 2019 shooting of a shop owner in "
    "Easton.\n\n"
    "Velder, 24, faces up to 40 years in prison when he is sentenced in June. His brother, Marcus Velder Jr., "
    "testified for the defense during the two-week trial.\n\n"
    "\"He was never the kind of person to plan something like this,\" said Marcus Velder Sr., the defendant's "
    "father, outside the courtroom.\n\n"
    "His mother, Elena Velder, wept as the verdict was read.\n\n"
    "Prosecutor Hannah Cole told jurors the killing was deliberate. Witnesses placed Velder at the shop with a "
    "pistol that night.\n\n"
    "\"The evidence left no doubt about what happened in that shop,\" Cole said after the verdict.\n\n"
    "Cole said Velder later told a cousin: \"I did what I came there to do.\""
)

_RELATION = (
    "Lena Ortiz beat the top seed in straight sets on Tuesday to reach her first final.\n\n"
    "Ortiz later puzzled over a post by Carla Mendes's mother, Judy, about her win. \"Ortiz is like a kettle: "
    "leave her on the fire and you will hear how hot she gets,\" Judy wrote.\n\n"
    "Ortiz said she had never met her. \"I have no idea who she is, but I like kettles,\" Ortiz said."
)


def _quotes(text: str) -> dict[str, str | None]:
    brief = brief_article(Article(text=text, source=Source()), Settings())
    quotes: dict[str, str | None] = {}
    for name in ("quotes", "summary"):
        section = brief.section(name)
        for item in section.items if section is not None else ():
            if isinstance(item.payload, QuoteInfo):
                quotes[item.text] = item.payload.speaker
    return quotes


def _speaker_of(quotes: dict[str, str | None], words: str) -> str | None:
    return next((speaker for text, speaker in quotes.items() if words in text), None)


def test_a_shared_family_surname_is_not_the_relative_named_last() -> None:
    speaker = _speaker_of(_quotes(_FAMILY), "I did what I came there to do")
    # the defendant (the family's first full-named person) or the surname as written; never his mother or brother
    assert speaker in (None, "Tomas Velder", "Velder"), speaker


def test_a_title_before_the_shared_surname_keeps_the_relative() -> None:
    text = _FAMILY.replace("wept as the verdict was read.", "wept as the verdict was read. \"My son did not plan "
                           "any of this, and the jury never heard him,\" Mrs Velder said after the hearing.")
    speaker = _speaker_of(_quotes(text), "did not plan any of this")
    assert speaker in (None, "Elena Velder", "Mrs Velder"), speaker


def test_a_relative_named_in_full_keeps_the_quote() -> None:
    # (the quote may stand as a key point instead: Quotes does not repeat key points)
    speaker = _speaker_of(_quotes(_FAMILY), "never the kind of person")
    assert speaker is None or speaker.startswith("Marcus Velder"), speaker


def test_a_surname_no_one_else_shares_is_the_full_name() -> None:
    assert _speaker_of(_quotes(_FAMILY), "left no doubt") in (None, "Hannah Cole")


def test_a_first_name_through_a_relation_gets_no_invented_surname() -> None:
    quotes = _quotes(_RELATION)
    speaker = _speaker_of(quotes, "like a kettle")
    assert speaker is None or "Judy" in speaker, quotes
    assert speaker is None or "Judy Mendes" not in speaker, quotes
    assert _speaker_of(quotes, "no idea who she is") in (None, "Lena Ortiz"), quotes
