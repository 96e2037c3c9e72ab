"""Shared pieces of the attribution stage: cue words, quotation spans, and reading a source.

The word lists say which verbs introduce someone's words or views, which nouns
name documents, organisations and unnamed sources, and which words mark a
prediction, advice, an accusation or a denial. :class:`_Doc` indexes a document
once for the rules in :mod:`newsbrief.nlp.attribution` and
:mod:`newsbrief.nlp.voices`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from newsbrief import lexicon as _lex
from newsbrief.models import Attribution, Document, Sentence, Stance, Token, VoiceType
from newsbrief.nlp.cue_subjects import dated_phrase, inverted_speaker, seen_only
from newsbrief.nlp.name_parts import aged_names, full_person_name, titled_names
from newsbrief.nlp.name_parts import whole_possessives as whole_possessives
from newsbrief.nlp.quotations import _QUOTE_MARK as _QUOTE_MARK
from newsbrief.nlp.quotations import MAX_QUOTE_CHARS as MAX_QUOTE_CHARS
from newsbrief.nlp.quotations import _join_paragraph_quotes
from newsbrief.nlp.quotations import open_quotes as open_quotes
from newsbrief.nlp.quotations import quote_spans as quote_spans
from newsbrief.nlp.speaker_kinds import FRAMES, counted_aside, described_group, paper_of, passive_agent, past_embedded

# The cue words (verbs of speech, framing verbs, attitudes, speech acts) live in the shared lexicon; they are
# named here too, where the attribution modules have always imported them from.
CUE_LEMMAS, FRAMING_LEMMAS, ATTITUDE_LEMMAS = _lex.CUE_LEMMAS, _lex.FRAMING_LEMMAS | FRAMES, _lex.ATTITUDE_LEMMAS
VOICED_LEMMAS = _lex.VOICED_LEMMAS
DENY, ALLEGE, PREDICT, RECOMMEND, ASK = _lex.DENY, _lex.ALLEGE, _lex.PREDICT, _lex.RECOMMEND, _lex.ASK
DOCUMENT_NOUNS, ORGANISATION_NOUNS = _lex.DOCUMENT_NOUNS, _lex.ORGANISATION_NOUNS
UNNAMED_NOUNS = frozenset(
    "official officials source sources people person spokesman spokeswoman spokesperson aide aides "
    "analyst analysts expert experts critic critics resident residents observer observers diplomat "
    "diplomats insider insiders witness witnesses economist economists investor investors executive "
    "executives lawmaker lawmakers member members supporter supporters opponent opponents activist "
    "activists scientist scientists researcher researchers officer officers staff worker workers "
    "backer backers proponent proponents advocate advocates campaigner campaigners skeptic skeptics sceptic "
    "sceptics lawyer lawyers attorney attorneys doctor doctors parent parents voter voters customer "
    "customers fan fans leader leaders negotiator negotiators manager managers employee employees "
    "farmer farmers student students teacher teachers victim victims relative relatives neighbour "
    "neighbours neighbor neighbors owner owners trader traders strategist strategists engineer engineers "
    "friend friends colleague colleagues protester protesters demonstrator demonstrators passenger passengers "
    "driver drivers villager villagers survivor survivors commentator commentators bystander bystanders "
    "someone many some others".split()
) | frozenset(
    # Role nouns that speak in reports and court stories ("the county coroner disclosed ...":
    # sixth reader audit's unattributed coroner).
    "coroner coroners pathologist pathologists judge judges prosecutor detective detectives inspector "
    "inspectors investigator investigators surgeon surgeons nurse nurses physician physicians professor "
    "historian minister ministers mayor governor chairman chairwoman chief director secretary president "
    "founder coach captain author novelist".split()
) | frozenset(
    # Described speakers Audit 23 gave to the nearest name ("one rebel fighter ... He said", "our correspondent
    # says ... he adds", "a nun from El Salvador ... she told"): the noun is the speaker, the name the topic.
    "fighter fighters rebel rebels correspondent correspondents reporter journalist nun nuns priest priests "
    "monk monks".split()
)
# A kind of business written before its name like a title ("Insurer Lloyd's of London"): the name
# is the business's, even where the NER model tagged the two words as a person.
BUSINESS_NOUNS = frozenset("insurer reinsurer lender bank retailer promoter broadcaster carmaker automaker airline "
                           "publisher supermarket brewer developer operator miner chain firm company "
                           "conglomerate manufacturer distributor".split())
SPEAKER_PRONOUNS = frozenset("he she they we i".split())
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson representative".split())
# Indefinite subjects are not sources ("Why should anyone believe ...?").
INDEFINITE = frozenset("anyone anybody everyone everybody nobody someone somebody none".split())
# A modal that looks back ("may have used") or at what already holds ("would already be punished")
# predicts nothing (fourth reader audit: both were filed under Outlook).
# A modal's word used as a noun is no future ("held against her will", "in May": Audit 14 labelled a
# victim's account of her abduction *expects*).
_NOUN_MODAL = "".join(rf"(?<!\b{w}\s)" for w in ("her", "his", "their", "my", "our", "your", "its", "the", "own",
                                                     "free", "good", "ill", "in", "of", "since", "until", "early",
                                                     "late", "mid", "last", "next", "this"))
_MODAL_FUTURE = re.compile(r"\b(?:" + _NOUN_MODAL
                           + r"(?:will|would|could|might|may)(?!\s+(?:not\s+|n't\s+)?(?:have|already)\b)|"
                           r"expect\w*|(?:un)?likely|plans? to|ready to|set to|"
                           r"on track to|due to (?!the\b|a\b))\b", re.I)
# "do not have to", "need not": no obligation, so no advice (Audit 14: "They don't have to follow our orders"
# labelled *recommends*).
_SHOULD = re.compile(r"\b(should|must|ought to|(?<!not\s)(?<!n't\s)(?<!never\s)(?:needs? to|ha(?:s|ve) to))\b"
                     # advice, not regret (Audit 12)
                     r"(?!(?:\s+(?:not|never)|n't)?(?:\s+have|'ve)\b(?!\s+to\b))", re.I)  # "should have to" advises
# Words of a rebuttal: once someone has been accused, a statement with these denies.
_DENIAL = re.compile(r"\b(never|not true|untrue|false|baseless|unfounded|out of context|no evidence|"
                     r"nothing to do with|did nothing wrong|no wrongdoing|categorically|reject(?:s|ed)?|"
                     r"den(?:y|ies|ied)|dispute[sd]?|politically motivated|smear)\b", re.I)
# Words of an accusation: a source that says these alleges, it does not just assert.
# A denial word under a negation concedes or leaves the point standing ("The demonstrators didn't deny
# the soldiers had been killed", "Police have never disputed ..."): Audit 8 labelled one *denies*.
_NEGATED_DENIAL = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+ly\s+)?(?:den(?:y|ies|ied)|dispute[sd]?|"
                             r"reject(?:s|ed)?|refute[sd]?|contest(?:s|ed)?|rebut(?:s|ted)?)\b", re.I)


def denial_in(text: str) -> bool:
    """Whether ``text`` holds the words of a rebuttal (see _DENIAL), a negated denial word not counted."""
    return bool(_DENIAL.search(_NEGATED_DENIAL.sub(" ", text)))


_WRONGDOING = re.compile(r"\b(accus\w+|alleg\w+|fraud\w*|brib\w+|corrupt\w*|illegal\w*|unlawful\w*|"
                         r"misled|mislead\w*|lied|lying|cover(?:ed)?[- ]up|wrongdoing|embezzl\w+|kickbacks?|"
                         r"improper\w*|abuse[ds]?|falsif\w+|conceal\w*|ignored|negligen\w+|breach\w*|"
                         r"violat\w+|stole|theft|rigg\w+|leak(?:ed|ing))\b", re.I)
_HEADER = re.compile(r"^[\"“]?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),\s+([^:\n]{3,120}):\s*$")
MIN_CONTENT_TOKENS = 3


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
        # Every full name by surname with where it is written: two people may share one (Audit 16: one
        # side's spokesman's charge given to the other side's, both "Ibrahim").
        self.named_at: dict[str, list[tuple[int, str]]] = defaultdict(list)
        # Names the text gives an age ("Pacitti, 24, has been ...") or a title ("Cardinal Ana Quito"): people,
        # whatever the NER model tagged them (it read "Graeme Pacitti" as an organisation in a reader-audit article).
        self.aged = aged_names(doc) | titled_names(doc)
        # Every word of a person's name, to know "Leo" as a person where the model tagged it otherwise.
        self.person_words = frozenset(w for e in doc.entities if e.label == "PERSON" for w in _clean(e.text).split()
                                      if w[:1].isupper()) | self.aged
        for entity in doc.entities:  # "Eman Dara" with only "Dara" typed a person: the name in full (Audit 19)
            start, text = full_person_name(doc, entity) or (entity.start, entity.text)
            if (entity.label == "PERSON" or text.split()[-1] in self.aged) and len(text.split()) >= 2:
                name = _clean(text)
                self.full_names.setdefault(name.split()[-1], name)
                self.named_at[name.split()[-1]].append((start, name))
        self.quotes = _join_paragraph_quotes(self.text, quote_spans(self.text))
        # Person speakers found so far, by sentence index (pronoun sources resolve to them).
        self.speakers: dict[int, str] = {}
        self.sources: dict[int, Attribution] = {}
        # One unnamed speaker ("one aide", "a senior official") by sentence: who a "he" next means.
        self.unnamed_one: dict[int, Attribution] = {}
        # Each person's gender as the text shows it ("f"/"m"), read once when a pronoun is first resolved.
        self.genders: dict[str, str] | None = None
        self.possessives = whole_possessives(doc)
        # Role nouns ("fire chief", "lawyer") -> the people the text gives them, read once when needed.
        self.role_people: dict[str, set[str]] | None = None
        # People who spoke to an outlet ("told the magazine", "gave an interview to ..."), by sentence.
        self.interviewees: dict[int, str] = {}

    def span_text(self, first: int, last: int) -> str:
        tokens = self.doc.tokens
        return self.text[tokens[first].start : tokens[last].end]

    def whole_name(self, name: str | None) -> str | None:
        """``name`` with the "'s" that is part of it ("Lloyd" -> "Lloyd's"; see whole_possessives)."""
        if name and name.split()[-1] in self.possessives:
            return name + "'s"
        return name

    def resolve_name(self, mention: str, at: int | None = None) -> str:
        """The full name a bare surname written at character ``at`` means: the nearest full name with that
        surname written before it, unless another person sharing the surname is named within reach (the same
        or the previous paragraph), then the surname as written; never a person named only later. Without
        ``at`` a surname two people share stays as written."""
        words = mention.split()
        if len(words) != 1 or words[0] not in self.full_names:
            return mention
        named = self.named_at[words[0]]
        if at is None:
            return self.full_names[words[0]] if len({n for _, n in named}) == 1 else mention
        before = [(start, name) for start, name in named if start < at]
        if not before:
            return mention  # the full name comes later: the bare one may be someone else
        nearest = max(before)[1]
        own = self.text.rfind("\n\n", 0, at)
        reach = self.text.rfind("\n\n", 0, own)
        # two people sharing the surname named just before, not only the nearest in this paragraph (Audit 19)
        alone = max(before)[0] > own and all(name == nearest for start, name in before if start > own)
        return mention if not alone and any(name != nearest and start > reach for start, name in before) else nearest

    def in_quote(self, position: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s <= position < e), None)


def name_like(d: _Doc, token: Token) -> bool:
    """A proper noun, or a word the text uses as a person's name elsewhere ('"...," Rather said', where
    the parser read the surname of "Dan Rather" as an adverb), capitalised within its sentence or, opening it, the
    surname of a full name written before as a noun (Audit 37: "Chalmers said that may ..." read as a plural noun)."""
    if token.pos == "PROPN":
        return True
    first = d.doc.sentences[d.sentence_of[token.i]].token_start == token.i if token.i in d.sentence_of else True
    return token.text[:1].isupper() and token.text in d.person_words and token.pos in ("ADV", "ADJ", "NOUN", "VERB",
                                                                                        "ADP") \
        and (not first or (token.pos == "NOUN" and token.text in d.full_names))


def is_person_name(d: _Doc, token: Token) -> bool:
    """A person's name, though the NER model may have tagged this mention otherwise: a name given an age ("Pacitti,
    24,"), a one-word name it tags as a person elsewhere ("Cameron" as PERSON, then ORG), or the bare surname of one
    named in full tagged a place ("Bratton held up", Audit 38; not "Limbaugh & Co.", a group)."""
    if token.ent_type == "PERSON":
        return True
    if token.pos != "PROPN":
        return name_like(d, token)
    tokens = d.doc.tokens
    alone = all(not (0 <= k < len(tokens)) or tokens[k].pos != "PROPN" or tokens[k].ent_type != token.ent_type
                for k in (token.i - 1, token.i + 1))
    return token.text in d.aged or (alone and token.text in d.person_words and (token.ent_type in ("ORG", "") or (
        token.text in d.full_names and not d.children.get(token.i))))


def _clean(name: str) -> str:
    """A name without surrounding punctuation, possessive or leading article ("the Kremlin's" -> "Kremlin")."""
    return re.sub(r"^(?:the|a|an)\s+", "", _mention(name), flags=re.I)


def _mention(text: str) -> str:
    """A source as a reader would name it: punctuation and possessive dropped, the article kept."""
    text = re.sub(r"(?:'s|’s|'|’)$", "", text.strip(" ,.;:\"“”")).rstrip()  # "Tony Hayward '" (Audit 12)
    first = text.split()[0].lower() if text.split() else ""
    # A common noun phrase reads in lower case inside a sentence ("according to officials in ...").
    common = first in ("the", "a", "an", "two", "three", "four", "several", "some", "many", "most", "one") \
        or first in UNNAMED_NOUNS or first in DOCUMENT_NOUNS or first in ORGANISATION_NOUNS
    return text[:1].lower() + text[1:] if common and text[:2] != "I " else text


def _subject(d: _Doc, verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is conjoined to ("X smiled and said") or hangs from ("X left
    the room, saying ..."); a subject the parser found inside the quotation the verb frames comes last (A43)."""
    tokens = d.doc.tokens
    if (agent := passive_agent(d, verb)) is not None:
        return None if seen_only(d, verb) else agent  # "Photos of her are described by the aide X as ..."
    for token in sorted((tokens[c] for c in d.children.get(verb.i, ())), key=lambda t: not d.in_quote(verb.start)
                        and bool(d.in_quote(t.start))):  # '"...: Northline's own design," the group said': the group
        if token.dep == "nsubjpass":
            return None  # "trustees were not told": the subject is who was told, not who spoke
        if token.dep == "nsubj" and token.i != verb.i:
            # "CPUC President Marybel Batjer said" parsed as two subjects side by side: the one
            # that follows straight on is the head of the name, the first its organisation.
            after = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"
                          and tokens[c].left == token.right + 1 and tokens[c].i < verb.i), None)
            return after or inverted_speaker(d, verb, token) or counted_aside(d, verb, token) or token
    if verb.dep in ("conj", "advcl", "xcomp") and verb.head != verb.i and verb.tag.startswith("VB"):
        return _subject(d, past_embedded(d, verb) if verb.dep == "advcl" else d.doc.tokens[verb.head])
    # A misparsed name right before a sentence-initial verb ("Dovzhenko accused ..." read as advmod), or a
    # name that is also a word ('"...," Rather said' read as the adverb; a person's name elsewhere in the text).
    before = d.doc.tokens[verb.i - 1] if verb.i > 0 else None
    if before is not None and name_like(d, before) and before.head == verb.i and d.sentence_of.get(before.i) \
            == d.sentence_of.get(verb.i):
        return before
    return None


def _core_subject(d: _Doc, subject: Token) -> tuple[int, int]:
    """Token span of the subject without relative clauses ("Lee, who ..., said") or a date ("a panel in 2001")."""
    tokens = d.doc.tokens
    last = subject.right
    if described_group(subject):
        return subject.left, last  # "those seeking to halt construction": the clause says who they are
    for child in d.children.get(subject.i, ()):
        if (tokens[child].dep in ("relcl", "acl") or dated_phrase(d, tokens[child])) and tokens[child].i > subject.i:
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


# What a name in apposition to these is: a body ("Defra, the government department ...").
_APPOSED_BODIES = ORGANISATION_NOUNS | BUSINESS_NOUNS | frozenset("body watchdog charity trust".split())


def _body_apposed(d: _Doc, head: Token) -> bool:
    """Whether a body's noun has a name the model tagged an organisation in apposition ("the newspaper
    Al-Nahar"); reader Audit 24 found "It said ..." after such a sentence given to an older source, because
    the paper had been typed a person and "it" never means a person."""
    name = _appos_name(d, head)
    return name is not None and name.ent_type == "ORG"


# Titles that only a person bears, written before a surname.
_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady ayatollah sheikh imam rabbi rev reverend".split())


def voice_type(d: _Doc, first: int, last: int) -> VoiceType:
    """What kind of source the tokens first..last name, judged by their head word first."""
    tokens = d.doc.tokens[first : last + 1]
    head = span_head(d, first, last)
    lemma, word = head.lemma.lower(), head.text.lower()
    before = d.doc.tokens[head.i - 1] if head.i > first else None
    if head.pos == "PROPN" and before is not None and before.text.islower() \
            and before.lemma.lower() in ORGANISATION_NOUNS:
        return "organisation"  # "music trade magazine Billboard", whatever the model tagged the name
    if head.pos == "PROPN" and any(d.doc.tokens[c].dep == "appos" and d.doc.tokens[c].lemma.lower() in
                                   _APPOSED_BODIES for c in d.children.get(head.i, ())):
        return "organisation"  # "Defra, the government department responsible for ..."
    if lemma in _APPOSED_BODIES and _body_apposed(d, head):
        return "organisation"  # "the Lebanese newspaper Al-Nahar": the paper, not a person (Audit 24)
    if head.ent_type == "PERSON" or word in ("he", "she", "i") or _appos_name(d, head) is not None \
            or is_person_name(d, head):
        return "person"
    if head.pos == "PROPN" and before is not None and before.text.lower().rstrip(".") in _HONORIFICS:
        return "person"  # "Mr Connolly said" with the surname unknown to the model (Audit 17: typed a body)
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
    """What a source does with ``content``, from its cue verb and the content's own words."""
    if cue == "call" and not re.match(r"(?:for|on|upon)\b", content.strip(), re.I):
        cue = "describe"  # "called the ruling a landmark" describes; "called for an inquiry" advises
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


# "as soon as X said", "as long as X says", "the same as X said": a time, a condition or a
# comparison, not a comment on the clause.
_AS_NOT_COMMENT = frozenset("soon long far much many well same such".split())


# Cues whose as-clause names what it describes by a pronoun and still stands for the content it comments on.
_AS_DESCRIBED = frozenset({"describe", "call", "characterise", "characterize", "dub", "portray"})
_AS_DESCRIBED_OBJECTS = frozenset({"them", "him", "her", "us"})


def as_clause_host(d: _Doc, verb: Token) -> Token | None:
    """The clause an as-clause comments on ("The deal, as one aide put it, is a gamble", "As Ortiz
    noted, the stadium will ..."), or None when ``verb`` heads no such clause.

    The as-clause stands for the content, so it has no complement of its own ("as he said the vote
    was over" is a time clause) and no object but "it" ("as X put it") or, after "tell", the one
    told ("as she told reporters"). The parser hangs a mid-subject as-clause from the noun (acl):
    the host is then the nearest verb above it.
    """
    tokens = d.doc.tokens
    if verb.dep not in ("advcl", "acl") or verb.head == verb.i:
        return None
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    mark = next((t for t in kids if t.dep == "mark" and t.i < verb.i and t.text.lower() == "as"), None)
    if mark is None or (mark.i > 0 and tokens[mark.i - 1].text.lower() in _AS_NOT_COMMENT):
        return None
    for kid in kids:
        if kid.dep in ("ccomp", "xcomp", "parataxis", "attr", "oprd", "acomp") or (
                kid.dep == "prep" and kid.text.lower() in ("over", "about", "with", "against")):
            return None  # a complement, or a topic of its own: "as NATO squabbles over strategy" (Audit 40)
        if kid.dep in ("dobj", "obj", "dative") and kid.text.lower() != "it" and verb.lemma.lower() != "tell" \
                and not (kid.text.lower() in _AS_DESCRIBED_OBJECTS and verb.lemma.lower() in _AS_DESCRIBED):
            return None  # "as Lawrence described them, they are '...'" comments as "as X put it" does (Audit 19)
    host = tokens[verb.head]
    for _ in range(4):
        if host.pos in ("VERB", "AUX") or host.head == host.i:
            break
        host = tokens[host.head]
    return host if host.pos in ("VERB", "AUX") else None


def frames_quote(d: _Doc, verb: Token) -> bool:
    """True when a FRAMING_LEMMAS verb stands next to a quotation or opens one with a colon
    ('"...," he continued.', 'She continued: "..."'), with no object or clause of its own."""
    tokens = d.doc.tokens
    voiced = verb.lemma.lower() in VOICED_LEMMAS
    # 'residents shouted "shame on you"': a voiced verb's object inside a quotation is the words themselves
    if verb.lemma.lower() not in FRAMING_LEMMAS or any(
            tokens[c].dep in ("dobj", "obj", "xcomp") and not (voiced and d.in_quote(tokens[c].start))
            for c in d.children.get(verb.i, ())):
        return False
    if voiced and any(
            tokens[c].dep == "ccomp" and any(tokens[m].dep == "mark" and tokens[m].text.lower() == "that"
                                             for m in d.children.get(c, ())) for c in d.children.get(verb.i, ())):
        return True  # "she whispered that ...": a voiced verb with a that-clause speaks ("cried" alone weeps)
    after = verb.i + 1
    while after < len(tokens) and tokens[after].text == ",":
        after += 1
    if after < len(tokens) and (tokens[after].text == ":" or tokens[after].text in ("\"", "“")):
        return True
    before = verb.left - 1
    while before >= 0 and tokens[before].text == ",":
        before -= 1
    if before >= 0 and tokens[before].text in ("\"", "”") and d.in_quote(tokens[before].start) is not None:
        return True
    # '"...," the group's statement reads': the subject between the quotation and the cue (Audit 9)
    return after_quote(d, verb)


def after_quote(d: _Doc, cue: Token) -> bool:
    """True when the cue's own subject follows a quotation that closes on its punctuation
    ("'...,' she claims in the interview"): the framing convention, however the parser hung the cue."""
    tokens = d.doc.tokens
    subject = next((tokens[c] for c in d.children.get(cue.i, ()) if tokens[c].dep == "nsubj" and c < cue.i), None)
    if subject is None:
        return False
    k = subject.left - 1
    while k >= 0 and tokens[k].text == ",":
        k -= 1
    span = d.in_quote(tokens[k].start) if k > 0 and tokens[k].text in ("\"", "”", "'", "’") else None
    return span is not None and span[1] == tokens[k].end and tokens[k - 1].text in (",", "?", "!", ".")


def puts_it(d: _Doc, verb: Token) -> bool:
    """ "as one aide put it": "put" with the object "it" in an as-clause is a speech cue."""
    return verb.lemma.lower() == "put" and any(d.doc.tokens[c].text.lower() == "it" and d.doc.tokens[c].dep == "dobj"
                                               for c in d.children.get(verb.i, ())) \
        and as_clause_host(d, verb) is not None


def _governs(d: _Doc, cue: Token) -> bool:
    """True when the cue heads the sentence's main clause ("X said ...", '"...," X said', "as X put
    it, ..."), not a clause inside it ("what scientists say", "as soon as the council confirmed")."""
    tokens = d.doc.tokens
    token = cue
    if cue.head != cue.i and d.in_quote(tokens[cue.head].start) and not d.in_quote(cue.start) \
            and after_quote(d, cue):
        return True  # "'...,' she claims", the cue hung inside the quotation it frames
    host = as_clause_host(d, cue)
    if host is not None:
        token = host  # "as X noted": the sentence it comments on is X's if that clause governs
    for _ in range(6):
        if token.dep == "ROOT" or token.head == token.i:
            return True
        if token.dep not in ("conj", "parataxis") and not (token.dep == "advcl" and token.tag == "VBG") \
                and not (token.dep == "prep" and token.text.lower() == "according"):
            return False
        token = tokens[token.head]
    return False


def _nearest_cue(by_sentence: dict[int, list[tuple[int, Attribution]]], sentences: Sequence[Sentence],
                 start: int, end: int) -> Attribution | None:
    """Of several sources in the quote's own sentences, the one whose cue stands nearest the quote:
    in "While the prosecution argued for ..., Murray's lawyers asked ..., saying he is serving
    '...'", the lawyers' "asked", not the prosecution's "argued"."""
    cued = [a for i in (s.index for s in sentences) for _, a in by_sentence.get(i, ())
            if a.cue_start is not None and a.cue_end is not None and not start <= a.cue_start < end]
    if len(cued) < 2:
        return None
    return min(cued, key=lambda a: start - a.cue_end if a.cue_end <= start else a.cue_start - end)  # type: ignore[operator]


def _organisation_subject(d: _Doc, index: int) -> str | None:
    """The organisation that is the main-clause subject of sentence ``index`` ("Smithfield has
    released a statement ..."): what an "It said" in the next sentence means."""
    if index < 0:
        return None
    tokens = d.doc.tokens
    for token in d.doc.sentence_tokens(d.doc.sentences[index]):
        if token.dep == "nsubj" and tokens[token.head].dep == "ROOT":
            entity = next((e for e in d.doc.entities if e.token_start <= paper_of(d, token).i < e.token_end), None)
            if entity is None or entity.label != "ORG":
                return None
            return d.whole_name(_clean(entity.text)) or None
    return None


def negated(d: _Doc, verb: Token) -> bool:
    """Whether the verb is negated ("did not deny", "never disputed", "didn't reject")."""
    tokens = d.doc.tokens
    return any(tokens[c].dep == "neg" or tokens[c].text.lower() in ("never", "not", "n't")
               for c in d.children.get(verb.i, ()) if c < verb.i)
