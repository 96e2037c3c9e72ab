"""Analyzers on short articles written for these tests and on the examples."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.analyze.actors import clean_name, cluster_actors
from newsbrief.analyze.classify import classify, tone, tone_label
from newsbrief.analyze.context import build_context
from newsbrief.analyze.quotes import find_quotes
from newsbrief.models import Article, Brief, Candidate, Document, Item, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.sections import SECTIONS
from tests.payloads import field

SUMMIT = """US President Donald Trump said on Monday that he wanted to meet North Korean leader Kim Jong-un again before the end of the year.

Trump spoke after talks at the White House with South Korean President Lee Jae Myung. "I look forward to seeing him again very soon," Trump told reporters.

The two leaders first met in Singapore in June 2018, when Kim signed a vague pledge to work towards denuclearisation. A second summit in Hanoi collapsed in February 2019 because the two sides disagreed over sanctions relief.

Lee warned that Pyongyang could now produce 10 to 20 nuclear warheads annually. "The window for diplomacy is closing faster than many people think," he said.

Kim's government has not responded. According to analysts, the United States should offer a limited deal first, since talks have stalled for nearly six years. Officials expect a decision next month.
"""


@pytest.fixture(scope="module")
def summit_doc() -> Document:
    source = Source(title="Trump wants fourth meeting with Kim", date="2025-08-26")
    return annotate(Article(text=SUMMIT, source=source))


@pytest.fixture(scope="module")
def sections(summit_doc: Document) -> dict[str, tuple[Item, ...]]:
    ctx = build_context(summit_doc)
    return {spec.name: tuple(Candidate.of(c).item for c in spec.load_analyzer()(summit_doc, ctx)) for spec in SECTIONS}


def test_clean_name_strips_possessives() -> None:
    assert clean_name("Kim's") == "Kim"
    assert clean_name("Trump’s") == "Trump"
    assert clean_name("the White House") == "White House"


def test_aliases_merge(summit_doc: Document) -> None:
    actors = {a.name: a for a in cluster_actors(summit_doc)}
    assert "Kim Jong-un" in actors
    assert "Kim" in actors["Kim Jong-un"].aliases or len(actors["Kim Jong-un"].mentions) >= 2
    assert "Kim" not in actors
    assert "Donald Trump" in actors and len(actors["Donald Trump"].mentions) >= 3
    assert "Trump" not in actors


def test_actor_roles_from_text(sections: dict[str, tuple[Item, ...]]) -> None:
    roles = {field(item, "name"): field(item, "role") for item in sections["actors"]}
    assert roles["Lee Jae Myung"] == "South Korean President"
    assert roles["Donald Trump"] == "US President"
    texts = [item.text for item in sections["actors"]]
    assert "South Korean President Lee Jae Myung" in texts


def test_quote_speakers(summit_doc: Document) -> None:
    quotes = {summit_doc.article.text[q.start + 1 : q.start + 12]: q.speaker
              for q in find_quotes(summit_doc, cluster_actors(summit_doc))}
    assert quotes["I look forw"] == "Donald Trump"
    assert quotes["The window "] == "Lee Jae Myung"


def test_figures_with_phrase(sections: dict[str, tuple[Item, ...]]) -> None:
    texts = [item.text for item in sections["figures"]]
    assert any(t.startswith("10 to 20 nuclear warheads") for t in texts), texts


def test_timeline_is_chronological_with_granularity(sections: dict[str, tuple[Item, ...]]) -> None:
    events = [(field(i, "date"), field(i, "granularity")) for i in sections["timeline"]]
    assert ("2018-06", "month") in events
    assert ("2019-02", "month") in events
    assert ("2025-08-25", "day") in events
    dates = [d for d, _ in events]
    assert dates == sorted(dates)
    future = [i for i in sections["timeline"] if field(i, "future")]
    assert all(str(field(i, "date")) > "2025-08-26" for i in future)


def test_summary_has_three_to_five_points_in_article_order(sections: dict[str, tuple[Item, ...]]) -> None:
    points = sections["summary"]
    assert 3 <= len(points) <= 5
    starts = [p.citations[0].start for p in points]
    assert starts == sorted(starts)
    assert points[0].text.startswith("US President Donald Trump said on Monday")


def test_dangling_openings_are_repaired_in_brackets() -> None:
    from newsbrief.analyze.openings import repair_opening

    text = ("Mayor Ana Ruiz opened the new bridge on Friday. She said it would cut journeys "
            "across the river by twenty minutes for most commuters in the city. "
            "But the repairs to the old bridge will take another two years to finish. "
            "These delays have angered shop owners on both banks of the river. "
            "However, Ruiz said the city had no money left for a faster repair. "
            "It was not clear when the old crossing would reopen to heavy traffic.")
    doc = annotate(Article(text=text, source=Source()))
    actors = cluster_actors(doc)
    fixed = [repair_opening(doc, s, actors) for s in doc.sentences]
    assert fixed[0] == doc.sentences[0].text
    assert fixed[1] is not None and fixed[1].startswith("[Ruiz] said it would cut")
    assert fixed[2] == "[T]he repairs to the old bridge will take another two years to finish."
    assert fixed[3] is not None and fixed[3].startswith("[The] delays have angered")
    assert fixed[4] is not None and fixed[4].startswith("Ruiz said the city")
    # A dummy "It" (its subject the clause after "clear") needs no referent (Audit 15): the sentence stands as it is.
    assert fixed[5] == "It was not clear when the old crossing would reopen to heavy traffic."


def test_classifier_cues() -> None:
    from newsbrief.models import Sentence

    def sentence(text: str) -> Sentence:
        return Sentence("s1", 0, text, 0, len(text), 0, 0, 0)

    assert classify(sentence("The government should raise the tax."))["recommendations"] == 1
    assert classify(sentence("Talks stalled because of a dispute over money."))["analysis"] >= 2
    assert classify(sentence("The plant is expected to open next year."))["outlook"] >= 1
    # a past ability to perceive is no forecast; a possibility still is
    assert classify(sentence("The players could sense their frustration in the third period."))["outlook"] == 0
    assert classify(sentence("The strike could spread to other ports."))["outlook"] == 1


def test_tone_label() -> None:
    from newsbrief.models import Sentence

    bleak = Sentence("s1", 0, "The outlook is bleak and the talks failed amid a crisis.", 0, 10, 0, 0, 0)
    hopeful = Sentence("s2", 1, "Officials are hopeful of progress and a deal.", 0, 10, 0, 0, 0)
    assert tone_label(tone([bleak])) == "pessimistic"
    assert tone_label(tone([hopeful])) == "optimistic"
    assert tone([]) == 0.0


def test_recommendation_and_outlook_sections(sections: dict[str, tuple[Item, ...]]) -> None:
    recs = [i.text for i in sections["recommendations"]]
    assert any("should offer a limited deal" in t for t in recs)
    outlook = sections["outlook"]
    # The outlook holds the article's forward-looking statements only (no tone score any more).
    assert outlook and all(i.kind == "reported" for i in outlook)
    assert any("decision next month" in i.text for i in outlook)


def test_example_brief_sections(cable_brief: Brief) -> None:
    actors = {field(i, "name"): i for i in cable_brief.section("actors").items}  # type: ignore[union-attr]
    assert field(actors["Ingrid Solberg"], "role") == "Norwegian Energy Minister"
    quotes = {i.text: field(i, "speaker") for i in cable_brief.section("quotes").items}  # type: ignore[union-attr]
    assert quotes['"both sides stopped treating electricity as a zero-sum game"'] == "Ingrid Solberg"
    # A quote already told by a key point is not repeated in the quotes section.
    assert '"neighbours who argue about the bill can still agree on the house"' not in quotes
    assert any(q.startswith('"Steel prices') and s == "Erik Vang" for q, s in quotes.items())


def test_published_date_parsed(summit_doc: Document) -> None:
    assert build_context(summit_doc).published == date(2025, 8, 26)


def test_title_mentions_count_for_the_one_actor_with_that_title() -> None:
    text = ("South Korean President Lee Jae Myung met Donald Trump at the White House on Monday. "
            "The president said the talks went well.\n\nLater the South Korean president flew home, "
            "and aides said the president would report to parliament on Friday.")
    doc = annotate(Article(text=text, source=Source()))
    found = SECTIONS.get("actors").load_analyzer()(doc, build_context(doc))
    items = {field(i, "name"): i for i in found}
    lee = items["Lee Jae Myung"]
    assert field(lee, "role") == "South Korean President"
    assert int(field(lee, "mentions")) >= 4
    assert "the president" in (field(lee, "aliases") or ())


def test_quote_continuation_stops_at_another_person() -> None:
    text = ('"We have a lot of work ahead," Henrik Lund said in a statement. "But the direction is clear."\n\n'
            '"The plan is sound," said Mia Berg. Tom Ashe disagreed. "It will cost far too much money."')
    doc = annotate(Article(text=text, source=Source()))
    speakers = {text[q.start + 1 : q.start + 12]: q.speaker for q in find_quotes(doc, cluster_actors(doc))}
    assert speakers["But the dir"] == "Henrik Lund"
    assert speakers["The plan is"] == "Mia Berg"
    assert speakers["It will cos"] != "Mia Berg"


def test_model_names_after_a_number_are_not_people() -> None:
    doc = annotate(Article(text="Boeing said the 737 Max would fly again. Max Weber, the pilot, said the 737 Max "
                                "is safe. Weber flew it on Monday.", source=Source()))
    people = {a.name: len(a.mentions) for a in cluster_actors(doc) if a.label == "PERSON"}
    assert people == {"Max Weber": 2}


def test_quote_spans_with_mixed_marks() -> None:
    from newsbrief.nlp.attribution import quote_spans

    text = ('"And I asked, on whose authority?” said Hill. "I was told so," she said:"Fine now." '
            'An “unclosed quote\n\nNew paragraph with “a curly one” here.')
    assert [text[a:b] for a, b in quote_spans(text)] == [
        '"And I asked, on whose authority?”', '"I was told so,"', '"Fine now."', "“a curly one”"]


def test_backward_looking_modals_are_not_outlook() -> None:
    from newsbrief.analyze.classify import sentence_class

    assert sentence_class("Holmes could hear the minister's voice on the phone.") == "background"
    assert sentence_class("I didn't expect anything like this to happen.") == "background"
    assert sentence_class("The plant could close next year.") == "outlook"
    assert sentence_class("The company may have to cut 2,000 jobs.") != "background"
