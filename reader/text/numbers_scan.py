"""Token-level reading for ``numbers.py``: where a number is, what qualifies it, what it counts.

Each helper looks at a small window of tokens around one number.  The
false-positive filters (years, dates, times, ordinals, ids, names like
"Flight 370", the pronoun "one") live in ``read_number`` so that everything
after it can assume it is looking at a real figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from reader.text.numbers_words import (
    CASUALTY_WORDS,
    CURRENCY_SYMBOLS,
    DOLLAR_PREFIXES,
    MONTHS,
    PARTICIPLE_ADJECTIVES,
    QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    STOP_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    UPDATE_VERBS,
    VAGUE_PLURALS,
    is_person_noun,
    looks_plural,
    normalise_noun,
    parse_spelled_number,
)


class Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int


# Digits with thousands separators, plain digits/decimals, words (with inner
# apostrophes), or any single other character.  Hyphens are separate tokens so
# "twenty-one", "48-hour" and "3-4" are all read from their parts.
_TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")


def tokenize(text: str) -> list[Token]:
    return [Token(m[0], m[0].lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def lowers(tokens: list[Token], i: int, count: int) -> list[str]:
    return [t.lower for t in tokens[i : i + count]]


# Sentence-level hints that a count is not final.
PROVISIONAL_RE = re.compile(
    r"\b(?:so far|thus far|to date|as of|as at|at the time of writing|preliminary|"
    r"initial(?:ly)?\s+(?:report|figure|estimate|toll|count|tall)\w*|"
    r"(?:could|may|might|is expected to|likely to)\s+(?:rise|climb|increase))\b",
    re.IGNORECASE,
)
_TIME_AFTER_RE = re.compile(r"\s*(?:[ap]\.?m\b\.?|o'clock|gmt\b|utc\b|hrs\b|:\d)", re.IGNORECASE)


@dataclass
class Number:
    value: float
    end: int  # token index after the number (and its scale word)
    currency: str | None = None
    vague: bool = False  # "dozens", "hundreds of"
    needs_noun: bool = False  # bare "one"/"zero": often a pronoun ("no one", "ground zero")
    year_like: bool = False
    scale: float = 1.0  # the multiplier word read with it ("million")


def _currency_before(tokens: list[Token], i: int) -> str | None:
    if i == 0 or tokens[i - 1].text not in CURRENCY_SYMBOLS:
        return None
    symbol = tokens[i - 1]
    if symbol.text == "$" and i >= 2 and tokens[i - 2].end == symbol.start:
        return DOLLAR_PREFIXES.get(tokens[i - 2].lower, "usd")  # "US$", "A$"
    return CURRENCY_SYMBOLS[symbol.text]


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    """Are tokens i and j adjacent with no space between them?"""
    return 0 <= i < len(tokens) and 0 <= j < len(tokens) and tokens[i].end == tokens[j].start


def _not_a_count(tokens: list[Token], i: int, text: str, in_range: bool) -> bool:
    """Digits that are ids, times, dates, ordinals or parts of names."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    digits = tok.text.replace(",", "")
    if (len(digits) > 1 and digits[0] == "0") or (len(digits) > 6 and "," not in tok.text):
        return True  # "07959", ids
    glued_word = nxt and _glued(tokens, i, i + 1) and nxt.lower[0].isalpha()
    if glued_word and nxt.lower not in SCALE_ABBREVIATIONS and nxt.lower not in ("km", "kg"):
        return True  # "3rd", "1990s", "5G", "3pm"
    if prev and _glued(tokens, i - 1, i) and (prev.lower[0].isalpha() or prev.text in "/:#'’"):
        return True  # "G20", "1/16", "10:30", "'82"
    if prev and prev.text in "-–" and _glued(tokens, i - 1, i) and _glued(tokens, i - 2, i - 1):
        # "F-16", "COVID-19", the "1" of a score "2-1"; a real range "3-4" is read whole.
        return not (in_range and tokens[i - 2].text[0].isdecimal())
    if _in_digit_chain(text, tok.start, tok.end):
        return True  # phone numbers, ISO dates, times
    if nxt and nxt.text in "/:" and _glued(tokens, i, i + 1):
        return True  # fractions, dates, times
    if _TIME_AFTER_RE.match(text, tok.end):
        return True
    if prev and (
        prev.lower in MONTHS
        or prev.text == "May"
        or (prev.text == "." and i >= 2 and tokens[i - 2].lower in MONTHS)
    ):
        return True  # "Jan. 16", "June 10"
    if nxt and (nxt.lower in MONTHS and nxt.text[0].isupper() or nxt.text == "May"):
        return True  # "16 January"
    if (
        prev
        and prev.text == ","
        and i >= 2
        and tokens[i - 2].text[0].isupper()
        and nxt
        and nxt.text in ",;)"
    ):
        return True  # an age in apposition: "Brian Florence, 38, died"
    if prev and prev.text[0].isupper() and prev.lower not in _COMMON_BEFORE:
        return True  # "Flight 370", "Resolution 1701", "Windows 95"
    before = lowers(tokens, max(0, i - 2), min(i, 2))
    return before[-1:] in (["#"], ["number"]) or before == ["no", "."]


_CHAIN_CHARS = frozenset("0123456789-/.:")


def _in_digit_chain(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of "952-250-4968", "2024-01-16", "1/16/2024" or "10:30"?"""
    while start > 0 and text[start - 1] in _CHAIN_CHARS:
        start -= 1
    while end < len(text) and text[end] in _CHAIN_CHARS:
        end += 1
    chunk = text[start:end].strip("-/.:")
    return ":" in chunk or chunk.count("-") + chunk.count("/") >= 2


_COMMON_BEFORE = STOP_WORDS | CASUALTY_WORDS | {w for q in QUALIFIERS for w in q}


def read_number(tokens: list[Token], i: int, text: str, in_range: bool = False) -> Number | None:
    """Read a number starting at token i, or None if there is none (or it is not a count)."""
    tok = tokens[i]
    if tok.text[0].isdecimal():  # not isdigit: "²" is a digit float() cannot read
        if _not_a_count(tokens, i, text, in_range):
            return None
        value = float(tok.text.replace(",", ""))
        currency = _currency_before(tokens, i)
        end = i + 1
        nxt = tokens[end].lower if end < len(tokens) else ""
        if nxt == "-" and lowers(tokens, end + 1, 1)[0:1] in (["million"], ["billion"]):
            end += 1  # "$50-million", "$2.6 - million"
            nxt = tokens[end].lower
        scale = 1.0
        if nxt in SCALE_WORDS:
            scale = SCALE_WORDS[nxt]
        elif nxt in SCALE_ABBREVIATIONS and (
            (_glued(tokens, i, end) and len(nxt) > 1) or currency  # "1.2bn", "$ 4.5 m"
        ):
            scale = SCALE_ABBREVIATIONS[nxt]
        end += scale != 1.0
        year_like = 1800 <= value <= 2100 and tok.text.isdigit() and not currency
        return Number(value * scale, end, currency, year_like=year_like, scale=scale)
    word = tok.lower
    if word in VAGUE_PLURALS or word == "tens":
        after = lowers(tokens, i + 1, 2)
        if after[:1] != ["of"]:
            return None if word == "tens" else Number(VAGUE_PLURALS[word], i + 1, vague=True)
        if len(after) == 2 and after[1] in ("thousands", "millions"):  # "tens of thousands"
            base = 20 if word == "tens" else VAGUE_PLURALS[word]
            return Number(base * VAGUE_PLURALS[after[1]] / 2, i + 3, vague=True)
        return None if word == "tens" else Number(VAGUE_PLURALS[word], i + 1, vague=True)
    if word == "a" and lowers(tokens, i + 1, 2) == ["couple", "of"]:
        return Number(2, i + 3)
    after = lowers(tokens, i + 1, 2)
    if word == "half" and after[:1] == ["a"] and after[1:] and after[1] in SCALE_WORDS:
        return Number(SCALE_WORDS[after[1]] / 2, i + 3)  # "half a million"
    if word not in UNITS_WORDS and word not in TENS_WORDS and word != "a":
        return None
    prev = tokens[i - 1] if i else None
    if (
        tok.text[0].isupper()
        and prev
        and prev.text[0].isupper()
        and prev.lower not in _COMMON_BEFORE
    ):
        return None  # a title or name: "The Whole Nine Yards", "Ocean's Eleven"
    parsed = parse_spelled_number(lowers(tokens, i, 12))
    if parsed is None:
        return None
    value, consumed = parsed
    return Number(value, i + consumed, needs_noun=(word in ("one", "zero") and consumed == 1))


def qualifier_before(tokens: list[Token], i: int) -> tuple[str, int]:
    """The qualifier ending just before token i (skipping a currency sign) and its start."""
    k = i
    while k > 0 and (
        tokens[k - 1].text in CURRENCY_SYMBOLS or tokens[k - 1].lower in DOLLAR_PREFIXES
    ):
        if tokens[k - 1].lower in DOLLAR_PREFIXES and not _glued(tokens, k - 1, k):
            break
        k -= 1
    for size in (3, 2, 1):
        phrase = tuple(lowers(tokens, k - size, size)) if k >= size else ()
        if phrase in QUALIFIERS:
            return QUALIFIERS[phrase], k - size
    return "exact", k


def after_from(tokens: list[Token], i: int) -> bool:
    """ "from 7 to 9" is a change, not a range."""
    return i > 0 and tokens[i - 1].lower == "from"


def update_verb_before(tokens: list[Token], i: int) -> bool:
    """ "the toll rose to 12": a figure that has been updated and may be again."""
    before = lowers(tokens, max(0, i - 2), min(i, 2))
    return before[-1:] == ["reached"] or (before[-1:] == ["to"] and before[0] in UPDATE_VERBS)


def range_end(tokens, j: int, text: str, first: float, after_between: bool):
    """(low, high, next index) for "X and Y" (after "between"), "X to Y", "X-Y", "X or Y"."""
    joiner = tokens[j].lower if j < len(tokens) else ""
    if joiner not in (("and",) if after_between else ("to", "-", "–", "or")):
        return None
    if joiner in "-–" and not (_glued(tokens, j - 1, j) and _glued(tokens, j, j + 1)):
        return None
    k = j + 1
    if k < len(tokens) and tokens[k].text in CURRENCY_SYMBOLS:
        k += 1  # "$760 million to $790 million"
    second = read_number(tokens, k, text, in_range=True) if k < len(tokens) else None
    if second is None or second.vague:
        return None
    if (
        second.scale > 1
        and first * second.scale <= second.value
        and first < second.value / second.scale
    ):
        first *= second.scale  # "600-700 million": the scale word covers both ends
    if second.value <= first:
        return None
    return first, second.value, second.end


def counted_noun(tokens: list[Token], j: int, value: float, vague: bool, needs_noun: bool):
    """(normalised noun, end char, next token index) of what the number counts, or ("", 0, j)."""
    k = j
    if k < len(tokens) and tokens[k].lower == "of":
        if needs_noun:
            return "", 0, j  # "one of the", "one of subservience"
        k += 1  # "7 of its soldiers", "dozens of people", "two of the victims"
        if k < len(tokens) and tokens[k].lower in (
            "the",
            "its",
            "their",
            "his",
            "her",
            "our",
            "those",
            "these",
        ):
            k += 1
    elif vague:
        return "", 0, j
    run: list[tuple[int, Token]] = []  # up to four words before a stop word
    while k < len(tokens) and len(run) < 4:
        tok = tokens[k]
        if tok.text in "-–" and _glued(tokens, k - 1, k) and _glued(tokens, k, k + 1):
            k += 1  # "high-speed lines"
            continue
        if not tok.text[0].isalpha() or tok.lower in STOP_WORDS:
            break
        if (
            tok.lower.endswith("ed")
            and not tok.lower.endswith("eed")
            and (tok.lower not in PARTICIPLE_ADJECTIVES)
        ):
            break  # a verb: "9 killed in", "16.3 million provided advanced services"
        run.append((k, tok))
        k += 1
    # Adverbs and participles modify ("two innocent children", "two injured men"), never head.
    heads = [(k, t) for k, t in run if not t.lower.endswith(("ed", "ing", "ly"))]
    if value != 1:
        # The first plural word is the head: "two rebel sanctuaries located on ...".
        candidates = [(k, t) for k, t in heads if looks_plural(t.text)]
        candidates = candidates or [
            (k, t) for k, t in heads if is_person_noun(normalise_noun(t.text))
        ]
    else:
        # A singular count ends its noun phrase: "one Pakistani soldier".
        candidates = [
            h for h in heads[-1:] if not h[1].text[0].isupper() and not looks_plural(h[1].text)
        ]
    if not candidates:
        return "", 0, j
    k, head = candidates[0]
    return normalise_noun(head.text), head.end, k + 1


def noun_from_context(tokens: list[Token], i: int, end: int) -> str:
    """ "killing 9", "the death toll rose to 12", "9 were killed": a bare number counts people."""
    window = lowers(tokens, max(0, i - 5), min(i, 5)) + lowers(tokens, end, 3)
    return "person" if any(w in CASUALTY_WORDS for w in window) else ""
