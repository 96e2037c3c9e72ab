"""What a closing sentence needs beside it to be understood: the sentence it leans on, or its speaker's name.

Reader Audit 15 (docs/audit.md 16.3) judged 8 of 14 conclusions wrong or useless. Three of them were closes
shown without what gives them sense:

- an elliptical close - "Nor should the scenes of people filling the streets ...", "So did the mayors
  before her.", "That is the real price of the deal.", "It will include ..." - means nothing without the
  sentence before it ("It should not have [surprised]"); it is shown together with that sentence (and with
  the one before that when the antecedent leans back as well);
- a pronoun the repair pass would replace by a name it is not sure of ("[Nottingham] is also ranked second
  ...", for "He", the actor): a repair is taken only when the name is the subject of the sentence before;
  otherwise the sentence before is shown with the close, and the pronoun stays;
- a quotation told by "she said" whose speaker is named a few sentences earlier (an expert's closing
  forecast, Newsroom dev 47): the sentence that names her is shown before the quotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsbrief.analyze.closing_refs import reported_it
from newsbrief.analyze.context import Context
from newsbrief.analyze.openings import has_quote_mark
from newsbrief.models import Document, Sentence, Token

# How far back an elliptical close may lean: "What followed took the world by surprise. It should not
# have. Nor should ..." leans two sentences back; a third is the body of the story.
LEAN_REACH = 2
# How far back the sentence that names a quotation's "she said" speaker may stand: the audit article put two
# sentences of her paraphrase between the name and the quotation.
SPEAKER_REACH = 3
# The lead is the key points' (see conclusion.LEAD_SENTENCES).
LEAD_SENTENCES = 2

# "Nor should ...", "Neither has ...", "So did ...", "Nor, for that matter, ...": the verb is the one before.
_ELLIPTICAL_OPENING = re.compile(r"^[\"“']?(?:nor|neither)\b|^[\"“']?so (?:do|does|did|is|are|was|were|has|have|"
                                 r"had|will|would|can|could|should|must|might)\b", re.I)
# A prepositional "such" taking up the cases the sentence before describes: "In such cases, the monarch is more
# likely to ...", "Under these circumstances, ..." (reader Audit 39 #7 closed on it with the cases cut).
_SUCH_OPENING = re.compile(r"^[\"“']?(?:(?:and|but|yet),?\s+)?(?:in|under|for|with)\s+(?:such|these|those)\s+"
                           r"(?:cases?|circumstances|conditions|situations?|instances?|countries|places|states)\b",
                           re.I)
# A demonstrative standing for the whole sentence before ("That is the real price ...", "This means ...").
_DEMONSTRATIVES = frozenset({"that", "this"})
# A sentence that ends on its auxiliary, the verb left to the sentence before: "It should not have.",
# "Few of them did."
_AUXILIARIES = frozenset("do does did will would can could should shall may might must has have had is are was were "
                         "be".split())
# (named apart from the "he said" opening below, which once shadowed it: the check saw only "He said ...")
_REPAIRED_PRONOUN = re.compile(r"^[\"“']?(?:he|she|his|her)\b", re.I)
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_BRACKETED = re.compile(r"^[\"“']?\[([^\]]+)\]")


# A clause of a pronoun and an auxiliary with its verb left out stands for the sentence before it: "Whether
# it does will depend on ...", "If they do, ...", "He did." Shown alone, a reader cannot tell what it does.
_ELLIPTICAL = frozenset("do will would can could should may might must shall".split())
_CLAUSE_ONLY = frozenset({"nsubj", "mark", "neg", "punct", "advmod", "cc"})
_COMPARATIVE = frozenset({"as", "than"})


def leans_back(doc: Document, sentence: Sentence) -> bool:
    """True when a clause is a pronoun subject and a bare auxiliary, its verb left out (VP ellipsis)."""
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.lemma not in _ELLIPTICAL or token.dep in ("aux", "auxpass"):
            continue
        kids = [t for t in tokens if t.head == token.i and t.i != token.i]
        if _compares(tokens, token):
            continue
        if any(t.dep == "nsubj" and t.pos == "PRON" for t in kids) and all(t.dep in _CLAUSE_ONLY for t in kids):
            return True
    return False



def _compares(tokens: Sequence[Token], auxiliary: Token) -> bool:
    """Whether the bare auxiliary closes a comparison ("as many people as we can", "more than they did"): the
    verb it leaves out is the sentence's own, not the one before (reader Audit 34 #7 lost an aid worker's
    close "... to save as many people as we can" to the two sentences before it)."""
    return any(t.head == auxiliary.i and t.dep == "mark" and t.text.lower() in _COMPARATIVE for t in tokens)


def elliptical_opening(text: str) -> bool:
    """Whether the sentence opens with "Nor", "Neither" or an inverted "So did ..."."""
    return bool(_ELLIPTICAL_OPENING.search(text.strip()))


# A clause that repeats the sentence before with its verb left out and an additive tail: "The Post probably
# should have, as well.", "So should the mayor, too." (reader Audit 25 #12 closed on such a clause alone). At most
# four words after the auxiliary ("could not have been"): unbounded, a long run of them was rescanned from each.
_ADDITIVE_ELLIPSIS = re.compile(r"\b(?:do|does|did|will|would|can|could|should|shall|may|might|must|has|have|had|"
                                r"is|are|was|were)(?:\s+(?:not|n't|have|be|been)){0,4}\s*,?\s+(?:as well|too)"
                                r"\s*[.!]?[\"”']?$", re.I)


def additive_ellipsis(text: str) -> bool:
    """Whether the sentence ends on a bare auxiliary and "as well" or "too": its verb is the one before.
    ("... as harshly as the Church thinks they should either." closes a comparison, Newsroom row 58: no
    "either" here.)"""
    return bool(_ADDITIVE_ELLIPSIS.search(text.strip()))


# A consequence run on from a conditional in the sentence before: "If the dictator goes, he's a hero. And all of
# that improvisation will look like a symphony." Shown alone (its "And" dropped by the repair pass), the hedged
# punchline reads as the writer's forecast (reader Audit 26 #7, 27.4 item 5).
_CONDITION_OPENING = re.compile(r"^[\"“'(]?(?:if|unless|once|should|provided|assuming|suppose)\b", re.I)
_RUN_ON_OPENING = re.compile(r"^[\"“'(]?(?:and|then|so)\b(?!\s+(?:far|much|many|long|called)\b)", re.I)


def continues_condition(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens with "And", "Then" or "So" after a sentence of its paragraph that opens on a
    condition ("If ...", "Unless ...", "Once ..."): its claim holds only under that condition."""
    if sentence.index == 0 or not _RUN_ON_OPENING.search(sentence.text.strip()):
        return False
    previous = doc.sentences[sentence.index - 1]
    return previous.paragraph == sentence.paragraph and bool(_CONDITION_OPENING.search(previous.text.strip()))


def leans_on_previous(doc: Document, sentence: Sentence, repairable: bool) -> bool:
    """Whether the sentence's sense hangs on the one before it: an elliptical opening, a demonstrative
    subject standing for that sentence, VP ellipsis, a consequence of the conditional before it, or an
    opening the repair pass cannot mend."""
    text = sentence.text.strip()
    if _ELLIPTICAL_OPENING.search(text) or such_opening(text) or not repairable or leans_back(doc, sentence) \
            or additive_ellipsis(text) or continues_condition(doc, sentence):
        return True
    tokens = [t for t in doc.sentence_tokens(sentence) if t.pos != "PUNCT"]
    if tokens and tokens[-1].text in _AUXILIARIES and tokens[-1].pos in ("AUX", "VERB") \
            and not _compares(tokens, tokens[-1]):
        return True  # lower case and a verb: "in May." is a month, "left no will." a noun
    if _COUNTED_BACK.search(text):
        return True
    if tokens and tokens[0].text.lower() in _DEMONSTRATIVES and tokens[0].pos == "PRON" \
            and tokens[0].dep in ("nsubj", "nsubjpass"):
        return True
    # after a comma or a conjunction the sentence's own first clause is what "that" takes up ("Yet it found
    # four million pounds for a car park, and that tells you everything")
    every = doc.sentence_tokens(sentence)
    for token in every[1:]:
        if token.text in (",", ";", ":", "—", "–") or token.pos == "CCONJ":
            return False
        # a relative clause on the demonstrative names what it means ("All this you have mentioned ...", a
        # reader comment of Newsroom row 9)
        if _points_back(token) and not any(t.head == token.i and t.dep == "relcl" for t in every):
            return True
    return False


# A count standing for things the sentence before names ("... has elements of all three.", "Both are now in
# custody."): reader Audit 30 #6 closed on "elements of all three" with the three cut. Only a bare count: "Both
# sides have agreed" and "all three men" carry their noun; a closing "either" is an adverb ("... they should
# either.", Newsroom row 58).
_COUNTED_BACK = re.compile(
    r"\b(?:all|the|those|these) (?:two|three|four|five|six)(?: of (?:them|these|those))?\s*[.!]?[\"”’']?$|"
    r"\bboth(?: of (?:them|these|those))?\s*[.!]?[\"”’']?$|"
    r"^(?:(?:and|but|yet),?\s+)?(?:all (?:two|three|four|five|six)|both|the two|the three)(?: of (?:them|these|"
    r"those))? (?:are|were|have|had|will|would|can|could|may|might|must|should|share|agree|remain)\b", re.I)
_POINTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _points_back(token: Token) -> bool:
    """A demonstrative pronoun inside the sentence standing for the fact before it: "Harun expects that to
    change" (reader Audit 30 #4: "that" was the Council without the party). A determiner ("that decision"),
    a relative "that" (tagged WDT) and a conjunction ("said that ...") are no such pronoun."""
    if token.text.lower() not in _DEMONSTRATIVES or token.pos != "PRON" or token.tag != "DT":
        return False
    # a fronted object ("This I know: ...") opens a sentence of its own rather than taking up the one before
    return token.dep in _POINTING_DEPS and not (token.dep == "dobj" and token.i < token.head)


def antecedents(doc: Document, sentence: Sentence, repairable: bool,
                mendable: Callable[[Sentence], bool]) -> list[Sentence]:
    """The sentences before ``sentence`` that it leans on, in text order (empty when it stands alone or
    when what it leans on lies in the lead or behind a paragraph of something else); ``mendable`` tells
    whether the repair pass can mend an earlier sentence's opening."""
    if not leans_on_previous(doc, sentence, repairable):
        return []
    found: list[Sentence] = []
    current = sentence
    # a sentence opening "In such cases" only points on to the one before it, so it adds a step to the reach
    # (Audit 39 #7: "This is not an option ..." after "In such cases ..." after "This makes ..." after the cases)
    reach = LEAN_REACH + (1 if sentence.index and such_opening(doc.sentences[sentence.index - 1].text.strip()) else 0)
    for _ in range(reach):
        index = current.index - 1
        if index < LEAD_SENTENCES or doc.sentences[index].paragraph < current.paragraph - 1:
            return []
        previous = doc.sentences[index]
        found.insert(0, previous)
        if not leans_on_previous(doc, previous, mendable(previous)):
            return found
        current = previous
    return []  # it leans further back than the closing paragraphs reach


def such_opening(text: str) -> bool:
    """Whether ``text`` opens by taking up the cases the sentence before describes ("In such cases, ...")."""
    return _SUCH_OPENING.search(text) is not None


# Entity types that name no person: a place, a people, a date ("in Paris", "the French", "in May").
_NO_PERSON = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def _other_name_before(tokens: Sequence[Token], repair: str, previous: str) -> bool:
    """Whether the sentence before names someone (a proper noun that is no place or date, past its first word,
    which an imperative or a capital may make one) and never the repair's name: the repair pass fell back to a
    name further back, past one the tagger did not read as a person (reader Audit 40 #12: "His phrasing" after
    "... and by extension, Big Bank Hank." was repaired to a rapper named two sentences back)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in repair.split()]
    if any(w and w in previous for w in words):
        return False
    return any(t.pos == "PROPN" and t.ent_type not in _NO_PERSON for t in tokens[1:])


def uncertain_repair(doc: Document, sentence: Sentence, repaired: str | None) -> bool:
    """Whether a "He"/"She" opening was repaired to a name that is not the subject of the sentence before
    (the repair pass falls back to the last name it saw, which may be a place tagged as a person)."""
    if repaired is None or not _REPAIRED_PRONOUN.search(sentence.text.strip()):
        return False
    match = _BRACKETED.search(repaired)
    if match is None or sentence.index == 0:
        return False
    previous = doc.sentences[sentence.index - 1]
    tokens = doc.sentence_tokens(previous)
    if _other_name_before(tokens, match.group(1), previous.text):
        return True
    root = next((t.i for t in tokens if t.dep == "ROOT"), -1)
    heads = {t.i for t in tokens if t.head == root and t.dep in ("nsubj", "nsubjpass")}
    # the main clause's subject only: "after Dale was booed" names no subject of the sentence
    subject = [t for t in tokens if t.i in heads or (t.dep == "compound" and t.head in heads)]
    # only a named subject other than the repair's name makes it a guess; a quotation's "I" or a common noun
    # leaves the choice to the repair pass (it looks further back)
    named = [t.text for t in subject if t.pos == "PROPN"]
    return bool(named) and not any(word in named for word in match.group(1).split())


# A quoted phrase of a few words inside reported speech ('Haddad said the region has seen "the wall of silence"
# fall') is the writer's sentence naming its speaker, not a quotation of its own (Audit 43 #3 lost its close).
_PHRASE_WORDS = 5
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def quotes_words(text: str) -> bool:
    """Whether the sentence quotes someone's words: a quote mark, unless its only quotation is a short phrase."""
    if not has_quote_mark(text):
        return False
    spans = _QUOTED.findall(text)
    rest = _QUOTED.sub(" ", text)
    return not spans or has_quote_mark(rest) or sum(len(q.split()) for q in spans) > _PHRASE_WORDS


def speaker_sentence(doc: Document, ctx: Context, quote: Sentence) -> Sentence | None:
    """The sentence shortly before ``quote`` that names the person its "she said" means, by the attribution
    stage's speaker; None when none names them close by."""
    speaker, voice = ctx.voice_of(quote.index).speaker, ctx.voice_of(quote.index).voice
    if not speaker:
        return None
    words = {w for w in re.findall(r"[A-Z][\w'-]+", speaker)}
    for index in range(quote.index - 1, max(LEAD_SENTENCES, quote.index - SPEAKER_REACH) - 1, -1):
        candidate = doc.sentences[index]
        if quotes_words(candidate.text):
            continue
        # the tagger may read a surname alone as an organisation ("Adams says ...", reader Audit 41 #10 lost its
        # close): the attribution stage has found a person, so the name counts however it is tagged, or untagged
        if (voice == "person" and words & set(re.findall(r"[A-Z][\w'-]+", candidate.text))) or any(
                e.label == "PERSON" and e.sentence_index == index and words & set(e.text.split())
                for e in doc.entities):
            return candidate
    return None


# A quotation told by a pronoun only ('"We put up these flimsy little tables ...," he said'): the reader of
# a conclusion cannot tell who "he" is (reader Audit 7 closed on such a tail). Shown after the sentence
# before it when that one names a person and quotes nothing, else not shown.
_PRONOUN_SPEAKER = re.compile(r"[,”\"’']\s*(?:he|she|they) (?:said|says|added|adds|told|tells|explained|recalled|"
                              r"wrote|writes|continued|admitted|conceded|acknowledged|insisted)\b|"
                              r"\b(?:said|says|added) (?:he|she)[.,]", re.I)
# The same tail on reported speech with no quotation marks: "Staying patient can be hard, he admitted." (reader
# Audit 27 #7 closed on it, its "he" the unnamed official of the sentence before).
_REPORTED_TAIL = re.compile(r",\s*(?:he|she|they) (?:said|says|added|admitted|conceded|acknowledged|insisted|"
                            r"explained|noted|warned|argued|recalled)\s*[.!]?$", re.I)


# The same pronoun opening the close: "He added that the worst sins were not accidents themselves." after
# '"...," said Dan McGinn, a consultant.' (reader Audit 28 29.3: shown alone, its "he" was no one).
_PRONOUN_OPENING = re.compile(r"^(?:he|she|they) (?:also )?(?:said|says|added|adds|told|tells|explained|noted|"
                              r"warned|argued|insisted|admitted|conceded|acknowledged|recalled)\b", re.I)


def named_speaker(doc: Document, ctx: Context, part: list[Sentence], taken: set[int]) -> list[Sentence]:
    """``part``, with the sentence that names its speaker when it quotes a "he" or "she" (see above);
    ``taken``: the sentences the conclusion shows anyway (the one before may be among them)."""
    if part and not has_quote_mark(part[0].text) and _REPORTED_TAIL.search(part[0].text.strip()):
        # A close in a paragraph of its own whose "he" the attribution stage names ("The club will appeal against
        # the ban, he said." after "Manager John Smith said ..."; session 17 review) is shown as before, its
        # pronoun repaired to the name; only a speaker with no name needs the sentence that describes him.
        named = ctx.voice_of(part[0].index).voice == "person"
        return _reported_speaker(doc, part, taken) or (part if named else [])
    if part and _PRONOUN_OPENING.match(part[0].text.strip()):
        return _opening_speaker(doc, ctx, part, taken)
    # (the tag may close a later sentence of the quotation: '"We do assess ... the city. I would hesitate ...," he
    # said', reader Audit 50 #10 printed the run with only its "he")
    if not part or not has_quote_mark(part[0].text) or not any(_PRONOUN_SPEAKER.search(s.text) for s in part) \
            or part[0].index - 1 in taken or any(
            e.label == "PERSON" and not _in_quotes(s.text, e.text)
            for s in part for e in doc.entities if e.sentence_index == s.index):
        return part
    # a tag after the first sentence only: with no sentence to show before the run, the run stays as it was, and the
    # conclusion labels it by the attribution stage's speaker (a run whose marks the page garbled kept its "[Richard
    # Besser:]" label so; a Timeline17 page on the 2009 flu, session 33)
    fallback = part if not _PRONOUN_SPEAKER.search(part[0].text) else []
    index = part[0].index - 1
    if index < LEAD_SENTENCES:
        return fallback
    before = doc.sentences[index]
    # a person the tagger names, or one the attribution stage hears in it: a surname tagged as a firm ("Roche said he
    # will not defend his title", Audit 44 #11) lost the closing quip that followed
    named = any(e.label == "PERSON" and e.sentence_index == index for e in doc.entities) \
        or ctx.voice_of(index).voice == "person"
    if named and not quotes_words(before.text):
        return [before, *part]
    # the speaker named a few sentences earlier ('Lewin ... said trials were needed. ... "The only way ...,"
    # she said.'): that sentence is shown first, so an expert's closing forecast keeps its speaker
    speaker = speaker_sentence(doc, ctx, part[0])
    return [speaker, *part] if speaker is not None and speaker.index not in taken else fallback


def _sentence_before(doc: Document, part: list[Sentence], taken: set[int]) -> Sentence | list[Sentence]:
    """The sentence before a close that needs its speaker shown: the close as it is when that sentence is already
    shown (taken), nothing when it is in the lead (the key points' ground), else the sentence to judge."""
    index = part[0].index - 1
    if index in taken:
        return part
    if index < LEAD_SENTENCES:
        return []
    return doc.sentences[index]


def _reported_speaker(doc: Document, part: list[Sentence], taken: set[int]) -> list[Sentence]:
    """A "..., he admitted." close with the sentence before it when that one reports its speaker ("A company
    official who asked not to be named said ..."): the speaker may have no name, so no bracketed repair is sure,
    and the sentence that describes him is shown; with no such sentence in its paragraph the close is not shown."""
    before = _sentence_before(doc, part, taken)
    if not isinstance(before, Sentence):
        return before
    if before.paragraph == part[0].paragraph and _REPORTS.search(before.text) and not has_quote_mark(before.text):
        return [before, *part]
    return []


def _opening_speaker(doc: Document, ctx: Context, part: list[Sentence], taken: set[int]) -> list[Sentence]:
    """A "He added that ..." close with the sentence before it when that one names a person outside quotation
    marks (the "he" is that person: '"...," said Dan McGinn, a consultant.'), else with the sentence that names
    its speaker; not shown when neither is found."""
    before = _sentence_before(doc, part, taken)
    if not isinstance(before, Sentence):
        return before
    if any(e.label == "PERSON" and e.sentence_index == before.index and not _in_quotes(before.text, e.text)
           for e in doc.entities):
        return [before, *part]
    speaker = speaker_sentence(doc, ctx, part[0])
    return [speaker, *part] if speaker is not None and speaker.index not in taken else []


# A sentence that reports someone's words: the speaker of a following "he admitted".
_REPORTS = re.compile(r"\b(?:said|says|told|added|explained|insisted|argued|admitted|acknowledged)\b", re.I)


def _in_quotes(text: str, words: str) -> bool:
    """True when ``words`` appear in ``text`` only inside quotation marks."""
    return words not in _QUOTED_SPAN.sub(" ", text)




# A "he" or "she" inside the close before any name of its own: "If he wins his last set of the tournament, we will
# be writing quite a different story." closed the lead's Newsroom row 49 (session 20) with the player never named.
# The repair pass mends only an opening pronoun; this one stands in a clause, so the sentence before that names
# the person is shown with the close.
_BARE_PRONOUNS = frozenset("he she him her his".split())
_OPENING_TOKENS = frozenset({"CCONJ", "PUNCT"})
_SAYING = frozenset("say add tell explain insist argue admit note warn claim write recall".split())


def pronoun_referent(doc: Document, sentence: Sentence, lead: int) -> list[Sentence]:
    """The sentence before ``sentence`` when ``sentence`` speaks of "he" or "she" before naming anyone and that
    sentence names a person; empty otherwise (a quotation's pronoun is its speaker's, an opening one the repair
    pass's). A reported "it" ("Critics say its main flaw is ...") is shown with the sentence that names it
    (closing_refs)."""
    if sentence.index - 1 < lead or has_quote_mark(sentence.text):
        return []
    if found := reported_it(doc, sentence, lead):
        return found
    tokens = doc.sentence_tokens(sentence)
    pronoun = _first_reference(tokens)
    root = next((n for n, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    # only a pronoun before the main verb, or its subject: one after it may take up a noun of the sentence ("a
    # bloke ... while he toyed with his phone", "Check out his report": Newsroom 7 and XSum 48 in session 20)
    if pronoun is None or tokens[pronoun].pos == "PROPN" \
            or all(t.pos in _OPENING_TOKENS for t in tokens[:pronoun]) \
            or (pronoun > root and tokens[pronoun].head != tokens[root].i) \
            or doc.tokens[tokens[pronoun].head].lemma.lower() in _SAYING:
        return []  # "..., he said." is told by the speaker named before (named_speaker shows it alone)
    previous = doc.sentences[sentence.index - 1]
    if previous.paragraph < sentence.paragraph - 1 or has_quote_mark(previous.text):
        return []
    # the sentence before must name someone before any pronoun of its own ("He was previously suspended ..."
    # names no one either: XSum 57)
    first = _first_reference(doc.sentence_tokens(previous))
    return [previous] if first is not None and doc.sentence_tokens(previous)[first].pos == "PROPN" else []


def _first_reference(tokens: Sequence[Token]) -> int | None:
    """The position of the first proper noun or "he"/"she" pronoun among ``tokens`` (a proper noun, not a PERSON
    entity: the tagger reads surnames as places too, "to call Rossi a contender")."""
    return next((n for n, t in enumerate(tokens) if t.pos == "PROPN"
                 or (t.text.lower() in _BARE_PRONOUNS and t.pos == "PRON")), None)
