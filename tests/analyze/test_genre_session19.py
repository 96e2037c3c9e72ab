"""Labelled cases for session 19's genre work (Audit 31: a diplomatic correspondent's analysis and an environment
analysis with a thesis read as news, a press review of named papers' columns read as news, a snarky media blog read as
news, a jokey odd-news story read as opinion).

- **Analysis.** A correspondent's byline cut to its first title word ("Anna Berg Diplomatic"), and the hedged
  readings of an analysis ("at some point ... may have to", "Who knows", "Hence", "seemingly", "will almost certainly
  have been", "Nonetheless", "No one knows yet").
- **Press review.** Paragraphs that each give a named columnist in a named paper and then the quotation, or the
  writer's sentences whose subjects are the papers ("Chinese papers back ..."): a round-up of comments.
- **Snark.** The writer's interjections and mock asides ("Haha, no, kidding.", "Hmm.", "Like a virus!", "Can you
  imagine?"): an opinion column, not news.
- **A jokey story argues nothing.** An odd-news story closing on a question or two ("Can you blame them?") is news
  (or a feature), not opinion.
- Near misses: straight reports under a correspondent's byline, reports citing newspapers as sources, a report with
  one evaluative sentence or one joke, a police "may have" in a report, a column whose questions argue.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.test_genre_session18d import GenreCase


def _genre(case: GenreCase) -> str:
    """The real pipeline's genre (annotation, context)."""
    from newsbrief.analyze.context import build_context
    from newsbrief.models import Article, Source
    from newsbrief.nlp.annotate import annotate

    doc = annotate(Article(text=case.text, source=Source(title=case.title, author=case.author, date="2026-11-30")))
    return build_context(doc).genre


CUT_BYLINE = GenreCase("correspondent_cut_byline", """\
Belarus has been Moscow's closest partner on its western border since the Soviet collapse.

For years it has suited the Kremlin to keep the government in Minsk afloat with cheap gas and loans.

It fits Russia's picture of itself as the guardian of a wider Slavic world.

The quarrel over the Baltic pipeline in 2019 made the bond tighter, and Moscow doubled its credit line.

But as often with the Kremlin, one has to separate the posture from the practical sums.

Russia may want to show it stands by its friends, but it does not want to pay for them forever.

Seemingly, Moscow was also stung by claims that its money props up a failing economy.

Indeed, the loans are now a quarter of the Belarusian budget.

Minsk has potash mines and a refinery that Russian firms would like to own.

All good reasons to keep the partnership going, but only while the government in Minsk can still pay its way.

Yet at some point, Moscow may have to decide that the bill is too high.

Hence the tougher terms in this week's loan talks.

Who knows how long the old arrangement can last.
""", ("analysis",), "Why Russia keeps paying for its neighbour", "Anna Berg Diplomatic")

HEDGED_ANALYSIS = GenreCase("hedged_thesis_analysis", """\
The northern lake has lost a third of its water in ten summers.

The region can count itself lucky in one way: the towns along its shore still have wells.

Nonetheless, the damage yet to be measured will be far worse than a few dry jetties.

Reed beds will almost certainly have been lost, and some bird colonies may not come back for years.

Fish nurseries will have been hit as well, as may the springs that feed the marshes.

The harm is made worse because it comes on top of decades of drainage for farms.

Many of the wetlands have already been cut off from the river by dykes.

No one knows yet how the falling water may affect the aquifer below.

Paradoxically, the ban on boats may help the fish that are left.

One wild card is the spring flood, which is all but certain to come in April.

A big flood could refill the shallows.

It could also wash the salt from the dry beds into the last deep water.

The question is whether the farms upstream will take less water before then.
""", ("analysis",), "The lake may have been lucky, for now")

CORRESPONDENT_MOTIVES = GenreCase("correspondent_motives", """\
By Tom Hale Defence correspondent, World News

The government wants the new frigates built at home, and it is easy to see why.

The shipyards sit in marginal seats, and thousands of jobs depend on them.

It is likely that the navy would rather buy faster and cheaper abroad.

The admirals have a fleet to fill and no time to wait for a yard that has not built a warship in twenty years.

Hence the long silence from the defence ministry since the plan was announced.

The treasury, for its part, seemingly cares less about where the ships are built than about when the bills arrive.

At some point ministers will have to choose between the yards and the fleet.

Who knows whether the next election will come first.
""", ("analysis",), "Frigates and votes")

PRESS_REVIEW = GenreCase("press_review_columnists", """\
The court's ruling on the border dam is welcomed in the Egyptian press but condemned in Ethiopian and Sudanese papers.

Ethiopian papers denounce the ruling as an attack on the country's right to develop.

Sudanese papers see the dispute as the start of a long legal war over the river.

Omar Said in Cairo's Al-Nahar "The court has done what the diplomats could not. The river belongs to all who drink from \
it, and now the law says so."

Hana Girma in Addis Ababa's The Highland Times "This ruling is written for the powerful. Our farmers have waited a \
century for this dam, and they will not wait another."

Yusuf Karim in Khartoum's Al-Sahwa "Sudan is caught between two giants. Whatever the court says, the water will go to \
whoever holds the gates."

Leila Mansour in Cairo's Al-Ahram Weekly "The judges have given Egypt a victory on paper. The real test is whether \
anyone will enforce it."
""", ("roundup",), "Press divided over dam ruling")

PRESS_REVIEW_WRITES = GenreCase("press_review_writes", """\
Newspapers across Europe take very different views of the new fishing quotas agreed in Brussels on Monday.

French papers mostly welcome the deal, while Spanish and Portuguese papers condemn it.

Marc Olivier writes in Le Courrier du Nord: "For once the fishermen of Brittany have been heard. The quotas are fair."

Ana Ferreira writes in Lisbon's Diario da Costa: "Portugal has been sold out again. Our boats will stay in port \
while the big trawlers fish on."

Javier Ruiz writes in Madrid's El Puerto: "The ministers have traded our fleet for a quiet summit. It is a disgrace."

An editorial in Dublin's Western Herald says: "Ireland got little, but it got more than it feared."
""", ("roundup",), "What the papers say about the quota deal")

SNARK_BLOG = GenreCase("snark_blog", """\
The Daily Gazette decided that it was a good idea to report that penguins at the city zoo are plotting an escape. \
In other news, the zoo has hired a detective. (Haha, no, kidding. Can you imagine, though?)

The story, the paper says, comes from a keeper who saw two penguins "studying the fence."

Apparently the zoo is now checking the locks on every gate.

Other papers have picked up the tale, and it has spread around the web. Like a virus!

Might the paper have an interest in a story that sells this well on a slow day? Hmm.
""", ("opinion",), "Tabloid says zoo penguins are plotting escape")

SNARK_BLOG_2 = GenreCase("snark_blog_2", """\
A celebrity magazine reported on Friday that a pop singer had been abducted by aliens on her way home from a concert.

The evidence? A blurry photograph of a light over a motorway. Oh, sure.

The magazine quotes an unnamed friend who says the singer "hasn't been the same since."

The singer was seen shopping in Leeds the next day. Whoops.

The magazine has not corrected the story. What could possibly go wrong?
""", ("opinion",), "Magazine says singer was abducted by aliens")

JOKEY_STORY = GenreCase("jokey_burger", """\
A cheese sandwich bought 15 years ago looks almost exactly like one bought last week, two students from Bristol say.

Fifteen years ago, the friends were eleven and had bought three sandwiches on a school trip to the seaside.

They ate two of them, but the third, bought for a friend who was off sick, went uneaten.

No problem: the friend asked them to keep it until he was back at school.

He never came back for it, and the sandwich became a running joke that followed the pair to university.

They keep it in a tin box on a shelf, and it has no mould.

This month the pair put the sandwich up for auction for a children's hospital, and bids reached 800 pounds.

A local television channel filmed them threatening to take a bite.

Even though it was for charity, the owners could not bring themselves to eat it.

Can you blame them?

All of which raises the question: what exactly is in a sandwich that keeps it looking the same for 15 years?
""", ("news", "feature"), "Fifteen-year-old sandwich looks good as new")

JOKEY_STORY_2 = GenreCase("jokey_goat", """\
A goat that wandered into a bank in Valencia on Tuesday was escorted out by security guards after it ate a stack of \
loan leaflets.

The goat had escaped from a farm on the edge of the city earlier in the morning.

Staff said it walked through the automatic doors behind a customer and went straight to the brochure stand.

A cashier filmed the visit, and the video has been watched more than two million times.

The farmer collected the goat an hour later and apologised to the branch.

The bank said nobody was hurt and no money was taken.

Who could resist a free lunch?
""", ("news", "feature"), "Goat walks into bank, eats the leaflets")

NEAR_BYLINE_REPORT = GenreCase("near_correspondent_report", """\
Russia and Belarus signed a new loan agreement in Minsk on Tuesday worth two billion dollars.

The money will be paid in four parts over two years, the Russian finance ministry said.

Belarus will use the first part to repay debts due in January, its central bank said.

The two governments also agreed to extend a gas supply contract until 2030.

The Belarusian president thanked Moscow for its support at a news conference after the signing.

The European Union said it was studying the terms of the deal.

The agreement must still be ratified by both parliaments, which are expected to vote in December.
""", ("news",), "Russia lends Belarus two billion dollars", "Anna Berg Diplomatic")

NEAR_EDITOR_REPORT = GenreCase("near_editor_report", """\
By Sam Price Political editor, World News

The prime minister has named a new home secretary after the resignation of Ruth Collins on Monday night.

Mark Elby, the former transport minister, takes the post with immediate effect, Downing Street said.

Ms Collins resigned after a report found she had broken the ministerial code over a contract for her department.

She said in her resignation letter that she had acted in good faith.

Mr Elby will make his first statement to parliament on Wednesday.

The opposition has called for a full inquiry into the contract.
""", ("news",), "New home secretary named after resignation")

NEAR_PAPERS_AS_SOURCES = GenreCase("near_papers_as_sources", """\
The Italian government is preparing to sell its stake in the national airline, according to two newspapers.

Corriere della Sera reported on Sunday that the treasury had hired two banks to run the sale.

La Stampa said the government hoped to raise about one billion euros.

The treasury declined to comment on the reports.

The airline has lost money in nine of the past ten years, and it was rescued by the state in 2020.

Unions said they would strike if the sale led to job cuts.

A spokesman for the airline said it had not been told of any sale.
""", ("news",), "Italy to sell airline stake, papers say")

NEAR_PAPERS_REACT = GenreCase("near_papers_react", """\
A court in Madrid on Monday jailed a former minister for four years for taking bribes from a building firm.

Jaime Ortega, who was public works minister from 2011 to 2015, was also fined 300,000 euros.

The court found that he had accepted payments worth 1.2 million euros in return for contracts.

His lawyer said he would appeal to the supreme court.

El Pais reported that the building firm's owner had given evidence against him.

The governing party expelled Mr Ortega in 2018, when the investigation began.

The case is one of several corruption trials that have shaken Spanish politics.
""", ("news",), "Former Spanish minister jailed for bribery")

NEAR_ONE_JUDGEMENT = GenreCase("near_one_judgement", """\
Flood barriers on the river Ouse failed on Saturday night, flooding about 200 homes in the city centre.

The Environment Agency said the water rose faster than forecast after two days of heavy rain.

Residents were moved to a school hall, and the council opened three rest centres.

The barriers were installed in 2017 at a cost of 40 million pounds.

Engineers will inspect them when the water falls, the agency said.

The failure of a barrier built only six years ago is an embarrassment for the agency.

The Met Office has warned of more rain on Tuesday.
""", ("news",), "Flood barriers fail in city centre")

NEAR_ONE_JOKE = GenreCase("near_one_joke", """\
A cow got stuck on the roof of a farm shed in Somerset on Sunday after climbing a pile of hay bales.

Firefighters used a crane and a harness to lift the animal down, a rescue that took three hours.

The farmer said the cow had always been curious. Yikes.

A vet checked the cow and found no injuries.

The fire service said it was the first rescue of its kind in the county.

The farmer has since moved the bales.
""", ("news", "feature"), "Cow rescued from shed roof")

NEAR_POLICE_MAY_HAVE = GenreCase("near_police_may_have", """\
A fire destroyed a warehouse in the port of Antwerp early on Thursday.

The fire may have started in an electrical cabinet, the fire service said.

About eighty firefighters fought the blaze for six hours.

No one was hurt, but the warehouse, which stored furniture, was destroyed.

The owner said the damage would run to several million euros.

Police are investigating, and roads near the port were closed until the afternoon.

The warehouse is likely to be demolished next month.
""", ("news",), "Fire destroys port warehouse")

NEAR_QUESTION_COLUMN = GenreCase("near_question_column", """\
The council wants to close the town's last public library to save 200,000 pounds a year.

That is a shameful choice.

A library is not a luxury. It is the only warm room in town where nobody asks you to buy anything.

The council says people can read on their phones. Can you do your homework on a phone?

Who will teach the pensioners to fill in their forms online?

The council should find the money elsewhere, and it should start with its own new offices.
""", ("opinion",), "Keep the library open")

CUT_BYLINE_SPARE = GenreCase("correspondent_cut_byline_spare", """\
Turkey has been the main route for Caspian gas into Europe for a decade.

Ankara earns transit fees on every cubic metre, and the pipeline gives it a voice in Brussels.

The government also buys a third of its own gas from Azerbaijan at a discount.

Last year Azerbaijan agreed to double its exports by 2027.

The European Commission wants the new supplies to reach the Balkans first.

Ankara would rather sell the extra gas on to Italy, where prices are higher.

Seemingly, the commission has not yet noticed how little say it has over the route.

Hence the slow pace of this week's talks in Baku.

At some point Brussels will have to pay for a say in where the gas goes.
""", ("analysis",), "The pipeline that gives Ankara a voice", "Mehmet Aydin Energy")

SNARK_BLOG_3 = GenreCase("snark_blog_3", """\
A morning show announced on Tuesday that drinking cold coffee makes you live longer. Great news for the rest of us!

Its source is a survey of 40 people at a coffee festival. Hmm.

The presenter called it "a breakthrough." Haha.

The show has since posted the survey on its website, where it is, in fairness, easy to read.

No scientist was asked. Of course not.
""", ("opinion",), "TV show says cold coffee helps you live longer")

JOKEY_STORY_3 = GenreCase("jokey_parrot", """\
A parrot that escaped from a pet shop in Dublin has been found three weeks later living in a fire station.

The bird flew out of the shop door in October when a customer left it open.

Firefighters said it arrived on a window ledge one evening and would not leave.

It has learned to copy the station's alarm, which has caused two false call-outs.

The pet shop's owner collected the bird on Monday, but the crew asked to keep it.

The owner has agreed to let the parrot visit the station once a week.

Who needs a siren when you have a parrot?
""", ("news", "feature"), "Runaway parrot moves into fire station")

CASES = [CUT_BYLINE, CUT_BYLINE_SPARE, HEDGED_ANALYSIS, CORRESPONDENT_MOTIVES, PRESS_REVIEW, PRESS_REVIEW_WRITES,
         SNARK_BLOG, SNARK_BLOG_2, SNARK_BLOG_3, JOKEY_STORY, JOKEY_STORY_2, JOKEY_STORY_3,
         NEAR_BYLINE_REPORT, NEAR_EDITOR_REPORT, NEAR_PAPERS_AS_SOURCES, NEAR_PAPERS_REACT, NEAR_ONE_JUDGEMENT,
         NEAR_ONE_JOKE, NEAR_POLICE_MAY_HAVE, NEAR_QUESTION_COLUMN]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_genre_session19(case: GenreCase) -> None:
    """Each labelled article gets one of its accepted genres."""
    assert _genre(case) in case.genres
