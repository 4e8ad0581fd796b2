"""Atomic file writes: a reader of the target path sees the old file or the new one, never half.

The bytes go to a temporary file in the target's own folder (so the final rename stays on one
filesystem), are flushed and fsynced, and then take the target's name in one step. The folder
is fsynced too, so that after a crash the new name is on disk, not only the new bytes.

Two ways to name the result:
- `write_atomic(path, data, overwrite=True)` replaces an existing file (marks store, --force);
- `write_atomic(path, data, overwrite=False)` refuses an existing file (FileExistsError);
- `write_fresh(path, data)` never replaces anything: if `path` exists it writes `name-2.ext`,
  `name-3.ext`, ... and returns the path it used (exports made from the app).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """A file could not be written; the message is one line that names the file or folder."""


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, overwrite: bool) -> Path:
    target = Path(path)
    folder = _checked_folder(target)
    # A non-UTF-8 file name quoted in the text holds lone surrogates: written as `\udce9`.
    payload = data.encode("utf-8", "backslashreplace") if isinstance(data, str) else data
    temp = _write_temp(folder, target.name, payload)
    try:
        if overwrite:
            os.replace(temp, target)
        else:
            _link_no_clobber(temp, target)
    except FileExistsError:
        raise
    except OSError as error:
        raise WriteError(f"cannot write {target}: {error.strerror or error}") from error
    finally:
        # After os.replace the temp name is gone; after a link (or a failure) it is still there.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    _fsync_folder(folder)
    return target


def write_fresh(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write to `path`, or to the first free `stem-N.suffix` beside it; return the path used."""
    target = Path(path)
    for number in range(1, 10_000):
        candidate = (
            target if number == 1 else target.with_name(f"{target.stem}-{number}{target.suffix}")
        )
        try:
            return write_atomic(candidate, data, overwrite=False)
        except FileExistsError:
            continue
    raise WriteError(f"cannot find a free file name like {target} in {target.parent}")


def _checked_folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.exists():
        raise WriteError(f"folder does not exist: {folder}")
    if not folder.is_dir():
        raise WriteError(f"not a folder: {folder}")
    if target.is_dir():
        raise WriteError(f"is a folder, not a file: {target}")
    return folder


def _write_temp(folder: Path, name: str, payload: bytes) -> str:
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    except OSError as error:
        raise WriteError(f"cannot write in folder {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException as error:
        # Never leave a half-written temp file behind, whatever interrupted us.
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise WriteError(
                f"cannot write in folder {folder}: {error.strerror or error}"
            ) from error
        raise
    return temp


def _link_no_clobber(temp: str, target: Path) -> None:
    """Give `temp` the name `target` unless that name exists: atomic where links exist."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # Filesystems without hard links (FAT, some network mounts): check, then rename.
        # A race with another writer in between is possible here, but only here.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(temp, target)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows cannot open folders; the rename is still atomic there
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some filesystems refuse fsync on folders; the data itself is already synced
    finally:
        os.close(descriptor)
