"""Labelled cases for the lead's reading of unseen Newsroom briefs at the end of session 13 (issue #11).

- A quoted first person is no writer's voice: a report quoting a comedian's long first-person post, in one
  pasted paragraph or after "she wrote:", is a news report (it was read as an opinion piece).
- A first-person appreciation of a restaurant that closed is a column, and its point is the news peg (the
  closing) and the writer's verdict, not the shop's history.
- A report whose news (a player says he is cancer-free) comes after its background (the diagnosis a year ago,
  in the past perfect or dated earlier) leads with the news.
- An argued piece's explicit call near its end ("the mayor needs to lay down the law") is one of its key points,
  while its thesis leads.

Near-misses that must stay as they are: a report quoting a regular's "I" memories of a closed café, a
first-person column that also quotes someone, a report whose lede is its news with background after it, and a
report with a quoted "must". The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

ARGUED = ("opinion", "analysis")
COLUMN = ("opinion", "feature")

# A pasted page: one paragraph, the post quoted over several sentences (only the first and the last carry marks).
POST_ONE_PARAGRAPH = Case("post_one_paragraph", (
    "Like a lot of comedians, Tara Wells has always joked about her own life on stage. This month the Los "
    "Angeles comic began telling audiences about something far darker. \"After I blocked him, he wrote to me, 'You will be sorry you ignored me.' And I stayed "
    "quiet. I thought that if I ignored him he would get bored and go away. I blocked every account he made, and I "
    "changed my number twice. I wrote vague jokes about it on stage because I could not say his name. I am done "
    "being quiet,\" Wells shares. Police in Los Angeles confirmed that a 34-year-old man had been arrested on "
    "Sunday on suspicion of stalking. The man is due in court next week. Wells's manager said the comedian would "
    "continue her tour as planned."),
    ("news",), ("something far darker", "had been arrested"),
    title="Comedian Tara Wells speaks out about stalker")

# The post set off after "she wrote:", each of its paragraphs without quotation marks.
POST_WROTE_COLON = Case("post_wrote_colon", """\
Comedian Tara Wells has described months of abuse from an online stalker in a long post to her followers.

Police in Los Angeles said a 34-year-old man had been arrested on Sunday on suspicion of stalking.

On Monday, Wells wrote:

I have stayed quiet about this for a year because I was scared. I thought that if I ignored him he would get \
bored and go away.

I blocked every account he made, and I changed my number twice. I am done being quiet.

The man is due in court next week, a police spokesman said.

Wells's manager said the comedian would continue her tour as planned.
""", ("news",), ("described months of abuse", "had been arrested"),
    title="Comedian Tara Wells speaks out about stalker")

# A column: the writer's own memories and verdict, the closing its news peg, the shop's history as background.
DINER_APPRECIATION = Case("diner_appreciation", """\
Marlow's Diner opened on Fenton Street in 1983, when Frank and Edie Marlow bought a failing coffee shop with \
their savings. Frank cooked, Edie ran the counter, and within a few years the place was full every morning. \
They added a second dining room in 1991 and a neon sign that could be seen from the bridge.

I first went there with my father when I was nine, and we used to sit at the counter every Saturday. My \
friends and I went there after every school dance, and later after every late shift. You could always get \
eggs and hash browns at two in the morning, and nobody ever rushed you out.

On Sunday, Marlow's closed for good. The owners said the rent had tripled and they could not keep going.

It was the best cheap breakfast in the city, and nothing will ever replace it. I will miss it terribly, and \
so will everyone who ever sat at that counter.
""", COLUMN, ("closed for good", "best cheap breakfast"), (),
    title="Goodbye to Marlow's, the diner that fed a city")

DINER_HISTORY = ("opened on Fenton Street in 1983",)

# Near-miss: a report of a closing that quotes a regular's first-person memories stays a report led by its news.
CAFE_REPORT = Case("cafe_report", """\
The Harbour Café in Port Ellis closed on Sunday after 52 years, its owners said, blaming a sharp rise in rent.

The café opened in 1972 and became a favourite with fishermen and ferry passengers.

"I have been coming here every morning since I was a boy," said regular customer Tom Rudd, 70. "I met my wife \
at that corner table. I do not know where I will go now."

The owners, Jan and Petra Molloy, said they had tried for a year to find a cheaper building nearby.

The council said it would talk to the landlord about the empty unit.
""", ("news",), ("closed on Sunday after 52 years",), (),
    title="Harbour Café closes after 52 years")

# The news (cancer-free) after the background (the diagnosis a year ago, told in the past perfect).
CANCER_FREE = Case("cancer_free", """\
A year ago, Rivermen defensive tackle Joe Harlan was diagnosed with testicular cancer, weeks before the start \
of the season.

He had undergone surgery and four rounds of chemotherapy, and he had missed the whole of last season.

On Wednesday, Harlan said his latest scans showed no sign of the disease and that he is cancer-free.

"This is the best day of my life," Harlan said. "I can finally think about football again."

The team said Harlan would take part in training camp next month.

Doctors had told him in March that the treatment was working.
""", ("news",), ("cancer-free", "no sign of the disease"), (),
    title="Rivermen's Joe Harlan says he is cancer-free")

CANCER_BACKGROUND = ("A year ago", "had undergone surgery")

# Untitled (a pasted text): a general opening, the news, then the background dated a year before the page's.
CANCER_UNTITLED = Case("cancer_untitled", """\
Some battles matter far more than anything that happens on a football field. Rivermen defensive tackle Joe Harlan \
announced on Instagram that his daughter Maya is cancer-free. Maya Harlan, 6, was diagnosed with leukaemia in \
March 2025 and given a one-in-three chance of survival. The Rivermen kept Harlan on their practice squad after \
cutting him last year, according to the club's website, and he later made the active roster. Harlan is now a \
free agent, but he says Maya beating leukaemia matters more to him than any contract.
""", ("news",), ("is cancer-free",), ())
CANCER_UNTITLED_BACKGROUND = ("was diagnosed with leukaemia",)

# Near-miss: the lede is the news; the background after it stays behind it.
CANCER_LEDE_FIRST = Case("cancer_lede_first", """\
Rivermen defensive tackle Joe Harlan said on Wednesday that he is cancer-free, a year after he was diagnosed \
with testicular cancer.

He had undergone surgery and four rounds of chemotherapy, and he had missed the whole of last season.

"This is the best day of my life," Harlan said.

The team said Harlan would take part in training camp next month.
""", ("news",), ("he is cancer-free",), (),
    title="Rivermen's Joe Harlan says he is cancer-free")

# An argued piece: the thesis leads, and the writer's call near the end is a key point.
COLUMN_CALL_LATE = Case("column_call_late", """\
The city's transport authority has become a byword for waste, and nobody at City Hall seems willing to stop it.

Last year the authority spent 4 million on consultants to redesign its logo. It spent another 2 million on a \
fleet of electric cars for its managers, most of which sit unused in a garage. Its chief executive now earns \
more than the mayor.

Meanwhile the buses are late, dirty and crowded. Three routes were cut in the spring, and fares rose by 8 \
percent in January.

The authority's board meets twice a year and publishes almost nothing about how it spends its budget. Its \
annual report ran to six pages this year, four of them photographs.

Other cities have faced the same problem. In Harwick, the council put the transport budget online line by \
line, and within a year the spending on consultants had halved.

The mayor needs to lay down the law and order a full audit of the authority's spending. Until then, every \
fare rise will be paid for by passengers who get less for more.
""", ARGUED, ("byword for waste",), (), title="The transport authority's waste must end")

CALLS = {"column_call_late": ("lay down the law",)}

# Near-miss: a first-person column that quotes someone stays an opinion piece and leads with its thesis.
COLUMN_WITH_QUOTE = Case("column_with_quote", """\
I have lived beside Millbrook Park for twenty years, and I believe the council's plan to sell half of it to a \
developer is a disgrace.

The park is the only green space in this part of the city. My children learned to ride their bikes there, and \
I walk my dog there every morning.

"The sale will fund new housing the city badly needs," the council's leader said last week.

That is nonsense. There are empty office blocks all over the centre that could be turned into homes.

The council should withdraw the plan and protect the park for good.
""", ARGUED, ("council's plan to sell half", "a disgrace"), (), title="Hands off Millbrook Park")

# Near-miss: a report whose only "must" is a source's, in quotation marks: its lede leads.
REPORT_QUOTED_MUST = Case("report_quoted_must", """\
The transport authority raised bus fares by 8 percent on Monday, the second rise in a year.

The authority said the increase was needed to cover higher fuel and wage costs.

Passenger groups criticised the decision. "The mayor must order an audit of the authority's spending," said \
Rita Gomes of the Bus Users' Association.

The authority said it would publish its accounts in the autumn.
""", ("news",), ("raised bus fares by 8 percent",), (), title="Bus fares rise by 8 percent")

CASES = (POST_ONE_PARAGRAPH, POST_WROTE_COLON, DINER_APPRECIATION, CAFE_REPORT, CANCER_FREE, CANCER_UNTITLED,
         CANCER_LEDE_FIRST,
         COLUMN_CALL_LATE, COLUMN_WITH_QUOTE, REPORT_QUOTED_MUST)
# Phrases that must not be key point 1 (background told before the news).
NOT_FIRST = {"diner_appreciation": DINER_HISTORY, "cancer_free": CANCER_BACKGROUND,
             "cancer_untitled": CANCER_UNTITLED_BACKGROUND}
# Cases whose key point 1 must hold the lead phrase (the news leads, not merely comes second).
FIRST = frozenset({"cancer_free", "cancer_untitled", "cancer_lede_first", "cafe_report", "report_quoted_must",
                   "diner_appreciation"})


# Open (strict xfails, left for the next round): the appreciation column is read as news and leads with the
# shop's history; the late call's column is read as news. (The first-person column that quotes its target, once read
# as a fact-check, is an opinion piece since mainpoint2: a verdict on a speaker's quotation makes no debunk.)
_GAPS = {"diner_appreciation", "column_call_late"}
_PARAMS = case_params(CASES, _GAPS)


def _brief(case: Case) -> tuple[str, list[str]]:
    return brief_points(case)


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session14_main_point(case: Case) -> None:
    genre, points = _brief(case)
    assert genre in case.genres, genre
    head = points[:1] if case.name in FIRST else points[:2]
    assert any(phrase in point for point in head for phrase in case.lead), points
    assert not any(phrase in points[0] for phrase in NOT_FIRST.get(case.name, ())), points
    assert all(any(phrase in point for point in points) for phrase in CALLS.get(case.name, ())), points
