"""Which figures of two linked sentences the engine tied together, and how.

The count detector (analysis/detectors/count.py) says that two sentences conflict on a
figure ("killed: 9 vs 7") and `shared_figure` that they share one; the fact sheet needs
the figures themselves, to gather every outlet's version of one fact. This module asks
those same functions (the slot logic stays in one place) and only finds which figures
they spoke of. It is new, so the engine's files stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.detectors import Pair, count
from reader.analysis.profile import Profile
from reader.facts.figures import Figure, figures
from reader.text.numbers import describe


@dataclass(frozen=True)
class FigureLink:
    a: Figure  # a figure of the first sentence
    b: Figure  # the figure of the second sentence in the same slot
    conflict: bool  # the values differ (else the two give one figure)
    update: bool  # the difference may be an update ("so far", "rose to")


def figure_links(a: Profile, b: Profile) -> list[FigureLink]:
    """The figure pairs of two sentences that count's detector or shared_figure ties."""
    if not a.quantities or not b.quantities:
        return []
    pair = Pair(a, b, sim=None, close=False, paraphrase=False)  # count reads a and b only
    found = []
    for conflict in count.detect(pair):
        tied = _conflicting(a, b, conflict.reason)
        if tied is not None:
            found.append(FigureLink(*tied, conflict=True, update=conflict.update))
    shared = count.shared_figure(pair)
    if shared is not None:
        found.append(FigureLink(*shared, conflict=False, update=False))
    return found


def _conflicting(a: Profile, b: Profile, reason: str) -> tuple[Figure, Figure] | None:
    """The figures a count conflict's reason names ("killed: 9 vs 7"), in one slot."""
    for fa in figures(a):
        for fb in figures(b):
            said = f": {describe(fa.quantity)} vs {describe(fb.quantity)}"
            if said in reason and count.same_slot(fa, fb):
                return fa, fb
    return None


def states_same_figure(a: Profile, fa: Figure, b: Profile) -> Figure | None:
    """The figure of `b` that gives the same figure as `fa` of `a` in its slot, by
    `shared_figure`'s rule (same slot, same strike, same years and months, equal value)."""
    shared = count.shared_figure(Pair(a, b, sim=None, close=False, paraphrase=False))
    if shared is None or shared[0].quantity != fa.quantity:
        return None
    return shared[1]


def usable(f: Figure) -> bool:
    """A figure the count detector compares at all (a count or amount, not a part, not
    of another occasion)."""
    return count._usable(f)
