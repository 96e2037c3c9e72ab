"""The phrase tables of page furniture: what a byline, a credit, a caption or a widget says.

Each rule is a kind and a regular expression, with a comment that says why it holds.
:mod:`newsbrief.ingest.furniture` applies them (``_phrase_kind``, ``_form_kind``) with
its length thresholds and its shape rules; the rules were written from the same pages
and labelled lines as those (see that module's docstring), and no rule names a single
site's wording.
"""

from __future__ import annotations

import re

_Rule = tuple[str, re.Pattern[str]]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# (kind, pattern, why). Patterns anchored with ^ judge lines of any length, because
# reporting does not open with them; the others (ANYWHERE) judge lines up to
# furniture.PHRASE_MAX_WORDS.
ANCHORED: tuple[_Rule, ...] = (
    # Copyright and rights notices open with the symbol or the word.
    ("legal", _rx(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b|notice|[\w.&]+ \d{4}))")),
    # Disclaimers, disclosures and corrections name themselves with a label and colon
    # ("Disclaimer:", "Correction added Nov. 18, 2019:", "Editor's note: This story ...").
    ("legal", _rx(r"^(?:disclaimer|disclosure|affiliate disclosure|legal notice|clarification|"
                  r"corrections?|editor['’]?s? note|editors['’] note|note to (?:readers|our readers))"
                  r"\b[^:]{0,40}:")),
    ("legal", _rx(r"^(?:an earlier version of this|this (?:story|article|post|report|piece) "
                  r"(?:has been|was|is being) (?:updated|corrected|amended|changed))")),
    # Wire and staff credits: "(Reporting by ...; Editing by ...)", "Additional reporting
    # by ...", "Contributing: ...", "SOURCE: Al Jazeera", "With Post wires".
    ("credit", _rx(r"^[(\[]?(?:additional |editing and )?(?:reporting|writing|editing|research|"
                   r"compiled|translated|translation|produced|interviews?|graphics?) by\b")),
    ("credit", _rx(r"^(?:contributing|contributors?|sources?|credits?|via)\s*:")),
    ("credit", _rx(r"^with (?:\w+ ){0,2}wires?\.?$")),
    # Reporter contact lines: "Write to Al Root at ...", "Contact the reporter at ...".
    ("byline", _rx(r"^(?:(?:e-?mail|reach|contact) (?:the (?:reporters?|writers?|authors?)|[A-Z]\w+(?: [A-Z]\w+)? at)|"
                   r"write to [A-Z]\w+(?: [A-Z]\w+)* at)\b")),
    ("credit", _rx(r"^(?:this (?:article|story|post|piece|report|interview) (?:was|has been|is|first|originally) "
                   r"(?:originally |first )?(?:published|reprinted|republished|adapted|appeared|"
                   r"syndicated|produced in partnership)|originally (?:published|appeared|posted) "
                   r"(?:on|in|at|by))")),
    # Captions and their credits: "Photo: ...", "Image copyright ...", "Pictured: ...".
    ("caption", _rx(r"^(?:photo(?:graph)?s?|images?|pictures?|pictured|caption|video|gallery|"
                    r"slideshow|graphic|chart|map|illustration|watch|listen|audio|"
                    r"image copyright|image caption|media caption|photo credit)\s*:")),
    ("caption", _rx(r"^(?:image|photo) (?:copyright|source|credit|caption)\b")),
    # A tabloid's photo label: "Fighter: ... seized from the Syrian Air Force (pictured)" (reader Audit 9).
    ("caption", _rx(r"(?-i:^[A-Z][a-z]+:\s+[A-Z]).*\((?:pictured|above|below)\b")),
    # Related and read-more lines: "Related: ...", "READ MORE: ...", "Also on ...",
    # "You may also like:", "DON'T MISS", "Most read in world news", "Explore further".
    ("related", _rx(r"^(?:related(?: \w+){0,2}|see also|also(?: read| see| on \S+)?|read (?:more|also|next)|"
                    r"more(?: \w+){0,3}|recommended(?: \w+){0,2}|trending(?: \w+){0,2}|"
                    r"top stories|latest(?: \w+){0,2}|must read|see more|watch more|more from \S+)\s*:")),
    ("related", _rx(r"^(?:you (?:may|might) also (?:like|enjoy)|don['’]?t miss\b|most (?:read|viewed|shared) in\b|"
                    r"also on \S+|read more\b)")),
    # The same labels standing alone as the head of a list of links.
    ("related", _rx(r"^(?:related(?: (?:stories|articles|posts?|coverage|links?|content|reading))?|"
                    r"most (?:read|popular|viewed|shared)|explore further|further reading|more (?:stories|"
                    r"news|coverage|on this story)|editors?['’]? picks?|top stories|must read)\W*$")),
    # Share, subscribe and app widgets speak to the reader in the imperative.
    ("widget", _rx(r"^(?:sign up\b|subscribe\b|click (?:here|to|for)|tap (?:here|to)|share (?:this|on|via|it)|"
                   r"like (?:this|us)|follow (?:us|@)|tell us\b|get (?:the|our) [\w ]{0,30}"
                   r"(?:app|newsletter|podcast)|download (?:the|our)|join (?:us|our)|"
                   r"if you (?:enjoyed|liked|value|appreciate) (?:this|our)|"
                   r"visit [\w ’'.]{0,40}(?:homepage|home page|website|site)|catch up on\b|"
                   r"story continues|article continues|continue reading|comments?$|"
                   r"advertisement$|sponsored(?: content)?$|text size|print(?: article| this)?$|"
                   r"order reprints|(?:e-?mail|contact) us\b)")),
    # A media player's label over its link: "Click for Audio: ...", "Listen to audio: ...",
    # "Watch video: ...", "Play video".
    ("widget", _rx(r"^(?:click|tap|listen|watch|play|view|see)(?: (?:to|for|the|our|this)){0,2} (?:audio|video|"
                   r"clip|slideshow|gallery|podcast|live stream)s?\b\s*(?::|$)")),
    # Comment prompts: "Leave a comment below.", "Let us know what you think."
    ("widget", _rx(r"^(?:(?:leave|post) a comment|let us know (?:in the comments|what you think)|"
                   r"tell us (?:in the comments|what you think)|share your (?:thoughts|views) (?:below|in))\b")),
    # The comment form's notice ("Sorry we are not currently accepting comments on this article."; reader Audit
    # 18 found it as a Conclusion): about the comments of "this article/story/page", not a reported refusal.
    ("widget", _rx(r"^(?:sorry,? )?(?:we are|we're|we’re) not (?:currently )?accepting comments on this "
                   r"(?:article|story|page|post)\b|^(?:comments|commenting) (?:are|is|has been|have been) (?:now )?"
                   r"(?:closed|disabled|switched off|turned off) (?:for|on) this (?:article|story|page|post)\b")),
    # "Get more meal ideas here!", "Read the full report here." - a link that says so.
    ("widget", _rx(r"^(?:pro tip:\s*)?(?:get|download|read|watch|listen|learn|find out|see|check out|shop|"
                   r"try)\b.{0,80}\bhere\s*[.!:]?$")),
    # Page metadata: "Tags: ...", "Posted by: ... - Category: ...".
    ("other", _rx(r"^(?:tags?|categor(?:y|ies|ia))\s*:|(?:^|\s[-|–]\s)(?:(?:posted|published|written|publicado|"
                  r"escrito) (?:by|por)|categor(?:y|ies|ia))\s*:")),
    # The signature of an embedded tweet: "— Jane Doe (@jane) November 19, 2019".
    ("embed", re.compile(r"^(?:[—–-]\s)?.{1,60}\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}$")),
    ("widget", _rx(r"^(?:listen|watch|read|download|subscribe|follow)\s*(?:to \w+ )?(?:live|now|here|"
                   r"back|on (?:itunes|spotify|apple|google|youtube))\b")),
    # A caption that describes the embedded picture or chart: "This graphic, provided by
    # Statista, shows ...".
    ("caption", _rx(r"^(?:this|the above|the below) (?:graphic|chart|map|infographic|photo|photograph|image|"
                    r"picture|video|illustration)\b(?!s)")),
    # Numbered references and footnotes: "[1] Alarm fatigue: impacts on patient safety, ...".
    ("other", re.compile(r"^\[\d{1,3}\]\s")),
    # Who writes or produces a column or show: "Dear Abby is written by ...".
    ("boilerplate", re.compile(r"^[A-Z][\w'’.& ]{1,40} (?:is|are) (?:written|produced|edited|published|"
                               r"distributed) by\b")),
    # Sponsorship notes: "The Small Business Series is supported by ...", "This coverage is made
    # possible by ...". The container noun keeps news of a sponsored bill or project out.
    ("ad", _rx(r"^(?:the |this |our )?(?:[\w'’&.:-]+ ){0,6}(?:series|section|coverage|content|package|guide|"
               r"podcast|newsletter|hub|channel|special report) (?:is|are) (?:supported|sponsored|"
               r"underwritten|brought to you|made possible|funded) (?:in part )?by\b"
               r"(?! (?:a|an|one|two|some|several) )")),  # "by a betting firm, which ..." is news (session 16)
    # "About the company" paragraphs of press releases: the company introduced with its
    # size, listing or mission ("X is a global provider of ... headquartered in ...").
    ("boilerplate", _rx(r"^[A-Z][\w&.,'’ -]{1,60} is (?:a|an|the) (?:[\w-]+ ){0,4}(?:provider|supplier|"
                        r"manufacturer|developer|company|maker|leader)\b.{0,300}\b(?:headquartered|"
                        r"(?:vision|mission) of|(?:shares|stock) (?:are|is) (?:listed|traded)|"
                        r"employs|for more information)")),
)

ANYWHERE: tuple[_Rule, ...] = (
    # Rights and reprint notices, and the no-reprint notice of Korean pages.
    ("legal", _rx(r"all rights reserved|may not be (?:published|reproduced|redistributed|broadcast|"
                  r"copied)|personal,? non-commercial use|presentation-ready copies|\bISSN\b|"
                  r"무단\s?전재|재배포\s?금지|©")),
    # Market-data notices at the foot of business pages: "Most stock quote data provided by ...",
    # "Market indexes are shown in real time, except for ... which is delayed by two minutes",
    # "All content of the ... Indexes is proprietary to ..." (read on an unseen page, session 8).
    ("legal", _rx(r"\b(?:stock |market |quote )+data (?:is |are )?provided by\b|\bquotes? (?:are |is )?delayed\b|"
                  r"\bshown in real[- ]time\b.{0,80}\bdelayed\b|\b(?:content|data|information)\b.{0,80}"
                  r"\b(?:is|are) proprietary to\b")),
    # ... and their kin on the same foot: "The Dow Jones Indexes are proprietary to and distributed by ...",
    # "The market data is the property of ...", "All times are ET.", a bare "FactSet Research Systems Inc.
    # 2013." credit (session 8's final reader check: two of them became the conclusion).
    ("legal", _rx(r"\bproprietary to and distributed by\b|\b(?:market|quote|stock) data (?:is|are) the property of\b|"
                  r"^all times (?:are|shown are|in) [a-z]{1,4}\.?$|"
                  r"^(?:[A-Z][\w&.'’-]*\s){1,5}(?:Inc|Ltd|LLC|plc|Corp|Corporation|Limited)\.?,?\s+(?:19|20)\d\d\.?$")),
    # A bare copyright year closing a syndication note ("... Beacon. Copyright 2014.", reader Audit 9).
    ("legal", _rx(r"(?-i:\bCopyright) (?:©\s*)?(?:19|20)\d\d(?:\.|\s*$)")),
    # Affiliate and opinion disclaimers.
    ("legal", _rx(r"may (?:earn|receive) (?:a )?(?:small )?(?:commission|affiliate)|affiliate (?:links?|"
                  r"commission)|views (?:\w+ ){0,6}expressed\b.{0,120}\b(?:their|his|her|the author['’]?s?) "
                  r"own|are (?:those|solely those) of the (?:authors?|writers?)\b|"
                  # "The opinions expressed in this commentary are solely those of <name>." (reader Audit 15:
                  # the disclaimer of a signed commentary became its Conclusion); a round-up of commentaries says
                  # "in these commentaries ... of the writers" (Audit 39 #7: it became the Conclusion).
                  r"^the (?:opinions|views) expressed (?:in|on) (?:this|these) (?:commentar(?:y|ies)|columns?|"
                  r"articles?|pieces?|posts?|blogs?|op-eds?|essays?|stor(?:y|ies)|pages?) are "
                  r"(?:solely |entirely |only )?(?:those|the (?:opinions|views)) of\b")),
    # Reporting credits at the end of wire copy. "contributed to the report" is left out: "Three universities
    # contributed to the report." closed a news paragraph, which the credit rule dropped whole (session 13).
    ("credit", _rx(r"\bcontributed (?:to this |to )?(?:report|story|article|reporting)\b|"
                   r"\b(?:editing|edited|writing|reporting) by [A-Z][a-z]+ [A-Z]")),
    # Photo credits: "(AP Photo/Evan Vucci)", "... in New York.Reuters", "Getty Images".
    ("caption", _rx(r"\((?:\w+ )?photos?\s*/|\b(?:photo|image|picture)s?\s*(?:credit|courtesy)?\s*[:/]\s*"
                    r"(?:AP|Reuters|AFP|Getty|EPA|Shutterstock|PA)\b|[a-z]\.(?:Reuters|Getty Images|"
                    r"AP|AFP|EPA|Shutterstock)$|\bgetty images\b\s*$")),
    # Widgets and promos, wherever in the line.
    ("widget", _rx(r"\bclick (?:here|to tweet)\b|\bsign up (?:for|to|now|here|today)\b|"
                   r"\bsubscribe (?:to (?:our|this|the [\w ]{0,40}newsletter)|now|here|today)\b|"
                   r"\bby subscribing\b|\b(?:to|in) your inbox\b|\bfollow (?:us|him|her|them|me|"
                   r"[A-Z]\w+(?: [A-Z]\w+)?) on (?:twitter|facebook|instagram|linkedin)\b|"
                   r"\bfollow (?:us|him|her|me) @|\bshare (?:this|it) with\b|"
                   r"\bour (?:\w+ ){0,3}(?:podcast|newsletter|app)\b|\bflash briefing\b|"
                   r"\benable javascript\b|\byour browser does not\b|\ban error (?:has )?occurred\b|"
                   r"\bplease try again\b|\bcom(?:ment|entári|entari)\w*\b.{0,150}\bmoder(?:at|ad)\w*|"
                   r"\bmoder(?:at|ad)\w*\b.{0,150}\bcom(?:ment|entári|entari)\w*|\bno paywalls?\b|"
                   r"\bstay tuned for more\b|\bpic\.twitter\.com/")),
    # Paid promotions: sponsored podcasts, discount codes. The sponsor is named: "sponsored by a betting firm,
    # which regulators say ..." is news about the podcast (session 16).
    ("ad", _rx(r"\b(?:podcast|episode|newsletter|show)\b.{0,30}\bsponsored by\b(?! (?:a|an|one|two|some|several) )|"
               r"\buse (?:the )?(?:promo |coupon |discount )?code\b|\bfor as little as\b|"
               r"\bsee it (?:now|at)\b|\bshop now\b")),
    # The company's size and listing, the other half of a press release's "About" paragraph.
    ("boilerplate", _rx(r"\bis headquartered in\b.{0,200}\b(?:employs|subsidiaries|listed on)\b")),
    # Related-story tags at the end of a promoted headline: "... [VIDEO]", "... [INSIGHT]|".
    ("related", re.compile(r"\[[A-Z][A-Z ]{2,}\]\s*\|?\s*$")),
)

# Bylines and author lines.
# "By the Ledger Wire Staff", "By Jane Doe, Special to the Ledger": capitalised words and the
# small words of an outlet's name; "By the time the ferry docked" has a lower-case word.
BYLINE = re.compile(
    r"^by\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s*,\s*|\s+)(?:(?:(?-i:[A-Z][\w'’.-]*)|and|&|of|the|in|for|at|to|"
    r"\||-|–|—)"
    r"(?:\s*,\s*|\s+|$))*$"
    r"|^(?:staff|wire) (?:and wire )?(?:reports?|writers?)$",
    re.I,
)
_ROLE = (r"(?:staff |senior |chief |contributing |special |political |foreign |diplomatic |"
         r"business |sports |science |health |technology |tech |freelance |associate |deputy |"
         r"managing |executive |national |\w+ )*(?:writer|reporter|correspondent|editor|"
         r"columnist|contributor|journalist|producer|photographer)s?")
# "By Jane Doe Middle East analyst, LSE", "By Jane Doe, energy editor": a byline with the
# author's role in lower case.
BYLINE_ROLE = re.compile(
    r"^by\s+(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),?\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:analyst|commentator|expert|professor|fellow|researcher|writer|reporter|correspondent|editor|"
    r"columnist|contributor|journalist|producer)s?\b"
    r"(?:,?\s+(?-i:(?:[A-Z][\w'’.&-]*|of|the|and|at|for|in)(?:\s+|$)){1,8})?\s*$",
    re.I,
)
AUTHOR_LINE = re.compile(rf"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}},? (?:\w+ ){{0,3}}{_ROLE}\b", re.I)
BIO = re.compile(
    r"^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?: \([^)]*\))? is (?:a|an|the) "
    r"(?:[\w-]+ ){0,5}(?:writer|reporter|correspondent|columnist|contributor|journalist|"
    r"editor and publisher|author of)\b",
    re.I,
)


# ---------------------------------------------------------------- by position (ingest.furniture_tail)

# A service describing itself in the present: a name, then what it does ("X selects and
# translates news ...", "X monitors more than 3,000 sources ...", "X is a media monitoring service").
ABOUT_BOX = re.compile(
    r"^(?:The\s)?(?:[A-Z][\w&.'’-]*\s){1,5}(?:\([\w .]+\)\s)?(?:selects|translates|monitors|tracks|covers|"
    r"follows|summari[sz]es|aggregates|publishes|provides|delivers|produces|reaches|serves|gathers|"
    r"distributes|is (?:a|an|the) (?:[\w-]+ ){0,5}(?:service|agency|network|unit|division|publication|outlet))\b")
# ... with the count that marks the box: languages, sources, outlets ("in more than 70 languages",
# "3,000 news sources"); a news sentence about an agency's work counts countries, not those.
ABOUT_BOX_COUNT = re.compile(
    r"\b\d[\d,]*\+? (?:[\w-]+ ){0,2}(?:languages|sources|outlets|publications|broadcasters|newspapers|"
    r"titles|channels|stations|subscribers)\b", re.I)
# The lines after the box: more about the service, or how to reach it.
ABOUT_BOX_FOLLOW = re.compile(
    r"^(?:It|Its|They|We|Our|The (?:service|agency|company|organi[sz]ation|group|unit|network)|To subscribe|"
    r"For (?:more information|subscriptions|details)|Contact|Visit|Subscribe)\b")
# An author described by a role: "Jane Doe is a professor of ...", "Jane Doe, a former envoy, is
# director of ...", "Jane Doe teaches law at ...".
BIO_LINE = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.-]+)(?:\s[A-Z][\w'’.-]+){0,3})(?:,\s[^,]{3,80},)?\s"
    r"(?:(?:is|was|has been)\s(?:also\s)?(?:(?:a|an|the)\s)?(?:[\w'’-]+\s){0,6}(?i:professor|lecturer|fellow|"
    r"director|author|analyst|researcher|scholar|economist|historian|founder|co-founder|president|chair|"
    r"chairman|chairwoman|head|dean|editor|adviser|advisor|consultant|commentator|columnist|writer|"
    r"journalist|correspondent|partner|member|expert|specialist|ambassador|contributor)\b|"
    r"(?:teaches|writes|lectures)\b)")
# A sentence that reports or quotes is the article's, whatever its shape.
REPORTING = re.compile(r"\b(?:said|says|told|tells|added|according to|announced|warned|argued)\b")
