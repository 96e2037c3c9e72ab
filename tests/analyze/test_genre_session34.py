"""Genre lines of session h34 (issue #11; genre_argues.INTERPRETIVE, genre_press.unprompted, genre_self.strings_stories,
genre_accounts.nut_graf). Articles written for these tests, run through ingest and annotation as `newsbrief brief` does.

- An updated blog report on a cut interview hedges a few of its facts ("probably", "perhaps why") and closes on
  "raises the question of press freedom": that names a topic, as "the issue of ..." does, and poses no question; the
  report is news (the shape of FNC-1 body 691, read as an analysis).
- A rumour report closing on one aside of the writer's ("Strange times we live in, no doubt.") is news (the shape of
  FNC-1 body 1513, read as an opinion piece); the same aside in its second paragraph still judges in the body.
- A blog page stringing stories, the second opening on its own byline and dateline ("By NAME, Senior Producer CITY
  (CNN)"), is a round-up (T17 EgyptianProtest_cnn 195, read as a feature); a story under its own byline is news.
- A hook-first feature split one sentence a line, its nut graf ("Now, instead of ..., the schools risk ...") the sixth
  sentence, is a feature (T17 H1N1_guardian 526, read as news); opened on a dated news lede it stays news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.ingest.read import read_source
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import load_settings

CUT_INTERVIEW = """\
Update: The broadcaster now says the interview was never cut. A spokeswoman for Radio Sol told the agency \
Prensa Norte that the full recording had aired twice on Tuesday.

Original story:

The governor of the northern province had expected a warm welcome at the station's studios on Monday. The \
station's managers, however, do not seem to have shared that view.

According to the newspaper El Diario, the station removed ten minutes of the interview in which the governor \
spoke about the mining permits. The paper said the cut came after a call from the provincial press office.

Within an hour, listeners had posted the missing minutes on several websites. Most of the posts were later \
deleted, probably at the request of the provincial government. One copy is still online. We have saved a \
transcript of it, just in case.

The governor also drew criticism from opposition deputies for his remarks on the permits. Two of them asked \
for a hearing in the provincial assembly.

Under the province's media law, broadcasters must keep a full recording of every political interview for a \
year. This is perhaps why the station kept the tape.

The station later aired a long report on the drought in the south. It also broadcast a statement from the \
mining company. The company said the permits were granted in 2021. Its mine near the border employs 900 \
people.

The reported cut once again raises the question of press freedom in the province. Three radio stations have \
closed there since 2019. Two reporters left the country last year. The province has no independent newspaper \
left.
"""

RUMOUR_KICKER = """\
Two carmakers that spent years suing each other over battery designs may soon be building cars together.

After Volta Motors and Kestrel Auto settled their last patent case in the spring, the two companies began \
sharing a supplier of charging parts.

A report in the trade magazine Auto Weekly says Kestrel will buy battery cells from Volta's factory in Leeds \
from next year. Industry sources told the magazine that the first order could be worth 400 million pounds.

Kestrel had planned to buy the cells from a Korean supplier, but the talks broke down over prices, according \
to the report. The company is now also said to be looking at Volta's motors for its next small van.

Neither company would comment on the report.

Analysts at the bank Norder said rising costs had pushed the two rivals to put their quarrels aside. Strange \
times we live in, no doubt.
"""

RUMOUR_ASIDE_IN_BODY = """\
Two carmakers that spent years suing each other over battery designs may soon be building cars together.

After Volta Motors and Kestrel Auto settled their last patent case in the spring, the two companies began \
sharing a supplier of charging parts. Strange times we live in, no doubt.

A report in the trade magazine Auto Weekly says Kestrel will buy battery cells from Volta's factory in Leeds \
from next year. Industry sources told the magazine that the first order could be worth 400 million pounds.

Kestrel had planned to buy the cells from a Korean supplier, but the talks broke down over prices, according \
to the report. The company is now also said to be looking at Volta's motors for its next small van.

Neither company would comment on the report.

Analysts at the bank Norder said rising costs had pushed the two rivals to put their quarrels aside.
"""

BLOG_DIGEST = """\
Reader Sam in Ohio's comment summed up the mood of many readers: I am tired of being told what to watch and \
what to skip.

Our readers also argued all week about the church bake sale that was moved to a hotel. The parish council said \
the hotel offered its hall for free. Several readers called the move a sensible one.

By Dana Marsh, Senior Producer Tulsa, Oklahoma (CNN) Two pastors shook hands on the steps of a small church on \
Sunday after a year of dispute.

The two congregations had shared the building since a fire in 2019. They will now share a pastor as well, the \
elders said.

Hundreds of people marched through the centre of Leicester on Saturday to protest against the closure of a \
mosque.

The march was organised by a residents' group that says the mosque was closed without notice. Police said the \
march passed off peacefully.

The Faith Blog covers the religious side of the day's biggest stories, from breaking news to politics and \
sport.
"""

ONE_STORY = """\
By Dana Marsh, Senior Producer Tulsa, Oklahoma (CNN) Two pastors shook hands on the steps of a small church on \
Sunday after a year of dispute.

The two congregations had shared the building since a fire in 2019. They will now share a pastor as well, the \
elders said.

The dispute began when one congregation asked to hold services at the same hour as the other. Members of both \
churches said they were relieved.

The elders said the shared pastor would start in March. A joint service is planned for Easter.
"""

HOOK_FIRST_LINES = """\
An empty hall in the old town of Segovia.

The drought has hit the region's farmers hard, but the town's dance schools have felt it too, as families cut \
spending.

"We have lost half our pupils since the spring," said Marta Gil, who runs the oldest school in the town.

"Some families cannot even pay for the shoes," she said.

In the years of plenty, the schools filled their halls every evening and their owners opened new rooms.

Now, instead of planning for growth, the schools risk closing for good.

On Tuesday, the regional government said it would pay part of the fees for children from farming families.

The money will not reach the schools before October, officials said.

The schools have tried other ways to survive.

Some have moved their classes to church halls, where the rent is lower.

Others teach in the open air in the evenings, when the heat breaks.

"Dancing under the stars is not so bad," said Luis Ortega, 11, one of Gil's pupils.

In the nearby town of Cuellar, a school has closed after forty years.
"""

# The same piece under a dated news lede instead of the scene-setting hook.
DATED_LEDE_LINES = ("Dance schools in the old town of Segovia closed on Monday for a week of protest against the cost "
                    "of rent.\n" + HOOK_FIRST_LINES.split("\n", 1)[1])


def _genre(text: str, tmp_path: Path) -> str:
    """The genre the real pipeline gives ``text`` read from a file (ingest, annotation, context)."""
    path = tmp_path / "article.txt"
    path.write_text(text)
    settings = load_settings()
    return build_context(annotate_raw(read_source(str(path), settings), settings)).genre


def test_a_report_raising_the_question_of_a_topic_is_news(tmp_path: Path) -> None:
    assert _genre(CUT_INTERVIEW, tmp_path) == "news"


def test_a_report_with_one_closing_aside_is_news(tmp_path: Path) -> None:
    assert _genre(RUMOUR_KICKER, tmp_path) == "news"


def test_the_same_aside_in_the_body_still_judges(tmp_path: Path) -> None:
    assert _genre(RUMOUR_ASIDE_IN_BODY, tmp_path) == "opinion"


@pytest.mark.parametrize(("text", "genre"), [(BLOG_DIGEST, "roundup"), (ONE_STORY, "news")])
def test_a_page_of_several_stories_is_a_roundup(text: str, genre: str, tmp_path: Path) -> None:
    assert _genre(text, tmp_path) == genre


@pytest.mark.parametrize(("text", "genre"), [(HOOK_FIRST_LINES, "feature"), (DATED_LEDE_LINES, "news")])
def test_a_nut_graf_in_the_sixth_single_sentence_paragraph(text: str, genre: str, tmp_path: Path) -> None:
    assert _genre(text, tmp_path) == genre
