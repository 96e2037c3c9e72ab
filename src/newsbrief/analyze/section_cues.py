"""The cue words of the sentence classes (analysis, outlook, recommendations) and the words that unmake them (an
event named by a cue word, an idiom, a listed instance, a modal of obligation): one copy for every reader of them.

:mod:`classify` counts them to give a sentence its class; :mod:`section_bygone` and :mod:`section_narrated` look
for the outlook's cues that are left once a shape of the past is set aside. Those modules sit below
:mod:`classify` in the import graph (classify imports their callers), so the cues live here, in a module that
imports nothing of the package: before session 29 section_bygone kept its own copy of the outlook cues, which
had drifted (it still read "could see" as a cue of the future).
"""

from __future__ import annotations

import re

# Cue phrases per class. The first version was written with tests/data/classes_labelled.tsv;
# the cues marked "fresh" were added after tests/data/fresh/classes_labelled.tsv (written
# later, scored once before any change: see docs/benchmarks.md) showed what the first missed:
# causal verbs ("triggered", "dragged down"), scheduled events ("is due to", "scheduled for"),
# advice in the passive ("were told to", "are being encouraged to"), and topical nouns
# ("crisis", "conflict") that are not causes.
# "despite" is no cue: in reader Audits 8 and 9 all four "X despite Y" items ("test flights come despite
# dozens of raids", "despite the damage, BP remains committed") set a fact against another and were judged
# useless as causes; an obstacle is named by its own words ("hampered by", "the obstacle is").
# "has to do with" relates; a "may need" guesses (Audit 33 A4, the lead's Newsroom row 26): neither obliges.
# A "will need to" foretells a need, like "will have to" (Audit 46, 47.4 class 8: '"Travel budgets have been
# slashed and consumers will need to reduce their debt"' was filed as a Recommendation): it urges no one.
_MODAL_HAVE = r"(?<!may )(?<!might )(?<!will )(?<!would )(?<!could )"
_GUESSED = r"(?<!may )(?<!might )(?<!could )(?<!will )(?<!'ll )(?<!’ll )"
# "We could do worse than to follow X's advice", "you would do well to": idioms of advice, no forecast (Audit 49).
_ADVICE_IDIOM = r"(?! do (?:\w+ )?(?:worse than|well to)\b)"
CUES: dict[str, re.Pattern[str]] = {
    "analysis": re.compile(
        r"\b(because|(?<!is )(?<!are )(?<!was )(?<!were )due to|as a result|result(?:ed|s)? in|result of|"
        r"led to|lead to|"
        r"caus(?:e|ed|es)|blam(?:e|ed)|reason|obstacle|stumbling block|sticking point|hurdle|barrier|"
        r"impasse|stalemate|deadlock(?:ed)?|stall(?:ed|s)?|broke down|break(?:s)? down|abandon(?:ed)?|"
        r"in the face of|made worse|worsened by|disagree(?:ment)?|dispute|failed|"
        r"failure|collapse[ds]?|refus(?:e|ed|al)|unwilling|in exchange for|driven by|"
        r"undermin\w+|gap between|"
        # fresh
        r"trigger(?:ed|s)?|spark(?:ed|s)?|prompt(?:ed|s)|fuel(?:l)?ed by|thanks to|owing to|"
        r"stem(?:s|med)? from|attributed to|put down to|dragg(?:ed|ing) down|push(?:ed|ing) up|"
        r"weigh(?:ed|s)? on|(?:lack|shortage) of|delay(?:ed|s)|slow(?:ed|s) (?:when|after|because)|"
        r"held up by|hamper(?:ed|s)|hinder(?:ed|s)|fell apart|divided over|cannot hold|"
        r"in the wake of|meant that|paraly[sz]\w*|"
        r"made \w+(?: \w+)? (?:unaffordable|impossible|harder|more expensive))\b", re.I),
    "outlook": re.compile(
        # "could sense", "could see": a past ability to perceive, not a forecast
        # "could do worse than to follow X's advice", "would do well to listen": idioms of advice (Audit 49)
        r"\b(will|would" + _ADVICE_IDIOM + "|could" + _ADVICE_IDIOM +
        r"(?! (?:not |n't )?(?:see|sense|feel|hear|tell|smell|notice|understand|remember)\b)|"
        r"might|(?-i:may)|expect(?:s|ed)?|likely|unlikely|plans? to|"
        r"set to|aims? to|hop(?:e|es|ed) to|prospects?|forecast|outlook|future|"
        r"next (?:year|month|week)|coming (?:months|years|weeks)|by (?:19|20)\d\d|"
        r"remain(?:s)? to be seen|on track|poised|"
        # fresh
        r"(?:is|are|was|were) due to|predict(?:s|ed)?|scheduled (?:for|to)|intends? to|"
        r"projected|threaten(?:s|ed)? (?:to|further)|later this (?:year|month|week)|upcoming)\b", re.I),
    "recommendations": re.compile(
        r"\b(should|must|ought to|" + _GUESSED + r"needs? to|need for|" + _MODAL_HAVE + r"has to(?! do with)|"
        + _MODAL_HAVE + r"have to(?! do with)|urg(?:e|ed|es)|call(?:s|ed|ing)? (?:on|for)|recommend\w*|"
        r"(?:could|would|can) do (?:\w+ )?(?:worse than|well to)|"  # idioms of advice (Audit 49)
        r"advis(?:e|ed|es)|it is (?:essential|vital|crucial|important)|the best way|priority should|"
        r"it(?:'s| is) (?:high |now )?time (?:for (?:\w+ ){1,3})?to|"  # "It is time for Washington to" (Audit 29)
        # fresh
        r"(?:be|been|being|was|were|are|is) (?:told|asked|encouraged|advised|urged) to|"
        r"wants? (?!to\b)\w+(?: \w+)? to|demand(?:s|ed|ing)? that|told (?:the )?\w+(?: \w+){0,2} to (?:stop|end|pay|"
        r"fix|take|remove|publish|reinstate|withdraw|change)|" + _GUESSED + r"needs? more)\b", re.I),
}

# What Analysis holds is a cause or an obstacle stated as such, with whose view it is. Three unseen
# briefs (session 8) and the analysis items of the dev pools (XSum, CNN/DM, Newsroom) showed cue words
# that name an event or a state rather than a cause ("a study failed to find proof", "an age gap
# between them", "refused to confirm", "in exchange for money", "train delays"): they state a cause
# only with a word that ties them to what brought them about or what followed ("stalled after the
# council refused", "collapsed over pensions", "broke down when", ", leaving the airline with debts"), and
# the parse must hang that word on the event itself (cause_shape.tied_connective; Audit 14: "failed after
# three days of pumping", "the next option after the failure of ...").
EVENT_CUES = re.compile(
    r"\b(?:stall(?:ed|s)?|broke down|break(?:s)? down|abandon(?:ed)?|disagree(?:ment)?|dispute|failed|failure|"
    r"collapse[ds]?|refus(?:e|ed|al)|unwilling|in exchange for|gap between|delay(?:ed|s)?|paraly[sz]\w*)\b", re.I)
# An example or a listed instance illustrates; it states no cause ("For example, a ferry operator
# cancelled 12 sailings because ...", "e.g."; cause_scenes.EXAMPLE), nor does a cue inside a "such as ..." list.
LISTED = re.compile(r"\b(?:such as|including|among them)\b[^,;.]*", re.I)
# Idioms and process notes made of cue words: "one thing led to another", "led us to believe", "for
# some reason", "reason to think", "refused to comment".
IDIOMS = re.compile(
    r"\bone thing led to (?:another|the next)\b|\bled (?:\w+ )?to believe\b|"
    r"\bfor (?:(?:some|no|whatever) (?:good )?|(?:very |a )?good )reasons?\b(?!\s*:)|"  # Audit 41 #12
    r"\b(?:reason|reasons) to (?:believe|think|suspect|hope|doubt|worry|fear|be)\b|\bno reason why\b|"
    r"\b(?:refus\w+|declin\w+|failed) to (?:comment|respond|reply|confirm|say|elaborate|discuss|give details)\b|"
    r"\b(?:best|worst|\w+est) results? of\b|\bmade (?:\w+ )?hard(?:er)? work of\b", re.I)  # a ranking, a struggle
# A modal of obligation advises only where it stands in a clause of its own. Read on the dev pools'
# Recommendations (session 8): "should" that opens a condition ("the top option should they decide
# not to retain him"), an open question or a debate ("the debate about whether the prize should be
# awarded", "how much it should tax is proving one of the central issues", "no reason why darkness
# should be"), a relative clause describing a noun ("the accounts they need to manage", "where people
# have to walk"), one's own necessity ("we now have to lower our estimate", "I need to explain") and
# an inference ("he must be regretting the move") urge nothing.
DEONTIC = re.compile(r"\b(?:should|must|ought to|needs? to|ha(?:s|ve|d) to(?! do with))\b", re.I)
