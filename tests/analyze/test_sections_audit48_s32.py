"""Recommendations, Outlook and Analysis items a reader deletes (session 32, issue #11, reader Audit 48, docs/audit.md
49.2 and 49.4 items 3 and 5): labelled cases, each written for this test and set in a short article of its own.

Recommendations:
- A call the writer frames as empty rhetoric: a column quotes a leader's "urgent need to ..." line and answers it with
  its own verdict that such talk is greenwashing, lip service or hot air; the quoted line is the view the column
  mocks, no recommendation. A call the column reports with no such answer stays.

Outlook:
- A present obstacle: "The council is split, with two members proposing a vote but others voicing concern that it
  could ..." tells a state; the fear inside its "with" clause does not make it a forecast. "There are fears the
  country would descend into chaos" is the fear itself and stays.
- A claim's frame lost without a colon: the sentences right after "a screenshot displaying the supposed prices." are
  the screenshot's claim, not the article's forecast. A forecast said outright by a named party stays.

Analysis:
- A forecast filed as a cause: an expert's "This could cause further instability throughout the region" foresees an
  effect; it names no cause of what has happened. "The drought caused the price rise" stays.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.analyze.section_rhetoric import NOT_CALL_PATTERNS
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_NEWS = "https://example.com/news/story"
_OPINION = "https://example.com/opinion/column"


def _section(text: str, name: str, url: str = _NEWS) -> list[str]:
    doc = annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2024-03-14", url=url)))
    return [c.item.text for c in analyze(doc).get(name, ())]


# --- Recommendations: a call framed as empty rhetoric ------------------------------------------------------

def _column(quoted: str, answer: str) -> str:
    return ("Opinion: The flood was a warning, and the minister slept through it\n\n"
            "The floods that swept the valley last month were the worst in a century, and they will not be the "
            "last.\n\n"
            "The government should stop licensing new coal mines and put the money into flood defences for the "
            "towns that need them.\n\n" + quoted + "\n\n" + answer + "\n\n"
            "Ministers must publish a real plan before the next winter storms arrive.\n")


_RHETORIC = [
    ("greenwashing",
     'The environment minister herself said the floods "underline the urgent need to cut our carbon emissions".',
     "There is a word for green talk that is never followed by action, and that word is greenwashing.",
     "urgent need to cut our carbon emissions"),
    ("lip_service",
     "The prime minister told parliament that the country must move faster towards clean energy.",
     "It was the usual lip service: the same week, his government approved two new coal mines.",
     "must move faster towards clean energy"),
    ("hot_air",
     "The energy secretary said on Monday that Britain needs to lead the world on climate change.",
     "This is hot air. Her department has cut the budget for insulation three years running.",
     "needs to lead the world on climate change"),
]


@pytest.mark.parametrize(("name", "quoted", "answer", "probe"), _RHETORIC, ids=[n for n, _, _, _ in _RHETORIC])
def test_call_framed_as_empty_rhetoric_is_no_recommendation(name: str, quoted: str, answer: str, probe: str) -> None:
    items = _section(_column(quoted, answer), "recommendations", _OPINION)
    assert items, "the column's own calls should still be shown"
    assert not any(probe in item for item in items)


def test_reported_call_without_rebuttal_stays() -> None:
    quoted = "The environment minister said on Monday that councils must build flood walls in every valley town."
    answer = "She is right, and the money should follow her words before the rains come back."
    items = _section(_column(quoted, answer), "recommendations", _OPINION)
    assert any("councils must build flood walls" in item for item in items)


@pytest.mark.parametrize(("quoted", "answer"), [
    # "rhetoric" as a plain noun frames nothing as empty (code review, session 32)
    ("The environment minister said on Monday that councils must build flood walls in every valley town.",
     "The rhetoric on both sides has grown louder since the floods, and the talks resume next week."),
], ids=["plain_rhetoric"])
def test_a_plainly_reported_call_stays(quoted: str, answer: str) -> None:
    items = _section(_column(quoted, answer), "recommendations", _OPINION)
    assert any("build flood walls" in item for item in items), items


def test_column_own_calls_stay_beside_rebutted_rhetoric() -> None:
    items = _section(_column(_RHETORIC[0][1], _RHETORIC[0][2]), "recommendations", _OPINION)
    assert any("publish a real plan" in item for item in items)


# --- Outlook: a present obstacle with a fear in a "with" clause ----------------------------------------------

def _crisis(sentence: str) -> str:
    return ("Q&A: Why the world has not stopped the crackdown\n\n"
            "Security forces have killed hundreds of protesters in the past three months, rights groups say.\n\n"
            "The government says it is fighting armed gangs. Foreign reporters have been barred from the country.\n\n"
            + sentence + "\n\n"
            "Western governments have imposed sanctions on the president and his family.\n")


_OBSTACLES = [
    ("council_split",
     "The UN Security Council is also divided, with Britain and France proposing a resolution to condemn the "
     "crackdown, but Russia and China voicing concern that such a resolution could inflame tensions."),
    ("league_split",
     "The Arab League remains split on the crisis, with several members warning that sanctions would hurt "
     "ordinary people."),
    ("powers_at_odds",
     "The big powers are at odds over the crisis, with each side warning that the other's plan would only prolong "
     "the bloodshed."),
]


@pytest.mark.parametrize(("name", "sentence"), _OBSTACLES, ids=[n for n, _ in _OBSTACLES])
def test_present_obstacle_is_no_outlook(name: str, sentence: str) -> None:
    assert not any(sentence[:30] in item for item in _section(_crisis(sentence), "outlook"))


def test_fear_itself_stays_outlook() -> None:
    sentence = "There are fears that the country would descend into civil war if the president fell."
    assert any("descend into civil war" in item for item in _section(_crisis(sentence), "outlook"))


def test_state_with_own_forecast_stays_outlook() -> None:
    sentence = "The Security Council is divided, and diplomats say a vote on the resolution will be held next week."
    assert any("will be held next week" in item for item in _section(_crisis(sentence), "outlook"))


# --- Outlook: lines after a claim frame with no colon --------------------------------------------------------

def _charts(body: str) -> str:
    return ("Phone farms push apps up the charts, blog says\n\n"
            "Developers are paying farms of workers to push their apps up the app store rankings, a technology blog "
            "reported on Tuesday.\n\n" + body + "\n\n"
            "The blog said it could not confirm that the claims were genuine. The store's owner did not reply to a "
            "request for comment.\n")


_FRAMED = [
    ("supposed_prices_period",
     "Accompanying the photo on some sites is a screenshot displaying the supposed prices for this service. A place "
     "in the top 10 will cost 70,000 yuan a week, and keeping it there will cost another 400,000 yuan.",
     "A place in the top 10"),
    ("alleged_plans_period",
     "A leaked memo sets out the alleged plans of the largest farm. The farm will add 5,000 phones next year and "
     "will open a second site in the spring.",
     "The farm will add 5,000"),
]


@pytest.mark.parametrize(("name", "body", "probe"), _FRAMED, ids=[n for n, _, _ in _FRAMED])
def test_claim_frame_without_colon_not_lost(name: str, body: str, probe: str) -> None:
    assert not any(item.startswith(probe) for item in _section(_charts(body), "outlook"))


def test_forecast_after_plain_photo_stays() -> None:
    body = ("Accompanying the story is a photo showing the racks of phones. One farm owner told the blog that the "
            "farms will add 5,000 phones next year.")
    assert any("will add 5,000 phones" in item for item in _section(_charts(body), "outlook"))


# --- Analysis: a forecast is no cause --------------------------------------------------------------------------

def _experts(quote: str) -> str:
    return ("What is the endgame for the war?\n\n"
            "As air strikes continue, the regime is under the greatest pressure it has faced in its 40-year rule.\n\n"
            "Samir Haddad, a professor of politics at the University of Leeds, said he expected the conflict to drag "
            "on.\n\n"
            '"I think the leader will fight on and on, and the war could last for years," Haddad said. "' + quote
            + '"\n\n'
            "Other experts were more hopeful. They said the rebels had won the support of most of the army.\n\n"
            "Food prices rose sharply last month because the fighting closed the main port.\n")


_FORECAST_CAUSES = [
    ("could_cause", "This could cause further instability throughout the region and not just in this country."),
    ("would_lead_to", "Any split in the army would lead to a long and bloody civil war."),
    ("think_result_will", "I think the result of the air strikes will be a deeply divided country."),
    ("expect_will_lead", "I expect the fighting in the east will lead to a wave of refugees into Tunisia."),
]


@pytest.mark.parametrize(("name", "quote"), _FORECAST_CAUSES, ids=[n for n, _ in _FORECAST_CAUSES])
def test_forecast_is_no_cause(name: str, quote: str) -> None:
    items = _section(_experts(quote), "analysis")
    assert not any(quote[:30] in item for item in items)


def test_stated_cause_stays() -> None:
    items = _section(_experts("The regime has lost control of the east."), "analysis")
    assert any("because the fighting closed the main port" in item for item in items)


# --- Recommendations: a call cut from what it acts on ----------------------------------------------------------

def _timetable(quote: str) -> str:
    return ("Rail unions attack the new timetable\n\n"
            "Rail unions said on Monday that the new timetable, which starts in May, would cut night trains on every "
            "line in the north.\n\n"
            "Ann Lee, who leads the drivers' union, said: \"" + quote + "\"\n\n"
            "The transport department said the timetable would be reviewed next year.\n")


def test_call_on_it_shown_with_what_it_means() -> None:
    items = _section(_timetable("The new timetable is a disaster for shift workers. Ministers must scrap it before "
                                "the summer."), "recommendations")
    call = next(item for item in items if "Ministers must scrap it" in item)
    assert "The new timetable is a disaster" in call


def test_call_naming_its_object_shown_alone() -> None:
    items = _section(_timetable("Shift workers will suffer most. Ministers must scrap the new timetable before the "
                                "summer."), "recommendations")
    call = next(item for item in items if "Ministers must scrap the new timetable" in item)
    assert "Shift workers will suffer" not in call


# --- Recommendations: a demand made for others by a pronoun (reader Audit 49 #4) -------------------------------

def _shelling(demand: str, joined: bool) -> str:
    wounded = ("Two foreign reporters were badly wounded when shells hit the building they were working in on "
               "Wednesday.")
    middle = wounded + (" " if joined else "\n\n") + demand
    return ("Reporters wounded in shelled city\n\n"
            "The army shelled the old quarter of the city for a third day on Wednesday, activists said.\n\n"
            + middle + "\n\n"
            "The army has said it does not target civilians. Aid groups have been unable to enter the city.\n")


_FOR_OTHERS = "France and Britain have demanded that they be given urgent medical help."


def test_demand_for_others_withheld_alone() -> None:
    items = _section(_shelling(_FOR_OTHERS, joined=False), "recommendations")
    assert not any("be given urgent medical help" in item for item in items)


def test_demand_for_others_shown_with_whom_it_is_for() -> None:
    items = _section(_shelling(_FOR_OTHERS, joined=True), "recommendations")
    demand = next(item for item in items if "be given urgent medical help" in item)
    assert demand.startswith("Two foreign reporters were badly wounded")


def test_demand_naming_whom_it_is_for_stays() -> None:
    demand = "France and Britain have demanded that the wounded reporters be given urgent medical help."
    items = _section(_shelling(demand, joined=False), "recommendations")
    assert any("demanded that the wounded reporters be given" in item for item in items)


# --- Recommendations: an expectation or an inference with a modal of obligation ------------------------------------

def _flu_column(sentence: str) -> str:
    return ("Opinion: Keep calm about the flu\n\n"
            "The new flu has killed dozens of people in Mexico, and the papers are full of it. I am not worried.\n\n"
            + sentence + " Yet nobody writes about them.\n\n"
            "People need to weigh up the risks and make their own decisions about travel this summer.\n")


@pytest.mark.parametrize("sentence", [
    "There must be many more diseases in Mexico that kill more people every year.",
    "Now the next health briefing ought to be interesting.",
])
def test_expectation_or_inference_is_no_recommendation(sentence: str) -> None:
    items = _section(_flu_column(sentence), "recommendations", _OPINION)
    assert not any(sentence[:25] in item for item in items)
    assert any("weigh up the risks" in item for item in items)


@pytest.mark.parametrize("sentence", [
    "There must be an independent inquiry into how the ministry handled the outbreak.",
    "The hearing should be public, and the ministers ought to be questioned under oath.",
])
def test_calls_are_not_read_as_expectations(sentence: str) -> None:
    assert not any(p.search(sentence) for p in NOT_CALL_PATTERNS)
