"""What a figure counts and when: event verbs, and words that move a fact to another event.

EVENT_VERBS fold the verbs that say what happened to the people or things a figure
counts ("9 killed", "injuring 40", "12 arrested"); two figures of different event verbs
count different things. OTHER_EVENT words anchor a fact to another occasion than the one
reported ("a separate attack", "the previous quake", "last year"): facts of different
events never conflict.
"""

from __future__ import annotations

# concept key (as reader.text.normalize folds it) -> label shown in reasons
EVENT_LABELS = {
    "kill": "killed",
    "injure": "injured",
    "arrest": "arrested",
    "missing": "missing",
    "rescu": "rescued",
    "rescue": "rescued",
    "evacuat": "evacuated",
    "evacuate": "evacuated",
    "displac": "displaced",
    "hospitaliz": "hospitalised",
    "hospitalis": "hospitalised",
    "charg": "charged",
    "charge": "charged",
}

# Words that put a fact on another occasion than the story's own.
OTHER_EVENT = frozenset(
    """
separate previous previously earlier former prior past ago last another second
anniversary history historic historical
""".split()
)

# Words before a figure that make it part of a larger whole: "including three children",
# "among them two", "won 18 of its next 23 games". ("Another 49 injured", "wounding other
# 70", "a further 20,000 marched" give the whole count of their own slot, besides another
# slot's: they are not parts.)
PART_BEFORE = frozenset(
    """
including include includes included among next first last past
""".split()
)
# Words right after a figure that do the same: "two of them", "40 more", "the two other
# victims".
PART_AFTER = frozenset("of more other others".split())

# Words that end a clause: a figure belongs with the verbs of its own clause.
CLAUSE_WORDS = frozenset(
    """
and but while whereas although though after before when because since which who whom
where then including until unless if whether despite
""".split()
)

# Counted nouns that measure a span of time, like durations: a player's 19 seasons and a
# coach's one season are different spans, so unequal ones say nothing.
SPAN_NOUNS = frozenset("season term stint career tenure decade inning".split())

# Words that frame a figure rather than say what it is of ("in the $75 million range", "a
# five-year deal", "a total of 12"): two figures sharing only these are not one event's.
FRAME_WORDS = frozenset(
    """year years month months week weeks day days hour hours minute minutes range total
    number figure figures amount sum estimate estimated average roughly""".split()
)
