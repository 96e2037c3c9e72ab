"""Web debris that came back in reader Audit 17 (section 18.3-18.5), as labelled cases.

Every page and line here is written for these tests (new wording; the shapes are the audit's routes):
a live page's sign-off and its pointer to the outlet's main page, a line of a page's JavaScript left
in the text, an unrelated story appended after a "Watch next" / "Read more" cue, a contributor credit
of the "X reported from Y and Z reported from W" shape as the close, and a "From <names>, <Outlet>"
byline at the top read as the title. Each kind has near-misses that are the article's own text: a
tech story quoting code, "reported from" inside a real sentence, a sub-head with a cue word followed
by more of the same story.
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import drop_furniture, furniture_kind
from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings

DEBRIS = [
    # a live page's sign-off and its pointer elsewhere
    "0000 The BBC is discontinuing this live update page for the night.",
    "For the latest developments, please go to our main news page.",
    "2330 We are closing this live page now; follow the latest on our main storm page.",
    "Follow the latest developments on our flood recovery page.",
    "2315: The Ledger is pausing its live coverage here until tomorrow morning.",
    # a page's JavaScript, JSON and code fragments
    "BF_STATIC.timequeue.push(function () { if (BF_STATIC.bf_test_mode) { localStorage.setItem('ts', 1422259200); } });",
    "var gallery = document.getElementById('photo-gallery');",
    "window.addEventListener('load', function () { initPlayer({\"autoplay\": false}); });",
    '{"@context": "http://schema.org", "@type": "NewsArticle", "datePublished": "2015-01-26"}',
    "});",
    # contributor credits
    "CNN's Ivan Petrov reported from the Libya-Tunisia border and Jane Doe reported from Atlanta.",
    "Lars Berg reported from Oslo; Ann Holm reported from Stockholm.",
    "Jane Roe contributed to this report.",
    "Reporting by Tom Hale; Editing by Ann Holm",
]

CONTENT = [
    "The bug was a single line, window.open(url), which let any page open a new tab, the researchers said.",
    'Developers only had to add "var x = 1" to a form to crash the app, according to the report.',
    "The newspaper reported from court that the defendant wept as the verdict was read.",
    "Jane Doe reported from Kabul that the Taliban had closed the road to the airport.",
    "The station said it was discontinuing its live broadcast of the trial after the judge's ruling.",
    "Officials urged residents to go to the main square, where the names of the dead were read out.",
    "From Monday, the ferry will run twice a day, the council said.",
    "The minister will follow the latest figures closely, her office said.",
    "The network is ending its live coverage of the games after ratings fell sharply.",
    "Prosecutors are closing this chapter of the inquiry, but a second trial is expected next year.",
]

BYLINES = [
    "From Jane Doe and John Roe, CNN",
    "January 31, 2011 | From Jane Doe and John Roe, CNN",
    "From Ann Holm, Special to the Ledger",
]


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_lines_are_furniture(line: str) -> None:
    assert furniture_kind(line) is not None, line


@pytest.mark.parametrize("line", CONTENT)
def test_near_misses_stay(line: str) -> None:
    assert furniture_kind(line) is None, (line, furniture_kind(line))


@pytest.mark.parametrize("line", BYLINES)
def test_from_bylines_are_bylines(line: str) -> None:
    assert furniture_kind(line) == "byline", (line, furniture_kind(line))


# ------------------------------------------------------------------ pages

STORY = [
    "A couple in Hangzhou were stranded in a supermarket car park on Sunday after the husband's wife drove off "
    "with their clothes, police said.",
    "Police officer Chen Ming said the wife, Liu Fang, had followed her husband Wang Lei to the car park after "
    "seeing messages on his phone.",
    '"She took the clothes and the car keys and left them there," Chen said. "We had to bring blankets."',
    "Wang told officers he would apologise to his wife, and Liu has asked a lawyer about a divorce, the police said.",
]
APPENDED = [
    "Woman smashes boyfriend's sports car after finding lipstick on his collar",
    "A woman in Medellin took a baseball bat to her boyfriend's sports car after she found lipstick on "
    "his collar, local television reported.",
    "Mariana Restrepo, 27, told reporters that Andres Gomez had promised to end the affair last year.",
    "Neighbours filmed the attack, and the video has been watched more than two million times.",
]


@pytest.mark.parametrize("cue", ["Watch next", "Video loading Watch next", "Read more", "More from World News",
                                 "You may also like", "Most read", "Related"])
def test_an_appended_story_after_a_cue_is_dropped(cue: str) -> None:
    kept = drop_furniture([*STORY, cue, *APPENDED, "Poll loading"])
    assert kept == STORY


def test_a_cue_glued_to_the_next_storys_headline_starts_the_block() -> None:
    glued = "Video loading Watch next " + APPENDED[0]
    assert drop_furniture([*STORY, glued, *APPENDED[1:]]) == STORY


def test_a_subhead_with_a_cue_word_keeps_the_same_story() -> None:
    more = [
        "More from the hearing",
        "Chen Ming told the court that Wang Lei and Liu Fang had argued in the car park before she drove away.",
        "Liu said she had taken the car keys because Wang had taken hers the week before, the police said.",
    ]
    kept = drop_furniture([*STORY, *more])
    assert kept == [*STORY, *more[1:]]


def _brief(text: str, name: str = "page.txt") -> Brief:
    return brief_source(RawDocument(content=text.encode(), filename=name), Settings())


def _cited(brief: Brief, section: str) -> list[str]:
    found = brief.section(section)
    by_id = {s.id: s.text for s in brief.sentences}
    return [by_id[c.sentence_id] for item in (found.items if found else ()) for c in item.citations]


def test_appended_story_is_no_conclusion() -> None:
    brief = _brief("\n\n".join([*STORY, "Video loading Watch next", *APPENDED]))
    assert "Medellin" not in brief.text and "Restrepo" not in brief.text
    assert "lawyer about a divorce" in brief.text  # the story's own last paragraph stays for the close
    assert not any("Medellin" in s or "Restrepo" in s for s in _cited(brief, "conclusion"))


BORDER = [
    "Thousands of migrant workers crossed from Libya into Tunisia on Tuesday, and aid agencies warned that "
    "camps near the border were already full.",
    '"We have tents for 5,000 people and there are twice as many here," said Karim Haddad, a relief worker.',
    "Tunisian soldiers handed out bread and water as buses took families to a transit camp near Ben Guerdane.",
    "Workers from sub-Saharan Africa said they had been turned back at the crossing and feared reprisals at home.",
]


def test_contributor_credit_is_no_conclusion() -> None:
    credit = "CNN's Ivan Petrov reported from the Libya-Tunisia border and Jane Doe reported from Atlanta."
    brief = _brief("\n\n".join([*BORDER, credit]))
    assert "reported from Atlanta" not in brief.text
    assert any("feared reprisals" in s for s in _cited(brief, "conclusion"))


def test_contributor_credit_glued_to_the_last_paragraph_is_cut() -> None:
    credit = "CNN's Ivan Petrov reported from the Libya-Tunisia border and Jane Doe reported from Atlanta."
    brief = _brief("\n\n".join([*BORDER[:-1], BORDER[-1] + " " + credit]))
    assert "reported from Atlanta" not in brief.text
    assert "feared reprisals at home." in brief.text


def test_a_closing_sentence_about_a_report_is_kept() -> None:
    ending = "Three universities and a hospital contributed to the report."
    brief = _brief("\n\n".join([*BORDER[:-1], BORDER[-1] + " " + ending]))
    assert ending in brief.text


def test_a_script_line_is_no_timeline_entry() -> None:
    script = ("BF_STATIC.timequeue.push(function () { if (BF_STATIC.bf_test_mode) { "
              "localStorage.setItem('published', 'January 26, 2015'); } });")
    brief = _brief("\n\n".join([*BORDER, script]))
    assert "timequeue" not in brief.text
    assert not any("2015" in s for s in _cited(brief, "timeline"))


def test_a_script_glued_after_the_last_sentence_is_cut() -> None:
    # reader Audit 17: the script followed the close on the same line, after a run of spaces
    script = ("BF_STATIC.timequeue.push(function () { document.getElementById(\"update_time_4\").innerHTML = "
              "UI.dateFormat.get_formatted_date('2015-01-26 16:07:16 -0500', 'update'); });")
    brief = _brief("\n\n".join([*BORDER[:-1], BORDER[-1] + "    " + script]))
    assert "timequeue" not in brief.text
    assert BORDER[-1] in brief.text


def test_a_tech_story_keeps_its_quoted_code() -> None:
    text = "\n\n".join([
        "A flaw in a popular browser let any web page open windows without the user's consent, security "
        "researchers said on Monday.",
        "The bug was a single line, window.open(url), which let any page open a new tab, the researchers said.",
        "The company said a fix would reach users within a week and that it knew of no attacks.",
        "Researchers said they had warned the company in March and waited four months before going public.",
    ])
    brief = _brief(text)
    assert "window.open(url)" in brief.text


LIVE = [
    "Rescuers worked through the night in the flooded town of Gort after the river burst its banks, and the "
    "army said 300 people had been moved to shelters.",
    "2350 The fire service said two more people had been pulled from a car on the Galway road.",
    "2355 Ministers will meet at 0800 to decide on emergency funding, a government spokesman said.",
    "0000 The Ledger is discontinuing this live update page for the night. For the latest developments, "
    "please go to our main news page.",
    "2340 Power was cut to 4,000 homes across the county, the electricity board said.",
]


def test_live_sign_off_is_no_key_point() -> None:
    brief = _brief("\n\n".join(LIVE))
    cited = _cited(brief, "summary") + _cited(brief, "conclusion")
    assert not any("discontinuing" in s or "main news page" in s for s in cited), cited
    assert "discontinuing" not in brief.text


def test_from_byline_is_not_the_title(settings: Settings) -> None:
    page = "\n\n".join(["January 31, 2011 | From Jane Doe and John Roe, CNN", *BORDER])
    article = extract(RawDocument(page.encode(), filename="border.txt"), settings)
    assert article.source.title != "January 31, 2011 | From Jane Doe and John Roe, CNN"
    assert "From Jane Doe" not in article.text
    assert article.source.author == "Jane Doe and John Roe"  # both writers (session 35, Audit 52 #2)


HTML = """<html><head><title>Border camps fill as thousands flee Libya</title></head><body>
<article><h1>Border camps fill as thousands flee Libya</h1>
{paragraphs}
</article></body></html>"""


def test_html_page_drops_script_text_credit_and_appended_story(settings: Settings) -> None:
    body = [*BORDER, "CNN's Ivan Petrov reported from the Libya-Tunisia border and Jane Doe reported from Atlanta.",
            "Watch next", *APPENDED,
            "BF_STATIC.timequeue.push(function () { if (BF_STATIC.bf_test_mode) { localStorage.setItem('ts', 1); } });"]
    html = HTML.format(paragraphs="\n".join(f"<p>{p}</p>" for p in body))
    article = extract(RawDocument(html.encode(), filename="border.html"), settings)
    for debris in ("reported from Atlanta", "Medellin", "timequeue"):
        assert debris not in article.text, debris
    assert "feared reprisals at home." in article.text
