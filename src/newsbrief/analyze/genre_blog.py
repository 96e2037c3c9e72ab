"""First-person pieces that are neither news nor argument by their "I" alone (reader Audit 34, docs/audit.md 35.2).

Audit 34 found the genre line wrong for three first-person or opinion pieces; two shapes are read here:

- **An editor speaking for the newsroom.** A blog post by an editor on how the outlet covers a story says what "our
  reporters", "our coverage" or "our audience" did and what "we have tried to" do, and states "our task" or "our
  job". A news report names "our correspondent" only as a source of facts ("Our correspondent says hundreds
  waited"), never the newsroom's own aims and choices, so such sentences in the writer's voice make the piece the
  editor's comment on the coverage (:func:`speaks_for_newsroom`; genre_pages.commentary_page reads it as opinion).
- **First-person accounts introduced by the outlet.** "Aid workers have been sharing their accounts with our
  website", then several people tell in the first person what they did and saw. Without a "NAME, role:" header over
  each account (a round-up of readers' comments, genre.detect_genre's headers) and without argument in the "I"
  sentences, such a page is a feature: testimony told as narrative, not an opinion piece, whatever its share of
  "I" (:func:`framed_accounts`).

A quoted "we" is the speaker's: both readings count only the writer's sentences, quoted words removed.

**A feature told in a chatty voice (issue #11; reader Audit 42 #5, docs/audit.md 43.2: a studio feature as news).**

A behind-the-scenes feature often has no scene in the present tense and no "I": it reports, in the past, who came
in and what they sang. What makes it a feature is the writer's chatty asides to the reader, which a news report
leaves out:

- a comment adverb opening the writer's sentence: "Sadly this time there's no ...", "Luckily ...", "Alas, ...";
- a verbless judgement: "Hardly a stadium anthem moment", "Not exactly a ...";
- the talk of a conversation: "but then again", "As for the drummer, ...";
- the reader told what to look for: "expect to see ...", "look out for ...".

One such aside is colour a report may carry ("Sadly the headline act pulled out"); MIN_CHATTY of them in the
writer's own words (outside quotation marks) make a feature. The check runs after every opinion and analysis test
of genre.py, so a column's asides still make a column.

**A sardonic sketch or TV review: the writer mocks the people it reports on (reader Audit 43 #6).**

Audit 43 read a Guardian sketch of a celebrity telethon for the Gulf oil spill as "News report". Its facts are a
report's (who appeared, what they said, what was raised), but the writer's own sentences mock them in epithets no
report uses: "a decidedly B-list lineup", "has-beens and wannabes", "the self-proclaimed D-lister", "famous for
being the daughter of ...", "explained ... in characteristically eloquent fashion", "Seacrest breathlessly
announced", and an ironic close ("it can only be a matter of time before the oil spill is finally vanquished").
The words are loaded only in irony, so genre_voice's list of loaded words (tyrants, cronies) does not see them.

MIN_MOCKING of the writer's own sentences (outside quotation marks) must mock: one "self-proclaimed" or "B-list"
is a report's aside. A sketch of a broadcast (a show, a telethon, a programme on screen) is a review of it; any
other mocking piece is opinion.

**A blog item's quips: questions that jeer or wonder, and short sign-off exclamations, are no argument when the writer**
states no view.

A snarky blog item reports a reveal from another paper ("Her fee for all those years? A box of toys. Really?") or
debunks a picture ("the poster isn't real ... could the craze carry it? Would they?"): the writer's questions are
asides, and every sentence of the writer's own that takes a stance is one of them. Counted as judgement, they made
both items of Audit 36 (#9, #11) opinion pieces at 3 of 8 and 4 of 11 of the writer's sentences. An opinion piece
asks too, but it also states its view ("This is a scandalous waste", "The councillors should be ashamed"), so its
questions still count beside its statements.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_voice import inside_quotation, unquoted, writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The newsroom's own work and public, as the writer's "our" ("our output", "our reporters", "our audience").
_NEWSROOM_OURS = re.compile(
    r"\b[Oo]ur (?:(?:own |news |online |radio |television |TV )?(?:output|coverage|reporting|journalism|reporters|"
    r"journalists|correspondents|newsroom|editorial|bulletins?|programmes|programs|audiences?|listeners|viewers|"
    r"readers|website|specialists|editors))\b")
# The newsroom's aims and choices: "our task/job/role is", "we have tried/sought to", "we put together".
_NEWSROOM_AIMS = re.compile(
    r"\b[Oo]ur (?:task|job|role|duty|aim|approach|responsibility|mission)\b|"
    r"\b[Ww]e(?:'ve| have| had| are| were)? (?:always |also |been )?(?:sought|tried|trying|try|aim|aimed|"
    r"strive|striven|chose|chosen|decided|put together|been discussing|keep asking|kept asking) ")
# Sentences of the writer's that speak for the newsroom (either pattern), and at least one of its aims: tuned on the
# session's editor's post (six and two) against the 120 Newsroom/XSum rows, where BBC reports name "our
# correspondent" once or twice and state no aim.
MIN_NEWSROOM_SENTENCES = 3
MIN_NEWSROOM_AIMS = 1


def speaks_for_newsroom(doc: Document, ctx: Context) -> bool:
    """True when the writer speaks for the outlet's newsroom about its own coverage (see the module docstring)."""
    own = [unquoted(s.text) for s in writer_sentences(doc, ctx)]
    aims = sum(1 for text in own if _NEWSROOM_AIMS.search(text))
    ours = sum(1 for text in own if _NEWSROOM_AIMS.search(text) or _NEWSROOM_OURS.search(text))
    return aims >= MIN_NEWSROOM_AIMS and ours >= MIN_NEWSROOM_SENTENCES


# The outlet presenting accounts given to it: "have been sharing their accounts with", "sent us their stories",
# "describe in their own words". The writer's "I" in the same sentence makes it no introduction; the outlet's "us"
# and "our website" do not.
_INTRODUCES = re.compile(
    r"\b(?:shar(?:ed|ing|e)|sen(?:t|ding|d)|giv(?:en|ing)|told|tell(?:ing)?|describ(?:ed|ing|e)|recount(?:ed|ing)?)"
    r"(?: \w+){0,3} (?:their|these|the following) (?:own )?(?:accounts|experiences|stories|diaries|testimon(?:y|ies)|"
    r"impressions)\b|\bin their own words\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|us)\b")  # not "US"
_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e)\b")
INTRO_REACH = 3  # sentences: the outlet's introduction stands after at most a news line or two
# The accounts are most of what follows (as genre_accounts.accounts_intro asks of a round-up) ...
ACCOUNTS_SHARE = 0.5
MIN_ACCOUNT_SENTENCES = 8
# ... and they tell rather than argue: at most this share of their first-person sentences judge (the stance reading
# genre.detect_genre passes in). The session's aid diaries have none to a few; a page of readers' views argues in
# most of its sentences.
ACCOUNTS_STANCE_SHARE = 0.15
MIN_HEADERS = 2  # "NAME, role:" over each account makes a round-up of comments (genre.detect_genre)


def framed_accounts(doc: Document, ctx: Context, stance: Callable[[str], bool]) -> bool:
    """True for a page of first-person accounts the outlet introduces, told as narrative, without a header over
    each account (see the module docstring); ``stance`` says whether a text judges."""
    if len(ctx.attributions.headers) >= MIN_HEADERS:
        return False
    intro = next((s for s in doc.sentences[:INTRO_REACH] if _INTRODUCES.search(s.text)
                  and not _SINGULAR.search(unquoted(s.text))), None)
    if intro is None:
        return False
    later = [s for s in doc.sentences if s.index > intro.index]
    voiced = [s for s in later if _FIRST_PERSON.search(unquoted(s.text))]
    if len(voiced) < MIN_ACCOUNT_SENTENCES or len(voiced) < ACCOUNTS_SHARE * len(later) \
            or not any(_SINGULAR.search(s.text) for s in voiced):
        return False
    return sum(1 for s in voiced if stance(unquoted(s.text))) <= ACCOUNTS_STANCE_SHARE * len(voiced)


__all__ = ["MIN_CHATTY", "chatty_feature", "framed_accounts", "sketch_genre", "sketches", "speaks_for_newsroom"]


_CHATTY = re.compile(
    r"^(?:(?:But|And|So),? )?(?:Sadly|Happily|Luckily|Thankfully|Alas|Mercifully|Funnily enough|Oddly enough|"
    r"Strangely enough)\b|^(?:Hardly|Not exactly|Not quite) an? \b|\b(?:but )?then again\b|^As for [^,]{1,40},|"
    r"(?:^|,\s*|\bso\s+)(?:expect to (?:see|hear)|look out for|keep an eye out for)\b")
MIN_CHATTY = 3  # the Audit 42 feature has four; the invented concert report with one "Sadly" stays news


def chatty_feature(doc: Document) -> bool:
    """True when MIN_CHATTY of the writer's sentences (not inside a quotation) carry a chatty aside (see the module
    docstring)."""
    count = 0
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if text[:1] in "\"“'‘" or inside_quotation(doc, sentence):
            continue
        count += bool(_CHATTY.search(unquoted(text)))
    return count >= MIN_CHATTY


if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


_MOCKING = re.compile(
    r"\b[A-D]-list(?:ers?)?\b|\bhas-beens?\b|\bwannabes?\b|\bfamous (?:chiefly |mainly |only |largely )?for being\b|"
    r"\bself-(?:proclaimed|styled)\b|\bsupposed (?:stars?|celebrit\w+|experts?|genius\w*|heroe?s?)\b|"
    r"\bcharacteristically (?:eloquent|modest|understated|subtle|humble|restrained|gracious)\b|\bbreathlessly\b|"
    r"\bcan only be a matter of time\b|\bin all (?:its|their|his|her) glory\b")
MIN_MOCKING = 3  # the audited sketch has seven such sentences; a report may carry one epithet
# A broadcast: the sketch reviews a show.
_BROADCAST = re.compile(r"\b(?:telethon|show|broadcast|programme|program|episode|on screen|viewers|studio|"
                        r"presenter|host(?:ed|s)?)\b", re.I)
MIN_BROADCAST = 2


def sketches(doc: Document, ctx: Context) -> bool:
    """True when MIN_MOCKING of the writer's own sentences mock (see _MOCKING)."""
    return sum(1 for s in writer_sentences(doc, ctx) if _MOCKING.search(unquoted(s.text))) >= MIN_MOCKING


def sketch_genre(doc: Document) -> Literal["review", "opinion"]:
    """The genre of a mocking piece: a review when it sketches a broadcast (MIN_BROADCAST sentences name one),
    else opinion."""
    return "review" if sum(1 for s in doc.sentences if _BROADCAST.search(s.text)) >= MIN_BROADCAST else "opinion"


if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


# A column's rhetorical question asks who or what ("So what is he waiting for?", "Who gains from all this?", "What do
# you think?", sessions 17 and 18e): it argues. A quip asks nothing of the kind ("Seriously?", "A box of toys?",
# "Would they?").
_WH_OPENING = re.compile(r"^(?:(?:so|and|but|then),? )?(?:who|whom|whose|what|why|when|where|how|which)\b", re.I)


# A blog's sign-off exclamation ("I hope so!", "Can't wait!", Audit 37 #10) states no view either: this many words.
MAX_EXCLAMATION_WORDS = 4


def _asks(sentence: Sentence) -> bool:
    """True when the sentence is a quip: a question that is not a wh-question, or a short exclamation."""
    text = sentence.text.strip().lstrip("\"“‘'")
    if text.rstrip("\"”’' ").endswith("!") and len(text.split()) <= MAX_EXCLAMATION_WORDS:
        return True
    return text.rstrip("\"”’' ").endswith("?") and not _WH_OPENING.match(text)


def unless_quips(judged: list[Sentence], title: str) -> list[Sentence]:
    """The writer's ``judged`` sentences, or none when every one of them is a quip (see the module docstring).
    Under a question headline ("Why does God allow floods?") the questions are the essay's argument (session 15c)."""
    if title.rstrip().endswith("?"):
        return judged
    return [] if judged and all(_asks(s) for s in judged) else judged


# The writer's own verdict, early on, on a picture or post that went round ("the wrapper circulating online isn't
# real", "the photo shared all weekend is fake"): the item's business is the debunk, a fact-check however it jokes
# (Audit 36 #11, read as an opinion piece; nlp/debunk.py finds no retold claim when the picture itself is lost).
# A source's verdict ("is fake, police said") is the source's, and a report's "not real" later on is a detail.
_NOT_REAL = re.compile(r"\b(?:is|are|was|were)(?:n't|n’t| not) (?:\w+ )?(?:real|genuine|authentic)\b|"
                       r"\b(?:is|are|was|were) (?:a |an )?(?:\w+ )?(?:fake|hoax|doctored|photoshopped|fabricated|"
                       r"forgery|forged)\b", re.I)
_WENT_ROUND = re.compile(r"\b(?:shared|spread|went viral|circulat(?:ed|ing)|retweeted|reposted|making the rounds|"
                         r"doing the rounds|online|on social media|around the (?:web|internet))\b", re.I)
DEBUNK_PARAGRAPHS = 2  # the opening paragraphs where the verdict stands


def debunks_what_went_round(doc: Document, ctx: Context) -> bool:
    """True when the writer's own sentence in the opening paragraphs calls a thing that went round not real."""
    if not doc.sentences:
        return False
    end = doc.sentences[0].paragraph + DEBUNK_PARAGRAPHS
    opening = [s for s in doc.sentences if s.paragraph < end]
    return any(_NOT_REAL.search(s.text) and ctx.voice_of(s.index).voice == "reporter" and s.text[:1] not in "\"“'‘"
               and any(_WENT_ROUND.search(t.text) for t in doc.sentences[max(0, s.index - 1) : s.index + 1])
               for s in opening)
