"""Explainers: pieces that explain how or why something is, in the writer's own voice (Audit 29, docs/audit.md 30.2).

Audit 29 had three explainers and no label for them: a children's page answering its headline question ("Why is
Haiti so poor?") with causes, a graphic guide told stage by stage (a dome, a tube, a top kill, relief wells) and a
schools case study laying out a spill's causes and effects and comparing it with another. They read as "News
report", "Review" or "Questions and answers". What marks an explainer, in general:

- **a question it answers**: a how/why/what headline ("Why is X so poor?", "How engineers are trying to stop the
  leak"), a question the writer asks in the opening ("So why is it so poor?"), or a sub-question announced ("Here is
  how each attempt worked", "Here's what we know");
- **an answer laid out**: stages or steps opening the writer's paragraphs ("First, ...", "Next, ...", "Finally,
  ..."), or causes and effects ("One reason is ...", "Another reason ...", "The effects on wildlife were ...");
- **no news of the day**: the opening dates no event ("on Tuesday", "yesterday") and reports no one's statement;
  a report that explains its background under a dated lede stays news.

A piece whose writer argues, judges in loaded words or speaks in the first person is no explainer (an opinion
piece asks and answers questions too). A readers' Q&A with named askers is read before this (genre.detect_genre).

**A guide to a document's provisions: an explainer, though it opens on a news peg (reader Audit 41 #5).**

Audit 41 read a CNN explainer as "News report". After its peg (a president's televised address delegating his
powers), the piece walks through the constitution in the writer's own present-tense sentences: "The constitution
reserves three particular powers for the president alone", "Articles 76 and 77 deal with how presidential elections
are conducted", "Article 88 in particular requires judges to oversee the elections", "Article 198 allows the
president to issue decrees ...". genre_explain reads an explainer only without a news peg, by its question, steps
or causes; this one has none of these. What marks it is the run of provisions: :func:`lays_out_provisions` counts
the writer's sentences whose subject is a part of a document (an article, a clause, a section, the constitution, the
law, the charter) and whose main verb, in the present tense, says what it does (allows, requires, sets, reserves,
deals with, bans, grants, ...). MIN_PROVISIONS of them, making PROVISION_SHARE of the writer's sentences, make an
explainer. A report on a new law says what it does in a sentence or two among the news ("The law requires shops
... It also bans ..."), and a ruling's report cites its articles inside one sentence of the court's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsbrief.analyze.genre_voice import first_person_essay, judges_in_loaded_words, unquoted, writer_sentences
from newsbrief.models import Document, Sentence

if TYPE_CHECKING:
    from newsbrief.analyze.context import Context

# The headline asks, or promises to tell, how or why ("Why is X so poor?", "How engineers tried to stop the leak").
_ASKING_TITLE = re.compile(r"^(?:why|how|what)\b", re.I)
# The writer announcing the answer ("Here is how each attempt worked", "Here's what we know", "This is why").
_ANNOUNCED = re.compile(r"^(?:here(?:'s| is| are)|this is) (?:how|why|what|the (?:reasons?|steps?|stages?))\b", re.I)
# A stage or step opening a paragraph in the writer's voice.
_STEP = re.compile(r"^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|after that|finally|lastly|"
                   r"the (?:first|second|third|next|last|final) (?:stage|step|attempt|phase|option|method))\b", re.I)
MIN_STEPS = 3  # "First ... Next ... Finally": three stages at least (the audited guide had five)
# Causes and effects laid out by the writer.
_CAUSE = re.compile(r"\b(?:one reason|another reason|(?:the|a) (?:main |big |first |second |other )?reasons? "
                    r"(?:is|are|was|were|for|why)|the causes? of|the effects? (?:of|on)|the (?:result|consequence)s? "
                    r"(?:of|was|were|is|are)|is a (?:useful |good )?case study|can be compared (?:with|to)|"
                    r"(?:is|was|are|were) (?:also |partly |largely )?(?:a |another )?(?:problem|cause)\b)", re.I)
MIN_CAUSES = 2  # two causes or effects named at least (the audited children's page named five)
# A news peg: the opening dates an event to a day or reports a statement.
_PEG = re.compile(r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|"
                  r"this (?:morning|afternoon|evening|week)|last (?:night|week)|(?:said|says|announced|told|"
                  r"confirmed|reported) |according to\b)", re.I)  # a sourced lede is news (session 18 review)
PEG_SENTENCES = 2  # the opening read for a peg: the first two sentences
# The writer's question in the opening paragraphs ("So why is it so poor?"), asked to be answered.
OPENING_PARAGRAPHS = 3
# The writer answers in the present tense: this share of the writer's sentences with a present-tense main verb.
PRESENT_SHARE = 0.5


def _opening_question(doc: Document, own: list[Sentence]) -> bool:
    """True when the writer asks a how/why/what question in the opening paragraphs or announces the answer."""
    paragraphs = sorted({s.paragraph for s in doc.sentences})[:OPENING_PARAGRAPHS]
    for sentence in own:
        text = sentence.text.strip()
        if _ANNOUNCED.match(text):
            return True
        asks = text.endswith("?") and re.search(r"\b(?:why|how|what)\b", text, re.I)
        if asks and sentence.paragraph in paragraphs:
            return True
    return False


def _present(doc: Document, own: list[Sentence]) -> bool:
    """True when most of the writer's sentences have a present-tense main verb."""
    present = sum(1 for s in own if any(t.dep == "ROOT" and t.tag in ("VBZ", "VBP") for t in doc.sentence_tokens(s)))
    return present >= PRESENT_SHARE * len(own)


def _steps(doc: Document, own: list[Sentence]) -> int:
    """The distinct stage words opening the writer's paragraphs ("First", "Next", "Finally")."""
    starts = {s.paragraph: s for s in reversed(doc.sentences)}
    firsts = {id(s) for s in starts.values()}
    words = {m.group(0).lower().split()[-1] for s in own if id(s) in firsts and (m := _STEP.match(s.text.strip()))}
    return len(words)


def _news_peg(doc: Document) -> bool:
    """True when the opening dates an event to a day or reports someone's statement."""
    return any(_PEG.search(s.text) for s in doc.sentences[:PEG_SENTENCES])


def explains(doc: Document, ctx: Context, title: str) -> bool:
    """True for an explainer (see the module docstring)."""
    own = [s for s in writer_sentences(doc, ctx) if s.text[:1] not in "\"“'‘"]
    if len(own) < MIN_STEPS + 2 or _news_peg(doc) or first_person_essay(doc, ctx) \
            or judges_in_loaded_words(doc, ctx):
        return False
    causes = sum(1 for s in own if _CAUSE.search(unquoted(s.text)))
    steps = _steps(doc, own)
    asked = bool(_ASKING_TITLE.match(title.strip())) or _opening_question(doc, own)
    if steps >= MIN_STEPS and (asked or causes):
        return True  # a guide stage by stage to a question it answers
    if asked and causes >= MIN_CAUSES:
        return True  # a question answered with causes
    # a case study laid out in causes and effects, in the present tense or not, with a question or not
    return causes >= MIN_CAUSES + 1 and (asked or _present(doc, own) or "case study" in doc.article.text.lower())


def explainer(doc: Document, ctx: Context, title: str) -> Literal["explainer"] | None:
    """"explainer" for an explainer (:func:`explains`), or a guide to a document's provisions after a news peg
    (the provisions guide above, Audit 41 #5), else None."""
    return "explainer" if explains(doc, ctx, title) or lays_out_provisions(doc, ctx) else None


__all__ = ["explainer", "explains", "lays_out_provisions", "reports_findings"]


if TYPE_CHECKING:
    from newsbrief.analyze.context import Context


_DOCUMENT_PARTS = frozenset("""article articles clause clauses section sections paragraph paragraphs provision
provisions amendment amendments constitution charter law act bill treaty statute rule rules decree code""".split())
_PROVISION_VERBS = frozenset("""allow require set reserve deal ban bar grant give let permit forbid prohibit limit cap
guarantee protect oblige provide define establish stipulate empower govern cover""".split())
MIN_PROVISIONS = 4  # the audited explainer had eight; a report on a new law two
PROVISION_SHARE = 0.3


def _provision(doc: Document, sentence: Sentence) -> bool:
    """The sentence's main verb, in the present tense, says what its subject, a part of a document, does."""
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.dep != "ROOT" or token.tag not in ("VBZ", "VBP") or token.lemma.lower() not in _PROVISION_VERBS:
            continue
        subjects = [t for t in tokens if t.head == token.i and t.dep in ("nsubj", "nsubjpass")]
        return any(t.lemma.lower() in _DOCUMENT_PARTS or t.text.lower() in _DOCUMENT_PARTS for t in subjects)
    return False


def lays_out_provisions(doc: Document, ctx: Context) -> bool:
    """True when the writer's own sentences walk through a document's provisions (see the module docstring)."""
    own = [s for s in writer_sentences(doc, ctx) if s.text[:1] not in "\"“'‘"]
    provisions = sum(1 for s in own if _provision(doc, s))
    return provisions >= MIN_PROVISIONS and provisions >= PROVISION_SHARE * len(own)


# A question headline ("Who's blamed by BP for the Deepwater Horizon oil spill?") over a report of what a document
# found ("The report says ...", "It blames ...", "The BP investigation says ...") heads news, not an explainer: the
# answers are the document's, reported as it was published (Audit 50 #2, read as an opinion piece). An explainer
# answers in the writer's voice and cites a document here and there. Sentences in a document's voice
# (nlp.attribution): the audited report has 9 of 27; set at MIN_FINDINGS and FINDINGS_SHARE to leave an explainer's
# two or three citations out.
MIN_FINDINGS = 5
FINDINGS_SHARE = 0.2


def reports_findings(doc: Document, ctx: Context) -> bool:
    """True when MIN_FINDINGS sentences, and FINDINGS_SHARE of all, report a document's findings in its voice."""
    found = sum(1 for v in ctx.attributions.voices if v.voice == "document")
    return found >= MIN_FINDINGS and found >= FINDINGS_SHARE * len(doc.sentences)
