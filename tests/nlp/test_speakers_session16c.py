"""Words in the wrong mouth, session 16c (reader Audit 26), on short texts written for these tests:

1. A second analyst introduced after a first ("Omar Haddad, a fellow at the Lake Institute, sees it
   differently.") owns the quotations that follow him, and "said Haddad" after a quotation names Haddad, never
   the analyst quoted before. Near miss: a quotation with no new name after the first analyst stays his.
2. A "he" does not resolve across a subhead to a man named only in an earlier section: the message's author
   named in the sentence ("In the message, he ..." after "Abu Karim, the group's spokesman, said in an audio
   message") is the speaker, and "the group's spokesman" does not make him a group. Near misses: a "he" in the
   same paragraph as the spokesman is the spokesman; a profile naming one man carries "he" over a sub-head.
3. Words are no speakers: an adjective ("jerry-rigged"), a metaphor ("time's lens will reveal"), a ship whose spill
   "claimed the lives" of animals (claim = take). Near miss: "the company claimed the leak was small" is the
   company's.
4. A quotation owned by a possessive in its own sentence ("Sami's favourite saying was '...'", "His motto was
   '...'") is that owner's. Near miss: a plain quotation after a said-frame stays with the frame's speaker.

5. A lone label line "Name, role, place" over a first-person paragraph is that person's speaker header (the
   attribution half; the line filter in ingest/furniture.py still drops such a lone line as a sub-head). Near
   miss: a label over a third-person paragraph gives it no speaker.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import _speakers_of
from tests.nlp.test_speakers_session16b import _speaker_ok, _voices_of

pytestmark = pytest.mark.slow

_SECOND_ANALYST = ("Crowds filled the square again on Tuesday, and the police stayed back.\n\n"
                   "\"This is the largest protest the country has seen in thirty years,\" said Daniel Brooke, a "
                   "historian at the University of Leeds.\n\n"
                   "Omar Haddad, a fellow at the Lake Institute in Boston, sees it differently.\n\n"
                   "\"I do not think we have reached a turning point yet,\" he said. \"The regime is too strong "
                   "and too resilient to fall in a week.\"")
_SAID_HADDAD = ("Crowds filled the square again on Tuesday, and the police stayed back.\n\n"
                "\"This is the largest protest the country has seen in thirty years,\" said Daniel Brooke, a "
                "historian at the University of Leeds.\n\n"
                "\"I do not think we have reached a turning point yet,\" said Haddad, a fellow at the Lake "
                "Institute. \"The question is whether they stay the night.\"")
_COLON_ANALYST = ("Crowds filled the square again on Tuesday, and the police stayed back.\n\n"
                  "\"This is the largest protest the country has seen in thirty years,\" said Daniel Brooke, a "
                  "historian at the University of Leeds.\n\n"
                  "Omar Haddad, a fellow at the Lake Institute, put the question plainly: \"Will the protesters "
                  "stay the night?\"")
# near miss: a quotation with no new name stays with the first analyst
_SAME_ANALYST = ("Crowds filled the square again on Tuesday, and the police stayed back.\n\n"
                 "\"This is the largest protest the country has seen in thirty years,\" said Daniel Brooke, a "
                 "historian at the University of Leeds.\n\n"
                 "\"Nobody expected the crowds to return,\" he added.")

_SUBHEAD = ("Iraq's prime minister, Hassan al-Rudaini, met army commanders in Baghdad on Sunday. He said the "
            "offensive would go on.\n\n"
            "Threats\n\n"
            "Abu Karim al-Tamimi, the group's spokesman, said in an audio message on Monday that its fighters "
            "would strike back. In the message, he urged followers to \"attack the soldiers wherever they sleep.\"")
_UNNAMED_AFTER_SUBHEAD = ("Iraq's prime minister, Hassan al-Rudaini, met army commanders in Baghdad on Sunday. He said "
                          "the offensive would go on, and the MP Ali Jaber agreed.\n\n"
                          "Threats\n\n"
                          "In an audio message released on Monday, the militant group vowed revenge for its losses. In "
                          "the message, he urged followers to \"attack the soldiers wherever they sleep.\"")
# near miss: a profile of one man carries its "he" over a sub-head
_PROFILE = ("The minister arrived late.\n\n"
            "Hassan al-Rudaini met army commanders in Baghdad on Sunday. He said the offensive would go on.\n\n"
            "A long war\n\n"
            "He said the army would need another year to win.")
# near miss: the spokesman's own "he" in his paragraph
_SAME_PARAGRAPH = ("Abu Karim al-Tamimi, the group's spokesman, released an audio message on Monday. He urged "
                   "followers to \"attack the soldiers wherever they sleep.\"")

_ADJECTIVE = ("The rebels' weapons were jerry-rigged, says Sami Haddad, who filmed them. He thought the army "
              "might hold back.")
_LENS = ("The spill is over, but the reckoning is not. Time's lens will also reveal the damage to fish and shrimp, "
         "and that may take years.")
_SHIP = ("The oil reached the shore within days. The Sea Lion spill claimed the lives of several thousand otters "
         "in 1989.")
_JERRY = ("Everything in the studio was jerry-rigged. He thought the army might hold back, and he said so on air.")
_TANKER = ("The oil reached the shore within days. The Arctic Dawn claimed the lives of several thousand sea otters "
           "and 250,000 birds.")
# near miss: Time's correspondent speaks
_TIME_REPORTER = ("The spill is over, but the reckoning is not. Time's correspondent reported that the damage to fish "
                  "and shrimp may take years to measure.")
# near miss: a company that claims says
_COMPANY = ("The oil reached the shore within days. The company claimed the leak was small.")

_SAYING = ("Sami Nabil ran the city's first independent news site until his death last week. Sami's favourite "
           "saying was \"A lamp loses nothing by lighting another lamp.\"")
_HIS_MOTTO = ("Sami Nabil ran the city's first independent news site until his death last week. His motto was "
              "\"A lamp loses nothing by lighting another lamp.\"")

# (text, a piece of the content, a speaker that must hold it (None: none required), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_SECOND_ANALYST, "turning point", "Haddad", ("Daniel Brooke", "Brooke")),
    (_SECOND_ANALYST, "too resilient", "Haddad", ("Daniel Brooke", "Brooke")),
    (_SAID_HADDAD, "turning point", "Haddad", ("Daniel Brooke", "Brooke")),
    (_SAID_HADDAD, "stay the night", "Haddad", ("Daniel Brooke", "Brooke")),
    (_COLON_ANALYST, "stay the night", "Haddad", ("Daniel Brooke", "Brooke")),
    (_SAME_ANALYST, "Nobody expected", "Brooke", ()),
    (_SUBHEAD, "wherever they sleep", "Tamimi", ("Hassan al-Rudaini", "al-Rudaini", "Rudaini")),
    (_SAME_PARAGRAPH, "wherever they sleep", "Tamimi", ()),
    (_UNNAMED_AFTER_SUBHEAD, "wherever they sleep", None, ("Hassan al-Rudaini", "Ali Jaber")),
    (_PROFILE, "another year", "Rudaini", ()),
    (_ADJECTIVE, "hold back", None, ("jerry-rigged", "jerry", "rigged")),
    (_LENS, "damage to fish", None, ("Time's lens", "Time", "lens", "time's lens")),
    (_SHIP, "several thousand otters", None, ("The Sea Lion spill", "Sea Lion", "The Sea Lion", "spill")),
    (_COMPANY, "leak was small", "company", ()),
    (_JERRY, "hold back", None, ("jerry-rigged", "jerry")),
    (_TANKER, "sea otters", None, ("The Arctic Dawn", "Arctic Dawn")),
    (_TIME_REPORTER, "damage to fish", "correspondent", ()),
    (_SAYING, "lamp loses nothing", "Nabil", ()),
    (_HIS_MOTTO, "lamp loses nothing", "Nabil", ()),
]


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_right_one(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _speakers_of(text, piece)


_ACCOUNT = ("Readers in the capital sent us their accounts of the week after the storm.\n\n"
            "Dana Pruitt, director of the Hope orphanage, Port-de-Paix\n\n"
            "I know there will be many more children who need beds. We are praying that their families will "
            "come forward.")
# near miss: a label over a third-person paragraph is a caption's, no speaker
_THIRD_PERSON = ("Readers in the capital sent us their accounts of the week after the storm.\n\n"
                 "Dana Pruitt, director of the Hope orphanage, Port-de-Paix\n\n"
                 "The orphanage lost its roof in the storm, and the children sleep in tents.")

# (text, a piece of a sentence, the speaker its voice must have (None: the writer's own))
VOICES: list[tuple[str, str, str | None]] = [
    (_ACCOUNT, "many more children", "Dana Pruitt"),
    (_ACCOUNT, "praying", "Dana Pruitt"),
    (_THIRD_PERSON, "lost its roof", None),
]


@pytest.mark.parametrize(("text", "piece", "expected"), VOICES, ids=[f"voice{i}" for i in range(len(VOICES))])
def test_a_label_line_heads_a_first_person_account(text: str, piece: str, expected: str | None) -> None:
    assert _voices_of(text, piece) == [expected]
