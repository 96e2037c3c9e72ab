"""Outlook and section items misread on main 95f7b0a (round 2 of session 19, reader Audit 31): labelled cases,
each a short article written for this test.

- A "would" sentence whose subject is a demonstrative noun phrase ("Both of these outcomes would ...") pointing at a
  hypothetical in the sentence before is part of the supposition, not a forecast.
- "So far X has not done that" is a present state whose "that" points back, not an outlook.
- A forecast whose object "it" has no antecedent in its sentence ("the new factory may make it thicker") dangles.
- A report the writer ridicules next ("that absurd idea"), or hedged to parody ("maybe possibly could"), is not the
  article's outlook.
- A joke the writer retracts in the next sentence ("Haha, no, kidding.") is no key point and no section item.
- A reader-addressed offer ("You could snap up a signed shirt ...") is an auction's hook, not an outlook.

Near misses: a "would" whose condition is stated, a demonstrative after a plain fact, an "it" whose noun is in the
sentence, a forecast someone calls a rise (not the idea) ridiculous, a plain key point, a weather "you could see".
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.analyze.summary import analyze_summary
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

_BODY = ("The river authority met on Tuesday to discuss the spill at the refinery upstream of the town. "
         "Engineers said about 400 barrels of crude leaked from a cracked pipe over the weekend. "
         "The company has apologised and says the pipe has been sealed.\n\n")


def _doc(text: str, body: str = _BODY) -> Document:
    return annotate(Article(text=body + text, source=Source(title="Refinery spill reaches the river",
                                                            date="2025-06-11",
                                                            url="https://example.com/news/story")))


def _outlook(text: str, body: str = _BODY) -> list[str]:
    doc = _doc(text, body)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def _in_outlook(text: str, words: str, body: str = _BODY) -> bool:
    return any(words in item for item in _outlook(text, body))


# 1: a demonstrative subject of "would" after a hypothetical
def test_these_outcomes_after_a_supposition_is_no_forecast() -> None:
    assert not _in_outlook("Sir, had the crude been set alight, the smoke would have drifted over the town. "
                           "Had it been left alone, it would have coated the reeds for miles. "
                           "Both of these outcomes would be very harmful to the wildlife of the estuary.\n\n"
                           "Yours, a reader.", "these outcomes")


def test_such_a_move_after_a_supposition_is_no_forecast() -> None:
    assert not _in_outlook("Some residents have asked whether the refinery could simply be closed for good. "
                           "Such a closure would cost the town hundreds of jobs and most of its tax income.\n\n"
                           "The council has not discussed the idea.", "Such a closure")


def test_would_with_its_condition_stays_a_forecast() -> None:  # near miss
    assert _in_outlook("If the council approves the repairs next month, the river path would reopen in August, "
                       "the mayor said.\n\nThe path has been closed since Sunday.", "would reopen")


def test_demonstrative_after_a_fact_stays_a_forecast() -> None:  # near miss
    assert _in_outlook("On Monday the authority ordered the company to pay for a new barrier along the bank. "
                       "That barrier will protect the water intake from future leaks, officials said.\n\n"
                       "Work starts in July.", "barrier will protect")


# 2: a present state with a pointing "that"; an "it" with no noun in its sentence
def test_so_far_has_not_done_that_is_a_present_state() -> None:
    assert not _in_outlook("Fishermen have called on the company's chief executive to resign. "
                           "So far the regional governor has not done that with the chief executive, though he has "
                           "warned that the refinery will lose its licence if it cannot stop the leaks.\n\n"
                           "The governor's office declined to comment.", "So far")


def test_dangling_it_object_carries_its_antecedent() -> None:
    items = _outlook("A band of brown foam forms below the weir every summer. "
                     "Some biologists think the crude may make it thicker, while others say the heat could "
                     "break it up faster.\n\nSamples are being tested.")
    assert all("brown foam" in item for item in items if "make it thicker" in item)


def test_it_with_its_noun_in_the_sentence_stays() -> None:  # near miss
    assert _in_outlook("The council bought the old pumping station last year and will sell it to a developer in "
                       "September, the mayor said.\n\nThe sale is expected to raise funds.", "will sell it")


def test_not_yet_with_a_resolved_forecast_stays() -> None:  # near miss
    assert _in_outlook("So far the authority has not set a fine, but officials expect to announce one in "
                       "July.\n\nThe company says it will pay.", "expect to announce")


# 3: a forecast the writer ridicules, or hedged to parody
def test_ridiculed_report_is_not_the_outlook() -> None:
    assert not _in_outlook("Meanwhile, a tabloid reported in May that the spill maybe possibly could poison the whole "
                           "coast:\n\nSo maybe that absurd scenario is coming true. Maybe! Nobody knows.",
                           "maybe possibly")


def test_report_called_far_fetched_next_is_not_the_outlook() -> None:
    assert not _in_outlook("One website claimed last week that the crude will reach the capital's taps by Friday. "
                           "That far-fetched idea has now been shared thousands of times.\n\n"
                           "Officials say the water is safe.", "reach the capital")


def test_a_rise_called_ridiculous_stays_a_forecast() -> None:  # near miss: the rise, not the idea, is judged
    assert _in_outlook("The water company said bills will rise by 5% in January to pay for the clean-up. "
                       "Residents called the increase ridiculous.\n\nThe regulator will review it.",
                       "bills will rise")


# 4: a joke the writer retracts
_JOKE = ("The Daily Star decided it was a good idea to report that the spill was caused by a sea monster. "
         "In other news, the mayor has been hired as the paper's science editor. (Haha, no, kidding. "
         "Can you imagine?)\n\nThe river authority said the pipe cracked because it was old. "
         "Engineers found rust along most of its length, the authority said. "
         "The company will replace the pipe next month.")


def test_retracted_joke_is_no_key_point() -> None:
    doc = _doc(_JOKE, body="")
    points = [p.text for p in analyze_summary(doc, build_context(doc))]
    assert points and not any("science editor" in p for p in points)


def test_just_kidding_is_retracted_in_any_section() -> None:
    doc = _doc("The mayor will lead the clean-up crew herself next week. Just kidding. "
               "The crew will be led by the authority's engineers.\n\nWork begins on Monday.")
    ctx = build_context(doc)
    assert not any("mayor will lead" in i.text for i in analyze_outlook(doc, ctx))
    assert not any("mayor will lead" in p.text for p in analyze_summary(doc, ctx))


def test_plain_key_point_stays() -> None:  # near miss
    doc = _doc("", body=_JOKE.replace("(Haha, no, kidding. Can you imagine?)", "She starts on Monday."))
    points = [p.text for p in analyze_summary(doc, build_context(doc))]
    assert any("science editor" in p for p in points)


# 5: a reader-addressed offer
def test_you_could_snap_up_is_no_outlook() -> None:
    assert not _in_outlook("Fans can help the clean-up too: the town's football club is selling signed kit for the "
                           "appeal. You could snap up the captain's boots, or a shirt worn by the goalkeeper in the "
                           "final.\n\nBids close on Friday.", "snap up")


def test_you_could_see_rain_stays_a_forecast() -> None:  # near miss: the weather to come
    assert _in_outlook("Forecasters said that you could see heavy rain across the valley by Thursday, which "
                       "would spread the oil further downstream.\n\nCrews are laying booms.", "heavy rain")


# 2 (Audit 31's cut quotation): a quotation broken off on "..." before its point
def test_quotation_cut_on_an_ellipsis_is_withheld() -> None:
    assert not _in_outlook('Writing in a local paper, Mary Lowe said "The river will not be saved by fining the '
                           "company and forgetting the pipes...\n\nHer column ran on Sunday.", "will not be saved")


def test_closed_quotation_with_its_forecast_stays() -> None:  # near miss
    assert _in_outlook('"The river will be clean again by the autumn," said Mary Lowe, the authority\'s chief '
                       "scientist.\n\nShe spoke at the meeting.", "clean again")


def test_it_in_a_because_clause_stays() -> None:  # near miss: "it" is the forecast's own subject
    assert _in_outlook("The refinery will close next year because it has lost money for a decade, the company "
                       "said.\n\nAbout 300 people work there.", "will close next year")


def test_an_idiom_it_needs_no_antecedent() -> None:  # near miss (the 120-row check, Newsroom row 57's shape)
    assert _in_outlook("The river authority said crews will make it to the last village by Friday, weather "
                       "permitting.\n\nThe village has had no clean water since Sunday.", "make it to the last")
