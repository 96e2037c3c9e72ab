"""Words in the wrong mouth (issue #11; docs/audit.md 20.3 "Misattributed quotes", 20.4 item 2), on short texts
written for these tests:

1. A witness's own account after a walk-on speaker: the principal, named again and again, speaks of her ordeal;
   a columnist quoted in one paragraph that ends with her own quotation does not capture the next paragraph's
   "She told reporters she had been taken ...". The walk-on keeps a "she" in her own paragraph.
2. A bare surname that two named people share resolves to the one named in full most recently before it, never
   to a relative first named after the sentence.
3. Reported speech inside reported speech: "The detective said Dr X told him 'he was caring for his patient'"
   is the detective's relay, not the doctor's own words; "... told him: 'I was caring for my patient'" is.
4. A named source that prints its text: "it read", "the report read:", and "X described them as '...'" or "As X
   described them, they are '...'" in the same sentence.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker
from tests.nlp.test_speakers_session14 import _voice_of  # one way of reading a sentence's voice

_WITNESS = ("Lena Marsh, a nurse from Tarvo, burst into the hotel where foreign reporters were staying on Saturday. "
            "Lena Marsh said soldiers had held her for three days.\n\n"
            "Marsh said she had been beaten and robbed. Lena Marsh was dragged away by guards before she could "
            "finish.\n\n"
            "Columnist Rita Vale, who writes about the region, said the government had failed the nurse. \"This "
            "is a scandal, and everyone in the capital knows it,\" Vale said.\n\n"
            "She told reporters she had been taken from a checkpoint outside the city and held in a cellar for two "
            "days.")
_WALK_ON_ADDS = ("Lena Marsh, a nurse from Tarvo, burst into the hotel where foreign reporters were staying on "
                 "Saturday. Lena Marsh said soldiers had held her for three days.\n\n"
                 "Marsh said she had been beaten and robbed.\n\n"
                 "Columnist Rita Vale, who writes about the region, said the government had failed the nurse. "
                 "\"This is a scandal, and everyone in the capital knows it,\" Vale said. She added that the "
                 "minister should resign.")
_WALK_ON_SALIENT = ("Columnist Rita Vale has written about the region for ten years. Rita Vale said the government "
                    "had failed the nurses of Tarvo.\n\n"
                    "Vale said the ministry ignored her letters. Rita Vale now lives abroad.\n\n"
                    "Nurse Lena Marsh said she was afraid. \"I cannot go home,\" Marsh said.\n\n"
                    "She told reporters she had written to the ministry every month and it had never answered.")
_NOT_SALIENT = ("Nurse Lena Marsh said she was afraid to go home.\n\n"
                "Columnist Rita Vale said the government had failed the nurse. \"This is a scandal,\" Vale said.\n\n"
                "She told reporters the ministry had never answered her letters.")
_SURNAME = ("Eman Dara, a student from Tarvo, says she was held by militia for three days. Eman Dara spoke to "
            "reporters by telephone on Monday.\n\n"
            "Dara said she spent 72 hours under interrogation in a cellar.\n\n"
            "Her father, Atiq Dara, said the family wanted her home. \"I urge everyone to help us,\" he said.")
_SURNAME_LATER = ("Eman Dara, a student from Tarvo, says she was held by militia for three days.\n\n"
                  "Her father, Atiq Dara, spoke to reporters on Tuesday. Dara said the family had not slept for a "
                  "week.")
_RELAY = ("The trial of Dr Conrad Pell opened on Monday. The detective said Dr Pell told him \"he was caring for "
          "his patient and he did not want to neglect him\".")
_RELAY_OWN = ("The trial of Dr Conrad Pell opened on Monday. The detective said Dr Pell told him: \"I was caring "
              "for my patient and I did not want to neglect him.\"")
_IT_READ = ("The newspaper Al-Noor printed a report on the fighters on Tuesday. \"Many diseases have spread among "
            "the fighters in the north,\" it read.\n\n"
            "The health ministry denied the report.")
_REPORT_READ = ("The newspaper Al-Noor printed a report on the fighters on Tuesday. The report read: \"Two cholera "
                "and 26 typhus cases were registered among the fighters.\"\n\n"
                "The health ministry denied the report.")
_PAPER_SAID = ("The newspaper Al-Noor printed a report on the fighters on Tuesday. The paper said:\n\n"
               "Two cholera and 26 typhus cases were registered among the fighters in the north.\n\n"
               "The health ministry denied the report.")
_DESCRIBED = ("The hill clans have always kept to themselves. The explorer Tom Harlan described them as \"stubborn "
              "in feeling and in politics\".")
_AS_DESCRIBED = ("The hill clans have always kept to themselves. As the explorer Tom Harlan described them, they are "
                 "\"stubborn in feeling and in politics\".")
_AS_DESCRIBED_PLAN = ("The council met on Monday. As Mayor Ann Cole described the plan, residents in the hall said it "
                      "was \"a waste of money\".")
_AS_SHOUTED = ("The council met on Monday. As Mayor Ann Cole described the plan, residents in the hall shouted "
               "\"shame on you\".")

# (text, a piece of the content, a speaker that must hold it (a substring), speakers never given); a case
# pytest.param marks xfail is a gap left open
SPEAKERS: list[object] = [
    # 1. the principal's own account after a walk-on's quotation
    (_WITNESS, "taken from a checkpoint", "Marsh", ("Rita Vale", "Vale")),
    (_WALK_ON_ADDS, "minister should resign", "Vale", ("Lena Marsh", "Marsh")),
    (_WALK_ON_SALIENT, "never answered", "Vale", ("Lena Marsh", "Marsh")),
    (_NOT_SALIENT, "never answered", "Vale", ("Lena Marsh", "Marsh")),
    # 2. a shared surname
    (_SURNAME, "72 hours", "Eman", ("Atiq Dara",)),
    (_SURNAME_LATER, "not slept", "Atiq", ("Eman Dara",)),
    # 3. reported speech inside reported speech
    (_RELAY, "caring for his patient", "detective", ("Conrad Pell", "Pell", "Dr Pell", "Dr Conrad Pell")),
    (_RELAY_OWN, "caring for my patient", "Pell", ("detective", "The detective")),
    # 4. a named source that prints its text
    (_IT_READ, "Many diseases", "Al-Noor", ()),
    (_REPORT_READ, "26 typhus cases", "Al-Noor", ("report", "the report", "The report")),
    (_DESCRIBED, "stubborn in feeling", "Harlan", ()),
    (_AS_DESCRIBED, "stubborn in feeling", "Harlan", ()),
    (_AS_DESCRIBED_PLAN, "waste of money", "residents", ("Ann Cole", "Cole", "Mayor Ann Cole")),
    # 'shouted' is a speech cue since session 15 (it was a strict xfail: the quotation took the name beside it)
    (_AS_SHOUTED, "shame on you", None, ("Ann Cole", "Cole", "Mayor Ann Cole")),
]

# (text, a piece of a sentence, its voice's speaker (a substring; None: the writer's own), never these)
VOICES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_WITNESS, "taken from a checkpoint", "Marsh", ("Rita Vale", "Vale")),
    (_SURNAME, "72 hours", "Eman", ("Atiq Dara",)),
    (_PAPER_SAID, "26 typhus cases", "Al-Noor", ()),
    (_IT_READ, "health ministry denied", "ministry", ("Al-Noor",)),
    (_DESCRIBED, "stubborn in feeling", "Harlan", ()),
    (_AS_DESCRIBED, "stubborn in feeling", "Harlan", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_words_have_their_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), VOICES, ids=[f"voice{i}" for i in range(len(VOICES))])
def test_the_sentence_has_its_voice(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    speaker = _voice_of(text, piece)
    if expected is None:
        assert speaker is None, speaker
    else:
        assert speaker is not None and expected.lower() in speaker.lower(), speaker
    assert speaker is None or speaker.strip() not in never, speaker
