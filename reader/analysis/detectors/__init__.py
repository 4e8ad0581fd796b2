"""Conflict detectors: one module per kind of contradiction, one signature, one registry.

Each module in this package defines `KIND` and `detect(pair) -> list[Conflict]`, and is
found by name (adding a kind is adding a file, as dedupe adds a field type). A detector
speaks only when both sentences state the same slot of the same event with values that
cannot both be true; otherwise it is silent. Precision comes first: a wrong red
highlight costs more trust than a missing one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reader.analysis.profile import Profile
from reader.analysis.similarity import Similarity


@dataclass(frozen=True)
class Conflict:
    kind: str  # the detector's KIND: "count", "date", "year", "actor", "polarity", ...
    reason: str  # a note in the margin, first sentence first: "killed: 9 vs 7"
    reversed_reason: str  # the same note with the sentences the other way round
    update: bool = False  # the figures may be one report updating another ("so far")

    @classmethod
    def values(cls, kind: str, label: str, first: str, second: str, note: str = "",
               update: bool = False) -> Conflict:  # fmt: skip
        """ "label: first vs second" and its mirror."""
        return cls(kind, f"{label}: {first} vs {second}{note}",
                   f"{label}: {second} vs {first}{note}", update)  # fmt: skip

    @classmethod
    def sided(cls, kind: str, template: str, side: int) -> Conflict:
        """A note naming which sentence says something: `template` has a {side} field,
        filled with "first" or "second" (`side` 0 or 1)."""
        names = ("first", "second")
        return cls(kind, template.format(side=names[side]), template.format(side=names[1 - side]))

    def facing(self, swapped: bool) -> str:
        return self.reversed_reason if swapped else self.reason


@dataclass(frozen=True)
class Pair:
    """What every detector is given: the two sentences and how alike they are."""

    a: Profile
    b: Profile
    sim: Similarity
    close: bool  # near-paraphrases apart from what conflicts: most words, or the score
    paraphrase: bool  # similar enough to agree, were it not for a conflict


Detector = Callable[[Pair], list[Conflict]]


@cache
def detectors() -> tuple[tuple[str, Detector], ...]:
    """(kind, detect) of every module in this package, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append((module.KIND, module.detect))
    return tuple(found)


def find_conflicts(pair: Pair) -> list[Conflict]:
    return [c for _, detect in detectors() for c in detect(pair)]


# A module may also define `screen(profile) -> int`, what one sentence brings to its kind
# of conflict (worked out once per sentence), and `may_conflict(screen_a, screen_b)`,
# False when detect() is sure to find nothing in such a pair: the aligner then skips it.
Screened = tuple[tuple[Detector, Callable[[int, int], bool] | None], ...]


@cache
def _screened() -> tuple[Screened, tuple[Callable[[Profile], int], ...]]:
    found, screens = [], []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        may = getattr(module, "may_conflict", None)
        found.append((module.detect, may))
        screens.append(getattr(module, "screen", None) or _no_screen)
    return tuple(found), tuple(screens)


def _no_screen(p: Profile) -> int:
    return 1


def screens(p: Profile) -> tuple[int, ...]:
    """The sentence's screen for every detector (see above), in detectors() order."""
    return p.derived(_screens_of)


def _screens_of(p: Profile) -> tuple[int, ...]:
    return tuple(screen(p) for screen in _screened()[1])


def find_conflicts_screened(pair: Pair) -> list[Conflict]:
    """find_conflicts(pair), calling only the detectors the sentences' screens let speak."""
    found: list[Conflict] = []
    for (detect, may), x, y in zip(_screened()[0], screens(pair.a), screens(pair.b), strict=True):
        if may is None or may(x, y):
            found += detect(pair)
    return found
