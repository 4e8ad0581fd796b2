"""files -> Articles -> Comparison: the one road every view of a corpus takes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reader.analysis.align import Alignment, align
from reader.analysis.cache import analysis_key, load_analysis, store_analysis
from reader.analysis.comparison import Comparison
from reader.analysis.settings import MatchSettings
from reader.corpus import load_articles
from reader.model import Article, LoadProblem
from reader.resources import default_corpus

Progress = Callable[[int, int], None]


def compare(
    paths: Sequence[str | Path] | None = None,
    settings: MatchSettings | None = None,
    overrides: Mapping[str, Mapping[str, str]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    use_cache: bool = True,
) -> Comparison:
    """Load `paths` (the default corpus when empty) and compare every article with the others."""
    articles, problems = load_articles(list(paths) if paths else [default_corpus()], overrides)
    return analyse(articles, problems, settings, progress, cancelled, use_cache)


def analyse(
    articles: list[Article],
    problems: list[LoadProblem] | None = None,
    settings: MatchSettings | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    use_cache: bool = True,
) -> Comparison:
    """Compare loaded articles; with `use_cache`, an unchanged corpus reuses the analysis
    stored on disk the last time (see cache.py)."""
    settings = settings or MatchSettings()
    alignment = _cached_alignment(articles, settings, progress, cancelled, use_cache)
    return Comparison(
        articles=articles,
        links=alignment.links,
        problems=list(problems or []),
        wire_copies=alignment.wire_copies,
    )


def _cached_alignment(
    articles: list[Article],
    settings: MatchSettings,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    use_cache: bool,
) -> Alignment:
    if not use_cache:
        return align(articles, settings, progress, cancelled)
    key = analysis_key(articles, settings)
    stored = load_analysis(key, articles)
    if stored is not None:
        if progress is not None:
            progress(1, 1)
        return stored
    alignment = align(articles, settings, progress, cancelled)
    # A cancelled analysis is partial: keep it out of the cache.
    if cancelled is None or not cancelled():
        store_analysis(key, alignment)
    return alignment
