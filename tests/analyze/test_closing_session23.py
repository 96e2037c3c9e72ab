"""Reader Audit 37 (docs/audit.md 38), conclusion: closes a reader misread or would delete. The articles are
invented for these tests.

- a close whose "it" is the subject of a reported clause ("Critics say its main flaw is ...") and means a thing the
  sentence before names: shown alone, after the brief's other lines, the "it" reads as the story's main subject;
- a writer's closing quip with no noun at all ("Cleared, and it feels great."): it names nothing a reader can keep;
- a court report that ends on an earlier hearing ("At a previous hearing, his lawyers said ...", "The court heard at
  the time ...") after the remand: the backstory is no close, the remand and the sentencing date are (the lead's
  reading of XSum row 116);
- a newest-first live page: the close is the latest entry's main line, and an older entry only when it states where
  the story stands (a toll, an outcome), never a middle line of an entry or someone's view.

Near misses stay: "The council says it will vote again" (the "it" is the speaker), a short close that names its
thing ("For now, the bridge stays shut."), a dummy "it" ("Critics say it is too early to judge.").
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.conclusion import analyze_conclusion
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from tests.analyze.test_conclusion_session17 import Case, check_shown

_FARE_HEAD = (
    "Bus drivers in Lorton will no longer call the police over unpaid fares, the transit authority said on "
    "Wednesday.\n\n"
    "Under the new rule, a rider caught without a ticket will be handed a fine of 40 dollars instead of being "
    "detained.\n\n"
    "Drivers' unions said the change leaves their members exposed to abuse on late-night routes.\n\n")
OLD_POLICY = _FARE_HEAD + (
    "The authority's practice of detaining fare dodgers has drawn protests since a teenager was injured during an "
    "arrest at a depot last year.\n\n"
    "Critics say its main flaw is that it turns drivers against the poorest riders, who end up bearing the "
    "brunt of the crackdown.")
SPEAKER_IT = _FARE_HEAD + (
    "The city council will review the rule after six months.\n\n"
    "The transit authority says it will publish the number of fines issued every quarter.")
DUMMY_IT = _FARE_HEAD + (
    "The authority's practice of detaining fare dodgers has drawn protests since a teenager was injured during an "
    "arrest at a depot last year.\n\n"
    "Critics say it is too early to judge whether the fines will deter anyone.")

_SINGER_HEAD = (
    "A pop singer accused of miming at a charity concert has been cleared by the event's organisers.\n\n"
    "Footage shared online on Saturday appeared to show Dana Korr singing while her microphone was switched "
    "off.\n\n"
    "The organisers said on Monday that a faulty cable had cut the sound to the screens, and that she sang live "
    "throughout.\n\n")
QUIP = _SINGER_HEAD + "Cleared, and it feels great."
NAMED_SHORT = _SINGER_HEAD + "For now, the cable maker stays silent."

LIVE = (
    "Storm over the coast: as it happened\n\n"
    "2300 We are closing this live page for the night.\n\n"
    "2240 Our reporter Sam Hale in Port Levin says: \"The shelters are full tonight. Roads to the north are still "
    "cut. Engineers told me the damaged bridge is the biggest obstacle for the convoys. Power has been restored "
    "to half the town.\"\n\n"
    "2215 A former relief chief, Anna Belt, tells us the agencies have been slow but are well placed to catch "
    "up.\n\n"
    "2130 The coastguard said 41 people had died in the storm and 300 were injured.\n\n"
    "1900 The storm made landfall near Port Levin this afternoon, flattening hundreds of homes.\n\n"
    "0900 Welcome to our coverage of the storm that is heading for the coast.")

COURT = (
    "A man who sent threats to a crisis line in Oregon has admitted plotting to lure police officers into an "
    "ambush.\n\n"
    "Dean Mowbray, 41, of Rhyl, typed the messages during an online chat with the counsellors last spring.\n\n"
    "He admitted two charges at Chester Crown Court on Tuesday.\n\n"
    "He planned to call in a false burglary so that officers would drive to a quiet lane, the prosecution said.\n\n"
    "Judge Anne Colley remanded him in custody, and he will be sentenced next month.\n\n"
    "At an earlier hearing, his lawyers said he had never meant to harm anyone.\n\n"
    "The court heard at the time that officers were alarmed because he was on bail for a weapons offence.\n\n"
    "The Oregon crisis line offers free and confidential support to anyone in distress.")
COURT_CLOSE = COURT.rsplit("\n\n", 3)[0]

CASES = (
    # a court report ends on the backstory of an earlier hearing and a helpline's offer: the remand closes (XSum 116)
    Case("court_backstory", COURT, want=("remanded him in custody",), avoid=("earlier hearing", "at the time")),
    Case("court_close", COURT_CLOSE, want=("remanded him in custody",)),
    # the critics' "its" is the old practice the sentence before names (Audit 37 #9)
    Case("its_old_practice", OLD_POLICY, want=("main flaw",), needs=(("main flaw", "practice of detaining"),)),
    # near misses: the speaker's own "it", a dummy "it"
    Case("speaker_it", SPEAKER_IT, want=("publish the number of fines",), avoid=("review the rule",)),
    Case("dummy_it", DUMMY_IT, want=("too early to judge",), avoid=("practice of detaining",)),
    # the writer's quip is no close: the bottom line before it is (Audit 37 #8)
    Case("quip", QUIP, want=("faulty cable",), avoid=("feels great",)),
    Case("named_short", NAMED_SHORT, want=("cable maker stays silent",)),
    # a newest-first live page: no middle line of the latest entry, no older entry's view (Audit 37 #7)
    Case("live_latest", LIVE, avoid=("Engineers told me", "well placed to catch up", "Welcome")),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session23(case: Case) -> None:
    doc = annotate(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)))
    shown = " ".join(item.text for item in analyze_conclusion(doc, build_context(doc)))
    check_shown(case, shown)
