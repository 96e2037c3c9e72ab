"""A person the article names in full once and by surname elsewhere is one actor shown by the full
name, even where the NER model tags only the surname (or tags it as an organisation), and even
where the full name is written only inside a quotation or a speech tag. Articles written for these
tests (a T17 brief listed "Bhagat" while its quote named "Chetan Bhagat")."""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate

LEAD = "Writers across India condemned the court's verdict on the chemical leak on Tuesday."
COURT = "The court sentenced seven managers to two years in prison and released them on bail the same day."
CLOSE = "Campaigners plan a march on the state assembly next week."

# The full name only in the speech tag of a quotation, the surname elsewhere.
TAGGED = (f"{LEAD}\n\n\"It looks as if the lives of our children are worth less than the profits of a factory,\" "
          f"Chetan Bhagat, the novelist, said on Tuesday.\n\n{COURT}\n\nBhagat told a radio station that the "
          f"government had failed the victims for a generation. Bhagat has written six novels about life in "
          f"Delhi.\n\n{CLOSE}")
# The full name only inside someone else's quotation.
QUOTED = (f"{LEAD}\n\nBhagat, whose novels have sold millions of copies, said the verdict was a disgrace. \"I have "
          f"never been so ashamed of our courts,\" said Bhagat.\n\n{COURT}\n\n\"Chetan Bhagat is right to be "
          f"angry,\" said Meera Sethi, who leads a victims' group. \"Every family here agrees with him.\"\n\n{CLOSE}")
# Two people share the surname: neither full name may take the bare surname's place.
SHARED = (f"{LEAD}\n\nNovelist Chetan Bhagat called the verdict a disgrace, and his cousin Anil Bhagat, a lawyer, "
          f"said the families would appeal.\n\n{COURT}\n\nBhagat said the appeal would be filed within a month."
          f"\n\n{CLOSE}")


def _names(text: str) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title="Writers condemn the verdict on the chemical leak")))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    assert all(isinstance(info, ActorInfo) for info in infos)
    return [info.name for info in infos if isinstance(info, ActorInfo)]


@pytest.mark.parametrize("text", [TAGGED, QUOTED], ids=["speech-tag", "inside-a-quote"])
def test_the_surname_is_shown_by_the_full_name_once(text: str) -> None:
    names = _names(text)
    assert "Chetan Bhagat" in names, names
    assert "Bhagat" not in names and names.count("Chetan Bhagat") == 1, names


def test_a_surname_two_people_share_is_not_given_to_either() -> None:
    names = _names(SHARED)
    assert "Chetan Bhagat" in names and "Anil Bhagat" in names, names
    assert names.count("Chetan Bhagat") == 1 and names.count("Anil Bhagat") == 1, names

# A rank before a surname is not a first name, and a thing named in one word is no one's surname.
RANKS = ("The United Nations aid chief Valerie Amos visited the flooded camps on Monday. Baroness Amos said "
         "the camps needed clean water within days.\n\nCrews fought the fire on the Deepwater Horizon rig for "
         "two days. Horizon had been leased to the company since 2001.")


def test_a_rank_or_a_thing_does_not_make_a_second_person() -> None:
    doc = annotate(Article(text=RANKS, source=Source(title="Aid chief visits flooded camps")))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    people = [info.name for info in infos if isinstance(info, ActorInfo) and info.type == "person"]
    assert "Valerie Amos" in people and "Baroness Amos" not in people, people
    assert not any("Horizon" in name for name in people), people
