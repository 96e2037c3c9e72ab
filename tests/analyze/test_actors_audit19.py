"""Actors and pronoun repairs of reader Audit 19 (docs/audit.md 20.4 items 5-6, 20.5 "Key people missing"; issue
#11). Articles written for these tests.

- A person spoken to ("told CNN's Tom Hale", "in an interview with", "asked by") is never what a "he"/"she" inside
  the speaker's quotation means, and neither is the speaker herself: a quoted "He needs to define ..." about the
  president is left unrepaired rather than given to the interviewer. Near miss: "She" outside the quotation after
  "Lowry told CNN's Tom Hale" is still Lowry.
- A title before a common noun capitalised for effect ("Captain Irony") is no person; "Captain Ruth Smith" is.
- A disease or virus (Ebola, HIV) is no organisation or person; the World Health Organization that speaks is.
- A professor's university is no actor of its own ("Professor X of the University of Leeds"); a university that
  speaks for itself ("the University of Leeds said in a statement") is.
- Principals: prosecutors quoted as a group, a medical board that suspended a licence, the newspaper whose report
  is denied, and the author of an analysis piece named only in the bio line at its end ("X is a research fellow
  at ..."), who outranks the bodies the piece merely discusses under the cap.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze.actors import analyze_actors
from newsbrief.analyze.context import build_context
from newsbrief.analyze.openings import repair_opening
from newsbrief.models import ActorInfo, Article, Document, Source
from newsbrief.nlp.annotate import annotate

pytestmark = pytest.mark.slow


def _actors(title: str, body: str) -> tuple[Document, dict[str, ActorInfo]]:
    """The document and its actors by name."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    infos = [item.payload for item in analyze_actors(doc, build_context(doc))]
    return doc, {info.name: info for info in infos if isinstance(info, ActorInfo)}


def _repairs(title: str, body: str) -> dict[str, str]:
    """Every sentence's repaired opening (text -> repair; "" when withheld)."""
    doc = annotate(Article(text=body, source=Source(title=title)))
    actors = build_context(doc).actors
    return {s.text: repair_opening(doc, s, actors) or "" for s in doc.sentences}


INTERVIEW = (
    "Lawmakers question the aims of the air strikes",
    "Members of Congress from both parties questioned the president's plan for the air strikes on Sunday.\n\n"
    "Representative Ann Lowry, a Republican from Ohio, said she backed the strikes but wanted answers. "
    "\"The president has not told us what the goal is,\" Lowry told CNN's Tom Hale. "
    "\"He needs to define what our mission is here.\"\n\n"
    "Lowry told CNN's Tom Hale that she would vote for the funding. She also said the strikes should be short.",
)


def test_quoted_he_is_not_the_interviewer() -> None:
    repairs = _repairs(*INTERVIEW)
    repaired = repairs["\"He needs to define what our mission is here.\""]
    assert "Hale" not in repaired and "Lowry" not in repaired, repaired


def test_she_after_told_is_still_the_speaker() -> None:
    repairs = _repairs(*INTERVIEW)
    assert repairs["She also said the strikes should be short."].startswith("[Lowry]"), repairs


COLUMN = (
    "Why I cannot stand flying",
    "I hate flying, and I know it makes no sense. Planes are safer than cars. Thank you, Captain Irony, for "
    "pointing that out. Captain Irony has a lot to say about my fears, and Captain Irony is always right.\n\n"
    "On my last flight, Captain Ruth Smith told the passengers to stay calm. Captain Smith said the storm would "
    "pass. She was right.",
)


def test_title_before_a_common_noun_is_no_person() -> None:
    _doc, actors = _actors(*COLUMN)
    assert not any("Irony" in name for name in actors), actors


def test_captain_with_a_name_is_a_person() -> None:
    _doc, actors = _actors(*COLUMN)
    assert any("Smith" in name and info.type == "person" for name, info in actors.items()), actors


EBOLA = (
    "WHO denies report of Ebola cases in Iraq",
    "The World Health Organization denied on Wednesday a newspaper report that Ebola had reached Iraq.\n\n"
    "The Baghdad newspaper Al-Sabah reported on Tuesday that four people had died of Ebola in the south. "
    "Ebola has killed thousands in West Africa this year. The health ministry also denied the report, and said "
    "HIV tests were routine. \"There is no Ebola in Iraq,\" the World Health Organization said. "
    "HIV remains rare in the country, the ministry said.",
)


def test_diseases_are_no_organisations() -> None:
    _doc, actors = _actors(*EBOLA)
    assert "Ebola" not in actors and "HIV" not in actors, actors
    assert "World Health Organization" in actors, actors


def test_newspaper_whose_report_is_denied_is_an_actor() -> None:
    _doc, actors = _actors(*EBOLA)
    assert any("Sabah" in name for name in actors), actors


SPILL = (
    "Oil spill estimate rises again",
    "Scientists raised their estimate of the oil leaking from the well on Thursday.\n\n"
    "\"The flow is far larger than we thought,\" said Professor Jane Holt of the University of Leeds. "
    "Holt said the well leaked about 20,000 barrels a day. \"We cannot measure it well,\" said Dr. Omar Reyes "
    "of the University of Bristol. Reyes said the meters had been destroyed.",
)
EXPERTS = (
    "Oil spill estimate rises again",
    "Scientists raised their estimate of the oil leaking from the well on Thursday.\n\n"
    "\"The flow is far larger than we thought,\" said Jane Holt, a professor of engineering at the University of "
    "Leeds. Holt said the well leaked about 20,000 barrels a day. \"We cannot measure it well,\" said Omar Reyes, "
    "an oceanographer at Bristol University. Reyes said the meters had been destroyed.",
)
UNIVERSITY = (
    "University suspends research contract",
    "The University of Leeds said in a statement on Monday that it had suspended a research contract with an oil "
    "company.\n\n"
    "The University of Leeds said the contract broke its rules. Students had protested for weeks. \"We welcome "
    "the decision,\" said Amy Carr, a student leader.",
)


def test_professors_university_is_no_actor() -> None:
    _doc, actors = _actors(*SPILL)
    assert any("Holt" in name for name in actors) and any("Reyes" in name for name in actors), actors
    assert not any("University" in name for name in actors), actors


def test_experts_university_in_apposition_is_no_actor() -> None:
    _doc, actors = _actors(*EXPERTS)
    assert any("Holt" in name for name in actors) and any("Reyes" in name for name in actors), actors
    assert not any("University" in name for name in actors), actors


def test_university_that_speaks_is_an_actor() -> None:
    _doc, actors = _actors(*UNIVERSITY)
    assert "University of Leeds" in actors, actors


TRIAL = (
    "Doctor's trial hears from nurse",
    "A nurse told the court on Tuesday that Dr. Karl Weiss had left his patient alone for an hour.\n\n"
    "Prosecutors say Weiss gave the singer a fatal dose of a sedative and then tried to hide it. Weiss has "
    "pleaded not guilty. His lawyer, Ed Stone, said the singer gave himself the dose. \"My client did nothing "
    "wrong,\" Stone said. The nurse, Lisa Park, said she had seen him leave the room. The Oregon Medical Board "
    "suspended Weiss's licence last year.",
)


def test_prosecutors_quoted_as_a_group_are_an_actor() -> None:
    _doc, actors = _actors(*TRIAL)
    assert any("rosecutor" in name for name in actors), actors


def test_medical_board_that_suspended_a_licence_is_an_actor() -> None:
    _doc, actors = _actors(*TRIAL)
    assert "Oregon Medical Board" in actors, actors


ANALYSIS = (
    "The pressure on Damascus is finally working",
    "For months the regime in Damascus has shrugged off criticism. That is changing, and I think it will matter.\n\n"
    "Saudi Arabia recalled its ambassador last week. Turkey said its patience had run out. Iran sent more "
    "advisers. The European Union imposed an oil embargo, and Shell and Total halted their work. Russia blocked "
    "a resolution. China abstained. The Arab League suspended Syria. Jordan closed a border crossing.\n\n"
    "None of this will end the crisis soon, but the regime has lost its friends. The Arab League met again on "
    "Sunday. Russia said it opposed sanctions. Turkey hosted the opposition. Saudi Arabia called for reforms.\n\n"
    "Hana Leclerc is a research fellow at the Institute for Regional Security in London.",
)


def test_author_in_closing_bio_is_an_actor() -> None:
    _doc, actors = _actors(*ANALYSIS)
    assert "Hana Leclerc" in actors, actors


THIRD = (
    "Senator attacks governor over broken pledges",
    "Senator Ann Lowry attacked Governor Tom Reed on Monday over the state budget.\n\n"
    "\"I have known Tom Reed for years,\" Lowry told CNN's Dana Bash. \"He has never kept a promise.\"",
)
GROUP_NAMED_ONLY = (
    "Court hears march case",
    "A judge heard the case of a march that turned violent on Monday.\n\n"
    "A lawyer for the protesters, Mark Dunn, said his clients had been attacked first. \"They were peaceful,\" "
    "Dunn said. The judge, Helen Ward, said she would rule on Friday.",
)


def test_quoted_he_is_never_the_speaker_nor_the_interviewer() -> None:
    repairs = _repairs(*THIRD)
    repaired = repairs["\"He has never kept a promise.\""]
    assert "Bash" not in repaired and "Lowry" not in repaired, repaired


def test_group_only_mentioned_is_no_actor() -> None:
    _doc, actors = _actors(*GROUP_NAMED_ONLY)
    assert "Mark Dunn" in actors, actors
    assert "Protesters" not in actors, actors
