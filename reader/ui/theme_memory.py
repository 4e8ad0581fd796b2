"""The theme chosen with `t`, remembered between runs: one small file in the data folder."""

from __future__ import annotations

from pathlib import Path

from reader.locations import theme_choice_file


def theme_file() -> Path:
    return theme_choice_file()


def remembered() -> str | None:
    try:
        name = theme_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name or None


def remember(name: str) -> str | None:
    """Save `name`; returns a one-line problem if it could not be saved."""
    path = theme_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name + "\n", encoding="utf-8")
    except OSError as error:
        return f"Theme not remembered: {path}: {error.strerror or error}"
    return None
