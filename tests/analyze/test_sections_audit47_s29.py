"""Recommendations and Outlook items that are neither (session 29, reader Audit 47, 48.2: Recommendations 29 %
wrong, Outlook 13 %): labelled cases, each a sentence written for this test and set in a short article of its own.

Recommendations:
- A speaker's own necessity: '"I must be there," she says', "I should be with my family" (a first-person singular
  "must" or "should" about the speaker herself) urges no one.
- An epistemic reminder: "we should also bear in mind that ...", "we must remember that ...", "we should not forget
  that ..." asks the reader to keep a fact in view; it urges no act.

Outlook:
- A past document described: "The questionnaire asked residents whether they would ..." tells what a form asked,
  not what anyone expects.
- A past-tense quote continuation: a quoted paragraph with no cue that tells what the speakers did ("we went from
  street to street ..."), or what others told them they could still hear or smell then, looks ahead to nothing.

Near misses that stay: "We must act now to stop the spread" (a call), "She said the council must be there to help"
(a call on a party), "We should remember the victims by building a memorial" (an act urged), "The council will vote
next month" and "The survey will ask residents whether they would pay more" (outlook).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

_TITLE = "Flood town counts the cost as the water falls"
_NEWS = "https://example.com/news/flood"


def _section(body: str, name: str) -> list[str]:
    text = (_TITLE + "\n\nThe river burst its banks in Marlow on Tuesday, flooding more than 200 homes, the "
            "council said. Volunteer Rana Haddad, 34, has spent three days helping families clear their houses. "
            + body + "\n\nThe council has not yet said how much the repairs will cost.\n")
    doc = annotate(Article(text=text, source=Source(title=_TITLE, date="2024-03-14", url=_NEWS)))
    return [c.item.text for c in analyze(doc).get(name, ())]


def _has(sentence: str, name: str) -> bool:
    return any(sentence[5:45] in item for item in _section(sentence, name))


_NO_CALLS = [
    ("i_must_be_there", '"I must be there for them," Haddad says of her parents, who live by the river.'),
    ("i_must_go_back", '"I must go back to the house every morning to check on it," Haddad said.'),
    ("i_should_be_home", '"I should be at home with my children, but the town needs every pair of hands," '
                         "Haddad said."),
    ("we_bear_in_mind", "But we should also bear in mind that there are only two pumps for the whole valley, "
                        "Haddad said."),
    ("we_remember_that", '"We must remember that most of these families have no insurance," Haddad said.'),
    ("we_not_forget", '"We should not forget that the river has flooded twice in ten years," Haddad said.'),
    ("keep_in_mind", '"We have to keep in mind that the water may still rise at night," Haddad said.'),
]

_CALLS = [
    ("we_must_act", '"We must act now to stop the water reaching the school," Haddad said.'),
    ("council_must_be_there", "Haddad said the council must be there to help the families clear their houses."),
    ("remember_by_act", '"We should remember the victims by building a proper flood wall," Haddad said.'),
    ("you_must_leave", '"Residents must leave the lower streets before dark," Haddad said.'),
]


@pytest.mark.parametrize(("name", "sentence"), _NO_CALLS, ids=[n for n, _ in _NO_CALLS])
def test_no_recommendation(name: str, sentence: str) -> None:
    assert not _has(sentence, "recommendations")


@pytest.mark.parametrize(("name", "sentence"), _CALLS, ids=[n for n, _ in _CALLS])
def test_call_kept(name: str, sentence: str) -> None:
    assert _has(sentence, "recommendations")


_NO_OUTLOOK = [
    ("form_asked_whether", "The questionnaire asked residents whether they would support a new flood tax."),
    ("survey_asked_if", "The survey asked families if they would move away from the river if they could."),
    ("form_asked_to", "The form asked owners to say whether they would rebuild on the same site."),
    ("form_thoughts_whether", "The questionnaire asked residents to give their thoughts on whether they could "
                              "trust the council's flood plan."),
    ("letter_asked", "Last year's letter from the council asked householders whether they would pay for "
                     "sandbags."),
    ("quote_went_street", '"Talking to the people who came out to meet us, we went from street to street and we '
                          'were going to knock on every door," she said.'),
    ("quote_still_hear", '"Talking to the neighbours who came over to us, who said they could still hear a dog '
                         'barking inside, we moved from house to house following those leads."'),
    ("quote_still_smell", '"The men told us they could still smell gas in the cellar, so we went in first."'),
    ("quote_continuation", '"We moved from house to house, and by midnight we would have carried fifty people to '
                           'the church hall."'),
]

_OUTLOOK = [
    ("council_will_vote", "The council will vote next month on a new flood wall for the lower town."),
    ("survey_will_ask", "A new survey will ask residents next month whether they would pay more for a flood wall."),
    ("reported_could_lose", "Haddad said dozens of families could lose their homes if the river rises again."),
    ("reported_see_prices", "Builders said owners could see repair bills double next year."),
    ("still_see_next_week", "Forecasters said the lower town could still see more flooding next week."),
    ("we_will_go", '"Tomorrow we will go from street to street to check every house," Haddad said.'),
]


@pytest.mark.parametrize(("name", "sentence"), _NO_OUTLOOK, ids=[n for n, _ in _NO_OUTLOOK])
def test_no_outlook(name: str, sentence: str) -> None:
    assert not _has(sentence, "outlook")


@pytest.mark.parametrize(("name", "sentence"), _OUTLOOK, ids=[n for n, _ in _OUTLOOK])
def test_outlook_kept(name: str, sentence: str) -> None:
    assert _has(sentence, "outlook")
