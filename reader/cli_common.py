"""What every `reader` subcommand shares: the corpus arguments, loading the comparison,
and the one-line error a user can fix."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison
    from reader.config import Config


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files (.txt, .md, .html) or folders of them; default: the built-in corpus",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: $READER_CONFIG, else the built-in config.yaml)",
    )


def load_comparison(paths: list[str], config: Config) -> Comparison:
    """Compare the given paths (else the configured sources, else the built-in corpus);
    each file that could not be loaded is reported on stderr in one line."""
    from reader.analysis.pipeline import compare

    comparison = compare(
        paths or config.sources or None, settings=config.matching, overrides=config.articles
    )
    for problem in comparison.problems:
        print(f"reader: {problem.message}", file=sys.stderr)
    if not comparison.articles:
        raise CliError("no article could be loaded")
    return comparison
