"""Files of the on-disk caches (loaded articles, analyses): where they live, how they are
read and written.

A cache file is untrusted input (another program, a full disk or a crash may have left
anything there), so entries are plain JSON, never pickle, which would run code; reading
one never raises; writes are atomic so a reader never sees half a file; and a folder
keeps a bounded number of entries. Folders are created on first write, never at import.
Writes go through the one atomic writer, reader/atomic.py; folders come from locations.py.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reader.atomic import WriteError, write_atomic
from reader.locations import cache_folder as cache_directory

__all__ = ["cache_directory", "collector_paused", "read_entry", "source_fingerprint", "write_entry"]

# A temporary file older than this was left by a writer that died: remove it.
_ABANDONED_SECONDS = 3600


def read_entry(path: Path) -> Any | None:
    """The JSON in `path`, or None when it is missing, unreadable, not JSON or absurdly
    nested (json raises RecursionError there)."""
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None


def write_entry(path: Path, data: Any, keep: int) -> bool:
    """Write `data` to `path` atomically, then keep only the `keep` newest entries of its
    folder. False (and nothing written) if the disk says no."""
    folder = path.parent
    try:
        # ASCII escapes: a file name that is not UTF-8 holds lone surrogates, which
        # no UTF-8 writer accepts but JSON's \u escapes carry there and back.
        payload = json.dumps(data, separators=(",", ":")).encode("ascii")
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, payload, overwrite=True)
    except (OSError, WriteError, ValueError, TypeError):  # TypeError: a value JSON cannot hold
        return False
    _prune(folder, keep)
    return True


def _prune(folder: Path, keep: int) -> None:
    """Keep the newest entries; another process pruning at the same time is no error.
    Other writers' temporary files (atomic.py names them `.<name>.<random>.tmp`) are left
    alone unless abandoned long ago."""
    try:
        entries, now = [], time.time()
        for path in folder.glob("*.json"):
            entries.append((path.stat().st_mtime, path))
        for path in folder.glob(".*.tmp"):
            if now - path.stat().st_mtime > _ABANDONED_SECONDS:
                path.unlink(missing_ok=True)
        entries.sort(reverse=True)
        for _, stale in entries[keep:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def source_fingerprint(*packages: str) -> str:
    """Hash of the source of reader's `packages` and of the data model: editing the code
    invalidates what it computed, even when nobody remembers to bump a version number."""
    root = Path(__file__).resolve().parent
    files = [source for package in packages for source in sorted((root / package).glob("*.py"))]
    digest = hashlib.sha256()
    for source in [*files, root / "model.py"]:
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a cache entry becomes objects.

    A reopen builds a few hundred thousand long-lived objects in one go (articles,
    sentences, links). Each time the heap grows by a quarter the collector walks all of
    them looking for cycles they do not have: a third of a reopen's time on 1,000 articles.
    Paused, they are walked once, after. Reference counting still frees everything else.
    Another thread may pause at the same time; the collector is on again once both are done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
