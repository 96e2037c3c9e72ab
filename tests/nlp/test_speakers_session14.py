"""Words in the wrong mouth or in no one's (issue #11; docs/audit.md 19.4 item 1, 19.5), on short texts written
for these tests:

1. A quoted person's own first-person sentences are hers: sentences inside a quotation that opens in one
   sentence and closes in a later one, a paragraph that continues a quotation with its closing mark left off
   (the newspaper convention), and first-person lines right after "X wrote on Instagram:". The writer's own
   first person outside any quotation stays the writer's.
2. A generic subject ("people", "many residents") never takes a quotation, and an un-set-off quotation (no
   colon, no said-verb in its sentence) takes the speaker of the set-up before it only when that set-up
   introduces speech ("told reporters", "said in a statement").
3. Who says what shows a block quote's words, not its cue line ("X said in a note:").

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, PositionInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute
from tests.nlp.test_session12_speakers2 import check_speaker

_SPLIT = ("Comedian Dana Holt apologised to the actor on Sunday. \"I never meant to hurt anyone. I wrote vague jokes "
          "because we both live in L.A. and I did not want to name him. I am truly sorry,\" Holt wrote on "
          "Instagram.\n\nThe club cancelled her show on Monday.")
_OPEN_PARAGRAPH = ("Comedian Dana Holt apologised to the actor on Sunday in a long post on Instagram.\n\n"
                   "\"I never meant to hurt anyone, and I am sorry for every joke I told about him.\n\n"
                   "\"I wrote vague jokes because we both live in L.A. and I did not want to name him,\" she wrote."
                   "\n\nThe club cancelled her show on Monday.")
_POSTED = ("Comedian Dana Holt apologised to the actor on Sunday. Holt wrote on Instagram: \"I never meant to hurt "
           "anyone. I wrote vague jokes because we both live in L.A. I am truly sorry.\"\n\n"
           "The club cancelled her show on Monday.")
_BLOCK = ("Comedian Dana Holt apologised to the actor on Sunday.\n\nHolt posted on Instagram:\n\n"
          "I never meant to hurt anyone. I wrote vague jokes because we both live in L.A. and I did not want to "
          "name him.\n\nThe club cancelled her show on Monday.")
_COLUMN = ("I drove to the valley last week to see the new bridge. I wrote down what the builders told me. "
           "Mayor Ann Cole said the bridge would open in May.")
_COLUMN_QUOTE = ("I drove to the valley last week to see the new bridge. \"I love this bridge, and my family uses it "
                 "every day,\" Mayor Ann Cole said. I asked her why it had taken ten years to build.")
_NEXT_PARAGRAPH = ("Comedian Dana Holt has apologised to the actor. \"I never meant to hurt anyone,\" Holt wrote on "
                   "Instagram.\n\nOur readers sent us dozens of letters about the show.")
_TOLD = ("The valley has waited a decade for its new bridge. Mayor Ann Cole told reporters on Monday that the bridge would open in May, two months early.\n\n"
         "\"We have waited long enough for this bridge, and the valley deserves it.\"")
_STATEMENT = ("The council approved the bridge on Monday. Council leader Ann Cole said in a statement that the "
              "vote was a turning point. \"We have waited long enough for this bridge, and the valley deserves "
              "it.\"")
_PEOPLE = ("The valley has waited a decade for its new bridge. Mayor Ann Cole told reporters on Monday that the bridge would open in May.\n\n"
           "Many residents doubt the new date. \"We have heard promises like this for ten years and nothing "
           "ever changes.\"")
_PEOPLE_SAY = ("People say the bridge is far too costly for a small town. \"The numbers prove them wrong, and we "
               "will build it on time,\" Mayor Ann Cole told reporters.")
_AFTER_CUE = ("Comedian Dana Holt has apologised to the actor. \"I never meant to hurt anyone,\" Holt wrote on "
              "Instagram. I wrote vague jokes because we both live in the same city and I did not want to name "
              "him.\n\nThe club cancelled her show on Monday.")
_COLON_INLINE = ("Comedian Dana Holt has apologised to the actor. Holt wrote on Instagram: I never meant to hurt "
                 "anyone. I wrote vague jokes because we both live in the same city and I did not want to name "
                 "him.\n\nThe club cancelled her show on Monday.")
_COLON_QUOTE = ("Comedian Dana Holt has apologised to the actor. Holt wrote on Instagram:\n\n\"I never meant to "
                "hurt anyone, and I am sorry for every joke.\n\n\"I wrote vague jokes because we both live in the "
                "same city and I did not want to name him.\"\n\nThe club cancelled her show on Monday.")
_DISAGREED = ("The valley has waited a decade for its bridge. Some residents say the mayor is too slow. Mayor Ann "
              "Cole disagreed. \"This bridge will be finished by the summer, and every family will feel the "
              "difference.\"")
_GROUP_DISAGREED = ("The valley has waited a decade for its bridge. Mayor Ann Cole said work would start in May. "
                    "Many residents disagreed. \"This bridge will never be finished, and every family knows it.\"")
_VISITED = ("The valley has waited a decade for its bridge. Mayor Ann Cole visited the site on Monday. \"This "
            "bridge will be finished by the summer, and every family will feel the difference.\"")
_RIBBON = ("Mayor Ann Cole cut the ribbon on the new bridge on Monday.\n\n"
           "\"A bridge for every family in the valley, built by the valley and paid for by the valley.\"")

# (text, a piece of a sentence, the speaker of its voice (a substring; None: the writer's own), never these)
VOICES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. a quoted person's own sentences
    (_SPLIT, "I wrote vague jokes", "Holt", ()),
    (_OPEN_PARAGRAPH, "I never meant to hurt", "Holt", ()),
    (_OPEN_PARAGRAPH, "I wrote vague jokes", "Holt", ()),
    (_POSTED, "I wrote vague jokes", "Holt", ()),
    (_BLOCK, "I wrote vague jokes", "Holt", ()),
    # near-misses: the writer's own voice
    (_SPLIT, "cancelled her show", None, ()),
    (_OPEN_PARAGRAPH, "cancelled her show", None, ()),
    (_BLOCK, "cancelled her show", None, ()),
    (_AFTER_CUE, "I wrote vague jokes", "Holt", ()),
    (_COLON_INLINE, "I wrote vague jokes", "Holt", ()),
    (_COLON_QUOTE, "I never meant to hurt", "Holt", ()),
    (_COLON_QUOTE, "I wrote vague jokes", "Holt", ()),
    (_COLUMN, "I wrote down what", None, ()),
    (_AFTER_CUE, "cancelled her show", None, ()),
    (_COLUMN_QUOTE, "I asked her why", None, ("Ann Cole", "Cole")),
    (_NEXT_PARAGRAPH, "Our readers sent us", None, ("Dana Holt", "Holt")),
    # 2. an un-set-off quotation after a set-up that introduces speech
    (_TOLD, "waited long enough", "Cole", ()),
    (_STATEMENT, "waited long enough", "Cole", ()),
    # near-misses: a generic subject, a set-up without speech
    (_PEOPLE, "heard promises like this", None, ("Ann Cole", "Cole", "residents", "Many residents")),
    (_RIBBON, "A bridge for every family", None, ("Ann Cole", "Cole")),
    # a short set-up that says the named person answered ("X disagreed.") introduces her words
    (_DISAGREED, "finished by the summer", "Cole", ("Some residents", "residents")),
    (_GROUP_DISAGREED, "never be finished", None, ("Ann Cole", "Cole", "Many residents", "residents")),
    (_VISITED, "finished by the summer", None, ("Ann Cole", "Cole")),
]

# (text, a piece of the content, a speaker that must hold it (any one, as a substring), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_PEOPLE_SAY, "numbers prove them wrong", "Cole", ("People", "people")),
    (_PEOPLE, "heard promises like this", None, ("Ann Cole", "Cole", "residents", "Many residents")),
    (_SPLIT, "I wrote vague jokes", "Holt", ()),
]

_NOTE = ("Shares in Gulf Petro fell 3% on Tuesday after the government sued the company over the spill.\n\n"
         "Analyst Tom Burke of City Markets said in a note to clients:\n\n"
         "The company will have to pay a large price to settle the case, and it will pay it this year.\n\n"
         "The company said the suit was based on allegations and that it would defend itself.")
_BLOG = ("Rivermail, the cable company, has been accused of blocking traffic from a privacy network.\n\n"
         "Jason Lively, the company's chief privacy officer, wrote on the company blog:\n\n"
         "We respect customer privacy and would never block the use of any browser. Customers can use whatever "
         "software they like.\n\nThe accusation first appeared on a technology site on Friday.")
# (text, the speaker's surname, a piece his position must hold)
POSITIONS: list[tuple[str, str, str]] = [
    (_NOTE, "Burke", "large price"),
    (_BLOG, "Lively", "respect customer privacy"),
]


def _voice_of(text: str, piece: str) -> str | None:
    doc = annotate(Article(text=text, source=Source()))
    voices = attribute(doc).voices
    sentence = next(s for s in doc.sentences if piece in s.text)
    voice = voices[sentence.index]
    return None if voice.voice == "reporter" else (voice.speaker or "")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), VOICES, ids=[f"voice{i}" for i in range(len(VOICES))])
def test_the_sentence_has_its_speaker_voice(text: str, piece: str, expected: str | None,
                                            never: tuple[str, ...]) -> None:
    speaker = _voice_of(text, piece)
    if expected is None:
        assert speaker is None or (not never and speaker == ""), speaker
    else:
        assert speaker is not None and expected.lower() in speaker.lower(), speaker
    assert speaker is None or speaker.strip() not in never, speaker


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_quote_has_its_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname", "piece"), POSITIONS, ids=[f"position{i}" for i in range(len(POSITIONS))])
def test_a_block_quote_position_is_its_words(text: str, surname: str, piece: str) -> None:
    doc = annotate(Article(text=text, source=Source()))
    items = [i for i in analyze_positions(doc, build_context(doc))
             if isinstance(i.payload, PositionInfo) and surname in i.payload.speaker]
    assert items, "no position"
    assert not any(i.text.rstrip().endswith(":") for i in items), [i.text for i in items]
    assert any(piece in i.text for i in items), [i.text for i in items]
