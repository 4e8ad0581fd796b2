"""Years of one happening: "year: 2005 vs 2006" (a film's release, the end of a career).

Years are the most common figure of background facts, and most pairs of different years
in one story are different happenings (a 2003 quake and a 2012 one). So this speaks only
when each sentence names exactly one year and the clauses holding the years share at
least two content words between near-paraphrases (`close`); otherwise four, and a word
right by both years: the same thing said to have happened in two different years.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.profile import Profile
from reader.facts.clauses import clause_ids, clause_keys, token_index_at
from reader.facts.figures import year_offsets, years

KIND = "year"

_MIN_SHARED = 2
# Sentences that are no near-paraphrases must share more around the years: the title of
# one film, the name and the act ("HBO ... released The Notorious Bettie Page").
_MIN_SHARED_APART = 4


def screen(p: Profile) -> int:
    """detect() is silent unless both give exactly one year (then the years themselves)."""
    found = years(p)
    return next(iter(found)) if len(found) == 1 else 0


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b) and screen_a != screen_b


def detect(pair: Pair) -> list[Conflict]:
    ya, yb = years(pair.a), years(pair.b)
    if len(ya) != 1 or len(yb) != 1 or ya == yb:
        return []
    ca, cb = _year_context(pair.a), _year_context(pair.b)
    needed = _MIN_SHARED if pair.close else _MIN_SHARED_APART
    if ca is None or cb is None or len(ca & cb) < needed:
        return []
    if not pair.close and not _neighbours(pair.a) & _neighbours(pair.b):
        return []  # "spent time at the center in 2010" vs "her June 2012 car accident"
    return [Conflict.values(KIND, "year", str(next(iter(ya))), str(next(iter(yb))))]


def _year_context(p) -> frozenset[str] | None:
    """The content words of the clause holding the year; for a year set apart at the
    start ("In 2005, HBO released ..."), of the clause after it too."""
    offsets = year_offsets(p)
    if not offsets:
        return None
    ids = clause_ids(p)
    i = token_index_at(p, offsets[0])
    if i >= len(ids):
        return None
    keys = clause_keys(p, ids[i])
    if len(keys) < _MIN_SHARED:
        keys |= clause_keys(p, ids[i] + 1)
    return keys


def _neighbours(p) -> frozenset[str]:
    """The content words right around the sentence's first year."""
    offsets = year_offsets(p)
    i = token_index_at(p, offsets[0])
    ids = clause_ids(p)
    if i >= len(ids):
        return frozenset()
    near = [
        t.key
        for j, t in enumerate(p.tokens)
        if t.content and ids[j] == ids[i] and 0 < abs(j - i) <= _NEAR and not t.key.isdigit()
    ]
    return frozenset(near)


_NEAR = 3
