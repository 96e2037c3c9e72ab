"""The actors section on short articles written for these tests: who a reader would list, once
each, with the role the article gives, most salient first."""

from __future__ import annotations

from newsbrief.analyze.actors import analyze_actors, clean_name, cluster_actors, credit_spans
from newsbrief.analyze.context import build_context
from newsbrief.models import ActorInfo, Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.sections import SECTIONS


def _doc(text: str, title: str | None = None, author: str | None = None, outlet: str | None = None) -> Document:
    return annotate(Article(text=text, source=Source(title=title, author=author, outlet=outlet)))


def _actors(doc: Document) -> dict[str, ActorInfo]:
    items = analyze_actors(doc, build_context(doc))
    return {_info(item).name: _info(item) for item in items}


def _info(item: Item) -> ActorInfo:
    assert isinstance(item.payload, ActorInfo)
    return item.payload


WIRE = """By Jane Porter

LONDON (Reuters) - Britain's finance minister Rachel Moss said on Tuesday that the government would cut fuel duty by five pence a litre from April.

Moss told parliament the cut would cost 2.4 billion pounds a year. "Drivers have carried this burden for too long," she said.

Opposition spokesman Daniel Hartley said the cut was a pre-election gimmick. Hartley said the money should go to bus services instead.

Reporting by Tom Keller; additional reporting by Ana Silva; Editing by Mark Otieno

CNN's Priya Nair contributed to this report.
"""


def test_bylines_and_credits_are_not_actors() -> None:
    doc = _doc(WIRE, title="UK to cut fuel duty, finance minister says", author="Jane Porter", outlet="Reuters")
    actors = _actors(doc)
    assert {"Rachel Moss", "Daniel Hartley"} <= set(actors)
    for journalist in ("Jane Porter", "Tom Keller", "Ana Silva", "Mark Otieno", "Priya Nair"):
        assert not any(journalist.split()[-1] in name for name in actors), (journalist, actors)
    assert "Reuters" not in actors and "CNN" not in actors
    text = doc.article.text
    credited = " ".join(text[a:b] for a, b in credit_spans(doc))
    assert "Tom Keller" in credited and "Priya Nair" in credited and "Jane Porter" in credited


def test_roles_in_full_and_people_ranked_by_salience() -> None:
    doc = _doc(WIRE, title="UK to cut fuel duty, finance minister says")
    actors = _actors(doc)
    moss, hartley = actors["Rachel Moss"], actors["Daniel Hartley"]
    assert moss.role == "Britain's finance minister"
    assert hartley.role == "Opposition spokesman"
    # The minister is in the headline and the lead and speaks: she comes first.
    assert next(iter(actors)) == "Rachel Moss"
    assert moss.mentions >= 2 and "Moss" in moss.aliases


FULL_THEN_SURNAME = """Mr. Tomas Berg, the mayor of Lindholm, opened the new bridge on Friday.

Berg said the bridge would cut journeys across the river by twenty minutes. Mr Berg also thanked the engineers.

The bridge cost 40 million kroner. BERG'S critics said the money should have gone to schools.
"""


def test_full_name_and_surname_are_one_actor() -> None:
    doc = _doc(FULL_THEN_SURNAME)
    people = [a for a in cluster_actors(doc) if "Berg" in a.name or "BERG" in a.name]
    assert len(people) == 1, [(a.name, a.label) for a in people]
    actors = _actors(doc)
    assert list(actors) == ["Tomas Berg"]
    berg = actors["Tomas Berg"]
    assert berg.type == "person" and berg.mentions >= 3
    assert berg.role == "mayor of Lindholm"


def test_clean_name_strips_titles_and_possessives() -> None:
    assert clean_name("Mr. Tomas Berg") == "Tomas Berg"
    assert clean_name("Dr Ana Ruiz") == "Ana Ruiz"
    assert clean_name("Sen. Ann Lee's") == "Ann Lee"
    assert clean_name("Iraq 's") == "Iraq"
    assert clean_name("the White House") == "White House"


GOVERNMENTS = """Russia said on Monday it would expel four Norwegian diplomats after Norway signed a new sanctions package.

The talks were held in Oslo, and delegates later travelled to Bergen and Tromso for meetings with local fishermen.

Norway's foreign minister Eva Lund said the sanctions targeted banks, not people. "We have no quarrel with ordinary Russians," Lund said.

The weather in Bergen was cold.
"""


def test_a_place_is_an_actor_only_when_it_acts_as_a_government() -> None:
    actors = _actors(_doc(GOVERNMENTS))
    assert actors["Russia"].type == "state" and actors["Norway"].type == "state"  # a country that acts is a state
    for setting in ("Oslo", "Bergen", "Tromso"):
        assert setting not in actors
    # People first, then organisations and governments.
    assert next(iter(actors)) == "Eva Lund"
    assert actors["Eva Lund"].role == "Norway's foreign minister"


ROLES = """Treasury Secretary Janet Smith said on Wednesday that inflation was falling. Rep. Ann Lee (D-Calif.) disagreed.

Erik Vang, chief economist at the Oslo Institute for Energy Policy, said prices would rise again next year.

Smith later told reporters the secretary's forecast was unchanged. Lee and Vang did not comment further.
"""


def test_roles_from_titles_party_labels_and_appositions() -> None:
    actors = _actors(_doc(ROLES))
    assert actors["Janet Smith"].role == "Treasury Secretary"
    assert actors["Ann Lee"].role == "Representative (D-Calif.)"
    assert actors["Erik Vang"].role == "chief economist at the Oslo Institute for Energy Policy"


ACRONYM = """The Environment Agency (EA) said on Thursday that the river defences in Kelby would be raised by a metre.

The EA said work would begin in May. Local councillor Mary Shaw welcomed the plan, but said the EA had ignored the town for a decade.

Shaw said residents would hold a meeting on Friday.
"""


def test_an_organisation_and_its_acronym_are_one_actor() -> None:
    doc = _doc(ACRONYM)
    agencies = [a for a in cluster_actors(doc) if a.name in ("Environment Agency", "EA")]
    assert len(agencies) == 1
    actors = _actors(doc)
    agency = actors["Environment Agency"]
    assert agency.type == "organisation" and "EA" in agency.aliases and agency.mentions >= 3
    assert "EA" not in actors
    assert list(actors) == ["Mary Shaw", "Environment Agency"]
    assert actors["Mary Shaw"].role == "Local councillor"


def test_at_most_the_section_limit_most_salient_first() -> None:
    names = ["Ada Quist", "Ben Roper", "Cara Sloane", "Dev Tamm", "Eli Upton", "Fay Vance", "Gus Wren",
             "Hal Yates", "Ivy Zell", "Jon Abbot"]
    lines = [f"{name} said the plan was sound. {name.split()[1]} said it again." for name in names]
    lines.append("Jon Abbot said the plan would fail. Abbot repeated that the plan would fail.")
    doc = _doc("\n\n".join(lines), title="Jon Abbot warns plan will fail")
    actors = _actors(doc)
    assert len(actors) == SECTIONS.get("actors").limit
    assert next(iter(actors)) == "Jon Abbot"


def test_a_product_tagged_as_a_person_is_not_an_actor() -> None:
    doc = _doc("The carmaker said it would sell the ID. Buzz electric van in Chile next year. Maria Lopez, who "
               "runs its sales in the region, said fleets would switch first. The Buzz electric van "
               "will be built in Hanover. Maria Lopez said prices would fall.")
    names = set(_actors(doc))
    assert not any("van" in name and "Gent" not in name for name in names), names
    assert "Maria Lopez" in names


def test_things_and_events_tagged_as_people_are_not_actors() -> None:
    doc = _doc("Jackson died of an overdose of the powerful anesthetic Propofol, the coroner said. Spain beat "
               "Russia in the Davis Cup on Friday. According to the website, the name of the oxygen bar is "
               "‘Oxy Pure’. Oxy Pure was launched in 2018. Rafael Nadal won both matches, said coach Sergi Bruguera.")
    from newsbrief.analyze.actors import cluster_actors as clusters
    people = {a.name for a in clusters(doc) if a.label == "PERSON"}
    assert {"Rafael Nadal", "Sergi Bruguera"} <= people
    assert not people & {"Propofol", "Oxy Pure", "Davis Cup"}, people


def test_a_company_the_model_takes_for_a_place_is_an_organisation_when_it_acts_in_the_headline() -> None:
    from dataclasses import replace

    from newsbrief.models import Entity

    text = ("Alibaba said on Tuesday it would raise $12.9bn. Alibaba will price its shares at a discount. "
            "Alibaba told investors the price on Wednesday. Traders in New York said demand was strong.")
    doc = _doc(text, title="Alibaba to raise up to $12.9bn in Hong Kong listing")

    def labelled(*labels: str) -> Document:
        """The document with its "Alibaba" mentions labelled as the model might (it tags few of them here)."""
        mentions = [t for t in doc.tokens if t.text == "Alibaba"]
        sentence = {t.i: s.index for s in doc.sentences for t in doc.sentence_tokens(s)}
        others = tuple(e for e in doc.entities if e.text != "Alibaba")
        made = tuple(Entity("Alibaba", label, t.start, t.end, sentence[t.i], t.i, t.i + 1)
                     for t, label in zip(mentions, labels, strict=True))
        return replace(doc, entities=tuple(sorted(others + made, key=lambda e: e.start)))

    # Called a place throughout, it is a place that acts; called an organisation once (as on a real
    # business page), the company it is.
    assert _actors(labelled("GPE", "GPE", "GPE"))["Alibaba"].type == "place"
    assert _actors(labelled("GPE", "ORG", "GPE"))["Alibaba"].type == "organisation"


def test_a_country_acting_in_the_headline_is_listed_as_a_state() -> None:
    doc = _doc("China said on Monday it would raise tariffs on soybeans from next month. China's commerce ministry "
               "said the move answered new duties on steel. Traders in Chicago said prices fell.",
               title="China to raise tariffs on US soybeans")
    actors = _actors(doc)
    assert "China" in actors and actors["China"].type == "state"


def test_a_name_in_a_list_after_a_title_is_not_that_title() -> None:
    # "by the president, Michelle Obama and daughter Sasha": a list, not "Michelle Obama, the president"
    # (reader Audit 9).
    from newsbrief.analyze.actors import analyze_actors
    from newsbrief.analyze.context import build_context
    from newsbrief.models import ActorInfo, Article, Source
    from newsbrief.nlp.annotate import annotate

    text = ("The White House cast the trip to the coast by the president, Maria Lund and daughter Ella as a show "
            "of support for the resort towns. Maria Lund spoke to hotel owners on Saturday.")
    doc = annotate(Article(text=text, source=Source(title="Trip", date="2026-08-15")))
    roles = {i.payload.name: i.payload.role for i in analyze_actors(doc, build_context(doc))
             if isinstance(i.payload, ActorInfo)}
    assert roles.get("Maria Lund") != "president", roles
