"""Press reviews, snark, idle closing questions and an analysis's hedged thesis (session 19, reader Audit 31).

Four signals the genre line missed in Audit 31, read here so :mod:`newsbrief.analyze.genre` stays under 500 lines:

- **A press review** (a round-up of comments): paragraphs that each credit a columnist or an editorial in a named
  paper and then give the quotation ("Omar Said in Cairo's Al-Nahar "..."", "Marc Olivier writes in Le Courrier:
  "...""), or fewer of them beside the writer's sentences whose subjects are the papers ("Sudanese papers see ...").
  A report citing papers as sources ("Corriere della Sera reported on Sunday that ...") credits nobody before a
  quotation and stays news.
- **A news digest** (session h35, T17 LibyaWar_cnn 276, a daily world brief read as a news report): items under
  rubrics that name a region, a country or a topic ("EUROPE: ...", "Peru: ..."), each crediting the outlet it was
  taken from in parentheses ("... the regime (NYT) ..."). A report credits one agency, or none, and opens its
  paragraphs on sentences, not rubrics; a transcript's "NAME:" turns credit nobody in parentheses.
- **Snark**: the writer's interjections and mock asides ("Haha, no, kidding.", "Hmm.", "Like a virus!", "Can you
  imagine?", "What could possibly go wrong?"). One joke in a report is not a column (a "Yikes." after a farmer's
  remark); MIN_SNARK of them are.
- **Idle questions**: a jokey story's closing "Can you blame them?" or "All of which raises the question: ...?" argues
  nothing. When the writer's only stance is one or two such questions and nothing invites the reader to answer
  ("What do you think?", "Tell us in the comments"), the piece is not an opinion piece.
- **An analysis's hedged thesis**: "at some point ... will have to", "Who knows", "Hence", "seemingly", "one has to
  separate", inferred outcomes in the future perfect ("will almost certainly have been lost", "will have suffered"),
  "Nonetheless", "No one knows yet", "Paradoxically", "a wild card" (:data:`HEDGES`, counted with
  genre_argues.INTERPRETIVE).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbrief.analyze.genre_others import others_words
from newsbrief.analyze.genre_verdicts import excerpts_opeds
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# A columnist's or an editorial's credit opening a paragraph right before the quotation: a name of one to four
# capitalised words (or "An editorial"), an optional "writes"/"says", "in", the paper with its city or leaning
# ("London's Saudi-owned Al-Hayat", "Le Courrier du Nord"), an optional "says"/"writes" and colon, then the quote mark.
# The space runs are possessive: two open runs side by side split a long run of spaces every way (session 19 review:
# 31 s at 50,000 spaces after "Jane in Ledger").
_CREDIT = re.compile(
    r"^(?:An? (?:editorial|commentary|leader|column|columnist)\s|(?:[A-Z][\w'’.-]*\s){1,4}(?:writes|says|argues)?\s*+)"
    r"in\s(?:[\w'’.-]+\s){0,7}?[A-Z][\w'’.-]*+\s*+(?:(?:says|writes|argues|comments|adds)\s*+)?[:,]?\s*+[\"“]")
MIN_CREDITS = 3
# The papers as the writer's subjects: "Syrian and Iranian papers denounce ...", "Chinese papers back ...".
_PAPERS_SAY = re.compile(
    r"\b(?:papers|newspapers|dailies|press|commentators|columnists|editorials|pundits)\s+(?:\w+\s+)?(?:denounce|"
    r"condemn|back|see|welcome|support|criticise|criticize|praise|argue|warn|accuse|hail|blame|urge|mock|applaud|"
    r"dismiss|question|take)\b", re.I)
MIN_PAPERS_SAY = 2  # with at least MIN_CREDITS - 1 credits: the review's framing of the views it quotes

# A digest item's rubric opening its paragraph (one to four capitalised words and a colon: "SOUTH AND CENTRAL ASIA:",
# "Kenya:") and an outlet's credit in parentheses (one or two words with a capital: "(NYT)", "(al-Jazeera)",
# "(Daily Post)"; "(sic)" credits nobody). The rubrics are possessive runs, linear on long capitalised lines.
_RUBRIC = re.compile(r"^([A-Z][\w'’.&-]*+(?: [A-Z][\w'’.&-]*+){0,3}) ?:\s")
_PAREN_CREDIT = re.compile(r"\(((?=[^)]*[A-Z])[A-Za-z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)\)")
# Tuned on T17 LibyaWar_cnn 276 (11 credited items under 11 rubrics); no other T17 article has two such items.
MIN_DIGEST_ITEMS = 3

# The writer's snark: interjections standing as sentences, mock asides and sarcastic set phrases. Quoted words are
# removed first (a source's "Haha" is the source's). "Good news" and "of course" alone are left out: consumer news
# uses them plainly (genre_shapes).
_SNARK = re.compile(
    r"^\(?(?:hmm+|ha(?:ha)+|ha(?:,? ha)+|heh|ugh|yikes|whoops|oops|oh dear|oh,? (?:sure|great|please)|sigh|meh)\b"
    r"[^\w]*(?:$|no,? kidding)|\b(?:just|no,?) kidding\b|\bcan you imagine\b|\bwhat could (?:possibly )?go wrong\b|"
    r"\bdecided (?:that )?it was a (?:good|great|smart|brilliant) idea\b|^(?:of course|obviously) not[.!]?$|"
    r"\bwho could have (?:guessed|seen that coming)\b|\byou don't say\b|"
    # the writer swearing in the writer's own words ("Who the hell is he?"), and a bracketed retort to a claim
    # ("(He's not, but more on that in a bit.)", "(Spoiler: it wasn't.)"): a sports blog's takedown (Audit 30 B431)
    r"\bthe (?:hell|heck)\b|\b(?:horse|bull)?shit\w*|\bfuck\w*|\bdamn(?:ed)?\b|"
    r"^\((?:he|she|it|they|that)(?:'s|’s|'re|’re| is| are| was| were| did| does)?(?:n't|n’t| not)[.,!]|"
    r"^\((?:spoiler|narrator|hint)\s*:|"
    # the writer's verbless "What an oversight." and "But that's not all.", and a source who "rightly points out":
    # a column's own verdicts on the story (Audit 32 B1261)
    r"^what an? (?:\w+ )?\w+[.!]$|^(?:but|and) (?:that's|that’s|that is) not all\b|"
    # the writer's sneers at the people and sites a rant debunks ("Another day, another dumb fake news site", "any
    # joker with a laptop", "peddlers of these pranks", "chicanery"): Audit 34 #12 read as news. A report's plain
    # uses stay out: "deaf and dumb", "a dumb phone", "drug peddlers", "ill-gotten gains", "egregious violations";
    # a report gives its sneers to its sources, whose quoted words are removed.
    r"^another (?:day|week|month|year),? another\b|\b(?<!deaf and )dumb(?!\w| (?:luck|phones?|terminals?|pipes?))|"
    r"\bstupid(?:ity)?\b|\bidiot(?:s|ic)?\b|\bmoron(?:s|ic)?\b|\bany (?:joker|clown|fool|idiot|hack)\b|"
    r"\bpeddl(?:ers?|ing|es) of (?:these|this|such|fake|lies|nonsense|rubbish|hoax)|\bchicanery\b|"
    r"\bmost egregious (?:peddlers?|purveyors?)|\bdrivel\b|\bclaptrap\b|\btwaddle\b|"
    r"\b(?:a|the) total (?:fake|hoax|fabrication|lie)\b|"
    # a blog's mock sympathy ("Sounds like a pain, but ..."), its bracketed jeer at a camp ("(#Gategate truthers,
    # perhaps?)") and its "we can't help but think of ...": a snarky item weighing a fuss (Audit 38 #8, read as news)
    r"^sounds (?:like (?:a|an) )?\w+(?: \w+)?,? but\b|^\((?:#?[\w-]+(?: [\w-]+){0,3}),? (?:perhaps|anyone|maybe)\?\)$|"
    r"\b(?:we|I) can(?:'t|’t|not) help but (?:think|wonder|notice|feel)\b", re.I)
# "Collins rightly points out that ...": the sentence reports its source, but the adverb is the writer's verdict on
# the source, so it counts whatever voice the sentence carries.
_ENDORSES = re.compile(r"\b(?:rightly|correctly|wisely|aptly) (?:points?|pointed) out\b", re.I)
# "Like a virus!": a verbless exclamation of the writer's, at most this many words.
SNARK_EXCLAMATION_WORDS = 4
MIN_SNARK = 3  # the three snark pieces of tests/analyze/test_genre_session19.py have 3-5; a report with a joke has 1
_QUOTE_MARK = re.compile(r"[\"“”]")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_VERBS = frozenset({"VERB", "AUX"})

# The writer asking the reader to answer: then the closing question is a column's (session 18e's cases).
_INVITES = re.compile(r"\bwhat do you think\b|\btell us\b|\blet us know\b|\bin the comments\b|\byour (?:views|"
                      r"thoughts)\b|\bjoin the (?:discussion|debate|conversation)\b|\bhave your say\b|"
                      r"\bmy question to you\b|\bwrite to us\b|\bemail us\b", re.I)
MAX_IDLE_QUESTIONS = 2
# ... standing in the closing paragraphs: an essay's question in mid-argument ("Could an all-powerful God not have
# made a world without floods?", session 15c) is its argument
CLOSING_PARAGRAPHS = 2
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")

# An analysis's hedged thesis and inferences, beyond genre_argues.INTERPRETIVE (see the module docstring).
HEDGES = re.compile(
    r"\b(?:seemingly|one has to|at (?:a certain|some) point|who knows|hence|nonetheless|almost certainly|"
    r"all but certain|no one knows|nobody knows|paradoxically|(?:a|one|the) wild card|one thing is clear|"
    r"may (?:well )?want to|will (?:almost certainly |surely |probably |likely )?have been|"
    r"will (?:almost certainly |surely |probably |likely )?have (?!to\b)\w+(?:ed|en|lt|wn))\b", re.I)

# A fact-check's paragraphs open on its verdicts, in capitals ("FACT: ...", "FALSE: ...", "MYTH: ...", a blog's
# "FACT or SHITE" game; Audit 29 B1222 read as news): MIN_VERDICT_LABELS paragraphs so labelled, with two different
# labels (claims weighed against facts; a report's one "Fact:" aside or its "UPDATE:"/"CORRECTION:" notes are no such
# labels). Checked on session 19b's cases and the 120 Newsroom/XSum rows (none has such labels).
_VERDICT_LABEL = re.compile(r"^(FACT|FALSE|TRUE|MYTH|FICTION|MISLEADING|UNPROVEN|NOT TRUE|HALF[- ]TRUE|"
                            r"MOSTLY (?:TRUE|FALSE)|PARTLY (?:TRUE|FALSE)|FAKE|HOAX|SHITE|BS)\s*:(?:\s|$)")
MIN_VERDICT_LABELS = 3

# The columnist's closing poll of the readers ("Here's my question to you: ... Is that a good idea?"; Audit 29 A2, a
# reported column read as a feature): the writer's own, unquoted, in the closing paragraphs (the question itself
# may be cut at extraction as a trailing line, as Audit 29 A2's was, so it is not required). A site's "What do you
# think? Let us know in the comments" under a report is no such poll, nor a speaker's quoted "My question to you".
def unprompted(own: list[Sentence], judged: list[Sentence], doc: Document | None = None) -> list[Sentence]:
    """The writer's judged sentences without the outlet's comment prompt ("What do you think of the deal? Let us know in
    the comments.") when the writer never says "I": under a report the prompt takes no stance (reader Audit 46 #12, a
    rumour report read as opinion); a columnist who speaks as "I" invites answers to a column (session 18e).
    With ``doc``, a report's lone closing aside is dropped too (see :func:`_kicker`)."""
    if any(_FIRST_PERSON.search(s.text) for s in own):
        return judged
    left = [s for s in judged if not _INVITES.search(s.text)]
    return [] if doc is not None and len(left) == 1 and _kicker(doc, left[0], own) else left


_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "the US"


def _kicker(doc: Document, aside: Sentence, own: list[Sentence]) -> bool:
    """True when the writer's one judged sentence (``aside``) is a report's closing remark ("These are odd times we
    live in, no doubt."): it stands in the closing paragraph and asks nothing. Such a piece reports its news and
    remarks on it once at the end (FNC-1 1513, a rumour report read as an opinion piece at one judged sentence in five
    of its own); a column judges in its body, or more than once. A writer who speaks as "we" before the close ("shows
    how well our health service has prepared") argues the piece: that close is its conclusion, no aside (the reader
    sections' argument piece, read as news by the first form of this rule)."""
    if any(_WE.search(s.text) for s in own if s.paragraph != aside.paragraph):
        return False
    return aside.paragraph == doc.sentences[-1].paragraph and not aside.text.rstrip().endswith("?")


_POLLS = re.compile(r"\b(?:here(?:'s|’s| is) (?:my|the|today's|this week's) question (?:to|for) (?:you|readers)|"
                    r"my question (?:to|for) you)\b", re.I)


def _credits(doc: Document) -> int:
    """How many paragraphs open with a columnist's credit before a quotation."""
    first: dict[int, Sentence] = {}
    for sentence in doc.sentences:
        first.setdefault(sentence.paragraph, sentence)
    return sum(1 for s in first.values() if _CREDIT.match(s.text.lstrip()))


def digest(doc: Document) -> bool:
    """True for a news digest: MIN_DIGEST_ITEMS paragraphs, under as many rubrics, each crediting an outlet in
    parentheses, the outlets as many (see the module docstring)."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    rubrics, outlets = set(), set()
    for texts in paragraphs.values():
        text = " ".join(texts).lstrip()
        rubric, credit = _RUBRIC.match(text), _PAREN_CREDIT.search(text)
        if rubric and credit:
            rubrics.add(rubric.group(1))
            outlets.add(credit.group(1))
    return min(len(rubrics), len(outlets)) >= MIN_DIGEST_ITEMS


def press_review(doc: Document) -> bool:
    """True for a round-up of papers' comments, or a digest of news items credited to outlets (see the module
    docstring)."""
    if digest(doc):
        return True
    credits = _credits(doc)
    if credits >= MIN_CREDITS or excerpts_opeds(doc):  # announced excerpts of writers' op-eds (session 22)
        return True
    return credits >= MIN_CREDITS - 1 and sum(1 for s in doc.sentences if _PAPERS_SAY.search(s.text)) \
        >= MIN_PAPERS_SAY


def _exclaims(doc: Document, sentence: Sentence) -> bool:
    """True for a short verbless exclamation of the writer's ("Like a virus!")."""
    text = sentence.text.strip()
    if not text.endswith("!") or len(text.split()) > SNARK_EXCLAMATION_WORDS:
        return False
    return not any(t.pos in _VERBS for t in doc.sentence_tokens(sentence))


@lru_cache(maxsize=4096)  # asked of the same sentences by snark_count, raises_voice and the round-up rules
def _jeering(sentence_text: str) -> bool:
    """True when the text, its quoted words removed, snarks or endorses (see _SNARK)."""
    text = _QUOTED.sub(" ", sentence_text).strip()
    return bool(_SNARK.search(text) or _ENDORSES.search(text))


def jeers(sentence: Sentence) -> bool:
    """True when the sentence, its quoted words removed, snarks or endorses as a columnist does (see _SNARK)."""
    return _jeering(sentence.text)


def snark_count(doc: Document, ctx: Context) -> int:
    """How many of the writer's sentences (the reporter's voice, quoted words and others' words removed) snark: the
    "Haha." and "Hurts!" of embedded posts are the posters' (genre_others, Audit 48 #11)."""
    count = 0
    others = others_words(doc)
    for sentence in doc.sentences:
        if sentence.index in others:
            continue
        if ctx.voice_of(sentence.index).voice != "reporter":
            count += bool(_ENDORSES.search(_QUOTED.sub(" ", sentence.text).strip()))
            continue
        count += _jeering(sentence.text) or _exclaims(doc, sentence)
    return count


def snarky(doc: Document, ctx: Context) -> bool:
    """True when the writer snarks in at least MIN_SNARK sentences: a column, whatever else it reports."""
    return snark_count(doc, ctx) >= MIN_SNARK


def asks_idly(doc: Document, ctx: Context, judged: list[Sentence]) -> bool:
    """True when the writer's only stance (``judged``: the writer's sentences that judge) is one or two questions in
    the closing paragraphs, with no "I" of the writer's, no snark and no invitation to answer: a jokey story, not an
    opinion piece (a snark column's "Can you imagine?" is one of its jeers)."""
    if not judged or len(judged) > MAX_IDLE_QUESTIONS or snarky(doc, ctx):
        return False
    closing = doc.sentences[-1].paragraph - CLOSING_PARAGRAPHS
    if not all(s.text.rstrip("\"”’' )").endswith("?") and s.paragraph > closing for s in judged):
        return False
    # the writer's "I" anywhere, quoted paragraphs included ("I will believe it when I see it"): a column's
    if any(_FIRST_PERSON.search(_QUOTED.sub(" ", s.text)) for s in doc.sentences
           if ctx.voice_of(s.index).voice == "reporter"):
        return False
    return not any(_INVITES.search(s.text) for s in doc.sentences)


def verdict_labels(doc: Document) -> bool:
    """True when MIN_VERDICT_LABELS paragraphs open on a capitalised verdict label, two labels at least: a
    fact-check (see _VERDICT_LABEL)."""
    first: dict[int, Sentence] = {}
    for sentence in doc.sentences:
        first.setdefault(sentence.paragraph, sentence)
    labels = [m.group(1) for s in first.values() if (m := _VERDICT_LABEL.match(s.text.lstrip()))]
    return len(labels) >= MIN_VERDICT_LABELS and len(set(labels)) >= 2


def polls_readers(doc: Document, ctx: Context) -> bool:
    """True when the writer closes by putting a question to the readers (see _POLLS): a column's."""
    if not doc.sentences:
        return False
    closing = doc.sentences[-1].paragraph - CLOSING_PARAGRAPHS
    return any(s.paragraph > closing and ctx.voice_of(s.index).voice == "reporter" and not _QUOTE_MARK.search(s.text)
               and _POLLS.search(s.text) for s in doc.sentences)
