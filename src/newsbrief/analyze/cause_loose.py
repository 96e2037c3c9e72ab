"""Cue words of the Analysis lexicon used loosely: the word is there, no cause is stated (reader Audit 25, docs/audit.md
26.4 pattern 8: 7 of 8 Analysis items useless).

Read on the Analysis items of the first 60 CNN/DM and 60 Newsroom rows (session 16), each shape a general use of a
cue word that names no cause:
- "led to" of guiding: "were instructed to remove their shoes, then led to the second floor" (a passive participle
  with no "have"; "has led to protests" keeps its "have");
- "result" as a score or an outcome rated: "the best result of his career", "poor results in" (an adjective of
  rank or worth on the noun; "the direct result of" stays);
- "trigger(s)"/"spark(s)" as a thing, "nuclear triggers" (a noun not followed by "for" or "of");
- a "lack of" complained of, "bemoaned the lack of opportunities": the object of a verb of complaint;
- an unknown cause, "officials still do not know what caused the fire", "are investigating the cause of the crash":
  the cause is what is asked, not what is stated; so is a cause that is a topic ("testifying about the cause of
  the disaster") or one denied ("modern rigs do not cause spills"; reader Audit 36 #4, #6);
- a scenario named ("One outcome is a long stalemate") and reasons announced, not given ("There is also reason
  for optimism."; session 18, Audit 28 #1);
- a cry ("Oh my God, ...") or a charge ("officials charged that the strikes killed civilians"): an outburst or an
  accusation belongs to the quotes and to Who says what, not to the causes the article states.
"""

from __future__ import annotations

import re

from newsbrief.analyze.cause_told import heard_or_decided, scene_detail
from newsbrief.analyze.section_expected import earlier_episode_cause
from newsbrief.models import Document, Sentence, Token

_RANKING = frozenset("best worst good bad poor great fine strong weak disappointing impressive encouraging mixed final "
                     "latest first early preliminary election exam test official full record".split())
_COMPLAINING = frozenset("bemoan lament decry deplore criticise criticize complain condemn regret highlight note "
                         "mention attack blast slam".split())
_FINDING_OUT = frozenset("know investigate determine establish find probe examine identify understand ascertain "
                         "explain testify speak talk ask question debate discuss".split())
# "testifying about the cause of the disaster", "an inquiry into the cause": the cause is a topic (Audit 36 #4).
_TOPIC_PREPOSITIONS = frozenset({"about", "into"})
_CAUSING = frozenset("cause trigger spark prompt lead".split())
# Where people are led: the object of "to" after a "led" of guiding.
_PLACES = frozenset("floor room door exit hall stage area building van vans car cars bus cell cells station office "
                    "square street yard gate entrance lobby courtyard basement corridor tent camp ship boat plane "
                    "table seat seats safety".split())
_PLACE_TYPES = frozenset({"LOC", "FAC", "GPE"})
_ACCUSING = frozenset({"charge", "allege", "accuse"})
# "Oh my God", "Ah, ...", "Wow": an outburst opening the sentence.
_CRY = re.compile(r"^\W*(?:oh|ah|aah|wow|whoa|ouch|alas|my god|oh my god|good god|god)\b", re.I)


def _kids(doc: Document, token: Token, *deps: str) -> list[Token]:
    return [k for k in doc.children(token) if not deps or k.dep in deps]


def _guided(doc: Document, token: Token) -> bool:
    """"then led to the second floor": a passive participle of "lead" with no "have", or a "led" joined with no
    subject of its own to a passive ("were searched, then led to a room": the tagger reads it as a past tense)."""
    if token.lemma.lower() != "lead" or token.pos != "VERB":
        return False
    places = [o for p in _kids(doc, token, "prep") if p.lemma.lower() == "to" for o in _kids(doc, p, "pobj")]
    if not any(o.ent_type in _PLACE_TYPES or o.lemma.lower() in _PLACES for o in places):
        return False  # "was called off and led to new talks": an event it brought about
    if token.tag == "VBN":
        return not any(a.lemma.lower() == "have" for a in _kids(doc, token, "aux"))
    head = doc.tokens[token.head]
    return token.dep == "conj" and not _kids(doc, token, "nsubj", "nsubjpass") and bool(_kids(doc, head, "auxpass"))


def _rated_result(doc: Document, token: Token) -> bool:
    """"the best result of his career": a result rated or ranked, a score rather than an effect."""
    return token.lemma.lower() == "result" and token.pos == "NOUN" and any(
        k.tag == "JJS" or k.lemma.lower() in _RANKING for k in _kids(doc, token, "amod", "compound"))


def _thing_named(doc: Document, token: Token) -> bool:
    """"nuclear triggers": the noun of a causal verb's word, not followed by "for" or "of"."""
    if token.lemma.lower() not in ("trigger", "spark") or token.pos != "NOUN":
        return False
    after = doc.tokens[token.i + 1] if token.i + 1 < len(doc.tokens) else None
    return after is None or after.text.lower() not in ("for", "of")


def _complained_of(doc: Document, token: Token) -> bool:
    """"bemoaned the lack of opportunities", "complained about a shortage of staff"."""
    if token.lemma.lower() not in ("lack", "shortage") or token.pos != "NOUN":
        return False
    head = doc.tokens[token.head]
    if token.dep == "pobj":
        head = doc.tokens[head.head]
    return token.dep in ("dobj", "pobj") and head.lemma.lower() in _COMPLAINING


def _cause_asked(doc: Document, token: Token) -> bool:
    """"do not know what caused the fire", "investigating the cause of the crash": the cause is asked for."""
    lemma = token.lemma.lower()
    if lemma in _CAUSING and token.pos == "VERB":
        # "what caused the fire" asks; "rigs do not cause spills" denies (Audit 36 #6): neither states a cause
        return any(k.text.lower() in ("what", "which") for k in _kids(doc, token, "nsubj")) \
            or bool(_kids(doc, token, "neg"))
    if lemma in ("cause", "reason") and token.pos == "NOUN" and token.dep in ("dobj", "pobj"):
        head = doc.tokens[token.head]
        if token.dep == "pobj":
            if head.text.lower() in _TOPIC_PREPOSITIONS:
                return True
            head = doc.tokens[head.head]
        return head.lemma.lower() in _FINDING_OUT
    return False


def _cause_for_feeling(doc: Document, token: Token) -> bool:
    """"cause for encouragement", "cause for concern": a bare noun after "cause for" judges a thing (Audit 27:
    "cause for encouragement" filed as a cause); "the cause of the fire" names one. "There is also reason for
    optimism" (Audit 28 #1) announces reasons the next sentences give: alone it states none; "the reason for the
    delay" names what is explained."""
    if token.text.lower() not in ("cause", "reason", "reasons", "grounds"):  # "are cause for" is tagged a verb, too
        return False
    return any(o.pos == "NOUN" and not _kids(doc, o, "det", "poss")
               for k in _kids(doc, token, "prep") if k.text.lower() == "for" for o in _kids(doc, k, "pobj"))


# A scenario an analysis names (Audit 28 #1: "One outcome is a long stalemate" filed as a cause): the cue word is what
# the scenario would be, the attribute of a supposing noun; "The talks ended in a stalemate" states one.
_SUPPOSED = frozenset("scenario outcome possibility option alternative case prospect risk".split())


def _scenario_named(doc: Document, token: Token) -> bool:
    """"One outcome is a long stalemate", "the worst case would be a collapse": a cue noun as the attribute of a
    copula whose subject is a scenario or an outcome."""
    if token.dep != "attr" or token.pos != "NOUN":
        return False
    return any(k.lemma.lower() in _SUPPOSED for k in _kids(doc, doc.tokens[token.head], "nsubj"))


# A cause inside the view a writer takes apart (session 20, Audit 31 A3: "In arguing there can be no undersea clouds
# because 'oil has a specific gravity that's half that of water', the chief displays ..." filed as a cause): a cue
# under "In/By arguing (claiming, insisting ...)" is the arguer's reason, which the sentence goes on to judge, not the
# article's cause. Only the clause under the gerund is read: the main clause's own "because" still states a cause.
_ARGUING = frozenset("argue claim insist assert contend suggest maintain reason".split())


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _arguing_gerund(doc: Document, token: Token) -> bool:
    return token.tag == "VBG" and token.lemma.lower() in _ARGUING and token.dep == "pcomp" \
        and doc.tokens[token.head].text.lower() in ("in", "by")


def _gerund_over(doc: Document, token: Token) -> Token | None:
    """The "In arguing" gerund over ``token``: on its chain of heads, or hung on one of them (the parser often hangs
    the phrase on the argued clause's verb, or makes that verb the root)."""
    for _ in range(8):
        if _arguing_gerund(doc, token):
            return token
        found = next((g for k in doc.children(token) if k.dep == "prep" for g in _kids(doc, k, "pcomp")
                      if _arguing_gerund(doc, g)), None)
        if found is not None or token.head == token.i:
            return found
        token = doc.tokens[token.head]
    return None


def _argued_view(doc: Document, token: Token) -> bool:
    """A cue after an "In arguing ..." gerund and before the comma that closes the phrase (a comma inside a
    quotation does not close it): see above."""
    gerund = _gerund_over(doc, token)
    if gerund is None or gerund.i > token.i:
        return False
    quoted = False
    for between in doc.tokens[gerund.i + 1 : token.i]:  # only the words from the gerund to the cue
        if between.text in _QUOTE_MARKS:
            quoted = not quoted
        elif between.text == "," and not quoted:
            return False
    return True


# An aim disclaimed: "made clear he had no interest in undermining the firm's value", "we are not trying to
# weaken the union": a cue word under an intention someone denies names nothing that happened (reader Audit 33 #4,
# a Downing Street account of a call filed under Analysis).
_AIMS = frozenset("interest intention intent plan desire wish aim attempt".split())
_AIMING = frozenset("try want seek intend mean aim plan wish".split())


def _disclaimed(doc: Document, token: Token) -> bool:
    """Whether the cue at ``token`` is the object of an aim its holder denies (see above)."""
    node = token
    for _ in range(3):
        head = doc.tokens[node.head]
        if head.i == node.i:
            return False
        kids = [doc.tokens[i] for i in range(head.left, head.right + 1) if doc.tokens[i].head == head.i]
        if head.lemma.lower() in _AIMS and head.pos == "NOUN":
            return any((k.dep == "det" and k.lemma.lower() == "no") or k.dep == "neg" for k in kids)
        if head.lemma.lower() in _AIMING and head.pos == "VERB" and node.dep == "xcomp":
            return any(k.dep == "neg" for k in kids)
        if node.dep not in ("pcomp", "pobj", "prep"):
            return False
        node = head
    return False


def loose_cue(doc: Document, token: Token) -> bool:
    """True when the cue word at ``token`` states no cause (see the module docstring)."""
    return _guided(doc, token) or _rated_result(doc, token) or _thing_named(doc, token) \
        or _complained_of(doc, token) or _cause_asked(doc, token) or _cause_for_feeling(doc, token) \
        or _scenario_named(doc, token) or _argued_view(doc, token) or _disclaimed(doc, token) \
        or heard_or_decided(doc, token)  # a rumour's content, a decided act (cause_told)


def cry_or_charge(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is an outburst ("Oh my God, ...") or its main verb is a charge ("officials charged
    that ...", "the group accused the army of ..."): see the module docstring."""
    if _CRY.search(sentence.text.lstrip("\"“‘' ")):
        return True
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    return root is not None and root.lemma.lower() in _ACCUSING

# A cause the sentence says is unknown ("It is not clear why, because he has not told the police", "No one knows
# why the pump failed") or a "because" clause left with no clause to explain ("Because it has no sugar in it.", a
# reply cut from its question): no cause stated (the Newsroom and XSum rows of session 21).
_UNKNOWN_CAUSE = re.compile(r"\b(?:(?:it is|it's|it was|remains|is still) (?:not clear|unclear)|no one knows|"
                            r"nobody knows|it is not known) why\b", re.I)


# Evidence that lets someone know a fact ("thanks to the sleuthing of a comedian, we now know that he was on a
# flight", reader Audit 35 #12) credits a source, not a cause of the news; so does a means of watching ("thanks to
# the company's camera feed, we can all watch the leak", Audit 36 #6).
_KNOWN_THANKS = re.compile(r"\bthanks to\b[^.;:]{1,120}?,\s*(?:we|you|i|they|police|investigators|officials)\s+"
                           r"(?:now\s+|finally\s+|also\s+)?(?:know|knew|learned|learnt|discovered|found out|"
                           r"can (?:all\s+|now\s+)?(?:see|say|confirm|reveal|watch|hear|follow)|understand)\b", re.I)


# "Intelligent sanctions can result in the latter" (reader Audit 41 #6, session 27): "the latter" or "the former" as a
# pronoun points to one of two things the sentence before named; shown alone, the item says nothing. "The former
# minister said ..." (an adjective before a noun) is left alone.
CUT_CHOICE = re.compile(r"\bthe\s+(?:latter|former)\b(?=\s*[.,;:!?)\"”]|\s+(?:is|was|are|were|has|had|will|would|"
                        r"can|could|may|might|should|must)\b)", re.I)


def states_none(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence is an outburst or a charge (:func:`cry_or_charge`), says its cause is unknown, credits
    the source of a fact (see above), is only a "because" clause (see above), or gives an earlier episode's cause
    told back with "At the time," (:mod:`~.section_expected`, Audit 45)."""
    if cry_or_charge(doc, sentence) or _UNKNOWN_CAUSE.search(sentence.text) or scene_detail(doc, sentence) \
            or _KNOWN_THANKS.search(sentence.text) or CUT_CHOICE.search(sentence.text) \
            or earlier_episode_cause(doc, sentence):
        return True
    if not sentence.text.lstrip("\"“‘' ").lower().startswith("because"):
        return False  # a line the page broke ("of oxygen because the generator failed") is joined, not dropped
    root = next((t for t in doc.sentence_tokens(sentence) if t.head == t.i), None)
    return root is not None and any(t.head == root.i and t.dep == "mark" and t.text.lower() == "because"
                                    for t in doc.sentence_tokens(sentence))
