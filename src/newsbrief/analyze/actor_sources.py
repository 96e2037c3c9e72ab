"""Sources, reporters and addressees: who a reader strikes from Actors and who they add (reader Audits 14 and 15).

The audits (docs/audit.md 15.4, 16.4 item 10, 16.5) struck 14-25% of the Actors entries as sources rather than
parties, and found principals named only once or twice missing. Three readings of a mention's place in the parse:

- **A source.** A body or person every mention of whom is where a text puts the origin of a fact, not a party to
  it: the object of "according to", the agent of "reported by", "cited by", "published by", the object of "told"
  or "citing", an outlet's "news agency" ("the Ria Novosti news agency reported"). The EPA cited for one figure,
  a monitoring group for a count, a wire that relays: sources (:func:`source_only`). One that is also the subject
  of a verb of its own, or named in the headline, is a party.
- **A reporter.** The correspondent reporting in their own report ("CNN's Nic Robertson reported", "BBC
  correspondent Jim Muir in Beirut says"): a byline in the body, never a party unless the headline names them or
  the text shows them acted on or doing more than report (:func:`reporter`; Audit 27). A correspondent whose
  words the page gives three times or more is one of its principal voices (Audit 33 #3: a live page's most-cited
  correspondent, quoted six times, was missing from Actors; Audit 27's two lines from the square stay out).
- **The outlet whose report is the story.** "Minister accepted free flights, newspaper reports": an outlet that is
  the source of the lead and speaks again, or of the lead under a headline that announces a report, is a principal
  though a source elsewhere (:func:`story_outlet`; Audit 16 missed the newspaper whose report was the story).
- **A station's call sign** (session 35). "KABC", "WNYC-FM" name US broadcasters, but "KRF", "WHO", "KLA" name
  other bodies: a bare K/W initialism is an outlet only where the text writes it as a station's (a "-TV"/"-FM"/"-AM"
  suffix, "station KXAN", "KXAN News", "KXAN-TV"; :func:`media_pattern`). A fixed rule on the letters alone struck a
  party's initials from Actors as a news outlet.
- **A body named once that acts.** "The Arab League voted to ask ...", "the White House says it does not believe
  BP": named once, deep in the story, the subject of an act or a statement that happened is a party (session 35,
  Audit 51). Not one of a roll-call ("the NFL, Major League Baseball and the NBA also pledged money") and not a
  paper the text calls one anywhere ("the newspaper As-Safir reported"), whose "said" is a source's
  (:func:`lone_party`).
- **An addressee.** The party an appeal or a demand is made to ("rights groups urged Russia and China to back
  ..."): the object of such a verb in the headline's story, named in the headline, is a principal though it
  never acts itself (:func:`addressed`).

Token arcs of the parse the annotate stage made and a few fixed words, because the cues are one arc ("according"
-> "to" -> name) or a word next to the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsbrief.analyze.actor_names import Actor
from newsbrief.analyze.actor_parties import subject_verb
from newsbrief.models import Document, Token
from newsbrief.nlp.name_parts import body_name

# A US broadcaster's call sign, and the words that make the text write it as one: "affiliate KXAN", "KXAN News".
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{2,3}\b")
_BROADCAST = r"(?i:station|affiliate|channel|radio|television|tv|broadcaster|network|fm|am)"
# Verbs whose "by" agent is where a fact comes from ("reported by Ria Novosti", "data published by the ONS").
_SOURCE_BY = frozenset("report cite publish obtain release compile quote relay carry broadcast air".split())
# Verbs whose object is who heard a fact ("a spokesman told Reuters", "citing the Observatory").
_SOURCE_OBJECT = frozenset("tell cite quote".split())
# Nouns that make the name before them a relaying outlet: "the Ria Novosti news agency", "the Tass agency".
# Statements from which a correspondent is a principal voice of the page, not only its reporter: tuned on Audits 27
# (two lines from a square: struck as a reporter) and 33 (six lines on a live page: missed).
_PRINCIPAL_VOICE = 3
_OUTLET_NOUNS = frozenset("agency newspaper daily broadcaster channel website wire tabloid magazine".split())
# Nouns for a journalist reporting the story: "BBC correspondent Jim Muir", "Israel Radio reporter Eran Cohen".
REPORTER_NOUNS = frozenset("correspondent reporter anchor presenter anchorman anchorwoman newsreader".split())
# Verbs of an appeal or a demand made to a party: "urged Russia and China to", "pressed Iran", "called on Israel".
ADDRESS_VERBS = frozenset("urge press pressure ask appeal call implore beg lobby demand warn exhort petition".split())
# A newsroom's posts that, after an outlet's name, make a person the outlet's own voice.
_DESK_NOUNS = frozenset("editor columnist commentator interviewer".split())
# Reporting verbs: "CNN's Nic Robertson reported from Tripoli".
# A correspondent's own work in a teaser or an eyewitness line is reporting too ("The BBC's NAME explains why ...",
# "examines how people survive", "has seen fierce battles"; session 36 read 21 T17 pages naming 20 correspondents:
# four teasers and eyewitness lines listed their reporters as actors).
_REPORT_VERBS = frozenset("report say write describe add note explain examine assess analyse analyze look reflect "
                          "consider see witness".split())
# A headline that announces a report: "..., newspaper reports", "report says", "according to a paper".
_REPORT_HEADLINE = re.compile(r"\b(?:reports?|reported|newspaper|paper|according to|investigation|revealed?)\b",
                              re.I)
# Wires and state agencies relay the news in every sentence ("Reuters said", "Xinhua said"): a relay, not a party,
# unless the headline announces their report.
_WIRES = re.compile(r"^(?:Reuters|AP|AFP|Associated Press|Agence France-Presse|Xinhua|Interfax|Tass|TASS|Yonhap|Kyodo|"
                    r"Ria Novosti|RIA Novosti|Bloomberg|PA|Press Association|ANI|PTI|dpa|DPA|ANSA|EFE|IRNA|KCNA|SANA|"
                    r"Anadolu|Bernama|Antara|WAM|SPA|MENA)$")
# A denial and what it denies: "denied the report", "dismissed the claims", "rejected the story".
_DENIALS = frozenset("deny dismiss reject refute rebut debunk dispute contradict".split())
# Verbs of a charge or a claim an outlet makes in its own name: "the paper accused Washington", "the channel claimed".
_CHARGE_VERBS = frozenset("accuse charge claim allege blame attack criticise criticize condemn slam denounce".split())
_CLAIM_NOUNS = frozenset("report claim story article allegation rumour rumor account".split())
_WIRE_CUE = re.compile(r"\bagency\b", re.I)
_AGENCY_REACH = 20  # characters either side of an outlet's name that can hold "news agency"
_SENTENCE_ENDS = frozenset('. ! ? ; : " “ ”'.split())
_REPORTER_SPAN = 4  # tokens before a name that can hold "CNN's" or "BBC correspondent"
_NEWS_WORDS = frozenset("news press wire".split())  # "news agency", "press agency", "wire agency"
_OUTLET_REACH = 2  # tokens before a name that can hold "news agency" or "the daily"
# What a relaying outlet does: says, reports, quotes.
_RELAY_VERBS = frozenset("say report add quote cite tell carry broadcast publish write claim".split())


def _heads(doc: Document, actor: Actor) -> Iterable[Token]:
    """Each mention's syntactic head: the token whose head lies outside the name ("Observatory" of "the Syrian
    Observatory for Human Rights", not its last word)."""
    for mention in actor.mentions:
        span = range(mention.token_start, mention.token_end)
        yield next((doc.tokens[i] for i in span if doc.tokens[i].head not in span or doc.tokens[i].head == i),
                   doc.tokens[mention.token_end - 1])


def _climb(doc: Document, token: Token) -> Token:
    """The head of the coordination and apposition ``token`` is part of ("Russia and China": "Russia")."""
    while token.dep in ("conj", "appos", "compound") and token.head != token.i:
        token = doc.tokens[token.head]
    return token


def _source_mention(doc: Document, head: Token) -> bool:
    """True when the mention stands where a text puts the origin of a fact (module docstring)."""
    tokens = doc.tokens
    after = tokens[head.i + 1] if head.i + 1 < len(tokens) else head
    if after.lemma.lower() in _OUTLET_NOUNS and after.text.islower():
        return True  # "the Ria Novosti news agency": the outlet relays
    if head.dep == "compound" and tokens[head.head].lemma.lower() in _OUTLET_NOUNS:
        return True
    token = _climb(doc, head)
    parent = tokens[token.head]
    if token.dep == "pobj" and parent.text.lower() == "to" and parent.head != parent.i \
            and tokens[parent.head].text.lower() == "according":
        return True
    if token.dep in ("pobj", "agent") and parent.text.lower() == "by" and parent.head != parent.i:
        return tokens[parent.head].lemma.lower() in _SOURCE_BY
    if token.dep == "agent" or (token.dep == "pobj" and parent.dep == "agent"):
        return tokens[parent.head].lemma.lower() in _SOURCE_BY
    return token.dep in ("dobj", "dative") and parent.lemma.lower() in _SOURCE_OBJECT


def source_only(doc: Document, actor: Actor, headline: bool) -> bool:
    """True when every mention of ``actor`` is a source's (module docstring) and the headline does not name it."""
    heads = list(_heads(doc, actor))
    if headline or not heads:
        return False
    # "according to PAHO, the Pan American Health Organization": the spelled-out name set after the acronym is its
    # apposition, whatever the parser made of it (Audit 43: a one-estimate source kept as an actor).
    apposed = {m.token_start for m in actor.mentions for n in actor.mentions if n.token_end < m.token_start
               and all(t.text in (",", "the", "The") for t in doc.tokens[n.token_end : m.token_start])}
    heads = [h for h, m in zip(heads, actor.mentions, strict=True) if m.token_start not in apposed] or heads
    return all(_source_mention(doc, h) and subject_verb(doc, h) is None for h in heads)


def _outlet_called(doc: Document, actor: Actor) -> bool:
    """True when the text calls the body an outlet right beside a mention ("state news agency Qinghe", "the Ria
    Novosti news agency", "the daily Borba")."""
    tokens = doc.tokens
    for mention in actor.mentions:
        near = [*tokens[max(mention.token_start - _OUTLET_REACH, 0) : mention.token_start],
                *tokens[mention.token_end : mention.token_end + 1]]
        if any(t.lemma.lower() in _OUTLET_NOUNS and t.text.islower() and _news_noun(tokens, t) for t in near):
            return True
    return False


def _news_noun(tokens: Sequence[Token], token: Token) -> bool:
    """An outlet noun that means an outlet: an "agency" only as a news or press agency, since "the UN refugee
    agency UNHCR" is a party, not a relay (Audit 17: UNHCR missing from Actors)."""
    return token.lemma.lower() != "agency" or (token.i > 0 and tokens[token.i - 1].text.lower() in _NEWS_WORDS)


def relay_only(doc: Document, actor: Actor, headline: bool) -> bool:
    """True for an outlet the text calls one that only says or reports, never acts ("Floods killed 12, the state
    news agency Qinghe said. Qinghe said 3,000 were moved"): it relays the story, it is not a party to it."""
    if headline or actor.label == "PERSON":
        return False
    if reported_once(doc, actor):
        return True
    if not _outlet_called(doc, actor):
        return False
    verbs = [subject_verb(doc, h) for h in _heads(doc, actor)]
    return all(v is None or v.lemma.lower() in _RELAY_VERBS for v in verbs)


_OPENING = 2  # sentences of the opening, where a body reporting once is the story's source (the brief's rule)
_REPORTED = frozenset("report publish".split())


def reported_once(doc: Document, actor: Actor) -> bool:
    """True for a body named once, after the opening, only as the subject of "reported"/"published" with a clause
    and no object of its own ("Meanwhile, Forbes reported in October that ..."): an outlet cited in passing (Audit
    31 B1778 deleted it, and Audit 29 B828's "CBC reported"). "The company reported a loss" has an object: the
    company's own result, a party. A name with a body's word ("the SITE Intelligence Group reported", kept by Audit
    29's reader) is a monitor or an agency, not an outlet."""
    if actor.label != "ORG" or len(actor.mentions) != 1 or actor.mentions[0].sentence_index < _OPENING \
            or body_name(actor.name.lower().split()):
        return False
    verb = subject_verb(doc, doc.tokens[actor.mentions[0].token_end - 1])
    if verb is None or verb.lemma.lower() not in _REPORTED:
        return False
    children = [t.dep for t in doc.tokens if t.head == verb.i and t.i != verb.i]
    return "ccomp" in children and "dobj" not in children


def _reporter_mention(doc: Document, head: Token, media: re.Pattern[str]) -> bool:
    """A mention introduced as a journalist: "CNN's Nic Robertson", "BBC correspondent Jim Muir"."""
    tokens = doc.tokens
    start = head.i
    while start > 0 and tokens[start - 1].ent_type == "PERSON":
        start -= 1
    before = tokens[max(start - _REPORTER_SPAN, 0) : start]
    # Only the name's own clause: "... told reporters. Amos said" ends a sentence on "reporters" (Audit 25: a UN
    # aid chief and a publisher, each named after such a sentence, were dropped as journalists).
    cut = max((n + 1 for n, t in enumerate(before) if t.text in _SENTENCE_ENDS), default=0)
    before = before[cut:]
    # singular: "showed reporters Nasib" shows the journalists someone; "correspondent Jim Muir" is one of them
    if any(t.lemma.lower() in REPORTER_NOUNS and t.tag != "NNS" for t in before[-2:]):
        return True
    # "BBC business editor Robert Paxton": an outlet's editor or columnist comments for the outlet (Audit 43: the BBC
    # editor's boxed quote listed him among a company's actors)
    if before and before[-1].lemma.lower() in _DESK_NOUNS and any(media.search(t.text) for t in before[:-1]):
        return True
    words = [t.text for t in before]
    if len(words) >= 2 and words[-1] in ("'s", "’s") and media.search(words[-2]) is not None:
        verb = subject_verb(doc, head)
        return verb is not None and verb.lemma.lower() in _REPORT_VERBS
    return False


def reporter(doc: Document, actor: Actor, headline: bool, media: re.Pattern[str], voiced: int = 0) -> bool:
    """True for a person the text introduces as the journalist reporting (module docstring); ``media`` matches the
    names of news outlets; ``voiced`` counts the statements the page gives them."""
    if headline or actor.label != "PERSON" or voiced >= _PRINCIPAL_VOICE:
        return False
    signed = {h.i for h in _heads(doc, actor) if _signed_off(doc, h, media)}
    return (bool(signed) or any(_reporter_mention(doc, h, media) for h in _heads(doc, actor))) \
        and not _reporter_in_story(doc, actor, signed)


def _signed_off(doc: Document, head: Token, media: re.Pattern[str]) -> bool:
    """A correspondent's sign-off over a report box, "NAME BBC News, Damascus": a person's name the model ran on into
    the outlet's, then a comma. The parse makes the run the subject of the box's first sentence ("... Damascus A
    convoy of journalists went"), which is no act of the reporter's."""
    tokens = doc.tokens
    start = head.i
    while start > 0 and tokens[start - 1].dep == "compound" and tokens[start - 1].head in range(start, head.i + 1):
        start -= 1
    words = [t.text for t in tokens[start : head.i + 1]]
    after = tokens[head.i + 1] if head.i + 1 < len(tokens) else None
    return len(words) >= 3 and after is not None and after.text == "," and any(
        media.search(" ".join(words[k:])) is not None and k >= 2 for k in range(len(words) - 1, 0, -1))


def _reporter_in_story(doc: Document, actor: Actor, signed: set[int]) -> bool:
    """True when a journalist is a party to the events, not their reporter: a mention is acted on ("police detained
    Nic Rowan") or carries a passive relative clause ("CNN's Nic Robinson, who was held for several hours"; Audit
    18). Saying and writing more than once is still reporting (Audit 27: a CNN correspondent's two lines from the
    square and a Guardian reporter relaying a quote were listed as actors). Doing more than reporting ("presenter
    Gary Lineker tweeted", a minister who "announced" a plan under a correspondent's byline) is a party's act. The
    mentions ``signed`` (sign-offs) are not read."""
    tokens = doc.tokens
    for head in _heads(doc, actor):
        if head.i in signed:
            continue  # a sign-off's run-on name (_signed_off)
        verb = subject_verb(doc, head)
        if head.dep in ("nsubjpass", "dobj") or (verb is not None and verb.lemma.lower() not in _REPORT_VERBS):
            return True
        clauses = [t for t in tokens[head.i : head.right + 1] if t.head == head.i and t.dep == "relcl"]
        if any(c.tag == "VBN" and any(t.head == c.i and t.dep == "auxpass" for t in tokens[head.i : c.i])
               for c in clauses):
            return True
    return False


def media_pattern(doc: Document, media: re.Pattern[str]) -> re.Pattern[str]:
    """``media`` (a pattern of news outlets' names) widened to the call signs the text writes as a station's
    (module docstring): "told affiliate KXAN" makes "KXAN" an outlet in this article; "KRF said" alone does not."""
    text = doc.article.text
    signs = sorted({m.group() for m in _CALL_SIGN.finditer(text) if re.search(
        rf"\b{_BROADCAST}\s+(?:\w+\s+)?{m.group()}\b|\b{m.group()}(?:-[A-Z]{{2}})?\s+(?:{_BROADCAST}|News)\b"
        rf"|\b{m.group()}-(?:TV|FM|AM)\b", text)})
    if not signs:
        return media
    return re.compile(rf"{media.pattern}|^(?:{'|'.join(signs)})$")


def lone_party(doc: Document, actor: Actor) -> bool:
    """Whether a body named once, the subject of an act that happened, may be listed for it (module docstring): no
    mention is coordinated with another name, and the text never calls the name an outlet."""
    tokens = doc.tokens
    for head in _heads(doc, actor):
        if head.dep == "conj":
            return False
        members = {head.i}  # names joined to it ("X, Y and Z"; the parse may hang Y on X as an apposition)
        for token in tokens[head.i + 1 : head.right + 1]:
            if token.dep in ("conj", "appos") and token.head in members and token.pos == "PROPN":
                members.add(token.i)
        if len(members) > 1:
            return False
    nouns = "|".join(sorted(_OUTLET_NOUNS | {"paper"}))
    return not any(re.search(rf"\b(?:{nouns})\s+(?:\w+-)?{re.escape(alias)}\b", doc.article.text, re.I)
                   for alias in actor.aliases | {actor.name})


def addressed(doc: Document, actor: Actor) -> bool:
    """True when a mention is the object of an appeal or a demand ("urged Russia and China to back ...")."""
    tokens = doc.tokens
    for head in _heads(doc, actor):
        token = _climb(doc, head)
        parent = tokens[token.head]
        if token.dep == "dobj" and parent.lemma.lower() in ADDRESS_VERBS:
            return True
        if token.dep == "pobj" and parent.text.lower() in ("on", "to") and parent.head != parent.i \
                and tokens[parent.head].lemma.lower() in ADDRESS_VERBS:
            return True  # "called on Israel", "appealed to China"
    return False


def story_outlet(doc: Document, name: str, first_voiced: int | None, voiced: int) -> bool:
    """True when the outlet ``name``'s report is the story: its first explicit voice is in the first paragraph, and
    the headline announces a report or, for an outlet that is not a wire, it speaks again (module docstring)."""
    if first_voiced is not None and _report_denied(doc, first_voiced):
        return True
    if voiced >= 1 and _charges_in_lead(doc, name):
        return True
    if first_voiced is None or doc.sentences[first_voiced].paragraph > 0:
        return False
    if _REPORT_HEADLINE.search(doc.article.source.title or "") is not None:
        return True
    return voiced >= 2 and _WIRES.search(name) is None and not _agency(doc.article.text, name)


def _charges_in_lead(doc: Document, name: str) -> bool:
    """True when the outlet is the subject of a charge in the first paragraph ("China's state-run Global Times has
    accused the US of ...") and not a wire or agency: its claim is the story (Audit 29 30.5: a state paper and a state
    channel whose accusations a media analysis reports were shown only as "the paper")."""
    last = name.split()[-1] if name.split() else ""
    if not last or _WIRES.search(name) is not None or _agency(doc.article.text, name):
        return False
    for sentence in doc.sentences:
        if sentence.paragraph > 0:
            break
        for token in doc.tokens[sentence.token_start : sentence.token_end]:
            verb = subject_verb(doc, token) if token.text == last else None
            if verb is not None and verb.lemma.lower() in _CHARGE_VERBS:
                return True
    return False


def _report_denied(doc: Document, first_voiced: int) -> bool:
    """True when a sentence after the outlet's first report denies a report or claim ("The ministry denied the
    report"): the outlet is the source of the claim the story rebuts, a party to it (Audit 19 missed the newspaper
    whose Ebola report two bodies denied)."""
    start = doc.sentences[first_voiced].token_start
    return any(t.dep == "dobj" and t.lemma.lower() in _CLAIM_NOUNS and doc.tokens[t.head].lemma.lower() in _DENIALS
               for t in doc.tokens[start:])


def _agency(text: str, name: str) -> bool:
    """True when the text calls the outlet an agency beside its name ("state news agency Xinhua", "Ria Novosti news
    agency")."""
    at = text.find(name)
    while at >= 0:
        if _WIRE_CUE.search(text[max(at - _AGENCY_REACH, 0) : at + len(name) + _AGENCY_REACH]):
            return True
        at = text.find(name, at + 1)
    return False
