"""Recommendations and Outlook items that are reported facts (session 30, reader Audit 48, docs/audit.md 49.3-49.4):
labelled cases, each written for this test and set in a short article of its own (other names, other events).

Recommendations:
- A rule the article describes: "You must stand on the scales when you order or you will not be served" in a report
  of a company's new policy is the company's rule, told as a fact; it is no call of the writer, even when the
  report's rhetorical questions pull the genre towards opinion.

Outlook:
- A past act on a plan: "The governor withdrew his support for a plan to expand drilling" is a past act; the plan's
  future does not make it a forecast.
- A present price: "To get into the top 10 costs 70,000 yuan a day" (an infinitive subject: what an act costs) is a
  price list, not a forecast.
- A claim's frame lost: lines set out after "a screenshot displaying the supposed prices:" are the screenshot's claim;
  shown alone they read as the article's own forecast, so they are withheld.

Near misses that stay: an opinion column's own "We must ..." and "Congress should ..."; a notice a named authority
gives ("Residents must leave by noon, police said"); "The governor plans to expand drilling next year"; "The governor
said he would withdraw his support"; "Building the new stadium will cost the city $1 billion, the mayor said"; a
forecast said outright by a company.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_NEWS = "https://example.com/news/story"


def _section(text: str, name: str, url: str = _NEWS) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2024-03-14", url=url)))
    return [c.item.text for c in analyze(doc).get(name, ())]


# --- Recommendations: a described rule ------------------------------------------------------------------------

_RULES = [
    ("scales_served",
     "Burger chain to weigh diners before they order\n\n"
     "A burger chain in Ohio will start weighing its customers before it serves them, according to reports.\n\n"
     "Starting next month, scales will be fitted at the counters of all 40 branches of Big Bun Burgers. You must "
     "stand on the scales when you order or you will not be served. Diners over a set weight will be offered a "
     "salad instead.\n\n"
     "Is this the end of the double cheeseburger? Will other chains follow? The company says the plan is meant to "
     "fight obesity.\n\n"
     "Drive-thru customers will be asked to step out of their cars, the reports said.\n",
     "stand on the scales"),
    ("phones_sent_home",
     "School bans phones from the first bell\n\n"
     "A secondary school in Leeds has banned mobile phones for the whole school day, its head teacher announced.\n\n"
     "From January, the school will collect phones at the gate. Pupils must hand in their phones each morning or "
     "they will be sent home. Parents who need to reach a child will have to call the office.\n\n"
     "Is this the future of every classroom? Could it even work? Some parents have already complained.\n\n"
     "The school will review the ban after one term.\n",
     "hand in their phones"),
    ("gym_turned_away",
     "Gym chain to scan members' faces at the door\n\n"
     "A gym chain will scan the faces of its members at the door from next month, the company told members in an "
     "e-mail on Friday.\n\n"
     "The chain will fit cameras at all 25 of its gyms. Members must register a photo in the app before their next "
     "visit or they will be turned away. The chain says the scans will stop people sharing passes.\n\n"
     "What happens to the photos? Who can see them? The e-mail does not say.\n\n"
     "The chain did not reply to a request for comment.\n",
     "register a photo in the app"),
    ("passengers_not_allowed",
     "Airline to charge for every carry-on bag\n\n"
     "A budget airline will charge passengers for every bag they carry on board from next spring.\n\n"
     "Under the new policy, passengers must pay 15 euros for each bag at the gate or they will not be allowed to "
     "board. The airline says the fee will keep its fares low.\n\n"
     "Is this the end of cheap travel? Will rivals copy it? Consumer groups called it a hidden charge.\n\n"
     "The fee starts on 1 April.\n",
     "pay 15 euros for each bag"),
]


@pytest.mark.parametrize(("name", "text", "rule"), _RULES, ids=[n for n, _, _ in _RULES])
def test_described_rule_is_no_recommendation(name: str, text: str, rule: str) -> None:
    assert not any(rule in item for item in _section(text, "recommendations"))


_COLUMN = (
    "Opinion: A scale at the counter will not fix what we eat\n\n"
    "Another week, another gimmick. A burger chain now wants to weigh its customers before it feeds them, and I "
    "cannot think of a sillier answer to a serious problem.\n\n"
    "We must stop pretending that shaming diners will make a nation healthier. The evidence points the other way: "
    "people who feel judged eat worse, not better.\n\n"
    "Congress should fund free school meals in every state and pay for cooking classes in every school. That would "
    "do more in a year than a thousand scales.\n\n"
    "Until then, I will keep ordering my fries with a side of defiance.\n")


@pytest.mark.parametrize("call", ["We must stop pretending", "Congress should fund free school meals"])
def test_columns_own_call_stays(call: str) -> None:
    items = _section(_COLUMN, "recommendations", "https://example.com/opinion/column")
    assert any(call in item for item in items)


def test_authority_notice_stays() -> None:
    text = ("Town told to leave as the river rises\n\n"
            "The river in Marlow rose by two metres overnight and is still rising, the environment agency said on "
            "Tuesday.\n\n"
            "Residents must leave their homes in the lower town by noon, police said. A shelter has opened at the "
            "sports hall.\n\n"
            "The agency expects the river to peak on Wednesday.\n")
    assert any("Residents must leave their homes" in item for item in _section(text, "recommendations"))


# --- Outlook: past acts, present prices, lost frames ----------------------------------------------------------

def _spill(sentence: str) -> str:
    return ("Oil spill puts offshore drilling plans in doubt\n\n"
            "The leak from the damaged well continued on Thursday, with thousands of barrels of oil a day reaching "
            "the coast.\n\n"
            "The spill has changed the politics of offshore drilling. " + sentence + " Environmental groups "
            "welcomed the change.\n\n"
            "Engineers are still trying to cap the well, which has leaked for six weeks.\n")


_PAST_ACTS = [
    ("withdrew_support", "In Oregon, Governor Tom Baxter withdrew his support for a plan to expand oil drilling off "
                         "the state's coast."),
    ("rejected_proposal", "On Monday the state senate rejected a proposal to open two more oil fields to drilling."),
    ("voted_against_bill", "Last week the assembly voted against a bill that would allow drilling near the beaches."),
    ("dropped_backing", "Senator Ann Price dropped her backing for a scheme to lease the northern waters to oil "
                        "firms."),
]


@pytest.mark.parametrize(("name", "sentence"), _PAST_ACTS, ids=[n for n, _ in _PAST_ACTS])
def test_past_act_on_a_plan_is_no_outlook(name: str, sentence: str) -> None:
    assert not any(sentence[10:50] in item for item in _section(_spill(sentence), "outlook"))


_FORECASTS = [
    ("plans_to", "Governor Tom Baxter plans to expand oil drilling off the Oregon coast next year."),
    ("said_would", "Governor Tom Baxter said he would withdraw his support for the drilling plan."),
]


@pytest.mark.parametrize(("name", "sentence"), _FORECASTS, ids=[n for n, _ in _FORECASTS])
def test_forecast_stays(name: str, sentence: str) -> None:
    assert any(sentence[10:50] in item for item in _section(_spill(sentence), "outlook"))


def _charts(body: str) -> str:
    return ("Phone farms push apps up the charts, blog says\n\n"
            "Developers are paying farms of workers to push their apps up the app store rankings, a technology blog "
            "reported on Tuesday.\n\n" + body + "\n\n"
            "The blog said it could not confirm that the claims were genuine. The store's owner did not reply to a "
            "request for comment.\n")


_PRICES = [
    ("costs_and_would", "The blog published photos of a room with hundreds of phones on racks. To get into the top 10 "
                        "free apps costs 70,000 yuan ($11,200) a day, and it would take a week to get there.",
     "To get into the top 10"),
    ("infinitive_will", "The blog published photos of a room with hundreds of phones on racks. To reach the top 25 "
                        "will cost a developer about 45,000 yuan a week.",
     "To reach the top 25"),
]


@pytest.mark.parametrize(("name", "body", "probe"), _PRICES, ids=[n for n, _, _ in _PRICES])
def test_present_price_is_no_outlook(name: str, body: str, probe: str) -> None:
    assert not any(probe in item for item in _section(_charts(body), "outlook"))


def test_project_cost_forecast_stays() -> None:
    text = ("City backs a new stadium by the river\n\n"
            "Springfield's council voted on Monday to build a new football stadium by the river.\n\n"
            "Building the new stadium will cost Springfield $1 billion over five years, the mayor said. Work starts "
            "in the spring.\n\n"
            "Opponents say the money should go to schools.\n")
    assert any("Building the new stadium" in item for item in _section(text, "outlook"))


_FRAMED = [
    ("supposed_prices", "The blog published photos of a room with hundreds of phones on racks. Accompanying the "
                        "photos is a screenshot displaying the supposed prices:\n\nA place in the top 10 will cost "
                        "70,000 yuan a week, and the farms will keep an app there for a month.",
     "A place in the top 10"),
    ("claimed_plans", "A post on a forum lists what it claims are the farms' plans:\n\nThe farms will add 5,000 "
                      "phones next year and will open a second site in the spring.",
     "The farms will add 5,000"),
]


@pytest.mark.parametrize(("name", "body", "probe"), _FRAMED, ids=[n for n, _, _ in _FRAMED])
def test_claim_frame_not_lost(name: str, body: str, probe: str) -> None:
    items = _section(_charts(body), "outlook")
    assert not any(item.startswith(probe) for item in items)


def test_forecast_said_outright_stays() -> None:
    body = "One farm owner told the blog that the farms will add 5,000 phones next year."
    assert any("will add 5,000 phones" in item for item in _section(_charts(body), "outlook"))


# --- Recommendations: a belief a party wants others to hold ----------------------------------------------------

def _column(sentence: str) -> str:
    return ("Opinion: The plant closure is a test of the government\n\n"
            "The closure of the Marlow steel plant will cost 2,000 jobs, and the government has so far done "
            "nothing.\n\n" + sentence + "\n\n"
            "The workers deserve better than warm words. Ministers should set up a rescue fund for the plant before "
            "the summer.\n")


_BELIEFS = [
    ("want_us_to_believe", "The owners want us to believe that the plant simply cannot make money any more."),
    ("wants_voters_to_think", "The minister wants voters to think the crisis is over."),
]


@pytest.mark.parametrize(("name", "sentence"), _BELIEFS, ids=[n for n, _ in _BELIEFS])
def test_wanted_belief_is_no_recommendation(name: str, sentence: str) -> None:
    items = _section(_column(sentence), "recommendations", "https://example.com/opinion/plant")
    assert not any(sentence[4:40] in item for item in items)


def test_wanted_act_stays_a_call() -> None:
    sentence = "The union wants the company to reopen the plant and rehire the workers."
    items = _section(_column(sentence), "recommendations", "https://example.com/opinion/plant")
    assert any("wants the company to reopen the plant" in item for item in items)


def _hoax(paragraph: str) -> str:
    return ("Burger chain to weigh diners before they order\n\n"
            "A burger chain in Ohio will start weighing its customers before it serves them, according to reports.\n\n"
            + paragraph + "\n\n"
            "Is this the end of the double cheeseburger? Will other chains follow? The company says the plan is meant "
            "to fight obesity.\n\n"
            "Drive-thru customers will be asked to step out of their cars, the reports said.\n")


_RULES_IN_CONTEXT = [
    ("requires_then_must", "From next month, the chain will require every diner to be weighed at the till. Customers "
                           "must step on the scales before they pay for their meal.", "step on the scales"),
    ("policy_then_should", "The chain has introduced a new policy for its drive-thru lanes. Drivers should leave "
                           "their cars at the window and walk to the scales.", "leave their cars at the window"),
]


@pytest.mark.parametrize(("name", "paragraph", "rule"), _RULES_IN_CONTEXT, ids=[n for n, _, _ in _RULES_IN_CONTEXT])
def test_rule_told_after_its_maker_is_no_recommendation(name: str, paragraph: str, rule: str) -> None:
    assert not any(rule in item for item in _section(_hoax(paragraph), "recommendations"))


def test_column_call_on_a_bound_class_stays() -> None:
    text = ("Opinion: The city's parking rules punish the wrong people\n\n"
            "The city's new parking rules are unfair to the people who can least afford them. Drivers should "
            "refuse to pay the new fines until the council backs down.\n\n"
            "I have lived here for thirty years, and I have never seen a policy so badly made.\n\n"
            "The council should scrap the rules and start again.\n")
    items = _section(text, "recommendations", "https://example.com/opinion/parking")
    assert any("refuse to pay the new fines" in item for item in items)
