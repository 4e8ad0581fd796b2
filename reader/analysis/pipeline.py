"""files -> Articles -> Comparison: the one road every view of a corpus takes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reader.analysis.align import Alignment, align
from reader.analysis.cache import analysis_key, load_analysis, store_analysis
from reader.analysis.comparison import Comparison
from reader.analysis.settings import MatchSettings
from reader.corpus import load_articles
from reader.disk_cache import collector_paused
from reader.model import Article, Cluster, LoadProblem
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
    """Load `paths` (the default corpus when empty) and compare every article with the others.
    With `use_cache`, unchanged files and an unchanged corpus reuse what was stored on disk
    the last time (corpus/article_cache.py, analysis/cache.py)."""
    given = list(paths) if paths else [default_corpus()]
    articles, problems = load_articles(given, overrides, use_cache=use_cache)
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
    key = analysis_key(articles, settings) if use_cache else None
    reopened = _reopened(key, articles, problems) if key is not None else None
    if reopened is not None:
        if progress is not None:
            progress(1, 1)
        return reopened
    # The aligner builds hundreds of thousands of long-lived objects and no cycles: the
    # collector's repeated walks over them cost 15% of a 1,000-article analysis.
    with collector_paused():
        alignment = align(articles, settings, progress, cancelled)
        comparison = _comparison(articles, problems, alignment)
    # A cancelled analysis is partial: keep it out of the cache.
    complete = cancelled is None or not cancelled()
    if key is not None and complete and store_analysis(key, alignment, comparison.clusters):
        comparison.cache_key = key
    return comparison


def _reopened(
    key: str, articles: list[Article], problems: list[LoadProblem] | None
) -> Comparison | None:
    """The comparison stored under `key`, if there is one to trust."""
    with collector_paused():  # see there: a third of the reopen otherwise
        stored = load_analysis(key, articles)
        if stored is None:
            return None
        return _comparison(articles, problems, stored.alignment, stored.clusters, key)


def _comparison(
    articles: list[Article],
    problems: list[LoadProblem] | None,
    alignment: Alignment,
    clusters: list[Cluster] | None = None,
    key: str | None = None,
) -> Comparison:
    return Comparison(
        articles=articles,
        links=alignment.links,
        problems=list(problems or []),
        wire_copies=alignment.wire_copies,
        stories=alignment.stories,
        known_clusters=clusters,
        cache_key=key,
    )
