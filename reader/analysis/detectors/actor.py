"""Who was targeted or held responsible: "target: Jaish al-Adl vs Baluch Liberation Army".

A name in a role follows a role cue ("targeted", "against", "camps of", "responsible");
spelling variants of one name are one name (names.py). Speaks only for names tied to the
same attack (events.py): the strike and the counter-strike have different targets.
"""

from __future__ import annotations

from reader.analysis.detectors import Conflict, Pair
from reader.analysis.events import direction_at, directions
from reader.analysis.names import role_names, same_name
from reader.analysis.profile import Profile

KIND = "actor"


def screen(p: Profile) -> int:
    """detect() is silent unless both sentences name someone in a role."""
    return int(bool(role_names(p)))


def may_conflict(screen_a: int, screen_b: int) -> bool:
    return bool(screen_a and screen_b)


def detect(pair: Pair) -> list[Conflict]:
    names_a, names_b = role_names(pair.a), role_names(pair.b)
    if not names_a or not names_b:
        return []
    if any(same_name(x, y) for x, _ in names_a for y, _ in names_b):
        return []
    dirs_a, dirs_b = directions(pair.a), directions(pair.b)
    for name_a, offset_a in names_a:
        for name_b, offset_b in names_b:
            dir_a, dir_b = direction_at(dirs_a, offset_a), direction_at(dirs_b, offset_b)
            if dir_a is not None and dir_b is not None and dir_a.compatible(dir_b):
                return [Conflict.values(KIND, "target", name_a, name_b)]
    return []
