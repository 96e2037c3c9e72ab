"""The writer's "we" and the writer's interpreting voice (session 18 round 4, Audit 30, docs/audit.md section 31.2).

Audit 30 found every analysis, comment and feature of its set called a news report. Three shapes, in general:

- **A witness "we".** A feature's team narrates its own trip in the past early on ("We reached the edge of the
  spill after a long hike", "We waded into the water and began swimming", "The farther we travelled, ..."). It is
  the same witness as a singular "I" (genre.FEATURE_OPENING), so :func:`witness_we` counts it. A newsroom "we" is
  not a witness: "as we reported", "we asked the ministry", "told us", "CNN has learned" (_NEWSROOM_VERBS).
- **The public's "we".** A comment piece speaks for "us" ("we can still sue", "we still depend on", "as much as we
  like to think of ourselves") and talks to the reader in asides ("after all", "with luck", "mind you",
  "maybe"); :func:`speaks_for_us` makes such a sentence the writer's stance. A quoted "we" is the speaker's, and
  genre._reporter_sentences never gives a quoting paragraph to the writer.
- **A correspondent's interpretation.** "The pragmatic view is that ...", "In the real world there are no tidy
  distinctions", "So what is to be done?", "At a more fundamental level", "undeniably", "I spoke to the veteran
  diplomat X" (:data:`READS`), widening genre_argues.INTERPRETIVE; and a correspondent's or editor's byline
  ("Diplomatic Correspondent", "Economics Editor") lowers the share of such sentences an analysis needs
  (:func:`correspondent`, CORRESPONDENT_SHARE).
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence, Token

# The writer's team moving, waiting and sensing on its trip (as dispatch._CREW_VERBS, with the swim, the wade and
# the smell of a reporter's journey). Not the newsroom's verbs ("we reported", "we asked the ministry") and not a
# reviewer's ("we tested", "we used it for a week": the reader audit's laptop review read as a feature with them).
_WE = frozenset({"we", "We"})
_TRIP_VERBS = frozenset("reach hike wade swim walk drive travel arrive climb enter wait fly cross return head leave "
                        "land sail board paddle trek crawl camp sleep wake march ride row push pass smell hear "
                        "stumble scramble descend".split())
_JOINED = frozenset({"conj", "xcomp"})
_PAST_TAGS = frozenset({"VBD"})
MIN_WITNESS_WE = 2  # two of the team's acts early on: one "we arrived" can open a newsroom's account of a visit
_QUOTE_MARK = re.compile(r"[\"“”]")

# The public's "we": what "we" can, need, depend on or like to think, in the present ("we can still sue the
# bastards", "we still depend on clean water", "we still have larger problems"); genre_argues._WRITERS_WE holds
# the future and modal "we" (will, would, must). A review's "we tested" and a newsroom's "we asked" are past.
_PUBLIC_WE = re.compile(
    r"\b(?:[Ww]e|[Ww]e're|[Ww]e've) (?:all |still |also |really |simply |just )?(?:can|can't|need|needs|depend|"
    r"rely|like to think|have to|have got to|ought|are all|all know|know (?:that|full well)|forget|tend to|"
    r"still have|live in|owe)\b|\bas much as we\b|\b(?:all|each) of us\b|\bthe rest of us\b")
# The writer's aside to the reader: a comment, not a report ("This is America, after all", "With luck, ...").
# "after all" before a determiner and its noun is a preposition and its object, no aside ("After all that buildup,
# he ...", "after all the votes were counted": reader Audit 42 #4, a reported reconstruction read as opinion).
_ASIDE = re.compile(r"\b(?:after all(?! (?:that|the|those|these|this|his|her|their|its|of)\b)|"
                    r"with (?:any )?luck|let's face it|mind you|to be fair|"
                    r"needless to say)\b|^(?:(?:But|And|So),? )?(?:Maybe|Perhaps),? ",
                    re.I)

# The writer's interpretation, beyond genre_argues.INTERPRETIVE: a named view weighed ("The pragmatic view is that"),
# the writer's reading of reality ("in reality", "in the real world", "undeniably", "at a more fundamental level"),
# a question of policy the writer poses ("So what is to be done?"), what "matters more", "still a very unequal
# struggle", and the correspondent's own interview ("I spoke to the veteran diplomat ...").
READS = re.compile(
    r"\b(?:the (?:\w+ )?view is that|in reality|in the real world|undeniabl[ey]|at a (?:more )?(?:fundamental|deeper|"
    r"basic) level|what (?:is|was) to be done|what (?:can|should) (?:be|they|we) (?:do|done)|matters? (?:more|less|"
    r"most)|in terms of|(?:is|are|was|remains?) (?:still )?(?:a |an )?(?:very |deeply |highly )(?:unequal|uneven|"
    r"different|complex|dangerous|fragile)\b|\bproblematic|no (?:tidy|easy|simple|clear) (?:distinctions?|answers?|"
    r"solutions?|options?)|I (?:spoke|talked) (?:to|with)|it is hard to see)\b")

# A correspondent's or editor's byline: the BBC's and the wires' specialists write analysis under their beat ("Middle
# East bureau editor" too: Audit 37 #2, read as a feature).
_CORRESPONDENT = re.compile(
    r"\b(?:diplomatic|defen[cs]e|political|politics|economics?|economy|security|foreign|world affairs|international|"
    r"chief|senior|home affairs|legal|business|middle east|europe|africa|asia|north america|china|russia|"
    r"washington|moscow)\s+(?:bureau\s+)?(?:correspondent|editor|analyst)\b", re.I)
# A byline whose title the extraction cut after its first word ("Bridget Kendall Diplomatic" of "... Diplomatic
# correspondent, BBC News"; Audit 31): the beat word ends the author line.
_CUT_TITLE = re.compile(r"\s(?:diplomatic|defen[cs]e|political|politics|economics|security|foreign|legal|"
                        r"business|energy|environment|environmental|science|health|technology|media|transport)$",
                        re.I)
BYLINE_SPAN = 400  # a byline printed in the text sits before the body's first paragraphs
# With a correspondent's byline, a fifth of the writer's sentences interpreting makes an analysis, against
# genre_argues.ANALYSIS_SHARE's quarter; checked on the session's correspondent case and the 120 Newsroom/XSum rows.
CORRESPONDENT_SHARE = 0.2
CORRESPONDENT_MIN_OWN = 6


def _trip(token: Token) -> bool:
    """True when the token is one of _TRIP_VERBS; the tagger's lemma of a rarer past form can miss ("waded" as
    "wad"), so the form less its "-d"/"-ed" counts too."""
    form = token.text.lower()
    return token.lemma.lower() in _TRIP_VERBS or form[:-1] in _TRIP_VERBS or form[:-2] in _TRIP_VERBS


def _team_acts(doc: Document, sentence: Sentence) -> bool:
    """True when "we" is the subject of a past verb of the team's trip, or of one joined to such a verb."""
    tokens = list(doc.sentence_tokens(sentence))
    by_index = {t.i: t for t in tokens}
    for token in tokens:
        head = by_index.get(token.head)
        if token.text not in _WE or token.dep != "nsubj" or head is None:
            continue
        past = head.tag in _PAST_TAGS or any(t.tag in _PAST_TAGS and t.head == head.i and t.dep == "aux"
                                             for t in tokens)
        joined = {t.i for t in tokens if t.dep in _JOINED and t.head == head.i}
        joined |= {t.i for t in tokens if t.dep in _JOINED and t.head in joined}  # "and began swimming"
        if past and any(_trip(by_index[i]) for i in joined | {head.i}):
            return True  # "We waded into the water and began swimming"
    return False


def witness_we(doc: Document, own: list[Sentence], opening: float) -> bool:
    """True when the writer's team narrates its own acts in the past in the opening ``opening`` share of the
    sentences, in at least MIN_WITNESS_WE of the writer's sentences without quotation marks."""
    limit = opening * len(doc.sentences)
    return sum(1 for s in own if s.index < limit and not _QUOTE_MARK.search(s.text)
               and _team_acts(doc, s)) >= MIN_WITNESS_WE


def speaks_for_us(text: str) -> bool:
    """True when the writer speaks for the public's "we" or talks to the reader in an aside (see _PUBLIC_WE,
    _ASIDE)."""
    return bool(_PUBLIC_WE.search(text) or _ASIDE.search(text))


def correspondent(doc: Document) -> bool:
    """True when the byline, given or printed at the top, is a correspondent's or a specialist editor's."""
    author = (doc.article.source.author or "").strip()
    return bool(_CORRESPONDENT.search(author) or _CUT_TITLE.search(author)
                or _CORRESPONDENT.search(doc.article.text[:BYLINE_SPAN]))


def reads_closely(doc: Document, own: list[Sentence], interpreting: int) -> bool:
    """True when a correspondent's own sentences interpret in CORRESPONDENT_SHARE of them (``interpreting``: how
    many do, genre_argues.interprets's count)."""
    return len(own) >= CORRESPONDENT_MIN_OWN and correspondent(doc) \
        and interpreting / len(own) >= CORRESPONDENT_SHARE


# The writer's own advocacy: an opinion ("I think", "we must", "in my view") or a call ("should", "must", "ought to").
# A correspondent's "I asked one minister" reports; "diplomats have to deal with ..." describes a constraint.
_ADVOCACY = re.compile(r"\b(?:I|we)\s+(?:\w+\s+)?(?:think|believe|argue|contend|insist|urge|suspect|feel)\b|"
                       r"\bin\s+my\s+(?:view|opinion|book)\b|\b(?:should|must|ought\s+to)\b", re.I)


def correspondent_analysis(doc: Document, own: list[Sentence]) -> bool:
    """True when a correspondent's or specialist editor's byline heads a piece whose own sentences judge but never
    advocate: an analysis, not an opinion piece (Audit 44 #4, a defence correspondent's reading of a diplomatic
    meeting: "events on the ground will decide" judges; no "I think", no "should")."""
    return correspondent(doc) and not any(_ADVOCACY.search(s.text) for s in own)
