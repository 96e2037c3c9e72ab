"""Lines run together, the writer's asides and a chronicle's dangling steps: no forecast, call or cause (reader
Audit 39, docs/audit.md 40.4: Outlook 29 % wrong, 43 % would delete).

* **Lines run together** (:func:`lines_run_together`). Besides the fact box of :func:`~newsbrief.nlp.boxes.run_together`
  (later lines opening on function words), two shapes lose their line breaks in pasted copy: a profile sidebar
  whose lines open on a verb with the group as its unstated subject ("... by a defected colonel Claims to number
  15,000 ... Aims to ... Says it has ..."), and a highlights run of "Name Surname: teaser" lines (a round-up of
  commentaries). Either is several items, never one forecast, call or cause.
* **The writer's own past words** (:func:`writers_aside`). "'You might consider another name,' I said": what the
  writer said to someone in an anecdote is the column's story, not a forecast or a call.
* **The writer's musing.** "One wonders if the stars might not also benefit": a quip put as a wondering.
* **A routine promise to be kept informed.** "We will be kept fully informed by the agency": the one "will" is the
  trivial promise of updates, not an outlook a reader keeps.
* **A forecast only in a relative clause of a past fact** (:func:`forecast_aside`). "Brewhouse, which will deliver
  coffee in 40 cities by the end of the year, has also partnered with a grocery app": the sentence tells a done deal
  (its root in the past or the present perfect); the "will" describes its subject in passing (CNN/DM row 45, the
  lead's third unseen reading).
* **A chronicle's dangling step** (:func:`chronicle_step`). "The following year, poor upkeep caused the pipes to
  burst": a past incident whose time leans on the sentence before; in a list of a party's record it illustrates,
  and shown alone its time dangles. It is no cause for Analysis.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_news import glued_lines
from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.boxes import run_together

# A capitalised word the tagger took for a verb or a plural name, straight after a word with no sentence punctuation
# between, and followed by "to" or a subject pronoun: a sidebar line opening on its verb ("... al-Asad Claims to
# number", "... unlikely Aims to", '..." Says it has'). Tuned on Audit 39 #4 (three seams) and the labelled cases.
_LINE_VERB_TAGS = frozenset({"VBZ", "NNPS", "NNS"})
_LINE_VERB_NEXT = frozenset({"to", "it", "its", "he", "she", "they", "that"})
_SEAM_BEFORE = frozenset({".", "!", "?", ":", ";", ",", "(", "-", "—", "–"})
_MIN_SEAMS = 2
# "Shadi Hamid:", "M. Nazif Shahrani:": a speaker's label; two in one "sentence" are two lines run together.
_LABEL = re.compile(r"(?:^|(?<=\S ))(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*:(?=\s)")


def _line_verb(tokens: tuple[Token, ...], at: int) -> bool:
    token, before = tokens[at], tokens[at - 1]
    if not token.text[:1].isupper() or not token.text.endswith("s") or token.ent_type \
            or token.tag not in _LINE_VERB_TAGS or before.text in _SEAM_BEFORE:
        return False
    return at + 1 < len(tokens) and tokens[at + 1].text.lower() in _LINE_VERB_NEXT


def lines_run_together(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is a profile sidebar's verb-first lines or a highlights run of "Name: teaser" lines
    run together (see the module docstring)."""
    if len(_LABEL.findall(sentence.text)) >= _MIN_SEAMS:
        return True
    tokens = doc.sentence_tokens(sentence)
    return sum(_line_verb(tokens, at) for at in range(1, len(tokens))) >= _MIN_SEAMS


def run_on(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` is lines run together: a fact box's (:func:`~newsbrief.nlp.boxes.run_together`), a
    sidebar's or a highlights run's (:func:`lines_run_together`), or lines glued without full stops (Audit 40,
    :func:`~.section_news.glued_lines`)."""
    return run_together(doc, sentence) or lines_run_together(doc, sentence) or glued_lines(doc, sentence)


# The writer's report of their own words: '..., I said', 'I told her: "..."'.
_OWN_WORDS = re.compile(r"[\"”’',]\s*I\s+(?:said|told\s+\w+|asked|replied|suggested|added|explained|warned)\b|"
                        r"\bI\s+(?:said|told\s+\w+|asked|replied|suggested)\s*[,:]?\s*[\"“]")
_MUSING = re.compile(r"^\W*(?:(?:and|but|so|still)\s*,?\s+)?(?:one|i|we|you)\s+(?:(?:can(?:'t|not)?|could|might|may)"
                     r"\s+(?:only\s+|well\s+|also\s+|but\s+|not\s+help\s+)?)?(?:wonders?|wondering)\s+"
                     r"(?:if|whether|how|why|what)\b", re.I)
_KEPT_INFORMED = re.compile(
    r"\b(?:will|'ll|shall)\s+(?:continue\s+to\s+)?(?:be\s+kept|keep\s+(?:you|us|them|readers|viewers|listeners|"
    r"everyone|the\s+public|(?:the\s+|our\s+)?(?:families|parents|staff|members|residents)))\s+(?:\w+ly\s+)?"
    r"(?:updated|informed|posted|abreast|up[- ]to[- ]date|in\s+the\s+loop)\b|"
    r"\b(?:will|'ll)\s+(?:\w+ly\s+)?update\s+(?:you|readers|this\s+(?:story|article|page|post))\b", re.I)
_FUTURE = re.compile(r"\b(?:will|'ll|shall|would|could|may|might|going\s+to)\b", re.I)


def writers_aside(sentence: Sentence) -> bool:
    """True when ``sentence`` is the writer's own past words, a musing, or a routine promise of updates whose only
    future word is that promise (see the module docstring)."""
    text = sentence.text
    if _OWN_WORDS.search(text) or _MUSING.search(text):
        return True
    return bool(_KEPT_INFORMED.search(text)) and len(_FUTURE.findall(text)) == 1


_CLIMB = 4  # clause levels from a modal's verb up to the root; relative clauses sit one or two levels down


def _on_subject(doc: Document, modal: Token, root: Token) -> bool:
    """Whether ``modal`` sits in a relative clause on ``root``'s subject ("Brewhouse, which will deliver ..."). A
    relative clause on an object ("grossed $77 million, a number that will likely be surpassed") is left: there the
    forecast is what the sentence adds (Newsroom row 32)."""
    node = doc.tokens[modal.head]
    for _ in range(_CLIMB):
        if node.dep == "relcl":
            subject = doc.tokens[node.head]
            return subject.dep in ("nsubj", "nsubjpass") and subject.head == root.i
        if node.dep == "ROOT" or node.head == node.i:
            return False
        node = doc.tokens[node.head]
    return False


def _done_root(doc: Document, root: Token) -> bool:
    """A root verb in the past ("partnered") or the present perfect ("has partnered")."""
    if root.tag == "VBD":
        return True
    return root.tag == "VBN" and any(k.dep == "aux" and k.lemma == "have" and k.tag in ("VBZ", "VBP")
                                     for k in doc.children(root))


def forecast_aside(doc: Document, sentence: Sentence) -> bool:
    """True when every modal of ``sentence`` sits in a relative clause on the subject of a root that tells a done
    fact (see the module docstring): the forecast is said in passing about a party, the sentence reports the fact."""
    tokens = doc.sentence_tokens(sentence)
    modals = [t for t in tokens if t.tag == "MD"]
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    return bool(modals) and root is not None and _done_root(doc, root) \
        and all(_on_subject(doc, m, root) for m in modals)


# A time that leans on the sentence before: "The following year", "Two months later", "That same week".
_LEANING_TIME = re.compile(
    r"^\W*(?:the\s+(?:following|next)\s+(?:day|week|month|year|spring|summer|autumn|fall|winter|decade)|"
    r"(?:a|an|one|two|three|four|five|six|several|some|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+later|"
    r"later\s+that\s+(?:day|week|month|year)|that\s+(?:same\s+)?(?:day|week|month|year))\b", re.I)


def chronicle_step(doc: Document, sentence: Sentence) -> bool:
    """True when ``sentence`` opens on a time leaning on the sentence before and tells a past incident (its root
    verb in the past tense): a step of a chronicle, no cause the piece argues (see the module docstring)."""
    if not _LEANING_TIME.search(sentence.text):
        return False
    return any(t.dep == "ROOT" and t.tag == "VBD" for t in doc.sentence_tokens(sentence))
