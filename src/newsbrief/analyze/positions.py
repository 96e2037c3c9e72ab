"""Positions: who holds which position, and who disputes whom, from the attribution stage.

One item per source that the article lets speak in its own name (a person, an
organisation, a document such as a report or ruling, an unnamed official): the
sentence where it takes its clearest stance — an accusation, a denial, a
recommendation, a prediction, before a plain statement — with the source, its
role and its stance in the payload. A denial or a rebuttal names whom it
disputes: the source of the accusation it answers, found as the nearest earlier
source that alleges something about the one who denies, else the nearest
earlier one that alleges anything. Sources the article only quotes in passing
come after the ones it gives most space.

The section comes after key points, quotes, the timeline and the conclusion
in compose's priority: a position those sections already show is not shown
twice, so a source's best candidate avoids long quotations and dated events.
This replaces the outlook's tone score, which told a reader nothing the
article said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.analyze.actors import ActorNames, actor_role, shown_name
from newsbrief.analyze.context import Context, cite
from newsbrief.analyze.doc_index import entities_of
from newsbrief.analyze.position_checks import (
    _attributions,
    _cue_token,
    charge_words,
    checked_stance,
    claims_a_thing,
    in_quotation_piece,
    is_another,
    is_bare_call,
    is_cue_only,
    substance_words,
)
from newsbrief.analyze.position_frames import without_source_remark
from newsbrief.analyze.position_sources import (
    according_source,
    answers_previous,
    appositive_person,
    explains_a_thing,
    imagined_speech,
    own_role,
    related_person_phrase,
)
from newsbrief.analyze.position_stances import spelled_title, stance_shown
from newsbrief.analyze.quote_cuts import announced_fake, invented_person
from newsbrief.analyze.quote_referents import opens_on_cut_referent
from newsbrief.analyze.quote_shape import opens_on_fragment
from newsbrief.models import Attribution, Document, Item, PositionInfo, SentenceVoice
from newsbrief.nlp.attribution import quote_spans
from newsbrief.nlp.cue_limits import glued_break
from newsbrief.nlp.speaker_lists import glued_list
from newsbrief.nlp.speech import CUE_LEMMAS
from newsbrief.nlp.transcript import label_end

# The stance that shows a source's position best, first.
STANCE_ORDER = ("denies", "alleges", "recommends", "predicts", "asks", "asserts")
_QUOTED = re.compile(r"[\"“][^\"”]{25,}[\"”]")  # a quotation of a few words or more
MIN_WORDS = 4  # "Riley denied any wrongdoing." is a position; "He said." is not
# A bare quantifier is no source a reader can name ("Most had responded to phone calls": the
# passengers, reported by the agency; sixth reader audit "most — says").
PRONOUNS = frozenset("he she they we i you it one another them us me him her who".split())
QUANTIFIERS = frozenset("most many some all both few several others each either neither much more none".split())


# "Earlier statements by the company", "comments from the club": statements whose maker is a bare common noun name
# no one (Audit 38 A1: the company was a contractor the sentence never named); "a statement by Corvel" names its maker.
_MAKERLESS = re.compile(r"^(?:[a-z]+\s+)?(?:statements?|comments?|remarks?)\s+(?:by|from)\s+"
                        r"(?:the|its|their)\s+[a-z]+$")


# "Few of the regime's adversaries believe that ...", "no one in the capital expects ...": a negative or minimal
# quantifier over people states the writer's assessment of them, not a position they hold (Audit 46 #7: "few of
# ... adversaries — recommends:"); "a few analysts said" names people who spoke and stays nameable.
_NONE_OF_THEM = re.compile(r"^(?:few|none|nobody|no\s?one|no(?!\.?\s?\d)|neither|(?:hardly|scarcely|barely)\s+any\w*|"
                           r"not\s+(?:many|all|one|a\s+single))\b", re.I)


def is_nameable(speaker: str | None) -> bool:
    """True when ``speaker`` names someone: not empty, not a bare quantifier ("most", "some") and not a
    pronoun left unresolved ("he", "they": a reader learns nothing from "— *they*")."""
    words = (speaker or "").lower().split()
    # a run-on phrase from a fact box ("Production - est 400,000 barrels per day in 2009 (less than ...")
    run_on = (speaker or "").count("(") != (speaker or "").count(")")
    # A label cut from a sentence at its colon ("The crappy: Fake news site", Audit 19) is a fragment,
    # not a name, a role or an organisation.
    run_on = run_on or ":" in (speaker or "")
    # "some of them", "many of those" (Audit 32: a defector's account of a department filed under "some of
    # them"): a quantifier over a pronoun names no more than the bare quantifier does
    of_pronoun = len(words) == 3 and words[0] in QUANTIFIERS and words[1] == "of" \
        and words[2] in PRONOUNS | {"these", "those"}
    makerless = bool(_MAKERLESS.match((speaker or "")[:1].lower() + (speaker or "")[1:]))
    assessed = bool(_NONE_OF_THEM.match(speaker or ""))
    return bool(words) and not run_on and not of_pronoun and not makerless and not assessed \
        and not (len(words) == 1 and (words[0] in QUANTIFIERS or words[0] in PRONOUNS))


# Readings rather than sources (check 8: "Initial data indicates that ..." listed under Who says
# what): what data or figures "show" is evidence the writer reports, not a position anyone holds.
# Pictures likewise ("according to photos": Audit 14): what they show is the writer's report.
_EVIDENCE = frozenset("data figures numbers statistics readings results estimates projections trends evidence "
                      "photos photographs pictures images footage video videos".split())


# "An objective assessment of the record shows that ...", "a close look at the numbers suggests": an
# indefinite reading that no one named made (no capitalised maker, no "by" phrase) is the writer's own
# argument, not a source's allegation (Audit 32 A7, a signed column).
_HYPOTHETICAL_READING = re.compile(r"^(?:[Aa]n?|[Aa]ny)\s+(?:[a-z][\w-]*\s+){0,2}(?:assessment|analysis|look|reading|"
                                   r"review|examination|evaluation|appraisal|glance|comparison|audit)\s+(?:of|at)\b")


def _writers_reading(voice: SentenceVoice) -> bool:
    """Whether the source is an unmade reading ("an objective assessment of X", see _HYPOTHETICAL_READING)."""
    speaker = voice.speaker or ""
    return bool(_HYPOTHETICAL_READING.match(speaker)) and " by " not in speaker


# What a cue takes when it reports words rather than an act: a clause or complement of its own ("backed the
# bill, saying it would protect farmers"); "even proposing drone strikes" has only a noun phrase.
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "oprd", "acomp", "attr", "csubj"})
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _narrates_acts(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> bool:
    """Whether the voice's sentence is the writer's account of what the person did ("While he opposed the
    first war, he backed the second, even proposing air strikes during the campaign"): a speech cue only as a
    participle hung on another verb, and every cue with no clause of its own. Audit 32 A7: a columnist's
    account of a president's record filed as the president's recommendation."""
    found = _attributions(doc, attributions, voice)
    # a quotation is words, whatever verb brings it ('cried, saying, "Oh my God."')
    if not any(a.kind == "speech" for a in found) or _QUOTE_MARKS.search(doc.sentences[voice.sentence].text):
        return False
    for a in found:
        cue = _cue_token(doc, a)
        if cue is None or any(c.dep in _CLAUSES for c in doc.children(cue)):
            return False
        # the participle hangs on an act, not on a verb of saying or writing ("had written to the minister
        # asking for clarification" is a request made in words)
        if a.kind == "speech" and not (cue.tag == "VBG" and cue.dep in ("advcl", "xcomp", "conj")
                                       and doc.tokens[cue.head].lemma.lower() not in CUE_LEMMAS):
            return False
    return True


# Genres where the writer argues: a person's "has found that ..." there is the writer's account of what the
# person learned, not a finding the person reports (Audit 32 A7, a column on a president).
_ARGUING_GENRES = frozenset({"opinion"})


def _learned_in_column(doc: Document, ctx: Context, attributions: Sequence[Attribution],
                       voice: SentenceVoice) -> bool:
    """Whether, in an opinion piece, every cue of the voice's person is a perfect "has/had found" ("But on many
    other fronts, he has found that campaign rhetoric ..."); a report's "Investigators found that ..." stays."""
    if ctx.genre not in _ARGUING_GENRES or voice.voice != "person":
        return False
    found = _attributions(doc, attributions, voice)
    if not found or _QUOTE_MARKS.search(doc.sentences[voice.sentence].text):
        return False
    for a in found:
        cue = _cue_token(doc, a)
        if cue is None or cue.lemma.lower() != "find" or cue.tag != "VBN" \
                or not any(c.dep == "aux" and c.lemma.lower() == "have" for c in doc.children(cue)):
            return False
    return True


def _evidence_only(voice: SentenceVoice) -> bool:
    """A document or unnamed voice that is bare data or pictures ("Initial data", "early figures", "footage
    posted online"), with no body named: every word is a plain word (capitalised at most as a sentence's first)."""
    words = (voice.speaker or "").split()
    return voice.voice in ("document", "unnamed") and any(w.lower() in _EVIDENCE for w in words) \
        and all(w.islower() or not w[:1].isalpha() or (i == 0 and w[1:].islower()) for i, w in enumerate(words))


# A source's clause followed by another clause of the writer's or of another party ("It will point to
# the estimates ..., and the EPA is understood to accept that ...": check 8 gave BP the EPA's view).
_OTHER_CLAUSE = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas|though|although)\s+(?!that\b|to\b)\w+")
_OTHER_CLAUSE_WORDS = 6  # a clause with its own subject and verb, not a trailing phrase


# The same before the source: "Carter put the concerns into new rules, and Reagan rejected the realism of
# ...": the writer's first clause would be shown under the source of the second (Audit 32 A6).
_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:and|but|while|whereas|though|although)(?:\s+[a-z]\w*){0,2}\s*$")


def _after_other_clause(text: str, start: int, a: Attribution) -> bool:
    """Whether the source (subject of its cue) opens a coordinated clause after a clause of its own subject."""
    if a.source_text is None or a.cue_start is None or a.content_start < a.cue_start:
        return False
    found = text.rfind(a.source_text, start, a.cue_start)
    head = text[start:found] if found >= 0 else ""
    return bool(_CLAUSE_BEFORE.search(head)) and len(head.split()) >= _OTHER_CLAUSE_WORDS


# A clause of the source's own before its cue, with the subject shared: "In May a pensioner hooked a 5ft pike in the
# pond, and says it took an hour" (Audit 46 #8): the act is the writer's narrative, not his words.
_OWN_CLAUSE_BEFORE = re.compile(r"[,;]?\s+(?:and|but|then)(?:\s+(?:also|now|later))?\s*$")


def _after_own_clause(text: str, start: int, a: Attribution, cues: Sequence[int]) -> bool:
    """Whether the cue follows a clause of its source's own acts ("X hooked a pike ..., and says ..."); ``cues`` are
    the source's cues in the sentence: an earlier one ("X told reporters ... and said") makes the clause words too."""
    if a.source_text is None or a.cue_start is None or a.content_start < a.cue_start:
        return False
    found = text.find(a.source_text, start, a.cue_start)
    if found < 0:
        return False
    between = text[found + len(a.source_text) : a.cue_start]
    said_before = any(found < cue < a.cue_start for cue in cues)
    return not said_before and bool(_OWN_CLAUSE_BEFORE.search(between)) \
        and len(between.split()) >= _OTHER_CLAUSE_WORDS


def _opens_on_cut_referent(doc: Document, voice: SentenceVoice) -> bool:
    """ "That was a $1 trillion effort ..., he said": its topic is in a sentence not shown (Audit 40)."""
    sentence = doc.sentences[voice.sentence]
    return opens_on_cut_referent(doc, sentence.start, sentence.end)


def _late_according(text: str, start: int, a: Attribution) -> bool:
    """Whether an "according to X" vouches only for the conjunct after it, late in a long sentence of the writer's
    ("Now it seems the war could drag on ... and, according to reports, is using banned weapons": Audit 40 #3)."""
    return a.kind == "according" and a.cue_start is not None and a.cue_start < a.content_start \
        and len(text[start : a.cue_start].split()) >= _OTHER_CLAUSE_WORDS


def _mixed(doc: Document, ctx: Context, voice: SentenceVoice, spans: list[tuple[int, int]]) -> bool:
    """Whether the source's words end inside its sentence and a coordinated clause the source did not
    say follows (or comes first): shown whole under the source's name, that clause would be given to it."""
    sentence = doc.sentences[voice.sentence]
    text = doc.article.text
    # the row stops where the writer's glued-on sentence starts (_shown_text): the source's words may end there
    end = glued_break(doc, sentence, spans) or sentence.end
    for a in ctx.attributions.attributions:
        if a.kind == "attitude" or a.speaker != voice.speaker or a.cue_start is None \
                or not sentence.start <= a.cue_start < sentence.end:
            continue
        cues = [b.cue_start for b in ctx.attributions.attributions if b.speaker == voice.speaker
                and b.cue_start is not None and sentence.start <= b.cue_start < sentence.end]
        if _after_other_clause(text, sentence.start, a) or _late_according(text, sentence.start, a) \
                or _after_own_clause(text, sentence.start, a, cues):
            return True
        if a.content_end >= end - 1:
            continue
        tail = text[a.content_end : sentence.end]
        # the other clause may follow a phrase of the source's own clause ("found 28 bodies there, though ...")
        other = _OTHER_CLAUSE.search(tail)
        if a.cue_start < a.content_end and other is not None \
                and len(tail[other.start() :].split()) >= _OTHER_CLAUSE_WORDS:
            return True
    return False


# A denier named by a pronoun or a bare "the company" may be the source of the sentence before (Audit 38 A1: "The
# company also denied ..." after Halliburton's statement was resolved to BP): that source is then no safe opponent.
_ANAPHOR = re.compile(r"^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?:[Tt]he\s+)?[a-z]+)$")


def _anaphoric(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice) -> bool:
    """Whether the voice's source is told by a pronoun or a bare definite noun ("he", "the company")."""
    return any(_ANAPHOR.match(a.source_text or "") for a in _attributions(doc, attributions, voice))


def _disputed(doc: Document, attributions: Sequence[Attribution], voices: list[SentenceVoice],
              denial: SentenceVoice) -> str | None:
    """Whom a denial answers: the earlier alleging source whose charge shares most words of what was charged with
    the denial (Audit 17: a rejection of the cost-cutting charge MPs made was shown "disputing" the contractor, the
    nearest accuser); else the source that speaks in the sentence right before it when the denial answers that
    sentence ("Haaretz reported that ... Iran quickly denied the allegation", see answers_previous); else no one.
    Audit 38 (B2217): a commissioner who called the writer's own paper's report false was shown disputing the
    nearest earlier critic, who had only voiced a concern: a guess names the wrong party."""
    others = [v for v in voices if v.speaker and v.speaker != denial.speaker]
    earlier = [v for v in others if v.sentence < denial.sentence and v.stance == "alleges"]
    answer = substance_words(doc, doc.sentences[denial.sentence])
    shared = [len(charge_words(doc, doc.sentences[v.sentence]) & answer) for v in earlier]
    if any(shared):
        return max(zip(shared, range(len(earlier)), earlier, strict=True))[2].speaker
    before = [v for v in others if v.sentence == denial.sentence - 1 and v.stance in ("alleges", "asserts")]
    if before and not _anaphoric(doc, attributions, denial) \
            and answers_previous(doc, doc.sentences[denial.sentence], doc.sentences[before[0].sentence]):
        return before[0].speaker
    return None


def _rank(doc: Document, voice: SentenceVoice) -> tuple[int, bool, bool]:
    """Clearest stance first; then a sentence the quotes and timeline sections will not show
    (one without a long quotation, one without a date), since those sections keep those."""
    text = doc.sentences[voice.sentence].text
    quoted = bool(_QUOTED.search(text))
    dated = any(e.label == "DATE" for e in entities_of(doc, doc.sentences[voice.sentence]))
    return STANCE_ORDER.index(voice.stance), quoted, dated


def _full_names(doc: Document, ctx: Context, voices: list[SentenceVoice]) -> tuple[dict[str, str], dict[str, str]]:
    """Each speaker's name as the actors section shows it (``shown_name``), so one source is one
    entry; and the role the article gives each such person ("economist at Lund University")
    wherever it gives it."""
    names = ActorNames(ctx.actors)
    full: dict[str, str] = {}
    roles: dict[str, str] = {}
    for voice in voices:
        speaker = voice.speaker or ""
        if speaker in full:
            continue
        full[speaker] = speaker if related_person_phrase(speaker) else shown_name(ctx.actors, names, speaker)
        found = None if related_person_phrase(speaker) else names(speaker)  # "the son of X": not X, nor X's role
        if found is not None and ctx.actors[found].label == "PERSON":
            role = actor_role(doc, ctx.actors[found])
            if role is not None:
                roles.setdefault(full[speaker], role[0])
    return full, roles


# Titles before a name that a speaker string may keep ("according to Dr Ann Roe, of the unit, ...").
_TITLE_WORDS = frozenset("dr mr mrs ms miss prof professor sir dame lord lady rev reverend".split())


_CUT = re.compile(r"[,;—–]|\s-\s")
_WORDY = re.compile(r"[a-z]{3}")


def _plain_name(name: str) -> str:
    """A speaker string's name alone: the part before its first comma, without leading titles."""
    words = name.split(",")[0].split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _same_people(shown: set[str]) -> dict[str, tuple[str, str | None]]:
    """Shown name -> (the one entry it joins, the descriptor it brings as a role): "Dr Ann Roe, of the cell biology
    unit" (an "according to" source keeps its apposition) and "Ann Roe" are one person, and a lone "Roe" joins the
    one full name ending in it (Newsroom row 47, read by round 1: one scientist shown twice). Two people with one
    surname ("Ann Kessel", "Peter Kessel") stay two: a lone surname joins only a single full name."""
    merged: dict[str, tuple[str, str | None]] = {}
    for name in shown:
        plain = _plain_name(name)
        if not all(word[:1].isupper() for word in plain.split()):
            continue  # a person's name only: "economists" is no "IHS economists", "the police report" no name
        tail = name[len(name.split(",")[0]) + 1 :].strip(" ,;:")
        descriptor = tail if _WORDY.search(tail) else None  # "Springston, 63": an age, no role
        if plain != name and plain in shown:
            merged[name] = (plain, descriptor)
            continue
        if len(plain.split()) == 1:
            fuller = [other for other in shown if other != name and _plain_name(other) == other
                      and len(other.split()) > 1 and other.split()[-1] == plain]
            if len(fuller) == 1:
                merged[name] = (fuller[0], descriptor)
    return merged


def _role(found: list[SentenceVoice], actor_role_text: str | None) -> str | None:
    """The role a cue gave the speaker, unless the actors section's cleaned role is part of it: then that one
    ("Staying Rich, former NFL cornerback Phillip Buchanon wrote" gave the cue role "Rich, former NFL
    cornerback", a book title's tail; the actor's role is "former NFL cornerback": Newsroom row 12)."""
    given = next((spelled_title(v.role.strip(" ,;:")) for v in found if v.role), None)
    if given is None:
        return actor_role_text
    at = given.lower().find(actor_role_text.lower()) if actor_role_text else -1
    if actor_role_text is None or at < 0:
        return given
    # Only a cut at a comma or dash ("Rich, former ...", "... at Monsanto—one of the firms"): "Jersey FA president"
    # and "National Security Agency (NSA) Director" say more than the actor's "president" (XSum rows 14 and 38).
    rest = given[:at] + given[at + len(actor_role_text) :]
    return actor_role_text if not rest.strip() or _CUT.search(rest) else given


def _cue_line(doc: Document, voice: SentenceVoice) -> bool:
    """ "Analyst Tom Burke said in a note to clients:": a cue line that ends on its colon says nothing
    itself; the words are in the lines after it (issue #11: the cue was shown as the position)."""
    return doc.sentences[voice.sentence].text.rstrip().endswith(":")


def _after_cue_line(doc: Document, ctx: Context, voice: SentenceVoice) -> bool:
    """Whether the sentence opens a block quote: the sentence before is the same speaker's cue line, so the
    sentence is as good as named (the cue names its source right above it)."""
    if voice.sentence == 0:
        return False
    before = ctx.attributions.voices[voice.sentence - 1]
    return before.speaker == voice.speaker and (
        _cue_line(doc, before) or is_cue_only(doc, ctx.attributions.attributions, before))


def _named_first(title: str, speaker: str) -> bool:
    """Whether the source phrase opens on the speaker's own name ("John Oxford, professor of virology at ..., Queen
    Mary College"): the part after its last comma is where the speaker works, not a person the title belongs to,
    though the NER model typed it a person (Audit 41 #2: "Queen Mary College" shown as the speaker of Oxford's
    words). The name must be followed by its comma: "Deputy Permanent" of "Deputy Permanent Representative to the
    UN, Karen Holm" is a piece of a title, which still yields to the name."""
    return len(speaker.split()) >= 2 and title.lower().startswith(speaker.lower() + ",")


def _holder(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice,
            voices: Sequence[SentenceVoice]) -> SentenceVoice | None:
    """The voice as Who says what files it (see position_sources): under the source an "according to" phrase names,
    under the person a title is given to, with the speaker's own role; None when the sentence's verb reports no
    speech or the phrase's source never speaks in the article."""
    source = according_source(doc, attributions, voice)
    if source is not None:
        bare = re.sub(r"^the\s+", "", source.lower())
        same = next((v for v in voices if v.speaker and re.sub(r"^the\s+", "", v.speaker.lower()) == bare), None)
        return None if same is None else replace(voice, speaker=same.speaker, voice=same.voice, role=same.role)
    if explains_a_thing(doc, attributions, voice) or imagined_speech(doc, attributions, voice):
        return None
    person = appositive_person(doc, attributions, voice)
    if person is not None and not _named_first(person[1], voice.speaker or ""):
        return replace(voice, speaker=person[0], voice="person", role=person[1])
    return replace(voice, role=own_role(doc, voice, voice.role))


def _shown_text(doc: Document, attributions: Sequence[Attribution], voice: SentenceVoice,
                spans: list[tuple[int, int]]) -> str | None:
    """The voice's sentence as its row shows it: whole, or up to the writer's next sentence glued on with no full stop
    ("... in the last ten years The panel has until 15 May ...", Audit 44 #2); None when the source's cue comes
    only after such a boundary, so the row cannot be split safely."""
    sentence = doc.sentences[voice.sentence]
    # A turn's label ("Ann Reid, Leeds Dr Lund: I believe ...", a reader's credit glued to the expert's label) is not
    # the position: the row names its speaker, so it shows the words after the label (Audit 45 #7).
    start = max(sentence.start, min(label_end(doc, sentence), sentence.end))
    cut = glued_break(doc, sentence, spans)
    if cut is None:
        return doc.article.text[start : sentence.end].strip() or sentence.text
    cues = [a.cue_start for a in attributions if a.speaker == voice.speaker and a.cue_start is not None
            and sentence.start <= a.cue_start < sentence.end]
    if not cues or max(cues) >= cut or cut <= start:
        return None
    return doc.article.text[start : cut].strip()


def analyze_positions(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """Each source's clearest stated position, most-quoted sources first."""
    attributions = ctx.attributions.attributions
    found = [replace(v, stance=checked_stance(doc, attributions, v, ctx.attributions.voices))
             for v in ctx.attributions.voices
             if v.voice != "reporter" and is_nameable(v.speaker) and not _evidence_only(v) and not _writers_reading(v)
             and not is_another(v.speaker) and not invented_person(v.speaker)
             and not glued_list(doc.sentences[v.sentence].text)  # a factbox's glued items (Audit 41 #3)
             and not announced_fake(doc, doc.sentences[v.sentence])]  # "There is even a fake quote" (Audit 51 #11)
    # the checks below read the stage's attributions by the stage's speaker; entries are filed under the holder
    held = {v.sentence: _holder(doc, attributions, v, found) for v in found}
    voices = [v for v in found if held[v.sentence] is not None]
    holders = [h for h in (held[v.sentence] for v in voices) if h is not None]
    full, actor_roles = _full_names(doc, ctx, holders)
    same = _same_people(set(full.values()))
    full = {speaker: same.get(name, (name, None))[0] for speaker, name in full.items()}
    for joined, descriptor in same.values():
        if descriptor is not None:
            actor_roles.setdefault(joined, descriptor)
    weight: Counter[str] = Counter(full[v.speaker] for v in holders if v.speaker)
    by_speaker: dict[str, list[SentenceVoice]] = {}
    headers = set(ctx.attributions.headers)
    spans = quote_spans(doc.article.text)
    for voice, holder in zip(voices, holders, strict=True):
        # A round-up's comment under its "NAME, role" header is that person's position too.
        named = voice.explicit or voice.speaker in headers or _after_cue_line(doc, ctx, voice)
        if named and voice.speaker and len(doc.sentences[voice.sentence].text.split()) >= MIN_WORDS \
                and not _cue_line(doc, voice) and not is_cue_only(doc, attributions, voice) \
                and not _mixed(doc, ctx, voice, spans) \
                and not opens_on_fragment(doc, spans, doc.sentences[voice.sentence]) \
                and not _opens_on_cut_referent(doc, voice) \
                and not in_quotation_piece(spans, doc.sentences[voice.sentence]) \
                and not is_bare_call(doc, attributions, voice) and not claims_a_thing(doc, attributions, voice) \
                and not _narrates_acts(doc, attributions, voice) \
                and not _learned_in_column(doc, ctx, attributions, voice) \
                and _shown_text(doc, attributions, voice, spans) is not None:
            by_speaker.setdefault(full[holder.speaker or ""], []).append(holder)
    roles = {s: _role(found, actor_roles.get(s)) for s, found in by_speaker.items()}
    speakers = sorted(by_speaker, key=lambda s: (-weight[s], by_speaker[s][0].sentence))
    ranked = {s: sorted(by_speaker[s], key=lambda v: _rank(doc, v)) for s in speakers}
    # Every source's best position first, then second choices: compose keeps the first that
    # no earlier section shows, so a source whose best sentence is a key point still appears.
    items: list[Item] = []
    shown: set[int] = set()  # one sentence is one entry, whoever else it names (Audit 14: a quote twice)
    for depth in range(max((len(v) for v in ranked.values()), default=0)):
        for speaker in speakers:
            if depth < len(ranked[speaker]):
                voice = ranked[speaker][depth]
                if voice.sentence in shown:
                    continue
                shown.add(voice.sentence)
                sentence = doc.sentences[voice.sentence]
                disputes = _disputed(doc, attributions, holders, voice) if voice.stance == "denies" else None
                shown_text = _shown_text(doc, attributions, voice, spans) or sentence.text
                items.append(Item(text=without_source_remark(shown_text, voice.speaker), citations=(cite(sentence),),
                                  payload=PositionInfo(speaker=speaker, role=roles[speaker],
                                                       voice=voice.voice, stance=stance_shown(doc, sentence,
                                                                                              voice.stance, ctx),
                                                       disputes=disputes)))
    return tuple(items)
