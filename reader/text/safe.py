"""Untrusted text made safe for a terminal: the one place that decides what is unsafe.

Article text, titles, outlets, notes, file names and paths come from files the reader did not
write. Shown in a terminal, a control character or an escape sequence can set the window title,
paint colours or clear the screen, and a bidi override can make text display in another order
than it is stored in. What counts as unsafe is decided here, once:

- C0 controls (U+0000-U+001F) and DEL, except newline and tab where the caller allows them;
- C1 controls (U+0080-U+009F), which some terminals obey like ESC sequences;
- bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the invisible
  direction marks (U+200E, U+200F, U+061C);
- lone surrogates (U+D800-U+DFFF), which cannot even be encoded for output;
- U+2028/U+2029 (line and paragraph separators), which some terminals treat as line breaks.

Two functions use that one definition:

- `terminal_safe` is for showing text: every unsafe character becomes one visible stand-in
  (ESC is shown as ␛, BEL as ␇, a bidi control or a surrogate as U+FFFD), one character for
  one, so offsets into the text stay valid and an escape sequence shows as text, never acts.
- `strip_unsafe` is for cleaning text as it is loaded: whole escape sequences and unsafe
  characters are removed (a surrogate becomes U+FFFD), so the stored text is clean.
"""

from __future__ import annotations

import re
from functools import lru_cache

_REPLACEMENT = "\ufffd"
_BIDI = [0x061C, 0x200E, 0x200F] + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))
_SEPARATORS = (0x2028, 0x2029)
_SURROGATES = range(0xD800, 0xE000)
_BREAKS = "\n\t"  # the only controls a caller may allow

# The unsafe characters as one regex class (built from the same lists as the tables below).
_UNSAFE_CLASS = (
    r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
)
# ANSI/VT escape sequences: CSI (ESC [ ... final byte), OSC, DCS, SOS, PM and APC strings (up
# to BEL, ST or the end of the line, so an unterminated one cannot eat an article), and the
# other ESC x forms. A C1 character (8-bit CSI U+009B included) is removed on its own: in text
# decoded as latin-1 what follows it is more likely prose than a sequence.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)


@lru_cache(maxsize=4)
def _display_table(allow: str) -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ ... ␟
    table[0x7F] = "\u2421"  # ␡
    table.update({code: _REPLACEMENT for code in range(0x80, 0xA0)})
    table.update({code: _REPLACEMENT for code in _BIDI})
    table.update({code: " " for code in _SEPARATORS})
    table.update({code: _REPLACEMENT for code in _SURROGATES})
    for char in allow:
        table.pop(ord(char), None)
    return table


@lru_cache(maxsize=4)
def _unsafe(allow: str) -> re.Pattern[str]:
    kept = "".join(re.escape(char) for char in allow)
    body = f"[{_UNSAFE_CLASS}]"
    return re.compile(f"(?![{kept}]){body}" if kept else body)


def _check(allow: str) -> str:
    if any(char not in _BREAKS for char in allow):
        raise ValueError(f"only newline and tab may be allowed, got {allow!r}")
    return "".join(sorted(set(allow)))


def terminal_safe(text: str, *, allow: str = "") -> str:
    """`text` with every unsafe character replaced by one visible stand-in (same length).

    `allow` may hold "\\n" and/or "\\t" to keep line breaks or tabs (multi-line text); by
    default they too become stand-ins (␊, ␉), so one line of output stays one line.
    """
    return text.translate(_display_table(_check(allow)))


def strip_unsafe(text: str, *, allow: str = "\n\t") -> str:
    """`text` without escape sequences and unsafe characters; a lone surrogate becomes U+FFFD.

    For text being loaded (article bodies, front matter, HTML metadata): the result is stored,
    so nothing unsafe is kept, not even as a stand-in. Line breaks and tabs are kept by default.
    """
    allow = _check(allow)
    if not _unsafe(allow).search(text) and "\ufeff" not in text:
        return text
    text = _ESCAPE_SEQUENCE.sub("", text)
    line_break = "\n" if "\n" in allow else " "
    text = _unsafe(allow).sub(lambda m: _stripped(m.group(), line_break), text)
    return text.replace("\ufeff", "")  # a byte order mark inside text: invisible, meaningless


def json_safe(document: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) with every unsafe character written
    as a `\\uXXXX` escape: the same data for a program, nothing live for a terminal. Outside
    strings JSON is ASCII, so only string contents change."""
    return _unsafe("\n").sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def is_terminal_safe(text: str, *, allow: str = "") -> bool:
    """True when `text` holds nothing `terminal_safe` would replace."""
    return _unsafe(_check(allow)).search(text) is None


# Characters that separate lines (vertical tab, form feed, next line, line and paragraph
# separators): removed, they would glue two words together.
_LINE_SEPARATORS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _stripped(char: str, line_break: str) -> str:
    """What `strip_unsafe` puts in place of one unsafe character."""
    if ord(char) in _SURROGATES:
        return _REPLACEMENT
    return line_break if char in _LINE_SEPARATORS else ""
