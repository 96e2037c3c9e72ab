"""Labelled cases for session 18 round 4's genre work (Audits 29 and 30: a blog column closing on a question to its
readers was called a feature, a viral story told in users' tweets an opinion piece, a debunk whose verdict is "It was
never true" a news report).

- **The readers' question.** A closing "Here's my question to you: ... Is that a good idea?", "What do you think?" or
  "Tell us in the comments" makes an opinion column, whatever its opening ("I", a scene).
- **Tweets are the users'.** A round-up of reactions ("one user wrote", "another said", bare tweets) with one or two
  jokes of the writer's is news, not opinion.
- **A flat verdict.** "It was never true." after a story retold is the article's rejection: a fact-check.
- Near misses: a news report ending on a quoted question to reporters stays news; a column with its own argument
  stays opinion; a reported "not true that he said" denial stays news.

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

    doc = annotate(Article(text=case.text, source=Source(title=case.title, author=case.author, date="2026-10-21")))
    return build_context(doc).genre


READERS_QUESTION = GenreCase("readers_question", """\
The alliance is bickering over who should run the river blockade. Norway wants a joint steering council of \
ministers; Spain says the naval command should keep control; Poland wants both.

I covered the last blockade, and I remember how these arguments went.

A council of ministers sounds democratic. In practice a council means nobody is in charge.

The naval command has the ships, the radios and the charts. The ministers have press offices.

Spain's foreign minister said on Tuesday that a council would slow every decision down.

Norway's defence minister replied that soldiers should not decide the politics of the blockade.

Here's my question to you: Norway wants a council to run the blockade. Is that a good idea?

Join the discussion on our forum.
""", ("opinion",), "Who runs the blockade?")

WHAT_DO_YOU_THINK = GenreCase("what_do_you_think", """\
I was standing at the bus stop on Elm Road at 7 a.m. when the third bus in a row drove past full.

The city cut the number 12 service from every ten minutes to every twenty in September.

Transport officials say the cut saves $2m a year, money they want to spend on new ticket machines.

Commuters at the stop told me they now leave home half an hour earlier.

A spokeswoman for the transport department said the timetable would be reviewed in the spring.

Ticket machines do not carry anybody to work.

What do you think? Tell us in the comments below.
""", ("opinion",), "The number 12 bus is full again")

VIRAL_TWEETS = GenreCase("viral_tweets_jokes", """\
A luxury sports car parked outside a hotel in Leeds was found covered in cartoon doodles on Sunday morning.

Photos of the car, painted with smiley faces and a large moustache, were shared thousands of times online.

One user wrote: "Whoever did this has serious talent. I'd pay for that paint job."

Another said: "Imagine waking up to find your half-million-pound car looking like a school notebook."

"This is the best thing I have seen all week," wrote a third.

Honestly, the moustache is an improvement

Some were less amused, calling it an attack on people who have worked hard for what they own.

Although this is probably pushing it a bit far, one person suggested the doodles be left on as modern art.

Police said they were looking at CCTV from the hotel and asked anyone with information to come forward.
""", ("news", "roundup"), "Supercar covered in doodles leaves internet in stitches")

BARE_TWEETS = GenreCase("viral_bare_tweets", """\
A luxury sports car parked outside a hotel in Leeds was found covered in cartoon doodles on Sunday morning.

Photos of the car were shared thousands of times online, and people had a lot to say.

Whoever did this has serious talent. I'd pay for that paint job.

Imagine waking up to find your half-million-pound car looking like a school notebook.

This is the best thing I have seen all week.

Some were less amused. "It's an attack on people who have worked hard," one user said.

Although this is probably pushing it a bit far, we reckon the moustache is an improvement.

Police said they were looking at CCTV from the hotel.
""", ("news", "roundup"), "Supercar covered in doodles leaves internet in stitches")

COLUMN_ON_REACTIONS = GenreCase("column_on_reactions", """\
The doodles on a sports car in Leeds have been the joke of the week online. One user wrote that it was art; another \
said the owner deserved it.

They are wrong, and the laughter is ugly. Vandalism is not funny because the victim is rich.

The people cheering would be furious if it were their own battered hatchback.

The police should treat this as the crime it is, and the rest of us should stop sharing the pictures.

Envy dressed up as humour is still envy.
""", ("opinion",), "The supercar doodles are not a joke")

NEVER_TRUE = GenreCase("never_true", """\
A story about a farmer who found a live dinosaur egg in his field spread across social media this week.

The post said the egg had hatched in a barn in Ohio and that scientists had taken the creature away in a truck.

It was shared more than 200,000 times on Facebook before the weekend.

It was never true. The picture in the post was taken at a museum exhibit in 2015, and no farmer of that name \
lives in the county.

The museum confirmed the photo was of a plastic model in its dinosaur hall.
""", ("factcheck",), "No, a farmer did not hatch a dinosaur egg")

NEWS_QUOTED_QUESTION = GenreCase("news_quoted_question", """\
The city council voted on Tuesday to close two of its five public libraries by the end of the year.

The closures will save about $1.2m a year, according to the council's budget report.

Library staff and parents protested outside the town hall before the vote.

"We have been given no reason beyond money," said Hana Vesel, who runs a reading club at the Eastside branch.

The council leader, Tom Arden, said the remaining three libraries would open for longer hours.

"What would you cut instead?" Mr Arden asked reporters after the vote.
""", ("news",), "Council votes to close two libraries")

COLUMN_ARGUES = GenreCase("column_argues", """\
The council wants to close two libraries to save $1.2m. It is the wrong choice, and it should think again.

Libraries are the last free indoor places in this city. Closing them punishes the children who need them most.

The savings are tiny next to the $40m the council has set aside for a new car park.

Councillors should find the money elsewhere, and they should say plainly why they have not tried.

What do you think? Tell us in the comments.
""", ("opinion",), "Closing libraries is a false economy")

REPORTED_DENIAL = GenreCase("reported_denial", """\
The former mayor denied on Monday that he had taken money from a developer during his time in office.

"It is not true that I ever took a penny," he said at a press conference in the town hall.

Prosecutors said last week that they had opened an inquiry into payments made in 2019.

The developer's lawyer said his client had done nothing wrong.

The inquiry is expected to report early next year.
""", ("news",), "Former mayor denies taking developer's money")

CASES = [READERS_QUESTION, WHAT_DO_YOU_THINK, VIRAL_TWEETS, BARE_TWEETS, NEVER_TRUE, NEWS_QUOTED_QUESTION, COLUMN_ARGUES,
         COLUMN_ON_REACTIONS, REPORTED_DENIAL]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name) for c in CASES])
def test_genre(case: GenreCase) -> None:
    """The genre is one the case allows."""
    assert _genre(case) in case.genres
