"""Genre lines of session h35 (issue #11; genre_column.MIN_SOURCED_QUESTIONS). Articles written
for these tests, run through ingest and annotation as `newsbrief brief` does.

- An analysis under a question headline ("... a haven for smugglers?") that asks one question of its own ("But what
  comes next?") and lets a source answer it is an analysis, not questions and answers: a Q&A has the format, several
  question paragraphs each answered (Audit 52 #2, a CNN analysis read as a Q&A). The same piece with three answered
  question paragraphs is a Q&A.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.analyze.context import build_context
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

def _genre(text: str, tmp_path: Path) -> str:
    """The genre the real pipeline gives ``text`` read from a file (ingest, annotation, context)."""
    path = tmp_path / "article.txt"
    path.write_text(text)
    settings = load_settings()
    return build_context(annotate_raw(read_source(str(path), settings), settings)).genre


@pytest.mark.parametrize(("text", "genre"), [(QUESTION_HEADLINE, "analysis"), (QA_FORMAT, "qa")])
def test_one_answered_question_under_a_question_headline_is_no_qa(text: str, genre: str, tmp_path: Path) -> None:
    assert _genre(text, tmp_path) == genre
