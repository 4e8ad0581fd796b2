"""reader.text.safe: untrusted text never styles or controls the terminal."""

from __future__ import annotations

import pytest

from reader.text.safe import is_terminal_safe, strip_unsafe, terminal_safe

HOSTILE_NAME = "\x1b]0;PWNED\x07\x1b[41mb.txt"


def test_escape_sequences_show_as_text_one_character_for_one():
    shown = terminal_safe(HOSTILE_NAME)
    assert shown == "\u241b]0;PWNED\u2407\u241b[41mb.txt"
    assert len(shown) == len(HOSTILE_NAME)
    assert is_terminal_safe(shown)


def test_clear_screen_and_carriage_return_are_shown_not_obeyed():
    assert terminal_safe("a\x1b[2Jb\rc") == "a\u241b[2Jb\u240dc"


def test_newline_and_tab_are_stand_ins_unless_allowed():
    assert terminal_safe("a\nb\tc") == "a\u240ab\u2409c"
    assert terminal_safe("a\nb\tc", allow="\n") == "a\nb\u2409c"
    assert terminal_safe("a\nb\tc", allow="\n\t") == "a\nb\tc"


def test_only_line_breaks_and_tabs_may_be_allowed():
    with pytest.raises(ValueError):
        terminal_safe("a", allow="\x1b")


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e"])
def test_bidi_overrides_are_replaced(char):
    assert terminal_safe(f"abc{char}def") == "abc\ufffddef"


@pytest.mark.parametrize("char", ["\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"])
def test_bidi_isolates_and_marks_are_replaced(char):
    assert terminal_safe(f"x{char}y") == "x\ufffdy"


def test_c1_controls_and_del_are_replaced():
    assert terminal_safe("a\x9b31mb\x85c\x7f") == "a\ufffd31mb\ufffdc\u2421"


def test_lone_surrogate_is_replaced_and_the_result_encodes():
    shown = terminal_safe("title \ud83d end")
    assert shown == "title \ufffd end"
    shown.encode("utf-8")  # would raise UnicodeEncodeError on the surrogate


def test_ordinary_text_is_unchanged():
    text = "Nine killed — «ça va», 東京, العربية, emoji 🙂, [bold]markup[/bold]"
    assert terminal_safe(text) == text
    assert strip_unsafe(text) == text
    assert is_terminal_safe(text)


def test_strip_removes_whole_escape_sequences():
    assert strip_unsafe(HOSTILE_NAME) == "b.txt"
    assert strip_unsafe("a\x1b[2Jb") == "ab"
    assert strip_unsafe("a\x1bP1$r\x1b\\b") == "ab"
    assert strip_unsafe("a\x9b2Jb") == "a2Jb"  # C1 alone: the rest may be latin-1 prose


def test_strip_keeps_line_breaks_and_tabs_by_default():
    assert strip_unsafe("a\nb\tc\x07") == "a\nb\tc"
    assert strip_unsafe("a\nb\tc", allow="") == "abc"


def test_strip_removes_bidi_and_replaces_surrogates():
    assert strip_unsafe("\u202eevil\u202c \u2066x\u2069") == "evil x"
    assert strip_unsafe("\ud83d!") == "\ufffd!"


def test_an_unterminated_title_sequence_stops_at_the_line_end():
    assert strip_unsafe("\x1b]0;title\nsecond line") == "\nsecond line"


def test_json_safe_escapes_unsafe_characters_inside_strings_only():
    import json

    from reader.text.safe import json_safe

    data = {"path": "a\u202eb\x9b\udce9.txt", "text": "line\nnext ✓"}
    document = json_safe(json.dumps(data, ensure_ascii=False, indent=1))
    assert is_terminal_safe(document, allow="\n")
    assert "\\u202e" in document and "\\u009b" in document and "\\udce9" in document
    assert "✓" in document
    assert json.loads(document) == data


def test_strip_turns_line_separators_into_breaks_so_words_stay_apart():
    assert strip_unsafe("one\x0ctwo\u2028three\x85four") == "one\ntwo\nthree\nfour"
    assert strip_unsafe("one\x0btwo\u2029three", allow="") == "one two three"
