"""Tabloid picture captions glued into the text with no stop of their own (session 21: a CNN/DM page ran
"Label: ... (pictured)" into the next sentence, and the caption became a key point and an Outlook item). A
caption ends on its picture marker: "(pictured)", "(left)", "(right)", "(above)", "(file photo)"."""

from __future__ import annotations

from newsbrief.ingest.picture_labels import without_picture_labels
from newsbrief.ingest.repair import without_inline_furniture


def test_a_labelled_caption_glued_before_a_sentence_goes() -> None:
    text = ("The bakery opened in 1952. Fresh start: Owner Lena Varga says the new ovens will halve the "
            "baking time (pictured) Ms Varga, of Pecsvar, bought the shop from her uncle last spring.")
    assert without_picture_labels(text) == ("The bakery opened in 1952. Ms Varga, of Pecsvar, bought the shop "
                                            "from her uncle last spring.")


def test_a_labelled_caption_with_a_question_mark_in_its_label_goes() -> None:
    text = ("Nobody has tried it yet. Too far?: Engineers in Osaka have drawn up a bridge across the bay "
            "(artist's impression shown) Unlike the old plans, the bridge would carry trains.")
    assert without_picture_labels(text) == "Nobody has tried it yet. Unlike the old plans, the bridge would carry trains."


def test_an_unlabelled_caption_run_into_the_next_sentence_goes() -> None:
    text = ("The school lost its licence in May. The inspectors closed the school after a visit in the spring "
            "(file photo) However, the head said she would appeal.")
    assert without_picture_labels(text) == "The school lost its licence in May. However, the head said she would appeal."


def test_a_caption_ending_with_left_goes() -> None:
    text = ("City won 2-0. Striker Tomas Berg celebrates with team-mate Ivo Lind (left) Berg has now scored "
            "in six games.")
    assert without_picture_labels(text) == "City won 2-0. Berg has now scored in six games."


def test_a_labelled_caption_with_its_own_stop_goes() -> None:
    text = ("The bakery opened in 1952. Proud: Owner Lena Varga outside her shop (pictured). "
            "She bought it last spring.")
    assert without_picture_labels(text) == "The bakery opened in 1952. She bought it last spring."


def test_pictured_inside_a_sentence_stays() -> None:
    text = "A teacher (pictured) was cleared of all charges on Monday. The hearing lasted two days."
    assert without_picture_labels(text) == text


def test_an_unlabelled_sentence_ending_on_pictured_with_a_stop_stays() -> None:
    text = "He was sentenced at Harrow Crown Court (pictured). The judge called it a cruel crime."
    assert without_picture_labels(text) == text


def test_a_quoted_statement_is_no_caption() -> None:
    text = ("The club confirmed the deal. Manager Piet Roos said: 'He is the best player I have signed "
            "(pictured)' Roos added that the fee was fair.")
    assert without_picture_labels(text) == text


def test_the_inline_repairs_cut_the_caption_too() -> None:
    text = ("Storms hit the coast. Battered: Waves break over the sea wall at Dunmore (above) The council said "
            "the wall would be repaired.")
    assert without_inline_furniture(text) == "Storms hit the coast. The council said the wall would be repaired."


def test_a_scroll_down_pointer_glued_before_a_sentence_goes() -> None:
    text = "Scroll down for video Neighbours of the farm were shocked when the barn burned down. Nobody was hurt."
    assert without_picture_labels(text) == "Neighbours of the farm were shocked when the barn burned down. Nobody was hurt."


def test_a_scroll_down_pointer_after_a_sentence_goes() -> None:
    text = "The barn burned down. Scroll down for more pictures The fire crews arrived within minutes."
    assert without_picture_labels(text) == "The barn burned down. The fire crews arrived within minutes."


def test_scroll_down_inside_a_sentence_stays() -> None:
    text = "Readers who scroll down for more will find the full list. Scroll down for the map, she said."
    assert without_picture_labels(text) == text
