"""Places, things and movements the small NER model types as people, and hyphenated or particle names
cut to a fragment (reader Audit 8, pattern 5 and the "moon" speaker): labelled cases on articles written
for these tests, scored on what a reader sees (the actors, the speakers, the prose).

First score, before the fix (commit c90cc09): 13 of 22 cases right.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from newsbrief.analyze.actor_kinds import short_name
from newsbrief.models import ActorInfo, Article, Brief, Document, PositionInfo, QuoteInfo, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.pipeline import ExtractiveEngine
from newsbrief.render.prose import render_prose
from newsbrief.settings import Settings

TOWN = """Witnesses disagree about what happened in Kafr Dabsha last week, when dozens of soldiers died during three days of fighting.

The government says armed gangs ambushed its troops at Kafr Dabsha. Opposition activists tell a different story.

Residents who fled Kafr Dabsha for the border describe soldiers who refused to fire on the crowd. "We saw them change sides," said Rami Saleh, a teacher from the town.

Kafr Dabsha has a long record of defiance. In 1982 the town rose against the army and was shelled for a week.

A man in uniform appeared in a video posted online days later. His name, he says, is Major Adel Mansour. He says he led his men out of Kafr Dabsha rather than shoot.

"I refused the order," Major Mansour told the camera.

The outskirts of Kafr Dabsha are now empty, and Kafr Dabsha residents say they will not return soon.
"""

RIG = """Engineers are preparing to seal the damaged well for good, the company said on Monday.

The leak began after the company's Stena Dorado oil rig exploded in March, killing nine workers. The rig sank two days later.

Crews aboard the Stena Dorado had warned of pressure problems for weeks, according to an inquiry. Oil is still seeping from the sea floor near the Stena Dorado well.

The firm's chief executive, Laura Pike, said the final seal would be in place by the end of the month. "We will not leave until the job is done," Ms Pike said.
"""

MOVEMENT = """Fighting between two neighbourhoods of the port city has killed six people this week.

Residents of the hill district accuse their rivals of trying to impose a Salafi state and of arming Salafi groups. One of the best-known Salafi leaders in the city, Sheikh Omar Rifai, denies it.

"We defend our people and nothing more," Sheikh Rifai said in an interview.

Shopkeeper Nabil Haddad, 71, says the army must step in. He blames Salafi preachers who he says have turned young men against their neighbours. "If the army does not come, this will end badly," he said.
"""

HYPHENS = """The United Nations has declared a global emergency over the spreading outbreak.

UN Secretary General Ban Ki-moon called for calm. "This is a statement about how far the disease has spread, not about how deadly it is," he said.

Ban Ki-moon added that poorer countries would need help with vaccines.

South Korea's health minister, Kim Yong-soo, said hospitals were ready. Kim Yong-soo told reporters that schools would stay open.

"We know that in the border towns there are guns," said Khaled al-Masri, an activist speaking from the capital. Al-Masri said the army had fired first.
"""

CITY = """Forensic teams have found more bodies near Tlalcoya, the state prosecutor said on Sunday.

The students vanished after a clash with police in Tlalcoya on the night of May 3. Tlalcoya police officers are among those arrested.

Twenty officers were detained after the clashes in Tlalcoya, the security official said.

The state, home to Tlalcoya and a string of beach resorts, has been violent for years. Parents of the missing students marched to the outskirts of Tlalcoya on Saturday.

"We want our sons back," said Maria Ocampo, whose son is missing.
"""

MAYOR = """Protesters gathered outside the town hall on Tuesday to demand the resignation of Mayor Grant Wexley.

Critics say they have lost faith in Wexley after the budget vote. Wexley supporters held a smaller rally near the station.

"I am not going anywhere," Wexley said. He added that the budget would be balanced by next spring.

A spokesman for Dalby Council said the vote had been lawful. Hundreds of residents signed a petition against the mayor in Dalby last month, and Dalby shops closed early.
"""

SPACED = """Aid groups say the camps near the border are full.

"We know that in the border towns there are guns," said Khaled al - Masri, an activist speaking from the capital. "If I have a rifle by my door and someone breaks in, I will use it," al - Masri added.

The army denies arming anyone.
"""
ARTIST = """Street artist Corvane has denied painting the mural that appeared overnight in Leeds.

Fans in Leeds queued to see it. Corvane wrote on a website that the work was a copy. Many works end up wrongly credited to Corvane, and galleries in Bristol sell fakes.

Industry analyst Timothy Arcuri said prices of the prints had doubled. Arcuri believes buyers in Paris and in Berlin are driving the rise.
"""

_TEXTS = {"artist": ARTIST, "town": TOWN, "rig": RIG, "movement": MOVEMENT, "hyphens": HYPHENS, "city": CITY, "mayor": MAYOR,
          "spaced": SPACED}


@cache
def _brief(key: str) -> Brief:
    return ExtractiveEngine(Settings()).brief(annotate(Article(text=_TEXTS[key], source=Source())))


def _people(key: str) -> set[str]:
    """Names the actors section shows as people."""
    section = _brief(key).section("actors")
    return {i.payload.name for i in section.items if isinstance(i.payload, ActorInfo)
            and i.payload.type == "person"} if section else set()


def _speakers(key: str) -> set[str]:
    """Every speaker the quotes and "Who says what" name."""
    found: set[str] = set()
    for name in ("quotes", "positions"):
        section = _brief(key).section(name)
        for item in section.items if section else ():
            if isinstance(item.payload, (QuoteInfo, PositionInfo)) and item.payload.speaker:
                found.add(item.payload.speaker)
    return found


# (article, what is checked, name, expected): "person" — shown as a person; "not person" — not shown as
# a person; "speaker" — named as a speaker; "no speaker" — never a speaker; "prose" — the name appears
# whole in the prose, with no bracket inside or after it.
CASES = [
    ("town", "not person", "Kafr Dabsha"),
    ("town", "no speaker", "Kafr Dabsha"),
    ("town", "person", "Adel Mansour"),
    ("town", "person", "Rami Saleh"),
    ("rig", "not person", "Stena Dorado"),
    ("rig", "person", "Laura Pike"),
    ("movement", "not person", "Salafi"),
    ("movement", "no speaker", "Salafi"),
    ("movement", "person", "Omar Rifai"),
    ("movement", "person", "Nabil Haddad"),
    ("city", "not person", "Tlalcoya"),
    ("city", "person", "Maria Ocampo"),
    ("hyphens", "person", "Ban Ki-moon"),
    ("hyphens", "speaker", "Ban Ki-moon"),
    ("hyphens", "no speaker", "moon"),
    ("hyphens", "person", "Kim Yong-soo"),
    ("hyphens", "person", "Khaled al-Masri"),
    ("hyphens", "prose", "Ban Ki-moon"),
    ("spaced", "prose", "Khaled al - Masri"),
    ("mayor", "person", "Grant Wexley"),
    ("mayor", "speaker", "Grant Wexley"),
    ("mayor", "not person", "Dalby"),
]


def case_holds(key: str, check: str, name: str) -> bool:
    """Whether one labelled case holds on the brief of its article."""
    if check == "person":
        return name in _people(key)
    if check == "not person":
        return name not in _people(key)
    if check == "speaker":
        return name in _speakers(key)
    if check == "no speaker":
        return name not in _speakers(key)
    prose = render_prose(_brief(key))
    # "[moon] said", "Khaled al - [Khaled al -] Masri": a bracket holding a piece of the name
    pieces = {b.strip(" :") for b in re.findall(r"\[([^\]]*)\]", prose)}
    return name in prose and not any(p and p != name and p in name for p in pieces)


@pytest.mark.slow
@pytest.mark.parametrize(("key", "check", "name"), CASES)
def test_labelled_kind_and_name_cases(key: str, check: str, name: str) -> None:
    assert case_holds(key, check, name), (key, check, name, _people(key), _speakers(key))


def _annotated(text: str) -> Document:
    return annotate(Article(text=text, source=Source()))


def test_short_forms_are_real_surnames_or_the_full_name() -> None:
    """A repair names a person by surname only when the name's order is sure (before the fix: "[Ki-moon]")."""
    plain = _annotated("UN Secretary General Ban Ki-moon called for calm. He warned of worse to come.")
    assert short_name(plain, "Ban Ki-moon") == "Ban Ki-moon"
    told = _annotated("Ban Ki-moon called for calm. Mr Ban warned of worse to come.")
    assert short_name(told, "Ban Ki-moon") == "Ban"
    assert short_name(plain, "Khaled al-Masri") == "al-Masri"
    assert short_name(plain, "Mary Smith-Jones") == "Smith-Jones"
    assert short_name(plain, "Laura Pike") == "Pike"
    brief = ExtractiveEngine(Settings()).brief(plain)
    texts = " ".join(i.text for s in brief.sections for i in s.items)
    assert "[Ki-moon]" not in texts and "[moon]" not in texts


def test_hyphenated_names_are_one_token_inside_one_entity() -> None:
    doc = _annotated("Kim Jong-un met Moon Jae-in. Protesters gathered in Jisr al-Shughour. A well-known, "
                     "long-term, US-led plan of the Obama-era.")
    names = {e.text: e.label for e in doc.entities}
    assert names.get("Kim Jong-un") == "PERSON" and names.get("Moon Jae-in") == "PERSON"
    words = {t.text for t in doc.tokens}
    assert {"Jong-un", "Jae-in", "al-Shughour"} <= words
    assert "well-known" not in words and "long-term" not in words and "US-led" not in words


def test_a_person_named_near_places_stays_a_person() -> None:
    doc = _annotated(MAYOR)
    labels = {e.text: e.label for e in doc.entities if e.text == "Grant Wexley"}
    assert labels == {"Grant Wexley": "PERSON"}


def test_people_the_model_also_tags_as_places_stay_people() -> None:
    """A role noun before a name, a lone surname and a verb of speech or thought are a person's evidence,
    whatever the model's votes (a sweep of real articles turned "street artist Banksy" into a place
    before these cues were read)."""
    doc = _annotated(ARTIST)
    assert [e.label for e in doc.entities if e.text == "Corvane"].count("PERSON") == 2  # one GPE vote kept
    assert {e.label for e in doc.entities if "Arcuri" in e.text} == {"PERSON"}
    assert {e.label for e in doc.entities if e.text == "Leeds"} == {"GPE"}
    assert {"Corvane", "Timothy Arcuri"} <= _people("artist")


GROUP = """Militant group Karsa Dun claims to be holding two aid workers seized near the border last week.

The government said talks with a supposed Karsa Dun envoy had broken down. Karsa Dun, which has fought the army
for six years, denied that any talks had taken place.

Karsa Dun leader Omar Belay said in a video that the workers were well.
"""


def test_a_group_the_model_types_as_a_person_is_an_organisation() -> None:
    # "militant group X", "X envoy", "X, which": a group named as one, though it claims and denies things
    # as people do (reader Audit 9: "Boko Haram (person)").
    doc = _annotated(GROUP)
    labels = {e.label for e in doc.entities if e.text == "Karsa Dun"}
    assert labels and "PERSON" not in labels, labels
    assert {e.label for e in doc.entities if e.text == "Omar Belay"} == {"PERSON"}


COURTS = """Lina Varga beat the defending champion in three sets on Court Helene Mathieu on Wednesday.

She will face the Dutch qualifier Mies Kool in Friday's semi-final, which is scheduled for Court Helene Mathieu \
in the afternoon. Kool needed two hours to win her own match on Court Helene Mathieu.

Judge Rosa Meyer, the tournament referee, said the roof would be closed if it rained."""


def test_a_person_a_venue_is_named_after_is_a_facility() -> None:
    # "Court Suzanne Lenglen" read as a person made her the referent of a later "She" (session 11's reading
    # of an unseen tennis report: "[Lenglen] held off the spirited challenge ...").
    doc = _annotated(COURTS)
    labels = {e.label for e in doc.entities if e.text == "Helene Mathieu"}
    assert labels and "PERSON" not in labels, labels
    assert {e.label for e in doc.entities if e.text == "Rosa Meyer"} == {"PERSON"}
