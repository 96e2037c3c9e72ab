"""Four genres told apart by their shape (session 15, issue #11; Audit 22's quick look, docs/audit.md section 23).

Audit 22 saw a snark column and an analysis labelled "News report", a blog and a feature labelled "Opinion
piece". What tells them apart, in general:

- **A snark column** speaks to someone in the second person ("Congratulations, city hall. You have done it
  again", "You might think ... You would be wrong, of course") with sarcasm ("Never mind that ...", "Who knew?").
  It needs neither "I" nor "should", so the stance counts of :mod:`newsbrief.analyze.genre` miss it. A report
  quoting an angry official has the anger inside the quotation, and no "you" in the writer's own sentences.
- **A short analysis** argues its claims with hedged judgement ("probably", "seems likely", "the likelier
  reading", "either way", "less about X than about Y", "the question is"): the interpretation share of
  genre.py, read also on pieces with fewer than its ANALYSIS_MIN_OWN sentences of the writer's own, but with a
  higher bar.
- **A feature** opens on a scene told in the present tense ("The first boat comes in just after four in the
  morning") and quotes its people at length with "says", never "said", without a thesis of its own. A news report
  dates its lede and tells it in the past.
- **A readers' Q&A**: a reader's question ("Q: ... ?") answered by a named expert ("Dr Helen Marsh answers:",
  "A: ..."). One question is enough when its answer is marked.

A feature's point is not its scene: its nut graf tells the trend behind it ("Fewer boats go out now than when she
started", "The harbour had forty trawlers in 1990; today it has nine"); :func:`tells_trend` finds such sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.analyze.dispatch import WITNESS_OPENING
from newsbrief.analyze.genre_voice import inside_quotation
from newsbrief.models import Document, Sentence
from newsbrief.nlp.reader_questions import ANSWER_LINE, ANSWERER, QUESTION_LINE

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll)\b", re.I)
# Sarcasm: mock congratulation, "never mind that", mock surprise, "of course" as a jab.
_SARCASM = re.compile(
    # not "good news" or "of course": consumer news opens and hedges with them (session 15 review)
    r"^(?:congratulations|bravo|well done|hats off|three cheers|kudos)\b|"
    r"\bnever mind (?:that|the)\b|"
    r"\bwho knew\b|\bwhat could (?:possibly )?go wrong\b|\bsurprise,? surprise\b|\bbecause nothing says\b|"
    r"\bslow clap\b|\b(?:shocking|amazing),? (?:I know|right)\b|\bhold on to your\b|"
    r"\byou (?:have|'ve) done it again\b|\bin (?:its|their) (?:infinite )?wisdom\b|\bwith great fanfare\b", re.I)
# Tuned on the session 15 cases: the snark column has 4 "you" sentences and 5 sarcastic ones of 9; the angry
# official's report has none of its own. Two of each: a product review's "you get two ports" has no sarcasm.
MIN_ADDRESSED = 2
MIN_SARCASTIC = 2


def snarks(own: list[Sentence]) -> bool:
    """True for a snark column (see the module docstring): the writer's own sentences address "you" and jeer."""
    addressed = sum(1 for s in own if _YOU.search(s.text))
    sarcastic = sum(1 for s in own if _SARCASM.search(s.text))
    return addressed >= MIN_ADDRESSED and sarcastic >= MIN_SARCASTIC


# Hedged judgement an analysis argues with, beyond genre_argues.INTERPRETIVE.
_HEDGED = re.compile(
    r"\b(?:likelier|likeliest|the more likely|(?:seems?|looks?) likely|either way|less about \w+ than|"
    r"more about \w+ than|the (?:real|likely|simple) (?:reason|explanation|answer) is|probably|arguably|"
    r"the question is|the question of whether|the (?:best|likeliest) reading|is (?:likely|unlikely) to|"
    r"what (?:this|that) (?:tells|shows|suggests)|tells us (?:more|less|little|much)|justified|"
    r"is cautious because|fears? (?:a|that)|keeping its powder dry)\b", re.I)
SHORT_ANALYSIS_MIN_OWN = 6
# Of 6 to 11 sentences of the writer's own, this share hedges or interprets: the session 15 analysis has 6 of 9; a
# short news report's stray "in fact" or "probably" stays under it (two of six would be 0.33).
SHORT_ANALYSIS_SHARE = 0.4
SHORT_ANALYSIS_MIN = 4


def analyses_briefly(own: list[Sentence], interpretive: re.Pattern[str]) -> bool:
    """True for a short analysis (see the module docstring)."""
    if len(own) < SHORT_ANALYSIS_MIN_OWN:
        return False
    hedged = sum(1 for s in own if _HEDGED.search(s.text) or interpretive.search(s.text))
    return hedged >= SHORT_ANALYSIS_MIN and hedged / len(own) >= SHORT_ANALYSIS_SHARE


_NEWS_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                       r"last (?:night|week|month|year)|on \w+ \d{1,2})\b", re.I)
_SAYS = re.compile(r"\b(?:says|adds|explains|recalls|laughs|smiles)\b")
_SAID = re.compile(r"\b(?:said|told|added|according to)\b")
MIN_SAYS = 2  # a feature quotes its people at least twice in the present tense
# A hard-news lede counts its dead or wounded ("A bomb attack has killed three senior officials"): a report, whatever
# its tense of quotation (reader Audit 24's bomb report, BBC style: "says" throughout, labelled a feature).
_CASUALTIES = re.compile(r"\b(?:killed|killing|kills|dead|died|wounded|injured|injuring|casualties|death toll)\b", re.I)
# Where a news report dates its event: the lede and the next two sentences (the bomb report's day was in sentence 2).
NEWS_DAY_REACH = 3


def scene_feature(doc: Document, ctx: Context) -> bool:
    """True for a feature (see the module docstring): a present-tense scene opening, undated and counting no
    dead, and quotations cued in the present tense only."""
    if len(doc.sentences) < 5:
        return False
    first = doc.sentences[0]
    # A question opening ("What is the significance of ...?") heads an explainer, not a scene.
    if ctx.voice_of(first.index).voice != "reporter" or first.text[:1] in "\"“'‘" or first.text.rstrip().endswith("?") \
            or any(_NEWS_DAY.search(s.text) for s in doc.sentences[:NEWS_DAY_REACH]) or _CASUALTIES.search(first.text):
        return False
    tokens = doc.sentence_tokens(first)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    # the present in the passive or progressive too, its auxiliary carrying the tense ("thugs are disguised as monstrous
    # animals": a feature opening on a painting, labelled set SyrianCrisis_bbc/2012-03-19/100); a lede's perfect ("has
    # announced") is no scene
    tenses = {root.tag} | {t.tag for t in tokens if t.head == root.i and t.dep in ("aux", "auxpass")
                           and t.lemma.lower() == "be"} if root else set()
    if root is None or not tenses & {"VBZ", "VBP"}:
        return False
    text = doc.article.text
    return len(_SAYS.findall(text)) >= MIN_SAYS and not _SAID.search(text)


# The trend behind a feature's scene: "fewer X now than", "today it has nine", "no longer", "has halved".
_TREND = re.compile(
    r"\b(?:fewer|more|less) \w+(?: \w+)? (?:now|today) than\b|\b(?:now|today) (?:it|they|there) (?:has|have|are|is)\b|"
    r"\bno longer\b|\b(?:has|have) (?:halved|doubled|tripled|shrunk|dwindled|vanished|disappeared)\b|"
    r"\bin \d{4}; today\b|\bthan (?:ever|at any time)\b|\bdown from\b", re.I)


def tells_trend(sentence: Sentence) -> bool:
    """True for a sentence that tells the trend behind a feature's scene (see the module docstring)."""
    return bool(_TREND.search(sentence.text))


def reader_qa(doc: Document) -> bool:
    """True for a readers' Q&A page: a question line and a marked answer or a named answerer (see the module
    docstring)."""
    text = doc.article.text
    return bool(QUESTION_LINE.search(text)) and (bool(ANSWER_LINE.search(text)) or bool(ANSWERER.search(text)))


_FIRST_PERSON_SINGULAR = re.compile(r"\b(I|I'm|I've|I'd|I'll|myself)\b")


def quoted_witness(doc: Document, ctx: Context, opening: float, posts: frozenset[int] = frozenset()) -> bool:
    """True when every "I" the attribution stage left to the reporter in the opening share of the text is inside
    someone's quoted statement (a comedian's post quoted over several sentences, its speaker missed): no witness of
    the writer's (moved from genre.py in session 18). A user's post left bare (``posts``, point_leads.stray_posts)
    is someone else's too: a hoax story told in tweets read as a first-person feature (points18's report)."""
    if posts and not any(s.index not in posts and ctx.voice_of(s.index).voice == "reporter"
                         and _FIRST_PERSON_SINGULAR.search(s.text) for s in doc.sentences):
        return True  # every "I" the reporter has is in a post (the posts may come after the opening)
    # as far as dispatch.is_dispatch looks for the witness this cancels
    reach = doc.sentences[: max(3, int(max(opening, WITNESS_OPENING) * len(doc.sentences)))]
    mine = [s for s in reach if ctx.voice_of(s.index).voice == "reporter" and _FIRST_PERSON_SINGULAR.search(s.text)]
    return bool(mine) and all(inside_quotation(doc, s) or s.text[:1] in "\"“" or s.index in posts
                              or not _FIRST_PERSON_SINGULAR.search(_QUOTED_TO_END.sub(" ", s.text)) for s in mine)


# A quotation opened in the sentence and closed in it or not before its end: a listener's words glued after a pull
# quote ('... Estella Baker, Money Box listener "They told me they had done this because I hadn't ...'; labelled set,
# haiti_bbc/2010-01-16/105) are hers, not the writer's witness.
_QUOTED_TO_END = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
