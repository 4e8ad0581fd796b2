"""Command line entry: `reader [PATH ...]`, `reader compare`, `reader export`.

Every failure the user can cause (bad path, bad config, unknown theme, unwritable folder)
ends in one line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from reader import __version__
from reader.cli_common import (
    ArgumentParser,
    CliError,
    add_corpus_arguments,
    load_comparison,
    say,
)

SUBCOMMANDS = ("compare", "export")

DESCRIPTION = """\
Read several news articles about one story side by side: see what the outlets agree on,
where they contradict each other, and what only one of them says.

commands:
  reader [PATH ...]            open the reader (default: the built-in corpus)
  reader compare [PATH ...]    print the comparison (text, markdown or json)
  reader export [PATH ...]     export marked or highlighted passages

Run `reader compare --help` or `reader export --help` for their options.
"""


def app_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="reader",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_arguments(parser)
    parser.add_argument("--theme", metavar="NAME", help="colour theme (see themes/)")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def compare_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="reader compare",
        description="Compare the articles and print what they agree on, where they "
        "contradict each other, and what each says alone.",
    )
    add_corpus_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text: a report to read (default); markdown: the same as Markdown; "
        "json: the full result for scripts (schema in the README)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _never_fail_to_encode()
    try:
        if args and args[0] == "compare":
            code = _run_compare(compare_parser().parse_args(args[1:]))
            if argv is None and code == 0:
                _leave_now(code)
            return code
        if args and args[0] == "export":
            from reader.export.command import export_parser, run_export

            options = export_parser().parse_args(args[1:])
            return run_export(options, _load_config(options.config))
        return _run_app(app_parser().parse_args(args))
    except CliError as error:
        say(str(error))
        return 2
    except KeyboardInterrupt:
        return 130


def _never_fail_to_encode() -> None:
    """A file name that is not UTF-8 reaches Python as lone surrogates (PEP 383), which a
    UTF-8 stdout refuses: print them as `\\udce9` escapes instead of crashing (in JSON
    output that escape even decodes back to the file's name)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _load_config(path: str | None, binding_ids=None):
    from reader.config import ConfigError, load_config

    try:
        return load_config(path, binding_ids)
    except ConfigError as error:
        raise CliError(str(error)) from None


def _run_compare(options: argparse.Namespace) -> int:
    from reader.report import render

    # The analysis and its report are hundreds of thousands of objects without cycles:
    # the collector's walks over them (one of them a long full pass once the analysis is
    # done) would find nothing to free.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        comparison = load_comparison(options.paths, _load_config(options.config))
        sys.stdout.write(render(comparison, options.format))
    finally:
        if was_enabled:
            gc.enable()
    return 0


def _leave_now(code: int) -> None:
    """End the `reader compare` process once its output is out, without the interpreter's
    teardown: freeing every object of a large analysis one by one takes seconds, and the
    operating system takes the memory back at once. Only for the command line's own
    process (`main()` without arguments), never for callers of main() in a process that
    goes on."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # a closed or broken pipe: the ordinary exit reports it
    os._exit(code)


NO_TERMINAL = (
    "the app needs a terminal (its input or output is not one). "
    "For text output use: reader compare [PATH ...] (or reader export)."
)


def _run_app(options: argparse.Namespace) -> int:
    from reader.ui.bindings import BINDINGS

    config = _load_config(options.config, {binding.id for binding in BINDINGS if binding.id})
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        say(NO_TERMINAL)
        return 2
    from reader.ui import run_app

    return run_app(options.paths or config.sources or None, config, options.theme)


if __name__ == "__main__":
    raise SystemExit(main())
