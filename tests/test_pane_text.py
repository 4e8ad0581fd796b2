"""What an article pane says: its counter and its empty-pane message."""

from __future__ import annotations

from reader.ui.pane_text import counter, placeholder_message


def test_the_sentence_of_interest_is_named_only_when_in_view():
    assert counter(23, [4, 5, 6], 5) == "sentence 6 of 23"
    assert counter(23, [4, 5, 6], 12) == "sentences 5–7 of 23"
    assert counter(23, [4], None) == "sentence 5 of 23"
    assert counter(23, [], 3) == "23 sentences"


def test_an_empty_pane_says_why():
    assert placeholder_message("x.bin: binary file", True, True) == "x.bin: binary file"
    assert placeholder_message(None, False, False) == "Loading the articles…"
    assert placeholder_message(None, True, True).startswith("No other article tells this story")
    assert placeholder_message(None, True, False) == "No article here: press ] or o to open one."
