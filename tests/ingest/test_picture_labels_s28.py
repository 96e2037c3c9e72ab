"""CNN/DM row 91 (the lead's reading, session 27): in tokenized text ("Space race : ... ( pictured ) Dr ..."),
a tabloid caption glued before the lead sentence was not cut, because the caption rules expected a colon and
brackets with no spaces inside. Tokenized spacing is read the same as written spacing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsbrief.ingest.picture_labels import without_picture_labels

CASES = (
    # (name, paragraph, what must go, what must stay)
    ("tokenized_labelled", "Tidal kites could light whole towns . Sea power : Prof Ina Holm says the kites will "
     "be far smaller than wind turbines ( pictured ) Prof Ina Holm , of Tarn University , is testing a kite "
     "off the coast .", "Sea power", "Prof Ina Holm , of Tarn University , is testing"),
    ("tokenized_possessive", "The plan was approved . Kite power : The firm 's prototype kite flies over "
     "the bay ( pictured ) The firm plans ten more .", "prototype kite flies", "The firm plans ten more"),
    ("written_still_cut", "Tidal kites could light whole towns. Sea power: Prof Ina Holm says the kites will be "
     "small (pictured) Prof Ina Holm is testing a kite.", "Sea power", "Prof Ina Holm is testing a kite."),
    ("near_inside_sentence", "A teacher ( pictured ) was cleared of all charges on Monday .", "", "A teacher ( "
     "pictured ) was cleared"),
    ("near_speech", "Sea power : ' It works , ' said Prof Ina Holm ( pictured ) The firm plans more .", "",
     "said Prof Ina Holm"),
)


@pytest.mark.parametrize(("name", "paragraph", "gone", "kept"), CASES, ids=[c[0] for c in CASES])
def test_tokenized_picture_labels(name: str, paragraph: str, gone: str, kept: str) -> None:
    out = without_picture_labels(paragraph)
    assert kept in out, (name, out)
    assert not gone or gone not in out, (name, out)
