"""Who says what (Markdown, HTML) shows what a source said, not the sentence's own "X said:" frame again (session 22,
the lead's unseen XSum rows 104 and 110: "**Donna Jones**, Council leader — *says:* Council leader Donna Jones said:
"It's ...").

The speaker and role are printed before the item, so a frame that only repeats them is cut; a frame that adds
something (where, when, to whom, a second person, a word the header lacks) stays. All texts are invented.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsbrief.analyze.position_frames import without_frame
from newsbrief.models import Citation, Item, PositionInfo, RawDocument, Section
from newsbrief.pipeline import brief_raw
from newsbrief.render import render
from newsbrief.settings import Settings

CASES = [
    ('Harbour master Ellen Price said: "We will reopen the quay on Monday once the divers have finished."',
     "Ellen Price", "Harbour master", '"We will reopen the quay on Monday once the divers have finished."'),
    ('Coach Rui Barros told City Radio: "We were poor in the first half and we paid for it."',
     "Rui Barros", "Coach", '"We were poor in the first half and we paid for it."'),
    # Kept whole: the frame adds something the header does not (whom she answered, when).
    ('Replying to the mayor on Tuesday, Ellen Price said: "The quay is safe and always was."',
     "Ellen Price", None, 'Replying to the mayor on Tuesday, Ellen Price said: "The quay is safe and always was."'),
    # Kept whole: no quotation after the colon.
    ("Ellen Price said: the quay will reopen on Monday.", "Ellen Price", None,
     "Ellen Price said: the quay will reopen on Monday."),
    # Kept whole: the frame names someone else.
    ('Ellen Price and the mayor said: "The quay will reopen on Monday."', "Ellen Price", None,
     'Ellen Price and the mayor said: "The quay will reopen on Monday."'),
    # Kept whole: "spokesman" is not in the header "EA".
    ('An EA spokesman said: "The permit has been revoked after a review of the site."', "EA", None,
     'An EA spokesman said: "The permit has been revoked after a review of the site."'),
    # Kept whole: "said in a statement:" says more than the header.
    ('Ellen Price said in a statement: "The quay is safe and always was."', "Ellen Price", None,
     'Ellen Price said in a statement: "The quay is safe and always was."'),
]


@pytest.mark.parametrize(("text", "speaker", "role", "shown"), CASES)
def test_a_frame_that_repeats_the_header_is_cut(text: str, speaker: str, role: str | None, shown: str) -> None:
    assert without_frame(text, speaker, role) == shown


ARTICLE = """Divers finish quay inspection

Divers finished inspecting the old quay at Porthwen on Friday after a trawler struck it last week.

The trawler hit the quay's north wall in fog on Tuesday night, cracking two of its granite blocks.

Fishing boats have been landing their catch at Penmor, eight miles along the coast, since the accident.

Harbour master Ellen Price said: "We will reopen the quay on Monday once the divers have finished."
"""


def test_the_rendered_line_shows_the_words_said() -> None:
    brief = brief_raw(RawDocument(ARTICLE.encode(), content_type="text/plain"), Settings())
    sentence = next(s for s in brief.sentences if s.text.startswith("Harbour master"))
    item = Item(text=sentence.text, citations=(Citation(sentence_id=sentence.id, start=sentence.start,
                                                        end=sentence.end),),
                payload=PositionInfo(speaker="Ellen Price", role="Harbour master", voice="person", stance="asserts"))
    brief = replace(brief, sections=(Section(name="positions", items=(item,)),))
    line = next(x for x in render(brief, "markdown").splitlines() if x.startswith("- **Ellen Price**"))
    assert '*says:* "We will reopen the quay on Monday' in line
    html = render(brief, "html")
    entry = html[html.index("<li><strong>Ellen Price</strong>"):]
    entry = entry[: entry.index("</li>")]
    assert "&quot;We will reopen the quay on Monday" in entry and "Harbour master Ellen Price said" not in entry
    assert "Harbour master Ellen Price said" in render(brief, "json")  # the item keeps the sentence
