"""What in a statement its source does not support: the evidence the consistency checker weighs.

A summary that is inconsistent with its article is most often the consistent
one with a small edit: a name, number or date swapped, a negation added or
dropped, a word replaced by its opposite, a detail invented. Each of these
leaves a trace that annotation (spaCy, through :mod:`newsbrief.nlp.annotate`'s
:class:`~newsbrief.models.Document`) can see without a model of meaning:

* each statement sentence is aligned to the source sentences that share the
  most of its rarer content words (IDF-weighted overlap of lemmas);
* then counted: content words, names and numbers the whole source lacks; words
  whose negated form (or opposite, :data:`ANTONYMS`)
  stands in the aligned sentences instead; negations the aligned sentences lack
  (or have where the statement has none); pairs of neighbouring statement words
  that the source never uses near each other (swapped names and numbers);
  words that stand where the aligned sentences have a word of the same scale or
  kind (:mod:`newsbrief.nlp.opposites`) or a name of the same type; bounds put
  on a number; a "despite" or a cause the aligned sentences do not give.

:func:`evidence` returns the counts as named features plus the findings that
explain them; :mod:`newsbrief.nlp.consistency` weighs them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsbrief.lexicon import CARDINALS, MONTHS, SPELLED_COUNTS
from newsbrief.models import Document, Token
from newsbrief.nlp.opposites import ANTONYMS, CAUSAL, CONCESSIVE, CONTRAST, kind_step, number_bound, scale_step

# --- Word lists ------------------------------------------------------------------------

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

# Words that carry number or order meaning as words: a changed one changes a fact.
ORDINAL_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "last next previous half quarter dozen dozens hundreds thousands millions billions".split()
)

# --- Features --------------------------------------------------------------------------

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
ALIGNED = 3  # source sentences a statement sentence is compared with: a summary sentence fuses 1-3
ALIGN_SHARE = 0.5  # a source sentence matching less than half as well as the best one is not aligned
NEAR = 8  # tokens: neighbouring statement words further apart than this in the source are not "used together"

FEATURES = (
    "novel_noun", "novel_verb", "novel_modifier", "novel_name", "novel_number", "prefix_opposite", "antonym",
    "negation_added", "negation_dropped", "unaligned_share", "far_pairs", "moved_names", "inserted_detail",
    "scale_swap", "kind_swap", "name_swap", "number_bound", "contrast_added", "cause_added", "log_length",
)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# A negated "be", "have" or "do" says nothing about which fact is negated ("was not determined to be").
LIGHT_VERBS = frozenset({"be", "have", "do"})
COMPLEMENT_DEPS = frozenset({"acomp", "attr", "dobj", "oprd", "xcomp", "ccomp"})
INSERTED_POS = frozenset({"NOUN", "ADJ", "PROPN"})
KIND_POS = INSERTED_POS  # a statement names a kind's member by a noun or adjective ("fired" is no fire)


@dataclass(frozen=True)
class Finding:
    """One thing of a statement sentence its source does not support."""

    kind: str  # a feature name of :data:`FEATURES`
    word: str
    sentence: int  # index of the statement sentence


def key(token: Token) -> str:
    """The form a token is matched by: its lower-case lemma, numbers without separators."""
    if token.like_num and any(c.isdigit() for c in token.text):
        return token.text.replace(",", "").rstrip(".")
    if token.text.lower() in SPELLED_COUNTS:  # "three" and "3" are one number
        return str(CARDINALS[token.text.lower()])
    month = MONTHS.get(token.text.lower().rstrip("."))
    if month and token.text[:1].isupper():  # "Feb." and "February" are one month; "may" is not one
        return f"month-{month}"
    return token.lemma.lower()


def is_content(token: Token) -> bool:
    """A word that carries a fact: content part of speech, or a listed opposite or ordinal."""
    lower = token.text.lower()
    if lower in ANTONYMS or lower in ORDINAL_WORDS or (lower in SPELLED_COUNTS and lower != "one"):
        return True  # spaCy lists "two" and "three" as stop words; "one" is mostly a pronoun
    return token.pos in CONTENT_POS and not token.is_stop and any(c.isalnum() for c in token.text)


def _is_negation(token: Token) -> bool:
    return token.dep == "neg" or token.text.lower() in NEGATION_WORDS


def _prefix(word: str) -> str:
    return word[: max(5, len(word) - 3)]


class SourceIndex:
    """The words of a source document, by sentence, for matching a statement against it."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sentence_keys: list[Counter[str]] = []
        self.positions: list[dict[str, list[int]]] = []
        self.negated: list[bool] = []
        for sentence in document.sentences:
            tokens = document.sentence_tokens(sentence)
            self.sentence_keys.append(Counter(_forms(tokens)))
            places: dict[str, list[int]] = {}
            for offset, token in enumerate(tokens):
                for form in _source_forms(token):
                    places.setdefault(form, []).append(offset)
            self.positions.append(places)
            self.negated.append(any(_is_negation(t) for t in tokens))
        self.words: set[str] = set().union(*self.sentence_keys) if self.sentence_keys else set()
        self.bigrams = {(a.text.lower(), b.text.lower()) for a, b in itertools.pairwise(document.tokens)}
        self.prefixes = {_prefix(w) for w in self.words if len(w) >= 6 and w.isalpha()}
        frequency = Counter(w for keys in self.sentence_keys for w in keys)
        total = max(1, len(self.sentence_keys))
        self.idf = {w: math.log((1 + total) / (1 + n)) + 1 for w, n in frequency.items()}

    def has(self, token: Token) -> bool:
        """True when the source uses the token's word (lemma, surface form or a close inflection)."""
        forms = _token_forms(token)
        if any(form in self.words for form in forms):
            return True
        return any(len(form) >= 6 and form.isalpha() and (_prefix(form) in self.prefixes
                                                          or _prefix(form) in self.words)
                   for form in forms)

    def align(self, tokens: Sequence[Token]) -> list[int]:
        """Indexes of the source sentences that best match a statement sentence's content words."""
        forms = {f for t in tokens if is_content(t) for f in _token_forms(t)}
        scored = [(sum(self.idf.get(f, 0.0) for f in forms if f in keys), i)
                  for i, keys in enumerate(self.sentence_keys)]
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        best = scored[0][0] if scored else 0.0
        return [i for score, i in scored[:ALIGNED] if score > 0 and score >= ALIGN_SHARE * best]


def _token_forms(token: Token) -> tuple[str, ...]:
    return (key(token), token.text.lower().replace(",", ""))


def _source_forms(token: Token) -> tuple[str, ...]:
    """A source token's forms plus its pieces: extraction glues words ("18.Japan's" where a space was lost)."""
    pieces = tuple(p for p in re.split(r"[^\w.%]+|(?<=\D)\.|\.(?=\D)", token.text.lower()) if p)
    return _token_forms(token) + (pieces if len(pieces) > 1 else ())


def _forms(tokens: Sequence[Token]) -> list[str]:
    return [form for token in tokens for form in _source_forms(token)]


def _is_name(token: Token) -> bool:
    """A proper name's word: tagged so, or inside a named entity (the small model tags some names NOUN)."""
    return token.pos == "PROPN" or (token.ent_type in NAME_LABELS and token.pos in {"NOUN", "ADJ"})


def _novel_kind(token: Token) -> str:
    if _is_number(token):
        return "novel_number"
    if _is_name(token):
        return "novel_name"
    if token.pos == "NOUN":
        return "novel_noun"
    return "novel_verb" if token.pos == "VERB" else "novel_modifier"


def _is_number(token: Token) -> bool:
    return token.like_num or token.pos == "NUM" or token.text.lower() in ORDINAL_WORDS


def _stems(word: str) -> set[str]:
    """The word and its crude stems ("protected" -> "protect"), to find a prefixed word's base."""
    found = {word}
    for suffix in ("ed", "d", "ing", "s", "able", "ful"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            found.add(word[: -len(suffix)])
    return found


def _opposite_in(token: Token, words: set[str], listed: bool = True) -> str | None:
    """The kind of opposite of ``token`` that ``words`` hold: a negated form or an antonym.

    Without ``listed`` (a search of the whole source, not the aligned sentences) only the
    prefixes that always negate count ("un", "non"): "disclosed" is not "closed" negated.
    """
    word = token.text.lower()
    lemma = token.lemma.lower()
    for prefix in NEGATING_PREFIXES if listed else STRICT_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and _stems(word[len(prefix):]) & words:
            return "prefix_opposite"
        if prefix + word in words or prefix + lemma in words:
            return "prefix_opposite"
    if listed and (ANTONYMS.get(word, frozenset()) | ANTONYMS.get(lemma, frozenset())) & words:
        return "antonym"
    return None


def _sentence_findings(index: SourceIndex, tokens: Sequence[Token], number: int) -> list[Finding]:
    aligned = index.align(tokens)
    near_words: set[str] = set().union(*(index.sentence_keys[i] for i in aligned)) if aligned else set()
    findings: list[Finding] = []
    for position, token in enumerate(tokens):
        if not is_content(token):
            continue
        forms = _token_forms(token)
        in_aligned = any(f in near_words for f in forms)
        opposite = None if in_aligned else _opposite_in(token, near_words)
        if not opposite and not index.has(token):
            # A word the source lacks whose base or negated form it uses anywhere ("unprotected"
            # where it says "protect"); listed antonyms count only near, as "more"/"less" are common.
            opposite = _opposite_in(token, index.words, listed=False)
        if opposite:
            findings.append(Finding(opposite, token.text, number))
        elif _is_number(token) and any(c.isdigit() for c in token.text) and not in_aligned:
            findings.append(Finding("novel_number", token.text, number))
        elif not index.has(token):
            findings.append(Finding(_novel_kind(token), token.text, number))
            if _inserted(index, tokens, position):
                findings.append(Finding("inserted_detail", token.text, number))
        elif token.ent_type in NAME_LABELS and not in_aligned:
            findings.append(Finding("moved_names", token.text, number))
    findings += _negation_findings(index, tokens, aligned, number)
    findings += _scale_findings(index, tokens, aligned, number)
    findings += _far_pairs(index, tokens, number)
    return findings


def _inserted(index: SourceIndex, tokens: Sequence[Token], position: int) -> bool:
    """A new noun or adjective standing between two words the source has side by side.

    "an American woman who fell" where the source says "an American who fell": a detail
    added, not a word replaced (a paraphrase replaces a source word, so its neighbours are
    not adjacent in the source). Verbs and adverbs are left out: paraphrases insert them
    ("would undertake", "precisely as") as often as edits do.
    """
    token = tokens[position]
    if token.pos not in INSERTED_POS or position == 0 or position + 1 >= len(tokens):
        return False
    return (tokens[position - 1].text.lower(), tokens[position + 1].text.lower()) in index.bigrams


def _negated_word(negation: Token, tokens: Mapping[int, Token]) -> Token | None:
    """The word a negation denies: its head, or the complement of a negated "be"/"have"/"do" clause.

    "The decision was not easy" negates "easy"; "to be" without a subject of its own
    ("was not determined to be a threat") tells nothing, so it gives None.
    """
    head = tokens.get(negation.head)
    if head is None:
        return None
    if key(head) not in LIGHT_VERBS:
        return head
    if not any(t.head == head.i and t.dep in {"nsubj", "nsubjpass", "expl"} for t in tokens.values()):
        return None
    complements = [t for t in tokens.values() if t.head == head.i and t.dep in COMPLEMENT_DEPS]
    return complements[0] if complements else None


def _negated_and_plain(tokens: Sequence[Token]) -> tuple[set[str], set[str]]:
    """Words of ``tokens`` that a negation denies, and words that occur without one."""
    by_index = {t.i: t for t in tokens}
    denied = {w.i: w for t in tokens if _is_negation(t) and (w := _negated_word(t, by_index))}
    plain = {key(t) for t in tokens if not _is_negation(t) and t.i not in denied}
    return {key(t) for t in denied.values()}, plain


def _negation_findings(index: SourceIndex, tokens: Sequence[Token], aligned: list[int],
                       number: int) -> list[Finding]:
    """Negated words of the statement the aligned source states plainly, and the reverse.

    An added negation counts only when the best-aligned sentence has fewer negations
    than the statement sentence, or when a word the source negates stands in the
    statement plainly (the negation moved: "did not say whether it would appeal" ->
    "said it would not appeal"); "was not regarded as" may paraphrase "was not
    considered", "there will be no ban" may paraphrase "a ban will not be introduced".
    """
    document = index.document
    source_tokens = [t for i in aligned for t in document.sentence_tokens(document.sentences[i])]
    source_negated, source_plain = _negated_and_plain(source_tokens)
    negated, plain = _negated_and_plain(tokens)
    best = document.sentence_tokens(document.sentences[aligned[0]]) if aligned else ()
    moved_or_more = sum(map(_is_negation, tokens)) > sum(map(_is_negation, best)) or bool(source_negated & plain)
    findings = [Finding("negation_added", word, number) for word in sorted(negated - source_negated)
                if moved_or_more and (word in source_plain or not source_negated)]
    findings += [Finding("negation_dropped", word, number)
                 for word in sorted((source_negated - source_plain) & plain) if word.isalpha()]
    return findings


def _scale_findings(index: SourceIndex, tokens: Sequence[Token], aligned: list[int],
                    number: int) -> list[Finding]:
    """Words moved along a scale, bounds put on a number, contrasts the aligned source does not draw.

    "required" where the aligned sentences say "allowed" (and never "required"), "less
    than 300" where they say "about 300", "despite" where they set nothing against anything.
    """
    document = index.document
    source = [t for i in aligned for t in document.sentence_tokens(document.sentences[i])]
    source_steps = {step for p in range(len(source)) if (step := _scale_step(source, p)) is not None}
    findings = []
    for position, token in enumerate(tokens):
        step = _scale_step(tokens, position)
        if step is not None and step not in source_steps and any(family == step[0] for family, _ in source_steps):
            findings.append(Finding("scale_swap", token.text, number))
        if _kind_swapped(tokens, position, source):
            findings.append(Finding("kind_swap", token.text, number))
        elif _name_swapped(tokens, position, source):
            findings.append(Finding("name_swap", token.text, number))
    words = [t.text.lower() for t in tokens]
    source_words = [t.text.lower() for t in source]
    for position, token in enumerate(tokens):
        if not (token.like_num and any(c.isdigit() for c in token.text)):
            continue
        bound = number_bound(words, position)
        if bound not in {"lower", "upper"}:
            continue
        places = [p for p, t in enumerate(source) if key(t) == key(token)]
        if places and all(number_bound(source_words, p) != bound for p in places):
            findings.append(Finding("number_bound", " ".join(words[max(0, position - 2):position + 1]), number))
    lemmas = {key(t) for t in tokens}
    if lemmas & CONCESSIVE and not {key(t) for t in source} & CONTRAST:
        findings.append(Finding("contrast_added", sorted(lemmas & CONCESSIVE)[0], number))
    if lemmas & CAUSAL and not {key(t) for t in source} & CAUSAL:
        findings.append(Finding("cause_added", sorted(lemmas & CAUSAL)[0], number))
    return findings


def _scale_step(tokens: Sequence[Token], position: int) -> tuple[str, int] | None:
    following = key(tokens[position + 1]) if position + 1 < len(tokens) else ""
    return scale_step(key(tokens[position]), following)


def _context(tokens: Sequence[Token], position: int) -> set[str]:
    """A token's neighbours and head, as keys, prefixed by where they stand."""
    token = tokens[position]
    found = {"head:" + key(t) for t in tokens if t.i == token.head and t.i != token.i}
    if position > 0:
        found.add("left:" + key(tokens[position - 1]))
    if position + 1 < len(tokens):
        found.add("right:" + key(tokens[position + 1]))
    return found


def _same_place(tokens: Sequence[Token], position: int, source: Sequence[Token], place: int) -> bool:
    """Whether a statement token and a source token stand in the same place: two of neighbours and head shared.

    A head that is also the statement token's neighbour counts once ("storms damaged"
    and "flooding damaged" share one word, not two).
    """
    shared = _context(tokens, position) & _context(source, place)
    token = tokens[position]
    head_is_neighbour = any(0 <= position + step < len(tokens) and tokens[position + step].i == token.head
                            for step in (-1, 1))
    count = len(shared) - (1 if head_is_neighbour and any(c.startswith("head:") for c in shared)
                           and len(shared) > 1 else 0)
    return count >= 2


def _kind_swapped(tokens: Sequence[Token], position: int, source: Sequence[Token]) -> bool:
    """The token names a member of a kind where the aligned source names another in the same place.

    "a threat to animals" where the source says "a threat to humans": the source word
    is of the token's kind, absent from the statement, and shares a neighbour or the
    head with the token; a member of the kind named elsewhere in the sentences does not count.
    """
    step = kind_step(key(tokens[position])) if tokens[position].pos in KIND_POS else None
    if step is None:
        return False
    statement_keys = {key(t) for t in tokens}
    context = _context(tokens, position)
    same, other = False, False
    for place, word in enumerate(source):
        found = kind_step(key(word))  # any tag: the small model tags some source nouns VERB ("to manslaughter")
        if found is None or found[0] != step[0]:
            continue
        same |= found == step and bool(context & _context(source, place))
        other |= (found != step and key(word) not in statement_keys
                  and _same_place(tokens, position, source, place))
    return other and not same


def _name_swapped(tokens: Sequence[Token], position: int, source: Sequence[Token]) -> bool:
    """A name the aligned source lacks, standing where the source has another name of its type.

    "Employees of the European Parliament" where the aligned sentence says "of the
    European Commission": the same entity type, a shared neighbour or head.
    """
    token = tokens[position]
    if token.ent_type not in NAME_LABELS or not _is_name(token):
        return False
    forms = set(_token_forms(token))
    if any(forms & set(_token_forms(t)) for t in source):
        return False
    statement_keys = {key(t) for t in tokens}
    context = _context(tokens, position)
    return any(t.ent_type == token.ent_type and _is_name(t) and key(t) not in statement_keys
               and context & _context(source, p) for p, t in enumerate(source))


def _far_pairs(index: SourceIndex, tokens: Sequence[Token], number: int) -> list[Finding]:
    """Neighbouring content words of the statement that no source sentence has within NEAR tokens."""
    content = [t for t in tokens if (_is_name(t) or (t.pos == "NUM" and any(c.isdigit() for c in t.text)))
               and index.has(t)]
    findings = []
    punctuation = {t.i for t in tokens if t.pos == "PUNCT"}
    for left, right in itertools.pairwise(content):
        if right.i - left.i > 3 or any(left.i < p < right.i for p in punctuation):
            continue  # not one phrase: "since 2018, the board"
        if not _used_together(index, left, right):
            findings.append(Finding("far_pairs", f"{left.text} {right.text}", number))
    return findings


def _used_together(index: SourceIndex, left: Token, right: Token) -> bool:
    for places in index.positions:
        a = [p for f in _token_forms(left) for p in places.get(f, ())]
        b = [p for f in _token_forms(right) for p in places.get(f, ())]
        if a and b and min(abs(x - y) for x in a for y in b) <= NEAR:
            return True
    return False


def evidence(source: Document | SourceIndex, statement: Document) -> tuple[dict[str, float], list[Finding]]:
    """Features (named as in :data:`FEATURES`) and findings of ``statement`` against ``source``."""
    index = source if isinstance(source, SourceIndex) else SourceIndex(source)
    findings: list[Finding] = []
    content = 0
    aligned_share: list[float] = []
    for number, sentence in enumerate(statement.sentences):
        tokens = statement.sentence_tokens(sentence)
        findings += _sentence_findings(index, tokens, number)
        content += sum(1 for t in tokens if is_content(t))
        aligned_share.append(_unaligned_share(index, tokens))
    counts = Counter(f.kind for f in findings)
    features = {name: float(counts.get(name, 0)) for name in FEATURES}
    features["unaligned_share"] = max(aligned_share, default=0.0)
    features["log_length"] = math.log1p(content)
    return features, findings


def _unaligned_share(index: SourceIndex, tokens: Sequence[Token]) -> float:
    """Share of a statement sentence's content words its aligned source sentences lack."""
    aligned = index.align(tokens)
    words: set[str] = set().union(*(index.sentence_keys[i] for i in aligned)) if aligned else set()
    content = [t for t in tokens if is_content(t)]
    if not content:
        return 0.0
    return sum(1 for t in content if not any(f in words for f in _token_forms(t))) / len(content)

