"""Session 23's speaker leftovers (the lead's readings of Newsroom 44 and CNN/DM 45, and live pages), on short texts
written for these tests:

1. An inverted parenthetical cue ('Ridge & Co., said Castell, wants ...') is the named speaker's, never the subject
   of the clause it interrupts; the "she told the host" that closes her quotation is hers, not the man's she speaks
   for (Newsroom 44: a lawyer's words given to her client).
2. A name written only as the owner of a noun ("surrounding Ridge's claims") or after the pronoun does not stop a
   "she"/"his" from voting for the one subject the sentence names ("Though Castell knows ..., she ...").
3. Being seen, spotted or photographed is no speech act: a cue joined to such a passive verb does not make the one
   seen its speaker (CNN/DM 45: a candidate "says" for being spotted in a restaurant).
4. On a live page (ingest cut its update stamps, leaving a paragraph per entry), a "he"/"she" opening a paragraph
   takes no one from behind a paragraph that names nobody: an update's opening pronoun with no name in reach stays
   unresolved rather than borrow from an earlier update.

The first score (unchanged code) is in the commit that added this file.
"""

from __future__ import annotations

import pytest

from newsbrief.models import Article, Attributions, Document, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute

_CLIENT = (
    "Lawyer Maria Castell went on the radio on Monday to press Tom Ridge's case against the Harbour Council.\n\n"
    "\"You cannot twist a man's words and walk away,\" Castell told the host.\n\n"
    "Castell said the council had twisted the words of the broadcaster in a leaflet.\n\n"
    "Though Castell knows the law surrounding Ridge's claims, she has made enemies of her own.\n\n"
    "Ridge later apologised to Ann Fenwick for his tone.\n\n"
    "Ridge & Co., said Castell, wants the council to make amends: \"We want an apology. We want a retraction. "
    "And we want it printed as widely as the smear was,\" she told the host.\n\n"
    "The council has not replied.")

_SPOTTED = (
    "Burger chain Griddle will deliver meals through a phone app in 40 cities.\n\n"
    "Famous customers: Laura Finch was spotted ordering a meal at Griddle in Ohio earlier this month - one day into "
    "her presidential campaign Another candidate: Security camera footage obtained by conservative news website "
    "Metro Watch released online this month shows Texas senator Paul Reyes visiting a Dallas Griddle.\n\n"
    "Griddle shares rose 3 per cent.")

_PHOTOGRAPHED = (
    "The new stadium opened on Saturday.\n\n"
    "Singer Nadia Vale was photographed at the gates and says she loved the noise of the crowd.\n\n"
    "Mayor Ian Holt was seen in the stands and tells everyone he meets that the city has changed.\n\n"
    "Coach Tom Rees was spotted at the training ground and warned that the squad was too thin.\n\n"
    "Striker Ana Cruz was pictured outside the court and denied any wrongdoing.\n\n"
    "The first match ended 2-2.")

_LIVE = (
    "Senator Paul Hardy said the ruling was a mistake.\n\n"
    "\"We will fight it in every court,\" he said.\n\n"
    "Crowds gathered outside the court in the evening.\n\n"
    "He said the appeal would be filed on Monday.\n\n"
    "President Lena Ortiz spoke to reporters on Friday.\n\n"
    "\"This is a day for the whole country.\"\n\n"
    "She praised the army and said it must now protect the vote.")


def _doc_and_attributions(text: str, live_stamps: int = 0) -> tuple[Document, Attributions]:
    doc = annotate(Article(text=text, source=Source(), live_stamps=live_stamps))
    return doc, attribute(doc)


def _speakers(text: str, piece: str, live_stamps: int = 0) -> list[str | None]:
    """The speakers of the attributions holding ``piece`` and the voices of the sentences holding it."""
    doc, att = _doc_and_attributions(text, live_stamps)
    found = [a.speaker for a in att.attributions if piece in text[a.content_start : a.content_end]]
    return found + [v.speaker for v in att.voices if piece in doc.sentences[v.sentence].text]


@pytest.mark.slow
def test_inverted_parenthetical_cue_is_the_named_speakers() -> None:
    """'Ridge & Co., said Castell, wants the council to make amends': Castell says it, not "Ridge & Co"."""
    speakers = _speakers(_CLIENT, "wants the council to make amends")
    assert speakers and not any(s and "Ridge" in s for s in speakers), speakers
    assert any(s and "Castell" in s for s in speakers), speakers


@pytest.mark.slow
def test_she_closing_a_lawyers_quotation_is_hers() -> None:
    """'... as widely as the smear was," she told the host.': the lawyer's, never her client's."""
    speakers = _speakers(_CLIENT, "printed as widely")
    assert speakers and not any(s and "Ridge" in s for s in speakers), speakers
    assert any(s and "Castell" in s for s in speakers), speakers


@pytest.mark.slow
def test_possessor_and_later_names_leave_the_subjects_gender_vote() -> None:
    """'Though Castell knows ... Ridge's claims, she ...' votes her a woman; 'Ridge apologised ... his' him a man."""
    from newsbrief.nlp.referents import genders
    from newsbrief.nlp.speech import _Doc

    shown = genders(_Doc(annotate(Article(text=_CLIENT, source=Source()))))
    assert any(name.endswith("Maria Castell") and g == "f" for name, g in shown.items()), shown


@pytest.mark.slow
def test_spotted_candidate_does_not_speak() -> None:
    """'Laura Finch was spotted eating ... footage ... shows ...': neither Finch nor the caption label speaks."""
    speakers = _speakers(_SPOTTED, "Laura Finch was spotted")
    assert not any(s and ("Finch" in s or "customers" in s) for s in speakers), speakers


@pytest.mark.slow
@pytest.mark.parametrize(("piece", "name"), [("loved the noise", "Vale"), ("the city has changed", "Holt"),
                                             ("squad was too thin", "Rees"), ("denied any wrongdoing", "Cruz")])
def test_seen_then_says_is_still_speech(piece: str, name: str) -> None:
    """'X was photographed at the gates and says ...' with a clause: X says it (the narrowing keeps real speech)."""
    speakers = _speakers(_PHOTOGRAPHED, piece)
    assert any(s and name in s for s in speakers), speakers


@pytest.mark.slow
def test_live_update_opening_he_borrows_no_one() -> None:
    """On a live page, 'He said ...' opening an entry after a nameless one is no earlier entry's senator."""
    speakers = _speakers(_LIVE, "appeal would be filed", live_stamps=3)
    assert not any(s and "Hardy" in s for s in speakers), speakers


@pytest.mark.slow
@pytest.mark.parametrize("piece", ["fight it in every court", "praised the army"])
def test_live_update_pronoun_after_its_own_name_resolves(piece: str) -> None:
    """Within one entry (a name, then a quotation paragraph, then "She ...") the pronoun still resolves."""
    speakers = _speakers(_LIVE, piece, live_stamps=3)
    assert speakers and all(s is not None for s in speakers), speakers
    assert any(s and ("Hardy" in s or "Ortiz" in s) for s in speakers), speakers
