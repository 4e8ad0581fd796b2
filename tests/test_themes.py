"""Theme files -> textual Theme: the built-in three, user themes, broken files skipped."""

from __future__ import annotations

import pytest

from reader.resources import builtin_themes
from reader.ui.themes import HIGHLIGHT_VARIABLES, ThemeFileError, load_themes, parse_theme


def test_builtin_themes_default_first_and_define_every_highlight():
    themes = load_themes(builtin_themes())
    assert themes.problems == []
    assert themes.names[0] == "reader-dark"
    assert {"reader-dark", "reader-light", "reader-contrast"} <= set(themes.names)
    by_name = {theme.name: theme for theme in themes.themes}
    assert by_name["reader-dark"].dark and not by_name["reader-light"].dark
    for theme in themes.themes:
        assert set(HIGHLIGHT_VARIABLES) <= set(theme.variables), theme.name


def _hue(colour: str) -> float:
    from textual.color import Color

    return Color.parse(colour).hsl[0] * 360


def test_colour_blind_theme_is_blue_against_orange():
    # Red-green colour blindness confuses hues from red to green; blue vs orange survives it.
    theme = {t.name: t for t in load_themes(builtin_themes()).themes}["reader-contrast"]
    for variable in ("agree-1", "agree-2", "agree-3"):
        assert 190 <= _hue(theme.variables[variable]) <= 250, variable
    assert 25 <= _hue(theme.variables["contradict"]) <= 60


def test_user_folder_adds_and_replaces_themes_and_skips_broken_files(tmp_path):
    (tmp_path / "mine.yaml").write_text("name: mine\nprimary: '#123456'\n")
    (tmp_path / "reader-light.yaml").write_text("name: reader-light\nprimary: '#000000'\n")
    (tmp_path / "broken.yaml").write_text("primary: [oops\n")
    (tmp_path / "badcolour.yaml").write_text("primary: not-a-colour\n")
    themes = load_themes(builtin_themes(), tmp_path)
    assert "mine" in themes.names
    light = {t.name: t for t in themes.themes}["reader-light"]
    assert light.primary == "#000000"
    assert len(themes.problems) == 2
    assert any(p.startswith("theme broken.yaml:") for p in themes.problems)
    assert any("badcolour.yaml: primary: not a colour" in p for p in themes.problems)


def test_parse_does_not_change_the_callers_dict():
    spec = {"primary": "#101010", "variables": {"agree-1": "#202020"}}
    theme = parse_theme(spec, "t", "t.yaml")
    theme.variables["agree-1"] = "#ffffff"
    assert spec == {"primary": "#101010", "variables": {"agree-1": "#202020"}}
    assert theme.name == "t"


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ({"secondary": "#101010"}, "primary colour is missing"),
        ({"primary": "#101010", "glow": 1}, "unknown setting 'glow'"),
        ({"primary": "#101010", "dark": "yes"}, "dark must be true or false"),
        ({"primary": "#101010", "variables": {"mark": 3}}, "variables.mark: must be a colour"),
    ],
)
def test_bad_theme_files_get_one_line_naming_them(spec, problem):
    with pytest.raises(ThemeFileError, match=problem) as error:
        parse_theme(spec, "x", "x.yaml")
    assert str(error.value).startswith("theme x.yaml")
