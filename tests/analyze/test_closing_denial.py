"""A denial between the bottom line and a flat last line (reader Audit 44 #6: "A preliminary hearing is scheduled to
begin on 4 January ..." was printed as the close of a report whose last lines are the doctor's denial and the cause
of death). The flat-last-line rule looked back past the accused's denial to a scheduled hearing; a denial is the
accused's answer, the bottom line of such a story, so the look-back stops at it. Articles written for these tests.

First score on the unchanged code: 2/4 failing (both denials passed over for the hearing or the review)."""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

LEAD = ("A television channel has postponed a documentary about the death of a famous tenor after his family "
        "complained. The family's lawyers wrote that the programme was in poor taste.\n\nThe film was due to be shown "
        "in twelve countries next month. Its trailer showed an ambulance outside the singer's villa.\n\n")

CASES = (
    # (name, closing paragraph, the words the conclusion must hold, the words it must not)
    ("denial_after_hearing", "A hearing is due to begin on 3 May to decide whether the tenor's nurse, Ada Price, "
     "will stand trial for manslaughter. Ms Price has repeatedly denied causing the singer's death. The tenor died "
     "in March 2025 of an overdose of sleeping pills at the age of 71.", ("denied causing",), ("A hearing is due",)),
    ("rejected_after_review", "The regulator will review the channel's decision next week. The channel rejected the "
     "family's claims in a statement on Friday. The tenor sold more than ten million records in his career.",
     ("rejected the family's claims",), ("will review",)),
    ("no_denial_keeps_bottom_line", "A hearing is due to begin on 3 May to decide whether the tenor's nurse, Ada "
     "Price, will stand trial for manslaughter. The tenor died in March 2025 of an overdose of sleeping pills at the "
     "age of 71.", ("A hearing is due",), ()),
    ("denial_last_stands", "A hearing is due to begin on 3 May to decide whether the tenor's nurse will stand "
     "trial. The nurse has denied any wrongdoing.", ("denied any wrongdoing",), ()),
)


@pytest.mark.parametrize(("name", "close", "holds", "lacks"), CASES, ids=[c[0] for c in CASES])
def test_the_close_is_not_looked_for_past_a_denial(name: str, close: str, holds: tuple[str, ...],
                                                    lacks: tuple[str, ...]) -> None:
    doc = annotate(Article(text=LEAD + close, source=Source(title="Tenor", date="2026-04-20")))
    text = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    for words in holds:
        assert words in text, (name, text)
    for words in lacks:
        assert words not in text, (name, text)
