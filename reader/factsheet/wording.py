"""Word-by-word difference of two wordings of one quote, as a diff tool shows it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

EQUAL, DELETE, INSERT = "=", "-", "+"
_WORD_RE = re.compile(r"['’]?\w+(?:['’]\w+)*")


def tokens(text: str) -> list[str]:
    """The words of a quote; an editor's insertion in brackets is not the speaker's, and a
    contraction is split off as the tokeniser of older corpora writes it ("I 'm", "do n't")."""
    text = _INSERTION_RE.sub(" ", text)
    text = _SPACED_APOSTROPHE_RE.sub(r"\1'\2", text)  # "It ’ s" as "It's"
    text = _ZERO_MINUTES_RE.sub(r"\1", text)  # "6:00 p.m." as "6 p.m."
    return [w for part in _WORD_RE.findall(text) for w in _split(part)]


_SPACED_APOSTROPHE_RE = re.compile(r"(\w)(?:\s+['’]\s*|['’]\s+)(s|m|re|ve|ll|d)\b")
_ZERO_MINUTES_RE = re.compile(r"(\d)\s*:\s*00\b")


def _split(word: str) -> list[str]:
    if word[:1] in "'’" and word[1:].lower() not in ("m", "re", "ve", "ll", "s", "d"):
        word = word[1:]  # a single quote mark before a word: 'locked down'
    m = _CONTRACTION_RE.search(word)
    if m is None:
        return [word]
    return [word[: m.start()], word[m.start() :]] if m.start() else [word]


_CONTRACTION_RE = re.compile(r"n['’]t$|['’](?:m|re|ve|ll)$", re.IGNORECASE)


_INSERTION_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")


def fold(word: str) -> str:
    """A word as compared: lower case, one apostrophe, contractions spelt out ("I'm" is
    "I am"), British spellings as American ones ("neighbourhood")."""
    word = word.lower().replace("’", "'")
    word = _CONTRACTIONS.get(word, word)
    if "'" in word and word not in ("'s", "'d"):
        word = word.replace("'", "")  # "population's" / "populations'": one word, as said
    return _SPELLING_RE.sub(lambda m: _SPELLINGS[m.group()], word)


_CONTRACTIONS = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "n't": "not"}
_SPELLINGS = {"our": "or", "ise": "ize", "ised": "ized", "ising": "izing", "tre": "ter"}
_SPELLING_RE = re.compile(
    r"(?<=\w\w)(?:our|ised|ising|ise|tre)(?=s?$|hood|ed|ing)|(?<=\w\w)(?:ise|tre)$"
)
_key = fold


def word_diff(first: str, second: str) -> tuple[tuple[str, str], ...]:
    """(op, words) runs turning `first` into `second`: "=" kept, "-" dropped, "+" added."""
    a, b = tokens(first), tokens(second)
    matcher = SequenceMatcher(None, [_key(w) for w in a], [_key(w) for w in b], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append((EQUAL, " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append((DELETE, " ".join(a[i1:i2])))
        if j2 > j1:
            out.append((INSERT, " ".join(b[j1:j2])))
    return tuple(out)


def altered(diff: tuple[tuple[str, str], ...]) -> bool:
    """Words changed inside the quote, not only a longer or shorter excerpt of it."""
    inner = list(diff)
    while inner and inner[0][0] != EQUAL:
        inner.pop(0)
    while inner and inner[-1][0] != EQUAL:
        inner.pop()
    return any(op != EQUAL for op, _ in inner)


def as_text(diff: tuple[tuple[str, str], ...]) -> str:
    """wdiff style: "we are [-ready-] {+prepared+} to talk"."""
    marks = {EQUAL: "{}", DELETE: "[-{}-]", INSERT: "{{+{}+}}"}
    return " ".join(marks[op].format(words) for op, words in diff)
