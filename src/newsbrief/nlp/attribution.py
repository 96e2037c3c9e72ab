"""The attribution stage: who says what in every sentence, and whether they assert, allege, deny, predict or ask.

Rules over the dependency parse (no model of its own), in the order a reader
uses the cues:

1. A speech or cognition verb ("said", "told", "denied", "found") with a
   subject: the subject is the source, the verb's clausal complement (or the
   quotation it frames) is the content.
2. "According to X, ...": X is the source of the rest of the clause.
3. Quotation marks: a quote takes the speaker of the speech verb framing it,
   else of the short sentence after it ("Lee said."), else of a sentence before
   it ending in a colon.
4. Across sentences: a quote running over several sentences, a "he said"
   sentence that carries on a quote, a report's findings told over the rest of
   its paragraph, and a round-up's "JANE DOE, fellow at an institute:" block
   all keep their voice; such sentences are marked not ``explicit``.

Pronoun sources resolve to the subject of the sentence before (the person the
paragraph is about), not to the nearest name, so "He said ..." after a sentence
about a lawyer is the lawyer's. Voices are person, organisation, document
(report, ruling, filing, study ...), unnamed ("officials", "a person familiar
with the talks") or the reporter's own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsbrief.models import Attribution, Attributions, Document, Sentence, SentenceVoice, Stance, Token, VoiceType

# Verbs whose subject is a source and whose complement is what the source says or thinks.
CUE_LEMMAS = frozenset(
    "say tell add note argue insist claim state explain announce declare write predict acknowledge admit "
    "caution stress suggest urge describe reply respond recall conclude believe think vow pledge promise "
    "deny confirm report warn allege accuse charge contend maintain assert reject dispute refute dismiss "
    "find show reveal indicate estimate expect forecast project recommend advise propose ask question wonder "
    "fear hope worry complain concede agree disagree point emphasise emphasize signal testify tweet post "
    "counter rebut protest demand call insist observe remark reiterate repeat mention".split()
)
# Attitudes and speech acts PolNeAR also counts as attributions ("X wants ...", "X praised ...");
# they are found for extraction but do not make a sentence someone else's claim in the brief.
ATTITUDE_LEMMAS = frozenset(
    "want support back praise thank criticize criticise attack mock joke refuse learn discuss see read cite "
    "list prefer vow threaten blame credit welcome applaud condemn slam blast decry lament acknowledge "
    "endorse oppose favor favour insist intend plan seem appear know understand recognise recognize "
    "remember feel hear".split()
)
DENY = frozenset("deny reject dispute refute dismiss rebut counter contest".split())
ALLEGE = frozenset("allege accuse charge claim contend".split())
PREDICT = frozenset("predict forecast expect project estimate anticipate warn".split())
RECOMMEND = frozenset("recommend urge advise propose call demand".split())
ASK = frozenset("ask question wonder".split())
DOCUMENT_NOUNS = frozenset(
    "report ruling judgment judgement indictment complaint filing lawsuit suit study survey audit review "
    "inquiry investigation document documents memo letter statement analysis paper findings data poll "
    "assessment order decision verdict affidavit testimony records record transcript email emails "
    "minutes probe".split()
)
ORGANISATION_NOUNS = frozenset(
    "company firm government ministry department agency police council court committee board party "
    "campaign union group bank administration office authority authorities commission regulator "
    "army military embassy parliament congress senate house cabinet team club school university "
    "hospital airline network newspaper magazine website prosecutors prosecution".split()
)
UNNAMED_NOUNS = frozenset(
    "official officials source sources people person spokesman spokeswoman spokesperson aide aides "
    "analyst analysts expert experts critic critics resident residents observer observers diplomat "
    "diplomats insider insiders witness witnesses economist economists investor investors executive "
    "executives lawmaker lawmakers member members supporter supporters opponent opponents activist "
    "activists scientist scientists researcher researchers officer officers staff worker workers "
    "someone many some others".split()
)
SPEAKER_PRONOUNS = frozenset("he she they we i".split())
_MODAL_FUTURE = re.compile(r"\b(will|would|could|might|may|is expected to|are expected to|is likely to|plans? to)\b",
                           re.I)
_SHOULD = re.compile(r"\b(should|must|ought to|needs? to|has to|have to)\b", re.I)
_HEADER = re.compile(r"^[\"“]?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),\s+([^:\n]{3,120}):\s*$")
_QUOTE_MARK = re.compile(r"[\"“”]")
MAX_QUOTE_CHARS = 2000
MIN_CONTENT_TOKENS = 3


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted span, quotation marks included.

    Pages mix straight and curly marks ('"And I asked ...?” said Hill'), so each
    mark is read as opening or closing from what surrounds it, not from its shape
    alone. A quote never runs over a line break or past MAX_QUOTE_CHARS; an opening
    mark while a quote is open starts again there (an unclosed quote before it).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        i, mark = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opening = mark == "“" or (mark == '"' and (before.isspace() or before in "([{—–-/:") and not after.isspace())
        if open_at is not None and "\n" in text[open_at:i]:
            open_at = None
        if open_at is None:
            if opening:
                open_at = i
        elif opening and mark == "“":
            open_at = i
        else:
            if i - open_at - 1 >= 2 and i - open_at <= MAX_QUOTE_CHARS:
                spans.append((open_at, i + 1))
            open_at = None
    return spans


class _Doc:
    """Index structures over a document that the rules share."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.article.text
        self.children: dict[int, list[int]] = defaultdict(list)
        for token in doc.tokens:
            if token.head != token.i:
                self.children[token.head].append(token.i)
        self.sentence_of = {}
        for sentence in doc.sentences:
            for i in range(sentence.token_start, sentence.token_end):
                self.sentence_of[i] = sentence.index
        # Full names by surname and by every word, to resolve "Penrose" to "Sarah Penrose".
        self.full_names: dict[str, str] = {}
        for entity in doc.entities:
            if entity.label == "PERSON" and len(entity.text.split()) >= 2:
                name = _clean(entity.text)
                self.full_names.setdefault(name.split()[-1], name)
        self.quotes = quote_spans(self.text)

    def span_text(self, first: int, last: int) -> str:
        tokens = self.doc.tokens
        return self.text[tokens[first].start : tokens[last].end]

    def resolve_name(self, mention: str) -> str:
        words = mention.split()
        if len(words) == 1 and words[0] in self.full_names:
            return self.full_names[words[0]]
        return mention

    def in_quote(self, position: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s <= position < e), None)


def _clean(name: str) -> str:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip(" ,.;:\"“”"))
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)


def _subject(d: _Doc, verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is conjoined to ("X smiled and said")
    or hangs from ("X left the room, saying ...")."""
    for child in d.children.get(verb.i, ()):
        token = d.doc.tokens[child]
        if token.dep in ("nsubj", "nsubjpass") and token.i != verb.i:
            return token
    if verb.dep in ("conj", "advcl", "xcomp") and verb.head != verb.i and verb.tag.startswith("VB"):
        return _subject(d, d.doc.tokens[verb.head])
    return None


def _core_subject(d: _Doc, subject: Token) -> tuple[int, int]:
    """Token span of the subject without relative clauses ("Lee, who ..., said")."""
    tokens = d.doc.tokens
    last = subject.right
    for child in d.children.get(subject.i, ()):
        if tokens[child].dep in ("relcl", "acl") and tokens[child].i > subject.i:
            last = min(last, tokens[child].left - 1)
    while last > subject.i and tokens[last].pos == "PUNCT":
        last -= 1
    return subject.left, max(last, subject.i)


def voice_type(d: _Doc, first: int, last: int) -> VoiceType:
    """What kind of source the tokens first..last name."""
    tokens = d.doc.tokens[first : last + 1]
    head = next((t for t in reversed(tokens) if t.dep in ("nsubj", "nsubjpass", "pobj", "ROOT")), tokens[-1])
    lemmas = {t.lemma.lower() for t in tokens}
    if any(t.ent_type == "PERSON" for t in tokens) or head.text.lower() in SPEAKER_PRONOUNS - {"they", "we"}:
        return "person"
    if head.lemma.lower() in DOCUMENT_NOUNS or (lemmas & DOCUMENT_NOUNS and head.pos == "NOUN"
                                                  and head.lemma.lower() not in ORGANISATION_NOUNS):
        return "document"
    if any(t.ent_type in ("ORG", "NORP", "GPE") for t in tokens) or head.lemma.lower() in ORGANISATION_NOUNS:
        return "organisation"
    if head.lemma.lower() in UNNAMED_NOUNS or head.text.lower() in UNNAMED_NOUNS or head.text.lower() in ("they",):
        return "unnamed"
    if head.pos == "PROPN":
        return "person"
    return "unnamed"


def _stance(cue: str, content: str, sentence_text: str) -> Stance:
    if cue in DENY:
        return "denies"
    if cue in ASK or sentence_text.rstrip("\"”’' ").endswith("?"):
        return "asks"
    if cue in ALLEGE:
        return "alleges"
    if cue in RECOMMEND or _SHOULD.search(content):
        return "recommends"
    if (cue in PREDICT and cue != "warn") or _MODAL_FUTURE.search(content):
        return "predicts"
    return "asserts"


def _content_span(d: _Doc, verb: Token, subject: Token) -> tuple[int, int] | None:
    """Character span of what the verb's source says: its clausal complement, or the rest of the clause."""
    tokens = d.doc.tokens
    comps = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep in ("ccomp", "xcomp", "parataxis")]
    if not comps:
        # "X accused Y of Z", "X denied the claims": what follows the verb in its clause.
        after = [tokens[c] for c in d.children.get(verb.i, ())
                 if tokens[c].i > verb.i and tokens[c].dep in ("dobj", "prep", "advcl", "obj", "attr")]
        if not after:
            return None
        first, last = min(t.left for t in after), max(t.right for t in after)
    else:
        first, last = min(t.left for t in comps), max(t.right for t in comps)
    # Never the source itself.
    if first <= subject.i <= last:
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
    if last - first + 1 < MIN_CONTENT_TOKENS:
        return None
    return tokens[first].start, tokens[last].end


def _widen_to_quote(d: _Doc, start: int, end: int) -> tuple[int, int]:
    """A content that lies in a quotation covers the whole quotation (marks included)."""
    for s, e in d.quotes:
        if s <= start < e or s < end <= e:
            return min(s, start), max(e, end)
    return start, end


def _previous_subject_name(d: _Doc, sentence: Sentence) -> str | None:
    """The person the text was about just before ``sentence``: the named subject of the nearest
    earlier sentence of the same or previous paragraph (centering), else the last person named."""
    doc = d.doc
    for back in range(sentence.index - 1, max(sentence.index - 4, -1), -1):
        previous = doc.sentences[back]
        if sentence.paragraph - previous.paragraph > 1:
            break
        for token in doc.sentence_tokens(previous):
            if token.dep in ("nsubj", "nsubjpass") and (token.ent_type == "PERSON" or token.pos == "PROPN") \
                    and token.ent_type not in ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "ORG"):
                first = token.i
                while first > previous.token_start and doc.tokens[first - 1].pos == "PROPN":
                    first -= 1
                return d.resolve_name(_clean(d.span_text(first, token.i)))
            if token.dep == "nsubj" and token.text.lower() in ("he", "she"):
                break  # the sentence before is about a "he" too: look further back
    for entity in reversed(doc.entities):
        if entity.label == "PERSON" and entity.end <= sentence.start:
            return d.resolve_name(_clean(entity.text))
    return None


def _speaker(d: _Doc, first: int, last: int, sentence: Sentence) -> tuple[str | None, str | None]:
    """(resolved speaker, role) of the source tokens first..last."""
    tokens = d.doc.tokens
    mention = d.span_text(first, last)
    words = [t for t in tokens[first : last + 1] if t.pos != "PUNCT"]
    if len(words) == 1 and words[0].text.lower() in ("he", "she"):
        return _previous_subject_name(d, sentence), None
    people = [t for t in tokens[first : last + 1] if t.ent_type == "PERSON"]
    if people:
        i = people[0].i
        j = i
        while j + 1 <= last and tokens[j + 1].ent_type == "PERSON":
            j += 1
        name = d.resolve_name(_clean(d.span_text(i, j)))
        role = _clean(d.span_text(first, i - 1)) if i > first else None
        if role is None and j + 2 <= last and tokens[j + 1].text == ",":
            role = _clean(d.span_text(j + 2, last)) or None
        return name, role or None
    return _clean(mention) or None, None


def _attribute_cues(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """Rule 1: speech and cognition verbs with a subject."""
    found: list[tuple[Sentence, Attribution]] = []
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            lemma = verb.lemma.lower()
            if (lemma not in CUE_LEMMAS and lemma not in ATTITUDE_LEMMAS) or verb.pos not in ("VERB", "AUX"):
                continue
            if d.in_quote(verb.start):
                continue  # "I think ..." inside a quote is part of the quoted speaker's words
            subject = _subject(d, verb)
            if subject is None or subject.lemma.lower() in ("it", "this", "that", "which"):
                continue  # "it" is resolved to a document by _it_documents
            span = _content_span(d, verb, subject)
            if span is None:
                continue
            start, end = _widen_to_quote(d, *span)
            first, last = _core_subject(d, subject)
            if first <= verb.i <= last:
                continue
            source = _clean(d.span_text(first, last))
            kind: VoiceType = voice_type(d, first, last)
            speaker, role = _speaker(d, first, last, sentence)
            if subject.text.lower() == "who":
                # "leaders who say ...": the speaker is the noun the relative clause hangs from.
                antecedent = d.doc.tokens[d.doc.tokens[verb.i].head] if verb.dep == "relcl" else None
                if antecedent is None:
                    continue
                a_first, _a_last = _core_subject(d, antecedent)
                speaker, role = _speaker(d, a_first, antecedent.i, sentence)
                kind = voice_type(d, a_first, antecedent.i)
            content = d.text[start:end]
            found.append((sentence, Attribution(
                content_start=start, content_end=end, source_text=source, speaker=speaker, voice=kind,
                stance=_stance(lemma, content, sentence.text), kind="speech" if lemma in CUE_LEMMAS else "attitude",
                cue_start=verb.start, cue_end=verb.end, role=role)))
    return found


def _attribute_according(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """Rule 2: "according to X, ..." (X's span; the content is the clause around it)."""
    found: list[tuple[Sentence, Attribution]] = []
    tokens = d.doc.tokens
    for sentence in d.doc.sentences:
        for token in d.doc.sentence_tokens(sentence):
            if token.text.lower() != "according":
                continue
            to = next((tokens[c] for c in d.children.get(token.i, ()) if tokens[c].text.lower() == "to"), None)
            obj = next((tokens[c] for c in d.children.get(to.i, ()) if tokens[c].dep == "pobj"), None) if to else None
            if obj is None:
                continue
            first, last = obj.left, obj.right
            phrase_start, phrase_end = tokens[token.i].start, tokens[last].end
            before = d.text[sentence.start : phrase_start].strip(" ,")
            after = d.text[phrase_end : sentence.end].strip(" ,.")
            if len(after) >= len(before):
                start = phrase_end + (len(d.text[phrase_end : sentence.end]) - len(d.text[phrase_end:sentence.end]
                                                                                 .lstrip(" ,")))
                end = sentence.end
            else:
                start, end = sentence.start, sentence.start + len(d.text[sentence.start:phrase_start].rstrip(" ,"))
            if len(d.text[start:end].split()) < MIN_CONTENT_TOKENS:
                continue
            speaker, role = _speaker(d, first, last, sentence)
            content = d.text[start:end]
            found.append((sentence, Attribution(
                content_start=start, content_end=end, source_text=_clean(d.span_text(first, last)),
                speaker=speaker, voice=voice_type(d, first, last), stance=_stance("", content, sentence.text),
                kind="according", cue_start=token.start, cue_end=tokens[to.i].end if to else token.end, role=role)))
    return found


def _attribute_colons(d: _Doc) -> list[tuple[Sentence, Attribution]]:
    """ "Graham: Trump is destroying the party": a short name before a colon heads what follows."""
    found: list[tuple[Sentence, Attribution]] = []
    for sentence in d.doc.sentences:
        tokens = d.doc.sentence_tokens(sentence)
        colon = next((t for t in tokens if t.text == ":"), None)
        if colon is None or d.in_quote(colon.start):
            continue
        left = [t for t in tokens if t.end <= colon.start and t.pos != "PUNCT"]
        right = d.text[colon.end : sentence.end].strip()
        if not 1 <= len(left) <= 5 or len(right.split()) < MIN_CONTENT_TOKENS:
            continue
        if not all(t.pos in ("PROPN", "NOUN") or t.tag == "POS" for t in left) or any(t.like_num for t in left):
            continue
        if not any(t.ent_type in ("PERSON", "ORG", "NORP", "GPE") for t in left) or not left[0].text[:1].isupper():
            continue
        start = colon.end + (len(d.text[colon.end : sentence.end]) - len(d.text[colon.end : sentence.end].lstrip()))
        end = start + len(right)
        speaker, role = _speaker(d, left[0].i, left[-1].i, sentence)
        found.append((sentence, Attribution(
            content_start=start, content_end=end, source_text=_clean(d.span_text(left[0].i, left[-1].i)),
            speaker=speaker, voice=voice_type(d, left[0].i, left[-1].i), stance=_stance("", right, sentence.text),
            kind="colon", cue_start=colon.start, cue_end=colon.end, role=role)))
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _attribute_quotes(d: _Doc, known: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """Rule 3: quotations no speech verb framed, given the speaker named around them."""
    found: list[tuple[Sentence, Attribution]] = []
    doc = d.doc
    previous: Attribution | None = None
    previous_end = -1
    for start, end in d.quotes:
        if len(d.text[start + 1 : end - 1].split()) < MIN_CONTENT_TOKENS:
            continue
        covering = [a for _, a in known if a.content_start <= start + 1 and end - 1 <= a.content_end]
        if covering:
            previous, previous_end = covering[0], end
            continue
        sentences = [s for s in doc.sentences if s.start < end and start < s.end]
        if not sentences:
            continue
        around = _nearby_source(d, known, sentences)
        if around is None and previous is not None and "\n" not in d.text[previous_end:start] \
                and len(d.text[previous_end:start].split()) <= 12:
            around = previous  # the same speaker carries on
        if around is None:
            continue
        attribution = Attribution(
            content_start=start, content_end=end, source_text=around.source_text, speaker=around.speaker,
            voice=around.voice, stance=_stance("", d.text[start:end], sentences[-1].text), kind="quote",
            role=around.role)
        found.append((sentences[0], attribution))
        previous, previous_end = attribution, end
    return found


def _nearby_source(d: _Doc, known: list[tuple[Sentence, Attribution]],
                   sentences: Sequence[Sentence]) -> Attribution | None:
    """A source named in the quote's own sentences, the short sentence after it, or a colon sentence before."""
    doc = d.doc
    indexes = {s.index for s in sentences}
    last, first = sentences[-1], sentences[0]
    following = [s for s in doc.sentences if s.index == last.index + 1 and s.paragraph == last.paragraph
                 and len(s.text.split()) <= 12]
    before = [s for s in doc.sentences if s.index == first.index - 1 and s.text.rstrip().endswith(":")]
    for candidates in (indexes, {s.index for s in following}, {s.index for s in before}):
        for sentence, attribution in known:
            if sentence.index in candidates:
                return attribution
    return None


def _headers(d: _Doc) -> dict[int, tuple[str, str | None]]:
    """Paragraph index -> (speaker, role) under a round-up's "NAME, role:" headers.

    Only a text with at least two such headers is a round-up ("LONDON, March 3:" alone is a
    dateline); each header's voice runs until the next header.
    """
    doc = d.doc
    firsts: dict[int, Sentence] = {}
    last_paragraph = 0
    for sentence in doc.sentences:
        firsts.setdefault(sentence.paragraph, sentence)
        last_paragraph = sentence.paragraph
    headers: list[tuple[int, str, str | None, bool]] = []
    for index, sentence in sorted(firsts.items()):
        line_end = d.text.find("\n", sentence.start)
        line = d.text[sentence.start : line_end if line_end >= 0 else len(d.text)]
        head, colon, rest = line.partition(":")
        match = _HEADER.match(head + ":") if colon else None
        if match and len(match.group(2).split()) <= 15 and not any(c.isdigit() for c in match.group(2)):
            name = match.group(1).title() if match.group(1).isupper() else match.group(1)
            headers.append((index, d.resolve_name(name), match.group(2).strip(), bool(rest.strip())))
    if len(headers) < 2:
        return {}
    owners: dict[int, tuple[str, str | None]] = {}
    for n, (index, name, role, inline) in enumerate(headers):
        stop = headers[n + 1][0] if n + 1 < len(headers) else last_paragraph + 1
        for paragraph in range(index if inline else index + 1, stop):
            owners[paragraph] = (name, role)
    return owners


def _reporter(sentence: Sentence) -> SentenceVoice:
    stance: Stance = "asks" if sentence.text.rstrip("\"”’' ").endswith("?") else "asserts"
    return SentenceVoice(sentence.index, "reporter", None, stance)


def _own_voice(d: _Doc, sentence: Sentence, found: list[tuple[Sentence, Attribution]]) -> SentenceVoice | None:
    """The voice of a sentence that names its source itself (its cue lies in it)."""
    span = (sentence.start, sentence.end)
    for _, a in found:
        if a.kind != "attitude" and a.cue_start is not None and span[0] <= a.cue_start < span[1]:
            return SentenceVoice(sentence.index, a.voice, a.speaker, a.stance, True, a.role)
    return None


def _carried_voice(d: _Doc, sentence: Sentence, found: list[tuple[Sentence, Attribution]]) -> SentenceVoice | None:
    """The voice a sentence keeps from a quote or a content it lies inside (a multi-sentence quote)."""
    for _, a in found:
        if a.kind != "attitude" and a.content_start <= sentence.start + 1 and sentence.end - 1 <= a.content_end:
            stance = _stance("", sentence.text, sentence.text) if a.stance not in ("denies", "alleges") else a.stance
            return SentenceVoice(sentence.index, a.voice, a.speaker, stance, False, a.role)
    return None


def _voices(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[SentenceVoice]:
    """One voice per sentence: its own source, a quote or a round-up block it belongs to, a report's
    findings it carries on, or the reporter's."""
    headers = _headers(d)
    voices: list[SentenceVoice] = []
    document: SentenceVoice | None = None  # a report whose findings the paragraph goes on telling
    for sentence in d.doc.sentences:
        voice = _own_voice(d, sentence, found) or _carried_voice(d, sentence, found)
        if voice is None and sentence.paragraph in headers:
            name, role = headers[sentence.paragraph]
            voice = SentenceVoice(sentence.index, "person", name, _stance("", sentence.text, sentence.text),
                                  False, role)
        if voice is None and document is not None and d.doc.sentences[document.sentence].paragraph \
                == sentence.paragraph and not _QUOTE_MARK.search(sentence.text):
            stance = "alleges" if document.stance == "alleges" else _stance("", sentence.text, sentence.text)
            voice = SentenceVoice(sentence.index, "document", document.speaker, stance, False, document.role)
        voice = voice or _reporter(sentence)
        if voice.voice == "document" and voice.explicit:
            document = voice
        elif voice.explicit and voice.voice != "reporter":
            document = None
        voices.append(voice)
    return voices


def _it_documents(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """ "It also found ...": the document the sentence before named."""
    extra: list[tuple[Sentence, Attribution]] = []
    documents = {s.index: a for s, a in found if a.voice == "document"}
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if verb.lemma.lower() not in CUE_LEMMAS or verb.pos not in ("VERB", "AUX"):
                continue
            subject = _subject(d, verb)
            if subject is None or subject.text.lower() != "it":
                continue
            earlier = next((documents[i] for i in range(sentence.index - 1, sentence.index - 3, -1)
                            if i in documents), None)
            span = _content_span(d, verb, subject)
            if earlier is None or span is None:
                continue
            content = d.text[span[0] : span[1]]
            attribution = Attribution(span[0], span[1], "it", earlier.speaker, "document",
                                      _stance(verb.lemma.lower(), content, sentence.text), "speech",
                                      verb.start, verb.end, earlier.role)
            extra.append((sentence, attribution))
            documents[sentence.index] = attribution
    return extra


def _merge_quotes(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """'"A," X said. "B."': one content in two quotations around the cue, as a reader takes it."""
    merged: list[tuple[Sentence, Attribution]] = []
    for sentence, a in found:
        if merged:
            last_sentence, last = merged[-1]
            gap = d.text[last.content_end : a.content_start]
            same = last.speaker == a.speaker and last.source_text is not None
            quoted = d.text[a.content_start : a.content_start + 1] in "\"“" and d.text[last.content_end - 1:
                                                                                    last.content_end] in "\"”"
            if same and quoted and "\n" not in gap and len(gap.split()) <= 8 and len(gap) >= 0:
                merged[-1] = (last_sentence, replace(last, content_end=a.content_end))
                continue
        merged.append((sentence, a))
    return merged


def attribute(doc: Document) -> Attributions:
    """Every attribution of ``doc`` and the voice of every sentence (see the module docstring)."""
    d = _Doc(doc)
    found = _attribute_cues(d)
    found += _attribute_according(d)
    found += _attribute_colons(d)
    found += _it_documents(d, found)
    found += _attribute_quotes(d, found)
    found.sort(key=lambda pair: pair[1].content_start)
    found = _merge_quotes(d, found)
    return Attributions(attributions=tuple(a for _, a in found), voices=tuple(_voices(d, found)))
