"""Genre session 27 (issue #11; reader Audit 41, docs/audit.md 42.2: "News report" for a CNN explainer, #5).

- A piece that, after a news peg (a leader's televised address), walks through the provisions of a constitution
  or a law in the writer's own present-tense sentences ("The charter reserves three powers for the governor ...",
  "Article 12 sets ...", "Articles 30 and 31 deal with ...", "Clause 9 allows ...") is an explainer.

- A correspondent's piece whose byline the reader lifted into the writer field (so no title "correspondent" is left
  in the body) still shows its writer on assignment: "As a reporter, covering these talks has been a lesson in
  patience." That aside in the writer's own voice makes it an analysis (claims_cases.analysis_byline_lifted's shape).

Near misses that must stay news: a report on a new law that says what it does in two sentences among the news, a
report of a court ruling that cites the articles the judges relied on, a report in which "As a reporter for the
Courier, Ms Lee ..." tells another journalist's career, and a report quoting a journalist's own "As a journalist,
...".
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


_ASSIGNMENT = """It has taken weeks of planning and a great deal of money to stage these talks in Porvik.

Police have closed the harbour road and every hotel near the conference hall since Friday.

Fishing boats were moved out of the inner harbour, much to the annoyance of their crews.

As a reporter, covering these talks has been a lesson in patience.

The two delegations agreed on Tuesday to extend the ceasefire along the northern border by a month.

But they remain far apart on the future of the disputed valley.

The north wants joint control, while the south will not give up its claim.

As the delegates left the hall, they conceded that a settlement could take years.
"""

_CAREER = """Ana Lee, who reported on the city's courts for three decades, has died aged 71, the Harwick Courier said on Monday.

As a reporter for the Courier, Ms Lee covered more than 400 trials, including the Harbour Bank fraud case in 1998.

She joined the paper in 1975 after studying law at Harwick University.

Colleagues said she was known for arriving at court before the judges.

The Courier's editor, Paul Grebe, said the newsroom had lost "its memory".

She is survived by her husband and two daughters.
"""

_QUOTED_JOURNALIST = """A photographer held for three weeks by rebels in the north of Norland was freed on Tuesday, her employer said.

Mira Holt, 34, was seized at a checkpoint near the border on 2 May while working for the Vessa Daily.

She was handed over to aid workers in the town of Kell and is said to be in good health.

"As a journalist, covering this war has been the hardest job of my life," Holt told reporters in Kell.

The rebels have not said why she was held or whether anything was paid for her release.

The government thanked the aid agency that arranged the handover.
"""


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_ASSIGNMENT, "analysis", id="reporter-on-assignment-aside"),
    pytest.param(_CAREER, "news", id="another-reporters-career"),
    pytest.param(_QUOTED_JOURNALIST, "news", id="quoted-journalist-aside"),
    pytest.param(_CHARTER, "explainer", id="provisions-walked-through"),
    pytest.param(_NEW_LAW, "news", id="new-law-two-provisions"),
    pytest.param(_RULING, "news", id="ruling-cites-articles"),
])
def test_genre(text: str, expected: str) -> None:
    assert _genre(text) == expected
