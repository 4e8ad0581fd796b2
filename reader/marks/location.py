"""Where marks are kept: one JSON file per corpus under the user's data folder.

Base folder, first that is set: the `data_dir` argument, $READER_DATA_DIR, $XDG_DATA_HOME/reader,
~/.local/share/reader. Marks live in `<base>/marks/<corpus-key>.json`. Nothing here creates a
folder: the store creates it on its first write.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from reader.model import Article


def data_folder(data_dir: str | os.PathLike[str] | None = None) -> Path:
    if data_dir is not None:
        return Path(data_dir)
    if os.environ.get("READER_DATA_DIR"):
        return Path(os.environ["READER_DATA_DIR"])
    xdg = os.environ.get("XDG_DATA_HOME")
    # The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "reader"
    return Path.home() / ".local" / "share" / "reader"


def marks_folder(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return data_folder(data_dir) / "marks"


def corpus_key(articles: Sequence[Article]) -> str:
    """A stable name for the corpus the articles come from: the folders that hold them.

    It hashes the sorted set of (absolute, real) folders of the article files, not the files
    themselves nor their contents: adding an article to a folder, opening only some of its
    files, or editing one (marks are re-anchored on load) keeps the same marks file, while
    another folder with files of the same names is another corpus. Marks of articles not
    opened this time are kept in the file untouched.
    """
    folders = sorted({os.path.dirname(os.path.realpath(a.path)) for a in articles})
    digest = hashlib.sha256("\n".join(folders).encode("utf-8")).hexdigest()
    return digest[:20]
