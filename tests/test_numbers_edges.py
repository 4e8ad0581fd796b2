"""Quantities: what is not one (false positives, odd digits), and the nouns they count."""

import pytest

from reader.text.numbers import extract_quantities, is_person_noun
from reader.text.numbers_words import normalise_noun, plural

# --- false positives ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Yucaipa owned Dominick's before selling the chain in 1998.",
        "The 2024 elections are near.",
        "On Jan. 16 the attack began.",
        "On 16 January the attack began.",
        "the attack on June 10",
        "It happened on the 16th.",
        "at 10:30 local time",
        "at 3 p.m. on Tuesday",
        "the second strike and the 3rd wave",
        "Phone : 952-250-4968",
        "Birthdate : 2000-01-08",
        "Perhaps one of the most alarming revelations",
        "no one knows",
        "the one who ordered it",
        "they blamed one another",
        "For one, it diverted attention",
        "F-16 jets and the G20 summit",
        "Flight 370 disappeared",
        "in the 1990s",
        "Brian Florence, 38, died Sept. 25",
        "near ground zero",
        "Since '82 the chancellor",
        "The Whole Nine Yards",
        "the relationship may be less one of subservience",
    ],
)
def test_not_quantities(sentence):
    assert extract_quantities(sentence) == []


def test_year_followed_by_people_is_a_count():
    [count] = extract_quantities("2000 people marched")
    assert count.value == 2000


# --- nouns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, noun",
    [
        ("people", "person"),
        ("individuals", "person"),
        ("persons", "person"),
        ("children", "child"),
        ("women", "woman"),
        ("policemen", "policeman"),
        ("civilians", "civilian"),
        ("casualties", "casualty"),
    ],
)
def test_normalise_noun(word, noun):
    assert normalise_noun(word) == noun


def test_person_nouns_and_plurals():
    assert all(is_person_noun(n) for n in ("person", "civilian", "child", "soldier", "gunman"))
    assert not is_person_noun("drone")
    assert [plural(n) for n in ("woman", "child", "person", "casualty", "drone")] == [
        "women",
        "children",
        "people",
        "casualties",
        "drones",
    ]


@pytest.mark.parametrize("sentence", ["There were 5 ³ people", "one ² two", "It was ³ of them."])
def test_superscript_digits_are_not_read_as_numbers(sentence):
    # "³".isdigit() is true but float("³") fails: untrusted text must not crash the scan.
    assert all(q.text[:1] not in "²³" for q in extract_quantities(sentence))


def test_sentences_without_digits_or_number_words_have_no_quantities():
    assert extract_quantities("The minister said the talks had gone well.") == []
    assert extract_quantities("A dozen were hurt.")[0].value == 12
