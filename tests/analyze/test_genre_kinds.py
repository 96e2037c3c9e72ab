"""Genre session h36 (issue #11; reader Audit 53, every brief "News report"): analyses and features by their shape.

- A correspondent's analysis told in the writer's own voice, in the present tense and with modals, dating no event and
  making evaluative claims from its opening to its close, is an analysis (genre_kinds.argues_through).
- So is one quoting officials in most of its paragraphs when it draws its thesis in so many words ("The lesson of the
  dam is that ...": Audit 53 #5).
- A feature opening on a person, the reporter on the scene in several sentences and the story told in the past is a
  feature (genre_kinds.tells_story).
A near miss that must stay news: a report on the same dispute whose lede gives its source and day and which quotes
officials through its paragraphs. Without genre_kinds the analysis and the feature read as news. All texts are
invented.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_ANALYSIS = """For years the regional council was mocked as a club of neighbours who met, dined and agreed on nothing.

Its statements were long, and its budget was small.

The quarrel over the Valdor river dam has changed that picture.

The council now runs the only channel through which Norland and Kestria still talk to each other.

Its secretariat drafts the papers, and its engineers read the river gauges for both sides.

The upstream state holds the stronger hand. Its engineers control the sluices, and the reservoir behind the dam fills every week.

The downstream state has fewer levers. Its farmers depend on the spring flood, and its economy is too small to absorb a failed harvest.

Kestria is understandably nervous about the summer.

"We are counting the days until the flood," says Ilse Varga, Kestria's deputy foreign minister.

"Every week without water is a week lost for our farmers."

Many Kestrians want the council to suspend Norland's membership.

The dilemma for the council is that such a step ends its own role in the dispute.

The members simply want to keep both delegations in the same building.

The council's plan shares the flow by season and sets up a joint commission to watch the gauges.

Such a commission could give both governments a way to climb down without saying so.

Norland's leaders face a nationalist opposition that calls any compromise a surrender.

"Our water is not for sale," says Lena Kraus, who leads the Nationalist Union.

Kestria's government faces elections in the autumn.

There is no visible way for either capital to sell a deal at home this year.

A development bank that lends to both states holds a lever of its own.

It stays out of a quarrel between two of its clients for now.

A hot summer raises the pressure on Kestria's farmers quickly.

The dispute then moves from the conference room to the streets.

A settlement remains a distant prospect.
"""

# An analysis quoting its officials in most of its paragraphs (a third of its sentences the writer's) that draws a
# lesson of its own.
_QUOTING_ANALYSIS = """Few people outside the two capitals had heard of the Valdor river council until this spring.

The quarrel over the new dam has made its small office the busiest room in the region.

"We did not ask for this dam, and we will not accept it," says Ilse Varga, Kestria's deputy foreign minister.

"The council has to act before the summer, or it will have failed."

"Our engineers have shown the figures to everyone," says Paul Ansel, Norland's water minister.

"The reservoir takes a fraction of the flow, and the rest reaches Kestria as it always has."

The larger lesson of the dispute is for the council and not for either government.

Its members built it for meetings, and it now carries a quarrel over water.

"If the council wants a role, it has one," says Tomas Reed, its secretary-general.

"We have the engineers, the gauges and the patience, and we use all three."

"We are open to a commission, but not to a veto," Mr Ansel says.

"Kestria's farmers deserve the truth about the river, not slogans."

Such a commission could give both governments a way to climb down without saying so.

"Every week without water is a week lost," says Ms Varga.

"Our farmers plant in the spring, and the spring is now."

Kestria's government faces elections in the autumn and cannot look weak.

"Our water is not for sale," says Lena Kraus, who leads Norland's Nationalist Union.

"The government talks too much to Kestria and too little to its own voters."

There is no visible way for either capital to sell a deal at home this year.

"The council offers what we have always offered: time," Mr Reed says.

"Time is the one thing the farmers do not have," says Ms Varga.

A settlement remains a distant prospect.
"""

_FEATURE = """Mara Holt had a plan: finish her nursing degree, go home to the valley and open the clinic her village never had.

She came to the city four years ago with one suitcase and a scholarship from the provincial fund.

For three years the money arrived every term, and she sent part of it home to her mother.

Then the fund ran dry, and the letters from the college grew colder.

She took a night job at a bakery to pay the rent.

She slept four hours a night and still passed every exam.

Her classmates left one by one, some for factory work, some for home.

She stayed because the clinic was still a promise she meant to keep.

Her mother called every Sunday and never asked about money.

Mara never told her about the bakery.

We met her in the hostel kitchen, where she was boiling rice for six.

She laughed when I asked how long she had lived there.

"Too long," she told me, stirring the pot.

We walked with her to the bakery after dark, past shuttered shops and a bus stop where students waited in silence.

The owner, a stout man with flour on his sleeves, greeted her with a nod.

She tied on an apron and started shaping loaves before anyone spoke.

At dawn she walked back to the hostel, slept for two hours and went to her first lecture.

The college later found a small grant to cover her final term.

It arrived two weeks before her exams, and she cried when she opened the letter.

She graduated in the summer with the highest marks in her year.

The clinic opened in the village last spring, in a room above the post office.

When we visited, a queue of women and children reached the stairs.

"This is what the bakery was for," she told me.
"""

_REPORT = """The governments of Norland and Kestria said on Tuesday that talks on sharing the Valdor river would resume next month, after a break of five weeks.

A joint statement issued in Lenberg on Tuesday said both delegations had agreed to meet at the regional council's headquarters on 4 June.

"We are ready to discuss every proposal on the table," Norland's water minister, Paul Ansel, told reporters.

Kestria's foreign ministry said its delegation would be led by the deputy minister, Ilse Varga.

"Our farmers cannot wait another season," Ms Varga said in a radio interview on Wednesday.

The talks broke down in April when Norland began filling the reservoir behind the new dam.

Kestria accused its neighbour of breaking a 1998 agreement on the river's flow.

Norland denied the charge and said the reservoir would be full by the end of the summer.

The regional council's secretary-general, Tomas Reed, welcomed the announcement on Wednesday.

"This is a first step, and we will support both sides," he said.

The council has proposed sharing the flow by season, according to a draft seen by reporters.

"The draft is a good basis," a Kestrian official said, speaking on condition of anonymity.

Norland's opposition criticised the decision to return to the table.

"The government is giving away our water," said Lena Kraus, who leads the Nationalist Union.

Farmers' groups in Kestria said they would hold a rally in the capital on Saturday.

"We will be there in our thousands," said Jan Olver, head of the Kestrian Farmers' Union.

Police said they expected about 5,000 people at the rally.

The development bank that lends to both countries said on Wednesday it would not comment on the talks.

A bank spokeswoman said its loans to both states were unaffected.

The river supplies water to about four million people in the two countries.

Its spring flood irrigates most of Kestria's wheat fields, according to the farm ministry.

The talks are expected to last three days, officials said.
"""


def test_a_correspondents_undated_argued_analysis_is_an_analysis() -> None:
    assert _genre(_ANALYSIS) == "analysis"


def test_an_analysis_drawing_its_lesson_may_quote_more() -> None:
    assert _genre(_QUOTING_ANALYSIS) == "analysis"


def test_without_its_lesson_the_quoting_piece_stays_news() -> None:
    text = _QUOTING_ANALYSIS.replace("The larger lesson of the dispute is for", "The larger burden of the dispute falls on")
    assert _genre(text) == "news"


def test_a_person_led_feature_with_the_reporter_on_the_scene_is_a_feature() -> None:
    assert _genre(_FEATURE) == "feature"


def test_a_dated_report_quoting_officials_on_the_same_dispute_stays_news() -> None:
    assert _genre(_REPORT) == "news"
