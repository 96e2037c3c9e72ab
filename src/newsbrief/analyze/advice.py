"""Advice and ridicule in the writer's own sentences: does a sentence urge an action, does it mock a view?

Recommendations (:mod:`newsbrief.analyze.classify`) and the genre's thesis (:mod:`newsbrief.analyze.genre`)
both ask whether the writer prescribes in a main clause ("The government should fund more nurses")
rather than describe a rule, a condition or someone else's call; and whether a sentence reports a
view with words of ridicule (the piece's target, not its point). Read from the spaCy parse already in
the document (no model of its own), like the rest of the section rules. Split out of genre.py to keep
both modules short.
"""

from __future__ import annotations

import re

from newsbrief.analyze.section_narrated import advice_to_writer
from newsbrief.analyze.section_setups import condemned_call
from newsbrief.models import Document, Sentence, Token

# Words of ridicule: the writer mocks a view ("which is absurd"). A sentence that reports someone's
# call with them is the target of the piece, not its point nor its advice (fifth reader audit).
MOCKING = re.compile(r"\b(?:absurd\w*|ridiculous\w*|ludicrous\w*|laughabl\w+|preposterous|nonsens\w+|farcical|"
                     r"silly|foolish|daft|crackpot|misguided|wrong-headed|hysteri\w+|scaremonger\w*|alarmis[mt]\w*|"
                     r"knee-jerk|railing|ranting|rousing speech|fuss about nothing)\b", re.I)
_CALL_LEMMAS = frozenset("say demand call claim insist argue urge want suggest propose believe think tell".split())


# The writer's advice is told in the main clause ("The government should fund more nurses"); a
# "should" or "needs to" inside an "if", "while" or relative clause describes ("while Relenza must be
# inhaled", "the information it needs to mitigate", "baffled at ... if we should be making a fuss").
_DEONTIC = frozenset({"should", "must", "ought"})
_NEED = frozenset({"need", "have"})
_MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
_SAYING = frozenset("say tell warn urge argue insist write add believe think recommend advise conclude".split())
# Advice told without a modal (the recommendation cues of classify.CUES that are not "should"/"must").
_OTHER_ADVICE = re.compile(
    r"\b(?:urg(?:e|ed|es)|call(?:s|ed|ing)? (?:on|for)|recommend\w*|advis(?:e|ed|es)|"
    r"it is (?:essential|vital|crucial|important)|the best way|priority should|"
    r"it(?:'s| is) (?:high |now )?time (?:for (?:\w+ ){1,3})?to|"  # "It is time for Washington to" (Audit 29)
    r"(?:be|been|being|was|were|are|is) (?:told|asked|encouraged|advised|urged|ordered) to|"
    r"wants? (?!to\b)\w+(?: \w+)? to|demand(?:s|ed|ing)? that|ordered (?:the )?\w+(?: \w+){0,2} to|"
    r"told (?:the )?\w+(?: \w+){0,2} to (?:stop|end|pay|fix|take|remove|publish|reinstate|withdraw|change)|"
    r"needs? more)\b", re.I)


def _in_main_clause(doc: Document, verb: Token) -> bool:
    """True when ``verb`` heads the sentence's main clause, a clause joined to it, or a "that" clause it reports."""
    token = verb
    for _ in range(6):
        if token.dep == "ROOT" or token.head == token.i:
            return True
        head = doc.tokens[token.head]
        if token.dep == "ccomp" and head.tag in ("VBD", "VBN") and head.lemma.lower() not in _SAYING:
            return False  # "Chernoff was adamant Murray should not take the stand": a stance told in the past
        if token.dep not in _MAIN_DEPS or any(
                t.dep == "mark" and t.head == token.i and t.text.lower() in ("if", "whether", "while", "although")
                for t in doc.tokens[token.left : token.i]):
            return False
        token = doc.tokens[token.head]
    return False


def prescribes(doc: Document, sentence: Sentence) -> bool:
    """True when the writer's sentence urges an action in its main clause (see above)."""
    if any(not _measure_taken(doc, sentence, m) for m in _OTHER_ADVICE.finditer(sentence.text)):
        return True
    for token in doc.sentence_tokens(sentence):
        word = token.text.lower()
        if word in _DEONTIC and token.dep == "aux":
            verb = doc.tokens[token.head]
        elif word == "ought":
            verb = token  # parsed as the verb of "ought to teach"
        elif token.lemma.lower() in _NEED and token.pos in ("VERB", "AUX") and token.dep != "aux" \
                and any(t.head == token.i and t.dep == "xcomp" for t in doc.sentence_tokens(sentence)):
            verb = token  # "ministers need to explain", "we have to act"
        else:
            continue
        if doc.tokens[verb.left].tag in ("WP", "WDT", "WRB") and doc.tokens[verb.left].i < token.i:
            continue  # "an alert outlining ... what tests should be done": an embedded question, not advice
        if conditional_should(doc, token) or _wondered_at(doc, verb):
            continue  # "-- should Mubarak exit --", "What baffles me is not that BP should seek ..."
        if _in_main_clause(doc, verb) or _writer_proposes(doc, verb):
            return True
    return False


# Reader Audit 10 (11.4, pattern 5): Recommendations held a warning whose only "should" opened a
# condition ("the danger that Egypt -- should Mubarak exit -- could fall ..."), and a writer's "should"
# inside a clause of wonder ("What baffles me is not that BP should seek to minimize ..."), while the
# writer's own proposal told as "if you suggest that perhaps we should double the price of fuel, the
# response is silence" was missed. Words after an inverted "should" that are not its subject:
_NOT_SUBJECTS = frozenset("all both each also never not only just still".split())
# Verbs and adjectives of wonder or judgement whose "that ... should" clause is the thing wondered at
# (the "emotive should"), not a call: "It is natural that the firm should want ...".
_WONDER_VERBS = frozenset("baffle puzzle surprise amaze astonish strike bother trouble worry shock annoy amuse "
                          "interest intrigue bemuse perplex mystify irritate anger dismay disturb".split())
_WONDER_STATES = frozenset("natural odd strange surprising understandable curious ironic remarkable telling "
                           "astonishing extraordinary inevitable unsurprising bizarre".split())
# Verbs of proposing: the writer's (or the reader's) "I argue / you suggest that we should ..." is the
# writer's own prescription even inside an "if" or "when" clause.
_PROPOSING = frozenset("suggest propose argue insist recommend".split())
_GENERAL_SUBJECTS = frozenset({"i", "you", "we", "one"})
# Pronouns after an inverted "should" ("should it fail"); "should we ..." and "should you ..." are as often
# questions, which the sections drop anyway.
_INVERTED_PRONOUNS = frozenset({"it", "they", "he", "she", "anyone", "anything", "this", "that"})


def conditional_should(doc: Document, modal: Token) -> bool:
    """True for a "should" that opens a condition by inversion: "should Mubarak exit", "should the talks fail"."""
    if modal.text.lower() != "should" or modal.i + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[modal.i + 1]
    if after.text.lower() in _NOT_SUBJECTS:
        return False
    return after.pos in ("PROPN", "DET") or after.text.lower() in _INVERTED_PRONOUNS


def _wondered_at(doc: Document, verb: Token) -> bool:
    """True for a "that" clause of "be" that is wondered at or denied: "What baffles me is not that ...",
    "It is only natural that ...", not "The point is that we should ..." (a thesis)."""
    head = doc.tokens[verb.head]
    if verb.dep != "ccomp" or head.lemma.lower() != "be" or head.i == verb.i:
        return False
    kids = [doc.tokens[i] for i in range(head.left, head.right + 1) if doc.tokens[i].head == head.i]
    return any(k.dep == "neg" or (k.dep == "csubj" and k.lemma.lower() in _WONDER_VERBS)
               or (k.dep == "acomp" and k.lemma.lower() in _WONDER_STATES) for k in kids)


def _writer_proposes(doc: Document, verb: Token) -> bool:
    """True for "if you suggest that we should ...", "when I argue that we must ...": a proposal of the
    writer's told as what happens when it is made."""
    head = doc.tokens[verb.head]
    if verb.dep != "ccomp" or head.lemma.lower() not in _PROPOSING:
        return False
    return any(doc.tokens[i].head == head.i and doc.tokens[i].dep == "nsubj"
               and doc.tokens[i].text.lower() in _GENERAL_SUBJECTS for i in range(head.left, head.i))


# The acts a report lists as measures taken: "officials have banned handshakes, closed museums and
# advised churchgoers to stay at home" describes what was done (reader Audit 6), it prescribes nothing.
_ADVICE_LEMMAS = frozenset("urge call recommend advise tell ask encourage order want demand need".split())


def _measure_taken(doc: Document, sentence: Sentence, match: re.Match[str]) -> bool:
    """True when a past advice cue (``match``) is one act under a main verb of another past act."""
    if not match.group(0).lower().split()[0].endswith("ed"):
        return False
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB" or root.lemma.lower() in _ADVICE_LEMMAS | _SAYING:
        return False
    perfect = root.tag == "VBN" and any(t.head == root.i and t.lemma.lower() == "have"
                                        for t in doc.sentence_tokens(sentence))
    return root.start - sentence.start < match.start() and (root.tag == "VBD" or perfect)


def mocks_a_view(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence reports someone else's view or call with words of ridicule
    ("Critics say we should all panic, which is absurd")."""
    if not MOCKING.search(sentence.text):
        return False
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.lemma.lower() not in _CALL_LEMMAS or token.pos != "VERB":
            continue
        subjects = [t for t in tokens if t.head == token.i and t.dep in ("nsubj", "nsubjpass")]
        if subjects and not any(t.text.lower() in ("i", "we") for t in subjects):
            return True
    return False


# Reader Audit 13 (14.4 item 4): the only Recommendation of an essay was a call its author sneered at
# ("One so-called environmentalist suggested the fishermen should just get educated in green technology",
# answered by "What are they supposed to do for 20 years ...?"). Words that mark the caller as not what
# the name claims, put in the caller's description:
_SNEER = re.compile(r"\b(?:so[- ]called|self-(?:styled|appointed|proclaimed)|armchair|would-be)\b", re.I)
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_OFFHAND = frozenset({"just", "simply", "merely"})


def _caller_sneered(doc: Document, subject: Token) -> bool:
    """True for a caller described with a sneer ("one so-called expert") or put in scare quotes ('one "expert"')."""
    words = doc.article.text[doc.tokens[subject.left].start : doc.tokens[subject.right].end]
    before = doc.tokens[subject.i - 1].text if subject.i > 0 else ""
    after = doc.tokens[subject.i + 1].text if subject.i + 1 < len(doc.tokens) else ""
    return bool(_SNEER.search(words)) or (before in _QUOTES and after in _QUOTES)


def _rebutted(doc: Document, sentence: Sentence, verb: Token) -> bool:
    """True for an offhand call ("should just ...") the writer answers with a question in the next sentence."""
    offhand = any(doc.tokens[i].text.lower() in _OFFHAND and doc.tokens[i].dep == "advmod"
                  for i in range(verb.i + 1, verb.right + 1))
    following = sentence.index + 1
    return offhand and following < len(doc.sentences) \
        and doc.sentences[following].text.rstrip("\"”’' ").endswith("?")


def sneered_call(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence reports someone's call the writer sneers at: a caller called "so-called" or put
    in scare quotes, or an offhand "should just ..." answered by the writer's question (see above), or a call the
    sentence brands before its colon ("the most absurd response came from X: ...", Audit 36,
    :func:`~.section_setups.condemned_call`)."""
    if condemned_call(sentence):
        return True
    tokens = doc.sentence_tokens(sentence)
    for token in tokens:
        if token.lemma.lower() not in _CALL_LEMMAS or token.pos != "VERB":
            continue
        subjects = [t for t in tokens if t.head == token.i and t.dep in ("nsubj", "nsubjpass")]
        if not subjects or any(t.text.lower() in ("i", "we") for t in subjects):
            continue
        if any(_caller_sneered(doc, t) for t in subjects) or _rebutted(doc, sentence, token):
            return True
    return False


# Reader Audit 15 (16.4 item 4): three of five Recommendations urged nothing. A requirement that follows
# from a case ("Any amendments would also have to be passed by the Senate", "would need to be ratified by
# every member state") is procedure; a "should" of what is expected ("Once deployed, the monitors should be
# able to gauge ...", "the results should be known by Friday") predicts; and a "should" the writer reports
# of a party named only by a pronoun ("For the first time it is suggesting that the leader should step
# down") loses its adviser, so it is no recommendation of the article's.
_CASE_AUX = frozenset({"would", "'d", "could", "might"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall"})
_EXPECTED_STATES = frozenset("able ready available possible enough complete over clear finished".split())
_EXPECTED_PASSIVES = frozenset("know complete finish".split())
_PARTY_PRONOUNS = frozenset({"it", "they", "he", "she"})


def required_by_case(doc: Document, modal: Token) -> bool:
    """True for "would/could have to", "would need to" (a requirement in a case), or "will have to be
    approved by ..." (a step of procedure), not a call to act."""
    if modal.lemma.lower() not in _NEED:
        return False
    auxes = {k.text.lower() for k in doc.children(modal) if k.dep == "aux"}
    if auxes & _CASE_AUX:
        return True
    done = next((k for k in doc.children(modal) if k.dep == "xcomp"), None)
    return bool(auxes & _FUTURE_AUX) and done is not None and any(k.dep == "agent" for k in doc.children(done))


# Reader Audit 18 (19.4 item 6): "the success should leave no doubt about his determination to degrade the
# group" was filed as a recommendation. A "should" of effect on an audience ("should leave no doubt",
# "should send a message to", "should be a warning to", "should serve as a reminder") states resolve or an
# expected effect, not a prescription.
_EFFECT_SHOULD = re.compile(r"^should (?:leave (?:no|little|any) doubt|send (?:a|the|this|that|an) (?:\w+ )?"
                            r"(?:message|signal|warning)|(?:be|serve as) (?:a|an|the) (?:\w+ )?(?:warning|reminder|"
                            r"lesson|wake-up call|signal|message))\b", re.I)


def expects_by_should(doc: Document, modal: Token) -> bool:
    """True for a "should" of expectation: "should be able to", "should be ready by", "should be known by"
    (not negated: "children should not be able to buy alcohol" forbids), or of an effect on an audience
    ("should leave no doubt", "should send a message", see _EFFECT_SHOULD)."""
    if modal.text.lower() != "should" or modal.dep != "aux":
        return False
    if _EFFECT_SHOULD.search(doc.article.text[modal.start : modal.start + 80]):
        return True
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    if any(k.dep == "neg" for k in kids):
        return False
    if verb.lemma.lower() == "be":
        return any(k.dep == "acomp" and k.lemma.lower() in _EXPECTED_STATES for k in kids)
    return verb.tag == "VBN" and verb.lemma.lower() in _EXPECTED_PASSIVES and any(k.dep == "auxpass" for k in kids)


def unnamed_adviser(doc: Document, sentence: Sentence) -> bool:
    """True when every "should/must" of the writer's sentence is told of a party named only by a pronoun:
    "it is suggesting that X should ...", "they are signalling that Y must ..." (see above)."""
    found = False
    for token in doc.sentence_tokens(sentence):
        if token.text.lower() not in _DEONTIC or token.dep != "aux":
            continue
        verb = doc.tokens[token.head]
        head = doc.tokens[verb.head]
        if verb.dep != "ccomp" or head.lemma.lower() not in _CALL_LEMMAS | _SAYING | _SIGNALS:
            return False
        if not any(k.dep == "nsubj" and k.text.lower() in _PARTY_PRONOUNS for k in doc.children(head)):
            return False
        found = True
    return found


_SIGNALS = frozenset("signal hint indicate imply".split())


# Reader Audit 16 (17.4 item 4): four of nine Recommendations urged nothing. A "should" of what a thing
# is expected to do ("it should last you throughout the day", a maker's promise) predicts; a "should be
# seen as" ("the appointment should be seen as a first step") reads an event, it prescribes no act; and
# a need told with the risk of missing it ("they have to do it 100% right, otherwise BP could challenge
# it in court") describes a constraint on a third party. A named party's call in a report ("The envoy
# urged both sides to return to the talks") is a recommendation with its speaker in the sentence.
_READING_VERBS = frozenset("see read view take understand interpret regard treat".split())
_EXPECTED_VERBS = frozenset("last cost arrive reach suffice cover happen".split())
_THING_PRONOUNS = frozenset({"it", "this", "that"})
_ADDRESSED = frozenset({"we", "you", "i", "us"})
_CALL_VERBS = frozenset("urge implore exhort".split())


def reads_or_expects(doc: Document, modal: Token) -> bool:
    """True for "should be seen as ..." (a reading) and for a thing's "should last you all day" or "should
    cover the claims" (an expectation), not "the government should cover the cost" (a body's duty)."""
    if modal.text.lower() != "should" or modal.dep != "aux":
        return False
    verb = doc.tokens[modal.head]
    kids = doc.children(verb)
    if verb.tag == "VBN" and verb.lemma.lower() in _READING_VERBS and any(k.dep == "auxpass" for k in kids) \
            and any(k.dep == "prep" and k.text.lower() == "as" for k in kids):
        return True
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    if subject is None or (verb.lemma.lower() not in _EXPECTED_VERBS and not _by_a_time(doc, verb)
                           and not _brings_change(doc, verb)):
        return False
    return subject.text.lower() in _THING_PRONOUNS or (subject.pos == "NOUN" and subject.ent_type == ""
                                                        and subject.lemma.lower() not in _BODIES)


def _brings_change(doc: Document, verb: Token) -> bool:
    """ "should mean lower bills", "should bring fewer delays": what a change is expected to bring, told by a
    comparative on the object (session 13); "life should mean life" (a call for a sentence) has none."""
    if verb.lemma.lower() not in ("mean", "bring"):
        return False
    return any(k.dep == "dobj" and any(a.tag in ("JJR", "RBR") for a in doc.children(k)) for k in doc.children(verb))


def _by_a_time(doc: Document, verb: Token) -> bool:
    """Whether the verb, with no object and no person as its subject, is given a date to happen by ("the
    bridge should reopen by the end of next week", "within days"): a thing's "should" with a deadline is a
    schedule expected (session 13), not a call ("Residents should give their views by 30 June" is one)."""
    if any(k.dep == "dobj" or (k.dep == "nsubj" and k.lemma.lower() in _PEOPLE) for k in doc.children(verb)):
        return False
    for kid in doc.children(verb):
        if kid.dep == "prep" and kid.text.lower() in ("by", "within") \
                and any(doc.tokens[i].ent_type in ("DATE", "TIME") for i in range(kid.i + 1, kid.right + 1)):
            return True
    return False


_PEOPLE = frozenset("resident people person worker parent driver passenger voter citizen member student patient "
                    "customer user traveller visitor employee official minister staff child family owner".split())
_BODIES = frozenset("government state council ministry company firm bank board court union party authority "
                    "agency city country industry insurer employer owner landlord taxpayer".split())


def need_with_risk(doc: Document, modal: Token) -> bool:
    """True for a third party's (not "we"/"you") "have to"/"need to"/"must" told with what another party may
    do if it is missed ("they have to get it right, otherwise X could sue", "the inspectors must get it right
    or the company could challenge the report"): a constraint described, not a call. A risk to the party
    itself ("farmers must move their herds or they could lose them") is the call's reason and stays advice."""
    if modal.lemma.lower() in _NEED:
        obliged = modal
    elif modal.text.lower() == "must" and modal.dep == "aux":
        obliged = doc.tokens[modal.head]
    else:
        return False
    subject = next((k for k in doc.children(obliged) if k.dep == "nsubj"), None)
    if subject is None or subject.text.lower() in _ADDRESSED:
        return False  # "we have to act, otherwise ...": urges its hearers
    other = _risk_subject(doc, modal)
    return other is not None and other.pos in ("NOUN", "PROPN") and other.lemma.lower() != subject.lemma.lower()


def _risk_subject(doc: Document, modal: Token) -> Token | None:
    """The subject of the clause of risk after ``modal`` ("otherwise the firm could sue", "or the developer
    may sue"): the first modal of possibility after "otherwise", "or else" or "or"."""
    root = modal
    for _ in range(12):
        if root.head == root.i:
            break
        root = doc.tokens[root.head]
    turn = next((t.i for t in doc.tokens[modal.i + 1 : root.right + 1] if t.text.lower() in _RISK_TURNS), None)
    if turn is None:
        return None
    risk = next((t for t in doc.tokens[turn + 1 : root.right + 1] if t.text.lower() in _RISK_MODALS
                 and t.dep == "aux"), None)
    if risk is None:
        return None
    return next((k for k in doc.children(doc.tokens[risk.head]) if k.dep == "nsubj"), None)


_RISK_TURNS = frozenset({"otherwise", "or"})
_RISK_MODALS = frozenset({"could", "would", "will", "might", "may"})


def reported_call(doc: Document, sentence: Sentence) -> bool:
    """True for a report's main clause in which a named party urges another to act ("The envoy urged both
    sides to return to the talks"): the call and its speaker are both in the sentence."""
    root = next((t for t in doc.sentence_tokens(sentence) if t.dep == "ROOT"), None)
    if root is None or root.lemma.lower() not in _CALL_VERBS or root.tag not in ("VBD", "VBZ", "VBP"):
        return False
    kids = doc.children(root)
    subject = next((k for k in kids if k.dep == "nsubj"), None)
    return subject is not None and subject.pos in ("NOUN", "PROPN") and any(k.dep == "xcomp" for k in kids)


# A speaker's exhortation of her own side to a state: "Now we need to be organised" (a tweet, Audit 17), "We
# must be strong for each other": it tells how the speakers mean to bear things, it urges no act on the story
# ("We need to act now", "The government needs to be ready" stay).
_OWN_SIDE = frozenset({"we", "i"})


# Resolve (session 14, issue #11: "we must stay strong", "we must never give up hope"): the speaker's own side
# told to hold a state or not to yield urges no act either. "Stay", "remain" and "keep" with an adjective are
# read like "be"; a yielding verb counts only when negated ("we must not give up"; "we must give up the
# land" is a call).
_STATE_VERBS = frozenset({"be", "stay", "remain", "keep"})
_YIELDING = frozenset("give lose surrender quit despair falter waver yield relent".split())


def _resolves(doc: Document, verb: Token) -> bool:
    """A negated verb of yielding ("give up", "lose heart", "never surrender"): a statement of resolve."""
    kids = doc.children(verb)
    negated = any(k.dep == "neg" or k.text.lower() in ("never", "no") for k in kids)
    return negated and verb.lemma.lower() in _YIELDING and (
        verb.lemma.lower() != "give" or any(k.dep == "prt" and k.text.lower() == "up" for k in kids))


def own_side_state(doc: Document, modal: Token, subject: Token | None) -> bool:
    """Whether ``modal`` ("must", "need") tells the speaker's own side ("we", "I") to be in a state (see above):
    "be" (or "stay", "remain") with an adjective, a passive "be organised", or a negated "give up"."""
    if subject is None or subject.text.lower() not in _OWN_SIDE:
        return False
    verb = doc.tokens[modal.head] if modal.dep == "aux" else modal
    states = [verb] + [k for k in doc.children(verb) if k.dep == "xcomp"]
    return any((s.lemma in _STATE_VERBS and any(k.dep in ("acomp", "attr", "oprd") and k.pos == "ADJ"
                                                  for k in doc.children(s)))
               or (s.tag == "VBN" and any(k.dep == "auxpass" and k.lemma == "be" for k in doc.children(s)))
               or _resolves(doc, s)
               for s in states)


# A past call told as history (reader Audit 19: "The US finally issued its 'magic democracy words' ... and called
# for President Assad to go", filed as a Recommendation of an analysis piece): a call in the past perfect ("had
# long called for"), or with a word that places it in a finished story ("finally", "long", "repeatedly",
# "once", "previously", "already", "first") on it or on the act it is joined to. "The envoy urged both sides to
# return" (the news of the day) stays. A call's participle on a noun ("the cease-fire called for in the
# resolution would seem to rule out ...", reader Audit 35 #3) names a call made before as a thing: a description; so
# does a past call told in a relative clause ("a video ..., in which he called on Muslims to ...", Audit 38 #5).
_HISTORY_ADVERBS = frozenset("finally long repeatedly once previously already first originally earlier eventually "
                             "initially".split())
_HISTORY_CALLS = frozenset("call urge demand press appeal implore exhort".split())
# Read from the words, not the parse (which takes "The ban called for in ..." for a verb): "for" with no object
# before a preposition is passive, and with no "be" before it the phrase is a noun's participle.
_NAMED_CALL = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )"
                         r"\b(?:called for|recommended|urged|demanded) (?:in|by|under)\b", re.I)


def past_call(doc: Document, sentence: Sentence) -> bool:
    """True when the sentence's call is history or named as a thing (see above)."""
    if _NAMED_CALL.search(sentence.text):
        return True
    for verb in doc.sentence_tokens(sentence):
        if verb.lemma.lower() not in _HISTORY_CALLS or verb.pos != "VERB" or verb.tag not in ("VBD", "VBN"):
            continue
        if verb.dep == "relcl" and verb.tag == "VBD":
            return True  # "a video ..., in which he called on young men to join": a call named (Audit 38 #5)
        joined = [verb, doc.tokens[verb.head]] if verb.dep == "conj" else [verb]
        kids = [k for v in joined for k in doc.children(v)]
        if any(k.dep == "aux" and k.lemma.lower() == "have" and k.tag == "VBD" for k in doc.children(verb)) \
                or any(k.dep == "advmod" and k.text.lower() in _HISTORY_ADVERBS for k in kids):
            return True
    return advice_to_writer(doc, sentence)  # "My friends advised me against it": the writer's past (round 2)
