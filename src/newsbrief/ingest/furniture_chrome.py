"""A live page's own chrome: the page talking about itself or to its reader.

A live blog or rolling page carries sentences that are no news: "Our live coverage ends now",
"Thanks very much for joining us", "You can see video at the top of the page", "Tonight we'll be
updating this page ...", "Stay with us", "Refresh the page for the latest". Read as the article, they
filled three of five key points and the conclusion of a live page's brief (reader Audit 11, section
12.4 pattern 1). :func:`is_page_chrome` knows them in general ways, by what they are about and whom
they address:

* the page itself as subject or object, owned by the writer ("our live coverage", "this page",
  "this live blog"), in a sentence that speaks as "we" or to "you", or in the imperative;
* thanks and welcomes to the reader ("thanks for joining us", "welcome to our coverage");
* the page's calls to its reader ("stay with us", "keep checking back", "join us again tomorrow",
  "refresh the page", "scroll down");
* "you can see/watch/find ..." pointed at a place on the page ("at the top of the page", "below").

A news sentence about a page or coverage ("The ministry's web page was updated", "TV coverage of the
trial ended", "its coverage would continue, the paper said") names someone else's page, reports it
(a reporting verb) or quotes it, and stays. A paragraph is chrome only when every one of its sentences
is, so an entry that adds news to a welcome keeps it. Plain regular expressions, like the other
furniture rules: each decision can be explained by the phrase that made it. The phrases were written
from the kinds of chrome live pages print (not from one site's wording) and checked against the
near-misses of tests/ingest/test_page_chrome.py.
"""

from __future__ import annotations

import re

# A chrome paragraph is short: the longest in the live pages read had 30 words. A longer paragraph is
# an entry with news in it, judged by the other rules.
CHROME_MAX_WORDS = 60


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# A live entry's clock stamp before its text: "2200:", "0915 -", "14:32", "9.40am:".
_STAMP = _rx(r"^(?:\d{1,2}[:.]?\d{2}(?:\s?(?:[ap]\.?m\.?|GMT|BST|UTC|[A-Z]{1,2}T))?|\d{1,2}\s?[ap]\.?m\.?)"
             r"\s*[:\-–—]?\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")
# A reported or quoted sentence is the article's, whatever it mentions.
# A reader's or a commentator's entry on a live page is labelled by its verb and a colon ("Jane Roe from
# Leeds writes: ...", "RL Miller tweets: ..."); "tweets" alone is the noun ("the best of blogs and tweets").
# "added" as speech, not "will be added" (a page's update notice)
_REPORTED = _rx(r"[\"“”]|\b(?:said|says|told|tells|(?<!be )added|according to|announced|wrote|tweeted)\b|"
                r"\b(?:tweets|writes|e-?mails|posts|comments)\s*:")

# The page owned by the writer: "our live coverage", "this page", "this live blog", "our rolling updates".
_OWN_PAGE = _rx(r"\b(?:our|this)\s(?:(?:live|rolling|continuing|special|minute-by-minute|text)\s){0,2}"
                r"(?:coverage|blog|live ?blog|page|updates|feed|stream|commentary)\b")
# The sentence speaks as "we" or to "you", or opens on an imperative to the reader.
_VOICE = _rx(r"\b(?:you|your|we|we['’](?:ll|re|ve|d)|us|I['’]ll)\b|^(?:please\s)?(?:watch|see|read|follow|"
             r"join|keep|stay|send|check|scroll|refresh|find|get|listen|catch up)\b")
# A sentence about the page's own life needs no voice: "This live blog is now closed.", "Our live
# coverage ends now."
_PAGE_LIFE = _rx(r"^(?:(?:tonight|today|now)\W+)?(?:our|this)\s(?:(?:live|rolling|continuing|special|"
                 r"minute-by-minute|text)\s){0,2}(?:coverage|blog|live ?blog|page|updates|feed|commentary)\b"
                 r"(?:\s\w+){0,4}?\s(?:is|has|will|ends?|ended|closes?|closed|continues?|starts?|begins?|"
                 r"resumes?|is being)\b")
_THANKS = _rx(r"^(?:and\s|so\s)?(?:many\s|huge\s|a big\s)?thanks?(?:\syou)?(?:\s(?:very|so)\smuch|\sagain|"
              r"\sall|\severyone|\sto all)?\sfor\s(?:joining|reading|following|watching|being with|staying with|"
              r"sticking with|your (?:company|e-?mails|comments|messages|contributions|questions))")
_WELCOME = _rx(r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi)\W+(?:and\s)?)?welcome(?: back)? to\s"
               r"(?:our|the|this)\b.{0,60}?\b(?:coverage|blog|page|updates|live)\b")
_CALLS = _rx(r"^(?:please\s)?(?:stay (?:with us|tuned)|keep (?:checking|coming) back|check back|do join us|"
             r"join us (?:again|tomorrow|later|next|from|at)|follow (?:along|our live)|(?:refresh|reload) "
             r"(?:this|the) page|scroll (?:down|up|back))\b|"
             r"\bthat['’]s (?:all|it) (?:from|for) (?:us|me|now|today|tonight)\b|"
             r"\b(?:join|follow) us (?:again|tomorrow|later|next time)\b|"
             # A channel's or programme's plug closing a blog post (reader Audit 29 #6): "Stay with News
             # Stream and CNN for the latest ...", "Keep it here for ...", "Stay tuned to GNN for more". The
             # names are capitalised and "for the latest/more" follows: "stay with relatives for the winter"
             # is news.
             r"^(?:please\s)?(?:stay|keep it) (?:with|tuned to|locked (?:to|on))\s(?:(?-i:[A-Z])[\w'’&.-]*\s"
             r"(?:(?:and|&)\s)?){1,6}for\s(?:all\s)?(?:the latest|more|updates|continuing coverage|full coverage)\b|"
             r"^(?:please\s)?keep it (?:here|locked|right here)\b|"
             # A story's own state and what the page will add: "This is a developing story.", "More to
             # follow.", "We'll bring you more as we get it.", "Get in touch: text us ...".
             r"^(?:this is an? )?(?:developing|breaking)(?: news)? story\b|^this (?:story|post|article|page) "
             r"(?:is developing|will be updated)|^more to follow\b|^(?:we['’]ll|we will) (?:bring you|have) more\b|"
             r"^(?:get in touch|(?:text|e-?mail|message) us)\b|"
             # "Additional details will be updated as it becomes available." (reader Audit 24: a conclusion):
             # the page's promise about itself, with no one who promises it
             r"^(?:additional|further|more|new)\s(?:details|information|updates)(?:\sand\s(?:details|information))?"
             r"\s(?:will|to) be\s(?:updated|added|posted|published)\sas\s(?:it|they|more\s\w+)\s"
             r"(?:becomes?|comes?|emerges?)\b|^this (?:story|post|article|page) will be updated\b")
# A live page signing off or pointing elsewhere: "The Ledger is discontinuing this live update page for the
# night", "We are pausing our coverage here", "For the latest developments, please go to our main news page",
# "Follow the latest on our flood page" (reader Audit 17: two such lines were key points 4 and 5). The page
# is the writer's own: "this", "our", or "its live ..." with "here", "now" or "for the night" (a network
# "ending its live coverage of the games" is news); another outlet's broadcast ending is reported.
_SIGN_OFF = _rx(r"\b(?:discontinu(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|paus(?:e|es|ed|ing)|end(?:s|ed|ing)?|"
                r"suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|wrap(?:s|ped|ping)?\sup|conclud(?:e|es|ed|ing)|"
                r"finish(?:es|ed|ing)?)\s(?:(?:this|our)\s(?:[\w-]+\s){0,3}|its\s(?:live|rolling)\s(?:[\w-]+\s){0,2}"
                # a bounded look ahead: ".*" rescanned the rest of the text from each "its live"
                r"(?=.{0,300}\b(?:here|now|for (?:the night|today|tonight|now)|until)\b))"
                r"(?:page|coverage|blog|updates|feed|commentary)\b")
_ELSEWHERE = _rx(r"\b(?:go|head|turn|switch|return)\s(?:over\s)?to\sour\b.{0,40}\b(?:page|site|home ?page|website|"
                 r"coverage)\b|^(?:please\s)?(?:follow|get|read)\s(?:all\s)?the\slatest\b.{0,40}\bon\sour\b.{0,40}"
                 r"\b(?:page|site|website|coverage)\b")
# A live blog's writers handing the page over (reader Audit 27: one such note was an Analysis item):
# "(Thanks to Jane Roe who has been blogging here for the last three hours.)", "Tom Hill in Washington,
# taking over.", "This is Tom Hill taking over from Jane.", "Thanks Mark and Jane.". The name is bare (a
# participle with no "is", or thanks to names alone); "Ms Roe is taking over as head of the agency" and
# "The minister thanked Jane Roe, who has been leading the inquiry" are news.
_NAME = r"(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2})"
_HANDOVER = _rx(
    rf"^\(?(?:and\s)?(?:many\s|big\s|huge\s)?thanks,?\s(?:to\s)?{_NAME},?\s(?:who\s)?(?:has|had|have)\sbeen\s"
    r"(?:(?:live[- ]?)?blogging|writing|running|steering|updating|hosting|covering|minding|in charge)\b|"
    rf"^\(?(?:this is\s|it['’]s\s|I['’]m\s)?{_NAME}(?:\s(?:in|at)\s{_NAME})?(?:,?\shere)?,?\s(?:now\s)?"
    r"taking over\b(?:\s(?:the\s)?(?:blog|page|coverage|live ?blog|from\s[A-Z]\w+(?:\s[A-Z]\w+)?)){0,2}\W*$|"
    rf"^\(?(?:and\s)?(?:many\s|big\s|huge\s)?thanks,?\s(?:to\s)?{_NAME}(?:(?:,|,?\sand)\s{_NAME})*\W*$")
# A programme's about-box at the foot of a broadcaster's blog post (reader Audit 30 #3 closed on one): the
# presenter's credit ("Jane Roe is the Presenter, Letters Hour", "Tom Hill is the host of Call In"), the
# programme's address to its audience ("Letters Hour is your chance to have your say about ...") and its
# airtimes ("Call In is broadcast on Saturdays at 10:30 GMT", "You can hear Call In on Sundays at 9pm").
# The credit is the whole line (a name, "is the", a role and a capitalised title; the box's next line may
# be glued on): "Berg, who has been the host of Morning Line since 2009, will ..." is news. An airtime needs
# a title as subject and a day or clock time: "The final is broadcast on Channel 4" names neither.
_TITLE = r"(?-i:[A-Z][\w'’&-]*)(?:\s(?-i:[A-Z][\w'’&-]*|of|the|and|&|to|in|on)){0,6}"
_WHEN = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekdays\b|\bdaily\b|\b\d{1,2}(?:[:.]\d{2})?\s?"
         r"(?:[ap]\.?m\b|GMT|BST|UTC)|\b\d{1,2}[:.]\d{2}\b")
_PROGRAMME_BOX = _rx(
    rf"^{_NAME} is (?:the|our) (?:(?:main|regular|new)\s)?(?:presenter|host|co-host|editor|producer|"
    rf"anchor)(?:,|\sof)\s{_TITLE}(?:\W*$|\s(?:is your chance|is broadcast|is on air)\b)|"
    rf"^(?:{_TITLE}|this (?:programme|program|show|page|blog)) is your (?:chance|opportunity|place|space) to "
    r"(?:have your say|tell|say|share|put your|air your|ask|join)\b|"
    rf"^(?:{_TITLE} is (?:broadcast|aired|repeated|on air|heard)|you can (?:hear|listen to|watch|catch) {_TITLE})"
    rf"\b(?=.{{0,80}}(?:{_WHEN}))")
# "You can see video ... at the top of the page", "You can find analysis from our correspondents below".
_YOU_CAN = _rx(r"^(?:you can|you'll be able to|you will be able to)\s(?:also\s)?(?:see|watch|find|read|follow|"
               r"keep up|send|get|listen|catch up|join|share|comment)\b")
_ON_PAGE = _rx(r"\b(?:below|above|here|on this page|on (?:our|the) (?:front|home) ?page|at the (?:top|bottom|"
               r"foot|end) of (?:this|the) (?:page|post|blog)|using the form)\b")


# ---------------------------------------------------------------- a pasted blog's head

# A blog byline's comment count after the name: "February 22, 2015 by Jane Roe 84 Comments", "| No
# comments". Cut before the byline is read (furniture._timestamp_kind), so the line is known as the
# byline it is and names the author.
COMMENT_COUNT = re.compile(r"\s*[|·•–—-]?\s*(?:\d{1,5}|no) (?:comments?|responses|replies)\s*$", re.I)
# A lone word and a colon on a line is a label split from its widget by the paste ("Follow the Ledger"
# / "Sceptic:"). Left as content it stopped a pasted blog's menu from being set apart from the post, and
# the menu, the previous/next links, the headline and the byline were glued into the lead (reader Audit
# 11). An all-capitals speaker label ("SMITH:") was already furniture by its shape.
LONE_LABEL = re.compile(r"[^\W\d_][\w'’-]+:")


def _chrome_sentence(sentence: str) -> bool:
    text = _STAMP.sub("", sentence.strip(), count=1)
    if not text or _REPORTED.search(text):
        return False
    if _THANKS.search(text) or _WELCOME.search(text) or _CALLS.search(text) or _PAGE_LIFE.search(text) \
            or _HANDOVER.search(text) or _PROGRAMME_BOX.search(text):
        return True
    if _SIGN_OFF.search(text) or _ELSEWHERE.search(text):
        return True
    if _OWN_PAGE.search(text) and _VOICE.search(text):
        return True
    return bool(_YOU_CAN.search(text) and _ON_PAGE.search(text))


def is_page_chrome(paragraph: str) -> bool:
    """True when every sentence of ``paragraph`` is the page talking about itself or to its reader."""
    text = paragraph.strip()
    if not text or len(text.split()) > CHROME_MAX_WORDS:
        return False
    return all(_chrome_sentence(sentence) for sentence in _SENTENCE_END.split(text))


__all__ = ["CHROME_MAX_WORDS", "COMMENT_COUNT", "LONE_LABEL", "is_page_chrome"]
