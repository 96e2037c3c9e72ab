"""Three shapes of voice piece told apart by their structure (session 17; reader Audits 25-26, docs/audit.md
sections 26-27).

- **A tribute** tells a life that has just ended: a death in the opening paragraph ("was killed on Saturday",
  "died"), the life told in the past tense ("grew up", "studied", "married") and praise ("He was brave, funny and
  generous", "will be sorely missed"). Audit 26 saw a newsroom's tribute to its source labelled "News report": a
  reader calls it a feature. A report of a death tells the circumstances and the reactions; it has no praise in the
  writer's own voice (praise in quotation marks is the mourners').
- **An introduced excerpt.** A post built on another author's words ("From an excerpt of X's new book ... that
  appeared on Y:") quotes that author's first person in the paragraphs after the colon. Those "I" lines are not the
  writer's voice (Audit 26's book-excerpt post was labelled opinion and led by a speakerless "I" line): the genre
  is the post's, and the post's own sentence leads.
- **Readers' accounts.** A page of first-person accounts, each signed with the reader's name above or below it,
  opens on the outlet's framing ("Readers caught up in the floods have sent us their accounts. Here is a
  selection."): that framing is the point; an account's "I ran down the stairs" has no speaker in a key point
  (Audit 26's readers' page).
- **A hook and its nut graf.** A feature or analysis that opens on a scene, an anecdote or a question states what
  the piece is about a few paragraphs down, in a sentence that ties the hook to the wider story ("That's because
  ...", "It is part of a wider ...", "Now, ..."): the nut graf is the point, not the hook (the lead's Newsroom
  reading, session 16).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import NEWS_TIME, profile
from newsbrief.analyze.genre_legacy import appreciates
from newsbrief.analyze.genre_readers import readers_framing
from newsbrief.memo import per_document
from newsbrief.models import Document, Sentence
from newsbrief.nlp.voices import present_perfect

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_DEATH = re.compile(r"\b(?:was|were|has been|have been) (?:killed|shot dead|murdered)\b|\b(?:died|was found dead)\b")
_LIFE_EVENT = re.compile(r"\b(?:was born|grew up|studied|graduated|married|went to school|trained as|worked (?:for|at|"
                         r"as)|moved to)\b")
# Praise in the writer's voice: "He was brave, funny and generous", "will be sorely missed", "remembered as".
_PRAISE = re.compile(r"\b(?:[Hh]e|[Ss]he) was (?:\w+, )+(?:\w+ )?and (?:\w+ )?\w+\b|"
                     r"\bwill be (?:sorely |greatly |deeply |much |sadly )?missed\b|\bremembered (?:as|for)\b|"
                     r"\b(?:[Hh]e|[Ss]he) (?:never|always) (?:stopped|gave up|failed|forgot)\b")
_QUOTE = re.compile(r"[\"“”]")
MIN_LIFE_EVENTS = 2  # a report of a death may give one fact of the life ("a father of two who worked at the mill")


def tribute(doc: Document) -> bool:
    """True when the article mourns someone: a death in the opening, a life told and praise (see the docstring)."""
    if not doc.sentences:
        return False
    first = doc.sentences[0].paragraph
    if not any(_DEATH.search(s.text) for s in doc.sentences if s.paragraph == first):
        return False
    unquoted = [s for s in doc.sentences if not _QUOTE.search(s.text)]
    life = sum(1 for s in unquoted if _LIFE_EVENT.search(s.text))
    return life >= MIN_LIFE_EVENTS and any(_PRAISE.search(s.text) for s in unquoted)


# An introduction that hands the floor to another author's text: a colon after a word naming the kind of text ("an
# excerpt of her new book ... that appeared on Y:", "in a post on his blog:"). Not a quotation's "he said:" (the
# attribution stage gives those lines their speaker). The colon may close the sentence or run on into the excerpt
# in one sentence (a page run into one paragraph: the lead's Newsroom row 12, session 16). The colon comes within
# INTRO_CHARS of the word: unbounded, a long sentence of "book book ..." with no colon was rescanned to its end from
# every word (9 s at 50,000 characters, session 17 review).
INTRO_CHARS = 200  # the lead's row's "excerpt ... appeared on Y:" ran 60; a generous bound, not tuned
_EXCERPT_INTRO = re.compile(r"\b(?:excerpt|extract|passage|chapter|memoir|book|essay|letter|blog ?post|op-?ed|"
                            rf"diary|column)\b[^:.]{{0,{INTRO_CHARS}}}:", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")  # not "US"
# The writer back in the post's voice: the author reported in the third person ("However, Buchanon said ...",
# "she writes"); "she told me" is still the author's account.
_WRITER_BACK = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][a-z]+) (?:said|says|writes|wrote|added|adds|explained|recalls|"
                          r"recalled|told (?!me\b|us\b))")


@per_document  # asked by the writer's sentences, the excerpt lede and the openings' pass (3 scans a brief, session 36)
def excerpt_sentences(doc: Document) -> frozenset[int]:
    """Indices of the sentences of an introduced excerpt (see _EXCERPT_INTRO): the sentences after the introduction,
    up to the writer's return (_WRITER_BACK) or a new paragraph without "I"; the introduction's own sentence too
    when the excerpt runs on after its colon."""
    quoted: set[int] = set()
    inside = introduced = False
    paragraph = -1
    for sentence in doc.sentences:
        mine = _FIRST_PERSON.search(sentence.text) is not None
        if inside and not _WRITER_BACK.search(sentence.text) and (sentence.paragraph == paragraph or mine):
            quoted.add(sentence.index)
            paragraph = sentence.paragraph
            continue
        # "In his new book, New Money: Staying Rich, Buchanon wrote that ..." reports the book: no introduction.
        intro = None if _WRITER_BACK.search(sentence.text) else _EXCERPT_INTRO.search(sentence.text)
        inside, paragraph = intro is not None, sentence.paragraph
        introduced = introduced or inside
        if (intro is not None and sentence.text[intro.end():].strip()) or (introduced and mine and not inside):
            # A later "I" in a post built on an excerpt is its author's again ("The 34-year-old went on to say he
            # learned a lesson. Early on, I found myself ..."): the post's writer does not speak in the first person.
            quoted.add(sentence.index)
    return frozenset(quoted)


def excerpt_lede(doc: Document) -> Sentence | None:
    """The post's own first sentence when it is built on an introduced excerpt: the excerpt's "I" has no speaker in
    a key point, and the post's sentence says whose words they are."""
    excerpt = excerpt_sentences(doc)
    if not excerpt:
        return None
    # Whatever its voice: the post's lede often reports the author ("Vance says she warned ..."), which is the point.
    return next((s for s in doc.sentences if s.index not in excerpt and not _QUOTE.match(s.text)
                 and not _EXCERPT_INTRO.search(s.text) and len(s.text.split()) >= MIN_NUT_WORDS), None)


# The outlet's framing of a page of accounts: "have been sending us their accounts", "Here is a selection",
# "have described the scenes", "tell us what they saw".
_FRAMES_ACCOUNTS = re.compile(r"\b(?:accounts|experiences|stories|testimon(?:y|ies)|eyewitnesses|[Hh]ere (?:is|are) "
                              r"(?:a selection|some)|(?:sent|sending|told|tell) us|have described)\b")


def _framed_opening(doc: Document) -> Sentence | None:
    """The first sentence of the opening paragraph when it frames first-person accounts (_FRAMES_ACCOUNTS)."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].paragraph
    opening = [s for s in doc.sentences if s.paragraph == first]
    later = [s for s in doc.sentences if s.paragraph != first]
    if not any(_FRAMES_ACCOUNTS.search(s.text) for s in opening) or _FIRST_PERSON.search(opening[0].text):
        return None
    if sum(1 for s in later if _FIRST_PERSON.search(s.text)) * 2 < len(later):
        return None  # the accounts are most of what follows
    return opening[0]


def accounts_intro(doc: Document) -> Sentence | None:
    """The framing of a page of readers' accounts (readers_framing), else the first sentence of a round-up's opening
    paragraph when it frames the accounts that follow in the first person (see the module docstring), else None."""
    framing = readers_framing(doc)
    if framing is not None:
        return framing
    return _framed_opening(doc)


# A nut graf ties the hook to the wider story: "That's because ...", "It is part of a wider shift", "This is one
# of many ...", "Now, ...". Looked for in paragraphs 2-5 (NUT_REACH), after an opening in the writer's voice that
# reports nobody's words (a news lede says who said it; a hook shows a scene or asks).
_NUT_OPENER = re.compile(
    r"^(?:That|This|It)(?:'s| is| was) (?:because|why)\b|"
    r"^(?:That|This|It|The \w+|Such \w+)(?:'s| is| are| was| were) (?:all |just )?(?:part|one|a sign|a symptom|"
    r"an example|a reflection|typical) of (?:a |an |the )?(?:wider|broader|larger|bigger|growing|nationwide|global|"
    r"trend|pattern|many)\b|"
    r"^Now, (?!though\b)")
_REPORTED = re.compile(r"\b(?:says?|said|tells?|told|according to|announced|reported)\b|[\"“”]", re.I)
NUT_REACH = 5  # paragraphs 2-5 (0-based 1-4): the nut grafs of the hook-first pieces read in session 16
# ... or the first NUT_REACH_SENTENCES sentences where paragraphs are single sentences (a text split one sentence a
# line, as T17's are, or a quotation run over two paragraphs): T17 H1N1_guardian 526's "Now, instead of harnessing
# anxiety ... the church risks being sidelined" is its sixth paragraph and sixth sentence (read as news). Eight
# sentences are about five paragraphs of a hook-first piece read in session 16.
NUT_REACH_SENTENCES = 8
MIN_NUT_WORDS = 8
# A scene's day comes with an article ("On a wet Tuesday in March"); a news lede's does not ("on Tuesday").
_SCENE_DAY = re.compile(r"\b(?:a|an|one|that) (?:\w+ )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                        re.I)


def nut_graf(doc: Document, ctx: Context) -> Sentence | None:
    """The nut graf of a hook-first piece (see the module docstring), or None."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].paragraph
    opening = [s for s in doc.sentences if s.paragraph == first]
    if any(_REPORTED.search(s.text) or ctx.voice_of(s.index).voice != "reporter" for s in opening):
        return None  # a lede that reports someone's words is the news, not a hook
    if present_perfect(doc, opening[0]):
        return None  # "Hundreds of homes have been flooded ...": an undated news lede, not a scene (session 17 review)
    if any(NEWS_TIME.search(_SCENE_DAY.sub(" ", s.text)) for s in opening):
        return None  # a lede dated by the day ("Police closed the bridge on Monday") tells the news itself
    for sentence in doc.sentences[len(opening):]:
        if sentence.paragraph - first >= NUT_REACH and sentence.index >= NUT_REACH_SENTENCES:
            break
        if _NUT_OPENER.match(sentence.text) and ctx.voice_of(sentence.index).voice == "reporter" \
                and len(sentence.text.split()) >= MIN_NUT_WORDS and not _QUOTE.search(sentence.text):
            return sentence
    return None


# A claim the writer flatly denies in the next sentence ("The minister insists the coalition is holding. It is not,
# and everyone knows it."): the claim is the column's target, not its point (session 17's column case).
_DENIAL = re.compile(r"^(?:It|That|This|They|He|She|Nor) (?:is|was|are|were|does|did|has|have|will|can)(?:n't| not)"
                     r"\s*(?:[,.;:—-]|and\b|but\b)|^(?:Not so|Wrong|Nonsense|Hardly)\b")


def denied(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence after this one, in the same paragraph or opening the next, flatly denies it."""
    following = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
    return following is not None and following.paragraph - sentence.paragraph <= 1 \
        and bool(_DENIAL.match(following.text))


# A history essay (the lead's Newsroom row 40, a series on the Civil War "as it unfolded", read as a news report):
# every year it names lies long before its date, its sentences are told in the past tense, and nothing pegs it to
# this week's news ("on Saturday", "today"). A report of a commemoration names the old year too, but it is pegged to
# its day. Undated, the years are measured against today. HISTORY_YEARS is the age of the newest year such an essay
# names; 30 keeps a retrospective on a recent decade news. Tuned on the session 17c cases and Newsroom row 40 only.
HISTORY_YEARS = 30
MIN_HISTORY_YEARS = 3  # year mentions: one old year in a news report recalls, several narrate
HISTORY_PAST_SHARE = 0.6  # the share of sentences whose main verb is past
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
# A history essay may close on its sources, whose books and articles are recent ("The New York Times Magazine, April 1,
# 2011" under Newsroom row 40): the years of the events are those before the list.
_SOURCES = re.compile(r"(?:^|(?<=[.!?\s]))(?:Sources?|Further reading|Bibliography|References|Works cited)\s*:")


def _past(doc: Document, sentence: Sentence) -> bool:
    return any(t.dep == "ROOT" and t.tag in ("VBD", "VBN") for t in doc.sentence_tokens(sentence))


def tells_history(doc: Document, ctx: Context) -> bool:
    """True when the article narrates events long before its date with no news peg (see HISTORY_YEARS)."""
    text = doc.article.text
    sources = _SOURCES.search(text)
    years = [int(y) for y in _YEAR.findall(text[: sources.start()] if sources else text)]
    if len(years) < MIN_HISTORY_YEARS or not doc.sentences:
        return False
    now = ctx.published.year if ctx.published else date.today().year
    if max(years) > now - HISTORY_YEARS or any(NEWS_TIME.search(s.text) for s in doc.sentences):
        return False
    return sum(1 for s in doc.sentences if _past(doc, s)) >= HISTORY_PAST_SHARE * len(doc.sentences)


def recounts(doc: Document, ctx: Context) -> bool:
    """True when the article mourns someone (tribute), tells one person's life in the writer's voice (dispatch.profile,
    not after a lede credited to a source: credited_lede) or narrates long-past history (tells_history): a feature."""
    # a critic's appreciation weighs the work left behind (genre_legacy, Audit 40 #12)
    return tribute(doc) or appreciates(doc) or (profile(doc) and not credited_lede(doc)) or tells_history(doc, ctx)


# A hard-news lede credits its claim to a named source in its closing clause ("... is Daniel Verrow, a man from ...,
# the Northern Ledger newspaper said."; "..., police said."). A profile feature tells the life in the writer's voice;
# a report that names a suspect and tells his life from a paper's account is news (Audit 33 B2202 read as a feature).
_CREDITED_LEDE = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'’.&-]*|of|for)\s+){1,6}(?:newspaper\s+|paper\s+|agency\s+|website\s+|"
    r"broadcaster\s+)?(?:said|says|reported|reports|told\s+\S+|announced|confirmed)(?:\s+on\s+\w+)?\.?[\"”]?\s*$|"
    r",\s+(?:police|officials|authorities|prosecutors|investigators|a spokes\w+)\s+(?:said|say|reported|confirmed)"
    r"(?:\s+on\s+\w+)?\.?\s*$")


def credited_lede(doc: Document) -> bool:
    """True when the article's first sentence credits its claim to a named source in its closing clause."""
    return bool(doc.sentences) and bool(_CREDITED_LEDE.search(doc.sentences[0].text))

