"""Genre session 27 (issue #11; reader Audit 41, docs/audit.md 42.2: "News report" for a CNN explainer, #5).

- A piece that, after a news peg (a leader's televised address), walks through the provisions of a constitution
  or a law in the writer's own present-tense sentences ("The charter reserves three powers for the governor ...",
  "Article 12 sets ...", "Articles 30 and 31 deal with ...", "Clause 9 allows ...") is an explainer.

Near misses that must stay news: a report on a new law that says what it does in two sentences among the news, and
a report of a court ruling that cites the articles the judges relied on.
All texts are invented.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_CHARTER = """After a long night of rumours, Governor Alma Ruske of Dorvania is still, on paper, the head of the province.

"I have decided to hand some of my duties to my deputy, as the charter allows," Ruske said in a televised address on Wednesday evening.

Her deputy is Tomas Verhoef, a former police chief who took the post in the first week of the unrest.

The provincial charter allows the governor to hand duties to the deputy, a clause written for a governor who falls ill.

The charter reserves three powers for the governor alone, and they cannot be handed on.

Those are the power to dissolve the assembly, to propose changes to the charter and to reshape the cabinet.

Ruske also said she had asked the assembly to amend four articles of the charter and to strike out a fifth.

Articles 12 and 14 deal with how the governor is elected.

Article 12 sets the rules for who may stand, which now all but guarantee the ruling party's candidate a place, while Article 14 sets the term at seven years.

Articles 30 and 31 deal with how the assembly is chosen.

Article 30 in particular requires judges to watch over the count.

Clause 9 allows the governor to rule by decree "in grave cases" with the consent of half the assembly.

And Article 41, which Ruske wants struck out, allows the governor to send anyone accused of sedition to a military court.

What happens next may depend less on the charter than on the students who filled the square for two weeks.
"""

_NEW_LAW = """Dorvania's assembly passed a law on Tuesday that will force supermarkets to give unsold food to charities.

The vote was 61 to 12, after a debate that lasted most of the day.

The law requires shops larger than 400 square metres to sign an agreement with a food bank within a year.

It also bans the practice of spoiling unsold food with bleach, which some chains have used to stop people taking it from bins.

Shop owners said the rules would add to their costs.

"We already give away a great deal of food, and this law treats us like criminals," said Petra Lind, who heads the retailers' association.

Charities welcomed the vote and said they would need more vans and cold stores to cope.

The law comes into force in January.
"""

_RULING = """Dorvania's highest court on Friday struck down a ban on street protests in the capital, saying it broke the charter.

The judges ruled by five votes to two that the ban, imposed by the city council in March, went too far.

In its ruling, the court said Article 8 of the charter protects the right to assemble and Article 9 protects free speech.

The council said it would study the ruling before deciding what to do.

"We respect the court, but we have a duty to keep the streets safe," a council spokesman said.

Protest groups said they would hold a march on Sunday to celebrate.

The ban had been challenged by a students' union and two human rights groups.

About 40 people were fined under the ban before it was suspended in June.
"""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CHARTER, "explainer", id="provisions-walked-through"),
    pytest.param(_NEW_LAW, "news", id="new-law-two-provisions"),
    pytest.param(_RULING, "news", id="ruling-cites-articles"),
])
def test_genre(text: str, expected: str) -> None:
    assert _genre(text) == expected
