"""The marks that tell relations apart without colour (NO_COLOR, monochrome terminals): one
place for the panes, the legend and the detail panel."""

from __future__ import annotations

GLYPHS = {
    "agree": "✓",
    "contradict": "✗",
}
