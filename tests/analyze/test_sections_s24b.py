"""Outlook and Analysis items misfiled on main 55861e4 (session 24 round 2, reader Audit 39, docs/audit.md 40.4):
labelled cases, each a short article written for this test.

- Outlook: a profile sidebar whose lines (each opening on a verb: "Claims to ... Says it has ...") ran together; a
  highlights run of "Name: teaser" lines; the writer's own past words ("'..., ' I said"); the writer's musing ("One
  wonders if ..."); a routine promise to be kept updated.
- Analysis: a step in a chronicle of past incidents whose time leans on the sentence before ("The following year,
  poor upkeep caused ...").

Near misses keep real items: a forecast a named person makes, a cause in the news's own present.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

# A report with a profile sidebar pasted in without its line breaks.
_SIDEBAR = (
    "Ministers meet over Varnia crackdown\n\n"
    "Foreign ministers from four countries met in Lisbon on Friday to discuss the crackdown in Varnia. "
    "The Free Hills Militia was said to have raided an army post near the capital on Thursday.\n\n"
    "Reportedly set up in early March by a former police chief, Maj Tomas al-Rell "
    "Claims to have some 8,000 fighters although diplomats say that is unlikely "
    "Aims to \"defend the villages from an army that serves only the junta\" "
    "Says it has staged several raids on army posts including two bridges\n\n"
    "The ministers will meet again in Geneva next month to agree new sanctions, officials said.\n")

# A round-up of commentaries opening on its highlights, run together.
_ROUNDUP = (
    "What the experts make of the Tarsian protests\n\n"
    "\"The street has spoken louder than the palace\" Ana Lopez: \"The new cabinet is a cosmetic change,\" "
    "no more Tom Reyes: Farmers want \"fair prices, not promises\" Mia Chen: If elections come, "
    "\"expect the unions to win big\" Paul Ward: A hit song foretold this anger\n\n"
    "Ana Lopez, professor of politics at Dunmore University: The protests will spread to the ports by the "
    "summer.\n")

# A first-person column about a name, with a past anecdote and a closing musing.
_COLUMN = (
    "What is in an English name?\n\n"
    "By Clara Whitby\n\n"
    "One of my students introduced herself to me as \"Lazy\" on the first day of term. "
    "\"You might want to think about picking another name,\" I said, explaining as gently as I could what the "
    "word meant. "
    "The state television channel has now issued a list of names to avoid. "
    "One wonders if certain movie stars might not also gain from reading such a list. "
    "The channel will publish a second list of names in the spring, its director said.\n")

# A hospital's statement about a suspected case.
_HOSPITAL = (
    "Hospital tests patient for new flu strain\n\n"
    "A patient at Northgate hospital is being tested for the new strain of bird flu, doctors said on Monday. "
    "The health agency has warned that the virus could spread to other regions within weeks. "
    "\"We will be kept fully informed by the health agency,\" the hospital's chief doctor said. "
    "Dr Ines Moll said the results of the tests would be known by Thursday.\n")

# An opinion piece recalling a company's record.
_RECORD = (
    "Give Norcast a fair hearing\n\n"
    "By Ruth Dane\n\n"
    "The anger at Norcast over the refinery fire grows every day. "
    "Norcast has a poor safety record. "
    "Careless upkeep caused a blast at Norcast's Delta plant in 2004, killing nine workers. "
    "The following year, poor maintenance caused Norcast's gas pipes in Alberta to burst, forcing hundreds of "
    "families from their homes. "
    "Shares in Norcast have fallen by a third because investors fear huge fines.\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n", 1)[0], date="2019-06-08",
                                                     url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_outlook(doc, build_context(doc)))


def _analysis(text: str) -> list[str]:
    doc = _doc(text)
    return _texts(analyze_analysis(doc, build_context(doc)))


def _has(items: list[str], words: str) -> bool:
    return any(words in i for i in items)


def test_profile_sidebar_run_together_is_no_outlook() -> None:
    assert not _has(_outlook(_SIDEBAR), "Claims to have some 8,000")


def test_forecast_after_sidebar_stays() -> None:
    assert _has(_outlook(_SIDEBAR), "meet again in Geneva")


def test_highlights_run_together_are_no_outlook() -> None:
    assert not _has(_outlook(_ROUNDUP), "Paul Ward")


def test_writers_own_past_words_are_no_outlook() -> None:
    assert not _has(_outlook(_COLUMN), "picking another name")


def test_writers_musing_is_no_outlook() -> None:
    assert not _has(_outlook(_COLUMN), "One wonders")


def test_plan_with_speaker_stays_outlook() -> None:
    assert _has(_outlook(_COLUMN), "second list of names")


def test_promise_to_be_kept_informed_is_no_outlook() -> None:
    assert not _has(_outlook(_HOSPITAL), "kept fully informed")


def test_warning_stays_outlook() -> None:
    assert _has(_outlook(_HOSPITAL), "could spread to other regions")


def test_chronicle_step_leaning_on_time_before_is_no_cause() -> None:
    assert not _has(_analysis(_RECORD), "The following year")


def test_present_cause_stays_analysis() -> None:
    assert _has(_analysis(_RECORD), "investors fear huge fines")


def _recs(text: str) -> list[str]:
    from newsbrief.analyze.classify import analyze_recommendations

    doc = _doc(text)
    return _texts(analyze_recommendations(doc, build_context(doc)))


# A reader's sarcastic comment with an inference told with "must be", and a call with "must be" + participle.
_COMMENT = (
    "Readers respond: the tonic and gin study\n\n"
    "By Web Desk\n\n"
    "Another study tells us what everybody already knew about tonic and gin. "
    "The gin must be necessary to hide the bitter taste of the tonic. "
    "The researchers' claim must be true only for students who drink every night. "
    "The labels on these bottles must be changed to warn drinkers about the risks.\n")


def test_inference_with_must_be_necessary_is_no_call() -> None:
    assert not _has(_recs(_COMMENT), "must be necessary")


def test_inference_with_must_be_true_is_no_call() -> None:
    assert not _has(_recs(_COMMENT), "must be true")


def test_passive_must_be_changed_stays_a_call() -> None:
    assert _has(_recs(_COMMENT), "must be changed")


# A business report: a present-perfect fact whose only forecast sits in a relative clause about its subject.
_DELIVERY = (
    "Coffee chains race to deliver\n\n"
    "Coffee chains are racing to bring lattes to customers' doors. "
    "Brewhouse, which will deliver coffee in 40 cities by the end of the year, has also partnered with a grocery app "
    "to sell its beans. "
    "Rival Bean Barn will start its own delivery service in Chicago next month, its chief executive said.\n")


def test_forecast_only_in_relative_clause_of_a_past_fact_is_no_outlook() -> None:
    assert not _has(_outlook(_DELIVERY), "has also partnered")


def test_main_clause_forecast_stays_outlook() -> None:
    assert _has(_outlook(_DELIVERY), "start its own delivery service")
