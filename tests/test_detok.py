"""PTB detokenization on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsbrief.evaluation.detok import detokenize


@pytest.mark.parametrize(
    ("tokenized", "expected"),
    [
        ("The team 's coach did n't speak .", "The team's coach didn't speak."),
        ("He said `` we will win '' on Sunday .", 'He said "we will win" on Sunday.'),
        ("Prices -LRB- in dollars -RRB- rose 5 % , analysts said .",
         "Prices (in dollars) rose 5%, analysts said."),
        ("They 're sure it 'll rain ; we 've seen it !", "They're sure it'll rain; we've seen it!"),
        ("It cost $ 5 million -LSB- sic -RSB- .", "It cost $5 million [sic]."),
        ("Sales hit 1 , 200 units", "Sales hit 1,200 units"),
        ("' Just watching the game , ' Merson said .", "'Just watching the game,' Merson said."),
        # Curly marks as the tabloid rows of CNN/DM ship them: the apostrophe of a contraction joins its word, and a
        # curly or straight single-quoted passage with an apostrophe inside keeps its marks on the words.
        ("He didn ’ t have the cash , she ’ s sure .", "He didn’t have the cash, she’s sure."),
        ("Robinson said : ‘ I ran off in one direction . ’ Then he left .",
         "Robinson said: ‘I ran off in one direction.’ Then he left."),
        pytest.param("' I am feeling good , I'm feeling better , ' Gnabry told reporters .",
                     "'I am feeling good, I'm feeling better,' Gnabry told reporters.",
                     marks=pytest.mark.xfail(strict=True, reason="a straight-quoted passage holding an apostrophe is "
                                             "left spaced: pairing across it mispaired narration on CNN/DM row 95")),
        ("The fans ’ chant was loud .", "The fans’ chant was loud."),
    ],
)
def test_detokenize(tokenized: str, expected: str) -> None:
    assert detokenize(tokenized) == expected


def test_plain_text_is_unchanged() -> None:
    text = 'The mayor said "no" (twice) on Monday, and didn\'t explain.'
    assert detokenize(text) == text


@pytest.mark.parametrize(
    ("tokenized", "expected"),
    [
        # A quotation running on over two paragraphs opens the second with `` and never closes the first: the marks'
        # direction is in the tokens, so pairing the straight marks glued the rest of a t17 article ('lives."I want',
        # 'an"awesome"act'; the lead's reading of a BBC report, session 35).
        ("Ana said : `` I will ride for the appeal . `` I want to buy tents . '' Her mother said : `` Well done . ''",
         'Ana said: "I will ride for the appeal. "I want to buy tents." Her mother said: "Well done."'),
        ("A donor called it an `` awesome '' act .", 'A donor called it an "awesome" act.'),
        ("`` We are cheering you on , '' he said .", '"We are cheering you on," he said.'),
    ],
)
def test_opening_and_closing_marks_keep_their_direction(tokenized: str, expected: str) -> None:
    assert detokenize(tokenized) == expected
