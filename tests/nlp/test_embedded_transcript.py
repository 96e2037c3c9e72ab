"""An interview transcript quoted inside a column (reader Audit 10, section 11.4 pattern 1): every line
of a labelled turn ("Brandt: ...", "Quillon: ...", "REP. OKAFOR: ...") is its labelled speaker's, the
second and later sentences of a turn included; the interviewer's questions are the interviewer's, never
the columnist's own words; and the column's own paragraphs after the exchange are the columnist's again.
Near misses: labels that are not people ("Pros:", "Cons:") make no transcript.

Articles written for this test; the first score, before the rules changed, is in the commit that added
this file.
"""

from __future__ import annotations

import re

import pytest

from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

COLUMN = "\n\n".join([
    "Senator Marta Quillon, Democrat of Vermont, is not known for alarm. But on Tuesday night she told a "
    "radio host something that deserves attention:",
    "Brandt: Senator, you said the ports are unsafe. Do you have evidence of that?",
    "Quillon: I do. Inspectors have found forged manifests on three ships this month.",
    "Brandt: Who told you that?",
    "Quillon: The harbour authority told my staff last week.",
    "Brandt: Hold on. Nobody acted on it?",
    "Quillon: No. They filed the reports and waited. That is how these things get missed.",
    "Then consider this remark from a state official:",
    "The state's port director, Alan Reese, said in a statement that every manifest was checked twice.",
    "Is the danger at the ports still being ignored? Who will answer for it?",
])

CAPS = "\n\n".join([
    "Representative Grace Okafor has spent a year warning about the grain reserve. On Sunday's programme "
    "she went further than ever before. Here is part of the exchange:",
    "MS. LINDQVIST: Congresswoman, how much grain is left in the reserve?",
    "REP. OKAFOR: Less than a month's supply. The department knows it and says nothing.",
    "MS. LINDQVIST: Why would they hide it? Surely farmers would notice.",
    "REP. OKAFOR: Farmers have noticed. Prices at the silo doubled in March.",
    "That is a serious charge, and the department should answer it this week.",
])

INTERVIEW = "\n\n".join([
    "Ines Varga runs the only bakery on the island. We spoke with her about the ferry strike.",
    "Q: How long can you keep baking?",
    "A: Two weeks, perhaps three. Flour comes by the morning ferry.",
    "Q: What happens after that?",
    "A: We close. I have told the staff already.",
    "It is the third strike this year, and nobody has asked the bakers what it costs.",
    "Q: Will you stay on the island?",
    "A: Yes. My grandmother opened this shop.",
    "I will not be the one who closes it for good.",
])

REVIEW = "\n\n".join([
    "Two new kettles arrived on our test bench this month, and both promise to boil a litre in under "
    "two minutes.",
    "The Aurel kettle is the lighter of the two and pours cleanly.",
    "Pros: Light and quick to boil.",
    "Cons: The lid sticks after a week of use.",
    "The Brisa kettle is heavier but keeps water hot for longer.",
    "Pros: Keeps water hot for an hour.",
    "Cons: Noisy when it reaches the boil.",
    "Neither is perfect, but the Aurel is the better buy for a small kitchen.",
])


def _doc(text: str) -> Document:
    return annotate(Article(text=text, source=Source(title="A test column")))


def _head(name: str | None) -> str | None:
    words = re.sub(r"[^\w\s-]", "", (name or "").lower()).split()
    return words[-1] if words else None


# (article, a phrase of the sentence, expected voice kind, expected speaker's last name or None)
CASES = [
    (COLUMN, "is not known for alarm", "reporter", None),
    (COLUMN, "Senator, you said the ports are unsafe", "person", "brandt"),
    (COLUMN, "Do you have evidence of that?", "person", "brandt"),
    (COLUMN, "Inspectors have found forged manifests", "person", "quillon"),
    (COLUMN, "Nobody acted on it?", "person", "brandt"),
    (COLUMN, "That is how these things get missed.", "person", "quillon"),
    (COLUMN, "every manifest was checked twice", "person", "reese"),
    (COLUMN, "Is the danger at the ports still being ignored?", "reporter", None),
    (CAPS, "how much grain is left", "person", "lindqvist"),
    (CAPS, "The department knows it and says nothing.", "person", "okafor"),
    (CAPS, "Surely farmers would notice.", "person", "lindqvist"),
    (CAPS, "Prices at the silo doubled in March.", "person", "okafor"),
    (CAPS, "the department should answer it this week", "reporter", None),
    (INTERVIEW, "Flour comes by the morning ferry.", "person", "varga"),
    (INTERVIEW, "I will not be the one who closes it", "person", "varga"),
    (REVIEW, "Light and quick to boil.", "reporter", None),
    (REVIEW, "The lid sticks after a week of use.", "reporter", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "voice", "speaker"), CASES,
                         ids=[f"{i}-{c[1][:24]}" for i, c in enumerate(CASES)])
def test_each_labelled_line_is_its_speakers(text: str, phrase: str, voice: str, speaker: str | None) -> None:
    doc = _doc(text)
    at = doc.article.text.index(phrase)
    index = next(s.index for s in doc.sentences if s.start <= at < s.end)
    found = attribute(doc).voice_of(index)
    assert (found.voice, _head(found.speaker)) == (voice, speaker)


@pytest.mark.slow
@pytest.mark.parametrize("phrase", ["Do you have evidence of that?", "Who told you that?"])
def test_an_interviewers_question_in_a_column_asks(phrase: str) -> None:
    doc = _doc(COLUMN)
    at = doc.article.text.index(phrase)
    index = next(s.index for s in doc.sentences if s.start <= at < s.end)
    found = attribute(doc).voice_of(index)
    assert found.voice != "reporter" and found.stance == "asks"
