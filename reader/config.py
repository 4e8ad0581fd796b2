"""config.yaml: one typed, validated configuration for the app, `reader compare` and exports.

Where it comes from, first match wins: the path given with --config, $READER_CONFIG, the
user's file ($XDG_CONFIG_HOME/reader/config.yaml, else ~/.config/reader/config.yaml) if it
exists, and finally the built-in config.yaml. A bad value never starts the program
half-configured: it raises ConfigError with one line naming the file, the key and the line,
e.g. `config.yaml:7: panes: must be a whole number from 2 to 4, got 9`.

Nothing here touches the disk at import time, and nothing imports Textual.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from reader.analysis.settings import MatchSettings
from reader.keys import key_problem
from reader.locations import user_config_file
from reader.resources import default_config
from reader.safe_yaml import compose_yaml, load_yaml

ENV_VAR = "READER_CONFIG"
DEFAULT_THEME = "reader-dark"
MIN_PANES, MAX_PANES = 2, 4
ARTICLE_FIELDS = ("outlet", "title", "date", "url")


class ConfigError(Exception):
    """A configuration the user must fix; the message is one line naming file, key and line."""


@dataclass(frozen=True)
class Config:
    # Files and folders opened when `reader` gets no paths; absolute, resolved against the
    # config file's folder. Empty means the built-in corpus.
    sources: list[str] = field(default_factory=list)
    # Per-file metadata overrides keyed by file name or stem: {outlet, title, date, url}.
    articles: dict[str, dict[str, str]] = field(default_factory=dict)
    panes: int = 2
    theme: str = DEFAULT_THEME
    matching: MatchSettings = field(default_factory=MatchSettings)
    # Binding id -> comma-separated keys, handed to App.set_keymap.
    keymap: dict[str, str] = field(default_factory=dict)
    # Where exports are written; None means the current working directory.
    export_folder: str | None = None
    # The file this configuration was read from (None when built from defaults in code).
    path: Path | None = None


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The file to read: --config, else $READER_CONFIG, else the user's file, else built-in."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get(ENV_VAR):
        return Path(env)
    user = user_config_file()
    return user if user.is_file() else default_config()


def load_config(
    path: str | os.PathLike[str] | None = None, binding_ids: Collection[str] | None = None
) -> Config:
    """Read and validate the configuration (see the module docstring for where from).
    With `binding_ids` (the app's, from reader/ui/bindings.py), a keymap entry for any other
    id is an error too; `reader compare` and `export` have no bindings to check."""
    file = config_path(path)
    try:
        source = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{file}: is a folder, not a configuration file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot be read ({error})") from None
    return parse_config(source, file, binding_ids)


def parse_config(source: str, file: Path, binding_ids: Collection[str] | None = None) -> Config:
    """Validate YAML text read from `file` into a Config."""
    try:
        root = compose_yaml(source)
        data = load_yaml(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(f"{file}{line}: not valid YAML: {problem}") from None
    if data is None:
        return Config(path=file)
    check = _Checker(file, root, binding_ids)
    if not isinstance(data, dict):
        check.fail((), "the file must be a mapping of settings (key: value)")
    unknown = sorted(set(data) - _TOP_LEVEL.keys(), key=str)
    if unknown:
        check.fail((unknown[0],), f"unknown setting (known: {', '.join(_TOP_LEVEL)})")
    values = {key: _TOP_LEVEL[key](check, value) for key, value in data.items()}
    return Config(path=file, **values)


class _Checker:
    """Knows the file and its YAML node tree, so every error can name its line."""

    def __init__(
        self, file: Path, root: yaml.Node | None, binding_ids: Collection[str] | None = None
    ) -> None:
        self.file = file
        self.root = root
        self.binding_ids = binding_ids

    def line(self, keys: tuple[Any, ...]) -> int:
        node, line = self.root, 1
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                break
            for key_node, value_node in node.value:
                if key_node.value == str(key):
                    node, line = value_node, value_node.start_mark.line + 1
                    break
            else:
                break
        return line

    def fail(self, keys: tuple[Any, ...], problem: str) -> None:
        name = ".".join(str(k) for k in keys)
        where = f"{name}: " if name else ""
        raise ConfigError(f"{self.file}:{self.line(keys)}: {where}{problem}")

    def folder(self) -> Path:
        return self.file.parent


def _got(value: Any) -> str:
    return "nothing" if value is None else repr(value)


def _sources(check: _Checker, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        check.fail(("sources",), f"must be a list of files or folders, got {_got(value)}")
    folder = check.folder()
    return [str((folder / Path(v).expanduser()).resolve()) for v in value]


def _articles(check: _Checker, value: Any) -> dict[str, dict[str, str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.fail(("articles",), f"must map file names to settings, got {_got(value)}")
    result: dict[str, dict[str, str]] = {}
    for name, fields in value.items():
        if not isinstance(fields, dict):
            check.fail(("articles", name), f"must be a mapping of {', '.join(ARTICLE_FIELDS)}")
        for key, text in fields.items():
            if key not in ARTICLE_FIELDS:
                known = ", ".join(ARTICLE_FIELDS)
                check.fail(("articles", name, key), f"unknown field (known: {known})")
            if isinstance(text, datetime.date):
                text = fields[key] = text.isoformat()  # `date: 2024-01-18` unquoted
            if not isinstance(text, (str, int, float)) or isinstance(text, bool):
                check.fail(("articles", name, key), f"must be text, got {_got(text)}")
        result[str(name)] = {str(k): str(v) for k, v in fields.items()}
    return result


def _panes(check: _Checker, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_PANES <= value <= MAX_PANES:
        check.fail(
            ("panes",),
            f"must be a whole number from {MIN_PANES} to {MAX_PANES}, got {_got(value)}",
        )
    return value


def _theme(check: _Checker, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        check.fail(("theme",), f"must be a theme name, got {_got(value)}")
    return value.strip()


def _matching(check: _Checker, value: Any) -> MatchSettings:
    if value is None:
        return MatchSettings()
    if not isinstance(value, dict):
        check.fail(("matching",), f"must be a mapping of thresholds, got {_got(value)}")
    known = MatchSettings.__dataclass_fields__
    thresholds: dict[str, float] = {}
    for key, number in value.items():
        if key not in known:
            check.fail(("matching", key), f"unknown setting (known: {', '.join(known)})")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not 0 <= number <= 1:
            check.fail(("matching", key), f"must be a number from 0 to 1, got {_got(number)}")
        thresholds[key] = float(number)
    return MatchSettings(**thresholds)


def _keymap(check: _Checker, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.fail(("keymap",), f"must map binding ids to keys, got {_got(value)}")
    for binding_id, keys in value.items():
        if check.binding_ids is not None and binding_id not in check.binding_ids:
            check.fail(("keymap", binding_id), "unknown binding id (press ? to see them)")
        if not isinstance(keys, str) or (problem := key_problem(keys)) is not None:
            why = f" ({problem})" if isinstance(keys, str) else ""
            check.fail(
                ("keymap", binding_id),
                f'must be keys such as "j" or "down,j", got {_got(keys)}{why}',
            )
    return {str(k): v.replace(" ", "") for k, v in value.items()}


def _export_folder(check: _Checker, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        check.fail(("export_folder",), f"must be a folder path, got {_got(value)}")
    return str((check.folder() / Path(value).expanduser()).resolve())


_TOP_LEVEL: dict[str, Callable[[_Checker, Any], Any]] = {
    "sources": _sources,
    "articles": _articles,
    "panes": _panes,
    "theme": _theme,
    "matching": _matching,
    "keymap": _keymap,
    "export_folder": _export_folder,
}
