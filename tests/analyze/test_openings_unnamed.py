"""An opening "He"/"She" is not repaired to a name when an unnamed person of its gender is the nearer subject.

Session 24 task (the lead's reading of an unseen CNN/DM brief): a caption glued to the next sentence ("Her body was
found in a flat A 30-year-old man was arrested ...") put an unnamed man ("a 30-year-old man", "a spokesman") as the
subject of the sentence before an opening "He", and the repair named the dead person two sentences back: the one
arrested was told to return to a police station, not the victim. A subject no name says, of the pronoun's gender
and nearer than the name, is the likelier referent, and the statement is withheld rather than guessed. Short texts
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.opening_cases import check_repair

CASES = [
    ("Police found the body of Daniel Okoro, 52, at a farm near Hull on Sunday. A 19-year-old man was arrested "
     "at the scene. He is due to appear in court on Friday.", 2, "not [Okoro"),
    ("Jonah Pike, 48, died in March after a fall. His body was found in a garage in Leeds A 27-year-old man was "
     "arrested on suspicion of murder but has been released. He has been told to return to a police station in "
     "June.", 2, "not [Pike"),
    ("Marcus Webb runs the bakery on the corner. A spokesman for the bakery was travelling abroad this week. He "
     "will be back on Monday.", 2, "not [Webb"),
    ("Ellen Frost, 60, was attacked outside her home in April. Her bag was found in a park A 22-year-old woman "
     "was charged with robbery and is in custody. She will appear before magistrates next month.", 2, "not [Frost"),
    # near misses: the name is the nearer subject, or the unnamed person is of the other gender
    ("A woman was arrested near the farm where Daniel Okoro lived. Daniel Okoro had been missing for a week. He "
     "was last seen at a petrol station.", 2, "[Okoro]"),
    ("A 40-year-old woman was held at the scene. Officer Tom Harte found the van near the harbour. He said the "
     "doors had been forced.", 2, "[Harte]"),
    ("Daniel Okoro hired a man to fix the roof of his barn. He paid in cash.", 1, "[Okoro]"),
    ("Daniel Okoro grew up on a farm near Hull. His father ran a garage in the town. His mother died in 2011.", 2,
     "[Okoro's]"),
]


@pytest.mark.parametrize(("text", "index", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_an_unnamed_nearer_subject_blocks_the_name(text: str, index: int, expected: str) -> None:
    """The pronoun after an unnamed person's sentence never becomes a name from further back."""
    check_repair(text, index, expected)
