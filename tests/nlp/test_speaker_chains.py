"""Words given to the right mouth (the lead's reading of a Newsroom dev brief, session 13), on short articles
written for these tests:

1. A "she said" closing a quotation follows its pronoun chain ("trial volunteer Mary Stone ... She had ... She
   had ... she said") back to the person it started from, not the doctor quoted a few sentences before.
2. "find"/"see" with a plain noun object is narration ("One day she found a card"), not a report; "found no
   evidence", "found that ...", "the study found ..." stay reports.
3. A bare surname two people share is the one named last before it, or no one when both are named together.
4. The rescuer's words are not given to the one rescued.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

# (text, a piece of the content, a speaker that must hold it (substring) or None for no name, names never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the pronoun chain back to the person it began with
    ("Dr Paul Grant of the city hospital led the trial. \"It is a very exciting result,\" said Dr Paul Grant.\n\n"
     "The story of trial volunteer Mary Stone is a common one. Despite raising five children, she had never seen "
     "a doctor. She had been ill for years, hoping rest would fix things. \"Everyone said it would pass,\" she "
     "said, sitting in her small kitchen.", "Everyone said it would pass", "Mary Stone", ("Paul Grant",)),
    ("Mayor Ruth Bell opened the clinic on Monday. \"This is a proud day for the town,\" said Ruth Bell.\n\n"
     "The story of patient Omar Haddad is a familiar one. After losing his job, he had waited two years for a "
     "scan. He had lost hope long before the letter came. \"Nobody would see me,\" he said.",
     "Nobody would see me", "Omar Haddad", ("Ruth Bell",)),
    # the chain broken by another agreeing person as subject: the nearer one
    ("The story of volunteer Mary Stone is a common one. She had never seen a doctor.\n\n"
     "Nurse Linda Park visited the village in May. \"Everyone was afraid of the tests,\" she said.",
     "afraid of the tests", "Linda Park", ("Mary Stone",)),
    # near-miss: a speaker in the sentence just before carries on
    ("\"The test is cheap,\" said Dr Anna Cole. She added that the trial would run for ten years.",
     "the trial would run", "Anna Cole", ()),
    # 3. shared surnames
    ("Government spokesman Omar Ibrahim said the talks would resume on Friday.\n\n"
     "Rebel official Yusuf Ibrahim rejected the offer on Saturday.\n\n"
     "\"We will not negotiate under fire,\" Ibrahim said.", "negotiate under fire", "Yusuf Ibrahim",
     ("Omar Ibrahim",)),
    ("Government spokesman Omar Ibrahim and rebel official Yusuf Ibrahim met in the capital on Monday.\n\n"
     "\"We will not negotiate under fire,\" Ibrahim said.", "negotiate under fire", None,
     ("Omar Ibrahim", "Yusuf Ibrahim")),
    # 4. the rescuer, not the one rescued
    ("Firefighters carried Lily Chen, 7, out of the burning flat on Sunday.\n\n"
     "\"She was very brave,\" said Mark Hill, the officer who found her.\n\n"
     "He said the flat had filled with smoke in minutes.", "filled with smoke", "Mark Hill", ("Lily Chen",)),
    # 2. reports that stay reports
    ("The inspectors found no evidence of fraud at the bank.", "no evidence of fraud", "inspectors", ()),
    ("The study found that the test cut deaths by a third.", "the test cut deaths", "study", ()),
    ("Researchers found the vinegar test cut deaths by a third.", "cut deaths by a third", "Researchers", ()),
    ("The report found serious flaws in the design of the bridge.", "serious flaws", "report", ()),
]

# (text, a piece no attribution's content may hold: narration, not a report)
NOT_REPORTS: list[tuple[str, str]] = [
    ("Mary Stone lives in the village. One day she found a card from health workers in her letterbox.",
     "a card from health workers"),
    ("Police found the car near the river on Sunday.", "the car near the river"),
    ("Tom Reed lost his job in March. He saw a doctor for the first time in May.", "a doctor for the first time"),
    ("Women in either group found to have cancer were offered free treatment at the hospital.", "to have cancer"),
    ("The children found a puppy in the park and took it home.", "a puppy in the park"),
]


def _attributions(text: str) -> list[tuple[str | None, str]]:
    doc = annotate(Article(text=text, source=Source()))
    return [(a.speaker, text[a.content_start : a.content_end]) for a in attribute(doc).attributions]


def _speaker_ok(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> bool:
    speakers = [speaker for speaker, content in _attributions(text) if piece in content]
    if any(s and any(bad == s or bad in s.split(", ") for bad in never) for s in speakers):
        return False
    return expected is None or any(s and expected.lower() in s.lower() for s in speakers)


def _not_report_ok(text: str, piece: str) -> bool:
    return not any(piece in content for _, content in _attributions(text))


@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_words_go_to_the_right_mouth(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    assert _speaker_ok(text, piece, expected, never), _attributions(text)


@pytest.mark.parametrize(("text", "piece"), NOT_REPORTS, ids=[f"narration{i}" for i in range(len(NOT_REPORTS))])
def test_finding_a_thing_is_no_report(text: str, piece: str) -> None:
    assert _not_report_ok(text, piece), _attributions(text)


def score() -> tuple[int, int]:
    """(right, all) over the cases, for the commit message."""
    right = sum(_speaker_ok(*case) for case in SPEAKERS) + sum(_not_report_ok(*case) for case in NOT_REPORTS)
    return right, len(SPEAKERS) + len(NOT_REPORTS)


if __name__ == "__main__":  # pragma: no cover - a report for the commit message
    for case in SPEAKERS:
        print("ok " if _speaker_ok(*case) else "BAD", case[1], _attributions(case[0]))
    for narration in NOT_REPORTS:
        print("ok " if _not_report_ok(*narration) else "BAD", narration[1], _attributions(narration[0]))
    print("score", score())
