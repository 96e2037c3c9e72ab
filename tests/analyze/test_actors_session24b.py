"""Session 24, round 2 (actors6): what Audit 39 read in the Actors lists. A religion is no actor ("expect Islam to
play a larger role"); a name set beside an outlet's noun ("Rumbler, the gossip website that first ...") is a body;
people named once, only inside a list of three or more names ("produced by A, B and C"; "the hostages A, B, C and
D"), are a roll call, not parties; a charity the model left untagged that the text introduces as set up or founded
("Tentkit, which was founded ... by") is the story's subject. Articles written for these tests."""

from __future__ import annotations

from tests.analyze.actor_cases import actors_of as _actors

FAITH = (
    "Protesters filled the squares of three capitals on Friday, and two governments fell within a week.\n\n"
    "Nadia Farouk, a fellow at the Lindqvist Institute, said the old rulers had lost the army's support.\n\n"
    "\"If elections are held, expect Islam to play a larger role in government,\" Farouk said.\n\n"
    "Parties that draw on Islam have organised for decades, she added, and the young look to Turkey as a model.\n\n"
    "The Brotherhood said it would take part in any transition."
)


def test_a_religion_is_no_actor() -> None:
    actors = _actors(FAITH, "Analysts weigh the fall of two governments")
    assert "Islam" not in actors, sorted(actors)
    assert "Nadia Farouk" in actors, sorted(actors)


OUTLET = (
    "The fashion editor Greta Vallon has closed her magazine's offices after mice were found in the archive.\n\n"
    "Staff were told to work from home until the building is cleaned, according to two employees.\n\n"
    "Blabber, the media outlet that initially broke the story, reports that Greta Vallon refuses to even enter "
    "her office until it is clean.\n\n"
    "Greta Vallon told a radio show that the building's owners had promised a swift clean-up."
)


def test_a_name_beside_an_outlet_noun_is_a_body() -> None:
    actors = _actors(OUTLET, "Mice close fashion magazine's offices")
    assert "Greta Vallon" in actors, sorted(actors)
    assert "Blabber" not in actors or actors["Blabber"].type == "organisation", actors["Blabber"]


PRODUCERS = (
    "The actor Tom Vesper has pulled out of the boxing film Southpaw Kings, two weeks before shooting was due "
    "to begin.\n\n"
    "Vesper had been in talks for months and had begun training, the studio said.\n\n"
    "The director Lucia Ferrante said she was sorry to lose him. \"Tom would have been wonderful,\" she said.\n\n"
    "Ferrante is now looking at three other actors for the part.\n\n"
    "Ada Quill, Morten Sand and Yusuf Bellamy are producing.\n\n"
    "Shooting is due to start in Toronto in the spring."
)


def test_a_producers_list_is_no_cast_of_actors() -> None:
    actors = _actors(PRODUCERS, "Vesper quits boxing film")
    assert "Tom Vesper" in actors and "Lucia Ferrante" in actors, sorted(actors)
    for name in ("Ada Quill", "Morten Sand", "Yusuf Bellamy"):
        assert name not in actors, sorted(actors)


HOSTAGES = (
    "Police in Leeds have named a man they believe appeared in videos released by a militant group.\n\n"
    "Detective Superintendent Karen Holt said officers were working with partners abroad. \"We will not comment "
    "on the identity of anyone while the inquiry continues,\" she said.\n\n"
    "The man is believed to have appeared in other videos that showed the killing of other hostages, including "
    "American reporter Daniel Price, British aid worker Owen Marsh, British lorry driver Colin Reeve, and American "
    "nurse Helen Ward, known as Aisha after her conversion in captivity.\n\n"
    "Holt said more arrests were likely. Holt added that the family of the man had been told."
)


def test_hostages_named_once_in_a_list_are_a_roll_call() -> None:
    actors = _actors(HOSTAGES, "Police name suspect in militant videos")
    assert "Karen Holt" in actors, sorted(actors)
    for name in ("Daniel Price", "Owen Marsh", "Colin Reeve", "Helen Ward"):
        assert name not in actors, sorted(actors)


LIST_LEAD = (
    "Ana Ruiz, Bo Lind and Cy Mott have been elected to the board of the city's water company.\n\n"
    "Ruiz, a former engineer, said the company must fix its leaking pipes.\n\n"
    "Lind and Mott did not comment."
)


def test_principals_named_in_a_list_stay() -> None:
    # Near miss: the list is the news itself, and each name returns after it.
    actors = _actors(LIST_LEAD, "Three elected to water board")
    assert "Ana Ruiz" in actors, sorted(actors)


CHARITY = (
    "A Devon-based disaster relief charity is sending tents to Peru after floods swept through the north of "
    "the country.\n\n"
    "Tentkit, which was founded eight years ago by the retired teacher Ron Alder, ships shelter kits to disaster "
    "zones.\n\n"
    "It is sending a team of volunteers to assess what is needed.\n\n"
    "Mia Sorensen, TentKit operations manager, said: \"We are doing all we can to get shelter to families who "
    "have lost their homes.\"\n\n"
    "Since it began, the charity has helped in more than 60 disasters."
)


def test_a_founded_charity_is_an_actor() -> None:
    actors = _actors(CHARITY, "Devon charity sends tents to Peru")
    names = {n.lower() for n in actors}
    assert "tentkit" in names, sorted(actors)


COVER = (
    "Greta Vallon reportedly has a major rat infestation at her office in New York City.\n\n"
    "Further reports claim that the decision to put Kenny Wess and Kira Dashwood on the cover of the magazine may "
    "have something to do with the infestation.\n\n"
    "\"The staff is secretly whispering that the rats could be payback for Greta's decision to put Kira Dashwood "
    "and Kenny Wess on the cover.\"\n\n"
    "Greta Vallon has made headlines recently by expressing how she felt about the Kira Dashwood and Kenny Wess "
    "cover shoot experience. A newspaper reports that Vallon even hopes that \"another Kira Dashwood comes along "
    "this year.\""
)


def test_a_name_in_a_shared_the_phrase_stays_a_person() -> None:
    # "the Kira Dashwood and Kenny Wess cover": the "the" is the cover's, not a shop's name (the model tags "the
    # Kira Dashwood" a place, as it did for the audited celebrity).
    actors = _actors(COVER)
    assert "Kira Dashwood" in actors, sorted(actors)
    assert actors["Kira Dashwood"].type == "person", actors["Kira Dashwood"]
