"""Actors, Audit 48 (issue #11; docs/audit.md 49.2, 49.4 item 8, 49.5 "Key people missing").

- A company the model tags as a place, named with a trade noun in apposition ("the Swiss drilling company, NAME")
  and once after "on" (the blame laid on it), is an organisation: one setting in four mentions is no place.
- A firm named in full with its country ("NAME Petroleum of Canada") and then by its first word is one actor; its
  executives who "seemed happy to keep" the blame act through the raising verb, so the partner is listed.

All texts and names are invented.
"""

from __future__ import annotations

from .actor_cases import actors_of

_RIG_OWNER = """Investigators heard on Friday that alarms on the Korvanta rig had been switched off for months.

The oil major Petrell, which leased the rig, has so far taken the blame for the blast that killed nine workers.

Korvanta, which has had an easy ride so far, could now find itself in the line of fire as the inquiries continue.

The fact remains that the Swiss drilling company, Korvanta, with its first quarter profits of $400m, is a small
target next to Petrell.

Petrell's chief executive, Hugo Mant, once laid the blame on Korvanta. "This was Korvanta's rig," he said.
"""


def test_a_rig_owner_with_a_trade_apposition_is_an_organisation_not_a_place() -> None:
    actors = actors_of(_RIG_OWNER)
    assert actors["Korvanta"].type == "organisation"


_PARTNERS = """Petrell will defend itself next week when its chief executive, Hugo Mant, presents the results.

Petrell said on Friday that many things had gone wrong on the well. It might have reminded everyone who its
partners were, because the names of Hamada of Japan and Torvik Petroleum of Canada are little known.

Both appeared before a Senate committee this week, where Torvik executives seemed happy to keep all the blame on
Petrell.

Mant said the company would pay all legitimate claims.
"""


def test_a_partner_named_with_its_country_and_acting_through_its_executives_is_listed() -> None:
    actors = actors_of(_PARTNERS)
    torvik = [info for name, info in actors.items() if name.startswith("Torvik")]
    assert len(torvik) == 1 and torvik[0].mentions == 2 and torvik[0].type == "organisation"
