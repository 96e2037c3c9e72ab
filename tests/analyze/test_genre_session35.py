"""Genre lines of session h35 (issue #11; genre_column.MIN_SOURCED_QUESTIONS, genre_press.digest). Articles written
for these tests, run through ingest and annotation as `newsbrief brief` does.

- An analysis under a question headline ("... a haven for smugglers?") that asks one question of its own ("But what
  comes next?") and lets a source answer it is an analysis, not questions and answers: a Q&A has the format, several
  question paragraphs each answered (Audit 52 #2, a CNN analysis read as a Q&A). The same piece with three answered
  question paragraphs is a Q&A.
- A daily digest of world news, its items under rubrics ("EUROPE: ...", "Peru: ...") each credited to an outlet in
  parentheses, is a round-up (T17 LibyaWar_cnn 276, read as a news report); a report crediting one agency is news.
- A travel feature that exclaims ("What a view it is from the top!") and tells the reader what "you" can do, mocking
  nobody, is a feature: genre_tone.raises_voice, which needs a jeer now, read its chatty voice as an opinion piece's.
  The mocking blog post of tests/analyze/test_genre_session33.py stays an opinion piece.
- Speed: a sentence's jeers, stance and loaded words are read once per text, not once per rule that asks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre_press import _jeering
from newsbrief.ingest.read import read_source
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import load_settings

QUESTION_HEADLINE = """\
Valdoria's border war: A haven for smugglers?

May 4, 2013 | By Anna Berg and Tom Reyes, Example News

The port of Kessa is not much to look at: a row of warehouses and a rusting crane on the edge of the northern desert.

But it sits on the only paved road between the mountains and the coast.

It has also gained a reputation as a crossroads for smugglers of fuel, cigarettes and weapons.

Customs records from 2010 list the port as the entry point for most of the seized goods in the region.

"Most traders carry what the patrols do not find," a customs report said.

Today, Kessa is held by the rebel council, and traders say the checkpoints on the coast road have gone.

But what comes next?

Interior Minister Dana Holt has warned that the smugglers will profit from the war, and has shown reporters crates \
of rifles he says were seized near the port.

"If nobody controls the road, the smugglers will control it," says Omar Lind, a former customs officer in Kessa.

Lind now works for the Harbour Institute in Geneva, a research group that studies trade routes.

Other officials in the region say the rebels have kept the port open to food convoys and have closed two of the \
depots.
"""

# The same subject in the format of questions and answers: three question paragraphs, each answered by a source.
QA_FORMAT = """\
Valdoria's border war: A haven for smugglers?

May 4, 2013 | By Anna Berg, Example News

Rebels took the port of Kessa last week, and traders say the checkpoints on the coast road have gone.

Who controls the port now?

"The rebel council holds the town, but not the desert road," said Omar Lind, a former customs officer in Kessa.

What is smuggled through it?

Fuel and cigarettes, mostly, according to customs records from 2010 seen by Example News.

What happens next?

"The council has promised to reopen the customs post within a month," said Mira Tal, a trade lawyer in Geneva.
"""

DIGEST = """\
World news brief

Fighting resumed in the capital of Valdoria overnight as a ceasefire between the army and tribal groups collapsed \
(Daily Post).

Government forces shelled a compound belonging to the family of a rival leader, and tribal fighters retook two \
buildings they had left under the truce (Evening Herald).

EUROPE: Ministers Agree Fishing Quotas Fisheries ministers agreed new quotas for the northern sea after two days \
of talks (Coast Times).

Norland: The central bank (Market Wire) raised its main interest rate for the third time this year.

AFRICA: Dam Talks Resume Kessania and Orumba resumed talks on the shared river dam (Lake Radio), a month after \
the last round broke down.

AMERICAS: Senate Confirms Judge The Senate confirmed the nomination of a judge to the high court (Capitol Daily) \
by a narrow vote.

Peru: Polls show a tighter presidential race (Andes Press) before the run-off next month.
"""

# A report crediting one agency in parentheses, its paragraphs opening without rubrics: news.
ONE_CREDIT = """\
Dam talks resume between Kessania and Orumba

Kessania and Orumba resumed talks on the shared river dam on Monday (Lake Radio), a month after the last round \
broke down.

The two governments have argued for three years over how much water the dam may hold back in the dry season.

Officials said the talks would run until Friday, and that engineers from both sides would visit the dam.

Farmers downstream say the river fell to its lowest level in a decade last summer.
"""

TRAVEL_FEATURE = """\
Five days on the lake trail

The trail starts behind the ferry pier at Vessby, where the hire shop opens at eight and the coffee is strong.

From there the path climbs through birch woods to the ridge above the lake, a walk of about three hours.

What a view it is from the top! The whole lake lies below, with its forty islands and the old lighthouse at the far end.

You can stop for the night at the cabin on the ridge, which sleeps twelve and costs 20 euros a bed.

Bring your own sleeping bag, because the blankets are thin and the nights are cold even in July.

On the second day the trail drops to the shore and follows it to the fishing village of Hamra.

The smokehouse there sells trout straight from the ovens, and the owner, Lena Dahl, has run it for thirty years.

"Most walkers come back the next summer," she says. "The lake gets into them."

"The islands are quieter than they were," says Ola Berg, who skippers the island boat. "There are fewer cabins."

If you have time, take the boat to the islands on the fourth day and walk back along the southern shore.

The hire shop in Vessby rents boots and poles, and the ferry runs twice a day until the end of September.
"""


def _genre(text: str, tmp_path: Path) -> str:
    """The genre the real pipeline gives ``text`` read from a file (ingest, annotation, context)."""
    path = tmp_path / "article.txt"
    path.write_text(text)
    settings = load_settings()
    return build_context(annotate_raw(read_source(str(path), settings), settings)).genre


@pytest.mark.parametrize(("text", "genre"), [(QUESTION_HEADLINE, "analysis"), (QA_FORMAT, "qa")])
def test_one_answered_question_under_a_question_headline_is_no_qa(text: str, genre: str, tmp_path: Path) -> None:
    assert _genre(text, tmp_path) == genre


@pytest.mark.parametrize(("text", "genre"), [(DIGEST, "roundup"), (ONE_CREDIT, "news")])
def test_a_digest_of_credited_items_under_rubrics_is_a_roundup(text: str, genre: str, tmp_path: Path) -> None:
    assert _genre(text, tmp_path) == genre


def test_a_travel_feature_exclaiming_to_you_is_no_opinion_piece(tmp_path: Path) -> None:
    assert _genre(TRAVEL_FEATURE, tmp_path) == "feature"


def test_the_writers_jeers_are_read_once_per_sentence(tmp_path: Path) -> None:
    _jeering.cache_clear()
    assert _genre(TRAVEL_FEATURE, tmp_path) == "feature"
    # snark_count read every sentence of the writer's; raises_voice asked again about its own sentences
    assert _jeering.cache_info().hits >= 5
