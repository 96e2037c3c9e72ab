"""The verifier runs the consistency checker: support by word overlap no longer lets a negation or an opposite through."""

from __future__ import annotations

from newsbrief.llm.verify import CHECKS, check_consistency, check_entities, check_support, verify_sentences

SENTENCES = {
    "s1": "The Hanoi summit collapsed in February 2019 after two days of talks.",
    "s2": "Exports to China rose by 12 percent in the first quarter, the ministry said.",
    "s3": "The ministry said the tariffs would not be lifted this year.",
}
SOURCE = " ".join(SENTENCES.values())


def test_negations_and_opposites_are_rejected_with_the_checkers_reason() -> None:
    cases = [
        ("The Hanoi summit did not collapse in February 2019.", ["s1"], False, "negates"),
        ("Exports to China fell by 12 percent in the first quarter.", ["s2"], False, "opposite"),
        ("The ministry said the tariffs would be lifted this year.", ["s3"], False, "which the source negates"),
        ("The Hanoi summit collapsed in February 2019 after two days.", ["s1"], True, "supported"),
        ("The ministry said exports to China rose by 12 percent in the first quarter.", ["s2"], True, "supported"),
        ("According to the ministry, the tariffs will not be lifted this year.", ["s3"], True, "supported"),
    ]
    verdicts = verify_sentences([c[0] for c in cases], [c[1] for c in cases], SENTENCES, SOURCE, 0.5)
    for (text, _, ok, reason), verdict in zip(cases, verdicts, strict=True):
        assert verdict.ok is ok, (text, verdict.reason)
        assert reason in verdict.reason, (text, verdict.reason)


def test_the_checker_runs_after_the_name_check_and_before_support() -> None:
    # Names, numbers and dates keep their own, more specific reasons.
    assert CHECKS.index(check_entities) < CHECKS.index(check_consistency) < CHECKS.index(check_support)
