"""Numbers of scene and biography that a reader deletes from key figures (reader Audit 17, 18.4 item 10).

Audit 17 found seven of the section's items deletable; three were no figure of the story at all:

* a vague count in a scene: "a ripple flowed through the crowd of thousands" describes the crowd, it
  counts nothing the story reports (a "crowd of thousands", "a throng of hundreds", "an audience of
  millions"). "Thousands of people marched" stays: there the count is the subject of what happened;
* one person's family: "her 11 surviving relatives" (a reader's letter) is a detail of her life, not a
  toll. A family count under a toll verb ("killed his three children") stays: that is what happened;
* a vague amount setting the scene of a clause: "With billions of dollars at stake, lawyers ... are
  preparing" was shown as "billions of dollars — stake lawyers for both sides are preparing" (a referent
  cut, as Audit 17's "billions of dollars"). A written amount ("With $5bn at stake") is left as it is;
* the look of a place: "10 giant video screens around the square" is a small count of things told by
  their size or look, set up or standing there. Objects only: a subject ("two huge blasts shook the
  city") is what happened.

Plain rules over the dependency parse the figure modules already walk; no new library.
"""

from __future__ import annotations

from newsbrief.analyze.figure_measures import PEOPLE_NOUNS, Figure
from newsbrief.analyze.figure_parse import ParsedSentence
from newsbrief.analyze.figure_trivia import classifying_or_descriptive
from newsbrief.lexicon import CARDINALS

# Nouns of a gathering that "of thousands" describes.
_GATHERINGS = frozenset("crowd throng audience sea mass gathering multitude horde army swarm procession".split())
_VAGUE = frozenset("dozens scores hundreds thousands millions tens".split())
# A person's family: counted by a possessive pronoun it is biography, not a fact of the story.
_KIN = frozenset("relative child son daughter brother sister sibling cousin grandchild grandson granddaughter "
                 "nephew niece aunt uncle parent kid grandparent".split())
_PERSONAL = frozenset({"my", "your", "his", "her", "our", "their"})
# Verbs under which a family count is the story's toll ("killed his three children").
_TOLL_VERBS = frozenset("kill die murder shoot injure wound lose miss abduct kidnap drown bury stab".split())
# Adjectives of size or look: a small count of things so described is the look of a scene.
_LOOKS = frozenset("giant huge massive enormous vast tiny big large small colourful colorful bright gleaming "
                   "towering".split())
SCENE_BELOW = 20  # a scene's things are few; tuned on the Audit 17 cases ("10 giant video screens")


def _value(s: ParsedSentence, figure: Figure) -> int | None:
    """The figure's count when it is one plain number ("11", "ten"), else None."""
    if figure.value_end - figure.value_start != 1:
        return None
    word = s.text(figure.value_start).lower().replace(",", "")
    return int(word) if word.isdigit() else CARDINALS.get(word)


def _crowd(s: ParsedSentence, figure: Figure) -> bool:
    """A vague count that only describes a gathering: "the crowd of thousands"."""
    i = figure.value_start
    if figure.noun is not None or s.text(i).lower() not in _VAGUE or s.tok(i).dep != "pobj":
        return False
    of = s.head(i)
    return s.text(of).lower() == "of" and s.tok(s.head(of)).lemma.lower() in _GATHERINGS


def _family(s: ParsedSentence, figure: Figure) -> bool:
    """A count of one person's family, outside a toll: "her 11 surviving relatives"."""
    if figure.noun is None or s.tok(figure.noun).lemma.lower() not in _KIN:
        return False
    if not any(s.tok(c).dep == "poss" and s.text(c).lower() in _PERSONAL for c in s.children[figure.noun]):
        return False
    i = figure.noun
    for _ in range(6):  # up to the verbs above the family: a toll verb makes it the story
        if s.tok(i).lemma.lower() in _TOLL_VERBS:
            return False
        if s.head(i) == i:
            break
        i = s.head(i)
    return True


def _looks(s: ParsedSentence, figure: Figure) -> bool:
    """A small count of things told by their size or look, as an object: "set up 10 giant video screens"."""
    if figure.noun is None or s.tok(figure.noun).dep not in ("dobj", "pobj", "attr"):
        return False
    count = _value(s, figure)
    lemma = s.tok(figure.noun).lemma.lower()
    if count is None or count >= SCENE_BELOW or lemma in PEOPLE_NOUNS:
        return False
    return any(s.tok(c).dep == "amod" and s.text(c).lower() in _LOOKS for c in s.children[figure.noun])


def _fronted_with(s: ParsedSentence, figure: Figure) -> bool:
    """A vague amount in a "with" phrase before its verb: "With billions of dollars at stake, ..."."""
    i = figure.value_start
    if not figure.spelled or s.tok(i).dep != "pobj":
        return False
    with_ = s.head(i)
    return s.text(with_).lower() == "with" and s.head(with_) > with_ and s.tok(s.head(with_)).pos in ("VERB", "AUX")


def scene_or_biography(s: ParsedSentence, figure: Figure) -> bool:
    """True for a count that describes a scene or one person's family, not the story (see above)."""
    return _crowd(s, figure) or _family(s, figure) or _looks(s, figure) or _fronted_with(s, figure) \
        or classifying_or_descriptive(s, figure)  # kinds, a career, a place's wildlife, calories (Audit 18)


__all__ = ["SCENE_BELOW", "scene_or_biography"]
