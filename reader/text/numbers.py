"""Quantities in news sentences: "at least nine people", "48 hours", "US$ 27.5 billion".

``extract_quantities`` turns a sentence into ``Quantity`` objects that carry
the *range* a phrase allows ("at least 7" is 7..inf), the counted noun and a
canonical unit, so the contradiction detector can ask ``compatible(a, b)``
instead of comparing raw numbers.  Pure stdlib, fast (a regex tokenizer and
a single left-to-right scan per sentence).

Lists of people are summed ("3 women, 2 men, and 4 children" is 9 people).
A list introduced by "including" / "among them" is a breakdown of part of a
total, so its sum is emitted as "at least" the sum, never as an exact total:
"seven people ..., including three women and four children" gives 7 people,
3 women, 4 children and a sum of at least 7 people, which is consistent.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reader.text import numbers_scan as scan
from reader.text.numbers_words import (
    CURRENCY_WORDS,
    MEASURE_UNITS,
    SCALE_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_PLURALS,
    is_person_noun,
    normalise_noun,
    plural,
)

__all__ = [
    "Quantity",
    "comparable",
    "compatible",
    "describe",
    "extract_quantities",
    "is_person_noun",
]

INF = math.inf

# Nouns general enough that two of them may count the same set of people.
GENERAL_PERSON_NOUNS = frozenset({"person", "civilian", "victim", "casualty"})


@dataclass(frozen=True)
class Quantity:
    low: float  # the range of values the phrase allows, in ``unit``
    high: float
    value: float  # the stated number (converted into ``unit`` for measures)
    qualifier: str  # exact, at least, more than, at most, less than, nearly, about, between, vague
    noun: str  # normalised counted noun ("person", "child", "drone"); measures: the unit
    unit: str | None  # canonical unit for measures ("hour", "usd", "percent", "km")
    provisional: bool  # "so far", "initial reports", "rose to": the figure may change
    start: int  # character span: qualifier .. noun (or number/unit when no noun follows)
    end: int
    is_sum: bool = False  # built by summing a list of parts
    text: str = ""  # the phrase as written
    parts: tuple[Quantity, ...] = ()  # the summed parts, for sums


def _range(value: float, qualifier: str) -> tuple[float, float]:
    """The interval of true values a qualified figure allows."""
    spread = max(0.1 * value, 1.0 if value >= 5 else 0.1 * value)
    # Strict bounds sit just off the number, clearly outside compatible()'s rounding tolerance.
    strict = 1e-6 * max(1.0, value)
    return {
        "at least": (value, INF),
        "more than": (value + strict, INF),
        "at most": (0.0, value),
        "less than": (0.0, max(0.0, value - strict)),
        "nearly": (value - spread, value),
        "about": (value - spread, value + spread),
        "vague": (value, INF),
    }.get(qualifier, (value, value))


def _measure(tokens: list[scan.Token], j: int, currency: str | None):
    """Unit after the number at token j: (canonical unit, factor, next index) or None."""
    if currency:
        return currency, 1.0, j
    word = tokens[j].lower if j < len(tokens) else ""
    if word == "-" and j + 1 < len(tokens) and tokens[j].start == tokens[j - 1].end:
        unit = _measure(tokens, j + 1, None)  # "48-hour", "10-year-old"
        if unit and tokens[j + 1].lower == "year" and scan.lowers(tokens, j + 2, 2) == ["-", "old"]:
            return "years old", 1.0, j + 4
        return unit
    if word in ("percent", "%") or (word == "per" and scan.lowers(tokens, j + 1, 1) == ["cent"]):
        return "percent", 1.0, j + (2 if word == "per" else 1)
    singular_word = normalise_noun(word)
    if singular_word in CURRENCY_WORDS:
        return CURRENCY_WORDS[singular_word], 1.0, j + 1
    if singular_word in MEASURE_UNITS:
        if singular_word == "year" and scan.lowers(tokens, j + 1, 1) == ["old"]:
            return "years old", 1.0, j + 2
        unit, factor = MEASURE_UNITS[singular_word]
        return unit, factor, j + 1
    return None


# A number starts at a digit or at one of these words (scan.read_number): a sentence with
# neither has no quantity, and one search spares it the token-by-token scan.
_MAYBE_NUMBER = re.compile(
    r"\d|(?i:\b(?:"
    + "|".join(
        sorted({*UNITS_WORDS, *TENS_WORDS, *VAGUE_PLURALS, *SCALE_WORDS, "tens", "dozen", "couple"})
    )
    + r")\b)"
)


def extract_quantities(sentence: str) -> list[Quantity]:
    """All quantities stated in ``sentence``, in order, followed by list sums."""
    if not _MAYBE_NUMBER.search(sentence):
        return []
    tokens = scan.tokenize(sentence)
    provisional_sentence = bool(scan.PROVISIONAL_RE.search(sentence))
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        number = scan.read_number(tokens, i, sentence)
        if number is None:
            i += 1
            continue
        quantity, i = _build(tokens, i, number, sentence, provisional_sentence)
        if quantity is not None:
            found.append(quantity)
    return found + _list_sums(found, sentence)


def _build(tokens, i, number: scan.Number, sentence: str, provisional_sentence: bool):
    """Turn a number read at token i into a Quantity (or None if it is not a count)."""
    qualifier, q_start = scan.qualifier_before(tokens, i)
    value, j = number.value, number.end
    if number.vague:
        qualifier = "vague"
    low, high = _range(value, qualifier)
    if qualifier in ("between", "about") or (
        qualifier == "exact" and not scan.after_from(tokens, i)
    ):
        second = scan.range_end(tokens, j, sentence, value, qualifier == "between")
        if second:
            low, high, j = second
            value, qualifier = low, "between"
    if qualifier == "between" and low == high:
        qualifier = "exact"  # a stray "between" with no second number
    phrase_end = tokens[j - 1].end
    unit_info = _measure(tokens, j, number.currency)
    if unit_info:
        unit, factor, j = unit_info
        noun, noun_end = unit, tokens[j - 1].end
        value, low, high = value * factor, low * factor, high * factor
    else:
        unit = None
        noun, noun_end, j = scan.counted_noun(tokens, j, value, number.vague, number.needs_noun)
        if not noun and number.needs_noun:
            return None, max(j, number.end)  # "one of the", "no one", "the one who"
        if not noun:
            noun = scan.noun_from_context(tokens, i, number.end)
    if number.year_like and not (unit or is_person_noun(noun) or qualifier != "exact"):
        return None, number.end  # "in 1998", "the 2024 elections"
    start = tokens[q_start].start
    end = max(noun_end, phrase_end)
    provisional = not unit and (provisional_sentence or scan.update_verb_before(tokens, q_start))
    text = sentence[start:end]
    quantity = Quantity(low, high, value, qualifier, noun, unit, provisional, start, end, text=text)
    return quantity, max(j, number.end)


# Only a comma and/or "and" may separate list items; "killed two children and injured
# three others" is two separate facts.
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_BREAKDOWN_RE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among them|among whom|of whom|of them|such as)[\s:,-]*$",
    re.IGNORECASE,
)


def _list_sums(found: list[Quantity], sentence: str) -> list[Quantity]:
    """Sum runs like "3 women, 2 men, and 4 children" into one total."""
    sums: list[Quantity] = []
    run: list[Quantity] = []
    for quantity in [*found, None]:
        if quantity is not None and run and _continues_list(run[-1], quantity, sentence):
            run.append(quantity)
            continue
        if len(run) >= 2:
            sums.append(_sum(run, sentence))
        run = [quantity] if quantity is not None and _summable(quantity) else []
    return sums


def _summable(q: Quantity) -> bool:
    return q.unit is not None or is_person_noun(q.noun)


def _continues_list(prev: Quantity, q: Quantity, sentence: str) -> bool:
    """Is q the next item of a list after prev: "3 women, 2 men, and 4 children"?"""
    same_kind = prev.unit == q.unit and _summable(q)
    return same_kind and bool(_LIST_GAP_RE.fullmatch(sentence[prev.end : q.start]))


def _sum(run: list[Quantity], sentence: str) -> Quantity:
    low = sum(q.low for q in run)
    high = sum(q.high for q in run)
    value = sum(q.value for q in run)
    partial = bool(_BREAKDOWN_RE.search(sentence[max(0, run[0].start - 30) : run[0].start]))
    qualifier = "at least" if partial else ("exact" if low == high else "about")
    if partial:
        high = INF
    noun = run[0].unit or "person"
    start, end = run[0].start, run[-1].end
    return Quantity(
        low,
        high,
        value,
        qualifier,
        noun,
        run[0].unit,
        any(q.provisional for q in run),
        start,
        end,
        is_sum=True,
        text=sentence[start:end],
        parts=tuple(run),
    )


def compatible(a: Quantity, b: Quantity) -> bool:
    """Can both figures be true of the same thing?  Different units never conflict."""
    if a.unit != b.unit:
        return True
    tolerance = 1e-9 * max(1.0, abs(a.value), abs(b.value))
    return max(a.low, b.low) <= min(a.high, b.high) + tolerance


def comparable(a: Quantity, b: Quantity) -> bool:
    """Do both count the same kind of thing (so a mismatch would be a conflict)?

    Same unit, and for counts the same noun, or two general people-nouns
    ("9 civilians" vs "7 people").  "2 children" vs "7 people" is not
    comparable: the children may be a subset.
    """
    if a.unit != b.unit or not (a.noun and b.noun):
        return False  # a bare number with no known noun compares with nothing
    if a.unit is not None or a.noun == b.noun:
        return True
    return a.noun in GENERAL_PERSON_NOUNS and b.noun in GENERAL_PERSON_NOUNS


def _number_text(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def describe(q: Quantity) -> str:
    """Short text for reasons: "9", "at least 9", "48 hours", "9 (3 women, 2 men, 4 children)"."""
    if q.unit is not None and q.text:
        return " ".join(q.text.split())  # as written: "two days", "US$ 27.5 billion"
    number = _number_text(q.value)
    label = {
        "exact": number,
        "between": f"between {number} and {_number_text(q.high)}",
        "less than": f"fewer than {number}",
        "vague": _vague_text(q.text) or number,
    }.get(q.qualifier, f"{q.qualifier} {number}")
    if q.parts:
        parts = ", ".join(f"{describe(p)} {_noun_form(p)}" for p in q.parts)
        label = f"{label} ({parts})"
    return label


_VAGUE_RE = re.compile(r"\w+(?: of (?:thousands|millions))?", re.IGNORECASE)


def _vague_text(text: str) -> str:
    """ "dozens of people" -> "dozens", "tens of thousands of people" -> "tens of thousands"."""
    match = _VAGUE_RE.match(" ".join(text.split()))
    return match[0].lower() if match else ""


def _noun_form(q: Quantity) -> str:
    return q.noun if q.value == 1 else plural(q.noun)
