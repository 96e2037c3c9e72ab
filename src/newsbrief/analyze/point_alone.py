"""Key points that say nothing alone, and a data box's label glued to a sentence (session 29, issue #11).

Reader audits still deleted about a third of key points. Two of their classes are read here:

- **A line leaning on context.** A columnist's short beat between two arguments ("Some people still don't get
  why that matters.", "That is the question nobody on the council wants to answer.", "Voss should simply move on
  to the future now.") refers back or forward and says nothing alone. The parse shows it: a short sentence
  (MAX_WORDS) with no informative noun at all (names, numbers and nouns other than GENERIC ones), or with one
  beside a generic noun ("the future", "the question") that carries its predicate. A short line that tells
  something ("She will not run for office again.": one informative noun, nothing generic) stays, and so does a
  generic frame around a clause ("The truth is that the allies are not getting along."). A main point that leans
  on purpose (a verdict shown with the claim it answers, summary.analyze_summary) is chosen by its own rules.
- **A data box's label.** A page's fact box ("Population: 12,400", "Founded: 1898") glued in front of the lede's
  sentence when the page lost its line breaks ("Population: 12,400 The town council voted ..."). The ingest
  stage unglues what it can; a sentence still opening on a "Label: value" whose value holds a digit, followed
  straight by a capitalised word, is no key point: printed, the label reads as the article's words. A speaker's
  label ("Nastaran: I disagree") has no digit and a round-up's "NAME, role:" a comma, so neither matches.

- **An aside in parentheses.** A whole sentence the writer put in brackets ("(You know, right behind the Apple
  Watch.)") is marked by the writer as an aside: no key point (Audit 49 #9, key point 2 of a tech rumour).
- **A stakes hook.** "For the Council, much is at stake when it comes to the monitors", "A lot is riding on the
  vote": the subject is a bare indefinite quantity, so the line says that something matters but not what (Audit
  49 #7, key point 1 of a correspondent's analysis). "Much of the city flooded" names its thing and stays.
- **A count announced.** "There are two broad but opposing positions in the Council.", "Two questions remain.":
  a short line counting abstract kinds (positions, questions, reasons) it does not name announces what follows,
  like a line ending in a colon (summary.is_setup), and gives way to it; the next line, opening "Both have tied
  their policies ...", is shown with it, since "Both" alone leans on the count (Audit 49 #7, key point 2).
- **A photo caption** glued onto the text (below).
- **A reporting tail cut off.** A page may break a sentence at its last comma: "A woman detained by ... was not the
  wife of ..., but the sister of a man convicted of bombings in southern Iraq," / "Iraq's interior ministry has
  said." (Audit 53 B1877's KP1 and KP2). The tail, a short reporting clause with nothing said in it, is no point;
  the cut sentence is shown with it (:func:`cue_tail`).

Parse tags and regular expressions; no model beyond the pipeline's.
"""

from __future__ import annotations

import re

from newsbrief.analyze.openings import word_tokens
from newsbrief.analyze.quote_marks import has_quote_mark
from newsbrief.models import Document, Sentence, Token

__all__ = [
    "CAPTION_FACTOR",
    "GENERIC",
    "MAX_WORDS",
    "PEOPLE",
    "aside_or_hook",
    "box_label",
    "count_lead_in",
    "counted_setup",
    "cue_tail",
    "is_caption",
    "is_cue_tail",
    "leans_on_context",
    "parenthetical",
    "says_nothing_alone",
    "vague_subject",
]

MAX_WORDS = 12  # a longer sentence carries more than a beat; the class was 6-10 words in the audits
# Nouns that name no thing of the story: what they mean is in the sentences around them. People are no
# informative noun either, but "A person was arrested on Monday." tells something: only an abstract one leans.
PEOPLE = frozenset("people person persons folk folks".split())
GENERIC = frozenset("thing things question questions answer answers future past point points reason reasons way "
                    "ways matter matters idea ideas issue issues fact facts case lot lots kind sort world truth "
                    "problem something anything everything nothing stuff".split())
_INFORMATIVE = ("NOUN", "PROPN", "NUM")

# "Label: value" with a digit in the value (and at most two lower-case words after it: "4.2 million", "12 km"),
# once or a few times, then a capitalised word opening the sentence the box was glued to.
_BOX_LABEL = re.compile(r"^(?:[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}:\s+(?=[^\s]*\d)[^\s:;]+"
                        r"(?:\s[a-z%][\w%.,]*){0,2}\s+){1,4}(?=[A-Z\"“])")


def box_label(sentence: Sentence) -> bool:
    """True when the sentence opens on a data box's "Label: value" glued to it (see the module docstring)."""
    return bool(_BOX_LABEL.match(sentence.text.strip()))


def leans_on_context(doc: Document, sentence: Sentence) -> bool:
    """True for a short line with no informative noun, or one beside a generic noun (see the module docstring)."""
    tokens = doc.sentence_tokens(sentence)
    if len(word_tokens(tokens)) > MAX_WORDS:
        return False
    nouns = [t for t in tokens if t.pos in _INFORMATIVE]
    generic = [t for t in nouns if t.text.lower() in GENERIC or t.lemma.lower() in GENERIC]
    people = [t for t in nouns if t.text.lower() in PEOPLE]
    informative = len(nouns) - len(generic) - len(people)
    # "The truth is that the allies are not getting along": the generic noun frames a clause that says something.
    return informative == 0 or (informative == 1 and bool(generic) and not any(t.dep == "ccomp" for t in tokens))


def parenthetical(sentence: Sentence) -> bool:
    """True when the whole sentence stands inside one pair of round brackets: the writer's aside."""
    text = sentence.text.strip().rstrip("\"”’'")
    if not text.startswith("(") or not text.rstrip(".!?").endswith(")"):
        return False
    depth = 0
    for k, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return text[k + 1 :].strip(".!?") == ""  # the first bracket closes only at the end
    return False


# Bare indefinite quantities as a subject ("much is at stake"); "a lot" and "a great deal" as a noun with "a".
_VAGUE_SUBJECTS = frozenset("much everything something plenty lots".split())
_VAGUE_NOUNS = frozenset("lot deal".split())
_OWN_CONTENT = ("prep", "relcl", "acl", "appos")  # "much of the city", "everything he owned": a thing named


def _root(doc: Document, sentence: Sentence) -> Token | None:
    return next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)


def vague_subject(doc: Document, sentence: Sentence) -> bool:
    """True for a stakes hook: the main clause's subject is a bare indefinite quantity (see the module docstring)."""
    root = _root(doc, sentence)
    if root is None or has_quote_mark(sentence.text):
        return False
    for token in doc.children(root):
        if token.dep not in ("nsubj", "nsubjpass"):
            continue
        kids = doc.children(token)
        if any(k.dep in _OWN_CONTENT for k in kids):
            continue
        if token.text.lower() in _VAGUE_SUBJECTS or (token.lemma.lower() in _VAGUE_NOUNS
                                                      and any(k.text.lower() == "a" for k in kids)):
            return True
    return False


# Abstract kinds a writer counts before setting them out; things of the story ("two suspects", "three deaths")
# are news when counted and are not listed.
_KINDS = frozenset("position view reason question way option camp side problem issue scenario possibility theory "
                   "explanation lesson factor approach argument answer outcome path choice challenge priority "
                   "takeaway school".split())
_COUNTS = frozenset("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10".split())
COUNT_MAX_WORDS = 14  # the audit's line had 9 words; a longer one names or explains its kinds


def counted_setup(doc: Document, sentence: Sentence) -> bool:
    """True for a short line counting abstract kinds it does not name ("There are two broad but opposing positions
    in the Council.", "Two questions remain."): it announces what follows (see the module docstring)."""
    root = _root(doc, sentence)
    text = sentence.text
    if root is None or ":" in text or has_quote_mark(text) \
            or len(word_tokens(doc.sentence_tokens(sentence))) > COUNT_MAX_WORDS:
        return False
    for token in doc.children(root):
        if token.dep not in ("nsubj", "attr") or token.tag != "NNS" or token.lemma.lower() not in _KINDS:
            continue
        kids = doc.children(token)
        if any(k.dep == "nummod" and k.text.lower() in _COUNTS for k in kids) \
                and not any(k.dep in ("relcl", "acl", "appos") for k in kids):
            return True
    return False


_BACK_QUANTIFIERS = frozenset("both each neither either all none".split())


def count_lead_in(doc: Document, sentence: Sentence) -> Sentence | None:
    """The counted set-up just before ``sentence`` when ``sentence`` opens on a word pointing back at its count
    ("Both have tied their policies ..."), shown with it; else None."""
    words = word_tokens(doc.sentence_tokens(sentence))
    if sentence.index == 0 or not words or words[0].text.lower() not in _BACK_QUANTIFIERS:
        return None
    before = doc.sentences[sentence.index - 1]
    return before if counted_setup(doc, before) else None


def aside_or_hook(doc: Document, sentence: Sentence) -> bool:
    """True for an aside in brackets or a stakes hook: never a main point, whatever rule picked it."""
    return parenthetical(sentence) or vague_subject(doc, sentence)


def says_nothing_alone(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is no key point on its own: it leans on its context, opens on a box label, is an
    aside in brackets or a stakes hook."""
    return box_label(sentence) or leans_on_context(doc, sentence) or aside_or_hook(doc, sentence)


# A photo caption that the page glued onto the text ("The midfielder poses with the trophy after ...",
# "Jay Dasilva (right) has been included ...", "... as depicted in an artist's impression") describes a
# picture the brief does not show: it is no main point and a weak key point (the CNN/DM dev set's largest
# losses to Lead-3 were captions leading the key points, ahead of the lede's own sentences). A bare
# "(pictured)" is left out: writers put it inside the lede's own sentence ("a teacher (pictured) was ...").
CAPTION_FACTOR = 0.5
_CAPTION = re.compile(
    r"\((?:left|right|centre|center|above|below|top|bottom|inset|front|back|"
    r"file (?:photo|picture|image)|(?:second |far |top |bottom |centre |center )(?:left|right))\)|"
    r"\bposes? (?:with|alongside|beside|next to|in front of)\b|"
    r"\bartist'?s? impressions?\b|\bshared (?:this|the) (?:image|picture|photo)\b|"
    r"^(?:pictured|above|below|inset|left|right)\s*:", re.I)


def is_caption(text: str) -> bool:
    """True when a sentence's ``text`` carries a photo caption's own words (see _CAPTION)."""
    return bool(_CAPTION.search(text))


# A reporting tail: a short clause whose verb reports and which holds nothing said ("Iraq's interior ministry has
# said.", "the agency told reporters."). CUE_TAIL_WORDS: the class was 5 words in Audit 53; a longer line tells more.
CUE_TAIL_WORDS = 10
_REPORTING = frozenset("say tell report add announce confirm state claim write".split())


def is_cue_tail(doc: Document, sentence: Sentence) -> bool:
    """True for a short reporting clause with nothing said in it, after a sentence the page cut at its comma."""
    if sentence.index == 0 or not doc.sentences[sentence.index - 1].text.rstrip().endswith(","):
        return False
    tokens = doc.sentence_tokens(sentence)
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return root is not None and len(word_tokens(tokens)) <= CUE_TAIL_WORDS and root.lemma.lower() in _REPORTING \
        and not any(t.head == root.i and t.dep in ("ccomp", "xcomp", "csubj") for t in tokens)


def cue_tail(doc: Document, sentence: Sentence) -> Sentence | None:
    """The reporting tail the page cut off ``sentence`` (see :func:`is_cue_tail`), or None."""
    after = sentence.index + 1
    if after < len(doc.sentences) and is_cue_tail(doc, doc.sentences[after]):
        return doc.sentences[after]
    return None
