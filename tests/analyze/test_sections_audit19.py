"""Bogus conclusions and misfiled sections (issue #11; reader Audit 19, docs/audit.md 20.3-20.5): labelled cases.

Each case is a short article written for this test and what a reader would keep.
- A note on how the outlet reported the story ("The Gazette spoke to her again on Monday", "The Herald could
  not independently verify ...", "We reached her by phone") never closes the brief: the close is the last
  content sentence before it. A sentence whose subject is someone else ("Police interviewed the driver")
  still can.
- A column's sign-off ("That's all for today.", "Until next week.") ends the column: a box after it about the
  writer's doings is furniture, and the close is the column's own last line.
- A closing paragraph that is the quotation of a speaker named at the end of the paragraph before (an analyst's
  warning) is the close, shown with the sentence that names the speaker, not a middle sentence.
- A conclusion that continues a claim sourced in the sentence before it ("The Ledger reported ...") keeps its
  source.
- Recommendations hold calls the article reports as news, not past calls told as history ("had long called
  for", "finally ... and called for").
- Outlook holds a forecast, not a present fact with an ability on its noun ("missile sites that could reach
  the capital"), a witness's past habit told with "would" ("One guard would leave and another would come
  in"), nor a writer's counterfactual joke about himself ("If I were a pilot, I would ...").
Near misses keep their place.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.classify import analyze_outlook, analyze_recommendations
from newsbrief.analyze.conclusion import analyze_conclusion
from tests.analyze.test_sections_s13 import LEAD, _held
from tests.analyze.test_sections_session14 import _held_in, _texts_of

_BODY = ("Her brother said she had been held for three days in a room with no windows. "
         "Officials have denied the account and say the guards acted lawfully.")
_MIDDLE = ("Not all the water has drained yet, but it will in time, engineers said. "
           "The pumps have run for three weeks and the estimates keep rising.")
_PLEA = '"I ask the aid groups to come and help my daughter," her father said.'

# (article, words the conclusion must show, words it must not show)
CONCLUSIONS = [
    # a sourcing note after the close
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nThe Gazette spoke to her for a third time by phone on Monday.",
     "help my daughter", "third time"),
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nThe Herald could not independently verify her account of the raid.",
     "help my daughter", "independently verify"),
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nWe reached her family by telephone late on Sunday evening.",
     "help my daughter", "telephone"),
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nThis reporter contacted the ministry twice this week about the claims.",
     "help my daughter", "ministry twice"),
    # an outlet's programme, named in quotation marks, as the subject (lead's check, session 14)
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nThe Gazette's \"Night Desk\" spoke with her on Sunday and Monday.",
     "help my daughter", "Night Desk"),
    # near miss: someone else interviews, and the line is the news
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nPolice interviewed the two guards on Monday and released them without charge.",
     "released them without charge", "~"),
    # a column's sign-off box after the column's own last line
    (f"{LEAD}\n\nThe risk is real, but panic helps nobody, and neither does pretending it away. "
     "Soap and water will do more for you than any headline.\n\nThat's all for today. Now wash your hands.\n\n"
     "This week Sam enjoyed a long walk by the canal and washed his hands six times before lunch.",
     "wash your hands", "canal"),
    (f"{LEAD}\n\nThe council has the money, and it has the plans; what it lacks is the nerve to act. "
     "Until it finds some, the potholes will stay.\n\nUntil next week.\n\n"
     "Jo Marsh writes about local politics and lives in the valley with two cats.",
     "potholes will stay", "two cats"),
    # near miss: a page's prompt is no column's closing command
    (f"{LEAD}\n\n{_BODY}\n\n{_PLEA}\n\nJoin the conversation about this story on Facebook.",
     "help my daughter", "Facebook"),
    # a closing claim keeps the source named in the sentence before it
    # the last paragraph is the quotation of a speaker named at the end of the paragraph before
    (f"{LEAD}\n\n{_MIDDLE}\n\nJane Roe, an analyst at Harbour Bank, said the numbers kept changing.\n\n"
     '"This uncertainty eats away at confidence in the council."', "eats away at confidence", "~"),
    (f"{LEAD}\n\n{_MIDDLE}\n\nJane Roe, an analyst at Harbour Bank, said: \"Nobody knows the final bill.\n\n"
     '"This uncertainty eats away at confidence in the council, and that will cost it dearly."',
     "eats away at confidence", "~"),
    # near miss: a quotation closing the article with its speaker in the same sentence
    (f"{LEAD}\n\n{_MIDDLE}\n\n" '"This uncertainty eats away at confidence in the council," said Jane Roe, '
     "an analyst at Harbour Bank.", "eats away at confidence", "~"),
    (f"{LEAD}\n\n{_BODY}\n\nThe Ledger reported that the group had told its members to seek out the infection. "
     "Members could catch the disease on purpose and carry it across the border.",
     "The Ledger reported", "~"),
]

RECOMMENDATIONS = [
    # past calls told as history
    ("The United States finally issued a strong statement in August and called for the president to step down.",
     False),
    ("Campaigners had long called for the council to close the old landfill before the floods came.", False),
    # near misses: a call reported as the news
    ("The envoy urged both sides to return to the talks before the deadline expires.", True),
    ("The council should build new flood barriers along the river before the winter, residents said.", True),
]

OUTLOOK = [
    # a present fact with an ability on its noun
    ("The army has 300,000 soldiers and hundreds of missile sites that could reach the capital.", False),
    ("The reservoir holds enough water that could supply the whole region for two years.", False),
    # a witness's past habit told with "would"
    ('"One guard would leave and another would come in, and it went on all night," she told the court.', False),
    ("She said the guards would take the men out one by one and bring them back hours later.", False),
    # a writer's counterfactual joke about himself
    ("If I were a pilot, I would spend the whole flight staring at the ground and screaming.", False),
    # near misses: forecasts
    ("The army could reach the capital within days if the talks break off, analysts warned.", True),
    ("If the talks fail, the strike would begin on Monday and close every school, the union said.", True),
    ("She said the guards would be moved to another prison next month, the ministry confirmed.", True),
]


@pytest.mark.parametrize(("text", "shown", "hidden"), CONCLUSIONS)
def test_the_conclusion_is_the_close(text: str, shown: str, hidden: str) -> None:
    items = _texts_of(analyze_conclusion, text)
    joined = " ".join(items)
    assert shown in joined and hidden not in joined, items


@pytest.mark.parametrize(("sentence", "expected"), RECOMMENDATIONS)
def test_recommendations_are_not_past_calls(sentence: str, expected: bool) -> None:
    assert _held(analyze_recommendations, sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), OUTLOOK)
def test_outlook_holds_forecasts(sentence: str, expected: bool) -> None:
    assert _held(analyze_outlook, sentence) is expected


def test_a_habit_paragraph_is_no_outlook() -> None:
    paragraph = ("The prisoners were kept in a cellar under the station. "
                 "Every hour one guard would leave and another would come in to shout at them.")
    assert not _held_in(analyze_outlook, paragraph, "Every hour one guard would leave")
