"""Session 35 (Audit 52 #9, F): the site's promise of its own coverage in the article's last words ("..., and
GadgetWire will provide full coverage of the event.") goes; before, it closed the brief. The promise stands last once
the furniture after it is gone (a "Related roundup: ..." link line). Near misses: a broadcaster's coverage told as
news ("..., the corporation said") and a promise followed by more of the story stay. Invented text.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

_BODY = (
    "The phone maker is expected to show its first smart ring at an event in Cupertino next week, according to a "
    "report in a business newspaper on Friday.\n\n"
    "The ring has been delayed by problems with its battery, the report said, and several engineers have left the "
    "project for a rival firm.\n\n"
)
_EVENT = "The event will take place at 10:00 AM Pacific Time on Monday, and the company will offer a live video stream"


def _text(last: str) -> str:
    text = _BODY + last + "\n\nRelated roundup: Smart Ring, Tag: bizpaper.com\n"
    return extract(RawDocument(text.encode(), filename="page.txt"), Settings()).text


@pytest.mark.parametrize("promise", [", and GadgetWire will provide full coverage of the event.",
                                     ". GadgetWire will be providing live coverage of the event."])
def test_the_sites_closing_promise_of_coverage_goes(promise: str) -> None:
    text = _text(_EVENT + promise)
    assert text.endswith(_EVENT + "."), text[-200:]
    assert "GadgetWire" not in text


@pytest.mark.parametrize("last", [
    _EVENT + ". The BBC will provide live coverage of the event, the corporation said.",
    "GadgetWire will provide full coverage of the event. " + _EVENT + ".",
])
def test_coverage_told_as_news_or_before_more_story_stays(last: str) -> None:
    assert _text(last).endswith(last)
