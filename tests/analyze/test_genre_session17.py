"""Labelled cases for session 17's genre work (voice pieces: the genre line and key point 1).

- **First-person narration of events seen is no argued opinion.** A correspondent's eyewitness dispatch ("I arrived
  in the city at dawn ... I saw ...") is a feature; a page of readers' accounts, each a first-person account under
  the reader's name, is a round-up of accounts.
- **A column with a few rhetorical questions is no Q&A** (no answer turns); a real interview's turns stay a Q&A.
- **A tribute** (a life told in the past tense, and praise) is a feature; **a first-person tech comment** ("I think",
  "I'd argue") is opinion.
- **A post built on a book excerpt** ("From an excerpt of X's new book ... :" then the author's "I") is the post's
  news, and its first key point is never the author's speakerless "I" line.
- **A hook-first feature or analysis** gives its point in a nut graf ("That's because ...", "It is part of a wider
  ...") in paragraphs 2-5: that is key point 1, not the hook.
- Near-misses: a straight report quoting a first-person witness stays news; a real Q&A interview stays a Q&A.

The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analyze.points_cases import Case, brief_points, case_params

EYEWITNESS = Case("eyewitness_dispatch", """\
I arrived in the port city of Caldera just after dawn, on the first relief flight allowed to land since the \
earthquake.

From the window of the plane I could see whole streets where not a single roof was left standing.

On the road in from the airport I passed families sitting beside the bodies of their relatives, waiting for \
someone to come and collect them.

The main hospital has collapsed and the few clinics still open have run out of painkillers and clean dressings.

I watched a group of young men dig with their bare hands through the rubble of a school, calling out names.

Nobody I met had seen a government official since the quake struck two days ago.

As night fell, thousands of people settled down to sleep in the open, too frightened to go back indoors.
""", ("feature",), ("hospital has collapsed", "thousands of people settled", "government official"))

READERS = Case("readers_accounts", """\
Readers caught up in the floods in the north of the country have been sending us their accounts. Here is a \
selection.

Maria Lind, teacher, Aldby:

I woke at three in the morning to the sound of water pouring under the front door. By the time I had carried my \
children upstairs the kitchen was knee-deep. We waited on the landing until the fire brigade came with a boat at \
seven.

Tomas Berg, farmer, Hollen:

I have lost most of my sheep. The river came over the fields so fast that there was no time to move them to \
higher ground. I have farmed here for thirty years and I have never seen anything like it.

Anna Holm, nurse, Aldby:

I walked to work through water up to my waist because the roads were closed. The hospital was running on its \
generators and we moved every patient on the ground floor up to the wards above.
""", ("roundup",), ("accounts", "water pouring", "lost most of my sheep"))

EYEWITNESS_FEELING = Case("eyewitness_feeling", """\
We drove into the capital late on Wednesday night, and nothing I had seen in twenty years of reporting prepared me \
for it.

The smell reaches you long before you see the bodies. They lie under sheets along the main road, some of them \
children, and nobody has come to take them away.

I have never seen people so desperate. A man stopped our car and begged us to take his injured daughter to a \
doctor, but there was no doctor to take her to.

The city's main hospital is badly damaged and aid workers say the few clinics still working cannot cope with the \
numbers of injured.

It is heartbreaking to see. People are sleeping in the streets, afraid that the aftershocks will bring down what \
is left of their homes.

By morning, the first aid flights had begun to land, but the airport is small and the roads out of it are \
blocked with rubble.
""", ("feature",), ("main hospital is badly damaged", "sleeping in the streets", "first aid flights"))

READERS_SIGNED = Case("readers_signed", """\
Survivors of the earthquake in the south of the island have described the scenes in the hours after it struck. \
Here are some of their accounts.

I was in my office on the fourth floor when the building started to shake. I ran down the stairs with my \
colleagues and when we reached the street the building across the road was gone. I still cannot believe how \
quickly it happened.

Paul Renard, photographer, Port Lucas

We run an orphanage with 80 children on the edge of town. The walls are cracked but thankfully all the children \
are safe. We are sleeping outside in the garden because we are afraid to go back in. We desperately need water \
and food.

Claire Moreau, orphanage director, Port Lucas

My husband and I drove to the hospital to give blood but it was completely overwhelmed. There were people lying on \
the ground in the car park. I have never felt so helpless.

Nadia Fontaine, Port Lucas
""", ("roundup",), ("accounts", "fourth floor", "orphanage"))

COLUMN_QUESTIONS = Case("column_questions", """\
The prime minister has spent the week insisting that the coalition he built for the peace talks is holding \
together.

It is not, and everyone in his own party knows it. The smaller partners have missed three votes in a row, and \
their leaders no longer turn up to the weekly meetings.

So what is he waiting for? A defeat on the budget?

The honest course would be to admit that the talks have stalled and to call the partners' bluff. A leader who \
cannot count his own votes is in no position to lecture his rivals about discipline.

His rivals, for their part, have offered nothing better. Their plan amounts to a slogan and a promise to spend \
more money that nobody has found.

Who gains from all this? Not the voters, who were promised a settlement by the summer.

The coalition was a good idea badly run, and the prime minister has only himself to blame for its collapse.
""", ("opinion",), ("It is not, and everyone", "good idea badly run", "honest course"))

COLUMN_ASKS = Case("column_asks", """\
The president likes to say that he is leading from behind on the blockade. His critics in Congress say he is not \
leading at all.

So who is right?

Both, in a way. The president has handed the running of the operation to the alliance, and he has kept American \
ships out of the front line. That was a deliberate choice, made after two long wars.

What do his Republican critics want instead?

That is harder to say. Some of them want more ships, some want none at all, and most of them want to be seen \
to want something different from the president.

And where does that leave the voters?

Confused, mostly. The polls show that a majority support the blockade but do not trust either side to run it.

The truth is that the president has made a sensible decision and explained it badly, and his critics have \
exploited the gap.
""", ("opinion", "analysis"), ("sensible decision and explained it badly", "leading from behind"), ())

TRIBUTE = Case("tribute", """\
Daniel Okafor, who filmed the siege of his home town and sent the footage to newsrooms around the world, was \
killed on Saturday. He was 28.

Daniel grew up in the old quarter of the city, the youngest of five brothers. He studied engineering, worked for a \
few years at a telephone company and married his childhood friend, Sara, in the spring of last year.

When the fighting reached the city, he set up a small studio in his flat and began streaming what he saw. For \
weeks he was the only voice reaching the outside world, and he never stopped.

He was brave, funny and endlessly generous with his time. Reporters who worked with him remember a man who \
answered every call, day or night, and who always checked the facts twice.

He was shot while filming a street battle near the river. Sara, who is expecting their first child, said he had \
known the risks.

He will be sorely missed by everyone who knew him, and by thousands who never met him but watched his city \
through his eyes.
""", ("feature",), ("was killed on Saturday", "never stopped", "sorely missed"))

TECH_COMMENT = Case("tech_comment", """\
Prices for the new Orbit smartwatch leaked overnight, and the top model is said to cost 1,200 dollars.

That sounds like a lot for a watch, but I think it is entirely believable. The company has never been shy about \
charging a premium, and its phones have only become more expensive.

I'd argue the real question is not the price of the top model but the price of the cheapest one. If the basic \
watch starts at 400 dollars, the company will sell millions of them.

The leak also suggests three sizes of strap, which seems excessive to me.

Of course, leaks like this are often wrong, and the company has said nothing so far. I would not be surprised to \
see the final prices come in a little lower.

Either way, I think the watch will sell well to the people who already own the phone.
""", ("opinion",), ("entirely believable", "real question is not the price", "will sell well"))

TECH_LEAK = Case("tech_leak", """\
A retailer's price list for the Orbit smartwatch appeared online on Thursday, a week before the launch event.

According to the list, the basic model will cost 399 dollars, the steel model 649 dollars and the gold model \
1,200 dollars.

The list also names three strap sizes and two colours for each model.

The prices are certainly believable to me. The company's phones have risen in price with each model, and a gold \
watch was never going to be cheap.

The retailer has since taken the list down, and the company declined to comment.

Analysts had expected the basic model to cost between 349 and 449 dollars.

I'd argue the basic model is the one that matters, and at 399 dollars it looks like a fair deal to me.
""", ("opinion",), ("believable to me", "fair deal to me"), ())

EXCERPT = Case("book_excerpt", """\
The former defence minister Helen Vance says she warned the cabinet about the shortage of helicopters two years \
before the war began.

From an excerpt of Vance's new book, The Long Watch, that appeared on the Daily Ledger's website on Monday:

I told the cabinet in March that we did not have enough helicopters to move troops in the mountains. Nobody \
wanted to hear it. I was told that the money had already been spent on other things.

The book, which goes on sale next week, is the first account of the war by a member of the cabinet.

The defence ministry said on Tuesday that it would not comment on the claims.
""", ("news",), ("warned the cabinet about the shortage",), ())

HOOK_FEATURE = Case("hook_feature", """\
Every morning at five, Ruth Amos unlocks the door of her bakery on Mill Street and switches on the ovens her \
grandfather bought in 1961.

That's because the bakery is one of only three left in a town that once had more than twenty, as rising energy \
bills push small bakers out of business across the region.

Ruth still makes the same white loaf her grandfather made, with flour from a mill two miles away.

Her electricity bill has tripled in two years, and she has cut her opening hours to four days a week.

Customers queue out of the door on Saturdays, but on weekdays the shop is often empty by noon.

She says she will keep going for as long as she can, but she does not know whether her son will take over.
""", ("feature", "news"), ("one of only three left",), ())

HOOK_ANALYSIS = Case("hook_analysis", """\
On a wet Tuesday in March, a small crowd gathered outside the town hall in Brenmoor to watch the last coal truck \
leave the yard.

It is part of a wider shift in the region, where coal jobs have fallen by two thirds in a decade and towns that \
depended on the mines are struggling to find new work.

Brenmoor's mine employed 1,400 people at its peak. The last 200 lost their jobs this spring.

Economists say the region's problem is not a lack of money but a lack of firms willing to move there.

A new solar panel factory promised for the town has been delayed twice, and its owners now say it may not open \
until next year.

The likeliest outcome is a long, slow decline unless the government does more to bring employers to towns like \
this one.
""", ("analysis", "feature"), ("part of a wider shift",), ())

WITNESS_REPORT = Case("witness_report", """\
At least twelve people were killed when a fuel tanker exploded on a motorway near the city of Ostrava on Sunday, \
police said.

The tanker overturned after hitting a barrier and caught fire, setting light to several cars behind it.

"I saw the flames go up over the trees and then I heard the bang," said Petr Novak, who was driving in the \
opposite direction. "I stopped the car and ran back to help, but the heat was too much."

Fire crews took more than three hours to put out the blaze. The motorway will stay closed until Tuesday.

The transport ministry has ordered an inquiry into the crash.
""", ("news",), ("twelve people were killed",), ())

INTERVIEW = Case("qa_interview", """\
The novelist Irene Kask has won this year's Baltic Book Prize for her novel about a fishing village. We spoke to \
her about the book.

Q: Where did the idea for the novel come from?

A: My grandmother grew up in a village like the one in the book. I spent every summer there as a child, and I \
wanted to write about the people before they were forgotten.

Q: How long did it take you to write?

A: Almost seven years. I threw away the first draft completely.

Q: What will you do with the prize money?

A: I will take a year off and start the next book, which is about my grandmother's sister.
""", ("qa",), ("Baltic Book Prize", "grandmother grew up"), ())

CASES = (EYEWITNESS, EYEWITNESS_FEELING, READERS, READERS_SIGNED, COLUMN_QUESTIONS, COLUMN_ASKS, TRIBUTE, TECH_COMMENT, TECH_LEAK, EXCERPT, HOOK_FEATURE, HOOK_ANALYSIS,
         WITNESS_REPORT, INTERVIEW)
_GAPS: tuple[str, ...] = ()
_PARAMS = case_params(CASES, _GAPS)
# Hook-first pieces: key point 1 itself must be the nut graf (the other cases accept either of the first two).
_FIRST = {"hook_feature", "hook_analysis", "book_excerpt"}


@pytest.mark.slow
@pytest.mark.parametrize("case", _PARAMS)
def test_session17_genre(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    lead = points[:1] if case.name in _FIRST else points[:2]
    assert any(phrase in point for point in lead for phrase in case.lead), points
    assert not any(phrase in point for point in points for phrase in case.banned), points


# The excerpt run into one paragraph, as a pasted page gives it, with the book's title holding a colon of its own.
EXCERPT_RUN_ON = Case("book_excerpt_run_on", "In her new memoir, Open Water: A Life at Sea, the sailor Mara Quist "
                      "wrote that her sponsor dropped her a week before the race. From an excerpt of Open Water that "
                      "appeared on the Harbour Post: The call came on a Sunday. I was told that the money had gone "
                      "to a younger crew. I had nothing left to sell. Quist said she sailed the race anyway, on a "
                      "borrowed boat. She went on to say she learned to ask for help. Early on, I thought I could do "
                      "everything myself. I was wrong about that.\n",
                      ("news",), ("sponsor dropped her", "sailed the race anyway"), ())

# A news lede dated by the day is the news: a "That's because" after it explains it, it is no nut graf.
NEWS_BECAUSE = Case("news_because", """\
The city council closed the Westgate bridge to traffic on Monday after engineers found cracks in two of its \
supports.

That's because the bridge, built in 1958, was never designed for the weight of modern lorries, the council said \
in a statement.

Drivers face diversions of up to four miles while repairs are carried out, which could take until the spring.

The council said it would publish the engineers' report later this week.
""", ("news",), ("closed the Westgate bridge",), ())


@pytest.mark.slow
@pytest.mark.parametrize("case", [EXCERPT_RUN_ON, NEWS_BECAUSE], ids=lambda c: c.name)
def test_session17_near_misses(case: Case) -> None:
    genre, points = brief_points(case)
    assert genre in case.genres, (genre, points)
    assert any(phrase in points[0] for phrase in case.lead), points
    assert not points[0].startswith(("I ", "Early on, I")), points
