"""Outlook items that are no forecast (reader Audit 43, docs/audit.md 44.2 and 44.4 item 6): labelled cases, each
a short article written for this test (other names, other events).

An Outlook item is a forecast, a plan, a scheduled event or a stated expectation about what is still to come. The
audit found, filed as Outlook:

- a chronology sidebar's dated lines run into one sentence ("12 March: the council says the bridge will reopen");
- a tribute's sentiment ("She will be sorely missed", "will never be forgotten");
- a verdict on what is fitting ("it would be inappropriate to comment"), which forecasts nothing;
- a general claim with an action as its subject ("Skipping breakfast may also raise blood pressure"), or a
  hypothetical "would" a scientist explains ("Without that coating, the frogs would dry out"): an
  explanation, not an event of the story;
- a forecast the article reports others condemned ("the remarks were condemned by ..."), shown as outlook;
- the news itself: a couple "expecting a baby" (a state, not a forecast); a step the article says is done.

Near misses that stay: a dated plan, a warning with its speaker, a general claim about a named party's plan, a
tribute article's real next step (a funeral on a date), a forecast whose critics are not said to condemn it.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

# A timeline sidebar run into the report, beside a real plan.
_CHRONOLOGY = (
    "Harbour bridge to reopen after repairs\n\n"
    "Engineers finished the last inspection of the Kessel harbour bridge on Thursday, the city council said. "
    "12 March: Council says the bridge will reopen within weeks 20 March: Engineers find cracks in two piers "
    "2 April: Council says the bridge will stay closed until summer. "
    "The council will hold a public meeting on the repairs on Monday, a spokeswoman said. "
    "Drivers will face delays on the ring road until the bridge reopens, the transport office warned.\n")

# An obituary: sentiment, a verdict on comment, and the real next step.
_TRIBUTE = (
    "Tributes paid to Dunmore school caretaker\n\n"
    "Tom Hale, who looked after Dunmore Primary School for thirty years, died on Saturday at the age of 71. "
    "The head teacher said Mr Hale would be sorely missed by pupils and staff alike. "
    "His family said in a statement that he will never be forgotten. "
    "A police spokesman said it would be inappropriate to comment while inquiries continue. "
    "His funeral will be held at St Anne's Church on Friday, the family said. "
    "The school will plant a tree in his memory next month, the head teacher said.\n")

# A health report: a general claim with an action as its subject, beside a study's real plan.
_HEALTH = (
    "Breakfast study links skipped meals to weight gain\n\n"
    "Researchers at the Norland Institute studied 4,000 adults over ten years, the journal reported on Tuesday. "
    "Skipping breakfast may also raise blood pressure, the researchers said. "
    "Eating late at night could disturb sleep as well. "
    "Without new funding, the clinic would close, the charity warned. "
    "The institute will begin a second study of 10,000 children next year, its director said. "
    "Health officials warned that obesity could cost the health service 5 billion a year by 2030.\n")

# A science report: a hypothetical "would" explained, beside the team's plan.
_SCIENCE = (
    "Tree frogs survive drought in lab tests\n\n"
    "Researchers at the Varna zoo kept tree frogs in dry tanks for a month, the journal reported on Monday. "
    "The frogs coat their skin with a waxy film that holds in water, the researchers said. "
    "Without that coating, the frogs would dry out within hours, the lead author explained. "
    "The team will repeat the tests with desert toads next spring, she said.\n")

# A politician's forecast that the article reports others condemned, beside an uncondemned one.
_CONDEMNED = (
    "Minister's flu remarks condemned\n\n"
    "Health minister Carl Brenner said on Monday that the winter death toll from flu would be similar to last "
    "year's and that nothing more could be done. "
    "His remarks were condemned by doctors' groups and opposition leaders as callous. "
    "The chief medical officer said vaccination rates would rise this winter after a new campaign. "
    "The health committee will question Brenner on Thursday.\n")

# The news itself: a couple expecting a baby, a step described as done.
_NEWS = (
    "Skating champions announce pregnancy\n\n"
    "Olympic ice dancers Maren and Jonas Lind announced on Sunday that they are expecting their first child. "
    "The couple said the baby is due in June. "
    "Maren Lind will skip the European championships in January, her coach said. "
    "Jonas Lind said the couple thought it would take longer than a few weeks to conceive. "
    "He said the pair were 'thrilled' and 'could not wait' to meet the baby and that they would go on training "
    "at the rink in Malmo until the spring Maren Lind (left) with her husband Jonas Lind after the pair won the "
    "European title in Prague last year The couple will take a break from competition for the next season.\n")


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02",
                                                     url="https://example.com/news/story")))


def _outlook(text: str) -> list[str]:
    doc = _doc(text)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


# (article, words of the sentence, whether it belongs in Outlook)
CASES = [
    pytest.param(_CHRONOLOGY, "Council says the bridge will reopen within weeks", False, id="chronology-lines"),
    pytest.param(_CHRONOLOGY, "public meeting on the repairs on Monday", True, id="dated-plan-kept"),
    pytest.param(_CHRONOLOGY, "Drivers will face delays", True, id="warning-kept"),
    pytest.param(_TRIBUTE, "sorely missed", False, id="tribute-missed"),
    pytest.param(_TRIBUTE, "never be forgotten", False, id="tribute-forgotten"),
    pytest.param(_TRIBUTE, "inappropriate to comment", False, id="no-comment-verdict"),
    pytest.param(_TRIBUTE, "funeral will be held", True, id="funeral-kept"),
    pytest.param(_TRIBUTE, "plant a tree in his memory", True, id="memorial-plan-kept"),
    pytest.param(_HEALTH, "Skipping breakfast may also raise", False, id="gerund-general-claim"),
    pytest.param(_HEALTH, "Eating late at night could disturb", False, id="gerund-general-claim-2"),
    pytest.param(_HEALTH, "begin a second study", True, id="study-plan-kept"),
    pytest.param(_SCIENCE, "frogs would dry out", False, id="explanation"),
    pytest.param(_SCIENCE, "repeat the tests with desert toads", True, id="team-plan-kept"),
    pytest.param(_HEALTH, "the clinic would close", True, id="conditional-warning-kept"),
    pytest.param(_HEALTH, "obesity could cost", True, id="official-warning-kept"),
    pytest.param(_CONDEMNED, "winter death toll", False, id="condemned-claim"),
    pytest.param(_CONDEMNED, "vaccination rates would rise", True, id="uncondemned-forecast-kept"),
    pytest.param(_CONDEMNED, "question Brenner on Thursday", True, id="hearing-kept"),
    pytest.param(_NEWS, "expecting their first child", False, id="pregnancy-is-news"),
    pytest.param(_NEWS, "skip the European championships", True, id="coach-plan-kept"),
    pytest.param(_NEWS, "thought it would take longer", False, id="past-belief"),
    pytest.param(_NEWS, "with her husband Jonas Lind", False, id="caption-run-in"),
]


@pytest.mark.parametrize(("article", "words", "kept"), CASES)
def test_outlook_holds_only_forecasts(article: str, words: str, kept: bool) -> None:
    outlook = _outlook(article)
    assert any(words in o for o in outlook) is kept, outlook
