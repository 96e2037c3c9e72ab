"""Key points that turn false or pad, and main points a report tells late (session 28 round 2, issue #11).

Reader Audit 44 (docs/audit.md section 45):
- a key point opening on a back-reference to an earlier time ("At the time, the rise was driven by ...") read as
  the cause of the current news once cut from the sentence that names that time (45.4 pattern 2);
- a possessive repair took a home town ("[Lindon's] stubborn streak") because the tagger read it as a person;
- padding: a survey's fieldwork day ("The survey was conducted Friday"), a source's track record ("X has been
  reliable in the past");
- a media report whose news, the broadcaster's postponement, stood only in the broadcaster's quoted statement;
- a round-up of news items whose first item was in no key point, behind a source tag glued to the next item.
All articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.settings import Settings


def _points(text: str, title: str | None = None) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=title)))
    brief = ExtractiveEngine(Settings()).brief(doc)
    return [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]


MILK = """Milk prices rose nearly 20 cents a gallon in a month, the second-sharpest monthly rise on record, according to a farm industry survey released on Monday.

The sharpest jump came in the summer of 2012, when the price of a gallon rose 24 cents in four weeks.

At the time, the increase was driven by a drought that burned pasture across the Midwest.

This time around, the rise comes from a shortage of truck drivers, said Ellen Marsh, who directs the survey.

Dairies cannot move milk to bottling plants fast enough, and some have poured milk away, she said.

The average price of a gallon of whole milk is now $4.12, up from $3.93 a month ago.

Shoppers in the Northeast pay the most, at $4.60 a gallon, while shoppers in Texas pay the least.

Marsh said prices would keep climbing until trucking firms hire more drivers.

"Nobody expects that to happen before the spring," she said.

The survey sampled prices at about 1,800 grocery stores.
"""

MILK_TOLD = """Milk prices rose nearly 20 cents a gallon in a month, according to a farm industry survey released on Monday.

At the time of the survey, stores in 12 states had run short of whole milk, and some had limited each shopper to two gallons.

The rise comes from a shortage of truck drivers, said Ellen Marsh, who directs the survey.
"""


def test_a_cut_time_back_reference_is_no_key_point() -> None:
    points = _points(MILK)
    assert not any(p.startswith(("At the time", "Back then")) for p in points), points
    assert points[0].startswith("Milk prices rose")


def test_a_time_with_its_own_antecedent_stays() -> None:
    """ "At the time of the survey" names its time: the sentence stands alone and may be a point."""
    points = _points(MILK_TOLD)
    assert any(p.startswith("At the time of the survey") for p in points), points


@pytest.mark.parametrize(("text", "expected"), [
    ("At the time, the increase was driven by a drought that burned pasture.", True),
    ("Back then, the factory employed more than 4,000 people in the town.", True),
    ("At that time the club was owned by a local building firm.", True),
    ("That time, the storm knocked out power to half the county.", True),
    ("Then, as now, the ministry blamed the weather for the shortages.", True),
    ("At the time of the crash, the driver was travelling at 40mph.", False),
    ("Then the committee voted to close the inquiry.", False),
    ("At the time of writing, no group had said it carried out the attack.", False),
])
def test_time_back_reference_opening(text: str, expected: bool) -> None:
    from newsbrief.analyze.point_backrefs import time_backref

    doc = annotate(Article(text=text, source=Source(title=None)))
    assert time_backref(doc.sentences[0]) is expected


HOMETOWN = """Tom Barker, 41, of Lindon, was talked into entering a chilli-eating contest at his office's summer barbecue. Though he won the contest, his throat swelled and he spent two nights in hospital.

His stubborn streak nearly cost him his life.

Barker ate 30 of the peppers in ten minutes, beating the previous record of 22, a video of the contest shows.

He told the Daily Ledger that he had been about to go home when a colleague dared him to take part.

Doctors at the county hospital said his airway had nearly closed by the time he arrived.
"""


@pytest.mark.parametrize("town", ["Alma", "Chester"])  # towns the tagger reads as first names
def test_a_possessive_repair_takes_the_person_not_his_home_town(town: str) -> None:
    points = _points(HOMETOWN.replace("Lindon", town))
    assert not any(f"[{town}" in p for p in points), points
    assert any(p.startswith("[Barker's] stubborn streak") for p in points), points


def test_a_possessive_repair_near_miss_keeps_the_person() -> None:
    """A place the tagger reads as a place was never a candidate: the repair names the man, as before."""
    points = _points(HOMETOWN)
    assert any(p.startswith("[Barker's] stubborn streak") for p in points), points


@pytest.mark.parametrize(("text", "expected"), [
    ("The latest survey of 900 filling stations was conducted Friday.", True),
    ("The poll was carried out on Tuesday and Wednesday.", True),
    ("The survey was conducted among 2,000 adults and found that most oppose the plan.", False),
    ("The blog has been reliable in the past.", True),
    ("The site has a good track record on such leaks.", True),
    ("The new blood test has been reliable in trials at 12 hospitals and will be offered to every patient.", False),
])
def test_padding_lines(text: str, expected: bool) -> None:
    from newsbrief.analyze.point_backrefs import method_or_record

    doc = annotate(Article(text=text, source=Source(title=None)))
    assert method_or_record(doc.sentences[0]) is expected


FUEL = """Diesel prices rose nearly 15 cents a gallon in two weeks, according to a new survey of truck stops.

The latest survey of 900 truck stops was conducted Friday.

Prices have risen 40 cents since October, the survey found.

Analyst Carla Ruiz said the rise came from a refinery fire in Ohio that cut supply across the region.

The average price of a gallon of diesel is now $4.02.

Ruiz said prices could ease next month if the refinery reopens as planned.

Truckers' groups said the rise would push up the price of food within weeks.
"""


def test_a_surveys_fieldwork_day_is_no_key_point() -> None:
    points = _points(FUEL)
    assert not any("was conducted Friday" in p for p in points), points


POSTPONED = """Lawyers for the late novelist's family had asked for the film - titled The Last Chapter: Inside the Final Days of Rosa Lind - to be withdrawn.

Anna Lind and Peter Lind had said the film was "cruel and inaccurate".

Channel North said a coming court case was also a factor.

"In light of the court case opening next month, and at the request of the Lind family, the broadcast of the documentary about Rosa Lind's final days has been postponed indefinitely," Channel North said in a statement.

Ms Lind and Mr Lind said they were pleased with the channel's decision.

In a letter sent earlier to the channel, the pair had accused it of wanting to profit from their mother's death.

The film was due to be shown on 20 March.

A hearing is due to begin on 2 March to decide whether the novelist's former doctor should stand trial.

The doctor has always denied any wrongdoing.
"""

REQUESTED = """Lawyers for the late novelist's family had asked for the film - titled The Last Chapter - to be withdrawn.

Anna Lind and Peter Lind had said the film was "cruel and inaccurate".

Channel North said it would study the request and reply within a week.

"We have always treated the family with respect," a spokeswoman said.

The film is due to be shown on 20 March.
"""


def test_the_institutions_decision_in_its_statement_leads() -> None:
    points = _points(POSTPONED)
    assert "postponed indefinitely" in points[0], points


def test_a_request_with_no_decision_keeps_the_lede() -> None:
    points = _points(REQUESTED)
    assert points[0].startswith("Lawyers for the late novelist's family"), points


ROUNDUP = """March 3, 2026: 9:15 AM ET

The big banks report just four times a year, but they make headlines every day.

Here then are today's highlights from the biggest names in finance.

REGULATOR FINES NORTHBANK $40 MILLION over the way it sold insurance to small businesses.

The bank said it had already repaid the customers affected and would not appeal.

Northbank is the country's third-largest lender.

(Daily Ledger) CARD SPENDING IS UP for the third month in a row, according to figures from the big card issuers.

Spending on travel rose fastest, while spending on clothes fell.

(Money Wire) WHERE'S THE CHIEF NOW?

Former Eastbank chief executive Mark Hale is looking for a new job after stepping down last year.

(Money Wire) SOUTHBANK'S PROPERTY PLAN could have hit a snag.

The bank had planned to spend $2 billion on office buildings, but rents are falling.

(Money Wire)
"""


def test_a_roundup_of_items_leads_with_its_first_item() -> None:
    points = _points(ROUNDUP)
    assert "REGULATOR FINES NORTHBANK" in points[0], points
    assert not any(p.startswith(("The big banks report", "Here then")) for p in points), points


@pytest.mark.parametrize(("text", "tag"), [
    ("(Daily Ledger) CARD SPENDING IS UP for the third month in a row, the issuers said.", "(Daily Ledger) "),
    ("(left) The minister speaks at the conference on Monday in Paris.", ""),
    ("(Updated) The minister will speak at the conference on Monday in Paris.", ""),
])
def test_a_glued_source_tag_is_furniture(text: str, tag: str) -> None:
    from newsbrief.analyze.summary import prefix_length

    assert text[: prefix_length(text)] == tag


def test_a_glued_source_tag_is_not_shown_with_the_next_item() -> None:
    points = _points(ROUNDUP)
    assert not any(p.startswith("(") for p in points), points


ECHO = """Hope but also caution marked the first round of talks between the two governments on the disputed river.

Hope because both sides have at last agreed to sit in the same room - but caution because even the negotiators know that none of the proposals on the table is likely to settle the dispute this year.

The two sides agreed to set up a joint commission to share data on the river's flow.

The commission is to meet every three months, and its first report is due in the autumn.

Engineers from both sides will be allowed to inspect the dam, officials said.

The talks are set to resume in the spring in Cairo.
"""

POLICE = """Police arrested two men on Monday after a jewellery shop in the town centre was robbed.

Police said the men were held near the station with a bag of rings and watches.

The shop's owner said the robbers had threatened his staff with a hammer.

Both men are due in court on Wednesday.
"""


def test_a_verbless_echo_of_the_lede_is_no_second_point() -> None:
    points = _points(ECHO)
    assert not any(p.startswith("Hope because") for p in points), points


def test_a_full_sentence_on_the_ledes_word_stays() -> None:
    points = _points(POLICE)
    assert any(p.startswith("Police said the men were held") for p in points), points


ORPHAN = """A man who ate 30 chilli peppers in ten minutes at a summer barbecue spent two nights in hospital, doctors said.

The contest was held at a company party in the town of Alma on Saturday.

His stubborn streak nearly cost him his life.

The previous record of 22 peppers had stood for five years, organisers said.

Doctors at the county hospital said the man's airway had nearly closed by the time he arrived.

The company said it would not hold the contest again.
"""


def test_an_opening_possessive_no_one_can_own_is_no_key_point() -> None:
    """Near miss of the home-town repair: with no person named, "His" is left unrepaired and the line stays out."""
    points = _points(ORPHAN)
    assert not any(p.startswith(("His stubborn", "[")) for p in points), points
