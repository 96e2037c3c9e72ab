"""Actors session 27 (reader Audit 41 #3): a term the text also writes lower-case is no organisation ("Crowdsourcing").

Near misses that must not change: a company whose name ends like a term ("Boeing", "Corning") is listed, and the
term rule leaves names that never appear lower-case alone. All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _actors(text: str) -> dict[str, str]:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(trusted=True))
    doc = annotate_raw(raw, Settings())
    return {item.payload.name: item.payload.type for item in analyze_actors(doc, build_context(doc))
            if isinstance(item.payload, ActorInfo)}


_TERM = """Could a game fix the city's recycling problem? The council of Harwick thinks it might.

It has launched an app that gives households points for every bag of sorted waste, to be spent in local shops.

The word "gamification", made popular by the designer Lena Stroud, author of Gamification: How Play Is Changing Work and Life, is now used for any scheme that borrows the rules of games.

Gamification has shown, in schools and in offices, that people will change their habits for a score and a badge.

"People like to win, even when the prize is small," said Stroud, who advised the council.

The council's recycling officer, Tom Akers, said 4,000 households had signed up in the first month.

Gamification is not new: supermarkets have run loyalty schemes for decades.
"""

_COMPANY = """Boeing said on Tuesday it would cut 2,000 jobs at its plant in Harwick after orders for its smaller jets fell.

The company said the cuts would be made over a year, mostly through early retirement.

Union leaders said they would fight the plan. "Boeing has had record profits," said Mark Ellis, the union's regional secretary.

Boeing's shares rose 2% in early trading.

Corning, which makes glass for the jets' cockpits, said it expected its own orders to fall.
"""


def test_term_written_lower_case_is_no_organisation() -> None:
    actors = _actors(_TERM)
    assert "Gamification" not in actors, actors
    assert "Lena Stroud" in actors


def test_company_named_like_a_term_stays() -> None:
    actors = _actors(_COMPANY)
    assert actors.get("Boeing") == "organisation", actors
