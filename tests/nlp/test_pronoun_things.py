"""An "It" opening a sentence means the thing the sentence before is about (nlp/pronoun_things.py)."""

from __future__ import annotations

from newsbrief.models import Article, Source
from newsbrief.nlp.annotate import annotate
from newsbrief.nlp.attribution import attribute


def _speakers(text: str, piece: str) -> list[str | None]:
    found = attribute(annotate(Article(text=text, source=Source())))
    return [a.speaker for a in found.attributions if piece in text[a.content_start : a.content_end]]


def test_it_after_a_thing_is_not_the_body_quoted_two_sentences_up() -> None:
    # the labelled set's H1N1 case: the virus strain "has shown", and the sentence's own "said X" gives its speaker
    text = ("The World Health Organisation warned on Monday that the world should prepare for a pandemic.\n\n"
            "The new strain of the virus has now been confirmed in nine countries.\n\n"
            "It has shown an ability to pass from person to person, said the agency's deputy head, Karl Moser.")
    speakers = _speakers(text, "an ability to pass")
    assert "Karl Moser" in speakers
    assert not any(s and "World Health" in s for s in speakers)


def test_it_after_a_motion_is_the_motion() -> None:
    text = ("Councillors voted on Tuesday on a motion about the flooding.\n\n"
            "But the Environment Agency has said it will not fund new defences in the valley.\n\n"
            "Ms Reid's motion highlighted the damage done to homes in the valley.\n\n"
            "It also called for an inquiry into the flood defences.")
    assert _speakers(text, "an inquiry into the flood") == ["Ms Reid's motion"]


def test_it_after_an_agency_sentence_is_still_the_agency() -> None:
    text = ("The UN refugee agency says it has now registered almost 150,000 refugees in four countries.\n\n"
            "It said 6,000 had crossed into Turkey in the past week.")
    assert any(s and "refugee agency" in s for s in _speakers(text, "6,000 had crossed"))


def test_it_inside_a_persons_reported_words_is_no_source() -> None:
    # the labelled set's Lavrov case: "adding" shares the dummy "it" of his own clause, not the reports two up
    text = ("Unconfirmed reports said six soldiers were killed in the assault on the base.\n\n"
            "Mr Petrov said such attacks were \"like a civil war\".\n\n"
            "He said weapons were being smuggled into the country, and that it was \"necessary to stop violence\""
            " - adding that opposition forces should also be held accountable.")
    speakers = [s for s in _speakers(text, "opposition forces should also") if s]
    assert not any("reports" in s for s in speakers)


def test_he_after_a_dash_parenthesis_is_the_named_chief() -> None:
    text = ("Fire crews were called to the warehouse on Friday night.\n\n"
            "Brendan Cole, chief executive of the Harbour Trust - a charity that owns the site, said he was "
            "shocked by the damage.\n\n\"We will rebuild,\" he said.")
    assert _speakers(text, "shocked by the damage") == ["Brendan Cole"]
    assert _speakers(text, "We will rebuild") == ["Brendan Cole"]


def test_one_of_her_lawyers_is_not_the_source_before() -> None:
    text = ("The band played its last show in March.\n\n"
            "According to the Daily Post, Maria Santos left the group after a row with the manager. In 2015, she "
            "was fined for a traffic offence, one of her former lawyers said.")
    speakers = _speakers(text, "fined for a traffic offence")
    assert speakers and not any(s and "Daily Post" in s for s in speakers)


def test_in_which_she_after_an_interview_with_a_person_hung_on_a_date() -> None:
    text = ("A local radio station aired an interview with Maria Santos earlier in November in which she said she "
            "had left the band for good.")
    assert _speakers(text, "she had left the band") == ["Maria Santos"]


def test_they_is_the_main_clause_group_not_the_one_in_its_reported_clause() -> None:
    text = ("Floods hit the valley town of Arden on Sunday.\n\n"
            "Council engineers warned that residents should stay away from the river banks.\n\n"
            "They said the water was still rising after two days of rain.")
    assert [s.lower() for s in _speakers(text, "still rising") if s] == ["council engineers"]


def test_he_after_an_unnamed_boyfriend_is_not_a_name_before_him() -> None:
    # FNC-1 15's shape: the last name before is a brand typed a person and a singer she likes
    text = ("Don't cheat on Cassy, because she finds out everything (she really likes Trey Songz).\n\n"
            "Cassy says she found messages between her boyfriend and another woman. She printed them out and "
            "wrapped them up as a present.\n\n"
            "He said he thought he was getting his gifts.")
    speakers = _speakers(text, "he was getting his gifts")
    assert not any(s and ("Trey" in s or "Songz" in s) for s in speakers)


def test_she_after_according_to_a_site_is_the_subject_it_reports_on() -> None:
    # FNC-1 1690's shape: a one-word news site the model may type a person is the source, not the "she"
    text = ("The band played its last show in March.\n\n"
            "According to Walla, Maria Santos left the group after a row with the manager.\n\n"
            "She told the paper she would never play with them again.")
    assert _speakers(text, "never play with them") == ["Maria Santos"]


def test_the_user_after_a_third_is_the_third_user() -> None:
    text = ("Many people mocked the cleric's ruling online.\n\n"
            "\"This is madness,\" one Twitter user wrote.\n\n"
            "A third said the country had two kinds of people: \"Those who ask for a ruling on everything, and "
            "those who give one,\" the user wrote.")
    speakers = _speakers(text, "Those who ask for a ruling")
    assert speakers and "the user" not in speakers
    assert all(s is None or s.startswith("a third") for s in speakers)


def test_he_after_a_company_spokesman_is_the_spokesman_not_the_man_before() -> None:
    # Audit 52 #10's shape: the spokesman is shown as his company, which a "he" cannot mean by itself
    text = ("Tom Baker, the son of the owner of Baker Roofing, told a local paper that the firm sold the van to "
            "CarWorld last year. He says he has no idea how it ended up abroad.\n\n"
            "Reached on Wednesday, a CarWorld spokesman denied any involvement. He said the company sent the van "
            "to an auction.\n\n"
            "\"We took the van in a trade-in and sold it on the same week,\" he said. \"We were only the "
            "pass-through.\"")
    speakers = _speakers(text, "We took the van in a trade-in")
    assert speakers and not any(s and "Baker" in s for s in speakers)
    assert any(s and "CarWorld" in s for s in speakers)


def test_he_of_a_reported_clause_is_the_reporting_chief() -> None:
    text = ("Anadarko's chief executive, Jim Hackett, said in a statement that the firm's partner had been "
            "reckless.\n\n"
            "The partner's chief executive Tony Hayward, who was questioned by Congress on Thursday, said he "
            "\"strongly disagreed\" with the claim and expected the firm's partners to \"live up to their "
            "obligations\".")
    speakers = _speakers(text, "live up to their")
    assert "Tony Hayward" in speakers and "Jim Hackett" not in speakers


def test_a_name_in_the_pronouns_own_clause_is_not_its_antecedent() -> None:
    # Audit 52 #5's shape: the victim named in the clause is never the "he" who denies
    text = ("The trial of the doctor who treated singer Anna Berg's husband, Paul Berg, is due to start in May.\n\n"
            "The court will sit in Los Angeles.\n\n"
            "He denies killing Paul Berg with an overdose of a sedative.")
    assert "Paul Berg" not in _speakers(text, "killing Paul Berg")

