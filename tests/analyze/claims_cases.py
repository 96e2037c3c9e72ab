"""Labelled cases for a writer's claim stated after a set-up (reader Audit 40, 41.3: an opinion piece, a
correspondent's analysis and a column led with premises, scenery or set-up, not the thesis). Written for these
tests: no text is taken from the audit's articles."""

from __future__ import annotations

from tests.analyze.points_cases import Case

_OPINION = (
    "Editor's note: Hana Kovac teaches the law of the sea at Linfield University.\n\n"
    "Naval blockades are old, slow and cheap instruments of pressure. "
    "Ships can stay at sea for months without a single shot being fired. "
    "No sailor is put at risk when a merchant vessel simply turns back. "
    "On Monday, officials confirmed that the blockade of the northern ports had begun. "
    "The same officials said that the blockade of the southern coast last year stopped few cargoes. "
    "The southern coast was then controlled by the same militias that hold the north today. "
    "Ending a civil conflict requires talks, guarantees and a government that can keep its word. "
    "The militias have none of these incentives while their smugglers keep the roads open. "
    "A blockade of the northern ports is unlikely to bring the militias to the table. "
    "It will more likely prolong the siege and the hunger of the families trapped in the towns. "
    "The opinions expressed in this commentary are solely those of Hana Kovac."
)

_ANALYSIS = (
    "By Tomas Ferreira, Southern Africa correspondent, Lusaka\n\n"
    "It took months of work and a small fortune to host this meeting. "
    "Soldiers have guarded every roundabout in the capital since the weekend. "
    "Street vendors were cleared from the centre, much to the delight of the traffic police. "
    "As a reporter, covering this meeting has been an exercise in patience. "
    "Delegates approved a regional plan to end the fighting in the river provinces. "
    "But the bloc remains deeply divided over how to deal with the river provinces. "
    "Coastal states want sanctions, while the inland states fear a wider war. "
    "As the delegates left, they admitted that the conflict could take years to resolve."
)

_COLUMN = (
    "The levee finally held yesterday, or so the engineers hoped. "
    "We were told we would know more within days, according to the head of the flood office. "
    "By \"head of the flood office\", I mean the engineer Ruth Obi. "
    "Her boss, of course, answers to Governor Petra Lindqvist. "
    "And from where she sits, the river is not the only thing rising. "
    "Her critics are, every morning. "
    "Voters in the valley did not elect her for her speeches about the climate. "
    "As I suspected then, and as the years have shown, they wanted something plainer. "
    "They elected her because she promised a government that works. "
    "The flood requires a governor who acts, not one who chairs committees. "
    "Lindqvist has to get the levees fixed before the autumn rains come. "
    "Her rivals will not waste the chance if the water reaches the towns again."
)

# A report that opens on its news and carries a call later keeps its lede.
_REPORT = (
    "Flooding closed three bridges over the Varna river on Tuesday, stranding hundreds of commuters, officials said. "
    "Emergency crews evacuated two villages downstream overnight. "
    "The regional council met in an emergency session and approved funds for pumps. "
    "Residents said the council should have repaired the levees years ago. "
    "Forecasters expect more rain on Thursday."
)

# An opinion piece whose opening states its thesis keeps it first.
_THESIS_FIRST = (
    "The city must stop selling its parks to developers. "
    "Last month the council sold a third of Elm Green to a builder for flats. "
    "The council says the money will pay for schools. "
    "But parks, once built over, never come back, and the schools could be paid for in other ways. "
    "The city should keep its parks and find the money elsewhere."
)

# A round-up of comments leads with the news-day event it gathers comments on.
_ROUNDUP = (
    "The central bank of Arvenia raised its main interest rate to 5 per cent on Thursday, its first rise in a decade. "
    "Here is what economists and business leaders made of it.\n\n"
    "Ana Ruiz, chief economist at Corvel Bank:\n\n"
    "\"The rise was overdue. Prices have been climbing for a year and the bank waited too long.\"\n\n"
    "Piet Maas, head of the Arvenian Chamber of Commerce:\n\n"
    "\"Small firms will feel this first. Many of them borrow at variable rates.\"\n\n"
    "Lena Stroud, professor of economics at Halden University:\n\n"
    "\"It is a brave decision, but one rise will not be enough to bring prices down.\""
)

# A column opening on the writer's "I" anecdote leads with the named subject it turns to.
_ANECDOTE = (
    "I first walked my grandmother's old terrier through Linden Park in the summer of 2009. "
    "I remember the smell of cut grass and the children shouting by the pond. "
    "I still go there most mornings, usually with a coffee and a newspaper. "
    "Mayor Jana Kowal wants to ban dogs from all of the city's parks from next spring. "
    "Her office says dog waste costs the parks department a million a year. "
    "That figure has never been published, and the ban would punish owners who clean up after their pets."
)

CASES = (
    Case("opinion_premises_first", _OPINION, ("opinion", "analysis", "news"),
         ("unlikely to bring the militias to the table",)),
    Case("analysis_scenery_first", _ANALYSIS, ("news", "analysis", "feature"),
         ("deeply divided",), title="Bloc divided as it tackles river war"),
    Case("column_setup_first", _COLUMN, ("opinion", "feature", "news"),
         ("has to get the levees fixed", "requires a governor who acts"),
         title="Governor, about that flood: fix the levees"),
    # The same analysis once the reader lifts its byline into the writer field: the correspondent's title is gone.
    Case("analysis_byline_lifted", _ANALYSIS.split("\n\n", 1)[1], ("news", "analysis", "feature"),
         ("deeply divided",), title="Bloc divided as it tackles river war"),
    Case("report_keeps_lede", _REPORT, ("news",), ("closed three bridges",)),
    Case("roundup_leads_with_event", _ROUNDUP, ("roundup", "news", "opinion"), ("raised its main interest rate",)),
    Case("column_anecdote_first", _ANECDOTE, ("opinion", "feature", "news"), ("Jana Kowal wants to ban dogs",)),
    Case("opinion_thesis_first", _THESIS_FIRST, ("opinion", "news", "feature"), ("must stop selling its parks", "should keep its parks")),
)
