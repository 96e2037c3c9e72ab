"""A story's actors: one entry per entity across its articles (stories.merge.merge_actors)."""

from __future__ import annotations

from newsbrief.models import ActorInfo, ActorType, Brief, Citation, Engine, Item, Section, Source
from newsbrief.stories.merge import Member, merge_actors


def _member(article_id: str, name: str, kind: ActorType, mentions: int) -> Member:
    info = ActorInfo(name=name, type=kind, role=None, mentions=mentions, aliases=(), position=None)
    item = Item(text=f"{name} ({kind})", citations=(Citation("s1", 0, 5, article_id),), payload=info)
    brief = Brief(source=Source(), sentences=(), sections=(Section("actors", (item,)),),
                  engine=Engine("extractive", "test"), article_id=article_id)
    return Member(brief=brief, date="2026-01-0" + article_id[-1])


def _actors(*members: Member) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    for item in merge_actors(members, limit=10):
        assert isinstance(item.payload, ActorInfo)
        assert f"({item.payload.type})" in item.text, item.text  # the shown line agrees with the payload
        out.append((item.payload.name, item.payload.type, item.payload.mentions))
    return out


def test_a_country_typed_state_in_one_article_and_place_in_another_is_one_actor() -> None:
    # the actor stage types a country that acts as a "state" and leaves a name it cannot tell as a "place"
    merged = _actors(_member("a1", "Ruritania", "state", 4), _member("a2", "Ruritania", "place", 2))
    assert merged == [("Ruritania", "state", 6)]


def test_a_person_and_an_organisation_of_one_name_stay_apart() -> None:
    merged = _actors(_member("a1", "Jordan", "person", 3), _member("a2", "Jordan", "state", 2))
    assert sorted(merged) == [("Jordan", "person", 3), ("Jordan", "state", 2)]
