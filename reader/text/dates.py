"""Dates and weekdays in news sentences, and whether two of them can be the same day.

``extract_dates`` finds "on Thursday", "Tuesday night", "Jan. 16", "January 16,
2024", "16 January 2024", "2024-01-16", "in March", "in 2023" and relative
phrases ("yesterday", "last Tuesday").  ``dates_conflict`` is deliberately
cautious: relative phrases never conflict (their anchor is unknown), and a
weekday only conflicts with a calendar date when the date's year is known.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

__all__ = ["DateMention", "dates_conflict", "describe_date", "extract_dates"]


@dataclass(frozen=True)
class DateMention:
    kind: str  # "weekday" | "date" | "month" | "year" | "relative"
    weekday: int | None  # 0 = Monday, as in ``datetime.date.weekday``
    month: int | None
    day: int | None
    year: int | None
    text: str
    start: int
    end: int
    year_inferred: bool = False  # year taken from ``reference_year``, not the sentence


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = tuple(calendar.month_name)  # ("", "January", ...)
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}

_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Abbreviations take an optional dot; "May" is only a month next to a day or year.
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])\b"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)(?![\d-])"
_PART_OF_DAY = r"(?:\s+(?:night|morning|afternoon|evening))?"

# (kind, pattern) in priority order: where two matches overlap, the earlier pattern wins.
_PATTERNS = [
    ("date", r"\b(?P<year>(?:18|19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("date", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s*{_DAY}(?:\s*,?\s*{_YEAR})?"),
    ("date", rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
    ("month", rf"\b{_MONTH},?\s+{_YEAR}"),
    (
        "relative",
        rf"(?i:\b(?:last|next|this|past|coming)\s+){_WEEKDAY}{_PART_OF_DAY}"
        r"|(?i:\b(?:yesterday|today|tomorrow|tonight)\b"
        r"|\b(?:last|next|this|past)\s+(?:week|weekend|month|year|night)\b"
        r"|\b(?:earlier|later)\s+this\s+(?:week|month|year)\b"
        r"|\bthe\s+(?:day\s+before|previous\s+day|next\s+day|following\s+day)\b"
        r"|\b(?:\d+|a|one|two|three|four|five|six|seven)\s+(?:days?|weeks?)\s+(?:ago|earlier|later)\b)",
    ),
    ("weekday", rf"\b{_WEEKDAY}\b{_PART_OF_DAY}"),
    (
        "month",
        r"\b(?P<month>January|February|March|April|June|July|August|September|October|"
        r"November|December)\b|(?i:\b(?:in|of|since|until|by|early|late|mid-?|through|from)\s+)"
        r"(?P<may>May)\b",
    ),
    (
        "year",
        r"(?i:\b(?:in|since|by|until|till|from|during|before|after|of|year|early|late|mid-?|"
        rf"through|for)\s+){_YEAR}\b",
    ),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]
# Every pattern above needs one of these (weekdays and "today" end in "day"): most
# sentences have none, and one search spares them the eight patterns.
_MAYBE_DATE = re.compile(
    r"(?i)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|night|week|month|year"
    r"|(?:18|19|20)\d\d"
)
_MONTH_BY_PREFIX = {name[:3].lower(): i for i, name in enumerate(MONTHS) if name}


def _month_number(text: str | None) -> int | None:
    return _MONTH_BY_PREFIX.get(text[:3].lower()) if text else None


def _valid_day(month: int | None, day: int | None, year: int | None) -> bool:
    if day is None:
        return True
    if month is None or not 1 <= day <= 31:
        return False
    return day <= calendar.monthrange(year or 2000, month)[1]  # 2000: a leap year allows Feb 29


def _mention(kind: str, match: re.Match, reference_year: int | None) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    weekday = _WEEKDAY_INDEX[groups["wd"].lower()] if "wd" in groups else None
    month = _month_number(groups.get("month") or groups.get("may"))
    if "m" in groups:  # ISO
        month = int(groups["m"])
    day_text = groups.get("day") or groups.get("d")
    day = int(day_text) if day_text else None
    year = int(groups["year"]) if "year" in groups else None
    if not _valid_day(month, day, year):
        return None
    inferred = year is None and kind in ("date", "month") and reference_year is not None
    if inferred:
        year = reference_year
    # The span leaves out a leading preposition matched only as evidence ("in 1998", "in May").
    core = "year" if kind == "year" else "may" if "may" in groups else 0
    start, end = match.span(core)
    return DateMention(
        kind, weekday, month, day, year, match.string[start:end], start, end, inferred
    )


def extract_dates(sentence: str, reference_year: int | None = None) -> list[DateMention]:
    """Dates, weekdays, months, years and relative day phrases in ``sentence``, in order."""
    if not _MAYBE_DATE.search(sentence):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _mention(kind, match, reference_year)
            if mention is not None:
                taken.append((match.start(), match.end()))
                found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _weekday_of(d: DateMention) -> int | None:
    """The stated weekday, or the one a full calendar date falls on."""
    if d.weekday is not None:
        return d.weekday
    if d.year and d.month and d.day:
        return datetime.date(d.year, d.month, d.day).weekday()
    return None


def dates_conflict(a: DateMention, b: DateMention) -> bool:
    """Can ``a`` and ``b`` not be the same day (or period)?

    Tuesday vs Thursday: yes.  Jan. 16 vs January 16: no.  A weekday against a
    date only when the date's year is known, so its weekday can be computed.
    Relative phrases never conflict: "yesterday" depends on when it was written.
    """
    if "relative" in (a.kind, b.kind):
        return False
    if a.weekday is not None or b.weekday is not None:
        wa, wb = _weekday_of(a), _weekday_of(b)
        if wa is not None and wb is not None and wa != wb:
            return True
    if a.month and b.month and a.month != b.month:
        return True
    if a.day and b.day and a.day != b.day:
        return True
    explicit_years = a.year and b.year and not (a.year_inferred or b.year_inferred)
    return bool(explicit_years and a.year != b.year)


def describe_date(d: DateMention) -> str:
    """Human text for reasons: "Tuesday", "January 16", "January 16, 2024", "2023"."""
    if d.kind == "relative":
        return d.text
    year = f"{d.year}" if d.year and not d.year_inferred else ""
    if d.kind == "weekday":
        return WEEKDAYS[d.weekday] if d.weekday is not None else d.text
    if d.kind == "year":
        return year or d.text
    text = MONTHS[d.month] if d.month else ""
    if d.day:
        text = f"{text} {d.day}" + (f", {year}" if year else "")
    elif year:
        text = f"{text} {year}"
    if d.weekday is not None:
        text = f"{WEEKDAYS[d.weekday]}, {text}"
    return text
