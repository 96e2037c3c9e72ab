"""Reader Audits 16 and 17, prose essay: an item the bullets get right must not turn wrong in the essay
through its order or its connective. A bare "The government" / "It" / "He" / "There," / "Since then" is
told only right after the article sentence it leans on; a titled surname ("Mr Connolly") gets the given
name the first time; a live page's clock stamps stay out and its updates are told in time order; the
essay never closes on a contributor credit. The articles are invented for these tests."""

from __future__ import annotations

from functools import cache

from newsbrief.models import Article, Brief, Citation, Item, Source
from newsbrief.pipeline import brief_article
from newsbrief.render.prose import _Essay, render_prose
from newsbrief.settings import Settings

REFUGEES = (
    "Thousands of refugees crossed from Syria into Turkey on Sunday as fighting spread to the northern town "
    "of Jisr al-Shughour.\n\n"
    "The Syrian government said 120 members of its security forces were killed in the town last week. "
    "The government has pledged to restore order and to punish the armed gangs it blames for the deaths.\n\n"
    "Turkey said it would not close its doors to those fleeing the violence. Turkish officials said 4,300 "
    "people had crossed the border since Thursday and were housed in tent camps.\n\n"
    "The United Nations refugee agency said it was ready to send help.")
STRIKES = (
    "British jets struck a command centre near Tripoli overnight, the Ministry of Defence in London said.\n\n"
    "Officials said the strikes used precision weapons to avoid harm to civilians. Libyan spokesman Moussa "
    "Ibrahim said eleven clerics were killed in a raid on the city of Brega. \"It is a crime beyond "
    "imagination,\" Ibrahim told reporters in Tripoli.\n\n"
    "NATO said it was investigating the claim. The alliance said it had struck a command post in Brega.")
SPILL = (
    "Oil company BP blamed its contractors for the spill in a report on Wednesday. The company presented the "
    "report to Congress on Thursday. There, BP pointed at Transocean, which owned the rig, and at Halliburton, "
    "which cemented the well.\n\n"
    "Senator Ed Markey said the report was an attempt to share the blame. \"This is not the time for "
    "finger-pointing,\" Markey said. Lamar McKay is the head of BP America. He is a former engineer who joined "
    "the firm in 1980.\n\n"
    "The rig sank in April after an explosion. Since then, oil has leaked into the Gulf at up to 60,000 "
    "barrels a day. Investigators will file an incident report with the coast guard. Typically, an incident "
    "report takes months to complete.")
FLOODS = (
    "Floods have cut off three river towns in the north, and aid groups are racing to reach them.\n\n"
    "20:24 The Red Cross says its boats reached the town of Arlen this evening with food for 2,000 people.\n\n"
    "1850 Army helicopters lifted 40 families from rooftops in Arlen, the regional governor said.\n\n"
    "12:05 The river rose another metre overnight and broke through the levee at Coyle, officials said.\n\n"
    "08:16 Heavy rain fell for a third day across the valley and roads to the towns were closed.")
SHIPPING = (
    "Shipping firm Norvik reported its first loss in a decade on Thursday as freight rates fell sharply.\n\n"
    "Chief executive Brian Connolly said the company would cut 400 jobs and sell two of its oldest vessels. "
    "The firm's shares fell 8 percent in Oslo.\n\n"
    "Analysts had expected a small profit. \"The market turned faster than anyone planned for,\" Mr Connolly "
    "said.\n\n"
    "CNN's Sara Lind reported from Oslo.")
DOCKS = (
    "Striking dock workers in the port of Salton returned to work on Friday after the port authority agreed "
    "to raise wages by 6 percent.\n\n"
    "The strike had halted the loading of grain ships for nine days and left 30 vessels waiting offshore. "
    "Union leader Maria Feld said the deal was a fair one for her members.\n\n"
    "The port authority said it expected the backlog to clear within two weeks.\n\n"
    "Paul Ames in Lisbon contributed to this report.")


@cache
def _brief(text: str) -> Brief:
    return brief_article(Article(text=text, source=Source()), Settings())


def _item(brief: Brief, start: str) -> Item:
    sentence = next(s for s in brief.sentences if s.text.startswith(start))
    return Item(text=sentence.text, citations=(Citation(sentence.id, sentence.start, sentence.end),))


def _told(text: str, *starts: str) -> str:
    """The essay paragraph that tells the sentences opening with ``starts`` in that order."""
    brief = _brief(text)
    essay = _Essay(brief)
    essay.paragraph([_item(brief, start) for start in starts], [""])
    return " ".join(essay.paragraphs)


def test_the_government_after_another_country_is_left_out() -> None:
    told = _told(REFUGEES, "Turkey said it would", "The government has pledged")
    assert "restore order" not in told  # it would read as Turkey's government


def test_the_government_right_after_its_own_country_stays() -> None:
    assert "restore order" in _told(REFUGEES, "The Syrian government said", "The government has pledged")


def test_a_spokesmans_it_after_the_british_strikes_is_left_out() -> None:
    told = _told(STRIKES, "British jets struck", "\"It is a crime")
    assert "crime beyond imagination" not in told


def test_the_whole_essay_tells_it_is_a_crime_only_after_its_raid() -> None:
    essay = render_prose(_brief(STRIKES))
    if "crime beyond imagination" in essay:
        before = essay[: essay.index("\"It is a crime")].rstrip()
        assert before.endswith("city of Brega.[3]") or "city of Brega" in before.splitlines()[-1][-80:]


def test_a_description_after_another_persons_quote_is_left_out() -> None:
    told = _told(SPILL, "\"This is not the time", "He is a former engineer")
    assert "former engineer" not in told  # "He" would be Markey


def test_there_after_another_sentence_is_left_out() -> None:
    assert "pointed at Transocean" not in _told(SPILL, "Senator Ed Markey", "There, BP pointed")


def test_there_right_after_its_place_stays() -> None:
    assert "pointed at Transocean" in _told(SPILL, "The company presented", "There, BP pointed")


def test_since_then_after_another_sentence_is_left_out() -> None:
    assert "60,000 barrels" not in _told(SPILL, "Oil company BP blamed", "Since then, oil")


def test_typically_after_another_sentence_is_left_out() -> None:
    assert "takes months" not in _told(SPILL, "Senator Ed Markey", "Typically, an incident")


def test_typically_right_after_its_report_stays() -> None:
    assert "takes months" in _told(SPILL, "Investigators will file", "Typically, an incident")


def test_a_titled_surname_gets_the_given_name_the_first_time() -> None:
    told = _told(SHIPPING, "\"The market turned")
    assert "Mr [Brian] Connolly said" in told


def test_a_role_in_the_actors_name_is_no_given_name() -> None:
    told = _told(SHIPPING, "\"The market turned")
    assert "[Chief" not in told and "executive Brian]" not in told


def test_a_live_pages_clock_stamps_stay_out_of_the_essay() -> None:
    essay = render_prose(_brief(FLOODS))
    for stamp in ("20:24", "1850", "12:05", "08:16"):
        assert stamp not in essay.split("Notes (source")[0]


def test_a_reverse_chronological_pages_updates_are_told_in_time_order() -> None:
    essay = render_prose(_brief(FLOODS))
    assert "Army helicopters" in essay and "Red Cross says" in essay
    assert essay.index("Army helicopters") < essay.index("Red Cross says")


def test_the_essay_does_not_close_on_a_reported_from_credit() -> None:
    assert "reported from Oslo" not in render_prose(_brief(SHIPPING))


def test_the_essay_does_not_close_on_a_contributed_credit() -> None:
    assert "contributed to this report" not in render_prose(_brief(DOCKS))


FALL = (
    "Holidaymaker David Meadwell filmed the guard as he slipped on a drain cover outside the palace. "
    "Defence Minister Gen Nakatani said the guard was not hurt.\n\n"
    "\"I did not expect anything like it,\" Mr Meadwell said.")


def test_a_role_opening_a_sentence_is_no_given_name() -> None:
    told = _told(FALL, "\"I did not expect")
    assert "Mr [David] Meadwell said" in told


def test_a_given_name_that_is_also_a_title_is_not_given_twice() -> None:
    essay = _Essay(_brief(FALL))
    assert "[Gen] Nakatani" not in essay.introduce("[Gen Nakatani:] The guard was not hurt.")


def test_a_nickname_in_the_given_names_is_kept_whole() -> None:
    from newsbrief.render.prose_context import trim_given

    brief = _brief(FALL)
    assert trim_given("John ' Brad '", "Bradbury", brief.sentences) == "John ' Brad '"
    assert trim_given("Holidaymaker David", "Meadwell", brief.sentences) == "David"


VALLEY = (
    "Floods have cut off three river towns in the north, and aid groups are racing to reach them.\n\n"
    "21:40 The governor said the army would stay in the valley for as long as it was needed.\n\n"
    "20:24 The Red Cross says its boats reached the town of Arlen this evening with food for 2,000 people.\n\n"
    "18:50 Army helicopters lifted 40 families from rooftops in Arlen, the regional governor said.\n\n"
    "12:05 The river rose another metre overnight and broke through the levee at Coyle, officials said.\n\n"
    "08:16 Forecasters expect heavy rain to fall for a third day across the valley, and roads to the towns "
    "were closed this morning.")


def test_a_live_pages_updates_are_told_in_time_order_across_the_essay() -> None:
    essay = render_prose(_brief(VALLEY)).split("Notes (source")[0].lower()
    told = [essay.index(words) for words in ("levee at coyle", "army helicopters", "red cross says",
                                             "army would stay") if words in essay]
    assert len(told) >= 3 and told == sorted(told)


def test_credits_and_script_are_furniture_and_reports_are_not() -> None:
    from newsbrief.render.prose_context import is_furniture

    for line in ("CNN's Sara Lind reported from Oslo.", "Reporting by Tom Hale; Editing by Ann Price",
                 "Paul Ames and Rita Cole contributed reporting.", "var slot = document.getElementById('ad');"):
        assert is_furniture(line), line
    for line in ("Reporters said the road from the border was closed.",
                 "Officials reported from the scene that two people were hurt.",
                 "The board said the report was accurate."):
        assert not is_furniture(line), line
