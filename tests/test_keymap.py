"""Issue 10, item 12: keymap values and binding ids are checked like every other setting."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.config import ConfigError, load_config
from reader.keys import NAMED_KEYS, SHORT_NAMES, key_problem


@pytest.mark.parametrize(
    ("keymap", "problem"),
    [
        ('  next_sentence: "ctrl+!!!,@@"\n', "'ctrl+!!!' is not a key"),
        ('  quit: ","\n', "an empty key between commas"),
        ("  quit: jj\n", "'jj' is not a key"),
        ('  quit: "hyperdrive+q"\n', "is not a key (modifiers:"),
    ],
)
def test_a_bad_key_stops_the_program_with_file_key_and_line(tmp_path, keymap, problem):
    file = tmp_path / "config.yaml"
    file.write_text("panes: 2\nkeymap:\n" + keymap)
    with pytest.raises(ConfigError) as raised:
        load_config(file)
    message = str(raised.value)
    assert message.startswith(f"{file}:3: keymap.")
    assert problem in message


def test_an_unknown_binding_id_is_an_error_when_the_ids_are_known(tmp_path):
    file = tmp_path / "config.yaml"
    file.write_text("keymap:\n  quit: ctrl+q\n  warp_drive: w\n")
    assert load_config(file).keymap["warp_drive"] == "w"  # compare/export: no bindings
    with pytest.raises(ConfigError, match=r"config.yaml:3: keymap.warp_drive: unknown binding"):
        load_config(file, {"quit", "next_sentence"})


def test_the_app_refuses_a_bad_keymap_before_it_starts(tmp_path, capsys):
    file = tmp_path / "config.yaml"
    file.write_text("keymap:\n  warp_drive: w\n")
    assert main(["--config", str(file)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "config.yaml:2: keymap.warp_drive: unknown binding" in err


def test_good_keys_pass():
    for keys in ("down,j", "ctrl+q", "shift+tab", "question_mark,f1", "?", "[", "ctrl+shift+x"):
        assert key_problem(keys) is None, keys


def test_key_names_agree_with_textual_and_every_default_binding_passes():
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys

    assert {key.value for key in Keys} >= NAMED_KEYS
    assert set(KEY_NAME_REPLACEMENTS.values()) == SHORT_NAMES
    from reader.ui.bindings import BINDINGS

    for binding in BINDINGS:
        assert key_problem(binding.key) is None, binding.key
