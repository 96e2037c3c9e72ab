"""The attribution stage: who says what in every sentence, and whether they assert, allege, deny, predict or ask.

Rules over the dependency parse (no model of its own), in the order a reader
uses the cues:

1. A speech or cognition verb ("said", "told", "denied", "found") with a
   subject: the subject is the source, the verb's clausal complement (or the
   quotation it frames) is the content. A cue set inside the clause it reports
   ("In his state, Christie said, offenders are ...") or an as-clause that
   comments on it ("as one aide put it", "as Ortiz noted") gives that clause.
2. "According to X, ...": X is the source of the rest of the clause.
3. Quotation marks: a quote takes the speaker of the speech verb framing it,
   else of the short sentence after it ("Lee said.") or of a named person
   speaking in the next sentence of its paragraph, else of a sentence before
   it ending in a colon.
4. Across sentences: a quote running over several sentences, a "he said"
   sentence that carries on a quote, a report's findings told over the rest of
   its paragraph, and a round-up's "JANE DOE, fellow at an institute:" block
   all keep their voice; such sentences are marked not ``explicit``.

Rule 2 and "Name:" headings are in :mod:`newsbrief.nlp.source_phrases`, rule 3 in
:mod:`newsbrief.nlp.quote_speakers`, the reading of a source phrase in
:mod:`newsbrief.nlp.speakers` and :mod:`newsbrief.nlp.referents`. Pronoun sources resolve to the
subject of the sentence before (the person the
paragraph is about), not to the nearest name, so "He said ..." after a sentence
about a lawyer is the lawyer's, and one unnamed speaker just before ("as one aide
put it") is who "He said" means. Voices are person, organisation, document
(report, ruling, filing, study ...), unnamed ("officials", "a person familiar
with the talks") or the reporter's own.
"""

from __future__ import annotations

from newsbrief.models import Attribution, Attributions, Document, Sentence, Token
from newsbrief.nlp.block_quotes import block_quotes
from newsbrief.nlp.cue_limits import limit_cues
from newsbrief.nlp.cue_subjects import interrupting
from newsbrief.nlp.pronoun_things import introduced_descriptions, thing_before
from newsbrief.nlp.publications import document_subject, publisher, reads_out
from newsbrief.nlp.put_questions import drop_put_questions
from newsbrief.nlp.quote_documents import claimed_by, it_after_quoted_document
from newsbrief.nlp.quote_owners import cited_remarks, owned_quotes, repeated_quotes
from newsbrief.nlp.quote_sources import statement_speaker, statement_voices
from newsbrief.nlp.quote_speakers import _attribute_quotes, _merge_quotes
from newsbrief.nlp.quoted_people import described_person, note_newcomer, note_quoted_person, note_speaker
from newsbrief.nlp.reader_questions import answered_voices, read_reader_qa, reader_qa_attributions, reader_qa_voices
from newsbrief.nlp.relayed_quotes import relayed_quotes
from newsbrief.nlp.source_phrases import SPEAKER_NOUNS, attribute_according, attribute_as_reports, attribute_colons
from newsbrief.nlp.speaker_acts import narrated_act
from newsbrief.nlp.speaker_bounds import person_kind
from newsbrief.nlp.speaker_kinds import clause_subject, described_look, trim_gloss, writer_speaker
from newsbrief.nlp.speaker_narration import writer_over_clause_cues
from newsbrief.nlp.speaker_runs import first_person_runs, reader_story_voices
from newsbrief.nlp.speaker_scopes import clause_scoped_according, writer_descriptions
from newsbrief.nlp.speaker_sources import (
    not_a_source,
    relayed,
    standing_speaker,
    statement_author,
)
from newsbrief.nlp.speaker_stubs import whole_word_speakers
from newsbrief.nlp.speaker_subjects import (
    drop_quoted_feelings,
    participle_subject,
    relative_denial,
    stranded_main_verb,
    strands_main_verb,
)
from newsbrief.nlp.speaker_tails import adjective_tail
from newsbrief.nlp.speakers import (
    UNNAMEABLE,
    _cue_speaker,
    _generic_noun,
    _speaker,
    dashed_quote,
    note_interviewee,
    note_interviews,
    object_not_speech,
    reported_speaker,
)
from newsbrief.nlp.speech import (
    ALLEGE,
    ATTITUDE_LEMMAS,
    CUE_LEMMAS,
    DENY,
    DOCUMENT_NOUNS,
    INDEFINITE,
    MIN_CONTENT_TOKENS,
    ORGANISATION_NOUNS,
    UNNAMED_NOUNS,
    _clean,
    _core_subject,
    _Doc,
    _governs,
    _organisation_subject,
    _stance,
    _subject,
    after_quote,
    as_clause_host,
    frames_quote,
    negated,
    open_quotes,
    puts_it,
    quote_spans,
    span_head,
    voice_type,
)
from newsbrief.nlp.teaser_labels import teaser_quotes
from newsbrief.nlp.transcript import answer_minds_dropped, interview_speakers
from newsbrief.nlp.turn_openers import media_speakers, reply_turns
from newsbrief.nlp.voices import _headers, _voices, narrated_cue
from newsbrief.nlp.witness_relays import witness_relays
from newsbrief.nlp.writer_cues import writer_cued_quotes
from newsbrief.nlp.writer_kin import writers_kin

# Cues that also make things: with only an object ("has written six novels", "posted a video") they
# say nothing; with a clause, a quotation or a colon ('wrote that ...', 'tweeted "..."', "wrote: ...") they do.
_MAKES_THINGS = frozenset("write post tweet publish read".split())


def _quote_after(d: _Doc, i: int) -> tuple[int, int, bool] | None:
    """Token bounds of the quotation that opens right after token ``i`` (past a comma or a colon)."""
    tokens = d.doc.tokens
    k = i + 1
    while k < len(tokens) and tokens[k].text in (",", ":"):
        k += 1
    if k >= len(tokens) or tokens[k].text not in ("\"", "“"):
        return None
    span = d.in_quote(tokens[k].start)
    if span is None:
        return None
    last = k
    while last + 1 < len(tokens) and tokens[last + 1].end <= span[1]:
        last += 1
    return k, last, False


def _quote_before(d: _Doc, verb: Token, subject: Token) -> tuple[int, int, bool] | None:
    """Token bounds of the quotation that closes right before the cue's subject ("'...,' she claims in
    the interview", which the parser hangs inside the quotation)."""
    tokens = d.doc.tokens
    if not after_quote(d, verb):
        return None
    k = subject.left - 1
    while tokens[k].text == ",":
        k -= 1
    span = d.in_quote(tokens[k].start)
    first = k
    while span is not None and first > 0 and tokens[first - 1].start >= span[0]:
        first -= 1
    return first, k, False


def _trailing_conjunct(d: _Doc, verb: Token, subject: Token) -> bool:
    """True for a cue that closes its sentence after a comma, parsed as a conjunct of the clause before it, with
    no "and"/"but" joining them and nothing of its own after it ("..., the minister has said.")."""
    tokens = d.doc.tokens
    if verb.dep != "conj" or not verb.head < subject.left < verb.i or tokens[subject.left - 1].text != ",":
        return False
    if any(c > verb.i and tokens[c].pos != "PUNCT" for c in d.children.get(verb.i, ())):
        return False
    return not any(tokens[c].dep in ("cc", "preconj") for c in d.children.get(verb.head, ()) if verb.head < c < verb.i)


def _host_clause(d: _Doc, verb: Token, subject: Token) -> tuple[int, int, bool] | None:
    """Token bounds (first, last, source inside) of the clause a cue outside it reports: an
    as-clause's host or a parataxis cue's; None when the cue frames its content itself. An empty
    span (last < first) means there is no content."""
    tokens = d.doc.tokens
    host = as_clause_host(d, verb)
    if host is not None:
        # "As Ortiz noted, the stadium will ...", "The deal, as one aide put it, is ...": the clause
        # the as-clause comments on, without the as-clause when it opens or closes that clause.
        quote = _quote_after(d, verb.right)
        if quote is not None:
            return quote  # 'until, as one protester put it, "Egypt is ruled by ..."': the quotation
        first, last = host.left, host.right
        while last > verb.right and tokens[last].pos == "PUNCT":
            last -= 1
        if verb.left <= first:
            return verb.right + 1, last, False
        if verb.right >= last:
            return first, verb.left - 1, False
        return first, last, True
    if _trailing_conjunct(d, verb, subject):
        # "Tehran will host a meeting ..., Iran's Foreign Minister Ali Salehi has said." with the cue parsed as a
        # conjunct of the clause it reports (Audit 21: no content, so the president named before took the words).
        return tokens[verb.head].left, subject.left - 2, False
    if verb.dep != "parataxis" or any(tokens[c].dep in ("ccomp", "xcomp", "parataxis")
                                      for c in d.children.get(verb.i, ())):
        return None
    host = tokens[verb.head]
    if verb.head < verb.i:
        # '"... defective from the start," the ruling said': the clause the cue interrupts.
        return host.left, verb.left - 1, False
    # "In his state, Christie said, offenders are sent to treatment": a cue set inside the clause
    # it reports is the source of the whole clause around it; "Smith said, the town will sell ...":
    # what follows the cue.
    first, last = min(host.left, verb.left), host.right
    if last <= verb.i:
        return verb.i, verb.i - 1, False
    inside = first < subject.left
    return (first if inside else verb.right + 1), last, inside


def _content_span(d: _Doc, verb: Token, subject: Token) -> tuple[int, int] | None:
    """Character span of what the verb's source says: its clausal complement, or the rest of the clause."""
    tokens = d.doc.tokens
    comps = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep in ("ccomp", "xcomp", "parataxis")]
    comps = dashed_quote(d, verb, comps)  # 'X gets a moment — "...," he says — and ...': the quotation only
    hosted = _host_clause(d, verb, subject) or relative_denial(d, verb, subject)  # ', which X denies'
    if hosted is None and not comps and verb.dep != "relcl" and d.in_quote(tokens[verb.head].start) \
            and not d.in_quote(verb.start):
        hosted = _quote_before(d, verb, subject)  # the parser hung the cue inside the quotation it frames
    inside = False
    if hosted is not None:
        first, last, inside = hosted
    elif not comps:
        # "X accused Y of Z", "X denied the claims": what follows the verb in its clause.
        after = [tokens[c] for c in d.children.get(verb.i, ())
                 if tokens[c].i > verb.i and tokens[c].dep in ("dobj", "prep", "advcl", "obj", "attr", "oprd")
                 and not _other_source(d, tokens[c])]
        written = any(d.in_quote(t.start) for t in after) or tokens[verb.i + 1].text == ":"
        if not after or (verb.lemma.lower() in _MAKES_THINGS and not written):
            return None  # "Bhagat has written six novels": what was written, not what was said
        first, last = min(t.left for t in after), max(t.right for t in after)
    else:
        first, last = min(t.left for t in comps), max(t.right for t in comps)
        # not '"...," he said, according to the Daily Record': a source of its own, which would swallow the cue's
        # subject (Audit 51 #8: the quotes went to the paper, see witness_relays)
        tail = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "prep" and c > verb.i
                and tokens[c - 1].text == "," and tokens[c].lemma.lower() != "accord"]
        if last < verb.i and tail:
            last = max(t.right for t in tail)  # "..., the Times said, including speeches and meetings"
    # Never the source itself.
    if first <= subject.i <= last and not inside:
        return None
    # A trailing participle clause is the reporter's gloss, not the source's words:
    # 'said things "should be wrapped up by Cleveland," referring to the convention'.
    for token in tokens[first + 1 : last + 1]:
        if token.tag == "VBG" and token.dep in ("advcl", "xcomp", "conj") and tokens[token.i - 1].text == "," \
                and not d.in_quote(token.start):
            last = token.i - 2
            break
    while first <= last and tokens[first].pos == "PUNCT" and tokens[first].text not in "\"“":
        first += 1
    while last >= first and tokens[last].pos == "PUNCT" and tokens[last].text not in "\"”":
        last -= 1
    # "Riley denied any wrongdoing": a denial or accusation may be short.
    shortest = 2 if verb.lemma.lower() in DENY | ALLEGE else MIN_CONTENT_TOKENS
    if last - first + 1 < shortest:
        return None
    return tokens[first].start, tokens[last].end


_CONCESSIVE = frozenset({"though", "although", "whereas", "while", "but"})


def _other_source(d: _Doc, clause: Token) -> bool:
    """ "Investigators found 28 bodies, though local officials say as many as 34 ...": a clause hung on the
    cue that has its own source (a cue verb with a subject, or a concessive clause with its own subject)
    is not the cue's content (Audit 8: the officials' count given to the investigators)."""
    if clause.dep != "advcl":
        return False
    kids = [d.doc.tokens[c] for c in d.children.get(clause.i, ())]
    subject = any(k.dep in ("nsubj", "nsubjpass") for k in kids)
    concessive = any(k.dep == "mark" and k.text.lower() in _CONCESSIVE for k in kids)
    return subject and (concessive or clause.lemma.lower() in CUE_LEMMAS)


def _widen_to_quote(d: _Doc, start: int, end: int) -> tuple[int, int]:
    """A content that lies in a quotation covers the whole quotation (marks included)."""
    for s, e in d.quotes:
        if s <= start < e or s < end <= e:
            return min(s, start), max(e, end)
    return start, end


def _attribute_cues(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """Rule 1: speech and cognition verbs with a subject."""
    found: list[tuple[Sentence, Attribution]] = []
    note_interviews(d)
    for sentence in d.doc.sentences:
        tail = adjective_tail(d, sentence)  # "..., noted journalist X.": the parser's adjective (Audit 49 #12)
        found += [(sentence, tail)] if tail is not None else []
        note_newcomer(d, sentence)  # "Another posted ...": the next "he wrote" is the newcomer's (FNC-1 1064)
        for verb in d.doc.sentence_tokens(sentence):
            note_quoted_person(d, verb, sentence)  # "quoted a local trader who had ...", then "he said" (A36)
            lemma = verb.lemma.lower()
            put_it = (lemma == "put" and puts_it(d, verb)) or frames_quote(d, verb)
            if (lemma not in CUE_LEMMAS and lemma not in ATTITUDE_LEMMAS and not put_it) \
                    or verb.pos not in ("VERB", "AUX") or d.in_quote(verb.start) or strands_main_verb(d, verb):
                continue  # "I think ..." inside a quote is part of the quoted speaker's words
            subject = stranded_main_verb(d, verb) or reported_speaker(d, verb) \
                or participle_subject(d, verb, _subject(d, verb))
            if subject is not None:  # "one of the experts, Name," and "a piece of rock ..., Name, told"
                subject = standing_speaker(d, subject, verb)
            if subject is None or subject.lemma.lower() in ("it", "this", "that", "which") \
                    or subject.text.lower() in INDEFINITE:
                continue  # "it" is resolved to a document by _it_documents
            span = _content_span(d, verb, subject)
            if span is None or described_look(d, lemma, *span):
                continue
            start, end = _widen_to_quote(d, *span)
            first, last = _core_subject(d, subject)
            if first <= verb.i <= last or _topic_head(d, last):
                continue
            # A clause as the subject names no source: the content is kept for extraction, with no speaker
            clause = clause_subject(d.doc.tokens, subject, first, last, d.children.get(subject.i, ()))
            source = None if clause else _clean(d.span_text(first, last))
            if subject.text.lower() in ("we", "i") and not d.in_quote(subject.start):
                continue  # the writer or the outlet speaking for itself is the article's own voice
            if _obliged(d, verb) or object_not_speech(d, verb, subject) or not_a_source(d, verb, subject) \
                    or relayed(d, verb, subject, sentence):
                continue  # "Ministers must explain their plans": a demand on them, not their speech
            author = statement_author(d, first, last, sentence)  # "the statement" of a named body
            printer = publisher(d, sentence) if author is None and document_subject(d, subject) else None
            who = (printer, None, "organisation") if printer is not None \
                else _cue_speaker(d, verb, subject, (first, last), sentence) if author is None \
                else (author.speaker, author.role, author.voice)
            if who is None:
                continue
            speaker, role, kind = (None, None, "unnamed") if clause else who
            kind = person_kind(d, span_head(d, first, last), kind)  # a role in apposition (Audit 35)
            if kind == "person":
                note_interviewee(d, verb, sentence, speaker)
            content = d.text[start:end]
            # A source a reader could not name ("they", "another") or a thing that is not a source
            # ("hilly areas show ...") is kept for extraction but gives no sentence its voice.
            speaks = (lemma in CUE_LEMMAS or put_it) and (speaker or "").lower() not in UNNAMEABLE \
                and (not _generic_noun(d, first, last) or described_person(d, first, last)) \
                and not narrated_cue(d, verb, subject) and not clause \
                and not narrated_act(d, verb)  # "weren't crying", "rejected the peace plan, thereby" (Audit 40)
            attribution = Attribution(
                content_start=start, content_end=end, source_text=source, speaker=speaker, voice=kind,
                stance=_stance(_stance_cue(d, verb), content, sentence.text), kind="speech" if speaks else "attitude",
                cue_start=verb.start, cue_end=verb.end, role=role)
            found.append((sentence, attribution))
            if attribution.kind == "speech" and (_governs(d, verb) or interrupting(d, verb, subject)):
                d.sources[sentence.index] = attribution
                note_speaker(d, sentence, attribution, verb, subject, (first, last))
    return found


def _stance_cue(d: _Doc, verb: Token) -> str:
    """The cue word that sets a stance: none for a negated denial ("didn't deny", "never disputed"),
    which concedes or leaves the point standing (Audit 8: "didn't deny" labelled *denies*)."""
    lemma = verb.lemma.lower()
    return "" if lemma in DENY and negated(d, verb) else lemma


def _topic_head(d: _Doc, last: int) -> bool:
    """ "Syria unrest: Civilians need protection, says ...": a subject that ends in a common noun before a
    colon is a headline's topic glued onto the lead, never a speaker (session 8's final reader check)."""
    tokens = d.doc.tokens
    head = tokens[last]
    return last + 1 < len(tokens) and tokens[last + 1].text == ":" and head.pos == "NOUN" \
        and head.text[:1].islower() and head.lemma.lower() not in SPEAKER_NOUNS


_OBLIGATION = frozenset({"must", "should", "ought"})


def _obliged(d: _Doc, verb: Token) -> bool:
    """Whether a speech verb is under a modal of obligation ("must explain", "should say")."""
    tokens = d.doc.tokens
    return any(tokens[c].dep == "aux" and tokens[c].lemma.lower() in _OBLIGATION for c in d.children.get(verb.i, ()))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Outlets a writer names with a common noun ("The iGen blog expects ..."): their attributions are voiced
# "unnamed", yet the "It also says" after them is the outlet's, not the firm named before (speakers17c's report).
_OUTLET_NOUNS = frozenset({"blog", "site", "website", "newspaper", "paper", "magazine", "journal", "outlet",
                           "newsletter", "tabloid"})


def _it_like(attribution: Attribution) -> bool:
    """Whether a later "it" can stand for ``attribution``'s source: a document, an organisation or an outlet."""
    if attribution.voice in ("document", "organisation"):
        return True
    words = (attribution.source_text or "").lower().split()
    return attribution.voice == "unnamed" and bool(words) and words[-1] in _OUTLET_NOUNS


def _outermost(by_sentence: dict[int, list[Attribution]],
               found: list[tuple[Sentence, Attribution]]) -> dict[int, Attribution]:
    """Per sentence, the document or organisation whose cue no other attribution of the sentence reports:
    "The Council said Damascus had asked for changes" is the Council's, so "It said" next is too
    (Audit 9: "it" given to the place named inside the reported clause)."""
    for sentence, attribution in found:
        by_sentence[sentence.index].append(attribution)
    outer: dict[int, Attribution] = {}
    for index, attributions in by_sentence.items():
        free = [a for a in attributions if a.cue_start is None or not any(
            b is not a and b.content_start <= a.cue_start < b.content_end for b in attributions)]
        # not a thing inside a reported clause that "threatens" nothing said ("the situation in Syria", Audit 51 #4)
        chosen = [a for a in free if _it_like(a)] or [a for a in attributions if _it_like(a) and a.kind != "attitude"]
        if chosen:
            outer[index] = chosen[0]
    return outer


def _it_documents(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """ "It also found ...": the document the sentence before named."""
    extra: list[tuple[Sentence, Attribution]] = []
    documents = _outermost({s.index: [] for s, _ in found}, found)
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if verb.pos not in ("VERB", "AUX"):
                continue
            subject = _subject(d, verb)
            if subject is None or subject.text.lower() != "it" or d.in_quote(verb.start) \
                    or (verb.lemma.lower() not in CUE_LEMMAS and not reads_out(d, verb, subject)):
                continue  # '"It says that everyone is free"' inside a quotation is the speaker's words
            if any(a.content_start <= subject.start < a.content_end for s, a in found if s.index == sentence.index):
                continue  # "He said ... that it was necessary ... - adding that ...": the "it" is in his words
            earlier = documents.get(sentence.index - 1)
            speaker, voice, role = (earlier.speaker, earlier.voice, earlier.role) if earlier else \
                (_organisation_subject(d, sentence.index - 1) or claimed_by(d, sentence.index - 1)
                 or publisher(d, sentence), "organisation", None)
            thing = thing_before(d, sentence.index - 1) if speaker is None else None
            if thing == "":
                continue  # "The new strain has been confirmed ... It has shown ...": a thing, no speaker
            if thing is not None:
                speaker, voice, role = thing, "document", None  # "Mr Eadie's motion ... It also called for"
            if speaker is None and sentence.index - 2 in documents:
                earlier = documents[sentence.index - 2]
                speaker, voice, role = earlier.speaker, earlier.voice, earlier.role
            span = _content_span(d, verb, subject)
            if speaker is None or span is None:
                continue
            content = d.text[span[0] : span[1]]
            attribution = Attribution(span[0], span[1], "it", speaker, voice,
                                      _stance(_stance_cue(d, verb), content, sentence.text), "speech",
                                      verb.start, verb.end, role)
            extra.append((sentence, attribution))
            documents[sentence.index] = attribution
    return extra


def attribute(doc: Document) -> Attributions:
    """Every attribution of ``doc`` and the voice of every sentence (see the module docstring)."""
    d = _Doc(doc)
    # the writer's "what I can only describe as" and an "according to" closing a relative clause (Audit 33)
    found = clause_scoped_according(d, attribute_according(d)) + attribute_as_reports(d) \
        + writer_descriptions(d, _attribute_cues(d))
    found += attribute_colons(d)
    found = block_quotes(d, found)  # 'X said in a note to clients:', unmarked paragraphs (Audit 18)
    found = drop_quoted_feelings(d, found + _it_documents(d, found))
    found = relayed_quotes(d, found)  # "X said Y told him 'he was ...'": X's relay (Audit 19)
    found = witness_relays(d, found)  # '"...," the men said, according to X': the men's, X relays (Audit 36)
    found += cited_remarks(d, _speaker)  # "the committee wrote, citing Dalton's remark that ...": Dalton's words
    found += owned_quotes(d, found, _speaker)  # "Then there was Hayward's '...'": Hayward's (Audit 25)
    statement = statement_speaker(d, found)
    found = it_after_quoted_document(found + _attribute_quotes(d, found, statement))  # Audit 34 #11
    found = sorted(((s, trim_gloss(d.text, a)) for s, a in found), key=lambda pair: pair[1].content_start)
    found = answer_minds_dropped(doc, _merge_quotes(d, found))  # a transcript answer's "he wanted" (Audit 28)
    found = repeated_quotes(d, found)  # a pull quote repeating a spokesman's words is his (Audit 25)
    found = writer_cued_quotes(d, teaser_quotes(d, found))  # 'Name: "teaser"'; '"...," I said' (Audit 39)
    found = drop_put_questions(d, found)  # '"A resolution will not change him?"' then '"No" he said' (Audit 42)
    found = media_speakers(d, reply_turns(d, found))  # "X also hit back. '...,' it said"; no "— Twitter" (A43)
    found = limit_cues(d, whole_word_speakers(d, found))  # no "the co", heading, aim or glued sentence (A44)
    found = introduced_descriptions(found)  # '"...," the user wrote' after "A third said" (FNC-1 1064)
    # An interview's answerers speak in their own name as a round-up's commenters do.
    speakers = [name for name, _role in _headers(d).values()] + interview_speakers(doc)  # none if quoted
    headers = tuple(dict.fromkeys(speakers))
    voices = _voices(d, found)
    qa = read_reader_qa(d)
    if qa is not None:  # a readers' Q&A's sign-offs are no round-up's headers (Audit 20)
        found, voices = reader_qa_attributions(qa, found), reader_qa_voices(d, qa, voices)
        headers = (qa.expert,) if qa.expert else ()
    if statement is not None:
        voices = statement_voices(d, statement, voices)
    # '"...," Holt wrote. I wrote vague jokes ...' (issue #11); an "As X reported ..., we ..." is the writer's (A34)
    voices = writer_over_clause_cues(d, found, first_person_runs(d, voices))
    voices = reader_story_voices(d, voices)  # a readers' page's first-person accounts are a reader's (Audit 46 #1)
    voices = answered_voices(d, voices)  # "Dr X, a cardiologist, answers:": her answer (session 15)
    # The writer's own quoted thoughts are named after the voices are read, so the voices keep the "I".
    if not headers:  # an interview's "I" is its answerer's
        found = [(s, writer_speaker(d, a, doc.article.source.author)) for s, a in found]
    found, voices = writers_kin(found, voices, doc.sentences)  # "the writer's cousin", or the teller's (A46 #1)
    return Attributions(attributions=tuple(a for _, a in found), voices=tuple(voices), headers=headers)


__all__ = ["ATTITUDE_LEMMAS", "CUE_LEMMAS", "DOCUMENT_NOUNS", "ORGANISATION_NOUNS", "UNNAMED_NOUNS", "attribute",
           "open_quotes", "quote_spans", "span_head", "voice_type"]
