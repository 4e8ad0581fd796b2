"""Properties of relate() on generated and real sentences: symmetric, no crash, typed
contradictions; and the docstring examples run."""

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

import reader
import reader.analysis.relate

WORDS = (
    "police said killed injured at least nine seven people quake strike on Tuesday Friday "
    "in 2005 not never denies hoax reportedly if the village island 12 3,000 $5 million "
    "percent 40 , . and of two three children women fire church court sentenced guilty "
    "Pakistan Iran attack drone no one was were have has had her his 9-3 2:56 year-old"
).split()

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentences, sentences)
def test_relate_is_symmetric_and_never_crashes(a, b):
    ab, ba = reader.relate(a, b), reader.relate(b, a)
    assert (ab.kind, ab.score, ab.types) == (ba.kind, ba.score, ba.types)
    assert 0.0 <= ab.score <= 1.0
    assert (ab.kind == "contradict") == bool(ab.types)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_relate_takes_any_text(a, b):
    result = reader.relate(a, b)
    assert result.kind in ("agree", "contradict", "unrelated")


def test_reasons_face_the_callers_order():
    a, b = "Nine people were killed.", "Seven people were killed."
    assert reader.relate(a, b).reasons[0] == "killed: 9 vs 7"
    assert reader.relate(b, a).reasons[0] == "killed: 7 vs 9"


def test_the_docstring_examples_run():
    for module in (reader, reader.analysis.relate):
        failed, attempted = doctest.testmod(module)
        assert attempted > 0 and failed == 0
