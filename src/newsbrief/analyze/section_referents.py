"""Outlook items that lean on what they leave out, or that the writer takes back (reader Audit 31, session 19).

Audit 31 found six Outlook items whose words look ahead but that tell a reader no forecast the article makes:

* **A supposition's sequel.** "Both of these outcomes would be very harmful" after "Had it been burned, ... would
  have ..." (a letter weighing what would have happened): a "would" whose subject is a demonstrative noun phrase
  ("these outcomes", "such a closure") pointing at a hypothetical in the sentence before is part of the
  supposition. A demonstrative after a plain fact ("ordered a new barrier. That barrier will protect ...") and a
  "would" with its own condition stay forecasts (:func:`supposed_sequel`).
* **A present state with a pointing object.** "So far Moscow has not done that with X": what has not yet happened,
  with "that" standing for a call in the sentence before (:func:`so_far_not`).
* **A dangling "it".** "Some scientists think the oil may make it larger": the object "it" has no noun it could
  stand for in its sentence (the forecast's own subject cannot be it, and a plural cannot), so the item names
  nothing alone; it is shown with the sentence before in its paragraph, or withheld when there is none
  (:func:`with_antecedent`); "bought the mill and will sell it" keeps its noun (:func:`dangling_it`).
* **A report the writer ridicules.** "Forbes reported that ISIS maybe possibly could ..." followed by "So maybe
  that ridiculous scenario is coming to pass": a forecast hedged to parody, or one the next sentences call a
  ridiculous/absurd/far-fetched scenario or idea, is the view mocked, not the outlook (stance reversed is the
  worst error after misattribution). "Residents called the increase ridiculous" judges the rise, not the
  forecast, and leaves it (:func:`ridiculed`).
* **A reader's offer.** "You could snap up the band's guitar, or a jacket worn by ...": an auction's hook
  addressed to the reader, not an event to come; "you could see heavy rain by Thursday" stays (:func:`reader_offer`).
* **A quotation cut before its point.** An item that opens a quotation and breaks off on "..." inside it has lost
  what the speaker went on to say (:func:`cut_quotation`).

And one mark for every section: **a retracted joke.** "In other news, X has been hired at the Post." followed by
"(Haha, no, kidding." / "Just kidding." / "Not really." is a joke the writer takes back; :func:`retracted` gives
the indexes of such sentences so no section shows them (it joins the context's rejected sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbrief.analyze.cause_loose import CUT_CHOICE
from newsbrief.analyze.quote_marks import inside_open_quote
from newsbrief.analyze.section_news import not_a_forecast
from newsbrief.analyze.section_present import tells_present
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.speakers import UNNAMEABLE

if TYPE_CHECKING:  # analyze.context reads this module (retracted)
    from newsbrief.analyze.context import Context

_WOULD = frozenset({"would", "'d"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "'ll", "'d", "wo", "ca"})
_DEMONSTRATIVE = frozenset({"these", "those", "this", "that", "such"})
_CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "provided"})
# The sentence before supposes: a modal of the hypothetical, an inverted "had X been", a "whether", an "if".
_SUPPOSING = re.compile(r"\b(?:would|could|might)(?: not|n't)?\b|^\W*(?:\w+,\s+)?had\s+\w+|\bwhether\b|\bif\b",
                        re.I)
_SO_FAR_NOT = re.compile(r"^\W*(?:so far|thus far|as yet|to date|until now),?\s+[^,;:]{1,80}?\b(?:has|have)"
                         r"(?: not|n't| yet to)\s+(?:\w+\s+)?(?:that|this|it|so)\b", re.I)
# "maybe possibly could": a hedge piled on a hedge, the writer's parody of a report's caution.
_PARODY_HEDGE = re.compile(r"\b(?:maybe|perhaps) possibly\b|\bpossibly (?:maybe|perhaps)\b|\bmight maybe\b", re.I)
_RIDICULED = re.compile(
    r"\b(?:that|this|the|such an?|these|those)\s+(?:\w+\s+)?(?:ridiculous|absurd|preposterous|far-fetched|"
    r"farfetched|laughable|outlandish|nonsensical|silly|crazy)\s+(?:scenarios?|ideas?|notions?|claims?|suggestions?|"
    r"predictions?|theor(?:y|ies)|stor(?:y|ies)|reports?|speculation|prospects?|fantas(?:y|ies)|rumou?rs?)\b|"
    r"\b(?:that|this|such) (?:\w+ )?(?:nonsense|fantasy|fairy tale)\b", re.I)
_RIDICULE_REACH = 2  # the sentences after a report where a writer's scorn is read (Audit 31: the next one)
_OFFER = re.compile(r"^\W*(?:(?:and|now|so|or),?\s+)?you (?:could|can|might) (?:also |even |now )?(?:snap up|buy|"
                    r"win|bag|grab|own|pick up|bid (?:on|for)|get your hands on|nab|take home|purchase)\b", re.I)
_RETRACTION = re.compile(
    r"^\W*(?:(?:ha(?:ha)+|lol|heh|hah)\W+)?(?:no\W+)?(?:(?:just|only)\s+)?(?:kidding|joking|j/?k)\b|"
    r"^\W*(?:(?:ha(?:ha)+|lol)\W+)?(?:no,?\s+)?not really\W*$|^\W*(?:i'?m|i am) (?:just |only )?(?:kidding|joking)\b",
    re.I)
# Verbs whose object "it" is part of an idiom and stands for nothing ("would overdo it", "will make it", "blow it",
# Newsroom row 57 of the 120-row check: "Those who do would overdo it").
_IT_IDIOMS = frozenset("overdo make blow lose nail wing fake hack mean take".split())
_OPENING_QUOTES = re.compile(r"[\"“]")
_CUT_END = re.compile(r"(?:\.\.\.|…)\s*$")


def _modals(doc: Document, sentence: Sentence, words: frozenset[str] = _MODALS) -> list[Token]:
    return [t for t in doc.sentence_tokens(sentence) if t.tag == "MD" and t.text.lower() in words]


def _demonstrative_subject(doc: Document, subject: Token) -> bool:
    """"these outcomes", "such a closure", "Both of these outcomes": a noun the sentence before must name."""
    if subject.pos == "PRON" and subject.lemma.lower() not in ("both", "all", "either", "neither", "each"):
        return False
    nouns = [subject, *(g for k in doc.children(subject) if k.dep == "prep" for g in doc.children(k)
                        if g.dep == "pobj")]
    return any(d.dep in ("det", "predet", "amod") and d.text.lower() in _DEMONSTRATIVE
               for noun in nouns for d in doc.children(noun))


def supposed_sequel(doc: Document, sentence: Sentence) -> bool:
    """True when a "would" has a demonstrative subject and the sentence before supposes (see the docstring)."""
    if sentence.index == 0:
        return False
    tokens = doc.sentence_tokens(sentence)
    if any(t.text.lower() in _CONDITION_MARKS and t.dep == "mark" for t in tokens):
        return False  # the condition is stated in the sentence itself
    for modal in _modals(doc, sentence):
        verb = doc.tokens[modal.head]
        subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
        if modal.text.lower() in _WOULD and subject is not None and _demonstrative_subject(doc, subject):
            return bool(_SUPPOSING.search(doc.sentences[sentence.index - 1].text))
    return False


def so_far_not(sentence: Sentence) -> bool:
    """True for "So far X has not done that ...": a present state whose object points back."""
    return bool(_SO_FAR_NOT.match(sentence.text))


def _antecedent_before(doc: Document, pronoun: Token, verb: Token, sentence: Sentence) -> bool:
    """A singular noun before ``pronoun`` in its sentence, other than the subject of ``verb`` (an object "it"
    never stands for its own clause's subject) or a time."""
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    own = set(range(subject.left, subject.right + 1)) if subject is not None else set()
    return any(t.tag in ("NN", "NNP") and t.i not in own and not t.ent_type
               for t in doc.sentence_tokens(sentence) if t.i < pronoun.i)


def _bound_object(doc: Document, token: Token, verb: Token) -> bool:
    """Whether ``token`` is ``verb``'s object or the subject of a small clause ``verb`` takes ("make it larger",
    "let it spread"): the places where "it" cannot stand for ``verb``'s own subject."""
    if token.dep == "dobj":
        return token.head == verb.i and verb.lemma.lower() not in _IT_IDIOMS
    clause = doc.tokens[token.head]
    return token.dep == "nsubj" and clause.head == verb.i and clause.dep in ("ccomp", "xcomp", "oprd") \
        and clause.tag in ("JJ", "JJR", "VB", "RBR")


# A subject "it" or "this" that stands for something said before (reader Audit 35: "At this point, it might
# distract from efforts to ..." after "But would sacking the chief achieve anything?"; "If it does, it's unlikely
# to damage the company" after "The conflict could hurt the firm, but it probably won't"): the item names nothing
# alone. An expletive "it" points forward to its own clause ("It is likely that ...", "It will take years to ...",
# "It remains to be seen", "It would be a mistake to ..."), except after a raising word whose "to" clause is the
# "it"'s own act ("it is unlikely to damage"), and a weather "it" stands for nothing.
_RAISING = frozenset("likely unlikely certain sure bound set due expected going able unable about poised".split())
_WEATHER = frozenset("rain snow pour hail freeze drizzle thunder".split())
# Verbs an expletive "it" takes with its clause after them; "it might slow the work to repair ..." is no such verb.
_EXPLETIVE_VERBS = frozenset("be become seem appear sound look feel remain take cost pay help matter make happen "
                             "follow turn".split())
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl", "relcl", "acl"})
_POINTING = frozenset({"it", "this"})
# An argument that can be what a later "it" stands for; a time or place in a preposition ("At this point") cannot.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "conj", "appos", "attr", "ROOT"})


def _extraposed(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` (or its predicate word) takes a "that"/"whether"/"to" clause an expletive "it" points at."""
    heads = [verb] if verb.lemma.lower() in _EXPLETIVE_VERBS else []
    for head in heads + [k for k in doc.children(verb) if k.dep in ("acomp", "attr", "oprd")]:
        for clause in (k for k in doc.children(head) if k.dep in _CLAUSE_DEPS and k.i > verb.i):
            kids = doc.children(clause)
            if any(k.dep == "mark" and k.text.lower() in ("that", "whether", "if") for k in kids):
                return True
            if any(k.dep == "aux" and k.text.lower() == "to" for k in kids) \
                    and not (head.lemma.lower() in _RAISING and head is not verb):
                return True
    if verb.lemma.lower() not in _EXPLETIVE_VERBS:
        return False
    # The parse often hangs the clause elsewhere ("It would be a mistake, said Donnelly, to assume that ..."): for
    # a verb of the expletive kind, a "to"/"that" later in the sentence is read as its clause, unless a raising
    # word takes the "to" ("it is unlikely to damage").
    for t in doc.tokens[verb.i + 1 : sentence.token_end]:
        if t.text.lower() in ("that", "whether") and t.dep == "mark":
            return True
        if t.text.lower() == "to" and t.dep == "aux":
            return doc.tokens[t.i - 1].lemma.lower() not in _RAISING
    return False


def dangling_subject(doc: Document, sentence: Sentence) -> bool:
    """True when the main or a forecast's subject is a pointing "it"/"this" with no noun before it (see above)."""
    tokens = doc.sentence_tokens(sentence)
    verbs = [t for t in tokens if t.head == t.i] + [doc.tokens[m.head] for m in _modals(doc, sentence)]
    for verb in verbs:
        subject = next((k for k in doc.children(verb) if k.dep == "nsubj"), None)
        if subject is None or subject.text.lower() not in _POINTING or (subject.text.lower() == "this"
                                                                         and subject.tag != "DT"):
            continue
        if verb.lemma.lower() in _WEATHER or _extraposed(doc, sentence, verb):
            continue
        return not any(t.tag in ("NN", "NNP") and t.dep in _ARGUMENTS for t in tokens if t.i < subject.i)
    return False


# A call's words of obligation (session 32, issue #11: a call cut from what it acts on, '[Ann Lee:] Ministers must
# scrap it before the summer.' with "the new timetable" in the sentence before, is shown with that sentence).
CALL_MODALS = frozenset({"should", "must", "ought", "shall"})


def dangling_it(doc: Document, sentence: Sentence, words: frozenset[str] = _MODALS) -> bool:
    """True when a forecast's (or, with ``words`` = :data:`CALL_MODALS`, a call's) object "it" has no noun it could
    stand for in its sentence (see the docstring)."""
    for modal in _modals(doc, sentence, words):
        verb = doc.tokens[modal.head]
        for token in doc.tokens[verb.i + 1 : verb.right + 1]:
            if token.text.lower() != "it" or not _bound_object(doc, token, verb):
                continue
            after = [t.text.lower() for t in doc.tokens[token.i + 1 : min(token.i + 5, sentence.token_end)]]
            if any(w in ("to", "that", "for") for w in after):
                continue  # "make it easier to travel", "make it to the final": no referent needed
            if not _antecedent_before(doc, token, verb, sentence):
                return True
            break
    return False


def ridiculed(doc: Document, sentence: Sentence) -> bool:
    """True when the forecast is hedged to parody or the next sentences scorn it as a scenario or idea."""
    if _PARODY_HEDGE.search(sentence.text):
        return True
    after = doc.sentences[sentence.index + 1 : sentence.index + 1 + _RIDICULE_REACH]
    return any(_RIDICULED.search(s.text) for s in after)


def reader_offer(sentence: Sentence) -> bool:
    """True for "You could snap up ...": an offer to the reader, not a forecast."""
    return bool(_OFFER.match(sentence.text))


def cut_quotation(sentence: Sentence) -> bool:
    """True when the sentence opens a quotation it does not close and breaks off on "..."."""
    return bool(_CUT_END.search(sentence.text)) and len(_OPENING_QUOTES.findall(sentence.text)) % 2 == 1


def leans_on_missing(doc: Document, sentence: Sentence) -> bool:
    """The outlook's check: a supposition's sequel, a present state, a dangling "it", a ridiculed report, a
    reader's offer or a cut quotation (see the module docstring); a dangling "it" is :func:`with_antecedent`'s; or
    the past or present told in words that look ahead (Audit 32, :func:`~.section_present.tells_present`)."""
    return supposed_sequel(doc, sentence) or so_far_not(sentence) \
        or ridiculed(doc, sentence) or reader_offer(sentence) or cut_quotation(sentence) \
        or tells_present(doc, sentence) or not_a_forecast(doc, sentence) \
        or bool(CUT_CHOICE.search(sentence.text))  # the news itself (Audit 40); "the latter" cut (Audit 41 #6)


def bare_such(doc: Document, sentence: Sentence) -> bool:
    """True when a subject carries a bare "such" ("Earlier, the department said such citizens should report to the
    airport", Audit 33 A3): the kind it means is named in a sentence the item cannot show; "such as" lists stay."""
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() != "such" or token.dep not in ("amod", "predet", "det"):
            continue
        noun = doc.tokens[token.head]
        if noun.dep in ("nsubj", "nsubjpass") and not any(k.text.lower() == "as" for k in doc.children(noun)) \
                and not any(k.text.lower() == "as" for k in doc.children(token)):
            return True
    return False


def retracted(doc: Document) -> frozenset[int]:
    """Indexes of sentences the writer takes back in the next one ("Haha, no, kidding.", "Just kidding.")."""
    return frozenset(s.index - 1 for s in doc.sentences[1:] if _RETRACTION.search(s.text))


def _noun_subject(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a statement whose main subject is a singular common noun."""
    if sentence.text.rstrip("\"”’' ").endswith("?"):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    return root is not None and any(k.dep in ("nsubj", "nsubjpass") and k.tag == "NN" for k in doc.children(root))


def with_antecedent(doc: Document, sentence: Sentence, words: frozenset[str] = _MODALS) -> list[Sentence]:
    """The sentences an Outlook item shows for ``sentence``: itself, or, when its object "it" dangles, the sentence
    before in its paragraph with it ("The question remains open. The synod will debate it again next spring."); none
    when there is no such sentence to carry, or when its subject "it"/"this" dangles (:func:`dangling_subject`)."""
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    if dangling_subject(doc, sentence):
        # Carried only when the sentence before is a statement whose subject is one common noun ("The plant closed
        # in May. It could reopen next year"); withheld otherwise: on the 120-row check the sentence before was as
        # often a question, a comment or a plural as the noun the "it" stands for.
        return [before, sentence] if before is not None and before.paragraph == sentence.paragraph \
            and _noun_subject(doc, before) else []
    if not dangling_it(doc, sentence, words):
        return [sentence]
    return [before, sentence] if before is not None and before.paragraph == sentence.paragraph else []


# How far back the opening of a quotation an Outlook sentence ends may lie: a two- or three-sentence quotation is
# shown whole; a longer speech's tail is the Quotes section's (Audit 51 #12: "If we meet him now we will cut off his
# head," the man in the video says. -- the last of four quoted sentences, shown alone with a stray mark).
QUOTE_BACK = 2


def whole_quotation(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences an Outlook item shows for a sentence a quotation opened before runs into: back to the one that
    opened it when that is at most QUOTE_BACK sentences before in the paragraph, else none (a piece of a long speech
    names neither its start nor, alone, its point); ``[sentence]`` for any other sentence."""
    if not inside_open_quote(doc, sentence):
        return [sentence]
    for back in range(1, QUOTE_BACK + 1):
        earlier = doc.sentences[sentence.index - back] if sentence.index >= back else None
        if earlier is None or earlier.paragraph != sentence.paragraph:
            return []
        if not inside_open_quote(doc, earlier):
            return list(doc.sentences[earlier.index : sentence.index + 1])
    return []


def quotation_forecast(ctx: Context, quoted: list[Sentence], forecast: Callable[[Sentence], bool]) -> list[Sentence]:
    """The part of a quotation an Outlook item shows: from its first forecast sentence on, when the sentences before
    it forecast nothing and the attribution stage names the speaker of the rest (the voices pass labels it
    "[Name:]") and a quotation mark opens that sentence (a quotation of several paragraphs reopens its marks); else
    the quotation as given.

    Audit 52 #7 showed a spokesman's three-sentence quotation as an Outlook row for its last two sentences: its first,
    a finding about the present that Quotes showed already, made the row a copy of two quotes. Cut to its forecast,
    the row says what the speaker expects, and compose drops it when Quotes shows that sentence too.
    """
    start = next((k for k, s in enumerate(quoted) if forecast(s)), 0)
    if start == 0 or quoted[start].text.lstrip()[:1] not in "\"“":
        return quoted  # cut where no mark opens it, it would end on a stray closing mark (Audit 51's two-line quote)
    speakers = {ctx.voice_of(s.index).speaker for s in quoted[start:]}
    voice = ctx.voice_of(quoted[start].index)
    if voice.voice != "person" or len(speakers) != 1 or not voice.speaker or voice.speaker.lower() in UNNAMEABLE:
        return quoted  # no one to name it by: the quotation's opening says whose words they are
    return quoted[start:]


def distinct_pieces(pieces: list[list[Sentence]]) -> list[list[Sentence]]:
    """The non-empty pieces, less any whose sentences another piece holds (two forecasts of one quotation give one
    row, the longer; of two equal pieces, the first)."""
    sets = [{s.index for s in p} for p in pieces]
    return [p for n, p in enumerate(pieces) if p and not any(
        sets[n] <= other and (len(other) > len(sets[n]) or m < n) for m, other in enumerate(sets) if m != n)]


# A demand made for others by a pronoun (reader Audit 49 #4, docs/audit.md 50: "France and the UK have demanded that
# they be given urgent medical assistance", where "they" are the wounded reporters of the paragraph before; alone the
# line has France and the UK ask aid for themselves). A party that asks something for itself says "demanded to be
# given"; a "that" clause whose subject is a pronoun with a passive verb names those the demand is for, and the
# pronoun names them only in an earlier sentence. "The unions demanded that the mines be kept open" names them.
_DEMANDING = frozenset("demand ask urge request insist call plead appeal press want".split())
_PERSONAL = frozenset({"they", "he", "she", "it"})


def _pronoun_for_others(doc: Document, sentence: Sentence) -> bool:
    for token in doc.sentence_tokens(sentence):
        if token.dep != "nsubjpass" or token.text.lower() not in _PERSONAL:
            continue
        clause = doc.tokens[token.head]
        if clause.dep == "ccomp" and doc.tokens[clause.head].lemma.lower() in _DEMANDING:
            return True
    return False


def call_with_antecedent(doc: Document, sentence: Sentence) -> list[Sentence]:
    """The sentences a Recommendations item shows for ``sentence``: as :func:`with_antecedent` reads a call's object
    "it"; and a demand made for others by a pronoun ("demanded that they be given ...") is shown with the sentence
    before in its paragraph, or withheld (see above)."""
    pieces = with_antecedent(doc, sentence, CALL_MODALS)
    if pieces != [sentence] or not _pronoun_for_others(doc, sentence):
        return pieces
    before = doc.sentences[sentence.index - 1] if sentence.index else None
    return [before, sentence] if before is not None and before.paragraph == sentence.paragraph else []
