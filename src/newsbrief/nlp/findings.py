"""Modal clauses that tell what is found or felt now, and sentences that announce a piece, not a forecast.

Reader Audit 15 (docs/audit.md 16.4 item 4) found five Outlook items that say nothing of what will happen:

- a research finding: "Our latest research shows that, given the chance, ordinary people will stand up to
  corruption" (a "will" of disposition in what a study, survey or poll shows or found);
- a poll's answer: "Two-thirds of the 91,000 people questioned said they would support ..." (a "would" in
  what the people questioned, surveyed or polled said);
- a present disposition: "few are willing to challenge him and none would dare speak publicly";
- a past announcement recalled to describe a noun: "a GPS radio, which is at odds with the announcement,
  where the company said the Watch will require an iPhone" (the discrepancy is now; the "will" is the
  announcement's);
- a standfirst that announces the piece: "Get up to speed on ... what the next few months may bring as X
  answers some frequently asked questions" (an imperative addressed to the reader).

A time of its own ("by 2100", "in March") keeps a finding or a poll's answer a forecast ("The study shows
sea levels will rise by a metre by 2100", "economists polled said the bank would cut rates in March").
Read from the spaCy parse already in the document (no model of its own), like the rest of the tense rules.
"""

from __future__ import annotations

from newsbrief.models import Document, Sentence, Token

_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_FINDING_VERBS = frozenset("show find suggest indicate reveal demonstrate confirm".split())
_RESEARCH = frozenset("research study survey poll data evidence finding report analysis barometer index "
                      "census questionnaire experiment trial".split())
_SAYING = frozenset("say tell answer respond reply report".split())
# Words that make a subject the people a poll asked: "the 91,000 people questioned", "voters surveyed",
# "respondents".
_POLLED = frozenset("question survey poll interview ask sample respondent participant".split())
_DISPOSITION = frozenset({"dare"})
_WOULD = frozenset({"would", "'d"})
_READER_VERBS = frozenset("get find learn read discover catch follow".split())
_RECALLED_BY = frozenset("say announce promise pledge state claim".split())


def _dated(doc: Document, verb: Token) -> bool:
    return any(doc.tokens[i].ent_type in _TIME_ENTITIES for i in range(verb.left, verb.right + 1))


def _subject(doc: Document, verb: Token) -> Token | None:
    return next((k for k in doc.children(verb) if k.dep in ("nsubj", "nsubjpass")), None)


def _finding(doc: Document, verb: Token, head: Token) -> bool:
    """What research shows: "our research shows that people will ...", "the study found that patients will ..."."""
    subject = _subject(doc, head)
    return head.lemma.lower() in _FINDING_VERBS and subject is not None \
        and subject.lemma.lower() in _RESEARCH


def _poll_answer(doc: Document, head: Token) -> bool:
    """What the people a poll asked said: "two-thirds of the people questioned said they would ..."."""
    subject = _subject(doc, head)
    if head.lemma.lower() not in _SAYING or subject is None:
        return False
    return any(doc.tokens[i].lemma.lower() in _POLLED for i in range(subject.left, subject.right + 1))


def _recalled(doc: Document, head: Token) -> bool:
    """A saying verb in a clause that describes a thing: "the announcement, where the company said ..."."""
    noun = doc.tokens[head.head]
    return head.dep in ("relcl", "acl") and head.lemma.lower() in _RECALLED_BY and noun.pos == "NOUN" \
        and noun.dep == "pobj" and noun.ent_type == ""


def found_not_forecast(doc: Document, verb: Token, modal: Token) -> bool:
    """True when the modal clause of ``verb`` tells a finding, a poll's answer, a present disposition or a
    past announcement recalled in a description (see above), with no time of its own."""
    if _dated(doc, verb):
        return False
    if modal.text.lower() in _WOULD and verb.lemma.lower() in _DISPOSITION:
        return True  # "none would dare speak publicly"
    head = doc.tokens[verb.head]
    if verb.dep != "ccomp" or head.i == verb.i:
        return False
    return _finding(doc, verb, head) or _poll_answer(doc, head) or _recalled(doc, head)


def addresses_reader(doc: Document, sentence: Sentence) -> bool:
    """True for a standfirst told to the reader: it opens with an imperative of finding out ("Get up to speed
    on ...", "Find out what the coming weeks could bring ...") that has no subject."""
    tokens = doc.sentence_tokens(sentence)
    if not tokens:
        return False
    # the first word, not the parse's root: a long standfirst's "Get" is often hung on a later verb
    first = tokens[0]
    if first.tag != "VB" or first.lemma.lower() not in _READER_VERBS:
        return False
    return not any(k.dep in ("nsubj", "nsubjpass", "aux") for k in doc.children(first))


# Reader Audit 16 (17.4 item 4): "Iran expects Egyptian officials to listen to the voice of their Muslim
# people, respond to their rightful demands and refrain from ..." was filed as the outlook. An "expect"
# whose object is told to comply (listen, respect, refrain) is one side's demand, not a forecast;
# "Analysts expect the bank to raise rates" stays one.
_COMPLIANCE = frozenset("listen respect comply abide honour honor refrain obey heed cease apologise apologize "
                        "respond desist behave".split())


def demands_compliance(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's "expect(s) X to ..." asks X to comply (see above): a demand."""
    for token in doc.sentence_tokens(sentence):
        if token.lemma.lower() != "expect" or token.pos != "VERB":
            continue
        kids = doc.children(token)
        done = [k for k in kids if k.dep in ("xcomp", "ccomp")]
        done += [c for d in done for c in doc.children(d) if c.dep == "conj"]
        asked = kids + [c for d in done for c in doc.children(d)]  # "expects X to", "expects that X ..."
        if any(k.dep in ("dobj", "nsubj") and k.i > token.i for k in asked) \
                and any(d.lemma.lower() in _COMPLIANCE for d in done):
            return True
    return False
