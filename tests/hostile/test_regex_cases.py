"""Hostile paragraphs against the page-debris, caption and live-page rules (session 13 review).

Each input stays inside the extractor's limits (10,000 words, 50,000 characters a paragraph) or, for
the one read before those limits, is refused by them; each once drove a rule into quadratic or cubic
work (a regex rescanning the rest of the paragraph from every position, or a loop running every rule
over the rest of the paragraph at every sentence stop). Fixed, each brief takes a few seconds, most of
it spaCy; before the fixes they ran for minutes to hours, so a regression shows as a test the suite's
timeout stops (60 s, as for the CLI cases), not as a timer assertion that a busy machine could trip.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import string

import pytest

from newsbrief.analyze.genre_accounts import _CREDITED_LEDE, _EXCERPT_INTRO
from newsbrief.analyze.genre_press import _CREDIT as PRESS_CREDIT
from newsbrief.analyze.genre_review import _QUOTED_TITLE
from newsbrief.analyze.section_present import _ASKED_WILL, _TIME_TO_COME, _WILL_FUTURE
from newsbrief.budget import InputTooLargeError
from newsbrief.errors import NewsbriefError
from newsbrief.ingest.captions import _LABELLED_CREDIT, _PAST_NEWS, CALL_SIGN
from newsbrief.ingest.furniture_debris import without_trailing_code
from newsbrief.ingest.furniture_notes import without_section_labels
from newsbrief.ingest.furniture_service import is_pointer_line
from newsbrief.ingest.glued_labels import announces_live
from newsbrief.ingest.header import _OUTLET_BYLINE, opening_stamp
from newsbrief.ingest.related_cards import related_card_lines
from newsbrief.ingest.repair import _COMMENT_NOTE
from newsbrief.models import Brief, RawDocument
from newsbrief.pipeline import brief_source
from newsbrief.settings import Settings
from tests.hostile.cases import prose

# The hard limit tests/hostile/test_cli_cases.py gives a hostile brief: fixed, these take 5-20 s on a busy
# machine; before the fixes the cubic case ran for minutes and the long line for hours. (The quadratic
# case, one code mark and thousands of sentences, stays under a minute at the word limit even unfixed,
# so a brief cannot tell it apart from a busy machine; its timings go to docs/benchmarks.md.)
pytestmark = pytest.mark.timeout(60)
SETTINGS = Settings()
# English news around the hostile paragraph, so the article passes the length and language checks.
NEWS = prose(300)


def brief_text(text: str) -> Brief | None:
    """The brief of ``text`` as a plain-text upload, or None when it was refused with a NewsbriefError."""
    with contextlib.suppress(NewsbriefError):
        return brief_source(RawDocument(text.encode(), content_type="text/plain"), SETTINGS)
    return None


def with_paragraph(paragraph: str) -> str:
    """The news article with ``paragraph`` between its paragraphs."""
    head, _, rest = NEWS.partition("\n\n")
    return f"{head}\n\n{paragraph}\n\n{rest}"


HOSTILE = {
    # One mark of code, then unclosed "if(" runs: every sentence stop ran every code mark over the rest,
    # and the condition mark rescanned the rest from each "if(" (cubic: minutes at 49,000 characters).
    "unclosed conditions between stops": "Go x.push(1). " + "Rain. So if(rain " * 2_900,
    # Names with places separated by commas as a paragraph's last sentence: the credit rule's places could take
    # the commas too, so the run split in exponentially many ways (session 15 review: 25 s at 350 characters).
    "a run of named places before 'reported'": "Ab Cd in the Ef" + ", Gh Ij in Kl" * 40 + " reported x",
    # A dotted run with no spaces: the listing rule's web address restarted at every dot (60 s at 50,000).
    "a dotted run": "The board met on the quay. " + "a." * 20_000,
    # Session 16's sponsor and bio notes: a capitalised run before a container noun, a beat of many commas, and
    # thousands of short sentences, each of which the sponsor rule reads (every repeat in them is bounded).
    "a long sponsor line": "This " + "Of The " * 3_000 + "series is supported by Acme.",
    "a bio with a long beat": "Jane Roe covers " + "the city, " * 3_000 + "for the Ledger.",
    "many short sentences": "Get it for the kids now. " * 1_200 + "This series is supported by Acme.",
    # Session 16's date and closing rules (review): a long glued word in a dated sentence made the glued-stop
    # rule back off letter by letter from each letter (17 s at 50,000 characters) and the lifespan rule rescan
    # it from each capital (4 s at 20,000), as did the older person-cue rule (24 s at 45,000); a run of
    # auxiliaries made the additive-ellipsis rule rescan the rest of the run from each one (9 s at 50,000).
    "a long lower-case word in a dated sentence": "It rained on March 3, 2020, " + "a" * 45_000 + " The end.",
    "a long capitalised word before a year": "The law of 2006 passed " + "A" * 45_000 + " (2006 today.",
    "a run of auxiliaries": "They did " + "have " * 9_000 + "it.",
}


@pytest.mark.parametrize("paragraph", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_paragraph_is_briefed(paragraph: str) -> None:
    brief = brief_text(with_paragraph(paragraph))
    assert brief is not None
    assert brief.sections


def test_a_long_number_run_in_a_live_pages_last_entry_is_briefed() -> None:
    # Session 17's live-page close reads the last entry for a toll ("45 dead"): a number run of 45,000 digits and
    # commas with no count after it was rescanned from every comma (session 17 review: 111 s, 11 s fixed).
    entries = ["0905: Rescue teams reached the flooded valley this morning.",
               "0930: Roads into the town remain closed to traffic.", "1010: The regional governor visited the shelters.",
               "1045: The count stood at " + "1," * 22_500 + "x now."]
    head, _, rest = NEWS.partition("\n\n")
    brief = brief_text("\n\n".join([head, *entries, rest]))
    assert brief is not None
    assert brief.sections


def test_a_long_run_of_text_words_without_a_colon_is_read_once() -> None:
    # Session 17's excerpt rule (analyze/genre_accounts.py) looks for a colon after a word naming a text ("book"): with
    # no bound it rescanned a sentence to its end from every such word (9 s at 50,000 characters, minutes at 200,000;
    # session 17 review). The sentence splitter keeps a brief's sentences shorter, so the rule is read on its own.
    assert _EXCERPT_INTRO.search("the book of " * 17_000) is None
    assert _EXCERPT_INTRO.search("From an excerpt of her new book that appeared on the Harbour Post: I ran.")


def test_a_video_pointer_before_a_long_run_of_spaces_is_read_once() -> None:
    # Session 18's video teaser (ingest/furniture_service.py): the bounded run before the closing stop also took
    # the spaces the "\s*" after it takes, so a long run of spaces was backed off 120 times a space (0.23 s at
    # 50,000 characters, 0.44 s at 100,000; session 18 review). Spaces count as no words, so the 25-word limit
    # does not stop it.
    for opening in ("In the video above", "In this video", "Read more"):
        assert not is_pointer_line(opening + " " * 100_000 + "x.")
    assert is_pointer_line("In this video, Jane Roe explains why the bank raised rates.")
    assert is_pointer_line("Read more about the floods" + " " * 20 + ".")


def test_a_time_first_stamp_before_a_long_run_of_spaces_is_read_once() -> None:
    # Session 18's time-first opening stamp (ingest/header.py): open whitespace runs side by side rescanned a long
    # run of spaces after the clock time (110 s at 50,000 characters); its gaps are bounded now.
    assert opening_stamp("updated 8:10" + " " * 100_000 + "x") is None
    assert opening_stamp("updated 8:10 AM EDT," + " " * 100_000 + "Tue") is None
    assert opening_stamp("updated 8:10 AM EDT, Tue July 29, 2014 The board met.") == ("2014-07-29", "The board met.")


def test_a_long_line_under_a_sentence_is_refused_not_read() -> None:
    # A line glued under a sentence is read by the furniture rules before the paragraph limit applies
    # (extract._unglue): one "word" of 200,000 letters made the e-mail rule rescan it from every letter.
    text = with_paragraph("The board met on the quay.\n" + "a" * 200_000)
    with pytest.raises(InputTooLargeError, match="characters"):
        brief_source(RawDocument(text.encode(), content_type="text/plain"), SETTINGS)


def test_the_code_cut_still_cuts_a_glued_script() -> None:
    paragraph = "The ferry left at noon. BF_STATIC.queue.push(function () { document.title = 'x'; });"
    assert without_trailing_code(paragraph) == "The ferry left at noon."


def test_a_sentence_about_code_keeps_its_words() -> None:
    paragraph = "The ferry left at noon. The developer said the function (a, b) was slow."
    assert without_trailing_code(paragraph) == paragraph


def test_a_line_of_many_glued_joins_is_read_once() -> None:
    # Session 19's related-coverage cards (ingest/related_cards.py) read the headline after every glued stop
    # ("bag.Britain Appeals ...") to the end of the line: thousands of joins before capitals and numbers, or glued
    # into one long "word", were read to the line's end from each join (session 19 review: 2.1-2.8 s at 49,000
    # characters, read twice a brief). A card still goes.
    for line in ("the rain fell on the town.Rain Fell Today " * 1_160, "ab.Cd" * 9_800, "Ab 11.Ab" * 6_000):
        related_card_lines([line])
    card = "A resident fills a jug at a tap.Water Board Faces Questions Over Lead TestsAUG. 24, 2014"
    assert related_card_lines(["The board met on the quay.", card]) == {1}


def test_a_press_credit_before_a_long_run_of_spaces_is_read_once() -> None:
    # Session 19's press-review credit (analyze/genre_press.py): two open space runs side by side after the paper's
    # name split a long run of spaces every way (31 s at 50,000 spaces); the runs are possessive now.
    assert not PRESS_CREDIT.match("Jane in Ledger" + " " * 50_000 + "x")
    assert PRESS_CREDIT.match('Marc Olivier writes in Le Courrier: "No deal."')
    assert PRESS_CREDIT.match('An editorial in The Times says: "No deal."')


def test_many_section_labels_are_checked_against_the_text_once() -> None:
    # Session 19's section labels (ingest/furniture_notes.py) read the whole text again for each capitalised label
    # (is it a name used elsewhere?): 1,640 labels in 47,000 characters took 6 s.
    names = ("".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3))
    paragraphs = [" ".join(f"Fox{next(names)}: Def ghi jkl mno pqr." for _ in range(10)) for _ in range(164)]
    assert len(without_section_labels(paragraphs)) == 1_640


def test_a_paragraph_of_chained_quotations_is_joined_once() -> None:
    # Session 19's quoted-split join (nlp/sentence_bounds.py) read the whole joined run again at every join (and
    # spaCy's doc.text, rebuilt at each read), and joined all the pieces into one sentence that the quotation rules
    # (nlp/quote_speakers.py) read once a quotation: 800 pieces each closing a quotation and opening the next took
    # 239 s under a profiler (100 s joining, 109 s reading the quotations), 24 s fixed. The run's marks are carried
    # and a joined sentence stops at 200 tokens now; 400 pieces keep the test within its limit.
    paragraph = ('The mayor said "the rain fell. ' + 'It rose", and the town board voted on the plan "to wait. ' * 400
                 + 'Now", the board said.')
    brief = brief_text(with_paragraph(paragraph))
    assert brief is not None
    assert brief.sections


# Session 20's new patterns on 50,000-character runs of what each one repeats (the session's review timed each
# under 0.06 s; a pattern that backtracks over such a run runs past the suite's limit instead).
SESSION_20_RUNS = {
    "outlet byline particles": (_OUTLET_BYLINE, "By A" + " de" * 16_000),
    "outlet byline capitals": (_OUTLET_BYLINE, "By Aa Bb, " + "AB " * 16_000),
    "comment note": (_COMMENT_NOTE, ". You share in the " * 2_700),
    "past news": (_PAST_NEWS, "A" + " a" * 25_000),
    "labelled credit": (_LABELLED_CREDIT, "Photo: " + "A." * 25_000),
    "call sign": (CALL_SIGN, "(" * 50_000),
    "credited lede": (_CREDITED_LEDE, (", " + "A " * 6) * 3_500),
    "quoted title": (_QUOTED_TITLE, '"' + "A " * 25_000),
    "asked will": (_ASKED_WILL, "if " * 16_000),
    "will future": (_WILL_FUTURE, "will " * 10_000),
    "time to come": (_TIME_TO_COME, "in the " * 7_000),
}


@pytest.mark.parametrize(("pattern", "text"), list(SESSION_20_RUNS.values()), ids=list(SESSION_20_RUNS))
def test_a_session_20_pattern_reads_a_long_run_once(pattern: re.Pattern[str], text: str) -> None:
    assert sum(1 for _ in pattern.finditer(text)) >= 0


def test_a_live_announcement_before_a_long_run_is_read_once() -> None:
    assert not announces_live(["We'll bring you the latest " + "as a " * 10_000])
    assert announces_live(["Follow our live coverage of the storm below."])
