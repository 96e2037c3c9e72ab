"""Cutting the writer's closing bio line keeps the quotation marks of the sentences before it (session 24: the bio cut
dropped every closing mark of the last paragraph, so the quotations after it paired wrongly and a "she told" went to
the wrong person)."""

from newsbrief.ingest.furniture_notes import without_author_bio

PARAGRAPHS = [
    "The council voted on Tuesday to close the old library on Mill Street.",
    'Residents were angry. "It is a disgrace," said Ada Quint. "We will fight it." The mayor said "the budget is '
    'the budget." Mara Tell is a freelance writer for The Leeds Courier.',
]


def test_the_bio_line_goes_and_the_closing_marks_stay() -> None:
    kept = without_author_bio(PARAGRAPHS, ["By Mara Tell"])
    assert kept[0] == PARAGRAPHS[0]
    assert kept[1] == ('Residents were angry. "It is a disgrace," said Ada Quint. "We will fight it." The mayor said '
                       '"the budget is the budget."')


def test_no_bio_leaves_the_paragraphs_as_they_are() -> None:
    paragraphs = [PARAGRAPHS[0], 'She said: "We are done." Nobody answered.']
    assert without_author_bio(paragraphs, []) == paragraphs
