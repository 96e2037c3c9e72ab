"""A readers' page whose tellers' name lines survive ingest: one label per key point, and a first-person close is
the teller's (session 29, issue #11; found by the lead on an invented page after the round-up merges).

First score on the unchanged code: 2/2 failing (the key points read "[According to NAME,] [NAME:] ...", the close
"The need is enormous and we are running out ..." with no label, as the article's own words).
"""

from __future__ import annotations

import pytest

from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_raw
from newsbrief.settings import Settings

PAGE = """Flood victims tell of their search for missing relatives

Readers have been telling us about their efforts to reach family members after the floods in the northern valleys. \
Here are some of their stories.

Pavel Dorin, Brno

My parents live in a village on the river and I have not heard from them since Sunday. The phone lines are down \
and the roads are closed. I keep calling the emergency number but nobody can tell me anything.

Greta Lindqvist, Uppsala

We have been sleeping at my sister's flat since the water came into our house. My husband went back on Tuesday to \
save what he could.

Tomas Weber, Graz

I work as a volunteer with the Red Cross. We have handed out 2,000 blankets and hundreds of food parcels this week. \
The need is enormous and we are running out of clean water.
"""


@pytest.fixture(scope="module")
def sections() -> dict[str, list[str]]:
    brief = brief_raw(RawDocument(content=PAGE.encode(), filename="readers.txt"), Settings())
    return {s.name: [i.text for i in s.items] for s in brief.sections}


def test_each_story_carries_one_label(sections: dict[str, list[str]]) -> None:
    told = [t for t in sections["summary"] if "My parents live" in t]
    assert told == ["[Pavel Dorin:] My parents live in a village on the river and I have not heard from them since "
                    "Sunday."]
    assert not any("According to" in t and ":]" in t for t in sections["summary"])


def test_a_first_person_close_is_the_tellers(sections: dict[str, list[str]]) -> None:
    close = [t for t in sections.get("conclusion", []) if "running out of clean water" in t]
    assert close and all("Tomas Weber" in t for t in close)


def test_the_writers_own_close_stays_unlabelled() -> None:
    page = PAGE.replace("The need is enormous and we are running out of clean water.", "") + (
        "\nThe regional government said on Wednesday that emergency shelters would stay open until the end of the "
        "month.\n")
    brief = brief_raw(RawDocument(content=page.encode(), filename="readers.txt"), Settings())
    close = [i.text for s in brief.sections if s.name == "conclusion" for i in s.items]
    assert close and all(not t.startswith("[") for t in close)
