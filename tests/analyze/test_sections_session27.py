"""Outlook, Analysis and Recommendations items still misfiled after session 26 (reader Audits 40-41, docs/audit.md
41.4 item 3 and 42.4 items 4 and 9), read again on the rebuilt inputs: labelled cases, each a short article written
for this test (other names, other events).

- Outlook: an act announced and described as done ("..., a step that makes X the acting governor") is the news,
  not a forecast (withheld since session 28: the attribution stage now gives it to the aide); the writer's own wish ("I would be interested to learn more about ...") forecasts nothing. A dated
  plan, a party's "would" with a time and a warning stay.
- Recommendations: a rallying line ("we must muster all our strength", "Let us be strong for Corvia") urges no act;
  the post's own prescriptions ("Aid agencies must stockpile insulin ...", "We must rebuild the clinics before the
  rains") stay.
- Analysis: "and for good reason" names no reason; a hope ("perhaps, if enough aid comes, the rebuilding will
  result in ...") is no cause; "Citing unnamed sources, the Gazette reported ..." names a report's source, not a
  cause; an interviewee's cause shown as a pair of sentences with no speaker is withheld. A stated cause, a
  result with its cause before it and a company's reason "citing" costs stay.
"""

from __future__ import annotations

from newsbrief.analyze import analyze
from newsbrief.analyze.classify import analyze_analysis, analyze_outlook
from newsbrief.analyze.context import build_context
from newsbrief.models import Article, Document, Source
from newsbrief.nlp.annotate import annotate

# A news report: a handover announced and described as done, a report's source, a cause left unsaid.
_REPORT = (
    "Osterfeld governor hands powers to deputy\n\n"
    "The governor of Osterfeld announced on Tuesday that he would be handing his day-to-day powers to his deputy, "
    "Ilsa Brandt, a step that makes Brandt the acting governor of the province, an aide said. "
    "Citing unnamed officials in the capital, the Harbour Gazette reported on Wednesday that an envoy of the governor "
    "was in Varna for secret talks with the opposition. "
    "The governor has kept his plans for the summer hidden from the press, and for good reason. "
    "The ferry to the islands was cancelled on Monday because of high winds. "
    "The Varna airline cancelled 40 flights, citing the high cost of fuel. "
    "The regional assembly will vote on the budget in March. "
    "Officials said the envoy would travel to the port next week. "
    "If the talks fail, the strike could spread to the northern ports, the envoy warned.\n")

# A first-person advocacy post by an aid worker: a wish, a hope, a rallying line, and the post's own prescriptions.
_POST = (
    "Disabled people must not be forgotten in Corvia\n\n"
    "I have worked with disabled people in disasters for twelve years, and I have seen them left behind again "
    "and again. "
    "After the floods in Corvia, many people in wheelchairs could not reach the food queues. "
    "Aid agencies must stockpile insulin and catheters before the next disaster strikes. "
    "We must rebuild the clinics before the rains come in April. "
    "The only bright spot is that perhaps, if enough aid arrives, the rebuilding will result in better roads "
    "and ramps than before. "
    "A friend of mine in the capital wrote to me on Sunday. "
    "Terrible, just terrible, but we must muster all our strength. "
    "Let us be strong for Corvia. "
    "I would be interested to learn more about her project and those of other volunteers. "
    "The ministry will open two new rehabilitation centres next year.\n")

_POST_URL = "https://example.com/blogs/aidworker/corvia"

# A Q&A interview by email: the interviewee's cause, told over two sentences, with no speaker in them.
_QA = (
    "A Norland activist on the protests\n\n"
    "An activist in Norland has warned that the protests could turn violent, in emailed answers to questions put "
    "to her by the Courier.\n\n"
    "She asked that we call her Mira.\n\n"
    "What does the movement want?\n\n"
    "Mira: A fair vote, and a free press.\n\n"
    "Why do people distrust foreign help?\n\n"
    "Mira: Help from abroad is not trusted here.\n\n"
    "The 1961 coup is a prime example.\n\n"
    "As a result, many people refuse to join any group that is funded from abroad.\n\n"
    "What should other countries do?\n\n"
    "Mira: They should help us to communicate freely.\n")

# A news report whose cause is told over two sentences in the writer's own voice: the pair stays.
_PAIR = (
    "River bursts its banks in Dunmore\n\n"
    "Heavy rain fell on the hills above Dunmore for three days last week. "
    "As a result, the river burst its banks on Sunday and flooded forty homes. "
    "The council will inspect the flood walls next month.\n")


def _doc(text: str, url: str) -> Document:
    return annotate(Article(text=text, source=Source(title=text.split("\n")[0], date="2025-11-02", url=url)))


def _outlook(text: str, url: str) -> list[str]:
    doc = _doc(text, url)
    return [i.text for i in analyze_outlook(doc, build_context(doc))]


def _analysis(text: str, url: str) -> list[str]:
    doc = _doc(text, url)
    return [i.text for i in analyze_analysis(doc, build_context(doc))]


def _recommendations(text: str, url: str) -> list[str]:
    return [c.item.text for c in analyze(_doc(text, url)).get("recommendations", ())]


_REPORT_URL = "https://example.com/news/osterfeld"


def test_an_act_announced_and_described_as_done_is_no_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert not any("handing his day-to-day powers" in o for o in outlook), outlook


def test_forecasts_of_a_report_stay_in_outlook() -> None:
    outlook = _outlook(_REPORT, _REPORT_URL)
    assert any("vote on the budget in March" in o for o in outlook), outlook
    assert any("travel to the port" in o for o in outlook), outlook
    assert any("strike could spread" in o for o in outlook), outlook


def test_the_writers_wish_is_no_outlook() -> None:
    outlook = _outlook(_POST, _POST_URL)
    assert not any("interested to learn more" in o for o in outlook), outlook


def test_a_dated_plan_in_a_post_stays_in_outlook() -> None:
    outlook = _outlook(_POST, _POST_URL)
    assert any("two new rehabilitation centres" in o for o in outlook), outlook


def test_rallying_lines_are_no_calls() -> None:
    recs = _recommendations(_POST, _POST_URL)
    assert not any("muster all our strength" in r or "Let us be strong" in r for r in recs), recs


def test_the_posts_prescriptions_stay_calls() -> None:
    recs = _recommendations(_POST, _POST_URL)
    assert any("stockpile insulin" in r for r in recs), recs
    assert any("rebuild the clinics" in r for r in recs), recs


def test_for_good_reason_names_no_cause() -> None:
    analysis = _analysis(_REPORT, _REPORT_URL)
    assert not any("for good reason" in a for a in analysis), analysis


def test_a_reports_cited_source_is_no_cause() -> None:
    analysis = _analysis(_REPORT, _REPORT_URL)
    assert not any("Citing unnamed officials" in a for a in analysis), analysis


def test_stated_causes_stay_in_analysis() -> None:
    analysis = _analysis(_REPORT, _REPORT_URL)
    assert any("because of high winds" in a for a in analysis), analysis
    assert any("citing the high cost of fuel" in a for a in analysis), analysis


def test_a_hoped_result_is_no_cause() -> None:
    analysis = _analysis(_POST, _POST_URL)
    assert not any("result in better roads" in a for a in analysis), analysis


def test_an_interviewees_cause_with_no_speaker_is_withheld() -> None:
    analysis = _analysis(_QA, "https://example.com/world/norland-activist")
    assert not any(a.startswith("The 1961 coup") for a in analysis), analysis


def test_a_writers_cause_told_over_two_sentences_stays() -> None:
    analysis = _analysis(_PAIR, "https://example.com/news/dunmore-flood")
    assert any("As a result, the river burst its banks" in a for a in analysis), analysis


# A feature that recalls a precedent centuries old: the precedent's own cause is an example, not the story's.
_FEATURE = (
    "Can the public fix the dam?\n\n"
    "The water board has received 9,000 ideas from the public for sealing the cracked dam at Varna. "
    "Some engineers doubt that amateurs can help. "
    "One of the best known examples of asking the public for answers came in the Bridge Prize, set up by the city "
    "of Dunmore in 1731. "
    "The city offered a fortune to anyone who could span the river with a single arch. "
    "The mason Tomas Reed drew the winning design, but he never received the full prize because the city went "
    "bankrupt. "
    "The dam leaks because its concrete has cracked in the frost. "
    "The water board says it will test the best ideas next month.\n")

# A column's aside on an old campaign, with no word that opens an example.
_COLUMN = (
    "Voters want a mayor who gets things done\n\n"
    "Back in 1994, the candidate Ann Holt ran for mayor of Dunmore by saying the race was about roads, not ideas. "
    "It did her little good: her own party stayed at home because everyone knew she was speaking in code, and she "
    "lost. "
    "Today the mayor must show that she can fix the bridge.\n")


def test_a_historical_precedents_cause_is_no_analysis() -> None:
    analysis = _analysis(_FEATURE, "https://example.com/magazine/dam-ideas")
    assert not any("went bankrupt" in a for a in analysis), analysis


def test_the_storys_own_cause_after_an_example_stays() -> None:
    analysis = _analysis(_FEATURE, "https://example.com/magazine/dam-ideas")
    assert any("cracked in the frost" in a for a in analysis), analysis


# closed in session 29: a pronoun carrying on a sentence that dates an earlier episode in words
# (section_expected._carried_on; more cases in test_analysis_earlier_s29)
def test_an_old_campaigns_cause_is_no_analysis() -> None:
    analysis = _analysis(_COLUMN, "https://example.com/opinion/mayor")
    assert not any("speaking in code" in a for a in analysis), analysis


# "the latter" as a pronoun, cut from the two things the sentence before named; "the former minister" is a title.
_CHOICES = (
    "Sanctions debate in Norland\n\n"
    "The opposition wants either new elections or a slow reform of the courts. "
    "Targeted fines on the ruling party's firms can result in the latter. "
    "The latter will take years, the mayor warned. "
    "The former minister said the closure of the mine will cost 200 jobs because demand has fallen.\n")


def test_a_cut_latter_is_no_cause_and_no_forecast() -> None:
    url = "https://example.com/news/norland-sanctions"
    analysis, outlook = _analysis(_CHOICES, url), _outlook(_CHOICES, url)
    assert not any("the latter" in a for a in analysis), analysis
    assert not any("The latter" in o for o in outlook), outlook


def test_the_former_minister_keeps_his_cause_and_forecast() -> None:
    url = "https://example.com/news/norland-sanctions"
    analysis, outlook = _analysis(_CHOICES, url), _outlook(_CHOICES, url)
    assert any("The former minister" in a for a in analysis) or any("The former minister" in o for o in outlook), (
        analysis, outlook)
