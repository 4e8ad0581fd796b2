"""What the panes say when no article could be loaded: why, and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.model import LoadProblem
from reader.ui.layout import sanitise


def nothing_loaded(paths: Sequence[str | Path], problems: Sequence[LoadProblem]) -> str:
    lines = ["No article could be loaded."]
    if problems:
        lines += [f"• {sanitise(problem.message)}" for problem in problems[:8]]
        if len(problems) > 8:
            lines.append(f"• … and {len(problems) - 8} more")
    else:
        shown = ", ".join(sanitise(str(path)) for path in paths[:3])
        lines.append(f"• nothing readable in {shown}")
    lines += [
        "",
        "Give reader .txt, .md or .html files, or folders holding them:",
        "  reader path/to/articles/",
        "Press q to quit.",
    ]
    return "\n".join(lines)
