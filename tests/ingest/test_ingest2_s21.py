"""Round 2 of session 21's ingest work, as labelled cases (reader Audit 34, docs/audit.md section 35).

Every page and line here is written for these tests (new wording and names; the shapes are the audit's):

- a mid-article "Continue reading the main story" / "Story continues below" line and the related-coverage box
  after it ended the article, and most of the body never reached the brief: a box in the middle of a page is
  dropped as lines, and the article goes on after it;
- a blog's media embed notice ("you need JavaScript enabled and Flash installed", "Visit ... for full
  instructions", "If you're reading via RSS ...") and a sentence that only points the reader at the page's
  video or gif read as prose;
- a wire story's highlights box opened with its "NEW:" tag and ran its highlights together into one sentence;
- a tabloid's run of picture captions ("Label: text Label: text ...") glued onto the first body sentence.
"""

from __future__ import annotations

from newsbrief.ingest.furniture import drop_furniture
from newsbrief.ingest.repair import without_inline_furniture

# ------------------------------------------------------------------ a box in the middle of the page

BEFORE = [
    "A rebel group said on Monday that an air strike on a village near Harran had killed a Danish engineer it "
    "was holding, Lars Holm.",
    "The group's statement, posted on a messaging channel, gave no evidence for the claim.",
    "“The bombs of the coalition killed the Danish prisoner,” the statement said.",
]
AFTER = [
    "Officials in Copenhagen said they could not confirm the claim but were treating it seriously.",
    "“We are in contact with the family of Mr. Holm,” said Mette Rask, a spokeswoman for the foreign ministry.",
    "Mr. Holm, 31, was seized in 2016 while repairing a water plant near Harran for a charity.",
    "His family said in a statement that he had spent his working life building wells and pumps in poor "
    "villages.",
    "The coalition said its strikes near Harran had hit a weapons store and a training camp.",
]


def test_continue_reading_and_a_related_box_do_not_end_the_article() -> None:
    kept = drop_furniture([*BEFORE, "Continue reading the main story", "RELATED COVERAGE", *AFTER])
    assert kept == [*BEFORE, *AFTER]


def test_story_continues_below_and_an_advert_are_dropped_as_lines() -> None:
    kept = drop_furniture([*BEFORE, "Story continues below", "Advertisement", *AFTER[:3],
                           "Continue reading below", *AFTER[3:]])
    assert kept == [*BEFORE, *AFTER]


def test_a_related_heading_before_more_of_the_same_story_keeps_it() -> None:
    kept = drop_furniture([*BEFORE, "Related", *AFTER, "Continue reading the main story"])
    assert kept == [*BEFORE, *AFTER]


# ------------------------------------------------------------------ embed notices and media pointers

def test_a_players_embed_notice_is_dropped() -> None:
    for line in ("To watch this clip you need to have both JavaScript enabled and Flash installed.",
                 "Go to the Example Help pages for full instructions.",
                 "If you are reading this through RSS, you will need to visit the blog to see this content.",
                 "Your browser does not support the video tag."):
        assert without_inline_furniture(line) == "", line


def test_a_sentence_that_only_points_at_the_video_is_dropped() -> None:
    text = ("A seagull snatched the mayor's sandwich during a harbour ceremony in Brest on Sunday. You can see the "
            "bird swoop at 0:07 in the video above or watch it again and again in the gif below.")
    assert without_inline_furniture(text) == ("A seagull snatched the mayor's sandwich during a harbour ceremony in "
                                              "Brest on Sunday.")


def test_a_sentence_about_a_video_that_reports_stays() -> None:
    for text in ("Police said the video above was filmed by a neighbour on Tuesday night.",
                 "The council released a video of the ceremony on Monday, and it has been shared widely."):
        assert without_inline_furniture(text) == text


# ------------------------------------------------------------------ a highlights box with its tag

def test_a_long_tagged_highlights_box_is_dropped() -> None:
    box = ("NEW: The prime minister will not rule out sending troops to the border Government fighters pull back "
           "from the river crossing Aid groups warn of food shortages in the northern camps near Vasko "
           "Officials say two bridges were shelled overnight")
    assert without_inline_furniture(box) == ""


def test_a_short_tagged_box_is_split_into_its_highlights() -> None:
    box = "BREAKING: Rescue teams reach the flooded valley Two villages are still cut off"
    assert without_inline_furniture(box).split("\n") == ["Rescue teams reach the flooded valley",
                                                         "Two villages are still cut off"]


def test_an_update_tag_before_a_sentence_is_dropped() -> None:
    assert without_inline_furniture("UPDATE: The airport reopened at noon, a spokesman said.") == (
        "The airport reopened at noon, a spokesman said.")


def test_a_sentence_that_starts_with_new_stays() -> None:
    text = "New rules on drones come into force on Monday, the agency said."
    assert without_inline_furniture(text) == text


# ------------------------------------------------------------------ a run of tabloid captions

def test_a_run_of_labelled_captions_glued_to_a_sentence_goes() -> None:
    text = ("Blaze: Firefighters tackle flames at a timber yard in north Leeds Up in smoke: Thick black clouds "
            "rose over the ring road for hours Ruined: Two sheds and a forklift were destroyed in the fire "
            "The yard's owner said the fire began in a skip shortly after midnight, the Evening Post reported. "
            "Nobody was hurt.")
    assert without_inline_furniture(text) == ("The yard's owner said the fire began in a skip shortly after "
                                              "midnight, the Evening Post reported. Nobody was hurt.")


def test_one_label_with_a_colon_in_a_sentence_stays() -> None:
    text = ("Warning: Forecasters say the storm will reach the coast on Friday. Schools in three counties will "
            "close early.")
    assert without_inline_furniture(text) == text
