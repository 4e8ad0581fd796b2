"""What a key in the keymap may be, checked without Textual (the core never imports it).

A binding's keys are comma-separated (`"down,j"`); each is optional modifiers joined by `+`
(`ctrl+shift+x`) and one key: a single character (`j`, `?`, `[`), a named key (`down`,
`f5`, `pageup`), or a character's Unicode name in Textual's spelling (`question_mark`,
`left_square_bracket`, `slash`). tests/test_keymap.py checks these names against Textual's.
"""

from __future__ import annotations

import unicodedata

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
NAMED_KEYS = frozenset(
    "backspace delete down end enter escape home insert left pagedown pageup return right "
    "space tab up".split()
    + [f"f{number}" for number in range(1, 25)]
)
# Textual's short names for some characters (textual.keys.KEY_NAME_REPLACEMENTS).
SHORT_NAMES = frozenset({"slash", "backslash", "at", "minus", "plus", "underscore"})


def key_problem(keys: str) -> str | None:
    """Why `keys` (one binding's comma-separated keys) is not usable, or None if it is."""
    if not keys.strip():
        return "no key given"
    for key in keys.split(","):
        key = key.strip()
        if not key:
            return "an empty key between commas"
        *modifiers, name = key.split("+") if len(key) > 1 else [key]
        unknown = [m for m in modifiers if m not in MODIFIERS]
        if unknown or (modifiers and not name):
            return f"{key!r} is not a key (modifiers: {', '.join(sorted(MODIFIERS))})"
        if not _is_key_name(name):
            return f"{key!r} is not a key"
    return None


def _is_key_name(name: str) -> bool:
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    if name in NAMED_KEYS or name in SHORT_NAMES:
        return True
    if name != name.lower() or not name.replace("_", "").isalnum():
        return False
    try:
        unicodedata.lookup(name.replace("_", " "))
    except KeyError:
        return False
    return True
