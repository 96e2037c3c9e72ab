"""Outlook, Recommendations, Analysis and stance labels misread on main 278a715 (reader Audit 35, session 22):
labelled cases, each a short article or sentence written for this test.

- A backshifted "could" in a coordinated "whether" clause under a past-perfect verb ("the question had been not
  whether ..., but whether it could pay") told what was open then, not a forecast.
- An Outlook item whose subject "it" has no noun before it is shown with the sentence before when that one's
  subject is a common noun ("The spill could harm ... If it does, ..."), else withheld; an expletive "it" ("It is likely that ...") or one with its noun stays alone.
- A call named as a thing ("the truce called for in the accord would seem to ...") describes; a quoted generic
  "you should ... first" after a sentence of what others did is hindsight on them, not a call to act.
- "Recommends" in Who says what is a call to act: a conditional necessity ("the firm would have to halt output
  for six months before ...") or a rhetorical "you have to wonder" is an assessment.
- A "since" of time under a perfect ("has started to recover since it fell last week") and evidence that lets
  us know a fact ("thanks to X's research, we now know ...") state no cause.

Near misses keep a plain forecast, a quoted piece of advice, an "urged" call and a causal "thanks to".
"""

from __future__ import annotations

from newsbrief.analyze.advice import past_call
from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.analyze.positions import analyze_positions
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("The river authority met on Tuesday to discuss the spill at the refinery upstream of the town. "
         "Engineers said about 400 barrels of crude leaked from a cracked pipe over the weekend. "
         "The company has apologised and says the pipe has been sealed.\n\n")


def _doc(text: str, body: str = _BODY) -> Document:
    return annotate(Article(text=body + text, source=Source(title="Refinery spill reaches the river",
                                                            date="2025-06-11",
                                                            url="https://example.com/news/story")))


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def _recommendations(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_recommendations(doc, build_context(doc))]


def _analysis(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_analysis(doc, build_context(doc))]


def _stances(text: str) -> dict[str, str]:
    doc = _doc(text)
    out: dict[str, str] = {}
    for item in analyze_positions(doc, build_context(doc)):
        payload = item.payload
        out[item.text] = getattr(payload, "stance", "")
    return out


def _stance_of(text: str, words: str) -> str | None:
    return next((s for t, s in _stances(text).items() if words in t), None)


# 1: a past "whether ... could" under a past perfect
def test_past_whether_could_is_no_forecast() -> None:
    items = _outlook("Only last month, the worry had been not whether the company had enough cash to pay the "
                     "fishermen, but whether it could afford to politically.\n\nThe board meets in July.")
    assert not any("afford to politically" in i for i in items)


def test_present_whether_could_stays() -> None:  # near miss: a forecast with its own time to come
    items = _outlook("The authority says the fishing grounds could reopen next spring if the water tests stay "
                     "clean.\n\nThe board meets in July.")
    assert any("could reopen next spring" in i for i in items)


# 2: a subject "it" with no noun before it
def test_subject_it_with_no_noun_is_withheld() -> None:
    items = _outlook("Would closing the whole refinery help the river? "
                     "At this point, it might slow the work to repair the pipe and clean the banks.\n\n"
                     "The board meets in July.")
    assert not any("might slow" in i for i in items)


def test_if_it_does_carries_its_antecedent() -> None:
    items = _outlook("The spill could of course harm the estuary's oyster beds, but it probably won't. "
                     "If it does, it is unlikely to hurt the town's fishing trade in any lasting way.\n\n"
                     "The board meets in July.")
    assert all("oyster beds" in i for i in items if "unlikely to hurt" in i)


def test_expletive_it_stays_alone() -> None:  # near miss
    items = _outlook("It is likely that the river path will stay closed until August, officials said.\n\n"
                     "The board meets in July.")
    assert any(i.startswith("It is likely") for i in items)


def test_it_with_its_noun_stays_alone() -> None:  # near miss
    items = _outlook("The company said it will pay for the clean-up of the banks by September.\n\n"
                     "The board meets in July.")
    assert any(i.startswith("The company said it will pay") for i in items)


# 3: Recommendations that describe or look back
def test_call_named_as_a_thing_is_no_call() -> None:
    doc = _doc("The ban called for in the accord would seem to rule out any new drilling by the firm.\n\n"
               "The board meets in July.")
    assert past_call(doc, doc.sentences[-2])


def test_call_made_stays() -> None:  # near miss
    doc = _doc("Fishermen have called for a ban on new drilling along the estuary.\n\nThe board meets in July.")
    assert not past_call(doc, doc.sentences[-2])


def test_hindsight_you_should_is_no_recommendation() -> None:
    items = _recommendations('"The protest group never really had the numbers to win," Ruiz said. "There was this '
                             'feeling among the organisers that all they had to do was turn up. But you should spend '
                             'a couple of years building support first."\n\nThe board meets in July.')
    assert not any("couple of years" in i for i in items)


def test_quoted_advice_stays_a_recommendation() -> None:  # near miss
    items = _recommendations('"Residents should boil their tap water for a minute before drinking it until the '
                             'tests are clear," said Ana Ruiz, the county health officer.\n\nThe board meets in July.')
    assert any("boil their tap water" in i for i in items)


# 4: "recommends" is a call to act
def test_conditional_necessity_is_no_recommendation() -> None:
    stance = _stance_of("The firm would have to halt all output at the refinery for six months before its credit "
                        "rating suffered, says Jon Park, an analyst with Lindell Bank.\n\nThe board meets in July.",
                        "six months")
    assert stance is not None and stance != "recommends"


def test_you_have_to_wonder_is_no_recommendation() -> None:
    stance = _stance_of('"If the mayor had known a year ago what the repairs would cost, you have to wonder whether '
                        'he would have signed the contract," said Lena Ortiz, a council member.\n\n'
                        "The board meets in July.", "wonder")
    assert stance is not None and stance != "recommends"


def test_a_call_stays_recommends() -> None:  # near miss
    stance = _stance_of('"The company must pay for every metre of the clean-up before the winter," said Lena '
                        "Ortiz, a council member.\n\nThe board meets in July.", "every metre")
    assert stance == "recommends"


# 5: Analysis items that state no cause
def test_since_of_time_under_a_perfect_is_no_cause() -> None:
    items = _analysis("The company's shares have started to creep back since they plummeted last week.\n\n"
                      "The board meets in July.")
    assert not any("creep back" in i for i in items)


def test_thanks_to_evidence_is_no_cause() -> None:
    items = _analysis("And thanks to the patient work of a local historian, we now know that the pipe was laid "
                      "in 1962.\n\nThe board meets in July.")
    assert not any("local historian" in i for i in items)


def test_causal_thanks_to_stays() -> None:  # near miss
    items = _analysis("The town stayed dry on Sunday thanks to the new pumps the council installed in May.\n\n"
                      "The board meets in July.")
    assert any("new pumps" in i for i in items)


def test_expletive_it_split_by_its_speaker_stays() -> None:  # near miss (Audit 35 #7's shape, kept there)
    items = _outlook("It would be a mistake, said Omar Haddad, to assume that sealing the pipe would end the leaks "
                     "along the river.\n\nThe board meets in July.")
    assert any(i.startswith("It would be a mistake") for i in items)
