"""Reader Audit 34, prose essay: every voice the essay tells is one the reader can name. First-person
narration ("I", "we") from a page of several contributors is left out (the essay fused four aid
workers into one narrator); a sentence that is a bare quotation is told only right after the article
sentence that gives its speaker; a sentence that opens on "he says" is not tacked onto another one; a
"NEW:" tag never opens the essay; an embed notice is never told; a person named with two spellings
still gets their given name. The articles are invented for these tests."""

from __future__ import annotations

from functools import cache

from newsbrief.models import Article, Brief, Citation, Item, Source
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import _Essay
from newsbrief.render.prose_context import is_furniture
from newsbrief.settings import Settings

DIARIES = (
    "Relief teams reached the flooded delta towns on Monday, a week after the cyclone struck.\n\n"
    "Volunteers working there have been writing about their days for this website.\n\n"
    "I spent the morning in the clinic at Porto Mar, where we ran out of clean dressings by noon.\n\n"
    "The clinic is the only one still standing in the district.\n\n"
    "We finally got the water pump working in the afternoon!\n\n"
    "I flew in from Lisbon on Saturday with two crates of vaccines.\n\n"
    "My colleagues had warned me that the roads were gone.\n\n"
    "Tomorrow we will open a second tent for the children.")
BLOG = (
    "I have covered the grape harvest in this valley for twenty years, and this one is the worst I have seen.\n\n"
    "Hail stripped the vines in a single afternoon in August. Growers lost half their crop.\n\n"
    "I walked the rows with a grower who had farmed there since 1979.")
PLANT = (
    "Engineers at the Dunmore plant have started building the new turbine hall.\n\n"
    "Chief engineer Ana Ruiz said the parts came from three countries. "
    "\"If the parts arrive late, the whole line will stand idle for a month.\"\n\n"
    "The plant employs 900 people and supplies power to the whole county.")
PASS = (
    "Rebel commander Idris Balo says his men have held the mountain pass since Monday. "
    "Shelling went on through the night. "
    "Asked whether the families had left the villages, he shrugged. "
    "\"A few have,\" he says, but most refuse to go.")
STORM = (
    "Police reopened the coast road on Sunday after the storm. Thousands of homes are still without power.\n\n"
    "The storm brought down power lines across the east of the county.")
REPORTER = (
    "Crowds filled the main square of the capital for a second day on Sunday.\n\n"
    "CNN's Frederick Larsen said the mood was calmer than on Saturday. \"People are singing now,\" Larsen said.\n\n"
    "Soldiers stood at the edge of the square but did not move in.\n\n"
    "Later, the crowds were growing again, Larsen said.\n\n"
    "CNN's Frederik Larsen and Ana Pohl contributed to this report.")


@cache
def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source()), Settings())


def _item(brief: Brief, *starts: str, text: str | None = None) -> Item:
    sentences = [next(s for s in brief.sentences if s.text.startswith(start)) for start in starts]
    citations = tuple(Citation(s.id, s.start, s.end) for s in sentences)
    return Item(text=text or " ".join(s.text for s in sentences), citations=citations)


def _told(text: str, *starts: str) -> str:
    """The essay paragraph that tells the sentences opening with ``starts`` in that order."""
    brief = _brief(text)
    essay = _Essay(brief)
    essay.paragraph([_item(brief, start) for start in starts], [""])
    return " ".join(essay.paragraphs)


def test_a_contributors_we_is_left_out() -> None:
    assert "We finally got" not in _told(DIARIES, "Relief teams", "The clinic is", "We finally got")


def test_a_contributors_i_is_left_out() -> None:
    assert "I flew in" not in _told(DIARIES, "Relief teams", "I flew in")


def test_a_contributors_my_is_left_out_even_in_article_order() -> None:
    assert "My colleagues" not in _told(DIARIES, "I flew in", "My colleagues")


def test_the_pages_third_person_lines_stay() -> None:
    told = _told(DIARIES, "Relief teams", "The clinic is")
    assert "Relief teams" in told and "The clinic is" in told


def test_a_writer_who_opens_in_the_first_person_keeps_their_voice() -> None:
    assert "I walked the rows" in _told(BLOG, "I have covered", "I walked the rows")


def test_a_bare_quotation_away_from_its_speaker_is_left_out() -> None:
    assert "If the parts" not in _told(PLANT, "Engineers at", "\"If the parts")


def test_a_bare_quotation_right_after_its_speaker_stays() -> None:
    assert "If the parts" in _told(PLANT, "Chief engineer", "\"If the parts")


def test_an_attributed_quotation_stays() -> None:
    assert "People are singing" in _told(REPORTER, "Soldiers stood", "CNN's Frederick", "\"People are singing")


def test_a_joined_sentence_that_opens_on_he_says_is_cut() -> None:
    brief = _brief(PASS)
    essay = _Essay(brief)
    essay.paragraph([_item(brief, "Rebel commander", "\"A few have")], [""])
    told = " ".join(essay.paragraphs)
    assert "Rebel commander Idris Balo" in told and "A few have" not in told


def test_a_tag_never_opens_the_essay() -> None:
    brief = _brief(STORM)
    tagged = _item(brief, "Police reopened", text="NEW: Police reopen the coast road Thousands still without power")
    essay = _Essay(brief)
    essay.paragraph([tagged, _item(brief, "The storm brought")], [""])
    told = " ".join(essay.paragraphs)
    assert "NEW:" not in told and "The storm brought" in told


def test_an_embed_notice_is_furniture() -> None:
    assert is_furniture("To see this content you need to have both JavaScript enabled and Flash installed.")
    assert is_furniture("Visit the Webwise pages for full instructions.")
    assert is_furniture("You can see the rocket lift off at 0:42 in the video above or in the gif below.")


def test_a_sentence_about_flash_storage_is_not_furniture() -> None:
    assert not is_furniture("The company installed flash storage in its data centres last year.")


def test_a_reporter_spelled_two_ways_gets_a_given_name() -> None:
    assert _Essay(_brief(REPORTER)).given.get("Larsen", "").startswith("Frederi")


POTTERY = (
    "The archive of the Fenwick pottery works will stay in the county after a fundraising drive.\n\n"
    "Helen Fenwick, whose family founded the works, said the archive belonged to the town. The collection "
    "will be lent to the Fenwick Museum in the spring.")


def test_a_museum_named_after_a_family_gets_no_given_name() -> None:
    brief = _brief(POTTERY)
    essay = _Essay(brief)
    essay.given.setdefault("Fenwick", "Helen")
    assert "[Helen] Fenwick Museum" not in essay.introduce("The collection will be lent to the Fenwick Museum.")


def test_a_player_notice_is_furniture() -> None:
    assert is_furniture("Media playback is not supported on this device")
