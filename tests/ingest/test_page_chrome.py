"""A live page's own chrome and a pasted blog's navigation as furniture (reader Audit 11, pattern 1).

A live page talks about itself and to its reader ("our live coverage ends now", "thanks for joining
us", "you can see video at the top of the page"), and a blog pasted as text carries its menu, its
previous/next post links, its byline with a comment count and its "Related posts" block. None of it is
news. The lines and pages here are written for these tests; each furniture case has near-misses beside
it, news sentences that mention a page, coverage, thanks or staying tuned, which must stay.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import drop_furniture, furniture_kind
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

# The page speaking about itself or to its reader.
CHROME = [
    "Watch the minister's statement in the video player at the top of this page.",
    "0915: Our live updates from the summit end here, but you can follow the rest of the day's news on our front page.",
    "Thank you for following our live coverage of the storm.",
    "Thanks so much for reading along tonight.",
    "Good morning and welcome to our rolling coverage of the budget vote in Canberra.",
    "We'll be updating this blog through the evening with reaction from MPs and your comments.",
    "Stay with us for more reaction as it comes in.",
    "Refresh the page for the latest updates.",
    "Scroll down for a full timeline of the day's events.",
    "Keep checking back: this page will be updated throughout the afternoon.",
    "That's all from us for today - join us again tomorrow from 8am.",
    "14:32 You can send us your views using the form at the bottom of this page.",
    "This live blog is now closed.",
    "You can find analysis from our correspondents below, along with the best of your emails.",
    "All night we'll be bringing you the best of the blogs and tweets on this page.",
    "This is a developing story and will be updated.",
    "More to follow.",
    "We'll bring you more on this as we get it.",
    "Get in touch with your views: text us or use the form below.",
]

# News that mentions a page, coverage, thanks or staying: it stays.
NEWS = [
    "The ministry's web page was updated on Tuesday to remove the guidance.",
    "Television coverage of the trial ended abruptly when the judge cleared the courtroom.",
    "Thanks to the new rules, banks must now stay open on Saturdays.",
    "Residents were told to stay tuned to local radio for evacuation orders.",
    "The senator thanked volunteers for joining the search on Sunday.",
    "Hikers could see smoke at the top of the ridge by midday.",
    "The newspaper said its coverage of the scandal would continue despite the lawsuit.",
    "Officials said they would keep updating the public as the fire spread.",
    "The company's blog post, which was later deleted, blamed a software update.",
    "\"Thank you for joining us in this fight,\" the mayor told the crowd.",
    "The page of the diary describing the crossing is missing from the archive.",
    "Rescuers said the water at the bottom of the shaft was too cold to survive for long.",
    "The developing storm is expected to reach the coast by Friday.",
    "More than 40 people followed the coffin to the church.",
    "We will bring the troops home by Christmas, the minister promised.",
    "2214: Tom Hale from Dundee writes: I have followed this blog all night and you are missing the point.",
]

# A pasted blog's chrome, one line each.
BLOG_LINES = [
    "March 3, 2021 by Petra Lindqvist 37 Comments",
    "Posted by Petra Lindqvist on March 3, 2021",
    "37 Comments",
    "No comments yet",
    "Leave a comment",
    "Related posts",
    "You may also like",
    "HOME ABOUT PODCAST EVENTS WRITERS SHOP CONTACT",
    "Home | World | Politics | Business | Sport | Weather",
    "« Town Council Votes to Rename the Old Mill Bridge",
    "Local Bakery Wins Regional Prize for Rye Loaf »",
]

BLOG_NEWS = [
    "By March 3, 2021, 37 comments had been posted under the council's notice.",
    "Home prices in the north rose for a third month, the agency said.",
    "The bakery posted its results on March 3, 2021.",
]


@pytest.mark.parametrize("line", CHROME)
def test_live_page_chrome_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None, line


@pytest.mark.parametrize("line", NEWS)
def test_news_about_pages_and_coverage_stays(line: str) -> None:
    assert furniture_kind(line) is None, (line, furniture_kind(line))


@pytest.mark.parametrize("line", BLOG_LINES)
def test_blog_chrome_lines_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None, line


@pytest.mark.parametrize("line", BLOG_NEWS)
def test_blog_near_misses_stay(line: str) -> None:
    assert furniture_kind(line) is None, (line, furniture_kind(line))


LIVE_PAGE = [
    "Protesters and police faced each other across the square in Valletta on Friday as parliament "
    "debated the emergency powers bill late into the night.",
    "You can watch the debate live at the top of this page, and read reaction from our reporters below.",
    "2310: Our live coverage ends here. Thanks very much for joining us.",
    "2305: The bill passed by 38 votes to 29 after a debate of nine hours.",
    "2240: Opposition leader Carla Vella said the powers were too broad and would be challenged in court.",
    "1900: Welcome to our live coverage of the debate on the emergency powers bill.",
    "Tonight we'll be updating this page with the latest from the chamber and your emails.",
]


def test_a_live_page_keeps_its_entries_and_drops_its_chrome() -> None:
    kept = drop_furniture(LIVE_PAGE)
    assert kept == [LIVE_PAGE[0], LIVE_PAGE[3], LIVE_PAGE[4]]


BLOG_PASTE = """Subscribe to the Riverbend Sceptic
Follow Riverbend
Sceptic:
HOME
ABOUT
PODCAST
EVENTS
WRITERS
SHOP
CONTACT
« Town Council Votes to Rename the Old Mill Bridge
Local Bakery Wins Regional Prize for Rye Loaf »
Debunked: No, a Comet Did Not Land in Lake Wyndham (Whatever Your Feed Says)
March 3, 2021 by Petra Lindqvist 37 Comments
A strange story has been doing the rounds this week, and it deserves a closer look than it has had.
A viral post claims that a small comet struck Lake Wyndham on Monday night, boiling away a third of the water.

None of it happened. The county's emergency office logged no calls from the lake that night, and the \
observatory at Carrow, which tracks every bright meteor over the region, recorded nothing unusual.

The photograph in the post is a stock image of a drained reservoir in another country, and the \
"witness" quoted in it does not appear in any local directory.
Related posts
Why the Lake Monster Photos Were Faked
Five Hoaxes That Fooled the Whole County
Leave a comment
"""


def test_a_pasted_blog_loses_its_menu_links_and_byline(settings: Settings) -> None:
    article = extract(RawDocument(BLOG_PASTE.encode(), filename="comet.txt"), settings)
    text = article.text
    for chrome in ("HOME", "PODCAST", "CONTACT", "Town Council Votes", "Rye Loaf", "37 Comments",
                   "Sceptic:", "Related posts", "Lake Monster", "Leave a comment"):
        assert chrome not in text, chrome
    assert article.source.title == "Debunked: No, a Comet Did Not Land in Lake Wyndham (Whatever Your Feed Says)"
    assert text.split("\n\n")[0].startswith("A strange story has been doing the rounds")
    assert "None of it happened." in text
    assert "does not appear in any local directory." in text


POSTED_PASTE = """Menu

News

Walks

Maps

Shop

Ferry Timetable Changes Leave Islanders Stranded

Posted by Jane Roe on May 2, 2022

Islanders on Hollin Isle say the new winter timetable leaves them without a crossing on three days a week, \
and the council has promised to review it before October.

The operator said the changes followed a fall in passenger numbers, but residents say the figures leave \
out the school run and the Friday market, when the boat is full.

Leave a comment
"""


def test_a_pasted_blogs_title_is_its_headline_above_the_byline(settings: Settings) -> None:
    article = extract(RawDocument(POSTED_PASTE.encode(), filename="ferry.txt"), settings)
    assert article.source.title == "Ferry Timetable Changes Leave Islanders Stranded"
    assert article.text.startswith("Islanders on Hollin Isle say")
    for chrome in ("Posted by", "Walks", "Leave a comment"):
        assert chrome not in article.text, chrome
