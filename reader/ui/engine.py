"""The loader and the engine as the app's worker calls them: imported on first use, in the
analysis worker, so the screen is built while they (and rapidfuzz) load. Tests patch
`reader.ui.engine.load_articles` and `.analyse` to use hand-built comparisons (the screen
calls them through this module)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model import Article, LoadProblem

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison
    from reader.analysis.settings import MatchSettings


def load_articles(
    paths: Sequence[str | Path],
    overrides: dict[str, dict[str, str]],
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Article], list[LoadProblem]]:
    """reader.corpus.load_articles. The loader and the engine (with rapidfuzz) are imported
    on first use, in the analysis worker: the screen is built meanwhile, not after them."""
    from reader.corpus import load_articles as load

    return load(paths, overrides, use_cache=True, cancelled=cancelled)


def analyse(
    articles: list[Article],
    problems: list[LoadProblem],
    settings: MatchSettings,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Comparison:
    """reader.analysis.pipeline.analyse, imported on first use (see load_articles)."""
    from reader.analysis.pipeline import analyse as run

    return run(articles, problems, settings, progress=progress, cancelled=cancelled)
