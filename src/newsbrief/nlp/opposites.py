"""Words of opposite or of different strength: the lexicon the consistency checker reads edits with.

An edit that turns a faithful summary into an unfaithful one often swaps one
word for its opposite ("rise" -> "fall", "open" -> "shut") or for a word of the
same scale at another step ("required" -> "allowed", "about 300" -> "less than
300", "often" -> "rarely"). Paraphrases swap words too, but for words of the
same meaning, so a list of what is *not* the same meaning tells the two apart
where word overlap cannot.

Hand-written, not WordNet: the checker must run offline with no download
(NLTK's WordNet is a separate data download; a package shipping a lexicon would
be a new dependency). The lists are general English, the everyday opposites,
scales and kinds of news prose, written from general knowledge. Some entries
(keep/remove/delete, open/shut, the obligation scale, the kinds jurisdiction,
group, crime and drink) were added after reading the edits of 6 of the 12
SummEdits development articles; the other 6 articles measure them
(:mod:`newsbrief.nlp.consistency` gives both numbers). Everything is lower case
and matched against lemmas and lower-cased surface forms.
"""

from __future__ import annotations

# Pairs of opposites, ";"-separated. Verbs and adjectives are listed by lemma; an
# irregular form the lemmatizer may miss is listed beside it ("won lost").
_PAIRS = """
increase decrease; increase decline; increase drop; increase fall; increase reduce; increase cut;
rise fall; rise drop; rise decline; rise sink; raise lower; raise cut; grow shrink; gain loss; gain lose;
up down; high low; higher lower; highest lowest; more less; more fewer; most least; many few;
large small; big small; larger smaller; largest smallest; long short; longer shorter;
early late; earlier later; first last; before after; begin end; start end; start stop; open close; open shut;
opened closed; open closed; reopen close; lock unlock; win lose; won lost; victory defeat; winner loser;
success failure; succeed fail; pass fail; accept reject; accept refuse; approve reject; approve deny;
approve veto; allow ban; allow forbid; allow prohibit; permit ban; permit forbid; lift impose;
legalize ban; legalise ban; enact repeal; support oppose; endorse oppose; endorse reject; favor oppose;
agree disagree; confirm deny; admit deny; include exclude; add remove; add subtract; keep lose;
keep discard; keep remove; keep delete; keep sell; install uninstall; install remove; enable disable;
activate deactivate; connect disconnect; attach detach; appear disappear; increase lower;
buy sell; bought sold; buyer seller; import export; lend borrow; lender borrower; give take; give receive;
send receive; push pull; enter leave; enter exit; entrance exit; arrive depart; arrive leave;
arrival departure; hire fire; hire dismiss; hire lay; employ dismiss; promote demote; join leave;
join quit; attack defend; attacker defender; offense defense; build destroy; create destroy;
construct demolish; protect harm; protect endanger; help hurt; help harm; benefit harm; benefit hurt;
reward punish; praise criticize; praise criticise; praise condemn; praise blame; welcome condemn;
welcome reject; guilty innocent; convict acquit; conviction acquittal; legal illegal; lawful unlawful;
public private; domestic foreign; domestic international; national international; local foreign;
civilian military; positive negative; good bad; better worse; best worst; strong weak; stronger weaker;
rich poor; wealthy poor; wealth poverty; safe dangerous; safe unsafe; safe risky; safety danger;
healthy sick; healthy unhealthy; health illness; easy difficult; easy hard; simple complex;
simple complicated; possible impossible; likely unlikely; certain uncertain; known unknown;
new old; young old; modern ancient; past future; old recent; ancient recent; temporary permanent;
optional mandatory; optional compulsory; optional required; voluntary mandatory; voluntary compulsory;
voluntary forced; required forbidden; inside outside; indoor outdoor; internal external; inner outer;
interior exterior; north south; northern southern; east west; eastern western; left right;
above below; over under; upper lower; top bottom; front back; inbound outbound; inflow outflow;
input output; full empty; hot cold; warm cool; heavy light; fast slow; quick slow;
faster slower; speed slow; accelerate slow; accelerate decelerate; cheap expensive; cheap costly;
affordable expensive; wet dry; deep shallow; wide narrow; thick thin; hard soft; tight loose;
strict lenient; formal informal; urban rural; dark light; dark bright; bright dim; day night;
morning evening; dawn dusk; sunrise sunset; summer winter; alive dead; live die; survive die;
born die; birth death; love hate; like dislike; trust distrust; friend enemy; friend foe; ally enemy;
ally rival; ally adversary; peace war; calm violent; peaceful violent; quiet loud; silent loud;
true false; real fake; genuine fake; natural artificial; natural synthetic; correct wrong;
correct incorrect; right wrong; accurate inaccurate; same different; similar different; identical different;
always never; all none; everyone nobody; everything nothing; major minor; maximum minimum;
majority minority; boost cut; boost reduce; expand reduce; expand shrink; expand contract;
expansion contraction; strengthen weaken; tighten loosen; tighten ease; tighten relax; hawkish dovish;
bullish bearish; inflation deflation; boom bust; surplus deficit; profit loss; credit debit;
asset liability; upgrade downgrade; overestimate underestimate; overvalued undervalued;
export import; save spend; save waste; ahead behind; forward back; forward backward; continue stop;
continue end; resume halt; resume suspend; show hide; reveal conceal; reveal hide; remember forget;
find lose; include omit; arrest release; capture release; guilty acquitted; male female; man woman;
men women; boy girl; husband wife; father mother; son daughter; brother sister; king queen;
employer employee; parent child; teacher student; predator prey; optimistic pessimistic;
hopeful fearful; happy sad; happy unhappy; pleased angry; rare common; frequent rare; often rarely;
sooner later; before since; prior subsequent; previous next; previously soon; already yet;
increase cut; ascend descend; float sink; clean dirty; pure contaminated;
toxic harmless; harmful harmless; harmful beneficial; dangerous harmless; cause prevent;
encourage discourage; encourage deter; attract repel; present absent; presence absence;
visible invisible; legal banned; support criticize; support criticise; victory loss; defeat win;
advance retreat; allow block; approve block; prevent allow; prevent enable; block enable; restrict expand;
restrict allow; limit expand; curb boost; curb expand; hinder help; hinder facilitate; break repair;
break fix; capture free; free imprison; free detain; release detain; release imprison; release jail;
charge clear; comply defy; comply violate; obey violate; obey disobey; confirm refute; grant deny;
grant refuse; grant reject; deposit withdraw; climb fall; climb drop; soar plunge; soar plummet;
surge plunge; surge slump; rally slump; jump fall; jump drop; gain drop; gain fall; rise plunge;
double halve; improve worsen; improve deteriorate; recover worsen; appreciate depreciate;
inflate deflate; ignore heed; unite divide; merge split; marry divorce; save kill; spare kill;
withdraw deploy; withdraw send; ease worsen; relax tighten; lose keep; believe doubt; dismiss accept;
dismiss uphold; overturn uphold; uphold reject; sustain overrule; collect distribute; demand supply;
active passive; angry calm; asleep awake; awake asleep; bitter sweet; black white; brave cowardly;
broad narrow; careful careless; close far; near far; crowded empty; cruel kind; clear unclear;
famous unknown; fat thin; final initial; former current; former latter; flexible rigid;
friendly hostile; giant tiny; huge tiny; enormous tiny; massive tiny; large tiny; big little;
large little; honest dishonest; intentional accidental; deliberate accidental; junior senior;
normal abnormal; normal unusual; usual unusual; ordinary extraordinary; official unofficial;
partial complete; partial total; partial full; polite rude; popular unpopular; powerful powerless;
powerful weak; stable unstable; stable volatile; severe mild; harsh mild; harsh lenient; serious mild;
significant insignificant; smart stupid; successful unsuccessful; sufficient insufficient;
adequate inadequate; superior inferior; tall short; useful useless; valid invalid; whole partial;
wise foolish; winning losing; acceptance rejection; advantage disadvantage; approval rejection;
approval disapproval; beginning end; ceiling floor; guilt innocence; optimism pessimism;
strength weakness; supporter opponent; supporter critic; ally opponent; proponent opponent;
proponent critic; advocate opponent; advocate critic; truth lie; start finish; win loss;
increasingly decreasingly; together apart; publicly privately; legally illegally; directly indirectly;
openly secretly; voluntarily forcibly; fully partially; completely partially; entirely partly;
totally partially; gradually suddenly; gradually abruptly; immediately eventually; immediately later;
accidentally deliberately; accidentally intentionally
"""


def _antonyms() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in _PAIRS.replace("\n", " ").split(";"):
        words = pair.split()
        if len(words) != 2 or "not" in words:
            continue
        left, right = words
        table.setdefault(left, set()).add(right)
        table.setdefault(right, set()).add(left)
    return {word: frozenset(opposites) for word, opposites in table.items()}


# Each word with the words of opposite meaning it is listed with (symmetric).
ANTONYMS: dict[str, frozenset[str]] = _antonyms()

# Scales: words of one family that grade the same thing at different steps. Within a step
# the words are paraphrases ("required", "mandatory"); across steps they are not
# ("required" -> "allowed", "often" -> "rarely"). Steps are sets of lemmas.
SCALES: dict[str, tuple[frozenset[str], ...]] = {
    "obligation": (
        frozenset("must require required mandatory compulsory force forced mandate oblige obliged compel "
                  "compelled order ordered".split()),
        frozenset("allow allowed permit permitted optional voluntary".split()),
        frozenset("recommend recommended advise advised urge urged encourage encouraged suggest suggested "
                  "should".split()),
    ),
    "certainty": (
        frozenset("confirm confirmed certain certainly definitely prove proven proved establish established".split()),
        frozenset("possible possibly perhaps might may maybe suspect suspected allege alleged allegedly "
                  "reportedly apparently unconfirmed rumor rumour speculate speculation".split()),
    ),
    "frequency": (
        frozenset("always constantly invariably".split()),
        frozenset("often frequently usually regularly commonly routinely typically generally".split()),
        frozenset("sometimes occasionally periodically".split()),
        frozenset("rarely seldom hardly".split()),
        frozenset("never".split()),
    ),
    "degree": (
        frozenset("slightly marginally modestly somewhat mildly".split()),
        frozenset("sharply significantly dramatically substantially considerably greatly steeply heavily "
                  "hugely massively vastly markedly drastically".split()),
    ),
    "extent": (
        frozenset("fully completely entirely totally wholly".split()),
        frozenset("partially partly".split()),
    ),
    "speed": (
        frozenset("quickly rapidly swiftly fast".split()),
        frozenset("slowly gradually".split()),
    ),
    "severity": (
        frozenset("mild slight minor light".split()),
        frozenset("moderate".split()),
        frozenset("severe serious critical grave major".split()),
    ),
    "quantity": (
        frozenset("all every entire whole".split()),
        frozenset("most majority".split()),
        frozenset("many numerous".split()),
        frozenset("several some".split()),
        frozenset("none".split()),
    ),
    # Only before a unit of time (:data:`TIME_UNITS`): "this year" for "last year".
    "deixis": (
        frozenset("last previous past".split()),
        frozenset("this current".split()),
        frozenset("next coming upcoming".split()),
    ),
    "time": (
        frozenset("yesterday".split()),
        frozenset("today tonight".split()),
        frozenset("tomorrow".split()),
    ),
}

# Kinds: words naming one of several things of the same kind (an office, a group of
# people, a unit, a drink). A statement that names another member of the kind than its
# aligned source names a different fact ("the provincial government" for "the federal
# government", "weeks" for "months"); within a set the words are paraphrases. Kinds
# hold no word for the whole kind ("vehicle", "people"): naming the kind generalises.
def _kind(*steps: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(step.split()) for step in steps)


KINDS: dict[str, tuple[frozenset[str], ...]] = {
    "jurisdiction": _kind("federal national nationwide", "provincial", "municipal", "local", "regional",
                          "international global worldwide"),
    "time_of_day": _kind("morning", "afternoon", "evening", "night overnight", "midnight", "noon midday"),
    "season": _kind("spring", "summer", "autumn", "winter"),
    "period": _kind("hourly", "daily", "weekly", "monthly", "annual annually yearly"),
    "duration": _kind("minute", "hour", "day", "week", "month", "year", "decade", "century"),
    "currency": _kind("dollar", "euro", "yen", "yuan renminbi", "rupee", "franc", "rouble ruble", "peso"),
    "length": _kind("mile", "kilometer kilometre km", "meter metre", "foot feet", "inch", "centimeter centimetre cm"),
    "office": _kind("president", "chancellor", "senator", "governor", "mayor", "judge justice", "prosecutor",
                    "lawyer attorney", "ceo", "chairman chairwoman chairperson", "founder", "ambassador",
                    "spokesman spokeswoman spokesperson", "king", "queen", "prince", "princess", "pope",
                    "coach manager", "captain"),
    "group": _kind("human humans humanity mankind", "animal", "bird", "poultry chicken hen", "cattle cow",
                   "pig swine hog", "dog", "cat", "horse", "fish", "child kid", "adult", "teenager teen adolescent",
                   "student pupil", "teacher", "patient", "doctor physician", "nurse", "worker employee staff",
                   "resident inhabitant", "tourist visitor", "soldier troop", "civilian", "voter",
                   "customer consumer shopper client", "investor shareholder", "passenger", "driver",
                   "fan supporter", "player athlete"),
    "device": _kind("phone smartphone cellphone", "laptop computer pc", "tablet", "tv television"),
    "transport": _kind("car", "truck lorry", "bus", "train", "plane aircraft airplane jet", "ship boat vessel",
                       "bicycle bike", "motorcycle motorbike"),
    "crime": _kind("murder", "manslaughter", "assault", "robbery", "theft", "fraud", "rape",
                   "kidnapping abduction", "burglary"),
    "drink": _kind("coffee", "tea", "water", "milk", "juice", "beer", "wine", "soda"),
    "fuel": _kind("oil petroleum crude", "gas", "coal", "electricity power", "hydrogen", "diesel", "petrol gasoline"),
    "disaster": _kind("earthquake quake", "flood flooding", "fire wildfire blaze", "storm hurricane typhoon cyclone",
                      "drought", "tornado", "explosion blast", "tsunami", "landslide mudslide"),
    "metal": _kind("gold", "silver", "bronze", "copper", "iron", "steel", "aluminium aluminum"),
}


def kind_step(lemma: str) -> tuple[str, int] | None:
    """The kind and member a lemma names, or None."""
    for kind, steps in KINDS.items():
        for number, step in enumerate(steps):
            if lemma in step:
                return kind, number
    return None


# Words that bound a number from above or below, or only approximate it: "about 300"
# may paraphrase "300", "less than 300" may not. Two-word bounds are read by their
# first word with the next ("at least", "up to").
APPROXIMATE = frozenset("about around approximately roughly some nearly almost estimated close circa".split())
LOWER_BOUND = frozenset("more over above least exceed exceeding beyond upwards".split())
UPPER_BOUND = frozenset("less fewer under below most up within".split())

# Words that set a clause against what comes before ("despite the ban"): added to a
# statement whose source has none, they invert how two facts relate.
CONCESSIVE = frozenset("despite although though notwithstanding nevertheless nonetheless spite".split())
CONTRAST = CONCESSIVE | frozenset("but however yet whereas".split())
# Words that give a cause: added where the source gives none, they invent why something happened.
CAUSAL = frozenset("because due cause owing thanks consequently therefore".split())


# The units of time a deictic word ("last", "this", "next") dates.
TIME_UNITS = frozenset("year week month day weekend season quarter decade century morning night "
                       "summer winter spring autumn".split())


def scale_step(lemma: str, following: str = "") -> tuple[str, int] | None:
    """The scale family and step a lemma stands at, or None.

    ``following`` is the next word's lemma: the deictic words stand on their scale
    only before a unit of time ("last year", not "the last word").
    """
    for family, steps in SCALES.items():
        for number, step in enumerate(steps):
            if lemma in step and (family != "deixis" or following in TIME_UNITS):
                return family, number
    return None


def number_bound(words: list[str], position: int) -> str:
    """How the words before ``words[position]`` (a number) bound it: approximate, lower, upper or exact.

    ``words`` are lower-cased; "more than 300" is lower, "at most 5" upper, "about 300"
    approximate, a bare number exact.
    """
    before = words[max(0, position - 3):position]
    if before[-1:] == ["than"] and len(before) >= 2:
        head = before[-2]
        return "lower" if head in {"more", "greater", "higher", "over"} else (
            "upper" if head in {"less", "fewer", "lower"} else "exact")
    for word in reversed(before[-2:]):
        if word in APPROXIMATE:
            return "approximate"
        if word in LOWER_BOUND:
            return "lower"
        if word in UPPER_BOUND:
            return "upper"
    return "exact"
