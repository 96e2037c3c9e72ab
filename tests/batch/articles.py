"""Small news articles written for the batch tests: six events, several outlets' reports of each.

The events happen within a fortnight (a feed mixes the stories of the same
days). Each report takes its event's sentences in a different order and adds an
outlet's own lead, so reports of one event share words and names (they form a
story) and no two reports are the same text.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict


class Event(TypedDict):
    """One event: its headline, the day it happened, and what every report of it says."""

    title: str
    day: date
    sentences: list[str]


EVENTS: list[Event] = [
    {
        "title": "Harbour bridge in Tarnby closes after cracks found in main span",
        "day": date(2025, 3, 3),
        "sentences": [
            "Engineers closed the Tarnby harbour bridge on Monday after inspectors found cracks in its main steel span.",
            "The regional transport agency said about 41,000 vehicles cross the bridge every day.",
            "\"We will not reopen it until we know the span is safe,\" said Mette Holm, the agency's chief engineer.",
            "Ferries between the two districts will run every 15 minutes while the bridge stays closed.",
            "The bridge opened in 1974 and was last repaired in 2011 at a cost of 120 million kroner.",
            "Local businesses warned that the closure could cost shops near the harbour thousands in lost trade.",
            "Mayor Jonas Brandt said the council would ask the government for emergency funds.",
            "Inspectors are expected to report on the extent of the damage within two weeks.",
        ],
    },
    {
        "title": "Keldor Mining fined for polluting the Vesna river",
        "day": date(2025, 3, 5),
        "sentences": [
            "A court in Ostrava fined Keldor Mining 8.5 million euros on Tuesday for polluting the Vesna river.",
            "Judges found that the company released tailings water containing arsenic into the river for three years.",
            "\"This ruling shows that no company is above the environmental law,\" said prosecutor Alena Dvorak.",
            "Keldor Mining said it would appeal and that it had already spent 20 million euros on new filters.",
            "Fishermen downstream reported that fish stocks fell by half between 2021 and 2024.",
            "The environment ministry ordered the company to fund a cleanup of the riverbed.",
            "Residents of the village of Brod have relied on bottled water since the spill was discovered.",
            "Environmental groups called the fine too small for a company with revenues of 900 million euros.",
        ],
    },
    {
        "title": "Lumen Air pilots strike over pay, grounding hundreds of flights",
        "day": date(2025, 3, 7),
        "sentences": [
            "Pilots at Lumen Air walked out on Wednesday, forcing the airline to cancel 340 flights.",
            "The pilots' union is demanding a pay rise of 12 percent after two years without an increase.",
            "\"Our members have carried this airline through the worst years,\" union leader Petra Lindqvist said.",
            "Lumen Air offered 5 percent and said the union's demand would threaten the company's recovery.",
            "About 48,000 passengers were affected on the first day of the strike.",
            "The airline said it would rebook travellers on partner carriers where seats were available.",
            "Transport minister Karl Ekberg urged both sides to return to talks with a mediator.",
            "The strike is planned to last three days unless an agreement is reached.",
        ],
    },
    {
        "title": "Rosvik hospital opens new cancer treatment wing",
        "day": date(2025, 3, 9),
        "sentences": [
            "Rosvik University Hospital opened a new cancer treatment wing on Monday after four years of building.",
            "The wing cost 65 million euros and holds two proton therapy machines, the first in the region.",
            "\"Patients will no longer have to travel abroad for this treatment,\" said Dr Ingrid Sol, head of oncology.",
            "The hospital expects to treat about 600 patients a year with proton therapy.",
            "Health minister Aron Falk attended the opening and praised the staff who planned the project.",
            "Until now, about 200 patients a year were sent to clinics in Germany for the same care.",
            "The hospital is still recruiting 30 nurses and physicists to run the new machines.",
            "Patient groups welcomed the opening but said waiting times for diagnosis remain too long.",
        ],
    },
    {
        "title": "Wildfire near Pinecrest forces evacuation of 3,000 residents",
        "day": date(2025, 3, 11),
        "sentences": [
            "A wildfire burning in the hills above Pinecrest forced about 3,000 residents to leave their homes on Saturday.",
            "Firefighters said the blaze had spread across 1,800 hectares of dry forest by the evening.",
            "\"The wind is our biggest enemy right now,\" said fire chief Daniel Ortega.",
            "Two water-bombing aircraft and 250 firefighters were working to protect the town's eastern edge.",
            "Officials opened an emergency shelter at Pinecrest High School for evacuated families.",
            "No injuries had been reported, but at least four barns were destroyed.",
            "Forecasters expect temperatures above 38 degrees and strong winds through Monday.",
            "The cause of the fire is under investigation, officials said.",
        ],
    },
    {
        "title": "Central bank of Norland raises interest rate to 4.5 percent",
        "day": date(2025, 3, 13),
        "sentences": [
            "The central bank of Norland raised its main interest rate by half a point to 4.5 percent on Thursday.",
            "Inflation in Norland reached 6.1 percent in August, the highest level in fifteen years.",
            "\"Price stability is the foundation of a healthy economy,\" said governor Elise Marten.",
            "The bank said further increases could follow if inflation does not slow by the end of the year.",
            "Mortgage holders will pay about 90 euros more a month on an average loan, economists estimated.",
            "Business groups criticised the decision and warned that investment would fall.",
            "The Norland krone rose 1.2 percent against the euro after the announcement.",
            "Finance minister Tomas Berg said the government supports the bank's independence.",
        ],
    },
]
OUTLETS = ["Harbour Post", "Daily Ledger", "Northern Wire", "City Courier", "Evening Standard Review", "Coast Times"]
LEADS = [
    "Here is what we know so far.",
    "Our correspondent reports from the scene.",
    "The news was confirmed by officials late in the day.",
    "Readers have sent us questions about what happens next.",
    "The story developed quickly over the course of the day.",
    "Reaction came swiftly from across the country.",
]


def article(event: int, variant: int) -> dict[str, str]:
    """Report ``variant`` of event ``event``: its sentences rotated, an outlet's lead, a date."""
    spec = EVENTS[event]
    sentences = list(spec["sentences"])
    turn = variant % len(sentences)
    body = sentences[:1] + sentences[1:][turn:] + sentences[1:][:turn]
    paragraphs = [" ".join(body[i:i + 2]) for i in range(0, len(body), 2)] + [LEADS[variant % len(LEADS)]]
    day = spec["day"] + timedelta(days=variant % 3)
    outlet = OUTLETS[variant % len(OUTLETS)]
    return {"id": f"e{event}-v{variant}", "title": f"{spec['title']} ({outlet})", "date": day.isoformat(),
            "outlet": outlet, "url": f"https://news.example/{event}/{variant}", "text": "\n\n".join(paragraphs)}


def write_jsonl(path: Path, variants: int = 6, events: int = len(EVENTS)) -> list[dict[str, str]]:
    """Write ``events x variants`` reports to ``path`` (interleaved, as a feed mixes stories)."""
    rows = [article(e, v) for v in range(variants) for e in range(events)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows
