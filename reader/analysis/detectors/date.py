"""Dates and weekdays: "day: Friday vs Tuesday", "date: November 18 vs November 19".

Only between near-paraphrases (`close`), only when no date of one sentence can be the
date of the other (a sentence naming two days agrees with either), and only when the two
dates belong to the same happening: their clauses share two content words ("checked into
Promises Treatment Center on Friday" vs "checked into Promises on Tuesday"), not "the
fire on Friday night" vs "authorities said Saturday". Relative dates
("yesterday") never conflict: their anchor is the unknown day of writing.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.events import direction_at, directions
from reader.analysis.profile import Profile
from reader.facts.clauses import clause_ids, clause_keys, token_index_at, words_around
from reader.facts.figures import other_occasion, years
from reader.text.dates import DateMention, dates_conflict, describe_date

KIND = "date"

# Words the clauses of the two dates share besides the dates: the same happening.
_MIN_SHARED = 2

_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday night morning afternoon "
    "evening januari january february march april may june juli july august september "
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def screen(p: Profile) -> int:
    """detect() is silent unless both give a day or a date of this occasion."""
    return int(any(d.kind in ("weekday", "date") for d in p.dates) and not other_occasion(p))


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b)


def detect(pair: Pair) -> list[Conflict]:
    a, b = pair.a, pair.b
    dates_a = [d for d in a.dates if d.kind in ("weekday", "date")]
    dates_b = [d for d in b.dates if d.kind in ("weekday", "date")]
    if not pair.close or not dates_a or not dates_b or other_occasion(a) or other_occasion(b):
        return []
    if any(not dates_conflict(da, db) for da in dates_a for db in dates_b):
        return []
    if bool(years(a)) != bool(years(b)):
        return []  # "sentenced Saturday" vs "sentenced for the March 11, 2005 rampage"
    dirs_a, dirs_b = directions(a), directions(b)
    for da in dates_a:
        for db in dates_b:
            dir_a, dir_b = direction_at(dirs_a, da.start), direction_at(dirs_b, db.start)
            if dir_a is not None and dir_b is not None and not dir_a.compatible(dir_b):
                continue
            if len(_date_context(pair.a, da) & _date_context(pair.b, db)) < _MIN_SHARED:
                continue
            if _neighbours(pair.a, da) & _neighbours(pair.b, db):
                label = "day" if "weekday" in (da.kind, db.kind) else "date"
                return [Conflict.values(KIND, label, describe_date(da), describe_date(db))]
    return []


def _date_context(p, d: DateMention) -> frozenset[str]:
    i = token_index_at(p, d.start)
    ids = clause_ids(p)
    if i >= len(ids):
        return frozenset()
    return clause_keys(p, ids[i]) - _DATE_WORDS


# A date belongs with the words right around it: "charged Saturday", "the shooting ...
# Friday". Two dates conflict only when they stand by the same word.
_NEIGHBOURS = 2


def _neighbours(p, d: DateMention) -> frozenset[str]:
    return words_around(p, d.start, d.end, _NEIGHBOURS, _DATE_WORDS.__contains__)
