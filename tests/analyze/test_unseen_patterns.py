"""Labelled cases for the section patterns a reader found in three unseen briefs (session 8).

Outlook holds what will or may happen, not a hedged opinion about what is ("You could say it's
business as usual", "It would be fair to say ...") nor a past plan told as past; Analysis holds
causes and obstacles stated as such, not an example or a listed instance, an idiom ("one thing led
to another") or a quotation that does not say whose it is; a key figure says what it counts (a bare
count, an age read as a count, a counterfactual estimate or a number told in the first person
of an unnamed speaker is not shown); Recommendations hold no open question, disagreement or mocked
call; the Conclusion is no quotation without its speaker and does not open inside a quotation.
The articles are written for these tests. Each case names a sentence (by words it holds) and whether
the section should hold it.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.analyze.figures import analyze_figures
from newsbrief.models import Article, Document, FigureInfo, Item, Source
from newsbrief.nlp.annotate import annotate

STRIKE = """Dockers at Port Aldmere walked out on Monday in a row over night-shift pay, leaving more than 40 ships \
waiting offshore.

Union leaders blamed the stoppage on the company's refusal to reopen talks on the night-shift bonus.

"You could say it's business as usual," one crane driver said on the picket line. "I would argue the company has \
known about this for months."

It would be fair to say that relations between the two sides are at their lowest point in a decade.

For example, a ferry operator in the town cancelled 12 sailings on Monday because its cargo could not be unloaded.

Smaller importers, such as the fruit wholesaler Penrose & Daughters, failed to get their goods out before the \
walkout.

"One thing led to another, and by Tuesday the whole quay was shut," said Dara Quinn, a union organiser.

Shipping lines have diverted vessels to Calder Bay due to the backlog, the harbour master said.

The company said in 2019 that it would automate the night shift by 2021, but the plan was dropped after a legal \
challenge.

The strike could spread to two other ports next week, union officials warned. The company expects to lose \
£2 million a day while the ships wait.

Talks are due to resume on Thursday.
"""

FRAUD = """Retired jockey Marion Keel has told how she lost her savings to a fake investment scheme run by a man she \
met online.

Keel said the man persuaded her to move £80,000 into a cryptocurrency account in 2023.

'He was charming and he never rushed me,' she said.

'I believed every word. I sold my car because I could not pay the rent, and at 61 I moved in with my sister.'

Police said the scheme had taken money from at least 200 people across the country, most of them over 60.

Detectives believe the losses are high because victims were too embarrassed to come forward sooner.

Keel now volunteers for a charity that warns older people about online fraud.

'I tell them what happened to me. If it stops one person, it is worth it.'
"""

STATEMENT = """The chief constable of Westmarch, Ruth Allery, has been cleared of misconduct by an independent panel.

The panel found that Allery had followed the force's rules when she approved the raid in 2022.

Campaigners had called for her to resign, and a petition gathered 14,000 signatures.

The Police Federation welcomed the ruling, but said the force should publish the full report.

Former minister Joan Hale defended Allery on Friday. "I have not read the report. I do know the chief constable," \
Hale said in a statement. "She is a fair and careful officer. She has served this county for 30 years."
"""

CLUB = """Lakeside Rovers sacked their manager Tom Ferris on Sunday after a 3-0 defeat at Hollins Park.

Ferris, the most decorated manager in the club's history with 14 trophies, joined Rovers from Dunmore in 2016.

The club paid £2.5 million for the striker Jonas Reid last summer, but he has scored only twice this season.

"We would have needed about 40 points to stay up," Ferris said. "At 15 I was already coaching the under-nines. \
They put me in a dressing room with 30 grown men and I loved it."

Rovers have lost 9 of their last 11 league games and sit 6 points from safety.

In the west of the county fans call the two rival clubs the Reds, names which may cover three different teams.
"""

DEBATE = """Aldmere council is split over plans to close the Victoria Road library.

Some councillors argue the library should close, while others insist it should stay open.

Whether the council should sell the building remains unclear.

Critics say the town should simply hand the building to a developer, which is absurd.

The librarians' union said councillors must publish the costs before they vote. Residents should give their \
views by 30 June, the council said.
"""


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=None, date="2025-05-01")))


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {name: _doc(text) for name, text in
            (("strike", STRIKE), ("fraud", FRAUD), ("statement", STATEMENT), ("club", CLUB), ("debate", DEBATE))}


def _filed(items: tuple[Item, ...], words: str) -> bool:
    return any(words in item.text for item in items)


OUTLOOK_CASES = [
    ("strike", "You could say it's business as usual", False),  # a hedged opinion about what is
    ("strike", "I would argue the company", False),
    ("strike", "It would be fair to say", False),
    ("strike", "The company said in 2019 that it would automate", False),  # a past plan, told as past
    ("strike", "The strike could spread", True),
    ("strike", "The company expects to lose", True),
    ("strike", "Talks are due to resume", True),
]


@pytest.mark.parametrize(("name", "words", "expected"), OUTLOOK_CASES)
def test_outlook_holds_what_will_or_may_happen(docs: dict[str, Document], name: str, words: str,
                                               expected: bool) -> None:
    doc = docs[name]
    assert _filed(analyze_outlook(doc, build_context(doc)), words) is expected


ANALYSIS_CASES = [
    ("strike", "Union leaders blamed the stoppage", True),
    ("strike", "Shipping lines have diverted vessels", True),
    ("strike", "For example, a ferry operator", False),  # an illustration, not a cause
    ("strike", "such as the fruit wholesaler", False),  # a listed instance of an event
    ("strike", "One thing led to another", False),  # an idiom
    ("fraud", "I sold my car because", False),  # the speaker's own circumstance, not a cause of the story
    ("fraud", "Detectives believe the losses are high because", True),
]


@pytest.mark.parametrize(("name", "words", "expected"), ANALYSIS_CASES)
def test_analysis_holds_causes_and_obstacles(docs: dict[str, Document], name: str, words: str,
                                             expected: bool) -> None:
    doc = docs[name]
    assert _filed(analyze_analysis(doc, build_context(doc)), words) is expected


RECOMMENDATION_CASES = [
    ("Some councillors argue the library should close", False),  # a disagreement reported, not advice
    ("Whether the council should sell", False),  # an open question
    ("Critics say the town should simply hand", False),  # the call the article mocks
    ("councillors must publish the costs", True),
    ("Residents should give their views", True),
]


@pytest.mark.parametrize(("words", "expected"), RECOMMENDATION_CASES)
def test_recommendations_are_advice(docs: dict[str, Document], words: str, expected: bool) -> None:
    doc = docs["debate"]
    assert _filed(analyze_recommendations(doc, build_context(doc)), words) is expected


def _figures(doc: Document) -> dict[str, str]:
    """Shown figure text -> its gloss."""
    return {item.text: item.payload.measure or "" for item in analyze_figures(doc, build_context(doc))
            if isinstance(item.payload, FigureInfo)}


# (article, number as written, words any gloss of it must hold, or None: the number is not shown;
# "words?": if shown, the gloss holds the words)
FIGURE_CASES = [
    ("club", "14", "Ferris?"),  # whose trophies: a bare "14 trophies" tells a reader nothing
    ("club", "40", None),  # a counterfactual estimate
    ("club", "15", None),  # an age, not 15 under-nines
    ("club", "30", None),  # a count in passing, told by "me"
    ("club", "£2.5 million", "paid"),
    ("club", "three", None),  # a speculation about what names may cover
    ("fraud", "61", None),  # an age
    ("fraud", "£80,000", "move"),
    ("fraud", "200", "people"),
    ("strike", "£2 million", "lose"),
]


@pytest.mark.parametrize(("name", "value", "gloss"), FIGURE_CASES)
def test_a_figure_says_what_it_counts_or_is_not_shown(docs: dict[str, Document], name: str, value: str,
                                                     gloss: str | None) -> None:
    shown = {text: measure for text, measure in _figures(docs[name]).items()
             if text == value or text.startswith(value + " ") or f" {value} " in f" {text} "}
    if gloss is None:
        assert not shown, shown
    elif gloss.endswith("?"):
        assert all(gloss[:-1] in f"{text} {measure}" for text, measure in shown.items()), shown
    else:
        assert shown and any(gloss in f"{text} {measure}" for text, measure in shown.items()), shown


def _conclusion(doc: Document) -> list[str]:
    return [item.text for item in analyze_conclusion(doc, build_context(doc))]


def test_a_closing_quotation_without_its_speaker_is_not_the_conclusion(docs: dict[str, Document]) -> None:
    closing = _conclusion(docs["fraud"])
    assert closing, "the article closes with a statement before its last quotation"
    assert not any(text.startswith(("'I tell them", "'If it stops", "If it stops")) for text in closing), closing
    assert any(text.startswith("Keel now volunteers") for text in closing), closing


def test_a_conclusion_does_not_open_inside_a_quotation(docs: dict[str, Document]) -> None:
    closing = _conclusion(docs["statement"])
    assert closing
    assert not closing[0].startswith("I do know"), closing
    for text in closing:  # the first quotation mark of each item opens a quotation
        first = text.find('"')
        assert first < 0 or first == 0 or text[first - 1] == " ", closing
    assert any("Hale said" in text for text in closing), closing


# Cases added after the first score, for what reading the development pools showed.

MEMOIR = """Former lock keeper Ivor Penn, 84, remembers the canal before it closed in 1968.

Every spring the water would rise over the towpath when the snow melted on the hills, he said.

The barges would carry coal to the mills, and the children ran alongside them.

The canal trust said in 2018 that it would reopen the lower locks by 2020, but the money ran out.

Engineers expect to finish the new lock gates next year, and the first boats could return in 2027.

The trust published a letter Penn wrote to its chairman in March.

'I worked these locks for 40 years. I was proud of every one of them.

'Nobody came to see them for half a century. I hope I live to see a boat go through.'

He still walks the towpath every morning.
"""


@pytest.fixture(scope="module")
def memoir() -> Document:
    return _doc(MEMOIR)


@pytest.mark.parametrize(("words", "expected"), [
    ("Every spring the water would rise", False),  # a habit of the past
    ("The barges would carry coal", False),
    ("said in 2018 that it would reopen", False),  # a plan of the past
    ("Engineers expect to finish", True),
])
def test_a_would_of_the_past_is_no_outlook(memoir: Document, words: str, expected: bool) -> None:
    assert _filed(analyze_outlook(memoir, build_context(memoir)), words) is expected


def test_a_pronoun_after_a_long_quotation_means_the_person_named_before_it(memoir: Document) -> None:
    from newsbrief.analyze.openings import repair_opening

    ctx = build_context(memoir)
    last = memoir.sentences[-1]
    assert repair_opening(memoir, last, ctx.actors) == "[Penn]" + last.text[2:]
    closing = _conclusion(memoir)
    assert closing and closing[-1].startswith("He still walks"), closing
    assert not any(text.startswith(("'Nobody", "Nobody", "I hope")) for text in closing), closing


def test_single_quotation_marks_are_quotations_and_apostrophes_are_not() -> None:
    from newsbrief.analyze.openings import quote_continuation

    doc = _doc("'We never rushed anyone,' the chef said. 'People stayed for hours. The players' wives came "
               "every Sunday.'\n\nShe opened 'ino in 1993 on a quiet street.\n\n'Ino was a casual place where you "
               "could eat well. It never took bookings.")
    by_start = {s.text[:12]: quote_continuation(doc, s) for s in doc.sentences}
    assert not by_start["'Ino was a c"] and not by_start["It never too"]  # a name, not a quotation
    assert by_start["'People stay"] and by_start["The players'"]


RESERVOIR = """Water companies in the south-east face a summer of shortages after the driest spring in 60 years.

Tarnley Water is the region's first choice to build the new reservoir, should ministers decide to fund it.

The debate about whether households should pay for the reservoir through their bills has divided the council.

How much each household should pay is proving one of the central questions of the consultation.

The regulator said it would publish the reports that companies need to file by June.

"We have to wait and see what the weather does," a Tarnley spokesman said.

Rival suppliers believe Tarnley must be regretting its decision to sell two reservoirs in 2019.

"What ministers need to understand is that a reservoir takes ten years to build," said Maya Lund of the Rivers Trust.

She said the drought showed why the government should require every new home to collect rainwater.

Customers should fix dripping taps and take shorter showers, the company said.
"""


@pytest.mark.parametrize(("words", "expected"), [
    ("should ministers decide to fund it", False),  # a condition
    ("The debate about whether households should pay", False),  # an open question
    ("How much each household should pay", False),
    ("companies need to file by June", False),  # a detail of a noun
    ("We have to wait and see", False),  # one's own necessity
    ("Tarnley must be regretting", False),  # an inference
    ("What ministers need to understand", True),
    ("why the government should require", True),
    ("Customers should fix dripping taps", True),
])
def test_an_obligation_word_advises_only_in_a_clause_of_its_own(words: str, expected: bool) -> None:
    doc = _doc(RESERVOIR)
    assert _filed(analyze_recommendations(doc, build_context(doc)), words) is expected


@pytest.mark.parametrize(("text", "ahead"), [
    ("When the prisoners were allowed out to play, they would be marched to a field by the camp.", False),
    ("Will Aimson wins a free kick in the attacking half.", False),  # a name, not a modal
    ("The trouble was that no other club would lend them a pitch.", False),  # a view then held
    ("The captain wrote in 2011 that he would never leave the club.", False),  # a view of a past year
    ("The captain said in March that he would never leave the club.", True),
    ("The club said it would open a new stand in 2027.", True),
])
def test_a_future_seen_from_the_past_does_not_look_ahead(text: str, ahead: bool) -> None:
    from newsbrief.nlp.ahead import looks_ahead

    doc = _doc(text)
    assert looks_ahead(doc, doc.sentences[0]) is ahead


def test_a_speakers_own_circumstance_is_no_cause_but_their_reason_for_an_act_of_the_story_is() -> None:
    from newsbrief.analyze.classify import _OWN_REASON

    assert _OWN_REASON.search("'I sold my car because I could not pay the rent,' she said.")
    assert not _OWN_REASON.search("'I resigned because the board ignored the warnings,' she said.")
