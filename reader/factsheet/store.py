"""The fact sheet kept beside its analysis on disk: reopening an unchanged corpus need not
read every sentence's figures and quotes again (on 1,700 articles that is 15 s, most of a
`reader compare` reopen).

Plain JSON like every cache entry (analysis/cache.py), keyed by the analysis key, which
already covers the articles, the settings and the engine's source; the fact sheet's own
source is fingerprinted on top. An entry that is missing, corrupt, stale or foreign is
ignored and the sheet computed again, never fatal.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reader.disk_cache import read_entry, source_fingerprint, write_entry
from reader.factsheet.model import Claim, Fact, FactSheet, Quote, Version
from reader.locations import cache_folder
from reader.model import SentenceRef

_FORMAT = "reader-factsheet"
_MAX_ENTRIES = 32


def load_sheet(key: str, sizes: list[int]) -> FactSheet | None:
    """The stored sheet of the analysis `key` (articles of `sizes` sentences), or None."""
    data = read_entry(_path(key))
    try:
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return None
        if data.get("key") != key or data.get("source") != _fingerprint():
            return None
        facts = [_fact(row, sizes) for row in data["facts"]]
        quotes = [_quote(row, sizes) for row in data["quotes"]]
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    return FactSheet(facts=facts, quotes=quotes)


def store_sheet(key: str, sheet: FactSheet) -> bool:
    data = {
        "format": _FORMAT,
        "key": key,
        "source": _fingerprint(),
        "facts": [
            [f.what, f.kind, f.disputed, f.status, f.note, [_version(v) for v in f.versions]]
            for f in sheet.facts
        ],
        "quotes": [[q.speaker, q.status, [_version(v) for v in q.versions]] for q in sheet.quotes],
    }
    return write_entry(_path(key), data, _MAX_ENTRIES)


def _path(key: str):
    return cache_folder() / "factsheets" / f"{key}.json"


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    return source_fingerprint("factsheet")


def _version(v: Version) -> list:
    claims = [[c.ref.article, c.ref.sentence, c.written] for c in v.claims]
    return [v.value, v.speaker, [list(d) for d in v.diff], claims]


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _fact(row: list, sizes: list[int]) -> Fact:
    what, kind, disputed, status, note, versions = row
    if type(disputed) is not bool:
        raise TypeError("not a flag")
    return Fact(
        what=_text(what),
        kind=_text(kind),
        disputed=disputed,
        versions=tuple(_load_version(v, sizes) for v in versions),
        status=_text(status),
        note=_text(note),
    )


def _quote(row: list, sizes: list[int]) -> Quote:
    speaker, status, versions = row
    return Quote(
        speaker=_text(speaker),
        status=_text(status),
        versions=tuple(_load_version(v, sizes) for v in versions),
    )


def _load_version(row: list, sizes: list[int]) -> Version:
    value, speaker, diff, claims = row
    return Version(
        value=_text(value),
        speaker=_text(speaker),
        diff=tuple((_text(op), _text(words)) for op, words in diff),
        claims=tuple(Claim(_ref(a, s, sizes), _text(w)) for a, s, w in claims),
    )


def _ref(article: Any, sentence: Any, sizes: list[int]) -> SentenceRef:
    if type(article) is not int or type(sentence) is not int:
        raise TypeError("not an index")
    if not (0 <= article < len(sizes) and 0 <= sentence < sizes[article]):
        raise IndexError("sentence out of range")
    return SentenceRef(article, sentence)
