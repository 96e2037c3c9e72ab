"""Words in the wrong mouth or in no one's (issue #11; the lead's reading of unseen Newsroom briefs, docs/benchmarks.md
session 14), on short texts written for these tests:

1. Reported-speech frames that name their source without a "said": "X was quoted as saying ...", "X was heard
   telling ...", "X was overheard ...", "X is said to have told ...". Near-misses: "quoted as" in its pricing
   sense, "heard" of a sound, a sentence where the words are not reported speech.
2. Loud and quiet speech verbs ("shouted", "cried", "roared", "muttered", "whispered") introduce a quotation or a
   that-clause; "cried" with neither is weeping and says nothing.
3. A review's lines are the work's, never its director's: "director X tells the story of ..." makes no statement
   piece whose quotations are X's; a '— "...," he says —' set off by dashes is the subject's of its sentence and
   frames the quotation only; "one of the players says" is one the text does not name.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_session12_speakers2 import check_speaker

_QUOTED = ("The mayor faced angry voters on Monday. Mayor Ann Cole was quoted as saying that the bridge would "
           "open in May.")
_QUOTED_PAPER = ("The bridge has been delayed again. Council leader Tom Reed was quoted by the local paper as "
                 "saying the builders had run out of money.")
_QUOTED_PRICE = ("Shares in Gulf Petro rose on Monday. The stock was quoted as high as 40 dollars in early "
                 "trading before it fell back.")
_HEARD = ("The match ended in a brawl on Saturday. Coach Daniel Marsh was heard telling his players that the "
          "referee had cheated them.")
_HEARD_NOISE = ("The storm hit the town on Saturday night. Residents heard the roof of the school collapse "
                "shortly after midnight.")
_OVERHEARD = ("The summit ended without a deal on Friday. The prime minister was overheard saying that the "
              "talks had been a waste of time.")
_SAID_TO = ("The club's owner has been under pressure for months. Victor Osei is said to have told the board "
            "that he would sell the club by the summer.")
_SAID_TO_BE = ("The club's owner has been under pressure for months. Victor Osei is said to be the richest man "
               "in the city.")
_SHOUTED = ("Protesters blocked the road on Monday. \"We will not move until the plant is closed,\" Maria Lopez "
            "shouted at the police.")
_ROARED = ("The crowd filled the stadium on Sunday. \"This is our year,\" roared the club captain, Jamal Price.")
_WHISPERED = ("The room fell silent after the verdict. Ana Ruiz whispered that she had expected nothing better "
              "from the court.")
_MUTTERED = ("The minister left the meeting early. \"They have learned nothing,\" Peter Lang muttered as he "
             "walked out.")
_CRIED_QUOTE = ("The family waited outside the court for hours. \"He is innocent and they know it,\" cried his "
                "mother, Jean Hale.")
_CRIED_WEPT = ("The family waited outside the court for hours. Jean Hale cried when the verdict was read. The "
               "judge said the sentence would follow in May.")

# A review: a line of the work is no statement of its director (the lead's reading of a film review, session 14)
_STORY = ("In \"The Long Road\", director Ana Ruiz tells the story of a soldier walking home from war.\n\n"
          "Ruiz shoots the mountains in cold blue light. \"All I want is to see my son again.\"\n\n"
          "The film is slow but moving. Three and a half stars.")
_STORY_SAYS = ("Director Ana Ruiz says her new film is about her own father.\n\n"
               "\"He walked home from the war and never spoke about it. All I wanted was to give him a voice.\"")
_DASHED = ("Director Tom Reed played baseball in college himself, and his new film knows the game.\n\n"
           "Willow, the team's dreamy pitcher, gets a moment of calm when he talks about the mound — \"It's quiet "
           "out there, like church,\" he says — and the others laugh at him.")
_ONE_OF = ("Director Tom Reed played baseball in college himself, and his new film knows the game.\n\n"
           "Willow, the team's dreamy pitcher, gets a moment of calm when he talks about the mound — \"It's quiet "
           "out there, like church,\" he says — and the others laugh at him. At one point, one of the players "
           "looks at the crowd and says, \"We came here to play ball, not to dance with them.\"")

# (text, a piece of the content, a speaker that must hold it (a substring; None: no speaker required),
#  speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_QUOTED, "open in May", "Cole", ()),
    (_QUOTED_PAPER, "run out of money", "Reed", ()),
    (_HEARD, "referee had cheated", "Marsh", ()),
    (_OVERHEARD, "waste of time", "prime minister", ()),
    (_SAID_TO, "sell the club", "Osei", ()),
    (_SHOUTED, "will not move", "Lopez", ()),
    (_ROARED, "This is our year", "Price", ()),
    (_WHISPERED, "expected nothing better", "Ruiz", ()),
    (_MUTTERED, "learned nothing", "Lang", ()),
    (_CRIED_QUOTE, "He is innocent", "Hale", ()),
    # near-misses: the judge speaks, not the weeping mother
    (_CRIED_WEPT, "sentence would follow", "judge", ("Jean Hale", "Hale")),
    # a review: "X tells the story of" is the work's telling, not a statement whose lines follow
    (_STORY, "see my son", None, ("Ana Ruiz", "Ruiz")),
    (_STORY_SAYS, "give him a voice", "Ruiz", ()),
    # a "he says" set off by dashes inside a sentence is its subject's, not the director's named before
    (_DASHED, "quiet out there", "Willow", ("Tom Reed", "Reed")),
    # the dashes frame the quotation only; "one of the players" is one the text does not name
    (_ONE_OF, "play ball", None, ("Tom Reed", "Reed", "Willow")),
    (_ONE_OF, "laugh at him", None, ("Tom Reed", "Reed", "Willow")),
]

# (text, a piece of a sentence that stays in the writer's own voice)
NO_SPEECH: list[tuple[str, str]] = [
    (_QUOTED_PRICE, "as high as 40 dollars"),
    (_HEARD_NOISE, "roof of the school"),
    (_SAID_TO_BE, "richest man"),
    (_CRIED_WEPT, "when the verdict was read"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_a_reported_speech_frame_names_its_speaker(text: str, piece: str, expected: str | None,
                                                   never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece"), NO_SPEECH, ids=[f"none{i}" for i in range(len(NO_SPEECH))])
def test_a_near_miss_stays_the_writers(text: str, piece: str) -> None:
    assert _voice_of(text, piece) is None, _voice_of(text, piece)


def _voice_of(text: str, piece: str) -> str | None:
    doc = annotate(Article(text=text, source=Source()))
    voice = attribute(doc).voices[next(s for s in doc.sentences if piece in s.text).index]
    return None if voice.voice == "reporter" else (voice.speaker or voice.voice)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = 0
    for text, piece, expected, never in SPEAKERS:
        try:
            check_speaker(text, piece, expected, never)
            right += 1
            print("ok ", piece)
        except AssertionError as error:
            print("BAD", piece, error)
    for text, piece in NO_SPEECH:
        found = _voice_of(text, piece)
        right += found is None
        print("ok " if not found else "BAD", piece, found)
    return right, len(SPEAKERS) + len(NO_SPEECH)


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    print("score", score())
