"""A columnist's advice to the person the column is about, told with "could", "might" or "can".

An opinion piece that coaches its subject ("Instead of dodging, she could simply admit the line is late", "When
his rivals attack, he might point out that ...", "he can say with some confidence that ...") prescribes: the
writer urges the subject to say or do something. Read as a modal of possibility, such a sentence was filed under
Outlook as a forecast and the piece had no Recommendations (the lead's unseen Newsroom row 34, session 21). The
same words in a news report ("officials said the mayor could announce a timetable") or about a thing ("the
scheme could cost more") forecast, and stay forecasts.

The writer's own prescriptions are shown as the writer's (session 24, issue #11: never pass the writer's advice
off as a source's, nor as the brief's own): a Recommendation told in the writer's voice opens with "[The writer
argues:]" (:func:`writers_marked`). A named party's call in the sentence ("The union urged councillors to ...",
"residents are asked to ...") has its speaker there and takes no mark; a sentence in the first person singular
says whose it is already.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.analyze.advice import reported_call
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.openings import repair_sections
from newsbrief.analyze.section_calls import passive_call, quoted_at
from newsbrief.analyze.section_prescribe import hindsight_call, imperative_close
from newsbrief.models import Candidate, Document, Item, Sentence, Token

WRITER_MARK = "[The writer argues:] "
_OBLIGING = frozenset({"should", "must", "ought", "need", "needs", "needed"})
_SAYING_OR_WANTING = frozenset("say tell add claim insist argue urge want wish demand advise suggest propose "
                               "recommend believe think write warn ask".split())

_SUGGESTING_MODALS = frozenset({"could", "might", "can"})
# Acts of saying, owning up or choosing a line: what a columnist tells a politician to do. A verb outside this list
# counts only with an adverb of ease or substitution ("could simply drop", "might instead back"), which marks the
# act as one the writer offers, not one the writer expects ("she could lose the vote" is a forecast).
_SAYING = frozenset(
    "say point argue explain admit tell remind ask note mention insist acknowledge concede declare announce "
    "apologise apologize propose offer cite counter respond reply answer call use quote stress own".split())
_OFFERED = frozenset({"just", "simply", "instead", "easily", "even", "merely"})
# The one advised: a person named or a third-person pronoun; "it", "this" and "we" are forecasts or the writer's.
_PERSONAL = frozenset({"he", "she", "they"})


def _subject(doc: Document, verb: Token) -> Token | None:
    return next((doc.tokens[i] for i in range(verb.left, verb.i)
                 if doc.tokens[i].head == verb.i and doc.tokens[i].dep == "nsubj"), None)


def _a_person(subject: Token | None) -> bool:
    if subject is None:
        return False
    return subject.text.lower() in _PERSONAL or subject.ent_type == "PERSON"


def _suggested(doc: Document, modal: Token) -> bool:
    """Whether ``modal`` ("could", "might", "can") offers its clause's act to a person as advice."""
    if modal.dep != "aux" or modal.text.lower() not in _SUGGESTING_MODALS:
        return False
    verb = doc.tokens[modal.head]
    # the main clause only (or a verb joined to it): "she could admit ..., and move on"; a "could" inside a
    # condition, a relative clause or a reported clause is no advice of the writer's
    main = verb.head == verb.i or (verb.dep == "conj" and doc.tokens[verb.head].head == verb.head)
    if not main or verb.pos != "VERB" or verb.lemma.lower() in ("be", "have"):
        return False
    if not _a_person(_subject(doc, verb) or _subject(doc, doc.tokens[verb.head])):
        return False
    between = [doc.tokens[i].text.lower() for i in range(modal.i + 1, verb.i)]
    if "have" in between or "not" in between or "n't" in between:
        return False  # "could have said": a past chance missed; "could not say": no act offered
    return verb.lemma.lower() in _SAYING or any(w in _OFFERED for w in between)


# A writer's requirement on any answer (reader Audit 37 #2, a bureau editor's analysis the genre stage read as a
# feature): "Finally any solution must deal with the fears of the minorities", "Any extension of the mission must
# include ...": a "must" or "has to" in the writer's own main clause, active, whose subject is "any" + a noun,
# prescribes what a settlement needs. Only in pieces that are not news reports: a news report's "Any deal must be
# approved by parliament" (passive) states a rule, and its reporter does not prescribe.
_REQUIRING = frozenset({"must", "has", "have"})
_ARGUING_GENRES = frozenset({"feature", "analysis", "opinion", "explainer"})


def _requirement_on_any(doc: Document, sentence: Sentence) -> bool:
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() not in _REQUIRING or token.dep != "aux":
            continue
        verb = doc.tokens[token.head]
        if token.text.lower() != "must" and not (verb.tag == "VB" and token.i + 1 < len(doc.tokens)
                                                 and doc.tokens[token.i + 1].text.lower() == "to"):
            continue
        subject = _subject(doc, verb)
        main = verb.head == verb.i
        if main and verb.pos == "VERB" and subject is not None and subject.tag.startswith("NN") \
                and any(k.dep == "det" and k.text.lower() == "any" for k in doc.children(subject)):
            return True
    return False


def writers_suggestion(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """True when an opinion piece's own sentence advises a person with "could", "might" or "can", or a piece that is
    not a news report requires something of any answer ("any solution must ...", see above), or an opinion piece's
    hindsight prescription or short imperative close (Audit 40, :mod:`~.section_prescribe`)."""
    if hindsight_call(doc, ctx, sentence) or imperative_close(doc, ctx, sentence):
        return True
    voice = ctx.voice_of(sentence.index)
    if ctx.genre in _ARGUING_GENRES and voice.voice == "reporter" and not quoted_at(doc, doc.sentence_tokens(
            sentence)[0]) and _requirement_on_any(doc, sentence):
        return True
    if ctx.genre != "opinion" or voice.voice not in ("reporter", "person"):
        return False
    if sentence.text.rstrip("\"”’' ").endswith("?") or sentence.text.lstrip().startswith(("\"", "“", "'", "‘")):
        return False
    for token in doc.sentence_tokens(sentence):
        if _suggested(doc, token) and not quoted_at(doc, token) and (voice.voice == "reporter" or _own_saying(
                doc, token, voice.speaker)):
            return True
    return False


def _own_saying(doc: Document, modal: Token, speaker: str | None) -> bool:
    """Whether the attribution stage took the advised saying itself for a speech: "Newt can say that ..." gives
    the writer's advice to Newt, not Newt's words (the lead's unseen Newsroom row 34)."""
    verb = doc.tokens[modal.head]
    subject = _subject(doc, verb)
    return verb.lemma.lower() in _SAYING and subject is not None and speaker is not None \
        and subject.text.lower() in speaker.lower()


def _writers_own(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether the Recommendation ``sentence`` is told in the writer's voice and names no one else's call."""
    if writers_suggestion(doc, ctx, sentence):
        return True
    if ctx.voice_of(sentence.index).voice != "reporter" or reported_call(doc, sentence) \
            or passive_call(doc, sentence):
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.text in ("I", "my", "me") for t in tokens):
        return False  # the first person says whose the advice is
    # Only a modal of obligation is surely the writer's: an advice verb has its own subject ("a study that advises
    # ..."), and a sentence with someone saying or wanting in it ("The residents, said their spokesman, want the
    # council to ...") may be theirs (the attribution stage took it for the writer's: Newsroom row 44).
    return any(t.text.lower() in _OBLIGING for t in tokens) \
        and not any(t.lemma.lower() in _SAYING_OR_WANTING and t.pos == "VERB" for t in tokens)


def writers_marked(doc: Document, ctx: Context, sentences: Sequence[Sentence]) -> tuple[Item, ...]:
    """The Recommendations ``sentences`` as items in article order, the writer's own marked "[The writer argues:]"
    (see the module docstring). A marked item has its opening repaired (or is withheld) here, as the sections'
    opening repair would, since that pass leaves an item alone once its text is not the sentence's."""
    items: list[Item] = []
    for sentence in sorted(sentences, key=lambda s: s.index):
        item = Item(text=sentence.text, citations=(cite(sentence),))
        if imperative_close(doc, ctx, sentence):  # whole by its own test; the repair takes a bare verb for a fragment
            items.append(Item(text=WRITER_MARK + sentence.text, citations=item.citations))
            continue
        if _writers_own(doc, ctx, sentence):
            repaired = repair_sections(doc, ctx, {"recommendations": (Candidate.of(item),)})["recommendations"]
            if not repaired:
                continue
            item = Item(text=WRITER_MARK + repaired[0].item.text, citations=item.citations)
        items.append(item)
    return tuple(items)
