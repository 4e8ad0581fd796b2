"""Where the shipped data lives: the default corpus, the built-in themes, the default config.

In a source checkout (or an editable install) they are the top-level seeds/, themes/ and
config.yaml; a built wheel carries copies in reader/_data (see setup.py).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.exists():
        return installed
    return _PACKAGE.parent / name


def default_corpus() -> Path:
    return _shipped("seeds")


def builtin_themes() -> Path:
    return _shipped("themes")


def default_config() -> Path:
    return _shipped("config.yaml")
