"""Round-ups of readers' stories and reported news after a hook (session 29, issue #11; reader Audit 46, docs/audit.md
47.2-47.5).

- **A page of readers' stories.** The outlet frames what its readers have been telling it ("Readers have been telling
  us of their search for relatives since ... Here are some of their stories."), then each reader tells a story in the
  first person, with the reader's name over or under it, or with no name where the page lost it. The genre is a
  round-up of readers' accounts, not a fact-check or an opinion piece; the first key point is the page's framing, and
  each further point is one story shown with its teller ("[Name:] ...", "[A reader:] ..." when the name is lost), never
  a reader's "I" printed as the article's own.
- **Reported news after a hook.** A report that opens on a hook about the year ("... has been a year full of twists")
  and on background, then tells its news credited to a report or sources ("X will supply ..., a report says"), leads
  with the news; the hook is no key point.
- **A comment prompt.** "What do you think of the deal? Let us know in the comments." closing a rumour report is the
  outlet's prompt, no stance of the writer's: the report stays news (a column closing on it stays opinion, session 18e).
- Near misses: aid workers' diaries introduced by the outlet stay a feature; a call-out ("We asked readers to tell us
  ...") stays a set-up; a report dated by its lede keeps its lede first; an updated rumour story and a rumour report
  with a one-line aside stay news.

All articles are written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.point_theses import is_hook
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.points_cases import Case, brief_points

_STORIES = """\
Rescue teams have reached the worst-hit villages, and readers in Britain describe their search for family members.

Readers have been telling us of their efforts to trace relatives since the earthquake struck the north of Tessaly on \
Monday. Here are some of their stories.
{n1}
My mother and my two brothers live in a village in the hills above the river. I have not been able to reach them since \
Monday morning. The roads are closed and nobody at the consulate can tell me anything.
{n2}
All seven of my cousins are safe, even though every house on their street collapsed. My uncle called me this morning \
from a neighbour's phone and said the whole family is sleeping in the school yard. I cried when I heard his voice.
{n3}
We are nurses at the field clinic near the stadium. We have been treating the injured since dawn, and more than two \
hundred people are waiting for operations. We need antibiotics and clean water more than anything.
{n4}
A friend and I have set up a website where families can post the names of people who are missing. More than 4,000 \
names have been added in three days, and every hour counts.
"""

NAMED = Case("readers_named", _STORIES.format(
    n1="\nPavel Dorin, Birmingham\n", n2="\nLucia Ferro, Leeds\n", n3="\nAnna and Marek Sova, Tessaly\n",
    n4="\nOmar Haddad, Manchester\n"), ("roundup",), ("telling us of their efforts",),
    title="Tessaly earthquake: Readers tell of search for relatives")
# The names lost, as the page's text reached the brief (the audited page had lost most of them).
UNNAMED = Case("readers_unnamed", _STORIES.format(n1="", n2="", n3="", n4=""), ("roundup",),
               ("telling us of their efforts",), title="Tessaly earthquake: Readers tell of search for relatives")

AID = Case("aid_diaries", """\
Aid workers in the flooded delta have been sharing their accounts with our website. Their diaries describe a week \
without power or clean water.

I reached the camp on Tuesday after a twelve-hour drive. The road was under water for the last ten miles, and we \
had to wade the final stretch with the medical boxes on our heads.

On Wednesday we set up a clinic in a school. I saw more than 300 patients in a day, most of them children with \
fever. My colleague ran out of rehydration salts by noon.

By Thursday the water had started to fall. We moved the clinic to the church, where the floor was dry, and I slept \
for the first time in three days.

On Friday I drove back to the city for supplies. The road was open again, but the bridges were cracked, and the \
lorries queued for hours to cross them.
""", ("feature",), ("sharing their accounts",))

RUMOUR = Case("rumour_hook", """\
2016 has been a year full of twists for the phone industry.

Kestrel and Orion spent most of the last five years fighting each other in courts around the world, before both \
companies agreed to drop their patent lawsuits in March.

Now the two rivals appear to be growing closer. Kestrel will supply a larger share of the memory chips for Orion's \
next phone and its new smartwatch, a report from Seoul says.

According to the report, Kestrel will make about 40 percent of the chips for the new phone, up from 25 percent last \
year. Industry sources suggest the deal could be worth more than $3 billion.

Orion has been trying to rely less on a single supplier since a shortage of screens delayed its last launch.

Neither company would comment on the report.

Who would have thought it?

Analysts say Chinese phone makers are pushing the two companies together, as both face cheaper rivals at home and \
abroad.
""", ("news",), ("will supply a larger share",), ("a year full of twists",))

# A rumour report closing on the outlet's comment prompt: the prompt takes no stance of the writer's (it read as opinion).
PROMPTED = Case("rumour_prompt", RUMOUR.text.replace(
    "Who would have thought it?", "What do you think of the deal? Let us know in the comments."), ("news",),
    ("will supply a larger share",))

# Near miss: a lede dated by its day is the news; the report it cites later is no delayed lede.
DATED = Case("dated_lede", """\
Shares in Kestrel rose 6 percent on Monday, their biggest one-day gain this year.

The company's chief executive, Mina Park, told investors that demand for memory chips was the strongest in a decade.

Kestrel will supply a larger share of the chips for Orion's next phone, a report from Seoul says.

The company declined to comment on the report.

Analysts expect its profit to double next year.
""", ("news",), ("Shares in Kestrel rose 6 percent",))

# Near miss: background, then news in the writer's own voice, then what sources add: the news leads, not the sources.
SOURCES_ADD = Case("sources_add", """\
Founded in 1952, Harlow Engineering has long built railway bridges across the north of the country.

The company has won a contract worth 400 million pounds to rebuild six bridges on the coastal line.

Industry sources say more orders could follow before the end of the year.

Work on the first bridge will start in the spring.
""", ("news",), ("has won a contract",))

UPDATED = Case("updated_rumour", """\
Update: The Daily Courier now says the footage broadcast by state television did not hide the minister's face. The \
broadcaster's spokesman said the clip had been shown in full on every channel. Our original story is below.

State television in Kalvia allegedly blurred the face of the visiting trade minister during a report on her meeting \
with the king, according to a report in the Daily Courier.

The minister, Karin Lund, reportedly did not cover her hair during the visit, which may have upset religious \
conservatives in the kingdom.

The report adds that viewers noticed a blurred shape where her face should have been in a clip aired on Tuesday \
evening.

Kalvia's embassy in Stockholm said the claim was false. "Nothing was blurred. The minister was shown as she was," a \
spokesman said.

With even a minister on an official visit apparently hidden from view, the row is certain to draw attention abroad.
""", ("news",), ("did not hide the minister's face",))

GENRE_CASES = (NAMED, UNNAMED, AID, RUMOUR, PROMPTED, DATED, SOURCES_ADD, UPDATED)
_TELLER = ("[Pavel Dorin:]", "[Lucia Ferro:]", "[Anna and Marek Sova:]", "[Omar Haddad:]", "[A reader:]")


@pytest.mark.slow
@pytest.mark.parametrize("case", GENRE_CASES, ids=[c.name for c in GENRE_CASES])
def test_genre_and_first_point(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points


@pytest.mark.slow
@pytest.mark.parametrize("case", (NAMED, UNNAMED), ids=("named", "unnamed"))
def test_readers_stories_carry_their_tellers(case: Case) -> None:
    _genre, points = brief_points(case)
    stories = points[1:]
    assert len(stories) >= 2, points  # the page collects stories: more than one is told
    # every story is shown with its teller, never as the article's own first person
    assert all(point.startswith(_TELLER) for point in stories), points
    # a story under a name line the attribution stage cannot read ("Anna and Marek Sova") is no earlier reader's
    assert not any(point.startswith("[Lucia Ferro:] We are nurses") for point in points), points
    if case is NAMED:  # a named reader's story is shown with the name, not as an anonymous reader's
        assert not any(point.startswith("[A reader:]") for point in points), points


@pytest.mark.slow
def test_the_outlets_note_is_no_readers_story() -> None:
    """The outlet's closing note ("We will update this page ...") is never told as a reader's story."""
    note = "We will be updating this page through the week as more accounts arrive from the region."
    two = UNNAMED.text.split("\nWe are nurses")[0]  # the framing and two stories: room for every paragraph after
    case = Case("outlet_note", two + "\n" + note + "\n", ("roundup",), (), title=UNNAMED.title)
    _genre, points = brief_points(case)
    assert not any("updating this page" in point for point in points), points


@pytest.mark.slow
def test_call_out_is_no_framing() -> None:
    """A call-out ("We asked readers ... to tell us") stays a set-up: the stories lead (reader audits 15-16)."""
    case = Case("call_out", _STORIES.replace(
        "Readers have been telling us of their efforts to trace relatives since", "We asked readers to tell us how "
        "they have been trying to reach relatives since").format(n1="", n2="", n3="", n4=""), ("roundup", "news",
                                                                                                 "feature"), ())
    _genre, points = brief_points(case)
    assert not points[0].startswith("We asked readers"), points


@pytest.mark.parametrize(("text", "expected"), [
    ("2016 has been a year full of twists for the phone industry.", True),
    ("This year has been one full of surprises for carmakers.", True),
    ("It has been a year of ups and downs for the airline.", True),
    # a year told by what it held is a fact, no hook
    ("2016 was a record year for the port, which handled 12 million containers.", False),
    ("The year has been full of strikes at the port, the union said.", False),
])
def test_year_hook(text: str, expected: bool) -> None:
    doc = annotate(Article(text=text, source=Source(date="2026-11-20")))
    assert is_hook(doc.sentences[0]) is expected


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="ingest drops each reader's name line ('Pavel Dorin, Birmingham') as page "
                   "furniture (a byline-like line) before sentences are split, so a plain-text page's stories reach the "
                   "key points without their name lines and are told as '[A reader:]'; needs the ingest stage to keep "
                   "name lines between first-person paragraphs under a readers' framing")
def test_a_plain_text_page_keeps_its_readers_names() -> None:
    from newsbrief.ingest.extract import extract
    from newsbrief.models import RawDocument
    from newsbrief.pipeline import ExtractiveEngine
    from newsbrief.settings import Settings

    text = f"{NAMED.title}\n{NAMED.text}"
    article = extract(RawDocument(content=text.encode(), content_type="text/plain"), Settings())
    brief = ExtractiveEngine(Settings()).brief(annotate(article))
    points = [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]
    assert any(point.startswith("[Pavel Dorin:]") for point in points), points
