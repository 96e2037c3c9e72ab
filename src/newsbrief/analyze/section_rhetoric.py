"""Sentences with a word of advice that advise no one: a rhetorical "no-one should" and an inference.

Reader Audit 37 (docs/audit.md 38.4, item 3) found two in Recommendations: a UN spokesman's "no-one should
underestimate the difficulties of operating in a country like Haiti" says that it is hard, and "an audio address
in which he called on his people to fight could suggest he is under mounting pressure" is the writer's inference
about a call, not a call. A "no one should" with a verb of thinking is the first kind ("no one should doubt /
be surprised / forget"); "no one should be left without shelter" asks for something and stays. A "could / may /
would suggest (that) he ..." reads a sign; when a "should" or "must" follows it ("the figures suggest the government
should act"), the call stands and the sentence stays. Reader Audit 38 added a poll's finding ("57 percent of
Americans don't think the United States should be involved"): what people think, not a call. Session 24 (Audit 38
#6, a piece that weighs five options for a president): an option a piece lists ("Option one: the government should
cut the tax", "A second option is to urge the firms to ...") is weighed, not urged; the writer's verdict among them
("In the end, the government should help the poorest") and "the best / only option is to ..." stay calls.
Session 24 round 2: an inference with "must be" before a word of need or truth ("must be necessary", "must be true").

Session 32 (reader Audit 48 #6, docs/audit.md 49.2): a column quoted a president's line that the spill "underscores the
urgent need to develop clean, renewable sources of energy" and answered it in the next sentence: "There's a word for
spouting virtuous environmental rhetoric ... and that word is greenwashing". The quoted call is the talk the column
mocks, no recommendation (:func:`empty_rhetoric`). The writer frames a call so by the words around it: "talked of
the need to", "the usual calls for", "paid lip service to", or a verdict in the next sentences that brands it as talk
(rhetoric, greenwashing, lip service, hot air, empty words, platitudes, window dressing, a PR stunt). A reported call
the writer does not so answer ("She is right, and ...") stays, and so does the writer's own call.
"""

from __future__ import annotations

import re

from newsbrief.models import Document, Sentence

__all__ = ["NOT_CALL_PATTERNS", "empty_rhetoric"]

_NOBODY_SHOULD = re.compile(
    r"\b(?:no[- ]?one|nobody)\s+(?:should|must|needs? to)\s+(?:ever\s+)?(?:underestimate|overestimate|doubt|"
    r"be surprised|be under any illusion|be in any doubt|think|imagine|assume|pretend|forget|mistake)\b", re.I)
_INFERRED = re.compile(
    r"\b(?:could|may|might|would|will|seems? to|appears? to)\s+(?:suggest|indicate|signal|mean)\s+(?:that\s+)?"
    r"(?:he|she|it|they|we|the|this|his|her|its|their)\b(?![^.;]*\b(?:should|must|ought to)\b)", re.I)

# A survey's finding (reader Audit 38 #6: "A new poll finds that 57 percent of Americans don't think that the United
# States should be involved" was a piece's only Recommendation): a share of people who think, believe or say something
# "should" be done reports what they think; the brief's reader is urged nothing. "Most residents want the council to
# act, and it should" has no share of people before a verb of thinking and stays a call.
_POLLED = re.compile(
    r"\b(?:\d[\d.,]*\s*(?:%|percent|per cent)|(?:a|the) (?:slim |large |clear )?majority|most|"
    r"(?:nearly |almost |about )?(?:half|two[- ]thirds|three[- ]quarters|a third|a quarter))"
    r"\s+of\s+(?:all\s+|the\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:do|does|did)(?:n't| not)\s+)?(?:think|thinks|believe|believes|say|says|said|feel|feels|agree|agreed|"
    r"agrees|want|wants|favou?r|oppose|support)\b", re.I)

# An option named as one of several: "Option two:", "One option is", "Another choice would be", "A third
# alternative:", "The fifth course is". Counting words only: "the best option is" and "the only choice is" judge,
# and so do "has only one option:" and "Ministers have one choice: they must ..." (the sole option, a call; review of
# session 24).
_COUNTED = (r"(?:(?<!only )(?<!just )(?<!has )(?<!have )(?<!had )(?<!face )(?<!faces )(?<!faced )one|another|"
            r"a (?:first|second|third|fourth|fifth|sixth|further)|the (?:first|second|third|fourth|"
            r"fifth|sixth|other|next|last|final)|(?:an|the) (?:other|alternative))")
_OPTION = re.compile(
    r"^\W*(?:(?:but|and|so)\s+)?(?:option|choice|alternative)\s+(?:one|two|three|four|five|six|\d|[a-e])\b|"
    r"\b" + _COUNTED + r"\s+(?:\w+\s+)?(?:option|choice|alternative|possibility|course(?: of action)?)"
    r"\s*(?::|,?\s*(?:then,?\s+)?(?:is|would be|will be|might be|could be|may be)\s+(?:to|for|that)\b)", re.I)

# An inference told with "must be" (session 24, a reader's comment: "Alcohol must be necessary to cut the taste of
# the energy drinks"): "must be" before a word of need or of truth says what the writer infers is so; a "must" that
# obliged would be redundant with "necessary" and makes no sense with "true". "Schools must be safe" and "The rules
# must be changed" have no such word and stay calls.
_INFERENCE = re.compile(r"\bmust(?: not|n't)? be (?:\w+ly )?(?:necessary|needed|true|false|wrong|mistaken|"
                        r"the case|the reason|why|because|due to|to blame)\b", re.I)

# A standard's level (reader Audit 40 #3: "the threshold to trigger an invasion ... has to be high and has not yet been
# reached" was a piece's only Recommendation): how high a threshold, bar or hurdle "has to be" states a standard that
# is met or not, and urges no one. "The council has to raise the bar" names an act and stays.
_STANDARD = re.compile(r"\b(?:threshold|bar|hurdle|standard|benchmark)\b[^.;:]{0,80}?\b(?:has to|have to|must|"
                       r"needs? to|should|ought to) be (?:\w+ly |very |so |set )?"
                       r"(?:high|higher|low|lower|met|reached|clear)\b", re.I)

# A feeling the writer expects of a fair reader (the lead's reading of Audit 40 #6 after session 26's merge: "Anyone who
# doesn't hate him has to feel a little badly for Obama" was a column's Recommendation): "has to feel", "must marvel",
# "one has to wonder", "you have to admire/laugh" name no act for anyone to take. "should feel free to" grants one and
# stays a call.
_FEELING = re.compile(r"\b(?:ha(?:s|ve|d) to|must|ought to)\s+(?:\w+ly\s+)?(?:feel(?!\s+free\b)|wonder|admire|marvel|"
                      r"laugh|smile|pity|sympathi[sz]e|respect|envy)\b", re.I)


# A rallying line (reader Audit 41 #7: a survivor's "Terrible, just terrible but we must muster all our strengths" and
# "Let us be strong for Haiti" were a blog post's only Recommendation): "we" urged to be strong, stand together, keep
# hope or gather strength asks for a state of spirit, not an act anyone can take. "We must rebuild the clinics" and
# "Let us open the borders to aid" name an act and stay calls.
_SPIRIT = (r"(?:be|stay|remain|keep)\s+(?:\w+ly\s+)?(?:strong|united|together|hopeful|positive|brave|calm|"
           r"courageous|resilient|strong\s+and\s+\w+)\b|"
           r"(?:muster|summon|gather|find|draw\s+on)\s+(?:all\s+|up\s+)?(?:of\s+)?(?:our|your)\s+(?:\w+\s+)?"
           r"(?:strengths?|courage|energy|energies|resolve|spirit)\b|"
           r"(?:never|not)\s+(?:give\s+up|lose\s+(?:hope|heart|faith))\b|"
           r"(?:keep|hold\s+on\s+to)\s+(?:the\s+|our\s+|your\s+)?(?:faith|hope|spirits?\s+up)\b|"
           r"stand\s+(?:together|united|as\s+one|shoulder\s+to\s+shoulder)\b|pray\b")
_RALLYING = re.compile(r"(?:\b(?:we|you)\s+(?:all\s+)?(?:must|should|need\s+to|have\s+to|'ve\s+got\s+to|"
                       r"ought\s+to)\s+(?:all\s+)?|(?:^|[.!;:,]\s*|\bbut\s+)let(?:'s|\s+us)\s+(?:all\s+)?)(?:"
                       + _SPIRIT + ")", re.I)

# A question put to the reader (session 29; an audit found a writer's "we should ask" among an article's
# Recommendations): "We should ask ourselves why the dock was left to rot", "we must ask who gains", "the question we
# have to ask is whether" raise a question, they urge no act. "We should ask the government for help" asks a party
# for something and stays a call.
_ASKED = re.compile(r"\b(?:we|you|one|i)\s+(?:all\s+)?(?:must|should|need\s+to|have\s+to|ought\s+to)\s+"
                    r"(?:also\s+|first\s+|now\s+|then\s+|really\s+|seriously\s+)?(?:ask|wonder|question|consider)\s+"
                    r"(?:ourselves\s+|yourself\s+|yourselves\s+|oneself\s+|myself\s+)?"
                    r"(?:why|whether|how|what|who|whom|whose|if|where|when|which)\b|"
                    r"\b(?:the|a)\s+question\s+(?:that\s+)?(?:we|you|one|i|everyone)\s+(?:must|should|need\s+to|"
                    r"have\s+to|ought\s+to)\s+ask\b", re.I)


# An expectation or an inference told with a modal of obligation (session 32's check on t17 columns: "Now this ought to
# be interesting." and "There must be many more diseases in Mexico that claim more victims." were Recommendations):
# "should / ought to be" before a word of interest says what the writer expects a thing to be, and "there must be"
# before a count ("many", "dozens", "thousands") infers how many there are. "There must be an inquiry" and "The
# hearing should be public" name what is wanted and stay calls.
_EXPECTED = re.compile(r"\b(?:should|ought to|must)(?: surely)? be (?:\w+ly )?(?:interesting|fun|fascinating|"
                       r"entertaining|intriguing|instructive|revealing|telling|quite a sight|a sight to see|"
                       r"worth watching)\b|"
                       r"\bthere (?:must|should) (?:surely )?be (?:many|so many|countless|dozens|hundreds|thousands|"
                       r"millions|plenty|lots|scores|numerous)\b", re.I)


NOT_CALL_PATTERNS = (_NOBODY_SHOULD, _INFERRED, _POLLED, _OPTION, _INFERENCE, _STANDARD, _FEELING, _RALLYING, _ASKED,
                     _EXPECTED)



# The call told as mere talk in its own sentence: "talked of the urgent need to", "the usual calls for calm",
# "paid lip service to reform".
_TALKED = re.compile(
    # Plain "spoke of the need to" is how news reports a call, so only verbs that mock the telling count here.
    r"\b(?:waxed|waxes|waxing|gushed|gushes|gushing)\s+(?:\w+ly\s+)?(?:of|about)\s+(?:the\s+|an?\s+)?"
    r"(?:urgent\s+|pressing\s+|dire\s+|real\s+)?(?:need|necessity|importance|imperative|duty)\b|"
    r"\bthe\s+usual\s+(?:\w+\s+)?(?:calls?|pleas?|appeals?|rhetoric|platitudes?|promises|pledges|exhortations?|talk|"
    r"words|refrain|mantra)\b|"
    r"\b(?:pa(?:y|ys|id|ying))\s+lip[- ]service\b", re.I)
# The writer's verdict on what was said, in the sentences after it: words that brand talk as empty.
_BRANDED = re.compile(
    # Bare "rhetoric" is no verdict ("The rhetoric has escalated"); "empty rhetoric" and the like are, below.
    r"\b(?:greenwash\w*|whitewash\w*|lip[- ]service|hot air|platitudes?|window[- ]dressing|"
    r"talk is cheap|posturing|grandstanding|virtue[- ]signall?\w*|soundbites?|buzzwords?|"
    r"(?:empty|hollow|fine|warm|mere|pious|noble)\s+(?:words|promises|talk|rhetoric|gestures?|slogans?|phrases|"
    r"sentiments|pledges)|(?:pr|public[- ]relations|publicity)\s+(?:stunt|exercise|gimmick))\b", re.I)
# Who says it: a call is reported when a verb of saying has a subject other than the writer's "I" or "we".
_SAYING = frozenset("say tell declare announce insist argue claim stress underline underscore emphasise emphasize "
                    "pledge promise vow proclaim add write tweet urge call speak talk".split())
# How many sentences after the call the writer's verdict may come (the audited column's came in the next one).
_VERDICT_RUN = 2


def _reported(doc: Document, sentence: Sentence) -> bool:
    for token in doc.sentence_tokens(sentence):
        if token.pos != "VERB" or token.lemma.lower() not in _SAYING:
            continue
        subjects = [doc.tokens[i] for i in range(token.left, token.i)
                    if doc.tokens[i].head == token.i and doc.tokens[i].dep in ("nsubj", "nsubjpass")]
        if subjects and not any(t.text.lower() in ("i", "we") for t in subjects):
            return True
    return False


def _verdict(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the writer's verdict that branding words give: no reported speech of its own, so the
    brand is the writer's, not a critic's told in the news ("Critics called it greenwashing, he said")."""
    return _BRANDED.search(sentence.text) is not None and not _reported(doc, sentence) \
        and not re.search(r"\b(?:said|says|according to)\b", sentence.text)


def empty_rhetoric(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` reports someone's call that the writer frames as empty talk (see the module docstring):
    in its own words ("talked of the need to") or by a verdict in one of the next sentences of the same or the next
    paragraph ("... and that word is greenwashing")."""
    if not _reported(doc, sentence):
        return False
    if _TALKED.search(sentence.text):
        return True
    after = doc.sentences[sentence.index + 1 : sentence.index + 1 + _VERDICT_RUN]
    return any(s.paragraph <= sentence.paragraph + 1 and _verdict(doc, s) for s in after)
