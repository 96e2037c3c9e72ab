"""A company named with its kind in apposition ("Loma, an online service that ...", "X, a health start-up") is an
organisation, whatever the NER model tagged it.

The lead's reading of an unseen Newsroom feature (session 20): the start-up the piece is about ("X sells its app to
companies", "X charges $12 per user", "X has raised $17.5 million") was listed as a person. The apposition's noun
now includes "service" and "start-up"; a person described as such a noun's officer ("a start-up founder", "a service
member") stays a person. Articles written for these tests; the first fails on the code before the change (the NER
model tags "Loma" as a person there).
"""

from __future__ import annotations

import pytest

from newsbrief.models import ActorInfo, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

_SERVICE = ("Can an online game help fight obesity? That is the bet entrepreneur Adam Berg, a veteran of two search "
            "firms, is making with Loma, an online service that aims to make exercise more fun. San Francisco-based "
            "Loma sells its web-based app to companies, which push it out to their employees. Loma charges $12 per "
            "user for a year. \"You have to make it fun for them,\" says Berg. Loma, which has raised $17.5 million "
            "from investors, competes with two other firms.")


def _type(text: str, name: str) -> str | None:
    brief = brief_source(RawDocument(text.encode(), content_type="text/plain"), Settings())
    actors = brief.section("actors")
    found = [i.payload for i in (actors.items if actors else ()) if isinstance(i.payload, ActorInfo)
             and i.payload.name == name]
    return found[0].type if found else None


def test_a_service_in_apposition_is_an_organisation() -> None:
    assert _type(_SERVICE, "Loma") == "organisation"


@pytest.mark.parametrize(("text", "name"), [
    ("Ann Lee, a start-up founder from Leeds, said the rules would hurt small firms. Lee said her company sells its "
     "app to schools and charges $12 per pupil. \"We will keep going,\" Lee said on Tuesday, after the council voted "
     "to cut its grant by half for the coming year.", "Ann Lee"),
    ("Tom Reed, a service member from Ohio, was honoured at the ceremony on Friday. Reed served two tours abroad and "
     "now trains new recruits at the base. \"It was a long road,\" Reed said as his family watched from the front "
     "row of the hall.", "Tom Reed"),
])
def test_a_person_named_with_the_noun_stays_a_person(text: str, name: str) -> None:
    assert _type(text, name) == "person"
