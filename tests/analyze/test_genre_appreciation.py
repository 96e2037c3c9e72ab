"""Genre session 27 (issue #11; reader Audit 40, docs/audit.md 41.2, #12): a critic's appreciation of a singer after
his death read as "News report".

- A critic's piece that notes a death in its opening paragraphs and then weighs the dead man's work and what it left
  behind in the writer's own words ("his influence remains", "has lasted, handed down from singer to singer", "the
  trail leads back to ...") is a feature, review or opinion piece, not news; its song titles in quotation marks
  are the writer's, no one's words.
Near misses that must stay news: an obituary report whose praise of the influence is in mourners' quotations and
which names it once in the writer's voice, and a report on a band's royalties dispute that speaks of influence.
All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_APPRECIATION = """Her piano was a conversation, a phrase that answers back whenever a student plays the first bars of a blues in a practice room. It was in Clara "Blue Clara" Maddox's left hand, the way she walked the bass on the Orland Trio's "Late Tram," the record that opened a door when it came out in 1962.

Maddox, 84, died on Sunday in a care home, but her influence remains.

Her family announced the death in a short statement.

On "Late Tram," she plays the same four notes for a whole minute before the band comes in, a dare that set one of the style's rules.

In a grainy film from a club in Harlow, Blue Clara sits very straight and barely looks at the keys. The small woman nods as she plays, far away. Next to her louder sidemen, she is the blues made quiet.

The Orland Trio made four more records, and none of them sold.

"Late Tram" is often called the most copied piano record of its decade, though nobody has counted.

Like many players of that first wave, Maddox never saw royalties to match her influence.

Follow almost any jazz pianist since far enough back, and the trail leads back to "Late Tram," and through it to Blue Clara. Her touch, light and patient, has lasted, handed down from teacher to student, unseen but everywhere.
"""

_OBITUARY = """Clara Maddox, the jazz pianist whose 1962 record "Late Tram" became a standard, has died aged 84, her family said on Monday.

Maddox died on Sunday in a care home in Harlow after a short illness, the family said in a statement.

Born in Leeds in 1938, she learned the piano from her mother and played in clubs from the age of 16.

She joined the Orland Trio in 1960 and recorded five albums with the group.

"She changed the way a generation played the blues," said the pianist Tom Reyes, who studied with her.

The festival director Ann Kerr said: "Her influence is everywhere. Every young player owes her something."

Her influence was recognised in 2005, when she was given a lifetime award by the national jazz society.

She is survived by a son and two grandchildren. A funeral will be held in Leeds next week.
"""

_ROYALTIES = """Three members of the 1960s band the Orland Trio have sued their former record label over unpaid royalties, their lawyer said on Tuesday.

The suit, filed in a Harlow court, claims the label paid the musicians less than a tenth of what they were owed for the record "Late Tram."

The record has sold more than two million copies and has been used in films and adverts, the suit says.

The label said it had paid every royalty due under the original contracts and would fight the case.

"These musicians shaped a whole style, and their influence is heard in every jazz club, but they have been paid almost nothing," said their lawyer, Mark Ellis.

A hearing is set for March.
"""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_APPRECIATION, ("review", "opinion", "feature"), id="critic-appreciation"),
    pytest.param(_OBITUARY, ("news",), id="obituary-report"),
    pytest.param(_ROYALTIES, ("news",), id="royalties-report"),
])
def test_genre(text: str, expected: tuple[str, ...]) -> None:
    assert _genre(text) in expected
