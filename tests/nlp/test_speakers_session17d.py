"""Words in the wrong mouth, session 17d (reader Audit 27, 28.3 #4 and #6), on short texts written for these tests:

1. A column's embedded first-person report: the columnist introduces someone's text ("Nadia Farouk, a teacher
   who wrote last week's Letter, sent this report:") or ends her own part with a sign-off line ("- Helen Marsh")
   and the report follows, often under a name line ("Letter, Nadia Farouk"). The report's sentences are its
   author's, not the columnist's, until the text ends or the writer speaks again.
2. A blogger's block after "<Name> writes:" / "<Name> blogs:" with no quotation marks is that blogger's words.
3. The writer's remark about a source appended to its sentence ("The blog expects ... - and the blog has been
   credible in the past") is not the source's position: Who says what shows the sentence up to the remark.

Near misses: a column with a sign-off at its end only (no report after it) keeps its sentences the writer's; a
"my neighbour sent me a letter." with no colon introduces nothing; the writer's own paragraph after the block
(naming the blogger in the third person) is the writer's again. First score on unchanged main: 7/14 (the commit that added this file); 1/2 for the two Who says what
cases added after it (the near miss passed).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from tests.nlp.speaker_cases import voiced_speaker_ok, voiced_speakers_of

pytestmark = pytest.mark.slow

_SENT = ("The square was full again on Tuesday, and the crowd was younger than last week's.\n\nNadia Farouk, a "
         "teacher in Alexandria who wrote last week's Letter, sent this report:\n\nI went back to the square on "
         "Tuesday with my sister. We carried bread and water for the families sleeping near the fountain.\n\nThe "
         "soldiers let us pass without a word. Nobody there believes the promises on television any more.")
_SIGNED = ("The square was full again on Tuesday, and the crowd was younger than last week's. Here is one of them, "
           "in her own words.\n\n- Helen Marsh\n\nLetter, Nadia Farouk\n\nI went back to the square on Tuesday with "
           "my sister. We carried bread and water for the families sleeping near the fountain.\n\nThe soldiers let "
           "us pass without a word. Nobody there believes the promises on television any more.")
_BLOG = ("The budget vote split the party on Thursday.\n\nConservative blogger Mark Hale writes:\n\nThe president "
         "has lost control of his own party. His budget is a fantasy that no serious person can defend, and the "
         "deficit will swallow it by spring.")
_BLOGS = ("The budget vote split the party on Thursday. Anne Fry, who edits a liberal site, blogs:\n\nThis budget "
          "is the boldest plan in a generation. The critics have simply not read it.")
# near miss: the writer speaks again after the block (naming the blogger in the third person)
_BLOG_AFTER = ("The budget vote split the party on Thursday.\n\nConservative blogger Mark Hale writes:\n\nThe "
               "president has lost control of his own party. His budget is a fantasy that no serious person can "
               "defend.\n\nHale has run his site from Ohio since 2009. The vote is expected again next week.")
# near miss: a sign-off that closes the page has nothing after it to give away
_SIGN_END = ("The square was full again on Tuesday, and the crowd was younger than last week's. The soldiers let "
             "them pass without a word.\n\n- Helen Marsh")
# near miss: no colon, no text presented: the next sentence is the writer's
_LETTER = ("My neighbour sent me a letter last week. The bins on our street have not been emptied for a month, and "
           "the council has stopped answering the phone.")

# (text, a piece of the content, a speaker part that must appear (None: any or none), names that must not)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_SENT, "went back to the square", "Farouk", ()),
    (_SENT, "carried bread", "Farouk", ()),
    (_SENT, "promises on television", "Farouk", ()),
    (_SIGNED, "went back to the square", "Farouk", ("Helen Marsh",)),
    (_SIGNED, "promises on television", "Farouk", ("Helen Marsh",)),
    (_BLOG, "lost control", "Hale", ()),
    (_BLOG, "deficit will swallow", "Hale", ()),
    (_BLOGS, "boldest plan", "Fry", ()),
    (_BLOGS, "not read it", "Fry", ()),
    (_BLOG_AFTER, "fantasy", "Hale", ()),
    (_BLOG_AFTER, "run his site", None, ("Mark Hale", "Hale")),
    (_BLOG_AFTER, "expected again", None, ("Mark Hale", "Hale")),
    (_SIGN_END, "pass without", None, ("Helen Marsh",)),
    (_LETTER, "bins on our street", None, ("neighbour", "My neighbour", "my neighbour")),
]


_REMARK = ("Apple will unveil a new watch in March. The iGen blog expects the watch to cost about $300 - and the "
           "blog has been credible in the past.")
# near miss: the clause after ", and" is about something else and stays in the entry
_PRICE = ("Apple will unveil a new watch in March. The iGen blog expects the watch to cost about $300 - and the "
          "strap is leather.")
ENTRIES: list[tuple[str, str, bool]] = [(_REMARK, "credible", False), (_PRICE, "strap is leather", True)]


def _entry_ok(text: str, piece: str, shown: bool) -> bool:
    doc = annotate(Article(text=text, source=Source(title="Test")))
    entries = [i for i in analyze_positions(doc, build_context(doc)) if isinstance(i.payload, PositionInfo)
               and "blog" in (i.payload.speaker or "")]
    return bool(entries) and all((piece in i.text) == shown for i in entries)


@pytest.mark.parametrize(("text", "piece", "shown"), ENTRIES, ids=["remark", "other-subject"])
def test_a_remark_about_the_source_is_not_its_position(text: str, piece: str, shown: bool) -> None:
    assert _entry_ok(text, piece, shown)


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_an_introduced_text_is_its_authors(text: str, piece: str, expected: str | None,
                                           never: tuple[str, ...]) -> None:
    assert voiced_speaker_ok(text, piece, expected, never), voiced_speakers_of(text, piece)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(voiced_speaker_ok(*case) for case in SPEAKERS) + sum(_entry_ok(*case) for case in ENTRIES)
    return right, len(SPEAKERS) + len(ENTRIES)


if __name__ == "__main__":
    for i, case in enumerate(SPEAKERS):
        print(i, voiced_speaker_ok(*case), voiced_speakers_of(case[0], case[1]))
    print(score())
