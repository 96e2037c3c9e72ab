"""Audit 38's misattributions (docs/audit.md 39), on short texts written for these tests:

1. A person's name used as the modifier of a speaker noun ("a Harlan spokesman", "a Voss aide") is not the
   speaker: the aide or spokesman speaks, and the brief names the descriptor, never the person.
2. A "he said" right after a sentence whose subject is a named man goes to that man, not to the speaker of the
   quotation before (Audit 38 #10: the commissioner holds up a bag, then '"...," he said' went to the mayor). A surname the model
   tags a place ("Houston") is still the person named in full before.
3. "The company" right after a named company's statement is that company, not the company the text names most
   often (Audit 38 #1: a contractor's denial given to the well's owner).
4. A quotation followed by a descriptor and a name with a speech verb the parser misreads ('"...," Nobel
   laureate and opposition figure Omar Haddad tweets.') is that person's, never the speaker of the entry
   before (Audit 38 #7).
6. No source runs over a closing quotation mark glued to "he" ('like us,"he said': XSum row 26), and a plural of
   initials ("the British PoWs") is never the one a "he said" means.
5. "ask someone to do something" told as one of a run of acts is no statement ("they would take the goats and cook
   them and ask the villagers to eat them"; XSum row 122).

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_SPOKESMAN = (
    "Mayor Tom Harlan and Police Chief Dan Okafor announced on Monday that drivers caught without a permit will "
    "get a warning instead of a fine.\n\n"
    "Sources said the change was ordered by Harlan, who had promised it during his campaign.\n\n"
    "City Hall credited both men with the plan.\n\n"
    "\"This is a shared plan, drawn up by Chief Okafor and his officers and fully backed by the mayor,\" a Harlan "
    "spokesman said.\n\n"
    "The new rule starts in March.")

_BAG = (
    "Mayor Tom Harlan and Police Chief Dan Houston announced on Monday that drivers caught without a permit will "
    "get a warning instead of a fine.\n\n"
    "Joined by Harlan at 2 Station Square, Houston said he and his deputies had worked on the change for "
    "\"the last few months.\"Under the plan, drivers will no longer be towed.\n\n"
    "Houston held up a small paper ticket to show what drivers would be handed.\n\n"
    "\"To give you, the public, an idea of what the warning looks like, this is it,\" he said.\n\n"
    "\"It is not a heavy penalty.\"\n\n"
    "The new rule starts in March.")

_COMPANY = (
    "Faulty seals may have caused the flood at the Kessel dam, engineers have found.\n\n"
    "Both Corvane Energy, which owned the dam, and Halston, the contractor that fitted the seals, knew of tests showing "
    "the seals were weak, they said.\n\n"
    "Corvane Energy had been warned in March. Corvane Energy's managers did not act, the report says.\n\n"
    "Halston later issued a statement saying its own tests differed from those of the engineers.\n\n"
    "\"The engineers tested standard seals, whereas we tested the exact seals fitted at the dam,\" it said.\n\n"
    "The company also denied any suggestion that it knowingly fitted a faulty part.\n\n"
    "The inquiry goes on.")

_TWEET = (
    "Crowds filled the square after the president stepped down on Friday.\n\n"
    "Videoline had this to say in response: \"Mr. Sami is a brave man and gives credit to others. We are proud "
    "that our service played a part,\" spokesman Karl Brenner said.\n\n"
    "\"Our country today is free and proud. Thank you all,\" Nobel laureate and leading opposition figure "
    "Omar Haddad tweets.\n\n"
    "The army said it would keep order.")

_ASK = (
    "Rebels in the north have seized a grain store near the border.\n\n"
    "The guards beat anyone who tried to run.\n\n"
    "Sometimes they would even take the goats from the farms and cook them up with rice and ask the villagers to "
    "eat them.\n\n"
    "The army has not commented.")


_GLUED = (
    "As Tom Baker, from Leeds, prepares to lay a wreath at the harbour on Sunday, he says some memories still make "
    "him smile.\n\n"
    "He was captured in 1942 and sent to a mine in Silesia.\n\n"
    "\"We played cards every night to keep our heads,\" he said.\n\n"
    "But when the British PoWs were marched to the pits, they would pass a camp where the guards shot prisoners.\n\n"
    "\"The first morning we went down, we saw men so thin they could barely stand,\" he said.\n\n"
    "\"We never learned their names.\"Mr Baker says he has often wondered what the guards knew.\"Remember that "
    "our guards were not SS; they were drafted farm boys like us,\"he said.\"Most of them were kind enough.\n\n"
    "The wreath will be laid at noon.")

def _doc_and_attributions(text: str) -> tuple[Document, Attributions]:
    doc = annotate(Article(text=text, source=Source()))
    return doc, attribute(doc)


def _speakers(text: str, piece: str) -> list[str | None]:
    """The speakers of the attributions holding ``piece`` and the voices of the sentences holding it."""
    doc, att = _doc_and_attributions(text)
    found = [a.speaker for a in att.attributions if piece in text[a.content_start : a.content_end]]
    return found + [v.speaker for v in att.voices if piece in doc.sentences[v.sentence].text]


@pytest.mark.slow
def test_name_modifying_a_spokesman_is_not_the_speaker() -> None:
    """'"...," a Harlan spokesman said': the spokesman speaks, never the mayor himself."""
    speakers = _speakers(_SPOKESMAN, "shared plan")
    assert speakers and all(s is None or "spokesman" in s for s in speakers), speakers
    assert any(s and "spokesman" in s for s in speakers), speakers


@pytest.mark.slow
@pytest.mark.parametrize("piece", ["what the warning looks like", "not a heavy penalty"])
def test_he_said_after_a_named_mans_act_is_his(piece: str) -> None:
    """'Houston held up a ticket.' then '"...," he said.' and its next quotation: Houston's, never the mayor's."""
    speakers = _speakers(_BAG, piece)
    assert not any(s and "Harlan" in s for s in speakers), speakers
    assert any(s and "Houston" in s for s in speakers), speakers


@pytest.mark.slow
def test_the_company_after_a_named_firms_statement_is_that_firm() -> None:
    """'Halston later issued a statement ... it said.' then 'The company also denied': never Corvane."""
    speakers = _speakers(_COMPANY, "knowingly fitted")
    assert not any(s and "Corvane" in s for s in speakers), speakers


@pytest.mark.slow
def test_descriptor_and_name_after_a_quote_speak_it() -> None:
    """'"...," Nobel laureate and leading opposition figure Omar Haddad tweets.': Haddad's, not Brenner's."""
    speakers = _speakers(_TWEET, "free and proud")
    assert not any(s and "Brenner" in s for s in speakers), speakers
    assert any(s and "Haddad" in s for s in speakers), speakers


@pytest.mark.slow
def test_asking_people_to_act_is_no_statement() -> None:
    """'they would ... cook them up with rice and ask the villagers to eat them': an act, not their words."""
    doc, att = _doc_and_attributions(_ASK)
    asks = [a for a in att.attributions if doc.article.text[a.cue_start or 0 : a.cue_end or 0] == "ask"]
    assert not any(a.kind == "speech" for a in asks), asks


@pytest.mark.slow
def test_no_speaker_runs_over_a_glued_closing_mark() -> None:
    """'... farm boys like us,"he said.': no speaker holds a quotation mark (XSum row 26: 'squaddies like us,"he')."""
    _doc, att = _doc_and_attributions(_GLUED)
    assert not any(mark in (a.speaker or "") for a in att.attributions for mark in ('"', "“", "”")), \
        [a.speaker for a in att.attributions]


@pytest.mark.slow
def test_plural_initials_are_no_he() -> None:
    """'But when the British PoWs were marched ...' then '"...," he said': Baker's, never "PoWs"."""
    speakers = _speakers(_GLUED, "barely stand")
    assert not any(s and "PoWs" in s for s in speakers), speakers
    assert any(s and "Baker" in s for s in speakers), speakers
