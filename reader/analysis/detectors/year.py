"""Years of one happening: "year: 2005 vs 2006" (a film's release, the end of a career).

Years are the most common figure of background facts, and most pairs of different years
in one story are different happenings (a 2003 quake and a 2012 one). So this speaks only
when each sentence names exactly one year, the two are near-paraphrases (`close`), and
the clauses holding the years share at least two content words: the same thing said to
have happened in two different years.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.facts.clauses import clause_ids, clause_keys, token_index_at
from reader.facts.figures import YEAR, figures, years

KIND = "year"

_MIN_SHARED = 2


def detect(pair: Pair) -> list[Conflict]:
    if not pair.close:
        return []
    ya, yb = years(pair.a), years(pair.b)
    if len(ya) != 1 or len(yb) != 1 or ya == yb:
        return []
    ca, cb = _year_context(pair.a), _year_context(pair.b)
    if ca is None or cb is None or len(ca & cb) < _MIN_SHARED:
        return []
    return [Conflict.values(KIND, "year", str(next(iter(ya))), str(next(iter(yb))))]


def _year_context(p) -> frozenset[str] | None:
    offsets = [d.start for d in p.dates if d.year and not d.year_inferred]
    offsets += [f.quantity.start for f in figures(p) if f.role == YEAR]
    if not offsets:
        return None
    ids = clause_ids(p)
    i = token_index_at(p, offsets[0])
    return clause_keys(p, ids[i]) if i < len(ids) else None
