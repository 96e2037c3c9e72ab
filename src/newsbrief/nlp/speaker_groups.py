"""Who "they" means when "they" speak: the group of people the text named just before.

"However, the actor's representatives denied the rumours on Friday. They said: '...'" is the
representatives' statement, and "when 2,200 academics, politicians and activists issued the Call, they
demanded ..." the signatories' demand (Audit 15: both printed unattributed, under "They"). The group is
a plural noun for people (representatives, lawyers, activists) that is the subject of a clause in the
same sentence before the pronoun or in one of the two sentences before; a plural thing ("the rumours")
is never a speaker, and with no such group the pronoun is left as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.nlp.speech import CUE_LEMMAS, SPOKESPEOPLE, UNNAMED_NOUNS

if TYPE_CHECKING:
    from newsbrief.models import Sentence, Token
    from newsbrief.nlp.speech import _Doc

# Plural nouns for people who speak together, besides the unnamed sources a report quotes.
_GROUP_NOUNS = UNNAMED_NOUNS | SPOKESPEOPLE | frozenset(
    "representatives spokespeople spokesmen spokeswomen academics politicians signatories intellectuals "
    "scholars writers artists organisers organizers campaigners lawyers doctors nurses parents families "
    "relatives residents ministers leaders delegates senators lawmakers mps judges".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BACK = 2  # sentences searched before the pronoun's own
# Plural nouns for bodies that speak together: a "they" after "nations including ..." means the nations.
# Not "power" or "state": "hand powers to a deputy", "the states of matter" name things as often as parties.
_PARTY_NOUNS = frozenset("nation country government ally company firm bank group party union agency organisation "
                         "organization".split())
# Names that, coordinated, make a plural party ("France and Britain", "Smith and Jones").
_PARTY_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _group_noun(token: Token) -> bool:
    """True for a plural common noun for people ("representatives", "activists")."""
    return token.tag == "NNS" and (token.text.lower() in _GROUP_NOUNS or token.lemma.lower() in _GROUP_NOUNS)


def _group_phrase(d: _Doc, head: Token) -> str:
    """The subject's words through its last coordinated noun ("2,200 Arab academics, politicians and
    activists"), without what follows ("from more than 20 countries")."""
    tokens = d.doc.tokens
    last, stack = head.i, [head.i]
    while stack:  # "academics, politicians and activists": each noun hangs from the one before
        for c in d.children.get(stack.pop(), ()):
            if tokens[c].dep == "conj" and _group_noun(tokens[c]):
                last = max(last, c)
                stack.append(c)
    first = head.left
    while first < head.i and tokens[first].pos == "PUNCT":
        first += 1
    return " ".join(d.span_text(first, last).split())


def _subject_group(d: _Doc, sentence: Sentence, before: int) -> str | None:
    """The main clause's plural people-noun subject in ``sentence`` before token ``before``, else the last one:
    "Developers we've spoken with caution that people should temper expectations. They say ..." means the
    developers (centering ranks the main subject first; FNC-1 2275 gave the words to "people")."""
    tokens = d.doc.tokens
    found = [t for t in tokens[sentence.token_start : before]
             if t.dep in _SUBJECTS and _group_noun(t) and not d.in_quote(t.start)]
    main = [t for t in found if tokens[t.head].dep == "ROOT"]
    return _group_phrase(d, main[0]) if main else _group_phrase(d, found[-1]) if found else None


def _coordinated(d: _Doc, token: Token) -> list[Token]:
    """The names coordinated with ``token`` ("India, Mexico and Turkey"), itself first; one when it has none."""
    tokens, found, stack = d.doc.tokens, [token], [token.i]
    while stack:
        for c in d.children.get(stack.pop(), ()):
            if tokens[c].dep == "conj" and tokens[c].ent_type in _PARTY_ENTITIES:
                found.append(tokens[c])
                stack.append(c)
    return found


def _party_phrase(d: _Doc, head: Token) -> str:
    """The words naming a plural party, through a list it introduces ("nations including A, B and C")."""
    tokens = d.doc.tokens
    last = max(t.i for t in _coordinated(d, head))
    for c in d.children.get(head.i, ()):
        if tokens[c].dep == "prep" and tokens[c].text.lower() in ("including", "like", "such"):
            last = max([last] + [t.i for k in d.children.get(c, ()) for t in _coordinated(d, tokens[k])])
    first = head.left
    while first < head.i and tokens[first].pos in ("PUNCT", "CCONJ"):
        first += 1
    return " ".join(d.span_text(first, last).split())


def _reported(d: _Doc, token: Token) -> bool:
    """Whether ``token`` lies in the clause a speech verb reports ("said [Brown and Wilson were seen ...]")."""
    tokens = d.doc.tokens
    for _ in range(12):
        if token.head == token.i:
            return False
        if token.dep == "ccomp" and tokens[token.head].lemma.lower() in CUE_LEMMAS:
            return True
        token = tokens[token.head]
    return False


def _pronoun_subject(d: _Doc, sentence: Sentence) -> bool:
    """Whether a "they" is the subject of ``sentence``'s main clause: a chain of "they" sentences goes on."""
    tokens = d.doc.tokens
    return any(t.text.lower() == "they" and t.dep in _SUBJECTS and tokens[t.head].dep == "ROOT"
               for t in tokens[sentence.token_start : sentence.token_end] if not d.in_quote(t.start))


def plural_parties(d: _Doc, sentence: Sentence) -> list[tuple[bool, str]]:
    """The plural parties ``sentence`` names outside quotation marks, each as (is a clause's subject, its words):
    a plural noun for people or bodies ("nations", "activists") or two or more coordinated names ("France and
    Britain"). A list inside a party's own phrase ("nations including India, Mexico and Turkey") is that party."""
    tokens = d.doc.tokens
    found: list[tuple[bool, str]] = []
    inside: set[int] = set()
    for token in tokens[sentence.token_start : sentence.token_end]:
        if token.i in inside or d.in_quote(token.start) or _reported(d, token):
            continue  # "They said Brown and Wilson were seen ...": those told of are no party speaking here
        if token.tag == "NNS" and (_group_noun(token) or token.lemma.lower() in _PARTY_NOUNS):
            phrase = _party_phrase(d, token)
            inside.update(range(token.left, token.right + 1))  # its own list is part of it
        elif token.ent_type in _PARTY_ENTITIES and token.dep != "conj" and len(_coordinated(d, token)) > 1:
            phrase = _party_phrase(d, token)
            inside.update(t.i for t in _coordinated(d, token))
        else:
            continue
        # a passive's agent ("studied by health officials") does the act as a subject does
        acting = token.dep in _SUBJECTS or (token.dep == "pobj" and tokens[token.head].dep == "agent")
        found.append((acting, phrase))
    return found


def plural_group(d: _Doc, pronoun: Token, sentence: Sentence) -> str | None:
    """The group a speaking "they" means, or None when the text names no such group just before; "" when the
    sentence just before names plural parties that are no people-noun subject ("nations including A, B and C",
    "France and Britain"): the "they" may be one of them, so no one is given the words (the caller withholds)."""
    if pronoun.text.lower() != "they":
        return None
    group = _subject_group(d, sentence, pronoun.i)
    for n, index in enumerate(range(sentence.index - 1, max(-1, sentence.index - 1 - _BACK), -1)):
        if group is not None:
            break
        earlier = d.doc.sentences[index]
        group = _subject_group(d, earlier, earlier.token_end)
        if group is None and n == 0 and not _pronoun_subject(d, earlier):
            rivals = plural_parties(d, earlier)
            if rivals:
                # the nearest plural parties, not an older group two sentences up (Audit 48 #7: "They also
                # argue" after "... nations including Brazil, China and Russia voicing concern" went to the
                # "Western officials" of the sentence before); one alone is the "they" ("... studied by health
                # officials. They said ..."), but only when it acts there: "laid off 200 workers. They said"
                # is the firm's or the workers' (code review), so an object alone leaves it uncertain too
                return rivals[0][1] if len(rivals) == 1 and rivals[0][0] else ""
    return group


def _subject_person(d: _Doc, sentence: Sentence) -> str | None:
    """The person's name that is the subject of a clause of ``sentence``, outside quotation marks."""
    tokens = d.doc.tokens
    for token in tokens[sentence.token_start : sentence.token_end]:
        if token.dep in _SUBJECTS and token.ent_type == "PERSON" and token.pos == "PROPN" \
                and not d.in_quote(token.start):
            first = token.i
            while first > sentence.token_start and tokens[first - 1].ent_type == "PERSON":
                first -= 1
            return d.resolve_name(" ".join(d.span_text(first, token.i).split()))
    return None


def spokesperson_principal(d: _Doc, first: int, last: int, sentence: Sentence) -> str | None:
    """ "A spokesman said he had received a response": the spokesman of the person the two sentences before
    have as their subject ("Mr Annan visited Syria ..."), written "Kofi Annan's spokesman"; None when the
    spokesman's words name a body or a person ("a spokesman for the ministry") or no person is the subject
    there (Audit 15: Annan's spokesman shown as "a spokesman")."""
    tokens = d.doc.tokens
    if last != first + 1 or tokens[first].text.lower() != "a" or tokens[last].text.lower() not in SPOKESPEOPLE \
            or any(tokens[c].dep == "prep" for c in d.children.get(last, ())):
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _BACK), -1):
        principal = _subject_person(d, d.doc.sentences[index])
        if principal:
            return f"{principal}'s {tokens[last].text.lower()}"
    return None


def echoed_writer(d: _Doc, pronoun: Token, sentence: Sentence) -> str | None:
    """ "Levi wrote on her page that she would be offline until June 8, she wrote.": a trailing "she wrote"
    that repeats the sentence's own cue is the person who is that cue's subject, not the last speaker before
    (Audit 15: an organisation quoted just before got the woman's own post)."""
    tokens = d.doc.tokens
    if pronoun.text.lower() not in ("he", "she") or pronoun.dep != "nsubj":
        return None
    verb = tokens[pronoun.head]
    for token in tokens[sentence.token_start : pronoun.i]:
        if token.pos == "VERB" and token.i != verb.i and token.lemma.lower() == verb.lemma.lower():
            named = [tokens[c] for c in d.children.get(token.i, ()) if tokens[c].dep == "nsubj"
                     and tokens[c].ent_type == "PERSON" and tokens[c].pos == "PROPN"]
            return _subject_person(d, sentence) if named else None
    return None


def pronoun_group(d: _Doc, first: int, last: int, sentence: Sentence) -> str | None:
    """Who an unnamed plural or spokesperson source means: "They" (:func:`plural_group`) or "A spokesman"
    (:func:`spokesperson_principal`); None to read the words as written."""
    if first == last:
        group = plural_group(d, d.doc.tokens[first], sentence)  # "" (uncertain) is kept
        return group if group is not None else echoed_writer(d, d.doc.tokens[first], sentence)
    return spokesperson_principal(d, first, last, sentence)


__all__ = ["echoed_writer", "of_pronoun", "plural_group", "pronoun_group", "spokesperson_principal"]


_GROUP_POSS = frozenset({"its", "their", "our"})


def of_pronoun(d: _Doc, of: int) -> bool:
    """Whether the "of" of "one of ..." takes a pronoun ("one of them"), which stands for a group named before;
    "one of the players" names its own group, and a person who spoke before is not it (session 15: a film's
    "one of the players says" went to the character quoted in the sentence before)."""
    tokens = d.doc.tokens
    # "one or more of its permanent members" points back as "one of them" does (PolNeAR dev, after session 15);
    # "one of her former lawyers" is not the person "her" means, nor the source before (FNC-1 1690)
    return any(tokens[c].pos == "PRON" or any(tokens[p].dep == "poss" and tokens[p].text.lower() in _GROUP_POSS
                                              for p in d.children.get(c, ())) for c in d.children.get(of, ()))
