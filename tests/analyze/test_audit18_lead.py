"""Reader Audit 18 (docs/audit.md 19.3-19.4), cases written by the lead.

A closing "That story also proved to be fake!" after a sentence about another hoax was printed as
"[The] story also proved to be fake!", a verdict on the article's own story; the distal "that"/"those"
point at the thing just told, so they are not repaired (the item is withheld or shown with the
sentence it leans on). A comment form's notice ("Sorry we are not currently accepting comments on this
article.") was an article's Conclusion.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.openings import repair_opening
from newsbrief.ingest.furniture import furniture_kind
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

BEFORE = "The same site claimed last year that an actor had died in a skiing accident."


@pytest.mark.parametrize(("opening", "repaired"), [
    ("That story also proved to be fake!", None),
    ("Those claims were later withdrawn by the site.", None),
    ("These weapons were found in a lorry near the border.", "[The] weapons were found in a lorry near the border."),
    ("This plan would cut the deficit by half, the minister said.",
     "[The] plan would cut the deficit by half, the minister said."),
])
def test_a_distal_demonstrative_is_not_repaired(opening: str, repaired: str | None) -> None:
    doc = annotate(Article(text=f"{BEFORE} {opening}", source=Source(title="Test")))
    assert repair_opening(doc, doc.sentences[-1], ()) == repaired


@pytest.mark.parametrize(("line", "furniture"), [
    ("Sorry we are not currently accepting comments on this article.", True),
    ("Comments are closed for this story.", True),
    ("Commenting has been disabled on this article.", True),
    ("The council said it was not accepting comments on the plan after Friday.", False),
    ("Comments from residents are closed to the public until the inquiry reports.", False),
])
def test_a_comment_form_notice_is_furniture(line: str, furniture: bool) -> None:
    assert (furniture_kind(line) is not None) == furniture


HOAX = """Fans of the singer were shaken on Sunday by a report that he had been found dead at his home in the hills.

The report appeared on a website made to look like a national news channel, and spread quickly on social media.

But the singer is alive and well: he posted a photograph of himself at breakfast on Monday morning.

The same website claimed last year that a television actor had died in a skiing accident. That story also proved to be fake!

The singer's manager said the family had been upset by the calls they received.
"""


def test_a_verdict_on_another_hoax_is_not_the_main_point() -> None:
    from newsbrief.models import RawDocument
    from newsbrief.pipeline import brief_source
    from newsbrief.settings import Settings

    brief = brief_source(RawDocument(content=HOAX.encode(), filename="hoax.txt"), Settings())
    summary = brief.section("summary")
    points = [item.text for item in (summary.items if summary else ())]
    assert "alive and well" in points[0], points
    assert not any("story also proved" in p for p in points), points
