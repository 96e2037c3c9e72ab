"""Page furniture among extracted lines, and its removal by ``extract``.

The lines are written for these tests: realistic furniture of every kind, and
real sentences that look like it ("By the end of the year ...", a one-line
paragraph of reporting, a quote).
"""

from __future__ import annotations

import pytest

from newsbrief.ingest.extract import extract, extract_html
from newsbrief.ingest.furniture import drop_furniture, ends_like_sentence, furniture_kind, is_furniture_line
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

FURNITURE = [
    ("byline", "By Jane Doe"),
    ("byline", "By JANE DOE and MARK ROE, Associated Press"),
    ("byline", "Jane Doe, Staff Writer"),
    ("byline", "Staff Reports"),
    ("byline", "Jane Doe is a senior reporter at the Daily Ledger covering energy and climate."),
    ("byline", "Contact the reporter at jdoe@ledger.example."),
    ("byline", "Write to Mark Roe at mark.roe@ledger.example"),
    ("byline", "7:45 AM PST 3/12/2026 by Jane Doe"),
    ("timestamp", "Updated 8:10 AM EDT, Tue July 29, 2014"),
    ("timestamp", "Published 3 hours ago"),
    ("timestamp", "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK"),
    ("timestamp", "Last updated on 12 March 2026 at 10:30 GMT"),
    ("timestamp", "- Published 18 November 2025"),
    ("timestamp", "4:14 p.m."),
    ("dateline", "OSLO, Norway"),
    ("credit", "(Reporting by Jane Doe; Editing by Mark Roe)"),
    ("credit", "Reporting by Jane Doe in Oslo; additional reporting by Lars Berg; Editing by Mark Roe"),
    ("credit", "Jane Doe contributed reporting from Copenhagen."),
    ("credit", "Associated Press writers Lars Berg and Ann Holm contributed to this report."),
    ("credit", "Contributing: Lars Berg"),
    ("credit", "SOURCE: News agencies"),
    ("credit", "Originally published on The Northern Ledger."),
    ("credit", "(Graphic: Power prices in 2025 - here)"),
    ("caption", "Photo: Getty Images"),
    ("caption", "Image copyright Reuters"),
    ("caption", "Ministers at the signing in Oslo on Wednesday. (AP Photo/Lars Berg)"),
    ("caption", "This chart, provided by the grid operator, shows daily flows across the border."),
    ("caption", "video: Watch the ministers sign the deal"),
    ("widget", "Text size - + reset"),
    ("widget", "Advertisement"),
    ("widget", "Share this article"),
    ("widget", "Print"),
    ("widget", "Comments"),
    ("widget", "Follow us on Twitter, Facebook and Instagram."),
    ("widget", "Sign up for our daily newsletter to get the latest news in your inbox."),
    ("widget", "Click here to download the app"),
    ("widget", "Story continues below advertisement"),
    ("widget", "If you enjoyed this article, support our journalism by becoming a member."),
    ("related", "Read more: Ministers clash over cable costs"),
    ("related", "Related Articles"),
    ("related", "RELATED: Offshore wind auction draws record bids"),
    ("related", "You may also like:"),
    ("related", "- Offshore Wind Auction Draws Record Bids From Nordic Utilities"),
    ("related", "Wind farm workers strike over pay [VIDEO]"),
    ("subhead", "The long road to a deal"),
    ("subhead", "What happens next"),
    ("subhead", "2. Check the permits"),
    ("subhead", "WHO PAYS?"),
    ("subhead", "What did the ministers agree?"),
    ("legal", "Copyright 2026 The Northern Ledger. All rights reserved."),
    ("legal", "© 2026 Reuters"),
    ("legal", "Correction: An earlier version of this story misstated the length of the cable."),
    ("legal", "This story has been updated to include comment from the ministry."),
    ("legal", "Editor's note: This article was first published in 2019."),
    ("legal", "Disclosure: We may earn a commission from links on this page."),
    # Audit 15: a signed commentary's disclaimer became its Conclusion.
    ("legal", "The opinions expressed in this commentary are solely those of Maren Dahl."),
    ("legal", "The views expressed in this column are those of the writer, Lars Holm."),
    ("link", "https://ledger.example/energy/2026/03/12/nordic-cable-deal"),
    ("separator", "___"),
    ("embed", "— Jane Doe (@janedoe) March 12, 2026"),
    ("widget", "Leave a comment and let us know what you think of the deal."),
    ("other", "Version tested: PC."),
    ("other", "[1] Berg L, Holm A. Grid balancing with hydropower. Energy Policy. 2024; 12: 1-9."),
    ("boilerplate", "Ask the Engineer is written by Lars Berg and distributed by Ledger Syndicate."),
    ("boilerplate", "Nordgrid is a leading provider of grid services in northern Europe. The company is "
                    "headquartered in Oslo and employs 2,000 people."),
    ("legal", "Most stock quote data provided by Nordex Exchange."),
    ("legal", "Market indexes are shown in real time, except for the NLX, which is delayed by two minutes."),
    ("legal", "All content of the Ledger Indexes is proprietary to Ledger Index Services."),
    ("credit", "This article originally appeared at The Harbour Ledger. Copyright 2024. Follow The Harbour "
               "Ledger on Twitter."),
    ("legal", "Copyright 2024."),
    ("caption", "Rescue: Volunteers said the boat appeared to have been towed from the old quay (pictured)"),
    ("ad", "The Small Business Resources Series is supported by Ledger Pay."),
    ("ad", "This coverage is made possible in part by the Nordic Press Foundation."),
    ("caption", "Talent: the boy shows off his apparent magnetic powers. (CEN)"),
    ("caption", "Crowds gathered outside the court on Monday. (Getty Images)"),
]

CONTENT = [
    "By the end of the year, the council expects to have spent £3 million on repairs.",
    "By Monday, more than 200 homes had been evacuated.",
    "The deal was signed.",
    "It's complicated.",
    "Really.",
    '"We will not give up," she said.',
    "“It’s a disaster,” Penrose said.",
    "Police said the investigation was continuing.",
    "The reporter who broke the story, Jane Doe, was later given an award.",
    "Subscribers to the service rose by 12 percent last year.",
    "The newsletter, which has 40,000 readers, first reported the leak on Tuesday.",
    "Share prices fell 4 percent in early trading.",
    "The opinions expressed in the survey were those of 2,000 shoppers in five cities.",
    "Photographs taken by residents show water pouring over the wall.",
    "Updated forecasts show sea levels rising faster than expected.",
    "Related talks in Brussels stalled last month.",
    "More than 300 residents signed the petition.",
    "Copyright lawyers say the ruling could affect thousands of musicians.",
    "The bill was sponsored by Sen. Jane Doe, a Democrat from Oregon.",
    "The research project is supported by a grant from the Wellcome Trust, the university said.",
    "Flights were delayed by two hours after the system was shown in real time to fail.",
    "The recipe is proprietary to the company, its founder said.",
    "The story first appeared in the Times in 2004, and the minister later denied it.",
    "The copyright 1998 act was amended twice.",
    "Update: The minister (left) resigned on Monday after the vote.",
    "The new series is presented by a former BBC correspondent and starts in May.",
    "Comments made by the minister on Tuesday angered residents.",
    "Print editions of the paper will end in June, the publisher said.",
    "Here is what we know:",
    "The five finalists are:",
    "- 2 cups of flour",
    "- Blue Origin, Kent, Washington",
    "June 9 – Tampa, FL @ Amalie Arena",
    "Who pays for it? The council, the agency and, perhaps, the government.",
    "Q: What was the hardest part?",
    "Thunder: Host the Lakers on Friday.",
    "Price: about 2.1 billion euros, shared equally.",
    "A: Getting both parliaments to agree",
    "He was arrested at 4:14 p.m. on Tuesday, police said.",
    "Officials did not immediately respond to a request for comment, the ministry said in a statement "
    "sent at 10 p.m.",
    "(I know, a radical thought, right?)",
    "The talks collapsed in 2019. Neither side would pay for the converter stations. Reuters",
    "The mayor said the plan would work (and it did).",
]


@pytest.mark.parametrize(("kind", "line"), FURNITURE)
def test_furniture_lines(kind: str, line: str) -> None:
    assert furniture_kind(line) == kind
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines(line: str) -> None:
    assert furniture_kind(line) is None, line


def test_long_lines_are_not_judged_by_their_shape() -> None:
    # A lead paragraph whose final stop the extractor lost is still content.
    lead = ("Norway and Denmark signed an agreement in Oslo on Wednesday to build a 720-kilometre "
            "undersea power cable between the two countries after six years of talks that twice "
            "broke down over who would pay for the converter stations")
    assert not ends_like_sentence(lead)
    assert furniture_kind(lead) is None


def test_sentence_end_ignores_closing_quotes_and_emoji() -> None:
    assert ends_like_sentence('He said: "It is done."')
    assert ends_like_sentence("See you at the festival! 🙂")
    assert not ends_like_sentence("The long road to a deal")


def test_drop_furniture_keeps_order_and_the_lead() -> None:
    paragraphs = [
        "By Jane Doe",
        "Updated 8:10 AM EDT, Tue July 29, 2014",
        "Ministers from Norway and Denmark signed a deal on Wednesday to build a power cable.",
        "The long road to a deal",
        "Talks began in 2019.",
        "(Reporting by Jane Doe; Editing by Mark Roe)",
    ]
    assert drop_furniture(paragraphs) == [paragraphs[2], paragraphs[4]]


def test_drop_furniture_never_drops_the_lead_for_its_shape() -> None:
    # A sentence-shaped first paragraph that only a shape rule would drop (an all-capitals
    # lead) stays; a copyright notice in its place would not.
    lead = "THE COUNCIL VOTED ON THURSDAY TO BUILD A NEW SEA WALL AFTER THREE DAYS OF PUBLIC MEETINGS."
    assert furniture_kind(lead) == "subhead"
    assert drop_furniture([lead, "Work begins next year."]) == [lead, "Work begins next year."]


ARTICLE_TEXT = """Nordic ministers sign cable deal

By Jane Doe, Staff Writer

Updated 8:10 AM EDT, Tue March 12, 2026

Norway and Denmark signed an agreement in Oslo on Wednesday to build a 720-kilometre undersea
power cable, ending six years of talks that twice broke down over who would pay for it.

Why it took so long
The project was first proposed in 2019, when grid operators from both countries said a link
was needed to balance wind power in the south with hydropower in the north.

Negotiations resumed in 2023 after a study found the cable would pay for itself within
fifteen years. Construction is expected to begin next spring, officials said.

Photo: Getty Images

(Reporting by Jane Doe; Editing by Mark Roe)
"""


def test_extract_drops_furniture_without_gluing(settings: Settings) -> None:
    article = extract(RawDocument(ARTICLE_TEXT.encode(), filename="cable.txt"), settings)
    paragraphs = article.text.split("\n\n")
    assert article.source.title == "Nordic ministers sign cable deal"
    assert paragraphs[0].startswith("Norway and Denmark signed an agreement")
    # The sub-head typed above its paragraph is dropped, not glued into the first sentence.
    assert paragraphs[1].startswith("The project was first proposed in 2019")
    assert paragraphs[-1].endswith("officials said.")
    assert len(paragraphs) == 3
    for furniture in ("Jane Doe", "Updated", "Why it took so long", "Getty", "Editing by"):
        assert furniture not in article.text


def test_extract_keeps_a_page_that_is_mostly_furniture(settings: Settings) -> None:
    # When dropping the furniture would leave too little to brief, the text stays as it was.
    headings = ["Spiced pear jam with honey", "What you need to make it", "Making the spiced jam",
                "Using honey instead of sugar", "Giving the gift of homemade jam", "How to use a canner",
                "Storing the jars for winter", "Our favourite autumn recipes"]
    text = "Pear jam\n\n" + "\n\n".join(headings) + "\n\nBoil the pears with the honey for ten minutes."
    article = extract(RawDocument(text.encode(), filename="jam.txt"), settings)
    assert "What you need to make it" in article.text


def test_extract_html_keeps_every_line(settings: Settings) -> None:
    body = "".join(f"<p>{p}</p>" for p in (
        "Norway and Denmark signed an agreement in Oslo on Wednesday to build an undersea power "
        "cable, ending six years of talks that twice broke down over who would pay for it.",
        "Related: Offshore wind auction draws record bids",
        "Construction is expected to begin next spring, with the first power due to flow in 2030, "
        "the two governments said in a joint statement after the signing ceremony in Oslo.",
        "(Reporting by Jane Doe; Editing by Mark Roe)",
    ))
    page = f"<html><head><title>Cable deal</title></head><body><article>{body}</article></body></html>"
    raw = extract_html(page, settings).text
    assert "Related: Offshore" in raw and "Editing by" in raw
    briefed = extract(RawDocument(page.encode(), content_type="text/html"), settings).text
    assert "Related: Offshore" not in briefed and "Editing by" not in briefed
    assert briefed.startswith("Norway and Denmark signed")


def test_two_captions_under_a_paragraph_are_set_apart(settings: Settings) -> None:
    text = ("Boy says lamp shock left him magnetic\n\n"
            "A schoolboy who was thrown across the pavement by a live street lamp says spoons and coins now "
            "stick to his skin, and his mother has asked doctors to examine him.\n\n"
            "\"When I woke up the next day the coins had stuck to my body,\" he said.\n"
            "Talent: the boy shows off his apparent powers. (CEN)\n"
            "Talent: the boy shows off his apparent powers. (CEN)\n\n"
            "Scientists say the most likely reason is unusually sticky skin, not magnetism of any kind.\n")
    article = extract(RawDocument(text.encode(), filename="lamp.txt"), settings)
    assert "Talent" not in article.text and "coins had stuck to my body" in article.text


def test_an_explainers_questions_stay_while_a_lone_question_subhead_goes() -> None:
    answer = "The answer runs to a full sentence of ordinary reporting about the outbreak and the virus."
    qa = ["What is the virus?", answer, "How do people catch it?", answer, "Is there a vaccine?", answer]
    assert drop_furniture(qa) == qa  # three questions make a Q&A: its structure, read by the genre
    news = [answer, "What did the ministers say?", answer]
    assert drop_furniture(news) == [answer, answer]  # one question is a sub-head


def test_a_wire_dateline_and_a_credit_line_are_no_speaker_headers() -> None:
    # Shaped like a round-up's "NAME, role" headers, they made every sentence below the dateline said
    # "according to Tripoli" (reader Audit 9); they are furniture, not headers.
    paragraphs = ["Harbour reopens after storm", "Lenna, Ardenia (Coast Wire) --",
                  "The harbour at Lenna reopened on Monday after a week of repairs, the port authority said.",
                  "Fishing crews returned to the quay before dawn.",
                  "Coast Wire's Ana Roe, Piet Vos, and Mila Stan contributed to this report"]
    kept = drop_furniture(paragraphs)
    assert "Lenna, Ardenia (Coast Wire) --" not in kept and not any("contributed" in p for p in kept)
    assert "Fishing crews returned to the quay before dawn." in kept
