"""Outlook, Recommendations and Analysis after Audit 51 (docs/audit.md 52.2, 52.4 #6 and #7).

Audit 51 found a speaker's description of a custom under Recommendations ('"... Tourists in North Korea are told to
tip people in Scotch instead of the currency."'), a witness's fear under Analysis ('"We are scared right now ...
because we have receive messages ..."'), a writer's flourish under Outlook ("No matter how many times the Internet may claim him to be dead, he
just keeps on living"), a forecast granted in a "while" clause beside a past loss, and the last sentence of a
four-sentence quotation shown alone with a stray mark. The articles below are written for this test; each case names
a sentence by some of its words and whether the section should show it.
"""

from __future__ import annotations

from functools import cache

import pytest

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

ARTICLES = {
    "festival": """Riverside festival sells out again

The Riverside music festival sold all 40,000 tickets in two hours on Friday, its organisers said.

No matter how often critics may call the festival finished, it just keeps drawing crowds every summer.

Whatever the weather may bring, the organisers say the site is ready.

No matter what the council decides about the licence, the organisers will appeal the ruling next month.

While the new car park will raise some money for the town, the scheme comes on top of years of lost parking fees.

Although the old stage will close in March, the organisers will keep the crew on for the autumn tour.

There is no hiding the anger at the council, though the organisers' protest could prove counter-productive.
""",
    "hoax": """Is the singer Lena Marsh dead? No, she isn't, but the web would like everyone to believe she is gone yet again. A music magazine said on Monday that Marsh has been the target of another celebrity death hoax. No matter how many times the web may claim her to be dead, she just keeps on singing and quietly enjoying life.

Her manager said she was on holiday in Spain.
""",
    "video": """Rebel leader mocks peace talks in new video

A man claiming to lead the rebel group mocked the peace talks in a video released on Thursday.

"Who says we are talking to anybody? We do not know the men you name. We have never met them. If we meet them we will burn their camps," the man in the video says.

The army's spokesman, Colonel Ada Ekwueme, said the talks were going ahead. "We have waited long enough. The next round will happen in June," she said.
""",
}


SECTIONS = {"outlook": analyze_outlook, "recommendations": analyze_recommendations, "analysis": analyze_analysis}

CALLS = {
    "custom": """Ferry firm denies plan to open route to the islands

The ferry company has denied reports that it plans to open a route to the northern islands.

"It would not surprise me if they opened a route next year," said Ross Baird, a transport analyst. "The islanders love the mainland's shops. Visitors to the islands are told to pay for everything in cash."

Police closed the harbour road on Tuesday after a landslide. "Residents are asked to avoid the area until the road is cleared," a police spokesman said.
""",
    "panic": """Earthquake rumour sends thousands into the streets

Thousands of people spent the night outdoors after text messages warned of an earthquake, officials said.

"We are scared right now many people a (re) standing outside because we have receive messages across the country that there is going to be an earthquake some said is from the radio," a listener texted from the town at 0300 GMT.

"We shut the rail line because we found cracks in the bridge," the operator's spokesman said.
""",
}
ARTICLES.update(CALLS)


@cache
def _items(name: str, section: str = "outlook") -> tuple[str, ...]:
    doc = annotate(Article(text=ARTICLES[name], source=Source(date="2024-05-04")))
    return tuple(item.text for item in SECTIONS[section](doc, build_context(doc)))


def _outlook(name: str) -> tuple[str, ...]:
    return _items(name)


SECTION_CASES = [
    ("custom", "recommendations", "are told to pay for everything in cash", False),  # a custom described
    ("custom", "recommendations", "Residents are asked to avoid the area", True),  # a notice's call
    ("panic", "analysis", "We are scared right now", False),  # a witness's texted fear: testimony, no cause
    ("panic", "analysis", "because we found cracks in the bridge", True),  # a decision and its reason
]


@pytest.mark.parametrize(("name", "section", "words", "expected"), SECTION_CASES)
def test_sections_hold_their_kind(name: str, section: str, words: str, expected: bool) -> None:
    items = _items(name, section)
    assert ARTICLES[name].count(words) == 1, words
    assert any(words in text for text in items) is expected, items


CASES = [
    ("festival", "it just keeps drawing crowds", False),  # a modal only in a "no matter" clause: a present habit
    ("hoax", "she just keeps on singing", False),  # the writer's flourish in a debunk (Audit 51 #11)
    ("festival", "Whatever the weather may bring", False),
    ("festival", "the organisers will appeal the ruling", True),  # the main clause's own forecast
    ("festival", "the scheme comes on top of years", False),  # a "while" clause's forecast beside a past loss
    ("festival", "will keep the crew on", True),
    ("festival", "protest could prove counter-productive", True),  # a trailing "though": a counterpoint added
    ("video", "If we meet them we will burn", False),  # the tail of a four-sentence quotation, alone
    ("video", "The next round will happen in June", True),
]


@pytest.mark.parametrize(("name", "words", "expected"), CASES)
def test_outlook_holds_forecasts(name: str, words: str, expected: bool) -> None:
    items = _outlook(name)
    assert any(words in text for text in items) is expected, items


def test_every_case_names_one_sentence() -> None:
    for name, words, _expected in CASES:
        assert ARTICLES[name].count(words) == 1, words


def test_a_short_quotation_is_shown_from_its_start() -> None:
    """The forecast that ends a two-sentence quotation is shown with the sentence that opens it."""
    items = [t for t in _outlook("video") if "next round" in t]
    assert items and items[0].startswith('"We have waited long enough.'), items
