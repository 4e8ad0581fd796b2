"""Quantities in news sentences: values, ranges, nouns, units, sums and false positives."""

import math

import pytest

from reader.text.numbers import (
    Quantity,
    comparable,
    compatible,
    describe,
    extract_quantities,
)
from reader.text.numbers_words import parse_spelled_number


def only(sentence: str) -> Quantity:
    found = extract_quantities(sentence)
    assert len(found) == 1, found
    return found[0]


def counts(sentence: str) -> list[tuple[float, str]]:
    return [(q.value, q.noun) for q in extract_quantities(sentence) if not q.is_sum]


def sums(sentence: str) -> list[Quantity]:
    return [q for q in extract_quantities(sentence) if q.is_sum]


# --- seed sentences -------------------------------------------------------------------


def test_killing_9_civilians():
    q = only(
        "conducted drone strikes on Iranian soil on Thursday, killing 9 civilians in retaliation"
    )
    assert (q.value, q.low, q.high, q.qualifier, q.noun, q.unit) == (
        9,
        9,
        9,
        "exact",
        "civilian",
        None,
    )
    assert q.text == "9 civilians"
    assert describe(q) == "9"


def test_list_of_victims_sums_to_nine():
    sentence = "the strikes killed 3 women, 2 men, and 4 children – all foreign nationals"
    assert counts(sentence) == [(3, "woman"), (2, "man"), (4, "child")]
    (total,) = sums(sentence)
    assert (total.value, total.low, total.high, total.noun) == (9, 9, 9, "person")
    assert total.qualifier == "exact" and total.is_sum
    assert describe(total) == "9 (3 women, 2 men, 4 children)"
    assert sentence[total.start : total.end] == "3 women, 2 men, and 4 children"


def test_spelled_list_sums_too():
    (total,) = sums("the strikes killed three women, two men and four children")
    assert total.value == 9 and total.qualifier == "exact"


def test_including_breakdown_is_a_lower_bound_not_a_total():
    sentence = (
        "seven people were killed in the latest Pakistani strikes on Iranian territory, "
        "including three women and four children"
    )
    found = extract_quantities(sentence)
    assert counts(sentence) == [(7, "person"), (3, "woman"), (4, "child")]
    (breakdown,) = [q for q in found if q.is_sum]
    assert breakdown.qualifier == "at least" and (breakdown.low, breakdown.high) == (7, math.inf)
    total = found[0]
    assert compatible(total, breakdown)  # the parts are consistent with the total of 7
    assert describe(breakdown) == "at least 7 (3 women, 4 children)"


def test_including_more_than_total_is_incompatible():
    found = extract_quantities("five people died, including three women and four children")
    total, breakdown = found[0], [q for q in found if q.is_sum][0]
    assert not compatible(total, breakdown)


def test_at_least_seven_individuals():
    q = only("resulted in the deaths of at least seven individuals")
    assert (q.value, q.low, q.high, q.qualifier, q.noun) == (7, 7, math.inf, "at least", "person")
    assert describe(q) == "at least 7"


def test_killed_at_least_nine_people():
    q = only("The Pakistani airstrikes were reported to have killed at least nine people")
    assert (q.low, q.high, q.noun) == (9, math.inf, "person")


def test_claimed_the_lives_of_two_children():
    q = only("which claimed the lives of two children in Baluchistan province")
    assert (q.value, q.noun) == (2, "child")


def test_between_three_and_four_drones():
    q = only("Further reports indicated that between three and four drones were launched")
    assert (q.low, q.high, q.qualifier, q.noun) == (3, 4, "between", "drone")
    assert describe(q) == "between 3 and 4"


def test_killed_over_90_people():
    q = only("a suicide bombing claimed by the Islamic State that killed over 90 people")
    assert q.qualifier == "more than" and q.noun == "person"
    assert 90 < q.low < 90.01 and q.high == math.inf
    assert describe(q) == "more than 90"


def test_48_hours_equals_two_days():
    hours = extract_quantities("It took only 48 hours and two rounds of missiles")[0]
    days = only("within two days of the initial attack")
    assert (hours.value, hours.unit) == (48, "hour")
    assert (days.value, days.unit) == (48, "hour")
    assert compatible(hours, days) and comparable(hours, days)
    assert describe(hours) == "48 hours" and describe(days) == "two days"


def test_rounds_are_counted_separately():
    found = extract_quantities("It took only 48 hours and two rounds of missiles")
    assert [(q.value, q.noun) for q in found] == [(48, "hour"), (2, "round")]


def test_date_sentences_have_no_quantities():
    assert extract_quantities("Iran's attack on Pakistani soil on Tuesday") == []
    assert extract_quantities("ambassadors will return to their posts by Jan. 26") == []


# --- values, words and qualifiers ----------------------------------------------------


@pytest.mark.parametrize(
    "words, value",
    [
        ("nine", 9),
        ("twenty - one", 21),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("three thousand", 3000),
        ("a million", 1_000_000),
        ("two million three hundred thousand", 2_300_000),
    ],
)
def test_spelled_numbers(words, value):
    assert parse_spelled_number(words.split())[0] == value


def test_spelled_number_stops_at_a_second_number():
    assert parse_spelled_number(["three", "and", "four"]) == (3, 1)


@pytest.mark.parametrize(
    "sentence, value, noun",
    [
        ("1,200 people were evacuated", 1200, "person"),
        ("twenty-one soldiers died", 21, "soldier"),
        ("two hundred families fled", 200, "family"),
        ("a dozen drones were shot down", 12, "drone"),
        ("two innocent children were killed", 2, "child"),
        ("and three others were injured", 3, "other"),
        ("Pakistan holds that strike responsible for killing 7 of its soldiers", 7, "soldier"),
        ("one Pakistani soldier was wounded", 1, "soldier"),
        ("the two Muslim countries issued a joint statement", 2, "country"),
        (
            "Tehran said it had bombed two rebel sanctuaries located on Pakistani soil",
            2,
            "sanctuary",
        ),
        ("more than 250 homes had been destroyed", 250, "home"),
        ("23.5 million high-speed lines", 23.5e6, "line"),
        ("two injured men were taken to hospital", 2, "man"),
        ("seven armed men stormed the post", 7, "man"),
    ],
)
def test_counted_noun(sentence, value, noun):
    q = extract_quantities(sentence)[0]
    assert (q.value, q.noun) == (value, noun)


@pytest.mark.parametrize(
    "sentence",
    ["killing 9", "the death toll rose to 9", "9 were killed", "7 dead", "9 killed in the blast"],
)
def test_bare_number_counts_people_from_context(sentence):
    q = only(sentence)
    assert (q.value, q.noun) == (9 if "9" in sentence else 7, "person")


@pytest.mark.parametrize(
    "phrase, qualifier, low, high",
    [
        ("at least 7 people", "at least", 7, math.inf),
        ("no fewer than 7 people", "at least", 7, math.inf),
        ("upwards of 7 people", "more than", 7, math.inf),
        ("up to 5 people", "at most", 0, 5),
        ("at most 5 people", "at most", 0, 5),
        ("about 100 people", "about", 90, 110),
        ("around 100 people", "about", 90, 110),
        ("roughly 100 people", "about", 90, 110),
        ("some 100 people", "about", 90, 110),
        ("approximately 100 people", "about", 90, 110),
        ("an estimated 100 people", "about", 90, 110),
        ("nearly 100 people", "nearly", 90, 100),
        ("almost 100 people", "nearly", 90, 100),
        ("5 to 10 people", "between", 5, 10),
        ("5-10 people", "between", 5, 10),
        ("two or three people", "between", 2, 3),
        ("dozens of people", "vague", 24, math.inf),
        ("hundreds of people", "vague", 200, math.inf),
    ],
)
def test_qualifier_ranges(phrase, qualifier, low, high):
    q = only(f"Officials said {phrase} were hurt")
    assert (q.qualifier, q.low, q.high, q.noun) == (
        qualifier,
        pytest.approx(low, rel=1e-3),
        high,
        "person",
    )


def test_approximate_range():
    q = only("about eight to 10 people were hurt")
    assert (q.low, q.high, q.noun) == (8, 10, "person")


def test_verb_after_number_is_not_its_noun():
    found = extract_quantities("Of 23.5 million lines, 16.3 million provided advanced services")
    assert [q.noun for q in found] == ["line", ""]


def test_more_than_excludes_the_stated_number():
    more = only("more than 90 people")
    assert not compatible(more, only("90 people")) and compatible(more, only("91 people"))


def test_from_to_is_a_change_not_a_range():
    found = extract_quantities("the toll rose from 7 to 9")
    assert [q.value for q in found] == [7, 9]


# --- money, percent, distance ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("to pay Yukos' US$ 27.5 billion tax bill", 27.5e9, "usd"),
        ("was sold for US$9.4 billion to a little known company", 9.4e9, "usd"),
        ("selling the chain to Safeway in 1998 for $2.5 billion.", 2.5e9, "usd"),
        ("a fine of €300 million", 300e6, "eur"),
        ("shares rose 5 percent", 5, "percent"),
        ("a yield of 4.26 per cent", 4.26, "percent"),
        ("up 3.5% on the day", 3.5, "percent"),
        ("12 miles north of the city", pytest.approx(19.312128), "km"),
    ],
)
def test_measures(sentence, value, unit):
    q = only(sentence)
    assert (q.value, q.unit) == (value, unit)


def test_money_range_with_scale_on_both_ends():
    q = only("revenue of $760 million to $790 million")
    assert (q.low, q.high, q.unit) == (760e6, 790e6, "usd")


def test_different_units_never_conflict():
    assert compatible(only("9 days"), only("7 percent"))
    assert not comparable(only("9 days"), only("7 percent"))


# --- provisional figures -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "at least 9 people have been killed so far",
        "as of Friday, 12 people were confirmed dead",
        "initial reports said 9 people died",
        "preliminary figures show 9 dead",
        "the death toll rose to 12",
    ],
)
def test_provisional(sentence):
    assert extract_quantities(sentence)[0].provisional


def test_not_provisional_without_marker():
    assert not only("killed at least nine people").provisional


# --- compatibility ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("at least seven people", "9 people", True),
        ("at least nine people", "seven people", False),
        ("9 people", "7 people", False),
        ("9 people", "nine people", True),
        ("about 100 people", "95 people", True),
        ("about 100 people", "150 people", False),
        ("up to 5 people", "7 people", False),
        ("between three and four drones", "4 drones", True),
        ("dozens of people", "9 people", False),
        ("48 hours", "two days", True),
        ("48 hours", "three days", False),
    ],
)
def test_compatible(a, b, expected):
    assert compatible(only(a), only(b)) is expected
    assert compatible(only(b), only(a)) is expected


def test_comparable_nouns():
    assert comparable(only("9 civilians"), only("seven people"))
    assert not comparable(only("two children"), only("seven people"))
    assert not comparable(only("killed 9 at once"), only("12 were reported"))  # one has no noun


def test_sum_against_a_different_total_is_incompatible():
    nine = sums("the strikes killed 3 women, 2 men, and 4 children")[0]
    assert not compatible(nine, only("seven people were killed"))
    assert compatible(nine, only("killing 9 civilians"))


def test_only_people_or_same_units_are_summed():
    assert sums("two children and three drones") == []
    assert sums("killed two children and injured three others") == []
    assert sums("3 hours and 20 minutes")[0].value == pytest.approx(3 + 20 / 60)
