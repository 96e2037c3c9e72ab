"""Key points, session 18 round 1 (reader Audit 28, docs/audit.md 29.3/29.4; the lead's Newsroom row 40).

1. A feature that opens on the writer's own scene ("I step into a corridor ...", a sign on the wall) leads with
   the sentence saying what the place is and what happened to it, not with the scene. Near miss: a news report's
   lede stays key point 1.
2. A viral story built of quoted posts: a user's post shown as a key point with no poster reads as the writer's
   own word (Audit 28's "it's real" tweet). Near miss: the police statement, attributed, stays a key point.
3. An interview's intro (the president's calls, the unrest, "X spoke to us about what comes next") is context: the
   named interviewee's answers are the key points (Audit 28's Zakaria interview). Added after the first score;
   it failed on main.
4. A series' standing line ("Longview follows the Great Depression as it unfolded.") is page furniture, no key
   point. Near miss: a news lede whose subject follows another firm ('Brenmark follows Castell in ...') stays.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.models import RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

pytestmark = pytest.mark.slow


def _points(text: str) -> list[str]:
    brief = brief_source(RawDocument(text.encode(), content_type="text/plain"), Settings())
    section = next(s for s in brief.sections if s.name == "summary")
    return [item.text for item in section.items]


_SCENE = (
    "I step into a long corridor lined with faded posters of smiling children. A sign on the wall reads "
    "\"Mind the step\".\n\n"
    "The Harrowgate children's hospital, which has treated patients for 90 years, will close in March after "
    "the health board voted to move its wards to a new site outside the city.\n\n"
    "Staff I spoke to were worried about the move. \"We have been here all our working lives,\" said Mary Trent, "
    "a nurse on the ward.\n\n"
    "The health board says the new building will have twice as many beds and modern operating theatres.\n\n"
    "Parents have started a petition against the closure, which has gathered 12,000 signatures.\n"
)


def test_a_features_first_person_scene_is_no_lead_point() -> None:
    points = _points(_SCENE)
    assert not points[0].startswith("I step")
    assert not any(p.startswith("A sign on the wall") for p in points[:2])
    assert any("will close in March" in p for p in points[:2])


_REPORT = (
    "A fire destroyed a warehouse in the port of Dunmore on Tuesday night, forcing 200 people from nearby homes.\n\n"
    "Firefighters fought the blaze for six hours. No one was hurt, the fire service said.\n\n"
    "The cause of the fire is not yet known. Police have opened an inquiry.\n"
)


def test_a_news_reports_lede_stays_first() -> None:
    assert _points(_REPORT)[0].startswith("A fire destroyed a warehouse")


_HOAX = (
    "A video that appears to show a giant squid swimming up the River Tavy has been shared thousands of times "
    "online.\n\n"
    "The clip, posted on Sunday, shows a long dark shape moving under the water near a bridge.\n\n"
    "Many viewers were convinced.\n\n"
    "I wasn't buying it at first, but man... it's real\n\n"
    "— Tom Barley (@tombarley) May 3, 2015\n\n"
    "Others were not so sure.\n\n"
    "that is clearly a log lol\n\n"
    "— Jess Hanley (@jesshanley) May 3, 2015\n\n"
    "Devon police said on Monday that the video had been edited and that no squid had been seen in the river.\n"
)


def test_a_users_post_is_no_key_point_without_its_poster() -> None:
    points = _points(_HOAX)
    assert not any(p.startswith("I wasn't buying it") for p in points)
    assert not any(p.startswith("that is clearly a log") for p in points)


def test_the_attributed_verdict_on_a_hoax_stays_a_point() -> None:
    assert any("Devon police said" in p for p in _points(_HOAX))


_SERIES = (
    "Longview follows the Great Depression as it unfolded. The mill towns of the Carolinas may not have "
    "expected the crash of 1929 to reach them, but by 1931 half their looms had stopped.\n\n"
    "In the autumn of 1930 the Ashby mill cut wages by a third. Its workers walked out in October and stayed out "
    "for nine weeks.\n\n"
    "The owners brought in new hands from the hills, and the strike collapsed by Christmas. "
    "As one weaver wrote to her sister, \"There is no bread and no work.\"\n\n"
    "By 1933 the mill had closed for good.\n"
)


def test_a_series_standing_line_is_no_key_point() -> None:
    assert not any(p.startswith("Longview follows") for p in _points(_SERIES))


_FOLLOWS = (
    "Brenmark follows Castell in cutting the price of its electric van by a fifth, the company said on Monday.\n\n"
    "The cheaper van goes on sale in June. Brenmark sold 4,000 of the vans last year.\n\n"
    "Castell cut its prices in April after sales fell.\n"
)


def test_a_news_lede_that_follows_a_rival_stays_first() -> None:
    assert _points(_FOLLOWS)[0].startswith("Brenmark follows Castell")


_IV = (
    "The president called the leaders of Norland and Vesta on Tuesday as protests spread to a third city. "
    "He urged both governments to show restraint.\n\n"
    "The unrest has closed ports along the coast and sent fuel prices up by a tenth this week.\n\n"
    "Anna Kell, a former ambassador to Norland, spoke to us about what comes next.\n\n"
    "Q: Will the government fall?\n\n"
    "Kell: I think it will survive the month, but the army is the real power now. The generals will decide "
    "who rules, not the crowds.\n\n"
    "Q: What should Washington do?\n\n"
    "Kell: It should stop sending arms until the army promises elections. Money is the only lever it has left.\n\n"
    "Q: Could the protests spread?\n\n"
    "Kell: Vesta is next. Its young people have the same grievances and the same phones.\n"
)


def test_an_interviews_answers_outrank_its_intro() -> None:
    intro = ("The president called", "He urged", "The unrest", "Anna Kell, a former ambassador")
    assert not any(p.startswith(intro) for p in _points(_IV)[:2])
