"""Sentences run together with no full stop, and tabloid captions glued that way (reader Audit 44 #2; the lead's
reading of CNN/DM rows 96 and 97, session 28). Labelled cases written for these tests in the style of such pages:
seams that must split, near misses (names and titles after a lower-case word, quotations split over lines) that must
not, and glued captions that repeat the body (dropped) beside body sentences that lost their stop (kept, split).

First score on the unchanged code: 9/22 cases failing (the six seams, both glued captions and the parse through
the repair; the near misses passed, as nothing was split). After: 21/22 pass, the caption that adds its own details a
strict xfail."""

from __future__ import annotations

import pytest

from newsbrief.ingest.glued_sentences import split_glued_sentences
from newsbrief.ingest.repair import without_inline_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate

SPLITS = (
    # (name, paragraph, the words the first piece ends on, the words the next piece opens with)
    ("day_then_the", "Ana Ruiz ran 10 kilometres for the county side against Elmford on Sunday The 24-year-old has "
     "not raced since last spring after a hip operation.", "on Sunday", "The 24-year-old has"),
    ("number_then_the", "The agency had been fined more than $3 million in the last 12 years The board has until 9 "
     "March to publish its report on the flood.", "last 12 years", "The board has until"),
    ("noun_then_the_name", "The striker was substituted after twenty minutes with a hamstring strain The Wales "
     "Under-19 captain played on for the reserves last week.", "hamstring strain", "The Wales Under-19"),
    ("pronoun", "The bakery owner opened the shop for the first time in a decade She said the street had changed "
     "beyond all recognition.", "in a decade", "She said the street"),
    ("participle", "The driver told the hearing he had waited for them at the corner Giving her verdict on the crash, "
     "the coroner said the road had been unlit.", "at the corner", "Giving her verdict"),
    ("surname_verb", "Tom Vale scored twice for the reserves on Friday. Tom Vale played an hour for the reserves "
     "against Dunmore on Friday The 20-year-old winger missed the autumn with a broken wrist after a heavy fall in "
     "training Vale returned to the squad for the derby in March.", "fall in training", "Vale returned"),
)

NEAR_MISSES = (
    # (name, paragraph): no seam; the paragraph comes back as it was
    ("name_after_called", "He fell at the end of the old northern pier, a stretch of shore also called The Narrows "
     "by the fishermen who work there."),
    ("title_after_in", "The minister wrote in The Herald Tribune that the plan had been approved by the cabinet."),
    ("band_name", "The singer joined the band The Lanterns played their first show in the town hall."),
    ("role_before_surname", "The club said on Monday that the injury was not serious and Rovers boss Kemp said the "
     "striker would play."),
    ("quotation_over_lines", "The coach said: 'We were so tired by the end of the night I could not stand up and "
     "nobody could blame us for that.'"),
    ("quotation_relative", "'It was the last thing I wanted to do for my brother and I will never forget it,' she "
     "said."),
    ("day_goes_on", "The winning couple will be announced on the show next Monday and will marry at the chapel "
     "in the spring."),
    ("name_in_ing", "The judge fined the club and the owner who had disciplined Sterling for the incident at the "
     "ground last year."),
    ("reduced_relative", "The country is still reeling from the spending cuts Ruiz has imposed over the last year, "
     "and Ruiz has promised more."),
    ("clause_without_that", "Friends who want him to run again said Ruiz is weighing the question, and Ruiz has not "
     "ruled it out."),
    ("subordinator", "The deal collapsed once Barcelona had decided to let the player leave for the summer."),
)

CAPTIONS = (
    # (name, paragraph, dropped, kept): a glued piece that repeats the body goes; one that says something new stays
    ("caption_repeats_two_sentences", "Ana Ruiz says she is feeling stronger every week as she prepares to race "
     "again. The 24-year-old runner has not raced since last spring after a hip operation. Ana Ruiz ran 10 "
     "kilometres for the county side on Sunday The 24-year-old has not raced since last spring after her hip "
     "operation The county runner ran for the club's second team as they finished third at Elmford on Sunday.",
     "The 24-year-old has not raced since last spring after her hip operation",
     "The county runner ran for the club's second team"),
    pytest.param("caption_found_dead", "A young baker fell down a 40ft cliff to his death after a night out. Mr Holt ran off into "
     "the dark and fell down the cliff at the end of the disused west pier. His sister said he loved the sea. Luke "
     "Holt, 25, was found dead at the end of the disused west pier, at the foot of the cliff The trainee baker had "
     "been out with friends in the town before he went missing.",
     "was found dead at the end of the disused west pier", "The trainee baker had been out",
     marks=pytest.mark.xfail(strict=True, reason="the caption shares 6 of its 11 content words with the body (0.55 < "
                             "CAPTION_SHARE 0.6): a caption that adds its own details is kept, split; lowering the "
                             "share dropped body sentences of the CNN/DM rows (row 82's theft a week before a visit)")),
    ("body_lost_its_stop", "A campaigner said the firms had poor safety records. However, Ruth Kane of the Coast "
     "Trust noted that the operator had been fined more than $2m in the last ten years The panel has until 9 March "
     "to produce its account of the causes of the spill.", "", "had been fined more than $2m in the last ten years"),
    ("lead_never_dropped", "A young baker fell down a cliff to his death after a night out The young baker fell "
     "down a cliff to his death, the inquest heard, after a night out with his friends.",
     "", "A young baker fell down a cliff to his death after a night out"),
)


@pytest.mark.parametrize(("name", "paragraph", "ends", "opens"), SPLITS, ids=[c[0] for c in SPLITS])
def test_a_seam_breaks_the_line(name: str, paragraph: str, ends: str, opens: str) -> None:
    out = split_glued_sentences(paragraph)
    assert f"{ends}\n{opens}" in out, (name, out)


@pytest.mark.parametrize(("name", "paragraph"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_no_seam_inside_names_titles_and_quotations(name: str, paragraph: str) -> None:
    assert split_glued_sentences(paragraph) == paragraph, name


@pytest.mark.parametrize(("name", "paragraph", "dropped", "kept"), CAPTIONS, ids=[str(getattr(c, "values", c)[0])
                                                                          for c in CAPTIONS])
def test_glued_captions_that_repeat_the_body_go(name: str, paragraph: str, dropped: str, kept: str) -> None:
    out = split_glued_sentences(paragraph)
    assert kept in out, (name, out)
    assert not dropped or dropped not in out, (name, out)


def test_the_parser_ends_the_sentence_at_the_seam() -> None:
    """Through the ingest repair and the parser: the campaigner's sentence and the panel's deadline are two
    sentences, so the deadline is no longer read as her words (Audit 44 #2)."""
    paragraph = without_inline_furniture(str(CAPTIONS[2][1]))
    doc = annotate(Article(text=paragraph, source=Source(title="Spill panel", date="2026-03-02")))
    texts = [s.text for s in doc.sentences]
    assert any(t.endswith("in the last ten years") for t in texts), texts
    assert any(t.startswith("The panel has until 9 March") for t in texts), texts
