"""Word lists for the consistency checker: negations, opposite pairs, negating prefixes.

Why hand-written lists and not WordNet: the checker must run offline with no
download (NLTK's WordNet is a separate data download), and the edits it has to
catch are the everyday opposites an editor or a model makes ("rise"/"fall",
"most"/"least", "accept"/"reject"). The pairs are general English, written
from the usual antonym pairs of news prose, not from any evaluation text.
"""

from __future__ import annotations

# Words that negate the clause they stand in (spaCy marks most with the ``neg`` dependency;
# the list also catches "without", "never" and "no" as a determiner).
NEGATION_WORDS = frozenset(
    "not n't no never without none nobody nothing neither nor cannot nowhere".split()
)

# Prefixes that turn a word into its opposite ("controlled" -> "uncontrolled").
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "mis", "de", "anti", "counter")
# The prefixes that negate almost whenever they stand before a word the source uses
# ("dis" + "closed" and "in" + "formed" do not).
STRICT_PREFIXES = ("un", "non")

_PAIRS = """
increase decrease; increase decline; increase drop; increase fall; increase reduce; increase cut;
rise fall; rise drop; rise decline; raise lower; raise cut; grow shrink; gain loss; gain lose;
up down; high low; higher lower; highest lowest; more less; more fewer; most least; many few;
large small; big small; larger smaller; largest smallest; long short; longer shorter;
early late; earlier later; first last; before after; begin end; start end; start stop; open close;
win lose; won lost; victory defeat; success failure; succeed fail; pass fail;
accept reject; approve reject; approve deny; allow ban; allow forbid; allow prohibit; permit ban;
support oppose; agree disagree; confirm deny; admit deny; include exclude; add remove;
buy sell; import export; lend borrow; give take; send receive; push pull; enter leave; arrive depart;
hire fire; join leave; attack defend; guilty innocent; legal illegal; public private; domestic foreign;
positive negative; good bad; better worse; best worst; strong weak; stronger weaker; rich poor;
safe dangerous; easy difficult; easy hard; possible impossible; likely unlikely; certain uncertain;
new old; young old; modern ancient; past future; old recent; ancient recent; temporary permanent;
voluntary mandatory; voluntary compulsory; optional mandatory; optional required; required forbidden;
inside outside; internal external; north south; east west; left right; above below; over under;
full empty; hot cold; warm cool; heavy light; fast slow; quick slow; cheap expensive; wet dry;
alive dead; live die; born die; birth death; love hate; praise criticize; welcome condemn;
friend enemy; ally enemy; peace war; calm violent; quiet loud; true false; real fake; correct wrong;
right wrong; same different; similar different; always never; all none; everyone nobody;
major minor; maximum minimum; majority minority; boost cut; boost reduce; expand reduce; expand shrink;
strengthen weaken; tighten loosen; tighten ease; hawkish dovish; surplus deficit; profit loss;
export import; inflow outflow; save spend; ahead behind; forward back; continue stop; resume halt;
keep delete; keep remove; install uninstall; install remove; show hide; reveal conceal; remember forget;
find lose; include omit; arrest release; convict acquit; guilty acquitted; male female; man woman;
men women; boy girl; husband wife; father mother; son daughter; brother sister; king queen;
bold cautious; bold timid; audacious modest; ambitious modest; optimistic pessimistic; hopeful fearful;
surprising expected; unexpected expected; rare common; frequent rare; often rarely; sooner later;
before since; prior subsequent; previous next; previously soon; already yet
"""


def _antonyms() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in _PAIRS.replace("\n", " ").split(";"):
        words = pair.split()
        if len(words) != 2:
            continue
        left, right = words
        table.setdefault(left, set()).add(right)
        table.setdefault(right, set()).add(left)
    return {word: frozenset(opposites) for word, opposites in table.items()}


# Each word with the words of opposite meaning it is listed with (symmetric).
ANTONYMS: dict[str, frozenset[str]] = _antonyms()

# Words that carry number or order meaning as words: a changed one changes a fact.
ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "last next previous half quarter dozen dozens hundreds thousands millions billions".split()
)
