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

import itertools
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
    "fear hope worry complain concede disagree point emphasise emphasize signal testify tweet post want "
    "counter rebut protest demand call insist observe remark reiterate repeat mention".split()
)
# Attitudes and speech acts PolNeAR also counts as attributions ("X wants ...", "X praised ...");
# they are found for extraction but do not make a sentence someone else's claim in the brief.
ATTITUDE_LEMMAS = frozenset(
    "support back praise thank criticize criticise attack mock joke refuse learn discuss see read cite "
    "list prefer vow threaten blame credit welcome applaud condemn slam blast decry lament acknowledge agree "
    "endorse oppose favor favour insist intend plan seem appear know understand recognise recognize "
    "remember feel hear".split()
)
DENY = frozenset("deny reject dispute refute dismiss rebut counter contest".split())
ALLEGE = frozenset("allege accuse charge claim contend".split())
PREDICT = frozenset("predict forecast expect project estimate anticipate warn".split())
RECOMMEND = frozenset("recommend urge advise propose call demand want".split())
ASK = frozenset("ask question wonder".split())
DOCUMENT_NOUNS = frozenset(
    "report ruling judgment judgement indictment complaint filing lawsuit suit study survey audit review "
    "inquiry investigation document documents memo letter statement analysis paper findings data poll "
    "assessment order decision verdict affidavit testimony records record transcript email emails "
    "minutes probe court tribunal post tweet release notice announcement text figure figures statistics "
    "estimate estimates projection projections poll polls census footage video website page".split()
)
ORGANISATION_NOUNS = frozenset(
    "company firm government ministry department agency police council committee board party "
    "campaign union group bank administration office authority authorities commission regulator "
    "army military embassy parliament congress senate house cabinet team club school university "
    "hospital airline network newspaper magazine prosecutors prosecution branch division unit "
    "college institute association federation coalition alliance organisation organization".split()
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
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson representative".split())
# Indefinite subjects are not sources ("Why should anyone believe ...?").
INDEFINITE = frozenset("anyone anybody everyone everybody nobody someone somebody none".split())
_MODAL_FUTURE = re.compile(r"\b(will|would|could|might|may|expect\w*|(?:un)?likely|plans? to|ready to|set to|"
                           r"on track to|due to (?!the\b|a\b))\b", re.I)
_SHOULD = re.compile(r"\b(should|must|ought to|needs? to|has to|have to)\b", re.I)
# Words of a rebuttal: once someone has been accused, a statement with these denies.
_DENIAL = re.compile(r"\b(never|not true|untrue|false|baseless|unfounded|out of context|no evidence|"
                     r"nothing to do with|did nothing wrong|no wrongdoing|categorically|reject(?:s|ed)?|"
                     r"den(?:y|ies|ied)|dispute[sd]?|politically motivated|smear)\b", re.I)
# Words of an accusation: a source that says these alleges, it does not just assert.
_WRONGDOING = re.compile(r"\b(accus\w+|alleg\w+|fraud\w*|brib\w+|corrupt\w*|illegal\w*|unlawful\w*|"
                         r"misled|mislead\w*|lied|lying|cover(?:ed)?[- ]up|wrongdoing|embezzl\w+|kickbacks?|"
                         r"improper\w*|abuse[ds]?|falsif\w+|conceal\w*|ignored|negligen\w+|breach\w*|"
                         r"violat\w+|stole|theft|rigg\w+|leak(?:ed|ing))\b", re.I)
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


def _join_paragraph_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation that runs over paragraphs ('"A ...' then a paragraph opening '"B ..."'): the
    news convention leaves the first paragraph's quote unclosed. Such a run is one quotation."""
    starts = {s for s, _ in spans}
    joined = list(spans)
    position = 0
    paragraphs: list[tuple[int, int]] = []
    for part in text.split("\n\n"):
        paragraphs.append((position, position + len(part)))
        position += len(part) + 2
    run_start: int | None = None
    for (start, _end), (next_start, _next_end) in itertools.pairwise(paragraphs):
        opens = text[start : start + 1] in "\"“"
        closed = start in starts
        if run_start is None and opens and not closed:
            run_start = start
        if run_start is not None and text[next_start : next_start + 1] in "\"“":
            continuation = next((e for s, e in spans if s == next_start), None)
            if continuation is not None:
                joined.append((run_start, continuation))
                run_start = None
            continue
        run_start = None
    return sorted(set(joined))


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
        self.quotes = _join_paragraph_quotes(self.text, quote_spans(self.text))
        # Person speakers found so far, by sentence index (pronoun sources resolve to them).
        self.speakers: dict[int, str] = {}
        self.sources: dict[int, Attribution] = {}

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
    """A name without surrounding punctuation, possessive or leading article ("the Kremlin's" -> "Kremlin")."""
    return re.sub(r"^(?:the|a|an)\s+", "", _mention(name), flags=re.I)


def _mention(text: str) -> str:
    """A source as a reader would name it: punctuation and possessive dropped, the article kept."""
    text = re.sub(r"(?:'s|’s|'|’)$", "", text.strip(" ,.;:\"“”"))
    first = text.split()[0].lower() if text.split() else ""
    # A common noun phrase reads in lower case inside a sentence ("according to officials in ...").
    common = first in ("the", "a", "an", "two", "three", "four", "several", "some", "many", "most", "one") \
        or first in UNNAMED_NOUNS or first in DOCUMENT_NOUNS or first in ORGANISATION_NOUNS
    return text[:1].lower() + text[1:] if common and text[:2] != "I " else text


def _subject(d: _Doc, verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is conjoined to ("X smiled and said")
    or hangs from ("X left the room, saying ...")."""
    for child in d.children.get(verb.i, ()):
        token = d.doc.tokens[child]
        if token.dep == "nsubjpass":
            return None  # "trustees were not told": the subject is who was told, not who spoke
        if token.dep == "nsubj" and token.i != verb.i:
            return token
    if verb.dep in ("conj", "advcl", "xcomp") and verb.head != verb.i and verb.tag.startswith("VB"):
        return _subject(d, d.doc.tokens[verb.head])
    # A misparsed name right before a sentence-initial verb ("Dovzhenko accused ..." read as advmod).
    before = d.doc.tokens[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos == "PROPN" and before.head == verb.i and d.sentence_of.get(before.i) \
            == d.sentence_of.get(verb.i):
        return before
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


def span_head(d: _Doc, first: int, last: int) -> Token:
    """The syntactic head of tokens first..last: the one whose head lies outside the span."""
    tokens = d.doc.tokens
    for token in tokens[first : last + 1]:
        if token.head == token.i or not first <= token.head <= last:
            return token
    return tokens[last]


def _appos_name(d: _Doc, head: Token) -> Token | None:
    """ "the spokesman, Emil Stanek": a proper-noun apposition of the head."""
    for child in d.children.get(head.i, ()):
        token = d.doc.tokens[child]
        if token.dep == "appos" and token.pos == "PROPN":
            return token
    return None


def voice_type(d: _Doc, first: int, last: int) -> VoiceType:
    """What kind of source the tokens first..last name, judged by their head word first."""
    tokens = d.doc.tokens[first : last + 1]
    head = span_head(d, first, last)
    lemma, word = head.lemma.lower(), head.text.lower()
    if head.ent_type == "PERSON" or word in ("he", "she", "i") or _appos_name(d, head) is not None:
        return "person"
    if lemma in DOCUMENT_NOUNS or word in DOCUMENT_NOUNS:
        return "document"
    if lemma in SPOKESPEOPLE and any(t.ent_type == "ORG" or (t.pos == "PROPN" and t.i < head.i) for t in tokens):
        return "organisation"  # "a Greenway spokesperson": the company speaks
    if lemma in UNNAMED_NOUNS or word in UNNAMED_NOUNS or word == "they":
        return "unnamed"
    if head.ent_type in ("ORG", "NORP", "GPE") or lemma in ORGANISATION_NOUNS:
        return "organisation"
    if any(t.ent_type == "PERSON" for t in tokens) or head.pos == "PROPN":
        return "person"
    if any(t.ent_type in ("ORG", "NORP", "GPE") for t in tokens):
        return "organisation"
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


def _governs(d: _Doc, cue: Token) -> bool:
    """True when the cue heads the sentence's main clause ("X said ...", '"...," X said'), not a
    clause inside it ("as the council confirmed", "what scientists say")."""
    tokens = d.doc.tokens
    token = cue
    for _ in range(6):
        if token.dep == "ROOT" or token.head == token.i:
            return True
        if token.dep not in ("conj", "parataxis") and not (token.dep == "advcl" and token.tag == "VBG") \
                and not (token.dep == "prep" and token.text.lower() == "according"):
            return False
        token = tokens[token.head]
    return False


def _content_span(d: _Doc, verb: Token, subject: Token) -> tuple[int, int] | None:
    """Character span of what the verb's source says: its clausal complement, or the rest of the clause."""
    tokens = d.doc.tokens
    comps = [tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep in ("ccomp", "xcomp", "parataxis")]
    if not comps and verb.dep == "parataxis" and verb.head < verb.i:
        # '"... defective from the start," the ruling said': the clause the cue interrupts.
        host = tokens[verb.head]
        first, last = host.left, verb.left - 1
    elif not comps:
        # "X accused Y of Z", "X denied the claims": what follows the verb in its clause.
        after = [tokens[c] for c in d.children.get(verb.i, ())
                 if tokens[c].i > verb.i and tokens[c].dep in ("dobj", "prep", "advcl", "obj", "attr", "oprd")]
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
    # "Riley denied any wrongdoing": a denial or accusation may be short.
    shortest = 2 if verb.lemma.lower() in DENY | ALLEGE else MIN_CONTENT_TOKENS
    if last - first + 1 < shortest:
        return None
    return tokens[first].start, tokens[last].end


def _widen_to_quote(d: _Doc, start: int, end: int) -> tuple[int, int]:
    """A content that lies in a quotation covers the whole quotation (marks included)."""
    for s, e in d.quotes:
        if s <= start < e or s < end <= e:
            return min(s, start), max(e, end)
    return start, end


def _previous_subject_name(d: _Doc, sentence: Sentence) -> str | None:
    """The person a "he"/"she" at the start of ``sentence`` most likely means (centering): the
    speaker of the sentence just before, else the named main-clause subject of the nearest earlier
    sentence of the same or previous paragraph, else an earlier speaker, else the last person named."""
    doc = d.doc
    if sentence.index - 1 in d.speakers:
        return d.speakers[sentence.index - 1]
    for back in range(sentence.index - 1, max(sentence.index - 4, -1), -1):
        previous = doc.sentences[back]
        if sentence.paragraph - previous.paragraph > 1:
            break
        tokens = doc.sentence_tokens(previous)
        main_first = sorted(tokens, key=lambda t: doc.tokens[t.head].dep != "ROOT")
        for token in main_first:
            if token.dep in ("nsubj", "nsubjpass") and (token.ent_type == "PERSON" or token.pos == "PROPN") \
                    and token.ent_type not in ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "ORG"):
                first = token.i
                while first > previous.token_start and doc.tokens[first - 1].pos == "PROPN":
                    first -= 1
                return d.resolve_name(_clean(d.span_text(first, token.i)))
            if token.dep == "nsubj" and token.text.lower() in ("he", "she"):
                break  # the sentence before is about a "he" too: look further back
    earlier = [i for i in d.speakers if sentence.index - 4 <= i < sentence.index]
    if earlier:
        return d.speakers[max(earlier)]
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
        title = _clean(d.span_text(first, i - 1)) if i > first else None
        # "Professor Helen Tregear, a climate scientist at the University of Exeter": the
        # apposition says more than the title before the name.
        apposition = _clean(d.span_text(j + 2, last)) if j + 2 <= last and tokens[j + 1].text == "," else None
        return name, apposition or title or None
    if voice_type(d, first, last) == "person":
        return d.resolve_name(_clean(mention)) or None, None
    return _mention(mention) or None, None


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
            if subject is None or subject.lemma.lower() in ("it", "this", "that", "which") \
                    or subject.text.lower() in INDEFINITE:
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
            if subject.text.lower() in ("we", "i") and not d.in_quote(subject.start):
                continue  # the writer or the outlet speaking for itself is the article's own voice
            speaker, role = _speaker(d, first, last, sentence)
            if subject.lemma.lower() == "one" and any(d.doc.tokens[c].text.lower() == "of"
                                                      for c in d.children.get(subject.i, ())):
                # "One of them said": one of the group the text named last.
                group = next((d.sources[i] for i in range(sentence.index - 1, sentence.index - 4, -1)
                              if i in d.sources), None)
                if group is None:
                    continue
                speaker, role, kind = group.speaker, group.role, group.voice
            if subject.text.lower() == "who":
                # "leaders who say ...": the speaker is the noun the relative clause hangs from.
                antecedent = d.doc.tokens[d.doc.tokens[verb.i].head] if verb.dep == "relcl" else None
                if antecedent is None:
                    continue
                a_first, _a_last = _core_subject(d, antecedent)
                speaker, role = _speaker(d, a_first, antecedent.i, sentence)
                kind = voice_type(d, a_first, antecedent.i)
            content = d.text[start:end]
            attribution = Attribution(
                content_start=start, content_end=end, source_text=source, speaker=speaker, voice=kind,
                stance=_stance(lemma, content, sentence.text), kind="speech" if lemma in CUE_LEMMAS else "attitude",
                cue_start=verb.start, cue_end=verb.end, role=role)
            found.append((sentence, attribution))
            if attribution.kind == "speech" and _governs(d, verb):
                d.sources[sentence.index] = attribution
                if kind == "person" and speaker:
                    d.speakers[sentence.index] = speaker
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
            attribution = Attribution(
                content_start=start, content_end=end, source_text=_clean(d.span_text(first, last)),
                speaker=speaker, voice=voice_type(d, first, last), stance=_stance("", content, sentence.text),
                kind="according", cue_start=token.start, cue_end=tokens[to.i].end if to else token.end, role=role)
            found.append((sentence, attribution))
            d.sources[sentence.index] = attribution
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
        around = _nearby_source(d, known, sentences) or _framing_cue(d, sentences, start, end)
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


def _framing_cue(d: _Doc, sentences: Sequence[Sentence], start: int, end: int) -> Attribution | None:
    """ '"...?" he asked.': a speech verb with a subject outside the quote, in the quote's sentences."""
    for sentence in sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if start <= verb.start < end or verb.lemma.lower() not in CUE_LEMMAS or verb.pos not in ("VERB", "AUX"):
                continue
            subject = _subject(d, verb)
            if subject is None or start <= subject.start < end or subject.text.lower() in INDEFINITE:
                continue
            first, last = _core_subject(d, subject)
            speaker, role = _speaker(d, first, last, sentence)
            return Attribution(start, end, _clean(d.span_text(first, last)), speaker, voice_type(d, first, last),
                               "asserts", "quote", verb.start, verb.end, role)
    return None


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
        # "JANE DOE, fellow at an institute: comment" or a line of its own, with or without the colon.
        match = _HEADER.match(head + ":") if colon else None
        if match is None and not line.rstrip().endswith((".", "!", "?", '"', "”")) and len(line.split()) <= 20:
            match, rest = _HEADER.match(line.rstrip() + ":"), ""
        if match and len(match.group(2).split()) <= 15 and not any(c.isdigit() for c in match.group(2)):
            name = match.group(1).title() if match.group(1).isupper() else match.group(1)
            # The comment may follow on the header's line or on the next line of the same paragraph.
            same_paragraph = sentence.end > sentence.start + len(line) + 1 or any(
                s.paragraph == index and s.start > sentence.start + len(line) for s in doc.sentences)
            headers.append((index, d.resolve_name(name), match.group(2).strip(), bool(rest.strip()) or same_paragraph))
    if len(headers) < 2:
        return {}
    owners: dict[int, tuple[str, str | None]] = {}
    longest = 1
    for n, (index, name, role, inline) in enumerate(headers):
        first = index if inline else index + 1
        # The last block ends where the longest block before it would (the writer's own close may follow).
        stop = headers[n + 1][0] if n + 1 < len(headers) else min(last_paragraph + 1, first + longest)
        longest = max(longest, stop - first)
        for paragraph in range(first, stop):
            owners[paragraph] = (name, role)
    return owners


def _names_someone(d: _Doc, sentence: Sentence) -> bool:
    """True when the sentence names a person (a finding about someone)."""
    return any(e.label == "PERSON" for e in d.doc.sentence_entities(sentence))


def _reporter(sentence: Sentence) -> SentenceVoice:
    """The writer's own sentence: it asks, recommends ("should"), predicts ("will") or asserts."""
    return SentenceVoice(sentence.index, "reporter", None, _stance("", sentence.text, sentence.text))


def _own_voice(d: _Doc, sentence: Sentence, found: list[tuple[Sentence, Attribution]]) -> SentenceVoice | None:
    """The voice of a sentence that names its source itself (its cue lies in it)."""
    span = (sentence.start, sentence.end)
    starts = {t.start: t for t in d.doc.sentence_tokens(sentence)}
    for _, a in found:
        if a.kind == "attitude" or a.cue_start is None or not span[0] <= a.cue_start < span[1]:
            continue
        cue = starts.get(a.cue_start)
        if a.kind == "colon" or cue is None or _governs(d, cue):
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
    alleged = False
    for sentence in d.doc.sentences:
        voice = _own_voice(d, sentence, found) or _carried_voice(d, sentence, found)
        if sentence.paragraph in headers:
            voice = None  # in a round-up block every sentence is the commenter's, "the text says" included
            name, role = headers[sentence.paragraph]
            # The sentence that holds the "NAME, role:" header names its source itself.
            named = _HEADER.match(sentence.text.split(":", 1)[0] + ":") is not None
            voice = SentenceVoice(sentence.index, "person", name, _stance("", sentence.text, sentence.text),
                                  named, role)
        near = document is not None and sentence.paragraph - d.doc.sentences[document.sentence].paragraph <= 1
        if voice is None and document is not None and near and not _QUOTE_MARK.search(sentence.text):
            stance = "alleges" if document.stance == "alleges" else _stance("", sentence.text, sentence.text)
            voice = SentenceVoice(sentence.index, "document", document.speaker, stance, False, document.role)
        voice = voice or _reporter(sentence)
        if voice.voice != "reporter" and voice.stance == "asserts" and alleged and _DENIAL.search(sentence.text):
            voice = replace(voice, stance="denies")  # a response to an accusation made earlier
        elif voice.voice != "reporter" and voice.stance == "asserts" and (
                _WRONGDOING.search(sentence.text) or (voice.voice == "document" and _names_someone(d, sentence))):
            # An accusation by its words, or a report's, ruling's or filing's finding about a named
            # person or body: what it says of them is alleged until proven.
            voice = replace(voice, stance="alleges")
        alleged = alleged or voice.stance == "alleges"
        if voice.voice == "document" and voice.explicit:
            document = voice
        elif voice.explicit and voice.voice != "reporter":
            document = None
        voices.append(voice)
    return voices


def _it_documents(d: _Doc, found: list[tuple[Sentence, Attribution]]) -> list[tuple[Sentence, Attribution]]:
    """ "It also found ...": the document the sentence before named."""
    extra: list[tuple[Sentence, Attribution]] = []
    documents = {s.index: a for s, a in found if a.voice in ("document", "organisation")}
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
            attribution = Attribution(span[0], span[1], "it", earlier.speaker, earlier.voice,
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
            # '"A," Sexton said. "B."' (merging across a paragraph break was measured on PolNeAR
            # train: content F1 59.2 -> 58.1, so a new paragraph stays a new content).
            if same and quoted and "\n" not in gap and len(gap.split()) <= 8:
                merged[-1] = (last_sentence, replace(last, content_end=a.content_end))
                continue
        merged.append((sentence, a))
    return merged


def attribute(doc: Document) -> Attributions:
    """Every attribution of ``doc`` and the voice of every sentence (see the module docstring)."""
    d = _Doc(doc)
    found = _attribute_according(d)
    found += _attribute_cues(d)
    found += _attribute_colons(d)
    found += _it_documents(d, found)
    found += _attribute_quotes(d, found)
    found.sort(key=lambda pair: pair[1].content_start)
    found = _merge_quotes(d, found)
    headers = tuple(dict.fromkeys(name for name, _role in _headers(d).values()))
    return Attributions(attributions=tuple(a for _, a in found), voices=tuple(_voices(d, found)), headers=headers)
