"""Names that are things or companies, not the people and bodies a story is about (reader Audit 12, 13.4 item 6).

spaCy's small model tags a product, a rig or a piece of equipment as an organisation or a person by the
shape of its name, and a company it does not know as a person. A reader reads the article's own wording:

- a **fragment** of a longer name: "Horizon" tagged alone inside "the Deepwater Horizon" (a rig), where
  every mention stands right after another capitalised word that is not a title;
- an **acronym of a thing**: "the failed blowout preventer (BOP)", declared after lowercase words, where a
  body's acronym follows its capitalised name ("the Environment Agency (EA)");
- a **product**: a model number after the name ("Galaxy Note 7"), a product noun after it ("the Lumo
  model"), or "goes on sale"/"costs $" said of it; a size before it ("the 12-inch Lumo"), a part of it owned by it
  ("the Lumo's screen"), or the object of a launch verb ("redesigned the Lumo", "introduce Lumo Link on the new
  ...", "announce a new Lumo"; reader Audit 49 #9: a laptop and a port standard typed organisations); a product
  that speaks (a rare quote) is left alone;
- a **company typed as a person**: the name with company words around it ("Nokara shares", "a Nokara
  spokeswoman", "Nokara Inc", "Nokara's share price", "a spokeswoman for Nokara", "Nokara, the razor maker",
  "Nokara said ... its product line"; Audit 13: a brand typed as a person); a person is never written so.

Regular expressions over the article text, because these cues are fixed phrases next to the name; the
word lists are those of the audited errors' kinds, written general (any product noun, any company word).
"""

from __future__ import annotations

import re
from typing import Protocol

from newsbrief.analyze.actor_names import PERSON_NOUNS, TITLE_WORDS, Actor
from newsbrief.models import Document
from newsbrief.nlp.entity_states import is_country

_PRODUCT_NOUNS = ("model|models|handset|handsets|device|devices|phone|phones|smartphone|smartphones|tablet|"
                  "tablets|laptop|laptops|smartwatch|watch|console|headset|car|cars|truck|vehicle|jet|jets|"
                  "aircraft|drone|chip|chips|processor|range|edition|line-up|lineup")
_SALE = (r"(?:will |would |to )?(?:go|goes|went|gone|going) on sale|"
         r"(?:costs?|costing|priced at|retails? (?:at|for)) [$£€]")
_MODEL = r"\d{1,4}[A-Za-z]?|[A-Z]\d{1,3}"  # "Note 7", "Tab 5", "Galaxy S8"
_COMPANY_AFTER = ("shares|stock|share price|spokesman|spokeswoman|spokesperson|spokespeople|Inc|Inc\\.|Corp|"
                  "Corp\\.|Corporation|Ltd|Ltd\\.|plc|PLC|LLC|AG|SA|NV|GmbH|Co\\.|board|shareholders|"
                  "executives|headquarters|chief executive|CEO|stores|customers")
_COMPANY_POSSESSED = ("shares|share price|stock|market value|market share|shareholders|customers|products|"
                      "profits?|revenues?|sales|headquarters|board|chief executive|CEO|factories|stores")


# "start-up" and "service": "Loma, an online service that ..." (the lead's reading of Newsroom row 6, session 20: the
# start-up the piece is about listed as a person); "a service member", "a start-up founder" name officers (below).
# "outlet", "website", "tabloid" ...: "Blabber, the media outlet that broke the story, reports" (Audit 39 #11: a gossip
# site typed as a person). A person is "a newspaper columnist", caught by the officer noun after it (below).
_COMPANY_NOUN = (r"(?:company|maker|firm|brand|manufacturer|retailer|chain|start-?up|service|outlet|website|"
                 r"tabloid|newspaper|broadcaster|publication|blog)")
# "restaurant" and "chain": "Mexican restaurant Chipotle has decided ..." (CNN/DM row 45: the chain typed a place)
_BUSINESS_NOUN = (r"(?:company|maker|firm|manufacturer|retailer|contractor|subcontractor|operator|carrier|airline|"
                  r"insurer|lender|supplier|conglomerate|giant|restaurant|chain)")
# Not "the firm's chief executive, Laura Pike": a company noun before a name is followed by its officer as often.
_COMPANY_BEFORE = r"(?:spokes\w+|statement|representative)s? (?:for|from)"


# Each test is one pattern compiled once and matched at the end (or before the start) of every place the name
# is written: building a pattern per name and document recompiled these long alternations thousands of times
# (session 12: two thirds of the brief's time on CNN/DM went to regular-expression compilation).
_C_AFTER = re.compile(rf"(?:'s|’s)? (?:{_COMPANY_AFTER})\b")
_C_POSSESSED = re.compile(rf"(?:'s|’s) (?:{_COMPANY_POSSESSED})\b")
_C_BEFORE = re.compile(rf"{_COMPANY_BEFORE} $")
# Not "Carl Brody, the oil company's head of safety" nor "Ann Lee, a company vice-president" (Audit 17: a person
# typed as an organisation): a company noun that owns or qualifies a person noun names the person's employer.
_OFFICER = "|".join(sorted((re.escape(w) for w in PERSON_NOUNS), key=len, reverse=True))
_C_APPOSITION = re.compile(rf", (?:the|a|an) (?:[a-z-]+ ){{0,2}}{_COMPANY_NOUN}\b(?!['’]s\b| (?:{_OFFICER})\b)")
# A one-word name right after a company noun ("the cement contractor Vantor", "rig operator Seadrill"): a
# company. One word only: "the contractor Bob Hale" is a person named with his trade (Audit 17: companies as
# places or people). "Vantor said its ..." is no cue: "Hale said its findings" is as often about a report.
# A nationality before the noun too: "Mexican restaurant Chipotle", "German retailer Audex".
# A nationality by its endings (Mexican, Italian, Korean, German, British, Chinese, Pakistani, Somali, Israeli,
# Iraqi, Saudi, Dutch, French, Swiss, Thai), not any capitalised word ("Susan chain": review of session 24).
_NATIONAL = r"[A-Z][a-z]+(?:can|ian|ean|man|ish|ese|ani|ali|eli|aqi|udi|tch|nch|iss|hai)"
_C_NOUN_BEFORE = re.compile(rf"\b(?:[Tt]he |[Aa]n? |[a-z-]+ |{_NATIONAL} ){_BUSINESS_NOUN} $")
# The trade noun set before the name with a comma, after "the" and up to two modifiers ("the American drilling
# company, Kestrova, ..."; Audit 48 #5: the rig owner typed as a place): an apposition naming the company. A person
# is written "the company's founder, Bob Hale", caught by the officer noun, never "the company, Bob Hale".
_C_NOUN_APPOSED = re.compile(rf"\b[Tt]he (?:[A-Za-z-]+ ){{0,2}}{_BUSINESS_NOUN}, $")
_C_PRODUCTS = re.compile(r"[^.]{0,80}\b(?:its|their) product(?:s| line)\b")
_P_AFTER = re.compile(rf" (?:{_MODEL}|(?:{_PRODUCT_NOUNS}))\b(?! (?:per cent|percent|%))")
_P_SALE = re.compile(rf",? (?:{_SALE})")
_PRODUCT_WORD = re.compile(_PRODUCT_NOUNS)
# A size written before the name ("the rumored 12-inch Lumo", "a 6.1in Lumo"): no body or person has one.
_P_SIZE = re.compile(r"\b\d+(?:\.\d+)?(?:(?:-| )?(?:inch|inches|mm|megapixel)|-?in|GB|TB) $")
# A part of a device owned by the name ("the Lumo's screen size", "the Lumo's ports"). A body owns a "board" or a
# "headquarters", never a screen or a trackpad.
# Not the parts a maker also sells ("Samsung's chip", "Canon's cameras", "LG's displays"; FNC-1 bodies scanned).
_P_PARTS = re.compile(r"(?:'s|’s) (?:screen|keyboard|trackpad|touchpad|bezels?|ports?|casing|chassis)\b")
# The object of a launch verb right before the name ("redesigned the Lumo", "introduce Lumo Link", "unveiled its
# new Lumo"); "announce" only with "new" ("yet to announce a new Lumo"), since a body is announced too ("announced
# the Commission's ..." is cut by the possessive). "bought" is left out: companies are bought.
_P_LAUNCHED = re.compile(r"\b(?:redesign|releas|launch|unveil|introduc|debut|ship|announc)(?:e|es|ed|ing|s)?"
                         r" (?:(?:a|an|the|its|their) )?(new )?$")
# A launched name must end its noun phrase ("introduce Lumo Link on ...", not "released the Red Cross report").
_PHRASE_END = re.compile(r"(?:[,.;:!?)]|\s+(?:on|in|with|for|to|and|at|this|next|later|\w+ly)\b|\s*$)")
# A product's shape: a digit or a one-letter part after a hyphen ("Type-C", "X5", "S-10"). A body is launched too
# ("launched the National Health Service"), so without "new" only a name of this shape is taken for a product.
_PRODUCT_SHAPE = re.compile(r"\d|\b[A-Za-z]+-[A-Z0-9]\b")

_ACRONYM_BEFORE = re.compile(r"\b[a-z][a-z-]+ [a-z][a-z-]+ $")
# How far before a name "a spokeswoman for" is looked for.
_BEFORE_CHARS = 60


def device_cued(text: str, name: str) -> bool:
    """Whether the text writes *name* as a device: a size before it, a part of it after it, or the object of a
    launch verb ("announce a new Lumo", "introduce Lumo Type-C on ...") with "new" before it or a product's shape.
    Read for non-persons only: people are "released" and "introduced" too, and a photographer has a camera."""
    for start, end in _occurrences(text, name):
        if _P_PARTS.match(text, end):
            return True
        if _PHRASE_END.match(text, end) is None:
            continue  # "the 42mm Orion Watch": the maker's name inside the product's
        if _P_SIZE.search(text[max(0, start - _BEFORE_CHARS):start]):
            return True
        verb = _P_LAUNCHED.search(text[max(0, start - _BEFORE_CHARS):start])
        if verb is not None and (verb.group(1) or _PRODUCT_SHAPE.search(name)):
            return True
    return False


def _inside_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where *name* is written as a whole word (no letter, digit, "_" or "-" either side)."""
    found: list[tuple[int, int]] = []
    start = text.find(name)
    while start != -1 and name:
        end = start + len(name)
        if (start == 0 or not _inside_word(text[start - 1])) and (end == len(text) or not _inside_word(text[end])):
            found.append((start, end))
        start = text.find(name, start + 1)
    return found


class _Placed(Protocol):
    actor: Actor
    never_setting: bool
    settings: int


# A "place" with a company's cues named as a setting at most once in this many mentions is the company: the
# blame laid "on Kestrova" reads as a setting to the parser (Audit 48 #5: the rig owner, named four times, once
# after "on"). A state ("in Norway") is named in its settings far more often.
_RARE_SETTING = 3


def unsettled(item: _Placed) -> bool:
    """Whether a "place" with a company's cues may be the company: never or rarely a setting ("in Nokara"), or an
    initialism that names no state ("invested in BP" beside "BP shares" and "BP shareholders"; Audit 32 listed BP as
    a place). A country's initials ("US shares", "UK shareholders") stay the place."""
    name = item.actor.name
    if not is_country(name) and item.settings * _RARE_SETTING < len(item.actor.mentions):
        return True
    return item.never_setting or (name.isupper() and name.isalpha() and 2 <= len(name) <= 5 and not is_country(name))


# The name ends its noun phrase ("a Chipotle in Maumee", "a Washington, D.C. Chipotle."): not "a Missouri court",
# where the place qualifies the noun after it (Newsroom row 10: Missouri typed a company).
_BRANCH_END = re.compile(r"(?:\s+(?:in|at|on|near|off|outside|by|where|that|which)\b|[,.;:!?)\"'’]|\s*$)")


def chain_branch(doc: Document, name: str) -> bool:
    """Whether the text writes *name* with "a" before it ("seen in a Chipotle in Ohio"): one branch of a chain,
    which no country or city is, so a "place" that is also a company's is the company though named as a setting."""
    text = doc.article.text
    return bool(name) and name[0].isupper() and any(
        (text[max(0, start - 3):start] in (" a ", " A ") or text[max(0, start - 4):start] in (" an ", " An "))
        and _BRANCH_END.match(text, end) is not None for start, end in _occurrences(text, name))


def company_cued(doc: Document, name: str) -> bool:
    """Whether the text writes *name* as a company ("Nokara shares", "a Nokara spokeswoman", "Nokara's
    share price"), which no person's name is."""
    if not name or not name[0].isupper():
        return False
    text = doc.article.text
    # A trade noun before a one-word name is no cue for a name the text gives a courtesy title or a "he"/"she" right
    # after its saying verb ("the restaurant Moretti opened in 2019 ... Moretti said he was shocked": review, s24).
    single = " " not in name and not re.search(
        rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(name)}\b|\b{re.escape(name)} (?:said|says|told|added) (?:he|she)\b",
        text)
    return any(_C_AFTER.match(text, end) or _C_POSSESSED.match(text, end) or _C_APPOSITION.match(text, end)
               or _C_PRODUCTS.match(text, end) or _C_BEFORE.search(text[max(0, start - _BEFORE_CHARS):start])
               or (single and (_C_NOUN_BEFORE.search(text[max(0, start - _BEFORE_CHARS):start]) is not None
                               or _C_NOUN_APPOSED.search(text[max(0, start - _BEFORE_CHARS):start]) is not None))
               for start, end in _occurrences(text, name))


# "Halliburton, the contractor responsible for the cement" (Audit 38 A1: listed as a place): a trade noun set after
# a name the model took for a place. No place is a contractor, an operator or an airline; a person may be ("Bob
# Hale, the contractor who built it"), so this cue is read for places only (see actors.analyze_actors).
_C_TRADE_APPOSITION = re.compile(
    rf", (?:the|a|an|its) (?:[a-z-]+ ){{0,2}}{_BUSINESS_NOUN}\b(?!['’]s\b| (?:{_OFFICER})\b)")


# The same trade noun in a relative clause ("sourced from Lumeng, which is already a supplier for ..."; Audit 50 #11
# typed LG a place), and a name people work for ("mudloggers working for Halvorsen"; Audit 50 #2 typed Halliburton a
# place): no place supplies panels or employs a crew by its bare name (a country's or a city's staff work "for the
# city of X"), so these too are read for places only, and never for a country (actors.analyze_actors: unsettled).
_C_TRADE_RELATIVE = re.compile(r",? (?:which|that) (?:is|was|has been|had been|remains|became)"
                               r"(?: (?:already|also|now|still|long|[a-z]+ly))? "
                               rf"(?:the|a|an|its) (?:[a-z-]+ ){{0,2}}{_BUSINESS_NOUN}\b")
_C_EMPLOYER = re.compile(r"\b(?:work(?:s|ed|ing)?|employed|hired|contracted) (?:for|by) (?:the )?$")


def trade_apposed(doc: Document, name: str) -> bool:
    """Whether the text sets a trade noun after *name* ("Kestrova, the contractor responsible for ...", "Kestrova,
    which is a supplier for ...") or has people work for it ("a crew working for Kestrova"), which names a company
    when the model took the name for a place."""
    text = doc.article.text
    return bool(name) and name[0].isupper() and any(
        _C_TRADE_APPOSITION.match(text, end) or _C_TRADE_RELATIVE.match(text, end)
        or _C_EMPLOYER.search(text[max(0, start - _BEFORE_CHARS):start]) for start, end in _occurrences(text, name))


# A company answering for itself: "Orion would not comment", "Orion declined to comment", "Orion said". A product is
# never asked; the name before a product noun elsewhere ("the new Orion device") is then its maker (Audit 48 #11:
# the maker that "would not comment" was dropped as a product).
_ANSWERS = re.compile(r" (?:(?:would|did|could|will) not|(?:has |have )?(?:declined|refused) to) comment\b"
                      r"| (?:said|says|told) (?:it|that|in a statement)\b")


def _product(doc: Document, name: str) -> bool:
    text = doc.article.text
    if any(_ANSWERS.match(text, end) for _, end in _occurrences(text, name)):
        return False
    return any(_P_AFTER.match(text, end) or _P_SALE.match(text, end) for _, end in _occurrences(text, name)) \
        or _maker_product(text, name) or _short_product(text, name)


def _short_product(text: str, name: str) -> bool:
    """A product's short name: a product noun alone ("the Watch would release") that the text also writes after its
    maker's name ("the Orion Watch"; Audit 44: "Watch" listed as an organisation)."""
    if " " in name or not _PRODUCT_WORD.fullmatch(name.lower()):
        return False
    return re.search(rf"(?<![.!?]\s)\b(?!The\b)[A-Z][\w.&-]* {re.escape(name)}\b", text) is not None


def _maker_product(text: str, name: str) -> bool:
    """A product named after its maker: a product noun after a name the text also writes alone ("the Orion
    Watch" beside "Orion said"; Audit 15: "Apple Watch" listed as an organisation). The maker stays."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not _PRODUCT_WORD.fullmatch(words[-1].lower()):
        return False
    maker, product = " ".join(words[:-1]), " " + words[-1]
    return any(not (text.startswith(product, end) and (end + len(product) == len(text)
                                                       or not text[end + len(product)].isalnum()))
               for _, end in _occurrences(text, maker))


def _thing_acronym(doc: Document, name: str) -> bool:
    """An acronym declared after lowercase words: "the blowout preventer (BOP)"."""
    if not (name.isupper() and 2 <= len(name) <= 6):
        return False
    text, bracketed = doc.article.text, f"({name})"
    start = text.find(bracketed)
    while start != -1:
        if _ACRONYM_BEFORE.search(text[max(0, start - _BEFORE_CHARS):start]):
            return True
        start = text.find(bracketed, start + 1)
    return False


def _fragment(doc: Document, actor: Actor) -> bool:
    """Every mention of an organisation or place stands right after a capitalised word, not a title, in
    mid-sentence: the tail of a longer name ("the Deepwater Horizon")."""
    if not actor.mentions or actor.label == "PERSON":
        return False  # "Sheikh Omar Rifai": a person's name after a rank is no fragment
    for mention in actor.mentions:
        before = doc.tokens[mention.token_start - 1] if mention.token_start > 0 else None
        # A capitalised first word of the sentence ("Novelist Chetan Bhagat") is no part of a name.
        if before is None or before.i <= doc.sentences[mention.sentence_index].token_start \
                or not before.text[:1].isupper() \
                or before.text.lower().rstrip(".") in TITLE_WORDS or not before.text.isalpha():
            return False
    return True


# A religion or a creed is what people believe, never a party that acts or speaks: "expect Islam to play a larger
# role" (Audit 39 #7: "Islam (organisation)" in a round-up of commentaries). The faiths themselves, not their bodies
# ("the Church of England", "the Muslim Brotherhood" stay); a closed list, since a faith's name has no shape of its own.
_FAITHS = frozenset("""islam islamism christianity catholicism protestantism judaism hinduism buddhism sikhism
jainism taoism confucianism shinto zoroastrianism mormonism wahhabism salafism sufism shiism anglicanism
evangelicalism methodism orthodoxy atheism""".split())


def is_thing(doc: Document, actor: Actor) -> bool:
    """Whether *actor* is a product, a piece of equipment, a fragment of a longer name (module docstring) or a
    faith ("Islam"); the caller keeps one that speaks."""
    names = {actor.name, *actor.aliases}
    person = actor.label == "PERSON"
    return _fragment(doc, actor) or any(n.lower() in _FAITHS or _thing_acronym(doc, n) or _product(doc, n)
                                        or (not person and device_cued(doc.article.text, n)) for n in names)


# A person's nationality or age written as a noun after "the" ("The New Zealander also said", "the Frenchman", "the
# 34-year-old"): a description of someone the article has named, never an actor of its own (session 18c, the lead's
# XSum row 140: "New Zealander (organisation)"). Not the demonyms that are also the names of papers or films ("The
# Australian", "The Scotsman", "The New Yorker", "The Irishman"), so no "-ian", "-er" or "-man" rule.
_DESCRIPTION = re.compile(
    r"^(?:(?:New|South|North) )?(?:Zealander|Icelander|Scot|Briton|Brit|Finn|Dane|Swede|Pole|Turk|Spaniard|Kiwi|"
    r"Frenchman|Frenchwoman|Englishman|Englishwoman|Welshman|Welshwoman|Dutchman|Dutchwoman|Irishwoman|Scotswoman|"
    r"Argentine|Italian|German|Russian|Canadian|Brazilian|Belgian|Norwegian|Mexican|Kenyan|Nigerian|Egyptian|"
    r"Iranian|Pakistani|Iraqi|Israeli|Saudi|Ukrainian|American|Afrikaner|Ulsterman|Yorkshireman|Cornishman|"
    r"\d+-year-old)$")


def description_only(doc: Document, actor: Actor) -> bool:
    """Whether *actor* is only ever a description of a person named before it ("the New Zealander", "the
    34-year-old"): every mention after "the", a demonym or an age for a name, and a person tagged earlier."""
    if not _DESCRIPTION.match(actor.name) or not actor.mentions:
        return False
    tokens = doc.tokens
    first = min(m.token_start for m in actor.mentions)
    if not any(t.ent_type == "PERSON" for t in tokens[:first]):
        return False
    return all(m.text.lower().startswith("the ")
               or (m.token_start > 0 and tokens[m.token_start - 1].text.lower() == "the") for m in actor.mentions)


def named_after_maker(doc: Document, actor: Actor) -> bool:
    """Whether *actor* is a product named after its maker ("Orion Watch"): dropped even where the maker's
    own words ("Orion said") were taken for the product's, since a product never speaks."""
    return any(_maker_product(doc.article.text, n) for n in {actor.name, *actor.aliases})

