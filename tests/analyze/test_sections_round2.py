"""Outlook, Recommendations and Analysis items misfiled on main dfea208 (round 2 of session 21: reader Audit 34's
first-person diaries and snark, the lead's XSum and Newsroom readings): labelled cases, each a short article written
for this test.

- Outlook: a past step told in a diary ("I decided to try to ring her to find out if she could help"), a writer's
  present hedge ("there would appear to be a link"), a hypothetical illustration ("Suppose a stranger ..., it could
  be read as ...") and a past comparison ("far slower than we expected") forecast nothing.
- Recommendations: advice told as the writer's own past ("My parents advised me against it, but I signed up
  anyway") and a "should" that predicts a figure ("should earn $2.10 a share") urge nothing.
- Analysis: a "this was because" whose "this" is not shown, a "because" in a scene's detail, a rumour's content and a
  claim of who struck state no cause.

Near misses keep real items: a forecast told with its time, a call reported with its speaker, a plain cause.
"""

from __future__ import annotations

from newsbrief.analyze.classify import analyze_analysis, analyze_outlook, analyze_recommendations
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Item, Source
from newsbrief.nlp.annotate import annotate

# A volunteer's first-person diary from a flooded town.
_DIARY = (
    "Flood diary: volunteers in Marlow Vale describe their first week\n\n"
    "Tomas Reyes, 31, a nurse, writes:\n\n"
    "When the river burst its banks I was at home in Leeds. My parents advised me against it, but I signed up "
    "anyway. I arrived in Marlow Vale on Tuesday night. The school hall had become a clinic. "
    "Our generator kept failing because the fuel was full of water. "
    "There was a young boy, about six years old, sitting on a crate near the door because his leg was in a cast. "
    "I remembered that an old colleague ran a pharmacy nearby. I decided to try to ring her to find out if she could "
    "help. She drove over the same evening with two boxes of bandages. "
    "Tomorrow we will move the clinic to the church, and a second team will arrive on Friday. "
    "The biggest problem we face is the lack of clean water.\n")

# A news report with a rumour, a claim of who struck, a dangling "this was because", and a call.
_REPORT = (
    "Health agency holds off on switching vaccine strains\n\n"
    "Officials of the World Vaccine Council met in Basel on Monday to review the spread of the new strain. "
    "The council has decided not to ask manufacturers to stop making the seasonal flu vaccine. "
    "Dr Falk said this was because it was still unclear how far the new strain would spread. "
    "Separately, police in Lagos denied reports that a trader had thrown himself from a bridge because of the "
    "market crash. "
    "On state radio, a bulletin attributed to an \"army source\" said that targets in the port city had been "
    "struck \"by the imperialist aggressors.\" "
    "Clinics in the north were closed because of the storm. "
    "The nurses' union urged the government to hire more staff before the winter. "
    "The council will meet again in Geneva next month to review the figures.\n")

# A snarky first-person commentary on a viral clip; a lab chief's look back at a past task; an illustration.
_COMMENT = (
    "Watch: a goose interrupts the mayor's speech on peace\n\n"
    "I have watched this clip a dozen times and I still laugh. The mayor of Dunmore was halfway through a speech "
    "on how anger breeds anger when a goose landed on the lectern and honked at him. "
    "He carried on talking as if nothing had happened. "
    "I'm not sure whether the mayor meant his speech as a dig at the council, but the two have been feuding for "
    "months over the new bridge. So there would appear to be a link. "
    "The clip has been viewed two million times since Sunday.\n")

_STUDY = (
    "Zoo keepers learn what colours calm the gorillas\n\n"
    "Keepers at Hartwell Zoo have spent a year studying how gorillas react to the clothes visitors wear. "
    "The team filmed the group for 300 hours. "
    "Sorting the footage was \"far slower than we expected\", said Dr Lena Ortiz, who led the study. "
    "She said the animals watched bright colours closely. "
    "\"Suppose there's a stranger in the yard and you want to get back to the feeding spot, if you walk in wearing "
    "a bright colour it could be read as a threat,\" Dr Ortiz said. "
    "The zoo will repaint its visitor walkway in pale green next spring, a spokesman said. "
    "Analysts expect Hartwell's visitor numbers to rise next year.\n")

# An earnings preview: a "should" that predicts.
_EARNINGS = (
    "Brightwell Foods to report quarterly results\n\n"
    "Brightwell Foods, the Ohio snack maker, will report its third-quarter results on Thursday. "
    "Analysts polled by Marketline said the company should earn $2.10 a share, up from $1.85 a year ago. "
    "Sales should rise to about $1.4 billion. "
    "Shares of Brightwell have fallen 8 percent this year because of higher oat prices. "
    "Investors will watch for news of the company's plan to cut costs. "
    "Regulators must approve the sale of its bakery unit before the deal can close, the company said.\n")


def _doc(text: str, title: str) -> Document:
    return annotate(Article(text=text, source=Source(title=title, date="2025-03-02",
                                                     url="https://example.com/news/story")))


def _texts(items: tuple[Item, ...]) -> list[str]:
    return [i.text for i in items]


def _sections(text: str) -> tuple[list[str], list[str], list[str]]:
    doc = _doc(text, text.split("\n", 1)[0])
    ctx = build_context(doc)
    return (_texts(analyze_recommendations(doc, ctx)), _texts(analyze_outlook(doc, ctx)),
            _texts(analyze_analysis(doc, ctx)))


def _has(items: list[str], words: str) -> bool:
    return any(words in i for i in items)


def test_diary_past_step_is_no_outlook() -> None:
    _, outlook, _ = _sections(_DIARY)
    assert not _has(outlook, "find out if she could help")
    assert _has(outlook, "Tomorrow we will move the clinic")


def test_diary_past_advice_is_no_recommendation() -> None:
    recs, _, _ = _sections(_DIARY)
    assert not _has(recs, "advised me against it")


def test_scene_detail_because_is_no_cause() -> None:
    _, _, analysis = _sections(_DIARY)
    assert not _has(analysis, "sitting on a crate")
    assert _has(analysis, "fuel was full of water")


def test_writers_hedge_is_no_outlook() -> None:
    _, outlook, _ = _sections(_COMMENT)
    assert not _has(outlook, "would appear to be a link")


def test_past_comparison_and_illustration_are_no_outlook() -> None:
    _, outlook, _ = _sections(_STUDY)
    assert not _has(outlook, "slower than we expected")
    assert not _has(outlook, "Suppose a stranger")
    assert _has(outlook, "repaint its visitor walkway")


def test_dangling_this_was_because_is_shown_with_what_it_explains() -> None:
    _, _, analysis = _sections(_REPORT)
    for item in analysis:
        if "this was because" in item:
            assert "decided not to ask manufacturers" in item


def test_rumour_and_claimed_striker_are_no_causes() -> None:
    _, _, analysis = _sections(_REPORT)
    assert not _has(analysis, "thrown himself")
    assert not _has(analysis, "imperialist aggressors")
    assert _has(analysis, "closed because of the storm")


def test_reported_call_kept() -> None:
    recs, outlook, _ = _sections(_REPORT)
    assert _has(recs, "urged the government to hire")
    assert _has(outlook, "meet again in Geneva next month")


def test_predictive_should_is_no_recommendation() -> None:
    recs, _, _ = _sections(_EARNINGS)
    assert not _has(recs, "should earn")
    assert not _has(recs, "should rise")


def test_supposed_case_is_an_argument_step() -> None:
    from newsbrief.analyze.section_steps import argument_step

    doc = _doc("Suppose a stranger walks into the yard and you move fast, the dogs could read it as a threat. "
               "The kennel will open a second yard next spring.", "Dogs")
    first, second = doc.sentences
    assert argument_step(doc, first)
    assert not argument_step(doc, second)


# A news report with a call for a wage rise and advice to residents: both stay calls.
_CALLS = (
    "Unions march for higher pay in Leeds\n\n"
    "Thousands of workers marched through Leeds on Saturday. "
    "Union leader Mara Quinn said the minimum wage should rise to $15 an hour. "
    "The council urged residents to stay indoors during the heatwave. "
    "The march ended peacefully in the city centre.\n")


def test_calls_with_amounts_and_reported_advice_stay() -> None:
    recs, _, _ = _sections(_CALLS)
    assert _has(recs, "minimum wage should rise")
    assert _has(recs, "urged residents to stay indoors")


def test_led_to_a_place_is_no_cause() -> None:
    text = ("Dancers take over the museum for one night\n\n"
            "Guests were instructed to hand in their coats, then led to the top floor of the museum, where "
            "the old gallery had been painted with stripes. The storm led to the closure of the north wing. "
            "Six dancers performed for two hours.\n")
    _, _, analysis = _sections(text)
    assert not _has(analysis, "top floor")
    assert _has(analysis, "storm led to the closure")
