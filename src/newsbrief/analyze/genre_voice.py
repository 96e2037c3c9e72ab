"""The writer's own judgement and explanation: loaded words outside quotation marks, and the
explainer's connectives.

Two readings of the writer's own sentences (the reporter's voice, see
:mod:`newsbrief.nlp.attribution`) that the genre line (:mod:`newsbrief.analyze.genre`) weighs:

- **Judgement without "I" or "should".** A column can argue in its adjectives and adverbs alone:
  "ruled for decades by ruthless autocrats", "his regime has needlessly tried to silence bloggers",
  "its not-so-democratic leader", "these dinosaur political figures" (reader Audit 8: such a column,
  with no "I" and no "should", read as a news report). A report leaves such words to its sources, in
  quotation marks; so only the words outside quotation marks, in sentences the attribution stage gives
  to the reporter, count. The list holds words of contempt and moral verdict that straight news
  narration does not use ("brutal", "corrupt", "controversial" are left out: reports use them of
  attacks, officials and laws); "not-so-X" is an ironic judgement whatever X is.
- **Explanation.** A science or money explainer tells how something works in the present tense with
  "for example", "that means", "in other words", "the chart above", and argues nothing (reader Audit 8:
  a magnitude-scale explainer read as an opinion piece because "in fact", "that means" and "likely to"
  counted as argument). Its general "you" is no sign by itself: reviews and fact-checks speak to their
  reader too.

Regular expressions over sentence text: the judgement is in the words themselves, and the genre rules
they feed are regular expressions too (no sentiment model: a general lexicon rates "killed" and
"disaster" as negative, which is every news report's vocabulary).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.analyze.doc_index import paragraph_opening
from newsbrief.memo import per_document_and_key, per_document_pair
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# Words of contempt or moral verdict on people and acts, and ironic "not-so-" compounds.
_LOADED = re.compile(
    r"\b(?:ruthless\w*|despotic|tyrannical|tyrants?|despots?|autocrats?|petty|venal|callous\w*|craven|feckless|"
    r"spineless|inept|shameless\w*|needless\w*|senseless\w*|mindless\w*|heartless\w*|pointless\w*|"
    r"dinosaurs?|fossili[sz]ed|ossified|sclerotic|moribund|grotesque\w*|obscene|odious|vile|despicable|"
    r"contemptible|woeful\w*|depressingly|grimly|dismally|brazen\w*|blatant\w*|shoddy|cronies|thugs|"
    r"henchmen|stooges?|long-overdue|ill-conceived|heavy-handed|high-handed|self-serving|power-hungry|"
    r"cling(?:s|ing)? to (?:power|office)|not-so-\w+|"
    # a columnist's contempt for spending and its spenders (reader Audit 17's magazine column: "splurged",
    # "flunkeys", "moaning", "spitting vitriol", "junkets", "living the high life")
    r"splurg\w+|flunkeys?|moaning|vitriol\w*|junkets?|(?:living|live|lives) the high life|gravy train|"
    r"fat cats?|snouts in the trough)\b", re.I)
# A span in quotation marks (straight or curly, double or single at word edges): someone else's words.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?:^|(?<=\s))[‘'][^‘’']*[’'](?=\s|$|[,.;:!?])")
# At least LOADED_MIN of the writer's sentences, and LOADED_SHARE of them, judge in loaded words.
# Set on reader Audit 8's column (5 of 11 of the writer's sentences) and checked on the main-point
# set: no news page there has more than one such sentence.
LOADED_MIN = 3
LOADED_SHARE = 0.2

# The explainer's connectives and pointers to a chart (not inside quotation marks).
_EXPLAINING = re.compile(
    r"\b(?:for example|for instance|that means|this means|which means|in other words|that is why|this is why|"
    r"which is why|the reason (?:is|why)|is measured|are measured|is known as|are known as|is called|are called|"
    r"refers? to|works? by|the (?:chart|graphic|figures?|map|table|diagram|graph)s? (?:above|below)|"
    r"a rule of thumb|on average)\b", re.I)
# An explainer: EXPLAIN_MIN of the writer's sentences at least, and EXPLAIN_SHARE of them, have a connective.
# Set on reader Audit 8's explainer (3 of 13); on the main-point set no news page has more than one, and no
# other page more than 3 of 152 (a long review); none of 100 CNN/DM reports (SummEval) reaches it.
EXPLAIN_MIN = 2
EXPLAIN_SHARE = 0.15
EXPLAIN_MIN_OWN = 5


# A writer's own sentence may set a phrase in scare quotes ("the beginnings of a "democracy Renaissance,"
# launched by ..."): quoted spans of at most SCARE_QUOTE_WORDS words, not at the sentence's start.
SCARE_QUOTE_WORDS = 4
# What an explanation concludes: "That means that a gap of two steps ... nearly 1,000 times stronger"
# is the point of an explainer; "For example" introduces a case of it.
_CONSEQUENCE = re.compile(r"\b(?:that means|this means|which means|in other words|that is why|this is why|which is why|"
                          r"the reason (?:is|why))\b", re.I)


def scare_quoted(sentence: Sentence) -> bool:
    """True when every span in quotation marks is a short phrase inside the writer's own sentence."""
    text = sentence.text.lstrip()
    spans = [m.group(0) for m in _QUOTED.finditer(text)]
    return bool(spans) and text[:1] not in "\"“‘'" and all(len(span.split()) <= SCARE_QUOTE_WORDS for span in spans)


def concludes_explanation(sentence: Sentence) -> bool:
    """True when the sentence draws an explainer's conclusion ("That means ...", "which is why ...")."""
    return bool(_CONSEQUENCE.search(unquoted(sentence.text)))


# A teaser announces a topic without telling anything: "The scale used to measure earthquakes is
# unusual." A short sentence whose main verb is "be" with an adjective and no number (reader Audit 8:
# an explainer's key point 1 was its teaser, not its point).
TEASER_MAX_WORDS = 10


def teaser(doc: Document, sentence: Sentence) -> bool:
    """True for a short "X is unusual" sentence (see TEASER_MAX_WORDS)."""
    tokens = doc.sentence_tokens(sentence)
    if len(sentence.text.split()) > TEASER_MAX_WORDS or any(t.like_num for t in tokens):
        return False
    root = next((t for t in tokens if t.head == t.i), None)
    return root is not None and root.lemma == "be" and any(t.head == root.i and t.dep == "acomp" for t in tokens) \
        and not any(t.head == root.i and t.dep in ("ccomp", "xcomp", "prep", "advcl") for t in tokens)


@lru_cache(maxsize=4096)  # the same sentence texts are read by each genre rule
def unquoted(text: str) -> str:
    """The text without its spans in quotation marks (the words of others)."""
    return _QUOTED.sub(" ", text)


@per_document_and_key  # asked for every sentence by each genre rule that reads the writer's own voice
def inside_quotation(doc: Document, sentence: Sentence) -> bool:
    """True when a quotation opened earlier in the sentence's paragraph is still open where it starts (the
    marks before it do not pair up): the middle of someone's quoted multi-sentence statement."""
    before = doc.article.text[paragraph_opening(doc, sentence).start : sentence.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or _closed_later(doc, sentence) \
        or _opened_before(doc, sentence)


# A quotation whose opening mark the data lost: "... his future. ' I will say this, though: ... a step down. '"
# (the lead's CNN/DM 71, a transfer report read as opinion from the coach's "I"). First-person words right after a
# speaker's closing mark that run on to a closing mark with no opening are the speaker's, carried on.
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|our)\b")
_CLOSES = re.compile(r"[’'”\"](?=\s|$)")
_OPENS = re.compile(r"(?:^|(?<=\s))[‘'“\"](?=\w)")
CARRY_REACH = 3  # sentences looked ahead for the lone closing mark


def _closed_later(doc: Document, sentence: Sentence) -> bool:
    """True for a first-person sentence after a closing mark whose words run on to a lone closing mark."""
    i = sentence.index
    if i == 0 or not _FIRST_PERSON_WORD.search(sentence.text) or _OPENS.search(sentence.text):
        return False
    if not _CLOSES.search(doc.sentences[i - 1].text.rstrip()[-2:]):
        return False  # the sentence before must end a quotation
    for later in doc.sentences[i : i + CARRY_REACH]:
        if later.paragraph != sentence.paragraph or _OPENS.search(later.text):
            return False
        if _CLOSES.search(later.text):
            return True
    return False


# An opening mark the tokenizer cut off its words: "... she didn't know it was wrong. ' I didn't understand why ..."
# (the lead's CNN/DM row 95, a court report read as opinion from a victim's quoted "I"s). The split leaves the mark
# at the end of the sentence before, after a space, so the quotation has no mark of its own.
_DETACHED_OPEN = re.compile(r"[.!?]\s+[‘'“\"]\s*$")
_ANY_MARK = re.compile(r"[‘’'“”\"](?=\s|$)|(?:^|(?<=\s))[‘’'“”\"]")
OPENED_REACH = 4  # sentences a quotation cut off its opening mark is carried on


def _opened_before(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence in a quotation whose opening mark ends the sentence before its first one, when that first
    sentence speaks in the first person (a closing mark after a space, "... the first time. ' Van Ryn sat ...", is
    followed by the reporter's third person), and no mark comes between."""
    i = sentence.index
    for j in range(i - 1, max(-1, i - 1 - OPENED_REACH), -1):
        before = doc.sentences[j]
        if before.paragraph != sentence.paragraph:
            return False
        if _DETACHED_OPEN.search(before.text):
            return bool(_FIRST_PERSON_WORD.search(doc.sentences[j + 1].text))
        if _ANY_MARK.search(before.text):
            return False
    return False


@per_document_pair  # read by a dozen genre rules per brief (2 % of a brief's time in a session 35 profile)
def writer_sentences(doc: Document, ctx: Context) -> tuple[Sentence, ...]:
    """Every sentence in the reporter's voice, paragraphs with quotations included, but none inside a quotation.

    The middle sentences of a quoted multi-sentence post carry no quotation marks of their own, and when the
    attribution stage misses the speaker ("..., Stelling shares.") they read as the reporter's: a comedian's
    first-person post made a news report an opinion piece (the lead's Newsroom reading, session 13).
    """
    return tuple(s for s in doc.sentences if ctx.voice_of(s.index).voice == "reporter" and not inside_quotation(doc, s))


def judges(sentence: Sentence) -> bool:
    """True when the sentence judges in loaded words of its own (outside quotation marks)."""
    return _loaded(sentence.text)


@lru_cache(maxsize=4096)  # asked of the same sentences by the loaded-words, explainer and main-point rules
def _loaded(text: str) -> bool:
    return bool(_LOADED.search(unquoted(text)))


def judges_in_loaded_words(doc: Document, ctx: Context) -> bool:
    """True when the writer judges in loaded words often enough to make the piece opinion (see LOADED_MIN)."""
    writers = writer_sentences(doc, ctx)
    loaded = sum(1 for s in writers if judges(s))
    return loaded >= max(LOADED_MIN, LOADED_SHARE * len(writers))


def is_explainer(doc: Document, ctx: Context, own: list[Sentence]) -> bool:
    """True when the writer's own sentences explain how something works (see EXPLAIN_SHARE) and none judges."""
    if len(own) < EXPLAIN_MIN_OWN or any(judges(s) for s in writer_sentences(doc, ctx)):
        return False
    # A general "you" is no sign by itself: a fact-check ("You don't have to worry") and a product review
    # ("you get two ports") speak to their reader too (a review of the main-point set read as an explainer)
    connectives = sum(1 for s in own if _EXPLAINING.search(unquoted(s.text)))
    return connectives >= max(EXPLAIN_MIN, EXPLAIN_SHARE * len(own))


# A first-person essay asks itself questions ("Why is the fire so enormous?", "Who will ever know?") that
# are no question-and-answer turns (reader Audit 13 read such an essay as Q&A): at ESSAY_SHARE of the
# writer's own sentences or more in the first person singular, its question paragraphs are rhetorical.
# The third-person explainers of the main-point set and the tests have none; the audited essay had 18%.
_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
ESSAY_SHARE = 0.15
ESSAY_MIN = 3


def first_person_essay(doc: Document, ctx: Context) -> bool:
    """True when the writer speaks in the first person singular in ESSAY_SHARE of their own sentences."""
    writers = writer_sentences(doc, ctx)
    mine = sum(1 for s in writers if _I.search(unquoted(s.text)))
    return mine >= max(ESSAY_MIN, ESSAY_SHARE * len(writers))


__all__ = ["concludes_explanation", "first_person_essay", "inside_quotation", "is_explainer", "judges",
           "judges_in_loaded_words", "scare_quoted", "teaser", "unquoted", "writer_sentences"]


# A round-up of others' reactions (a viral story told in users' tweets) names them as it goes: "one user wrote",
# "another said", "wrote a third", "took to Twitter", "people had a lot to say" (reader Audit 30's viral story).
_REACTION_CUE = re.compile(
    r"\b(?:one|another|a (?:second|third|fourth)|other|some|many) (?:twitter |facebook |social media |online )?"
    r"(?:users?|commenters?|tweeters?|posters?|viewers?|fans?)\b|"
    r"\b(?:another|a (?:second|third|fourth)) (?:wrote|said|tweeted|added|joked|quipped|posted|commented)\b|"
    r"\b(?:wrote|said|tweeted|added|joked|quipped|posted|commented) (?:another|a (?:second|third|fourth))\b|"
    r"\btook to (?:twitter|social media|facebook|instagram|reddit)\b|"
    r"\b(?:people|users|fans|the internet|social media) (?:had (?:a lot|plenty|lots|much) to say|reacted|responded|"
    r"weighed in)\b|"
    # a round-up whose embedded tweets ingest cut keeps only its frames between them (Audit 30 B2369): "Reaction has
    # been mixed", "Some were filled with praise.", "Others horrified.", "While others thought ..."
    r"\breactions? (?:has |have )?(?:been|was|were|is|are) (?:\w+ )?(?:mixed|divided|split)\b|"
    r"^(?:while |but |and )?(?:some|others) (?:were|thought|felt|saw|called|found|(?!need)\w+ed)\b", re.I)
# Two cues make a round-up: the audited story had "one user wrote" and "another said"; a report quoting one
# passer-by's post has one.
MIN_REACTION_CUES = 2
# The writer of a round-up may crack a joke or two ("Although this is probably pushing it a bit far ..."); a
# column that rounds up reactions to argue with them judges in more of its own sentences.
MAX_JOKES = 2
# A bare post left after ingest cut its handle is a short paragraph of its own: one or two sentences.
_POST_SENTENCES = 2


def _bare_post(doc: Document, sentence: Sentence) -> bool:
    """True for a short paragraph in the first person singular: a user's post whose handle was cut."""
    paragraph = [s for s in doc.sentences if s.paragraph == sentence.paragraph]
    return len(paragraph) <= _POST_SENTENCES and bool(_I.search(sentence.text))


def rounds_up_reactions(doc: Document, stance: list[Sentence]) -> bool:
    """True for a round-up of others' reactions whose own stance (the writer's sentences ``stance`` that judge,
    bare posts left out) is a joke or two: a news report, not an opinion piece."""
    if sum(1 for s in doc.sentences if _REACTION_CUE.search(s.text)) < MIN_REACTION_CUES:
        return False
    return sum(1 for s in stance if not _bare_post(doc, s)) <= MAX_JOKES
