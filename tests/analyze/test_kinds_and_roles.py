"""What a name is (a person, an organisation, a work), a role without a form of address, a writer
who was there (a feature), and modals that look back: on articles written for these tests."""

from __future__ import annotations

from newsbrief.analyze.actor_names import clean_name, cluster_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre import detect_genre
from newsbrief.models import ActorInfo, Article, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.speech import _stance
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings

FESTIVAL = """Lights return to the canals for the winter festival

The winter light festival opens on Thursday with twenty new works along the canals.

Marta Kovač and Ivo Horvat found inspiration for their work Silent Stars in an old photograph of the harbour. With the installation Silent Stars, the pair bring the night sky back to the city centre.

Lumen Studio has become a friend of the festival. With its new piece, Lumen Studio shows how the eye reads light.

A Norland subsidiary called Vega Holm supplies the cables for every work. Vega Holm said the cables were made from recycled rope.

The World Lighting Association (WLA said the festival was among the largest in Europe.

Later, museum curator Dr Lena Brandt guided visitors along the route. Lena Brandt said the festival would run until January.
"""

COURTROOM = """A day in the public gallery

Every morning a queue forms outside the court long before the doors open.

I joined the queue two days in a row to see the trial for myself. The room is small and the seats are few.

The prosecution called two expert witnesses. Both said the pilot had ignored the warnings.

The defence will question the experts next week. The trial is expected to last a month.

Outside, the queue was already forming again for the next day.
"""


def _doc(text: str) -> Document:
    title, _, body = text.partition("\n\n")
    return annotate(Article(text=body, source=Source(title=title)))


def test_works_studios_and_named_subsidiaries_are_not_people() -> None:
    labels = {a.name: a.label for a in cluster_actors(_doc(FESTIVAL))}
    assert labels.get("Silent Stars") != "PERSON"
    assert labels.get("Lumen Studio") in (None, "ORG")
    assert labels.get("Vega Holm") in (None, "ORG")
    assert "Lena Brandt" in labels and labels["Lena Brandt"] == "PERSON"


def test_a_cut_bracket_leaves_a_name_and_a_role_has_no_form_of_address() -> None:
    assert clean_name("World Lighting Association (WLA") == "World Lighting Association"
    brief = ExtractiveEngine(Settings()).brief(_doc(FESTIVAL))
    actors = {i.payload.name: i.payload for i in brief.section("actors").items  # type: ignore[union-attr]
              if isinstance(i.payload, ActorInfo)}
    assert actors["Lena Brandt"].role == "museum curator"
    assert not any("(" in name and ")" not in name for name in actors)


def test_a_writer_who_was_there_makes_a_feature() -> None:
    doc = _doc(COURTROOM)
    assert detect_genre(doc, build_context(doc)) == "feature"


def test_modals_that_look_back_or_at_what_holds_predict_nothing() -> None:
    assert _stance("", "the lawyers may have used that line", "x") == "asserts"
    assert _stance("", "he would already be punished for life", "x") == "asserts"
    assert _stance("", "he would appeal the verdict", "x") == "predicts"


NUT_GRAF = """A quiet morning at the harbour

The gulls arrive before the boats do, circling the empty quay in the grey light.

I walked the length of the quay twice before the first trawler came in, its deck stacked with crates.

The fishermen unload in silence and the buyers wait by the market doors with their order books.

But this season is all about the new quota rules, which cut the catch of every boat by a third.

The harbour master says six boats have already been sold this year.

Two of the buyers came from the north coast. The last crates leave the quay by nine.

The market reopens on Monday with the new prices.
"""


def test_a_feature_is_told_by_the_sentence_that_says_what_it_is_about() -> None:
    from newsbrief.analyze.genre import main_point

    doc = _doc(NUT_GRAF)
    ctx = build_context(doc)
    assert detect_genre(doc, ctx) == "feature"
    point = main_point(doc, ctx, "feature")
    assert point is not None and "quota rules" in point.text


def test_an_estimate_of_what_is_predicts_nothing() -> None:
    assert _stance("estimate", "the smoke shortened lives by three years", "x") == "asserts"
    assert _stance("estimate", "the smoke will shorten lives by three years", "x") == "predicts"
    assert _stance("forecast", "growth of 2 percent", "x") == "predicts"


FOOTAGE = """Estate signs record deal for late singer

The estate of the singer Mara Quinn signed a record deal worth $200m on Monday, reports say.

The footage showed Quinn rehearsing days before her death from an overdose of the anesthetic Zorbital.

Her doctor, Alan Reeve, who told police he had prescribed Zorbital for insomnia, has pleaded not guilty to manslaughter.

He has always maintained that he gave her nothing that could have killed her.
"""


def test_a_drug_is_no_one_to_repair_a_pronoun_with_and_footage_finds_nothing() -> None:
    from newsbrief.analyze.openings import repair_opening

    doc = _doc(FOOTAGE)
    ctx = build_context(doc)
    assert all(a.label != "PERSON" for a in ctx.actors if a.name == "Zorbital")
    last = doc.sentences[-1]
    assert repair_opening(doc, last, ctx.actors) == "[Reeve]" + last.text[2:]
    plea = next(s for s in doc.sentences if "pleaded not guilty" in s.text)
    assert ctx.voice_of(plea.index).voice != "document"  # not "[According to the footage,] ..."


LOADED = """The ferry cull was a farce from the start

The ministry ordered every ferry on the northern route withdrawn last week after a single engine fire.

The decision was a piece of misguided theatre. No inspector had found a fault in any other vessel.

The record of the ministry on safety is dismal. Roads crumble, bridges close and nobody resigns.

Islanders now wait two days for a crossing that used to take an hour. Shops on the islands are running short of bread.

The ferries are back in service this week. The hysteria that withdrew them has cost the islands a month of trade.
"""


def test_loaded_words_in_the_writers_own_voice_make_an_opinion_piece() -> None:
    doc = _doc(LOADED)
    assert detect_genre(doc, build_context(doc)) == "opinion"


def test_a_broadcaster_named_after_television_is_not_a_person() -> None:
    text = ("The West should not intervene in the war, President Anton Varga told Spanish state television TVE "
            "on Tuesday. \"It would make things worse,\" Varga told TVE. The interview with TVE was broadcast "
            "on Wednesday.")
    labels = {a.name: a.label for a in cluster_actors(annotate(Article(text=text, source=Source())))}
    assert labels.get("TVE") != "PERSON" and labels.get("Anton Varga") == "PERSON"
