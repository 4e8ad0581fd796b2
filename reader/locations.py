"""Every folder of the user's that reader reads or writes, decided in one place.

- config file: `--config`, `$READER_CONFIG`, `$XDG_CONFIG_HOME/reader/config.yaml`,
  `~/.config/reader/config.yaml` (if it exists), else the built-in file (see config.py);
- data (marks, the user's themes, the theme chosen with `t`): `$READER_DATA_DIR`,
  `$XDG_DATA_HOME/reader`,
  `~/.local/share/reader`;
- cache (parsed articles, analyses): `$READER_CACHE_DIR`, `$XDG_CACHE_HOME/reader`,
  `~/.cache/reader`.

The XDG spec says a relative `$XDG_*` path is invalid and must be ignored; so it is here.
Nothing here creates a folder: each writer creates its folder on its first write.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "reader"


def _xdg(variable: str, *fallback: str) -> Path:
    value = os.environ.get(variable)
    if value and os.path.isabs(value):
        return Path(value) / APP
    return Path.home().joinpath(*fallback, APP)


def user_config_file() -> Path:
    """Where the user's own config.yaml would be (it may not exist)."""
    return _xdg("XDG_CONFIG_HOME", ".config") / "config.yaml"


def data_folder(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder; `data_dir` (tests, callers that know better) wins."""
    if data_dir is not None:
        return Path(data_dir)
    if override := os.environ.get("READER_DATA_DIR"):
        return Path(override)
    return _xdg("XDG_DATA_HOME", ".local", "share")


def marks_folder(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return data_folder(data_dir) / "marks"


def themes_folder() -> Path:
    """The user's own theme files (the built-in ones ship with the package)."""
    return data_folder() / "themes"


def theme_choice_file() -> Path:
    """The theme last chosen in the app with `t`, one name on one line."""
    return data_folder() / "theme"


def cache_folder() -> Path:
    if override := os.environ.get("READER_CACHE_DIR"):
        return Path(override)
    return _xdg("XDG_CACHE_HOME", ".cache")
