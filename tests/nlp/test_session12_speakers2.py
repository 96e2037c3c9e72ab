"""Misattribution and actor typing after Audit 15 (docs/audit.md 16.3, 16.4 items 2, 6, 8, 10), on short texts
written for these tests:

1. A speaker quoted "according to" an outlet, or who "told" one, keeps the quote; the outlet only relays it.
2. "They said:" after a sentence naming the group ("the actor's representatives") is the group's; a declaration's
   demand is its signatories'.
3. "she wrote"/"he said" is never an organisation's; the person named as the sentence's own writer keeps it.
4. "The company has said" is the company the story is about, not an analyst's firm named as a source.
5. Actors: a product named after its maker ("Orion Watch") is no organisation, and the maker stays; a token glued
   to a number ("31,said") and a cut work title are no actors; a person who exists only inside a quoted hoax is
   no actor.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

# (text, a piece of the content, a speaker that must hold it (any one, as a substring), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the relaying outlet
    ("\"Some say the general is the new deputy, but he is just a shadow, and the sister is the second-in-command,\" "
     "said Park Min Ho, the head of a defectors' group, according to the Herald, a weekly based in Seoul.",
     "just a shadow", "Park Min Ho", ("Herald", "the Herald")),
    ("\"The army is hungry and the officers know it,\" said Lee Sung Jin, a former officer, according to The "
     "Monitor.", "army is hungry", "Lee Sung Jin", ("Monitor", "The Monitor")),
    ("Omar Haddad, who fled the city in May, told The Courier: \"The talks are dead and everyone knows it.\"",
     "talks are dead", "Haddad", ("Courier", "The Courier")),
    ("\"We will not sign this deal,\" Ana Ruiz told the Gazette on Monday.", "not sign this deal", "Ruiz",
     ("Gazette", "the Gazette")),
    ("\"We are ready for the vote,\" Anna Berg said, according to Reuters.", "ready for the vote", "Berg",
     ("Reuters",)),
    # near-miss: no person named, the outlet is the source
    ("\"The general has not been seen for a month,\" the Herald reported on Friday.", "not been seen", "Herald", ()),
    # 2. "They said:" and a declaration's signatories
    ("Rumours spread that the actor Tom Reed had died. However, the actor's representatives denied the rumours on "
     "Friday and issued a statement.\n\nThey said: \"He joins the long list of stars who have been hit by this "
     "hoax.\"", "long list of stars", "representatives", ()),
    ("The band's spokespeople answered the claim within an hour. They said: \"The story is false and the band "
     "is touring as planned.\"", "story is false", "spokespeople", ()),
    ("On March 3, when 1,800 Arab lawyers, teachers and activists issued the Tunis Appeal to protect free speech, "
     "they demanded trade unions be allowed \"to organise their members freely and openly.\"",
     "organise their members", "lawyers", ()),
    ("In an open letter on Monday, 300 hospital doctors demanded that the ministry \"stop the cuts before the "
     "wards close.\"", "stop the cuts", "doctors", ()),
    # 3. "she wrote" after an organisation spoke
    ("The security service told the Post that \"there are no further details at this stage.\"\n\nDana Levi wrote "
     "on her page on May 2 that she was handing over her account and would be offline \"until June 8,\" she "
     "wrote.", "until June 8", "Levi", ("security service", "The security service", "the Post")),
    ("The Shin Bet said there was \"no further information.\" Maya Tal posted a note on her page. \"I will be "
     "away until Sunday,\" she wrote.", "away until Sunday", "Tal", ("Shin Bet", "The Shin Bet")),
    ("The agency, the state's security service, told the Post that \"there is nothing to add.\"\n\nNoa Peretz wrote "
     "on her page on May 2 that she was handing over her account to \"a friend\" and would be offline for two weeks, "
     "until June 8, she wrote.", "until June 8", "Peretz", ("agency", "The agency")),
    ("The ministry declined to comment on the case. \"I have done nothing wrong,\" he said in a letter. Ron Adler "
     "has denied the charges since May.", "nothing wrong", None, ("ministry", "The ministry")),
    # an unnamed spokesman whose principal is named just before
    ("Envoy Lars Berg met the president on Monday to deliver a peace plan. Berg is to brief the council on "
     "Friday.\n\nA spokesman said he had received a response from the president but \"was seeking answers\".",
     "seeking answers", "Berg", ("the president", "president")),
    # 4. "the company" is the story's company
    ("Samsung was light on details when it announced its Zeta watch this month. The details came in a note to "
     "investors by Tim Clark of Baird and Company. Clark said the watch would have a small battery. The company "
     "has said it expects users will have to charge the watch nightly.", "charge the watch nightly", "Samsung",
     ("Baird and Company", "Baird")),
    ("Samsung shares rose on Monday. Analyst Tim Clark of Baird and Company said the Zeta watch would sell well. "
     "The company said in March that the watch would start at $349.", "start at $349", "Samsung",
     ("Baird and Company", "Baird")),
]

# (text, names that must not be actors (exact or as a substring of a name), a name that must be an actor of a type)
ACTORS: list[tuple[str, tuple[str, ...], tuple[str, str] | None]] = [
    # 5. a product named after its maker
    ("Orion unveiled the Orion Watch on Tuesday. The Orion Watch will cost $349, Orion said. Analysts expect the "
     "Orion Watch to sell ten million units, and Orion shares rose.", ("Orion Watch",), ("Orion", "organisation")),
    ("Vega said the Vega Phone would ship in April. The Vega Phone has a larger screen. Critics said the Vega "
     "Phone was too expensive. Vega did not comment.", ("Vega Phone",), None),
    # a token glued to a number
    ("Gill Marsh, 31,said last week on her page that she was leaving the city. Marsh was captured in May, the "
     "websites said. Marsh had joined the militia in 2014.", ("31,said",), ("Marsh", "person")),
    ("Tom Hale, 45,told reporters he would appeal. Hale was fined on Monday. Hale's lawyer said the fine was "
     "unfair.", ("45,told",), ("Hale", "person")),
    ("Ada Rowe, 31,said last week on Facebook that she was no longer updating her page. Rowe was captured in "
     "May, the websites said. The Shin Bet told the Post there were no further details.", ("31,said",),
     ("Rowe", "person")),
    # a work title cut
    ("The actor, who starred in Home Again 2: Lost in Paris, was said to have died. The actor Ben Culver is alive, "
     "his agent said. Culver thanked his fans.", ("Home Again 2", "Home Again 2: Lost"), ("Culver", "person")),
    ("Ben Culver is ranked second on a list of child stars and also starred in Home Alone 2: Lost in New York "
     "and Richie Rich. Culver is alive, his agent said.", ("Home Alone 2", "Lost"), ("Culver", "person")),
    # a person only inside a quoted hoax
    ("A fake news site said the singer Ann Cole had died. \"'We found no signs of foul play,' said Det. Carl Moss, "
     "of the city police,\" the hoax statement added. Cole's agent said she was alive and well. Cole laughed off "
     "the report.", ("Carl Moss", "Moss"), ("Cole", "person")),
    ("The hoax report said: \"Detective Ray Brill confirmed the death at the scene.\" Representatives for the "
     "actor Sam Kerr said he was alive. Kerr posted a photo on Friday.", ("Ray Brill", "Brill"), ("Kerr", "person")),
    # near-misses: a real detective outside any hoax stays
    ("Detective Carl Moss said the apartment was clean. Moss said the coroner would rule next week. Moss has led "
     "the homicide unit since 2010.", (), ("Moss", "person")),
    ("Samsung said profits rose. Samsung will open a plant in Ohio, Samsung chief Ann Lee said.", (),
     ("Samsung", "organisation")),
]


def _speakers_of(text: str, piece: str) -> list[str | None]:
    doc = annotate(Article(text=text, source=Source()))
    return [a.speaker for a in attribute(doc).attributions if piece in text[a.content_start : a.content_end]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_one_named(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


def check_speaker(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    """Assert that the attributions holding ``piece`` name ``expected`` and none of ``never``
    (shared with the later audits' speaker cases)."""
    speakers = _speakers_of(text, piece)
    if expected is not None:
        assert any(s is not None and expected.lower() in s.lower() for s in speakers), speakers
    assert not any(s is not None and s.strip() in never for s in speakers), speakers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wrong", "right"), ACTORS, ids=[f"actor{i}" for i in range(len(ACTORS))])
def test_actor_names_and_types(text: str, wrong: tuple[str, ...], right: tuple[str, str] | None) -> None:
    doc = annotate(Article(text=text, source=Source()))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    kinds = {info.name: info.type for info in infos if isinstance(info, ActorInfo)}
    assert not any(w in name for w in wrong for name in kinds), kinds
    if right is not None:
        assert any(right[0] in name and kind == right[1] for name, kind in kinds.items()), kinds
