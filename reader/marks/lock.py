"""One writer at a time for a marks file: an advisory lock on `<marks file>.lock`.

Two windows on one corpus each hold the marks in memory; each save reads the file as the other
window left it, applies its one change and writes the result (store.py), all while holding this
lock, so neither save can slip between the other's read and write. The lock is `flock` on a
separate file, never on the marks file itself (which each save replaces, so a lock on it would
lock a file that is no longer the one on disk). The kernel drops it when the process dies, so
a killed window never leaves the others locked out. Where `fcntl` does not exist (Windows) the
saves are not serialised; each is still atomic.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of `path` (its folder must exist); OSError if the lock file cannot be made."""
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    descriptor = os.open(path.with_name(f"{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock
