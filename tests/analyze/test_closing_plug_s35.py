"""Reader Audit 52 #9 (docs/audit.md 53.4): a tech-news brief closed on the site's plug for its own coverage ("...,
and MacRumors will provide full coverage of the event"). An outlet promising its own coverage - by "we", by the name
its source gives, or by a name the article uses nowhere else - closes nothing (closing_statement.outlet_plug). The
articles are invented. Near misses stay: a company's own promise of updates, named before, and a broadcaster that is
a party to the story."""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import without_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings
from tests.analyze.test_conclusion_session17 import Case, check_shown

_HEAD = (
    "Orbit Labs will unveil its first folding tablet next week, according to a report in the Daily Ledger.\n\n"
    "The report says the tablet will have a hinge made of liquid metal and a battery that lasts two days.\n\n"
    "Orbit Labs delayed the tablet by six months after early hinges cracked in testing, the report adds.\n\n")
NAMED_ONCE = _HEAD + (
    "The launch event starts at 9 a.m. on Tuesday in Austin. Orbit Labs will stream the event online, and "
    "GadgetWire will provide full coverage of the event.")
WE = _HEAD + (
    "Analysts expect the tablet to cost more than most laptops when it goes on sale in the autumn.\n\n"
    "Our reporters will have full coverage of the launch in Austin on Tuesday.")
SOURCE_NAMED = _HEAD + (
    "Analysts expect the tablet to cost more than most laptops when it goes on sale in the autumn.\n\n"
    "Techbeat, as always, will have live coverage of the launch from Austin.")
ON_HAND = _HEAD + (
    "Analysts expect the tablet to cost more than most laptops when it goes on sale in the autumn.\n\n"
    "GadgetWire will be on hand in Austin with live coverage.")
VISIT = _HEAD + (
    "Analysts expect the tablet to cost more than most laptops when it goes on sale in the autumn.\n\n"
    "For full coverage of the launch, visit our gadget show page.")
COMPANY = _HEAD + (
    "Orbit Labs said it would publish the test results of the new hinge and will provide updates on the launch as "
    "it prepares the tablet for sale.")
PARTY = (
    "The streaming service Vistaplay has won the rights to show next year's cycling world championships, beating "
    "two national broadcasters.\n\n"
    "Vistaplay paid about $40 million for the rights, twice what the last holder paid, the organisers said.\n\n"
    "The deal ends decades of free coverage on national television, and fans' groups have criticised it.\n\n"
    "Vistaplay will provide live coverage of every race, including the women's events that were not shown before.")

CASES = (
    Case("named_once", NAMED_ONCE, avoid=("GadgetWire will provide",)),
    Case("we", WE, avoid=("Our reporters will have",), want=("more than most laptops",)),
    Case("source_named", SOURCE_NAMED, avoid=("will have live coverage",), want=("more than most laptops",),
         url="https://www.techbeat.example/news/orbit-tablet"),
    Case("on_hand", ON_HAND, avoid=("on hand in Austin",), want=("more than most laptops",)),
    Case("visit_our_page", VISIT, avoid=("visit our gadget show page",), want=("more than most laptops",)),
    Case("company_promise", COMPANY, want=("will provide updates on the launch",)),
    Case("party_broadcaster", PARTY, want=("every race",)),
)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_plug(case: Case) -> None:
    article = without_furniture(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)), Settings())
    doc = annotate(article)
    found = analyze_in_context(doc, build_context(doc))
    check_shown(case, " ".join(c.item.text for c in found["conclusion"]))
