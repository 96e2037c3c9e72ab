"""Debunks that retell the hoax in the writer's voice, then call it false (reader Audit 11, pattern 3).

A debunking post often quotes or retells the viral story flat, with no "it reads:" and no claim verb
("A fisherman in Galway caught a shark with a wedding ring inside it."), and only then gives the
verdict ("That story is a hoax.", "None of it happened.", "There is no such fisherman."). A brief that
takes the retold story as the article's news states the hoax as fact; such a piece is a fact-check,
and its point is the verdict. The articles are written for these tests, with near-misses (ordinary
reports with "there is no cure", a film's "story is fictional", a denial handed to a source, a
confirmed account under a colon) that must not change.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre import detect_genre, main_point
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.debunk import rejected_claims

pytestmark = pytest.mark.slow

# A blog quotes the viral story under a colon that names no text, then debunks it.
BLOG_COLON = """I get fooled now and then, but this one takes the cake (spelling as in the original):

A fisherman from Galway found a gold wedding ring inside a shark he caught off the Aran Islands last week. The ring belonged to his grandfather, who was lost at sea in 1961, says Seamus Dolan.

That story, in one form or another, has been all over my timeline since Tuesday. It is a hoax, invented to collect clicks. There is no Galway fisherman named Seamus Dolan who caught a shark with his grandfather's ring.

The photo of the shark is a stock image that anyone can buy online.

The tale seems to have started on a satire site that publishes made-up stories every day."""

# The viral story retold flat in the opening, then "It never happened."
RETOLD_LEDE = """A grandmother in Cork won the national lottery twice in one week and gave all the money to her local animal shelter.

The tale has been shared more than half a million times since Sunday.

It never happened. There is no record of any such winner, and the lottery has never paid out twice to one player in a week.

The story first appeared on the Emerald Onion, a satire site whose articles are all invented."""

# "It goes like this:" then the story, then "None of it is true."
GOES_LIKE_THIS = """A story about a new rule for drivers in Bavaria has been going around messaging apps for a month. It goes like this:

From June, any driver who eats while driving on the autobahn will be fined 500 euros and lose the licence for three months.

None of it is true. The Bavarian transport ministry has made no such rule, and the fine for eating at the wheel has not changed.

The message is a hoax that first spread in 2019 in a slightly different version."""

# A spreader doubles down after being told the story is false: the restated claim is rejected too.
DOUBLES_DOWN = """A video that claims a volcano in Iceland has buried the village of Vik went viral on Monday.

None of it is true. The eruption is 40 kilometres from the village, and no home has been damaged, the civil protection agency said.

After he was told that his video was fake, the account's owner posted: The village is gone and the government is hiding it from you."""

# Near-misses: nothing is rejected and the genre is not a fact-check.
NO_CURE = """Scientists in Oslo have found a gene linked to a rare childhood illness that weakens the muscles.

The discovery could help thousands of families get a diagnosis years earlier, the team said on Monday.

There is no cure for the illness, which affects about one child in 50,000.

The researchers now plan a trial of a gene therapy in 2027."""

FILM = """The new film by director Ana Ruiz follows a boy who walks from Seville to the sea to find his father.

The boy sleeps in barns and works on farms along the way, and meets a retired sailor who teaches him to swim.

The story is fictional, but Ruiz says it is based on her own father's childhood.

The film opens in cinemas across Spain on Friday."""

HANDED_OVER = """A newspaper in Leeds has apologised for an interview with the city's mayor that it published on Saturday.

The interview quoted the mayor as saying he would close three libraries next year.

The mayor said the interview never took place and that he had no plans to close any library.

The newspaper said on Monday that the article was false and that the reporter had left the paper."""

CONFIRMED = """The ministry's statement on the harbour was short:

The harbour will close for repairs from 1 May until the end of August, and ferries will use the north quay.

That is what the port authority had asked for since last year, and the ferry companies welcomed it.

Repairs will cost about 12 million euros."""

DEBUNKS = {"blog": BLOG_COLON, "retold": RETOLD_LEDE, "goes": GOES_LIKE_THIS}
HOAXES = {"blog": ("wedding ring inside a shark", "belonged to his grandfather"),
          "retold": ("won the national lottery twice",),
          "goes": ("500 euros",)}
VERDICTS = {"blog": ("It is a hoax", "There is no Galway fisherman"),
            "retold": ("It never happened", "There is no record"),
            "goes": ("None of it is true", "made no such rule")}
DENIAL = """The defence ministry in Vilnius said on Friday that a report of troops crossing the border was false: no soldier had left the barracks at Pabrade.

The report had appeared on a news site on Thursday evening and was picked up by two television channels.

The ministry said it would ask the site to correct the story."""

PICTURES = """A new electric bus from a Leipzig start-up will have a range of 600 kilometres, according to two people who have seen the prototype.

The bus will seat 40 passengers and charge in 30 minutes at a depot, they said.

These pictures of it, though, are not real. They are an artist's drawings of what the bus might look like."""

NEAR_MISSES = {"pictures": PICTURES, "denial": DENIAL, "no_cure": NO_CURE, "film": FILM, "handed_over": HANDED_OVER, "confirmed": CONFIRMED}


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="", date="2026-02-01")))


def _flagged(doc: Document) -> list[str]:
    return [doc.sentences[c.index].text for c in rejected_claims(doc)]


@pytest.mark.parametrize("name", sorted(DEBUNKS))
def test_the_retold_hoax_is_rejected(name: str) -> None:
    found = " ".join(_flagged(_doc(DEBUNKS[name])))
    assert all(phrase in found for phrase in HOAXES[name]), found


@pytest.mark.parametrize("name", sorted(DEBUNKS))
def test_the_verdict_is_not_rejected(name: str) -> None:
    found = " ".join(_flagged(_doc(DEBUNKS[name])))
    assert not any(phrase in found for phrase in VERDICTS[name]), found


@pytest.mark.parametrize("name", sorted(DEBUNKS))
def test_a_debunk_is_a_fact_check_whose_point_is_the_verdict(name: str) -> None:
    doc = _doc(DEBUNKS[name])
    ctx = build_context(doc)
    genre = detect_genre(doc, ctx)
    assert genre == "factcheck"
    point = main_point(doc, ctx, genre)
    assert point is not None and any(phrase in point.text for phrase in VERDICTS[name]), point


def test_a_spreader_doubling_down_is_rejected_with_the_retold_claim() -> None:
    found = " ".join(_flagged(_doc(DOUBLES_DOWN)))
    assert "government is hiding it" in found, found
    # the lede reports the video's claim as the video's ("that claims"): framed, it stays
    assert "None of it is true" not in found and "civil protection" not in found and "buried" not in found


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_reject_nothing_and_stay_out_of_fact_check(name: str) -> None:
    doc = _doc(NEAR_MISSES[name])
    assert rejected_claims(doc) == ()
    assert detect_genre(doc, build_context(doc)) != "factcheck"
