"""The engine's reasons and scores in a reader's words. The engine writes terse reasons
("shared: state, strikes", "shares a claim: rare-word overlap 0.36"); the panel shows them
as sentences a newcomer can read. Unknown reasons pass through unchanged."""

from __future__ import annotations

import re

_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^shares a claim: rare-word overlap (\d*\.\d+)$"),
        "says the same thing in other words",
    ),
    (re.compile(r"^shared: (.+)$"), r"both mention \1"),
    (re.compile(r"^both: (.+)$"), r"both give \1"),
]


def plain_reason(reason: str) -> str:
    for pattern, replacement in _REWRITES:
        if pattern.match(reason):
            return pattern.sub(replacement, reason)
    return reason


def score_label(kind: str, score: float) -> str:
    """What the number means: for an agreement how alike the two are; for a contradiction,
    how surely the two speak of the same thing (their topic overlap)."""
    percent = f"{score:.0%}"
    if kind == "contradict":
        return f"same topic: {percent}"
    return f"alike: {percent}"
