"""Session 22's ingest work, as labelled cases (reader Audit 36, docs/audit.md section 37).

Every page and line here is written for these tests (new wording and names; the shapes are the audit's):

- a blog body carried the headlines of other stories between its paragraphs ("Which 'Show' star ...?",
  "'Show' recap: X voted off the island!"): one became the first key point, and a name in the other an actor;
- an essay's closing note about the writer's reporting trip ("Jane Roe travelled to ... with a film crew from
  ...", "She was an adviser on the film") was read as the essay's last words;
- a live page's entries each opened with a typed dash ("-- Police said ..."), and the dash opened key points.
"""

from __future__ import annotations

from newsbrief.ingest.extract import extract
from newsbrief.ingest.furniture import drop_furniture
from newsbrief.ingest.repair import without_inline_furniture
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

# ------------------------------------------------------------------ related headlines inside a blog body

BLOG = [
    "Big reveal: the voice of the talking teapot on a beloved cartoon belongs to a retired schoolteacher from Hull.",
    "The Daily Herald tracked down Margaret Oakes, 71, who recorded the teapot's lines in a single afternoon in 1994.",
    "“People never believe me until I do the whistle,” Oakes told the paper, before doing the whistle.",
    "Her fee for decades of kettle-based stardom? A cheque for £80 and a signed mug. Generous.",
    "The studio is said to be planning a new series, which may or may not feature a teapot.",
]


def test_a_recap_headline_between_paragraphs_is_dropped() -> None:
    teaser = "'Kettle Kids' recap: Biscuit voted out of the cupboard!"
    kept = drop_furniture([BLOG[0], teaser, *BLOG[1:]])
    assert kept == BLOG


def test_a_question_and_a_recap_headline_on_one_line_are_dropped() -> None:
    teaser = ("Which 'Garden Gang' puppet (yes, they have agents) should ask for a refund? "
              "'Kettle Kids' recap: Biscuit voted out of the cupboard!")
    kept = drop_furniture([BLOG[0], teaser, *BLOG[1:]])
    assert kept == BLOG


def test_a_title_cased_show_headline_line_is_dropped() -> None:
    teaser = "Bake Off Finals: Why the judges are already feuding"
    kept = drop_furniture([*BLOG[:2], teaser, *BLOG[2:]])
    assert kept == BLOG


def test_the_writer_s_own_questions_stay() -> None:
    # the writer's rhetorical questions, a paragraph of their own, are the body's
    question = "Really? Could the studio not find more than £80 down the back of the sofa?"
    kept = drop_furniture([*BLOG[:3], question, *BLOG[3:]])
    assert kept == [*BLOG[:3], question, *BLOG[3:]]


def test_a_colon_sentence_of_the_body_stays() -> None:
    # a sentence with a label and a colon that ends on a full stop, and one that reports, are the body's
    lines = ["The Tea Time Show: a cartoon that ran for nine series and sold toys in forty countries.",
             "Kettle Kids producer Ann Lowe said: “We never expected the teapot to be the star.”"]
    kept = drop_furniture([BLOG[0], *lines, *BLOG[1:]])
    assert kept == [BLOG[0], *lines, *BLOG[1:]]


# ------------------------------------------------------------------ the writer's reporting-trip note

ESSAY = [
    "The oil company has spent the summer telling us the leak was a freak event, a one-in-a-million failure.",
    "But the record of the industry tells a different story: blowouts, fires and spills at a steady rate for decades.",
    "The engineers who designed the well were told to move fast, and they moved fast.",
    "What the coast needs now is not another promise of safe drilling but an end to the idea that we can drill "
    "anywhere without consequence.",
    "The fishermen I met in the harbour already know this; it is the executives who have yet to learn it.",
]


def test_a_closing_note_on_the_writer_s_trip_is_dropped() -> None:
    note = ("Ruth Calloway travelled to the delta with a film crew from Tideline, a documentary series on a "
            "public broadcaster.")
    kept = drop_furniture([*ESSAY, note, "She was an adviser on the film."])
    assert kept == ESSAY


def test_the_author_travelled_as_a_guest_note_is_dropped() -> None:
    note = "The writer travelled to the islands as a guest of the regional tourist board."
    kept = drop_furniture([*ESSAY, note])
    assert kept == ESSAY


def test_a_person_of_the_story_visiting_stays() -> None:
    # the body names her: her visit is the story's news
    body = [*ESSAY[:4], "Ruth Calloway, the state's senator, has called for hearings on the leak."]
    last = "Calloway visited the delta with a film crew from a local station on Tuesday."
    kept = drop_furniture([*body, last])
    assert kept == [*body, last]


def test_a_newcomer_visiting_without_a_note_marker_stays() -> None:
    last = "Senator Tom Avery visited the harbour on Friday and promised a fund for the fishermen."
    kept = drop_furniture([*ESSAY, last])
    assert kept == [*ESSAY, last]


# ------------------------------------------------------------------ a live page's entry dashes

LIVE = """(Update 4:10 p.m. in Lisbon, 11:10 a.m. ET) - Port workers ended their strike on Monday after a deal on pay.

-- Ferries to the islands were running again by the afternoon, the port authority said.

Passengers queued for hours at the terminal.

-- The transport minister said the deal would cost the state less than the strike had.

— Unions in two other cities said they would hold their own votes this week.
"""


def test_entry_dashes_do_not_open_sentences() -> None:
    text = extract(RawDocument(LIVE.encode(), filename="live.txt"), Settings()).text
    paragraphs = text.split("\n\n")
    assert not any(p.startswith(("-", "—", "–")) for p in paragraphs), paragraphs
    assert "Ferries to the islands were running again by the afternoon, the port authority said." in paragraphs


def test_a_dash_signature_line_is_not_made_a_sentence() -> None:
    # "— Jane Roe, Leeds" under a reader's letter is a signature, not an entry: its dash stays
    text = ("The council's plan to close the library is short-sighted and will hurt the children who use it most.\n\n"
            "Closing it to save a few thousand pounds a year is a false economy for a town of this size.\n\n"
            "— Harriet Moss, Leeds")
    out = extract(RawDocument(text.encode(), filename="letter.txt"), Settings()).text
    assert "Harriet Moss" not in out or "— Harriet Moss" in out


# ------------------------------------------------------------------ a glued table of names and numbers

def test_a_glued_top_scorers_table_is_cut_from_the_sentences() -> None:
    paragraph = ("Rossi has said he wants to end his career at his boyhood club in Genoa Luca Rossi 19 Piet Jansen 15 "
                 "Omar Haddad 14 Rossi's agent met the club on Monday.")
    out = without_inline_furniture(paragraph)
    assert "Jansen" not in out and "Haddad" not in out
    assert out.startswith("Rossi has said he wants to end his career at his boyhood club in Genoa")
    assert out.endswith("Rossi's agent met the club on Monday.")


def test_a_score_line_and_ages_stay() -> None:
    paragraph = ("The derby ended Leeds 2 Hull 1 after a late goal, and Anna Berg 34 and Tom Lake 29 were "
                 "named in the side for the final game of the season.")
    assert without_inline_furniture(paragraph) == paragraph


def test_the_trip_note_names_the_author_when_no_byline_does() -> None:
    note = ("Ruth Calloway travelled to the delta with a film crew from Tideline, a documentary series on a "
            "public broadcaster.")
    text = "\n\n".join([*ESSAY, note, "She was an adviser on the film."])
    article = extract(RawDocument(text.encode(), filename="essay.txt"), Settings())
    assert "Calloway" not in article.text
    assert article.source.author == "Ruth Calloway"
