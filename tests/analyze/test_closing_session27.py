"""Reader Audit 41 (docs/audit.md 42.3), conclusion: 2 wrong and 3 useless of 10. The articles are invented.

- a last run that tells another, earlier case ("Another case of ... took place in 2011 ... In that case, ...
  The case ...", #9; "It's not the first time ... This 1999 poster ... At the time, critics contrasted the
  image ...", #11): background, not the close; the close is the statement before the run;
- a document printed in full at the end ("The letter from 1974 in full:", #11 once its aside is passed over): its
  last line is no one's close; the writer's report after it is;
- a long closing quotation (a friend's email) closed on its middle sentences with no speaker (#7, after the
  photo thanks was cut at ingest): the close is the quotation's last line told with its speaker, or nothing;
- a close leaning on "the latter" with the options cut (#6): shown with the sentence naming them, or not at all;
- an interview's answer with no speaker (#6): never the close in no one's mouth;
- the sentence left after the site's coverage promo was cut ("The phone is expected to take up most of the
  stage time.", #8): the promo's tail, not the close (cut with the promo in the page's last paragraph);
- a quotation told by "he says" whose speaker the tagger reads as an organisation (#10: "Adams"): shown with the
  sentence naming him, not dropped.

Near misses stay: the story's own case going on ("The case is expected to go to trial in the spring."), a next
step about another trial, a closing quotation of a named speaker, the writer's forecast about the event.
"""

from __future__ import annotations

import pytest

from newsbrief.analyze import analyze_in_context
from newsbrief.analyze.context import build_context
from newsbrief.ingest.extract import without_furniture
from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.settings import Settings
from tests.analyze.test_conclusion_session17 import Case, check_shown

_CUB_HEAD = (
    "A giant panda gave birth to twin cubs at the Tervola zoo on Sunday, the regional daily Pohjan Sanomat "
    "reported on Friday.\n\n"
    "The paper said the mother, a ten-year-old female on loan from China, was moved to a quiet enclosure before "
    "the birth.\n\n"
    "The zoo had hoped for a birth since the pair arrived in 2019.\n\n")
CUB_CASE = _CUB_HEAD + (
    "The zoo has not confirmed the birth and the Chinese embassy has made no statement on the cubs. Another case "
    "of a panda giving birth in a northern zoo took place in 2017 in Sweden, when a female delivered a single "
    "cub in Kolmarden.\n\n"
    "In that case, the cub was sent to China after two years under the loan terms.\n\n"
    "The case caused protests from local families after it reached the Swedish parliament in 2020, reversing an "
    "earlier promise.")
CUB_OWN = _CUB_HEAD + (
    "The zoo has not confirmed the birth and the Chinese embassy has made no statement on the cubs.\n\n"
    "Under the loan terms, the cubs are expected to be sent to China when they are two years old.")

_POSTER_HEAD = (
    "A 1978 poster from the toy maker Brikko telling parents that play has no gender went viral this week, and "
    "the company has now confirmed it is genuine.\n\n"
    "The poster was first shared on a forum by a user called tinman_ and drew thousands of comments.\n\n"
    "Speaking to a news site, a Brikko spokeswoman, Ines Laurent, said the poster was part of a catalogue for "
    "shops.\n\n"
    "Brikko said the message still reflects how it designs its sets for all children.\n\n")
POSTER = _POSTER_HEAD + (
    "It's not the first time an old Brikko advert has spread online. This 1999 poster from the company showed a "
    "girl with a spaceship and was shared widely in 2015.\n\n"
    "At the time, several critics contrasted the image with the pink packaging of the company's newer sets.")

_LETTER = _POSTER_HEAD + (
    "The poster's text in full:\n\n"
    "Dear parents,\n\n"
    "Every child wants to build. Girls and boys alike.\n\n"
    "It is the idea that matters, not the skill. A castle or a rocket, a farm or a robot.\n\n"
    "The best thing you can do is give them the bricks and let them build whatever they dream of.")
LETTER = _LETTER + (
    "\n\nIt's not the first time an old Brikko advert has spread online. This 1999 poster from the company showed "
    "a girl with a spaceship and was shared widely in 2015.")
LETTER_THEN_NEWS = _LETTER + "\n\nBrikko said it has no plans to reprint the poster, but it will show it in its museum."

_EMAIL_HEAD = (
    "When a flood hits a valley, the numbers of the dead and the homeless are hard to take in.\n\n"
    "I work on a report about disabled people in emergencies, and one of its contributors is Tomas Ribeiro, a "
    "wheelchair user who runs a small charity in the valley.\n\n"
    "Disabled people are among the most exposed when disaster strikes, and relief plans often forget them.\n\n"
    "For days after the flood I heard nothing from Tomas, and every morning I checked my email.\n\n")
EMAIL = _EMAIL_HEAD + (
    "On Sunday he wrote to me and his other supporters: \"There are no words for what happened here. The water "
    "took the lower town in one night. Still, the people of the valley have shown great courage. For two days "
    "my team and I have carried food to the families on the hill. We have also driven the injured to the clinic. "
    "It is hard, very hard, but we must find all our strength. My own family is safe. I have not reached my "
    "cousins yet, and many friends are gone. Thanks and take care! Let us stand together for the valley.\"")

LATTER = (
    "The council has spent three years arguing about how to save the town's last cinema.\n\n"
    "Some councillors want to buy the building outright. Others want to give the owners a grant and leave them "
    "in charge.\n\n"
    "The owners say they will close in June unless something is done.\n\n"
    "Until the owners feel the pressure of empty seats, they will never share control of the building with the "
    "town. A well-designed grant can bring about the latter.")

INTERVIEW = (
    "A former official of the water board answered our questions by email. She asked that we call her Mara.\n\n"
    "Will the canal ever carry boats again?\n\n"
    "Mara: Not in my lifetime, I fear. The water board has never paid for new locks.\n\n"
    "Who runs the canal today?\n\n"
    "Mara: Nobody, really. The board owns it, but it has not sent an engineer in years.\n\n"
    "What should the volunteers do next?\n\n"
    "They should publish their maps and ask the regional assembly for a grant.\n\n"
    "What can outsiders do?\n\n"
    "Visitors who walk the towpath bring money to the villages. A steady stream of them can change the board's "
    "mind.")

_WATCH = (
    "The maker of the Lumo phone has been testing a titanium frame for future models, according to a new report."
    "\n\n"
    "Sources told a business daily that the titanium frame will not be shown at today's launch event in Austin.\n\n"
    "The company's engineers claim the new alloy is twice as hard as steel, but have not said how.\n\n"
    "By weight, the alloy could use half the titanium of a standard frame while still passing the drop tests.\n\n")
PROMO_TAIL = _WATCH + (
    "PhoneWire will be providing live coverage of today's event, which begins at 10 a.m. Central and can be "
    "viewed at live.phonewire.com. The Lumo 5 is expected to take up most of the stage time.")
EVENT_CLOSE = _WATCH + (
    "The company is expected to unveil the Lumo 5 and two cheaper models at today's event, which begins at "
    "10 a.m. Central.")

HE_SAYS = (
    "The maker of the Lumo phone has said only that the cheapest model will start at $300.\n\n"
    "Industry analysts believe the top model, with a gold frame, will cost around $1,500.\n\n"
    "Ariel Brandt, founder and editor of trade blog aPhoneCase, says the maker adopted jewellery terms for the "
    "phone.\n\n"
    "Brandt also points out that there is the cost of the sapphire screen, estimating that the maker pays $40 for "
    "it. Sapphire manufacturing, Brandt says, is a long and costly process. Brandt thinks the gold model will not "
    "sell for less than $2,000 and could go up to $5,000.\n\n"
    "\"The gold model is going to be made in far smaller numbers than the steel one,\" he says. \"I think it will "
    "be sold in very different shops. It will be a much more exclusive product.\"")
NAMED_QUOTE = HE_SAYS.replace("\" he says.", "\" Brandt says.")

CASES = (
    Case("earlier_case_run", CUB_CASE, want=("has not confirmed the birth",),
         avoid=("Another case", "In that case", "The case caused")),
    Case("own_case_goes_on", CUB_OWN, want=("expected to be sent to China",)),
    Case("not_first_time_run", POSTER, avoid=("At the time", "not the first time", "1999 poster")),
    Case("letter_in_full", LETTER, avoid=("give them the bricks", "1999 poster")),
    Case("letter_then_news", LETTER_THEN_NEWS, want=("no plans to reprint",)),
    Case("long_email_tail", EMAIL, avoid=("My own family",), needs=(("stand together", "Tomas"),
                                                                   ("find all our strength", "Tomas"))),
    Case("the_latter", LATTER, needs=(("the latter", "share control"),)),
    Case("interview_answer", INTERVIEW, needs=(("steady stream", "Mara"),)),
    Case("promo_tail", PROMO_TAIL, avoid=("stage time", "PhoneWire")),
    Case("event_close", EVENT_CLOSE, want=("unveil the Lumo 5",)),
    Case("he_says_org_name", HE_SAYS, want=("more exclusive product", "Brandt")),
    Case("named_quote", NAMED_QUOTE, want=("more exclusive product", "Brandt")),
)




@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_closing_session27(case: Case) -> None:
    # through the furniture filter, as a page is read: the promo is cut there (ingest/reader_lines.py)
    article = without_furniture(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)), Settings())
    doc = annotate(article)
    found = analyze_in_context(doc, build_context(doc))
    check_shown(case, " ".join(c.item.text for c in found["conclusion"]))


ANSWER_LABEL_AFTER = _POSTER_HEAD.replace(
    "Brikko said the message still reflects how it designs its sets for all children.\n\n",
    "Commenting on the poster, tinman_ said it seemed the industry had gone backwards, but Brikko disagrees.\n\n"
    "The message is still relevant today - our aim has always been to bring building play to every child.\n\n"
    "Ines Laurent of Brikko\n\n") + (
    "The poster's text in full:\n\n"
    "Every child wants to build. Girls and boys alike.\n\n"
    "The best thing you can do is give them the bricks and let them build whatever they dream of.")


@pytest.mark.xfail(strict=True, reason="a company's answer printed bare with its speaker's name on the line after it "
                   "(Audit 41 #11: Lego's 'The text remains relevant ...' then 'Emma Owens of Lego') is not read as "
                   "hers, so the piece has no Conclusion; a trailing name line as a speaker label is not read yet")
def test_answer_named_on_the_line_after() -> None:
    case = Case("answer_label_after", ANSWER_LABEL_AFTER, want=("still relevant", "Laurent"))
    article = without_furniture(Article(text=case.text, source=Source(date="2026-03-04", url=case.url)), Settings())
    doc = annotate(article)
    check_shown(case, " ".join(c.item.text for c in analyze_in_context(doc, build_context(doc))["conclusion"]))
