"""Actors, Audit 48 (issue #11; docs/audit.md 49.2, 49.4 item 8, 49.5 "Key people missing").

- A company the model tags as a place, named with a trade noun in apposition ("the Swiss drilling company, NAME")
  and once after "on" (the blame laid on it), is an organisation: one setting in four mentions is no place.
- A firm named in full with its country ("NAME Petroleum of Canada") and then by its first word is one actor; its
  executives who "seemed happy to keep" the blame act through the raising verb, so the partner is listed.

All texts and names are invented.
"""

from __future__ import annotations

from .actor_cases import actors_of
from .test_actors_audit44 import _retagged

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


_ENDGAME = """As allied jets continue to strike Yemen and enforce a no-fly zone, Colonel Raad Moussa's regime is under
the greatest pressure it has faced in its 30-year rule.

Will Moussa survive, and who would run the country if he fell? Can Yemen ever enjoy peace, or is it set to be
ravaged by a long civil war?

Anna Petrov, professor of politics at Lund University, said she expected the conflict to drag on. "Yemen's
political landscape is uncertain, but I think Moussa will fight on," she said.

"It could see Yemen become divided, with Moussa ruling one half of the country," Petrov said.

Tomas Reyes, an analyst at the Halden Institute, said Moussa would hang on. "He has nowhere to go," Reyes said.
"""


def test_a_country_that_never_acts_as_a_state_is_the_setting_even_in_the_headline() -> None:
    actors = actors_of(_ENDGAME, title="Bombs fall, but what is the endgame for Yemen?")
    assert "Yemen" not in actors
    assert {"Raad Moussa", "Anna Petrov", "Tomas Reyes"} <= set(actors)


_DECLINED = """Larkspur Inc has bought six office buildings in the Bay Area for $585 million, according to a filing.

The buildings, in Redwood Park, were sold by Marlow Capital, which had bought them in 2011, the filing showed.
Marlow Capital paid $500 million for the site, and its towers are near Larkspur's main campus.

Larkspur has been buying property as it hires more staff. Larkspur bought a campus in Milden last year, and
Larkspur leased two more towers in the city in March.

The deal is one of the largest in the area this year. Office rents in the Bay Area rose 12 percent in 2014.
Vacancy rates fell to 8 percent, a broker said. Demand from technology companies has pushed prices higher.
Three other firms bid for the buildings. The site has 1.2 million square feet of space.
Larkspur had leased the buildings before the purchase. The towers were built in 1999.

Dana Whitcombe, a spokeswoman for Larkspur, declined to comment beyond the filing.
"""


def test_a_spokeswoman_who_declined_to_comment_for_the_buyer_is_listed() -> None:
    actors = actors_of(_DECLINED)
    assert actors["Dana Whitcombe"].role is not None and "spokeswoman" in actors["Dana Whitcombe"].role


_BIG_OIL = """If the governor wants a clean energy economy, the first step is to end the subsidies for Big Oil.

Big Oil's first response to every spill is to play down the damage. The oil spill off the coast has shown it again:
Harwell Energy said for weeks that the leak was small. Harwell Energy has since paid $2bn in claims.

We have a chance to rethink the whole Big Oil business, Governor Lena Ortiz said on Monday.
"""


def test_a_big_sector_figure_of_speech_is_no_organisation() -> None:
    actors = actors_of(_BIG_OIL)
    assert "Big Oil" not in actors
    assert "Harwell Energy" in actors


_ALLIES = """Security forces killed 30 protesters in the northern towns on Friday, activists said.

President Omar Haddan has blamed armed gangs for the unrest. Haddan said on Monday that reforms would come.

The United States and the European Union have condemned the killings and imposed sanctions on senior officials.
In May the United States imposed sanctions on Haddan himself, accusing him of abuses.

Activists said tanks had entered at least nine towns.
"""


def test_a_body_named_once_beside_a_state_that_imposes_sanctions_is_a_party() -> None:
    actors = actors_of(_ALLIES)
    assert actors["European Union"].type == "organisation"
    assert "United States" in actors


_ROUND_UP = """Some owners of the new Orion phone say it scratches their ears.

Users claim the new Orion device has a sharp edge at its frame. People took to Twitter to complain. "My ear is
red," one user tweeted. "Never again," another wrote.

Plenty of people doubted the claims, too.

"I can report the edge is smooth to the touch," Techweek's Paul Dunmore wrote in an article dismissing the claims.

Gadgetly made a video that disputes the complaints. It shows people rubbing the phone on their ears. "We tried it
on every ear in the office," reporter Nora Quist said in the video.

When reached, Orion would not comment on the complaints.
"""


def test_writers_of_rebuttals_are_listed() -> None:
    assert {"Paul Dunmore", "Nora Quist"} <= set(actors_of(_ROUND_UP))


def test_a_maker_that_would_not_comment_is_no_product() -> None:
    actors = _retagged(_ROUND_UP, {"Orion": "ORG"})  # the model tags an invented maker as nothing
    assert actors["Orion"].type == "organisation"


_FARM = """A photo of a woman sitting in front of dozens of phones has gone viral. Few details about the photo are
known, but some sites say she works at a ranking farm.

Her job is to download and delete the same apps again and again to lift their rankings. The table she works at seems
to be built for this, and there is another one behind her.

Zentro tries to stop programs that fake users and bans the apps that use them, so manual labour is the surest way
to pass as real users.
"""


def test_a_brief_with_no_other_party_lists_the_body_that_acts() -> None:
    actors = _retagged(_FARM, {"Zentro": "ORG"})
    assert list(actors) == ["Zentro"] and actors["Zentro"].type == "organisation"


_DESCRIBED = """Petrell has said it will pay for the clean-up of the oil leaking into the Gulf.

Petrell chief executive Hugo Mant said the company would pay all legitimate claims. "We are taking full
responsibility," Mant said. Mant said the equipment that failed belonged to a contractor.

US President Barack Obama has described the leak as a potentially unprecedented disaster.

Petrell shares fell 4% on Monday.
"""


def test_an_office_holder_who_described_the_event_is_no_cited_writer() -> None:
    actors = actors_of(_DESCRIBED)
    assert "Barack Obama" in actors and actors["Barack Obama"].role == "US President"


_CITY = """Government forces shelled the port of Homs for a third day on Wednesday, rebels said.

Government spokesman Adel Murad said the army controlled the airport and the port in Homs. But a rebel spokesman
in Homs, who asked to be identified only by his first name, said the rebels still held the airport.

Two months of fighting in Homs have kept aid ships away. The shelling of Homs has killed 40 people this week,
according to doctors. Murad said the army would take the city within days. Homs has been cut off since March.
"""


def test_a_city_before_a_spokesmans_who_clause_is_no_person() -> None:
    actors = actors_of(_CITY)
    assert "Homs" not in actors or actors["Homs"].type == "place"
    assert "Adel Murad" in actors


_RAID = """An American hostage was killed during a failed rescue attempt by U.S. forces on Saturday, officials said.

A senior U.S. official said the hostage, Daniel Breck, had been shot by his captors before the raid. U.S. officials
said the raid was carried out by U.S. special forces and local troops.

Breck's family had pleaded for his release last week. U.S. officials said he was gravely wounded by the time the
troops reached him. Breck, 33, had worked as a teacher. His sister, Ana Breck, said he loved the country.
"""


def test_a_country_whose_forces_act_and_never_a_setting_stays() -> None:
    actors = actors_of(_RAID)
    assert "United States" in actors or "U.S." in actors, sorted(actors)
