"""`reader export`: compare the articles and write marks or findings to a file or stdout."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.atomic import WriteError
from reader.cli_common import (
    ArgumentParser,
    CliError,
    add_corpus_arguments,
    load_comparison,
    say,
)
from reader.export.passages import WHAT_CHOICES
from reader.export.render import FORMAT_CHOICES
from reader.text.safe import terminal_safe

if TYPE_CHECKING:
    from reader.config import Config

_NO_MARKS = (
    "no marks for these articles yet (mark passages in the app with m); "
    "to export what the comparison found, try --what contradictions"
)


def export_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="reader export",
        description="Export marked passages, or what the comparison found, with their sources.",
    )
    add_corpus_arguments(parser)
    parser.add_argument(
        "--what",
        choices=WHAT_CHOICES,
        default="marks",
        help="marks: the passages marked in the app (default); contradictions, agreements, "
        "unique: what the comparison found; all: every one of these",
    )
    parser.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="markdown",
        help="markdown (default; fit for Obsidian), json (W3C selectors), csv (Readwise import)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="file to write, or - for stdout; default: a new reader-export-<time> file "
        "in the configured export folder (else the current folder)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace the -o file if it already exists"
    )
    return parser


def run_export(options: argparse.Namespace, config: Config) -> int:
    from reader.export.document import build_document
    from reader.export.render import render
    from reader.export.writing import (
        export_folder,
        write_to_file,
        write_to_folder,
    )
    from reader.marks import MarkStore

    comparison = load_comparison(options.paths, config)

    store = MarkStore(comparison.articles)
    for warning in store.warnings:
        say(warning)
    if options.what == "marks" and not store.marks:
        raise CliError(_NO_MARKS)

    document = build_document(comparison, store.marks, options.what)
    if not document.entries:
        say(f"nothing found for --what {options.what}")
    text = render(document, options.format)

    if options.output == "-":
        sys.stdout.write(terminal_safe(text, allow="\n\t") if sys.stdout.isatty() else text)
        return 0
    try:
        if options.output:
            written = write_to_file(text, options.output, options.force)
        else:
            folder = export_folder(config.export_folder)
            written = write_to_folder(text, folder, options.format)
    except WriteError as error:
        raise CliError(str(error)) from None
    print(terminal_safe(str(written)))
    return 0
