"""Lines at the end of an article that are not its close: notes on the reporting, a column's sign-off, and a
closing claim cut from its source (issue #11; reader Audit 19, docs/audit.md 20.3).

Reader Audit 19 judged 4 of 12 conclusions wrong, as Audits 17 and 18 had (33% three audits running):

- a sourcing note closed an interview-based report ("CNN conducted a third phone interview with her
  Monday."), one line before the contributor credit, in place of her father's plea. A sentence about how
  the outlet reported the story - the outlet, "we", "this reporter" or "this newspaper" as the subject of
  interviewing, reaching, contacting, verifying, confirming or contributing - tells nothing of the story;
  "Police interviewed the guards" does, and still closes;
- a column's sign-off box closed a column ("[Charlie] also washed his hands five times ...") whose own last
  line came after "That's all for today.": a sign-off formula ends the column, and what follows it (a box
  about the writer's week, a bio) is furniture;
- a closing claim was shown without its source ("Members could contract the virus on purpose ...", which
  the sentence before gave to Forbes): the sentence that names the source is shown with it.
"""

from __future__ import annotations

import re

from newsbrief.analyze.closing_voice import continues_quote, names_speaker
from newsbrief.analyze.openings import SPEECH, has_quote_mark
from newsbrief.models import Document, Sentence, Token

# Verbs of the reporting itself: interviewing, reaching, contacting, verifying.
_REPORTING_VERBS = frozenset("interview reach contact verify confirm contribute speak talk conduct call email "
                             "e-mail telephone phone approach ask obtain attempt try".split())
# "We reached an agreement", "we reached the point where ...": no one was reached for comment.
_REACHED_STATES = frozenset("point agreement deal conclusion stage level decision consensus compromise settlement "
                            "milestone record peak limit end goal target verdict height total".split())
# A column's "we" talks and asks about anything; only these verbs are the outlet's reporting when "we" do them.
_WE_VERBS = frozenset("reach contact interview verify confirm email e-mail telephone phone approach".split())
# The outlet's own names for itself.
_SELF_NOUNS = frozenset("reporter reporters correspondent newspaper paper station network website site "
                        "magazine programme program channel publication outlet".split())
# The last word of a news outlet's name ("The Herald", "The Daily Ledger", "Sky News") or a broadcaster's
# initials; the source's own outlet name counts too (see ``_outlet_subject``).
_OUTLET_NAME = re.compile(
    r"^(?:the )?(?:[A-Z][\w&.'’-]* ){0,3}(?:Times|Post|Gazette|Herald|News|Journal|Ledger|Tribune|Telegraph|"
    r"Guardian|Independent|Chronicle|Observer|Express|Mail|Mirror|Standard|Globe|Press|Inquirer|Courier|"
    r"Bulletin|Record|Sentinel|Examiner|Dispatch|Register|Reuters|Bloomberg)$|"
    r"^(?:the )?(?:CNN|BBC|AP|AFP|NBC|ABC|CBS|NPR|PBS|ITV|CNBC|MSNBC|Fox News|Al Jazeera|Sky News)$")


# A programme's or publication's name in quotation marks ("CNN's \"AC360\" spoke with her") is no quotation.
_QUOTED_NAME = re.compile(r"[\"“][A-Z0-9][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3}[\"”]")
# An outlet's programme or desk: "CNN's \"AC360\"", "the BBC's Newsnight team".
_OUTLET_POSSESSIVE = re.compile(r"^(?P<outlet>.+?)['’]s\b")


def _subject_words(doc: Document, verb: Token) -> str:
    subject = next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ""
    return doc.article.text[doc.tokens[subject.left].start : doc.tokens[subject.right].end]


def _outlet_subject(doc: Document, words: str) -> bool:
    """Whether ``words`` (a subject) name the outlet: "we", "this reporter", "this newspaper", a news
    outlet's name, or the source's own outlet."""
    lowered = words.lower().split()
    if lowered == ["we"]:
        return True  # outside any quotation: the writer's own reporting (its verbs are narrowed in the caller)
    if len(lowered) == 2 and lowered[0] in ("this", "our") and lowered[1] in _SELF_NOUNS:
        return True
    outlet = doc.article.source.outlet
    if outlet and words.lower().removeprefix("the ") == outlet.lower().removeprefix("the "):
        return True
    possessive = _OUTLET_POSSESSIVE.match(words)
    return bool(_OUTLET_NAME.match(words)) or bool(possessive and _OUTLET_NAME.match(possessive["outlet"]))


def reporting_note(doc: Document, sentence: Sentence) -> bool:
    """True for a note on how the outlet reported the story (see the module docstring); a quotation is the
    speaker's, never the outlet's note."""
    if has_quote_mark(_QUOTED_NAME.sub("", sentence.text)):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return False
    verbs = [root, *(k for k in doc.children(root) if k.dep == "conj" and k.pos == "VERB")]
    for verb in verbs:
        if verb.lemma.lower() not in _REPORTING_VERBS:
            continue
        objects = [k for k in doc.children(verb) if k.dep == "dobj"]
        if verb.lemma.lower() == "reach" and any(o.lemma.lower() in _REACHED_STATES for o in objects):
            continue
        kids = doc.children(verb)
        # told as done ("conducted", "has contacted") or as not possible ("could not verify"); "we must
        # contact our neighbours" is a call
        done = verb.tag in ("VBD", "VBN") or any(k.dep == "neg" for k in kids)
        words = _subject_words(doc, root)
        if done and _outlet_subject(doc, words) and (words.lower() != "we" or verb.lemma.lower() in _WE_VERBS):
            return True
    return False


# A column's sign-off: "That's all for today.", "That's it from me.", "Until next week.", "See you next
# time.", "More next week." Only a short line counts: "That's all for today, the minister said of the talks"
# is news.
_SIGN_OFF = re.compile(
    r"^(?:that'?s|that is|that[’']s) (?:all|it) (?:for (?:today|now|this week|this time|me)|from me)\b|"
    r"^until (?:next (?:week|time|month|year)|tomorrow|then|we meet again)\b|^see you (?:next|tomorrow|soon)\b|"
    r"^(?:bye|goodbye) for now\b|^more next (?:week|time)\b|^(?:i'?ll|i[’']ll|we'?ll) be back next (?:week|time)\b",
    re.I)
SIGN_OFF_WORDS = 8
# A sign-off is looked for in the last paragraphs only: a column's box or bio after it ran one to three
# paragraphs in the audit column and in the Guardian columns of the Newsroom pool.
SIGN_OFF_REACH = 4


def sign_off(text: str) -> bool:
    """Whether ``text`` is a columnist's sign-off formula (see above)."""
    text = text.strip()
    return len(text.split()) <= SIGN_OFF_WORDS and bool(_SIGN_OFF.search(text))


def signed_off(doc: Document) -> int | None:
    """The paragraph number of a column's sign-off among the last paragraphs, not the last one itself; the
    paragraphs after it are furniture. None when there is none."""
    numbers = sorted({s.paragraph for s in doc.sentences})[-SIGN_OFF_REACH:]
    if len(numbers) < 2:
        return None
    found = [s.paragraph for s in doc.sentences
             if numbers[0] <= s.paragraph < numbers[-1] and s.index > 1 and sign_off(s.text)]
    return found[-1] if found else None


# A source that the next sentence's claim runs on from: "The Ledger reported that ...". ("according to" in
# the sentence before was tried: on the Newsroom pool it paired a closing fact with a sourced detail.)
_SOURCING_VERBS = frozenset("report claim allege write suggest reveal".split())
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_MAYBE = frozenset({"could", "may", "might"})
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\b", re.I)


def claim_source(doc: Document, sentence: Sentence, lead: int) -> Sentence | None:
    """The sentence before ``sentence``, in its paragraph and after the lead, when a named source reports a
    claim in it ("Forbes reported that ...") and ``sentence`` runs on with a hedged claim ("could", "may",
    "reportedly") and no source of its own; None otherwise."""
    index = sentence.index - 1
    if index < lead or has_quote_mark(sentence.text) or SPEECH.search(sentence.text) \
            or _ACCORDING.search(sentence.text):
        return None
    before = doc.sentences[index]
    # only a claim runs on from its source: a modal ("Members could ...") or a hedge; "The road reopened at
    # noon." after "according to police" is the article's own fact
    hedged = _HEDGE.search(sentence.text) or any(t.tag == "MD" and t.lemma.lower() in _MAYBE
                                                 for t in doc.sentence_tokens(sentence))
    if before.paragraph != sentence.paragraph or not hedged:
        return None
    root = next((t for t in doc.sentence_tokens(before) if t.dep == "ROOT"), None)
    if root is None:
        return None
    sourced = root.lemma.lower() in _SOURCING_VERBS and root.tag in ("VBD", "VBZ", "VBP") and any(
        k.dep == "nsubj" and k.pos == "PROPN" for k in doc.children(root))
    return before if sourced else None


def spoken_on(doc: Document, paragraph: list[Sentence]) -> bool:
    """Whether ``paragraph`` is a quotation whose speaker is named in the last sentence of the paragraph just
    before it ('Jane Roe, an analyst, said the numbers kept changing.' then '"This uncertainty depletes
    confidence."', or a quotation run on across paragraphs): the two are one close. Reader Audit 19 printed a
    middle sentence where an analyst's closing warning stood so."""
    if not paragraph or not continues_quote(doc, paragraph[0]) or paragraph[0].index < 1:
        return False
    before = doc.sentences[paragraph[0].index - 1]
    return before.paragraph == paragraph[0].paragraph - 1 and names_speaker(before.text)
