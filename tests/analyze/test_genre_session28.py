"""Genre of reports whose own sentences were misread as the writer's stance (session 28, issue #11).

- A court report quoting a victim whose opening quotation marks the tokenizer cut off their words
  ("... it was wrong. ' I thought it was normal. ..."): the victim's "I"s and questions read as the writer's and
  made the report an opinion piece (the lead's reading of a tokenized CNN/DM court report).
- A science report on a researcher's plan: the conditionals of a hope or a proposal ("is hoping the kites could
  ...", "have proposed a system which would ...") are the plan's, not the writer's reading (an analysis label).
- A wire analysis of a fallen leader's legacy on the day he fell, its verdicts given to scholars by role, with the
  lede framing "the debate over his legacy" (reader Audit 43 #3, read as news); a report of the fall quoting two
  professors on what comes next, with no legacy framed, stays news.
- A sardonic sketch of a charity broadcast, mocking its guests in ironic epithets ("a decidedly B-list line-up",
  "famous for being", "characteristically modest"; reader Audit 43 #6, read as news): a review; a report naming one
  "self-proclaimed" guru stays news.
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

LEGACY = (
    "Now that President Arvo Lind is finally leaving office, the debate over his legacy is growing louder. "
    "For nearly 25 years, one man ran Estoria. "
    "Lind, 79, survived two coup attempts and a long illness, and kept the country out of its neighbours' wars. "
    "He also jailed thousands of his opponents and left the economy in the hands of a few families. "
    "\"Estoria is a tired country,\" said Maria Holt, a professor of European politics at the University of Leeds. "
    "\"He bought stability, and the people paid for it with their freedom.\" "
    "Others credit him with keeping the peace. "
    "\"Without him the region would have burned,\" said Peter Quist, a historian at Uppsala University. "
    "Lind was a former army officer who became defence minister in 1979. "
    "He took power in 1988 after his predecessor was killed in a plane crash. "
    "His first act was to declare a state of emergency that is still in force. "
    "The economy grew slowly in his first decade and faster after 2000, but few Estorians shared in it. "
    "\"The gains went to the people around him,\" Holt said. "
    "In recent years Lind was rarely seen in public."
)

RESIGNATION = (
    "President Arvo Lind of Estoria resigned on Friday after three weeks of protests in the capital. "
    "The army said it would run the country until elections are held in the spring. "
    "Crowds celebrated in the main square late into the night. "
    "Lind, 79, did not appear in public and left the capital by helicopter in the afternoon. "
    "\"The army now holds all the cards,\" said Maria Holt, a professor of European politics at the University of "
    "Leeds. "
    "\"Everything depends on whether it keeps its promise,\" said Peter Quist, a professor at Uppsala University. "
    "The protests began after a rise in fuel prices in January. "
    "At least 40 people were killed in clashes with the police. "
    "The United States and the European Union welcomed the army's promise of elections. "
    "Banks and schools are due to reopen on Monday."
)

SKETCH = (
    "The floods have defeated the army, the water board and three government ministers, but last night help was "
    "finally at hand: the stars of breakfast television came to the rescue. "
    "Dan Pryce, who has built a career on being pleased to see people, opened the four-hour appeal show in "
    "characteristically modest fashion. "
    "\"We are going to fix this tonight,\" he said. "
    "The line-up was decidedly B-list next to the summer's concert for the hospital. "
    "Top of the bill was a boy band that last had a hit in 2009. "
    "Beyond that it was a parade of has-beens and wannabes from the reality shows. "
    "Lucy Marsh, famous for being the sister of a footballer, said answering the phones had been \"life-changing\". "
    "A self-proclaimed lifestyle guru breathlessly announced that a chain of gyms would give a pound for every new "
    "member. "
    "The show raised 400,000 pounds, roughly what the clean-up costs every morning. "
    "With firepower like that, it can only be a matter of time before the rivers go back to their banks."
)

GURU = (
    "A self-proclaimed lifestyle guru has been fined 20,000 pounds for selling fake flood insurance. "
    "Mark Dent, 44, sold policies to 300 families in the Severn valley after the floods last winter. "
    "None of the policies was valid, the court heard on Tuesday. "
    "Dent told families the cover was backed by a bank in Gibraltar. "
    "The bank said it had never heard of him. "
    "He was also ordered to repay the money within six months. "
    "Trading standards officers said more families may have been affected."
)


def _genre(text: str) -> str:
    doc = annotate(Article(text=text, source=Source(title=None)))
    return detect_genre(doc, build_context(doc))


@pytest.mark.parametrize(("text", "genre"), [(COURT, "news"), (KITES, "news"), (COLUMN, "opinion"), (LEGACY, "analysis"), (RESIGNATION, "news"),
                          (SKETCH, "review"), (GURU, "news")],
                         ids=["court-report-cut-quote-marks", "science-report-proposals", "column-spaced-quote",
                              "legacy-weighed-by-scholars", "resignation-report-two-professors",
                              "sardonic-broadcast-sketch", "report-one-epithet"])
def test_genre_of_reports_and_legacy_analyses(text: str, genre: str) -> None:
    assert _genre(text) == genre
