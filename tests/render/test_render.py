"""Renderers: JSON schema, Markdown markers, HTML escaping and CSP, prose."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from newsbrief.errors import InputError
from newsbrief.models import Brief, Source
from newsbrief.pipeline import brief_article
from newsbrief.render import render, source_line
from newsbrief.render.json import BRIEF_SCHEMA
from newsbrief.settings import Settings


def test_json_validates_against_schema(cable_brief: Brief, seawall_brief: Brief) -> None:
    jsonschema.Draft202012Validator.check_schema(BRIEF_SCHEMA)
    for brief in (cable_brief, seawall_brief):
        data = json.loads(render(brief, "json"))
        jsonschema.validate(data, BRIEF_SCHEMA)
        assert data["engine"]["name"] == "extractive"
        texts = {s["id"]: s for s in data["sentences"]}
        for section in data["sections"]:
            for item in section["items"]:
                for c in item["citations"]:
                    sentence = texts[c["sentence_id"]]
                    span = sentence["text"][c["start"] - sentence["start"] : c["end"] - sentence["start"]]
                    assert span and span in sentence["text"]
                assert "short" not in item


def test_schema_rejects_a_timeline_item_without_date(cable_brief: Brief) -> None:
    data = json.loads(render(cable_brief, "json"))
    timeline = next(s for s in data["sections"] if s["name"] == "timeline")
    del timeline["items"][0]["date"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, BRIEF_SCHEMA)


def test_markdown(cable_brief: Brief) -> None:
    text = render(cable_brief, "markdown")
    assert text.startswith("# Brief: Nordic ministers sign deal")
    for heading in ("## Key points", "## Timeline", "## Actors", "## Quotes", "## Key figures",
                    "## Conclusion"):
        assert heading in text
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert bullets and all(re.search(r"\[s\d+\]", line) for line in bullets)
    assert "**March 2019** — The project was first proposed in March 2019" in text
    assert text.rstrip().splitlines()[-1].startswith("Source: Nordic ministers sign deal")


def test_prose_ends_with_source_line_and_uses_no_sentence_twice(seawall_brief: Brief) -> None:
    text = render(seawall_brief, "prose")
    lines = text.rstrip().splitlines()
    assert lines[-1] == "Source: Coastal town backs £48 million sea wall as storms grow stronger"
    notes = next(line for line in lines if line.startswith("Notes"))
    # Reported sentences each cite one source sentence, and none is used twice
    # (the tone note, newsbrief's own commentary, cites several).
    single = [note for note in re.findall(r"\] ([^;]+)", notes) if "," not in note]
    assert len(single) >= 6
    assert len(single) == len(set(single))
    first = text.index("Okafor")
    assert text[first - 8 : first].endswith("[David] ")  # first mention: full name
    body = "\n".join(lines[1:-2])
    assert len([p for p in body.split("\n\n") if p.strip()]) >= 4
    # A brief, not the article retold: a long article's essay is at most a third of its length.
    article = sum(len(s.text.split()) for s in seawall_brief.sentences)
    assert article > 600 and len(body.split()) <= article / 3 + 40


def test_source_line_omits_unknown_parts() -> None:
    full = Source(title="T", outlet="O", date="2026-01-02", url="https://x.example/a")
    assert source_line(full) == "Source: T — O, 2026-01-02, https://x.example/a"
    assert source_line(Source(title="T")) == "Source: T"
    assert source_line(Source(title="T", url="u")) == "Source: T — u"
    assert source_line(Source(date="2014-09-14")) == "Source: untitled article — 2014-09-14"
    assert source_line(Source()) == "Source: untitled text (no outlet, date or address given)"


def test_html_escapes_and_has_csp(settings: Settings) -> None:
    from newsbrief.models import Article

    hostile = (
        "Officials said <script>alert(1)</script> was found on the council website on Monday. "
        "The mayor said <img src=x onerror=alert(1)> appeared in a comment field of the form. "
        "Engineers removed the code and said no data had been taken from the system. "
        "The council will review its security before the next budget meeting in the spring."
    )
    brief = brief_article(
        Article(text=hostile, source=Source(title="<script>alert('t')</script> hack",
                                            url="javascript:alert(1)")), settings)
    page = render(brief, "html")
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'', page)
    assert "http://" not in page.replace("https://json", "") and "src=\"http" not in page
    # Citations link to sentence anchors in the side panel.
    anchors = set(re.findall(r'id="(s\d+)"', page))
    cites = set(re.findall(r'href="#(s\d+)"', page))
    assert cites and cites <= anchors


def test_unknown_format(cable_brief: Brief) -> None:
    with pytest.raises(InputError, match="unknown format"):
        render(cable_brief, "pdf")


def test_prose_introduces_a_person_by_full_name_at_first_mention() -> None:
    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay
    from newsbrief.settings import Settings

    text = ("Finance Minister Ruth Adler presented the budget on Tuesday in Oslo. Adler said taxes would not rise. "
            "The opposition leader, Per Dahl, called the plan reckless and said it would fail within a year.")
    essay = _Essay(brief_article(Article(text=text, source=Source()), Settings()))
    assert essay.introduce("Adler said taxes would not rise.") == "[Ruth] Adler said taxes would not rise."
    assert essay.introduce('"Ask Adler," Dahl said.') == '"Ask Adler," Dahl said.'  # never inside a quote
    essay.told = "Finance Minister Ruth Adler presented the budget."
    assert essay.introduce("Adler said taxes would not rise.") == "Adler said taxes would not rise."


def test_prose_never_brackets_a_given_name_that_could_be_someone_elses() -> None:
    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay
    from newsbrief.settings import Settings

    text = ("The aid worker David Haines was freed on Sunday after six months in captivity, his family said. "
            "His brother, Mike Haines, said the family was overjoyed. Mike Haines thanked the negotiators. "
            "Haines, 44, had worked for aid groups in Libya and South Sudan. Foreign Secretary Ruth Adler "
            "welcomed the news. Adler said the government had not paid a ransom.")
    essay = _Essay(brief_article(Article(text=text, source=Source()), Settings()))
    # Two people share the surname: a bare "Haines" is left as the article wrote it.
    assert essay.introduce("Haines, 44, had worked for aid groups.") == "Haines, 44, had worked for aid groups."
    # A given name already there is never preceded by another one ("David [Mike] Haines").
    assert essay.introduce("The aid worker David Haines was freed.") == "The aid worker David Haines was freed."
    assert essay.introduce("Officials said Adler was pleased.") == "Officials said [Ruth] Adler was pleased."
    # Opening the text, the given name or an initial already names the person; a title does not, and
    # the essay's first "Ms Adler" gets the given name (session 13, reader Audit 17's "Mr Connolly").
    assert essay.introduce("Ruth Adler's plan was attacked.") == "Ruth Adler's plan was attacked."
    assert essay.introduce("Ms Adler said no ransom was paid.") == "Ms [Ruth] Adler said no ransom was paid."
    assert essay.introduce("R. Adler said no ransom was paid.") == "R. Adler said no ransom was paid."
    # A capitalised first word that is not a name still gets the given name.
    assert essay.introduce("Then Adler said no ransom was paid.") == "Then [Ruth] Adler said no ransom was paid."


def test_prose_never_brackets_a_surname_used_as_a_modifier() -> None:
    """A surname that names something ("the Kennedy assassination", "the 1963 Kennedy murder") may be
    another holder of the name (Audit 12 printed "[Edward] Kennedy assassination" for 1963)."""
    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay
    from newsbrief.settings import Settings

    text = ("Finance Minister Ruth Adler presented the budget on Tuesday in Oslo. Adler said taxes would not rise. "
            "The opposition leader, Per Dahl, called the plan reckless and said it would fail within a year.")
    essay = _Essay(brief_article(Article(text=text, source=Source()), Settings()))
    assert essay.introduce("He studied the Adler reforms of 1990.") == "He studied the Adler reforms of 1990."
    assert essay.introduce("It recalled the 1963 Adler affair.") == "It recalled the 1963 Adler affair."
    assert essay.introduce("An Adler government took office.") == "An Adler government took office."
    # Near misses: the person herself, after "the" words that do not make her a modifier.
    assert essay.introduce("Critics said the plan of Adler was weak.") == "Critics said the plan of [Ruth] Adler was weak."
    assert essay.introduce("On the day Adler spoke, markets rose.") == "On the day [Ruth] Adler spoke, markets rose."
    assert essay.introduce("Aides said that Adler was tired.") == "Aides said that [Ruth] Adler was tired."


def test_prose_connective_before_a_repaired_opening() -> None:
    """A one-letter case repair is lower-cased after a connective; an inserted clause takes none
    ("The article adds that [According to the report, t]he ..." read garbled in Audit 12)."""
    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay, _takes_connective
    from newsbrief.settings import Settings

    text = ("Engineers closed the dam on Monday. But the river rose again by the evening. "
            "The town council met in the hall and said the repairs would take a month.")
    essay = _Essay(brief_article(Article(text=text, source=Source()), Settings()))
    assert essay.decapitalize("[T]he river rose again.") == "[t]he river rose again."
    assert essay.decapitalize("[I]t rose again.") is not None
    assert not _takes_connective("[According to the council, t]he repairs take a month.", "The article adds that ")
    assert _takes_connective("[T]he river rose again.", "The article adds that ")
    assert not _takes_connective("(The pumps were switched off at noon.", "It also reports that ")


def test_prose_leaves_out_a_sentence_that_leans_on_one_it_does_not_follow() -> None:
    from newsbrief.models import Article, Citation, Item, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay
    from newsbrief.settings import Settings

    text = ("Ford showed its new electric SUV on Sunday. It can go 300 miles on one charge.\n\n"
            "Toyota showed a plug-in hybrid. It will get 90 mpg, the company says.")
    brief = brief_article(Article(text=text, source=Source()), Settings())
    essay = _Essay(brief)
    by_text = {s.text: s for s in brief.sentences}

    def item(sentence_text: str) -> Item:
        s = by_text[sentence_text]
        return Item(text=s.text, citations=(Citation(s.id, s.start, s.end, s.article_id),))

    essay.paragraph([item("Ford showed its new electric SUV on Sunday."),
                     item("It will get 90 mpg, the company says.")], [])
    assert "90 mpg" not in " ".join(essay.paragraphs)  # after the Ford sentence it would be the Ford's
    essay.paragraph([item("Toyota showed a plug-in hybrid."), item("It will get 90 mpg, the company says.")], [])
    assert "90 mpg" in essay.paragraphs[-1]  # right after its own antecedent it stays


@pytest.mark.parametrize(("text", "leans"), [
    ("Dr Kain concluded they were likely to have been caused by surgery.", True),
    ("Zeev Kain said these were old scars.", True),
    ("Officials said they would reopen the road.", False),  # "they" is the officials
    ("The company said it would close the plant.", False),
    ("Kain said the scars were old.", False),
])
def test_a_named_speakers_plural_pronoun_leans_on_the_sentence_before(text: str, leans: bool) -> None:
    from newsbrief.render.prose import _LEANS_BACK

    assert bool(_LEANS_BACK.match(text)) is leans


def test_a_time_named_only_by_the_sentence_before_is_never_repaired() -> None:
    from newsbrief.analyze.openings import repair_opening
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text="The city banned fireworks in 2018. That year, police arrested 210 people. "
                                "These rules were eased later.", source=Source()))
    assert repair_opening(doc, doc.sentences[1], ()) is None
    assert repair_opening(doc, doc.sentences[2], ()) == "[The] rules were eased later."


def test_prose_names_the_speaker_of_a_position_told_with_he_said() -> None:
    from newsbrief.models import Article, Citation, Item, PositionInfo, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay, _through_quote_sentences
    from newsbrief.settings import Settings

    text = ("The chief medical officer, Sir Liam Dorran, warned today that the virus may spread faster. "
            "Health minister Ana Prado said four cases were found abroad. "
            "He said offices and trains would be a concern in winter.")
    brief = brief_article(Article(text=text, source=Source()), Settings())
    essay = _Essay(brief)
    last = brief.sentences[-1]
    position = Item(text=last.text, citations=(Citation(last.id, last.start, last.end, last.article_id),),
                    payload=PositionInfo(speaker="Liam Dorran", role=None, voice="person", stance="asserts"))
    told = _through_quote_sentences(essay, [position])
    assert told[0].text.startswith("[") and "Dorran] said offices" in told[0].text


def test_prose_tells_an_expected_event_as_looking_ahead_not_as_then() -> None:
    from newsbrief.models import Article, Citation, Item, Source, TimelineEvent
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import _Essay
    from newsbrief.settings import Settings

    text = ("Talks on the construction of the cable collapsed in November 2021. Construction will start in 2031, "
            "the ministry said, and the first power is expected to flow in 2033.")
    brief = brief_article(Article(text=text, source=Source(date="2030-05-04")), Settings())
    essay = _Essay(brief)
    first, second = brief.sentences[0], brief.sentences[1]
    past = TimelineEvent("2021-11", "month", "November 2021", 0.9, False, "November 2021")
    ahead = TimelineEvent("2031", "year", "2031", 0.9, True, "2031")
    essay.paragraph([Item(first.text, (Citation(first.id, first.start, first.end),), payload=past),
                     Item(second.text, (Citation(second.id, second.start, second.end),), payload=ahead)],
                    ["Then ", "Later, "])
    assert "Looking ahead, construction will start" in essay.paragraphs[-1]
    assert "Then construction" not in essay.paragraphs[-1]


def test_prose_says_looking_ahead_only_of_a_sentence_that_looks_ahead() -> None:
    from newsbrief.render.prose import _takes_connective

    assert _takes_connective("The ministers will meet again in June.", "Looking ahead, ")
    assert _takes_connective("Analysts expect prices to fall.", "Looking ahead, ")
    assert not _takes_connective("He died before he could throw them.", "Looking ahead, ")
    # A past fact that Outlook took is not told as the future.
    assert not _takes_connective("The gunman stormed into the building.", "Looking ahead, ")
    assert _takes_connective("The vote is on 12 May.", "Looking ahead, ", dated_ahead=True)
    # A speaker's bracketed name or a quotation opens the sentence: no connective in front of it.
    assert not _takes_connective("[Ruth Adler:] We would like to warn them.", "In addition, ")
    assert not _takes_connective('"We will not stop," she said.', "Looking ahead, ")
    assert _takes_connective("The plan stalled in March.", "Then ")


def test_prose_tells_an_argument_piece_as_the_writers_claims() -> None:
    """An opinion or analysis piece's lead is the writer's argument, not a report (Audit 13)."""
    from dataclasses import replace

    from newsbrief.models import Article, Source
    from newsbrief.pipeline import brief_article
    from newsbrief.render.prose import render_prose
    from newsbrief.settings import Settings

    text = ("The city's plan to close three libraries is a mistake that will cost far more than it saves. "
            "Libraries are the last warm public rooms open to everyone, and closing them pushes the cost onto "
            "shelters and clinics. The council says the closures save 2 million pounds a year, but that sum "
            "ignores what the city will spend elsewhere. Councillors should find the money in the roads budget "
            "instead.")
    brief = brief_article(Article(text=text, source=Source()), Settings())
    news = render_prose(replace(brief, genre="news"))
    opinion = render_prose(replace(brief, genre="opinion"))
    assert "The article adds that" in news and "The writer adds that" not in news
    assert "The writer adds that" in opinion and "The article adds that" not in opinion


def test_a_that_connective_takes_no_sentence_that_opens_on_a_conjunction() -> None:
    """Audit 23 read "The article also notes that and of course ..." in an essay: a sentence that opens on a
    conjunction or a discourse marker cannot follow "... that"; it stands without the connective."""
    from newsbrief.render.prose import _takes_connective

    assert not _takes_connective("And of course the moon pulls harder than any planet.", "The article also notes that ")
    assert not _takes_connective("But the river rose again.", "It also reports that ")
    assert not _takes_connective("Of course, nobody floated.", "The writer adds that ")
    assert not _takes_connective("So the plan failed.", "The article adds that ")
    # near-misses: other connectives, and a sentence whose first word only looks like one
    assert _takes_connective("But the river rose again.", "Then ")
    assert _takes_connective("Sony said the plan failed.", "The article adds that ")
    assert _takes_connective("Andrew Hale said the plan failed.", "The article adds that ")
