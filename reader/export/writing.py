"""Where an export goes: a named file, a fresh name in the export folder, or the terminal."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from reader.atomic import WriteError, write_atomic, write_fresh
from reader.export.render import EXTENSIONS


def export_folder(configured: str | None) -> Path:
    """The configured export folder (~ expanded), else the current working directory."""
    return Path(os.path.expanduser(configured)) if configured else Path.cwd()


def default_file_name(fmt: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"reader-export-{stamp}{EXTENSIONS[fmt]}"


def write_to_folder(text: str, folder: Path, fmt: str, now: datetime | None = None) -> Path:
    """Write under a default name in `folder`; if it is taken, use name-2, name-3, ...

    Used when the name was not chosen by the user (the app, `reader export` without -o), so
    picking a free name is never a surprise and nothing is ever replaced.
    """
    return write_fresh(folder / default_file_name(fmt, now), text)


def write_to_file(text: str, path: str | os.PathLike[str], force: bool) -> Path:
    """Write to the file the user named; an existing file is replaced only with `force`."""
    try:
        return write_atomic(path, text, overwrite=force)
    except FileExistsError:
        raise WriteError(f"file exists: {path} (use --force to replace it)") from None
