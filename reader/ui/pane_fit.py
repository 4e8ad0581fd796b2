"""How many article panes a terminal width holds: the one decision, for the screen and tests."""

from __future__ import annotations

from reader.config import MAX_PANES

# Two panes of 40 columns still hold some 36 characters of text a line: readable, and the
# point of the reader (two outlets side by side) survives an 80-column terminal.
MIN_PANE_WIDTH = 40


def panes_that_fit(width: int) -> int:
    return max(1, min(MAX_PANES, width // MIN_PANE_WIDTH))
