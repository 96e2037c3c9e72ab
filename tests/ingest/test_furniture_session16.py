"""Page furniture the lead found in unseen Newsroom briefs (session 15), as labelled cases (session 16).

Written for these tests (the shapes are the lead's finds, never the pages' words):

* a sponsor line and the advertisement after it ("The Home Office Series is supported by Meetly. Bring your
  team together ...") became an advice piece's first key points; near-misses: a study "supported by" a funder
  and an event "sponsored by" a firm in a news report are content;
* the author's bio line at the foot ("Dana Holt writes the Dana Holt Column, which covers city hall.") was the
  Conclusion because the body names the column; near-miss: a closing line about the story's subject;
* a review's label ("Dance Review") or print note ("A version of this review appears in print ...") is cut
  as furniture before the genre is read: ingest now carries it as ``Article.genre_note``;
* a venue's address and telephone line closing a review (fixed in session 15; kept here as a guard).
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.context import build_context
from newsbrief.analyze.genre import detect_genre
from newsbrief.ingest.extract import extract
from newsbrief.models import Article, RawDocument, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings

TIPS = ("If you have decided to stop working from the kitchen table, a shared office may be the answer, and "
        "there are a few things to check before you sign. Visit at the busiest hour of the day, not the quietest. "
        "Ask who else works there and whether the members talk to each other. Read the contract for notice "
        "periods, because some spaces hold you to a year.")
TIPS_MORE = ("Most spaces offer a free day pass, and the owners we spoke to said a week of trial visits tells "
             "you more than any tour.")


def _extract(text: str) -> Article:
    return extract(RawDocument(text.encode(), content_type="text/plain"), Settings())


# ------------------------------------------------------------------ 1. sponsor lines and their ad copy

SPONSOR_INLINE = [
    ("The Home Office Series is supported by Meetly. Bring your team together without the commute. Just share "
     "your screen and everyone sees the same slide. No travel, no projector, no catering. Just start at "
     "meetly.com."),
    "This newsletter is sponsored by Acme Bank. Open an account in minutes and pay no fees for a year.",
    "The Money Matters column is brought to you by Ledgerly. Try Ledgerly free for 30 days at ledgerly.com.",
]
SPONSOR_LINES = [
    ("This series is presented by Northwind Airlines.", "Fly further for less with Northwind's new fares."),
    ("The Small Shops Guide is supported by Tillpoint.", "Take payments anywhere. Get started free at tillpoint.com."),
    ("Sponsored by Brightpath Insurance.", "Cover your home from $9 a month. Get a quote today."),
]


@pytest.mark.parametrize("block", SPONSOR_INLINE)
def test_a_sponsor_line_and_its_ad_copy_opening_the_text_are_cut(block: str) -> None:
    article = _extract(f"How to choose a shared office\n\n{block} {TIPS}\n\n{TIPS_MORE}\n")
    assert block.split(". ")[0] not in article.text
    assert block.split(". ")[1] not in article.text
    assert TIPS in article.text and TIPS_MORE in article.text


@pytest.mark.parametrize(("line", "copy"), SPONSOR_LINES)
def test_a_sponsor_line_and_its_ad_copy_as_lines_are_cut(line: str, copy: str) -> None:
    article = _extract(f"How to choose a shared office\n\n{line}\n\n{copy}\n\n{TIPS}\n\n{TIPS_MORE}\n")
    assert line not in article.text and copy not in article.text
    assert TIPS in article.text


REPORT = ("A daily dose of aspirin did not lower the risk of dementia in older adults, a trial of 19,000 people "
          "found. The researchers followed the volunteers for almost five years.")
KEPT_SPONSOR = [
    "The study was supported by the National Institutes of Health.",
    "The event is sponsored by Acme. Tickets sold out within an hour, the organisers said.",
    "The podcast is sponsored by a betting firm, which regulators say breaks the advertising code.",
    "The bill is supported by 40 senators from both parties.",
]


@pytest.mark.parametrize("sentence", KEPT_SPONSOR)
def test_a_funder_or_a_sponsor_in_the_news_stays(sentence: str) -> None:
    inline = _extract(f"Aspirin trial ends\n\n{REPORT} {sentence}\n\n{TIPS_MORE}\n")
    alone = _extract(f"Aspirin trial ends\n\n{REPORT}\n\n{sentence}\n\n{TIPS_MORE}\n")
    assert sentence in inline.text and sentence in alone.text


# ------------------------------------------------------------------ 2. the author's bio line at the foot

COLUMN = ("The mayor's office spent the week denying a story it had already confirmed. As the Dana Holt Column "
          "reported on Monday, the contract was signed in March. The mayor's spokesman now calls it a draft.\n\n"
          "A draft with two signatures on it is an odd kind of draft. The council will vote on it next month.\n\n"
          "Until then, the mayor owes the city a straight answer about who saw it first.")
BIOS = [
    "Dana Holt writes the Dana Holt Column, which covers city hall.",
    "Dana Holt is a staff writer at the Riverside Ledger.",
    "Dana Holt covers city politics for the Riverside Ledger.",
]


@pytest.mark.parametrize("bio", BIOS)
def test_the_authors_bio_line_is_cut_though_the_body_names_the_column(bio: str) -> None:
    alone = _extract(f"The mayor's draft\n\n{COLUMN}\n\n{bio}\n")
    inline = _extract(f"The mayor's draft\n\n{COLUMN} {bio}\n")
    assert bio not in alone.text and bio not in inline.text
    assert "who saw it first." in alone.text and "who saw it first." in inline.text


def test_the_bylines_author_is_cut_by_surname() -> None:
    bio = "Holt is a columnist for the Riverside Ledger."
    article = _extract(f"The mayor's draft\n\nBy Dana Holt\n\n{COLUMN}\n\n{bio}\n")
    assert bio not in article.text


SUBJECT = ("Police in Glasgow arrested a university lecturer on Tuesday over a protest at the port. Tom Smith, "
           "46, was held for six hours and released without charge.\n\n"
           "\"I was doing my job,\" Smith said outside the station. His lawyer said he would complain.\n\n"
           "The port authority said the protest had delayed two ships.")
KEPT_BIOS = [
    "Smith is a lecturer at Glasgow who was arrested at a protest last year too.",
    "Smith is a columnist for the Glasgow Herald.",
    "Smith writes a weekly column for the Glasgow Herald, which he started after his first arrest.",
]


@pytest.mark.parametrize("line", KEPT_BIOS)
def test_a_closing_line_about_the_storys_subject_stays(line: str) -> None:
    alone = _extract(f"Lecturer released\n\n{SUBJECT}\n\n{line}\n")
    assert line in alone.text


# Session 16 self-check: the subject named but never quoted (a prize story) keeps its closing description.
PRIZE = ("The Hale Prize for local reporting went to Jane Roe on Friday for a series on the town's water "
         "supply.\n\nThe judges praised the series for its use of public records. Roe's articles led to "
         "two resignations at the water board.\n\nThe prize carries an award of $5,000.")
PRIZE_LINE = "Jane Roe is a reporter for the Riverside Ledger."


def test_a_closing_sentence_about_an_unquoted_subject_stays() -> None:
    assert PRIZE_LINE in _extract(f"Water series wins prize\n\n{PRIZE} {PRIZE_LINE}\n").text


@pytest.mark.xfail(strict=True, reason="the older line rule BIO (furniture_rules) drops a stand-alone reporter "
                   "line by its shape alone, wherever it stands; left for a change checked on the labelled lines")
def test_a_closing_line_about_an_unquoted_subject_stays() -> None:
    assert PRIZE_LINE in _extract(f"Water series wins prize\n\n{PRIZE}\n\n{PRIZE_LINE}\n").text


# ------------------------------------------------------------------ 3. a review's label, carried as a hint

REVIEW = ("The company's new evening opened at the Harbor Theater on Thursday. Four dancers move through a "
          "set of hanging ropes for seventy minutes.\n\n"
          "Mara Lind's choreography asks a great deal of them, and the second half, set to a cello suite, is "
          "the stronger one.\n\n"
          "The lighting keeps the ropes in shadow until the last scene, when they rise out of sight.\n\n"
          "The company returns to the city in the spring with a new piece by Lind.")
LABELS = ["Dance Review", "REVIEW", "Theater Review", "Music review", "Review:"]


@pytest.mark.parametrize("label", LABELS)
def test_a_review_label_at_the_top_is_carried(label: str) -> None:
    article = _extract(f"{label}\n\nRopes in the dark\n\n{REVIEW}\n")
    assert article.genre_note == "review"
    assert not article.text.startswith(label)


def test_a_review_print_note_is_carried() -> None:
    note = "A version of this review appears in print on May 3, 2014, on page C5 of the New York edition."
    article = _extract(f"Ropes in the dark\n\n{REVIEW}\n\n{note}\n")
    assert article.genre_note == "review" and "appears in print" not in article.text


@pytest.mark.parametrize("label", ["Year in Review", "Judicial review", "Weekly Market Review", "Under review"])
def test_other_review_lines_carry_nothing(label: str) -> None:
    article = _extract(f"{label}\n\nRopes in the dark\n\n{REVIEW}\n")
    assert article.genre_note == ""


@pytest.mark.slow
def test_a_labelled_review_is_read_as_a_review() -> None:
    doc = annotate(_extract(f"Dance Review\n\nRopes in the dark\n\n{REVIEW}\n"))
    assert detect_genre(doc, build_context(doc)) == "review"


@pytest.mark.slow
def test_the_same_text_without_a_label_is_news() -> None:
    doc = annotate(_extract(f"Ropes in the dark\n\n{REVIEW}\n"))
    assert detect_genre(doc, build_context(doc)) != "review"


# ------------------------------------------------------------------ 4. the venue's listing line (guard)

VENUE = "The Harbor Theater, 210 Ninth Avenue, Chelsea; 212-555-0190, harbortheater.org."


def test_the_venue_line_is_cut() -> None:
    alone = _extract(f"Ropes in the dark\n\n{REVIEW}\n\n{VENUE}\n")
    inline = _extract(f"Ropes in the dark\n\n{REVIEW} {VENUE}\n")
    assert VENUE not in alone.text and VENUE not in inline.text


# ------------------------------------------------------------------ the brief: no ad key point, no bio conclusion

def _brief_items(brief_text: str) -> list[str]:
    from newsbrief.pipeline import brief_article
    from newsbrief.settings import Settings as _Settings

    brief = brief_article(Article(text=brief_text, source=Source()), _Settings())
    return [item.text for section in brief.sections for item in section.items]


@pytest.mark.slow
def test_the_bio_of_a_column_pasted_as_one_paragraph_is_no_conclusion() -> None:
    # the Article is built directly (as the summary benchmarks do): the conclusion's own check must see the bio
    items = _brief_items(COLUMN.replace("\n\n", " ") + " " + BIOS[0])
    assert items and not any("writes the Dana Holt Column" in item for item in items)


@pytest.mark.slow
def test_the_ad_copy_is_no_key_point() -> None:
    from newsbrief.pipeline import brief_source

    text = f"How to choose a shared office\n\n{SPONSOR_INLINE[0]} {TIPS}\n\n{TIPS_MORE}\n"
    brief = brief_source(RawDocument(text.encode(), content_type="text/plain"), Settings())
    items = [item.text for section in brief.sections for item in section.items]
    assert items and not any("Meetly" in item or "meetly" in item for item in items)
