"""Reports of three bridge closures in one fortnight, written for the story split tests.

Three sibling events of one kind: each report tells the same kind of closure in
nearly the same words, so the second closure's first report joins the first
closure's story (words alone cannot tell them apart yet). Each closure has its
own bridge, town, river, engineer and opening year, so once a closure has two
reports in the story the clusterer splits it off. In this order the first
story splits at the fourth report (the second closure leaves) and the second
closure's story splits at the seventh (the third closure leaves it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newsbrief.models import article_id
from newsbrief.stories.items import ClusterItem


@dataclass(frozen=True)
class Closure:
    """One bridge closure: what its reports name."""

    bridge: str
    town: str
    river: str
    engineer: str
    opened: str
    vehicles: str
    weekday: str

    def sentences(self) -> list[str]:
        """The facts every report of the closure tells, in a fixed order."""
        return [
            f"Engineers closed the {self.bridge} bridge over the river {self.river} on {self.weekday} after "
            "inspectors found cracks in a steel girder.",
            f"About {self.vehicles} vehicles cross the bridge every day, and drivers face detours of up to an hour.",
            f"\"We will not reopen it until we know it is safe,\" said {self.engineer}, the county's chief engineer.",
            f"The bridge opened in {self.opened} and has not had a major repair since then.",
            f"Shops in {self.town} warned that the closure would cost them trade during the spring market.",
            "Inspectors expect to report on the damage to the bridge within two weeks.",
        ]

    def entities(self) -> tuple[str, ...]:
        """The names a named-entity model finds in a report (given by hand, so the tests need no model)."""
        return (self.bridge, self.town, self.river, self.engineer)


HOLLIN = Closure("Hollin Street", "Marrowby", "Teal", "Ruth Okafor", "1962", "18,000", "Monday")
CASKEY = Closure("Caskey Lane", "Pellworth", "Brant", "Dmitri Salas", "1987", "22,000", "Thursday")
ORRIN = Closure("Orrin Mill", "Fenhallow", "Loddon", "Agnes Tiller", "2003", "9,000", "Friday")
CLOSURES = {"hollin": HOLLIN, "caskey": CASKEY, "orrin": ORRIN}


@dataclass(frozen=True)
class Report:
    """One outlet's report of a closure: which closure, its headline, its sentence order, day and outlet."""

    closure: str
    title: str
    order: tuple[int, ...]
    date: str
    outlet: str

    @property
    def text(self) -> str:
        """The headline, then the closure's sentences in this report's order."""
        facts = CLOSURES[self.closure].sentences()
        return self.title + "\n" + " ".join(facts[i] for i in self.order)

    @property
    def url(self) -> str:
        """The report's address."""
        return f"https://{self.outlet.replace(' ', '').lower()}.example/{self.closure}/{self.date}"

    def item(self) -> ClusterItem:
        """The report as the clusterer reads it (its id is the article id of its text, as filing gives it)."""
        return ClusterItem(article_id(self.text), self.title, self.text, self.date, self.outlet,
                           CLOSURES[self.closure].entities())


FIRST, DETOURS, ENGINEER = (0, 1, 2, 3, 4, 5), (1, 0, 3, 2, 5, 4), (2, 0, 1, 3, 4, 5)

# In publication order (one a day), as a feed or the batch runner files them.
STREAM = [
    Report("hollin", "Cracks close Hollin Street bridge in Marrowby", FIRST, "2026-04-06", "Valley Post"),
    Report("caskey", "Cracks close Caskey Lane bridge in Pellworth", FIRST, "2026-04-07", "Valley Post"),
    Report("hollin", "Marrowby drivers face detours as Hollin Street bridge shuts", DETOURS, "2026-04-08",
           "County Herald"),
    Report("caskey", "Pellworth drivers face detours as Caskey Lane bridge shuts", DETOURS, "2026-04-09",
           "County Herald"),
    Report("orrin", "Cracks close Orrin Mill bridge in Fenhallow", FIRST, "2026-04-10", "Valley Post"),
    Report("hollin", "Hollin Street bridge: Ruth Okafor says no date for reopening", ENGINEER, "2026-04-11",
           "Riverside Times"),
    Report("orrin", "Fenhallow drivers face detours as Orrin Mill bridge shuts", DETOURS, "2026-04-12",
           "County Herald"),
    Report("caskey", "Caskey Lane bridge: Dmitri Salas says no date for reopening", ENGINEER, "2026-04-13",
           "Riverside Times"),
    Report("orrin", "Orrin Mill bridge: Agnes Tiller says no date for reopening", ENGINEER, "2026-04-14",
           "Riverside Times"),
]


def write_jsonl(path: Path) -> Path:
    """The stream as a JSONL file `newsbrief add` and `newsbrief batch` read."""
    lines = [json.dumps({"id": f"bridge-{n}", "text": r.text, "title": r.title, "outlet": r.outlet,
                         "date": r.date, "url": r.url}) for n, r in enumerate(STREAM)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
