"""A folder of every hostile file of issue 10 plus two good articles (tests and by hand:
`python tests/hostile_folder.py DIR` writes it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

GOOD = {
    "dawn.txt": "Blast in Quetta\n\nNine people were killed in the blast on Tuesday. "
    "The police said the toll could rise.\n",
    "wire.txt": "Quetta blast\n\nSeven people were killed in the blast on Tuesday. "
    "Markets closed early.\n",
}
_BODY = "Officials said the border crossing stayed shut on Wednesday.\n"
_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
LOADING = {  # load, each with a safe title/outlet (and a warning where something was removed)
    "\x1b]0;PWNED\x07\x1b[41mb.txt": _BODY,
    "outlet.md": '---\noutlet: "Evil\\e[2J News"\ntitle: "Bidi \\u202eevil"\n---\n' + _BODY,
    "entity.html": "<h1>Bidi &#x202E;evil</h1><p>" + _BODY + "</p>",
    "bomb.md": '---\na: &a ["lol", "lol"]\n' + _BOMB + "title: *i\n---\n" + _BODY,
    "surrogate.md": '---\ntitle: "\\ud83d"\n---\n' + _BODY,
    "huge-reference.html": "<p>Officials&#" + "9" * 4400 + "; said the border stayed shut.</p>",
    "dots.txt": "a." * 50_000 + "1. The end.\n",
}
SKIPPED = ["empty.txt", "binary.txt", "loop.txt", "\x1b[2Jempty.md"]  # one line each


def write_hostile_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {**GOOD, **LOADING}.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "latin.txt").write_bytes(("Café owners said " + _BODY).encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "\x1b[2Jempty.md").write_bytes(b"  \n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    os.symlink("loop.txt", folder / "loop.txt")
    return folder


if __name__ == "__main__":
    print(write_hostile_folder(Path(sys.argv[1])))
