"""From raw bytes to safe text: binary detection, decoding, newline and control-character cleanup.

Article text is untrusted: it is shown in a terminal, so escape sequences and control characters
must never reach it. They are removed here (reader/text/safe.py decides what is unsafe),
before anything else sees the text.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from reader.text.safe import strip_unsafe

_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.05


@dataclass(frozen=True)
class Decoded:
    text: str
    warnings: tuple[str, ...] = ()


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes near the start: not a text file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\n\r\t\f\x1b")
    return controls > _MAX_CONTROL_SHARE * max(len(sample), 1)


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode bytes as UTF-8 (BOM allowed), else UTF-16 with a BOM, else cp1252, else latin-1,
    then normalise newlines and strip control characters. `name` labels the warnings."""
    warnings: list[str] = []
    text = _decode(data, name, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = strip_unsafe(text)
    if cleaned != text:
        removed = len(text) - len(cleaned)
        warnings.append(f"{name}: removed {removed} control character(s) / escape sequences")
    return Decoded(cleaned, tuple(warnings))


def _decode(data: bytes, name: str, warnings: list[str]) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # a BOM-like start that is not UTF-16 after all: try the 8-bit encodings
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # every byte sequence decodes as latin-1
        encoding = "latin-1"
    warnings.append(f"{name}: not UTF-8, decoded as {encoding}")
    return text
