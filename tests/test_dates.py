"""Dates and weekdays in news sentences, and when two of them cannot be the same day."""

import pytest

from reader.text.dates import dates_conflict, describe_date, extract_dates


def only(sentence: str, reference_year: int | None = None):
    found = extract_dates(sentence, reference_year)
    assert len(found) == 1, found
    return found[0]


def test_weekday_seed():
    d = only("in response to Iran's attack on Pakistani soil on Tuesday, which claimed")
    assert (d.kind, d.weekday, d.text) == ("weekday", 1, "Tuesday")
    assert describe_date(d) == "Tuesday"


def test_weekday_with_part_of_day():
    d = only("an Iranian missile attack killed two children on Tuesday night")
    assert (d.kind, d.weekday, d.text) == ("weekday", 1, "Tuesday night")


def test_by_jan_26_seed():
    sentence = "the ambassadors will return to their posts by Jan. 26"
    d = only(sentence)
    assert (d.kind, d.month, d.day, d.year) == ("date", 1, 26, None)
    assert sentence[d.start : d.end] == "Jan. 26"
    assert describe_date(d) == "January 26"


@pytest.mark.parametrize(
    "text, month, day, year",
    [
        ("Jan. 16", 1, 16, None),
        ("Jan 26", 1, 26, None),
        ("January 16, 2024", 1, 16, 2024),
        ("16 January 2024", 1, 16, 2024),
        ("2024-01-16", 1, 16, 2024),
        ("May 03,2013", 5, 3, 2013),
        ("Sept. 11", 9, 11, None),
        ("the 16th of January", 1, 16, None),
    ],
)
def test_calendar_dates(text, month, day, year):
    d = only(f"It happened on {text} near the border.")
    assert (d.kind, d.month, d.day, d.year, d.text) == ("date", month, day, year, text)


def test_weekday_with_date_is_one_mention():
    d = only("on Tuesday, January 16, missiles struck")
    assert (d.kind, d.weekday, d.month, d.day) == ("date", 1, 1, 16)
    assert describe_date(d) == "Tuesday, January 16"


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("as he said last Tuesday", "last Tuesday"),
        ("the joint statement issued yesterday", "yesterday"),
        ("they met two days ago", "two days ago"),
        ("talks earlier this week", "earlier this week"),
    ],
)
def test_relative(sentence, text):
    d = only(sentence)
    assert (d.kind, d.text, describe_date(d)) == ("relative", text, text)


def test_months_and_years():
    month, year = extract_dates("in May the talks, begun in 1998, resumed")
    assert (month.kind, month.month, month.text) == ("month", 5, "May")
    assert (year.kind, year.year, year.text) == ("year", 1998, "1998")
    d = only("since March 2023")
    assert (d.kind, d.month, d.year, describe_date(d)) == ("month", 3, 2023, "March 2023")


@pytest.mark.parametrize(
    "sentence",
    [
        "you may go now",
        "Iran and Pakistan are neighbours",
        "at 10:30 local time",
        "Feb. 30 is not a day",
        "2000 people marched",
        "the Tuesdays were quiet",
    ],
)
def test_not_dates(sentence):
    assert extract_dates(sentence) == []


def test_reference_year_fills_missing_year():
    d = only("on Jan. 16", reference_year=2024)
    assert (d.year, d.year_inferred) == (2024, True)
    assert describe_date(d) == "January 16"  # the inferred year is not claimed as stated


def conflict(a: str, b: str, reference_year: int | None = None) -> bool:
    first, second = only(a, reference_year), only(b, reference_year)
    assert dates_conflict(first, second) == dates_conflict(second, first)
    return dates_conflict(first, second)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("on Tuesday", "on Thursday", True),
        ("on Tuesday", "Tuesday night", False),
        ("on Jan. 16", "on January 16", False),
        ("on Jan. 16", "on Jan. 18", True),
        ("on Jan. 16", "on 16 January 2024", False),
        ("on Jan. 16", "on Feb. 16", True),
        ("on Tuesday", "on Jan. 18", False),  # no year: the weekday of Jan. 18 is unknown
        ("on Tuesday", "on January 16, 2024", False),  # Jan 16, 2024 was a Tuesday
        ("on Thursday", "on January 16, 2024", True),
        ("on Tuesday", "yesterday", False),
        ("last Tuesday", "on Thursday", False),
        ("in 2023", "in 2024", True),
        ("in January", "on Jan. 16", False),
        ("in January", "on Feb. 3", True),
    ],
)
def test_dates_conflict(a, b, expected):
    assert conflict(a, b) is expected


def test_weekday_against_date_with_reference_year():
    assert conflict("on Thursday", "on Jan. 16", reference_year=2024)
    assert not conflict("on Tuesday", "on Jan. 16", reference_year=2024)


def test_inferred_year_does_not_conflict_with_stated_year():
    assert not conflict("on Jan. 16", "in 2023", reference_year=2024)
