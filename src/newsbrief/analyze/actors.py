"""Actors: the people and organisations a story is about, ranked by how much it is about them.

The pipeline, as a reader would do it:

1. **Mentions.** Every PERSON, ORG and GPE entity, except those inside credits: a
   byline ("By Ana Swanson"), "Reporting by ...; Editing by ...", "CNN's Jane Doe
   contributed to this report", photo credits, a wire dateline "(AP) —", an author's
   bio at the end. Journalists are not actors.
2. **One entry per entity** (:func:`cluster_actors`). Names are cleaned of
   possessives, honorifics and abbreviated titles ("Mr.", "Dr", "Sen."); case
   variants and country spellings fold together; a surname ("Vang") joins the
   full name ("Erik Vang") even where the NER model gave the two different labels;
   an organisation joins its acronym when the article gives both ("the Environment
   Agency (EA)").
3. **Who acts** (:func:`analyze_actors`). A place is a setting, not an actor,
   unless it acts as a government ("Russia said", "Norway signed"); an organisation
   named only as a place ("at the Statehouse", "on Twitter") or as a modifier
   ("the England team") is not one either, nor the publisher or another news
   outlet quoted as a source, nor the article's own author.
4. **Salience**: mentions with coreference (surname-only mentions, "he"/"she"
   subjects that follow the person, "the president" for the one actor with that
   title), being named in the headline and the lead, and speaking (the attribution
   stage's voices, :func:`newsbrief.nlp.attribution.attribute`).
5. **Roles** in full: a title before the name ("Treasury Secretary Janet Smith"),
   an apposition after it ("Erik Vang, chief economist at the Oslo Institute for
   Energy Policy"), a party label ("Rep. Ann Lee (D-Calif.)" -> "Representative
   (D-Calif.)"); of several, the one that says most.

The section shows the most salient actors (its record's limit), people first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsbrief.analyze.context import Context, cite
from newsbrief.models import ActorInfo, ActorType, Attributions, Document, Entity, Item, Sentence, Token
from newsbrief.nlp.attribution import CUE_LEMMAS, attribute, quote_spans
from newsbrief.sections import SECTIONS

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_ACTOR_TYPES: dict[str, ActorType] = {"PERSON": "person", "ORG": "organisation"}
_LABEL_ORDER = {"PERSON": 0, "ORG": 1, "GPE": 2}  # a tie in the label vote goes to the first
# "Kim's", "Iraq 's" (tokenised datasets write the possessive apart), "Reynolds'".
_POSSESSIVE = re.compile(r"\s?(?:'s|’s|'|’)$")
# Honorifics and abbreviated titles written before a name; they are not part of the name.
# Only the unambiguous ones: "Gen" without a dot is a first name (Gen Nakatani), "St." a
# saint or a street, "Lady"/"Sir" are part of stage and titled names (Lady Gaga).
_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Pvt|Maj|Adm|Cmdr|Rev|Hon|Pres|"
    r"Atty|Supt|Insp|Det|Fr)\.|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss))\s+(?=[A-Z])"
)
# Different spellings of the same country that news text uses interchangeably.
_COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "the united states": "United States",
    "united states": "United States", "america": "United States", "u.s.a.": "United States",
    "usa": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
    "the united kingdom": "United Kingdom", "united kingdom": "United Kingdom",
    "the uk": "United Kingdom", "eu": "European Union", "the eu": "European Union",
    "the european union": "European Union", "european union": "European Union",
    "u.s": "United States", "u.k": "United Kingdom", "u.s.a": "United States",
}
TITLE_WORDS = frozenset(
    "president prime minister secretary chancellor leader chairman chairwoman chair chief "
    "executive officer ceo director governor mayor senator representative rep. sen. gov. "
    "spokesman spokeswoman spokesperson ambassador general gen. admiral commander king queen "
    "prince princess premier envoy official minister deputy vice head founder analyst "
    "professor prof. dr. judge justice attorney lawyer economist coach captain manager "
    "editor correspondent researcher scientist adviser advisor diplomat commissioner "
    "inspector superintendent colonel lieutenant sergeant officer bishop pope chancellor "
    "foreign defence defense finance interior health trade state former acting opposition "
    "senior top national regional federal".split()
)
# Title words that only qualify a role ("former adviser"); alone they are not a role.
_ROLE_MODIFIERS = frozenset(
    "former acting senior top national regional federal deputy vice state foreign defence defense "
    "finance interior health trade opposition chief".split()
)
# Nouns that name what a person is or does: the head of a role ("chief economist", "a
# midfielder for Ajax", "the boy's mother"). Wider than the official titles above, which
# alone may refer back to their holder ("the minister").
PERSON_NOUNS = TITLE_WORDS - _ROLE_MODIFIERS | frozenset(
    "strategist trader negotiator doctor physician surgeon nurse teacher student pupil author writer "
    "actor actress singer musician rapper artist star player striker midfielder defender goalkeeper "
    "forward winger batsman bowler boss owner partner member resident victim suspect candidate "
    "lawmaker legislator activist campaigner worker employee investor banker fellow historian expert "
    "engineer designer producer chef pilot soldier agent detective chairperson speaker whip "
    "secretary-general cardinal priest rabbi imam mp congressman congresswoman councillor councilman "
    "councilwoman sheriff prosecutor solicitor barrister broker consultant psychologist psychiatrist "
    "dentist journalist reporter columnist photographer presenter host anchor comedian athlete "
    "champion runner sprinter cyclist boxer fighter wrestler jockey trainer referee umpire "
    "co-founder founder ceo cfo coo cto president-elect vice-president mother father son daughter "
    "wife husband brother sister widow grandmother grandfather girlfriend boyfriend fiancee fiance "
    "spokesman spokeswoman aide assistant administrator economist analyst entrepreneur billionaire "
    "businessman businesswoman manager coordinator organiser organizer volunteer pastor lecturer "
    "dean principal headteacher headmaster researcher scholar officer chairman treasurer clerk "
    "attorney-general general-secretary secretary general".split()
)
_STRIPPED_TITLES = TITLE_WORDS - frozenset("king queen prince princess".split()) | {"mr", "mrs", "ms", "dr", "miss"}
# Abbreviated titles, spelled out in the role shown ("Rep. Ann Lee" -> "Representative").
_TITLE_ABBREVIATIONS = {
    "rep.": "Representative", "sen.": "Senator", "gov.": "Governor", "lt.": "Lieutenant",
    "gen.": "General", "col.": "Colonel", "capt.": "Captain", "sgt.": "Sergeant", "cpl.": "Corporal",
    "pvt.": "Private", "maj.": "Major", "adm.": "Admiral", "cmdr.": "Commander", "rev.": "Reverend",
    "prof.": "Professor", "pres.": "President", "atty.": "Attorney", "supt.": "Superintendent",
    "insp.": "Inspector", "det.": "Detective", "lt.-gov.": "Lieutenant Governor",
}
# Forms of address that say nothing of a role ("Dr. Khaldun" says less than her post).
_ADDRESS = frozenset("mr mr. mrs mrs. ms ms. mx mx. dr dr. miss sir dame hon. fr.".split())
SPEECH_LEMMAS = frozenset(
    "say tell warn add note argue insist claim state explain announce declare write "
    "predict acknowledge admit caution stress suggest urge describe call reply respond "
    "recall conclude believe think vow pledge promise deny confirm report".split()
)
# What a government does: its verbs make a place an actor ("Russia said", "Norway signed",
# "China imposed tariffs"). Speech and cognition verbs of the attribution stage, plus
# the acts of states; "China has become", "Japan is" are not acts.
GOVERNMENT_VERBS = SPEECH_LEMMAS | CUE_LEMMAS | frozenset(
    "sign agree reject accuse threaten impose lift sanction ban retaliate refuse offer propose vote "
    "approve condemn demand negotiate expel recognise recognize seek launch deploy invade attack strike "
    "bomb send block veto ratify withdraw suspend summon order arrest detain release extradite "
    "criticise criticize boycott levy raise cut tighten ease push pressure press want plan intend try "
    "allow permit grant decline appeal sue join quit leave host mobilise mobilize respond retaliate "
    "accept back support oppose endorse welcome praise blame insist pledge commit fund pay buy "
    "purchase sell export import halt resume restrict hit target annex occupy shoot seize fire "
    "test conduct warn respond intervene demand invite decide move".split()
)
# Verbs whose subject does nothing: "the Nasdaq rose", "China has become", "Google is".
_INACTIVE_VERBS = frozenset(
    "be become have remain stay seem appear look rise fall drop gain climb slip ease edge dip jump surge "
    "tumble slide close end finish lose trade stand hit get sit lie fluctuate decline rally soar plunge "
    "sink advance retreat".split()
)
# A state's organs: "China's foreign ministry said" is China acting ("Japan's parliament"
# named in passing is not).
_STATE_ORGANS = frozenset(
    "government ministry military army navy forces troops embassy authorities officials leadership "
    "administration regime parliament cabinet envoy delegation negotiators diplomats".split()
)
# A state's acts: "the US decision", "a move by the US" are the state acting.
_STATE_ACTS = frozenset(
    "decision policy position move stance announcement sanctions tariffs plan proposal strategy demand "
    "demands offer veto ban embargo recognition withdrawal invasion strikes".split()
)
# Prepositions that make their object a setting ("in Oslo", "at the Statehouse", "on Twitter").
_SETTING_PREPOSITIONS = frozenset("in at on near inside outside across throughout around into onto".split())
# News outlets quoted as sources ("told CNN", "according to the Washington Post"): a
# source of the story, not an actor in it, unless the headline is about the outlet.
_MEDIA = re.compile(
    r"^(?:CNN|BBC|Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|NPR|PBS|NBC|CBS|ABC|"
    r"MSNBC|CNBC|Fox|Fox News|Sky News|Sky Sports|Al Jazeera|TMZ|Variety|Rolling Stone|People|E! News|"
    r"Politico|Axios|MailOnline|Mail Online|Xinhua|Interfax|Tass|Yonhap|Kyodo)$"
    r"|\b(?:Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Mail|Mirror|Express|Observer|"
    r"Chronicle|Examiner|Inquirer|Magazine|News|Newspaper|Radio|TV|Television|Broadcasting|"
    r"Press)$|^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$|-TV$"
)
_ORG_WORDS = frozenset(
    "productions inc inc. corp corp. co co. ltd ltd. llc plc group association agency council party "
    "bank university college institute club fc committee commission foundation department ministry "
    "records studios entertainment media company corporation holdings partners union league "
    "authority board court school hospital airlines airways".split()
)
# Words that end a football club's name: "Manchester United" tagged as a person is a club.
_CLUB_WORDS = frozenset("united city fc afc athletic rovers wanderers albion hotspur".split())
# Credits: where a journalist, not an actor, is named.
_CREDIT_FORWARD = re.compile(
    r"(?:^|(?<=[;|\n])|(?<=\.\s))\s*(?:additional |further |with )?(?:reporting|editing|writing|research|"
    r"edited|written|compiled|produced|photos?|photographs?|photography|pictures?|images?|video|"
    r"graphics?|illustrations?)(?: and (?:editing|writing|reporting|research))? by\b[^;\n]*",
    re.I,
)
_CREDIT_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=\())\s*(?:photo|image|picture|credit|photograph|illustration|graphic)s?"
    r"(?: credit)?\s*:[^\n)]*",
    re.I,
)
_CREDIT_BACKWARD = re.compile(
    r"\b(?:contributed (?:to )?(?:this |the )?(?:report|story|article|reporting)|contributed reporting|"
    r"(?:wrote|reported) (?:this (?:story|report) )?from [A-Z][\w.]*(?: [A-Z][\w.]*)*\s*\.?\s*$)",
)
_BIO = re.compile(
    r"\b(?:is|was) (?:a|an|the) (?:[\w-]+ ){0,5}(?:reporter|writer|correspondent|editor|columnist|"
    r"contributor|journalist|producer|freelancer|author of)\b|^(?:follow|contact|email|e-mail) |"
    r"\bcan be reached at\b|\bon twitter at\b|©|\ball rights reserved\b|^copyright\b",
    re.I,
)
# A dateline: "ST. JOSEPH, Mich. (AP) —", "(CNN)", "SANTA FE, N.M. —": the wire is the publisher,
# the city a setting; neither is an actor.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*)?"
    r"(?:\(\s*(CNN|AP|Reuters|AFP|UPI|[A-Z][\w.&' -]{1,30}?)\s*\)\s*(?:--|—|–|-)?|(?<=[A-Z.])\s*(?:--|—|–)(?=\s))"
)
_PARTY = re.compile(r"^\s*\(([DRI]-[A-Z][\w. ]{1,20})\)")
BIO_PARAGRAPHS = 2  # an author's bio or contact line stands in the last paragraphs
BYLINE_SENTENCES = 3  # "By NAME" opens one of the first sentences
MAX_ROLE_WORDS = 16  # an apposition longer than this is a clause about the person, not a role
# Salience, tuned by reading the actor lists of 20 CNN/DailyMail articles (SummEval
# subset) and 12 web pages (extraction set, names 4-f): the people a reader names when
# asked who the story is about are the ones in the headline and the lead, and the
# ones who speak; a mention more or less matters less.
HEADLINE_WEIGHT = 4.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 3  # the lead of a text not split in paragraphs (one-line datasets)
VOICE_WEIGHT = 1.0  # per sentence the actor's voice carries
MAX_VOICED = 5  # a long interview does not outweigh the headline
PRONOUN_WEIGHT = 0.5  # "he said" counts, less surely than the name
CENTRE_SENTENCES = 3  # a "he" looks back this many sentences for the person meant
TITLE_REF_SENTENCES = 5  # "the president" looks back this many sentences for the president named
MIN_SINGLE_NAME_MENTIONS = 3  # a one-word "person" who never acts must be named this often


@dataclass
class Actor:
    """A merged actor while clustering (mutable; becomes an Item at the end)."""

    name: str
    label: str
    mentions: list[Entity] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    def mentions_sorted(self) -> list[Entity]:
        """Mentions in text order."""
        return sorted(self.mentions, key=lambda e: e.start)


def clean_name(text: str) -> str:
    """Strip possessives, leading articles, honorifics and surrounding punctuation from a name."""
    text = re.sub(r"\s+", " ", text).strip(" \t\n\"'“”‘’,.;:()")
    text = _POSSESSIVE.sub("", text).strip()
    text = re.sub(r"^[^\w\"'“‘(]+", "", text)  # "® Honey", "• Lee": symbols before a name
    if text.lower().startswith("the ") and len(text.split()) > 1:
        text = text[4:]
    while (stripped := _HONORIFIC.sub("", text)) != text:
        text = stripped
    return text


# ----------------------------------------------------------------------------- credits


def credit_spans(doc: Document) -> list[tuple[int, int]]:
    """Character spans naming journalists or the wire, not actors: bylines, "Reporting by",
    "... contributed to this report", photo credits, a wire dateline, an author's bio."""
    text = doc.article.text
    spans: list[tuple[int, int]] = []
    spans += [m.span() for m in _CREDIT_FORWARD.finditer(text)]
    spans += [m.span() for m in _CREDIT_LABEL.finditer(text)]
    dateline = _DATELINE.match(text)
    if dateline:
        spans.append(dateline.span())
    last_paragraph = max((s.paragraph for s in doc.sentences), default=0)
    tokens = doc.tokens
    for sentence in doc.sentences:
        words = doc.sentence_tokens(sentence)
        if sentence.index < BYLINE_SENTENCES and len(words) > 1 and words[0].text.lower() == "by" \
                and words[1].ent_type == "PERSON":
            # "By Ana Swanson and Keith Bradsher": the byline runs over names and "and".
            end = 1
            while end < len(words) and (words[end].ent_type == "PERSON" or words[end].text in (",", "and")):
                end += 1
            spans.append((sentence.start, words[end - 1].end))
        backward = _CREDIT_BACKWARD.search(sentence.text)
        if backward:
            # "CNN's Hamdi Alkshali, Faith Karimi and Yousuf Basil contributed to this report":
            # the names run back from the cue over names, commas, "and" and possessives.
            cue = sentence.start + backward.start()
            i = next((t.i for t in words if t.start >= cue), sentence.token_end) - 1
            while i >= sentence.token_start and (
                    tokens[i].pos == "PROPN" or tokens[i].text in (",", "and", "'s", "’s", "'", ".")
                    or tokens[i].ent_type in ("PERSON", "ORG")):
                i -= 1
            spans.append((tokens[i + 1].start if i + 1 < sentence.token_end else cue, sentence.end))
        if last_paragraph - sentence.paragraph < BIO_PARAGRAPHS and _BIO.search(sentence.text):
            spans.append((sentence.start, sentence.end))
    return spans


def _publishers(doc: Document) -> set[str]:
    """Lower-cased names of the article's outlet: its source, and a wire dateline "(AP) —"."""
    names = {doc.article.source.outlet.lower()} if doc.article.source.outlet else set()
    dateline = _DATELINE.match(doc.article.text)
    if dateline and dateline.group(1):
        names.add(dateline.group(1).lower())
    return names


def _in_spans(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# ----------------------------------------------------------------------------- clustering


def display_name(actor: Actor, label: str | None = None) -> str:
    """The actor's name as the actors section shows it: a person's without titles."""
    return _person_name(actor.name) if (label or actor.label) == "PERSON" else actor.name


def _person_name(name: str) -> str:
    """A PERSON name without the titles the NER model sometimes includes ("President Trump");
    royals keep theirs ("Prince Harry" is his name)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _STRIPPED_TITLES and words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    """Capital letters of a name's words ("Organisation for Economic Co-operation" -> "OEC")."""
    return "".join(c for c in name if c.isupper())


def _is_acronym_of(acronym: str, name: str) -> bool:
    """True when ``acronym`` is spelled by the initials of ``name``'s capitalised words."""
    letters = re.sub(r"[^A-Za-z]", "", acronym)
    if len(letters) < 2 or not letters.isupper() or len(name.split()) < 2:
        return False
    firsts = "".join(w[0] for w in name.split() if w[:1].isupper())
    return letters == firsts or letters == _initials(name)


def cluster_actors(doc: Document) -> list[Actor]:
    """Group entity mentions into actors: "Kim" joins "Kim Jong-un", "U.S." joins "United States",
    "EA" joins "Environment Agency"; mentions inside credits are left out."""
    credits = credit_spans(doc)
    cued = _person_cued(doc.article.text)
    named: list[tuple[Entity, str]] = []
    for entity in doc.entities:
        if entity.label not in ACTOR_LABELS or _in_spans(entity.start, credits):
            continue
        name = clean_name(entity.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        if entity.label == "PERSON" and _not_a_person(doc, entity, name):
            continue
        named.append((entity, _COUNTRY_ALIASES.get(name.lower(), name)))
    named = _strip_leading_places(named)
    groups: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    for entity, name in named:
        # "Professor Helen Tregear" and "Helen Tregear" are one name.
        groups[(_person_name(name) if entity.label == "PERSON" else name).lower()].append((entity, name))
    # One group per name, whatever the label; the label is the one the model gave most. The
    # name kept is the fullest as written (other stages quote it: "[Professor Helen Tregear]
    # said"); the actors section shows it without the title (display_name).
    actors: list[Actor] = []
    for mentions in groups.values():
        votes = Counter(entity.label for entity, _ in mentions)
        label = min(votes, key=lambda lab: (-votes[lab], _LABEL_ORDER[lab]))
        names = Counter(name for _, name in mentions)
        best = max(names, key=lambda n: (len(n.split()), names[n], sum(c.isupper() for c in n) < len(n), n))
        actor = Actor(name=best, label=label, mentions=[e for e, _ in mentions], aliases=set(names))
        if label != "PERSON" and any(alias.split()[-1] in cued and all(w[:1].isupper() for w in alias.split())
                                     for alias in actor.aliases):
            actor.label = "PERSON"
        actors.append(actor)
    _relabel_organisations(actors)
    actors = _merge_people(actors)
    actors = _merge_organisations(actors)
    actors = _merge_acronyms(doc, actors, credits)
    _add_surname_mentions(doc, actors, credits)
    return sorted(actors, key=lambda a: (-len(a.mentions), a.mentions_sorted()[0].start))


def _not_a_person(doc: Document, entity: Entity, name: str) -> bool:
    """A PERSON mention that names no person: "the 737 Max", "Destiny 2", "He" opening a
    sentence, a plural people ("Yazidis", "Spurs", "Ministers"), a thing with an article
    ("the Moon", "the Gateway")."""
    tokens = doc.tokens
    if any(c.isdigit() for c in name):
        return True  # "LC500 Convertible", "Destiny 2": products
    if len(name.split()) > 1:
        return False
    before = tokens[entity.token_start - 1] if entity.token_start > 0 else None
    if before is not None and (before.like_num or before.text.lower() in ("the", "a", "an")):
        return True  # "the 737 Max", "Galaxy S24 Ultra": a model name; "the Moon": a thing
    head = tokens[entity.token_end - 1]
    lowered = name.lower()
    return tokens[entity.token_start].is_stop or head.tag == "NNPS" or lowered in PERSON_NOUNS \
        or (lowered.endswith("s") and lowered[:-1] in PERSON_NOUNS)


def _strip_leading_places(named: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """ "Burnley Andros Townsend" (a caption run into a name) is "Andros Townsend" when the
    article names "Burnley" apart as a place or an organisation and "Andros Townsend" as a
    person; "Ukraine Kurt Volker" tagged as one person is "Kurt Volker"."""
    places = {n.lower() for e, n in named if e.label != "PERSON" and len(n.split()) == 1}
    people = {n.lower() for e, n in named if e.label == "PERSON" and len(n.split()) >= 2}
    countries = {n.lower() for e, n in named if e.label == "GPE" and len(n.split()) == 1}
    surnames = {n.lower() for e, n in named if e.label == "PERSON" and len(n.split()) == 1}
    stripped: list[tuple[Entity, str]] = []
    for entity, name in named:
        first, _, rest = name.partition(" ")
        person_like = bool(rest) and (entity.label == "PERSON" or rest.split()[-1].lower() in surnames)
        if first.lower() in places and (rest.lower() in people or (
                person_like and first.lower() in countries and len(rest.split()) >= 2)):
            name = rest
        stripped.append((entity, name))
    return stripped


# What only a person takes: an honorific before the name ("Mr. Braun"), an age or "who"
# after it ("Braun, 38,", "Tamsin Hale, who runs a surf school").
_PERSON_CUES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+(?P<after>[A-Z][\w'’-]+)"
    r"|(?P<before>[A-Z][\w'’-]+)\s*,\s*(?:\d{1,3}\s*[,–—-]|who\b)"
)


def _person_cued(text: str) -> set[str]:
    """Capitalised words the text treats as a person's name (see _PERSON_CUES), wherever the
    name is written: the NER model may not have tagged that occurrence."""
    return {m.group("after") or m.group("before") for m in _PERSON_CUES.finditer(text)}


def _relabel_organisations(actors: Sequence[Actor]) -> None:
    """ "Dick Clark Productions" tagged as a person is an organisation: its last word says so;
    so is "Ascom North America" when "Ascom" alone is an organisation named more often."""
    for actor in actors:
        if actor.label == "PERSON" and _organisation_like(actor, actors):
            actor.label = "ORG"


def _organisation_like(actor: Actor, actors: Sequence[Actor]) -> bool:
    """A name that reads as an organisation's: its last word says what kind of body it is, or
    its first word is an organisation named alone more often."""
    words = actor.name.lower().split()
    if len(words) < 2:
        return False
    organisations = {a.name.lower(): len(a.mentions) for a in actors if a.label == "ORG" and " " not in a.name}
    return words[-1] in _ORG_WORDS | _CLUB_WORDS or organisations.get(words[0], 0) > len(actor.mentions)


def _merge_people(actors: list[Actor]) -> list[Actor]:
    """Fold a shorter name into the full name of the person it names.

    "Kim" joins "Kim Jong-un" (every word of the short name is in the long one; when
    several fit, the most mentioned). The NER model labels the same name differently
    from one sentence to the next: a surname tagged as a place or an organisation
    ("Sondland" as GPE) joins the person, and a full name tagged as a place whose
    surname is elsewhere a person ("Usain Bolt" as GPE, "Bolt" as PERSON) is a person.
    """
    people_surnames = {a.name.lower() for a in actors if a.label == "PERSON" and len(a.name.split()) == 1}
    # A surname whose full name the article already gives belongs to that person: "Burnley
    # Townsend" (a caption run into a name) is not a second Townsend.
    taken = {a.name.split()[-1].lower() for a in actors if a.label == "PERSON" and len(a.name.split()) > 1}
    for actor in actors:
        words = actor.name.split()
        if actor.label != "PERSON" and 2 <= len(words) <= 4 and words[-1].lower() in people_surnames \
                and words[-1].lower() not in taken and all(w[:1].isupper() for w in words):
            actor.label = "PERSON"
    full = sorted((a for a in actors if a.label == "PERSON" and len(a.name.split()) > 1),
                  key=lambda a: -len(a.name.split()))
    kept: list[Actor] = []
    absorbed: set[int] = set()
    for actor in sorted(actors, key=lambda a: -len(a.name.split())):
        lowered = set(actor.name.lower().split())
        fits = [
            other for other in full
            if id(other) not in absorbed and other is not actor and len(other.name.split()) > len(lowered)
            and lowered <= set(other.name.lower().split())
            and (actor.label == "PERSON" or actor.name.lower() == other.name.lower().split()[-1])
        ]
        if not fits and actor.label == "ORG" and len(lowered) == 1:
            # "Scooter" tagged as an organisation: the first name of the one person so named,
            # used less often than the full name ("Ascom" named nine times is not the first
            # word of "Ascom North America" tagged as a person).
            fits = [other for other in full if other.name.lower().split()[0] in lowered
                    and len(other.mentions) > len(actor.mentions)]
            fits = fits if len(fits) == 1 else []
        if not fits and actor.label != "PERSON":
            # "Superintendent Jennifer McCormick" tagged as an organisation: a title before a person
            fits = [other for other in full if other is not actor and id(other) not in absorbed
                    and actor.name.lower().endswith(" " + other.name.lower())
                    and actor.name.split()[0].lower().rstrip(".") in PERSON_NOUNS | _ADDRESS]
        if fits:
            target = max(fits, key=lambda a: len(a.mentions))
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
            absorbed.add(id(actor))
            continue
        kept.append(actor)
    return kept


def _merge_organisations(actors: list[Actor]) -> list[Actor]:
    """Fold the short form of an organisation's name into the full one: "Statehouse" into
    "Indiana Statehouse", "State Department" into "U.S. State Department" (the full name
    adds at most two words before), "Big Machine" into "Big Machine Records" (it adds a
    word that says what kind of body it is)."""
    organisations = [a for a in actors if a.label == "ORG"]
    absorbed: set[int] = set()
    for actor in sorted(organisations, key=lambda a: len(a.name.split())):
        words = actor.name.lower().split()
        if all(w in _ORG_WORDS for w in words):
            continue  # "Department", "the Board": too general to say which
        fits = []
        for other in organisations:
            longer = other.name.lower().split()
            if other is actor or id(other) in absorbed or len(longer) <= len(words):
                continue
            extra = len(longer) - len(words)
            if (longer[extra:] == words and extra <= 2) or (longer[: len(words)] == words
                                                          and longer[-1] in _ORG_WORDS):
                fits.append(other)
        if fits:
            target = max(fits, key=lambda a: len(a.mentions))
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
            absorbed.add(id(actor))
    return [a for a in actors if id(a) not in absorbed]


def _merge_acronyms(doc: Document, actors: list[Actor], credits: Sequence[tuple[int, int]]) -> list[Actor]:
    """Fold an organisation's acronym into its full name when the article gives both.

    "the Environment Agency (EA)" states it; elsewhere the acronym must be spelled by the
    initials of the name's capitalised words ("ISTA" for "Indiana State Teachers
    Association"). Acronym tokens the NER model did not tag count as mentions too.
    """
    text = doc.article.text
    declared: dict[str, Actor] = {}
    for actor in actors:
        if actor.label == "PERSON" or len(actor.name.split()) < 2:
            continue
        for mention in actor.mentions:
            m = re.match(r"\s*\(([A-Z][A-Za-z&.]{1,9})\)", text[mention.end : mention.end + 14])
            if m and _initials(actor.name).startswith(m.group(1)[0]):
                declared.setdefault(m.group(1), actor)
        for other in actors:
            if other is not actor and other.label != "PERSON" and _is_acronym_of(other.name, actor.name):
                declared.setdefault(other.name, actor)
    if not declared:
        return actors
    kept: list[Actor] = []
    for actor in actors:
        target = declared.get(actor.name)
        if target is not None and target is not actor:
            target.mentions.extend(actor.mentions)
            target.aliases |= actor.aliases
        else:
            kept.append(actor)
    for acronym, target in declared.items():
        target.aliases.add(acronym)
        seen = {m.token_start for m in target.mentions}
        for token in doc.tokens:
            if token.text == acronym and token.i not in seen and not _in_spans(token.start, credits) \
                    and not token.ent_type:
                target.mentions.append(Entity(token.text, target.label, token.start, token.end,
                                              _sentence_index(doc, token.i), token.i, token.i + 1))
    return kept


def _sentence_index(doc: Document, token_index: int) -> int:
    return next((s.index for s in doc.sentences if s.token_start <= token_index < s.token_end), 0)


def _add_surname_mentions(doc: Document, actors: Iterable[Actor], credits: Sequence[tuple[int, int]]) -> None:
    """Count a known person's bare surname where the NER model missed it ("Trump spoke")."""
    surnames: dict[str, Actor] = {}
    for actor in actors:
        parts = actor.name.split()
        if actor.label == "PERSON" and len(parts) > 1 and parts[-1].lower() not in _ADDRESS:
            surnames.setdefault(parts[-1], actor)
    if not surnames:
        return
    for token in doc.tokens:
        match = surnames.get(token.text)
        if match is None or token.pos != "PROPN" or token.ent_type in ("PERSON", "ORG", "GPE") \
                or token.is_stop or _in_spans(token.start, credits):
            continue
        match.mentions.append(
            Entity(token.text, "PERSON", token.start, token.end, _sentence_index(doc, token.i), token.i, token.i + 1)
        )


def resolve_person(doc: Document, actors: Sequence[Actor], text: str) -> str:
    """The canonical actor name for a person's name as written (or the name itself)."""
    name = clean_name(text)
    lowered = set(name.lower().split())
    for actor in actors:
        if actor.label == "PERSON" and (
            name in actor.aliases or (lowered and lowered <= set(actor.name.lower().split()))
        ):
            return actor.name
    return name


def previous_subject(doc: Document, actors: Sequence[Actor], sentence_index: int) -> str | None:
    """The named subject of the sentence before ``sentence_index``: the likeliest referent
    of an opening "he"/"she" (centering), found even when the NER model mislabels the
    name ("Passenger Amara Diallo described the crossing." tagged as an organisation)."""
    if sentence_index <= 0:
        return None
    previous = doc.sentences[sentence_index - 1]
    for token in doc.sentence_tokens(previous):
        if (token.dep == "nsubj" and token.pos == "PROPN" and doc.tokens[token.head].dep == "ROOT"
                and token.ent_type not in ("GPE", "LOC", "NORP", "FAC", "PRODUCT")):
            first = token.i
            while first > previous.token_start and doc.tokens[first - 1].pos == "PROPN" \
                    and doc.tokens[first - 1].dep == "compound":
                first -= 1
            return resolve_person(doc, actors, doc.article.text[doc.tokens[first].start : token.end])
    return None


# ----------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Role:
    """A role as the text gives it: the wording shown, its head noun, and where it stands."""

    text: str
    head: str
    sentence: Sentence
    start: int  # the cited span: role and name as written
    end: int
    affiliation_only: bool = False  # "of the Michigan Department of Health": where, not what
    apposition: bool = False  # written after the name: "Eswar Prasad, a trade professor at Cornell"

    @property
    def weight(self) -> int:
        """How much the role says: its words that are not articles or forms of address; a
        bare affiliation says less than any post."""
        if self.affiliation_only:
            return 1
        return 1 + sum(1 for w in self.text.split() if w.lower() not in _ADDRESS | {"a", "an", "the"})


def _title_before(doc: Document, entity: Entity, name: str = "") -> tuple[int, int] | None:
    """Token span of a title written right before a name ("South Korean President",
    "Indiana State Teachers Association President", "then-Defense Minister"), and where the
    name itself starts (the NER model sometimes takes the title into the name).

    The title is the run of words before the name that modify it: each word's head lies
    further right inside the title or is the name ("Korea's leader" keeps the possessive).
    """
    sentence = doc.sentences[entity.sentence_index]
    tokens = doc.tokens
    name_start = entity.token_start
    first_word = _person_name(name).split()[0] if name else ""
    while name_start < entity.token_end - 1 and _is_title_token(tokens[name_start]) \
            and tokens[name_start].text != first_word:
        name_start += 1  # "Superintendent Jennifer McCormick" tagged as one name
    if first_word and tokens[name_start].text != first_word:
        name_start = entity.token_start
    i = name_start - 1
    start = name_start
    while i >= sentence.token_start:
        token = tokens[i]
        if token.tag in ("POS", "HYPH") and i - 1 >= sentence.token_start:  # "Korea's leader", "then-"
            start = i
            i -= 1
            continue
        if tokens[i + 1].tag == "HYPH" and start == i + 1:
            start = i  # inside a hyphenated word: "wrestler-turned-lawmaker"
            i -= 1
            continue
        if token.text.lower() in ("of", "for") and i - 1 >= sentence.token_start \
                and token.head == i - 1 and _is_title_token(tokens[i - 1]):
            start = i  # "Secretary of State Mike Pompeo"
            i -= 1
            continue
        if token.text in (",", "and", "&") and i - 1 >= sentence.token_start and _is_title_token(tokens[i - 1]) \
                and _is_title_token(tokens[i + 1]):
            start = i  # "chairman, CEO and president Craig Menear"
            i -= 1
            continue
        if token.pos in ("DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART") \
                and token.text.lower() not in _TITLE_ABBREVIATIONS:
            break
        if token.ent_type in ("PERSON", "DATE", "TIME", "CARDINAL") and i < entity.token_start:
            break
        listed = _is_title_token(token) and start == i + 1 and tokens[i + 1].text in (",", "and", "&")
        if not i < token.head < entity.token_end and not listed:
            break  # a word that modifies something else ends the title
        start = i
        i -= 1
    while start < name_start and tokens[start].tag in ("POS", "HYPH"):
        start += 1
    if start == name_start or not any(_is_title_token(t) for t in tokens[start:name_start]):
        return None
    return (start, name_start)


def _is_title_token(token: Token) -> bool:
    """A word that names a post or what a person does ("minister", "Rep.", "teacher")."""
    word = token.text.lower()
    return word.rstrip(".") in PERSON_NOUNS or word in _TITLE_ABBREVIATIONS or word in _ADDRESS


def _affiliation(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of the organisation named right after a name ("Joneigh Khaldun of the
    Michigan Department of Health", "Lee at Tempus"), the preposition left out."""
    tokens = doc.tokens
    i = entity.token_end
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in ("of", "at", "from", "with") \
            or tokens[i].head != entity.token_end - 1:
        return None
    objects = [t for t in tokens[i + 1 : tokens[i].right + 1] if t.dep == "pobj" and t.head == i]
    if not objects or objects[0].ent_type != "ORG":
        return None
    start = tokens[i + 1].i
    while tokens[start].pos == "DET":
        start += 1
    end = objects[0].right
    if end - start + 1 > MAX_ROLE_WORDS:
        return None
    return (start, end + 1)


def _appositive(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of an apposition after a name ("Erik Vang, chief economist at ...,"), without
    relative clauses; only when its head names what a person is or does."""
    head = entity.token_end - 1
    tokens = doc.tokens
    for token in tokens[entity.token_end : min(entity.token_end + MAX_ROLE_WORDS, len(tokens))]:
        if token.dep == "appos" and token.head == head and tokens[token.left - 1].text in (",", "(", "—", "–"):
            if token.lemma.lower() not in PERSON_NOUNS and token.text.lower() not in PERSON_NOUNS:
                return None
            end = token.right
            for t in tokens[token.i + 1 : token.right + 1]:
                # "the chief economist at Flexport, which coordinates ...": the role ends at
                # the next comma; a participle or a relative clause ("a lawmaker representing
                # the Yazidis", "a scientist who led the study") is part of it unless too long.
                if t.text == "," and t.i < end:
                    end = t.i - 1
                    break
            start = token.left
            while start < token.i and tokens[start].pos == "DET":
                start += 1
            if end - start + 1 > MAX_ROLE_WORDS:
                relative = next((t for t in tokens[token.i + 1 : end + 1] if t.dep == "relcl"), None)
                end = tokens[relative.left].i - 1 if relative is not None else end
            while end > token.i and tokens[end].pos == "PUNCT":
                end -= 1
            if end - start + 1 > MAX_ROLE_WORDS:
                return None
            return (start, end + 1)
    return None


def _apposed_title(doc: Document, entity: Entity) -> tuple[int, int] | None:
    """Token span of a title written before a name and set off by a comma ("Sweden's deputy
    director of public prosecutions, Eva-Marie Persson, said"): the name is in apposition to it."""
    tokens = doc.tokens
    name = tokens[entity.token_end - 1]
    if name.dep != "appos" or entity.token_start < 1 or tokens[entity.token_start - 1].text != ",":
        return None
    head = tokens[name.head]
    if head.i >= entity.token_start or not _is_title_token(head):
        return None
    start = head.left
    while start < head.i and tokens[start].pos in ("DET", "PUNCT"):
        start += 1
    end = entity.token_start - 1  # the comma
    if end - start > MAX_ROLE_WORDS or any(t.text in ".;:" for t in tokens[start:end]):
        return None
    return (start, end)


def _role_wording(doc: Document, start: int, end: int) -> tuple[str, str] | None:
    """The role shown for tokens start..end as written, abbreviated titles spelled out and
    forms of address dropped ("Dr." alone is no role), and its head noun."""
    tokens = doc.tokens
    while start < end and tokens[start].text.lower() in _ADDRESS:
        start += 1
    if start >= end:
        return None
    words = [t.text.lower() for t in tokens[start:end]]
    if set(words) <= _ROLE_MODIFIERS | _ADDRESS:
        return None
    head = next((_TITLE_ABBREVIATIONS.get(w, w).lower() for w in words
                 if w.rstrip(".") in PERSON_NOUNS or w in _TITLE_ABBREVIATIONS), "")
    text = doc.article.text[tokens[start].start : tokens[end - 1].end]
    text = re.sub(r"(?<![\w.])([A-Z][a-z]{1,4}\.)(?=\s|$)",
                  lambda m: _TITLE_ABBREVIATIONS.get(m.group(1).lower(), m.group(1)), text)
    return re.sub(r"\s+", " ", text), head


def _roles(doc: Document, actor: Actor) -> list[Role]:
    """Every role the text gives ``actor``, in text order."""
    found: list[Role] = []
    text = doc.article.text
    tokens = doc.tokens
    for entity in actor.mentions_sorted():
        sentence = doc.sentences[entity.sentence_index]
        party = _PARTY.match(text[entity.end : entity.end + 30])
        after = entity.end + party.end() if party else entity.end
        affiliation = _affiliation(doc, entity)
        title = _title_before(doc, entity, actor.name)
        wording = _role_wording(doc, title[0], title[1]) if title else None
        if not wording:
            title = None
        if title and wording:
            role, head = wording
            end = after
            if party:
                role += f" ({party.group(1)})"
            elif affiliation:
                role += " " + text[tokens[entity.token_end].start : tokens[affiliation[1] - 1].end]
                end = tokens[affiliation[1] - 1].end
            found.append(Role(role, _last_title_word(doc, title[0], title[1]) or head, sentence,
                              tokens[title[0]].start, end))
        before = _apposed_title(doc, entity) if not title else None
        wording = _role_wording(doc, *before) if before else None
        if before and wording:
            found.append(Role(wording[0], wording[1], sentence, tokens[before[0]].start, entity.end,
                              apposition=True))
        span = _appositive(doc, entity)
        wording = _role_wording(doc, *span) if span else None
        if span and wording:
            found.append(Role(wording[0], wording[1], sentence, entity.start, tokens[span[1] - 1].end,
                              apposition=True))
        elif party and not title:
            found.append(Role(f"({party.group(1)})", "", sentence, entity.start, after))
        elif affiliation and not title:
            organisation = text[tokens[affiliation[0]].start : tokens[affiliation[1] - 1].end]
            found.append(Role(organisation, "", sentence, entity.start, tokens[affiliation[1] - 1].end,
                              affiliation_only=True))
    return found


def _last_title_word(doc: Document, start: int, end: int) -> str:
    """The head of a title before a name: its last official title word ("Treasury Secretary")."""
    for token in reversed(doc.tokens[end - 1 : end]):  # English titles end in their head
        word = _TITLE_ABBREVIATIONS.get(token.text.lower(), token.text).lower()
        if word in TITLE_WORDS and word not in _ROLE_MODIFIERS:
            return word
    return ""


def best_role(roles: Sequence[Role]) -> Role | None:
    """The role that says most; of equals, the first the text gives."""
    return max(roles, key=lambda r: r.weight, default=None)


def actor_role(doc: Document, actor: Actor) -> tuple[str, Sentence, int, int] | None:
    """The role the text gives ``actor``, with the sentence and char span stating it."""
    role = best_role(_roles(doc, actor))
    return (role.text, role.sentence, role.start, role.end) if role else None


def position_sentence(doc: Document, actor: Actor) -> Sentence | None:
    """The first sentence where the actor is the subject of a speech or stance verb."""
    for entity in actor.mentions_sorted():
        tokens: tuple[Token, ...] = doc.tokens
        head = tokens[entity.token_end - 1]
        if head.dep in ("nsubj", "nsubjpass") and tokens[head.head].lemma in SPEECH_LEMMAS:
            return doc.sentences[entity.sentence_index]
    return None


def title_mentions(doc: Document, roles: dict[str, Role | None],
                   named_in: dict[str, list[int]] | None = None) -> dict[str, list[str]]:
    """Mentions by title alone ("the president") of the one actor the text gives that title.

    The title is the role's official head word ("Treasury Secretary" -> "secretary"; not
    "trade" of "top trade negotiator"). A title shared by two actors ("the minister" with
    two ministers) is ambiguous and counts for neither. Given the sentences that name each
    actor (``named_in``), a title refers back only to an actor named within the
    TITLE_REF_SENTENCES before it ("the Commodores coach" late in a round-up is someone else).
    """
    starts = [s.start for s in doc.sentences]
    owners: dict[str, list[str]] = {}
    for name, role in roles.items():
        if role is not None and role.head in TITLE_WORDS and role.head not in _ROLE_MODIFIERS:
            owners.setdefault(role.head, []).append(name)
    found: dict[str, list[str]] = {}
    for title, names in owners.items():
        if len(names) != 1:
            continue
        role = roles[names[0]]
        assert role is not None
        for m in re.finditer(rf"\bthe (?:[A-Z][a-z]+ ){{0,2}}{re.escape(title)}\b(?!['’]s\b|(?-i:\s+[A-Z]))",
                             doc.article.text, re.I):
            if role.start <= m.start() < role.end:
                continue
            if named_in is not None:
                here = bisect_right(starts, m.start()) - 1
                if not any(0 <= here - i <= TITLE_REF_SENTENCES for i in named_in.get(names[0], ())):
                    continue
            found.setdefault(names[0], []).append(m.group(0).lower())
    return found


# ----------------------------------------------------------------------------- salience


@dataclass
class _Evidence:
    """What the text does with one actor."""

    actor: Actor
    label: str = ""
    role: Role | None = None
    title_refs: list[str] = field(default_factory=list)
    pronouns: int = 0
    voiced: int = 0
    first_voiced: int | None = None
    headline: bool = False
    lead: bool = False
    acts: bool = False
    governs: bool = False
    only_setting: bool = False
    modifier_only: bool = False

    @property
    def mentions(self) -> int:
        return len(self.actor.mentions) + len(self.title_refs)

    @property
    def salience(self) -> float:
        return (self.mentions + PRONOUN_WEIGHT * self.pronouns + HEADLINE_WEIGHT * self.headline
                + LEAD_WEIGHT * self.lead + VOICE_WEIGHT * min(self.voiced, MAX_VOICED))


def _subject_verb(doc: Document, token: Token) -> Token | None:
    """The verb ``token`` is the subject of, through coordination ("the US and China agreed")."""
    tokens = doc.tokens
    while token.dep == "conj" and token.head != token.i:
        token = tokens[token.head]
    if token.dep in ("nsubj", "nsubjpass") and tokens[token.head].pos in ("VERB", "AUX"):
        return tokens[token.head]
    return None


def _mention_roles(doc: Document, evidence: _Evidence) -> None:
    """Whether the actor acts (a subject, an agent, a possessor), governs, or is only a setting."""
    tokens = doc.tokens
    settings = modifiers = 0
    for mention in evidence.actor.mentions:
        head = tokens[mention.token_end - 1]
        verb = _subject_verb(doc, head)
        parent = tokens[head.head]
        if verb is not None:
            evidence.acts |= verb.lemma.lower() not in _INACTIVE_VERBS
            evidence.governs |= verb.lemma.lower() in GOVERNMENT_VERBS and verb.lemma.lower() not in _INACTIVE_VERBS
        elif head.dep == "pobj" and parent.text.lower() == "by" and tokens[parent.head].tag == "VBN":
            evidence.acts = True  # "was signed by Norway"
            evidence.governs |= tokens[parent.head].lemma.lower() in GOVERNMENT_VERBS
        elif head.dep == "pobj" and parent.text.lower() == "by" \
                and tokens[parent.head].lemma.lower() in _STATE_ACTS:
            evidence.acts = evidence.governs = True  # "the latest move by the US"
        elif head.dep in ("poss", "compound", "nmod") and (
                parent.lemma.lower() in _STATE_ACTS or (parent.lemma.lower() in _STATE_ORGANS
                                                         and _subject_verb(doc, parent) is not None)):
            evidence.acts = evidence.governs = True  # "the US decision", "China's foreign ministry said"
        elif head.dep == "poss":
            evidence.acts = True
        elif head.dep == "pobj" and parent.text.lower() in _SETTING_PREPOSITIONS:
            settings += 1
        elif head.dep in ("compound", "amod", "nmod"):
            modifiers += 1
    count = len(evidence.actor.mentions)
    evidence.only_setting = count > 0 and settings == count
    evidence.modifier_only = count > 0 and settings + modifiers == count


def _pronoun_referents(doc: Document, actors: Sequence[Actor]) -> Counter[int]:
    """How many "he"/"she" subjects outside quotes refer to each person (by index in ``actors``).

    Centering: a pronoun subject means the person its own sentence names as subject before
    it, else the centre, the person the last sentences were about (a named subject, or the
    person an earlier "he" meant, within CENTRE_SENTENCES); else the last person named.
    """
    by_token: dict[int, int] = {}
    for n, actor in enumerate(actors):
        if actor.label == "PERSON":
            for mention in actor.mentions:
                for i in range(mention.token_start, mention.token_end):
                    by_token[i] = n
    quotes = quote_spans(doc.article.text)
    counts: Counter[int] = Counter()
    centre: tuple[int, int] | None = None  # (actor, sentence index)
    last_named: tuple[int, int] | None = None
    for sentence in doc.sentences:
        subject: int | None = None
        for token in doc.sentence_tokens(sentence):
            if token.dep not in ("nsubj", "nsubjpass"):
                if token.i in by_token:
                    last_named = (by_token[token.i], sentence.index)
                continue
            if token.i in by_token:
                subject = by_token[token.i] if subject is None else subject
                last_named = (by_token[token.i], sentence.index)
            elif token.text.lower() in ("he", "she") and not _in_spans(token.start, quotes):
                referent = subject
                for candidate in (centre, last_named):
                    if referent is None and candidate and sentence.index - candidate[1] <= CENTRE_SENTENCES:
                        referent = candidate[0]
                if referent is not None:
                    counts[referent] += 1
                    subject = referent if subject is None else subject
        if subject is not None:
            centre = (subject, sentence.index)
    return counts


def _actor_named(actors: Sequence[Actor], name: str | None) -> int | None:
    """Index of the actor a speaker's name means: an alias, or a person's surname or full name."""
    if not name:
        return None
    cleaned = clean_name(name)
    lowered = cleaned.lower()
    words = set(_person_name(cleaned).lower().split())
    for n, actor in enumerate(actors):
        if lowered in {a.lower() for a in actor.aliases} or lowered == actor.name.lower():
            return n
    for n, actor in enumerate(actors):
        if actor.label == "PERSON" and words and words <= set(actor.name.lower().split()):
            return n
    return None


def _named_in(text: str, actor: Actor) -> bool:
    """True when ``text`` (a headline) names the actor: an alias, or a person's surname."""
    text = re.sub(r"['’]s\b", "", text)
    names = set(actor.aliases) | {actor.name} | {clean_name(m.text) for m in actor.mentions}
    if actor.label == "PERSON":
        names.add(actor.name.split()[-1])
    for name in names:
        flags = re.I if len(name.split()) > 1 else 0
        if len(name) > 1 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags):
            return True
    return False


def _is_author(doc: Document, actor: Actor) -> bool:
    """True when the actor is the article's own author (the byline the extractor found)."""
    author = (doc.article.source.author or "").lower()
    name = display_name(actor).lower()
    return actor.label == "PERSON" and len(name.split()) > 1 and name in author


def _gather(doc: Document, actors: Sequence[Actor], attributions: Attributions) -> list[_Evidence]:
    """The evidence of salience and agency for every actor."""
    evidence = [_Evidence(actor, actor.label) for actor in actors]
    title = doc.article.source.title or ""
    paragraphs = len({s.paragraph for s in doc.sentences})
    lead = {s.index for s in doc.sentences
            if (s.paragraph < 2 if paragraphs > 2 else s.index < LEAD_SENTENCES)}
    for item in evidence:
        item.role = best_role(_roles(doc, item.actor))
        if item.label == "ORG" and item.role is not None and item.role.head in PERSON_NOUNS \
                and len(item.actor.name.split()) > 1 and not _organisation_like(item.actor, actors):
            item.label = "PERSON"  # "Eswar Prasad, a trade professor at Cornell" tagged as an organisation
        if item.label != "PERSON" and item.role is not None:
            # A place has no role; an organisation only one said of it after its name
            # ("SoftBank, its largest investor"), not a person's title read before it.
            roles = [r for r in _roles(doc, item.actor) if r.apposition and r.start >= r.sentence.start
                     and item.label == "ORG" and any(m.start == r.start for m in item.actor.mentions)]
            item.role = best_role(roles)
        # The headline names an actor, or the post it holds ("Nordic ministers sign deal").
        item.headline = bool(title) and (_named_in(title, item.actor) or bool(
            item.role and item.role.head and item.label == "PERSON"
            and re.search(rf"\b{re.escape(item.role.head)}s?\b", title, re.I)))
        item.lead = any(m.sentence_index in lead for m in item.actor.mentions)
        _mention_roles(doc, item)
    by_title = title_mentions(doc, {e.actor.name: e.role for e in evidence if e.label == "PERSON"},
                              {e.actor.name: [m.sentence_index for m in e.actor.mentions] for e in evidence})
    for item in evidence:
        item.title_refs = by_title.get(item.actor.name, [])
    for index, count in _pronoun_referents(doc, actors).items():
        evidence[index].pronouns = count
    for voice in attributions.voices:
        speaker = _actor_named(actors, voice.speaker) if voice.voice in ("person", "organisation") else None
        if speaker is not None:
            evidence[speaker].voiced += 1
            if voice.explicit and evidence[speaker].first_voiced is None:
                evidence[speaker].first_voiced = voice.sentence
    return evidence


def _is_actor(doc: Document, item: _Evidence, publishers: set[str]) -> bool:
    """Whether a reader would list this entity among the story's actors (module docstring, 3)."""
    actor = item.actor
    if actor.name.lower() in publishers or _is_author(doc, actor):
        return False
    if item.only_setting and not item.voiced:
        return False  # "at Anfield", "in Lamoni": a place whatever the model called it
    if item.label == "GPE":
        return item.voiced > 0 or (item.governs and item.mentions >= 2)
    if item.label == "ORG":
        if _MEDIA.search(actor.name) and not item.headline:
            return False
        # Named once and silent, it is a detail ("the Fed", a body named in passing).
        return item.voiced > 0 or (item.acts and (item.mentions >= 2 or item.headline))
    # A person named once, in passing, with no role and no word of their own is not an actor.
    if item.mentions < 2 and item.role is None and not item.voiced and not item.headline:
        return False
    # A one-word "person" that never acts, speaks or holds a role is more often a mislabelled
    # thing ("Jam", "Anfield") than a mononym.
    return len(actor.name.split()) > 1 or item.acts or item.voiced > 0 or item.role is not None \
        or item.mentions >= MIN_SINGLE_NAME_MENTIONS


def _item(doc: Document, item: _Evidence) -> Item:
    actor = item.actor
    role = item.role
    first = actor.mentions_sorted()[0]
    if role is not None:
        text = doc.article.text[role.start : role.end]
        citations = [cite(role.sentence, role.start, role.end)]
    else:
        sentence = doc.sentences[first.sentence_index]
        text = doc.article.text[first.start : first.end]
        cleaned = clean_name(text)
        offset = text.find(cleaned)
        if offset >= 0 and cleaned:
            text = cleaned
        citations = [cite(sentence, first.start + max(offset, 0), first.start + max(offset, 0) + len(text))]
    position = position_sentence(doc, actor)
    if position is None and item.first_voiced is not None:
        position = doc.sentences[item.first_voiced]
    if position is not None and position.id != citations[0].sentence_id:
        citations.append(cite(position))
    counts = Counter(clean_name(m.text) for m in actor.mentions)
    counts.update(item.title_refs)
    return Item(
        text=text,
        citations=tuple(citations),
        payload=ActorInfo(
            name=display_name(actor, item.label),
            type=_ACTOR_TYPES.get(item.label, "place"),
            role=role.text if role else None,
            mentions=item.mentions,
            aliases=tuple(sorted(a for a in counts if a)),
            position=position.id if position else None,
        ),
    )


def analyze_actors(doc: Document, ctx: Context) -> tuple[Item, ...]:
    """The story's actors, most salient first within people, then organisations and the
    places that act as governments; at most the section record's limit."""
    actors = list(ctx.actors)
    evidence = _gather(doc, actors, attribute(doc))
    publishers = _publishers(doc)
    chosen = [item for item in evidence if _is_actor(doc, item, publishers)]
    limit = SECTIONS.get("actors").limit
    chosen = sorted(chosen, key=lambda e: (-e.salience, e.actor.mentions_sorted()[0].start))[:limit]
    chosen.sort(key=lambda e: (e.label != "PERSON", -e.salience, e.actor.mentions_sorted()[0].start))
    return tuple(_item(doc, item) for item in chosen)
