"""Reading a source phrase: who speaks in "Goddard planetary scientist Avi Mandell", "Murray's
lawyers", "his sisters Ann, Beth and Carol", "he" or "one of them".

Split from :mod:`newsbrief.nlp.attribution` (which finds the cues and contents) so each module
stays readable; the rules run over the dependency parse in :class:`~newsbrief.nlp.speech._Doc`.
Who a gendered pronoun, a role ("the fire chief"), a spokesperson or "the department" means is
read in :mod:`newsbrief.nlp.referents`.
"""

from __future__ import annotations

import re

from newsbrief.models import Attribution, Sentence, Token, VoiceType
from newsbrief.nlp.addressed_names import addressed_name
from newsbrief.nlp.cue_subjects import quote_opener
from newsbrief.nlp.glued_sources import after_glued_mark, plural_initials
from newsbrief.nlp.host_guests import hosted_guest
from newsbrief.nlp.live_reach import live_cut
from newsbrief.nlp.principal import principal_over_walk_on
from newsbrief.nlp.pronoun_candidates import (
    _ADDRESS_LEMMAS,
    DASHES,
    addressed,
    agreeing_people,
    credit_line,
    described_or_joint_subject,
    is_other,
    other_names,
    same_sentence_subject,
    section_start,
)
from newsbrief.nlp.pronoun_chains import CHAIN_SENTENCES, NEAR_SENTENCES, quote_only, subject_back
from newsbrief.nlp.pronoun_fallback import last_named_person
from newsbrief.nlp.pronoun_things import (
    according_subject,
    bound_names,
    reporting_subject,
    spokesperson_before,
)
from newsbrief.nlp.quote_owners import quoted_object
from newsbrief.nlp.referents import (
    _body_referent,
    _coordinated_end,
    _coordinated_start,
    _interviewee,
    _possessor_only,
    _role_holder,
    _spokesperson_body,
    _title_words,
    _wrong_gender,
    note_interviewee,
    note_interviews,
)
from newsbrief.nlp.role_mentions import newer_role_mention
from newsbrief.nlp.speaker_bounds import not_a_person
from newsbrief.nlp.speaker_descriptors import descriptor_referent
from newsbrief.nlp.speaker_documents import PIECE_NOUNS, document_author
from newsbrief.nlp.speaker_groups import of_pronoun, pronoun_group
from newsbrief.nlp.speaker_kinds import in_which_person, relative_cut
from newsbrief.nlp.speaker_lists import after_list_dash
from newsbrief.nlp.speech import (
    BUSINESS_NOUNS,
    DOCUMENT_NOUNS,
    ORGANISATION_NOUNS,
    SPOKESPEOPLE,
    UNNAMED_NOUNS,
    _clean,
    _core_subject,
    _Doc,
    _mention,
    name_like,
    span_head,
    voice_type,
)
from newsbrief.nlp.speech_acts import asked_as_act
from newsbrief.nlp.titled_heads import described_head, titled_head
from newsbrief.nlp.topic_fronts import topic_front

__all__ = ["RELATIVE_PRONOUNS", "UNNAMEABLE", "addressed", "dashed_quote", "framed_speaker", "note_interviewee",
           "note_interviews", "object_not_speech", "reported_speaker", "speaker_end", "stranded_object"]


def dashed_quote(d: _Doc, verb: Token, comps: list[Token]) -> list[Token]:
    """The complements of a cue set off by dashes inside a sentence, cut to the quotation it frames ('Willow gets a
    moment of calm — "It's quiet out there," he says — and the others laugh'): the clause before the dash, which
    the parser hangs on the cue, is the writer's (session 15: a review's narration given to the speaker)."""
    tokens = d.doc.tokens
    after = tokens[verb.i + 1] if verb.i + 1 < len(tokens) else None
    if after is None or after.text not in DASHES or len(comps) < 2:
        return comps
    quoted = [c for c in comps if c.i < verb.i and d.in_quote(c.start)]
    return quoted if len(quoted) == 1 else comps


def _previous_subject_name(d: _Doc, sentence: Sentence, pronoun: str = "he") -> str | None:
    """The person a "he"/"she" at the start of ``sentence`` most likely means (centering): the
    speaker of the sentence just before, else the named main-clause subject of the nearest earlier
    sentence of the same or previous paragraph (not a passive one while someone spoke in the last
    sentences: the witness speaks, not the patient "monitored"), else an earlier speaker, else the
    last person named. Sentences wholly inside a quotation are passed over (their "he" is the
    quoted speaker's), and a name inside this sentence's quotation or the subject of another of
    its clauses is never the one meant, nor a person the text shows to be of the other gender ("She
    also told the magazine" after a sentence about a man)."""
    doc, others, bound = d.doc, other_names(d, sentence), bound_names(d, sentence, pronoun)

    def skip(name: str | None) -> bool:
        # a "he"/"she" is a person: never a group, body or place, however the model typed it (Audit 17)
        return is_other(name, others) or _wrong_gender(d, name, pronoun) or not_a_person(d, name) \
            or plural_initials(name) or name in bound

    own = topic_front(d, sentence, pronoun) or same_sentence_subject(d, sentence, pronoun, skip)  # "As for X, she"
    if own is not None:
        return own
    opener = quote_opener(d, sentence)  # '...: "We want ... this," she told Hannity' (Newsroom 44)
    if opener is not None and not skip(opener):
        return opener
    principal = principal_over_walk_on(d, sentence, pronoun) or according_subject(d, sentence, pronoun)
    if principal is not None and not skip(principal):
        return principal  # a witness's own account after a columnist's one-paragraph quotation (Audit 19)
    cut = max(section_start(doc, sentence), live_cut(d, sentence))  # not past a sub-head or an update (A26, A27)
    if sentence.index - 1 in d.speakers and not skip(d.speakers[sentence.index - 1]) \
            and doc.sentences[sentence.index - 1].start >= cut:
        return d.speakers[sentence.index - 1]
    back = [s for s in doc.sentences[: sentence.index]
            if not quote_only(d, s) and not credit_line(s) and s.start >= cut]  # a box's credit: no one (s27)
    back = back[-CHAIN_SENTENCES:][::-1]
    first_back = back[min(len(back), NEAR_SENTENCES) - 1].index if back else sentence.index
    earlier = [i for i in d.speakers if first_back <= i < sentence.index and not skip(d.speakers[i])]
    kin = described_or_joint_subject(d, back[0], sentence, pronoun) if back else None
    if kin is not None:
        return kin  # "": the subject's object may be the one meant too, so no one is (the quote is withheld)
    found = subject_back(d, sentence, back, earlier, skip, pronoun)
    if found is not None:
        return found or None  # "": two agreeing people began the chain, no one is certain
    if earlier:
        return d.speakers[max(earlier)]
    return last_named_person(d, sentence, cut, skip, pronoun)


def _addressee(d: _Doc, i: int) -> bool:
    """Whether the name ending at token ``i`` is the one spoken to (see ``addressed``; Audit 10)."""
    return addressed(d.doc, i)


def _under_modifier(d: _Doc, token: Token, head: Token) -> bool:
    """Whether ``token`` lies in a prepositional phrase or clause that modifies ``head`` ("workers at the
    Dunmore depot", "lawyers for Smith"): a name there is not the one who speaks."""
    tokens = d.doc.tokens
    for _ in range(8):
        if token.i == head.i or token.head == token.i:
            return False
        if token.dep in ("prep", "acl", "relcl") and token.i > head.i:
            return True
        token = tokens[token.head]
    return False


def _speaker(d: _Doc, first: int, last: int, sentence: Sentence) -> tuple[str | None, str | None]:
    """(resolved speaker, role) of the source tokens first..last, a name ending in "'s" kept whole
    ("Lloyd's said")."""
    glued = after_glued_mark(d, first, last)  # 'squaddies like us,"he said': "he" (XSum row 26)
    if glued is not None:
        after, word = glued
        if after > last:
            return (_pronoun_referent(d, word, sentence) if word.text.lower() in ("he", "she") else None), None
        first = after
    first = after_list_dash(d, first, last)  # "Foam used - engineers warn": the engineers (Audit 41 #3)
    group = pronoun_group(d, first, last, sentence)  # "They said:", "A spokesman said" (Audit 15)
    # "": a "They" after several plural parties means none for certain; "" travels, and the words are withheld
    speaker, role = (group, None) if group is not None else _speaker_as_written(d, first, last, sentence)
    return d.whole_name(speaker), role


def _pronoun_referent(d: _Doc, pronoun: Token, sentence: Sentence) -> str | None:
    """Whom a "he"/"she" source means; no one when two agreeing people are named just before (Audit 16)."""
    word, others = pronoun.text.lower(), other_names(d, sentence)
    people = agreeing_people(d, pronoun, sentence, lambda i, name: (i >= 0 and _addressee(d, i))
                             or _wrong_gender(d, name, word) or is_other(name, others) or not_a_person(d, name))
    reporter = reporting_subject(d, pronoun)  # "Rod Stewart said he could not think ...": Stewart (H35 scan)
    if reporter is not None and not _wrong_gender(d, reporter, word) and not not_a_person(d, reporter):
        return reporter
    found = _previous_subject_name(d, sentence, word)  # "": no one is certain, unless one person is named just before
    if len(people) > 1:  # "Tom Reyes and Carl Busch met ...": "" travels (withheld), else None (the finder's guess)
        return found if found == "" else None
    return found if found is not None and (found or not people) else (next(iter(people)) if people else None)


# What the words were about, after the speaker's apposition ('"...," said Jim Roe, a Chevron spokesman, of
# the odds of striking oil': Audit 21 showed "of the odds of striking oil" as part of his role).
_TOPIC_PREPOSITIONS = frozenset({"of", "about", "regarding", "on"})


def _topic_cut(d: _Doc, first: int, last: int) -> int:
    """The last token of an apposition first..last, before a ", of ..." that gives the topic of the words."""
    tokens = d.doc.tokens
    for k in range(first + 1, last):
        if tokens[k].text == "," and tokens[k + 1].text.lower() in _TOPIC_PREPOSITIONS:
            return k - 1
    return last


# An age heading an apposition ("Ana Ruiz, 44, a nurse"): not part of the role.
_AGE = re.compile(r"^\d{1,3}(?:\s*,\s*|$)")
_MARKS = ('"', "“", "”")


def _role_text(d: _Doc, role: str, last: int) -> str:
    """A role whose title in quotation marks the source span cut before its closing mark ('a chef and the host of
    "Knife Fight,"' read to "Knife Fight"): the mark is put back when it follows the span, else the lone mark is
    dropped (the lead's reading showed 'chef and the host of "Knife Fight' in Actors)."""
    if sum(role.count(m) for m in _MARKS) % 2 == 0:
        return role
    after = d.text[d.doc.tokens[last].end : d.doc.tokens[last].end + 2]
    closing = next((m for m in ('"', "”") if m in after), None)
    return role + closing if closing else role.replace("“", "").replace('"', "").strip()


def _speaker_as_written(d: _Doc, first: int, last: int, sentence: Sentence) -> tuple[str | None, str | None]:
    """(resolved speaker, role) of the source tokens first..last."""
    tokens = d.doc.tokens
    last = relative_cut(tokens, first, last)  # "X and Y, who co-founded ...": the split word's clause (Audit 25)
    end = tokens[last]
    if end.pos == "ADP" and end.head != end.i and first < tokens[end.head].left \
            and not any(tokens[c].dep == "pobj" for c in d.children.get(end.i, ())):
        # "Protesters in London angry with" (its object parsed as a second subject, see stranded_object):
        # the speaker without the modifier the preposition strands
        last = tokens[end.head].left - 1
    mention = d.span_text(first, last)
    words = [t for t in tokens[first : last + 1] if t.pos != "PUNCT"]
    if len(words) == 1 and words[0].text.lower() in ("he", "she"):
        return in_which_person(d, words[0]) or _pronoun_referent(d, words[0], sentence), None
    # "a Greenway spokesperson": Greenway Foods speaks; "The New Zealander also said": the coach named just before
    body = _spokesperson_body(d, first, last) or descriptor_referent(d, first, last, sentence)
    if body is not None:
        return body, None
    people = [t for t in tokens[first : last + 1] if t.ent_type == "PERSON"]
    if (titled := titled_head(d, first, last, people) or described_head(d, first, last, people)) is not None:
        return titled  # "Mr Griffin, MEP for ...", "Ann Vale, daughter of ...": the name the model missed (A43)
    if people and _possessor_only(d, first, last, people[-1].i):
        return _mention(mention) or None, None  # "Murray's lawyers asked": the lawyers, not Murray
    head = span_head(d, first, last)
    if people and head.pos == "NOUN" and head.ent_type != "PERSON" and (
            people[-1].i < head.i or all(_under_modifier(d, t, head) for t in people)):
        # "The Lorne branch of ...", "the Obama aide", "Striking workers at the Dunmore depot": not the name
        return _mention(mention) or None, None
    if people:
        # Several names ("Goddard planetary scientist Avi Mandell", a place the model took for a
        # person): the speaker is the name that heads the phrase, else the last one.
        head = span_head(d, first, last)
        i = head.i if head.ent_type == "PERSON" else people[-1].i
        while i > first and tokens[i - 1].ent_type == "PERSON":
            i -= 1
        j = i
        while j + 1 <= last and tokens[j + 1].ent_type == "PERSON" and tokens[j + 1].pos != "PART":
            j += 1
        if tokens[i].text.lower() in BUSINESS_NOUNS and i < j:
            # "Insurer Lloyd's of London": a business, its kind written like a title
            possessive = j + 1 < len(tokens) and tokens[j + 1].text in ("'s", "’s")
            return _clean(d.span_text(i + 1, j)) + "'s" * possessive, None
        group = _coordinated_start(tokens, first, i)
        group_end = _coordinated_end(tokens, j, last)
        if group is not None or group_end is not None:
            # "their brothers Marlon, Tito and Jackie said", "his sisters Ann, Beth and Carol
            # Harlow said": the names speak together, not the first or the last alone
            i, j = group if group is not None else i, group_end if group_end is not None else j
            name = _clean(d.span_text(i, j))
        else:
            name = addressed_name(d, d.resolve_name(_clean(d.span_text(i, j)), tokens[i].start), tokens[i].start)
        title = _title_words(d, first, i)
        # "Professor Helen Tregear, a climate scientist at the University of Exeter": the
        # apposition says more than the title before the name.
        apposition = _clean(d.span_text(j + 2, _topic_cut(d, j + 2, last))) \
            if j + 2 <= last and tokens[j + 1].text == "," else None
        # "civil servant Ana Ruiz, 44,": an age is no role (the lead's reading showed "Ana Ruiz, 44 —")
        apposition = _role_text(d, _AGE.sub("", apposition), last) if apposition else None
        return name, apposition or title or None
    head = span_head(d, first, last)
    apposed = next((tokens[c] for c in d.children.get(head.i, ()) if tokens[c].dep == "appos"
                    and tokens[c].pos == "NOUN" and c > head.i), None) if head.pos == "PROPN" else None
    if apposed is not None and head.i + 2 <= last and tokens[head.i + 1].text == ",":
        # "Defra, the government department responsible for ...": the name speaks, the
        # apposition is its role (sixth reader audit: the whole phrase shown as the speaker).
        role_end = min(last, apposed.right)
        role = _role_text(d, _AGE.sub("", _clean(d.span_text(head.i + 2, role_end))), role_end)
        return _clean(d.span_text(first, head.i)) or None, role or None
    if voice_type(d, first, last) == "person" or (first == last and tokens[first].pos == "PROPN"
                                                 and tokens[first].text in d.full_names):
        # a bare surname of a person named in full is a person whatever its tag, resolved where it is written
        return _surname_at(d, first, last) or (d.resolve_name(_clean(mention), tokens[first].start) or None, None)
    return _other_speaker(d, first, last, sentence, mention)


def _surname_at(d: _Doc, first: int, last: int) -> tuple[str | None, str | None] | None:
    """"said Trimble of the National Cancer Institute": the surname of a person named in full, with where the
    person works (the lead's reading: the whole phrase shown as a second speaker beside "Ted Trimble")."""
    tokens = d.doc.tokens
    head = tokens[first]
    if first < last and head.pos == "PROPN" and head.text in d.full_names \
            and tokens[first + 1].text in ("of", "from", "at") and tokens[first + 1].head == head.i:
        return d.resolve_name(head.text, head.start) or None, _clean(d.span_text(first + 2, last)) or None
    return None


def _other_speaker(d: _Doc, first: int, last: int, sentence: Sentence, mention: str) -> tuple[str | None, str | None]:
    """(speaker, role) of a source that is no name the model tagged as a person: a surname with its workplace,
    a role holder named earlier, a document's author or a body named before, else the mention as written."""
    surname = _surname_at(d, first, last)
    if surname is not None:
        return surname
    newer = newer_role_mention(d, first, last)
    if newer is not None:  # "a Foreign Office spokesman ... the spokesman said": that one (Audit 41 #1)
        return _spokesperson_body(d, *newer) or _mention(d.span_text(*newer)) or None, None
    holder = _role_holder(d, first, last)
    if holder is not None:
        return holder, _clean(mention)  # "the fire chief" named earlier: Paul Grady, the role kept
    body = document_author(d, first, last, sentence, _speaker) or _body_referent(d, first, last, sentence)
    if body is not None:
        return body, None  # "The department said" after "Defra said": Defra; "The article said": its paper
    return _mention(mention) or None, None


UNNAMEABLE = frozenset("they them we us you it another one i me".split())
# Pronouns that open a relative clause: as a cue's subject they stand for the noun the clause hangs from.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


# The media as a source ("state media reported", "state television said"): Audit 32 A1 found state media's
# report shown under the opponents in the sentence's next clause, since the report gave no voice.
_MEDIA_NOUNS = frozenset("media television tv radio broadcaster press".split())


def _generic_noun(d: _Doc, first: int, last: int) -> bool:
    """A common-noun subject that names no kind of source (not a person, body, document, official or outlet)."""
    head = span_head(d, first, last)
    lemma = head.lemma.lower()
    # a piece with an author ("the speech", "the article") speaks for its author (speaker_documents)
    known = UNNAMED_NOUNS | DOCUMENT_NOUNS | ORGANISATION_NOUNS | SPOKESPEOPLE | PIECE_NOUNS | _MEDIA_NOUNS
    return head.pos == "NOUN" and lemma not in known and head.text.lower() not in known and not any(
        t.ent_type for t in d.doc.tokens[first : last + 1]) and not name_like(d, head)  # "Chalmers said" (A37)


# How far back "She added:" looks for the unnamed speaker whose quotation it carries on: the
# quotation may run over a few sentences and paragraphs ('A close friend said: "..." / "..." /
# She added: "..."'; session 8's final reader check gave it to the woman the friend spoke about).
CARRY_BACK_SENTENCES = 5


def _last_unnamed(d: _Doc, sentence: Sentence) -> Attribution | None:
    """The unnamed speaker ("one aide", "a close friend of the family") who spoke last before
    ``sentence``, when no other source spoke since; people only talked about in between do not count."""
    for i in range(sentence.index - 1, max(-1, sentence.index - 1 - CARRY_BACK_SENTENCES), -1):
        if i in d.unnamed_one:
            return d.unnamed_one[i]
        if i in d.sources:
            return None  # someone else spoke since
    return None


def _cue_speaker(d: _Doc, verb: Token, subject: Token, span: tuple[int, int],
                 sentence: Sentence) -> tuple[str | None, str | None, VoiceType] | None:
    """(speaker, role, voice) of a cue's subject tokens ``span``: a pronoun resolved, "one of them"
    and "who" read through to the group or noun they stand for; None when that cannot be done."""
    first, last = span
    kind: VoiceType = voice_type(d, first, last)
    if kind in ("unnamed", "organisation") and _role_holder(d, first, last) is not None:
        kind = "person"  # "The fire chief warned", "the Jordanian monarch said" (a NORP word): the one named
    elif kind == "unnamed" and _spokesperson_body(d, first, last) is not None:
        kind = "organisation"  # "a university spokesperson": the university the text named
    speaker, role = _speaker(d, first, last, sentence)
    guest = hosted_guest(d, subject, sentence, speaker)
    if guest is not None:
        return guest  # "Cooper spoke with a woman ... she said": the woman's words, never the host's (Audit 20)
    interviewee = _interviewee(d, verb, subject, sentence, speaker)
    if interviewee is not None:
        return interviewee, None, "person"
    unnamed = _last_unnamed(d, sentence) or spokesperson_before(d, sentence, subject.text.lower())
    if subject.text.lower() in ("he", "she") and unnamed is not None:
        # "The project, as one aide put it, is a gamble. He said ...": the unnamed speaker just
        # before, not the last person the text named.
        return unnamed.speaker, unnamed.role, unnamed.voice
    # A "One of ..." inside the quotation is the quoted words, not a described speaker (PolNeAR dev, after session 15)
    if subject.lemma.lower() == "one" and any(d.doc.tokens[c].text.lower() == "of"
                                              and (of_pronoun(d, c) or d.in_quote(subject.start))
                                              for c in d.children.get(subject.i, ())):
        # "One of them said": one of the group the text named last.
        group = next((d.sources[i] for i in range(sentence.index - 1, sentence.index - 4, -1)
                      if i in d.sources), None)
        return (group.speaker, group.role, group.voice) if group is not None else None
    if subject.text.lower() in RELATIVE_PRONOUNS:
        # "leaders who say ...", "the Office, which said: ...": the speaker is the noun the relative
        # clause hangs from, never the pronoun (Audit 11: "which" as a quotation's speaker).
        if verb.dep != "relcl":
            return None
        antecedent = d.doc.tokens[verb.head]
        a_first, _a_last = _core_subject(d, antecedent)
        speaker, role = _speaker(d, a_first, antecedent.i, sentence)
        kind = voice_type(d, a_first, antecedent.i)
    return speaker, role, kind


_CHANNEL_LEMMAS = frozenset({"report", "quote", "cite"})


# Passive frames that report someone's words without a "said" of their own: "X was quoted as saying", "X was
# heard telling", "X was overheard saying", "X is said to have told" (session 15, the lead's Newsroom reading:
# such sentences gave no attribution). The frame verb and the speech verb it governs.
_FRAME_LEMMAS = frozenset("quote report cite hear overhear say record film catch tape".split())
_FRAMED_SPEECH = frozenset("say tell write add claim".split())


def framed_speaker(d: _Doc, verb: Token) -> Token | None:
    """The passive subject X of a reported-speech frame around the speech verb ``verb`` ("X was quoted as
    saying ...", "X was heard telling ...", "X is said to have told ..."): X spoke. "The stock was quoted as high
    as $40" and "X is said to be rich" have no speech verb in the frame and name no speaker."""
    tokens = d.doc.tokens
    if verb.lemma.lower() not in _FRAMED_SPEECH or verb.head == verb.i:
        return None
    host = tokens[verb.head]
    if verb.dep == "pcomp" and host.text.lower() == "as" and host.head != host.i:
        host = tokens[host.head]
    elif verb.dep != "xcomp":
        return None
    if host.lemma.lower() not in _FRAME_LEMMAS or host.pos != "VERB":
        return None
    return next((tokens[c] for c in d.children.get(host.i, ()) if tokens[c].dep == "nsubjpass"
                 and tokens[c].pos in ("PROPN", "NOUN", "PRON")), None) or quoted_object(d, host)  # "X quoted Y as"


def reported_speaker(d: _Doc, verb: Token) -> Token | None:
    """The object of "AGENCY reported/quoted X as saying ...": X is the speaker and the agency only the
    channel (Audit 9: a militant leader's denial given to the news agency that carried it); the passive
    subject of "X was quoted as saying ..." and the like (:func:`framed_speaker`)."""
    if verb.lemma.lower() not in _CHANNEL_LEMMAS:
        return framed_speaker(d, verb)
    tokens = d.doc.tokens
    children = [tokens[c] for c in d.children.get(verb.i, ())]
    said = any(c.text.lower() == "as" and any(tokens[g].lemma.lower() in ("say", "tell", "write")
                                        for g in d.children.get(c.i, ())) for c in children)
    objects = (c for c in children if c.dep in ("dobj", "obj") and c.pos in ("PROPN", "NOUN"))
    return next(objects, None) if said else None


_RUN_ON = frozenset({"including", "among"})


def speaker_end(d: _Doc, obj: Token) -> int:
    """The last token of the speaker "according to" names: the noun phrase without a following ", including ..."
    list (Audit 9: "opposition activists, including four agents whose car was ambushed on a road" as a speaker).
    Only the speaker is cut; the clause's content span is unchanged."""
    tokens = d.doc.tokens
    cut = next((c for c in d.children.get(obj.i, ()) if c > obj.i and (
        tokens[c].dep == "prep" and tokens[c].text.lower() in _RUN_ON and tokens[c - 1].text == ",")), None)
    if cut is None:
        return relative_cut(tokens, obj.i, obj.right)  # "according to X, who co-founded ...": X (Audit 25)
    last = tokens[cut].left - 1
    while last > obj.i and tokens[last].pos == "PUNCT":
        last -= 1
    return last


def stranded_object(d: _Doc, subject: Token) -> Token | None:
    """The real subject when the parser made a preposition's object a second subject of the verb
    ("Protesters angry with Prime Minister Ivo Kral gathered ..., demanding the leader resign", the
    name hung from the verb, not from "with"): the subject before it, whose phrase ends in the
    stranded preposition. Audit 10: the leader the protesters want gone filed as the one who
    "recommends" it. None when the parse is not of that shape."""
    tokens = d.doc.tokens
    if subject.dep != "nsubj" or subject.left == 0:
        return None
    before = tokens[subject.left - 1]
    if before.pos != "ADP" or any(tokens[c].dep == "pobj" for c in d.children.get(before.i, ())):
        return None
    return next((tokens[c] for c in d.children.get(subject.head, ()) if tokens[c].dep == "nsubj"
                 and c < subject.i and tokens[c].right == before.i), None)


def object_not_speech(d: _Doc, verb: Token, subject: Token) -> bool:
    """Cues whose object is no speech of theirs (Audit 10): "The Burgas attack has added a new level of
    complexity" (a thing, not a person's or body's name, that "added" a noun: the writer's own conclusion),
    and "The only way ... is from that river — General Moss said the same thing" (a clause before a cue
    that has an object of its own is the words of whoever speaks the sentence, not of the one it names;
    a quotation before the cue, '"...," she told reporters', stays the cue's). "Said the same thing"
    has no content of its own to give its sentence a voice."""
    tokens = d.doc.tokens
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    objects = [k for k in kids if k.dep in ("dobj", "obj") and k.pos in ("NOUN", "PRON")]
    if not objects:
        return False
    if verb.lemma.lower() == "add":
        return subject.pos == "NOUN" and not subject.ent_type
    if asked_as_act(d, verb, kids):
        return True
    if all(any(tokens[c].lemma.lower() == "same" for c in d.children.get(o.i, ())) for o in objects):
        return True  # "said the same thing": no words of its own, the sentence is whoever reports it
    return verb.lemma.lower() not in _ADDRESS_LEMMAS and any(
        k.dep == "ccomp" and k.i < verb.i and not d.in_quote(k.start) for k in kids)

