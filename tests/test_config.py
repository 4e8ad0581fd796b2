"""config.yaml loading: where it comes from, defaults, and one-line errors naming file,
key and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.settings import MatchSettings
from reader.config import Config, ConfigError, load_config
from reader.resources import default_config


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("READER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_config_loads_and_matches_the_defaults():
    config = load_config()
    assert config.path == default_config()
    defaults = Config()
    assert (config.panes, config.theme, config.sources) == (2, "reader-dark", [])
    assert config.matching == MatchSettings() == defaults.matching
    assert config.keymap == {} and config.export_folder is None


def test_explicit_path_beats_env_which_beats_user_file(tmp_path, monkeypatch):
    (tmp_path / "xdg-config" / "reader").mkdir(parents=True)
    user = write(tmp_path / "xdg-config" / "reader", "panes: 3\n")
    assert load_config().panes == 3 and load_config().path == user
    env = write(tmp_path, "panes: 4\n", "env.yaml")
    monkeypatch.setenv("READER_CONFIG", str(env))
    assert load_config().panes == 4
    explicit = write(tmp_path, "panes: 2\n", "explicit.yaml")
    assert load_config(str(explicit)).path == explicit


def test_values_are_typed_and_paths_resolved_against_the_config_folder(tmp_path):
    path = write(
        tmp_path,
        "sources: [articles, /abs/file.txt]\n"
        "articles:\n  000_x: {outlet: Example Times, date: 2024-01-18}\n"
        "matching: {agree_threshold: 0.6}\n"
        "keymap: {next_sentence: 'down, x'}\n"
        "export_folder: notes\n",
    )
    config = load_config(path)
    assert config.sources == [str(tmp_path / "articles"), "/abs/file.txt"]
    assert config.articles == {"000_x": {"outlet": "Example Times", "date": "2024-01-18"}}
    assert config.matching == MatchSettings(agree_threshold=0.6)
    assert config.keymap == {"next_sentence": "down,x"}
    assert config.export_folder == str(tmp_path / "notes")


def test_empty_file_means_defaults(tmp_path):
    assert load_config(write(tmp_path, "# nothing\n")).panes == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "theme: x\n\n\n\n\n\npanes: 9\n",
            "config.yaml:7: panes: must be a whole number from 2 to 4, got 9",
        ),
        ("panes: true\n", "config.yaml:1: panes: must be a whole number from 2 to 4, got True"),
        ("colour: red\n", "config.yaml:1: colour: unknown setting"),
        (
            "matching:\n  agree_threshold: 2\n",
            "config.yaml:2: matching.agree_threshold: must be a number from 0 to 1, got 2",
        ),
        ("matching:\n  fuzz: 0.2\n", "config.yaml:2: matching.fuzz: unknown setting"),
        (
            "articles:\n  a.txt:\n    author: me\n",
            "config.yaml:3: articles.a.txt.author: unknown field",
        ),
        ("keymap:\n  quit: 3\n", "config.yaml:2: keymap.quit: must be keys"),
        ("sources: 3\n", "config.yaml:1: sources: must be a list of files or folders, got 3"),
        ("- a\n- b\n", "config.yaml:1: the file must be a mapping"),
    ],
)
def test_bad_values_name_file_key_and_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(f"{tmp_path}/{message}")
    assert "\n" not in str(error.value)


def test_bad_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "panes: 2\ntheme: [unclosed\n")
    with pytest.raises(ConfigError, match=r"config\.yaml:\d+: not valid YAML: "):
        load_config(path)


def test_missing_explicit_file(tmp_path):
    with pytest.raises(ConfigError, match=r"nope\.yaml: not found$"):
        load_config(tmp_path / "nope.yaml")


def test_missing_env_file_is_an_error_too(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CONFIG", str(tmp_path / "gone.yaml"))
    with pytest.raises(ConfigError, match="gone.yaml: not found"):
        load_config()


def test_importing_config_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "fresh"))
    load_config()
    assert not (tmp_path / "fresh").exists()
