"""files -> Articles -> Comparison: the one road every view of a corpus takes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reader.analysis.align import align
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
) -> Comparison:
    """Load `paths` (the default corpus when empty) and compare every article with the others."""
    articles, problems = load_articles(list(paths) if paths else [default_corpus()], overrides)
    return analyse(articles, problems, settings, progress, cancelled)


def analyse(
    articles: list[Article],
    problems: list[LoadProblem] | None = None,
    settings: MatchSettings | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    links = align(articles, settings or MatchSettings(), progress, cancelled)
    return Comparison(articles=articles, links=links, problems=list(problems or []))
