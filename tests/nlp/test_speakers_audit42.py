"""Misattribution after reader Audit 42 (section 43.3, pattern 1: the last-named speaker takes the line), on
short texts written for these tests:

1. A "he" source is never a person the text has already shown, by a "she said" of her own, to be a woman:
   a spokeswoman quoted with "she said" between a king's paragraphs does not take his next "he remarked".
2. "He also said" after "The analyst predicts ..., the Gazette reports" is the analyst's, not the outlet's
   nor a product named in the claim.
3. A "he" source goes to "the Valdorian monarch" who is "King Faisal", the royal the text names most.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

_KING = (
    "Valdoria's King Faisal has said President Oren Vask should step down, in an interview with the World "
    "Radio Service.\n\n"
    "King Faisal said the violence in the neighbouring country had gone on too long.\n\n"
    "A spokesperson for the Ostrian embassy in Paris, Lena Mirov, said: \"the president answers only to the "
    "Ostrian people\".\n\n"
    "Speaking to the same station, she said: \"We expect our neighbours to help us end this crisis.\"\n\n"
    "The Valdorian monarch said he had twice telephoned his neighbour this spring.\n\n"
    "\"It was soon plain to me that they had no wish to talk to anyone,\" he remarked sadly.\n\n"
    "He said the Ostrian government still believed it could \"outlast every protest\"."
)

_CHEF = (
    "The chef Marta Quiles opened her third restaurant on Friday.\n\n"
    "Her business partner, Dana Ruiz, said: \"We waited two years for this site.\"\n\n"
    "Asked about the rent, she said: \"It is high, but the street is busy.\"\n\n"
    "The city's food inspector, Paul Grant, visited on the first night.\n\n"
    "\"The kitchen was spotless,\" he told the paper."
)

_CLUB = (
    "Tom Ashby, the Rovers manager, praised his new striker on Friday.\n\n"
    "A spokesperson for the league, Robin Vale, said: \"The transfer was approved on Thursday.\"\n\n"
    "In a radio interview, she said: \"We checked every document twice.\"\n\n"
    "Saturday's match against United is sold out.\n\n"
    "\"He is ready, and the fans will love him,\" he added."
)

_ANALYST = (
    "Harlow Securities' Nina Petrov has issued a new note to clients on the coming Zephyr phone. The analyst "
    "predicts that the basic Zephyr will sell for $399, while the Zephyr Max will cost $899, the Tech Gazette "
    "reports. She also said that on average, buyers will spend closer to $480 on the phone.\n\n"
    "The Zephyr will come in three sizes."
)

CASES: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the woman quoted with "she said" does not take the man's "he remarked"
    (_KING, "soon plain to me", "Faisal", ("Lena Mirov", "Mirov")),
    (_KING, "outlast every protest", "Faisal", ("Lena Mirov", "Mirov")),
    # near-miss: the spokeswoman's own "she said" stays hers
    (_KING, "We expect our neighbours", "Mirov", ("King Faisal", "Faisal")),
    # near-miss: a man named last takes a "he told"
    (_CHEF, "kitchen was spotless", "Grant", ("Dana Ruiz", "Ruiz")),
    (_CHEF, "It is high", "Ruiz", ("Paul Grant", "Grant")),
    (_CLUB, "fans will love him", "Ashby", ("Robin Vale", "Vale")),
    # 2. the analyst, not the outlet that reports the note nor a product in it
    # ("the analyst" is not yet resolved to Petrov: a definite role after one named person may be another one,
    # "Mayor Ann Lee opened the bridge. The engineer said ...", so it is left as written)
    (_ANALYST, "closer to $480", "analyst", ("Tech Gazette", "the Tech Gazette", "Zephyr Max")),
    # near-miss: a reporter's own report before its content speaks; the next "she" is hers
    ("Our correspondent Ella Marsh reported that the talks had stalled on Monday. She also said that both sides "
     "would meet again in May.", "meet again in May", "Marsh", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), CASES, ids=[f"a42_{i}" for i in range(len(CASES))])
def test_a_he_is_not_the_woman_quoted_last(text: str, piece: str, expected: str | None,
                                            never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)


# 4. "As for Mari, she admitted ...": the person the sentence fronts as its topic is the "she", not the man
# quoted just before about her (Audit 42 #5: a singer's "it was an honor to be picked" went to the man).
_STUDIO = (
    "The singers Dev Arora and Marisol Vega recorded the charity song on Tuesday.\n\n"
    "\"She was nervous but ready,\" Dev said.\n\n"
    "\"I gave her a hug, but I don't think she wanted one.\"\n\n"
    "As for Mari, she admitted she had never heard the song before the session.\n\n"
    "But she thinks it is \"a lovely tune\" and says \"it was a joy to be asked\"."
)

TOPICS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    (_STUDIO, "never heard the song", "Mari", ("Dev Arora", "Dev", "Arora")),
    (_STUDIO, "a joy to be asked", "Mari", ("Dev Arora", "Dev", "Arora")),
    # near-miss: a fronted topic that is no name leaves the "she" to the person named before
    ("Mayor Ann Lee spoke to reporters on Monday. As for the budget, she said it would balance by June.",
     "balance by June", "Lee", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), TOPICS, ids=[f"a42_topic{i}" for i in range(len(TOPICS))])
def test_a_fronted_name_is_the_pronoun(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)
