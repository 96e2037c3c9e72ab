"""A review without stars or a review address, and its critic's verdict (session 15, issue #11).

The lead read two unseen Newsroom film reviews labelled "News report" and "Feature" whose key points did not lead
with the critic's verdict. What makes a review, to a reader:

- **a work named and evaluated throughout**: "the film", "the movie", "the novel", "the album", "the show", "the
  restaurant" in the writer's own sentences;
- **credits and practical lines**: "Directed by ...", "starring ...", "Rated PG-13", "Running time: 1 hr 52 min",
  "Dinner for two costs ...";
- **evaluative language about the work** in the writer's own voice: "a triumph", "falls flat", "never quite",
  "works best when", "drags", "a masterpiece".

A report on a film's box office or a book's prize names the work and may carry praise, but inside quotation marks
("a small masterpiece," said the chair of the judges): the praise is its sources', so it is no review. Hence the
evaluation is counted only in sentences the attribution stage gives to the reporter and that carry no quotation.

The critic's verdict is the most evaluative of the writer's sentences in the opening or closing paragraphs (a
review states it up front or sums up at the end); a practical line (credits, prices, opening hours) never is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The work as the writer refers to it again and again, or describes it ("a quiet triumph, a film that trusts ...").
_WORK = re.compile(
    r"\b(?:the|this|her|his|their|its|a|an) (?:(?:new|latest|debut|first|second|third|fourth|fifth) )?(?:film|movie|"
    r"picture|documentary|sequel|novel|book|memoir|collection|album|record|show|series|sitcom|drama|play|musical|"
    r"production|opera|restaurant|menu|kitchen|game|exhibition|concert)\b", re.I)
# Credits and practical lines: who made it and how to see it (or eat there).
_CREDITS = re.compile(
    r"\b(?:directed by|written by|starring|co-starring|produced by|screenplay by|featuring)\b|"
    r"\bRated (?:G|PG|PG-13|R|NC-17|TV-\w+)\b|\brunning time\b|\bruntime\b|\b\d+ (?:hrs?|hours?) \d+ min|"
    r"\b\d{2,3} min(?:utes|s)?\.?$|\bdinner for (?:two|one)\b|\bmains? (?:cost|from)\b|\bopen (?:daily|\w+day)\b",
    re.I | re.M)
# The critic's judgement of the work: praise, faults, qualified praise. News uses few of these in its own voice.
_JUDGEMENT = re.compile(
    r"\b(?:triumph\w*|masterpiece|masterful|tour de force|falls? flat|fell flat|never quite|not quite|works? best|"
    r"stumbles?|drags?|overlong|tedious|bland|clunky|plodding|uneven|misfires?|disappoint\w*|forgettable|"
    r"charming|gripping|riveting|mesmeri[sz]ing|luminous|dazzling|exhilarating|delightful|(?:as|deeply|quietly) moving|"
    r"witty|very funny|gorgeous|beautifully|pays off|paid off|(?:a|an) (?:joy|delight|mess|gem|treat|letdown|"
    r"must-see|must-read)|worth (?:seeing|watching|reading|a visit|the (?:trip|wait|price))|hit and miss|"
    r"hit-and-miss|overcooked|undercooked|tasteless|taste of nothing|delicious|rubbery|soggy|gritty|greasy|"
    r"(?:friendly|good|fine|pleasant|solid|competent|pretty|handsome|ambitious) but|"
    r"(?:is|are|was|were) (?:much |far |no )?(?:better|worse)\b|"
    r"too (?:long|slow|thin|neat|much)|by the numbers|half-baked|heavy-handed|earns? its)\b", re.I)
# A sentence that carries someone's words: their praise, not the critic's. A title in quotation marks ("The Long
# Harbour" is a quiet triumph) is the critic's sentence still: only a quotation longer than a title counts.
_CUE = re.compile(r"\b(?:said|says|according to|told|claim(?:s|ed)|argu(?:es|ed)|warn(?:s|ed)|announc(?:es|ed))\b",
                  re.I)
_QUOTATION = re.compile(r"[\"“]([^\"“”]*)(?:[\"”]|$)")
TITLE_WORDS = 6  # a quoted span this long or shorter may be a title
MIN_JUDGED = 3  # the writer's own evaluative sentences a review has at least (the session 15 cases have 4 to 6)
MIN_WORK = 2  # and references to the work, counting a credits line as one
# Of the writer's own sentences, this share at least evaluates: a report on a film's release with one "moving"
# scene described stays news. Tuned on the session 15 cases (reviews 0.4-0.6; the box-office and prize reports 0).
JUDGED_SHARE = 0.3
VERDICT_PARAGRAPHS = 2  # the verdict stands in the first or the last two paragraphs


def _quoted(text: str) -> bool:
    return bool(_CUE.search(text)) or any(len(m.group(1).split()) > TITLE_WORDS for m in _QUOTATION.finditer(text))


def _own(doc: Document, ctx: Context) -> list[Sentence]:
    # A sentence with its own verb of saying the stage read as a cue ("Pesca promises the taste of the coast but mostly
    # falls flat") is the writer's when no quotation or word of saying is in it.
    return [s for s in doc.sentences if (ctx.voice_of(s.index).voice == "reporter" or ctx.voice_of(s.index).explicit)
            and not _quoted(s.text)]


def reviews_a_work(doc: Document, ctx: Context) -> bool:
    """True for a review (see the module docstring): a page labelled a review, or a work referred to, credited,
    and judged in the writer's own voice."""
    if doc.article.genre_note == "review":
        return True  # the page's own review label or print note, cut as furniture at ingest (furniture_notes.py)
    own = _own(doc, ctx)
    if len(own) < 4:
        return False
    judged = sum(1 for s in own if _JUDGEMENT.search(s.text) and not _CREDITS.search(s.text))
    work = sum(1 for s in own if _WORK.search(s.text)) + bool(_CREDITS.search(doc.article.text))
    return judged >= MIN_JUDGED and judged / len(own) >= JUDGED_SHARE and work >= MIN_WORK


def critic_verdict(doc: Document, ctx: Context) -> Sentence | None:
    """The critic's verdict: the writer's sentence in the first or last VERDICT_PARAGRAPHS paragraphs with the most
    judgement of the work (ties go to the earlier one); None when none judges."""
    if not doc.sentences:
        return None
    paragraphs = sorted({s.paragraph for s in doc.sentences})
    ends = set(paragraphs[:VERDICT_PARAGRAPHS]) | set(paragraphs[-VERDICT_PARAGRAPHS:])
    best: tuple[int, Sentence] | None = None
    for sentence in _own(doc, ctx):
        if sentence.paragraph not in ends or _CREDITS.search(sentence.text) or len(sentence.text.split()) < 6:
            continue
        judged = len(_JUDGEMENT.findall(sentence.text))
        score = judged + bool(_WORK.search(sentence.text))
        if judged and (best is None or score > best[0]):
            best = (score, sentence)
    return best[1] if best else None


# A reviewed thing named as the object of the judgement: a work (_WORK), a product or a place to eat or stay. A
# closing "disappointing" on a spill's clean-up is no review (Audit 29's schools case study read as a review).
_PRODUCT = re.compile(r"\b(?:car|phone|smartphone|laptop|tablet|camera|watch|headphones|console|device|gadget|"
                      r"hotel|bar|cafe|café|app|model|speaker|TV|television|handset|e-reader|bike)s?\b", re.I)
WORK_SENTENCES = 2  # the work is named in the opening sentences
_TITLE_REVIEW = re.compile(r"\breview\b", re.I)  # "Voltra GT review: a spaceship for the road" names its product


def names_a_work(doc: Document) -> bool:
    """True when the headline says review, the opening names a reviewed work or product, or the page carries
    credits."""
    opening = " ".join([doc.article.source.title or "", *(s.text for s in doc.sentences[:WORK_SENTENCES])])
    if _TITLE_REVIEW.search(doc.article.source.title or ""):
        return True
    return bool(_WORK.search(opening) or _PRODUCT.search(opening) or _CREDITS.search(doc.article.text))


# A critic's column on a run of shows or films, told in the present tense as a scene is ("The stars of the network
# talk about their next drink", "as a canoe champion says on 'Boundless'"), names each work by its quoted title: a
# TV column the lead read (Newsroom row 1) was labelled a feature. A short quoted phrase in title case, each word
# capitalised but for small function words, is a title ("Knife Fight", "Two and a Half Men").
_QUOTED_TITLE = re.compile(r"[\"“]((?-i:[A-Z0-9][\w'’&-]*)(?: (?:(?-i:[A-Z0-9][\w'’&-]*)|of|the|and|a|an|in|on|to|"
                           r"for|at|with))*)[,.!?]?[\"”]")
_MEDIUM = re.compile(r"\b(?:series|show|episodes?|season|sitcom|comedy|drama|network|channel|cable|film|movie|"
                     r"album|novel)\b", re.I)
MIN_TITLES = 4  # distinct titles: the lead's TV column named eight; a scene feature quotes one or two at most
MIN_MEDIUM = 3  # mentions of the medium ("series", "network", "season") in the text


def surveys_works(doc: Document) -> bool:
    """True when the text names MIN_TITLES works or more by quoted title and talks of their medium: a critic's
    column, not a scene feature (only a page that reads as a scene feature is asked)."""
    titles = {m.group(1) for m in _QUOTED_TITLE.finditer(doc.article.text)}
    return len(titles) >= MIN_TITLES and len(_MEDIUM.findall(doc.article.text)) >= MIN_MEDIUM

