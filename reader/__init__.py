"""reader: compare several news articles about one story, sentence by sentence.

    >>> import reader
    >>> reader.relate("Nine people were killed.", "Seven people were killed.").kind
    'contradict'

`relate(a, b)` judges two sentences; `compare(paths)` loads articles and returns the whole
`Comparison`. Importing this package never imports Textual: the UI lives in reader.ui.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison
    from reader.model import Judgement


def relate(a: str, b: str) -> Judgement:
    """Judge two sentences: `.kind` agree/contradict/unrelated, `.score` 0..1, `.reasons`."""
    from reader.analysis.relate import relate as _relate

    return _relate(a, b)


def compare(paths: list[str | Path] | None = None) -> Comparison:
    """Load the articles at `paths` (files or folders; default corpus if None) and compare them."""
    from reader.analysis.pipeline import compare as _compare

    return _compare(paths)


__all__ = ["relate", "compare", "__version__"]
