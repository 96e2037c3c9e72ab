"""Quotes in the wrong mouth or in none, session 18 (reader Audit 29, 30.3 "Misattributed" and 30.4 pattern 1), on
short texts written for these tests:

1. A quotation introduced by "In his words:", "She wrote:" / "She wrote on Facebook:" or "the speech said" is the
   named person's, and a passage quoted after "In his Cairo speech, Obama said ..." is Obama's.
2. "X wrote on Facebook: '...', CBC reported" / "according to CBC": X's words, not the outlet's.
3. A writer's figure of speech that makes a thing talk ("my bare wrists hiss at me: '...'") gives the words to no
   one among the actors (never to the company the column is about).
4. "The article said" after a named paper is the paper's; a quoted page name is no quotation.
5. A quotation whose speaker is named only in the next sentence ("'...' Nasser told the anchor.").

Near misses: "CBC reported that ..." keeps CBC; a quote after "Apple's chief said" keeps its speaker; a post
quoted after "He wrote on the page:" stays a quotation; "My editor wrote back: '...'" stays a quotation (an own
person, not an own body part); 'He told the group, "...", and left' stays the coach's quotation; "the speech said"
with no author named before goes to no one else (these three added after the first score). First score on unchanged main 1d0b803: see the commit
that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import analyze_quotes
from newsbrief.models import Article, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow

_WORDS = ("Apple will unveil its new watch next week. Analyst Jon Prater expects the gold model to cost far more "
          "than anyone thinks. In his words: \"The price will be shockingly high, close to a thousand dollars.\"")
_WROTE = ("Rumours spread on Monday that the volunteer fighter Anna Lind had been captured near the border. Lind "
          "denied it within hours. She wrote: \"I am safe and with my unit, so please do not believe the rumours.\"")
_FACEBOOK = ("Police in Ontario had been searching for Mark Dorian for a week. On Friday he answered them online. "
             "Dorian wrote on Facebook: \"This is no joke, I will walk into the station tomorrow,\" CBC reported.")
_ACCORDING = ("Police in Ontario had been searching for Mark Dorian for a week. Dorian posted a reply on Facebook: "
              "\"I will walk into the station tomorrow with my lawyer,\" according to CBC.")
_SPEECH = ("In his Cairo speech in 2009, the president spoke about freedom. \"No system of government can or should "
           "be imposed by one nation on any other,\" the speech said. Critics say he did not follow it.")
_CAIRO = ("Critics say the White House has been slow to respond. In his Cairo speech, Obama said the region's "
          "rulers must listen to their people. \"You must maintain your power through consent, not coercion.\" "
          "Two years later, the crowds took him at his word.")
_BLOG = ("Tom Madden, who writes a blog on the city's restaurants, heard the rumour first. \"It would not surprise "
         "me to see the place close by summer,\" he said earlier this month. The owner has not commented.")
_WRISTS = ("Apple will unveil its first watch on Monday. I have not worn a watch in ten years, and every morning my "
           "bare wrists hiss at me: \"You're going to leave us naked again?\" Apple thinks millions feel the same.")
_ARTICLE = ("China's state media weighed in on Tuesday. The People's Daily ran a long commentary on the crisis. "
            "The article said: \"Some Western countries want to fish in troubled waters.\"")
_PAGE = ("Within a day of his release, supporters set up a Facebook page, \"I delegate Omar to speak on my "
         "behalf\", which drew 50,000 members.")
_NEXT = ("The activist was released on Sunday and went straight to a television studio. \"We did not plan any of "
         "this. We only wanted to be heard.\" Nasser told the anchor before breaking down in tears.")
# near misses
_CBC = ("Police in Ontario had been searching for Mark Dorian for a week. CBC reported that officers had found "
        "his car near the lake. \"We are close,\" a police spokesman told CBC.")
_CHIEF = ("Apple will unveil its first watch on Monday. \"It will change how you live,\" Apple's chief Tim Cook "
          "said.")
_POST = ("The activist kept a page on Facebook. He wrote on the page: \"I will be back soon, wait for me.\" "
         "Thousands shared it.")
_EDITOR = ("I filed the story at midnight. My editor wrote back at once: \"Cut it by half and send it again before "
           "dawn.\" I did.")
_GROUP = ("The coach met the squad before the final. He told the group, \"We will not stop until the whistle\", and "
          "left the room.")
_UNSAID = ("Critics have long quoted the speech. \"No system of government can be imposed by one nation on any "
           "other,\" the speech said.")

# (text, a piece of the quote, a speaker part it must have (None: none needed), speakers it must not have,
#  whether it stands among the Quotes at all (None: either way))
CASES: list[tuple[str, str, str | None, tuple[str, ...], bool | None]] = [
    (_WORDS, "shockingly high", "Prater", (), True),
    (_WROTE, "I am safe", "Lind", (), True),
    (_FACEBOOK, "This is no joke", "Dorian", ("CBC",), None),
    (_ACCORDING, "walk into the station", "Dorian", ("CBC",), None),
    (_SPEECH, "No system of government", "president", (), True),
    (_CAIRO, "consent, not coercion", "Obama", (), True),
    (_BLOG, "would not surprise", "Madden", (), True),
    (_WRISTS, "leave us naked", None, ("Apple",), None),
    (_ARTICLE, "fish in troubled waters", "People's Daily", ("the article", "The article"), True),
    (_PAGE, "I delegate Omar", None, (), False),
    (_NEXT, "only wanted to be heard", "Nasser", ("the anchor",), True),
    (_CBC, "We are close", "spokesman", ("CBC",), True),
    (_CHIEF, "change how you live", "Cook", (), True),
    (_POST, "I will be back soon", None, (), True),
    (_EDITOR, "Cut it by half", None, (), True),
    (_GROUP, "We will not stop", "coach", (), True),
    (_UNSAID, "No system of government", None, ("Critics", "critics"), True),
]


def quote_speakers(text: str, piece: str) -> list[str | None]:
    """The speakers of the Quotes items holding ``piece`` (empty: no such quote)."""
    doc = annotate(Article(text=text, source=Source(title="Test")))
    items = analyze_quotes(doc, build_context(doc))
    return [item.payload.speaker if isinstance(item.payload, QuoteInfo) else None
            for item in items if piece in item.text]


def case_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...], quoted: bool | None) -> bool:
    """Whether the Quotes hold ``piece`` as asked, with the expected speaker and none of ``never``."""
    speakers = quote_speakers(text, piece)
    if quoted is not None and bool(speakers) != quoted:
        return False
    if expected is not None and speakers and not all(s is not None and expected.lower() in s.lower()
                                                     for s in speakers):
        return False
    return not any(s is not None and any(n.lower() == s.strip().lower() for n in never) for s in speakers)


@pytest.mark.parametrize(("text", "piece", "expected", "never", "quoted"), CASES,
                         ids=[f"quote{i}" for i in range(len(CASES))])
def test_the_quote_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...],
                                   quoted: bool | None) -> None:
    assert case_ok(text, piece, expected, never, quoted), quote_speakers(text, piece)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    return sum(case_ok(*case) for case in CASES), len(CASES)


if __name__ == "__main__":
    for i, case in enumerate(CASES):
        print(i, case_ok(*case), quote_speakers(case[0], case[1]))
    print(score())
