"""Genre of reports whose own sentences were misread as the writer's stance (session 28, issue #11).

- A court report quoting a victim whose opening quotation marks the tokenizer cut off their words
  ("... it was wrong. ' I thought it was normal. ..."): the victim's "I"s and questions read as the writer's and
  made the report an opinion piece (the lead's reading of a tokenized CNN/DM court report).
- A science report on a researcher's plan: the conditionals of a hope or a proposal ("is hoping the kites could
  ...", "have proposed a system which would ...") are the plan's, not the writer's reading (an analysis label).
Articles written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre import detect_genre
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

COURT = (
    "A man who was abused by his football coach for years has told a court of the damage it did to his life. "
    "For years he kept what the coach did to him a secret, but when he heard the coach had been arrested he knew "
    "he had to speak. The retired builder has pleaded guilty to nine offences, including indecent assault of a "
    "child. One of his victims told Leeds Crown Court on Tuesday that he still cannot sleep at night. "
    "The victim, who cannot be named, said he had not known that what happened to him was wrong. ' "
    "I thought it was normal. Why would an adult lie to me? Who would I even tell? 'he said.' "
    "I trusted him completely. ' The coach sat with his head bowed in the dock. "
    "The victim said he had told nobody for fifteen years. Since then, however, he has been afraid that his "
    "children will find out. ' I don't want them to know what happened to me. I don't want people staring at me. "
    "The sentencing hearing continues on Friday."
)

# Near miss: a closing mark after a space, followed by the reporter's third person, leaves the reporter's
# sentences alone, and a column's own first person still argues.
COLUMN = (
    "I have watched this council waste our money for a decade, and I am tired of it. The new car park should never "
    "have been built. It is empty most days, and I walk past it every morning. The leader told us 'it will pay for "
    "itself within five years. ' Nobody believes that now. I think the council must publish the real figures. "
    "We deserve to know what it costs us. I would close it tomorrow and sell the land. The money should go to the "
    "libraries the council shut last year. I am not alone in thinking so."
)

KITES = (
    "Kites are best known as toys for a windy beach, and the odd summer festival. "
    "But one Welsh engineer is hoping they could, in fact, be the answer to powering remote villages. "
    "However, she has not ruled out that the same design could also be used at sea. "
    "Dr Sian Morgan, of Bangor University, is building a kite which turns the pull of the wind into electricity. "
    "The kites are tethered to a winch on the ground, and each pull on the line turns a generator. "
    "They fly at 500 metres, where the winds are stronger and steadier. "
    "Initial trials in Snowdonia were successful, and the team is now moving to a larger site. "
    "Similar: a system proposed in Denmark would use balloons instead of kites. "
    "The balloon system, suggested by a team in Oslo, would lift a turbine to 300 metres. "
    "If it works, it could mean cheaper power for island homes. "
    "The university has been given two million pounds for the next stage. "
    "The first kites are due to fly over a village in Powys next spring. "
    "A local farmer has offered a field for the tests. "
    "The first results are expected in the autumn."
)


def _genre(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title=None)))
    return detect_genre(doc, build_context(doc))


@pytest.mark.parametrize(("text", "genre"), [(COURT, "news"), (KITES, "news"), (COLUMN, "opinion")],
                         ids=["court-report-cut-quote-marks", "science-report-proposals", "column-spaced-quote"])
def test_reports_quoting_hopes_and_victims_stay_news(text: str, genre: str) -> None:
    assert _genre(text) == genre
