"""ReaderApp: a thin App. It registers the themes, applies the keymap, offers the
app-wide keys (help, theme, quit) and the command palette, and shows the MainScreen
(reader/ui/screens/main.py), which owns the reader's state and its keys."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from textual.app import App
from textual.reactive import Reactive

from reader.config import Config
from reader.resources import default_corpus
from reader.text.safe import terminal_safe
from reader.ui.bindings import APP_BINDINGS, BINDINGS
from reader.ui.screens.main import MainScreen
from reader.ui.themes import HIGHLIGHT_VARIABLES, ThemeSet


class ReaderApp(App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    BINDINGS = APP_BINDINGS
    # Textual's, without its whole-screen repaint: the Header watches it and redraws itself.
    sub_title: Reactive[str] = Reactive("", compute=False, repaint=False)

    def __init__(
        self,
        paths: Sequence[str | Path] | None,
        config: Config,
        themes: ThemeSet,
        theme_name: str,
        remember_theme: bool = False,
    ) -> None:
        super().__init__()
        self.paths = list(paths) if paths else [default_corpus()]
        self.config = config
        self.themes = themes
        self.remember_theme = remember_theme
        self._startup_warnings: list[str] = []  # shown at mount
        self.quitting = False
        for theme in themes.themes:
            self.register_theme(theme)
        # The theme is chosen before the first styling pass: set in on_mount, it would
        # re-parse and re-apply every style of every widget just composed.
        self.apply_theme(theme_name)

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.paths, self.config)

    @property
    def main(self) -> MainScreen:
        """The main screen, whatever dialog is on top of it."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Textual's own themes know nothing of the highlight colours: give them usable ones.
        defaults = {
            "agree-1": "#1f3a2a",
            "agree-2": "#2a5637",
            "agree-3": "#39784a",
            "contradict": "#6b2a32",
            "unique": "#8a909c",
            "mark": "#f0c674",
            "selected": "#3f3a6b",
            "linked": "#31455e",
        }
        assert set(defaults) == set(HIGHLIGHT_VARIABLES)
        return defaults

    def notify(self, message: str, *, title: str = "", **options: Any) -> None:
        """Every toast goes through here: names, outlets and paths in it are untrusted."""
        super().notify(terminal_safe(message, allow="\n"), title=terminal_safe(title), **options)

    def on_mount(self) -> None:
        for problem in self.themes.problems:
            self.notify(problem, title="Theme skipped", severity="warning", markup=False)
        for warning in self._startup_warnings:
            self.notify(warning, severity="warning", markup=False)
        self.apply_keymap(self.config.keymap)

    def apply_theme(self, name: str) -> None:
        if name not in self.available_themes:
            fallback = self.themes.names[0] if self.themes.names else "textual-dark"
            known = ", ".join(self.themes.names)
            warning = f"Unknown theme {name!r}; using {fallback}. Themes: {known}"
            if self.is_running:
                self.notify(warning, severity="warning", markup=False)
            else:
                self._startup_warnings.append(warning)
            name = fallback
        self.theme = name

    def apply_keymap(self, keymap: dict[str, str]) -> None:
        known = {binding.id for binding in BINDINGS}
        unknown = sorted(set(keymap) - known)
        if unknown:
            self.notify(
                f"keymap: unknown binding id {', '.join(unknown)} (press ? to see them)",
                severity="warning",
                markup=False,
            )
        self.set_keymap({k: v for k, v in keymap.items() if k in known})

    # -- app-wide actions ---------------------------------------------------------------

    def action_next_theme(self) -> None:
        names = self.themes.names
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)
        if self.remember_theme:
            from reader.ui.theme_memory import remember

            problem = remember(self.theme)
            if problem:
                self.notify(problem, severity="warning", markup=False)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen
        from reader.ui.story_view import several

        if not isinstance(self.screen, HelpScreen):
            stories = several(self.main.comparison)
            self.push_screen(HelpScreen(self.screen.active_bindings, stories))

    async def action_quit(self) -> None:
        # Keys typed after q in one burst (a paste: "qe") must find nothing to act on.
        self.quitting = True
        for worker in self.workers:
            worker.cancel()
        self.exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not self.quitting or action == "quit"

    def get_system_commands(self, screen) -> Iterable:
        from reader.ui.commands import reader_commands

        yield from reader_commands(self)
