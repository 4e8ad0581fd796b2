"""What an article pane says in words: its sentence counter and, when it shows no
article, why. Plain functions of plain values, so the pane widget only asks."""

from __future__ import annotations


def counter(total: int, in_view: list[int], of_interest: int | None) -> str:
    """The sentence of interest (the cursor, or the sentence linked to another pane's) when
    it is in view, else the range of sentences in view: never one scrolled out of sight."""
    if of_interest is not None and of_interest in in_view:
        return f"sentence {of_interest + 1} of {total}"
    if in_view:
        first, last = in_view[0] + 1, in_view[-1] + 1
        if last > first:
            return f"sentences {first}–{last} of {total}"
        return f"sentence {first} of {total}"
    return f"{total} sentences"


def placeholder_message(problem: str | None, loaded: bool, several_stories: bool) -> str:
    """What an empty pane says: why nothing loaded, that it is loading, or how to open."""
    if problem:
        return problem
    if not loaded:
        return "Loading the articles…"
    if several_stories:
        return "No other article tells this story. s: next story, S: previous story."
    return "No article here: press ] or o to open one."
