"""Figures as facts: what a number counts, which event verb governs it, and its role.

A number in a news sentence is a count only sometimes. "in 2005, killing four people"
holds a year and a count; "Banky, 40," an age; "deadlocked at 9-3" a vote; "(52-3, 46
KOs)" a record; "at 2:56" a time. Only counts and amounts can conflict as figures; the
rest are other facts or none. Each figure also carries its slot: the event verb of its own
clause ("killed", "injured"), the other content words of that clause, whether it is part
of a larger whole ("two of them", "including three children", "another 49"), and whether
its sentence puts it on another occasion ("a separate attack", "last year", "in 2004").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.analysis.profile import Profile
from reader.facts.clauses import clause_ids, clause_keys, token_index_at, words_around
from reader.lexicon.events import EVENT_LABELS, OTHER_EVENT, PART_AFTER, PART_BEFORE
from reader.text.numbers import Quantity, is_person_noun
from reader.text.numbers_words import normalise_noun

COUNT, AMOUNT, YEAR, AGE, RECORD, TIME = "count", "amount", "year", "age", "record", "time"
MEASURE = "measure"

# "9-3", "52-3", "45-7-2": votes, scores and records, never counts.
_RECORD_RE = re.compile(r"\d\s*-\s*\d|\d-$")
_TIME_BEFORE_RE = re.compile(r"\d\s*:\s*$")  # the minutes of "2: 56"
_TIME_RE = re.compile(r"^\s*(?::\s*\d|[ap]\.?\s*m\b)", re.IGNORECASE)
# "Rahman, 36," / "(40)": a bare number right after a name, closed by a comma or bracket.
_AGE_AFTER_NAME_RE = re.compile(r"[A-Z][\w'’.-]*\s*[,(]\s*$")
_AGE_CLOSE_RE = re.compile(r"^\s*[,)]")
# "16-year-old", "16 - year - old" (detokenised text spaces its hyphens).
_AGE_AFTER_RE = re.compile(r"^\s*-?\s*years?\s*-\s*old\b", re.IGNORECASE)
# An event verb must stand this close (in tokens) to a figure whose noun was not written
# ("killing 9", "12 arrested"): farther off, the figure may count anything.
_BARE_VERB_DISTANCE = 2


@dataclass(frozen=True)
class Figure:
    quantity: Quantity
    role: str  # count, amount (a unit: money, percent, km...), year, age, record, time,
    # measure (a number with a fraction and no unit: a magnitude)
    event: str | None  # the event verb's key in its clause ("kill"), if any
    context: frozenset[str]  # content keys of its clause, numbers and the counted noun aside
    part: bool  # part of a larger whole or one more on top of another
    noun_written: bool  # the counted noun stands in the sentence next to the number
    elsewhen: bool  # its clause puts it on another occasion ("the previous quake killed 612")
    listed: bool  # an item of a list of figures ("12 Somali and *11 Yemeni pirates*")
    neighbours: frozenset[str]  # the content keys right around it in its clause

    @property
    def comparable_role(self) -> bool:
        return self.role in (COUNT, AMOUNT)


def figures(p: Profile) -> tuple[Figure, ...]:
    """The figures of a sentence, in order (worked out once per sentence)."""
    return p.derived(_figures)


def _figures(p: Profile) -> tuple[Figure, ...]:
    if not p.quantities:
        return ()
    ids = clause_ids(p)
    out = []
    for q in p.quantities:
        first = token_index_at(p, q.start)
        clause = ids[first] if first < len(ids) else (ids[-1] if ids else 0)
        context = clause_keys(p, clause) - {q.noun}
        event = _event_verb(p, q, first, ids, clause)
        out.append(
            Figure(
                quantity=q,
                role=_role(p, q),
                event=event,
                context=context,
                part=_is_part(p, q, first),
                noun_written=_noun_written(q),
                elsewhen=_elsewhen(p, q, first, ids, clause),
                listed=_listed(p, q),
                neighbours=_neighbours(p, q),
            )
        )
    # The items of a breakdown are parts too: "including three women and four children".
    wholes = [(f.quantity.start, f.quantity.end) for f in out if f.part and f.quantity.is_sum]
    return tuple(
        replace(f, part=True)
        if any(start <= f.quantity.start and f.quantity.end <= end for start, end in wholes)
        else f
        for f in out
    )


# A word of another occasion after a figure counts only this close to it ("killed 612 last
# year"); farther off it qualifies something else ("killing 9 in retaliation for an attack
# two days prior").
_ELSEWHEN_AFTER = 4


def _elsewhen(p: Profile, q: Quantity, first: int, ids: tuple[int, ...], clause: int) -> bool:
    last = token_index_at(p, max(q.start, q.end - 1))
    for i, token in enumerate(p.tokens):
        if ids[i] != clause or token.norm not in OTHER_EVENT:
            continue
        if i < first or i - last <= _ELSEWHEN_AFTER:
            return True
    return False


# "12 Somali and 11 Yemeni pirates", "seven rifles, two other rifles": a figure right
# after another figure and a comma or "and" is an item of a list.
# The words between two items name a thing, never a verb ("four villages were destroyed
# and three people killed" is no list).
_LIST_BEFORE_RE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
    r"(?:[\s-]+(?!(?:is|are|was|were|be|been|had|has|have)\b)(?![\w-]*ed\b)[\w-]+){0,3}"
    r"\s*(?:,|\band\b|,\s*and\b)\s*$",
    re.IGNORECASE,
)
_NEIGHBOURS = 2


def _listed(p: Profile, q: Quantity) -> bool:
    if q.is_sum:
        return False
    before = p.text[max(0, q.start - 40) : q.start]
    return bool(_LIST_BEFORE_RE.search(before)) or any(
        o is not q and not o.is_sum and o.start > q.end and o.start - q.end <= 7
        and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", p.text[q.end : o.start])
        for o in p.quantities
    )  # fmt: skip


def _neighbours(p: Profile, q: Quantity) -> frozenset[str]:
    """The content keys next to a figure in its clause: what it is a figure of
    ("stocks plunged 5.4 per cent", "a 4.5 percent margin of error")."""
    return words_around(p, q.start, q.end, _NEIGHBOURS, _is_digit_key)


def _is_digit_key(key: str) -> bool:
    return key[:1].isdigit()


def other_occasion(p: Profile) -> bool:
    """Does the sentence put what it says on another occasion ("a separate attack",
    "last year", "the previous quake")?"""
    return p.derived(_other_occasion)


def _other_occasion(p: Profile) -> bool:
    return any(t.norm in OTHER_EVENT for t in p.tokens)


def anchors(p: Profile) -> frozenset[str]:
    """The years and months a sentence names: "in 2005", "In February", "June 1998".

    News gives the story's own day as a weekday or "today"; a year or a month named in
    one sentence and not the other usually marks a background fact ("In February, a
    quake killed 612").
    """
    return p.derived(_anchors)


def _anchors(p: Profile) -> frozenset[str]:
    months = {f"month {d.month}" for d in p.dates if d.month and d.kind in ("month", "date")}
    return frozenset({*(str(y) for y in years(p)), *months})


def years(p: Profile) -> frozenset[int]:
    """The years a sentence names ("in 2005", "the 2004 tsunami", "June 1998")."""
    return p.derived(_years)


def _years(p: Profile) -> frozenset[int]:
    found = {d.year for d in p.dates if d.year and not d.year_inferred}
    found |= {int(q.value) for q in p.quantities if _is_year(p, q)}
    # The number scanner leaves years out of its figures ("the 2006 HBO movie").
    tokens = p.tokens
    for i, t in enumerate(tokens):
        if len(t.key) == 4 and t.key.isdigit() and 1800 <= int(t.key) <= 2100:
            following = tokens[i + 1].norm if i + 1 < len(tokens) else ""
            if not is_person_noun(normalise_noun(following)) and t.text == t.key:
                found.add(int(t.key))
    return frozenset(found)


def year_offsets(p: Profile) -> list[int]:
    """Where the sentence's years stand (character offsets), in order."""
    offsets = {d.start for d in p.dates if d.year and not d.year_inferred}
    offsets |= {t.start for t in p.tokens if t.key.isdigit() and int(t.key) in years(p)}
    return sorted(offsets)


def _role(p: Profile, q: Quantity) -> str:
    text = p.text
    before, after = text[max(0, q.start - 3) : q.start], text[q.end : q.end + 6]
    if q.unit == "years old" or _AGE_AFTER_RE.match(text[q.end :]):
        return AGE
    if _RECORD_RE.search(before + q.text.split(" ")[0]) or _RECORD_RE.match(
        q.text[-1:] + after.lstrip()[:2]
    ):
        return RECORD
    if (
        _TIME_RE.match(after)
        or _TIME_RE.match(q.text[len(q.text.rstrip("0123456789")) :])
        or _TIME_BEFORE_RE.search(text[max(0, q.start - 5) : q.start])
    ):
        return TIME
    if _is_year(p, q):
        return YEAR
    if (
        not _noun_written(q)
        and _AGE_AFTER_NAME_RE.search(text[max(0, q.start - 40) : q.start])
        and _AGE_CLOSE_RE.match(text[q.end :])
    ):
        return AGE
    if q.unit is None and not float(q.value).is_integer():
        return MEASURE  # "a 5.6 magnitude quake", "6.1 on the Richter scale": no count
    return AMOUNT if q.unit is not None else COUNT


def _is_year(p: Profile, q: Quantity) -> bool:
    """Four digits from 1800 to 2100, no comma, not counting people: "in 2005", "the 2006
    HBO movie" (news writes 2,000 people with a comma)."""
    digits = q.text.strip()
    if q.unit is not None or q.qualifier != "exact" or not digits[:4].isdigit():
        return False
    if digits[4:5].isdigit() or not (1800 <= q.value <= 2100 and float(q.value).is_integer()):
        return False
    return not (_noun_written(q) and is_person_noun(q.noun))


def _noun_written(q: Quantity) -> bool:
    """The noun stands in the figure's own words ("four people"), not inferred from context."""
    if q.unit is not None or q.is_sum:
        return True
    words = q.text.split()
    return len(words) > 1 and not words[-1][:1].isdigit()


def _event_verb(p: Profile, q: Quantity, first: int, ids: tuple[int, ...], clause: int):
    """The event verb of the figure's clause nearest to it; for a figure whose noun is
    not written, only one right next to it."""
    best, best_distance = None, None
    last = token_index_at(p, max(q.start, q.end - 1))
    for i, token in enumerate(p.tokens):
        if ids[i] != clause or token.key not in EVENT_LABELS:
            continue
        distance = first - i if i < first else max(0, i - last)
        if best_distance is None or distance < best_distance:
            best, best_distance = token.key, distance
    if best is not None and not _noun_written(q) and best_distance > _BARE_VERB_DISTANCE:
        return None
    return best


def _is_part(p: Profile, q: Quantity, first: int) -> bool:
    tokens = p.tokens
    before = [t.norm for t in tokens[max(0, first - 2) : first]]
    if any(word in PART_BEFORE for word in before):
        return True
    after_index = token_index_at(p, q.end)
    inside = [t.norm for t in tokens[first:after_index]]
    after = [t.norm for t in tokens[after_index : after_index + 1]]
    words = set(inside[1:2] + after) & PART_AFTER
    # In a list, "other" tells one item from another ("seven AK-47s, two other rifles").
    if words <= _OTHER and _listed(p, q):
        return False
    return bool(words)


_OTHER = frozenset({"other", "others"})
