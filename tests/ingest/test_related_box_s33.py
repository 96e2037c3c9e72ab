"""A related-links box in the middle of a page, after which the article goes on (session 33, the lead's reading).

The article's reactions ran on after the box with openings that lean on what came before ("Another posted ...",
"A third said ...") and few of the article's names, so the block after the box read as an appended story and the
page lost its last five paragraphs (the cleric's supporters among them). The article is invented.
"""

from __future__ import annotations

from newsbrief.ingest.furniture import drop_furniture

STORY = [
    "A senior cleric in Eastmark has stirred controversy with a ruling that forbids children to fly kites during "
    "the spring festival.",
    "Asked by a parent on a religious website whether kites were allowed, Imam Yusuf Tarrani replied that they were "
    "a distraction from prayer.",
    "The ruling drew swift replies from social media users in the capital, many of them mocking it.",
]
BOX = [
    "RELATED",
    "Minister Calls For Calm Ahead of Border Talks",
    "Court Jails Blogger For Ten Years Over Posts",
]
GOES_ON = [
    "Another posted a picture of a kite shaped like a mosque. \"The reason for the ban is fear of joy,\" he wrote.",
    "A third wrote that the country had two kinds of people: those who ask for a ruling on everything and those "
    "who give one.",
    "The ruling had some defenders, however. \"It keeps the young from idle games,\" one wrote.",
]
# near miss: a new story after the box opens with its own subject
APPENDED = [
    "Farmers in the southern valley have begun the harvest two weeks early after a dry summer, officials said.",
    "The agriculture office expects wheat yields to fall by a fifth compared with last year.",
]


def test_the_article_going_on_after_a_related_box_is_kept() -> None:
    assert drop_furniture([*STORY, *BOX, *GOES_ON]) == [*STORY, *GOES_ON]


def test_an_unrelated_story_after_the_box_is_still_dropped() -> None:
    assert drop_furniture([*STORY, *BOX, *APPENDED]) == STORY
