"""Who a mention means: a "he"/"she" of the gender the text gives a person, "the fire chief" the text
named, "a Greenway spokesperson" or "the department" the organisation named, "she also told the
magazine" the person interviewed, and which name in a phrase of several speaks ("Murray's lawyers",
"his sisters Ann, Beth and Carol").

Split from :mod:`newsbrief.nlp.speakers` (which reads a source phrase and resolves pronouns by
centering) so each module stays readable; rules over the dependency parse in
:class:`~newsbrief.nlp.speech._Doc`, with no model of their own: gender, roles and outlets are what
the article itself says of each person, since no name list could know every name in the news.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.models import Document, Sentence, Token
from newsbrief.nlp.company_subjects import named_firm_before
from newsbrief.nlp.gender_votes import bound_votes
from newsbrief.nlp.name_parts import compound_of
from newsbrief.nlp.role_mentions import newer_role_mention
from newsbrief.nlp.royal_roles import royal_holder
from newsbrief.nlp.speaker_genders import said_gender
from newsbrief.nlp.speech import (
    ORGANISATION_NOUNS,
    SPOKESPEOPLE,
    UNNAMED_NOUNS,
    _clean,
    _Doc,
    _mention,
    is_person_name,
    span_head,
)
from newsbrief.nlp.subject_votes import subject_pronouns, vote
from newsbrief.nlp.titled_heads import nominal_head


def _possessor_only(d: _Doc, first: int, last: int, person: int) -> bool:
    """True when the only name in the source phrase owns its head ("Murray's lawyers")."""
    tokens = d.doc.tokens
    head = nominal_head(d, first, last)  # "Kerr's veteran hunting companion": the companion (session 30)
    return head.ent_type != "PERSON" and head.pos == "NOUN" and person < head.i \
        and person + 1 <= last and tokens[person + 1].text in ("'s", "’s", "'", "’")


def _coordinated_start(tokens: Sequence[Token], first: int, i: int) -> int | None:
    """Where a list of names ending at token ``i`` begins ("Marlon, Tito and Jackie"), or None
    when the name stands alone."""
    k = i - 1
    if k < first or tokens[k].pos != "CCONJ":
        return None
    start = None
    while k >= first and (tokens[k].ent_type == "PERSON" or tokens[k].pos == "PROPN" or tokens[k].text in ",&"
                          or tokens[k].pos == "CCONJ"):
        if tokens[k].ent_type == "PERSON" or tokens[k].pos == "PROPN":
            start = k
        k -= 1
    return start


def _coordinated_end(tokens: Sequence[Token], j: int, last: int) -> int | None:
    """Where a list of names that starts with the name ending at token ``j`` ends ("Ann, Beth
    and Carol Harlow"), or None when the name stands alone."""
    k, end, joined = j + 1, None, False
    while k <= last and (tokens[k].ent_type == "PERSON" or tokens[k].text in ",&" or tokens[k].pos == "CCONJ"):
        joined = joined or tokens[k].pos == "CCONJ" or tokens[k].text == "&"
        if tokens[k].ent_type == "PERSON" and joined:
            end = k
        k += 1
    return end


def _title_words(d: _Doc, first: int, i: int) -> str | None:
    """The title or role written before the name that starts at token i, without a phrase the parser left
    in the subject ("For much of the day cardiologist Dr Alon Steinberg was ...": a prepositional
    phrase or a date ends it) and without a form of address left at its end ("cardiologist")."""
    tokens = d.doc.tokens
    start = i
    while start > first:
        token = tokens[start - 1]
        if token.pos in ("ADP", "VERB", "AUX") or tokens[token.head].pos == "ADP" \
                or token.ent_type in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
            break
        start -= 1
    words = _clean(d.span_text(start, i - 1)).split() if start < i else []
    while words and words[-1].lower().rstrip(".") in ("dr", "mr", "mrs", "ms", "prof", "sir", "dame"):
        words.pop()
    title = " ".join(words).strip(" ,")
    return title or None


# Words that say a person is a woman or a man when written as their title or in apposition ("girlfriend
# Taylor Chandler", "her husband, Tom Cole", "Mrs Cole"); "chairman", "actor" and "spokesman" are used of
# women too, so they say nothing.
_FEMALE_NOUNS = frozenset(
    "woman girl girlfriend wife mother daughter sister aunt niece grandmother granddaughter widow actress "
    "spokeswoman chairwoman congresswoman businesswoman councilwoman sportswoman queen princess duchess "
    "countess baroness lady dame mrs ms miss madam fiancee heiress waitress stepmother stepdaughter mum mom "
    "grandma".split())
_MALE_NOUNS = frozenset(
    "man boy boyfriend husband father son brother uncle nephew grandfather grandson widower congressman "
    "businessman councilman sportsman king prince duke earl lord sir mr fiance stepfather stepson dad "
    "grandpa".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_MALE_PRONOUNS = frozenset("he him his himself".split())
_NOUN_EVIDENCE = 2  # a title or apposition says more than one pronoun


def _name_spans(d: _Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """Token spans (first, last) of the people named in ``sentence`` outside quotations."""
    spans: list[tuple[int, int]] = []
    for token in d.doc.sentence_tokens(sentence):
        # A known person's surname counts whatever the model tagged it ("Grady" as a place).
        person = is_person_name(d, token) or (token.pos == "PROPN" and token.text in d.full_names)
        if d.in_quote(token.start) or not person or token.text[:1].islower():
            continue
        if spans and spans[-1][1] == token.i - 1:
            spans[-1] = (spans[-1][0], token.i)
        else:
            spans.append((token.i, token.i))
    return spans


def _noun_gender(d: _Doc, first: int, last: int) -> str | None:
    """ "f"/"m" when a word of the name's title or apposition is gendered ("girlfriend Taylor", "Mrs Cole",
    "her husband, Tom Cole", "Tom Cole, her husband,")."""
    tokens = d.doc.tokens
    head = tokens[last]
    words = [tokens[k] for k in range(first - 1, max(first - 4, -1), -1)]
    near: list[Token] = []
    for word in words:
        if word.pos not in ("NOUN", "PROPN", "ADJ"):
            break
        near.append(word)
    near += [tokens[c] for c in d.children.get(head.i, ()) if tokens[c].dep == "appos" and tokens[c].pos == "NOUN"]
    if head.dep == "appos" and tokens[head.head].pos == "NOUN":
        near.append(tokens[head.head])
    near += [t for t in tokens[first : last + 1] if t.text.lower().rstrip(".") in ("mr", "mrs", "ms", "miss")]
    for word in near:
        lemma = word.text.lower().rstrip(".")
        if lemma in _FEMALE_NOUNS or word.lemma.lower() in _FEMALE_NOUNS:
            return "f"
        if lemma in _MALE_NOUNS or word.lemma.lower() in _MALE_NOUNS:
            return "m"
    return None


def genders(d: _Doc) -> dict[str, str]:
    """Each person's gender as the text shows it, "f" or "m", by resolved name: gendered titles and
    appositions (two votes each), and the "he"/"she", "his"/"her" that follow the person in a sentence
    whose subject they are and that names no one else (a vote a sentence). Read once per document."""
    if d.genders is not None:
        return d.genders
    votes: dict[str, list[int]] = {}
    previous: str | None = None  # the one person the sentence before names, if it names one
    for sentence in d.doc.sentences:
        spans = _name_spans(d, sentence)
        names = [d.resolve_name(_clean(d.span_text(first, last))) for first, last in spans]
        if not names and previous is not None:
            _next_subject_vote(d, sentence, votes.setdefault(previous, [0, 0]))
        previous = names[0] if len(set(names)) == 1 and not _someone_else(d, sentence, spans) else None
        bound_votes(d, sentence, spans, names, votes)  # "Lopez said she had warned Reed": a vote for Lopez
        for (first, last), name in zip(spans, names, strict=True):
            tally = votes.setdefault(name, [0, 0])
            noun = _noun_gender(d, first, last)
            if noun is not None:
                tally[noun == "m"] += _NOUN_EVIDENCE
            # the subject's own pronouns; a possessor or a later name is no rival (Newsroom 44, session 24)
            vote(tally, subject_pronouns(d, sentence, spans, names, name, last), _FEMALE_PRONOUNS, _MALE_PRONOUNS)
    d.genders = {name: "f" if f > m else "m" for name, (f, m) in votes.items() if f != m}
    return d.genders


# Common nouns for a person, besides the unnamed sources: "Grady showed the mayor the pumps. She told ..."
_PERSON_NOUNS = UNNAMED_NOUNS | frozenset(
    "mayor chief president minister governor senator judge director head secretary chairman chairwoman "
    "woman man girl boy mother father wife husband daughter son sister brother widow child".split())


_SAYING = frozenset({"say", "tell", "add", "explain", "insist", "note", "warn", "write"})


def _someone_else(d: _Doc, sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """True when the sentence also speaks of a person by a common noun outside the name and the title
    written just before it ("the mayor", "a woman"): a "he"/"she" next may mean that one."""
    near = {i for first, last in spans for i in range(first - 4, last + 1)}
    return any(t.pos == "NOUN" and t.lemma.lower() in _PERSON_NOUNS and t.i not in near
               for t in d.doc.sentence_tokens(sentence))


def _next_subject_vote(d: _Doc, sentence: Sentence, tally: list[int]) -> None:
    """A vote for the one person the sentence before named, from a "he"/"she" subject of this sentence,
    which names no one ("..., according to fire chief Mark Sanford. ..., he said."; the Newsroom wildfire
    brief gave a woman's "she said" to him when nothing showed he was a man)."""
    tokens = d.doc.tokens
    subjects = {t.text.lower() for t in d.doc.sentence_tokens(sentence)
                if t.dep == "nsubj" and not d.in_quote(t.start) and tokens[t.head].lemma.lower() in _SAYING}
    if "she" in subjects and "he" not in subjects:
        tally[0] += 1
    elif "he" in subjects and "she" not in subjects:
        tally[1] += 1


def _wrong_gender(d: _Doc, name: str | None, pronoun: str) -> bool:
    """True when the text, or else a full name's given name, shows ``name`` of the other gender than ``pronoun``."""
    if not name or pronoun not in ("he", "she"):
        return False
    gender = genders(d).get(d.resolve_name(name)) or said_gender(d, name, given=True)  # "she said" (A42)
    return gender is not None and gender != ("f" if pronoun == "she" else "m")


def _role_words(d: _Doc, noun: Token) -> tuple[str, ...]:
    """The role a common noun names, with the nouns compounded before it ("fire chief"), lower-cased."""
    tokens = d.doc.tokens
    words = [noun.text.lower() if noun.pos == "PROPN" else noun.lemma.lower()]
    k = noun.i - 1
    while k >= 0 and tokens[k].dep == "compound" and tokens[k].pos in ("NOUN", "PROPN") \
            and tokens[k].ent_type != "PERSON" and tokens[k].lemma.lower() in UNNAMED_NOUNS | {"fire", "police",
                                                                                          "head", "deputy", "vice"}:
        words.insert(0, tokens[k].lemma.lower())
        k -= 1
    return tuple(words)


def _role_keys(d: _Doc, noun: Token) -> list[str]:
    """The keys a role noun is filed and looked up under: with the office its "of" names first
    ("secretary of state"), then the bare role ("secretary"), so "said the secretary of state" finds
    "Secretary of State Helen Marsh" (Audit 14: a secretary of state's words left unattributed)."""
    plain = " ".join(_role_words(d, noun))
    tokens = d.doc.tokens
    for child in d.children.get(noun.i, ()):
        if tokens[child].dep == "prep" and tokens[child].text.lower() == "of":
            objects = [tokens[c] for c in d.children.get(child, ()) if tokens[c].dep == "pobj"]
            if objects and objects[0].pos in ("NOUN", "PROPN"):
                return [f"{plain} of {objects[0].text.lower()}", plain]
    return [plain]


def _title_nouns(d: _Doc, first: int) -> list[Token]:
    """The title written before a name, as far back as its capitalised words and "of" run ("Fire chief
    Anna Webb", "President Barack Obama", "US Secretary of State Helen Marsh")."""
    tokens = d.doc.tokens
    nouns: list[Token] = []
    k = first
    while k > 0 and first - k < _TITLE_SPAN and (
            tokens[k - 1].text == "of" or (tokens[k - 1].pos in ("NOUN", "PROPN")
                                           and tokens[k - 1].dep in ("compound", "nmod", "pobj"))):
        k -= 1
        nouns.append(tokens[k])
    return nouns


_TITLE_SPAN = 5


def role_people(d: _Doc) -> dict[str, set[str]]:
    """Role ("fire chief", "lawyer") -> the people the text names with it in apposition or as
    a title ("the fire chief, Paul Grady", "Fire chief Anna Webb", "Paul Grady, the fire chief,")."""
    if d.role_people is not None:
        return d.role_people
    tokens = d.doc.tokens
    found: dict[str, set[str]] = {}
    for entity in d.doc.entities:
        if entity.label != "PERSON" or not _clean(entity.text):
            continue
        head = tokens[entity.token_end - 1]
        nouns = [tokens[c] for c in d.children.get(head.i, ()) if tokens[c].dep == "appos"]
        if head.dep == "appos":
            nouns.append(tokens[head.head])
        nouns += _title_nouns(d, entity.token_start)
        for noun in nouns:
            if noun.pos in ("NOUN", "PROPN") and noun.text.lower() in UNNAMED_NOUNS:
                # The role as written: "the president" is not the vice president, "the chief" not the fire chief.
                for key in _role_keys(d, noun):
                    found.setdefault(key, set()).add(d.resolve_name(_clean(entity.text)))
    d.role_people = found
    return found


def _role_holder(d: _Doc, first: int, last: int) -> str | None:
    """The one person a definite role subject means ("The fire chief warned ..." after "the fire chief,
    Paul Grady"): the role as written given to one named person only."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    # the model tags a lower-case office as a proper noun at times ("said the secretary of state")
    role_noun = head.tag == "NN" or (head.tag == "NNP" and head.text.lower() in UNNAMED_NOUNS)
    if head.pos not in ("NOUN", "PROPN") or not role_noun or tokens[first].text.lower() != "the":
        return None  # "his lawyer" may be another man's
    if newer_role_mention(d, first, last) is not None:
        return None  # "a foreign ministry spokesman ... the spokesman said": not the one named before (Audit 41)
    table = role_people(d)
    for key in _role_keys(d, head):
        holders = table.get(key, set())
        if holders:
            return next(iter(holders)) if len(holders) == 1 else None
    return royal_holder(d, first, last)  # "the Jordanian monarch" after "King Abdullah" (Audit 42 #7)


def _spokesperson_body(d: _Doc, first: int, last: int) -> str | None:
    """The organisation an unnamed spokesperson speaks for ("a Greenway spokesperson" -> "Greenway Foods",
    "a university spokesperson" -> "Westbury University"): the one organisation the text names that
    starts with the modifier's name or ends in its common noun; None when there is no such one."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    if head.lemma.lower() not in SPOKESPEOPLE:
        return None
    modifiers = [t for t in tokens[first : head.i] if t.pos in ("PROPN", "NOUN") and compound_of(tokens, t, head)]
    if not modifiers:
        return None
    if any(t.ent_type == "PERSON" or t.text in d.person_words for t in modifiers):
        # "a de Blasio spokesman", "a Smith aide": the person's spokesman speaks, not the person (Audit 38 #10)
        return _mention(d.span_text(first, last))
    words = [t.text for t in modifiers]
    organisations = {_clean(e.text) for e in d.doc.entities if e.label == "ORG"}
    if modifiers[0].pos == "PROPN":
        found = {o for o in organisations if o.split()[: len(words)] == words}
        longest = max(found, key=len, default=" ".join(words))
        # "Greenway" and "Greenway Foods" are one company: the fullest name, when the others begin it
        return longest if all(longest.split()[: len(o.split())] == o.split() for o in found) else " ".join(words)
    found = {o for o in organisations if o.split()[-1].lower() == words[-1].lower() and len(o.split()) > 1}
    return next(iter(found)) if len(found) == 1 else None


# Bodies a text names once and then calls by their kind ("Defra said ... The department said"); not a
# government, the police or an army, which "the government" names apart from any body quoted before.
_SHORT_NAMED = frozenset("department ministry agency regulator company firm bank council commission committee "
                         "watchdog charity union group organisation organization institute association airline "
                         "club board body university hospital school trust foundation federation".split())

# Kind nouns any organisation answers to ("the group said" after "The Harbour Tenants Alliance said").
_ANY_BODY = frozenset("group organisation organization body".split())


def _body_referent(d: _Doc, first: int, last: int, sentence: Sentence) -> str | None:
    """The organisation "the council", "the department" means: the one organisation named before
    whose name holds that word ("Leeds City Council"), else a named body that spoke in the sentence
    just before ("Defra said ... The department said ...")."""
    tokens = d.doc.tokens
    head = span_head(d, first, last)
    if head.pos != "NOUN" or head.tag != "NN" or head.lemma.lower() not in ORGANISATION_NOUNS | _SHORT_NAMED \
            or tokens[first].text.lower() != "the" or last != first + 1:
        return None  # "the Pakistani government" says which itself
    noun = head.lemma.lower()
    named = {_clean(e.text) for e in d.doc.entities if e.label == "ORG" and e.end <= tokens[first].start}
    # A name that holds the word ("Leeds City Council"), not a headline run together ("Disputes
    # Characterization Of Network", whose small words are capitalised).
    holding = {n for n in named if noun in n.lower().split() and len(n.split()) > 1
               and not set(n.split()[1:]) & {"Of", "And", "The", "For", "In", "On", "To"} and not _styled(n, noun)}
    if len(holding) == 1:
        return holding.pop()
    described = _described_as(d, noun, tokens[first].start)
    if described is not None:
        return described
    before = d.sources.get(sentence.index - 1)
    # a named body keeps its article ("the Drug Policy Alliance", Audit 37: "the group" left unnamed); "My sister"
    # is a relative capitalised at a sentence start, no body (session 30: "the union" given to her)
    if noun not in _SHORT_NAMED or before is None or not before.speaker \
            or not before.speaker.removeprefix("the ")[:1].isupper() \
            or before.speaker.lower().startswith(("my ", "our ")) \
            or sentence.paragraph - d.doc.sentences[sentence.index - 1].paragraph > 1:
        return _story_company(d, noun, tokens[first].start, sentence)
    person = before.speaker in d.full_names.values() or any(w in d.person_words for w in before.speaker.split())
    # "Thames Valley Police" is not what "the council" means; any body is "the group" (Audit 37: the Drug Policy
    # Alliance's statement left to "the group")
    other_kind = set(before.speaker.lower().split()) & (ORGANISATION_NOUNS - {noun}) if noun not in _ANY_BODY else set()
    if before.voice in ("organisation", "person") and not person and not other_kind:
        return before.speaker
    return _story_company(d, noun, tokens[first].start, sentence)


def _described_as(d: _Doc, noun: str, before: int) -> str | None:
    """The one organisation named before ``before`` with the noun in apposition ("The Northern Front, an armed
    group, showed the van ... 'the group said'"): the writer has said what "the group" means."""
    tokens = d.doc.tokens
    found: set[str] = set()
    for entity in d.doc.entities:
        if entity.label != "ORG" or entity.end > before:
            continue
        i = next((t.i for t in tokens if t.start >= entity.end), None)
        if i is None or tokens[i].text != "," or i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in ("a", "an"):
            continue
        if any(t.lemma.lower() == noun and t.pos == "NOUN" for t in tokens[i + 2 : i + 5]):
            found.add(_clean(entity.text))
    return found.pop() if len(found) == 1 else None


def _styled(name: str, noun: str) -> bool:
    """True for a firm's style that ends in the kind word ("Cowen and Company", "Smith & Co"): the word is
    part of the name, not what the firm is called for short, so "the company" does not mean it."""
    words = name.lower().split()
    return noun in words and words.index(noun) > 0 and words[words.index(noun) - 1] in ("and", "&")


_BUSINESS_WORDS = frozenset({"company", "firm"})


def _story_company(d: _Doc, noun: str, before: int, sentence: Sentence) -> str | None:
    """The company "the company" means when nothing nearer says: the organisation named most often before
    (the first named on a tie), leaving out a source's employer named only as "Arcuri of Cowen and Company"
    (Audit 15: "The company has said ..." about Apple given to the analyst's firm)."""
    if noun not in _BUSINESS_WORDS:
        return None
    near = named_firm_before(d, sentence)  # the firm whose statement comes just before (Audit 38 #1)
    if near is not None:
        return near
    tokens = d.doc.tokens
    counts: dict[str, int] = {}
    employers: set[str] = set()
    for entity in d.doc.entities:
        if entity.label != "ORG" or entity.end > before:
            continue
        name = _clean(entity.text)
        counts[name] = counts.get(name, 0) + 1
        i = next((t.i for t in tokens if t.start == entity.start), None)
        if i is not None and i >= 2 and tokens[i - 1].text.lower() in ("of", "at") \
                and tokens[i - 2].ent_type == "PERSON":
            employers.add(name)
    ranked = [n for n in counts if n not in employers]  # dict order: first named first
    return max(ranked, key=lambda n: counts[n]) if ranked else None


# What an interviewee speaks to: an outlet, not the reporters at a press conference (who hear many).
_OUTLET_NOUNS = frozenset("magazine newspaper paper website site station channel programme program show podcast "
                          "broadcaster outlet tabloid network interviewer".split())


def _the(d: _Doc, noun: Token) -> bool:
    tokens = d.doc.tokens
    return any(tokens[c].dep == "det" and tokens[c].text.lower() == "the" for c in d.children.get(noun.i, ()))


def to_outlet(d: _Doc, verb: Token, the_same: bool = False) -> bool:
    """True when ``verb`` speaks to an outlet: "told the magazine", "told Sunday Living", "gave an
    interview to ...", "said in an interview"; with ``the_same``, only to one named before ("told
    the magazine", "in the interview")."""
    tokens = d.doc.tokens
    lemma = verb.lemma.lower()
    kids = [tokens[c] for c in d.children.get(verb.i, ())]
    if lemma == "tell":
        return any(k.dep in ("dobj", "dative", "obj") and (
            (k.lemma.lower() in _OUTLET_NOUNS and (_the(d, k) or not the_same))
            or (k.pos == "PROPN" and k.ent_type != "PERSON" and not the_same)) for k in kids)
    interview = [k for k in kids if k.lemma.lower() == "interview" and k.dep in ("dobj", "obj")]
    interview += [tokens[c] for k in kids if k.dep == "prep" and k.text.lower() == "in"
                  for c in d.children.get(k.i, ()) if tokens[c].lemma.lower() == "interview"]
    interview = [k for k in interview if _the(d, k) or not the_same]
    return bool(interview) and lemma in ("give", "grant", "say", "tell", "speak", "claim", "reveal", "admit")


def note_interviewee(d: _Doc, verb: Token, sentence: Sentence, speaker: str | None) -> None:
    """Remember a person who spoke to an outlet (see to_outlet): who a later "she also told the
    magazine" means."""
    if speaker and to_outlet(d, verb):
        d.interviewees[sentence.index] = speaker


def note_interviews(d: _Doc) -> None:
    """Remember the named people who "gave an interview to" an outlet (no speech verb says so)."""
    tokens = d.doc.tokens
    for sentence in d.doc.sentences:
        for verb in d.doc.sentence_tokens(sentence):
            if verb.lemma.lower() not in ("give", "grant") or not to_outlet(d, verb):
                continue
            subject = next((tokens[c] for c in d.children.get(verb.i, ()) if tokens[c].dep == "nsubj"), None)
            if subject is not None and is_person_name(d, subject) and not d.in_quote(subject.start):
                first = subject.i
                while first > sentence.token_start and is_person_name(d, tokens[first - 1]):
                    first -= 1
                d.interviewees[sentence.index] = d.resolve_name(_clean(d.span_text(first, subject.i)))


def _interviewee(d: _Doc, verb: Token, subject: Token, sentence: Sentence, found: str | None) -> str | None:
    """The person a "he"/"she" who speaks to the outlet named before means, when the person the
    pronoun otherwise resolves to (``found``) has not spoken: the last person who spoke to an outlet,
    of the pronoun's gender (seventh reader audit: "She also told the magazine ..." given to a
    swimmer named in the paragraph rather than the woman interviewed)."""
    pronoun = subject.text.lower()
    if pronoun not in ("he", "she") or (found and found in d.speakers.values()) \
            or not to_outlet(d, verb, the_same=True):
        return None
    earlier = [i for i, name in d.interviewees.items() if i < sentence.index and not _wrong_gender(d, name, pronoun)]
    return d.interviewees[max(earlier)] if earlier else None


# The gender index of the last few documents asked about, so a repair pass over one document reads it once.
_GENDERS: dict[int, tuple[Document, _Doc]] = {}
_GENDER_CACHE = 4


def gender_of(doc: Document, name: str) -> str | None:
    """ "f" or "m" when the article itself shows ``name``'s gender (:func:`genders`), else None: what a
    pronoun repair needs to refuse a referent of the other gender ("She" after "Coach Peter Lang ...")."""
    cached = _GENDERS.get(id(doc))
    if cached is None or cached[0] is not doc:
        while len(_GENDERS) >= _GENDER_CACHE:
            _GENDERS.pop(next(iter(_GENDERS)))
        cached = (doc, _Doc(doc))
        _GENDERS[id(doc)] = cached
    d = cached[1]
    table = genders(d)
    return table.get(d.resolve_name(name)) or table.get(name)
