"""Genre session 23, round 2 (Audit 38, docs/audit.md 39.2): pieces whose writer weighs, judges or mocks in few
words of their own, all read as news.

- A correspondent's analysis that opens on a judgement ("make for odd partners"), tells the history and weighs the
  evidence in the writer's voice ("far from proven", "More telling, perhaps, is ...") is an analysis (#4's pattern).
- An unsigned analysis that opens on "has never looked grimmer" and judges in passing ("more a sign of panic than a
  plan", "in reality ... highly unlikely to") is an analysis (#5's pattern).
- A snarky blog item that talks to the reader ("By now you have probably seen ..."), weighs the evidence and mocks the
  fuss ("we can't help but think of another hashtag") argues: an opinion piece (#8's pattern).
- A snarky debunk ("X has not been detained ... is, once again, a hoax"; "So daring! So untrue.") is a fact-check
  (#11's pattern; Audit 37's similar debunk was one).
- A blog post that frames quoted reports in the writer's voice ("history may be repeating itself"; excerpts
  introduced by "since:") is commentary, not a report (#12's pattern).
Near misses: a plain report of a rumour denied, and a report whose sources judge, stay news. All texts are invented.
"""

from __future__ import annotations

from newsbrief.analyze.context import build_context
from newsbrief.models import Hints, RawDocument
from newsbrief.pipeline import annotate_raw
from newsbrief.settings import Settings


def _genre(text: str, title: str | None = None) -> str:
    raw = RawDocument(text.encode(), content_type="text/plain", hints=Hints(title=title, trusted=True))
    return build_context(annotate_raw(raw, Settings())).genre


_ALLIES = """By Maria Lindqvist BBC Caucasus correspondent

Armenia and Iran make for odd partners.

One is a Christian republic with a large diaspora in the West.

The other is ruled by Shia clerics who distrust the West.

Yet since the early 1990s, the two have found good reasons to stay close.

"Geography made them friends long before politics did," writes Dr Anahit Sarkis in a regional survey.

Historically the two countries drew together to balance Turkey and Azerbaijan, and to keep a trade route open to the north.

In particular, the two governments built a gas pipeline across their short border in 2007.

Western diplomats accept that Tehran has sway over its neighbour.

The US State Department says Iranian banks have used Armenian firms to move money around sanctions.

Officials in Yerevan deny the charge and say all trade with Iran is lawful.

On 3 March 2013, a Moscow newspaper reported that Iranian oil had been sold through an Armenian company.

Armenia's foreign ministry quickly denied the report.

Opposition activists have tried to show that the trade is larger than the figures admit.

Last month, a photograph posted online allegedly showed Iranian lorries at a border depot at night.

But other experts believe that such pictures are far from proven.

More telling, perhaps, is a speech given by an Iranian deputy minister to a trade fair in Tabriz in April.

"Our neighbour has never closed its door to us, whatever the pressure," the deputy minister is quoted as saying.

The speech was soon taken down from the ministry's website.

But the partnership between the two countries remains in place.
"""

_GRIM = """4 March 14 10:20 GMT

The situation in Sudan's western region has never looked grimmer nor closer to famine.

Almost two years after the fighting began, government troops have stepped up their campaign against rebel towns.

In El Geneina, the largest of them, the army is now using artillery and air strikes against crowded markets.

The result: in three weeks, more than 300 people have been killed, according to local doctors.

Aid workers who reached the town last week say the clinics have run out of dressings.

Meanwhile, the talking continues among the region's neighbours.

The latest African Union plan for a ceasefire monitored from the air is more a sign of panic than a plan that could work in the current circumstances.

Sending troops has already been ruled out, while action in the Security Council is being blocked by two of its members.

Officials say the crisis is "the worst in a generation", but one diplomat called the idea of safe corridors "not workable".

Across the border, traders have been told to expect more refugees before the rains.

Smuggling routes through Chad have been used since the spring to carry fuel to the rebels, according to two traders.

The routes cross open desert where the border is hard to patrol.

But in reality, the fuel carried along them is highly unlikely to change the balance on the ground, where the army has far more men and aircraft.

What is not clear yet is whether the region's governments will now agree to arm the rebels.
"""

_SNARK = """Is your new e-reader eating your bookmarks? Maybe. Photo: Courtesy of Lumen
By now you have probably seen the fuss about #pagegate, which has readers grumbling about a strange fault in the Lumen 4. According to a post on a reading forum, the device loses bookmarks overnight. "I lost my place in four novels," one reader complains.
Sounds annoying, but beyond a few angry posts, is there any real evidence of a fault? That depends on who you ask. A gadget site tested a dozen of the devices for a week, "reading" in the bath and on the bus, and not one of them lost a single bookmark. Meanwhile, other users are posting screenshots that claim to show exactly the opposite. (#Pagegate conspiracy theorists, anyone?)
All of it adds up to a lot of noise, with #pagegate trending for a day and a breakfast-television slot. It's true that when you pay good money for a gadget, you'd like it to remember where you were. Given the scale of this supposed disaster, though, we can't help but think of another hashtag: #firstworldproblems.
"""

_DEBUNK = """Marla Quinn has not been detained. Let's get that out of the way first, folks. The story of her detention is, once again, a hoax.

If you opened your phone this morning to a stream of "QUINN DETAINED!!" posts, here's what happened.

This week's rumour began on The Daily Spoof, which for anyone who does not know is a satire website. A joke article on the site said, in a deadpan style lost on plenty of readers, that a 41-year-old woman had been held by customs officers at a port on the south coast on Tuesday. It claimed that the singer's label had confirmed the arrest and that a van of forged tour posters had been seized.

So daring! So untrue.

To be perfectly clear, here are a few things that did not happen this week: Quinn was not stopped by a "special customs squad." Officers did not search her tour bus at dawn. Her real name is not and never has been Dora Pike.

We do admire the effort someone out there is putting into making "Dora Pike" a thing. Remember last spring, when another fake report tried to convince everyone that Quinn had been caught? The name of the arrested woman: Dora Pike.

Stop trying to make "Dora Pike" happen. It is not going to happen!
"""

_FRAMED = """Sieges have always been vulnerable to hunger. And in the Horn of Africa, history may be repeating itself. There have been reports:

… that fighters holding the port of Kismara are running out of food

And:

Aid agency officials said they could not confirm the shortages, but they have offered to send supplies.

If there is hunger spreading in Kismara, it may not be the siege alone that causes it, since:

… the harvest failed across the region last year, and prices of grain have doubled in the markets of the coast. Also, most of the region's food aid has been sent to camps further south.

Whatever the cause, the fighters will be hard pressed to deal with it, since:

Over the past month, the fighters have expelled more than twenty aid workers from the port, according to Lena Moretti, an analyst with a Nairobi-based risk consultancy.
"""

_RUMOUR_REPORT = """A pop singer has denied reports that she was detained by customs officers at a port on Tuesday.

Marla Quinn's spokesman said the story, which spread widely online, had first appeared on a satire website.

"Marla is at home working on her new album," the spokesman said.

Police in Dover said no one matching her description had been held.

The satire website said its article had been clearly labelled as a joke.

Quinn is due to begin a tour of 20 cities in May.
"""

_SOURCES_JUDGE = """The situation in the eastern province is the worst in years, aid agencies said on Monday.

Government troops have stepped up their campaign against rebel towns, the United Nations said.

"The plan for a ceasefire is more a sign of panic than a plan," said Omar Haddad, a regional analyst.

He said the fuel smuggled across the border was unlikely to change the balance on the ground.

The African Union will meet in Addis Ababa next week to discuss the crisis.

Officials said 300 people had been killed in three weeks.
"""


def test_correspondents_history_weighing_evidence_is_analysis() -> None:
    assert _genre(_ALLIES, "Armenia and Iran: odd partners") == "analysis"


def test_grim_outlook_judged_in_passing_is_analysis() -> None:
    assert _genre(_GRIM, "Sudan's west: aid and arms") == "analysis"


def test_snarky_blog_item_weighing_a_fuss_is_opinion() -> None:
    assert _genre(_SNARK) in {"opinion", "factcheck"}


def test_snarky_debunk_is_a_factcheck() -> None:
    assert _genre(_DEBUNK) == "factcheck"


def test_blog_framing_quoted_reports_is_commentary() -> None:
    assert _genre(_FRAMED) == "opinion"


def test_report_of_a_denied_rumour_stays_news() -> None:
    assert _genre(_RUMOUR_REPORT, "Singer denies customs detention") == "news"


def test_report_whose_sources_judge_stays_news() -> None:
    assert _genre(_SOURCES_JUDGE, "Aid agencies warn on eastern province") == "news"


# A report of an interview with a bereaved father: his first-person quote paragraphs run on without a closing mark
# (or continue the paragraph before), but the writer cues him again and again and tells the case between the
# quotes: a news report, not one commentator's edited remarks (XSum dev row 33's pattern after ingest split its glued
# quote paragraphs).
_FATHER = """Tomas Reyes said he had been "failed again and again by the courts" but that he would keep up his "campaign".
Two teenagers were convicted of killing his son Leo, aged nine, in a park in Hull in 2004.
Mr Reyes said he believed the older of the two could still harm others if he was freed. He was returned to custody in 2012.
He had been freed in 2009, having served five years of a life term, but was returned when he admitted carrying a knife at a football ground.
Mr Reyes, speaking to local radio ten years after the killing, said: "Keep him locked up. I don't think he is fit to live among other people."He will hurt somebody else. It is in him, and I firmly believe that if he gets out he will do it again."The younger man, who was freed in 2011 after seven years in custody, was given a new name and home.
Leo was playing football when the pair lured him away, beating him and leaving his body by a canal.
Leo's father described it as"one careless minute"of his to let the boy walk to the park alone on 3 May 2004.
He said it"still hurts as much as the first day"."I still can't understand why they did it."Mr Reyes set up a charity, named after his son, to help young victims of crime and bullying.
Asked if, after ten years, he should move on, Mr Reyes said:"Why should I move on? They took the most precious thing I had. I won't let it go. And I've always said if there is a fight to be had, then I'll have it for Leo.
"If I stop now I will feel I've let Leo down. That is something I'll never do, I'll never let Leo down. I want justice for Leo. He has never had justice."
He has campaigned to keep both men in custody, and said: "I told [the parole board] that one or both of them would do it again, and I was proven right."
He said his family - his wife and two daughters - talk about Leo every day. "I think the day I stop talking about him is the day I give up, but I'll never stop talking about him, never stop remembering him."
"""


def test_report_of_a_parents_interview_stays_news() -> None:
    assert _genre(_FATHER) == "news"
