"""What every `reader` subcommand shares: the corpus arguments, loading the comparison,
and the one-line error a user can fix."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, NoReturn

from reader.text.safe import terminal_safe

if TYPE_CHECKING:
    from reader.analysis.comparison import Comparison
    from reader.config import Config


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with its error line made terminal-safe: `reader compare *` in a folder holding
    a file named `--\x1b]0;…` would otherwise echo that name raw ("unrecognized arguments")."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {terminal_safe(message)}\n")


def say(message: str) -> None:
    """One line on stderr, `reader: ` first. Messages name files and quote metadata, which
    are untrusted: nothing in them may control the terminal (reader/text/safe.py)."""
    print(f"reader: {terminal_safe(message)}", file=sys.stderr)


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
    each file that could not be loaded is reported on stderr in one line, and so is each
    warning about a file that did load (decoded as cp1252, control characters removed...)."""
    from reader.analysis.pipeline import compare

    comparison = compare(
        paths or config.sources or None, settings=config.matching, overrides=config.articles
    )
    for problem in comparison.problems:
        say(problem.message)
    for article in comparison.articles:
        for warning in article.warnings:
            say(f"warning: {warning}")
    if not comparison.articles:
        raise CliError("no article could be loaded")
    return comparison
