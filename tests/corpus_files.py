"""Write small corpora of article files for tests that go through the loader."""

from __future__ import annotations

from pathlib import Path


def write_files(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write each {name: text} into `folder` (created if need be); the paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in files]
