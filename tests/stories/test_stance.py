"""The stance model on a small set written for the tests: its API, what it learns, save and load.

The set: five rumours, each with a confirming, a debunking and a hedging body; each claim is paired with
its three bodies (agree, disagree, discuss) and with two bodies of other rumours (unrelated), as FNC-1
pairs headlines with bodies. No text comes from FNC-1. tests/evaluation/test_stance_eval.py uses it too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.stories.stance import (
    LABELS,
    STANCE_OF,
    StanceConfig,
    StanceModel,
    StanceModelError,
    StancePair,
    read_fnc,
    train_stance_model,
)
from newsbrief.stories.stance_features import FEATURE_NAMES, pair_features, tokens

CLAIMS = {
    "bridge": "City council votes to demolish the old harbour bridge",
    "zoo": "Escaped tiger seen roaming the streets near the city zoo",
    "mine": "Copper mine collapse traps forty workers underground",
    "singer": "Pop singer Lena Marsh cancels her world tour after illness",
    "bank": "Central bank secretly prints extra banknotes to fund deficit",
}

BODIES = {
    1: "The city council voted on Tuesday to demolish the old harbour bridge. Councillors approved the plan "
       "by eleven votes to four, and demolition of the bridge will start in the spring.",
    2: "Reports that the council will demolish the harbour bridge are false. The council denied any such vote; "
       "a spokesman said the bridge is not going anywhere and called the story a hoax.",
    3: "Residents say the council may vote to demolish the harbour bridge, according to unconfirmed reports. "
       "Officials would not comment on the claims, and it is unclear whether a vote was held.",
    4: "An escaped tiger was seen roaming the streets near the city zoo on Sunday. Keepers confirmed the tiger "
       "left its enclosure, and police asked people near the zoo to stay indoors.",
    5: "The zoo denied that a tiger escaped. All the animals are in their enclosures, the director said, and the "
       "photos of a tiger in the streets were fake, taken at another park years ago.",
    6: "Social media posts claim a tiger may be roaming the streets near the zoo. The reports have not been "
       "verified; the zoo has reportedly been asked about the sightings but has not responded.",
    7: "A copper mine collapsed on Friday and trapped forty workers underground. Rescue teams are drilling "
       "towards the trapped workers, the mine operator confirmed.",
    8: "The mine operator denied that any workers were trapped. No collapse happened at the copper mine, it "
       "said, and the rumour of forty men underground was false.",
    9: "There are reports that forty workers could be trapped after a collapse at the copper mine, according "
       "to local radio. The claims are unconfirmed and the operator has not commented.",
    10: "Pop singer Lena Marsh has cancelled her world tour after an illness, her label confirmed. Marsh thanked "
        "fans and said she needs time to recover before performing again.",
    11: "Lena Marsh is not cancelling her world tour. Her manager denied the rumour, calling it fake news, and "
        "said the singer is healthy and the concerts will go ahead.",
    12: "Fans fear pop singer Lena Marsh might cancel her world tour, reportedly because of an illness. Her "
        "label has not confirmed the claims, which began on a fan forum.",
    13: "The central bank printed extra banknotes to fund the deficit, documents show. Officials confirmed the "
        "bank printed the notes in secret over six months.",
    14: "The central bank denied printing extra banknotes. There was no secret printing, the governor said, "
        "and the documents circulating online are fabricated.",
    15: "Bloggers allege the central bank may have printed extra banknotes to fund the deficit. The bank has "
        "not responded, and the claims could not be verified.",
}

TOPIC_BODIES = {"bridge": (1, 2, 3), "zoo": (4, 5, 6), "mine": (7, 8, 9), "singer": (10, 11, 12),
                "bank": (13, 14, 15)}
_OTHERS = {"bridge": (5, 9), "zoo": (12, 13), "mine": (2, 15), "singer": (4, 8), "bank": (11, 3)}


def stance_pairs() -> list[StancePair]:
    """The 25 pairs: per claim agree, disagree, discuss and two unrelated bodies."""
    pairs = []
    for topic, claim in CLAIMS.items():
        confirm, debunk, hedge = TOPIC_BODIES[topic]
        pairs += [StancePair(claim, confirm, "agree"), StancePair(claim, debunk, "disagree"),
                  StancePair(claim, hedge, "discuss")]
        pairs += [StancePair(claim, other, "unrelated") for other in _OTHERS[topic]]
    return pairs

# The tiny set has 25 pairs: one Adam step per epoch at the default batch, so more epochs and a faster rate.
TINY = StanceConfig(vocabulary=500, hidden=32, epochs=300, learning_rate=1e-2, alpha=1e-4)
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "stance"


@pytest.fixture(scope="module")
def model() -> StanceModel:
    return train_stance_model(stance_pairs(), BODIES, TINY)


def test_features_see_refuting_words_and_negation_near_the_claim() -> None:
    claim = CLAIMS["zoo"]
    confirm, debunk = (dict(zip(FEATURE_NAMES, pair_features(claim, BODIES[i]), strict=True)) for i in (4, 5))
    assert len(pair_features(claim, BODIES[4])) == len(FEATURE_NAMES)
    assert debunk["body_refuting_rate"] > confirm["body_refuting_rate"]
    assert debunk["negation_near_claim"] > confirm["negation_near_claim"]
    unrelated = dict(zip(FEATURE_NAMES, pair_features(claim, BODIES[13]), strict=True))
    assert unrelated["claim_in_body"] < confirm["claim_in_body"]
    assert tokens("It didn't happen") == ["it", "did", "not", "happen"]


def test_the_model_fits_its_training_pairs(model: StanceModel) -> None:
    pairs = stance_pairs()
    predicted = model.predict_labels([p.headline for p in pairs], [BODIES[p.body_id] for p in pairs])
    right = sum(p.stance == label for p, label in zip(pairs, predicted, strict=True))
    assert right >= 0.9 * len(pairs)


def test_predict_names_the_story_stance_with_probabilities(model: StanceModel) -> None:
    label, probabilities = model.predict(CLAIMS["mine"], BODIES[7])
    assert label == "supports"
    assert set(probabilities) == set(STANCE_OF.values())
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert max(probabilities, key=lambda k: probabilities[k]) == label
    # A claim against an article about something else entirely (a body it was never paired with).
    assert model.predict(CLAIMS["singer"], BODIES[14])[0] == "ignores"


def test_predict_refuses_an_empty_claim(model: StanceModel) -> None:
    with pytest.raises(InputError, match="empty"):
        model.predict("  ", BODIES[1])


def test_save_and_load_give_the_same_probabilities(model: StanceModel, tmp_path: Path) -> None:
    path = model.save(tmp_path / "nested" / "stance.pkl.gz")
    loaded = StanceModel.load(path)
    claims, bodies = [CLAIMS["bank"], CLAIMS["zoo"]], [BODIES[14], BODIES[6]]
    assert (loaded.probabilities(claims, bodies) == model.probabilities(claims, bodies)).all()
    assert loaded.config == TINY


def test_loading_a_missing_or_foreign_file_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(StanceModelError, match="--save-model"):
        StanceModel.load(tmp_path / "absent.pkl.gz")
    junk = tmp_path / "junk.pkl.gz"
    junk.write_text("not a model", encoding="utf-8")
    with pytest.raises(StanceModelError, match="rebuild"):
        StanceModel.load(junk)


def test_training_refuses_unknown_labels_and_missing_bodies() -> None:
    with pytest.raises(InputError, match="labelled"):
        train_stance_model([StancePair("a claim", 1, "maybe")], BODIES, TINY)
    with pytest.raises(InputError, match="body_id 99"):
        train_stance_model([StancePair("a claim", 99, "agree")], BODIES, TINY)


def test_read_fnc_reads_the_field_names_of_the_data_files(tmp_path: Path) -> None:
    stances, bodies = tmp_path / "s.jsonl", tmp_path / "b.jsonl"
    stances.write_text('{"headline": "A claim", "body_id": 3, "stance": "discuss"}\n\n'
                       '{"Headline": "Another", "Body ID": 3, "Stance": "Agree"}\n', encoding="utf-8")
    bodies.write_text('{"body_id": 3, "text": "A body."}\n', encoding="utf-8")
    pairs, texts = read_fnc(stances, bodies)
    assert pairs == [StancePair("A claim", 3, "discuss"), StancePair("Another", 3, "agree")]
    assert texts == {3: "A body."}
    with pytest.raises(InputError, match="no file"):
        read_fnc(tmp_path / "none.jsonl", bodies)


@pytest.mark.slow
def test_the_real_data_reads_and_a_small_model_predicts_every_label_kind() -> None:
    if not (SHARED / "fnc1_train.jsonl").is_file():
        pytest.skip(f"FNC-1 data not found at {SHARED} (../shared/data/stance)")
    pairs, bodies = read_fnc(SHARED / "fnc1_train.jsonl", SHARED / "fnc1_train_bodies.jsonl")
    assert {p.stance for p in pairs} == set(LABELS)
    assert {p.body_id for p in pairs} <= set(bodies)
    few = [p for p in pairs if p.body_id < 100]
    model = train_stance_model(few, bodies, StanceConfig(vocabulary=1000, hidden=16, epochs=5))
    label, probabilities = model.predict(few[0].headline, bodies[few[0].body_id])
    assert label in STANCE_OF.values() and sum(probabilities.values()) == pytest.approx(1.0)
