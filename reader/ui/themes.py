"""Theme files (YAML) -> textual.theme.Theme.

The built-in themes/ folder comes first, then the user's folder ($XDG_DATA_HOME/reader/themes,
else ~/.local/share/reader/themes), whose files may add themes or replace built-in ones by
name. A broken file is skipped with a one-line problem naming it; it never stops the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from textual.color import Color, ColorParseError
from textual.theme import Theme

from reader.config import DEFAULT_THEME
from reader.locations import themes_folder
from reader.resources import builtin_themes
from reader.safe_yaml import YamlLimitError, load_yaml

_COLOURS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_NUMBERS = ("luminosity_spread", "text_alpha")
_KNOWN = {"name", "dark", "variables", *_COLOURS, *_NUMBERS}

# Highlight colours every theme should define; defaults come from ReaderApp for themes
# (such as Textual's own) that do not.
HIGHLIGHT_VARIABLES = (
    "agree-1", "agree-2", "agree-3", "contradict", "unique", "mark", "selected", "linked"
)  # fmt: skip


class ThemeFileError(Exception):
    """One theme file that cannot be used; the message is one line naming it."""


@dataclass
class ThemeSet:
    themes: list[Theme] = field(default_factory=list)  # in cycling order, default first
    problems: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [theme.name for theme in self.themes]


def user_themes_folder() -> Path:
    return themes_folder()  # reader/locations.py decides every user folder


def load_themes(*folders: Path) -> ThemeSet:
    """Every theme in `folders` (default: built-in, then the user's), later names winning."""
    result = ThemeSet()
    by_name: dict[str, Theme] = {}
    for folder in folders or (builtin_themes(), user_themes_folder()):
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            try:
                theme = load_theme_file(file)
            except ThemeFileError as error:
                result.problems.append(str(error))
                continue
            by_name[theme.name] = theme
    themes = sorted(by_name.values(), key=lambda t: (t.name != DEFAULT_THEME, t.name))
    result.themes = themes
    return result


def load_theme_file(file: Path) -> Theme:
    try:
        data = load_yaml(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeFileError(f"theme {file.name}: cannot be read ({error})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        limit = f" ({error.problem})" if isinstance(error, YamlLimitError) else ""
        raise ThemeFileError(f"theme {file.name}{line}: not valid YAML{limit}") from None
    return parse_theme(data, file.stem, file.name)


def parse_theme(data: Any, default_name: str, label: str) -> Theme:
    """Validate one theme's mapping; `label` names it in messages."""
    if not isinstance(data, dict):
        raise ThemeFileError(f"theme {label}: must be a mapping of theme settings")
    spec = dict(data)  # never change the caller's dict
    unknown = sorted(set(spec) - _KNOWN, key=str)
    if unknown:
        raise ThemeFileError(f"theme {label}: unknown setting {unknown[0]!r}")
    name = spec.pop("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError(f"theme {label}: name must be text")
    if "primary" not in spec:
        raise ThemeFileError(f"theme {label}: primary colour is missing")
    for key in _COLOURS:
        if key in spec:
            spec[key] = _colour(spec[key], f"theme {label}: {key}")
    for key in _NUMBERS:
        if key in spec and (isinstance(spec[key], bool) or not isinstance(spec[key], (int, float))):
            raise ThemeFileError(f"theme {label}: {key} must be a number")
    if not isinstance(spec.get("dark", True), bool):
        raise ThemeFileError(f"theme {label}: dark must be true or false")
    variables = spec.pop("variables", None) or {}
    if not isinstance(variables, dict):
        raise ThemeFileError(f"theme {label}: variables must be a mapping of name: colour")
    variables = {
        str(key): _colour(value, f"theme {label}: variables.{key}")
        for key, value in variables.items()
    }
    return Theme(name=name.strip(), variables=variables, **spec)


def _colour(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f'{where}: must be a colour such as "#1b1e24", got {value!r}')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"{where}: not a colour: {value!r}") from None
    return value
