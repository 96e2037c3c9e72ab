"""Given names that say a person's gender, and people the NER model typed as organisations or left untyped whom
a given name and a person's role beside the name show to be people (pronoun_speakers.jsonl, issue #11).

Two wrong classes of the labelled pronoun set had one cause, a name the text never marks for gender or type:

* **A woman's "she said" given to a man.** "Beatrice Megevand-Roggo, the ICRC's regional head of operations,
  said ... "...," she said" went to the president named in the sentence between, since the text casts no
  "she"/"he" vote for either; and an estate agent's "she says" to her male colleague named before her.
  :func:`given_name_gender` reads the given name of a full name, the last evidence
  :func:`newsbrief.nlp.referents._wrong_gender` consults (after the text's own votes and the sources read).
* **A person typed as an organisation, or untyped.** The same two women were typed ORG ("Beatrice
  Megevand-Roggo") or nothing ("a Sabine Rollinger, an employee of the broker"), so no "she" could reach them.
  :func:`given_named_people` types such a name PERSON when a given name opens it *and* the text gives it a
  person's role in apposition ("X, the agency's head", "its spokeswoman, X") or a "who"/age after it. The role is
  required because companies are named after people too ("John Lewis", "Hugo Boss"): a name alone says nothing.

The lists hold common given names that are one gender across the languages news names people in (English,
French, German, Nordic, Italian, Spanish, Slavic, Arabic). Names worn by both ("Jean", "Andrea", "Kim",
"Jordan", "Dana", "Joan" - a man's name in Catalan) are in neither, so they say nothing; a lone word is never
read as a given name ("Ford" or "Kelly" alone is a surname). Tuned on the 106 labelled pronoun cases: two wrong
cases of each class; no case the lists reach went the other way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbrief.models import Document, Entity, Token
from newsbrief.nlp.name_parts import CLUB_WORDS, ORG_WORDS

__all__ = ["given_name_gender", "given_named_people"]

_FEMALE_GIVEN = frozenset("""
abigail ada adele adriana agnes agnieszka aisha alice alicia alison amanda amber amelia amina amy ana anastasia
angela angelina angelique anita ann anna anne annette antonia april ariana astrid audrey aurelie barbara beata
beatrice beatriz becky belinda bernadette beth bethany betty beverly birgit brenda bridget brigitte britney
camilla carla carmen carol carole caroline carolyn catherine cathy cecilia celine chantal charlotte chelsea cheryl
christina christine claire clara claudia colleen cynthia daniela danielle debbie deborah debra denise diana diane
donna dorothy edith eleanor elena elisabeth elizabeth ella ellen eloise elsa emilie emily emma erica erika esther
eva eve ewa fatima fiona florence frances francesca gabriela gabrielle gail georgia gillian gina giulia gloria
grace greta guadalupe hala hanna hannah harriet heather heidi helen helena hillary holly ilona ines ingeborg
ingrid irene irina iris isabel isabella isabelle jacqueline jane janet janice jasmine jennifer jenny jessica jill
joanna joanne josephine joyce judith judy julia julie juliet justine karen karin katarina katarzyna kate katherine
kathleen kathryn kathy katie katrin kirsten kristen laura lauren leila lena leticia linda lisa liz lorraine louise
lourdes lucia lucy ludmila lydia madeleine magdalena maggie malgorzata margaret margarita margot maria mariam
marie marina marjorie marta martha martina mary maureen maya megan melanie melissa mercedes michelle mireille
miriam molly monica monika nadezhda nadia nancy naomi natalia natalie natasha nathalie nicole nina nora oksana
olga olivia pamela patricia paula pauline penelope penny petra phyllis priscilla rachel rania rebecca regina renee
rita roberta rocio rosa rosemary ruth sabine sally samantha sandra sandrine sara sarah sharon sheila shirley
sigrid silvia sofia sonia sophia sophie stephanie susan susanne suzanne svetlana sylvia tamara tanya tatiana
teresa theresa tina ulrike ursula valentina valerie vanessa vera veronica veronique victoria violet virginia wendy
yasmin yelena yulia yvonne zainab zoe zsuzsanna
""".split())

_MALE_GIVEN = frozenset("""
aaron abdel abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alessandro alexander alexandre
alexei alexey alfred ali alistair alvaro anatoly anders andre andreas andrei andrew andrzej andy angelo anthony
antoine antonio anwar arnold arthur ashraf barack barry bashar ben benjamin bernard bill billy bob boris brad
bradley brendan brett brian bruce bryan carl carlos charles charlie christian christopher clarence claude colin
conrad craig dan daniel darren dave david dennis derek diego dieter dirk dmitri dmitry donald douglas dragan
duncan dylan eduardo edward enrico eric erik ernest eugene evan farid felix fernando francesco francis francisco
francois frank franz fred frederick fyodor gary gavin gennady geoffrey george gerald gerard gerhard giovanni
giuseppe goran gordon graham greg gregory guillaume gustavo hamid hans harold harry hassan hector helmut henrik
henry herbert horst hosni howard hugh hugo hussein ian ibrahim igor isaac ivan jacek jack jacob jacques jake james
jason javier jean-claude jean-luc jean-marc jean-paul jean-pierre jeff jeffrey jeremy jerry jesus jim jimmy
joaquin joe johan johann johannes john johnny jon jonathan jorge jose joseph josh joshua juan julian jurgen justin
karl keith ken kenneth kevin khalid klaus krzysztof kurt larry lars lawrence leonard leonardo lloyd lorenzo louis
luca lucas luis luke malcolm manuel marcel marco marcus mario mark martin massimo matteo matthew matthias maurice
max michael miguel mike mikhail milan moammar mohamed mohammad mohammed muammar muhammad mustafa nathan neil
nicholas nick nicolas nigel nikolai nils noah norman oleg oliver omar oscar owen pablo paolo patrick paul pedro
peter philip philippe phillip pierre pieter piotr rafael rainer ralph ramon randy raymond reginald ricardo richard
rick robert roberto rodrigo roger ronald roy russell ryan salim salman samuel scott sean sebastian sergei sergey
sergio simon stanley stefan stefano stephen steve steven stuart sven tariq ted terence thomas tim timothy todd tom
tomasz tony trevor ulrich vaclav valery victor viktor vincent vitaly vladimir walter wayne william wojciech
wolfgang yasser yousef youssef yuri zachary zbigniew zoran
""".split())

# Given names that are also places or things a body is named after ("Georgia Power", "Victoria Station",
# "Elizabeth Line", "Chelsea FC"): gender they still say, a person's type they never give.
_PLACE_NAMES = frozenset("georgia virginia florence victoria charlotte helena regina chelsea eugene douglas "
                         "elizabeth mary santa".split())

# Nouns for a person's role written in apposition to the name ("X, an employee of the broker").
_ROLE_NOUNS = frozenset("""
head chief director deputy manager employee spokeswoman spokesman spokesperson official officer secretary
minister president chairwoman chairman chair founder owner partner agent broker editor reporter correspondent
analyst expert researcher scientist professor lecturer teacher student lawyer attorney doctor nurse surgeon
coordinator adviser advisor consultant economist engineer executive aide worker volunteer activist campaigner
mother father wife husband daughter son sister brother widow widower woman man girl boy resident victim survivor
witness colleague friend neighbour neighbor member leader representative envoy ambassador diplomat commander
""".split())


def given_name_gender(name: str) -> str | None:
    """"f" or "m" from the given name opening a full name ("Beatrice Megevand-Roggo": "f"), else None: a lone
    word, or a given name worn by both or not in the lists (see the module docstring)."""
    words = name.split()
    if len(words) < 2:
        return None
    given = words[0].strip(".,").lower()
    if given in _FEMALE_GIVEN:
        return "f"
    return "m" if given in _MALE_GIVEN else None


def _name_word(token: Token) -> bool:
    """A capitalised word of a name: "Megevand-Roggo", "O'Brien"; not "ICRC" or "iPhone"."""
    word = token.text.replace("-", "").replace("'", "").replace("’", "")
    return token.pos == "PROPN" and word.isalpha() and token.text[:1].isupper() and not token.text.isupper()


def _role_beside(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the text gives the name first..last a person's role or a person's marks: a role noun in apposition
    either way ("X, an employee", "its spokeswoman, X"), or ", who" / ", 45," right after it."""
    end = tokens[last]
    if end.dep == "appos" and tokens[end.head].pos == "NOUN" and tokens[end.head].lemma.lower() in _ROLE_NOUNS:
        return True
    window = tokens[last + 1 : last + 16]
    if any(t.head == end.i and t.dep == "appos" and t.pos == "NOUN" and t.lemma.lower() in _ROLE_NOUNS
           for t in window):
        return True
    after = [t.text.lower() for t in window[:2]]
    return len(after) == 2 and after[0] == "," and (after[1] == "who" or after[1].isdigit())


def _person_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A two- or three-word name opened by a given name that is no place, with no word of a body's name."""
    words = tokens[first : last + 1]
    return 2 <= len(words) <= 3 and all(_name_word(t) for t in words) \
        and words[0].text.lower() in _FEMALE_GIVEN | _MALE_GIVEN and words[0].text.lower() not in _PLACE_NAMES \
        and not any(t.text.lower() in ORG_WORDS | CLUB_WORDS for t in words) \
        and not (first > 0 and tokens[first - 1].text.lower() == "the")


def _untyped_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) of each whole run of untyped proper nouns."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].pos == "PROPN" and not tokens[i].ent_type:
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].pos == "PROPN" and not tokens[j + 1].ent_type:
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def given_named_people(doc: Document) -> Document:
    """The document with organisation-typed or untyped names that a given name and a role beside them show to be
    people typed PERSON (see the module docstring)."""
    tokens = list(doc.tokens)
    entities: list[Entity] = []
    changed = False
    for entity in doc.entities:
        first, last = entity.token_start, entity.token_end - 1
        if entity.label == "ORG" and _person_name(tokens, first, last) and _role_beside(tokens, first, last):
            entity = replace(entity, label="PERSON")
            for i in range(first, last + 1):
                tokens[i] = replace(tokens[i], ent_type="PERSON")
            changed = True
        entities.append(entity)
    sentence_of = {i: s.index for s in doc.sentences for i in range(s.token_start, s.token_end)}
    for first, last in _untyped_runs(tokens):
        if not (_person_name(tokens, first, last) and _role_beside(tokens, first, last)) or first not in sentence_of:
            continue
        for i in range(first, last + 1):
            tokens[i] = replace(tokens[i], ent_type="PERSON")
        entities.append(Entity(text=doc.article.text[tokens[first].start : tokens[last].end], label="PERSON",
                               start=tokens[first].start, end=tokens[last].end, sentence_index=sentence_of[first],
                               token_start=first, token_end=last + 1))
        changed = True
    if not changed:
        return doc
    return replace(doc, tokens=tuple(tokens), entities=tuple(sorted(entities, key=lambda e: e.start)))
