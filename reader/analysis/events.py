"""Which event a figure or a date belongs to: who struck where.

News about a strike and the counter-strike mixes two events in one sentence ("Pakistan's
strikes in Iran killed nine, two days after Iran's attack on Pakistan killed two
children"). Numbers of different events never contradict each other, so each figure and
date is tied to the nearest attack mention (agent, place) before it, else after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.profile import Profile
from reader.text.lexicon import DEMONYMS
from reader.text.normalize import Token

COUNTRIES = frozenset(DEMONYMS.values())
_ACTION_KEYS = frozenset({"attack", "missile", "retaliate", "drone", "fire", "shell", "invade"})
_PLACE_PREPOSITIONS = frozenset({"on", "in", "inside", "into", "against", "across", "over"})
_AGENT_WINDOW = 4  # tokens before an action word where its agent may stand
_PLACE_WINDOW = 10  # tokens after it where "on/in/inside <country>" may follow


@dataclass(frozen=True)
class Direction:
    """An attack mention: who acted (agent) and where (place); either may be unknown."""

    agent: str | None
    place: str | None
    start: int  # character offset of the action word in the sentence

    def compatible(self, other: Direction) -> bool:
        # One side's agent being the other's place means the strike and the counter-strike:
        # "Iran's attack" and "strikes in Iran" are two events.
        if self.agent is not None and self.agent == other.place:
            return False
        if self.place is not None and self.place == other.agent:
            return False
        return _same_or_unknown(self.agent, other.agent) and _same_or_unknown(
            self.place, other.place
        )

    def describe(self) -> str:
        return f"{self.agent or '?'} on {self.place or '?'}"


def directions(p: Profile) -> list[Direction]:
    """The attack mentions of a sentence with a known agent or place."""
    return p.derived(_directions)


def _directions(p: Profile) -> list[Direction]:
    tokens = p.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.key not in _ACTION_KEYS:
            continue
        agent = _agent_before(tokens, i)
        place = _place_after(tokens, i)
        if agent == place:
            place = None  # "Iran's attack ... in Iran's own province": keep the agent only
        if agent or place:
            found.append(Direction(agent, place, token.start))
    return _merge_adjacent(found)


def direction_at(found: list[Direction], offset: int) -> Direction | None:
    """The attack mention that governs a figure at `offset`: the nearest one before it,
    else the nearest after it ("seven were killed in Pakistani strikes")."""
    before = [d for d in found if d.start <= offset]
    if before:
        return before[-1]
    after = [d for d in found if d.start > offset]
    return after[0] if after else None


def _agent_before(tokens: tuple[Token, ...], i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 1 - _AGENT_WINDOW), -1):
        key = tokens[j].key
        if key in COUNTRIES:
            return key
        if tokens[j].norm in _PLACE_PREPOSITIONS:
            return None  # "strikes on Iran's ...": the country belongs to the place
    return None


def _place_after(tokens: tuple[Token, ...], i: int) -> str | None:
    for j in range(i + 1, min(len(tokens), i + 1 + _PLACE_WINDOW)):
        if tokens[j].norm in _PLACE_PREPOSITIONS:
            for k in range(j + 1, min(len(tokens), j + 4)):
                if tokens[k].key in COUNTRIES:
                    return tokens[k].key
    return None


def _merge_adjacent(found: list[Direction]) -> list[Direction]:
    """ "missile and drone attack" is one mention: fold neighbours that agree."""
    merged: list[Direction] = []
    for d in found:
        if merged and merged[-1].compatible(d) and d.start - merged[-1].start < 40:
            last = merged[-1]
            merged[-1] = Direction(last.agent or d.agent, last.place or d.place, last.start)
        else:
            merged.append(d)
    return merged


def _same_or_unknown(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y
