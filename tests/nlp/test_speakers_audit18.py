"""Misattribution after reader Audit 18 (section 19.3 "Misattributed", 19.4 item 1), on short texts written for
these tests:

1. A speaker is never replaced by the people he quotes: a generic plural ("people", "critics") in the sentence
   before never takes a quotation whose own sentence or paragraph names a speaker, and "people say" inside a
   quotation is content.
2. A descriptor speaker ("a doctor at the hospital said") keeps the quotation; an organisation named after it
   never takes it.
3. An un-set-off quotation: the lines after "X said in a note to clients:" or "Y wrote on the company blog:" are
   X's (Y's) words, until the writer's own voice comes back.
4. A quotation paragraph right after a named speaker's "said" sentence is his.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from tests.nlp.test_session12_speakers2 import check_speaker

_NOTE = ("Shares in Gulf Petro fell 3% on Tuesday after the government sued the company over the spill.\n\n"
         "Analyst Tom Burke of City Markets said in a note to clients:\n\n"
         "There would of course be a price that the company might be prepared to agree to, and it would be "
         "large.\n\nWe will all wait with bated breath.\n\n"
         "The company said the suit was based on allegations and that it would defend itself.")
_BLOG = ("Rivermail, the cable company, has been accused of blocking traffic from the Tor network.\n\n"
         "Jason Lively, the company's chief privacy officer, wrote on the company blog:\n\n"
         "We respect customer privacy and security and would never block the use of any browser. Customers can "
         "use whatever software they like.\n\n"
         "The accusation first appeared on a technology site on Friday.")

# (text, a piece of the content, a speaker that must hold it (any one, as a substring), speakers never given)
SPEAKERS: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    # 1. the people he quotes
    ("Jane Roe is the health editor of the Daily Courier. People say there are only two kinds of medical story: "
     "a scare and no scare. \"You wait 20 years for a proper scare, and when it comes people accuse you of "
     "crying wolf,\" said Roe.", "You wait 20 years", "Roe", ("People", "people")),
    ("Jane Roe has heard it all before. People say there are only two kinds of medical story.\n\n"
     "\"You wait 20 years for a proper scare, and when it comes people accuse you of crying wolf,\" says the "
     "health editor of the Daily Courier, Jane Roe.", "You wait 20 years", "Roe", ("People", "people")),
    ("Critics say the paper exaggerated the danger of the virus. \"I felt there was a real need to answer that "
     "charge, and that is why I wrote the piece,\" said health editor Jane Roe.", "real need to answer",
     "Roe", ("Critics", "critics")),
    ("Health editor Jane Roe has heard the complaint before. People say there are only two kinds of medical "
     "story.\n\n\"People accuse you of crying wolf. I felt there was a real need to answer that charge,\" she "
     "said.", "real need to answer", "Roe", ("People", "people")),
    # "people say" inside the quotation is content
    ("\"People say there are only two kinds of medical story: the scare and the no-scare. You wait 20 years for "
     "a proper scare, and when it comes people accuse you of crying wolf,\" said Jane Roe, health editor of the "
     "Daily Courier.", "You wait 20 years", "Roe", ("People", "people")),
    ("Jane Roe, health editor of the Daily Courier, defended the coverage on Monday.\n\n\"People say there are "
     "only two kinds of medical story. You wait 20 years for a proper scare, and then people accuse you of "
     "crying wolf.\n\n\"I felt there was a real need to answer that charge, and that is why I wrote the piece I "
     "did.\"", "real need to answer", "Roe", ("People", "people")),
    ("Jane Roe, health editor of the Daily Courier, defended the coverage on Monday.\n\n\"People say there are "
     "only two kinds of medical story. You wait 20 years for a proper scare, and then people accuse you of "
     "crying wolf.\n\n\"I felt there was a real need to answer that charge, and that is why I wrote the piece I "
     "did.\"", "You wait 20 years", "Roe", ("People", "people")),
    # near-miss: the generic plural speaks for itself
    ("Critics say the plan is far too costly for a small town.", "far too costly", "Critics", ()),
    ("Many residents say \"we have simply had enough of the noise\".", "had enough", "residents", ()),
    # 2. a sidebar descriptor, an organisation named after the quotation
    ("The BBC's Adam Cole is at the main hospital in Port Mere.\n\n"
     "A doctor at the hospital said: \"One of the big risks now is that of secondary infection.\"\n\n"
     "A plane carrying supplies for Medecins Sans Frontieres was turned away on Sunday.",
     "secondary infection", "doctor", ("Medecins Sans Frontieres", "Adam Cole", "BBC")),
    ("The BBC's Adam Cole is at the main hospital in Port Mere.\n\n"
     "\"One of the big risks now is that of secondary infection,\" said a doctor at the hospital.\n\n"
     "Medecins Sans Frontieres said its plane had been turned away on Sunday.",
     "secondary infection", "doctor", ("Medecins Sans Frontieres", "Adam Cole", "BBC")),
    # near-miss: the organisation named in the quotation's own sentence speaks
    ("\"Our plane was turned away twice,\" Medecins Sans Frontieres said in a statement.",
     "turned away twice", "Medecins Sans Frontieres", ()),
    # 3. un-set-off quotations
    (_NOTE, "price that the company", "Burke", ()),
    (_NOTE, "bated breath", "Burke", ()),
    (_BLOG, "We respect customer privacy", "Lively", ("Rivermail",)),
    (_BLOG, "whatever software they like", "Lively", ("Rivermail",)),
    # near-miss: the writer's own voice comes back
    (_NOTE, "suit was based on allegations", "Gulf Petro", ("Tom Burke", "Burke")),
    (_BLOG, "accusation first appeared", None, ("Jason Lively", "Lively")),
    # near-miss: a colon with no speaker before it gives its list to no one
    ("Mayor Ellen Park opened the new bus station on Monday. The main changes to the timetable are these:\n\n"
     "Buses will run every ten minutes on the city routes.\n\nWe will publish the night routes next month, "
     "the council's transport office added.", "every ten minutes", None, ("Ellen Park", "Park")),
    # 4. a closing quotation paragraph after a named speaker's sentence
    ("The hospital expects a hard winter. Dr Ann Fielden, who runs intensive care at St Mary's, said the "
     "winter would be hard.\n\n\"We do not have enough beds. If the virus comes back in the autumn, we will "
     "have to cancel operations. Nobody wants that.\"", "cancel operations", "Fielden", ()),
    ("The hospital expects a hard winter. Dr Ann Fielden, who runs intensive care at St Mary's, said the "
     "winter would be hard.\n\n\"We do not have enough beds. If the virus comes back in the autumn, we will "
     "have to cancel operations. Nobody wants that.\"", "Nobody wants that", "Fielden", ()),
    ("Dr Ann Fielden said the winter would be hard. \"We do not have enough beds, and the staff are tired.\"",
     "enough beds", "Fielden", ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "piece", "expected", "never"), SPEAKERS,
                         ids=[f"speaker{i}" for i in range(len(SPEAKERS))])
def test_the_speaker_is_the_one_named(text: str, piece: str, expected: str | None, never: tuple[str, ...]) -> None:
    check_speaker(text, piece, expected, never)
