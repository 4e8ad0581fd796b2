"""Where marks are kept: one JSON file per corpus, `<data>/marks/<corpus-key>.json`.

The data folder is decided in reader/locations.py with every other user folder. Nothing here
creates a folder: the store creates it on its first write.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from reader.locations import data_folder, marks_folder
from reader.model import Article

__all__ = ["corpus_key", "data_folder", "marks_folder"]


def corpus_key(articles: Sequence[Article]) -> str:
    """A stable name for the corpus the articles come from: the folders that hold them.

    It hashes the sorted set of (absolute, real) folders of the article files, not the files
    themselves nor their contents: adding an article to a folder, opening only some of its
    files, or editing one (marks are re-anchored on load) keeps the same marks file, while
    another folder with files of the same names is another corpus. Marks of articles not
    opened this time are kept in the file untouched.
    """
    folders = sorted({os.path.dirname(os.path.realpath(a.path)) for a in articles})
    # surrogateescape: a folder name that is not UTF-8 hashes as its bytes (the same key as
    # before for every UTF-8 name).
    digest = hashlib.sha256("\n".join(folders).encode("utf-8", "surrogateescape")).hexdigest()
    return digest[:20]
