"""The Textual app: the only package of reader that imports Textual.

`make_app` is the one factory, used by the command line (`run_app`) and by the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.config import Config
    from reader.ui.app import ReaderApp
    from reader.ui.themes import ThemeSet


def make_app(
    paths: Sequence[str | Path] | None = None,
    config: Config | None = None,
    theme_name: str | None = None,
    themes: ThemeSet | None = None,
) -> ReaderApp:
    """The reader on `paths` (None: the config's sources, else the built-in corpus).

    `theme_name` (the --theme flag) wins over the config's theme; an unknown name is reported
    in the app and the default theme used. `themes` defaults to the built-in and user themes.
    """
    from reader.config import Config
    from reader.ui.app import ReaderApp
    from reader.ui.theme_memory import remembered
    from reader.ui.themes import load_themes

    config = config or Config()
    # The theme last chosen with `t` wins over the config's, not over --theme.
    remember = themes is None  # tests pass their own themes and leave the user's file alone
    chosen = theme_name or (remembered() if remember else None) or config.theme
    return ReaderApp(
        paths=paths or config.sources or None,
        config=config,
        themes=themes or load_themes(),
        theme_name=chosen,
        remember_theme=remember,
    )


def run_app(paths: Sequence[str | Path] | None, config: Config, theme_name: str | None) -> int:
    app = make_app(paths, config, theme_name)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
